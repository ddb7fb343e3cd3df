"""Standing test of issue 9, "Parsers under hypothesis": random text never makes a parser, the layout
repair, the segmentation or the whole extraction raise; an amount shown to a person reads back as the
same amount; and extraction work on random input grows in line with its length (counted, not timed).

Kiwi-backed examples are few and short, so the whole file stays well under 20 s.
"""

import datetime
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements.forms import KRWField
from agreements.ingest import extract_text, layout, segment
from agreements.ingest.dates import find_deadlines, parse_deadline, resolve_signing_date
from agreements.ingest.numbers import find_amounts, find_quantities, parse_krw, parse_quantity
from agreements.templatetags.hyeopyak import krw
from tests.opcount import lines_run

# what agreement articles are made of: amounts and their units, dates and deadlines, the words the
# field rules look for, and the punctuation and breaks they cut at
PIECES = [
    *"0123456789",
    *"일이삼사오육칠팔구십백천만억조",
    "억원", "만원", "조원", "원", "㎡", "MW", "%", "명", "개", "곳", "년", "월", "일", "분기", "상반기", "하반기",
    "까지", "부터", "말", "초", "지난", "오는", "내년", "올해", "이날",
    "가람시", "한울시는", "도는", "시가", "㈜한빛바이오", "(주)새솔", "OO공사와", "A사", "기관",
    "업무협약을", "협약", "MOU", "체결했다", "맺었다", "지원하기로 했다", "제공하고", "약속했다",
    "△", "▲", "○", "·", ",", ".", "다.", " ", " ", "\n", "\n\n", "'", "\"", "“", "”", "(", ")", "[", "]",
    "-", "~", ":", "/", "기자", "=", "사진", "제공",
]  # fmt: skip
FRAGMENTS = st.one_of(
    st.sampled_from(PIECES),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3),
)
TEXT = st.lists(FRAGMENTS, max_size=60).map("".join)
SHORT_TEXT = st.lists(FRAGMENTS, max_size=25).map("".join)
DAY = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2060, 12, 31))
ISO_AT_ITS_PRECISION = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
FAST = settings(max_examples=100, deadline=None, database=None)
# Kiwi-backed: few and short examples (Kiwi is built once per process, about 2 s, before the first)
KIWI = settings(max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_the_amount_and_quantity_parsers_refuse_or_read_never_crash(text):
    for parse in (parse_krw, parse_quantity):
        try:
            value = parse(text)
        except ValueError:
            continue  # a refusal, with its reason: what a form shows
        assert value is not None
    for match in find_amounts(text):
        assert match.amount_krw >= 0
        assert text[match.span[0] : match.span[1]] == match.text
    for match in find_quantities(text):
        assert text[match.span[0] : match.span[1]] == match.text


@FAST
@given(TEXT, DAY)
def test_the_date_and_deadline_parsers_refuse_or_read_never_crash(text, published):
    try:
        parse_deadline(text, today=published)
    except ValueError:
        pass
    for deadline in find_deadlines(text, published):
        assert 0 <= deadline.span[0] <= deadline.span[1] <= len(text)
    iso, words = resolve_signing_date(text, published)
    assert words is None or words in text
    assert iso is None or ISO_AT_ITS_PRECISION.fullmatch(iso)  # EXTRACTION.md: 2027, 2027-06, 2027-06-30
    if iso and len(iso) == 10:
        datetime.date.fromisoformat(iso)


@FAST
@given(st.integers(min_value=0, max_value=10**15))  # up to 1,000조원
def test_an_amount_as_shown_reads_back_as_the_same_amount(amount):
    shown = krw(amount)  # '3,007억 원', '3억 6,700만 원', '5,000원'

    assert parse_krw(shown) == amount
    assert KRWField().clean(shown) == amount  # what a person who edits the shown value submits


@KIWI
@given(TEXT)
def test_layout_repair_and_segmentation_never_crash(text):
    paragraphs = layout.paragraphs(text)
    for article in segment.split_articles(paragraphs):
        repaired = layout.repair(article.body, article.preamble)
        assert all(isinstance(p, str) for p in repaired)


@KIWI
@given(TEXT, st.one_of(st.none(), DAY))
def test_the_whole_extraction_never_crashes(text, published):
    result = extract_text(text, name="random.txt", published=published)

    for article in result["articles"]:
        for agreement in article["agreements"]:
            for field in ("budgets", "targets", "commitments", "people"):
                for item in agreement[field]:
                    start, end = item["span"]
                    assert 0 <= start <= end <= len(article["text"])


@settings(max_examples=3, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.lists(SHORT_TEXT, min_size=3, max_size=6))
def test_extraction_work_on_random_input_grows_in_line_with_it(sentences):
    """Random sentences, each made to read as a promise under an agreement, repeated to about 1.5 k
    and 3 k characters on one line: twice the text may cost at most 2.5 times the work (a rescan
    of the article for each sentence costs about 3 times, and 4 times in the limit)."""
    body = " ".join(f"{s.replace(chr(10), ' ')} 시는 지원하기로 했다." for s in sentences)
    copies = max(1, 1500 // len(body))
    heading = "가람시와 ㈜한울바이오가 업무협약을 체결했다. "
    small_text, large_text = heading + f" {body}" * copies, heading + f" {body}" * (2 * copies)

    small, _ = lines_run(extract_text, small_text, name="a.txt", published=None)
    large, _ = lines_run(extract_text, large_text, name="b.txt", published=None)

    assert large / small < 2.5
