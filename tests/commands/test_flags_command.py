import json
from datetime import datetime, timedelta, timezone

from journal.app import main
from journal.checkin import CheckIn
from journal.flags import find_flags
from journal.store import open_journal

CET = timezone(timedelta(hours=1))


def _journal_with_a_fever(path):
    with open_journal(path) as store:
        for day in (2, 3):
            store.checkins.add(
                CheckIn(
                    datetime(2026, 11, day, 21, tzinfo=CET),
                    {"temperature": 38.6, "pain_now": 6.0, "night_sweats": 1.0},
                )
            )
        store.checkins.add(
            CheckIn(datetime(2026, 11, 20, 8, tzinfo=CET), {"bladder_bowel_change": 1.0})
        )


def test_flags_prints_each_flag_with_its_data_and_exits_0(journal_path, capsys):
    _journal_with_a_fever(journal_path)
    assert main(["flags", "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert (
        "[WORTH TELLING YOUR DOCTOR SOON] Fever with back pain: Mon 2 Nov 2026 to Tue 3 Nov 2026"
        in out
    )
    assert "Mon 2 Nov 2026: Temperature 38.6 °C" in out
    assert "[GET MEDICAL HELP NOW] Change in bladder or bowel control" in out


def test_flags_as_json_carry_the_rule_level_days_data_and_message(journal_path, capsys):
    _journal_with_a_fever(journal_path)
    assert main(["flags", "--journal", str(journal_path), "--json"]) == 0
    flags = json.loads(capsys.readouterr().out)
    fever = next(f for f in flags if f["rule"] == "fever_with_back_pain")
    assert (fever["level"], fever["first_day"], fever["last_day"]) == (
        "soon",
        "2026-11-02",
        "2026-11-03",
    )
    assert {"day": "2026-11-03", "what": "Temperature", "value": "38.6 °C"} in fever["data"]
    assert fever["message"].endswith("worth telling your doctor soon, within a day or two.")
    assert fever["acknowledged_at"] is None


def test_from_and_to_keep_the_flags_that_overlap_the_period(journal_path, capsys):
    _journal_with_a_fever(journal_path)
    args = ["flags", "--journal", str(journal_path), "--json", "--from", "2026-11-03"]
    assert main([*args, "--to", "2026-11-10"]) == 0
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)}
    assert rules == {"fever_with_back_pain", "night_sweats"}


def test_an_acknowledged_flag_is_printed_as_acknowledged(journal_path, capsys):
    _journal_with_a_fever(journal_path)
    with open_journal(journal_path) as store:
        flag = find_flags(store.snapshot())[0]
        store.flags.acknowledge(flag, datetime(2026, 11, 21, 9, tzinfo=CET))
    assert main(["flags", "--journal", str(journal_path)]) == 0
    assert "(acknowledged Sat 21 Nov 2026)" in capsys.readouterr().out


def test_a_journal_with_nothing_worrying_says_so(journal_path, capsys):
    with open_journal(journal_path) as store:
        store.checkins.add(CheckIn(datetime(2026, 11, 2, 9, tzinfo=CET), {"pain_now": 2.0}))
    assert main(["flags", "--journal", str(journal_path)]) == 0
    assert "No red flags in this period." in capsys.readouterr().out


def test_flags_never_creates_a_missing_journal(journal_path, capsys):
    assert main(["flags", "--journal", str(journal_path)]) == 2
    assert not journal_path.exists()


def test_a_missing_journal_given_by_path_says_how_to_start_one_there(tmp_path, capsys):
    path = tmp_path / "my journal.sqlite"
    assert main(["flags", "--journal", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"flags: there is no journal at {path}. Check the path; to start a new journal "
        f"there, run: symptom-journal --journal '{path}'\n"
    )


def test_without_a_journal_yet_flags_says_how_to_start_one(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SYMPTOM_JOURNAL_HOME", str(tmp_path))
    assert main(["flags"]) == 2
    assert capsys.readouterr().err == (
        f"flags: you have no journal yet (there is none at {tmp_path / 'journal.sqlite'}). "
        "To start one, run symptom-journal to open the window and start it there.\n"
    )


def test_a_journal_given_before_the_command_name_is_the_one_used(journal_path, capsys):
    _journal_with_a_fever(journal_path)
    assert main(["--journal", str(journal_path), "flags"]) == 0
    assert "Fever with back pain" in capsys.readouterr().out
