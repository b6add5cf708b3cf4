"""The autostart entry written to, and removed from, the XDG autostart folder."""

from journal.store.autostart import (
    autostart_path,
    config_home,
    set_start_at_login,
    starts_at_login,
)


def test_the_entry_goes_to_the_config_home_given(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert autostart_path(environ) == tmp_path / "autostart" / "symptom-journal.desktop"


def test_a_relative_config_home_is_ignored_as_the_specification_says(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config_home({"XDG_CONFIG_HOME": "relative/folder"}) == tmp_path / ".config"


def test_the_entry_starts_the_program_minimised(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = set_start_at_login(True, environ)
    [line] = [row for row in path.read_text().splitlines() if row.startswith("Exec=")]
    assert line.endswith(" --minimised")
    assert starts_at_login(environ)


def test_turning_it_off_removes_the_entry(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    set_start_at_login(True, environ)
    set_start_at_login(False, environ)
    assert not starts_at_login(environ)
    assert list((tmp_path / "autostart").iterdir()) == []
