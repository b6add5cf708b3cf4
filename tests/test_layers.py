"""The layer contract, checked on every test run.

* Nothing in ``journal/`` outside ``journal/ui/``, the drawing layer ``journal/printing/`` and
  the entry point ``journal/app.py`` imports PySide6: the domain and the store run without Qt.
* Nothing in ``journal/printing/`` imports PySide6.QtWidgets: it paints with Qt's GUI module
  only, so the command line draws a summary without a window (import-linter cannot name a
  submodule of an outside package, so this checks it).
* Nothing in ``journal/ui/`` imports sqlite3, sqlcipher3 or sqlite_utils: widgets never touch SQL.
* Only ``journal/store/`` imports sqlite3, sqlcipher3 or sqlite_utils.
* The domain never imports the store or the UI: data flows one way.
* Nothing imports a networking module: the program never opens a connection.
* No import cycles between modules, counting imports under ``TYPE_CHECKING`` and inside
  functions (import-linter, run by ``make test``, checks the layers; this checks cycles).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "journal"
SQL = {"sqlite3", "sqlite_utils", "sqlcipher3"}
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
    in_printing = module.startswith("journal/printing/")
    entry = module == "journal/app.py"
    if not (in_ui or in_printing or entry):
        assert "PySide6" not in _top(imports), f"{module} imports Qt"
    if in_printing:
        assert not _under(imports, "PySide6.QtWidgets"), f"{module} imports Qt widgets"
    if not in_store:
        assert not (_top(imports) & SQL), f"{module} imports SQL outside journal/store/"
    if not (in_ui or in_store or entry or module.startswith("journal/commands/")):
        assert not _under(imports, "journal.store"), f"the domain module {module} uses the store"
        assert not _under(imports, "journal.ui"), f"the domain module {module} uses the UI"
    if in_store:
        assert not _under(imports, "journal.ui"), f"{module} in the store uses the UI"
    network = {n for n in imports if n in NETWORK or n.split(".")[0] in NETWORK}
    assert not network, f"{module} imports networking: {sorted(network)}"


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports, anywhere in the file.

    ``from a.b import c`` counts as importing ``a.b.c`` when that is a module, else ``a.b``.
    Importing one's own package (its ``__init__``) is left out: that is the package's
    inside matter, not a cycle between modules.
    """
    files = {_module_name(p, package): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in files)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in files else node.module)
        graph[name] = {
            m for m in found if m in files and m != name and not name.startswith(m + ".")
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for after in sorted(graph.get(node, ())):
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_modules_import_each_other():
    assert cycles(import_graph(PACKAGE)) == []


def test_the_cycle_finder_sees_a_loop_through_type_checking_and_functions(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import thing\n")
    (package / "b.py").write_text("def f():\n    from pkg import c\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n"
    )
    (package / "d.py").write_text("import pkg.a\n")
    assert cycles(import_graph(package)) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_the_checker_sees_qt_widgets_however_they_are_imported(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "from PySide6.QtWidgets import QApplication\n"
        "def f():\n    import PySide6.QtWidgets.QLabel\n"
    )
    assert _under(_imports(sneaky), "PySide6.QtWidgets") == {
        "PySide6.QtWidgets",
        "PySide6.QtWidgets.QLabel",
    }


def test_the_printing_layer_is_checked_for_widgets():
    printing = [m for m, _ in MODULES if m.startswith("journal/printing/")]
    assert "journal/printing/summary_pdf.py" in printing


def test_the_checker_finds_an_import_hidden_in_a_function(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def chart():\n    from PySide6.QtCore import QObject\n    import sqlite3\n")
    assert _top(_imports(sneaky)) == {"PySide6", "sqlite3"}


def test_a_connection_attempt_during_a_test_is_caught():
    import socket

    with pytest.raises(AssertionError, match="network connection"):
        socket.create_connection(("127.0.0.1", 9))
