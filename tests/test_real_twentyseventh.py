"""General forms the twenty-seventh round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

import pytest

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, amounts, articles_of, measures, people_of, signers

# --- signings told one after another -----------------------------------------------------------------

TWO_PAIRS = (
    "다온군은 관내 기업 두 곳과 마을 두 곳이 '1사1촌 자매결연'을 각각 맺었다고 21일 밝혔다.\n"
    "군에 따르면 지난 18일 오전에는 표고 가공업체 솔향버섯(대표 구민철)과 하늘면 참나무골마을(이장 석대호)이 "
    "마을회관에서 협약서를 주고받았고, 같은 날 오후에는 누리청과(대표 안세린)와 하늘면 별빛마을(이장 모창훈)이 "
    "마을 경로당에서 따로 결연식을 가졌다.\n"
    "결연을 맺은 기업과 마을은 일손 돕기와 특산물 구매로 교류를 이어 간다.\n"
)


def test_two_twinnings_told_in_one_sentence_are_two_agreements_of_their_own_pairs():
    """'… A(대표 NAME)와 OO면 B마을(이장 NAME)이 … 협약서를 주고받았고, 같은 날 오후에는 C(대표 NAME)와
    OO면 D마을(이장 NAME)이 … 결연식을 가졌다': two ceremonies, each pair its own agreement, the day shared.
    Before: one agreement of the first village alone, the second pair's heads among its people."""
    is_agreement, agreements = extract_article(TWO_PAIRS, headline=None, subheadline=None, published=None)

    assert is_agreement
    assert [[p["name"] for p in a["parties"] if p["role"] == "party"] for a in agreements] == [
        ["솔향버섯", "참나무골마을"],
        ["누리청과", "별빛마을"],
    ]
    assert {(p["name"], p["org"]) for p in agreements[1]["people"]} == {("안세린", "누리청과"), ("모창훈", "별빛마을")}
    assert agreements[1]["title"] == "누리청과·별빛마을 결연"


def test_a_firm_its_head_in_brackets_vouches_for_signs_with_the_village_after_it():
    """'A(대표 NAME)와 B마을이 … 결연식을 가졌다': a firm with no legal mark, named only by its head's
    bracket, is the village's partner. Before: the village signed alone."""
    text = "지난 4일 잣 가공업체 푸른숲잣(대표 하은결)과 가을면 단풍골마을(이장 봉기수)이 자매결연식을 가졌다.\n"

    assert signers(text) == ["푸른숲잣", "단풍골마을"]
    assert ("하은결", "대표", "푸른숲잣") in people_of(text)


def test_exchanging_the_signed_copies_told_in_the_past_is_a_signing():
    """'… 협약서를 주고받았다': the signed copies exchanged. Before, only '교환했다' and '주고받는다'-less forms
    were read as a signing and the page was no agreement."""
    text = "나래시 청년센터와 ㈜봄길커피가 지난 2일 청년 바리스타 양성 협약서를 주고받았다.\n"

    assert signers(text) == ["나래시 청년센터", "㈜봄길커피"]


def test_a_county_that_tells_of_two_others_twinning_is_no_signer():
    """'가람군은 ㈜A와 B마을이 자매결연을 맺었다고 9일 밝혔다': the pair is the subject of the signing, the
    county only tells of it. Before: the county signed beside them."""
    text = "가람군은 ㈜한울식품과 물푸레마을이 지난 6일 자매결연을 맺었다고 9일 밝혔다.\n"

    assert signers(text) == ["㈜한울식품", "물푸레마을"]


def test_a_county_whose_ceremony_a_pair_attends_still_signs():
    """Guard (passes before the round too): '가람군은 A와 B가 참석한 가운데 … 협약을 맺었다' — the pair is
    the subject of '참석한', the county of the signing."""
    text = "가람군은 ㈜한울식품과 물푸레마을이 참석한 가운데 지난 6일 ㈜다온유통과 판로 협약을 맺었다고 9일 밝혔다.\n"

    assert "가람군" in signers(text)


def test_the_county_a_signing_is_told_according_to_is_no_signer():
    """'군에 따르면 지난 3일 ㈜A와 B마을이 … 맺었다': who the news comes from. Before: the county signed."""
    text = "나래군은 지역 상생 사업을 넓히고 있다고 5일 밝혔다.\n군에 따르면 지난 3일 ㈜가온테크와 솔밭마을이 자매결연을 맺었다.\n"

    assert signers(text) == ["㈜가온테크", "솔밭마을"]



def test_partners_listed_before_each_sign_one_agreement_each_with_the_subject():
    """'A시가 … B시, C군과 각각 … 협약을 맺는다': A signs with B and with C apart, each pact its own; the
    head of A named later stands for A in both. Before: one agreement of all three."""
    text = (
        "나래시가 오는 9일 경북 가람시, 다온군과 각각 관광 교류 협약을 맺는다고 7일 밝혔다.\n"
        "윤하람 나래시장은 이날 가람시청과 다온군청을 차례로 찾아 협약서에 서명한다.\n"
    )
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=None)

    assert is_agreement
    assert [[p["name"] for p in a["parties"] if p["role"] == "party"] for a in agreements] == [
        ["나래시", "가람시"],
        ["나래시", "다온군"],
    ]
    assert all(("윤하람", "나래시") in {(p["name"], p["org"]) for p in a["people"]} for a in agreements)



CAPTIONED = (
    "가람새날신문\n전체기사  정치  경제  사회  지역\n\n"
    "나래 농협 3곳, 다온 바다농협과 손잡아\n직거래 확대 등 교류 약속\n\n"
    "입력 2027.04.12. 14:06\n정다은 기자\n\n"
    "지난 9일 다온군 물결면 행정복지센터에서 세 농협과 바다농협 관계자들이 협약서에 서명한 뒤 함께 사진을 "
    "찍고 있다. 나래군 제공 |\n\n"
    "12일 나래군에 따르면 솔내농협, 갈미농협, 무릉농협 등 나래 지역 농협 3곳은 다온군의 바다농협과 교류 "
    "협약을 맺었다.\n\n이들 농협은 앞으로 농산물 직거래를 함께 추진한다.\n"
)


def test_a_signing_told_on_the_day_of_the_report_takes_the_day_its_photo_gives():
    """'12일 나래군에 따르면 … 협약을 맺었다' under a photo of '지난 9일 … 협약서에 서명한 뒤 … 찍고 있다.
    나래군 제공 |': the caption dates the signing, the report's day does not; the caption under the byline,
    its portal's bar after it, is no sub-headline. Before: signed on the 12th, the caption the sub-headline
    and the sub-headline the headline."""
    (article,) = articles_of(CAPTIONED, published=datetime.date(2027, 4, 12))

    assert article["headline"] == "나래 농협 3곳, 다온 바다농협과 손잡아"
    assert article["subheadline"] == "직거래 확대 등 교류 약속"
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2027-04-09"



def test_a_foreign_local_government_told_by_its_sort_is_no_signer():
    """'… 중국 지방정부와 자매도시 협약을 맺었다': the sort of partner, not its name. Before: '지방정부' signed."""
    text = "경북 가람시가 중국 지방정부와 자매도시 협약을 맺었다고 9일 밝혔다.\n"

    assert signers(text) == ["가람시"]



def test_a_township_that_holds_the_ceremony_leaves_the_signing_to_those_named_at_it():
    """'OO면(면장 NAME)은 … 자매결연 협약식을 열었다. 이 자리에서 A리 등 12개 마을과 ㈜B 등 12개 기업이
    자매결연을 맺었다': the township held it; the villages and firms signed, and its head is no signer's
    person. Before: the township alone signed, its head its person."""
    text = (
        "담양군 대덕면(면장 도한결)은 지난 15일 면사무소 대회의실에서 1사1촌 자매결연 협약식을 열었다.\n"
        "이 자리에서 대덕면 가람1리 등 12개 마을과 ㈜다온정밀 등 12개 기업이 자매결연을 맺었다.\n"
    )
    agreement = agreement_of(text)

    assert "담양군 대덕면" not in [p["name"] for p in agreement["parties"]]
    assert {"12개 마을", "12개 기업"} <= {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert agreement["people"] == []



def test_a_photo_item_of_the_signed_copy_shown_at_the_ceremony_is_the_signing():
    """A photo item whose only text is its caption: 'A군 NAME 군수(오른쪽)와 B시 NAME 시장(왼쪽)이 29일 … 열린
    'A군-B시 자매결연 협약식'에서 협약서를 펼쳐 보이고 있다': the two bodies signed that day. Before: no signer
    and no day."""
    text = (
        "나래군 도한결 군수(오른쪽)와 가람시 윤하람 시장(왼쪽)이 29일 나래군청 대회의실에서 열린 '나래군-가람시 "
        "자매결연 협약식'에서 협약서를 펼쳐 보이고 있다. 두 시군은 농산물 직거래와 학생 농촌체험에서 협력하기로 했다.\n"
    )
    agreement = agreement_of(text, published=datetime.date(2027, 8, 30))

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["나래군", "가람시"]
    assert agreement["signed_on"] == "2027-08-29"



def test_a_broadcasts_line_ending_on_a_place_goes_on_with_the_city_as_partner():
    """'… 오늘(28일) 도청에서 / 시와 투자 협약식을 갖습니다': a line broken after the place; '시와' is 'with the
    city', not a sentence of its own. Before: the signing's day was lost with the broken sentence."""
    text = (
        "가람시, 6개 기업 4백억 원대 투자협약\n\n"
        "가람시에 따르면 부품 기업 4곳과 포장재 업체 2곳이 산업단지에 공장을 새로 짓는 데 모두 437억 원을 투자하기로 하고\n"
        "오늘(28일) 도청에서\n"
        "시와 투자 협약식을 갖습니다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2027, 6, 28))

    assert article["agreements"][0]["signed_on"] == "2027-06-28"


# --- look-alikes -------------------------------------------------------------------------------------


def no_agreement(text, published=None):
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=published)
    return not is_agreement and not agreements


def test_a_council_consenting_before_the_city_signs_reports_no_signing():
    """'… 시가 협약을 맺기에 앞서 의회의 동의를 구한 안건이다. 시는 … 조율한 뒤 협약을 체결할 계획이다': the
    council's consent, the signing still to come with no day. Before: an agreement of the city."""
    text = (
        "나래시의회는 11일 본회의를 열고 조례안 등 41건을 원안 가결했다.\n"
        "이 가운데 투자협약 체결 동의안은 ㈜은빛에너지가 강변지구에 820억원을 들여 연료전지 발전소를 짓는 "
        "사업과 관련해, 시가 협약을 맺기에 앞서 의회의 동의를 구한 안건이다. 시는 회사 측과 세부 조건을 "
        "조율한 뒤 협약을 체결할 계획이다.\n"
    )

    assert no_agreement(text)


def test_a_pact_put_off_whose_signing_is_only_weighed_reports_no_signing():
    """'… 협약을 맺는 방식을 들여다보고 있다', '… 협약을 맺을 기업을 고르고': a way of signing weighed and the
    firms still to be picked. Before: an agreement of the province."""
    text = (
        "다온도가 해외 기업과의 투자협약을 화상 방식으로 바꾸는 방안을 저울질하고 있다.\n"
        "현지 홍수로 출장이 두 차례 밀리자 도는 직접 만나지 않고 협약을 맺는 방식을 들여다보고 있다.\n"
        "도는 조만간 화상 협약을 맺을 기업을 고르고 날짜를 정할 방침이다.\n"
    )

    assert no_agreement(text)


def test_pacts_signed_so_far_are_a_tally_not_the_news():
    """'지금까지 국내 기업 14곳과 투자양해각서를 맺었고, … 업체들과도 … 체결할 예정': a tally so far and pacts
    hoped for with no day. Before: an agreement."""
    text = (
        "가람군이 내년 수소 특구 지정을 목표로 신청서를 다음 주 낸다고 밝혔습니다.\n"
        "군은 지금까지 국내 기업 11곳과 투자양해각서를 맺었고, 해외 업체들과도 투자협약을 체결할 예정이라고 "
        "설명했습니다.\n"
    )

    assert no_agreement(text)



def test_a_pact_decided_on_or_aimed_at_with_no_day_reports_no_signing():
    """'… 내용의 협약을 맺기로 하고 실무 협의에 들어갔다', '… 추가 투자 협약을 맺는 것을 목표로 협상을 이어가고
    있다': a signing decided on or aimed at, no day set. Before: an agreement."""
    decided = (
        "다온도가 한국토지주택공사와 지역개발 협약을 맺기로 했습니다.\n"
        "도는 공사가 현안 사업에 먼저 참여하도록 하는 내용의 협약을 맺기로 하고 실무 협의에 들어갔다고 밝혔습니다.\n"
    )
    aimed = "군은 연말까지 식품 업체 한 곳과 추가 투자 협약을 맺는 것을 목표로 협상을 이어가고 있습니다.\n"

    assert no_agreement(decided) and no_agreement(aimed)


def test_a_pact_decided_on_for_a_set_day_is_still_a_signing_to_come():
    """Guard (passes before the round too): '오는 20일 … 협약을 맺기로 했다' has its day: a planned signing."""
    text = "다온도는 오는 20일 도청에서 한국토지주택공사와 지역개발 협약을 맺기로 했다고 14일 밝혔다.\n"

    assert not no_agreement(text, published=datetime.date(2027, 5, 14))



def test_a_years_count_of_pacts_a_deal_still_uncertain_and_a_meeting_to_prepare_one_report_no_signing():
    """'이달 25일 기준 올해 투자협약을 체결한 기업은 14곳', '… 투자협약으로 이어질지는 아직 장담하기 어렵다 …
    연내에 두 회사와 투자협약을 맺고', '… 자매결연 협약 체결을 준비하기 위한 간담회를 열었다': a tally, a hope,
    a preparation. Before: each was an agreement."""
    tally = (
        "가람군이 3년 연속 투자유치 1조원 기록을 이어갔다.\n"
        "군에 따르면 이달 25일 기준 올해 투자협약을 체결한 기업은 14곳, 협약 금액은 1조2380억원이다.\n"
    )
    hoped = (
        "시는 부품 기업 두 곳과 협상을 벌일 예정인데, 실제 투자협약으로 이어질지는 아직 장담하기 어렵습니다.\n"
        "시는 협상이 순조로우면 연내에 두 회사와 투자협약을 맺고, 내년 공장 착공까지 이어 간다는 구상입니다.\n"
    )
    prepared = "나래면(면장 도한결)은 지난 25일 면사무소에서 자매결연 협약 체결을 준비하기 위한 간담회를 열었다.\n"

    assert no_agreement(tally) and no_agreement(hoped) and no_agreement(prepared)



def test_a_programme_begun_by_an_earlier_years_signing_reports_no_signing():
    """'□ 나래 미래교육지구 사업은 2021년 도교육청과 나래시의 업무협약(MOU) 체결로 시작돼 …': the programme's
    origin, in a paper about its meeting. Before: an agreement."""
    text = (
        "나래시 미래교육지구 실무위원회가 20일 시청에서 4년 차 사업 방향을 논의했다.\n"
        "□ 나래 미래교육지구 사업은 2021년 도교육청과 나래시의 업무협약(MOU) 체결로 시작돼 2024년까지 4년 동안 운영되며, "
        "올해가 마지막 해다.\n"
    )

    assert no_agreement(text, published=datetime.date(2024, 7, 21))


# --- pages' headers -----------------------------------------------------------------------------------

LEAD = "나래군은 지난 2일 ㈜청솔바이오와 120억원 규모의 투자협약을 체결했다고 3일 밝혔다.\n"
HEADLINE = "나래군, 청솔바이오와 120억 투자협약"


def headline_of(page):
    (article,) = articles_of(page, published=datetime.date(2027, 5, 3))
    return article["headline"]


@pytest.mark.parametrize(
    "above, below",
    [
        # a regional daily: its breadcrumb spaced wide, its byline beside the count of comments
        ("가람일보\n홈  >  경제  >  산업\n", "\n정다은 기자  |  댓글 0\n"),
        # a business daily: its section and region, a row of buttons
        ("가람경제\n본문 바로가기\n전국 | 충청\n", "\n입력2027.05.03 15:06\n\n공유  댓글  클린뷰  프린트\n"),
        # a portal: its sections parted by runs of spaces, its buttons likewise
        # a broadcaster's newsroom above its breadcrumb
        ("한결TV 뉴스센터\n뉴스 > 전국\n", "\n"),
        ("가람뉴스\n정치  경제  사회  지역  문화\n", "\n2027.05.03 08:40  |  정다은 기자  |  조회 41\n공유  댓글  클린뷰  프린트\n"),
    ],
)
def test_a_header_whose_lines_are_parted_wide_keeps_its_headline(above, below):
    """Sections, breadcrumbs, buttons and bylines parted by wide spaces or bars ('홈  >  경제  >  산업', '전국 |
    충청', '공유  댓글  클린뷰', 'NAME 기자  |  댓글 0') are no headline. Before, one of them was the article's
    headline."""
    assert headline_of(f"{above}\n{HEADLINE}\n{below}\n{LEAD}") == HEADLINE


# --- figures ------------------------------------------------------------------------------------------


def test_a_sum_reached_so_far_is_no_budget_of_the_agreement():
    """'지금까지 맡긴 장학기금은 6천200만원에 이른다', '… 이번 협약까지 합쳐 415억 원이 됐다': a sum so far, not
    the agreement's money. Before: both were budgets. A total of its own ('총사업비는 90억원에 이른다') stays."""
    text = (
        "가람군은 ㈜다온식품과 90억원 규모의 투자협약을 맺었다고 9일 밝혔다. 이번 사업의 총사업비는 90억원에 이른다.\n"
        "지금까지 다온식품이 가람군에 맡긴 장학기금은 6천200만원에 이른다.\n"
        "군 관계자는 올해 들어 유치한 투자액이 이번 협약까지 합쳐 415억 원이 됐다고 말했다.\n"
    )

    assert amounts(agreement_of(text)) == {9_000_000_000}


def test_the_states_money_a_party_gets_named_before_the_sum_is_no_budget():
    """'한결대는 올해 이 사업으로 국비 38억원을 지원받는다': the state's money the university gets, not the
    parties'. Before: a budget beside the agreement's own 6천만원."""
    text = (
        "나래시와 한결대학교는 지역 인재 양성 협약을 맺고 해마다 6천만원을 함께 마련하기로 했다.\n"
        "한결대는 올해 이 사업으로 국비 38억원을 지원받는다.\n"
    )

    assert amounts(agreement_of(text)) == {60_000_000}


def test_shares_of_how_things_stand_are_no_targets_but_a_share_raised_to_is():
    """'… 1차 조성분의 72%를 분양하게 됐다', '분양률이 이번 협약으로 80%를 넘어서게', '65세 이상 인구 비율은 …
    38.5%로': how the estate or the county stands. Before: each was a target. A local-hire share ('60% 이상을
    지역 주민으로') and a share raised to ('비율은 … 30%로 높인다') stay targets."""
    text = (
        "가람군은 ㈜다온소재와 120억원 규모의 투자협약을 맺었다고 9일 밝혔다.\n"
        "회사는 공장이 돌아가면 50명을 새로 뽑고, 이 가운데 60% 이상을 지역 주민으로 채우기로 했다.\n"
        "공장에서 쓰는 전력 가운데 재생에너지 비율은 2030년까지 30%로 높인다.\n"
        "이번 유치로 가람군은 일반산업단지 1차 조성분의 72%를 분양하게 됐다.\n"
        "산단 관계자는 분양률이 이번 협약으로 80%를 넘어서게 됐다고 설명했다.\n"
        "가람군의 65세 이상 인구 비율은 지난달 말 기준 38.5%로 도내에서 두 번째로 높다.\n"
    )

    assert {unit_value for unit_value in measures(agreement_of(text)) if unit_value[1] == "%"} == {(60, "%"), (30, "%")}


def test_the_bodies_that_take_part_counted_are_no_targets():
    """'- 관내 의원·치과 9곳 참여 …', '협약에 참여한 곳은 … 의과 5곳, 한의과 2곳이다': the signers counted by kind.
    Before: each count was a target beside the agreement's own 300명."""
    text = (
        "- 관내 의원·치과 9곳 참여, 어르신 300명 찾아가 진료\n"
        "가람군은 지난 10일 지역 의료기관과 '찾아가는 진료' 업무협약을 맺었다.\n"
        "협약에 참여한 곳은 관내 1차 의료기관으로 의과 5곳, 한의과 2곳이다.\n"
        "의료기관들은 거동이 불편한 어르신 300명의 집을 찾아가 진료한다.\n"
    )

    assert measures(agreement_of(text)) == {(300, "명")}



def test_a_province_that_held_a_joint_ceremony_is_no_signer():
    """'가람군(군수 NAME)은 … 충청북도 주최로 열린 합동 투자협약 체결식에서 ㈜A, B㈜와 … 협약을 맺었다': the
    province held the ceremony. Before: it signed beside the county."""
    text = (
        "가람군(군수 도한결)은 21일 청주 한결호텔에서 충청북도 주최로 열린 합동 투자협약 체결식에서 "
        "㈜다온푸드, 세움정밀㈜과 투자유치 협약을 맺었다.\n"
    )

    assert signers(text) == ["가람군", "㈜다온푸드", "세움정밀㈜"]


def test_who_came_a_hospitals_size_and_the_first_of_its_kind_are_no_targets():
    """'직원 10여명이, 마을 쪽에서 … 주민들이 나왔고', '주민 20여명도 나와', '병상 540개, 진료과 28개를 운영하는 상급종합병원이다',
    '도내 1호 1교1촌 자매결연서': who came, what the partner is, the first of its kind. Before: each was a
    target beside the agreement's own 30명."""
    text = (
        "이날 가람초등학교와 솔밭마을, 다온병원은 도내 1호 1교1촌 자매결연서에 서명하고, 학교는 해마다 학생 30명의 "
        "농촌 체험을 열기로 했다.\n"
        "이 자리에는 학교 쪽에서 교장과 교직원 10여명이, 마을 쪽에서 이장과 주민들이 나왔고, 도의원도 함께 축하했다.\n"
        "협약식 자리에는 마을 주민 20여명도 나와 박수를 보냈다.\n"
        "다온병원은 병상 540개, 진료과 28개를 운영하는 상급종합병원이다.\n"
    )

    assert measures(agreement_of(text)) == {(30, "명")}



def test_an_area_given_again_in_pyeong_after_a_comma_is_one_target():
    """'산단 안 3만 2천㎡, 9천여 평 부지에': the same land in the old unit. Before: two targets."""
    text = "㈜가온팩은 2029년까지 250억 원을 들여 나래산단 안 3만 2천㎡, 9천여 평 부지에 공장을 짓기로 가람시와 협약을 맺었습니다.\n"

    assert {m for m in measures(agreement_of(text)) if m[1] in ("㎡", "평")} == {(32000, "㎡")}



def test_visitors_counted_so_far_are_no_target():
    """'숲을 찾은 탐방객이 올해 처음으로 4만 명을 넘었습니다': a count of the past. Before: a target beside the
    agreement's own 12명."""
    text = (
        "가람군은 오늘 숲 해설 협회와 업무협약을 맺고 해설사 12명을 새로 두기로 했습니다.\n"
        "자작나무숲을 찾은 탐방객이 올해 처음으로 4만 명을 넘었습니다.\n"
    )

    assert measures(agreement_of(text)) == {(12, "명")}


def test_newlyweds_named_in_a_headline_are_no_signer():
    """'청년·신혼부부 임대주택 60세대..도·군·LH 협약': those the homes are for, not a body. Before: '신혼부부'
    signed."""
    text = "다온군과 충청북도, 한국토지주택공사는 청년과 신혼부부를 위한 임대주택 60세대를 짓는 협약을 맺었다.\n"

    assert "신혼부부" not in signers(text, headline="다온에 청년·신혼부부 임대주택 60세대..도·군·LH 협약")



def test_a_province_that_prepared_the_joint_ceremony_and_its_governor_who_came_are_no_signers():
    """'OO군은 23일 충청북도가 도청 대회의실에서 마련한 '… 시군 합동 투자협약식'에서 ㈜A와 … 맺었다 … 이날
    행사에는 NAME 군수, NAME 충북도지사, … 관계자들이 함께했다': the province held it and its governor came.
    Before: both were the agreement's."""
    text = (
        "충북 다온군은 23일 충청북도가 도청 대회의실에서 마련한 '2027 상반기 시군 합동 투자협약식'에서 "
        "㈜솔벌테크와 투자협약을 맺었다고 24일 밝혔다.\n"
        "이날 행사에는 도한결 다온군수, 윤하람 충북도지사, 모세린 ㈜솔벌테크 대표이사를 비롯해 도내 시군과 기업 "
        "관계자들이 함께했다.\n"
    )
    agreement = agreement_of(text)

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["다온군", "㈜솔벌테크"]
    assert {p["name"] for p in agreement["people"]} == {"도한결", "모세린"}



def test_a_governor_among_those_at_a_countys_signing_is_a_guest():
    """'이날 협약식에는 NAME 충청북도지사, NAME 갈잎군수, ㈜A NAME 대표이사가 참여한 가운데 … 투자협약을 맺었다',
    the county and the firm signing: the governor came. Before: the governor was the agreement's person."""
    text = (
        "충북 나래군은 16일 충청북도청 소회의실에서 ㈜다온케미칼과 투자협약을 체결했다.\n"
        "이날 협약식에는 윤하람 충청북도지사, 도한결 나래군수, ㈜다온케미칼 모세린 대표이사가 참여한 가운데 "
        "투자금액 180억원의 협약을 맺었다.\n"
    )

    assert {p["name"] for p in agreement_of(text)["people"]} == {"도한결", "모세린"}



def test_a_provinces_official_among_those_at_a_countys_signing_is_a_guest():
    """'이날 협약식에는 NAME 나래군수를 비롯해 NAME 전라남도 에너지산업국장, ㈜A NAME 대표 등이 자리했다': the
    province's director came to the county's signing. Before: the director was the agreement's person."""
    text = (
        "전남 나래군은 15일 군청에서 ㈜다온풍력과 해상풍력 투자협약을 맺었다.\n"
        "이날 협약식에는 도한결 나래군수를 비롯해 윤하람 전라남도 에너지산업국장, ㈜다온풍력 모세린 대표 등이 자리했다.\n"
    )

    assert {p["name"] for p in agreement_of(text)["people"]} == {"도한결", "모세린"}



def test_a_delegations_size_parts_of_a_whole_and_a_ranking_are_no_targets():
    """'… 대표단은 A 시장과 B 의장 등 12명이다', '국민임대 60호와 영구임대 20호, 행복주택 20호로 구성되며', '채용
    계획은 A가 45명으로 가장 많고 B 30명, C 25명 순이다': who came, the parts of the 100호, each firm's share of
    the 100명. Before: each was a target beside the totals."""
    text = (
        "나래시와 한국토지주택공사는 8일 시청에서 공공임대주택 100호를 짓는 협약을 맺었다.\n"
        "주택은 국민임대 60호와 영구임대 20호, 행복주택 20호로 구성되며 모두 공사가 짓는다.\n"
        "입주 지원 업체 세 곳은 100명을 새로 채용한다. 채용 계획은 다온건설이 45명으로 가장 많고 가람설비 30명, "
        "누리관리 25명 순이다.\n"
        "이번에 나래시를 찾은 자매도시 대표단은 바야르 시장과 간바트 의장 등 12명이다.\n"
    )

    assert measures(agreement_of(text)) == {(100, "호"), (100, "명")}



def test_places_counted_before_the_money_and_the_capacity_are_no_target():
    """'… 도내 저수지 29곳에 1900억 원을 들여 96㎿ 규모의 수상 태양광을 짓는다': where the total goes. Before: '29곳'
    was a target beside the 96㎿."""
    text = (
        "다온도와 한국농어촌공사, ㈜가람솔라는 9일 도청에서 수상 태양광 개발 협약을 맺었다.\n"
        "이번 협약으로 세 기관은 2029년까지 도내 저수지 29곳에 1900억 원을 들여 96㎿ 규모의 수상 태양광을 짓는다.\n"
    )

    assert measures(agreement_of(text)) == {(96, "MW")}


# --- people -------------------------------------------------------------------------------------------


def test_a_schools_head_named_with_its_short_form_heads_the_school_that_signs():
    """'NAME 한결공고 교장은 …': the school signs as '한결공업고등학교', its short form names it in the quote's
    head. Before: the head was no one's person."""
    text = (
        "가람시는 23일 한결공업고등학교와 안전한 통학로 조성 업무협약을 맺었다고 밝혔다.\n"
        '도윤서 한결공고 교장은 "학생들이 안심하고 다니게 돼 고맙다"고 말했다.\n'
    )

    assert ("도윤서", "교장", "한결공업고등학교") in people_of(text)


def test_a_committees_head_of_a_numbered_neighbourhood_heads_its_committee():
    """'NAME 누리3동 주민자치위원장은 …': the head of '누리3동 주민자치위원회', a 위원장 of its 위원회, its place
    numbered. Before: no one's person."""
    text = (
        "가람시 누리3동 주민자치위원회와 다온군 솔면 주민자치위원회는 9일 자매결연 협약을 맺었다.\n"
        '하도윤 누리3동 주민자치위원장은 "두 마을이 서로 돕겠다"고 말했다.\n'
    )

    assert ("하도윤", "주민자치위원장", "가람시 누리3동 주민자치위원회") in people_of(text)


def test_share_and_print_widgets_under_the_article_are_no_text_of_it():
    """'이 기사를 친구에게 | 인쇄하기 | 목록', '기사 공유하기  페이스북  카카오톡  링크 복사': a page's widgets,
    seen in the production check as the last line of an article's text. Before: they stayed in it."""
    page = (
        f"{HEADLINE}\n\n{LEAD}\n협약에 따라 회사는 30명을 새로 뽑는다.\n\n"
        "이 기사를 친구에게 | 인쇄하기 | 목록\n기사 공유하기  페이스북  카카오톡  링크 복사\n"
    )
    (article,) = articles_of(page, published=datetime.date(2027, 5, 3))

    assert "친구에게" not in article["text"] and "공유하기" not in article["text"]
