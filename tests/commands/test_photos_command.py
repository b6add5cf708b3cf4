from datetime import date

import pytest
from picture_builders import picture

from journal.app import main
from journal.store import open_journal
from journal.store.photos import photos_folder


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def journal(journal_path):
    """A journal that exists already: ``photos add`` starts one only with --create."""
    open_journal(journal_path).close()
    return journal_path


def _add(journal, *args):
    return main(["photos", "add", "--journal", str(journal), *map(str, args)])


def test_photos_add_makes_the_lesion_and_adds_the_photos(journal, tmp_path, capsys):
    files = [str(_file(tmp_path, f"{c}.jpg", picture(colour=c))) for c in ("red", "green")]
    code = main(
        ["photos", "add", "--journal", str(journal), "--lesion", "Boil", "--date",
         "2026-01-05", *files]
    )  # fmt: skip
    assert code == 0
    with open_journal(journal) as store:
        lesion = store.lesions.named("Boil")
        [observation] = store.lesions.observations(lesion.id)
    assert observation.observed_on == date(2026, 1, 5)
    assert len(observation.photo_ids) == 2
    assert "red.jpg" in capsys.readouterr().out


def test_photos_add_uses_an_existing_lesion_of_that_name(journal, tmp_path):
    for colour in ("red", "blue"):
        path = str(_file(tmp_path, f"{colour}.jpg", picture(colour=colour)))
        main(["photos", "add", "--journal", str(journal), "--lesion", "Boil", path])
    with open_journal(journal) as store:
        assert len(store.lesions.lesions()) == 1
        assert store.photos.count() == 2


def test_photos_add_exits_non_zero_and_names_the_rejected_file(journal, tmp_path, capsys):
    good = str(_file(tmp_path, "good.jpg", picture()))
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    code = main(["photos", "add", "--journal", str(journal), "--lesion", "Boil", good, bad])
    assert code == 1
    error = capsys.readouterr().err
    assert "letter.jpg" in error and "good.jpg" not in error
    with open_journal(journal) as store:
        assert store.photos.count() == 1


def test_when_no_file_is_added_no_empty_lesion_is_left(journal, tmp_path, capsys):
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    code = main(["photos", "add", "--journal", str(journal), "--lesion", "Rash", bad])
    assert code == 1
    assert "New lesion" not in capsys.readouterr().out
    with open_journal(journal) as store:
        assert store.lesions.lesions() == []


def test_a_lesion_that_existed_stays_when_no_file_is_added(journal, tmp_path):
    good = str(_file(tmp_path, "good.jpg", picture()))
    main(["photos", "add", "--journal", str(journal), "--lesion", "Boil", good])
    bad = str(_file(tmp_path, "letter.jpg", b"Dear doctor" * 30))
    assert main(["photos", "add", "--journal", str(journal), "--lesion", "Boil", bad]) == 1
    with open_journal(journal) as store:
        assert [lesion.name for lesion in store.lesions.lesions()] == ["Boil"]


def test_each_file_not_added_is_one_line_with_its_reason(journal, tmp_path, capsys):
    bad = _file(tmp_path, "letter.jpg", b"Dear doctor" * 30)
    assert _add(journal, "--lesion", "Boil", bad, tmp_path / "missing.jpg") == 1
    assert capsys.readouterr().err == (
        "photos: letter.jpg was not added: this is not a JPEG, PNG or WebP picture. "
        "Only those kinds can be added.\n"
        "photos: missing.jpg was not added: could not be read (no such file or directory).\n"
    )


def test_a_mistyped_journal_path_is_refused_and_no_journal_is_made(journal, tmp_path, capsys):
    typo = journal.with_name("jornal.sqlite")
    photo = _file(tmp_path, "boil.jpg", picture())
    assert _add(typo, "--lesion", "Boil", photo) == 2
    assert capsys.readouterr().err == (
        f"photos: there is no journal at {typo}. Check the path, or add --create to start "
        "a new journal there.\n"
    )
    assert not typo.exists()
    assert not photos_folder(typo).exists()


def test_create_starts_a_new_journal_with_the_photos(journal_path, tmp_path, capsys):
    photo = _file(tmp_path, "boil.jpg", picture())
    assert _add(journal_path, "--create", "--lesion", "Boil", "--date", "2026-01-05", photo) == 0
    assert capsys.readouterr().out == (
        "New lesion “Boil” (place it on the back in the window).\n"
        "Added boil.jpg to Boil on Mon 5 Jan 2026\n"
    )
    with open_journal(journal_path) as store:
        assert store.photos.count() == 1


def test_without_a_journal_yet_photos_add_says_how_to_start_one(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SYMPTOM_JOURNAL_HOME", str(tmp_path / "home"))
    photo = _file(tmp_path, "boil.jpg", picture())
    assert main(["photos", "add", "--lesion", "Boil", str(photo)]) == 2
    default = tmp_path / "home" / "journal.sqlite"
    assert capsys.readouterr().err == (
        f"photos: you have no journal yet (there is none at {default}). To start one, run "
        "symptom-journal to open the window and start it there, or add --create.\n"
    )
    assert not (tmp_path / "home").exists()


def test_a_picture_already_in_the_journal_is_said_so_and_is_no_failure(journal, tmp_path, capsys):
    red = _file(tmp_path, "red.jpg", picture(colour="red"))
    copy = _file(tmp_path, "copy of red.jpg", picture(colour="red"))
    blue = _file(tmp_path, "blue.jpg", picture(colour="blue"))
    _add(journal, "--lesion", "Boil", "--date", "2026-01-05", red)
    capsys.readouterr()
    assert _add(journal, "--lesion", "Boil", "--date", "2026-01-05", red, copy, blue) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        "red.jpg is already in the journal (lesion Boil, Mon 5 Jan 2026), so it was not added "
        "again.\n"
        "copy of red.jpg is already in the journal (lesion Boil, Mon 5 Jan 2026), so it was not "
        "added again.\n"
        "Added blue.jpg to Boil on Mon 5 Jan 2026\n"
    )
    assert captured.err == ""
    with open_journal(journal) as store:
        [observation] = store.lesions.observations(store.lesions.named("Boil").id)
    assert len(observation.photo_ids) == 2


def test_a_picture_added_to_a_second_lesion_says_where_else_it_is(journal, tmp_path, capsys):
    # One photo can show two lesions side by side, so it is added, and the user told.
    photo = _file(tmp_path, "both.jpg", picture())
    _add(journal, "--lesion", "Boil", "--date", "2026-01-05", photo)
    capsys.readouterr()
    assert _add(journal, "--lesion", "Rash", "--date", "2026-01-06", photo) == 0
    assert capsys.readouterr().out == (
        "New lesion “Rash” (place it on the back in the window).\n"
        "Added both.jpg to Rash on Tue 6 Jan 2026; the same picture is also in the journal "
        "(lesion Boil, Mon 5 Jan 2026)\n"
    )
