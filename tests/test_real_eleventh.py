"""General forms the eleventh round's real development pages (dev13) showed the extractor missing,
tried with sentences written for the purpose (invented names, places and figures). Each test fails on
the code before the round except the guards written with their rules."""

import datetime

from agreements.ingest import extract_bytes
from tests.articles import agreement_of, signers


def _document(text, published=None):
    return extract_bytes(text.encode(), name="page.txt", published=published)["articles"]


def test_the_city_whose_hall_is_the_venue_is_the_city_a_bare_partner_names():
    """'공사는 원주시청에서 시와 … 협약식을 가졌다': the city is named only by its hall (a city the
    gazetteer knows), and '시와' is it."""
    text = "다온주택공사는 12일 원주시청에서 시와 '청년 임대주택 공급'을 위한 업무협약식을 가졌다고 밝혔다."
    assert sorted(signers(text)) == ["다온주택공사", "원주시"]


def test_a_hall_of_no_known_government_names_no_city():
    """Guard: a hall the gazetteer knows no government of ('가람시청') makes no city of '시와'."""
    text = "다온주택공사는 12일 가람시청에서 시와 '청년 임대주택 공급'을 위한 업무협약식을 가졌다고 밝혔다."
    assert signers(text) == ["다온주택공사"]


def test_a_standing_schemes_terms_told_as_what_one_may_get_are_not_the_agreements_money():
    """'… 지구에 투자하면 부지매입비의 40%까지, 5억원 이내의 보조금을 지원받을 수 있다': the scheme's caps."""
    text = (
        "가람군은 16일 군청에서 ㈜다온식품과 투자협약을 체결했다.\n"
        "㈜다온식품은 나래농공단지 5천㎡에 80억원을 투자해 가공공장을 짓기로 했다.\n"
        "나래농공단지는 투자촉진지구로 지정된 곳이다. 이곳에 투자하면 부지매입비의 40%까지 입지보조금과 "
        "4억원 이내의 고용보조금을 지원받을 수 있다."
    )
    agreement = agreement_of(text)
    assert [b["text"] for b in agreement["budgets"]] == ["80억원"]
    assert (40, "%") not in {(t["value"], t["unit"]) for t in agreement["targets"]}


def test_a_signing_told_with_what_follows_it_is_dated_by_the_day_of_the_news():
    """'… 협약을 체결하고, 다음 달 장터를 연다고 20일 밝혔다': the signing is told done on the 20th."""
    text = (
        "가람연합회(회장 한다온)는 나래군의회협의회와 상생협력을 위한 업무협약(MOU)을 체결하고, "
        "다음 달 직거래 장터를 연다고 20일 밝혔다."
    )
    agreement = agreement_of(text, published=datetime.date(2025, 3, 20))
    assert agreement["signed_on"] == "2025-03-20"


def test_a_caption_credited_without_brackets_above_the_lead_is_not_the_signing_sentence():
    """A page that opens on a photo's caption ('… 협약(MOU)체결하고 있다. 가람연합회 제공') is dated by its
    lead ('… 협약(MOU)을 체결하고, … 연다고 10일 밝혔다')."""
    text = (
        "가람연합회는 나래농어촌지역협의회와 농업인 소득 증대와 상생협력을 위한 업무협약(MOU)체결하고 있다. "
        "가람연합회 제공\n\n"
        "가람연합회(회장 한다온)는 나래농어촌지역협의회와 상생협력을 위한 업무협약(MOU)을 체결하고, "
        "다음 달 직거래 장터를 연다고 10일 밝혔다."
    )
    agreement = _document(text, published=datetime.date(2024, 5, 10))[0]["agreements"][0]
    assert agreement["signed_on"] == "2024-05-10"


def test_a_caption_that_names_the_signers_keeps_them_after_a_cut_off_last_paragraph():
    """Guard: a credited caption listing the signers ('NAME 가람시장(왼쪽부터), NAME 다온공사 사장이 … 협약’을
    체결하고 …있다. 가람시 제공') is kept, and not glued to a last paragraph the page cut mid-word."""
    text = (
        "가람시는 3일 다온공사와 ‘항만 물류 협력 업무협약’을 체결했다고 밝혔다.\n\n"
        "윤가람 가람시장(왼쪽부터), 서나래 다온공사 사장이 3일 ‘항만 물류 협력 업무협약’을 체결하고 "
        "기념촬영을 하고 있다. 가람시 제공\n\n"
        "두 기관은 항만 물류 거점을 함께 키우기로 하고 부"
    )
    agreement = _document(text, published=datetime.date(2026, 1, 3))[0]["agreements"][0]
    people = {p["name"] for p in agreement["people"]}
    assert {"윤가람", "서나래"} <= people


def test_a_headline_and_its_sub_headlines_run_together_on_one_line_are_the_header():
    """' date …' then 'A·B와 업무협약 체결...보증 우대 … 지원' on one line: the header, not a signing
    sentence without a day; the lead's '지난 5일' dates the signing."""
    text = (
        " date 2026-02-09 다온은행·가람보증재단과 업무협약 체결...구·은행 출연금 기반 보증 연계 금융지원 "
        "구조 보증 우대·저금리 적용 소상공인 자금 지원\n\n"
        "서울 나래구(구청장 한가람)가 지난 5일 다온은행, 가람보증재단과 함께 ‘소상공인 특별융자 지원 "
        "업무협약’을 체결했다.\n\n"
        "이번 협약을 통해 나래구는 2억 원을 출연한다."
    )
    articles = _document(text, published=datetime.date(2026, 2, 9))
    assert articles[0]["headline"] == "다온은행·가람보증재단과 업무협약 체결"
    assert articles[0]["agreements"][0]["signed_on"] == "2026-02-05"


def test_firms_listed_as_those_wishing_to_invest_with_leading_legal_marks_are_the_signers():
    """'신규 투자 희망 기업은 △(주)A(대표 NAME) △B(주)(대표 NAME) △(주)C 대표(NAME, NAME) 등 3개사다':
    each bulleted firm signs, a legal mark before the name or after it, its heads in brackets either
    way; and '3개사' counts the firms listed, no goal of the agreement."""
    text = (
        "나래군은 4일 군청에서 신규 투자 희망 기업 협약식을 열었다.\n"
        "올해 신규 투자 희망 기업은 △(주)가람정밀(대표 김다온) △다온소재(주)(대표 이나래) "
        "△(주)한빛금속 대표(박가람, 최한빛) 등 3개사다.\n"
        "협약에 따라 이들 기업은 모두 300억원을 투자한다."
    )
    agreement = agreement_of(text, published=datetime.date(2024, 9, 4))
    names = {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert names == {"나래군", "(주)가람정밀", "다온소재(주)", "(주)한빛금속"}
    assert (3, "개사") not in {(t["value"], t["unit"]) for t in agreement["targets"]}


def test_a_day_followed_by_a_count_of_firms_dates_the_signing():
    """'가람시는 1일 2개 기업과 … 양해각서를 체결했다': '1일' is the day, not a rate per day."""
    text = "경북 가람시는 3일 2개 기업과 900억원 규모 투자양해각서를 체결했다."
    agreement = agreement_of(text, published=datetime.date(2021, 7, 5))
    assert agreement["signed_on"] == "2021-07-03"


def test_a_rate_per_day_is_still_no_date():
    """Guard: '1일 3회 운행하는 셔틀' is a rate, so the signing's day is the one before the verb."""
    text = "가람시는 1일 3회 운행하는 셔틀버스를 위해 지난 2일 나래교통과 업무협약을 체결했다."
    agreement = agreement_of(text, published=datetime.date(2021, 7, 5))
    assert agreement["signed_on"] == "2021-07-02"


def test_a_memorandum_exchanged_with_its_latin_name_spaced_in_brackets_signs():
    """'… 16일 컨벤션센터에서 투자양해각서( MOU)를 교환했다': the sentence signs, and its day dates it
    rather than a later sentence about the firms that signed."""
    text = (
        "가람시는 다온에너지 등 신재생에너지 기업들과 16일 가람컨벤션센터에서 투자양해각서( MOU)를 교환했다.\n"
        "이번에 투자유치협약을 체결한 기업들은 시가 이달 초부터 발굴한 곳이다."
    )
    agreement = agreement_of(text, published=datetime.date(2011, 3, 17))
    assert agreement["signed_on"] == "2011-03-16"


def test_a_ceremony_told_as_held_in_an_article_naming_no_day_takes_the_news_day():
    """'이 협약식은 … 참석한 가운데 진행됐다' with no day anywhere: the news day, the verb kept as the words."""
    text = (
        "이 협약식은 한가람 가람시 경제실장·㈜다온정밀 이나래 대표이사 등이 참석한 가운데 진행됐다.\n"
        "투자 양해각서는 기업은 공장을 옮기고 가람시는 행정 지원을 한다는 내용을 담고 있다."
    )
    agreement = agreement_of(text, published=datetime.date(2018, 10, 24))
    assert agreement["signed_on"] == "2018-10-24"
    assert agreement["signed_on_text"] == "진행됐"


def test_joint_heads_named_in_brackets_after_their_title_are_people_of_their_firm():
    """'(주)A 대표(NAME, NAME)': both heads stand for the firm; a position in the brackets
    ('사장(오른쪽)') is nobody."""
    text = (
        "나래군은 4일 군청에서 (주)한빛금속 대표(박가람, 최한빛)와 투자협약을 체결했다.\n"
        "이날 다온공사 사장(오른쪽)과 한다온 나래군수가 협약서를 들고 있다."
    )
    people = {(p["name"], p["org"]) for p in agreement_of(text, published=datetime.date(2024, 9, 4))["people"]}
    assert {("박가람", "(주)한빛금속"), ("최한빛", "(주)한빛금속")} <= people
    assert not any(name == "오른쪽" for name, _ in people)


def test_a_signing_still_told_as_a_policy_yields_to_the_one_done():
    """'… 기업과 MOU를 체결한다는 방침이다' is planned: the dated signing told as done is the agreement's."""
    text = (
        "가람군이 다온도, 이전 기업 2곳과 함께 3자간 투자협약을 체결했다고 28일 밝혔다.\n"
        "가람군은 27일 현재 9개 기업을 유치했으며 5월까지 2개 기업과 이전투자 MOU를 체결한다는 방침이다."
    )
    agreement = agreement_of(text, published=datetime.date(2015, 2, 4))
    assert agreement["signed_on"] == "2015-01-28"


def test_a_headline_run_into_the_lead_is_dated_by_the_leads_own_verb():
    """'A·B, 투자협약 체결 B가 A와 27일 … 체결했다': the first '체결' has no day before it; the lead's
    verb does, and dates the signing."""
    text = "다온도·가람군·기업체, 이전 기업 투자협약 체결 가람군이 다온도, 이전 기업 2곳과 함께 27일 군청에서 투자협약을 체결했다."
    agreement = agreement_of(text, published=datetime.date(2015, 2, 4))
    assert agreement["signed_on"] == "2015-01-27"


def test_a_regional_office_named_for_two_regions_is_one_branch_of_its_body():
    """'다온공사(DO) 대구·경북 지역본부와': one party, the branch named for both regions — not the
    institution, a city and a branch apart."""
    text = "가람군은 9일 한국국토정보공사(LX) 대구·경북 지역본부와 공간개발 업무협약을 체결했다."
    assert sorted(signers(text)) == ["가람군", "한국국토정보공사 대구·경북 지역본부"]


def test_a_region_written_before_a_branch_that_no_body_precedes_is_still_no_branch():
    """Guard: the region and branch after a date and no body ('9일 충남 본부에서') make no branch of
    anything: the signers are the two bodies named."""
    text = "가람군은 9일 충남 본부 회의실에서 나래대학교와 공간개발 업무협약을 체결했다."
    assert sorted(signers(text)) == ["가람군", "나래대학교"]


def test_counties_named_short_and_run_together_before_their_count_each_sign():
    """'도는 … 보성.강진 2개 군, 3개 기업과 … 체결했다': each short name with the counted noun is a
    county the gazetteer knows, and each signs (real county names: the gazetteer must know them)."""
    text = "다온도는 21일 도청에서 보성.강진 2개 군, 가람산업㈜과 1천억 원 규모의 투자협약을 체결했다."
    assert {"보성군", "강진군"} <= set(signers(text))


def test_short_names_that_do_not_match_their_count_name_no_county():
    """Guard: three short names before '2개 군' are not the two counties counted."""
    text = "다온도는 21일 도청에서 보성.강진.가람 2개 군, 가람산업㈜과 1천억 원 규모의 투자협약을 체결했다."
    assert not {"보성군", "강진군"} & set(signers(text))


def test_a_farm_form_written_after_a_firms_name_before_a_title_is_no_firm():
    """'NAME 다온바이오㈜ 농업회사법인 대표': '농업회사법인 대표' is the firm's form and its head's title,
    not a firm of its own."""
    text = (
        "가람군은 2일 군청에서 2개 기업과 투자협약을 체결했다.\n"
        "협약식에는 김나래 다온바이오㈜ 농업회사법인 대표, 이한빛 ㈜가온 대표 등이 참석했다."
    )
    assert not any("농업회사법인" in name for name in signers(text))


def test_an_undated_signing_after_a_lead_that_told_the_agreement_takes_the_leads_news_day():
    """'10개 지자체는 … 사업에 협력하기로 했다고 1일 밝혔다. … 협의회는 … 모임을 갖고 가람시와 이를 위한
    협약을 맺었다': the signing is the news the lead told on the 1st."""
    text = (
        "가람 5개 자치구와 인접 5개 시·군 등 10개 지자체는 가람시의 '전기차 생산도시 조성사업'에 "
        "협력하기로 했다고 1일 밝혔다. 10명의 단체장이 소속된 '나래 생활권 행정협의회'는 다온 수목원에서 "
        "모임을 갖고 가람시와 이를 위한 협약을 맺었다."
    )
    agreement = agreement_of(text, published=datetime.date(2016, 9, 1))
    assert agreement["signed_on"] == "2016-09-01"


def test_a_deal_of_an_earlier_month_that_describes_the_firm_whose_plant_opens_is_no_agreement():
    """'군이 지난 11일 2021년 5월 군과 투자유치 협약을 맺은 기업인 ㈜A가 … 준공식을 개최했다고 밝혔다': the
    news is an opening; the agreement, dated by its own earlier month, describes the firm."""
    text = (
        "가람군이 지난 11일 2021년 5월 군과 투자유치 협약을 맺은 기업인 ㈜다온소재가 나래농공단지 내에 "
        "공장을 증축하고 준공식을 개최했다고 밝혔다."
    )
    assert _document(text, published=datetime.date(2022, 3, 14))[0]["is_agreement"] is False


def test_a_deal_told_with_the_news_day_and_a_relative_clause_is_still_the_news():
    """Guard: '가람군이 11일 군청에서 투자유치 협약을 맺은 ㈜다온소재는 …' has no month of its own."""
    text = "가람군이 11일 군청에서 투자유치 협약을 맺은 ㈜다온소재는 나래농공단지에 공장을 짓는다."
    assert _document(text, published=datetime.date(2022, 3, 14))[0]["is_agreement"] is True


def test_a_hyphenated_latin_short_name_in_brackets_names_the_same_body():
    """'한국수자원공사(K-water)와 …' then 'K-water와 …': one party, not two."""
    text = (
        "한국수자원공사(K-water)와 한국농어촌공사는 오는 30일 물관리 업무 협력 MOU를 체결한다고 29일 밝혔다.\n"
        "이번 협약은 댐을 운영하는 K-water와 저수지를 운영하는 한국농어촌공사가 힘을 합치는 것이다."
    )
    assert sorted(signers(text)) == ["한국농어촌공사", "한국수자원공사"]


def test_a_commander_whose_name_ends_like_a_district_is_a_person():
    """'제1234부대 3대대 신상구 대대장': a commander named 신상구, not a district; and 'NAME 나래군수와' is
    the county's head, not a firm called 나래군수."""
    text = "▲ 한가람 나래군수와 제1234부대 3대대 신상구 대대장이 통합방위 협정을 체결하고 기념 촬영을 하고 있다"
    names = set(signers(text))
    assert "신상구" not in names and "나래군수" not in names
    assert "나래군" in names


def test_a_bare_place_name_before_a_partner_is_its_county_not_a_firm():
    """'연천, OO연구원과 MOU 체결' run into '경기도 연천군과 …': the county signs once, by its full name."""
    text = (
        "연천, 한국건설기술연구원과 MOU 체결 "
        "경기도 연천군과 한국건설기술연구원은 지난 9일 군청 상황실에서 상호협력 양해각서를 체결했다."
    )
    assert sorted(signers(text)) == ["연천군", "한국건설기술연구원"]


def test_bare_place_names_listed_before_a_full_county_name_are_counties():
    """'충북도와 보은·옥천·단양군은 …': each bare place takes the ending of the last, a county each."""
    text = "충북도와 보은·옥천·단양군은 20일 3개 기업과 총 900억원 규모의 투자협약을 했다."
    assert {"충북도", "보은군", "옥천군", "단양군"} <= set(signers(text))


def test_a_ministry_whose_deputy_signs_is_a_party():
    """'NAME 다온공사 사장과 NAME 국방부 차관은 … 협약서를 체결한다': the gazetteer knows the ministry,
    so it signs like any known body."""
    text = "한가람 다온공사 사장과 이나래 국방부 차관은 27일 국방부에서 군 전력 현대화를 위한 협약서를 체결한다."
    assert sorted(signers(text)) == ["국방부", "다온공사"]


def test_a_ministrys_short_and_former_names_are_the_same_body():
    """Guard: '행정중심복합도시건설청' and '행복청' in one article stay one party now that the gazetteer
    knows both forms."""
    text = (
        "행정중심복합도시건설청(청장 한가람)은 11일 다온시와 상생발전 업무협약을 체결했다.\n"
        "행복청은 다온시 축제에 직원들을 참여시키기로 했다."
    )
    assert sorted(signers(text)) == ["다온시", "행정중심복합도시건설청"]


def test_a_ministry_named_before_its_programme_does_not_sign():
    """'A시와 B대학교는 … 교육부 공모사업 추진을 위해 업무협약을 체결했다': the ministry runs the programme
    (a guard of the gazetteer's ministries: known, the ministry would otherwise sign)."""
    text = "가람시와 나래대학교는 24일 나래대에서 교육부 공모사업「지역혁신 사업」추진을 위해 업무협약을 체결했다."
    assert sorted(signers(text)) == ["가람시", "나래대학교"]


def _measures(text, published=datetime.date(2024, 5, 10)):
    return {(t["value"], t["unit"]) for t in agreement_of(text, published=published)["targets"] if t["value"]}


def test_homes_broken_down_by_kind_before_their_total_are_not_targets_of_their_own():
    """'국민임대 60호, 영구임대 20호, 행복주택 20호 등 총 100세대': the total is the target."""
    text = (
        "가람군과 다온주택공사는 10일 임대주택 공급 협약을 체결했다.\n"
        "협약에 따라 나래리 일원 9천㎡에 국민임대 60호, 영구임대 20호, 행복주택 20호 등 총 100세대가 공급된다."
    )
    measures = _measures(text)
    assert (100, "세대") in measures
    assert not {(60, "호"), (20, "호")} & measures


def test_a_battalion_is_no_count_of_vehicles_and_buildings_are_counted_as_such():
    """'제1234부대 2대대' holds no '2대'; '9개동 146실의 리조트' is 9 buildings (개동) and 146 rooms."""
    text = (
        "가람군은 10일 제1234부대 2대대와 통합방위 협정을 체결했다.\n"
        "협정에 따라 부대는 9개동 146실의 숙영시설을 짓는다."
    )
    measures = _measures(text)
    assert (2, "대") not in measures
    assert {(9, "개동"), (146, "실")} <= measures


def test_a_site_sold_out_thanks_to_the_agreement_is_a_state_not_a_target():
    """'이번 협약으로 식품단지는 100% 분양을 완료했습니다': where things stand, not a goal."""
    text = (
        "가람군은 10일 다온식품과 투자협약을 체결했습니다.\n"
        "다온식품은 공장을 지어 50명을 고용합니다. 특히 이번 협약으로 식품단지는 100% 분양을 완료했습니다."
    )
    measures = _measures(text)
    assert (100, "%") not in measures
    assert (50, "명") in measures


def test_townships_named_with_their_cities_sign_as_subject_and_partner():
    """'가람시 나래면은 … 다온시 보람동과 자매결연 협약을 체결했다': the 면 and the 동 sign, not their cities;
    a province before a county's township ('전라남도 고흥군 동강면') only says where it is."""
    text = "가람시 나래면은 27일 다온시 보람동 복합커뮤니티센터에서 다온시 보람동과 자매결연 협약을 체결했다."
    assert sorted(signers(text)) == ["가람시 나래면", "다온시 보람동"]
    text = "광주 광산구 송정1동이 20일 전라남도 고흥군 동강면(면장 한가람)과 상생 업무협약을 체결했다."
    assert "전라남도" not in signers(text)
    assert "고흥군 동강면" in signers(text)


def test_a_word_ending_like_a_township_with_a_particle_is_still_no_township():
    """Guard: '가람시 측면에서' is a side, not an office of the city."""
    text = "가람시는 27일 나래대학교와 협약을 체결했다. 가람시 측면에서 보면 교육 협력이 늘어난다."
    assert sorted(signers(text)) == ["가람시", "나래대학교"]


def test_residents_committees_of_numbered_neighbourhoods_sign_by_their_full_names():
    """'가람2동 주민자치회(회장 NAME)와 나래군다온면 주민자치위(위원장 NAME)는 … 협약을 체결하고': the two
    committees, named with their 동 and 면, sign — not the county or the township's office."""
    text = (
        "가람2동 주민자치회(회장 김한결)와 나래군다온면 주민자치위(위원장 이가온)는 지난 13일 "
        "도농교류 자매결연 협약을 체결하고 상생발전을 약속했다."
    )
    names = signers(text)
    assert "가람2동 주민자치회" in names
    assert any(name.replace(" ", "") == "나래군다온면주민자치위" for name in names)


def test_a_head_whose_title_has_etc_glued_on_and_a_council_chair_among_the_attendees():
    """'… 이나래 군 의회의장, 군 의원, 조한결 다온연구원 원장등 25명이 참석했다': the institute's head
    counts (its '등' glued to the title), the council's chair is a guest."""
    text = (
        "가람군과 다온연구원은 지난 9일 군청에서 양해각서를 체결했다.\n"
        "이날 협약식에는 김가람 군수, 이나래 군 의회의장, 군 의원, 조한결 다온연구원 원장등 25명이 참석했다."
    )
    people = {p["name"]: p["org"] for p in agreement_of(text, published=datetime.date(2010, 4, 11))["people"]}
    assert people.get("조한결") == "다온연구원"
    assert "이나래" not in people


def test_a_regional_branch_and_a_district_office_named_with_their_metropolis_sign_in_full():
    """'다온보험평가원 광주지원(지원장 NAME, 이하 ‘광주지원’)과 광주광역시 광산구청은 …' under a headline that
    shortens the institute ('평가원 광주지원, … 협약식 개최'): the branch by its full name, the district by
    its office with its metropolis."""
    text = (
        "평가원 광주지원, 일자리 창출 업무협약식 개최\n\n"
        "다온보험평가원 광주지원(지원장 한가람, 이하 ‘광주지원’)과 광주광역시 광산구청(이하 광산구청)은 "
        "어제 광산구청에서 일자리 창출을 위한 업무협약을 체결했다고 밝혔다."
    )
    agreement = _document(text, published=datetime.date(2019, 6, 8))[0]["agreements"][0]
    names = sorted(p["name"] for p in agreement["parties"])
    assert names == ["광주광역시 광산구청", "다온보험평가원 광주지원"]


def test_a_firm_said_to_have_signed_that_day_signs_and_its_reason_to_invest_is_no_firm():
    """'㈜A 등 3개 기업 대표가 참석한 가운데 … 맺었다. 이날 투자 협약을 체결한 ㈜A는 … 공장증설이
    불가피해 …': A signs (not only attends); '공장증설이' is why it invests, not a firm."""
    text = (
        "가람시(시장 한가람)는 15일 시청에서 ㈜다온켐 등 3개 기업 대표가 참석한 가운데 합동 투자협약을 맺었다고 밝혔다.\n"
        "이날 투자 협약을 체결한 ㈜다온켐은 반도체 재료를 생산하고 있으며, 수급물량 증가로 공장증설이 불가피해 "
        "나래산업단지 부지에 총 192억원을 투자하기로 했다.\n"
        "또, ㈜나래텍은 39억원을 신규투자 해 생산시설을, 한빛코스메틱(주)는 46억원을 투자해 화장품 생산시설을 갖추게 된다."
    )
    parties = {p["name"]: p["role"] for p in agreement_of(text, published=datetime.date(2016, 6, 15))["parties"]}
    assert parties.get("㈜다온켐") == "party"
    assert "공장증설" not in parties


def test_a_signing_told_ahead_at_a_lead_event_told_ahead_takes_the_leads_day():
    """'시장은 20일(금) … 성금을 전달한다. … 성금 전달에 앞서 … 협약을 체결한다': the lead's day."""
    text = (
        "한가람 시장은 20일(금) 오후 나래시청에서 나래시장과 만나 성금 3억 원을 전달한다.\n"
        "이어서 피해 상인들을 위로한다.\n"
        "한 시장은 성금 전달에 앞서 나래시장과 '가람시-나래시 상생협력협약'을 체결한다."
    )
    agreement = agreement_of(text, published=datetime.date(2017, 1, 20))
    assert agreement["signed_on"] == "2017-01-20"


def test_figures_that_are_not_the_agreements_own():
    """A print-edition line ('신문게재 2026-03-17 13면') is chrome; a total's shares in brackets
    ('총 136억원(기금 40억원, 특조 14억원 군비 82억원)') are not budgets of their own; a year's running
    total ('올해 8조원이 넘는 투자를 유치했다') is no budget; an ordinal ('1호 투자협약 기업') counts nothing."""
    text = (
        "신문게재 2026-03-17 13면\n\n"
        "가람도는 16일 도청에서 나래군, 다온에너지와 투자협약을 체결했다.\n\n"
        "가람도가 올해 8조원이 넘는 투자를 유치했다. 다온에너지는 나래산업단지 1호 투자협약 기업으로, "
        "200억원을 들여 공장을 짓는다. 사업에는 2026년까지 총 136억원(기금 40억원, 특조 14억원 군비 82억원)을 투입한다."
    )
    agreement = _document(text, published=datetime.date(2026, 3, 16))[0]["agreements"][0]
    assert sorted(b["text"] for b in agreement["budgets"]) == ["136억원", "200억원"]
    assert not {(13, "면"), (1, "호")} & {(t["value"], t["unit"]) for t in agreement["targets"]}


def _is_agreement(text, published=datetime.date(2026, 2, 5)):
    return _document(text, published=published)[0]["is_agreement"]


def test_a_year_of_deals_summed_up_is_no_agreement():
    """'가람시는 지난 한 해 동안 총 11개 기업이 … 투자협약을 체결했다고 5일 밝혔다': a tally."""
    text = (
        "가람시는 지난 한 해 동안 총 11개 기업이 2천억원 규모의 투자협약을 체결했다고 5일 밝혔다.\n"
        "이들 기업은 800명의 고용을 창출한다."
    )
    assert _is_agreement(text) is False


def test_a_signing_still_to_come_after_a_selection_or_an_approval_is_no_agreement():
    """'선정된 업체는 시와 업무협약을 체결한 후 3년 동안 사업을 수행하게 된다', '3자 협약 체결 후 사업을
    추진할 것을 승인했다': the signing has not happened."""
    text = (
        "가람시는 공공배달앱 운영대행사를 공모한다.\n"
        "최종 선정된 업체는 가람시와 업무협약을 체결한 후 3년 동안 사업을 수행하게 된다."
    )
    assert _is_agreement(text) is False
    text = "나래부는 최근 가람시, 다온공단 간 3자 협약 체결 후 사업을 추진할 것을 승인했다."
    assert _is_agreement(text) is False


def test_a_signing_followed_by_what_was_done_after_it_on_its_day_is_still_the_news():
    """Guard: '가람시는 5일 나래대학교와 업무협약을 체결한 뒤 캠퍼스를 둘러볼 예정이다': the day says the
    signing is the news, whatever follows it."""
    text = "가람시는 5일 나래대학교와 업무협약을 체결한 뒤 캠퍼스를 함께 둘러볼 예정이다."
    assert _is_agreement(text) is True


def test_a_signing_told_as_recent_in_an_article_with_no_day_is_left_undated():
    """'가람구가 최근 구청에서 나래대학교와 업무협약을 체결했다' and no day anywhere: not the news day — the
    page says it was some day before; the reviewer enters it."""
    text = (
        "가람구가 최근 구청 기획상황실에서 나래대학교와 문화예술 협력 업무협약을 체결했다.\n"
        "이날 협약식에는 한가람 구청장과 이나래 총장이 참석했다."
    )
    agreement = agreement_of(text, published=datetime.date(2023, 11, 27))
    assert agreement["signed_on"] is None


def test_bodies_listed_as_those_taking_part_sign_and_their_count_is_no_body():
    """'다온공사가 3개 지역관광공사와 … 협약을 체결한다. 참여 관광공사는 A(사장 NAME), B(사장 NAME),
    C(대표이사 NAME) 등이다': A, B and C sign; '지역관광공사' counted is not a body of its own."""
    text = (
        "다온공사(사장 한가람)가 3개 지역관광공사와 오는 28일 호텔에서 관광 발전을 위한 업무협약을 체결한다.\n"
        "참여 관광공사는 가람관광공사(사장 이나래), 나래관광공사(사장 김다온), 다온마케팅(주)(대표이사 박한빛) 등이다."
    )
    assert sorted(signers(text)) == ["가람관광공사", "나래관광공사", "다온공사", "다온마케팅(주)"]


def test_a_signing_with_a_kind_of_people_as_partner_takes_the_bodies_whose_heads_attend():
    """'가람시가 지역 소상공인과 함께 … 협약을 체결했다. … 협약식에는 NAME 다온플랫폼 대표, NAME
    가람시소상공인연합회장 등이 참여해 …': the firm and the association are the partners."""
    text = (
        "가람시(시장 한가람)가 지역 소상공인과 함께 공공배달앱 운영 업무협약을 체결했다.\n"
        "20일 시장실에서 가진 협약식에는 이나래 다온플랫폼 대표, 김한빛 가람시소상공인연합회장 등이 참여해 "
        "배달수수료 부담을 덜기로 했다."
    )
    assert sorted(signers(text)) == ["가람시", "가람시소상공인연합회", "다온플랫폼"]


def test_heads_at_the_ceremony_do_not_sign_when_the_signing_sentence_names_its_partner():
    """Guard: '가람시는 다온플랫폼과 … 체결했다. 협약식에는 NAME 나래협회장 등이 참여했다' — the partner
    is named; the association's head only attends."""
    text = (
        "가람시는 다온플랫폼과 공공배달앱 운영 업무협약을 체결했다.\n"
        "협약식에는 이나래 다온플랫폼 대표, 김한빛 나래상인협회장 등이 참여했다."
    )
    assert "나래상인협회" not in signers(text)
