"""Help: the keyboard shortcuts, what the red flags mean, the summary at an appointment, About."""
