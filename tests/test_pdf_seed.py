"""The sample page set as a two-column PDF extracts exactly as its text version does (seed-expected.json).

The text version's assertions (``test_extract_seed``) run here on the PDF's result: the same five
articles, headlines and bylines, and for each agreement the same title, kind, dates, place, parties,
budgets, targets, commitments and people, nothing more; the photo captions are gone and the words the
columns and photos split are whole.
"""

import hashlib

import pytest

from agreements.ingest import extract_text
from agreements.ingest.pdf import read_pdf
from tests import test_extract_seed as seed
from tests.compare import list_differences
from tests.pdf_files import newspaper, sample_page_items

EXPECTED = seed.EXPECTED


@pytest.fixture(scope="module")
def made():
    return newspaper(sample_page_items())


@pytest.fixture(scope="module")
def result(made):
    document = read_pdf(made.data, "jeonju-daily-page.pdf")
    return extract_text(
        document.text,
        name="jeonju-daily-page.pdf",
        published=None,
        sha256=hashlib.sha256(made.data).hexdigest(),
    )


test_it_finds_five_articles = seed.test_it_finds_five_articles
test_it_reads_headline_and_byline = seed.test_it_reads_headline_and_byline
test_it_tells_agreements_from_other_articles = seed.test_it_tells_agreements_from_other_articles
test_it_reads_title_and_kind = seed.test_it_reads_title_and_kind
test_it_keeps_relative_signing_dates_unresolved = seed.test_it_keeps_relative_signing_dates_unresolved
test_it_reads_place_and_location = seed.test_it_reads_place_and_location
test_it_reads_the_lists = seed.test_it_reads_the_lists
test_it_repairs_split_words_and_keeps_real_boundaries = (
    seed.test_it_repairs_split_words_and_keeps_real_boundaries
)
test_it_drops_captions_that_repeat_the_lead = seed.test_it_drops_captions_that_repeat_the_lead
test_it_drops_the_column_labels_and_the_credit = seed.test_it_drops_the_column_labels_and_the_credit


def test_it_is_set_on_two_pages_with_words_split_at_line_ends(made):
    """The PDF is a real test of the geometry: two pages, and many lines that end inside a word."""
    assert made.drawn[-1][0] == 2
    lines = [line for _, _, line in made.drawn]
    split = [
        a for a, b in zip(lines, lines[1:], strict=False) if "가" <= a[-1] <= "힣" and "가" <= b[0] <= "힣"
    ]
    assert len(split) > 20


def test_it_scores_f1_one_on_every_list(result):
    """Agreements, parties, budgets, targets and people: no item missing, no item extra (F1 1.00)."""
    found = wanted = matched = 0
    for got, want in zip(result["articles"], EXPECTED["articles"], strict=True):
        for a, b in zip(got["agreements"], want["agreements"], strict=True):
            for field in ("parties", "budgets", "targets", "people"):
                missing, extra = list_differences(a.get(field, []), b[field])
                wanted += len(b[field])
                found += len(b[field]) - len(missing) + len(extra)
                matched += len(b[field]) - len(missing)
    assert (matched, found) == (wanted, wanted)
