"""The window's appointment summary: the dialog that prepares, previews, prints and saves it."""
