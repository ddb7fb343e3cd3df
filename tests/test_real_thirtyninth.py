"""General forms the thirty-ninth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`64ecf01`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_title_in_double_quotes_that_the_verb_takes_is_no_speech():
    """'㈜A와 "… 우호교류 협약(MOU)"을 맺었다': the quotes hold the agreement's title, which the signing
    verb takes; they are not someone's words, so the page reports a signing."""
    page = (
        "가람군, 지역 방송사 누리방송과 우호교류 협약\n"
        "다온뉴스 2022-06-09 15:40\n\n"
        "가람군은 9일 군청 회의실에서 ㈜누리방송과 \"가람 농특산물 홍보를 위한 우호교류 협약(MOU)\"을 맺었다.\n\n"
        "누리방송은 군의 관광지와 특산물을 방송으로 알리기로 했다.\n"
    )
    curly = page.replace('"가람', "“가람").replace('협약(MOU)"을', "MOU”를")  # '“… 우호교류 MOU”를 맺었다'
    for text in (page, curly):
        (article,) = articles_of(text, published=datetime.date(2022, 6, 9))
        assert article["is_agreement"]
        (agreement,) = article["agreements"]
        assert agreement["signed_on"] == "2022-06-09"
        assert {p["name"] for p in agreement["parties"]} == {"가람군", "㈜누리방송"}


# --- signers ---------------------------------------------------------------------------------------------


def test_bodies_each_after_a_bullet_that_take_part_are_signers():
    """'이번 협약에는 시와 A, B와 함께 △C △D △E 등이 참여했다' and, in a sentence of their own, '또 △F △G △H
    등도 협약에 이름을 올렸다': each bulleted body signs, whatever its ending."""
    page = (
        "나래공업고 지역 특성화고 도전…기관 20곳 힘 보태\n"
        "송고 2024.07.02 15:10\n\n"
        "보령시는 2일 시청 회의실에서 충청남도교육청 등 지역 기관·단체와 나래공업고 지원을 위한 업무협약을 맺었다고 밝혔다.\n\n"
        "이번 협약에는 시와 도교육청, 나래공업고와 함께 △근로복지공단 보령지사 △가람신용협동조합 "
        "△보령청년일터협회 등이 참여했다.\n\n"
        "또 ▲한솔은행 보령지점 ▲다온증권 대천센터 ▲㈜미르테크 등도 협약에 이름을 올렸다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 7, 2))
    (agreement,) = article["agreements"]
    names = {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert {"근로복지공단 보령지사", "가람신용협동조합", "보령청년일터협회"} <= names
    assert {"한솔은행 보령지점", "다온증권 대천센터", "㈜미르테크"} <= names
    consonant = page.replace("나래공업고와 함께", "나래공업고, 보령교육지원청과 함께")
    (article,) = articles_of(consonant, published=datetime.date(2024, 7, 2))
    assert "근로복지공단 보령지사" in {p["name"] for p in article["agreements"][0]["parties"]}
    phrases = page.replace("△보령청년일터협회", "△시내 청년 창업가들이 모여 꾸린 새내기 모임")
    (article,) = articles_of(phrases, published=datetime.date(2024, 7, 2))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert "가람신용협동조합" not in names  # a list with a phrase in it is no list of bodies
