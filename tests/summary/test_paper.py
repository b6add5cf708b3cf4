import pytest

from journal.summary.paper import paper_for_locale, paper_from_environment
from journal.summary.request import Paper


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US", Paper.LETTER),
        ("en_US.UTF-8", Paper.LETTER),
        ("fr-CA", Paper.LETTER),
        ("es_MX.utf8@euro", Paper.LETTER),
        ("en_GB.UTF-8", Paper.A4),
        ("de_DE", Paper.A4),
        ("C", Paper.A4),
        ("POSIX", Paper.A4),
        ("en", Paper.A4),
        ("", Paper.A4),
    ],
)
def test_the_paper_follows_the_locales_territory(name, paper):
    assert paper_for_locale(name) is paper


def test_lc_paper_decides_over_lang_and_lc_all_over_both():
    assert paper_from_environment({"LANG": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}) is (
        Paper.LETTER
    )
    assert paper_from_environment({"LC_ALL": "de_DE", "LC_PAPER": "en_US"}) is Paper.A4


def test_no_locale_at_all_gives_a4():
    assert paper_from_environment({}) is Paper.A4
    assert paper_from_environment({"LC_ALL": "", "LANG": "en_CA"}) is Paper.LETTER
