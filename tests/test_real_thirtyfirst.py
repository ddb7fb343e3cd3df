"""General forms the thirty-first round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`c64cc92`); where a test covers several rules, each was checked to be needed."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, amounts, articles_of, measures, people_of, signers

PUBLISHED = datetime.date(2026, 3, 10)


def is_agreement(text, published=PUBLISHED):
    return extract_article(text, headline=None, subheadline=None, published=published)[0]


# --- a signing page or a mention --------------------------------------------------------------------------


def test_a_pact_of_last_year_told_before_what_came_of_it_is_no_signing():
    """'가람시는 지난해 11월 ㈜A와 … 협약을 체결한 뒤 … 이달 10일부터 매달 … 공급하게 됐다': the day is where the
    supply starts, not the pact's; the pact is last year's, the news what came of it."""
    text = (
        "가람시 농산물, 급식기업 ㈜한솔에 매달 공급\n\n"
        "가람시는 지난해 11월 ㈜한솔과 농산물 공급 업무협약을 체결한 뒤 이달 10일부터 매달 농산물을 공급하게 됐다.\n\n"
        "품목은 사과와 감자 등이다."
    )
    assert not is_agreement(text, published=datetime.date(2020, 8, 11))


def test_the_years_deals_told_with_only_are_a_tally():
    """'군은 올 한 해에만 … 21개사와 투자협약을 맺었고, 이 가운데 …': the year's deals counted, no signing."""
    text = (
        "나래군은 올해 도내 18개 시·군 가운데 투자유치 최우수 지자체로 뽑혔다고 18일 밝혔다. 군은 올 한 해에만 "
        "식품 가공 관련 기업 21개사와 투자협약을 맺었고, 이 가운데 12개사로부터 936억원의 투자를 이끌어냈다."
    )
    assert not is_agreement(text, published=datetime.date(2018, 12, 18))


def test_a_pact_of_some_months_back_told_after_a_follow_up_meeting_is_no_signing():
    """A lead that tells of a working meeting, then '가람군은 지난 9월 24일 나래구와 우호교류 협약을 맺고 …' in a
    mid-November page: the pact the meeting follows up."""
    text = (
        "가람군은 나래구청에서 나래구와 우호교류 협약 이후 상생 방안을 찾기 위한 실무협의를 열었다고 13일 밝혔다.\n\n"
        "가람군은 지난 9월 24일 나래구와 우호교류 협약을 맺고 농산물 공급과 관광 홍보에 힘을 모으기로 했다.\n\n"
        "협의에서는 직거래장터를 다달이 열기로 했다."
    )
    assert not is_agreement(text, published=datetime.date(2020, 11, 13))
    recent = text.replace("지난 9월 24일", "지난 10월 30일")
    assert is_agreement(recent, published=datetime.date(2020, 11, 13))


def test_an_anchors_scene_setting_before_the_signing_is_no_critique():
    """'작은 농촌 군이 버티려면 가까운 대도시와 손을 잡아야 한다는 목소리가 커지고 있습니다. 가람군과 나래시가 …
    협약을 맺었습니다': a broadcast's anchor sets the scene; the next sentence is the news. A lead of criticism
    with no signing after it stays a critique."""
    script = (
        "작은 농촌 군이 버티려면 가까운 대도시와 손을 잡아야 한다는 목소리가 커지고 있습니다.\n"
        "충북 단양군과 대전시가 두 지역이 함께 크자는 상생협력 협약을 맺었습니다.\n\n"
        "두 지역은 농산물 직거래를 늘리기로 했습니다."
    )
    assert is_agreement(script, published=datetime.date(2019, 9, 5))
    critique = (
        "시가 맺은 투자협약이 실제 투자로 이어지지 않는다는 목소리가 커지고 있다.\n\n"
        "시는 지난 3년간 40여 개 기업과 협약을 맺었지만 공장을 지은 곳은 6곳뿐이다."
    )
    assert not is_agreement(critique, published=datetime.date(2019, 9, 5))


# --- signing days ----------------------------------------------------------------------------------------


def test_the_news_day_told_with_its_month_or_by_a_body_with_its_head_dates_the_signing():
    """'… 협약을 체결했다고 3월 21일 밝혔다', '… 협약을 맺었다고 한국농수산식품유통공사 가람지역본부(본부장 NAME)가
    11일 밝혔다': the news day stands for the signing, its month written or its teller named with a head."""
    month = (
        "해양수산부는 공모로 고른 대학들과 '해양안전 인력 양성 협력약정'을 체결했다고 3월 21일 밝혔다.\n\n"
        "약정 기간은 2년이다."
    )
    assert agreement_of(month, published=datetime.date(2024, 3, 22))["signed_on"] == "2024-03-21"
    teller = (
        "가람군, 나래농협과 함께 귀리를 계약재배로 사들이기로 하는 협약을 맺었다고 "
        "한국농수산식품유통공사 가람지역본부(본부장 김갑동)가 11일 밝혔다."
    )
    assert agreement_of(teller, published=datetime.date(2016, 3, 11))["signed_on"] == "2016-03-11"


def test_next_year_before_a_signing_told_as_done_is_no_signing_day():
    """'… 내년 6억 원 절감 기대 - NAME … 협약을 맺었다고 29일 밝혔다' (a page pasted as one line): next year is the
    saving's, not the signing's; the news day stands for it."""
    text = (
        "가람시, 재활용 업체와 폐목재 무상 처리 협약 - 내년 6억 원 절감 기대 - 가람시(시장 배정우)는 관내 재활용 "
        "업체 한솔리사이클(주)와 폐목재를 무상으로 처리하는 협약을 맺었다고 29일 밝혔다."
    )
    assert agreement_of(text, published=datetime.date(2022, 12, 29))["signed_on"] == "2022-12-29"


def test_a_ceremony_named_before_its_day_dates_the_signing():
    """"가람공단과 나래연합회가 손을 잡았다. 두 기관의 '… 업무협약' 체결식은 지난 12월 20일 … 열렸다": the
    ceremony's day, told after it is named."""
    text = (
        "가람공단과 나래연합회가 어촌 태양광을 늘리려고 손을 잡았다.\n\n"
        "두 기관의 '어촌 태양광 보급 업무협약(MOU)' 체결식은 지난 12월 20일 나래연합회 본관에서 열렸다."
    )
    assert agreement_of(text, published=datetime.date(2016, 12, 26))["signed_on"] == "2016-12-20"


def test_a_photo_caption_told_as_one_above_the_byline_is_no_article_of_its_own():
    """A page's headline, its photo's caption ('… 결연식을 마친 뒤 단체 사진을 찍고 있다.') and then the byline's
    bullets: the caption is no body, so the byline heads the article and the page is one article."""
    page = (
        "가람신문\n뉴스  행정  경제\n\n"
        "16개 기업 16개 마을 '1사 1촌' 결연\n"
        "나래면, 기업·마을 합동 결연식…직거래 장터 약속\n\n"
        "나래면 주민과 기업 관계자들이 '1사 1촌' 결연식을 마친 뒤 단체 사진을 찍고 있다.\n\n"
        "  • 서도윤 기자\n  • 승인 2022.07.11 09:35\n  • 댓글 0\n\n"
        "가람군 나래면(면장 탁민호)이 지난 8일 나래면 다목적회관에서 기업과 마을을 잇는 1사1촌 자매결연 협약식을 열었다.\n\n"
        "결연한 기업과 마을은 일손 돕기와 직거래 장터로 교류한다."
    )
    (article,) = articles_of(page, published=datetime.date(2022, 7, 11))
    assert article["is_agreement"]
    assert article["agreements"][0]["signed_on"] == "2022-07-08"


# --- signers ---------------------------------------------------------------------------------------------


def test_firms_counted_by_their_trade_are_a_group_and_a_list_told_with_where_they_are_names_them():
    """'국내 3개 여행사와 … 맺었다': firms counted by their trade ('여행사', '건설사') are a counted group; the
    partners told after it with where they are based ('협약 상대는 서울과 부산에 본사를 둔 A, B, C 등 3곳이다')
    are the signers, and their count is no target."""
    counted = "나래군은 8일 군청에서 국내 3개 여행사와 관광객 유치 업무협약을 맺었다.\n\n군은 관광객 1명마다 장려금을 준다."
    assert signers(counted) == ["나래군", "국내 3개 여행사"]
    named = counted + "\n\n협약 상대는 대전과 광주에 본사를 둔 솔길투어, 가온여행사, 미담트래블 등 3곳이다."
    agreement = agreement_of(named)
    assert [p["name"] for p in agreement["parties"]] == ["나래군", "솔길투어", "가온여행사", "미담트래블"]
    assert measures(agreement) == set()


def test_a_counted_group_between_its_members_or_with_their_list_in_brackets_signs():
    """'가람시와 솔뫼대학교 등 지역 4개 대학 간의 업무협약이 체결됐다': the group counted 'between' them signs;
    '장터 5개 상인·주민단체(A·B·…)와': bodies of two sorts counted, their list in brackets; where they are
    from is part of the group's name ('가람장터 …', '농산업 분야 전국 5개 기업'), a vague '여러 분야' not."""
    between = (
        "가람시와 솔뫼대학교 등 지역 4개 대학 간의 상생협력 업무협약이 15일 시청에서 체결됐다.\n\n"
        "협약에 따라 대학은 시설을 시민에게 연다."
    )
    assert "지역 4개 대학" in signers(between)
    assert measures(agreement_of(between)) == set()
    bracket = (
        "가람장터축제추진위원회는 지난 9일 가람장터 3개 상인·주민단체(가람장터번영회·가람상가조합·새터 2구 주민회)와 "
        "축제 협력 양해각서를 주고받았다."
    )
    assert "가람장터 3개 상인·주민단체" in signers(bracket)
    trade = "누리대학교 산학협력단은 3일 농산업 분야 전국 3개 기업(㈜들녘, 한빛팜 등)과 가족회사 협약을 맺었다."
    assert "농산업 분야 전국 3개 기업" in signers(trade)
    vague = "누리시는 3일 여러 분야 9개 제조기업과 투자협약을 맺었다."
    assert "9개 제조기업" in signers(vague)


def test_a_memorandum_handed_over_is_a_signing():
    """'… 양해각서(MOU)를 주고받았다': the signed copies exchanged, as '교환했다'."""
    text = (
        "가람장터축제추진위원회는 지난 9일 가람장터 상인회관에서 가람장터번영회와 축제 협력 양해각서(MOU)를 주고받았다.\n\n"
        "양해각서에 따라 번영회는 축제 기간 점포를 정리한다."
    )
    assert is_agreement(text)


def test_a_county_that_tells_of_pairs_twinning_is_no_signer_and_the_pairs_listed_after_are():
    """'가람군은 지난 11일 군청 소회의실에서 2개 기업과 2개 마을이 서로 돕자는 뜻을 담아 … 맺었다고 15일
    밝혔다': the county only tells of it, a day, a place and the pairs' aim between; '이날 결연한 짝은 가람면
    농공단지에 입주해 있는 ㈜A(대표 NAME)와 가람면 B마을(이장 NAME), 그리고 C와 D마을이다': the pairs,
    where one is based told before its name."""
    text = (
        "전남 가람군은 지난 11일 군청 소회의실에서 2개 기업과 2개 마을이 서로 돕고 함께 크자는 뜻을 담아 "
        "'1사1촌 자매결연'을 맺었다고 15일 밝혔다.\n\n"
        "이날 한자리에서 결연한 짝은 가람면 농공단지에 입주해 있는 ㈜솔빛푸드(대표 김갑동)와 가람면 솔내마을(이장 이을순), "
        "그리고 한빛수산 영어조합법인(대표 박병철)과 가람면 갯마을(이장 최정숙)이다.\n\n"
        "군은 결연이 이어지도록 교류 행사를 돕는다."
    )
    assert signers(text) == ["㈜솔빛푸드", "가람면 솔내마을", "한빛수산 영어조합법인", "가람면 갯마을"]


def test_firms_counted_at_the_signing_are_named_where_their_heads_came_to_it():
    """'㈜A 등 3개사와 투자협약을 맺었다' then '이 자리에는 NAME 시장, ㈜A NAME 대표이사, B㈜ NAME 대표이사, ㈜C NAME
    대표이사가 나왔으며': the firms the count left unnamed, named where their heads came ('이 자리에는', '나왔다')."""
    text = (
        "경북 가람시는 22일 도청에서 ㈜대명 등 3개사와 투자협약을 맺었다.\n\n"
        "이 자리에는 노승빈 시장, ㈜대명 김호경 대표이사, 청솔산업㈜ 박재운 대표이사, ㈜그린팩 서민규 대표이사가 "
        "나왔으며, 3개사는 모두 870억원을 들인다."
    )
    assert signers(text) == ["가람시", "㈜대명", "청솔산업㈜", "㈜그린팩"]


def test_a_twinning_ceremony_named_in_quotes_signs_and_a_bare_county_before_a_co_op_is_where_it_is():
    """"전남 완도 A농협(조합장 NAME)과 전남 보성 B농협(조합장 NAME)이 11일 … '… 자매결연식'을 열었다": a quoted
    twinning ceremony held is a signing; the county written bare before a co-op is where it is, no signer."""
    text = (
        "전남 완도 보길다온농협(조합장 김갑동)과 전남 보성 늘봄농협(조합장 이을순)이 11일 가람연수원에서 "
        "'섬과 도시가 함께 걷는 자매결연식'을 열었다.\n\n결연은 서로 판로와 산지를 채워 주자는 취지다."
    )
    assert is_agreement(text, published=datetime.date(2020, 5, 12))
    assert signers(text) == ["보길다온농협", "늘봄농협"]


def test_a_heads_bracket_written_apart_from_its_body_names_the_body_and_its_head():
    """'삼봉정공 (대표 NAME)': a space before the head's bracket, as pasted pages have it, still names the firm
    and its head (as a space inside it, '㈜다온케미칼( 대표 NAME)', did already)."""
    text = (
        "가람군은 9일 새터골마을(이장 채형식)과 ㈜그린텍(대표 오민규), 삼봉정공 (대표 하태준), ㈜다온케미칼( 대표 여승훈)과 "
        "1사1촌 자매결연을 맺었다."
    )
    (article,) = articles_of(text, published=datetime.date(2020, 1, 10))
    (agreement,) = article["agreements"]
    assert "삼봉정공" in [p["name"] for p in agreement["parties"]]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert {("하태준", "대표", "삼봉정공"), ("여승훈", "대표", "㈜다온케미칼")} <= people


def test_a_partner_named_by_its_sort_in_the_lead_is_the_body_whose_head_came_to_the_ceremony():
    """'A군은 … 한국농어촌공사, 지역 농업법인과 3자 업무협약을 맺었다. 협약식은 … 열렸으며 NAME A군수와 NAME
    한국농어촌공사 A지사장, NAME 새만들영농조합법인 대표 등 25명가량이 자리를 함께했다': the third side, named
    only by its sort in the lead, is the body whose head came."""
    text = (
        "전북 가람군(군수 탁윤기)은 '스마트팜 창업단지 조성사업'에 속도를 내기 위해 한국농어촌공사, 지역 농업법인과 "
        "3자 업무협약을 맺었다.\n\n"
        "협약식은 지난 14일 군청 상황실에서 열렸으며 탁윤기 가람군수와 변승학 한국농어촌공사 가람지사장, 설도형 "
        "새만들영농조합법인 대표 등 25명가량이 자리를 함께했다."
    )
    assert signers(text) == ["가람군", "한국농어촌공사", "새만들영농조합법인"]


def test_a_county_that_tells_of_a_firm_and_a_village_twinning_is_no_signer():
    """'가람군은 지난 14일 서석면 은골리에 자리한 ㈜A와 서석면 노루목리 B마을이 … 맺었다고 밝혔다' (the village
    written with its 면 and 리), 'OO군(군수 NAME)에 따르면 A마을(이장 NAME)과 B가 … 맺었다': the county tells of
    it, the pair signs."""
    told = (
        "강원 홍천군은 지난 14일 서석면 은골리에 자리한 ㈜솔향바이오와 서석면 노루목리 버들골마을이 1사1촌 협약을 "
        "맺었다고 밝혔다.\n\n두 곳은 일손 돕기와 농산물 구매로 교류한다."
    )
    assert signers(told) == ["㈜솔향바이오", "버들골마을"]
    according = (
        "정선군(군수 석재균)에 따르면 여량면 벼룻골마을(이장 엄기탁)과 한국농어촌공사 강원지역본부(본부장 용태민)가 "
        "14일 마을회관에서 자매결연을 맺었다.\n\n두 곳은 일손 돕기로 교류한다."
    )
    assert "정선군" not in signers(according)


def test_a_banks_name_that_kiwi_splits_is_one_body_with_its_branch():
    """'새길은행 부평계양영업본부와': Kiwi reads '새길은행' as a determiner and nouns ('새/MM 길 은행'); one word
    ending on a body's own noun is that body's name, its branch with it."""
    text = "인천 부평구는 14일 새길은행 부평계양영업본부와 소상공인 지원 업무협약을 맺었다."
    assert signers(text) == ["부평구", "새길은행 부평계양영업본부"]


def test_a_group_of_people_is_no_persons_name():
    """'… 백준길 상인회 대표와 …': the market's association, which Kiwi reads as one proper noun, is no name
    before '대표'; '가람통합시장 상인들과': the traders, not a person (nor a mayor of '가람통합시')."""
    text = (
        "가람통합시장 상인들과 한국전력공사 직원들이 21일 시장 고객센터에서 자매결연을 맺었다.\n\n"
        "가람통합시장(회장 남궁민철)은 한국전력공사와 전통시장 살리기에 힘을 모은다.\n\n"
        "이날 자리에는 상인회원 등 120여 명이 함께했으며, 남궁민철 상인회 대표와 한국전력공사 윤태겸 상생협력처장이 "
        "협약서를 주고받았다."
    )
    names = [name for name, *_ in people_of(text)]
    assert "상인회" not in names and "상인들" not in names


# --- figures ---------------------------------------------------------------------------------------------


def test_a_rate_per_head_is_no_target():
    """'관광객 1명마다 장려금을 준다': the base of a rate, as '1MW당'."""
    text = (
        "나래군은 8일 군청에서 솔길투어와 관광객 유치 업무협약을 맺었다.\n\n"
        "군은 여행사가 더 보낸 관광객 1명마다 장려금을 준다."
    )
    assert (1, "명") not in measures(agreement_of(text))


def test_what_may_come_a_share_of_a_whole_and_a_places_profile_are_no_targets():
    """'온실가스도 800t가량 줄일 수 있을 것', '내년 폐목재가 1만1천 톤가량 나올 것으로 보고': what may be saved or
    may come; '… 생활폐기물 2만1천t의 14% 정도다', '주민의 62%가 65세 이상이다': a whole, a share of it, a share
    of the people; '린허현(인구 31만명, 면적 5천912㎢)은': a place's profile (not a building's '연면적')."""
    lead = "가람시는 10일 시청에서 ㈜한빛과 자원순환 업무협약을 체결했다.\n\n"
    for sentence in (
        "온실가스도 800t가량 줄일 수 있을 것이라고 설명했다.",
        "시는 내년 폐목재가 1만1천 톤가량 나올 것으로 보고 있다.",
        "이 물량은 가람시에서 한 해에 생기는 생활폐기물 2만1천t의 14% 정도다.",
        "이들 6개 마을 주민의 62%가 65세 이상 어르신이다.",
        "린허현(인구 31만명, 면적 5천912㎢)은 헤이룽장성 동남부의 산간 지역에 자리한다.",
    ):
        assert measures(agreement_of(lead + sentence)) == set(), sentence
    building = lead + "㈜한빛은 1천700억원을 들여 물류센터(건축연면적 14만8천㎡)를 세운다."
    assert (148000, "㎡") in measures(agreement_of(building))
    jobs = lead + "시는 일자리 150개가 새로 생길 것으로 내다봤다."
    assert (150, "개") in measures(agreement_of(jobs))


def test_who_gathered_a_delegation_and_co_ops_counted_as_signers_are_no_targets():
    """'60여 명이 모인 이날 결연식', '방문단은 … 관계자 25명 안팎으로 꾸려진다', '가람지역 5개 농·축협과 나래지역
    8개 농·축협이 함께 서명했다' (the co-ops counted are the signers)."""
    lead = "가람시는 10일 시청에서 ㈜한빛과 자원순환 업무협약을 체결했다.\n\n"
    for sentence in (
        "마을 주민과 군수 등 60여 명이 모인 이날 결연식은 이장의 인사로 시작했다.",
        "방문단은 부지사를 단장으로 관계자 25명 안팎으로 꾸려진다.",
    ):
        assert measures(agreement_of(lead + sentence)) == set(), sentence
    co_ops = (
        "농협 가람시지부는 12일 농협 나래군지부와 상생협약을 맺었다.\n\n"
        "협약서에는 두 지부와 가람지역 5개 농·축협, 나래지역 8개 농·축협이 함께 서명했다."
    )
    assert measures(agreement_of(co_ops)) == set()
    assert measures(agreement_of(co_ops.replace("5개 농·축협, 나래지역 8개 농·축협", "13개 농축협"))) == set()


def test_the_deals_counted_up_to_this_one_another_month_and_a_price_are_no_budgets():
    """'지난해 하반기 이후 군이 끌어온 투자는 이번 협약까지 5개 업체, 253억 원이며': the deals up to this one;
    '올 1월에는 … 12억 원 규모의 양해각서를 썼다': another month's pact; '돌봄센서는 한 대에 18만 원 안팎이며': a
    price; the year's deals told in 건 ('이로써 … 6건, 213억원 규모로 늘었다')."""
    lead = "가람군은 12일 군청에서 ㈜다솜기공과 81억 원 규모의 투자협약을 체결했다.\n\n"
    for sentence in (
        "지난해 하반기 이후 군이 끌어온 투자는 이번 협약까지 5개 업체, 253억 원이며, 새 일자리는 190명이다.",
        "올 1월에는 쌀 발효음료를 만드는 들녘양조와 12억 원 규모의 양해각서를 썼다.",
        "돌봄센서는 한 대에 18만 원 안팎이며, 시범 기간 비용은 회사가 댄다.",
        "이로써 가람군이 올해 기업들과 맺은 투자협약은 6건, 213억원 규모로 늘었다.",
    ):
        assert amounts(agreement_of(lead + sentence)) == {8100000000}, sentence
    jobs = lead + "군 관계자는 \"이번 협약으로 192명의 새 일자리가 생겨날 것\"이라며 \"올해 들어 유치한 투자액은 이번 협약까지 합쳐 297억 원이 됐다\"고 설명했다."
    assert (192, "명") in measures(agreement_of(jobs))


def test_a_first_payment_a_years_share_a_months_range_a_guess_and_others_money_to_come_are_no_budgets():
    """'올해 3억5천만원을 시작으로 2011년까지 9억5천만원을': the sum is the budget, not its first payment; '해마다
    5000만원씩': a year's share; '매달 2만 원에서 15만 원까지': a month's range; '적게는 4억원에서 많게는 8억원까지':
    a guess; '오는 12일에는 B건설이 1억2000만원을 후원할 예정이고', '… 12억원 이상을 내놓을 것으로 구단은 기대하고
    있다': others' money to come."""
    text = (
        "가람FC는 5일 ㈜무등에너지와 올해 3억5천만원을 시작으로 2011년까지 9억5천만원의 광고 후원금을 받는 협약을 맺었다.\n\n"
        "회사는 올해부터 3년 동안 해마다 3억원씩 낸다.\n\n"
        "당장 오는 12일에는 빛고을건설이 1억2000만원을 후원할 예정이다.\n\n"
        "남도은행도 12억원 이상을 내놓을 것으로 구단은 기대하고 있다.\n\n"
        "지역 기업 서너 곳도 적게는 4억원에서 많게는 8억원까지 후원금을 보탤 것으로 점쳐진다.\n\n"
        "선수단 자동이체 후원은 매달 2만 원에서 15만 원까지 이미 시작됐다."
    )
    assert amounts(agreement_of(text, published=datetime.date(2009, 3, 6))) == {950000000}


def test_the_size_of_each_installation_and_its_count_are_no_targets_beside_the_total():
    """'설비 용량은 20kW짜리 3개소, 35kW짜리 3개소, 30kW짜리 2개소로, 다 합치면 225kW다': each installation's size
    and the counts that add up to the 8개소 told before are parts; the whole stays ('수수료 1.5%짜리 앱' is a
    rate, not a size)."""
    text = (
        "가람군은 14일 솔빛테크와 주민참여형 태양광 업무협약을 맺었다.\n\n"
        "협약에 따라 군은 마을회관 지붕과 농기계창고 8개소에 태양광 설비를 얹는다. 설비 용량은 20kW짜리 3개소, "
        "35kW짜리 3개소, 30kW짜리 2개소로, 다 합치면 225kW다."
    )
    assert measures(agreement_of(text)) == {(8, "개소"), (225, "kW")}
    rate = "가람시는 28일 가람경제진흥원과 중개수수료 1.5%짜리 공공배달앱 운영 업무협약을 맺었다."
    assert (1.5, "%") in measures(agreement_of(rate))


def test_a_cap_a_years_part_of_a_total_told_before_a_forecast_and_a_saving_are_no_budgets():
    """'… 3만원 한도에서 대신 내 준다': a cap; '과제마다 … 4억원이다. 시는 이를 올해 1억5000만원, 내년 2억5000만원으로
    나눠 내준다': a year's part of the total told before; '… 6,100여만원에 이를 것으로 본다': a forecast; '처리비
    2억원을 아끼고': a saving."""
    lead = "가람시는 12일 시청에서 한빛연구원과 공동연구 협약을 맺었다.\n\n과제에 지원되는 연구개발비는 4억원이다.\n\n"
    for sentence in (
        "연구원은 어르신 50세대의 한 달 전기요금을 3만원 한도에서 대신 내 준다.",
        "시는 이를 올해 1억5000만원, 내년 2억5000만원으로 나눠 내준다.",
        "시 관계자는 \"마을마다 나눠 받는 수익이 모두 6,100여만원에 이를 것으로 본다\"고 말했다.",
        "시는 해마다 처리비 2억원을 아끼고 온실가스도 줄인다.",
    ):
        assert amounts(agreement_of(lead + sentence)) == {400000000}, sentence


def test_an_average_over_a_span_and_an_estates_realised_rate_are_no_targets():
    """'공사 기간에는 한 달 평균 400여 명의 건설 인력이 현장에서 일한다': an average; '… 투자실현율은 64%에
    이릅니다': how the estate stands."""
    lead = "가람군은 12일 군청에서 ㈜한빛에너지와 연료전지 발전소 투자협약을 맺었다.\n\n"
    for sentence in (
        "공사 기간에는 한 달 평균 400여 명의 건설 인력이 현장에서 일한다.",
        "단지에 들어온 기업 가운데 여럿이 이미 공장을 돌리고 있어 투자실현율은 64%에 이릅니다.",
    ):
        assert measures(agreement_of(lead + sentence)) == set(), sentence
