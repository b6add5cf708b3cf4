"""Edit → Preferences…: one dialog for the choices a user makes once, applied at once."""
