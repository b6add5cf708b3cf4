from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.store import open_journal
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit


def test_units_default_to_celsius_and_kilograms(store):
    assert store.settings.units() == UnitPreferences()


def test_chosen_units_are_remembered(journal_path):
    chosen = UnitPreferences(TemperatureUnit.FAHRENHEIT, WeightUnit.LB)
    with open_journal(journal_path) as first:
        first.settings.set_units(chosen)
    with open_journal(journal_path) as again:
        assert again.settings.units() == chosen


def test_settings_hold_json_and_can_be_removed(store):
    store.settings.put("draft", {"fields": {"pain_now": "7"}})
    assert store.settings.get("draft") == {"fields": {"pain_now": "7"}}
    store.settings.remove("draft")
    assert store.settings.get("draft", "none") == "none"


def test_the_catalogue_holds_every_built_in_metric_in_form_order(store):
    assert store.metrics.all() == list(BUILTIN_METRICS)


def test_a_custom_symptom_joins_the_catalogue_after_the_built_ins(store):
    dizziness = Metric("dizziness", "Dizziness", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    store.metrics.add_custom(dizziness)
    assert store.metrics.all()[-1] == dizziness
