"""The main window: the check-in form beside the timeline, and a page for each view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.basdai import basdai_series
from journal.checkin import CheckIn
from journal.store.checkins import CheckInNotFound
from journal.ui.care_page import CarePage
from journal.ui.checkin_form import CheckInForm
from journal.ui.delete_command import DeleteCheckIn
from journal.ui.facade import JournalFacade
from journal.ui.flags_view import install_flags
from journal.ui.lesions_page import LesionsPage
from journal.ui.timeline_view import TimelineView
from journal.ui.trends_view import TrendsView
from journal.ui.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

DRAFT_DELAY_MS = 800


class MainWindow(QMainWindow):
    """The journal's window.

    Attributes:
        facade: the open journal.
        form: the check-in form.
        timeline: the list of past check-ins.
        pages: the tabs; other views are added with :meth:`add_page`.
        undo_stack: deletes that Ctrl+Z can put back.
    """

    def __init__(self, facade: JournalFacade, settings: QSettings) -> None:
        super().__init__()
        self.facade = facade
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(
            "Demo journal — Symptom Journal"
            if facade.is_demo
            else f"{facade.path.name} — Symptom Journal"
        )
        self.form = CheckInForm(facade)
        self.timeline = TimelineView(facade)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setAccessibleName("Views")
        self.pages.setDocumentMode(True)
        self.add_page(self._journal_page(), "J&ournal")
        self._add_feature_pages()
        self.setCentralWidget(self.pages)
        self._build_menus()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)

        self.form.edited.connect(self._draft_timer.start)
        self.form.saved.connect(self._on_saved)
        self.timeline.edit_requested.connect(self.edit_checkin)
        self.timeline.delete_requested.connect(self.delete_checkin)
        self._restore_geometry()
        self._restore_draft()

    # --- layout ---------------------------------------------------------------------------

    def _journal_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        if self.facade.is_demo:
            banner = QLabel(
                "This is a demo journal with made-up data, so you can look around. "
                "Your own journal is kept apart from it.",
                page,
            )
            banner.setObjectName("demo_banner")
            banner.setWordWrap(True)
            layout.addWidget(banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("journal_splitter")
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        return page

    def _add_feature_pages(self) -> None:
        """The views of the other records, one line each (lesions, care record, trends, flags)."""
        self.lesions_page = LesionsPage.for_journal(self.facade, self.undo_stack)
        self.add_page(self.lesions_page, "&Lesions")
        self.care_page = CarePage(self.facade, self.undo_stack, self)
        self.add_page(self.care_page, "&Care record")
        self.trends = TrendsView(self.facade)
        self.trends.checkin_requested.connect(self.edit_checkin)
        self.add_page(self.trends, "&Trends")
        self.flags_page = install_flags(self)
        # Red flags are marked on the charts, redrawn whenever the flags change.
        self.trends.facade.flag_source = self.flags_page.flags.chart_markers
        self.flags_page.flags.changed.connect(self.trends.facade.changed)
        self.trends.facade.basdai_source = basdai_series
        # Medicines and doses feed the red flags (pain relief taken, courses ended); labs,
        # visits and BASDAI feed the charts.
        care = self.care_page.care
        care.medicines_changed.connect(self.flags_page.flags.refresh)
        # Lesions feed the red flags (a growing lesion, a lesion with fever) and the charts.
        self.lesions_page.facade.changed.connect(self.flags_page.flags.refresh)
        for changed in (care.labs_changed, care.appointments_changed, care.basdai_changed):
            changed.connect(self.trends.facade.changed)

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a view as a tab; returns its index."""
        return self.pages.addTab(widget, title)

    def _action(self, text: str, shortcut, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        journal = self.menuBar().addMenu("&Journal")
        self.new_action = self._action(
            "&New check-in", QKeySequence.StandardKey.New, self.new_checkin, journal
        )
        self.save_action = self._action(
            "&Save check-in", QKeySequence.StandardKey.Save, self.form.save, journal
        )
        # Reachable from any page: questions come to mind at any time.
        self.question_action = self._action(
            "Add a &question for my next appointment…",
            "Ctrl+Shift+D",
            self.care_page.ask_question,
            journal,
        )
        self.flag_settings_action = self._action(
            "Red flag se&ttings…", None, self.flags_page.edit_settings, journal
        )
        journal.addSeparator()
        self._action("&Quit", QKeySequence.StandardKey.Quit, self.close, journal)

        edit = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        # setShortcuts: every key of the platform (Ctrl+Y and Ctrl+Shift+Z), not the first.
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action = undo

        view = self.menuBar().addMenu("&Units")
        self._unit_group(view, [(u.value, u) for u in TemperatureUnit], "temperature")
        view.addSeparator()
        self._unit_group(view, [(u.value, u) for u in WeightUnit], "weight")

    def _unit_group(self, menu, choices, attribute: str) -> None:
        group = QActionGroup(self)
        current = getattr(self.facade.units(), attribute)
        for text, unit in choices:
            action = QAction(f"{attribute.capitalize()} in {text}", self, checkable=True)
            action.setChecked(unit == current)
            action.triggered.connect(lambda _=False, u=unit: self._set_unit(attribute, u))
            group.addAction(action)
            menu.addAction(action)

    def _set_unit(self, attribute: str, unit) -> None:
        units = self.facade.units()
        changed = {"temperature": units.temperature, "weight": units.weight, attribute: unit}
        self.facade.set_units(UnitPreferences(**changed))

    # --- actions --------------------------------------------------------------------------

    def new_checkin(self) -> None:
        """Show an empty check-in form with the keyboard in it (Ctrl+N)."""
        self.pages.setCurrentIndex(0)
        if not self.form.is_dirty:
            self.form.clear()
        self.form.focus_first_field()

    def edit_checkin(self, checkin: CheckIn) -> None:
        """Load a saved check-in into the form, asking first about typing not saved."""
        self.pages.setCurrentIndex(0)
        editing = self.form.editing
        if self.form.is_dirty:
            if editing is not None and editing.id == checkin.id:
                # Already open with changes typed: keep them rather than reload.
                self.form.focus_first_field()
                return
            choice = UnsavedCheckInDialog.ask(self)
            if choice is None or (choice is UnsavedChoice.SAVE and self.form.save() is None):
                # Going back, or the typing has problems now shown beside their fields.
                return
        self.form.edit(checkin)
        self.form.focus_first_field()

    def delete_checkin(self, checkin: CheckIn) -> None:
        """Delete a check-in; Ctrl+Z puts it back."""
        try:
            self.undo_stack.push(DeleteCheckIn(self.facade, checkin, self._tell))
        except CheckInNotFound:
            return
        # The form lets go of the deleted check-in itself (keeping anything typed).
        self.statusBar().showMessage("Check-in deleted. Press Ctrl+Z to undo.", 8000)

    def _tell(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_saved(self, checkin: CheckIn) -> None:
        self._draft_timer.stop()
        self.facade.keep_draft(None)
        self.timeline.select(checkin.id)
        self.statusBar().showMessage("Check-in saved.", 5000)

    # --- drafts and window state ----------------------------------------------------------

    def keep_draft(self) -> None:
        """Store what is typed and not saved, so that nothing is lost on close or crash."""
        self.facade.keep_draft(self.form.draft())

    def _restore_draft(self) -> None:
        draft = self.facade.draft()
        if not draft:
            return
        editing = None
        if draft.get("editing") is not None:
            try:
                editing = self.facade.checkin(draft["editing"])
            except CheckInNotFound:
                editing = None
        self.form.restore_draft(draft, editing)

    def _restore_geometry(self) -> None:
        # Size and place are kept apart rather than as saveGeometry() bytes, which some
        # platforms restore with the frame counted differently.
        size = self._settings.value("window/size")
        self.resize(size if isinstance(size, QSize) else QSize(1280, 820))
        place = self._settings.value("window/position")
        if isinstance(place, QPoint) and QGuiApplication.screenAt(place) is not None:
            self.move(place)
        if self._settings.value("window/maximized", False, type=bool):
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._draft_timer.stop()
        self.keep_draft()
        if not self.isMaximized():
            self._settings.setValue("window/size", self.size())
            self._settings.setValue("window/position", self.pos())
        self._settings.setValue("window/maximized", self.isMaximized())
        self._settings.sync()
        super().closeEvent(event)
