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


# --- money that is not the agreement's -----------------------------------------------------------------


def budgets_of(text):
    agreement = extract_text(text, name="page.txt", published=DAY)["articles"][0]["agreements"][0]
    return [b["text"] for b in agreement["budgets"]]


def test_each_years_sum_listed_with_years_before_the_total_is_part_of_it():
    """'올해 6억원, 2032년 4억원, 2033년 2억원씩 3년 동안 모두 12억원': the total, not its years."""
    text = (
        "한울저축은행은 21일 시민구단 가온FC와 후원 협약을 맺었다. 협약에 따라 한울저축은행은 올해 6억원, "
        "2032년 4억원, 2033년 2억원씩 3년 동안 모두 12억원을 광고 후원금으로 낸다.\n"
    )
    assert budgets_of(text) == ["12억원"]


def test_a_clubs_budget_for_the_year_and_an_unnamed_firms_money_are_not_the_agreements():
    """'올해 예산 70억원 가운데 40억원', '한 부품 업체도 9억원 넘는 후원을 검토하고 있다', '업체별로
    2억~6억원 수준의': the club's budget, another firm's money, each firm's part."""
    text = (
        "한울저축은행은 21일 시민구단 가온FC와 15억원 규모의 후원 협약을 맺었다.\n\n"
        "구단은 후원 협약이 잇따를 것으로 본다. 한 부품 업체도 9억원 넘는 후원을 검토하고 있다. "
        "입주업체들도 업체별로 2억~6억원 수준의 후원금을 낼 것으로 보인다.\n\n"
        "구단은 올해 예산 70억원 가운데 40억원 안팎을 외부 돈으로 채울 계획이다.\n"
    )
    assert budgets_of(text) == ["15억원"]


def test_a_football_club_signs_by_its_fc_ending():
    """'시민구단 가온FC와 … 협약을 맺었다': the club is a party."""
    assert signers("한울저축은행은 21일 시민구단 가온FC와 후원 협약을 맺었다.\n") == ["한울저축은행", "가온FC"]


# --- broadcast pages -----------------------------------------------------------------------------------

SCRIPT_PAGE = """바른방송
뉴스 | 시사 | 다시보기

"가온형 일자리 첫발…배터리 재활용 거점으로"

바른뉴스 월~금요일 19시 00분

등록일 : 2031.04.22

도민수 앵커>
경상남도와 밀양시, 누리셀에너지가 상생형 일자리 투자 협약을 맺었습니다.
배민아 기자입니다.

배민아 기자>
협약식 단상에 오른 세 기관 대표가 협약서를 맞바꿉니다.

협약에 따라 누리셀에너지는 2034년까지 밀양 나노산단에 2,300억 원을 들여 재활용 공장을 짓고, 410명을 직접 고용합니다.
협력업체 등 간접 고용까지 더하면 1,500명이 넘는 일자리가 생길 것으로 경상남도는 내다봤습니다.

인터뷰> 구태헌 / 밀양시장
"밀양이 순환 경제의 중심이 되도록 돕겠습니다."

(영상취재: 한도윤 / 영상편집: 오세란)

바른방송 배민아입니다.
"""


def test_a_broadcast_scripts_speaker_turns_and_credits_do_not_cut_it_into_articles():
    """'NAME 앵커>', 'NAME 기자>', '(영상취재: …)' and the programme's air time are the script's marks:
    one article under its quoted headline, its indirect jobs forecast no target."""
    articles = extract_text(SCRIPT_PAGE, name="page.txt", published=DAY)["articles"]
    assert len(articles) == 1
    assert "배터리 재활용 거점" in articles[0]["headline"]
    agreement = articles[0]["agreements"][0]
    assert [p["name"] for p in agreement["parties"]] == ["경상남도", "밀양시", "누리셀에너지"]
    assert [(t["value"], t["unit"]) for t in agreement["targets"] if t["value"]] == [(410, "명")]


SHORT_LINES_PAGE = """가온방송
뉴스 | 뉴스데스크 | 시사 | 다시보기

대형 단열재 업체, 밀양에 1천2백억 투자
하유진 기자  |  입력 2031-04-22  |  조회 2,318

◀ANC▶
단열재 국내 상위권 업체인
누리소재가
밀양에 생산 거점을 새로 짓습니다.
제조업 기반이 약한
경남 북부 지역에는
모처럼 반가운 소식입니다.
◀END▶

◀VCR▶
누리소재와 경상남도, 밀양시는 오늘
1천2백억 원 규모의
투자 양해각서를 체결했습니다.
◀END▶

다른 뉴스 보기
 - 밀양 관광객 올여름 3백만 명 넘어
"""


def test_a_scripts_short_lines_after_a_byline_with_time_and_readers_are_no_headline():
    """'NAME 기자 | 입력 … | 조회 N' is a byline; the anchor's lines broken mid-sentence ('… 기반이
    약한' / '… 지역에는') start no article; the other-news list is no target."""
    articles = extract_text(SHORT_LINES_PAGE, name="page.txt", published=DAY)["articles"]
    assert [a["headline"] for a in articles] == ["대형 단열재 업체, 밀양에 1천2백억 투자"]
    agreement = articles[0]["agreements"][0]
    assert [b["text"] for b in agreement["budgets"]] == ["1천2백억 원"]
    assert 3000000 not in [t["value"] for t in agreement["targets"]]


def test_a_signing_set_for_next_years_half_with_no_day_is_only_planned():
    """'양측은 내년 상반기 중 업무협약(MOU)을 맺고 … 준비하기로 했다': a meeting's plan, no signing."""
    text = (
        "밀양시는 14일 재단과 농어촌 상생 간담회를 열었다. 양측은 내년 상반기 중 업무협약(MOU)을 맺고 "
        "포럼을 여는 방안을 함께 준비하기로 했다.\n"
    )
    assert not extract_text(text, name="page.txt", published=DAY)["articles"][0]["is_agreement"]


def test_a_branch_whose_unnamed_head_signs_is_the_party():
    """'NAME 시장은 … NAME 경남도지사, 국가정보원 경남지부장과 … 협약을 체결했다': the branch signs."""
    text = (
        "홍태민 밀양시장은 2일 경남도청에서 차민규 경남도지사, 국가정보원 경남지부장과 기술 보호 업무협약을 "
        "체결했다.\n"
    )
    assert "국가정보원 경남지부" in signers(text)
    assert "국가정보원" not in signers(text)


def test_a_ceremony_told_ahead_is_dated_the_coming_day_its_lead_names():
    """'시는 14일 … 협약식을 연다고 밝혔다. 이날 협약식에는 … 협약을 맺는다' on the 11th: the 14th of this
    month, not of the last."""
    text = (
        "밀양시는 14일 오후 2시 시민회관 소극장에서 나눔 협약식을 연다고 밝혔다. 이날 협약식에는 시 "
        "경제부시장과 12개 기업·단체 관계자 등이 참석해 협약을 맺는다.\n"
    )
    got = extract_text(text, name="page.txt", published=datetime.date(2031, 4, 11))
    assert got["articles"][0]["agreements"][0]["signed_on"] == "2031-04-14"


def test_an_income_goal_and_a_monthly_sum_for_each_home_are_not_the_agreements_money():
    """'‘농가소득 5천만 원’ 시대', '세대마다 달마다 최대 4만원까지': a slogan's income, each home's help."""
    text = (
        "밀양시는 21일 농협 밀양시지부와 농가소득 증대 업무협약을 맺었다. 지부장은 \"'농가소득 5천만 원' "
        "시대를 열자\"고 말했다. 협약에 따라 두 기관은 홀로 사는 어르신 40세대를 골라 세대마다 달마다 "
        "최대 4만원까지 전기요금을 지원한다.\n"
    )
    assert budgets_of(text) == []


def targets_of(text):
    agreement = extract_text(text, name="page.txt", published=DAY)["articles"][0]["agreements"][0]
    return [(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None]


def test_a_units_meaning_each_installations_count_homes_matched_and_people_who_came_are_no_targets():
    """'1MW는 … 800여 개를 돌릴 수 있는 전력이다', '24MW급 전산동 4기', '약 30만 가구의 1년치 사용량과
    맞먹는다', '주민 40여명이 나와 …': only the centre's size and its site are the deal's figures."""
    text = (
        "밀양시는 12일 시청에서 ㈜가온자산운용과 72MW 규모의 데이터센터를 짓는 업무협약을 맺었다. "
        "1MW는 가정용 밥솥 800여 개를 한꺼번에 돌릴 수 있는 전력이다. 센터는 8만 2300㎡ 터에 지어지며, "
        "내부에는 24MW급 전산동 4기와 관리동이 배치된다. 센터가 쓰는 전력은 약 30만 가구의 1년치 "
        "사용량과 맞먹는다. 이날 협약식에는 마을 이장과 주민 40여명이 나와 유치를 반겼다.\n"
    )
    assert targets_of(text) == [(72, "MW"), (82300, "㎡")]


# --- people named in a caption's order -----------------------------------------------------------------


def test_the_first_head_after_a_captions_order_is_a_person():
    """'(왼쪽부터) NAME 밀양시장, NAME ㈜A 대표': the first name after the bracket is a person too."""
    text = (
        "밀양시는 16일 시청에서 ㈜물빛리조트와 상생협약을 체결했다.\n\n"
        "(왼쪽부터) 남정후 밀양시장, 온태경 ㈜물빛리조트 대표.\n"
    )
    assert ("남정후", "밀양시장", "밀양시") in people_of(text)
    assert ("온태경", "대표", "㈜물빛리조트") in people_of(text)


def test_the_heads_a_dropped_caption_lists_are_people():
    """A credited caption that tells no signing is dropped, but the heads it lists after '(왼쪽부터)'
    are the signers' people."""
    text = (
        "경기도와 밀양시, ㈜다함일렉트릭은 16일 아트센터에서 ESS 실증사업 업무협약을 체결했다.\n\n"
        "사업비는 28억원이다.\n\n"
        "사진 설명 : 16일 아트센터에서 열린 업무협약식에서 (왼쪽부터) 남정후 밀양시장, 석미란 ㈜다함일렉트릭 "
        "부사장이 협약서를 들어 보이고 있다. (사진=경기도)\n"
    )
    people = people_of(text)
    assert ("남정후", "밀양시장", "밀양시") in people
    assert ("석미란", "부사장", "㈜다함일렉트릭") in people


def test_a_bracketed_related_articles_heading_ends_the_article():
    """'[관련기사]' heads a list of other stories, whose figures are none of the agreement's."""
    text = (
        "밀양시는 16일 시청에서 ㈜물빛리조트와 120억원 규모의 투자협약을 체결했다.\n\n"
        "[관련기사]\n\n- 밀양시, 청년 창업 지원에 15억원 투입\n\n- 경남도, 스마트공장 30곳에 지원\n"
    )
    assert budgets_of(text) == ["120억원"]


def test_an_office_named_only_after_its_body_does_not_take_the_bodys_name():
    """Guard: '한국OO공사와 가람군이 …', then '… OO공사 경남본부에서 협약을 맺었다': the body signs, and its
    chief is the body's."""
    text = (
        "한국도로공사와 남해군이 휴게소를 특산물 판로로 함께 키운다. 13일 한국도로공사와 남해군에 따르면 "
        "이날 진주에 있는 한국도로공사 경남본부에서 판로 확대 업무협약을 맺었다. 한국도로공사 사장 "
        "마성진은 \"돕겠다\"고 말했다.\n"
    )
    assert signers(text)[0] == "한국도로공사"


def test_an_office_keeps_none_of_its_bodys_names_as_aliases():
    """'한국OO공단 호남지역본부는 …' then '산단공과 …': '산단공' names the institution wherever else it is
    matched, so it is no alias of the office."""
    text = (
        "한국산업단지공단 호남지역본부는 9개사와 청년 채용 사업을 함께 펼친다고 14일 밝혔다.\n\n"
        "산단공과 9개사는 이날 업무협약을 맺고 사업에 들어갔다.\n"
    )
    agreement = extract_text(text, name="page.txt", published=DAY)["articles"][0]["agreements"][0]
    office = next(p for p in agreement["parties"] if p["name"] == "한국산업단지공단 호남지역본부")
    assert "산단공" not in office["aliases"]


# --- look-alikes -------------------------------------------------------------------------------------


def is_agreement(text):
    return extract_text(text, name="page.txt", published=DAY)["articles"][0]["is_agreement"]


def test_the_years_deals_told_in_turn_a_rule_for_signings_and_a_ceremony_put_off_are_no_signing():
    """'지난 3월 A와 … 투자협약(MOU)을 맺은 데 이어 B와도 …', '협약을 체결하려면 …', '협약 체결 이후 …',
    '… 맺기로 한 투자협약을', '… 협약식이 … 번번이 미뤄지고 있다', '… 열어 보자고 제안'."""
    assert not is_agreement(
        "경남도가 올해 유치한 기업 투자가 5조원을 넘었다. 도는 지난 3월 가온케미칼과 4천억원 규모 "
        "투자협약(MOU)을 맺은 데 이어 누리에너지와도 차례로 투자 약속을 받아냈다.\n"
    )
    assert not is_agreement(
        "밀양시의회는 15일 본회의에서 업무협약 관리 조례안을 통과시켰다. 조례안은 시가 예산이 드는 협약을 "
        "체결하려면 의회에 미리 보고하도록 했다. 조례안에는 협약 체결 이후 이행 상황을 해마다 보고하는 "
        "조항도 담겼다.\n"
    )
    assert not is_agreement(
        "경남도가 동남아 기업들과 맺기로 한 투자협약을 화상으로 처리하는 방안을 추진한다. 도에 따르면 "
        "동남아 기업들과의 협약식이 감염병 탓에 번번이 미뤄지고 있다. 정부도 비대면 협약식을 열어 보자고 "
        "제안해 왔다.\n"
    )


# --- captions ------------------------------------------------------------------------------------------


def test_a_caption_that_signs_then_poses_is_the_signing_when_nothing_else_signs():
    """'A와 B, C, D 캠퍼스 등 지역 3개 대학이 14일 … 협약을 맺은 뒤 기념사진을 찍고 있다(왼쪽부터 …)':
    the signers, the day, and no group beside the three named (a campus is one of the universities)."""
    text = (
        "원주시와 치악대, 섬강대 원주캠퍼스, 태장대 등 지역 3개 대학이 14일 상생협력 협약을 맺은 뒤 "
        "기념사진을 찍고 있다(왼쪽부터 남궁진 치악대 총장, 곽도윤 원주시장).\n\n"
        "협의체는 지역 대학과 시가 함께 대응책을 찾는 취지로 꾸려졌다.\n"
    )
    agreement = extract_text(text, name="page.txt", published=DAY)["articles"][0]["agreements"][0]
    assert [p["name"] for p in agreement["parties"]] == ["원주시", "치악대", "섬강대 원주캠퍼스", "태장대"]
    assert agreement["signed_on"] == "2031-04-14"


def test_a_caption_that_places_a_head_in_angle_brackets_yields_to_the_text():
    """Guard: 'NAME<가운데> 아산시장은 6일 …' over a text that signs on the 16th: the text's day (a
    caption that signs then poses is a signing sentence since this round; it ranks after the text)."""
    text = (
        "정민우<가운데> 아산시장은 6일 온양포장㈜, ㈜배방오토텍 등 2개사와 투자협약을 맺은 뒤 기념촬영을 하고 "
        "있다.\n\n아산시는 16일 오전 시장과 기업 관계자들이 참석한 가운데 온양포장㈜, ㈜배방오토텍 등 2개사와 "
        "투자협약을 체결했다.\n"
    )
    got = extract_text(text, name="page.txt", published=datetime.date(2031, 4, 17))
    assert got["articles"][0]["agreements"][0]["signed_on"] == "2031-04-16"


def test_a_heads_activity_item_that_tells_a_signing_on_a_day_is_a_planned_signing():
    """'[동정] NAME 시장 권한대행' with '… 권한대행은 18일 오전 10시 … 협약'을 영상으로 체결한다': the
    notice of a signing set for that day (a schedule line '14:00 … 체결식 참석' still is not)."""
    got = extract_text(
        "[동정]도윤재 밀양시장 권한대행\n\n도윤재 밀양시장 권한대행은 18일 오전 10시 시청 상황실에서 "
        "'밀양시-고성군 도농상생 자매결연 협약'을 영상으로 체결한다.\n",
        name="page.txt",
        published=datetime.date(2031, 4, 18),
    )
    article = got["articles"][0]
    assert article["is_agreement"]
    assert article["agreements"][0]["signed_on"] == "2031-04-18"


def test_a_banks_sales_office_is_one_party_with_the_bank():
    """'OO저축은행 도봉영업부와': the bank's office, not the bank and a body called '도봉영업부'."""
    text = "서울 도봉구는 지난 8일 다온저축은행 도봉영업부와 나눔 동행 협력 협약식을 가졌다.\n"
    assert signers(text) == ["도봉구", "다온저축은행 도봉영업부"]


def test_a_share_line_with_the_x_button_is_no_text_of_the_article():
    """'이 기사 공유하기 카카오톡 | 페이스북 | X | URL 복사': the share widget, not a sentence of the page."""
    page = (
        "밀양시, ㈜물빛리조트와 상생협약\n\n밀양시는 16일 시청에서 ㈜물빛리조트와 상생협약을 체결했다.\n\n"
        "이 기사 공유하기 카카오톡 | 페이스북 | X | URL 복사\n"
    )
    assert "URL 복사" not in extract_text(page, name="page.txt", published=DAY)["articles"][0]["text"]


def test_the_leads_sum_is_the_agreements_when_a_caption_told_the_signing_first():
    """A caption '… 지난달 28일 … 체결하고 기념촬영을 하고 있다. /OO군 제공' above a lead '… 지난달 28일 …
    280억원 규모의 투자협약을 체결했다고 4일 밝혔다': the lead tells the same signing, its sum is the
    agreement's (it was taken for another month's deal)."""
    text = (
        "다솔군이 지난달 28일 군청 상황실에서 3개 기업과 투자협약을 체결하고 기념촬영을 하고 있다. /다솔군 제공\n\n"
        "전남 다솔군은 지난달 28일 군청 상황실에서 ㈜한누리식품, ㈜초록들, ㈜세움메탈 등 3개 기업과 280억원 규모의 "
        "투자협약을 체결했다고 4일 밝혔다.\n"
    )
    got = extract_text(text, name="page.txt", published=datetime.date(2031, 5, 4))
    assert [b["text"] for b in got["articles"][0]["agreements"][0]["budgets"]] == ["280억원"]


# --- what the production check showed -------------------------------------------------------------------


BROADCAST_TAIL = """바른방송

"밀양형 일자리 첫발"

등록일 : 2031.04.22

도민수 앵커>
경상남도와 밀양시, 누리셀에너지가 '상생형 밀양 일자리' 투자 협약을 맺었습니다.

협약에 따라 누리셀에너지는 2034년까지 공장을 짓고, 410명을 직접 고용합니다.
협력업체 일자리까지 더하면 1,500명이 넘는 일자리가 생길 것으로 경상남도는 내다봤습니다.

관련 영상
 · 지역 상생 일자리 어디까지 왔나
 · 재활용 산업 육성 방안 발표
"""


def test_a_quoted_name_keeps_both_quotes_in_the_title_and_a_forecast_told_politely_is_no_commitment():
    """"'상생형 밀양 일자리' 투자 협약을 맺었습니다": the title has both quotes (not '… 일자리' 투자 협약');
    '… 생길 것으로 경상남도는 내다봤습니다' is a forecast, not the province's undertaking; '관련 영상' heads
    other stories, no text of the article."""
    article = extract_text(BROADCAST_TAIL, name="page.txt", published=DAY)["articles"][0]
    agreement = article["agreements"][0]
    assert agreement["title"] == "'상생형 밀양 일자리' 투자 협약"
    assert not any("내다봤" in c["text"] for c in agreement["commitments"])
    assert "어디까지 왔나" not in article["text"]
