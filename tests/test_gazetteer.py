"""The gazetteer of Korean public bodies: counts against the official totals, forms, ambiguity, heads."""

import datetime

import pytest

from agreements.ingest import gazetteer

BEFORE_INCHEON_REFORM = datetime.date(2026, 6, 30)
AFTER_INCHEON_REFORM = datetime.date(2026, 7, 1)


def test_it_has_the_17_provinces_and_metropolitan_cities():
    sido = gazetteer.current(BEFORE_INCHEON_REFORM, "sido")
    assert len(sido) == 17
    assert {b.name for b in sido} >= {"강원특별자치도", "전북특별자치도", "세종특별자치시", "제주특별자치도"}


def test_it_has_the_226_self_governing_cities_counties_and_wards():
    """226 before Incheon's reform of 2026-07-01 (75 시, 82 군, 69 구), 227 after it."""
    sigungu = gazetteer.current(BEFORE_INCHEON_REFORM, "sigungu")
    assert len(sigungu) == 226
    endings = [b.name[-1] for b in sigungu]
    assert (endings.count("시"), endings.count("군"), endings.count("구")) == (75, 82, 69)
    after = gazetteer.current(AFTER_INCHEON_REFORM, "sigungu")
    assert len(after) == 227
    incheon = {b.name for b in after if b.parent == "인천광역시"}
    assert {"제물포구", "영종구", "검단구"} <= incheon and "중구" not in incheon


def test_it_counts_each_province_as_the_official_list_does():
    counts = {}
    for body in gazetteer.current(BEFORE_INCHEON_REFORM, "sigungu"):
        counts[body.parent] = counts.get(body.parent, 0) + 1
    assert counts["서울특별시"] == 25
    assert counts["경기도"] == 31
    assert counts["대구광역시"] == 9  # 군위군 since 2023
    assert counts["경상북도"] == 22
    assert counts["전라남도"] == 22
    assert "세종특별자치시" not in counts and "제주특별자치도" not in counts


def test_it_moves_gunwi_to_daegu_and_keeps_jeju_administrative_cities_apart():
    assert gazetteer.find("군위군").parent == "대구광역시"
    jeju = gazetteer.find("서귀포시")
    assert jeju.level == "hangsi" and jeju.parent == "제주특별자치도" and jeju.kind == "government"


@pytest.mark.parametrize(
    "form, name",
    [
        ("충청북도", "충청북도"),
        ("충북도", "충청북도"),
        ("부산광역시", "부산광역시"),
        ("부산시", "부산광역시"),
        ("서울시", "서울특별시"),
        ("세종시", "세종특별자치시"),
        ("전라북도", "전북특별자치도"),
        ("강원도", "강원특별자치도"),
        ("수원특례시", "수원시"),
        ("여주군", "여주시"),
        ("한전", "한국전력공사"),
        ("한수원", "한국수력원자력"),
        ("한국수력원자력㈜", "한국수력원자력"),
        ("LH", "한국토지주택공사"),
        ("K-water", "한국수자원공사"),
        ("코레일", "한국철도공사"),
        ("한국감정원", "한국부동산원"),
        ("경기도교육청", "경기도교육청"),
        ("충북교육청", "충청북도교육청"),
    ],
)
def test_it_finds_a_body_by_any_of_its_forms(form, name):
    assert gazetteer.find(form).name == name


def test_it_tells_a_bare_place_from_a_body():
    """'충북' and '수원' are places: they name no signer; '충북도' and '수원시' do."""
    assert gazetteer.lookup("충북") == () and gazetteer.is_place("충북")
    assert gazetteer.lookup("충북", places=True)[0].name == "충청북도"
    assert not gazetteer.is_place("충북도") and gazetteer.kind_of("충북도") == "government"


def test_it_tells_local_governments_from_public_institutions():
    assert gazetteer.kind_of("남부발전") == "public_institution"
    assert gazetteer.kind_of("㈜강원랜드") == "public_institution"
    assert gazetteer.kind_of("인제군") == "government"
    assert gazetteer.kind_of("가람시") is None  # unknown: left to the endings


def test_it_settles_a_ward_name_by_the_city_named_near_it():
    """Six cities have a 중구: the bare name is ambiguous until the city is named."""
    assert len(gazetteer.lookup("중구")) >= 5
    assert gazetteer.find("중구") is None
    assert gazetteer.find("중구", near=["울산"]).parent == "울산광역시"
    assert gazetteer.find("동구", near={"대전시"}).parent == "대전광역시"
    assert gazetteer.find("고성군", near=["경남"]).parent == "경상남도"


def test_it_keeps_incheon_wards_by_the_day():
    day = datetime.date(2020, 5, 1)
    assert gazetteer.find("중구", near=["인천"], on=day).until == BEFORE_INCHEON_REFORM
    assert gazetteer.find("미추홀구").former == ("남구",)


@pytest.mark.parametrize(
    "word, name, title",
    [
        ("경기도지사", "경기도", "도지사"),
        ("전남지사", "전라남도", "지사"),
        ("충청북도지사", "충청북도", "도지사"),
        ("서울시장", "서울특별시", "시장"),
        ("세종시장", "세종특별자치시", "시장"),
        ("수원시장", "수원시", "시장"),
        ("제주시장", "제주시", "시장"),
        ("양평군수", "양평군", "군수"),
        ("강남구청장", "강남구", "구청장"),
        ("서울시교육감", "서울특별시교육청", "교육감"),
        ("경남교육감", "경상남도교육청", "교육감"),
    ],
)
def test_it_finds_the_body_a_head_heads(word, name, title):
    body, found_title = gazetteer.headed(word)
    assert (body.name, found_title) == (name, title)


def test_it_does_not_take_a_branch_or_a_market_for_a_head():
    """'부산지사' is a branch (부산 has a 시장, no 지사); '중앙시장' is a market; '부지사' no place."""
    assert gazetteer.headed("부산지사") is None
    assert gazetteer.headed("중앙시장") is None
    assert gazetteer.headed("행정부지사") is None
    assert gazetteer.headed("고성군수") is None  # two 고성군 …
    assert gazetteer.headed("고성군수", near=["강원도"])[0].parent == "강원특별자치도"  # … until the province


def test_it_tells_what_a_head_title_heads():
    assert gazetteer.title_kind("군수") == "government"
    assert gazetteer.title_kind("교육감") == "government"
    assert gazetteer.title_kind("이사장") == "public_institution"
    assert gazetteer.title_levels("구청장") == ("sigungu",)


def test_it_normalises_spaces_and_legal_marks():
    assert gazetteer.normalise("한국수력원자력 ㈜") == "한국수력원자력"
    assert gazetteer.normalise("주식회사 에스알") == "에스알"


def test_it_knows_bodies_by_their_names_before_a_renaming():
    """'경기도시공사' (경기주택도시공사 since 2023), '중소기업진흥공단' (중소벤처기업진흥공단 since 2018) and
    '한국승강기안전관리원' (한국승강기안전공단 since 2019) still name those bodies, as older articles do."""
    for former, name in (
        ("경기도시공사", "경기주택도시공사"),
        ("중소기업진흥공단", "중소벤처기업진흥공단"),
        ("한국승강기안전관리원", "한국승강기안전공단"),
    ):
        assert [b.name for b in gazetteer.lookup(former)] == [name]


def test_it_knows_a_public_commission_that_ends_like_a_government_body():
    """'한국저작권위원회' is a public institution, though '위원회' alone reads as government."""
    assert gazetteer.kind_of("한국저작권위원회") == "public_institution"


def test_it_knows_the_central_ministries_and_agencies_by_their_short_and_former_names():
    """The 부·처·청 sign as governments: '산업부' is 산업통상자원부, '미래창조과학부' the former name of
    과학기술정보통신부, '행복청' 행정중심복합도시건설청; none of them is a place."""
    assert gazetteer.same_body("산업부", "산업통상자원부")
    assert gazetteer.same_body("미래창조과학부", "과학기술정보통신부")
    assert gazetteer.same_body("행복청", "행정중심복합도시건설청")
    assert gazetteer.kind_of("국방부") == "government"
    assert not gazetteer.is_place("국세청")
