"""All Qt widgets. Widgets talk to the :class:`~journal.ui.facade.JournalFacade`, never to SQL."""
