"""Targets that real pages read wrongly (issue 10, tenth round): counts that are not the agreement's
own figures. Invented names, places and figures throughout."""

import datetime

from tests.articles import measures, only_agreement

PUBLISHED = datetime.date(2024, 5, 14)


def test_those_invited_to_the_event_are_no_target():
    """'기업 60여개사를 초청해 … 소개했다': the guests of the day, not a count the agreement sets."""
    agreement = only_agreement(
        "누리시는 13일 한빛호텔에서 가람전자와 투자 양해각서를 체결했다. 시는 이날 수도권 기업 등 "
        "60여개사를 초청해 투자 여건을 소개했다. 가람전자는 공장을 지어 120명을 고용하기로 했다.",
        PUBLISHED,
    )
    assert (60, "개사") not in measures(agreement)
    assert (120, "명") in measures(agreement)


def test_people_invited_to_a_talk_are_no_target():
    agreement = only_agreement(
        "다솜군과 가람시는 12일 상생협력 협약을 체결했다. 두 단체장은 이날 주민 대표 30여명을 초청해 "
        "간담회를 가졌다. 양 시군은 관광객 2천명을 서로 보내기로 했다.",
        PUBLISHED,
    )
    assert (30, "명") not in measures(agreement)
    assert (2000, "명") in measures(agreement)
