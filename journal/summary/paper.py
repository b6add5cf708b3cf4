"""Which paper a summary is laid out for when the user has not said: the locale's."""

from __future__ import annotations

from collections.abc import Mapping

from journal.summary.request import Paper

# Where Letter is the usual office paper (the Americas that did not take up ISO 216, and the
# Philippines); everywhere else A4. The same list glibc's LC_PAPER data and CLDR give.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA"})
# POSIX order: LC_ALL overrides LC_PAPER, which overrides LANG.
_LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")


def paper_for_locale(name: str) -> Paper:
    """The paper of a locale named like ``en_US``, ``fr-CA`` or ``en_US.UTF-8@euro``.

    A name without a territory ("C", "POSIX", "en") gives A4, the paper of most of the world.
    """
    bare = name.split(".")[0].split("@")[0].replace("-", "_")
    territory = bare.split("_")[1].upper() if "_" in bare else ""
    return Paper.LETTER if territory in LETTER_TERRITORIES else Paper.A4


def paper_from_environment(environ: Mapping[str, str]) -> Paper:
    """The paper the environment's locale variables ask for (the command line's default)."""
    for variable in _LOCALE_VARIABLES:
        if environ.get(variable):
            return paper_for_locale(environ[variable])
    return Paper.A4
