"""Journal → Export… and Journal → Import…: the journal out to a file, and files in."""
