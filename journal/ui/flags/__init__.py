"""Red flags: the banner above every page, the page, and their settings."""
