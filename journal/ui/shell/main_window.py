"""The main window: the check-in form beside the timeline, and a page for each view.

The first paint waits only for the form and the newest check-ins: the other pages, the rest
of the check-ins and the red flags load after it, one part per turn of the event loop, so the
window takes typing at once. A page asked for before its turn is built at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.checkin import CheckIn
from journal.dates import moment_text
from journal.errors import CheckInNotFound
from journal.store.location import default_journal_path, journal_name
from journal.ui.backups.backups_facade import BackupsFacade
from journal.ui.checkin.checkin_form import CheckInForm
from journal.ui.checkin.delete_command import DeleteCheckIn
from journal.ui.checkin.timeline_view import TimelineView
from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice
from journal.ui.help.help_menu import HelpMenu
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.parts.facade import JournalFacade, NotWritten
from journal.ui.preferences.applying import apply_preferences
from journal.ui.reminders.reminder_tray import ReminderTray
from journal.ui.reminders.reminders_facade import RemindersFacade
from journal.ui.shell.journal_actions import JournalActions, JournalSwitcher
from journal.ui.shell.page_tabs import PageTabs
from journal.ui.shell.sharing_note import sharing_note
from journal.ui.shell.window_lock import WindowLock
from journal.ui.shell.window_place import keep_window_place, restore_window_place
from journal.ui.theme.resources import application_icon
from journal.ui.trends.canvas_ahead import import_canvas_ahead
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

DRAFT_DELAY_MS = 800
LESIONS_PAGE, CARE_PAGE, TRENDS_PAGE, FLAGS_PAGE = 1, 2, 3, 4
"""The tabs of the pages built after the first paint (the journal's is tab 0)."""


if TYPE_CHECKING:
    from journal.ui.backups.backups_dialog import BackupsDialog
    from journal.ui.care.care_page import CarePage
    from journal.ui.encryption.encryption_dialog import EncryptionDialog
    from journal.ui.flags.flags_banner import FlagBanner
    from journal.ui.flags.flags_facade import FlagsFacade
    from journal.ui.flags.flags_view import FlagsPage
    from journal.ui.lesions.lesions_page import LesionsPage
    from journal.ui.preferences.preferences_dialog import PreferencesDialog
    from journal.ui.summary.summary_dialog import SummaryDialog
    from journal.ui.trends.trends_view import TrendsView


class MainWindow(QMainWindow):
    """The journal's window.

    Attributes:
        facade: the open journal.
        form: the check-in form.
        timeline: the list of past check-ins.
        pages: the tabs; other views are added with :meth:`add_page`.
        undo_stack: deletes that Ctrl+Z can put back.
        flag_banner: the red flags worth telling a doctor, above every page.
        flags: the red flags of the journal (made on first use).
        lesions_page, care_page, trends, flags_page: the pages, each built on first use if
            the window has not built it yet.
    """

    def __init__(
        self,
        facade: JournalFacade,
        settings: QSettings,
        journals: JournalSwitcher | None = None,
        demo_kept: bool = False,
    ) -> None:
        super().__init__()
        self.facade = facade
        self._settings = settings
        self._journals = journals
        self._demo_kept = demo_kept
        # In the demo, the first new check-in asks whether it belongs in the user's own journal.
        self._asked_about_demo = not facade.is_demo
        self._shown_once = False
        self._flags: FlagsFacade | None = None
        self._flag_banner: FlagBanner | None = None
        self._flags_started = False
        self._worker_begun = False  # the flags' worker process asked to start early
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{journal} — Symptom Journal").format(
                journal=journal_name(facade.path, facade.is_demo)
            )
        )
        # Dialogs of the window take it too.
        self.setWindowIcon(application_icon())
        # The window is put together from the outside in: each widget is made inside the
        # parent it stays in. A page built first and then moved is restyled, every widget of
        # it, at each move; the journal's page moved five times cost 40 ms of every start.
        # The scheme chosen, too, is applied before any page is made, for the same reason.
        apply_preferences(QApplication.instance(), settings)
        self.pages = PageTabs(self)
        self.pages.setObjectName("pages")
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
        self.pages.setDocumentMode(True)
        # An encrypted journal's data hides behind a lock screen after a while without use.
        self.idle_lock = WindowLock(
            self,
            self.pages,
            facade.path,
            journal_name(facade.path, facade.is_demo),
            settings,
        )
        self.journal_actions = (
            None
            if journals is None
            else JournalActions(
                journals, self, facade.path, facade.is_demo, facade.demo_has_changes
            )
        )
        # Backed up every 30 minutes while changed, and at close.
        self.backups = BackupsFacade(facade.store, self)
        self.backups.failed.connect(self.show_status)
        self.pages.add_page(
            self._journal_page, QCoreApplication.translate("MainWindow", "J&ournal")
        )
        self._add_feature_pages()
        self._build_menus()
        self.idle_lock.keep_enabled(self.quit_action)
        self.reminders = ReminderTray(RemindersFacade(facade, settings), self, self.show_status)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)

        self.form.edited.connect(self._draft_timer.start)
        self.form.saved.connect(self._on_saved)
        self.form.not_saved.connect(self.show_status)
        self.timeline.edit_requested.connect(self.edit_checkin)
        self.timeline.delete_requested.connect(self.delete_checkin)
        self._restore_geometry()
        self._restore_draft()
        warning = facade.privacy_warning()
        if warning:
            # Kept in the status bar until another message: the journal works as usual.
            self.statusBar().showMessage(warning)

    # --- layout ---------------------------------------------------------------------------

    def _journal_page(self, parent: QWidget) -> QWidget:
        """The check-in form beside the timeline, made inside ``parent``."""
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        if self.facade.is_demo:
            layout.addWidget(self._demo_note(page))
        if (shared := sharing_note(self.facade.path, page)) is not None:
            layout.addWidget(shared)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("journal_splitter")
        self.form = CheckInForm(self.facade, self.splitter, confirm_save=self._confirm_save_here)
        self.timeline = TimelineView(self.facade, self.splitter)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.summary_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Prepare summary…"), page
        )
        self.summary_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Prepare summary")
        )
        self.summary_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "A PDF or print-out for your next appointment (Ctrl+P)"
            )
        )
        self.summary_button.clicked.connect(self.prepare_summary)
        bar.addWidget(self.summary_button)
        layout.addLayout(bar)
        return page

    def _demo_note(self, parent: QWidget) -> QFrame:
        """One line over the form: this is the demo, and the way to the user's own journal."""
        note = QFrame(parent)
        note.setObjectName("demo_banner")
        row = QHBoxLayout(note)
        row.setContentsMargins(8, 2, 4, 2)
        if self._demo_kept:
            words = QCoreApplication.translate(
                "MainWindow",
                "This is the demo. It keeps the changes you made in it, and is not rebuilt "
                "until you leave it and say so.",
            )
        else:
            words = QCoreApplication.translate(
                "MainWindow",
                "This is the demo, with made-up data to look around in. Your own journal "
                "is kept apart.",
            )
        text = QLabel(words, note)
        text.setObjectName("demo_note_text")
        text.setWordWrap(True)
        row.addWidget(text, 1)
        if self._journals is not None:
            start = QPushButton(QCoreApplication.translate("MainWindow", "Start &my journal"), note)
            start.setAccessibleName(QCoreApplication.translate("MainWindow", "Start my journal"))
            start.clicked.connect(self.journal_actions.leave_demo)
            row.addWidget(start)
        return note

    def _add_feature_pages(self) -> None:
        """The views of the other records, one line each (lesions, care record, trends, flags).

        Their tabs are there at once; each page is built after the first paint, or when it is
        first shown or asked for (:meth:`_build_page`).
        """
        self.pages.add_later(
            self._build_lesions, QCoreApplication.translate("MainWindow", "&Lesions"), "lesions"
        )
        self.pages.add_later(
            self._build_care, QCoreApplication.translate("MainWindow", "&Care record"), "care"
        )
        self.pages.add_later(
            self._build_trends, QCoreApplication.translate("MainWindow", "&Trends"), "trends"
        )
        self.pages.add_later(
            self._build_flags_page, QCoreApplication.translate("MainWindow", "Red &flags"), "flags"
        )

    def _build_lesions(self, parent: QWidget) -> QWidget:
        from journal.ui.lesions.lesion_facade import LesionFacade
        from journal.ui.lesions.lesions_page import LesionsPage

        # The lesions' facade over the journal's store, built here where every page is.
        lesions = LesionFacade(self.facade.store, self)
        # Its lesions are read a turn later (PageTabs.build_next): no one turn does both.
        page = LesionsPage(lesions, self.undo_stack, parent, in_parts=True)
        page.status.connect(self.show_status)
        # Lesions feed the red flags (a growing lesion, a lesion with fever) and the charts.
        page.facade.changed.connect(lambda *_: self.flags.refresh_soon())
        return page

    def _build_care(self, parent: QWidget) -> QWidget:
        from journal.ui.care.care_page import CarePage

        # A record's tab per turn after this one (PageTabs.build_next): built in one turn,
        # years of doses and labs stopped the window for a third of a second.
        page = CarePage(self.facade, self.undo_stack, parent, in_parts=True)
        page.status.connect(self.show_status)
        # Medicines and doses feed the red flags (pain relief taken, courses ended); labs,
        # visits and BASDAI feed the charts. Like a check-in, they are checked off the UI
        # thread: on years of journal a check takes long enough to be felt.
        care = page.care
        care.medicines_changed.connect(lambda *_: self.flags.refresh_soon())
        for changed in (care.labs_changed, care.appointments_changed, care.basdai_changed):
            changed.connect(self._care_records_changed)
        return page

    def _care_records_changed(self) -> None:
        if self.pages.widget_if_built(TRENDS_PAGE) is not None:
            self.trends.facade.changed.emit()
        self.flags.records_changed()

    def _build_trends(self, parent: QWidget) -> QWidget:
        from journal.care.basdai import basdai_series
        from journal.ui.trends.trends_view import TrendsView

        trends = TrendsView(self.facade, parent=parent)
        trends.checkin_requested.connect(self.edit_checkin)
        # Red flags are marked on the charts, redrawn whenever the flags change.
        trends.facade.flag_source = self.flags.chart_markers
        trends.facade.flag_days = self.flags.markers_between
        self.flags.changed.connect(trends.facade.changed)
        trends.facade.basdai_source = lambda snapshot: basdai_series(snapshot.basdai)
        return trends

    def _build_flags_page(self, parent: QWidget) -> QWidget:
        """The Red flags page."""
        from journal.ui.flags.flags_view import FlagsPage

        page = FlagsPage(self.flags, self.undo_stack, parent)
        page.status.connect(self.show_status)
        return page

    @property
    def lesions_page(self) -> LesionsPage:
        return self.pages.build_page(LESIONS_PAGE)

    @property
    def care_page(self) -> CarePage:
        return self.pages.build_page(CARE_PAGE)

    @property
    def trends(self) -> TrendsView:
        return self.pages.build_page(TRENDS_PAGE)

    @property
    def flags_page(self) -> FlagsPage:
        return self.pages.build_page(FLAGS_PAGE)

    @property
    def flags(self) -> FlagsFacade:
        """The journal's red flags, and their banner above every page (made on first use).

        Found off the UI thread once the window has read the check-ins after its first paint
        (:meth:`_load_next`); :meth:`FlagsFacade.is_checking` is True until then.
        """
        if self._flags is None:
            from journal.ui.flags.flags_banner import FlagBanner
            from journal.ui.flags.flags_facade import FlagsFacade

            self._flags = FlagsFacade(self.facade, parent=self, check_now=False)
            # A fixed dock is the one place above every page that needs no change to the
            # layout.
            dock = QDockWidget(self)
            dock.setObjectName("flag_banner_dock")
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            dock.setTitleBarWidget(QWidget(dock))
            self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
            self._flag_banner = FlagBanner(self._flags, hide_with=dock)
            dock.setWidget(self._flag_banner)
            self._flag_banner.show_requested.connect(lambda: self._show_flags(self.flags_page))
        return self._flags

    @property
    def flag_banner(self) -> FlagBanner:
        self.flags  # noqa: B018 - made with the flags
        return self._flag_banner

    # --- loading after the first paint ----------------------------------------------------

    def _load_next(self) -> None:
        """One part of what the first paint did not wait for; the next turn does the next."""
        if not self.facade.is_open:
            return
        store = self.facade.store
        if not self._flags_started and self._flags is None:
            self.flags  # noqa: B018 - the flags' facade and banner: their imports, a turn's work
        elif not self._flags_started and not self._worker_begun:
            # Its start takes a while: begun first, it is up once the check-ins are read.
            self._worker_begun = True
            self.flags.start_process_early()
        elif not store.is_tidy():
            # The photos' and backups' files made private, then unused photos deleted.
            before = len(store.not_private)
            store.tidy_next()
            if len(store.not_private) != before:
                self.statusBar().showMessage(self.facade.privacy_warning() or "")
        elif not self.facade.load_checkins_part():
            pass  # the next part of the check-ins next turn
        elif not self._flags_started:
            self._flags_started = True
            self.flags.refresh_soon(first=True)  # off the UI thread
        elif not self.pages.build_next():
            import_canvas_ahead()  # everything is built: the charts' imports, off this thread
            return
        QTimer.singleShot(0, self, self._load_next)

    def is_loaded(self) -> bool:
        """True once every page is built, every check-in read and the red flags found."""
        return (
            self.facade.store.is_tidy()
            and self.pages.is_built()
            and self.facade.has_all_checkins()
            and self._flags is not None
            and not self._flags.is_checking()
        )

    def _show_flags(self, page: FlagsPage) -> None:
        self.pages.setCurrentWidget(page)
        page.select_most_pressing()

    def _action(self, text: str, shortcut, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        journal = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Journal"))
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&New check-in"),
            QKeySequence.StandardKey.New,
            self.new_checkin,
            journal,
        )
        self.save_action = self._action(
            QCoreApplication.translate("MainWindow", "&Save check-in"),
            QKeySequence.StandardKey.Save,
            self.form.save,
            journal,
        )
        # Reachable from any page: questions come to mind at any time.
        self.question_action = self._action(
            QCoreApplication.translate("MainWindow", "Add a &question for my next appointment…"),
            "Ctrl+Shift+D",
            lambda: self.care_page.ask_question(),
            journal,
        )
        self.summary_action = self._action(
            QCoreApplication.translate("MainWindow", "&Prepare summary…"),
            QKeySequence.StandardKey.Print,
            self.prepare_summary,
            journal,
        )
        self.export_action = self._action(
            QCoreApplication.translate("MainWindow", "&Export…"), None, self.export_journal, journal
        )
        self.import_action = self._action(
            QCoreApplication.translate("MainWindow", "&Import…"),
            None,
            self.import_into_journal,
            journal,
        )
        self.backups_action = self._action(
            QCoreApplication.translate("MainWindow", "&Backups…"), None, self.show_backups, journal
        )
        self.encryption_action = self._action(
            QCoreApplication.translate("MainWindow", "En&cryption…"),
            None,
            self.show_encryption,
            journal,
        )
        # The demo's made-up data is rebuilt at will; encryption is for the user's own.
        self.encryption_action.setEnabled(not self.facade.is_demo)
        journal.addSeparator()
        if self.journal_actions is not None:
            self.journal_actions.add_to(journal)
            journal.addSeparator()
        self.flag_settings_action = self._action(
            QCoreApplication.translate("MainWindow", "Red flag se&ttings…"),
            None,
            lambda: self.flags_page.edit_settings(),
            journal,
        )
        journal.addSeparator()
        self.quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            journal,
        )

        edit = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        # setShortcuts: every key of the platform (Ctrl+Y and Ctrl+Shift+Z), not the first.
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action = undo
        edit.addSeparator()
        self._action(
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            "Ctrl+,",
            self.show_preferences,
            edit,
        )

        view = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Units"))
        self._unit_group(view, [(u.value, u) for u in TemperatureUnit], "temperature")
        view.addSeparator()
        self._unit_group(view, [(u.value, u) for u in WeightUnit], "weight")
        self.help_menu = HelpMenu(self, lambda: self.flags.thresholds(), self.facade.units)

    def _unit_group(self, menu, choices, attribute: str) -> None:
        group = QActionGroup(self)
        current = getattr(self.facade.units(), attribute)
        words = {
            "temperature": QCoreApplication.translate("MainWindow", "Temperature in {unit}"),
            "weight": QCoreApplication.translate("MainWindow", "Weight in {unit}"),
        }[attribute]
        for text, unit in choices:
            action = QAction(words.format(unit=text), self, checkable=True)
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

    def prepare_summary(self) -> SummaryDialog:
        """Open Prepare summary… (Ctrl+P): a PDF or print-out for an appointment."""
        # Imported on first use: drawing needs matplotlib and Qt's print support, which the
        # window's first paint should not wait for.
        from journal.ui.summary.summary_dialog import SummaryDialog
        from journal.ui.summary.summary_facade import SummaryFacade

        dialog = SummaryDialog.open_for(SummaryFacade(self.facade), self._settings, self)
        dialog.status.connect(self.show_status)
        return dialog

    def export_journal(self) -> QDialog:
        """Open Journal → Export…: an archive, CSV files or FHIR."""
        from journal.ui.exchange.exchange_facade import ExchangeFacade
        from journal.ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(ExchangeFacade(self.facade, self), self)
        dialog.open()
        return dialog

    def import_into_journal(self) -> QDialog:
        """Open Journal → Import…: an export of ours, or another tracker's file."""
        from journal.ui.exchange.exchange_facade import ExchangeFacade
        from journal.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(ExchangeFacade(self.facade, self), self)
        dialog.written.connect(self._reopen_after_import)
        dialog.open()
        return dialog

    def _reopen_after_import(self, said: str) -> None:
        if self._journals is None:
            self.show_status(said)
            return
        # An import writes many records of many kinds past the pages' own caches: the
        # journal is opened afresh, as after a restore, so that every page shows them.
        path, is_demo = self.facade.path, self.facade.is_demo
        self.let_go_of_journal()
        opened = self._journals.try_open(path, is_demo=is_demo)
        if opened is not None:
            opened.show_status(said)

    def show_preferences(self) -> PreferencesDialog:
        """Open Edit → Preferences… (Ctrl+,): each choice applies at once."""
        from journal.ui.preferences.preferences_dialog import PreferencesDialog
        from journal.ui.preferences.preferences_facade import PreferencesFacade

        prefs = PreferencesFacade(self.facade, self._settings, self)
        prefs.reminders_changed.connect(self.reminders.refresh)
        edit_flags = self.flags_page.edit_settings
        tray = self.reminders.tray_available
        return PreferencesDialog.open_for(prefs, edit_flags, self, tray)

    def show_backups(self) -> BackupsDialog:
        """Open Journal → Backups…: the list, Back up now, and Restore backup."""
        from journal.ui.backups.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.backups, self)
        dialog.restore_requested.connect(self._restore_backup)
        dialog.open()
        return dialog

    def _restore_backup(self, backup) -> None:
        if self._journals is not None:
            # The launcher closes this journal, restores, and opens it in a new window.
            self._journals.restore_backup(backup)

    def show_encryption(self) -> EncryptionDialog:
        """Open Journal → Encryption…: what it protects, on, off, a new passphrase."""
        from journal.ui.encryption.encryption_dialog import EncryptionDialog

        name = journal_name(self.facade.path, self.facade.is_demo)
        dialog = EncryptionDialog(self.facade.path, name, self._settings, self)
        dialog.change_requested.connect(self._change_encryption)
        dialog.idle_minutes_changed.connect(self.idle_lock.set_idle_minutes)
        dialog.open()
        return dialog

    def _change_encryption(self, change) -> None:
        if self._journals is not None:
            # The launcher closes this journal, makes the change, and opens it again.
            self._journals.change_encryption(change)

    def let_go_of_journal(self) -> None:
        """Keep the typing as a draft and close the journal, so that its file can be replaced."""
        self._draft_timer.stop()
        self.backups.timer.stop()
        self.keep_draft()
        self.keep_window_state()
        self.facade.close()

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
        was_open = self.form.editing is not None and self.form.editing.id == checkin.id
        try:
            self.undo_stack.push(DeleteCheckIn(self.facade, checkin, self._tell))
        except CheckInNotFound:
            return
        # Said beside Save, where the user looks. The form lets go of the deleted check-in
        # itself, keeping anything typed, and has said so: that stays in the message.
        said = QCoreApplication.translate(
            "MainWindow", "Deleted the check-in of {moment} — Undo (Ctrl+Z)."
        ).format(moment=moment_text(checkin.taken_at))
        self.form.tell(f"{said} {self.form.told()}" if was_open else said)

    def _confirm_save_here(self, checkin: CheckIn) -> bool:
        """In the demo, ask once whether a new check-in belongs in the user's own journal.

        Returns:
            True to save it in this journal; False when it went to the user's own journal
            (this window is then replaced) or the user went back to keep typing.
        """
        if self._asked_about_demo or checkin.id is not None or self._journals is None:
            return True
        has_own = default_journal_path().exists()
        move = (
            QCoreApplication.translate("MainWindow", "Save it in &my journal")
            if has_own
            else QCoreApplication.translate("MainWindow", "Start &my journal with it")
        )
        choice = ChoiceDialog.ask(
            self,
            QCoreApplication.translate("MainWindow", "This is the demo"),
            (
                QCoreApplication.translate(
                    "MainWindow",
                    "This is the demo journal, with made-up data. Save this check-in in your "
                    "own journal instead? Check-ins saved in the demo stay in the demo.",
                )
                if has_own
                else QCoreApplication.translate(
                    "MainWindow",
                    "This is the demo journal, with made-up data. Start your own journal with "
                    "this check-in? Check-ins saved in the demo stay in the demo.",
                )
            ),
            [
                (move, True),
                (QCoreApplication.translate("MainWindow", "Save it in the &demo"), False),
            ],
            back=QCoreApplication.translate("MainWindow", "Keep typing"),
        )
        if choice is None:
            return False
        self._asked_about_demo = True
        if not choice:
            return True
        typed = self.form.draft()
        self.form.clear()  # so that closing the demo keeps no draft of it
        if self._journals.open_my_journal(first=checkin) is None and typed:
            self.form.restore_draft(typed)
        return False

    def _tell(self, text: str) -> None:
        self.form.tell(text)

    def show_status(self, text: str) -> None:
        """The one way a page's message reaches the user: the status bar, for 8 seconds."""
        self.statusBar().showMessage(text, 8000)

    def _on_saved(self, checkin: CheckIn) -> None:
        self._draft_timer.stop()
        self.facade.keep_draft(None)
        self.timeline.select(checkin.id)
        # Ready for the next one: the keyboard goes back to the first field.
        self.form.focus_first_field()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # A digit typed at once goes into "Pain now", not into nowhere.
            QTimer.singleShot(0, self.form.focus_first_field)
            # The rest after the first paint, a part per turn. Showing posts the paint; what
            # a slot posts while Qt hands out posted events waits for its next pass, so this
            # hop lets the paint, and a key already typed, go before the first part.
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        QTimer.singleShot(0, self, self._load_next)

    # --- drafts and window state ----------------------------------------------------------

    def keep_draft(self) -> bool:
        """Store what is typed and not saved, so that nothing is lost on close or crash.

        Returns:
            False when the disk had no room for it (said in the status bar); the typing is
            still in the form.
        """
        try:
            self.facade.keep_draft(self.form.draft())
        except NotWritten as problem:
            self.show_status(
                QCoreApplication.translate(
                    "MainWindow", "What you typed is not kept yet: {problem}"
                ).format(problem=problem)
            )
            return False
        return True

    def _may_close_without_draft(self) -> bool:
        """Asked when the typing could not be kept: close and lose it, or keep the window?"""
        return bool(
            ChoiceDialog.ask(
                self,
                QCoreApplication.translate("MainWindow", "What you typed cannot be kept"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The disk is full, so the check-in you are typing could not be kept for next "
                    "time. Nothing saved before is lost. Keep the window open, free some space, "
                    "then save it — or close and lose what you typed.",
                ),
                [(QCoreApplication.translate("MainWindow", "Close and &lose what I typed"), True)],
                back=QCoreApplication.translate("MainWindow", "&Keep the window open"),
            )
        )

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
        restore_window_place(self, self._settings)

    def keep_window_state(self) -> None:
        """Remember size, place and maximised state for the next window."""
        keep_window_place(self, self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._draft_timer.stop()
        if self.facade.is_open:  # a window closed a second time has let go of its journal
            kept = self.keep_draft() or self.form.draft() is None
            if not kept and not self._may_close_without_draft():
                event.ignore()
                return
            self.backups.at_close()
        self.keep_window_state()
        super().closeEvent(event)
