"""Our own documents, in many styles and encodings, against what a careful reader takes from them."""

import datetime
import json
from pathlib import Path

import pytest

from agreements.ingest import extract_bytes
from tests.compare import LISTS, assert_list, assert_scalars

DOCUMENTS = Path(__file__).parent / "data" / "documents"
NAMES = sorted(path.stem for path in DOCUMENTS.glob("*.json"))
_cache = {}


def load(name):
    """(extraction, expectation) for one document, extracted once per test run."""
    if name not in _cache:
        expected = json.loads((DOCUMENTS / f"{name}.json").read_text(encoding="utf-8"))
        published = expected.get("published")
        result = extract_bytes(
            (DOCUMENTS / expected["file"]).read_bytes(),
            name=expected["file"],
            published=datetime.date.fromisoformat(published) if published else None,
        )
        _cache[name] = (result, expected)
    return _cache[name]


def test_there_are_at_least_fifteen_documents():
    """The collection covers the styles we promise to read."""
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_it_splits_the_articles(name):
    """Headline, byline and whether each article is an agreement."""
    result, expected = load(name)
    got = [(a["headline"], a["byline"], a["is_agreement"]) for a in result["articles"]]
    assert got == [(a["headline"], a["byline"], a["is_agreement"]) for a in expected["articles"]]


@pytest.mark.parametrize("name", NAMES)
def test_it_repairs_the_text(name):
    """Phrases a repair must produce are present once where asked; artefacts are gone."""
    result, expected = load(name)
    for article, wanted in zip(result["articles"], expected["articles"], strict=True):
        for phrase in wanted.get("text_contains", []):
            assert phrase in article["text"]
        for phrase in wanted.get("text_once", []):
            assert article["text"].count(phrase) == 1, phrase
        for phrase in wanted.get("text_excludes", []):
            assert phrase not in article["text"]


@pytest.mark.parametrize("name", NAMES)
def test_it_reads_the_agreement_fields(name):
    """Title, kind, dates, place and every list the expectation gives."""
    result, expected = load(name)
    for number, (article, wanted) in enumerate(zip(result["articles"], expected["articles"], strict=True), 1):
        assert len(article["agreements"]) == len(wanted["agreements"]), f"article {number}"
        for got, agreement in zip(article["agreements"], wanted["agreements"], strict=True):
            assert_scalars(got, agreement, f"article {number}")
            for key in LISTS:
                if key in agreement:
                    assert_list(got.get(key, []), agreement[key], f"article {number} {key}")
