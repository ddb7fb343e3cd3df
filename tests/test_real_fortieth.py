"""General forms the fortieth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`fe2da66`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_gift_handed_to_those_a_pact_once_tied_is_no_signing():
    """'A농협이 9일 자매결연을 맺은 B초 학생들에게 장학금을 건넸다': the relative clause tells who the pupils
    are; the day is the gift's, and the page reports no signing."""
    page = (
        "가람농협, 결연 학교 학생들에 장학금\n"
        "다온일보 | 입력 2021. 11. 9. 14:20\n\n"
        "가람농협(조합장 문세린)이 9일 '1사1교 자매결연'을 맺은 관내 4개 학교 학생 32명에게 장학금 800만원을 건넸다.\n\n"
        "가람농협은 2012년부터 지역 학교에 발전기금을 보태 왔다.\n"
    )
    for text in (page, page.replace("건넸다", "전달했다"), page.replace("건넸다", "지급했다")):
        (article,) = articles_of(text, published=datetime.date(2021, 11, 9))
        assert not article["is_agreement"]
        assert not article["agreements"]
