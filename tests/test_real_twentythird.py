"""General forms the twenty-third round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest import extract_text
from tests.articles import people_of, signers

DAY = datetime.date(2031, 4, 22)

# --- counted groups of bodies other than firms ------------------------------------------------------


def test_a_counted_group_of_clinics_signs_as_one_party_with_where_they_are():
    """'관내 5개 의료기관과 … 협약을 체결했다': the clinics, not named, are one party."""
    text = "원주시는 8일 보건소 회의실에서 관내 5개 의료기관과 방문진료 업무협약을 체결했다고 9일 밝혔다.\n"
    assert signers(text) == ["원주시", "관내 5개 의료기관"]


def test_banks_social_bodies_and_villages_counted_are_groups_qualified_as_written():
    """'시중 12개 금융기관', '지역 내 4개 사회단체', '외지 기업 6곳': the words before the count that say
    where the members are from belong to the group's name."""
    assert signers("원주시는 21일 시청에서 시중 12개 금융기관과 지역화폐 판매대행 업무협약을 맺었다.\n") == [
        "원주시",
        "시중 12개 금융기관",
    ]
    assert signers("원주시는 21일 시청에서 지역 내 4개 사회단체와 이웃돕기 업무협약을 맺었다.\n") == [
        "원주시",
        "지역 내 4개 사회단체",
    ]
    assert signers("원주시는 21일 시청에서 외지 기업 6곳과 투자협약을 맺었다.\n") == ["원주시", "외지 기업 6곳"]


def test_a_group_counted_after_its_sort_signs_beside_the_members_named():
    """'의료기관 11곳과' of which the article names two: the group and the two sign."""
    text = (
        "원주시는 21일 시청에서 관내 의료기관 11곳과 방문진료 업무협약을 체결했다. "
        "협약에는 바른숨내과의원, 새봄한의원 등이 참여했다.\n"
    )
    assert signers(text) == ["원주시", "관내 의료기관 11곳", "바른숨내과의원", "새봄한의원"]


def test_a_group_of_clinics_all_named_is_not_a_party_of_its_own():
    """Guard: '3개 의료기관' whose three members the article names: the members sign, not the group."""
    text = (
        "원주시는 21일 시청에서 바른숨내과의원, 새봄한의원, 솔향약국 등 3개 의료기관과 방문진료 "
        "업무협약을 체결했다.\n"
    )
    assert signers(text) == ["원주시", "바른숨내과의원", "새봄한의원", "솔향약국"]


def test_villages_where_a_plant_will_stand_are_no_signers():
    """Guard: '5개 마을에 태양광을 짓는': the villages are where, not who (checked by letting a group take
    에)."""
    text = "원주시는 21일 시청에서 5개 마을에 태양광을 짓는 업무협약을 ㈜가온솔라와 맺었다.\n"
    assert signers(text) == ["원주시", "㈜가온솔라"]


# --- a list of signers after the count of those who took part --------------------------------------


def test_bodies_bulleted_after_the_count_of_those_who_took_part_sign():
    """'협약에 참여한 4개 조직은 △A △B △C △D 등 4개 지원기관이다': every bulleted body signs, and neither
    count of them is a target of the agreement."""
    text = (
        "세종시, 4개 중간지원조직과 협업 협약\n\n"
        "중간지원조직 4곳이 칸막이를 걷고 함께 일하기로 했다.\n\n"
        "세종시는 12일 시청 회의실에서 4개 중간지원조직 센터장과 실무자 등 30여 명이 자리한 가운데 "
        "'중간지원조직 연계 협력 업무협약'을 체결했다.\n\n"
        "협약에 참여한 4개 조직은 △세종마을잇기센터 △세종청년바람지원단 △세종공유주방협력단 "
        "△세종되살림나눔허브 등 4개 지원기관이다.\n"
    )
    result = extract_text(text, name="page.txt", published=DAY)
    agreement = result["articles"][0]["agreements"][0]
    assert [p["name"] for p in agreement["parties"]] == [
        "세종시",
        "세종마을잇기센터",
        "세종청년바람지원단",
        "세종공유주방협력단",
        "세종되살림나눔허브",
    ]
    assert agreement["targets"] == []


# --- foreign partners -------------------------------------------------------------------------------


def test_a_foreign_firms_korean_arm_is_named_with_the_word_after_its_latin_gloss():
    """'블루웨일 에너지(BlueWhale Energy) 코리아,': the Korean arm, not a firm called '코리아'."""
    text = "보령시는 17일 시청에서 블루웨일 에너지(BlueWhale Energy) 코리아, 가온풍력㈜와 해상풍력 협약을 체결했다.\n"
    assert signers(text) == ["보령시", "블루웨일 에너지 코리아", "가온풍력㈜"]


def test_a_word_with_a_particle_is_no_part_of_a_glossed_name():
    """'시청에서 노스힐코리아(Northhill Korea)와': the venue's word is not part of the firm's name."""
    text = "보령시는 17일 시청에서 노스힐코리아(Northhill Korea)와 해상풍력 협약을 체결했다.\n"
    assert signers(text) == ["보령시", "노스힐코리아"]


def test_a_foreign_heads_title_is_no_body_in_a_list_of_signers():
    """'… 코리아 NAME NAME 한국대표, ㈜B NAME 대표가 서명했다': '한국대표' is the head's title."""
    text = (
        "이날 협약식에는 심재우 보령시장과 블루웨일 에너지(BlueWhale Energy) 코리아 에릭 슈만 한국대표, "
        "가온풍력㈜ 도한결 대표가 서명했다.\n"
    )
    assert "한국대표" not in signers(text)
    assert "가온풍력㈜" in signers(text)


def test_heads_counted_among_a_long_list_of_attendees_are_no_target():
    """'투자기업 대표 5명과 NAME … 회장, NAME … 회장 등 군민 4개 단체 대표가 자리했다': who came."""
    text = (
        "보령시는 17일 시청에서 해상풍력 투자기업들과 상생협약을 체결했다. 이날 협약식에는 심재우 보령시장을 "
        "비롯해 해상풍력 투자기업 대표 5명과 마동수 보령시 어민회 회장, 길수정 보령시 여성단체협의회 회장, "
        "배문기 보령시 이장협의회 회장 등 시민 4개 단체 대표가 자리했다.\n"
    )
    agreement = extract_text(text, name="page.txt", published=DAY)["articles"][0]["agreements"][0]
    assert (5, "명") not in [(t["value"], t["unit"]) for t in agreement["targets"]]


# --- an institution's regional office called by the institution's short name -------------------------


def test_the_institutions_short_name_stands_for_the_office_the_article_is_about():
    """'한국산업단지공단 호남지역본부는 …' then '산단공과 9개사는 … 협약을 맺고': the office signs, and
    the photo's credit to the institution does not make the institution a body of the text."""
    text = (
        "한국산업단지공단 호남지역본부는 하남산단 입주기업 등 9개사와 청년 채용 사업을 함께 펼친다고 "
        "14일 밝혔다.\n\n"
        "산단공과 9개사는 이날 업무협약을 맺고 사업에 들어갔다. (사진=한국산업단지공단)\n\n"
        "구민성 산단공 호남지역본부장은 \"채용을 늘리겠다\"고 말했다.\n"
    )
    assert signers(text) == ["한국산업단지공단 호남지역본부", "9개사"]
    assert ("구민성", "호남지역본부장", "한국산업단지공단 호남지역본부") in people_of(text)


def test_the_institution_named_alone_in_the_text_keeps_its_short_name():
    """Guard: where the text names the institution itself, its short name is the institution."""
    text = (
        "한국산업단지공단과 가온시는 14일 업무협약을 맺었다. 한국산업단지공단 호남지역본부가 실무를 맡는다. "
        "산단공은 채용을 돕는다.\n"
    )
    assert signers(text) == ["한국산업단지공단", "가온시"]


def test_a_branchs_head_is_not_given_the_branch_twice():
    """Guard: 'NAME 한전KPS 가온사업소장' where the article's '한전KPS' is that office: the office, once."""
    text = (
        "한국중부발전 가온발전본부와 한전KPS 가온사업소는 9일 가온시청에서 가온시와 에너지 취약세대 지원 "
        "업무협약을 맺었다. 이날 협약식에는 구민성 한전KPS 가온사업소장이 참석했다.\n"
    )
    assert ("구민성", "가온사업소장", "한전KPS 가온사업소") in people_of(text)
