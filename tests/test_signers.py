"""Signers as real articles name them (agreements/ingest/signers.py, counted.py and signing.py); fictional names."""

import datetime

from agreements.ingest.article import extract_article


def agreement_of(text, headline=None, published=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=published)
    assert is_agreement
    return agreements[0]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def test_a_sentence_of_the_text_signs_before_a_photo_caption():
    """'NAME 시장(가운데)은 … 체결했다' is a caption; the text's own sentence names the signers."""
    text = (
        "한솔길 가람시장(가운데)은 9일 시청에서 한솔길 가람시장과 기업 대표들이 참석한 가운데 투자협약을 체결했다.\n"
        "가람시는 9일 시청에서 ㈜다온소재와 투자협약을 체결했다."
    )
    assert party_names(text) == ["가람시", "㈜다온소재"]


def test_the_plain_verbs_sign_too():
    """'업무협약(MOU)을 했다' and '투자협약을 가졌다' sign like '체결했다'."""
    assert party_names("가람시는 13일 누리상공회의소와 교류 협력을 위한 업무협약(MOU)을 했다.") == [
        "가람시",
        "누리상공회의소",
    ]
    agreement = agreement_of("누리시는 7일 시청 접견실에서 ㈜다온정밀과 투자협약을 가졌다.", published=None)
    assert [p["name"] for p in agreement["parties"]] == ["누리시", "㈜다온정밀"]
    assert agreement["signed_on_text"] == "7일"


def test_a_bare_title_stands_for_the_articles_own_body():
    """'김 지사는' and 'NAME 지사는' sign for the province the article names ('가람도가 …')."""
    text = (
        "가람도가 수도권 기업 5곳의 투자를 유치했다. "
        "한누리 지사는 8일 도청에서 ㈜다온소재와 투자협약(MOU)을 체결했다."
    )
    assert party_names(text) == ["가람도", "㈜다온소재"]
    text = "가람도는 기업 유치에 나섰다. 김 지사와 ㈜다온소재 대표는 8일 도청에서 투자협약을 체결했다."
    assert "가람도" in party_names(text)


def test_a_counted_group_of_signers_not_named_one_by_one_is_one_party():
    """'도내 6개 시·군 단체장과 14개 기업 대표가 참여한 가운데': a joint signing lists its signers in
    the attendance clause; each counted group is one party, and a head listed with them signs."""
    text = (
        "가람도는 21일 도청에서 한누리 가람도지사와 서하늘 누리시장 등 6개 시·군 단체장과 14개 기업 대표가 "
        "참여한 가운데 3,100억 원 규모의 투자협약을 체결했다."
    )
    assert party_names(text) == ["가람도", "누리시", "6개 시·군", "14개 기업"]


def test_a_counted_group_whose_members_are_all_named_is_no_extra_party():
    """'A, B 2개사와' names both firms: no group party beside them."""
    text = "누리시는 7일 시청에서 ㈜다온정밀, ㈜새솔화학 2개사와 투자협약을 체결했다."
    assert party_names(text) == ["누리시", "㈜다온정밀", "㈜새솔화학"]


def test_a_head_named_with_the_body_they_sign_for_names_the_body():
    """'NAME ORG 대표이사와', 'NAME ORG 부총장이': the body between the name and the title signs."""
    text = "한누리 가람군수와 서하늘 다온 대표이사는 3일 군청에서 투자협약을 체결했다."
    assert party_names(text) == ["가람군", "다온"]
    text = "정바다 누리구청장과 최산들 새솔대 부총장이 2일 포괄적 업무협약을 맺었다."
    agreement = agreement_of(text)
    assert [(p["name"], p["kind"]) for p in agreement["parties"]] == [
        ("누리구", "government"),
        ("새솔대", "university"),
    ]


def test_military_units_are_bodies():
    """'제7기동사단', '제9기갑여단', '육군 가람지원단', '제1234부대' are bodies of the state."""
    text = "가람군은 3일 군청에서 제7기동사단, 제9기갑여단, 제1234부대 등 3개 군부대와 업무협약을 체결한다."
    assert party_names(text) == ["가람군", "제7기동사단", "제9기갑여단", "제1234부대"]


def test_firms_named_where_they_say_what_they_invest_sign_a_joint_investment():
    """'가람도는 … 3개 기업 대표와 합동 투자협약을 체결했다' then '㈜A는 … 원을 들여', 'B는 …원을, C는
    … 원을 투자하기로 했다': each subject of its own investment signs; the count is then named."""
    text = (
        "한누리 지사는 10일 도청에서 3개 기업 대표와 합동 투자협약(MOU)을 체결했다. "
        "부품 업체인 ㈜다온정밀은 2027년까지 120억 원을 들여 공장을 신설한다. "
        "이를 위해 새솔켐은 내년까지 1만 2100㎡에 50억 원을, 금빛테크는 8800㎡에 35억 원을 투자하기로 했다. "
        "도는 이들 기업의 투자로 900억 원의 생산 효과를 기대하고 있다."
    )
    names = party_names(text)
    assert {"㈜다온정밀", "새솔켐", "금빛테크"} <= set(names)
    assert "3개 기업" not in names


def test_a_firm_that_builds_a_plant_of_a_stated_size_is_an_investor():
    """'A는 900억 원을 들여 …을, 새솔켐은 250억 원 규모 …시설을 건립한다': in a sentence of what the firms
    invest, an amount of a plant's size ('규모') names its firm as an investor too."""
    text = (
        "가람시는 11일 유망기업 2곳과 1150억 원 규모의 투자협약을 체결했다. "
        "㈜다온바이오는 900억 원을 들여 의약품 공장을, 새솔켐은 250억 원 규모 냉동장비 생산시설을 건립한다."
    )
    assert {"㈜다온바이오", "새솔켐"} <= set(party_names(text))


def test_a_sum_of_this_years_deals_names_no_investor():
    """'시는 올해 34개사로부터 … 투자 유치 성과를 냈다' and a mayor's words name no firm."""
    text = (
        "누리시는 7일 시청에서 ㈜다온정밀과 투자협약을 체결했다. ㈜다온정밀은 300억 원을 들여 공장을 넓힌다. "
        "한편 누리시는 올해 30개사로부터 9천억 원의 투자 유치 성과를 냈다."
    )
    assert party_names(text) == ["누리시", "㈜다온정밀"]


def test_a_partner_with_its_head_in_brackets_after_a_subject_with_its_head_in_brackets():
    """'가람구(구청장 NAME)가 누리대(총장 NAME)와 … 협약을 체결했다': both sign."""
    text = "가람구(구청장 한누리)가 누리대(총장 서하늘)와 학·관 협력 협약을 지난 12일 체결했다."
    agreement = agreement_of(text)
    assert [(p["name"], p["kind"]) for p in agreement["parties"]] == [
        ("가람구", "government"),
        ("누리대", "university"),
    ]


def test_an_earlier_years_deal_is_not_the_signing_sentence():
    """'지난해 하반기 ㈜A와 50억 원 투자협약을 체결했다' tells an earlier deal: its year is no signing date
    and ㈜A signs nothing here."""
    text = (
        "이날 협약식에는 한누리 가람군수와 ㈜다온푸드 대표이사가 참석했다. ㈜다온푸드는 95억 원을 투자한다. "
        "지난해 하반기 ㈜누리미곡과 50억 원 투자협약을 체결했다."
    )
    agreement = agreement_of(
        text, headline="가람군, ㈜다온푸드와 투자협약", published=datetime.date(2026, 7, 22)
    )
    assert agreement["signed_on"] is None
    assert "㈜누리미곡" not in [p["name"] for p in agreement["parties"]]


def test_a_market_whose_name_ends_like_a_mayors_title_is_no_city():
    """'누리큰시장 상인회와', 'NAME 누리큰시장 상인회장은': the market's traders' body signs and its head
    is a person of it; no city '누리큰시' comes of the name."""
    text = "한누리 가람시장과 서하늘 누리큰시장 상인회장은 3일 전통시장 활성화 업무협약을 체결했다."
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "누리큰시장 상인회"]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("서하늘", "상인회장", "누리큰시장 상인회") in people
