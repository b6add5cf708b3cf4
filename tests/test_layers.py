"""The layer contract, checked on every test run.

* Nothing in ``journal/`` outside ``journal/ui/`` and the entry point ``journal/app.py``
  imports PySide6: the domain and the store run without Qt.
* Nothing in ``journal/ui/`` imports sqlite3 or sqlite_utils: widgets never touch SQL.
* Only ``journal/store/`` imports sqlite3 or sqlite_utils.
* The domain never imports the store or the UI: data flows one way.
* Nothing imports a networking module: the program never opens a connection.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "journal"
SQL = {"sqlite3", "sqlite_utils"}
NETWORK = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
}


def _imports(path: Path) -> set[str]:
    """Every module imported anywhere in the file, including inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE.parent).as_posix(), _imports(path)


def _top(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def _under(names: set[str], prefix: str) -> set[str]:
    return {n for n in names if n == prefix or n.startswith(prefix + ".")}


MODULES = list(_modules())


def test_the_contract_sees_the_whole_package():
    assert len(MODULES) > 10


@pytest.mark.parametrize(("module", "imports"), MODULES, ids=[m for m, _ in MODULES])
def test_each_module_keeps_to_its_layer(module, imports):
    in_ui = module.startswith("journal/ui/")
    in_store = module.startswith("journal/store/")
    entry = module == "journal/app.py"
    if not (in_ui or entry):
        assert "PySide6" not in _top(imports), f"{module} imports Qt"
    if not in_store:
        assert not (_top(imports) & SQL), f"{module} imports SQL outside journal/store/"
    if not (in_ui or in_store or entry or module.startswith("journal/commands/")):
        assert not _under(imports, "journal.store"), f"the domain module {module} uses the store"
        assert not _under(imports, "journal.ui"), f"the domain module {module} uses the UI"
    if in_store:
        assert not _under(imports, "journal.ui"), f"{module} in the store uses the UI"
    network = {n for n in imports if n in NETWORK or n.split(".")[0] in NETWORK}
    assert not network, f"{module} imports networking: {sorted(network)}"


def test_the_checker_finds_an_import_hidden_in_a_function(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def chart():\n    from PySide6.QtCore import QObject\n    import sqlite3\n")
    assert _top(_imports(sneaky)) == {"PySide6", "sqlite3"}


def test_a_connection_attempt_during_a_test_is_caught():
    import socket

    with pytest.raises(AssertionError, match="network connection"):
        socket.create_connection(("127.0.0.1", 9))
