"""The sample newspaper page end to end, against seed-expected.json, one field group per test."""

import json
from pathlib import Path

import pytest

from agreements.ingest import extract_bytes
from tests.compare import assert_list, plain

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "documents" / "jeonju-daily-page.txt"
EXPECTED = json.loads((Path(__file__).parent / "data" / "seed-expected.json").read_text(encoding="utf-8"))
ARTICLES = range(len(EXPECTED["articles"]))
AGREEMENTS = [i for i in ARTICLES if EXPECTED["articles"][i]["agreements"]]

REPAIRS = [
    (0, "인허가 등"),
    (3, "지자체 예산"),
    (3, "참여하게 됐다"),
    (3, "활용범부터"),
    (2, "구현을 위해"),
    (2, "특화사업 발굴"),
    (1, "유통 환경에 대응해"),
    (2, "5대 핵심 분야를 중심으로"),
]
# The sentence each photo caption repeats: it must be in its own article exactly once.
LEADS = [
    (0, "컨소시엄 업체 관계자들이 참석한 가운데 '전북 AI 데이터센터 구축 및 운영 업무협약'을 체결했다."),
    (1, "홈플러스 전주효자점)와 '전주시·대·중소유통 간 상생협력을 위한 협약'을 체결했다."),
    (2, "연구 용역' 착수보고회를 개최했다."),
]


@pytest.fixture(scope="module")
def result():
    return extract_bytes(PAGE.read_bytes(), name=PAGE.name, published=None)


def agreement(result, i):
    agreements = result["articles"][i]["agreements"]
    assert len(agreements) == 1, f"article {i + 1} has {len(agreements)} agreements"
    return agreements[0], EXPECTED["articles"][i]["agreements"][0]


def test_it_names_the_file_without_a_publication_date(result):
    """The file object carries the name, the hash of the bytes and no date."""
    assert result["file"] == "jeonju-daily-page.txt"
    assert len(result["sha256"]) == 64
    assert result["published"] is None


def test_it_finds_five_articles(result):
    """Four agreement articles and the history column."""
    assert len(result["articles"]) == len(EXPECTED["articles"])


@pytest.mark.parametrize("i", ARTICLES)
def test_it_reads_headline_and_byline(result, i):
    """Each article's headline and byline as printed."""
    got, want = result["articles"][i], EXPECTED["articles"][i]
    assert (got["headline"], got["byline"]) == (want["headline"], want["byline"])


@pytest.mark.parametrize("i", ARTICLES)
def test_it_tells_agreements_from_other_articles(result, i):
    """is_agreement, and no agreements for the column."""
    got, want = result["articles"][i], EXPECTED["articles"][i]
    assert got["is_agreement"] is want["is_agreement"]
    assert len(got["agreements"]) == len(want["agreements"])


@pytest.mark.parametrize("i", AGREEMENTS)
def test_it_reads_title_and_kind(result, i):
    """The agreement's title as quoted and its kind."""
    got, want = agreement(result, i)
    assert (plain(got["title"]), plain(got["kind"])) == (want["title"], want["kind"])


@pytest.mark.parametrize("i", AGREEMENTS)
def test_it_keeps_relative_signing_dates_unresolved(result, i):
    """Without a publication date, signed_on is null and the words are kept."""
    got, want = agreement(result, i)
    assert (plain(got["signed_on"]), plain(got["signed_on_text"])) == (
        want["signed_on"],
        want["signed_on_text"],
    )


@pytest.mark.parametrize("i", AGREEMENTS)
def test_it_reads_place_and_location(result, i):
    """Where it was signed, and where the thing will be."""
    got, want = agreement(result, i)
    assert (plain(got["place"]), plain(got["location"])) == (want["place"], want["location"])


@pytest.mark.parametrize("field", ["parties", "budgets", "targets", "commitments", "people"])
@pytest.mark.parametrize("i", AGREEMENTS)
def test_it_reads_the_lists(result, i, field):
    """Every party (with aliases as a set), budget, target, commitment and person; nothing more."""
    got, want = agreement(result, i)
    assert_list(got.get(field, []), want[field], f"article {i + 1} {field}")


@pytest.mark.parametrize(("i", "phrase"), REPAIRS)
def test_it_repairs_split_words_and_keeps_real_boundaries(result, i, phrase):
    """Each repair the seed lists appears in its article's text."""
    assert phrase in result["articles"][i]["text"]


@pytest.mark.parametrize(("i", "lead"), LEADS)
def test_it_drops_captions_that_repeat_the_lead(result, i, lead):
    """A caption is dropped: the lead sentence occurs once, in its own article only."""
    texts = [a["text"] for a in result["articles"]]
    assert texts[i].count(lead) == 1
    assert all(lead not in text for j, text in enumerate(texts) if j != i)
    assert all(text.count("지난 20일") <= 2 for text in texts)


def test_it_drops_the_column_labels_and_the_credit(result):
    """Image labels inside the column and the source credit are not in its text."""
    text = result["articles"][4]["text"]
    assert "캠페인" not in text
    assert "<글>" not in text
    assert "\n\n관공각" not in text
