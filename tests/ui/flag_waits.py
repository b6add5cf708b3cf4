"""Waiting for the red flags that a save finds off the UI thread."""

from __future__ import annotations

WAIT_MS = 10_000


def wait_for_flags(window) -> None:
    """Return once the flags check that the last save started has answered."""
    flags = window.flags_page.flags
    assert flags.wait_until_checked(WAIT_MS), "the red flags were not found in time"
