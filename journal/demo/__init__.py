"""A demo journal that tells a recovery story, so a newcomer sees real charts at once.

Each part of the story lives in its own module; :func:`build_demo` gathers them.
"""

from journal.demo.story import DemoJournal, build_demo

__all__ = ["DemoJournal", "build_demo"]
