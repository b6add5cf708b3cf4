"""The standalone build's entry point: the same as the ``symptom-journal`` command."""

import sys

from journal.app import main

if __name__ == "__main__":
    sys.exit(main())
