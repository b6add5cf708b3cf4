"""Help's plain words for the nine rules follow the rules and the user's thresholds."""

from __future__ import annotations

from journal.flags import Level, Rule, Thresholds
from journal.flags.explained import Source, explain_rules
from journal.units import TemperatureUnit, UnitPreferences


def test_there_is_one_explanation_for_each_of_the_nine_rules_in_order():
    assert [e.number for e in explain_rules()] == list(range(1, 10))


def test_every_flag_a_rule_raises_belongs_to_exactly_one_explanation():
    raised = [rule for e in explain_rules() for rule in e.rules]
    assert sorted(raised, key=lambda r: r.name) == sorted(Rule, key=lambda r: r.name)


def test_the_nerve_rule_names_its_emergencies_first():
    nerves = explain_rules()[3]
    assert nerves.rules[0].level is Level.URGENT
    assert nerves.rules[-1] is Rule.NERVE_SYMPTOMS


def test_the_words_use_the_thresholds_in_use():
    changed = Thresholds(fever_celsius=38.5, stiffness_minutes=45, unrelenting_days=5)
    words = {e.number: e.words for e in explain_rules(changed)}
    assert "38.5 °C" in words[1]
    assert "45 minutes" in words[7]
    assert "5 days in a row" in words[5]


def test_the_defaults_are_the_product_brief_s_numbers():
    words = {e.number: e.words for e in explain_rules()}
    assert "38.0 °C" in words[1]
    assert "5 % or more" in words[3] and "6 months" in words[3]
    assert "10 of the last 14 days" in words[7]


def test_the_fever_reads_in_the_user_s_unit():
    fahrenheit = UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)
    assert "100.4 °F" in explain_rules(units=fahrenheit)[0].words


def test_stiffness_comes_from_the_inflammation_source_and_lesions_from_the_skin_one():
    sources = {e.number: e.source for e in explain_rules()}
    assert sources[7] is Source.SPINE_INFLAMMATION
    assert sources[8] is Source.SKIN_INFECTIONS
    assert sources[1] is Source.SPINE_INFECTIONS


def test_the_numbers_the_sources_do_not_give_are_said_to_be_ours():
    notes = {e.number: e.note for e in explain_rules()}
    assert "this program's own" in notes[9]
    assert "usual clinical line" in notes[3]
