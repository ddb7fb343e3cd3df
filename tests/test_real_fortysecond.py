"""General forms the forty-second round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`1038b7c`); where a test covers several rules, each was checked to be needed."""

import datetime
import re

from tests.articles import articles_of

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_translation_printed_above_the_article_is_no_article_of_its_own():
    """A cable channel's page prints a machine translation in English above its Korean script: the English
    lines are furniture, not a first article with no signing in it."""
    page = (
        "나래케이블 뉴스\n"
        "뉴스 > 지역뉴스 > 가람\n"
        "등록일 2019-03-08\n"
        "English | 日本語\n"
        "Garam City and Narae Ferry sign a port tourism agreement\n"
        "The agreement ceremony of Garam City and Narae Ferry was held\n"
        "on the morning of the 8th in the meeting room of the city hall.\n"
        "Mayor Kim Do-hyun (sound) and CEO Lee Ha-ram (sound) of Narae Ferry attended.\n"
        "According to the agreement,\n"
        "Narae Ferry will bring its ships to Garam Port more than 20 voyages every year\n"
        "for 2 years from next year.\n"
        "Mayor Kim said this agreement will be the first step\n"
        "for the port to grow as a base of the west coast.\n"
        "가람시-나래훼리, 항만 관광 협약\n"
        "2019.03.08 (금) 17:40\n"
        "가람시와 나래훼리가\n"
        "항만 관광객을 늘리기 위한 업무협약을\n"
        "8일 오전 시청 소회의실에서 맺었습니다.\n"
        "협약식에는\n"
        "김도현 가람시장과\n"
        "이하람 나래훼리 대표 등이 참석했습니다.\n"
        "협약에 따라 나래훼리는\n"
        "해마다 20항차 이상 가람항에 배를 대기로 했습니다.\n"
        "항로 안내는 Sea and Port 앱에서도 볼 수 있습니다.\n"
        "한세린 기자\n"
        "hsr@naraecatv.co.kr\n"
        "목록 | 이전글 | 다음글\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 3, 8))  # one article, not two
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2019-03-08"
    assert {p["name"] for p in agreement["parties"]} == {"가람시", "나래훼리"}
    text = article["text"]
    assert "Port 앱에서도" in text  # a Korean sentence that names an English app's name stays
    assert not re.search(r"[A-Za-z]{3,}\s[A-Za-z]{3,}\s[A-Za-z]{3,}\s[A-Za-z]{3,}", text)  # no English line stays


# --- signers ---------------------------------------------------------------------------------------------


def test_a_foreign_province_state_or_town_after_its_country_signs():
    """'폴란드 남동부 OO주와', '일본 OO현 OO정(漢字)과', '베트남 북부 OO성과': a foreign government after its
    country, the part of the country or the province it lies in between, and a gloss before its particle;
    a government, not a firm."""
    for sentence, partner in (
        ("가람시는 4일 폴란드 남동부 마조브스카주와 우호교류 협정을 체결했다.", "마조브스카주"),
        ("가람군은 18일 일본 나라현 히가시정(東町)과 자매결연 협정서에 서명했다.", "히가시정"),
        ("가람시는 17일 베트남 북부 꽝닌성과 우호협력도시 협약을 맺었다.", "꽝닌성"),
        ("가람시는 9일 미국 오하이오주(州)와 경제협력 협약을 맺었다.", "오하이오주"),
    ):
        page = f"가람, 해외 도시와 협약\n입력 2019-06-20 10:00\n\n{sentence}\n"
        (article,) = articles_of(page, published=datetime.date(2019, 6, 20))
        kinds = {p["name"]: p["kind"] for a in article["agreements"] for p in a["parties"]}
        assert kinds.get(partner) == "government", sentence
