"""``symptom-journal summary``: the period, the options, and every way it refuses plainly."""

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from picture_builders import picture
from summary_seams import FAKE_PAGES, fake_pdf, install_drawing

from journal.app import main
from journal.care.records import Appointment
from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.services import summary as summary_service
from journal.store import open_journal
from journal.summary.blocks import Document, patient_line
from journal.summary.request import ALL_SECTIONS, Paper, Section

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_stays_today(monkeypatch):
    """The command's clock says TODAY, noon: a run that crosses midnight compared the
    periods it made with the day before."""
    from journal.commands import summary as command

    noon = datetime.combine(TODAY, time(12)).astimezone()
    monkeypatch.setattr(command, "local_now", lambda: noon)


def _local(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.fixture
def journal(journal_path):
    """An empty journal on disk."""
    with open_journal(journal_path):
        pass
    return journal_path


@pytest.fixture
def drawing(monkeypatch):
    return install_drawing(monkeypatch)


@pytest.fixture
def requests(monkeypatch):
    """Every summary request made; the document is a bare one (its content is not the
    command's matter)."""
    made = []

    def recording(snapshot, request, *rest):
        made.append(request)
        return Document(
            "Summary", patient_line(request.patient_name, request.birth_date), "", rest[-1], ()
        )

    monkeypatch.setattr(summary_service, "summary_document", recording)
    return made


def _summary(journal, output, *options):
    return main(["summary", "--journal", str(journal), "-o", str(output), *options])


def test_the_pdf_is_written_and_the_command_says_where_and_how_many_pages(
    journal, drawing, tmp_path, capsys
):
    output = tmp_path / "summary.pdf"
    assert _summary(journal, output) == 0
    assert output.read_bytes() == fake_pdf()
    out = capsys.readouterr().out
    assert str(output) in out
    assert f"({FAKE_PAGES} pages)" in out


def test_the_pdf_is_readable_by_its_owner_alone(journal, drawing, tmp_path):
    output = tmp_path / "summary.pdf"
    assert _summary(journal, output) == 0
    assert output.stat().st_mode & 0o077 == 0


def test_without_dates_the_period_runs_from_the_last_appointment(
    journal, drawing, requests, tmp_path
):
    with open_journal(journal) as store:
        store.appointments.add(Appointment(_local(TODAY - timedelta(days=40))))
        store.appointments.add(Appointment(_local(TODAY - timedelta(days=12))))
    assert _summary(journal, tmp_path / "s.pdf") == 0
    assert (requests[0].first, requests[0].last) == (TODAY - timedelta(days=12), TODAY)


def test_without_an_appointment_the_period_is_the_last_30_days(
    journal, drawing, requests, tmp_path
):
    assert _summary(journal, tmp_path / "s.pdf") == 0
    assert (requests[0].first, requests[0].last) == (TODAY - timedelta(days=29), TODAY)


def test_from_alone_runs_to_today_and_to_alone_gives_the_30_days_ending_then(
    journal, drawing, requests, tmp_path
):
    assert _summary(journal, tmp_path / "a.pdf", "--from", "2026-01-05") == 0
    assert (requests[-1].first, requests[-1].last) == (date(2026, 1, 5), TODAY)
    assert _summary(journal, tmp_path / "b.pdf", "--to", "2026-03-31") == 0
    assert (requests[-1].first, requests[-1].last) == (date(2026, 3, 2), date(2026, 3, 31))
    assert _summary(journal, tmp_path / "c.pdf", "--from", "2026-02-01", "--to", "2026-02-10") == 0
    assert (requests[-1].first, requests[-1].last) == (date(2026, 2, 1), date(2026, 2, 10))


def test_sections_name_and_date_of_birth_reach_the_request(journal, drawing, requests, tmp_path):
    options = ["--sections", "labs, Trends", "--name", "Ana Lima", "--born", "1971-03-03"]
    assert _summary(journal, tmp_path / "s.pdf", *options) == 0
    request = requests[0]
    assert request.sections == {Section.LABS, Section.TRENDS}
    assert (request.patient_name, request.birth_date) == ("Ana Lima", date(1971, 3, 3))


def test_the_name_and_date_of_birth_are_in_the_document_drawn(journal, drawing, tmp_path):
    options = ["--name", "Ana Lima", "--born", "1971-03-03"]
    assert _summary(journal, tmp_path / "s.pdf", *options) == 0
    assert drawing.documents[0].patient == "Ana Lima, born 3 Mar 1971"


def test_every_section_is_in_by_default(journal, drawing, requests, tmp_path):
    assert _summary(journal, tmp_path / "s.pdf") == 0
    assert requests[0].sections == ALL_SECTIONS


@pytest.mark.parametrize(
    ("environment", "option", "paper"),
    [
        ({"LC_PAPER": "en_US.UTF-8"}, [], Paper.LETTER),
        ({"LANG": "en_GB.UTF-8"}, [], Paper.A4),
        ({"LC_PAPER": "en_US.UTF-8"}, ["--paper", "a4"], Paper.A4),
        ({"LANG": "de_DE.UTF-8"}, ["--paper", "letter"], Paper.LETTER),
    ],
)
def test_the_paper_follows_the_locale_unless_given(
    journal, drawing, tmp_path, monkeypatch, environment, option, paper
):
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert _summary(journal, tmp_path / "s.pdf", *option) == 0
    assert drawing.papers == [paper]


def test_photos_are_read_from_the_store(journal, monkeypatch, tmp_path):
    with open_journal(journal) as store:
        lesion = store.lesions.add_lesion(Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, TODAY))
        photo = store.photos.add_bytes(lesion.id, picture(), "boil.jpg", TODAY).photo
        stored = store.photos.original(photo)
    drawing = install_drawing(monkeypatch)
    drawing.read_photos = (photo.id,)
    # The document itself is not this test's matter: the one for an empty period will do.
    real = summary_service.summary_document
    monkeypatch.setattr(
        summary_service,
        "summary_document",
        lambda snapshot, *rest: real(snapshot.__class__(), *rest),
    )
    assert _summary(journal, tmp_path / "s.pdf") == 0
    assert drawing.photo_bytes == {photo.id: stored}


def _refused(capsys) -> str:
    error = capsys.readouterr().err
    assert "Traceback" not in error
    return error


def test_from_after_to_is_refused_in_one_line_and_writes_nothing(
    journal, drawing, tmp_path, capsys
):
    output = tmp_path / "s.pdf"
    assert _summary(journal, output, "--from", "2026-03-10", "--to", "2026-03-01") == 2
    error = _refused(capsys)
    assert error == (
        "summary: --from 2026-03-10 is after --to 2026-03-01: the period would end before "
        "it starts.\n"
    )
    assert not output.exists()
    assert drawing.documents == []


def test_from_after_today_is_refused_too(journal, drawing, tmp_path, capsys):
    later = (TODAY + timedelta(days=3)).isoformat()
    assert _summary(journal, tmp_path / "s.pdf", "--from", later) == 2
    assert f"--from {later} is after today" in _refused(capsys)


def test_a_date_that_is_not_a_day_is_refused_with_the_format(journal, tmp_path, capsys):
    with pytest.raises(SystemExit) as refused:
        _summary(journal, tmp_path / "s.pdf", "--to", "2026-02-30")
    assert refused.value.code == 2
    assert (
        _refused(capsys)
        .splitlines()[-1]
        .endswith(
            "error: argument --to: “2026-02-30” is not a date: use YYYY-MM-DD, e.g. 2026-11-25"
        )
    )


def test_an_unknown_section_is_refused_with_the_known_ones(journal, tmp_path, capsys):
    with pytest.raises(SystemExit) as refused:
        _summary(journal, tmp_path / "s.pdf", "--sections", "trends,xrays")
    assert refused.value.code == 2
    assert (
        _refused(capsys)
        .splitlines()[-1]
        .endswith(
            "error: argument --sections: unknown section xrays; choose from trends, medicines, "
            "labs, lesions, notes, context"
        )
    )


def test_a_missing_journal_is_refused_and_not_created(tmp_path, drawing, capsys):
    missing = tmp_path / "nowhere.sqlite"
    assert _summary(missing, tmp_path / "s.pdf") == 2
    assert _refused(capsys).startswith(f"summary: there is no journal at {missing}.")
    assert not missing.exists()


def test_a_folder_that_does_not_exist_is_refused_before_any_work(
    journal, drawing, tmp_path, capsys
):
    output = tmp_path / "no such folder" / "s.pdf"
    assert _summary(journal, output) == 2
    assert _refused(capsys) == (
        f"summary: cannot write {output}: the folder {output.parent} does not exist\n"
    )
    assert drawing.documents == []


def test_a_folder_given_as_the_output_is_refused(journal, drawing, tmp_path, capsys):
    assert _summary(journal, tmp_path) == 2
    assert _refused(capsys).startswith(f"summary: {tmp_path} is a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind the superuser")
def test_a_folder_without_write_permission_is_refused(journal, drawing, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert _summary(journal, folder / "s.pdf") == 2
    finally:
        folder.chmod(0o700)
    assert _refused(capsys) == (
        f"summary: you are not allowed to write {folder / 's.pdf'}: check its folder's "
        "permissions\n"
    )
    assert list(folder.iterdir()) == []


def test_a_failed_write_is_said_plainly_and_leaves_no_file(
    journal, drawing, tmp_path, capsys, monkeypatch
):
    from journal.commands import summary as command

    def full_disk(path, data, own_folder=True):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(command, "write_atomically", full_disk)
    output = tmp_path / "s.pdf"
    assert _summary(journal, output) == 2
    assert _refused(capsys) == f"summary: cannot use {output}: no space left on device\n"
    assert not output.exists()


def test_the_command_module_does_not_load_qt():
    code = "import sys, journal.commands.summary; print('PySide6' in sys.modules)"
    found = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert found.stdout.strip() == "False"


def test_a_real_pdf_is_written_without_a_window(qapp, journal, tmp_path):
    """End to end, in a process of its own (no Qt application made beforehand)."""
    with open_journal(journal) as store:
        for days_ago in range(1, 11):  # never later than now, whatever the hour
            moment = _local(TODAY - timedelta(days=days_ago), 20)
            store.checkins.add(CheckIn(moment, {"pain_now": 4.0 + days_ago % 3}))
    output = tmp_path / "summary.pdf"
    command = [sys.executable, "-m", "journal", "summary", "--journal", str(journal)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*command, "--name", "Ana Lima", "-o", str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert output.read_bytes().startswith(b"%PDF")
    assert f"to {output} (" in done.stdout
    assert "Traceback" not in done.stderr
