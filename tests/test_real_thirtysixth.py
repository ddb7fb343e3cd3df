"""General forms the thirty-sixth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`17c750d`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import page_party_names, page_people

# --- signers ---------------------------------------------------------------------------------------------


def test_a_board_members_title_after_a_listed_firm_is_no_part_of_its_name():
    """'NAME ㈜A 전무이사, NAME B그룹 회장, NAME 가람시장과 … MOU를 체결했다': 전무이사 (a director's title, as
    대표 is a head's) ends the firm's name, and the director is a person of the firm."""
    for title in ("전무이사", "상무이사", "이사"):
        text = (
            f"전남도는 19일 한상모 지사가 도청에서 남궁철 ㈜다온특수강 {title}, 오세풍 한빛그룹 회장, "
            "배영길 여수시장과 투자양해각서(MOU)를 체결했다고 밝혔다.\n\n"
            "협약에 따라 다온특수강은 가람산단에 새 공장을 짓는다.\n"
        )
        parties = page_party_names(text, datetime.date(2024, 5, 20))
        assert "㈜다온특수강" in parties, title
        assert not any(title in name for name in parties), title
        assert ("남궁철", title, "㈜다온특수강") in page_people(text, datetime.date(2024, 5, 20)), title


def test_co_ops_named_by_their_kind_do_not_sign():
    """'A농협과 B농협이 … 도시농협과 산지농협이 함께하는 공동사업 협약을 맺었다' (or 지역농협 and 품목농협): these
    name kinds of co-op, which the two named ones are; they are no parties."""
    for kinds in ("도시농협과 산지농협이", "지역농협과 품목농협이"):
        text = (
            f"울산 울주군 가온벌농협과 전남 구례군 솔바람농협이 최근 가온벌농협 본점에서 {kinds} "
            "함께하는 상생사업 협약을 맺었다.\n\n"
            "협약에 따라 두 농협은 산지 농산물을 도시 매장에 상시 들여놓기로 했다.\n"
        )
        assert page_party_names(text, datetime.date(2022, 4, 11)) == {"가온벌농협", "솔바람농협"}, kinds


# --- people ----------------------------------------------------------------------------------------------


def test_a_co_ops_short_name_before_a_board_title_is_no_person():
    """'두 농협 이사·감사와 …', '4개 지역농협 조합장': 농협, or a kind of co-op, before a title is no one's name
    (as 축협 or 수협 is not)."""
    text = (
        "울산 울주군 가온벌농협과 전남 구례군 솔바람농협이 9일 가온벌농협 본점에서 상생사업 협약을 맺었다.\n\n"
        "협약식에는 도재훈 가온벌농협 조합장과 현승목 솔바람농협 조합장을 비롯해 두 농협 이사·감사, "
        "울주군 4개 지역농협 조합장 등 30여 명이 자리했다.\n"
    )
    names = {name for name, _, _ in page_people(text, datetime.date(2022, 4, 11))}
    assert names == {"도재훈", "현승목"}
