"""The extractor never raises on readable text and always returns a well-formed file object."""

import datetime

import pytest

from agreements.ingest import extract_text
from agreements.ingest.dates import parse_deadline

PUBLISHED = datetime.date(2026, 6, 10)
LEAD = [
    "가람시는 9일 시청에서 ㈜다온테크와 '스마트공장 업무협약'을 체결했다.",
    "다온테크는 2027년까지 300억원을 투자한다.",
]
DOUBLED = "\n\n".join(p for p in LEAD for _ in range(2))


def _long_paragraph() -> str:
    sentence = "가람시는 새솔농협과 협약을 맺고 2억원을 들여 2028년까지 농가 30곳을 지원한다. "
    return (sentence * (50_000 // len(sentence) + 1))[:50_000]


AWKWARD = {
    "a lone headline": "가람시, 다온테크와 스마트공장 업무협약",
    "only a byline": "홍다온 기자",
    "only numbers and units": "300억원 2027년 9.8MW 1만1599㎡ 16명 9회차 5개년 50% 3,000만 원",
    "a page of 500 short lines": "\n".join(f"{i}줄 협약 {i}억원" if i % 7 else "" for i in range(500)),
    "a quote never closed": "가람시는 '스마트공장 업무협약을 체결했다. 시장은 \"함께 하겠다고 말했다.",
    "a bracket never closed": "㈜다온테크(대표 홍다온 는 9일 가람시와 (업무협약을 체결했다. 「협약서",
    "Latin-only text": "Acme Corp signed an MOU with Globex Inc. on June 9, investing USD 30 million by 2027.",
    "emoji": "🤝 가람시 × ㈜다온테크 업무협약 체결 🎉🎉 300억원 투자 📈 2027년 완공 예정 ✨",
    "a table pasted as tab-separated lines": "구분\t기관\t금액\n1\t가람시\t2억원\n2\t㈜다온테크\t3억원\n계\t\t5억원",
    "a very long single paragraph": _long_paragraph(),
    "every paragraph duplicated": DOUBLED,
    "blank": "   \n\n\t \n",
    "control characters": "가람시\x00는\x0b 9일\u200b ㈜다온테크와\ufeff 업무협약을 체결했다.\r\n\r\n",
    "only punctuation": "…!?·,.'\"()[]{}<>《》「」『』〈〉",
}


def assert_well_formed(out: dict) -> None:
    assert isinstance(out["articles"], list)
    for article in out["articles"]:
        text = article["text"]
        assert isinstance(text, str) and isinstance(article["is_agreement"], bool)
        for agreement in article["agreements"]:
            spans = [s for s in (agreement.get("spans") or {}).values() if s]
            for key in ("parties", "budgets", "targets", "commitments", "people"):
                spans += [item["span"] for item in agreement[key] if item.get("span")]
            for start, end in spans:
                assert 0 <= start < end <= len(text) and text[start:end].strip()
            for budget in agreement["budgets"]:
                assert isinstance(budget["amount_krw"], int) and budget["amount_krw"] >= 0
            for target in agreement["targets"]:
                if target["due"]:
                    assert parse_deadline(target["due"]).iso == target["due"]


@pytest.mark.parametrize("text", list(AWKWARD.values()), ids=list(AWKWARD))
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_it_returns_a_well_formed_object_for_awkward_text(text, published):
    """Headlines alone, bylines alone, tables, emoji, unclosed quotes and huge paragraphs never raise."""
    assert_well_formed(extract_text(text, name="awkward.txt", published=published))


def test_it_reads_an_agreement_whose_paragraphs_are_each_printed_twice():
    """A page with every paragraph duplicated still yields the agreement, once per article."""
    out = extract_text(DOUBLED, name="d.txt", published=PUBLISHED)
    assert_well_formed(out)
    [agreement] = [a for article in out["articles"] for a in article["agreements"]]
    assert [b["amount_krw"] for b in agreement["budgets"]] == [30_000_000_000]


def test_a_stray_full_stop_after_a_sentence_does_not_crash_the_reading_of_commitments():
    """A real page printed '…고 말했다. .': the lone '.' was read as a sentence with no word in it, and
    the commitments' reading of plain statements failed on it (IndexError) for the whole document."""
    text = (
        "가람도와 누리농협은 18일 농산물 판매 협약을 체결했다.\n"
        "이번 협약으로 누리농협은 가람 농산물을 매장에서 판다.\n"
        "김하늘 본부장은 “함께 성장하겠다”고 말했다. .\n"
    )
    from agreements.ingest import extract_bytes

    articles = extract_bytes(text.encode(), name="page.txt", published=None)["articles"]
    assert articles[0]["is_agreement"]
