"""``python -m journal`` does what the ``symptom-journal`` command does."""

from journal.app import main

raise SystemExit(main())
