"""General forms the twenty-ninth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, articles_of, signers

PUBLISHED = datetime.date(2026, 3, 10)


def is_agreement(text, published=PUBLISHED):
    return extract_article(text, headline=None, subheadline=None, published=published)[0]


# --- a signing told as the page's news -----------------------------------------------------------------

# a meeting's report that ends on a twinning planned for a month, with no day: a look-alike
PLANNED_FOR_A_MONTH = """누리면은 14일 면사무소에서 마을 이장과 군부대 관계자 30여 명이 참석한 가운데 '한마을 한부대' 간담회를 열었다.

간담회에서는 그동안 이어 온 교류의 성과를 돌아보고 올해 함께할 일을 나눴다.

이에 따라 4월 중에 8개 마을 대표와 부대 지휘관이 함께한 가운데 자매결연 협약을 맺어 교류를 이어 가기로 했다."""

# a committee's meeting about a programme an old pact began: a look-alike
PROGRAMME_OF_A_PACT = """다온시 미래교육지구 실무위원회가 26일 교육지원청 대회의실에서 열렸다.

위원 40여 명이 참석해 내년 사업 방향과 예산 편성 원칙을 논의했다.

미래교육지구 사업은 도교육청과 다온시가 업무협약(MOU)을 맺고 시작한 사업으로, 올해로 4년째 운영되고 있다."""


def test_a_pact_named_further_down_with_no_day_of_its_own_is_no_news_of_a_signing():
    assert not is_agreement(PLANNED_FOR_A_MONTH)
    assert not is_agreement(PROGRAMME_OF_A_PACT)


def test_a_lead_that_tells_a_signing_with_no_day_is_still_news():
    """Guard (passes before the round too): the lead's finite verb tells the signing as the news."""
    text = (
        "가온장학재단은 대학생 주거비 부담을 덜기 위해 나래시 인재육성재단과 '주거 지원 업무협약'을 맺었다.\n\n"
        "협약에 따라 재단은 연합기숙사에 입주한 나래시 출신 학생 30명에게 매달 5만원을 지원한다."
    )
    assert is_agreement(text)
    assert signers("솔빛군은 ㈜가람식품과 '돌봄 협약'을 맺고 성금을 받았다. 회사가 대상자 선정을 맡는다.") == [
        "솔빛군",
        "㈜가람식품",
    ]


def test_a_pact_told_in_the_passive_or_signed_apart_is_a_signing():
    """'… 자매결연이 맺어졌다': the pact as the subject; '… 협정서에 서명하고 …': each head signs the deed."""
    assert is_agreement("가람군과 나루구의 자매결연이 맺어졌다.\n\n두 지역은 앞으로 농산물 직거래와 청소년 체험을 함께 하기로 했다.")
    text = (
        "솔빛시장과 나래군수는 12일 각자의 청사에서 우호협정서에 서명하고 이를 우편으로 주고받았다.\n\n"
        "두 지역은 앞으로 농산물 직거래와 청소년 체험을 함께 하기로 했다."
    )
    assert agreement_of(text, published=PUBLISHED)["signed_on"] == "2026-02-12"


def test_an_investment_deed_signed_with_its_latin_name_is_a_signing():
    """'… 투자합의서(MOA)에 서명했다': the deed, its Latin name, then the verb."""
    text = (
        "독일 단열재 기업 ㈜뮐러하임은 가람도와 12일 도청에서 단열재 공장 투자합의서(MOA)에 서명했다고 밝혔다.\n\n"
        "회사는 2028년까지 1억 달러를 들여 공장을 짓는다."
    )
    assert is_agreement(text)


# --- figures that tell how things stand ----------------------------------------------------------------

HOUSING = """나래군은 12일 군청에서 한빛주택공사와 공공임대주택 건설 협약을 맺었다.

협약에 따라 공사는 2028년까지 나래읍 일대 2만1000㎡에 임대주택 150호를 짓는다.

나래군 인구는 4만1천여 명으로 최근 몇 해 사이 꾸준히 줄었다. 군내 공공임대주택은 모두 380호에 머물러 입주 대기자가 늘고 있다. 종합병원 병상도 모두 240개에 머문다.

단지 지붕에는 태양광 설비 2MW가 들어선다. 이는 지금 군내 공공건물 지붕의 설비를 모두 합친 약 0.5MW의 네 배에 이른다.

이 설비는 700가구(약 1600명)가 한 해 동안 쓰는 전기를 만든다."""


def test_a_places_population_its_stock_a_yardstick_and_a_households_people_are_not_targets():
    from tests.articles import measures

    got = measures(agreement_of(HOUSING, published=PUBLISHED))
    assert {(21000, "㎡"), (150, "호"), (2, "MW")} <= got
    assert not got & {(41000, "명"), (380, "호"), (240, "개"), (0.5, "MW"), (1600, "명"), (700, "가구")}


def test_two_pacts_ended_together_are_no_signing():
    """'… 양해각서(MOU)와 기본협약서(MOA)를 최근 파기했다': the verb that ends them comes after the second."""
    text = (
        "가람 해안휴양단지 결국 무산\n\n"
        "가람군은 ㈜누리헬스와 맺었던 '가람 해안 웰니스 휴양단지' 조성사업 투자유치 양해각서(MOU)와 "
        "기본협약서(MOA)를 최근 파기했다고 16일 밝혔다.\n\n"
        "군과 이 회사는 2020년 9월 MOU를, 이듬해 3월 MOA를 잇따라 체결했다."
    )
    assert not is_agreement(text)


def test_a_northern_branch_is_a_branch_not_a_deputy_governors_title():
    """'OO공단 나래북부지사' ends like '부지사' (a deputy governor) but is the institution's branch."""
    text = (
        "국민연금공단 나래북부지사(지사장 탁경수)와 나래군 솔빛면 능골2리(영농회장 모상철)가 지난 1일 "
        "능골2리 마을회관에서 1사1촌 자매결연식을 열었다."
    )
    assert "국민연금공단 나래북부지사" in signers(text)


# --- parties as the page writes them --------------------------------------------------------------------


def test_a_party_written_after_its_places_keeps_that_form_as_an_alias():
    """'부산 사하구', '울산 울주군 두서면 이장협의회': the page's form beside the name read; a clause's
    conditional ('… 따르면 9개 기업') and a head's title ('NAME 나주시장') are no places."""
    text = (
        "부산 사하구는 전북 진안군과 12일 진안군청에서 우호교류 협정을 맺었다.\n\n"
        "이 자리에는 울산 울주군 두서면 이장협의회도 함께해 협정서에 서명했다."
    )
    parties = {p["name"]: p["aliases"] for p in agreement_of(text, published=PUBLISHED)["parties"]}
    assert "부산 사하구" in parties["사하구"]
    assert "전북 진안군" in parties["진안군"]
    page = "가람군에 따르면 9개 기업은 12일 군청에서 군과 투자협약을 맺었다."
    for party in agreement_of(page, published=PUBLISHED)["parties"]:
        assert not any(alias.startswith("따르면") for alias in party["aliases"])


def test_a_pact_signed_months_before_the_page_is_the_background_of_its_report():
    """'두 기관은 지난 2월 8일 업무협약을 맺은 뒤 …' in a December page: the results meeting is the news."""
    text = (
        "가람청과 누리농협연합회는 지난 19일 누리농협연합회 대강당에서 두 기관 직원 60여 명이 모인 가운데 "
        "'협력사업 성과보고회'를 가졌다.\n\n"
        "두 기관은 지난 2월 8일 업무협약을 맺은 뒤 실무협의회를 이어 가며 올해 협력사업 21개를 함께 추진했다.\n\n"
        "이 가운데 5개 사업은 눈에 띄는 성과를 냈다."
    )
    assert not is_agreement(text, published=datetime.date(2026, 12, 21))
    assert is_agreement(text.replace("지난 2월 8일", "지난 12월 8일"), published=datetime.date(2026, 12, 21))


PORTAL_PAGE = """누리온 뉴스
홈 | 사회 | 경제 | 지역 | 연예 | 스포츠 | 랭킹

부품 2개사, 가람 제2농공단지에 공장 세운다

하서윤 2025. 4. 9. 14:27

가람군은 9일 군청에서 부품 제조업체 2개사와 모두 96억원 규모의 투자협약을 맺었다.

음성으로 듣기
번역 beta
글자 크기 바꾸기  막대를 옮기면 본문 글자 크기가 달라집니다.

이 크기로 보입니다.

(보기) 오늘 들어온 소식을 한곳에서 살펴보세요.

가람 제2농공단지 조성 현장 [누리통신 자료사진]

(가람=누리통신) 하서윤 기자 = 가람군은 9일 군청에서 부품 제조업체 2개사와 모두 96억원 규모의 투자협약을 맺었다.

협약에 이름을 올린 ㈜다온정밀과 솔빛테크㈜는 제2농공단지에 공장을 지어 농기계 부품을 생산할 예정이다.

두 회사는 공장이 가동에 들어가면 모두 41명을 새로 채용하기로 했다."""


def test_a_file_photos_caption_is_no_headline_of_a_second_article():
    """A portal's page: the lead it repeats, its reading widgets and their sample sentence, then a file
    photo's caption ('가람 제2농공단지 조성 현장 [누리통신 자료사진]') above the body: a caption, not the
    headline of a second article."""
    (article,) = articles_of(PORTAL_PAGE, published=datetime.date(2025, 4, 9))
    (agreement,) = article["agreements"]
    assert {p["name"] for p in agreement["parties"] if p["role"] == "party"} >= {"가람군", "㈜다온정밀", "솔빛테크㈜"}


# --- counted signers named after the signing -------------------------------------------------------------


def test_counted_signers_named_later_as_those_on_the_pact_as_who_took_part_or_as_who_attends():
    """'협약에 이름을 올린 A, B, C는 …'; '이번 협약에는 OO면 A마을과 OO면 B마을, … C마을이 참여했다'; '협약식에는
    NAME 군수와 ㈜A(대표 NAME), … ㈜D(대표 NAME) 관계자 등이 자리할 예정이다': each list is the count's members."""
    named = (
        "가람군은 9일 군청에서 식품·부품 제조업체 3개사와 모두 96억원 규모의 투자협약을 맺었다. "
        "협약에 이름을 올린 ㈜다온푸드, 솔빛정밀㈜, ㈜누리텍은 제2농공단지에 공장을 짓는다."
    )
    assert signers(named) == ["가람군", "㈜다온푸드", "솔빛정밀㈜", "㈜누리텍"]
    villages = (
        "가람군은 지난 30일 군청에서 마을만들기 공모에 뽑힌 3개 마을과 업무협약식을 열었다. "
        "이번 협약에는 신암면 별빛마을과 대흥면 솔티마을, 광시면 한우골마을이 참여했다."
    )
    assert signers(villages) == ["가람군", "신암면 별빛마을", "대흥면 솔티마을", "광시면 한우골마을"]
    attending = (
        "가람군은 오는 24일 군청에서 4개 기업과 투자협약을 체결한다고 23일 밝혔다. 협약식에는 하도윤 군수와 "
        "㈜솔빛케미칼(대표 배정록), 해담식품㈜(대표 소은결), ㈜청우메탈(대표 권다휘), ㈜다온이엔지(대표 석민호) "
        "관계자 등이 자리할 예정이다."
    )
    assert signers(attending) == ["가람군", "㈜솔빛케미칼", "해담식품㈜", "㈜청우메탈", "㈜다온이엔지"]


def test_a_branch_written_with_its_bodys_abbreviation_keeps_that_form():
    text = "가람군은 12일 한국토지주택공사(LH) 전북지역본부와 매입임대주택 공급 협약을 맺었다."
    (branch,) = [p for p in agreement_of(text, published=PUBLISHED)["parties"] if p["name"] != "가람군"]
    assert branch["name"] == "한국토지주택공사 전북지역본부"
    assert "한국토지주택공사(LH) 전북지역본부" in branch["aliases"]


def test_a_governor_named_by_the_provinces_short_name_is_a_person_not_a_branch():
    """'NAME 경남지사와 ㈜A 회장이 …': '경남지사' ends like a branch ('OO공단 경남지사') but is the governor."""
    text = "경상남도는 김도윤 경남지사와 ㈜다온 회장이 10일 본사에서 만나 투자협약을 맺었다고 12일 밝혔다."
    agreement = agreement_of(text, published=PUBLISHED)
    assert [p["name"] for p in agreement["parties"]] == ["경상남도", "㈜다온"]
    assert ("김도윤", "경남지사", "경상남도") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


STANDING = """가람군은 12일 군청에서 ㈜다온에너지와 해상풍력 발전단지 조성 투자협약을 맺었다.

협약에 따라 회사는 2030년까지 3200억원을 들여 가람 앞바다에 200MW 규모의 발전단지를 짓고 60명을 고용한다.

가람 화력발전단지의 설비용량은 2400MW로 도 전체 발전설비의 14%를 차지한다. 가람군 인구는 3만여 명으로 10년 사이 4천 명 가까이 줄었다.

발전단지가 해마다 42만MWh의 전기를 판다고 치면 한 해 매출은 900억원 안팎이다. 사업비는 도내 다른 풍력단지 사업비 1000억원보다 세 배 많다.

군 어업인연합회는 회원은 800여 명이다. 협약식 뒤 회사 대표는 주민 150여 명 앞에서 사업 설명회를 열었다."""


def test_figures_that_tell_how_things_stand_are_not_the_pacts():
    """A share held, a change gone by, a supposition, a yardstick, members and an audience: none is
    what the pact makes or spends."""
    from tests.articles import amounts, measures

    agreement = agreement_of(STANDING, published=PUBLISHED)
    assert amounts(agreement) == {320_000_000_000}
    got = measures(agreement)
    assert {(200, "MW"), (60, "명")} <= got
    assert not got & {(2400, "MW"), (4000, "명"), (420000, "MWh"), (800, "명"), (150, "명")}


def test_a_signing_quoted_in_the_lead_and_its_ceremony_attended_are_news():
    """The lead quotes the county ('… "전날 … 협약을 맺었다"고 밝혔다'), a quote no mention counts in; the
    next sentence tells the ceremony as attended ('협약식에는 … 130여명이 자리했다'): the page's news. (A guard:
    it passes before the round, which had no news gate, and fails with the gate if '자리했' is not news.)"""
    text = (
        "가람군이 나래부와 손잡고 농촌 생활권 살리기에 나선다.\n\n"
        "가람군은 지난달 30일 \"전날 세종시의 한 컨벤션센터에서 나래부와 농촌협약을 맺었다\"고 밝혔다.\n\n"
        "협약식에는 나래부 장관과 여운필 가람군수를 비롯해 전국 시·군 관계자 등 130여명이 자리했다.\n\n"
        "이번 협약으로 군은 5년간 국비 280억원을 확보했다."
    )
    assert is_agreement(text, published=datetime.date(2024, 6, 3))


def test_a_head_s_day_column_with_a_signing_ceremony_set_for_the_day_is_its_notice():
    """'[동정] …' lists heads' days; '… 9일 오후 3시 … 업무협약식을 갖는다' is the notice of a signing."""
    text = (
        "▲ 나도윤 가람군수는 9일 오전 10시 군청 상황실에서 확대간부회의를 주재한다.\n"
        "▲ 빈재섭 나래군수는 9일 오후 3시 군청 소회의실에서 (재)누리문화재단과 '강변 달빛예술제' 공동 개최를 위한 "
        "업무협약식을 갖는다.\n"
        "▲ 하서윤 솔빛군수는 9일 오후 2시 읍사무소에서 주민과의 대화에 나선다."
    )
    assert extract_article(text, headline="[동정] 3월 9일 단체장 일정", subheadline=None, published=PUBLISHED)[0]


def test_a_meeting_ahead_of_a_signing_and_a_signing_proposed_are_no_signing():
    """'… 우호교류 협약 체결을 위한 사전 간담회를 열었다', '… 협약을 맺자고 제안했다'."""
    text = (
        "가람군은 21일 군청 대회의실에서 나래구 교류협의회 임원진을 맞아 두 지역 우호교류 협약 체결을 위한 "
        "사전 간담회를 열었다고 밝혔다.\n\n"
        "협의회는 지난 9월 군을 찾았고, 당시 군수는 관광과 직거래 등 여러 분야의 협력을 담은 협약을 맺자고 제안했다.\n\n"
        "양측은 실무 협의를 거쳐 세부 내용을 정하기로 했다."
    )
    assert not is_agreement(text, published=datetime.date(2024, 11, 22))


def test_firms_counted_then_listed_as_those_present_at_the_event():
    """'이 자리에는 NAME 군수와 ㈜A(대표 NAME), … ㈜D(대표 NAME) 관계자 등이 참석한다'."""
    text = (
        "가람군은 오는 15일 군청 상황실에서 솔미농공단지에 들어설 4개 기업과 투자협약을 맺는다고 12일 밝혔다. "
        "이 자리에는 마성록 군수와 ㈜청솔텍(대표 도경만), ㈜유성팜(대표 엄기태), ㈜한울푸드(대표 위순례), "
        "㈜가온팩(대표 진보람) 관계자 등이 참석한다."
    )
    assert signers(text) == ["가람군", "㈜청솔텍", "㈜유성팜", "㈜한울푸드", "㈜가온팩"]


def test_people_of_bodies_that_only_came_are_no_signers_people():
    """'… 구름내마을 NAME 대표와 새터마을 NAME 대표 등 마을 관계자를 합쳐 14명이 자리를 함께했다': guests."""
    text = (
        "가람군은 12일 군청에서 ㈜해온솔라, ㈜그린뜰에너지와 마을 태양광 보급 협약을 맺었다.\n\n"
        "서명은 위성태 가람군수와 ㈜해온솔라 함동진 전무, ㈜그린뜰에너지 남궁혁 대표가 했고, 시범마을인 "
        "구름내마을 탁순례 대표와 새터마을 봉태식 대표 등 마을 관계자를 합쳐 14명이 자리를 함께했다."
    )
    people = {p["name"] for p in agreement_of(text, published=PUBLISHED)["people"]}
    assert {"위성태", "함동진", "남궁혁"} <= people
    assert not people & {"탁순례", "봉태식"}


def test_an_outlines_attendance_with_a_spaced_label_and_an_income_that_will_arise_are_not_the_pacts():
    """'ㅇ 참  석 : 군수 NAME, … 등 20명'; '… 해마다 2억6400만원의 임대 수입이 생길 것으로 내다봤다'."""
    from tests.articles import amounts, measures

    text = (
        "가람군은 24일 군청 상황실에서 솔뫼대학교와 강변 관광자원화 연구용역 협약을 맺었다.\n"
        "ㅇ 참  석 : 군수 표정일, 솔뫼대학교 총장 금영수, 산학협력단장 맹준호 등 20명\n"
        "용역비는 4500만원이며 기간은 10개월이다.\n"
        "군은 연구가 끝나 관광지가 문을 열면 해마다 2억6400만원의 임대 수입이 생길 것으로 내다봤다."
    )
    agreement = agreement_of(text, published=datetime.date(2011, 5, 25))
    assert amounts(agreement) == {45_000_000}
    assert (20, "명") not in measures(agreement)
