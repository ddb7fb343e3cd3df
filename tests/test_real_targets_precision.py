"""Targets that real pages read wrongly (issue 10, after the fifth round): a hangul numeral that only
begins a name, an event's days given as a span, and the count of the agreement's own clauses. Each a
figure a user would have to delete from the draft. Invented names and figures throughout."""

import datetime

from tests.articles import dues, measures, only_agreement

PUBLISHED = datetime.date(2024, 5, 14)


def test_a_name_that_begins_with_a_hangul_numeral_is_no_count():
    """'(회장 백종민)' is a person: '백종' is not a hundred kinds of anything."""
    agreement = only_agreement(
        "한빛공예조합(조합장 백종민)이 12일 가람군 다솜면과 자매결연을 맺었다. "
        "조합은 매년 주민 30명을 공방에 초청하기로 했다.",
        PUBLISHED,
    )
    assert (100, "종") not in measures(agreement)
    assert (30, "명") in measures(agreement)


def test_a_count_in_hangul_numerals_is_still_read():
    agreement = only_agreement(
        "가람군과 한빛종묘(주)는 12일 토종 씨앗 보존 협약을 맺었다. 종묘는 토종 작물 백종을 보존하기로 했다.",
        PUBLISHED,
    )
    assert (100, "종") in measures(agreement)


def test_an_events_days_given_as_a_span_are_no_deadline():
    """'7월 3일부터 9일까지 열리는 축제': when the festival is held, not what the pact must reach by then."""
    agreement = only_agreement(
        "누리시는 13일 한빛은행과 지역 축제 활성화 업무협약을 체결했다. 이번 협약으로 8월 3일부터 "
        "9일까지 개최되는 제11회 누리별빛축제에서 은행은 홍보를 맡고, 시는 홍보부스를 제공할 예정이다.",
        PUBLISHED,
    )
    assert not dues(agreement)


def test_a_start_with_its_own_end_year_keeps_the_deadline():
    agreement = only_agreement(
        "누리시는 13일 한빛건설과 공공주택 업무협약을 체결했다. 양 기관은 2026년 9월까지 "
        "임대주택 200세대를 짓기로 했다.",
        PUBLISHED,
    )
    assert "2026-09" in dues(agreement)


def test_the_count_of_the_agreements_own_clauses_is_no_target():
    """'교류를 활성화하기로 하는 등 5개 항을 합의했다': the clauses of the text, not a goal to count."""
    agreement = only_agreement(
        "다솜군과 가람시는 지난 20일 자매결연 협약을 서면으로 체결했다. 양 시군은 관광, 농업, 체육 "
        "교류를 활성화하고 정보를 공유하기로 하는 등 5개 항을 합의했다.",
        PUBLISHED,
    )
    assert (5, "개") not in measures(agreement)
