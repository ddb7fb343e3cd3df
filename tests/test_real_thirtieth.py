"""General forms the thirtieth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round except the guards, which say so."""

import datetime

from tests.articles import agreement_of

PUBLISHED = datetime.date(2026, 3, 10)


# --- signing days ----------------------------------------------------------------------------------------


def test_this_day_stands_for_the_last_day_told_not_a_year_between():
    """'이날' is a day: a year told between the lead and the signing ('올해 장학생은 …') is no day it can
    stand for; the lead's '지난달 28일' is."""
    text = (
        "다솜장학회는 지난달 28일 군청 대회의실에서 장학금 수여식을 열었다.\n\n"
        "올해 장학생은 성적우수 70명, 다자녀 30명 등 모두 100명으로, 대표 12명이 증서를 받았다.\n\n"
        "이날 수여식이 끝난 뒤 장학회와 ㈜해솔양조는 장학기금 조성 업무협약을 맺었다.\n\n"
        "협약에 따라 해솔양조는 3년 동안 해마다 2천만원을 장학회에 낸다."
    )
    agreement = agreement_of(text, published=datetime.date(2026, 3, 2))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-02-28", "지난달 28일")


# --- people ----------------------------------------------------------------------------------------------


def test_an_acting_head_in_brackets_keeps_the_acting_post_in_the_title():
    """'OO시(시장 권한대행 NAME)': the deputy stands in for the mayor; '권한대행' is the title's, not the name's."""
    text = (
        "솔내시(시장 권한대행 탁문결)는 9일 누리병원(병원장 여가온)과 야간 소아 진료를 위한 업무협약을 체결했다.\n\n"
        "협약에 따라 병원은 평일 밤 10시까지 소아 진료실을 연다."
    )
    people = {(p["name"], p["title"], p["org"]) for p in agreement_of(text, published=PUBLISHED)["people"]}
    assert ("탁문결", "시장 권한대행", "솔내시") in people

