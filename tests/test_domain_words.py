"""The domain's words go through the translation hook, and its numbers take the user's mark.

A fake translator marks every text it is asked for ("«Night sweats»"), so a test sees which
words were translated, without Qt; the files the journal exports stay exactly as they are
in English, whatever the language shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from contents_strategies import journal_contents, photo_bytes
from flag_builders import checkin, flags_of
from hypothesis import HealthCheck, given, settings
from overview_builders import inputs_for

from journal.care.medicines import length_in_days
from journal.checkin import CheckIn
from journal.custom_symptoms import make_custom_symptom
from journal.dates import day_text, short_day_text
from journal.exchange.archive import pack_zip
from journal.exchange.fhir import fhir_bundle
from journal.exchange.formats import ExportFormat, own_export_entries
from journal.exchange.json_text import layered_json
from journal.flags import Rule
from journal.metrics import BUILTIN_BY_KEY, BUILTIN_METRICS, MetricKind
from journal.numbers import set_decimal_mark
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import Facts, Heading
from journal.summary.build import build_summary
from journal.translation import install, translate
from journal.units import UnitPreferences
from journal.validation import check_value

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A translator that marks each text it translates, its count filled in."""
    del context, disambiguation
    return "«" + (text.replace("%n", str(n)) if n >= 0 else text) + "»"


def from_table(table: dict[str, str]):
    """A translator from a table of sources; anything else stays as it is."""

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        del context, disambiguation
        found = table.get(text, text)
        return found.replace("%n", str(n)) if n >= 0 else found

    return translator


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    install(None)
    set_decimal_mark(".")


def test_built_in_labels_are_translated_and_own_symptoms_keep_the_users_words() -> None:
    own, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, BUILTIN_METRICS)
    install(marked)
    assert BUILTIN_BY_KEY["fatigue"].label == "«Fatigue»"
    assert BUILTIN_BY_KEY["fatigue"].group.label == "«How you are»"
    assert own is not None and own.label == "Jaw pain"
    # Storage and exports read the English source, whatever the language.
    assert BUILTIN_BY_KEY["fatigue"].source_label == "Fatigue"
    assert BUILTIN_BY_KEY["fatigue"].group.value == "How you are"


def test_a_flag_is_written_in_the_translators_words() -> None:
    install(marked)
    (flag,) = flags_of(Rule.NIGHT_SWEATS, [checkin(0, night_sweats=1)])
    assert flag.title == "«Night sweats»"
    assert flag.message.startswith("««You recorded night sweats «on «Mon» 2 «Mar» 2026»")
    assert "«This is worth telling your doctor at your next appointment.»" in flag.message
    assert flag.points[0].label == "«Night sweats»"


def test_a_validation_message_is_translated_with_the_decimal_comma() -> None:
    install(marked)
    set_decimal_mark(",")
    problem = check_value(BUILTIN_BY_KEY["temperature"], 45.5, UnitPreferences())
    assert problem == "«{metric} must be between {low} and {high} {unit}.»".format(
        metric="«Temperature»", low="34", high="43", unit="°C"
    )
    assert check_value(BUILTIN_BY_KEY["temperature"], float("nan"), UnitPreferences()) == (
        "««Temperature» must be an ordinary number, like 38,2.»"
    )


def test_a_day_is_written_with_the_translated_names() -> None:
    install(from_table({"Mon": "Mo.", "Mar": "März", "Nov": "Nov."}))
    assert day_text(date(2026, 3, 2)) == "Mo. 2 März 2026"
    assert short_day_text(date(2026, 11, 9)) == "9 Nov."


def test_the_summary_is_written_in_the_translators_words() -> None:
    install(marked)
    document = build_summary(inputs_for([checkin(0, pain_now=4)]))
    assert document.blocks[0] == Heading("«Symptom summary for my appointment»")
    facts = next(b for b in document.blocks if isinstance(b, Facts))
    assert facts.items[0][0] == "«Period»"
    assert document.footer_note == "«Patient-recorded; not a diagnosis»"


def test_numbers_for_the_user_take_the_decimal_comma() -> None:
    set_decimal_mark(",")
    assert UnitPreferences().format(38.3, "°C") == "38,3 °C"
    assert UnitPreferences().format(2.5, "min") == "2,5 min"
    (flag,) = flags_of(Rule.FEVER_WITH_BACK_PAIN, [checkin(0, pain_now=6, temperature=38.6)])
    assert "38,6 °C" in flag.message
    assert "6/10" in {p.value for p in flag.points}


def test_english_plurals_read_right_with_or_without_a_translator() -> None:
    assert translate("Summary", "on %n day(s)", None, 1) == "on 1 day"
    assert translate("Summary", "on %n day(s)", None, 3) == "on 3 days"
    # A translator without a translation for the text hands back the source: English rules.
    install(lambda context, text, disambiguation, n: text.replace("%n", str(n)))
    assert translate("Summary", "on %n day(s)", None, 1) == "on 1 day"
    install(from_table({"on %n day(s)": "an %n Tagen"}))
    assert translate("Summary", "on %n day(s)", None, 2) == "an 2 Tagen"


def test_a_built_in_symptom_is_refused_as_a_new_one_in_either_language() -> None:
    install(from_table({"Fatigue": "Erschöpfung"}))
    for name in ("Erschöpfung", "fatigue"):
        metric, errors = make_custom_symptom(name, MetricKind.SCALE, BUILTIN_METRICS)
        assert metric is None and [e.field for e in errors] == ["name"]


def test_a_planned_length_may_be_typed_in_german() -> None:
    assert length_in_days("6 Wochen") == 42
    assert length_in_days("10 Tage") == 10
    assert length_in_days("1 Monat") == 30
    assert length_in_days("2 weeks") == 14


def _own_exports(contents) -> list[bytes]:
    photos = photo_bytes(contents)
    return [
        pack_zip(own_export_entries(kind, contents, lambda name: photos[name[:64]]))
        for kind in (ExportFormat.ARCHIVE, ExportFormat.CSV)
    ]


@FAST
@given(journal_contents())
def test_the_archive_and_the_csv_files_do_not_change_with_the_language(contents) -> None:
    english = _own_exports(contents)
    install(marked)
    set_decimal_mark(",")
    try:
        assert _own_exports(contents) == english
    finally:
        install(None)
        set_decimal_mark(".")


def test_the_fhir_bundle_does_not_change_with_the_language() -> None:
    cet = timezone(timedelta(hours=1))
    taken = datetime(2024, 3, 1, 8, 30, tzinfo=cet)
    values = {"pain_now": 7, "temperature": 38.4, "weight": 71.5, "night_sweats": 1}
    snapshot = JournalSnapshot(checkins=(CheckIn(taken, values, id=1),), metrics=BUILTIN_METRICS)
    made = datetime(2024, 3, 5, 12, 0, tzinfo=cet)
    english = layered_json(fhir_bundle(snapshot, made))
    install(marked)
    set_decimal_mark(",")
    assert layered_json(fhir_bundle(snapshot, made)) == english
    assert "«" not in english and "Body temperature" in english
