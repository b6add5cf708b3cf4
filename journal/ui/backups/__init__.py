"""Journal → Backups…: the list of backups, backing up now, and restoring one."""
