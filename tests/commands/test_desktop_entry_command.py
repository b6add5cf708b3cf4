"""``symptom-journal --install-desktop-entry`` puts the entry and the icon in the user's folder."""

from __future__ import annotations

import configparser

import pytest

from journal.app import main
from journal.commands import build_parser
from journal.resource_files import APP_ICON


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_goes_to_the_applications_folder_of_xdg_data_home(data_home, capsys):
    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / "symptom-journal.desktop"
    assert _entry(entry)["Name"] == "Symptom Journal"
    assert _entry(entry)["Type"] == "Application"
    assert str(entry) in capsys.readouterr().out


def test_the_entry_starts_this_install_of_the_program(data_home):
    main(["--install-desktop-entry"])
    command = _entry(data_home / "applications" / "symptom-journal.desktop")["Exec"]
    # Run by pytest, not by the installed script: this Python with the module.
    assert command.endswith(" -m journal")


def test_the_icon_is_installed_where_the_entry_s_icon_name_finds_it(data_home):
    main(["--install-desktop-entry"])
    name = _entry(data_home / "applications" / "symptom-journal.desktop")["Icon"]
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    assert icon.read_bytes() == APP_ICON.read_bytes()


def test_installing_again_replaces_the_entry(data_home):
    main(["--install-desktop-entry"])
    entry = data_home / "applications" / "symptom-journal.desktop"
    entry.write_text("[Desktop Entry]\nExec=/gone/symptom-journal\n")
    assert main(["--install-desktop-entry"]) == 0
    assert "/gone/" not in entry.read_text()


def test_a_folder_it_cannot_make_is_said_in_one_line(data_home, capsys):
    # A file where the folder should be stops root as much as anyone.
    data_home.write_text("not a folder")
    code = main(["--install-desktop-entry"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("install-desktop-entry: cannot use ")
    assert err.count("\n") == 1


def test_without_the_option_the_window_opens_and_a_subcommand_keeps_its_own_run():
    assert not hasattr(build_parser().parse_args([]), "run")
    flags = build_parser().parse_args(["flags"])
    assert flags.run.__module__ == "journal.commands.flags"
