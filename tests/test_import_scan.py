"""PySide6's look at each imported module: the same answers, no source kept in memory."""

from __future__ import annotations

import inspect
import linecache
import sys

import pytest

from journal.import_scan import scan_imports_lightly

feature = pytest.importorskip("shibokensupport.feature")


@pytest.fixture
def light_scan():
    scan_imports_lightly()  # done already by any import of the window's package
    assert getattr(feature._mod_uses_pyside, "is_light", False)
    return feature._mod_uses_pyside


def _binding_answer(module) -> bool:
    # The binding's own test: its source, read the inspect way, names PySide6.
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_it_answers_as_the_binding_does_for_every_module_loaded(light_scan):
    modules = [
        m for m in list(sys.modules.values()) if str(getattr(m, "__file__", "")).endswith(".py")
    ]
    assert len(modules) > 100
    said = {m.__name__: light_scan(m) for m in modules}
    assert said == {m.__name__: _binding_answer(m) for m in modules}
    assert set(said.values()) == {True, False}


@pytest.mark.parametrize(("text", "switch"), [("import PySide6\n", 0), ("import json\n", -1)])
def test_a_module_imported_after_it_is_switched_as_before_and_its_source_not_kept(
    light_scan, tmp_path, monkeypatch, text, switch
):
    name = f"scanned_{switch + 1}"
    (tmp_path / f"{name}.py").write_text(f'"""A module."""\n{text}')
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    try:
        # The way an import statement does: the binding watches ``builtins.__import__``.
        __import__(name)
        assert feature.pyside_feature_dict[name] == switch
        assert str(tmp_path / f"{name}.py") not in linecache.cache
    finally:
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_it_is_replaced_once(light_scan):
    assert scan_imports_lightly() is False
    assert feature._mod_uses_pyside is light_scan
