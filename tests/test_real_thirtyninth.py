"""General forms the thirty-ninth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`64ecf01`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of, measures

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_title_in_double_quotes_that_the_verb_takes_is_no_speech():
    """'㈜A와 "… 우호교류 협약(MOU)"을 맺었다': the quotes hold the agreement's title, which the signing
    verb takes; they are not someone's words, so the page reports a signing."""
    page = (
        "가람군, 지역 방송사 누리방송과 우호교류 협약\n"
        "다온뉴스 2022-06-09 15:40\n\n"
        "가람군은 9일 군청 회의실에서 ㈜누리방송과 \"가람 농특산물 홍보를 위한 우호교류 협약(MOU)\"을 맺었다.\n\n"
        "누리방송은 군의 관광지와 특산물을 방송으로 알리기로 했다.\n"
    )
    curly = page.replace('"가람', "“가람").replace('협약(MOU)"을', "MOU”를")  # '“… 우호교류 MOU”를 맺었다'
    for text in (page, curly):
        (article,) = articles_of(text, published=datetime.date(2022, 6, 9))
        assert article["is_agreement"]
        (agreement,) = article["agreements"]
        assert agreement["signed_on"] == "2022-06-09"
        assert {p["name"] for p in agreement["parties"]} == {"가람군", "㈜누리방송"}


def test_a_widgets_mark_left_after_the_leads_end_leaves_the_lead_a_sentence():
    """'… 협약을 체결했다고 밝혔다.     ㆍ': the stray mark after the lead's full stop does not make the lead a
    subheadline under a photo's caption taken for the headline, and the page still reports the signing."""
    page = (
        "주메뉴 바로가기 본문 바로가기\n\n"
        "가람·나래, 상생발전 협약 맺어\n\n"
        "문다온 기자 입력 2019.06.14 10:32\n\n"
        "관광·일자리 함께 키운다\n\n"
        "가람군이 지난 13일 나래시청에서 나래시와 '상생발전을 위한 협약'을 체결하고 있다. 가람군 제공\n\n"
        "가람군은 지난 13일 나래시청 대회의실에서 나래시와 '상생발전을 위한 협약'을 체결했다고 밝혔다.     ㆍ\n\n"
        "이번 협약은 두 지역의 교류를 넓히자는 취지로 마련됐다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 6, 14))
    assert article["is_agreement"]
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"가람군", "나래시"}


def test_a_twinning_agreed_on_for_next_year_is_no_signing():
    """'시는 … A시와 내년 가을, … 자매도시 결연을 맺는 데 뜻을 모으는 성과를 거뒀다': agreed on as a goal with
    no day set, nothing signed."""
    page = (
        "가람시, 미국 도시와 내년 자매도시 격상 합의\n"
        "누리저널 문가온 기자 | 2019.08.23 15:12:06\n\n"
        "전북 가람시는 지난 13일부터 21일까지 우호협력도시인 미국 나래시를 찾았다고 밝혔다.\n\n"
        "시는 이번 방문에서 나래시와 내년 가을, 한 단계 높은 관계인 자매도시 결연을 맺는 데 뜻을 모으는 성과를 거뒀다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 8, 23))
    assert not article["is_agreement"]


def test_the_day_before_with_no_day_of_the_news_told_is_the_day_before_the_pages_own():
    """'A군과 B가 전날 오후 … 협약을 체결했다' under '입력 2022.11.24', no day of the news told: the 23rd.
    A day of the news ('… 체결했다고 25일 밝혔다') still counts from that day."""
    page = (
        "가람군, 나래배구단과 우호 교류협약\n\n"
        "기자명 문하진 기자   입력 2022.11.24 14:10   댓글 0\n\n"
        "전북 가람군과 나래배구단이 전날 오후 대전 충무체육관에서 우호협력 교류협약을 체결했다.\n\n"
        "두 기관은 체육·관광 분야에서 교류를 넓히기로 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2022, 11, 24))
    assert article["agreements"][0]["signed_on"] == "2022-11-23"
    told = page.replace("체결했다.", "체결했다고 25일 밝혔다.")
    (article,) = articles_of(told, published=datetime.date(2022, 11, 25))
    assert article["agreements"][0]["signed_on"] == "2022-11-24"


def test_an_earlier_years_deal_the_signing_follows_gives_neither_its_day_nor_its_partner():
    """'시는 지난 2006년 4월 중국 A시와 자매결연을 맺은 데 이어 15일 미국 B시와 …을 맺었다': the signing is the
    second, on the 15th, with B시 alone."""
    for earlier, verb in (("지난 2006년 4월", "체결한"), ("지난해 4월", "맺은"), ("지난해 4월", "체결한")):
        page = (
            "가람시, 미국 나래시와 자매결연\n"
            "2009-10-16 10:20\n\n"
            f"가람시는 {earlier} 중국 장쑤성 양저우시와 자매결연을 {verb} 데 이어 15일 미국 캔자스주 나래시와 "
            "자매결연을 맺었다.\n"
        )
        (article,) = articles_of(page, published=datetime.date(2009, 10, 16))
        (agreement,) = article["agreements"]
        assert agreement["signed_on"] == "2009-10-15"
        assert {p["name"] for p in agreement["parties"]} == {"가람시", "나래시"}


def test_partners_joined_by_a_middle_dot_before_each_sign_an_agreement_each():
    """'A시가 강원 B군·C군과 각각 … 업무협약을 체결한다': one pact with each county, as with commas."""
    page = (
        "수원시, 화천·양구와 잇따라 상생 협약\n"
        "기사입력 : 2024년06월11일 08:10\n\n"
        "수원시가 11일 강원특별자치도 화천군·양구군과 각각 상생 교류 업무협약을 체결한다고 밝혔다.\n\n"
        "시장은 이날 오전 화천군청을, 오후에는 양구군청을 찾아 협약서에 서명한다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 6, 11))
    pacts = [{p["name"] for p in agreement["parties"]} for agreement in article["agreements"]]
    assert pacts == [{"수원시", "화천군"}, {"수원시", "양구군"}]
    assert {agreement["signed_on"] for agreement in article["agreements"]} == {"2024-06-11"}


def test_a_photos_caption_opened_by_its_mark_yields_to_the_bodys_signing_sentence():
    """'▲ NAME 군수와 NAME 회장이 26일 … 투자협약을 체결했다' above the body: a photo's caption, dated like the
    body's own sentence, which tells the signing ('㈜A(대표 NAME), (사)B(회장 NAME)와 각각 투자협약을 맺었다')."""
    page = (
        "고성군, 목재 업체·사료협회와 투자협약\n\n"
        "문가온 기자 | 승인 2018.04.12 16:20\n\n"
        "▲ 하도윤 고성군수와 남기표 (사)한국사료연구협회 회장이 12일 고성군청에서 투자협약을 체결했다.\n\n"
        "고성군이 12일 군청 소회의실에서 ㈜솔바람목재(대표 이수린), (사)한국사료연구협회(회장 남기표)와 "
        "각각 투자협약을 맺었다.\n\n"
        "㈜솔바람목재는 일반산업단지 4,210㎡ 부지에 31억원을 들여 공장을 짓는다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2018, 4, 12))
    pacts = [{p["name"] for p in agreement["parties"]} for agreement in article["agreements"]]
    assert pacts == [{"고성군", "㈜솔바람목재"}, {"고성군", "(사)한국사료연구협회"}]


# --- signers ---------------------------------------------------------------------------------------------


def test_bodies_each_after_a_bullet_that_take_part_are_signers():
    """'이번 협약에는 시와 A, B와 함께 △C △D △E 등이 참여했다' and, in a sentence of their own, '또 △F △G △H
    등도 협약에 이름을 올렸다': each bulleted body signs, whatever its ending."""
    page = (
        "나래공업고 지역 특성화고 도전…기관 20곳 힘 보태\n"
        "송고 2024.07.02 15:10\n\n"
        "보령시는 2일 시청 회의실에서 충청남도교육청 등 지역 기관·단체와 나래공업고 지원을 위한 업무협약을 맺었다고 밝혔다.\n\n"
        "이번 협약에는 시와 도교육청, 나래공업고와 함께 △근로복지공단 보령지사 △가람신용협동조합 "
        "△보령청년일터협회 등이 참여했다.\n\n"
        "또 ▲한솔은행 보령지점 ▲다온증권 대천센터 ▲㈜미르테크 등도 협약에 이름을 올렸다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 7, 2))
    (agreement,) = article["agreements"]
    names = {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert {"근로복지공단 보령지사", "가람신용협동조합", "보령청년일터협회"} <= names
    assert {"한솔은행 보령지점", "다온증권 대천센터", "㈜미르테크"} <= names
    consonant = page.replace("나래공업고와 함께", "나래공업고, 보령교육지원청과 함께")
    (article,) = articles_of(consonant, published=datetime.date(2024, 7, 2))
    assert "근로복지공단 보령지사" in {p["name"] for p in article["agreements"][0]["parties"]}
    phrases = page.replace("△보령청년일터협회", "△시내 청년 창업가들이 모여 꾸린 새내기 모임")
    (article,) = articles_of(phrases, published=datetime.date(2024, 7, 2))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert "가람신용협동조합" not in names  # a list with a phrase in it is no list of bodies


def test_the_council_of_a_government_that_signs_named_by_its_chair_is_a_guest():
    """'이날 조인식에는 NAME 가람군수와 NAME 나래구청장, NAME 가람군의회 의장, NAME 나래구의회 의장 등 80여 명이
    자리해 협정서에 서명하고': the councils of the two that sign came as guests."""
    page = (
        "가람군, 나래구와 자매결연\n"
        "2016-05-02\n\n"
        "가람군(군수 고재민)과 나래구(구청장 유태호)는 지난달 29일 가람군청 상황실에서 자매결연 협정 조인식을 가졌다.\n\n"
        "이날 조인식에는 고재민 가람군수와 유태호 나래구청장, 위성민 가람군의회 의장, 남궁혜 나래구의회 의장 등 "
        "80여 명이 자리해 협정서에 나란히 서명하고 기념패를 주고받았다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2016, 5, 2))
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"가람군", "나래구"}
    councils = (  # the councils' own twinning, their chairs signing
        "가람군의회, 나래구의회와 자매결연\n"
        "2016-05-02\n\n"
        "위성민 가람군의회 의장과 남궁혜 나래구의회 의장은 지난달 29일 가람군의회 본회의장에서 자매결연 협정서에 "
        "서명했다.\n"
    )
    (article,) = articles_of(councils, published=datetime.date(2016, 5, 2))
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"가람군의회", "나래구의회"}


def test_a_name_right_after_a_heads_title_is_a_person_not_a_signer():
    """'OO진흥원 원장 NAME과 OO대학교 산학협력단 단장 NAME은 … 체결하였다': each name after its title is the head,
    not a body listed with the signers."""
    page = (
        "가람기술진흥원, 나래대와 기술사업화 협약\n"
        "2013-05-06\n\n"
        "가람기술진흥원 원장 최재형과 나래대학교 산학협력단 단장 문기석은 이달 3일 진흥원에서 기술사업화 업무협약을 "
        "체결하였다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2013, 5, 6))
    (agreement,) = article["agreements"]
    assert {p["name"] for p in agreement["parties"]} == {"가람기술진흥원", "나래대학교 산학협력단"}
    assert {p["name"] for p in agreement["people"]} == {"최재형", "문기석"}


def test_bulleted_bodies_counted_after_the_sort_of_the_last_ones_are_signers():
    """'협약에는 △A △B(회장 NAME) △C공업고·D정보고 등 도내 직업계고 3곳이 참여했다': each bulleted body signs, and
    each school of the last bullet (a bullet's name with a dot inside stays one body)."""
    page = (
        "가람도교육청, 산단 기업·직업계고와 다자간 협약\n"
        "2021.09.07 16:20\n\n"
        "가람도교육청은 7일 도교육청 대회의실에서 직업계고 학생들의 현장실습을 위한 다자간 업무협약을 체결했다.\n\n"
        "협약에는 △가람도교육청 △나래산단기업협의회(회장 구민재) △가람관광·레저협회 △가람한결공업고·나래푸른정보고 "
        "등 도내 직업계고 3곳이 참여했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2021, 9, 7))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert {"나래산단기업협의회", "가람한결공업고", "나래푸른정보고", "가람관광·레저협회"} <= names  # (one body, a dot in its name)


def test_firms_each_with_its_head_told_apart_by_where_they_invest_then_counted_are_signers():
    """'가람군에 투자하는 A(대표 NAME)과 나래군에 투자하는 B(대표 NAME), C(대표 NAME) 등 3개 업체와 … 투자협약을
    맺었다': as many firms with their heads in brackets as the count, each a signer."""
    page = (
        "경북도, 3개 업체와 120억 투자협약\n"
        "입력2015.04.08 10:21:07\n\n"
        "경북도는 7일 도청 회의실에서 영천시에 투자하는 가온산업(대표 한지석)과 의성군에 투자하는 다솜원(대표 "
        "배다인), 리하루트(대표 서민규) 등 3개 업체와 120억원 규모의 투자협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2015, 4, 8))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert {"가온산업", "다솜원", "리하루트"} <= names


def test_public_hospitals_written_with_the_ending_only_on_the_last_each_sign():
    """'가람도와 새빛·동녘·솔내의료원은 … 협약을 맺었다': three public hospitals, each a signer."""
    page = (
        "가람도·도내 의료원 3곳, 군 장병 진료 돕는다\n"
        "2022-05-04 10:20\n\n"
        "가람도와 새빛·동녘·솔내의료원은 3일 육군 제93보병사단과 의료서비스를 제공하는 내용의 업무협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2022, 5, 4))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert {"새빛의료원", "동녘의료원", "솔내의료원"} <= names and "새빛" not in names


def test_co_ops_named_by_their_kind_written_apart_are_no_signers():
    """'A농협과 B농협이 … 도시 농협과 농촌 농협이 함께 꾸리는 공동사업 협약을 맺었다': the kinds, no names."""
    page = (
        "도시농협-농촌농협 손잡아\n"
        "2024-03-08 10:20\n\n"
        "울산 다온농협과 경남 함양 새솔농협이 최근 다온농협 본점에서 도시 농협과 농촌 농협이 함께 꾸리는 공동사업 "
        "협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 3, 8))
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"다온농협", "새솔농협"}


def test_a_firm_right_after_what_it_makes_is_the_partner():
    """'… 건강기능식품을 만들어 약국에 공급하는 A와 투자협약을 했다': the word after what the firm makes is the
    firm, whatever Kiwi makes of an unknown name."""
    for verb, firm, particle in (("만드는", "초록담", "과"), ("생산하는", "초록담", "과"), ("공급하는", "하루미", "와")):
        page = (
            "가람군, 건강기능식품 업체와 투자협약\n"
            "2024-01-19 10:20\n\n"
            f"가람군은 18일 홍삼 농축액 등 건강기능식품을 {verb} {firm}{particle} 투자협약을 했다.\n"
        )
        (article,) = articles_of(page, published=datetime.date(2024, 1, 19))
        assert {p["name"] for p in article["agreements"][0]["parties"]} == {"가람군", firm}


def test_a_heads_own_firm_in_the_bracket_after_his_body_is_no_signer():
    """'A연대(회장 NAME B신문 대표, 이하 …)가 … 협약을 맺었다': the bracket tells who heads the body before it
    and what firm he runs; that firm does not sign."""
    page = (
        "가람시, 지역언론협의회와 상권 살리기 협약\n"
        "2018-11-05 10:20\n\n"
        "가람시와 참지역언론협의회(회장 윤미영 나래신문 대표, 이하 참언협)가 지난달 29일 골목상권을 살리기 위한 "
        "업무협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2018, 11, 5))
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"가람시", "참지역언론협의회"}


# --- figures ---------------------------------------------------------------------------------------------


def test_a_count_of_items_or_departments_names_its_unit():
    """'우수 농산물 48개 품목을 공급한다', '모두 5개 학과가 새로 생긴다': the noun after '개' is the unit."""
    page = (
        "가람군, 나래공사와 지역 농산물 공급 협약\n"
        "2022-03-02 10:20\n\n"
        "가람군은 2일 나래공사와 지역 농산물 공급 협약을 맺었다. 군은 다음 달부터 우수 농산물 48개 품목을 "
        "공급한다. 이에 따라 지역 대학에 모두 5개 학과가 새로 생긴다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2022, 3, 2))
    assert {(48, "품목"), (5, "학과")} <= measures(article["agreements"][0])


def test_the_schools_that_take_part_counted_are_no_target():
    """'이날 협약에 참여한 학교는 초등학교 3개교와 중학교 5개교 등 모두 8개교다': the signers counted, no goal."""
    page = (
        "가람재단, 초·중학교 8개교와 진로체험 협력\n"
        "2023-04-05 10:20\n\n"
        "가람청소년재단은 4일 지역 학교들과 진로체험 협약을 맺었다. 이날 협약에 참여한 학교는 초등학교 3개교와 "
        "중학교 5개교 등 모두 8개교다. 재단은 해마다 학생 400명에게 진로체험을 제공한다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2023, 4, 5))
    assert measures(article["agreements"][0]) == {(400, "명")}
