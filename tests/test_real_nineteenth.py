"""General forms the nineteenth round's real development pages (dev46–dev48, scored unread and then
read) showed the extractor missing, tried with sentences written for the purpose: invented bodies,
people, figures and wording. Each test fails on the code before the round except the guards."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, people_of, signers

DAY = datetime.date(2030, 9, 17)


def detected(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


# --- signers named after a count ----------------------------------------------------------------


def test_firms_listed_as_the_ceremonys_attendees_fill_the_signings_count():
    """'N개 기업과 … 체결했다' then '협약식에 참석한 A, B, ㈜C … 등 N개 투자기업 대표는': the list holds as
    many as the count, so its names are the signers."""
    text = (
        "다솔군은 16일 군청 회의실에서 4개 기업과 120억 원 규모의 투자협약을 체결했다고 밝혔다.\n"
        "협약식에 참석한 ㈜한빛소재, 누리정공, 가온테크㈜, 바른식품 등 4개 투자기업 대표는 \"약속한 "
        "공장을 제때 짓겠다\"고 말했다.\n"
    )
    assert {"㈜한빛소재", "누리정공", "가온테크㈜", "바른식품"} <= set(signers(text))


def test_guests_listed_as_attendees_are_no_signers():
    """Guard: '협약식에 참석한 A와 B는' names guests; only a list counted as firms is the signers."""
    text = (
        "다솔군은 16일 군청 회의실에서 2개 기업과 투자협약을 체결했다고 밝혔다.\n"
        "협약식에 참석한 다솔군의회와 다솔상공회의소는 기업들을 환영했다.\n"
    )
    assert not {"다솔군의회", "다솔상공회의소"} & set(signers(text))


def test_firms_listed_with_their_heads_in_brackets_before_their_count_are_signers():
    """'A(대표 NAME), B(대표 NAME), C, D 등 4개사와 … 협약을 맺었다': each bracket names the firm's head,
    not another item."""
    text = (
        "가람시는 21일 시청에서 솔빛데이터(대표 문하늘), 다온바이오(대표 임가람), 새길로봇, 한결소재 등 "
        "4개사와 투자 업무협약을 맺었다.\n"
    )
    assert {"솔빛데이터", "다온바이오", "새길로봇", "한결소재"} <= set(signers(text))
    assert {("문하늘", "대표", "솔빛데이터"), ("임가람", "대표", "다온바이오")} <= people_of(text)


# --- people ----------------------------------------------------------------------------------------


def test_a_head_named_first_by_title_alone_takes_the_body_named_later():
    """'NAME 사장과 NAME 원장이 … 서명했다' first, 'NAME 가람공사 사장은 "…"' later: that body is theirs."""
    text = (
        "가람공사와 누리정보원은 5일 본사에서 데이터 공동 활용 업무협약을 체결했다.\n"
        "오세린 사장과 한도윤 원장이 협약서에 서명했다.\n"
        "오세린 가람공사 사장은 \"두 기관이 힘을 모으겠다\"고 말했다.\n"
    )
    assert ("오세린", "사장", "가람공사") in people_of(text)


def test_staff_listed_after_their_head_with_bironhae_and_a_comma_work_for_the_head_s_body():
    """'ORG NAME 총장을 비롯, NAME 부총장, NAME 기획처장이': the list after '비롯,' is the university's
    staff."""
    text = (
        "누리과학대학교와 한솔병원은 8일 대학 본관에서 산학협력 업무협약을 체결했다.\n"
        "협약식에는 누리과학대학교 정다운 총장을 비롯, 윤세찬 부총장, 강미르 기획처장이 자리했다.\n"
    )
    people = people_of(text)
    assert {("윤세찬", "부총장", "누리과학대학교"), ("강미르", "기획처장", "누리과학대학교")} <= people


# --- look-alikes and agreements ---------------------------------------------------------------------


def test_a_years_deals_broken_down_by_trade_are_a_tally():
    """'올해 들어 N개 업체와 … 투자협약을 맺었다고 D일 밝혔다' then '… 많고, … 뒤를 이었다': the year's
    deals counted, not one signing."""
    text = (
        "가람시는 올해 들어 17개 업체와 모두 2천310억원의 투자협약을 맺었다고 15일 밝혔다.\n"
        "업종으로 보면 이차전지 업체가 5곳으로 가장 많고, 식품 업체가 4곳으로 뒤를 이었다.\n"
    )
    assert not detected(text)


def test_a_signing_on_a_day_this_year_is_still_an_agreement():
    """Guard: '15일 … 올해 들어 처음으로 3개 업체와 … 체결했다', with no breakdown of the year's deals, is a
    signing."""
    text = (
        "가람시는 15일 시청에서 올해 들어 처음으로 3개 업체와 투자협약을 체결했다.\n"
        "협약 업체는 ㈜솔내에너지, ㈜다올화학, ㈜새빛금속이다.\n"
    )
    assert detected(text)


def test_a_letter_of_intent_signed_is_an_agreement():
    """'교류의향서를 체결했다': a letter of intent signed by two cities is an agreement."""
    text = (
        "나래시 대표단은 10일 가람시청을 찾아 가람시 관계자들과 우호도시 교류의향서를 체결하고 협력 "
        "방안을 논의했다.\n"
    )
    assert detected(text)
    assert agreement_of(text)["parties"]


def test_earlier_pacts_told_one_after_another_make_no_agreement_of_a_plan():
    """'… 협약을 추진하며 … 협의를 시작했다' then '앞서 도는 지난해 3월 A와 협약을 맺었다. 이어 같은 해 10월 B와 협약을
    맺고 …': the pacts of last year are background, and the news only prepares another."""
    text = (
        "가람도가 누리도와 관광 협력 협약을 추진하며 실무 협의를 시작했다.\n"
        "앞서 도는 지난해 3월 나래도와 관광 협약을 맺었다. 이어 같은 해 10월 다온도와 협약을 맺고 두 도와 "
        "함께 축제를 열어 왔다.\n"
    )
    assert not detected(text)


def test_a_signing_today_after_last_years_pacts_is_still_an_agreement():
    """Guard: the lead signs on a day; last year's pacts told after it do not hide it."""
    text = (
        "가람도는 12일 도청에서 누리도와 상생협력 협약을 체결했다.\n"
        "앞서 도는 지난해 3월 나래도와 관광 협약을 맺었다. 이어 같은 해 10월 다온도와 협약을 맺었다.\n"
    )
    assert detected(text)
    assert {"가람도", "누리도"} <= set(signers(text))


# --- bodies counted are no targets -------------------------------------------------------------------


def test_firms_and_bodies_counted_as_who_signs_or_invests_are_no_targets():
    """'우량기업 6곳이', '6개사 투자로', '기업 4곳도', '5곳의 지역 병원은', '3개 공공기관인': counts of bodies,
    not things the agreement builds or gives; the jobs beside them stay."""
    text = (
        "누리시는 11일 시청에서 국내 기업들과 투자협약을 체결했다.\n"
        "우량기업 6곳이 누리산단에 공장을 짓는다. 6개사 투자로 일자리 410명이 새로 생긴다.\n"
        "수도권에서 옮겨 오는 기업 4곳도 함께한다.\n"
        "재단과 5곳의 지역 병원은 공동 검진을 연다.\n"
        "3개 공공기관인 가람원, 나래원, 다온원도 힘을 보탠다.\n"
    )
    measures_found = {(t["value"], t["unit"]) for t in agreement_of(text)["targets"]}
    assert not {(6, "곳"), (6, "개사"), (4, "곳"), (5, "곳"), (3, "개")} & measures_found
    assert (410, "명") in measures_found


def test_firms_the_agreement_is_to_bring_in_stay_targets():
    """Guard: '협력업체 25개사를 함께 유치한다', '기업 40곳을 유치해': firms to be brought in are a goal."""
    text = (
        "가람도는 14일 ㈜누리데이터와 데이터센터 투자협약을 체결했다.\n"
        "도는 냉각설비 협력업체 25개사를 함께 유치하고, 시는 관련 기업 40곳을 유치해 집적단지를 만든다.\n"
    )
    measures_found = {(t["value"], t["unit"]) for t in agreement_of(text)["targets"]}
    assert {(25, "개사"), (40, "곳")} <= measures_found


def test_a_councils_seats_and_people_honoured_are_no_targets():
    """'군 추천 위원 3명, … 주민 위원 6명 등 모두 12명의 위원으로 구성', '… 등 4명이 군수 표창을 받았다':
    seats of a council and people honoured, not what the agreement is to achieve; the hires stay."""
    text = (
        "다온군과 다온교육지원청은 2일 교육행정협의회 협약식을 가졌다.\n"
        "협의회는 군 추천 위원 3명, 주민 위원 6명 등 모두 12명의 위원으로 구성한다.\n"
        "협약식에서는 우수 교사 김하늘 등 4명이 군수 표창을 받았다.\n"
        "양 기관은 돌봄교사 35명을 새로 채용한다.\n"
    )
    measures_found = {(t["value"], t["unit"]) for t in agreement_of(text)["targets"]}
    assert not {(3, "명"), (6, "명"), (12, "명"), (4, "명")} & measures_found
    assert (35, "명") in measures_found


def test_a_year_run_into_a_place_name_and_an_equivalence_with_a_bracket_are_no_targets():
    """'△2029평창 겨울축제 공동 개최' is a year before a name, not 2029평; '1만6천 가구(3인 기준)가 1년간 사용할
    수 있는 전력량' is an equivalence, whatever the bracket; the plant's capacity stays."""
    text = (
        "가람도와 나래도는 7일 상생협력 협약을 체결했다. 협약은 △2029평창 겨울축제 공동 개최 △관광 교류를 "
        "담았다.\n"
        "두 도는 45MW 규모의 태양광 발전소를 함께 짓는다. 연간 발전량은 1만6천 가구(3인 기준)가 1년간 사용할 "
        "수 있는 전력량이다.\n"
    )
    measures_found = {(t["value"], t["unit"]) for t in agreement_of(text)["targets"]}
    assert not {(2029, "평"), (16000, "가구"), (1, "년")} & measures_found
    assert (45, "MW") in measures_found


# --- money that is not the agreement's --------------------------------------------------------------


def amounts_of(text):
    return {b["amount_krw"] // 10**8 if b["amount_krw"] >= 10**8 else b["amount_krw"] for b in agreement_of(text)["budgets"]}


def test_a_running_total_added_up_and_a_tally_as_of_a_date_are_no_budgets():
    """'앞선 두 차례 투자를 더하면 … 9천억원이 넘는다', '10월 말 기준 3천억원이 집행된 것으로 집계됐다':
    what the firm has put in all told; this pact's 4500억원 stays."""
    text = (
        "㈜솔내소재는 5일 가람도·가람시와 투자협약을 체결하고 2029년까지 4500억원을 투자키로 했다.\n"
        "앞선 두 차례 투자를 더하면 솔내소재가 가람에 쏟는 돈은 9천억원이 넘는다. 10월 말 기준 3천억원이 "
        "집행된 것으로 집계됐다.\n"
    )
    assert amounts_of(text) == {4500}


def test_a_loans_ceiling_and_last_years_gift_are_no_budgets():
    """'최대 3억원까지 대출이 가능하다': what one may borrow; '지난해 12억 원을 내놓은 데 이어 올해는 15억
    원을': last year's money; the fund this pact sets up and this year's gift stay."""
    text = (
        "나래구는 8일 나래신용보증재단과 소상공인 특례보증 협약을 체결하고 재원 30억원을 출연했다.\n"
        "심사를 통과한 업체는 최대 3억원까지 대출이 가능하다.\n"
        "㈜다온전력은 지난해 12억 원을 내놓은 데 이어 올해는 15억 원을 재단에 기부한다.\n"
    )
    assert amounts_of(text) == {30, 15}


# --- several agreements at one ceremony ---------------------------------------------------------------


def test_several_pacts_told_as_done_one_after_another_are_each_an_agreement():
    """'… 순서로 열렸고 △업무협약 체결(3건) …' then '먼저 A, B, C 등 3개 기관이 참여하는 'X' 업무협약이
    체결됐다. 이어 A, D, E 등 …이 이뤄졌다. 끝으로 A, F, G 등 … 업무협약도 체결됐다': three agreements, each
    with its own signers."""
    text = (
        "다온시는 10월 2일 시민회관에서 제3회 평생학습 축제를 열었다.\n"
        "축제는 △개막 공연 △업무협약 체결(3건) △학습 발표회 순서로 열렸다.\n"
        "먼저 다온시, 가람도서관협회, 나래출판(주) 등 3개 기관이 참여하는 '작은도서관 공동 운영' 업무협약이 "
        "체결됐다.\n"
        "이어 다온시, 솔내교육(주), 한빛진로센터 등 3개 기관이 참여하는 '청소년 진로 체험' 업무협약이 "
        "이뤄졌다.\n"
        "끝으로 다온시, 미르복지재단, 누리간호협회 등 3개 기관이 참여하는 '어르신 건강 돌봄' 업무협약도 "
        "체결됐다.\n"
    )
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=DAY)
    signed = [{p["name"] for p in a["parties"] if p["role"] == "party"} for a in agreements]
    assert is_agreement and len(agreements) == 3
    assert {"가람도서관협회", "나래출판(주)"} <= signed[0]
    assert {"솔내교육(주)", "한빛진로센터"} <= signed[1] and "가람도서관협회" not in signed[1]
    assert {"미르복지재단", "누리간호협회"} <= signed[2]


def test_the_same_signers_told_again_as_taking_part_make_no_second_agreement():
    """Guard: '이어 A, B 등 2개 기관이 참여하는 … 협약이 체결됐다' after A and B signed is the same agreement."""
    text = (
        "다온시는 9일 시청에서 가람도서관협회와 작은도서관 공동 운영 업무협약을 체결했다.\n"
        "이어 다온시, 가람도서관협회 등 2개 기관이 참여하는 '작은도서관 공동 운영' 업무협약이 체결됐다.\n"
    )
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=DAY)
    assert is_agreement and len(agreements) == 1


# --- the signing day ---------------------------------------------------------------------------------


def test_the_ceremonys_day_with_its_weekday_or_with_inal_between_dates_the_signing():
    """'지난 14일(화), … 진행된 협약식에서는', '지난 14일 … 열린 이날 협약식에는': the ceremony's own day."""
    for told in ("지난 14일(화), 나래 리조트에서 진행된 협약식에서는", "지난 14일 나래군청에서 열린 이날 협약식에는"):
        text = (
            "나래군과 가람은행이 고향사랑기부 활성화를 위한 업무협약을 체결했다.\n"
            f"{told} 양 기관 관계자들이 참석했다.\n"
        )
        agreement = extract_article(text, headline=None, subheadline=None, published=datetime.date(2030, 10, 17))[1][0]
        assert agreement["signed_on"] == "2030-10-14", told


# --- a name with a space in it -------------------------------------------------------------------------


def test_a_marked_company_name_with_a_space_and_a_bodys_legal_form_are_one_signer_each():
    """'㈜한빛 다온텍(대표 NAME)과', '㈜GH NEXTEC과', '가람청년농부 영농조합법인, …': each one signer, not two."""
    for text, whole, parts in (
        ("나래군은 16일 군청에서 ㈜한빛 다온텍(대표 김단비)과 투자협약을 체결했다.\n", "㈜한빛 다온텍", {"㈜한빛", "다온텍"}),
        ("나래군은 16일 군청에서 ㈜GH NEXTEC과 투자협약을 체결했다.\n", "㈜GH NEXTEC", {"㈜GH", "NEXTEC"}),
        (
            "나래군은 16일 군청에서 가람청년농부 영농조합법인, ㈜다솜푸드와 투자협약을 체결했다.\n",
            "가람청년농부 영농조합법인",
            {"가람청년농부", "영농조합법인"},
        ),
    ):
        names = set(signers(text))
        assert whole in names and not parts & names, names


def test_an_anniversary_of_a_tie_signed_years_ago_is_no_agreement():
    """'… 자매도시가 된 지 25년을 맞아 … 기념행사를 열었다. 두 도시는 2001년 자매결연을 체결한 이후 …':
    the tie is background, with or without the page's date."""
    text = (
        "가람시는 나래시와 자매도시가 된 지 25년을 맞아 12일 나래시청에서 기념행사를 열었다.\n"
        "두 도시는 2001년 자매결연을 체결한 이후 청소년 교류를 이어 왔다.\n"
    )
    assert not extract_article(text, headline=None, subheadline=None, published=None)[0]


def test_a_signing_only_reported_as_expected_with_no_day_is_no_agreement():
    """'돌아온 뒤 조만간 … MOU를 체결할 것으로 보인다': hoped for, no day set."""
    text = (
        "나래군수가 해외 자본 유치를 위해 20일 싱가포르로 떠난다.\n"
        "군 관계자는 협의가 잘 되면 군수가 돌아온 뒤 조만간 현지 기업과 MOU를 체결할 것으로 보인다고 말했다.\n"
    )
    assert not detected(text)


def test_a_councils_ordinance_on_agreements_is_no_agreement():
    """'… 협약을 의회에 알리도록 정한 조례안을 의결했다': a rule for signings to come."""
    text = (
        "가람시의회가 시장이 맺는 협약을 의회에 알리도록 정한 조례안을 의결했다.\n"
        "시장은 앞으로 기업과 양해각서를 체결하면 한 달 안에 그 내용을 의회에 알려야 한다.\n"
        "또 시장은 협약을 체결한 뒤 이행 실적을 해마다 보고해야 한다.\n"
    )
    assert not detected(text)


def test_a_signing_after_an_ordinance_was_made_is_still_an_agreement():
    """Guard: '… 조례 제정 후 …' in the lead, then '시는 22일 … 업무협력 협약을 체결했다'."""
    text = (
        "가람시가 전기시설 지원 조례 제정 후 안전한 도시 만들기에 나섰다.\n"
        "가람시는 22일 시청에서 가람전력지사, 나래안전공사 지사와 업무협력 협약을 체결했다.\n"
    )
    assert detected(text)


def test_governments_counted_and_firms_counted_in_brackets_are_no_targets():
    """'12개 지자체가', '8개 지자체에 기부금을', '… 기업(3개소), … 기업(2개소)과': counts of bodies; the
    plant's 40명 stays."""
    text = (
        "가람도는 5일 본사를 옮겨 오는 기업(3개소), 공장을 새로 짓는 기업(2개소)과 투자협약을 체결했다.\n"
        "행사에서는 12개 지자체가 투자 여건을 소개했다. 재단은 올해 8개 지자체에 기부금을 전한다.\n"
        "기업들은 공장을 지어 40명을 새로 고용한다.\n"
    )
    measures_found = {(t["value"], t["unit"]) for t in agreement_of(text)["targets"]}
    assert not {(3, "개소"), (2, "개소"), (12, "개"), (8, "개")} & measures_found
    assert (40, "명") in measures_found


def test_a_quoted_name_before_its_noun_with_do_is_the_title():
    """"… 참여하는 '책 읽는 도시' 업무협약도 체결됐다": the title is '책 읽는 도시 업무협약', no stray quote."""
    text = "끝으로 다온시, 누리도서관협회, 가람독서회가 참여하는 '책 읽는 도시' 업무협약도 체결됐다.\n"
    assert agreement_of(text)["title"] == "책 읽는 도시 업무협약"
