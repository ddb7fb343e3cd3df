"""Deadlines with a precision, and signing dates resolved against the publication date."""

import datetime

import pytest

from agreements.ingest.dates import find_deadlines, parse_deadline, resolve_signing_date

PUBLISHED = datetime.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "last_day", "precision", "iso"),
    [
        ("2028", datetime.date(2028, 12, 31), "year", "2028"),
        ("2028년", datetime.date(2028, 12, 31), "year", "2028"),
        ("2028-02", datetime.date(2028, 2, 29), "month", "2028-02"),
        ("2028.2", datetime.date(2028, 2, 29), "month", "2028-02"),
        ("2028년 9월", datetime.date(2028, 9, 30), "month", "2028-09"),
        ("2028-09-15", datetime.date(2028, 9, 15), "day", "2028-09-15"),
        ("2028.09.15", datetime.date(2028, 9, 15), "day", "2028-09-15"),
        ("2028년 9월 15일", datetime.date(2028, 9, 15), "day", "2028-09-15"),
        ("2027 상반기", datetime.date(2027, 6, 30), "half", "2027-H1"),
        ("2027년 하반기", datetime.date(2027, 12, 31), "half", "2027-H2"),
        ("2027-H2", datetime.date(2027, 12, 31), "half", "2027-H2"),
        ("2027년 1분기", datetime.date(2027, 3, 31), "quarter", "2027-Q1"),
        ("2027-Q3", datetime.date(2027, 9, 30), "quarter", "2027-Q3"),
    ],
)
def test_it_reads_each_precision_a_person_types(text, last_day, precision, iso):
    """A deadline is the last day of the period plus its precision."""
    deadline = parse_deadline(text)
    assert (deadline.date, deadline.precision, deadline.iso) == (last_day, precision, iso)


@pytest.mark.parametrize(
    "text", ["내후년쯤", "28년", "2028-13", "2027-02-29", "하반기", "2028년 완공", "곧", ""]
)
def test_it_refuses_what_is_not_a_deadline(text):
    """The admin's deadline field is strict: anything else is a ValueError in Korean."""
    with pytest.raises(ValueError, match="기한|없는|기준"):
        parse_deadline(text)


def test_it_reads_a_relative_deadline_only_with_a_date_to_count_from():
    """'내년 상반기' needs today; without it the field refuses."""
    assert parse_deadline("내년 상반기", today=PUBLISHED).iso == "2027-H1"
    with pytest.raises(ValueError, match="기준"):
        parse_deadline("내년 상반기")


def test_it_finds_a_completion_deadline_in_running_text():
    """'오는 2029년 준공을 목표로' gives '2029년 준공', due 2029."""
    [found] = find_deadlines("오는 2029년 준공을 목표로 공사를 시작한다.", PUBLISHED)
    assert (found.text, found.due.iso, found.goal) == ("2029년 준공", "2029", "준공")


def test_it_keeps_words_between_the_period_and_the_goal():
    """'2028년 무인 셔틀 상용화' keeps its object."""
    [found] = find_deadlines("2028년 무인 셔틀 상용화를 추진한다.", PUBLISHED)
    assert (found.text, found.due.iso) == ("2028년 무인 셔틀 상용화", "2028")


def test_it_resolves_relative_periods_against_the_publication_date():
    """'올해 11월', '내년 상반기', '올 하반기' count from the publication year."""
    text = "올해 11월 개관하고 내년 상반기 가동하며 올 하반기 착공한다."
    assert [(d.text, d.due.iso) for d in find_deadlines(text, PUBLISHED)] == [
        ("올해 11월 개관", "2026-11"),
        ("내년 상반기 가동", "2027-H1"),
        ("올 하반기 착공", "2026-H2"),
    ]


def test_it_keeps_the_words_of_a_relative_period_without_a_publication_date():
    """No date is invented: the due stays None."""
    [found] = find_deadlines("내년 상반기 개관 예정이다.")
    assert (found.text, found.due) == ("내년 상반기 개관", None)


def test_it_skips_past_periods():
    """'지난해 9월' is history, not a deadline."""
    assert find_deadlines("지난해 9월 조례를 만들었다.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "iso", "words"),
    [
        ("2026년 2월 27일 협약을 맺었다", "2026-02-27", "2026년 2월 27일"),
        ("2월 27일 협약을 맺었다", "2026-02-27", "2월 27일"),
        ("지난 10일 시청에서", "2026-03-10", "지난 10일"),
        ("지난 25일 시청에서", "2026-02-25", "지난 25일"),
        ("11일 시청에서", "2026-03-11", "11일"),
        ("오는 20일 체결한다", "2026-03-20", "오는 20일"),
        ("어제 체결했다", "2026-03-11", "어제"),
        ("오늘 체결했다", "2026-03-12", "오늘"),
        ("지난달 30일 체결했다", None, "지난달 30일"),
        ("지난해 9월 선정됐다", "2025-09", "지난해 9월"),
        ("내년 체결할 예정", "2027", "내년"),
        ("지난달 말 가람공사와 협약을 맺었다", "2026-02", "지난달 말"),
        ("이달 초 누리대학교와 협약을 맺었다", "2026-03", "이달 초"),
    ],
)
def test_it_resolves_signing_dates_against_the_publication_date(text, iso, words):
    """'지난 25일' in March is the 25th of February; a day that does not exist stays None."""
    assert resolve_signing_date(text, PUBLISHED) == (iso, words)


def test_it_keeps_the_words_of_a_relative_signing_date_without_a_publication_date():
    """Without a publication date a relative date is None but its words are kept."""
    assert resolve_signing_date("지난 10일 시청에서", None) == (None, "지난 10일")
    assert resolve_signing_date("2026년 1월 5일 체결", None) == ("2026-01-05", "2026년 1월 5일")


def test_it_does_not_take_a_duration_for_a_date():
    """'15일간' is a length of time."""
    assert resolve_signing_date("15일간 운영한다", PUBLISHED) == (None, None)


def test_it_keeps_the_word_before_a_month_and_day():
    """'지난 2월 24일' keeps '지난' in the words; '오는 4월 2일' is the coming one."""
    assert resolve_signing_date("지난 2월 24일 군청에서", PUBLISHED) == ("2026-02-24", "지난 2월 24일")
    assert resolve_signing_date("오는 4월 2일 체결한다", PUBLISHED) == ("2026-04-02", "오는 4월 2일")
    assert resolve_signing_date("오는 1월 5일 체결한다", PUBLISHED) == ("2027-01-05", "오는 1월 5일")


def test_it_finds_deadlines_bounded_by_until_and_from():
    """'오는 4월 8일까지' is a day, '내년 3월부터' a month, each with its bound."""
    found = find_deadlines("오는 4월 8일까지 모집하고 내년 3월부터 시행한다.", PUBLISHED)
    assert [(d.text, d.due.iso, d.bound) for d in found] == [
        ("4월 8일까지", "2026-04-08", "까지"),
        ("내년 3월부터 시행", "2027-03", "부터"),
    ]


def test_it_skips_a_bare_month_and_a_period_already_past():
    """'3월 5일 협약' is a story date; '2025년까지' is before a 2026 publication."""
    assert find_deadlines("3월 5일 협약을 맺었다.", PUBLISHED) == []
    assert find_deadlines("2025년까지 운영했다.", PUBLISHED) == []


def test_it_reads_this_and_next_month_and_a_bare_half_year():
    """'이달 말까지', '다음 달 10일까지', '하반기 착공' count from the publication date."""
    found = find_deadlines("이달 말까지 모집하고 다음 달 10일까지 심사하며 하반기 착공한다.", PUBLISHED)
    assert [d.due.iso for d in found] == ["2026-03", "2026-04-10", "2026-H2"]
    assert find_deadlines("상반기 실적이 좋았다.", PUBLISHED) == []


def test_it_keeps_a_noun_ending_like_a_particle_between_period_and_goal():
    """'2027년 하반기 센터 개소' reads through '센터' to the goal."""
    [found] = find_deadlines("2027년 하반기 센터 개소를 준비한다.", PUBLISHED)
    assert (found.text, found.due.iso) == ("2027년 하반기 센터 개소", "2027-H2")


def test_it_reads_within_the_year_before_what_is_due():
    """'연내 착공' is due this year; '연말 행사' alone is not a deadline."""
    [found] = find_deadlines("센터는 연내 착공한다.", PUBLISHED)
    assert (found.text, found.due.iso) == ("연내 착공", "2026")
    assert find_deadlines("연말 행사가 열렸다.", PUBLISHED) == []


def test_it_reads_within_a_half_or_a_month_as_its_end():
    """'내년 상반기 중 … 시작할 예정' is due by next year's first half; '2027년 6월 중' by that June."""
    [half] = find_deadlines("세 기관은 내년 상반기 중 서비스를 시작할 예정이다.", PUBLISHED)
    [month] = find_deadlines("2027년 6월 중 문을 연다.", PUBLISHED)
    assert (half.due.iso, half.bound) == ("2027-H1", "까지")
    assert (month.due.iso, month.bound) == ("2027-06", "까지")
