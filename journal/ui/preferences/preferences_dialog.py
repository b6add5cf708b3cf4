"""Edit → Preferences… (Ctrl+,): every choice made once, each applied as it is made.

There is no Save: a choice changes the program at once (and is kept), as a light switch
does; Close closes. Where each choice is kept, and why, is said in
:mod:`journal.ui.preferences.preferences_facade`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.dates import DayOrder
from journal.summary.paper import paper_for_locale
from journal.summary.request import Paper, Section
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.tick_box import TickBox
from journal.ui.preferences.applying import apply_preferences, locale_day_order
from journal.ui.preferences.preferences_facade import (
    DAY_ORDER_KEY,
    FIRST_DAY_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    LOCALE,
    SYSTEM_LANGUAGE,
    THEME_KEY,
    PreferencesFacade,
)
from journal.ui.preferences.reminder_box import ReminderBox
from journal.ui.theme.theme import SYSTEM, forced_by_environment
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

# The choices of language, each in its own language so that anyone can find theirs.
_LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
_ROTATION = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "Kept automatically: every backup of today and yesterday, then one a day for 12 days, "
    "one a week for 10 weeks and one a month for 9 months — about a year of history. "
    "This thinning is fixed, so that no setting can leave you without an older copy.",
)


def _combo(parent: QWidget, name: str, choices: list[tuple[str, object]], current) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A labelled row whose label keeps its whole width (a form squeezes it otherwise)."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
    form.addRow(label, field)


class PreferencesDialog(QDialog):
    """The Preferences dialog.

    Attributes:
        tabs: General, Reminders, Summary, Backups.
        reminders: the reminder choices.
    """

    def __init__(
        self,
        facade: PreferencesFacade,
        open_flag_settings: Callable[[], object],
        parent: QWidget | None = None,
        tray_available: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self._facade = facade
        self._open_flag_settings = open_flag_settings
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Preferences pages")
        )
        self.tabs.addTab(
            self._general_page(), QCoreApplication.translate("PreferencesDialog", "&General")
        )
        self.reminders = ReminderBox(facade, tray_available, self)
        self.tabs.addTab(
            self.reminders, QCoreApplication.translate("PreferencesDialog", "&Reminders")
        )
        self.tabs.addTab(
            self._summary_page(), QCoreApplication.translate("PreferencesDialog", "&Summary")
        )
        self.tabs.addTab(
            self._backups_page(), QCoreApplication.translate("PreferencesDialog", "&Backups")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self._buttons())
        # Room for the longest page's words at any font size, so that nothing is clipped.
        self.setMinimumSize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # --- General ---------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        units = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Units (this journal)"), page
        )
        form = QFormLayout(units)
        now = self._facade.units()
        self.temperature = _combo(
            units,
            QCoreApplication.translate("PreferencesDialog", "Temperature unit"),
            [(u.value, u) for u in TemperatureUnit],
            now.temperature,
        )
        self.weight = _combo(
            units,
            QCoreApplication.translate("PreferencesDialog", "Weight unit"),
            [(u.value, u) for u in WeightUnit],
            now.weight,
        )
        _row(
            form, QCoreApplication.translate("PreferencesDialog", "&Temperature"), self.temperature
        )
        _row(form, QCoreApplication.translate("PreferencesDialog", "&Weight"), self.weight)
        for combo in (self.temperature, self.weight):
            combo.currentIndexChanged.connect(self._set_units)
        column.addWidget(units)
        column.addWidget(self._dates_box(page))
        column.addWidget(self._colours_box(page))
        column.addWidget(self._language_box(page))
        column.addStretch(1)
        return page

    def _dates_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Dates (all journals)"), page
        )
        form = QFormLayout(box)
        system = locale_day_order().example
        orders = [
            (
                QCoreApplication.translate(
                    "PreferencesDialog", "As the system writes them ({example})"
                ).format(example=system),
                LOCALE,
            )
        ]
        orders += [(order.example, order.value) for order in DayOrder]
        self.day_order = _combo(
            box,
            QCoreApplication.translate("PreferencesDialog", "Write days as"),
            orders,
            self._facade.text(DAY_ORDER_KEY),
        )
        # Named in the window's language (the default locale), Monday first.
        days = [QLocale().standaloneDayName(number) for number in range(1, 8)]
        first = days[QLocale.system().firstDayOfWeek().value - 1]
        weeks = [
            (
                QCoreApplication.translate(
                    "PreferencesDialog", "As the system does ({day})"
                ).format(day=first),
                LOCALE,
            )
        ]
        weeks += [(day, str(number)) for number, day in enumerate(days, 1)]
        self.first_day = _combo(
            box,
            QCoreApplication.translate("PreferencesDialog", "Week starts on"),
            weeks,
            self._facade.text(FIRST_DAY_KEY),
        )
        _row(
            form, QCoreApplication.translate("PreferencesDialog", "Write &days as"), self.day_order
        )
        _row(
            form, QCoreApplication.translate("PreferencesDialog", "Week &starts on"), self.first_day
        )
        self.day_order.currentIndexChanged.connect(
            lambda: self._set_text(DAY_ORDER_KEY, self.day_order)
        )
        self.first_day.currentIndexChanged.connect(
            lambda: self._set_text(FIRST_DAY_KEY, self.first_day)
        )
        return box

    def _language_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Language (all journals)"), page
        )
        form = QFormLayout(box)
        choices = [
            (QCoreApplication.translate("PreferencesDialog", "As the system"), SYSTEM_LANGUAGE)
        ]
        choices += [(_LANGUAGE_NAMES[code], code) for code in LANGUAGES]
        self.language = _combo(
            box,
            QCoreApplication.translate("PreferencesDialog", "Language"),
            choices,
            self._facade.text(LANGUAGE_KEY) or SYSTEM_LANGUAGE,
        )
        self.language.currentIndexChanged.connect(
            lambda: self._facade.set_text(LANGUAGE_KEY, str(self.language.currentData()))
        )
        _row(form, QCoreApplication.translate("PreferencesDialog", "&Language"), self.language)
        # The words of an open window are made as it is built: a new language shows in the
        # next window, at the next start.
        note = QLabel(
            QCoreApplication.translate("PreferencesDialog", "Takes effect at the next start."),
            box,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _colours_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Colours (all journals)"), page
        )
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        choices = [
            (QCoreApplication.translate("PreferencesDialog", "As the system"), SYSTEM),
            (QCoreApplication.translate("PreferencesDialog", "Light"), "light"),
            (QCoreApplication.translate("PreferencesDialog", "Dark"), "dark"),
        ]
        kept = self._facade.text(THEME_KEY) or SYSTEM
        self.theme = _combo(
            box, QCoreApplication.translate("PreferencesDialog", "Colour scheme"), choices, kept
        )
        _row(form, QCoreApplication.translate("PreferencesDialog", "&Colour scheme"), self.theme)
        if forced_by_environment():
            # The environment is how screenshots and tests fix the scheme: it stays in charge.
            note = QLabel(
                QCoreApplication.translate(
                    "PreferencesDialog",
                    "SYMPTOM_JOURNAL_THEME is set where the program was started: it decides the "
                    "colours until it is removed.",
                ),
                box,
            )
            note.setWordWrap(True)
            column.addWidget(note)
        self.theme.currentIndexChanged.connect(lambda: self._set_text(THEME_KEY, self.theme))
        return box

    # --- Summary and backups ---------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        summary = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Prepare summary… starts with"), page
        )
        form = QFormLayout(summary)
        chosen = self._facade.summary_sections()
        self.section_ticks: dict[Section, TickBox] = {}
        for section in Section:
            tick = TickBox(section.title, summary)
            tick.setAccessibleName(
                QCoreApplication.translate("PreferencesDialog", "Summary section {title}").format(
                    title=section.title
                )
            )
            tick.setChecked(section in chosen)
            tick.toggled.connect(self._set_sections)
            form.addRow(tick)
            self.section_ticks[section] = tick
        local = paper_for_locale(QLocale.system().name())
        self.paper = _combo(
            summary,
            QCoreApplication.translate("PreferencesDialog", "Summary paper"),
            [
                (QCoreApplication.translate("PreferencesDialog", "A4"), Paper.A4.value),
                (QCoreApplication.translate("PreferencesDialog", "Letter"), Paper.LETTER.value),
            ],
            self._facade.paper(local).value,
        )
        self.paper.currentIndexChanged.connect(
            lambda: self._facade.set_paper(Paper(self.paper.currentData()))
        )
        _row(form, QCoreApplication.translate("PreferencesDialog", "&Paper"), self.paper)
        column.addWidget(summary)
        column.addStretch(1)
        return page

    def _backups_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        box = QGroupBox(
            QCoreApplication.translate("PreferencesDialog", "Backups (this journal)"), page
        )
        form = QFormLayout(box)
        self.backups_where = QLabel(str(self._facade.backups_folder()), box)
        self.backups_where.setWordWrap(True)
        self.backups_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Kept in"), self.backups_where)
        rotation = QLabel(
            QCoreApplication.translate("PreferencesDialog", _ROTATION)
            + QCoreApplication.translate(
                "PreferencesDialog",
                " They stay beside the journal, so a copy of the folder keeps both.",
            ),
            box,
        )
        rotation.setWordWrap(True)
        column.addWidget(box)
        # Beside the form, not in it: a form gives a wrapped text too little height.
        column.addWidget(rotation)
        column.addStretch(1)
        return page

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Close"))
        self.flag_settings_button = QPushButton(
            QCoreApplication.translate("PreferencesDialog", "Red &flag settings…"), self
        )
        self.flag_settings_button.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Red flag settings")
        )
        self.flag_settings_button.clicked.connect(self._open_flag_settings)
        buttons.addButton(self.flag_settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- applying --------------------------------------------------------------------------

    def _set_units(self) -> None:
        self._facade.set_units(
            UnitPreferences(
                TemperatureUnit(self.temperature.currentData()),
                WeightUnit(self.weight.currentData()),
            )
        )

    def _set_text(self, key: str, combo: QComboBox) -> None:
        self._facade.set_text(key, str(combo.currentData()))
        apply_preferences(QApplication.instance(), self._facade.settings)

    def _set_sections(self) -> None:
        self._facade.set_summary_sections(
            frozenset(s for s, tick in self.section_ticks.items() if tick.isChecked())
        )

    @classmethod
    def open_for(
        cls,
        facade: PreferencesFacade,
        open_flag_settings: Callable[[], object],
        parent: QWidget,
        tray_available: bool,
    ) -> PreferencesDialog:
        """Show the dialog, not blocking the window (changes show in it at once)."""
        dialog = cls(facade, open_flag_settings, parent, tray_available)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
