"""General forms the twenty-second round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest import extract_text
from agreements.ingest.article import extract_article
from tests.articles import people_of, signers

DAY = datetime.date(2031, 4, 22)


def detected(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


# --- a body with its branch ---------------------------------------------------------------------


def test_an_institutions_regional_office_is_one_party_when_kiwi_reads_no_name_in_it():
    """'산림복지공단 서부지역본부': a 공단 of common words (Kiwi finds no proper noun in it) with its
    regional office is one body, an institution, and its head's org is the office."""
    text = (
        "소라군은 21일 군청에서 늘봄농협, 산림복지공단 서부지역본부, ㈜다솜에너지와 마을 태양광 사업 "
        "업무협약을 체결했다. 이날 한경수 소라군수와 노태준 산림복지공단 서부지역본부장이 서명했다.\n"
    )
    assert "산림복지공단 서부지역본부" in signers(text)
    assert "서부지역본부" not in signers(text)
    assert ("노태준", "서부지역본부장", "산림복지공단 서부지역본부") in people_of(text)


def test_a_branch_named_for_its_city_after_an_institution_is_one_party():
    """'국토안전공단 가온지사와': the institution's branch, not a firm called '가온지사'."""
    text = "소라시는 21일 국토안전공단 가온지사와 노후 교량 점검 협력 업무협약을 체결했다.\n"
    assert signers(text) == ["소라시", "국토안전공단 가온지사"]


def test_a_village_body_is_named_with_the_housing_estate_it_serves():
    """'OO마을3단지 자율방범대', 'OO아파트 부녀회': the estate is part of the body's name."""
    text = "소라경찰서는 21일 늘봄지구대와 해오름마을2단지 자율방범대가 생활안전 업무협약을 맺었다고 밝혔다.\n"
    assert "해오름마을2단지 자율방범대" in signers(text)
    text = "수원시 솔내동 행정복지센터는 21일 푸른숲아파트 부녀회와 나눔 협약을 맺었다.\n"
    assert "푸른숲아파트 부녀회" in signers(text)


def test_a_housing_estate_alone_is_no_party():
    """Guard: an estate named where the pact is signed is a place, not a signer."""
    text = "소라경찰서는 21일 해오름마을2단지 관리사무소 회의실에서 늘봄지구대와 생활안전 업무협약을 맺었다.\n"
    assert not any("해오름마을2단지" in name for name in signers(text))


# --- signers only through their heads, on the day -------------------------------------------------


def test_heads_who_sign_at_the_ceremony_after_a_partnerless_lead_name_the_signers():
    """'군은 … 4자 업무협약을 체결했다' then '체결식에서는 NAME 군수와 NAME A농협 조합장, NAME B진흥원
    C센터장, NAME ㈜D 대표가 협약서에 서명하고 …': the bodies before the titles sign, a branch head's
    fused title naming the branch."""
    text = (
        "소라군은 21일 군수 집무실에서 마을 태양광 발전사업을 함께 추진하기 위한 4자 업무협약을 체결했다.\n"
        "체결식에서는 한경수 군수와 노태준 늘봄농협 조합장, 변미라 남도에너지진흥원 서부센터장, 도현석 "
        "㈜다솜솔라 대표가 협약서에 서명하고 사업을 함께 추진하기로 했다.\n"
    )
    assert signers(text) == ["소라군", "늘봄농협", "남도에너지진흥원 서부센터", "㈜다솜솔라"]


def test_heads_who_sign_on_the_day_name_the_signers():
    """'이날 NAME 군수와 NAME A농협 조합장, NAME ㈜B 대표가 협약서에 서명했다'."""
    text = (
        "소라군은 21일 군청에서 마을 태양광 발전사업 업무협약을 체결했다.\n"
        "이날 한경수 군수와 노태준 늘봄농협 조합장, 도현석 ㈜다솜솔라 대표가 협약서에 서명했다.\n"
    )
    assert signers(text) == ["소라군", "늘봄농협", "㈜다솜솔라"]


def test_a_signing_list_with_one_person_who_heads_no_body_names_no_signer():
    """Guard: '이날 NAME 군수와 NAME 마을 이장, NAME ㈜A 대표가 서명했다': a village head is not a body's
    head, so the list is not read as one of heads of bodies."""
    text = (
        "소라군은 21일 군청에서 마을 태양광 발전사업 업무협약을 체결했다.\n"
        "이날 한경수 군수와 노태준 늘봄마을 이장, 도현석 ㈜다솜솔라 대표가 협약서에 서명했다.\n"
    )
    assert "늘봄마을" not in signers(text)


# --- a signing due by a time ----------------------------------------------------------------------


def test_a_signing_due_by_the_year_end_is_not_yet_an_agreement():
    """'… 답례품 공급업체를 선정했다. 군은 선정된 업체와 연말까지 공급협약을 체결하고, … 도울 계획이다':
    the pact is to come, by a time, with no day: a look-alike."""
    text = (
        "소라군은 고향사랑기부제 답례품 9개 품목과 공급업체 5곳을 선정했다고 19일 밝혔다. 군은 선정된 "
        "공급업체와 연말까지 공급협약을 체결하고, 업체들이 기부 플랫폼에 답례품을 등록하도록 도울 계획이다.\n"
    )
    assert not detected(text)


def test_a_deadline_in_what_the_pact_commits_leaves_the_signing_an_agreement():
    """Guard: '… 내년까지 공장을 짓는 투자협약을 체결했다': the deadline is the plant's, not the signing's."""
    text = "소라군은 ㈜다솜식품과 내년까지 공장을 짓는 투자협약을 체결했다고 밝혔다.\n"
    assert detected(text)


# --- a portal's header --------------------------------------------------------------------------


PORTAL_PAGE = """누리뉴스
홈 | 사회 | 정치 | 경제 | 국제 | 문화 | IT | 랭킹 | 연재

소라군-㈜다솜소재·늘봄정밀㈜, 210억 투자협약

남도중앙일보
입력 2031. 4. 21. 16:41

요약보기
요약은 기사 일부만 담고 있으니 원문 전체를 함께 읽어 주세요.
소라군은 21일 소재 기업 2곳과 210억 원 규모의 투자협약을 체결했다고 밝혔다.
[소라=남도중앙일보] 한다은 기자 = 충북 소라군은 21일 군청 상황실에서 소재 기업 2곳과 210억 원 규모의 투자협약을 체결했다고 밝혔다.
"""


def test_a_portals_menu_outlet_and_summary_button_are_no_headline():
    """The masthead above the site's menu, the outlet's name under the headline and the summary's
    '요약보기' button are not the headline; the line between them is."""
    got = extract_text(PORTAL_PAGE, name="page.txt", published=DAY)
    assert [a["headline"] for a in got["articles"]] == ["소라군-㈜다솜소재·늘봄정밀㈜, 210억 투자협약"]


def test_a_section_label_and_a_breadcrumb_above_the_headline_are_no_headline():
    """'전국' alone and '전국 > 충북' are the site's labels; the headline is the line under them."""
    page = (
        "뉴스온\n전국\n\n소라군, 9년 연속 투자유치 1조원 달성\n\n입력 2031.04.21 10:00\n\n"
        "소라군은 올해 14개 기업과 투자협약을 맺어 9년 연속 투자유치 1조원을 달성했다고 21일 밝혔다.\n"
    )
    got = extract_text(page, name="page.txt", published=DAY)
    assert got["articles"][0]["headline"] == "소라군, 9년 연속 투자유치 1조원 달성"
    page = page.replace("뉴스온\n전국\n", "뉴스온 | 로그인 | 회원가입\n전국 > 충북\n")
    got = extract_text(page, name="page.txt", published=DAY)
    assert got["articles"][0]["headline"] == "소라군, 9년 연속 투자유치 1조원 달성"


# --- figures that say what a firm is, or what is hoped --------------------------------------------

LEAD = "소라군은 21일 군청에서 ㈜다솜리조트개발과 투자협약을 체결했다. "


def targets_of(text):
    agreement = extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]
    return {(t["value"], t["unit"]) for t in agreement["targets"]}


def test_what_a_firm_runs_and_holds_to_say_what_it_is_is_no_target():
    """'A는 전국 6곳에서 리조트를 운영하며 회원 25만명을 확보하고 있는 업체로, …': the firm's profile."""
    text = LEAD + (
        "㈜다솜리조트개발은 전국 6곳에서 리조트를 운영하며 회원 25만명을 확보하고 있는 업체로, 소라호 일원 "
        "12만㎡에 휴양 리조트를 짓는다.\n"
    )
    assert targets_of(text) == {(120000, "㎡")}


def test_visitors_a_project_is_expected_to_draw_are_no_target():
    """'… 관광객이 한 해 80만명 이상 늘어날 것으로 군은 내다보고 있다': visitors hoped for, an effect."""
    text = LEAD + "리조트가 문을 열면 소라군을 찾는 관광객이 한 해 80만명 이상 늘어날 것으로 군은 내다보고 있다.\n"
    assert (800000, "명") not in targets_of(text)


def test_visitors_the_parties_agree_to_draw_stay_a_target():
    """Guard: '두 기관은 관광객 100만명 유치에 힘을 모은다' is what the pact commits."""
    text = LEAD + "두 기관은 관광객 100만명 유치에 힘을 모은다.\n"
    assert (1000000, "명") in targets_of(text)


def test_the_signers_counted_by_their_trade_are_no_targets():
    """'업종별로는 반도체 소재 5곳, 이차전지 3곳, 식품 2곳이다': the signers broken down, no goals."""
    text = (
        "소라도는 21일 도청에서 ㈜다솜 등 15개 기업과 투자협약을 체결했다. 기업들은 모두 900억원을 들여 공장 "
        "14만㎡를 짓는다. 업종별로는 반도체 소재·부품 6곳, 이차전지 4곳, 식품 3곳, 물류 2곳이다.\n"
    )
    assert targets_of(text) == {(140000, "㎡")}


# --- pharmacies -------------------------------------------------------------------------------------


def test_pharmacies_sign_by_their_ending_and_their_pharmacists_are_their_heads():
    """'A약국, B약국과 … 협약을 체결했다', 'NAME A약국 약사': a pharmacy is a body whatever Kiwi reads in
    its name, and the pharmacist who runs it is recorded for it."""
    text = (
        "소라군보건소는 21일 푸른숲약국, 솔바람약국과 복약지도 협약을 체결했다. 이날 협약식에는 도은비 "
        "푸른숲약국 약사와 편성규 솔바람약국 약사가 참석했다.\n"
    )
    assert signers(text) == ["소라군보건소", "푸른숲약국", "솔바람약국"]
    assert people_of(text) >= {
        ("도은비", "약사", "푸른숲약국"),
        ("편성규", "약사", "솔바람약국"),
    }


# --- money that is not the pact's ---------------------------------------------------------------------


def budgets_of(text):
    agreement = extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]
    return {b["amount_krw"] for b in agreement["budgets"]}


CITY_LEAD = "소라시는 21일 시청에서 ㈜다솜미곡과 투자협약을 체결했다. ㈜다솜미곡은 제3산단에 300억원을 투자한다. "


def test_proceeds_of_a_sale_the_deal_brings_are_no_budget():
    """'… 약 44억원의 분양대금이 들어와 … 보탬이 될 전망이다': the city's income, not money of the pact."""
    text = CITY_LEAD + "분양계약이 이어지면 약 52억원의 분양대금이 들어와 시의 부채를 갚는 데 보탬이 될 전망이다.\n"
    assert budgets_of(text) == {30_000_000_000}


def test_another_deal_still_negotiated_brings_no_budget_and_no_target():
    """'이와 별도로 시는 B사와 … 5천평 부지에 100억원을 투자하는 방안을 놓고 협의를 이어가고 있으며, 다음 달 중
    협약을 맺는 것을 목표로 하고 있다': another firm's deal, not yet made."""
    text = CITY_LEAD + (
        "이와 별도로 시는 떡류 제조업체 B사와 제4산단 4천평 부지에 80억원을 투자하는 방안을 놓고 협의를 "
        "이어가고 있으며, 다음 달 중 협약을 맺는 것을 목표로 하고 있다.\n"
    )
    assert budgets_of(text) == {30_000_000_000}
    assert (4000, "평") not in targets_of(text)


def test_the_years_shares_listed_before_their_total_are_part_of_it():
    """'올해 1억원, 내년 2억원 등 2년간 모두 3억원': each year's share of the total, one budget."""
    text = (
        "소라시는 21일 시청에서 가람연구원과 연구개발 협약을 체결했다. 시는 과제에 올해 1억원, 내년 2억원 "
        "등 2년간 모두 3억원의 연구개발비를 지원한다.\n"
    )
    assert budgets_of(text) == {300_000_000}


# --- a group counted with what it is, named later; a caption above the byline -------------------------


def test_a_group_counted_with_what_it_is_is_named_in_brackets_later():
    """'… 9개 민간 의료기관과 … 협약을 맺었다' then '… 9개 의료기관(A의원, B내과의원, …)과 협약을 맺음으로써':
    the bodies in brackets sign, as many as the signing sentence counted."""
    text = (
        "소라구보건소는 지난 11일 4개 민간 의료기관과 마을주치의사업 업무협약을 맺었다. 보건소는 마을건강센터 "
        "가까이에 있는 4개 의료기관(늘봄의원, 다솜내과의원, 한빛가정의학과의원, 새길의원)과 협약을 맺음으로써 "
        "만성질환 관리를 함께 펼친다.\n"
    )
    assert {"늘봄의원", "다솜내과의원", "한빛가정의학과의원", "새길의원"} <= set(signers(text))


def test_a_photo_caption_between_headline_and_byline_does_not_cut_the_article():
    """Headline, sub-headline, '(사진) … 기념촬영을 하고 있다.(OO도 제공)', then the time line and the
    reporter's name, then the body: one article, the headline's, which is an agreement."""
    page = (
        "소라도, 6개 기업과 4280억 투자협약\n해솔 3개 업체, 나래·다온·미르 각 1개 업체 투자\n\n"
        "(사진) 19일 소라도가 도청에서 6개 기업과 투자협약을 맺은 뒤 기념촬영을 하고 있다.(소라도 제공)\n\n"
        "입력 2031.04.19 오후 4:12\n백지훈 기자\n\n"
        "(소라=뉴스누리) 백지훈 기자 = 소라도와 4개 시군이 6개 기업과 4280억원 규모의 투자협약을 맺었다.\n\n"
        "도는 19일 도청 도정회의실에서 도내 기업들과 투자협약을 체결했다.\n"
    )
    got = extract_text(page, name="page.txt", published=DAY)
    assert len(got["articles"]) == 1
    assert got["articles"][0]["headline"] == "소라도, 6개 기업과 4280억 투자협약"
    assert got["articles"][0]["agreements"]


def test_quoted_shops_each_with_its_owner_then_counted_sign_and_their_owners_are_recorded():
    """'… ‘A청과’(대표 NAME)와 ‘B마트’(대표 NAME) 2개 업소가 나눔가게 결연사업에 함께하면서 마련됐다': the shops
    sign beside the office, and their owners are their heads."""
    text = (
        "수원시 솔내동은 7일 행정복지센터에서 나눔가게 4차 협약식을 가졌다고 밝혔다. 4차 협약식은 느티로에 "
        "있는 ‘다온청과’(대표 노은서)와 ‘한아름상회’(대표 곽도진) 2개 업소가 나눔가게 결연사업에 함께하면서 "
        "마련됐다.\n"
    )
    assert {"다온청과", "한아름상회"} <= set(signers(text))
    assert people_of(text) >= {("노은서", "대표", "다온청과"), ("곽도진", "대표", "한아름상회")}


def test_the_head_of_an_institutions_regional_office_signs_for_the_office():
    """'NAME A공단 남부지역본부장': the regional office signs, not the whole institution."""
    text = (
        "소라군은 8일 군청에서 청솔농협, 산림복지공단 남부지역본부와 마을 태양광 업무협약을 체결했다. "
        "이날 협약식에서 한경수 군수와 노태준 청솔농협 조합장, 변미라 산림복지공단 남부지역본부장이 "
        "협약서에 서명했다.\n"
    )
    assert "산림복지공단" not in signers(text)
    assert "산림복지공단 남부지역본부" in signers(text)


# --- a label inside the body; a range and an income -----------------------------------------------


DATA_CENTRE = "\n\n".join(
    [
        "소라시에 1조3천억 AI 데이터센터…총 90MW 규모",
        "(소라=동방통신) 염재석 기자 = 충북 소라시에 1조원대 인공지능(AI) 데이터센터가 들어선다.",
        "소라시는 ㈜다솜클라우드, ㈜늘봄자산운용과 'AI 데이터센터 건립 투자협약'을 체결했다고 9일 밝혔다.",
        "AI 데이터센터 투자협약",
        "(소라=동방통신) 한경수(가운데) 소라시장과 도현석(왼쪽) ㈜다솜클라우드 대표, 변미라 ㈜늘봄자산운용 대표가 "
        "8일 소라시청에서 데이터센터 건립 투자협약서에 서명한 뒤 기념촬영을 하고 있다. 2031.4.8 [소라시 제공. "
        "재판매 및 DB 금지]",
        "협약에 따라 두 회사는 1조3천억원을 들여 소라읍 5만2천㎡ 터에 데이터센터를 짓는다.",
        "시는 데이터센터가 가동되면 연간 40억원 안팎의 지방세 수입이 늘어날 것으로 기대했다.",
    ]
)


def test_an_image_label_inside_the_body_does_not_start_an_article():
    """'AI 데이터센터 투자협약' on its own line over a photo's caption, then '협약에 따라 두 회사는 …': the
    sentence goes on with the story, so the line is a photo's label, not the headline of another article."""
    got = extract_text(DATA_CENTRE, name="page.txt", published=DAY)
    assert len(got["articles"]) == 1


def test_a_range_named_by_its_first_figure_is_the_exact_sum_told_later():
    """'1조원대 데이터센터' and '1조3천억원을 들여': one budget, the exact one; '40억원 안팎의 지방세 수입'
    is the city's income, no budget."""
    got = extract_text(DATA_CENTRE, name="page.txt", published=DAY)
    (agreement,) = got["articles"][0]["agreements"]
    assert {b["amount_krw"] for b in agreement["budgets"]} == {1_300_000_000_000}


def test_a_reporters_other_articles_link_comment_rules_and_footer_make_no_article():
    """'NAME 기자의 다른기사 보기', '※ 욕설이나 비방 글은 … 삭제될 수 있습니다.', '등록된 의견이 없습니다.' and the
    publisher's footer after the byline are the page's, not another article."""
    page = (
        "소라군, 늘봄에코파워와 지역상생 협약\n\n"
        "소라군은 17일 군청에서 ㈜늘봄에코파워와 지역상생 협약을 체결했다.\n\n"
        "강하늘 기자\n\n강하늘 기자의 다른기사 보기\n\n독자의견\n\n"
        "※ 욕설이나 비방 글은 예고 없이 삭제될 수 있습니다.\n\n등록된 의견이 없습니다.\n\n"
        "회사소개 | 구독신청 | 광고안내 | 기사제보 | 청소년보호정책\n\n소라신문 | 경남 소라군 소라읍 중앙로 1 | 발행인 한경수\n"
    )
    got = extract_text(page, name="page.txt", published=DAY)
    assert len(got["articles"]) == 1


# --- a deadline is no signing day ---------------------------------------------------------------------


def test_a_deadline_or_a_start_in_the_signing_sentence_is_no_signing_day():
    """'… 내년까지 공장을 짓는 투자협약을 체결했다고 밝혔다', '올해 6월부터 …': the plant's deadline or start,
    not the day of the signing, which is the day of the news."""
    for when in ("내년까지", "올해 6월부터"):
        text = f"소라군은 ㈜다솜식품과 {when} 공장을 짓는 투자협약을 체결했다고 밝혔다.\n"
        (agreement,) = extract_article(text, headline=None, subheadline=None, published=DAY)[1]
        assert agreement["signed_on"] == DAY.isoformat()


def test_cities_counted_by_their_deputy_heads_are_one_group_that_signs():
    """'NAME 지사는 … 4개 시·군 부단체장, NAME ㈜A 대표 등 9개 기업 대표와 함께 … 협약을 체결했다': the
    cities and counties, come through their deputy heads, sign as one group."""
    text = (
        "한경수 지사는 23일 도청에서 4개 시·군 부단체장, 도현석 ㈜다솜하이텍 대표 등 9개 기업 대표와 함께 "
        "합동 투자협약을 체결했다.\n"
    )
    assert "4개 시·군" in signers(text)


def test_cities_and_counties_listed_short_before_their_count_are_named_in_full():
    """'경남도와 창원, 김해, 밀양, 함안 등 4개 시군이 6개 기업과 …': each place is the city or county the
    gazetteer knows by that short name, not a firm; the firms told one by one after sign for '6개 기업'."""
    text = (
        "경남도와 창원, 김해, 밀양, 함안 등 4개 시군이 6개 기업과 4280억원 규모의 투자협약을 맺었다.\n"
        "이번 협약에 따라 창원에는 3개 업체, 김해·밀양·함안에는 각 1개 업체의 투자가 이뤄진다.\n"
        "선박엔진 제조사 다솜엔진㈜은 생산설비를 늘린다.\n위성 부품 벤처기업 ㈜늘봄우주는 생산동을 새로 짓는다.\n"
        "공작기계 부품업체 ㈜한빛정밀기계는 공장을 넓힌다.\n도장 전문기업 ㈜새솔표면기술은 생산라인을 더 깐다.\n"
        "전기차 부품업체 ㈜나래모빌리티는 함안군 일원에 생산시설을 확충하고, 휴양시설 개발사 "
        "가온리조트개발㈜은 밀양시에 리조트를 짓는다.\n"
    )
    got = signers(text)
    assert {"창원시", "김해시", "밀양시", "함안군"} <= set(got)
    assert not {"창원", "김해", "밀양", "함안"} & set(got)
    assert {"다솜엔진㈜", "㈜늘봄우주", "㈜한빛정밀기계", "㈜새솔표면기술", "㈜나래모빌리티", "가온리조트개발㈜"} <= set(got)
