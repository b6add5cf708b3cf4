"""The standalone build's entry point: the same as the ``symptom-journal`` command."""

import multiprocessing
import sys

from journal.app import main

if __name__ == "__main__":
    # The red-flags worker and the summary's chart helper are processes started by "spawn":
    # in a frozen build the child runs this file too, and is told here to be the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
