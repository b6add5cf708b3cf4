"""Help → What the red flags mean: each rule in plain words, its source, never a diagnosis."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.flags import Rule, Thresholds
from journal.flags.explained import RuleExplanation, explain_rules, what_flags_are
from journal.summary.blocks import FOOTER_NOTE
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.ui.help.help_dialog import HelpDialog
from journal.units import UnitPreferences

SETTINGS_HINT = QT_TRANSLATE_NOOP(
    "FlagsHelp",
    "Each rule draws its line where the product's defaults say, unless you moved it in "
    "Journal → Red flag settings. The words above use the lines in use now.",
)


def _heading(explained: RuleExplanation) -> str:
    # The rule's first flag as declared is its general one ("Nerve symptoms" before the
    # emergencies among them).
    first = min(explained.rules, key=list(Rule).index)
    return f"{explained.number}. {first.title}"


def _how_soon(explained: RuleExplanation) -> str:
    if len(explained.rules) == 1:
        said = QCoreApplication.translate("FlagsHelp", "<p><b>How soon:</b> {level}</p>")
        return said.format(level=escape(explained.rules[0].level.label))
    flags = "".join(
        f"<li><b>{escape(rule.title)}</b>: {escape(rule.level.label)}</li>"
        for rule in explained.rules
    )
    return f"<ul>{flags}</ul>"


def _rule_html(explained: RuleExplanation) -> str:
    source = QCoreApplication.translate("FlagsHelp", "From {source}.").format(
        source=escape(explained.source.words)
    )
    if explained.note:
        source += f" {escape(explained.note)}"
    return (
        f"<h3>{escape(_heading(explained))}</h3>"
        f"<p>{escape(explained.words)}</p>"
        f"{_how_soon(explained)}"
        f"<p><i>{source}</i></p>"
    )


def flags_help_html(thresholds: Thresholds | None, units: UnitPreferences | None) -> str:
    """The whole text: what a flag is, the nine rules, and where their lines are set."""
    rules = "".join(_rule_html(e) for e in explain_rules(thresholds, units))
    return (
        f"<p><b>{escape(what_flags_are())}</b></p>"
        + QCoreApplication.translate(
            "FlagsHelp",
            "<p>A flag is never a diagnosis, and no flag does not mean all is well: if you are "
            "worried, ask your doctor. The summary says so on every page: “{footer}”.</p>",
        ).format(footer=escape(translate("Summary", FOOTER_NOTE)))
        + f"{rules}<p>{escape(QCoreApplication.translate('FlagsHelp', SETTINGS_HINT))}</p>"
    )


class FlagsHelpDialog(HelpDialog):
    """What each red-flag rule looks for, how soon it is worth telling a doctor, and why."""

    def __init__(
        self,
        thresholds: Thresholds | None = None,
        units: UnitPreferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("FlagsHelpDialog", "What the red flags mean"),
            QCoreApplication.translate("FlagsHelpDialog", "What the red flags mean"),
            parent,
        )
        self.show_text(flags_help_html(thresholds, units))
