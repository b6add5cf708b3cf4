"""The desktop entry's text: the shipped template with the command of this install."""

from __future__ import annotations

import shlex
import sys

from journal.desktop_entry import desktop_entry_text, exec_argument, launch_command

TEMPLATE = "[Desktop Entry]\nName=Symptom Journal\nExec=symptom-journal\nIcon=symptom-journal\n"


def test_the_exec_line_starts_the_command_given():
    text = desktop_entry_text(TEMPLATE, ["/home/ann/.local/bin/symptom-journal"])
    assert "Exec=/home/ann/.local/bin/symptom-journal\n" in text
    assert "Exec=symptom-journal\n" not in text


def test_the_other_lines_are_kept():
    text = desktop_entry_text(TEMPLATE, ["/usr/bin/python3", "-m", "journal"])
    assert text.splitlines()[0] == "[Desktop Entry]"
    assert "Icon=symptom-journal" in text.splitlines()


def test_a_plain_argument_is_written_as_it_is():
    assert exec_argument("/usr/bin/python3") == "/usr/bin/python3"


def test_an_argument_with_a_space_is_quoted():
    assert exec_argument("/home/ann/My Apps/python") == '"/home/ann/My Apps/python"'


def test_a_dollar_in_a_quoted_argument_is_escaped_for_both_rules():
    # \\$ in the file: the string's escape makes it \$, the quoting rule then $.
    assert exec_argument("/opt/$x y") == '"/opt/\\\\$x y"'


def test_a_percent_is_doubled_so_it_is_no_field_code():
    assert exec_argument("/opt/100%") == "/opt/100%%"


def test_the_installed_script_is_started_by_its_full_path(tmp_path):
    script = tmp_path / "bin" / "symptom-journal"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    assert launch_command(str(script)) == [str(script.resolve())]


def test_without_the_script_the_entry_starts_this_python_with_the_module(tmp_path):
    command = launch_command(str(tmp_path / "journal" / "__main__.py"), python=sys.executable)
    assert command[1:] == ["-m", "journal"]
    assert shlex.split(" ".join(command))[0] == sys.executable


def test_the_autostart_entry_adds_the_minimised_option_and_the_gnome_key():
    from journal.desktop_entry import autostart_entry_text

    text = autostart_entry_text(TEMPLATE + "StartupNotify=true\n", ["/usr/bin/symptom-journal"])
    assert "Exec=/usr/bin/symptom-journal --minimised" in text.splitlines()
    assert "X-GNOME-Autostart-enabled=true" in text.splitlines()
    assert "StartupNotify=true" not in text
