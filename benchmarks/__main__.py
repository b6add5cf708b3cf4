"""``python -m benchmarks``: run every benchmark and print each ratio to its floor."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks


def main() -> int:
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        for result in module.run():
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
