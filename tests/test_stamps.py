"""The date a pasted page or a press release states about itself, used when none is given."""

import datetime

import pytest

from agreements.ingest import extract_text
from agreements.ingest.stamps import document_date

D = datetime.date


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("메뉴\n입력 2024-09-11 16:33\n본문", D(2024, 9, 11)),
        ("기사입력 22-11-04 13:17 | 최종수정 22-11-05 09:10", D(2022, 11, 4)),
        ("승인 2018.07.15 14:38", D(2018, 7, 15)),
        ("등록 2023.08.08", D(2023, 8, 8)),
        ("보 도 자 료\n보도일시 : 2026. 4. 7.(화) 배포 즉시", D(2026, 4, 7)),
        ("배포일자 2025-12-30\n담당부서: 기획과", D(2025, 12, 30)),
        ("보도시점: 2026. 3. 2. 06:00", D(2026, 3, 2)),
        ("□ 배포일시 | 2026. 1. 9.(금)", D(2026, 1, 9)),
        # a revision date only when no publication date is given
        ("수정 2024-10-02 08:00\n입력 2024-10-01 17:00", D(2024, 10, 1)),
        ("최종수정 2024-10-02 08:00", D(2024, 10, 2)),
    ],
)
def test_it_reads_the_date_a_document_states_about_itself(head, expected):
    assert document_date(head + "\n\n가람시는 5일 협약을 맺었다.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "가람시는 2026년 4월 7일 다온과 협약을 맺었다.",  # a date in prose is no stamp
        "입력 2024-13-40 10:00",  # not a calendar day
        "입력 1971-01-01",  # outside the years a document can have
        "\n" * 45 + "입력 2024-09-11 16:33",  # past the head of the text
    ],
)
def test_it_takes_no_date_from_prose_impossible_days_or_the_body(text):
    assert document_date(text) is None


def test_a_pasted_page_resolves_its_signing_day_from_its_time_line():
    text = (
        "가람시, 다온바이오와 투자협약\n\n입력 2026-04-08 10:12\n\n"
        "가람시는 지난 7일 시청에서 ㈜다온바이오와 120억원 규모의 투자협약을 체결했다고 8일 밝혔다.\n"
    )

    extraction = extract_text(text, name="page.txt", published=None)

    assert extraction["published"] == "2026-04-08"
    agreement = extraction["articles"][0]["agreements"][0]
    assert agreement["signed_on"] == "2026-04-07"


def test_a_date_given_by_the_person_wins_over_the_stamp():
    text = "가람시, 다온과 협약\n\n입력 2026-04-08 10:12\n\n가람시는 지난 7일 ㈜다온과 업무협약을 체결했다.\n"

    extraction = extract_text(text, name="page.txt", published=D(2026, 5, 20))

    assert extraction["published"] == "2026-05-20"
