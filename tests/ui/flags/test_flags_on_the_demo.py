"""The Red flags page on the demo journal, as written to disk and read back by the window."""

import pytest
from ui.finders import by_name

from journal.flags import Rule
from journal.store.demo_writer import write_demo

STORY = {
    Rule.FEVER_WITH_BACK_PAIN,
    Rule.NIGHT_SWEATS,
    Rule.UNRELENTING_PAIN,
    Rule.INFLAMMATORY_PATTERN,
    Rule.LESION_GROWING,
    Rule.LESION_WITH_FEVER,
    Rule.COMING_BACK,
}


@pytest.fixture
def demo_window(open_window, journal_path):
    write_demo(journal_path).close()
    return open_window(journal_path, is_demo=True)


def test_the_demo_window_lists_every_flag_of_the_story(demo_window):
    listed = {r.flag.rule for r in demo_window.flags_page.flags.reviews()}
    assert STORY - listed == set()


def test_the_lesion_with_fever_flag_shows_the_stored_lesion_in_its_data(demo_window):
    page = demo_window.flags_page
    (lesion,) = demo_window.facade.store.snapshot().lesions
    (chosen,) = (r for r in page.flags.reviews() if r.flag.rule is Rule.LESION_WITH_FEVER)
    page.select(chosen.flag.key)
    assert f"Lesion first seen {lesion.name}" in by_name(page, "Data behind the flag").toPlainText()


def test_removing_the_demo_antibiotic_course_takes_coming_back_off_the_list(demo_window):
    care = demo_window.care_page.care
    (course,) = (r for r in care.regimens() if r.end is not None)
    care.delete_regimen(course.id)
    flags = demo_window.flags_page.flags
    assert flags.is_checking()  # found again off the UI thread
    assert flags.wait_until_checked(5000)
    listed = {r.flag.rule for r in flags.reviews()}
    assert Rule.COMING_BACK not in listed
