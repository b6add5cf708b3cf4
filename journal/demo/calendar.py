"""The days of the demo's story, which the check-ins, the care record and the lesions share.

Day 0 is the first day of the story; the story ends on the day the demo is built for.
"""

from __future__ import annotations

DAYS = 120
DIAGNOSIS_DAY = 21
COURSE_DAYS = 42
SCARE_DAYS = range(88, 96)
SEED = 4
