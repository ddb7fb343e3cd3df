"""Parties named with their branch, attendee lists, clipped names (fictional names throughout)."""

import pytest

from agreements.ingest.article import extract_article
from agreements.ingest.names import is_short_form


def agreement_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements[0]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def people_of(text, headline=None):
    return {(p["name"], p["title"], p["org"]) for p in agreement_of(text, headline)["people"]}


def test_it_keeps_a_body_and_its_regional_office_as_one_party():
    """'OO공사(AB) OO지역본부' is one party, its bracketed abbreviation an alias."""
    text = "가람시는 3일 시청에서 한빛토지공사(HT) 가람지역본부와 '주거 지원 업무협약'을 체결했다."
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["가람시", "한빛토지공사 가람지역본부"]
    assert "HT" in parties[1]["aliases"]


def test_it_keeps_a_company_and_its_plant_as_one_party():
    """'OO㈜ OO공장' is the plant of the company, one party."""
    text = "누리군은 5일 군청에서 다온모터스㈜ 누리공장과 '수소 버스 업무협약'을 체결했다."
    assert party_names(text) == ["누리군", "다온모터스㈜ 누리공장"]


def test_it_keeps_a_metropolitan_district_whole():
    """'OO광역시 OO구' is the district, and '동구' later is its short name."""
    text = "㈜다온중공업은 16일 가람광역시 동구, 누리대학교와 '인력 양성 업무협약'을 체결했다. 동구는 기숙사를 짓는다."
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["㈜다온중공업", "가람광역시 동구", "누리대학교"]
    assert "동구" in parties[1]["aliases"]


def test_it_keeps_a_citys_centre_whole():
    """'OO광역시 OO지원센터' names one centre even when its words are common ones."""
    text = "누리구는 8일 구청에서 가람광역시 학교급식지원센터와 '공공급식 업무협약'을 체결했다."
    assert "가람광역시 학교급식지원센터" in party_names(text)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("새솔농협", "새솔농업협동조합"),
        ("새솔수협", "새솔수산업협동조합"),
        ("새솔상의", "새솔상공회의소"),
        ("서구", "가람광역시 서구"),
        ("가람공대", "국립가람공과대학교"),
    ],
)
def test_it_reads_clipped_names_as_short_forms(short, full):
    """Korean clips kinds of body: 농협, 수협, 상의; a district goes by its own name."""
    assert is_short_form(short, full)


def test_it_takes_an_attendees_clipped_coop_for_the_signing_coop():
    """'NAME OO농협 조합장' works at the 'OO농업협동조합' that signs; no extra participant."""
    text = (
        "누리군은 28일 군청에서 새솔농업협동조합과 '와인 상생 협약'을 맺었다.\n\n"
        "이날 협약식에는 한수정 누리군수와 배정호 새솔농협 조합장 등 20여명이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["누리군", "새솔농업협동조합"]
    assert ("배정호", "조합장", "새솔농업협동조합") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_reads_a_company_with_its_legal_form_after_the_name():
    """'OO 주식회사 등' is the company 'OO 주식회사', not a party '주식회사 등'."""
    text = (
        "가람시는 26일 시청에서 ㈜다온배터리, 한결소재 주식회사 등 3곳과 '소재 공장 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 한결소재 대표가 참석했다."
    )
    agreement = agreement_of(text)
    names = [p["name"] for p in agreement["parties"]]
    assert "한결소재 주식회사" in names and "주식회사 등" not in names
    assert ("오하늘", "대표", "한결소재 주식회사") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_reads_a_body_with_and_without_its_legal_form_as_one():
    """'재단법인 OO재단' and '(재)OO재단' in one article are one party."""
    text = (
        "가람구는 20일 구청에서 재단법인 새솔복지재단과 '의료비 지원 업무협약'을 체결했다.\n\n"
        "(재)새솔복지재단은 지원금 1억원을 낸다."
    )
    assert party_names(text) == ["가람구", "재단법인 새솔복지재단"]


@pytest.mark.parametrize(
    ("listed", "name"),
    [
        ("㈜새솔마트 누리점", "㈜새솔마트 누리점"),
        ("한빛관광공사 누리센터", "한빛관광공사 누리센터"),
        ("누리대학교 창업지원센터", "누리대학교 창업지원센터"),
    ],
)
def test_it_keeps_a_companys_store_and_an_institutions_centre_whole(listed, name):
    """A store or a centre named after its company or institution is one party."""
    text = f"가람시는 5일 시청에서 {listed}와 '지역 상생 업무협약'을 체결했다."
    assert name in party_names(text)


def test_it_keeps_a_citys_ward_whole():
    """'OO시 OO구' is the ward, one party, and its head's title names it."""
    text = (
        "가람시 누리구는 5일 구청에서 ㈜다온푸드와 '먹거리 나눔 업무협약'을 체결했다.\n\n"
        "협약식에는 하경수 누리구청장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["가람시 누리구", "㈜다온푸드"]
    assert ("하경수", "누리구청장", "가람시 누리구") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_keeps_a_hyphenated_latin_company_name_whole():
    """'S-OIL과': a hyphen between Latin letters joins one name ('OO시-OO공사' stays two)."""
    text = "가람군은 XY-OIL과 지난 25일 군청 상황실에서 '화학사고 예방 업무협약'을 체결했다."
    assert party_names(text) == ["가람군", "XY-OIL"]


def test_it_does_not_take_the_collective_noun_of_local_governments_for_a_county():
    """'도와 시군은 …', '시군은 …을 발굴한다': 시군 is 'the cities and counties', not a 군; the counted
    group that signs ('도내 18개 시·군과') is one party (issue 10), named as the text writes it, with what qualifies it."""
    text = (
        "가람도는 27일 도청에서 도내 18개 시·군과 '인구 대응 협약'을 맺었다. "
        "도는 기금 200억원을 반영하고, 시군은 특화 사업을 발굴한다."
    )
    assert party_names(text) == ["가람도", "도내 18개 시·군"]


def test_it_reads_a_firms_works_as_one_party_and_no_second_name_inside_a_person():
    """'OO이노텍 구미사업장' is one party (a firm's works); in 'NAME 가람공대 총장' and
    'NAME 한빛 누리지사장' the short form after the name is no second person."""
    text = (
        "국립가람공과대학교는 9일 대학 본관에서 AB이노텍 구미사업장, ㈜새솔옵틱스와 '산학협력 업무협약'을 맺었다.\n\n"
        "협약식에는 나다온 가람공대 총장과 한지호 AB이노텍 구미사업장 전무 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == [
        "국립가람공과대학교",
        "AB이노텍 구미사업장",
        "㈜새솔옵틱스",
    ]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert people == {("나다온", "총장", "국립가람공과대학교"), ("한지호", "전무", "AB이노텍 구미사업장")}


def test_it_reads_a_college_with_its_university_as_one_party():
    """'OO대학교 해양과학대학' is one body: the college of that university."""
    text = "가람시는 7일 시청에서 새솔국립대학교 해양과학대학과 '공동연구 협약'을 맺었다."
    assert party_names(text) == ["가람시", "새솔국립대학교 해양과학대학"]


def test_it_tells_a_private_foundation_from_one_a_government_set_up():
    """'OO금융공익재단' is named for no city or province: other; '가람문화재단' of 가람시 is public."""
    text = (
        "가람시는 9일 시청에서 새솔금융공익재단으로부터 '청소년 진로교실' 운영비 1억원을 기탁받았다고 밝혔다.\n\n"
        "기탁식에는 가람문화재단 관계자 등이 참석했다."
    )
    kinds = {p["name"]: p["kind"] for p in agreement_of(text)["parties"]}
    assert kinds == {
        "가람시": "government",
        "새솔금융공익재단": "other",
        "가람문화재단": "public_institution",
    }


def test_it_reads_a_national_body_kiwi_does_not_know_as_a_public_institution():
    """'가람군은 국립새솔원과 … 맺었다': a 국립 body listed with the signers is public, not a firm."""
    text = "가람군은 26일 국립새솔원과 '생태관광 활성화 업무협약'을 맺었다."
    assert [(p["name"], p["kind"]) for p in agreement_of(text)["parties"]] == [
        ("가람군", "government"),
        ("국립새솔원", "public_institution"),
    ]


def test_a_province_before_its_district_and_a_firms_address_are_no_parties():
    """'새솔 동구와 누리도 가람군은' are two parties (the places before them say where), and
    '가람과 새솔구에 있는 ㈜A와' names where the firm is."""
    text = "새솔 동구(구청장 박하늘)와 누리도 가람군(군수 최바다)은 3일 우호교류 협약을 체결했다."
    assert party_names(text) == ["동구", "가람군"]
    text = "누리시는 5일 시청에서 가람과 새솔구에 있는 ㈜다온기계와 투자협약을 체결했다."
    assert party_names(text) == ["누리시", "㈜다온기계"]


def test_a_college_after_a_universitys_short_name_is_one_party():
    """'가람대 해양생명과학대학과' is the college of 가람대, one party; its dean's org is the college."""
    text = (
        "새솔시가 12일 가람대 해양생명과학대학과 공동연구 업무협약을 체결했다. "
        "이날 협약식에는 박하늘 새솔시수산기술센터 소장과 최바다 가람대 해양생명과학대학 학장이 참석했다."
    )
    assert party_names(text)[:2] == ["새솔시", "가람대 해양생명과학대학"]
    people = people_of(text)
    assert ("최바다", "학장", "가람대 해양생명과학대학") in people
    assert ("박하늘", "소장", "새솔시수산기술센터") in people  # not '박하늘 새솔시수산기술센터' as one body


def test_an_area_and_a_name_ending_like_a_district_are_no_bodies():
    """'OO읍 가람시 일원에서' is an area; '새솔협회 박남구 회장' is a person."""
    text = (
        "누리군은 5일 ㈜다온테크와 협약을 체결했다. 협약식을 마친 군수는 이날 누리읍 가람시 일원에서 "
        "열린 축제 개막식에 참석했다. 이날 협약식에는 새솔협회 박남구 회장이 참석했다."
    )
    assert "가람시" not in party_names(text) and "박남구" not in party_names(text)


def test_limited_companies_keep_their_mark_in_every_written_form():
    """'(유)A', '유한회사 B' and '(유한)C' are companies that sign, like '㈜A'."""
    text = "가람시는 5일 시청에서 (유)다온알루미늄, 유한회사 새솔기계와 투자협약을 체결했다."
    assert party_names(text) == ["가람시", "(유)다온알루미늄", "유한회사 새솔기계"]
    text = "가람시는 5일 시청에서 (유한)다온로지스와 투자협약을 체결했다."
    assert party_names(text) == ["가람시", "(유한)다온로지스"]
