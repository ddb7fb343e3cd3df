"""Saved web pages as input: the article comes through without the page's chrome, the date comes
from the page, the type from the content (pages written for these tests, with fictional names)."""

import datetime
from pathlib import Path

import pytest

from agreements.ingest import DocumentError, extract_bytes, read_source, sniff_html

PAGES = Path(__file__).parent / "data" / "pages"
CHROME = [
    "로그인",  # menu
    "검색어",
    "카카오톡 공유",  # share and font widgets
    "글자 크게",
    "관련기사",  # related-article list
    "청년 창업 지원 확대",
    "많이 본 뉴스",
    "폭염 특보",
    "무단전재",  # copyright line and footer
    "All rights reserved",
    "등록번호",
    "협약식 사진",  # the image's alt text
]


def page(name):
    return (PAGES / name).read_bytes()


def test_it_reads_only_the_article_of_a_news_page():
    text, _ = read_source(page("news-with-chrome.html"), "news-with-chrome.html")
    assert text.startswith("가람시, ㈜다온바이오와 공장 신설 투자협약\n\n")
    assert "120억원을 들여 가람일반산업단지 내 1만2000㎡ 부지에" in text
    assert "한지석 가람시장과 남궁현 ㈜다온바이오 대표" in text
    for chrome in CHROME:
        assert chrome not in text


def test_it_reads_a_cp949_page_whose_article_is_split_by_line_breaks():
    """Many Korean CMSs write the article as one <div> with <br><br>, in EUC-KR."""
    text, published = read_source(page("br-body-euc-kr.html"), "br-body-euc-kr.html")
    assert "㈜한빛에너지는 2026년까지 85억원을 투자해" in text
    assert "협약식에는 최누리 누리군수와" in text
    for chrome in ("회원가입", "기사스크랩", "귀농 지원 설명회", "가장 많이 본", "발행인", "광고 스크립트"):
        assert chrome not in text
    assert published == datetime.date(2024, 11, 5)  # <meta name="date">


def test_it_takes_the_publication_date_from_the_page():
    """article:published_time gives the date that '16일', '17일' are read against."""
    result = extract_bytes(page("news-with-chrome.html"), name="news-with-chrome.html")
    assert result["published"] == "2025-04-17"
    agreement = result["articles"][0]["agreements"][0]
    assert agreement["signed_on"] == "2025-04-16"


def test_it_lets_a_given_publication_date_win_over_the_page():
    result = extract_bytes(
        page("news-with-chrome.html"), name="news-with-chrome.html", published=datetime.date(2025, 5, 2)
    )
    assert result["published"] == "2025-05-02"


def test_it_extracts_a_page_as_it_extracts_the_same_article_as_text():
    """A saved web page ingests like its text: same parties, people, budgets, targets, date."""
    data = page("news-with-chrome.html")
    text, _ = read_source(data, "news-with-chrome.html")
    as_page = extract_bytes(data, name="a.html")["articles"][0]
    as_text = extract_bytes(text.encode("utf-8"), name="a.txt", published=datetime.date(2025, 4, 17))
    as_text = as_text["articles"][0]
    assert as_page["headline"] == as_text["headline"] == "가람시, ㈜다온바이오와 공장 신설 투자협약"
    for field in ("parties", "people", "budgets", "targets", "signed_on", "title"):
        assert as_page["agreements"][0][field] == as_text["agreements"][0][field]
    parties = [p["name"] for p in as_page["agreements"][0]["parties"]]
    assert parties == ["가람시", "㈜다온바이오"]


def test_it_tells_a_page_by_its_content_not_its_name():
    """A page saved as .txt is still read as a page; a press release with '<사진>' is still text."""
    text, published = read_source(page("news-with-chrome.html"), "saved.txt")
    assert "<" not in text and published == datetime.date(2025, 4, 17)
    release = "가람시, 협약 체결\n\n<사진> 가람시청 제공\n\n가람시는 3일 ㈜다온과 협약을 체결했다.\n"
    assert not sniff_html(release)
    assert read_source(release.encode(), "release.html") == (release, None)


@pytest.mark.parametrize(
    "start",
    [
        "<!DOCTYPE html>\n<html>",
        "  <html lang='ko'>",
        "<?xml version='1.0'?>\n<!-- saved -->\n<!doctype html>",
    ],
)
def test_it_sniffs_the_start_of_a_page(start):
    assert sniff_html(start + "<body><p>본문</p></body></html>")


def test_it_refuses_a_page_with_no_article_in_one_line():
    """A front page of links has no article: refused with a one-line Korean reason."""
    with pytest.raises(DocumentError) as refused:
        read_source(page("portal-front-page.html"), "portal-front-page.html")
    message = str(refused.value)
    assert message == "portal-front-page.html: 웹 페이지에서 기사 본문을 찾지 못했습니다."
