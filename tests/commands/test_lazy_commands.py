"""The command line imports a command's module only when that command may run."""

from __future__ import annotations

import argparse

import pytest

from journal.commands import COMMANDS, build_parser, command_module


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("module", list(COMMANDS))
def test_each_module_registers_the_subcommands_the_table_names(module):
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    command_module(module).add_parser(subparsers, lambda p: None)
    assert tuple(_subcommands(parser)) == COMMANDS[module]


def test_the_parser_of_a_command_line_knows_its_own_command_fully():
    parser = build_parser(["flags", "--json"])
    args = parser.parse_args(["flags", "--json"])
    assert args.run is not None


def test_a_command_not_on_the_command_line_is_a_name_alone():
    stub = _subcommands(build_parser(["flags"]))["summary"]
    full = _subcommands(build_parser())["summary"]
    assert len(stub._actions) < len(full._actions)


def test_an_unknown_command_is_refused_with_every_choice_named(capsys):
    with pytest.raises(SystemExit):
        build_parser(["nonsense"]).parse_args(["nonsense"])
    said = capsys.readouterr().err
    for names in COMMANDS.values():
        for name in names:
            assert name in said


def test_help_lists_every_command_with_its_words(capsys):
    with pytest.raises(SystemExit):
        build_parser(["--help"]).parse_args(["--help"])
    said = capsys.readouterr().out
    assert "back up the journal and its photos now" in said
    assert "print the red flags worth telling your doctor" in said
