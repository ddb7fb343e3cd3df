"""Defect 4 of issue 9: extraction time grew with the square of a paragraph's length (a 2 MiB line took
15 minutes). The work is counted, never timed: Python lines run inside agreements/ingest, and the
characters given to Kiwi in one call."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import agreements.ingest
from agreements.ingest import DocumentError, extract_text, korean
from agreements.models import Agreement, Article, SourceDocument
from tests.opcount import lines_run

SIGNING = "가람시와 ㈜한울바이오가 업무협약을 체결했다. "
# a sentence the commitment rules read side by side ('도는 …하고, 시는 …하기로 했다')
PROMISE = "협약에 따라 도는 부지를 제공하고, 시는 인허가를 지원하기로 했다. "
HANGUL = range(0xAC00, 0xD7A4)
PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "documents" / "jeonju-daily-page.txt"


def one_line(promises: int) -> str:
    return SIGNING + PROMISE * promises


def test_doubling_a_paragraph_roughly_doubles_the_extraction_work():
    """Before: every sentence rescanned every word of the article (80 sentences: 2.9x the work
    of 40). Now the words of a sentence are looked up by position."""
    for promises in (40, 80):
        korean.tokenize(one_line(promises))  # Kiwi's share is counted by the test below, not here
    small, result = lines_run(extract_text, one_line(40), name="a.txt", published=None)
    large, _ = lines_run(extract_text, one_line(80), name="b.txt", published=None)

    (agreement,) = result["articles"][0]["agreements"]
    assert agreement["commitments"], "the input must reach the commitment rules"
    assert large / small < 2.5


def test_kiwi_reads_a_long_paragraph_in_pieces_cut_at_sentence_ends(monkeypatch):
    """Kiwi's time grows faster than the string (1 MB in one call: 29 s; 256 KB: 3 s); a paragraph
    longer than MAX_ANALYSED_CHARS goes to it in pieces, and the tokens still point into it."""
    kiwi = korean.get_kiwi()
    lengths = []

    class Counting:
        def tokenize(self, text):
            lengths.append(len(text))
            return kiwi.tokenize(text)

    monkeypatch.setattr(korean, "get_kiwi", lambda: Counting())
    monkeypatch.setattr(korean, "MAX_ANALYSED_CHARS", 1_000)
    korean.clear_cache()
    text = PROMISE * 60  # 2,220 characters on one line

    tokens = korean.tokenize(text)

    assert len(lengths) == 3 and max(lengths) <= 1_000
    assert sum(lengths) == len(text)
    starts = [t.start for t in tokens]
    assert starts == sorted(starts) and starts[-1] < len(text)
    nouns = [t for t in tokens if t.tag in ("NNG", "NNP")]
    assert nouns and all(text[t.start : t.end] == t.form for t in nouns)
    korean.clear_cache()


def korean_one_line(message: str) -> bool:
    return "\n" not in message and any(ord(c) in HANGUL for c in message)


def test_a_document_with_more_articles_than_the_limit_is_refused_in_korean():
    text = PAGE.read_text(encoding="utf-8")  # five articles

    with pytest.raises(DocumentError) as refused:
        extract_text(text, name="page.txt", published=None, max_articles=4)

    assert "기사가 너무 많습니다(5건, 한 문서에 4건까지 읽습니다)" in refused.value.reason
    assert korean_one_line(str(refused.value))
    assert len(extract_text(text, name="page.txt", published=None, max_articles=5)["articles"]) == 5


def test_an_extraction_past_its_time_budget_is_refused_in_korean():
    with pytest.raises(DocumentError) as refused:
        extract_text(one_line(3), name="slow.txt", published=None, time_budget=0)

    assert refused.value.reason.startswith("추출이 0초 안에 끝나지 않아 중단했습니다")
    assert korean_one_line(str(refused.value))


def test_the_extract_command_says_why_it_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(agreements.ingest, "TIME_BUDGET_SECONDS", 0)
    path = tmp_path / "slow.txt"
    path.write_text(one_line(3), encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        call_command("extract", str(path))

    assert str(refused.value).startswith("slow.txt: 추출이 0초 안에 끝나지 않아 중단했습니다")


@pytest.mark.django_db
def test_the_admin_import_refuses_past_the_budget_as_a_form_error_and_saves_nothing(
    staff_client, monkeypatch
):
    monkeypatch.setattr(agreements.ingest, "TIME_BUDGET_SECONDS", 0)

    response = staff_client.post(reverse("admin:agreements_agreement_import"), {"text": one_line(3)})

    assert response.status_code == 200
    (error,) = response.context["form"].non_field_errors()
    assert "추출이 0초 안에 끝나지 않아 중단했습니다" in error
    assert not (SourceDocument.objects.exists() or Article.objects.exists() or Agreement.objects.exists())


def test_a_sentence_broken_over_many_short_lines_is_read_once_not_once_per_line(monkeypatch):
    """Before: each short line joined to a broken sentence had the whole sentence so far read again
    for its end (a page of 4,000 such lines: 135 KB in 9.5 s, 282 KB in 42 s). Only its end is read now:
    the characters the sentence-end patterns see grow with the page, not with its square."""
    from agreements.ingest import layout

    seen = []

    class Reading:
        def __init__(self, pattern):
            self.pattern = pattern

        def sub(self, repl, string, *args):
            seen.append(len(string))
            return self.pattern.sub(repl, string, *args)

    monkeypatch.setattr(layout, "_TRAILING_PAREN", Reading(layout._TRAILING_PAREN))

    def characters_read(lines: int) -> int:
        seen.clear()
        text = SIGNING + "\n" + "\n".join(f"가람시가 {i}번째 업체와" for i in range(lines))
        extract_text(text, name="a.txt", published=None)
        return sum(seen)

    small, large = characters_read(200), characters_read(400)

    assert small > 0
    assert large / small < 2.5
