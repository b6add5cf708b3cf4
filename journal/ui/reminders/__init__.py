"""The reminders while the program runs: a timer, the tray icon, and its notifications."""
