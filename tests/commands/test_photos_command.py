from datetime import date

from picture_builders import picture

from journal.app import main
from journal.store import open_journal


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_photos_add_makes_the_lesion_and_adds_the_photos(journal_path, tmp_path, capsys):
    files = [str(_file(tmp_path, f"{c}.jpg", picture(colour=c))) for c in ("red", "green")]
    code = main(
        ["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", "--date",
         "2026-01-05", *files]
    )  # fmt: skip
    assert code == 0
    with open_journal(journal_path) as store:
        lesion = store.lesions.named("Boil")
        [observation] = store.lesions.observations(lesion.id)
    assert observation.observed_on == date(2026, 1, 5)
    assert len(observation.photo_ids) == 2
    assert "red.jpg" in capsys.readouterr().out


def test_photos_add_uses_an_existing_lesion_of_that_name(journal_path, tmp_path):
    for colour in ("red", "blue"):
        path = str(_file(tmp_path, f"{colour}.jpg", picture(colour=colour)))
        main(["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", path])
    with open_journal(journal_path) as store:
        assert len(store.lesions.lesions()) == 1
        assert store.photos.count() == 2


def test_photos_add_exits_non_zero_and_names_the_rejected_file(journal_path, tmp_path, capsys):
    good = str(_file(tmp_path, "good.jpg", picture()))
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    code = main(["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", good, bad])
    assert code == 1
    error = capsys.readouterr().err
    assert "letter.jpg" in error and "good.jpg" not in error
    with open_journal(journal_path) as store:
        assert store.photos.count() == 1


def test_when_no_file_is_added_no_empty_lesion_is_left(journal_path, tmp_path, capsys):
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    code = main(["photos", "add", "--journal", str(journal_path), "--lesion", "Rash", bad])
    assert code == 1
    assert "New lesion" not in capsys.readouterr().out
    with open_journal(journal_path) as store:
        assert store.lesions.lesions() == []


def test_a_lesion_that_existed_stays_when_no_file_is_added(journal_path, tmp_path):
    good = str(_file(tmp_path, "good.jpg", picture()))
    main(["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", good])
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    assert main(["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", bad]) == 1
    with open_journal(journal_path) as store:
        assert [lesion.name for lesion in store.lesions.lesions()] == ["Boil"]
