"""Every date option reads a day the same way, and says how to write one."""

import pytest

from journal.app import main

HINT = "use YYYY-MM-DD, e.g. 2026-11-25"


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["flags", "--from", "2026-13-01"], "--from"),
        (["flags", "--to", "2026-13-01"], "--to"),
        (["photos", "add", "--lesion", "Boil", "--date", "2026-13-01", "a.jpg"], "--date"),
        (["demo", "--end", "2026-13-01"], "--end"),
    ],
)
def test_a_date_that_is_not_a_day_is_refused_with_the_format_to_use(argv, option, capsys):
    with pytest.raises(SystemExit) as refused:
        main(argv)
    assert refused.value.code == 2
    error = capsys.readouterr().err
    assert error.splitlines()[-1].endswith(
        f"error: argument {option}: “2026-13-01” is not a date: {HINT}"
    )
    assert "fromisoformat" not in error
    assert "Traceback" not in error


def test_a_day_written_the_other_way_round_is_refused_too(capsys):
    with pytest.raises(SystemExit):
        main(["flags", "--from", "25-11-2026"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"symptom-journal flags: error: argument --from: “25-11-2026” is not a date: {HINT}"
    )
