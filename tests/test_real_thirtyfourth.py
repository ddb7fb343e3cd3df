"""General forms the thirty-fourth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`0c701a9`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, amounts, articles_of, measures, page_measures, party_names

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_reporters_other_articles_are_chrome():
    """'기자 다른기사보기' (the reporter's name a link, copied apart or not at all) heads a list of that
    reporter's other news: its figures are not the pact's."""
    body = (
        "가람군, 나래푸드와 투자협약\n\n"
        "가람군은 10일 군청에서 나래푸드와 투자협약을 맺었다고 밝혔다. 나래푸드는 1만2400㎡ 부지에 공장을 짓는다.\n\n"
        "<저작권자 © 가람새소식, 무단전재 및 재배포 금지>\n\n"
    )
    for heading in ("기자 다른기사보기", "하다온 기자 다른기사 보기"):
        page = body + heading + "\n- 가람한우 브랜드 가치 3년 연속 1위\n- 가람군, 전기차 충전소 12곳 추가 설치\n"
        assert page_measures(page, datetime.date(2022, 5, 11)) == {(12400, "㎡")}, heading


def test_a_release_that_answers_a_report_of_a_signing_is_no_signing():
    """'… 보도에 대해 아래와 같이 설명 드립니다' or a '해명자료', saying the reported signing is not set ('협약
    일정 등은 정해진 바 없으며') or not so ('사실이 아님'): a body's answer to a report; nothing was signed."""
    report = (
        "1. 보도 내용\n□ 가람도가 소재 기업 다온케미칼과 1조 원 규모 투자협약(MOU)을 이달 말 체결\n"
        " ㅇ 가람일반산업단지 40만㎡ 부지에 공장을 짓고 800명을 고용\n\n"
    )
    for heading, denial in (
        (
            "◇ 5월 13일 나래경제신문 보도에 대해 아래와 같이 설명 드립니다.",
            " ㅇ 그러나 보도에 언급된 기업과의 투자 규모, 부지, 협약 일정 등은 정해진 바 없음",
        ),
        ("[해명자료] 배터리 소재 투자협약 보도 관련", " ㅇ 다온케미칼과 투자협약을 맺는다는 보도는 사실이 아님"),
        ("가람도 설명자료 - 배터리 소재 투자협약 관련", " ㅇ 투자 규모와 협약 시기 등은 확정된 바 없음"),
    ):
        page = f"{heading}\n\n{report}2. 가람도 입장\n□ 가람도는 여러 기업과 투자 의향을 협의하고 있음\n{denial}\n"
        (article,) = articles_of(page, published=datetime.date(2024, 5, 13))
        assert article["is_agreement"] is False, heading


def test_the_ceremonys_day_told_after_the_news_day_dates_the_signing():
    """'… 맺었다고 15일 밝혔다' then '14일 … 투자협약식이 열렸다', '… 열린 가운데 … 찍고 있다' or '협약식은 14일 …
    치러졌으며': the ceremony's own day, not the news day."""
    for sentence in (
        "14일 가람시청 소회의실에서 과채류 가공사업 투자협약식이 열렸다.",
        "14일 가람시청 소회의실에서 과채류 가공사업 투자협약식이 열린 가운데 참석자들이 기념사진을 찍고 있다.",
        "협약식은 14일 시장 집무실에서 치러졌으며, 관계자들이 자리를 함께했다.",
    ):
        text = "가람시는 ㈜들마루와 과채류 가공공장 투자협약을 맺었다고 15일 밝혔다. " + sentence
        assert agreement_of(text, published=datetime.date(2019, 5, 15))["signed_on"] == "2019-05-14", sentence


def test_news_read_along_with_this_article_is_chrome():
    """'이 기사와 함께 본 뉴스' heads a list of other news: its figures are not the pact's."""
    body = (
        "가람군, 나래푸드와 투자협약\n\n"
        "가람군은 10일 군청에서 나래푸드와 투자협약을 맺었다고 밝혔다. 나래푸드는 1만2400㎡ 부지에 공장을 짓는다.\n\n"
    )
    page = body + "이 기사와 함께 본 뉴스\n- 산단공, 노후 산단 리모델링 사업 5곳 추가 선정\n"
    assert page_measures(page, datetime.date(2022, 5, 11)) == {(12400, "㎡")}


# --- signers ---------------------------------------------------------------------------------------------


def test_a_body_that_signed_too_is_a_signer():
    """'다온신협도 이날 협약서에 서명했다', '1대 주주인 A와 2대 주주인 B도 함께 서명해': bodies told after the
    signing sentence as having signed too."""
    later = (
        "나래시와 ㈜가람테크는 12일 시청에서 투자협약을 맺었다. 자금을 맡아 관리할 다온신용협동조합도 이날 "
        "협약서에 서명했다."
    )
    assert "다온신용협동조합" in party_names(later)
    both = (
        "가람은행과 다온건설 등 투자기업 9곳이 오늘 투자협약서에 서명했습니다.\n"
        "1대 주주인 나래모빌리티진흥원과 2대 주주인 ㈜한울모터스도 함께 서명해, 모두 800억여 원의 자기자본을 모읍니다."
    )
    assert {"나래모빌리티진흥원", "㈜한울모터스"} <= set(party_names(both))


def test_the_signers_listed_after_they_signed_or_joined():
    """'이날 협약에 이름을 올린 업소는 A(대표 NAME), B(대표 NAME)이다', '함께한 4개 기관은 A, B, C, D이다': the
    bodies listed after the words that say they signed."""
    shops = (
        "가람면은 26일 면 안의 가게들과 나눔 협약을 맺었다. 이날 협약에 이름을 올린 업소는 솔빛식당(대표 하지율), "
        "다온제과(대표 변수아), 바른정육점(대표 온태민)이다."
    )
    assert {"솔빛식당", "다온제과", "바른정육점"} <= set(party_names(shops))
    bodies = (
        "가람신용보증재단과 나래혁신도시 4개 공공기관은 14일 공동기금 위탁 업무협약을 맺었다. 함께한 4개 기관은 "
        "가람에너지공사, 나래토지공단, 다온장학재단, 한울정보원이다."
    )
    assert {"가람에너지공사", "나래토지공단", "다온장학재단", "한울정보원"} <= set(party_names(bodies))
    told = (
        "가람시는 12일 관내 11개 기업과 일자리 협약을 맺었다. 도하준 본부장은 \"이번 협약에 함께한 11개 기업은 올해 "
        "안에 신규 인력 50명을 뽑고, 연말에는 정부와 함께 포상도 추진할 것\"이라고 말했다."
    )
    assert "정부" not in party_names(told)


def test_bodies_that_share_the_last_ones_ending():
    """'다온·한빛·누리은행과', '한들·솔뫼·나래·별빛농협과': names written with the ending only on the last
    are each that kind of body ('다온은행', '한빛은행', '누리은행')."""
    banks = "가람시는 12일 시청에서 다온·한빛·누리은행과 소상공인 금융지원 협약을 체결했다."
    assert set(party_names(banks)) == {"가람시", "다온은행", "한빛은행", "누리은행"}
    coops = "가람군은 12일 군청에서 관내 한들·솔뫼·나래·별빛농협과 로컬푸드 판매 업무협약을 맺었다."
    assert set(party_names(coops)) == {"가람군", "한들농협", "솔뫼농협", "나래농협", "별빛농협"}
    whole = "가람군은 12일 군청에서 늘봄신협·한마음신협·새솔신협과 장학기금 협약을 맺었다."
    assert set(party_names(whole)) == {"가람군", "늘봄신협", "한마음신협", "새솔신협"}


# --- people ----------------------------------------------------------------------------------------------


def test_an_events_committee_is_one_body_its_chair_its_head():
    """'(재)2030가람세계수산박람회 조직위원회(이하 조직위원회)와': one body, its legal mark and name before the
    organ's word; 'NAME 조직위원장' is its head."""
    text = (
        "해양수산부는 16일 (재)2030가람세계수산박람회 조직위원회(이하 조직위원회)와 업무협약을 맺었다. 서명식에서 "
        "나태준 해양수산부 장관과 하도윤 조직위원장이 협약서에 서명했다."
    )
    agreement = agreement_of(text)
    committee = "(재)2030가람세계수산박람회 조직위원회"
    assert {p["name"] for p in agreement["parties"]} == {"해양수산부", committee}
    assert ("하도윤", "조직위원장", committee) in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def test_a_title_with_its_particle_is_no_name():
    """'산업통상자원부 장관과 일자리위원회 부위원장 등': '장관과' is a title and its particle, not a person
    named before another body's title."""
    text = (
        "한솔은행과 다온건설 등 투자기업 12곳이 오늘 투자협약서에 서명했습니다.\n"
        "협약식에는 산업통상자원부 장관과 일자리위원회 부위원장 등 정부 인사들이 참석했습니다."
    )
    names = [p["name"] for p in agreement_of(text, published=datetime.date(2021, 3, 9))["people"]]
    assert "장관과" not in names


def test_a_guest_who_spoke_or_came_is_no_signers_person():
    """'… NAME 농협 가람군지부장이 축사를 했다', 'NAME 가람시장도 이 자리를 찾았다': people of bodies that do not
    sign, told giving a guest's speech or coming."""
    speech = (
        "가람농협은 6일 나래농협과 자매결연 협약을 맺었다. 협약식은 가람농협 본점 회의실에서 열렸고, 고명석 "
        "농협 가람군지부장이 축사를 했다."
    )
    came = (
        "대한노인회 가람시지회(지회장 양도복)는 24일 시 노인종합복지관 강당에서 1사1경로당 협약을 맺었다. 하윤석 "
        "가람시장도 이 자리를 찾았다."
    )
    for text, guest in ((speech, "고명석"), (came, "하윤석")):
        assert guest not in {p["name"] for p in agreement_of(text)["people"]}, guest


# --- figures ---------------------------------------------------------------------------------------------


def test_a_sites_price_is_no_budget():
    """'3.3㎡당 분양가가 40만 원대여서', '월 임대료는 120만원': what a site or a room costs, not the pact's money."""
    text = (
        "가람시는 12일 시청에서 ㈜다온글라스와 투자협약을 맺었다. ㈜다온글라스는 가람산단에 640억 원을 들여 공장을 "
        "짓는다. 가람산단은 3.3㎡당 분양가가 40만 원대여서 이웃 산단보다 싸고, 지원센터 사무실의 월 임대료는 120만원이다."
    )
    assert amounts(agreement_of(text)) == {64_000_000_000}


def test_all_there_is_with_a_bracketed_count_is_no_target():
    """'수소충전소는 아직 30곳(82기)뿐이다': how things stand, the bracket between the count and '뿐'."""
    text = (
        "가람시는 12일 ㈜나래수소와 수소버스 보급 업무협약을 체결했다. 회사는 2030년까지 수소버스 600대를 보급한다. "
        "상용차가 들를 수 있는 수소충전소는 아직 30곳(82기)뿐이다."
    )
    assert measures(agreement_of(text)) == {(600, "대")}


def test_a_count_as_of_this_month_is_no_target():
    """'산업용지는 이달 기준 64%가 주인을 찾았다': a statistic as of this month, not the pact's goal."""
    text = (
        "가람군은 12일 ㈜나래정밀과 투자협약을 맺었다. 회사는 2만4천㎡ 부지에 공장을 짓는다. 가람일반산단 산업용지는 "
        "이달 기준 64%가 주인을 찾았다."
    )
    assert measures(agreement_of(text)) == {(24000, "㎡")}


def test_what_a_plant_of_a_class_makes_in_a_year_is_a_target():
    """'8MW급 설비는 한 해 약 6만3천MWh의 전기를 만들어 낸다', '650㎾급 태양광을 갖춰 해마다 74만8600㎾h의 전기를':
    the yearly output of the whole, not a count of things of that class."""
    for sentence, output in (
        ("8MW급 설비는 한 해 약 6만3,000MWh의 전기를 만들어 낸다.", (63000, "MWh")),
        ("4개 단지는 모두 650㎾급 태양광을 갖춰 해마다 74만8600㎾h의 전기를 만들 계획이다.", (748600, "kWh")),
    ):
        text = "가람군은 2일 ㈜햇살에너지와 태양광 발전 업무협약을 맺었다. " + sentence
        assert output in measures(agreement_of(text)), sentence


def test_what_so_many_do_now_is_no_target():
    """'직원 350명이 물티슈를 만들고 있는데': the firm's staff at work now, not the jobs it adds."""
    text = (
        "가람시는 12일 ㈜다온위생과 공장 증설 양해각서를 주고받았다. 다온위생은 가람동 공장에서 직원 350명이 물티슈를 "
        "만들고 있는데, 이번 증설로 150명을 더 뽑는다."
    )
    assert measures(agreement_of(text)) == {(150, "명")}


def test_people_who_filled_the_room_or_flocked_are_no_target():
    """'두 농협 임직원 40여명도 자리를 채웠다', '기업인 등 280여 명이 몰려': who came, not the pact's goal."""
    for sentence in ("이날 두 농협 임직원 40여명도 자리를 채웠다.", "행사장에는 기업인과 투자유치 담당자 등 280여 명이 몰려 상담을 벌였다."):
        text = "가람농협은 12일 나래농협과 자매결연 협약을 맺었다. 두 농협은 해마다 농산물 30톤을 서로 사 준다. " + sentence
        assert measures(agreement_of(text)) == {(30, "톤")}, sentence


def test_what_was_given_in_years_gone_by_is_no_budget():
    """'첫해 31억원을 냈고 지난해에는 47억원을 보탰다': earlier years' payments, not this pact's money."""
    text = (
        "나래발전은 14일 가람군과 지역상생기금 출연 협약을 맺고 올해 18억원을 재단에 출연한다. 나래발전은 2018년 이 "
        "기금에 가장 먼저 돈을 낸 발전사다. 첫해 31억원을 냈고 지난해에는 47억원을 보탰다."
    )
    assert amounts(agreement_of(text)) == {1_800_000_000}


def test_the_size_of_the_one_thing_built_is_a_target():
    """'60세대짜리 아파트를 짓게 된다': the size of the one building, a goal (not '20kW짜리 3개소', each of
    several)."""
    text = "가람군은 12일 나래주택공사와 청년 임대주택 협약을 맺었다. 공사는 가람읍에 60세대짜리 아파트를 짓게 된다."
    assert measures(agreement_of(text)) == {(60, "세대")}


def test_each_ones_part_before_the_whole_is_no_budget():
    """'상생기금 1천500만원(다온농협)과 수리비 800만원(솔뫼농협) 등 모두 2천300만원을 건넸다': each side's part,
    with its giver in brackets, and the whole after them; the whole is the pact's money."""
    text = (
        "가람농협은 6일 본점에서 다온농협, 솔뫼농협과 자매결연을 맺으면서 상생기금 1천500만원(다온농협)과 농기계 "
        "수리비 지원금 800만원(솔뫼농협) 등 모두 2천300만원을 건넸다."
    )
    assert amounts(agreement_of(text)) == {23_000_000}


def test_a_subsidys_caps_are_no_budget():
    """'고용보조금은 2억원까지, 교육훈련·설비보조금은 각각 1억5000만원까지 지원받는다': what a scheme pays at
    most, not the pact's money."""
    text = (
        "가람군은 4일 ㈜솔빛푸드와 투자협약을 맺었다. ㈜솔빛푸드는 가람농공단지에 88억원을 들여 공장을 짓는다. "
        "이 지구에 공장을 짓는 기업은 고용보조금은 2억원까지, 교육훈련·설비보조금은 각각 1억5000만원까지 따로 지원받는다."
    )
    assert amounts(agreement_of(text)) == {8_800_000_000}

