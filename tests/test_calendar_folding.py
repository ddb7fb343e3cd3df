"""The feed's lines are folded in one pass over their bytes (calendar.folded) rather than by
icalendar's character loop: the feed must stay byte for byte what icalendar writes."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from agreements.calendar import calendar_bytes

TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("가나다람협약기한 ,;\\^:\n\"'"),
        st.characters(min_codepoint=0x20, max_codepoint=0x2FF),
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from("😀€𝄞"),
    ),
    max_size=400,
)


def calendar_of(summaries):
    calendar = Calendar()
    calendar.add("prodid", "-//test//")
    calendar.add("version", "2.0")
    for n, summary in enumerate(summaries):
        event = Event()
        event.add("uid", f"{n}@test")
        event.add("dtstart", datetime.date(2027, 1, 1))
        event.add("summary", summary)
        event.add("description", summary * 3)
        calendar.add_component(event)
    return calendar


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_the_feed_is_byte_for_byte_what_icalendar_writes(summaries):
    calendar = calendar_of(summaries)
    assert calendar_bytes(calendar) == calendar.to_ical()


def test_no_physical_line_passes_75_octets_and_none_breaks_a_character():
    calendar = calendar_of(["가람시와 누리공사의 스마트시티 조성 업무협약 완료 목표 " * 6 + "\\;,^n"])
    data = calendar_bytes(calendar)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a cut inside a character would not decode


def test_a_fold_never_falls_right_after_an_escapes_backslash():
    """Lines whose 74th octet is each character of an escape ('\\n', '\\;', '\\,'), in ASCII and in
    Korean: icalendar moves the backslash to the next line, and so must the feed."""
    summaries = [
        prefix * k + escape + "꼬리"
        for prefix in ("a", "가")
        for k in range(20, 80)
        for escape in ("\n", ";", ",")
    ]
    calendar = calendar_of(summaries)
    assert calendar_bytes(calendar) == calendar.to_ical()
