"""The codes a FHIR export uses: LOINC, UCUM, FHIR's observation categories, and our own.

Where each comes from:

- LOINC codes, each from its page at https://loinc.org/<code>/ :
  72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
  8310-5 "Body temperature", 29463-7 "Body weight",
  1988-5 "C reactive protein [Mass/volume] in Serum or Plasma",
  4537-7 "Erythrocyte sedimentation rate by Westergren method",
  6690-2 "Leukocytes [#/volume] in Blood by Automated count".
- Categories from the FHIR R4 value set "Observation Category Codes",
  http://hl7.org/fhir/R4/valueset-observation-category.html (code system
  http://terminology.hl7.org/CodeSystem/observation-category): ``vital-signs``,
  ``survey``, ``laboratory``.
- Units from UCUM, The Unified Code for Units of Measure,
  https://ucum.org/ucum (system http://unitsofmeasure.org): ``Cel`` (degree Celsius),
  ``kg``, ``min``, ``mg/L``, ``mm/h``, ``10*9/L`` (10⁹ per litre).

What has no LOINC code here (morning stiffness minutes, fatigue, the yes/no questions, the
user's own symptoms, other lab tests) is coded in a code system of our own, named by
:data:`METRIC_SYSTEM` and :data:`LAB_SYSTEM`. They are names, not addresses: nothing is
looked up there. The codes are the journal's own metric keys (see docs/fhir.md).
"""

from __future__ import annotations

from dataclasses import dataclass

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
METRIC_SYSTEM = "urn:symptom-journal:metric"
LAB_SYSTEM = "urn:symptom-journal:lab-test"
# FHIR R4's data-absent-reason code system, for a lab result with neither number nor words.
ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

VITAL_SIGNS = "vital-signs"
SURVEY = "survey"
LABORATORY = "laboratory"
CATEGORY_DISPLAY = {VITAL_SIGNS: "Vital Signs", SURVEY: "Survey", LABORATORY: "Laboratory"}


@dataclass(frozen=True)
class LoincCode:
    """A LOINC code with its display, category and UCUM unit (empty for a score)."""

    code: str
    display: str
    category: str
    ucum: str = ""


# Check-in metrics with a LOINC code, by the journal's metric key.
METRIC_LOINC: dict[str, LoincCode] = {
    "pain_now": LoincCode(
        "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", SURVEY
    ),
    "temperature": LoincCode("8310-5", "Body temperature", VITAL_SIGNS, "Cel"),
    "weight": LoincCode("29463-7", "Body weight", VITAL_SIGNS, "kg"),
}

# Lab tests with a LOINC code, by the journal's test name (lower case).
LAB_LOINC: dict[str, LoincCode] = {
    "crp": LoincCode(
        "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", LABORATORY, "mg/L"
    ),
    "esr": LoincCode(
        "4537-7", "Erythrocyte sedimentation rate by Westergren method", LABORATORY, "mm/h"
    ),
    "wbc": LoincCode(
        "6690-2", "Leukocytes [#/volume] in Blood by Automated count", LABORATORY, "10*9/L"
    ),
}

# The units the journal writes, in UCUM; a unit not here is written as text alone.
UCUM_UNITS: dict[str, str] = {
    "°C": "Cel",
    "kg": "kg",
    "min": "min",
    "mg/L": "mg/L",
    "mg/dL": "mg/dL",
    "g/L": "g/L",
    "mm/h": "mm/h",
    "×10⁹/L": "10*9/L",
    "10^9/L": "10*9/L",
    "10*9/L": "10*9/L",
}
