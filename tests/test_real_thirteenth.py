"""General forms the thirteenth round's real development pages (dev23 and dev24, scored unread and then
read) showed the extractor missing, tried with sentences written for the purpose: invented bodies,
people, places and figures. Each test fails on the code before the round except the guards written
with their rules."""

import datetime

from agreements.ingest.detection import is_agreement_text
from tests.articles import articles_of, measures, people_of, signers

# --- look-alikes --------------------------------------------------------------------------------


def test_a_lead_that_tallies_earlier_agreements_is_no_signing():
    """'… 체결한 투자협약 가운데 10곳 중 6곳이 실제 투자로 이어진 것으로 나타났다': the page counts
    what became of earlier deals; the deals it lists after that are the tally's items."""
    text = (
        "가람도가 기업 유치를 위해 체결한 투자협약 가운데 10곳 중 6곳이 실제 투자로 이어진 것으로 나타났다.\n"
        "드론 분야에서는 누리항공과 다온모터스가 각각 110억원, 900억원의 투자협약을 맺었다."
    )
    assert not is_agreement_text(text)


def test_a_lead_that_criticises_agreements_is_no_signing():
    """'… 의원은 … 시가 체결한 MOU 중 … 사례가 많다고 지적했다': a council member's criticism."""
    text = (
        "가람시의회 김누리 의원은 18일 본회의에서 시가 체결한 MOU 중 투자로 이어지지 않은 사례가 많다고 "
        "지적하며 의회 보고를 요구했다.\n"
        "김 의원은 2023년 3월에는 다온산업과 2000억원 규모의 업무협약을 맺었지만 공장은 들어서지 않았다고 밝혔다."
    )
    assert not is_agreement_text(text)


def test_a_lead_that_reports_a_selection_is_no_signing():
    """'… 시범사업에 선정됐다', with the agreement signed to apply told at the end: a selection."""
    text = (
        "가람시가 나래대학교, 다온연구원과 함께 정부가 공고한 '지역 연구 거점 시범사업'에 선정됐다.\n"
        "한편 공모 선정을 위해 세 기관의 기관장이 참석한 가운데 업무협약식을 지난 5월에 체결하는 등 협력해 왔다."
    )
    assert not is_agreement_text(text)


def test_a_lead_that_signs_and_tallies_is_a_signing():
    """Guard: '… 27일 … 23개 기업과 투자협약을 체결하면서, 총 200개 기업과 협약을 맺은 것으로 집계됐다'
    signs in the lead itself."""
    text = (
        "가람공사가 27일 본사에서 가람시와 함께 누리전기 등 12개 기업과 투자협약을 체결하면서, 지금까지 "
        "총 150개 기업과 협약을 맺은 것으로 집계됐다."
    )
    assert is_agreement_text(text)


def test_a_signing_set_for_a_month_with_no_day_is_only_planned():
    """'내달 사업 협약 체결', '… 확정돼 5월 말 사업 협약을 체결할 예정이다': a month, no day; a day
    with '까지' in the same sentence is a deadline, not the signing's day."""
    text = (
        "가람부, 올해 120억원 투입...내달 사업 협약 체결\n\n"
        "가람부는 4일 지원 대상으로 선정된 12개 대학을 발표했다.\n"
        "평가에 참여한 대학은 오는 13일까지 이의신청을 할 수 있으며 이달 말 수행 대학이 확정돼 5월 말 사업 협약을 "
        "체결할 예정이다."
    )
    assert not is_agreement_text(text, published=datetime.date(2022, 4, 4))


def test_a_signing_set_for_a_day_is_a_planned_signing():
    """Guard: '오는 13일 협약을 체결할 예정이다' has its day."""
    text = "가람시는 오는 13일 시청에서 나래전자와 투자협약을 체결할 예정이다."
    assert is_agreement_text(text, published=datetime.date(2022, 4, 4))


def test_a_signing_still_being_negotiated_is_none():
    """'… 양해각서(MOU)를 맺고자 협의 중인 것으로 알려졌다'."""
    text = (
        "가람도가 빠르면 다음달 대규모 기업 투자를 유치한다.\n"
        "도 투자유치실은 이르면 오는 8~9월쯤 부품 제조업체 A사와 공장 증설을 내용으로 하는 투자양해각서(MOU)를 "
        "맺고자 협의 중인 것으로 알려졌다."
    )
    assert not is_agreement_text(text)


def test_a_signing_told_as_done_before_is_background():
    """'… 확약을 맺은 데 이어' with no day, '… 변경협약을 체결한 바 있다': what came before the news."""
    earlier = "가람도 기업유치단이 최근 누리전자와 3000억원 투자 확약을 맺은 데 이어 또다른 기업 투자를 끌어오게 됐다."
    assert not is_agreement_text(earlier)
    told = (
        "가람도시공사는 21일 중으로 사업자 측에 사업협약 해지를 통보할 예정이다.\n"
        "지난 6월 11일 양자는 대출이 이뤄지지 않을 경우 사업협약을 해지하는 내용의 변경협약을 체결한 바 있다."
    )
    assert not is_agreement_text(told)


def test_one_signing_after_another_on_the_news_day_is_a_signing():
    """Guard: '… 9일 A사와 협약을 맺은 데 이어 B사와도 협약을 맺었다'."""
    text = "가람시는 9일 누리전자와 투자협약을 맺은 데 이어 다온화학과도 투자협약을 맺었다."
    assert is_agreement_text(text)


def test_a_column_on_agreements_in_general_signs_nothing():
    """'MOU는 … 전제로 맺는 약속이다', '기업과 체결한 MOU를 토대로 … 전망했다', 'MOU 체결에 대해 …':
    signing that describes, with no day, is no signing."""
    text = (
        "정부나 지자체가 공들인 사업이 물거품으로 끝나는 경우를 자주 본다. 대개 양해각서(MOU)를 바탕으로 한 사업이다.\n"
        "가람도는 해당 사업을 추진하면서 기업과 체결한 MOU를 토대로 큰 경제효과를 전망했다.\n"
        "MOU는 당사자의 이행을 전제로 맺는 약속이다. 그런데 지자체는 MOU 체결에 대해 지나치게 홍보하고 있다."
    )
    assert not is_agreement_text(text)


# --- who signs ---------------------------------------------------------------------------------


def test_the_sort_said_once_in_a_list_of_participants_is_no_part_of_a_name():
    """'협약에는 A공사와 B위원회, 민간기업은 C(엔지니어링), D(펌프) … 등 20개 업체가 참여했다':
    '민간기업은' says what the names after it are."""
    text = (
        "가람공사는 지난 2일 본사에서 20개 민간기업과 해외사업을 함께 추진하기 위한 업무협약을 체결했다.\n"
        "이번 협약에는 가람공사와 누리농업위원회, 민간기업은 다온기술(엔지니어링 분야), 새솔기계(농기자재), "
        "하람수문(수문) 등 20개 업체가 참여했다."
    )
    names = signers(text)
    assert {"다온기술", "새솔기계", "하람수문"} <= set(names)
    assert not any(name.startswith("민간기업") for name in names if "개" not in name)


def test_a_committee_named_by_whose_it_is_is_one_body_in_a_list():
    """'A, B, C에너지, 주민 추진위원회와 … 협약을 체결했다': '주민 추진위원회' is one body, and the
    firms listed before it sign too."""
    text = (
        "가람시는 7일 시청에서 KD가스, HJ일렉트릭, DNCOM에너지, 주민 추진위원회와 '연료전지발전소 투자 협약'을 "
        "체결했다고 밝혔다."
    )
    assert signers(text) == ["가람시", "KD가스", "HJ일렉트릭", "DNCOM에너지", "주민 추진위원회"]



def test_a_list_goes_on_after_a_heads_bracket_and_an_and():
    """'A(대표이사 NAME)이 … B(사장 NAME) 및 C(사장직무대행 NAME)과 양해각서를 체결했다': the subject
    with its head's bracket, and the partner after '및' and its own bracket, sign."""
    text = (
        "가온글로벌(대표이사 김가람)이 지난 18일 나래개발공사에서 나래개발공사(사장 이누리) 및 "
        "한국다온발전(사장직무대행 박새솔)과 풍력 발전 협력 양해각서를 체결했다고 20일 밝혔다."
    )
    assert signers(text) == ["가온글로벌", "나래개발공사", "한국다온발전"]
    assert ("박새솔", "사장직무대행", "한국다온발전") in people_of(text)


def test_the_subject_after_a_link_to_the_sentence_before_signs():
    """'이를 위해 가람대는 9일 누리군(군수 NAME)과 업무협약을 체결했다': the short form the sentence
    before declared, after '이를 위해', is the signing university."""
    text = (
        "가람대학교(총장 김가람)가 누리군이 추진하는 스마트팜 단지 조성사업에 힘을 보태기로 했다.\n"
        "이를 위해 가람대는 9일 오전 11시 누리군(군수 이누리)과 업무협약을 체결했다."
    )
    assert signers(text) == ["가람대학교", "누리군"]


def test_a_summary_line_under_the_headline_is_whole_and_yields_to_the_lead():
    """'• 9일 A군, ㈜B 등과 협약 체결' under a headline: the bullet is whole (not run into the paragraph
    after the lead), and the lead that tells the signing with its subject is the signing sentence."""
    page = (
        "가람대, 누리군 스마트팜 조성에 힘 모은다\n\n"
        "  • 9일 누리군, ㈜누리팜, 다온테크(주) 등과 협약 체결\n\n\n"
        "[이기자 기자] 가람대학교(총장 김가람)가 누리군이 추진하는 스마트팜 단지 조성사업에 힘을 보태기로 했다.\n\n\n"
        "이를 위해 가람대는 9일 오전 11시 누리군(군수 이누리)과 ㈜누리팜(대표 박새솔), 다온테크(주)(대표 최다온) "
        "등과 업무협약을 체결했다.\n"
    )
    article = articles_of(page, datetime.date(2024, 4, 10))[0]
    assert "체결이를" not in article["text"]
    names = [p["name"] for p in article["agreements"][0]["parties"] if p["role"] == "party"]
    assert "가람대학교" in names and "누리군" in names


def test_a_ceremony_told_with_its_news_day_is_the_signing_sentence_and_its_group_signs():
    """'A시가 … 12개 지역 대학과 손을 맞잡았다. A시는 … 12개 대학과 … 협약식을 했다고 28일 밝혔다':
    the sentence with the news day tells the signing; the counted universities sign as one group."""
    text = (
        "가람시가 지역혁신 사업의 성공적인 추진을 위해 12개 지역 대학과 손을 맞잡았다.\n"
        "가람시는 시청에서 12개 대학과 '지역 인재 사업' 협약식을 했다고 21일 밝혔다."
    )
    assert signers(text) == ["가람시", "12개 대학"]
    lead = "가람시는 28일 시청에서 12개 지역 대학과 지역 인재 사업 협약을 체결했다."
    assert signers(lead) == ["가람시", "12개 지역 대학"]


def test_a_signing_in_a_past_month_with_no_day_is_still_a_signing():
    """Guard: '지난 5월 말 … 협약을 체결했다' has no day, but it was signed."""
    text = "가람시는 지난 5월 말 나래대학교와 업무협약을 체결했다."
    assert is_agreement_text(text, published=datetime.date(2022, 6, 20))


def test_a_military_academy_is_a_body_its_head_stands_for():
    """'국군OO사관학교 NAME 학교장' among the heads who attend for the counted units and bodies: the
    academy is a body (a 사관학교 ends like one), the head's organisation and a signer."""
    text = (
        "가람시는 9일 오후 대회의실에서 지역 3개 군부대 및 기관과 민·군 상생 업무협약을 체결했다.\n"
        "이날 협약은 육군가람사령부 김가람 사령관과 국군누리사관학교 박다온 학교장, 국군가람병원 최새솔 병원장이 참석했다."
    )
    assert "국군누리사관학교" in signers(text)
    assert ("박다온", "학교장", "국군누리사관학교") in people_of(text)


def test_the_ceremony_where_the_signing_happens_is_not_its_verb():
    """'… 열린 합동 투자협약 체결식에서 ㈜A, B, ㈜C와 투자유치 협약을 체결했다': '체결식에서' says where;
    the firms named after it sign."""
    text = (
        "가람군(군수 김가람)은 22일 도청 대회의실에서 열린 합동 투자협약(MOU) 체결식에서 ㈜알파원, 누리AMS, "
        "㈜K그룹, ㈜맑은연구소와 투자유치 협약을 체결했다."
    )
    assert signers(text) == ["가람군", "㈜알파원", "누리AMS", "㈜K그룹", "㈜맑은연구소"]


def test_a_twinning_ceremony_and_an_investment_contract_are_signings():
    """'… 자매결연 조인식을 가졌다', '… 7개사와 … 집단 투자계약을 체결했다'; a sponsor's '조인식' is none."""
    assert is_agreement_text("가람군(군수 김가람)은 나래군과 지난 17일 나래호텔에서 자매결연 조인식을 가졌다고 밝혔다.")
    assert is_agreement_text("가람군은 23일 군청 상황실에서 농공단지 입주업체 7개사와 공동 투자계약을 체결했다.")
    sponsor = "또 가람FC는 최근 누리은행과 후원 조인식을 갖고 3년간 48억원을 후원 받기로 했다."
    assert not is_agreement_text(sponsor)


def test_the_deals_counted_as_of_a_date_are_a_tally():
    """'11월 말 기준 군은 13개 기업과 1조1641억원 규모의 투자협약을 체결했다': the year's deals summed up."""
    text = (
        "가람군이 7년 연속 투자유치 목표를 달성했다.\n"
        "군에 따르면 11월 말 기준 군은 12개 기업과 1조1200억원 규모의 투자협약을 체결했다."
    )
    assert not articles_of(text, datetime.date(2024, 12, 3))[0]["is_agreement"]


# --- figures -----------------------------------------------------------------------------------


def test_a_figure_fused_to_about_is_read_and_counted_estates_are_no_target():
    """'약700여명' is 900 people; '3개 산업(농공)단지' counts the estates the firms build on, no target."""
    text = (
        "가람군은 22일 ㈜알파원, ㈜맑은연구소와 투자유치 협약을 체결했다.\n"
        "협약에 따라 2개 기업은 3개 산업(농공)단지 98,320㎡의 부지에 공장을 신축하여 약700여명의 인력을 "
        "신규로 고용할 계획이다."
    )
    agreement = articles_of(text, datetime.date(2017, 5, 22))[0]["agreements"][0]
    assert {(700, "명"), (98320, "㎡")} <= measures(agreement)
    assert (3, "개") not in measures(agreement)


def test_a_name_kiwi_reads_as_one_long_common_noun_is_listed_with_the_signers():
    """'KD가스, MS일렉트릭, 누리에너지, 주민 추진위원회와': names Kiwi does not know, each one long common
    noun to it, sign where the list does; short common nouns in a list ('교육, 문화, 관광 분야') do not."""
    text = (
        "가람시는 7일 시청에서 KD가스, MS일렉트릭, 누리에너지, 주민 추진위원회와 '연료전지발전소 투자 협약'을 "
        "체결했다고 밝혔다."
    )
    assert signers(text) == ["가람시", "KD가스", "MS일렉트릭", "누리에너지", "주민 추진위원회"]
    fields = "가람시와 나래시는 7일 교육, 문화, 관광 분야 협력을 위한 협약을 체결했다."
    assert signers(fields) == ["가람시", "나래시"]


def test_the_founder_of_the_firm_that_signs_is_no_signer():
    """'… 생산기업인 누리그룹이 설립한 누리코리아와 생산공장 건립을 위한 투자협약을 맺었다': the group
    describes the firm; the firm signs, and '생산공장' after it is a factory, no head's title."""
    text = (
        "가람청과 나래도, 다온시는 30일 중국의 소재 생산기업인 누리그룹이 설립한 누리코리아와 생산공장 건립을 위한 "
        "투자협약을 맺었다."
    )
    assert signers(text) == ["가람청", "나래도", "다온시", "누리코리아"]


def test_a_total_grown_to_is_no_budget():
    """'이번 투자로 … 민간투자 규모는 6조 3,000억 원으로 늘었다': a running total, not the agreement's."""
    text = (
        "가람청과 나래도는 30일 누리코리아와 생산공장 건립을 위한 투자협약을 맺었다.\n"
        "누리코리아는 이번 협약에 따라 9,000억 원을 투자해 공장을 착공키로 했다.\n"
        "이번 투자로 현 정부 출범 이후 가람 민간투자 규모는 6조 3,000억 원으로 늘었다."
    )
    agreement = articles_of(text, datetime.date(2023, 10, 30))[0]["agreements"][0]
    assert [b["text"] for b in agreement["budgets"]] == ["9,000억 원"]


def test_a_council_member_as_the_leads_subject_or_criticism_raised_is_no_signing():
    """'… 본회의에서 OO위원회 NAME 의원(OO당, OO구)은 … 조례 … 하였다', '… 강화돼야 한다는 지적이
    나왔다': a council's business and a criticism, whatever agreements they count."""
    member = (
        "제287회 임시회 본회의에서 도시위원회 김누리 의원(가람당, 나래구)은 '가람시 업무협약 관리에 관한 조례' "
        "개정안을 대표 발의하였다.\n"
        "김 의원에 의하면 가람시는 매년 100건 이상의 업무협약을 체결하였다."
    )
    assert not is_agreement_text(member)
    raised = (
        "가람도 민선 7·8기 투자협약 실현율이 각각 58.1%, 31%에 불과해 협약 전 사전 검증이 강화돼야 한다는 지적이 나왔다.\n"
        "투자유치과에서 투자유치 협약으로 870건을 맺었고, 그 외 부서에서 256건의 업무협약을 맺었다."
    )
    assert not is_agreement_text(raised)


def test_a_plant_built_months_after_its_agreement_is_no_signing():
    """'… 투자협약을 체결하고 12월 착공에 들어간 ㈜A가 5개월여 만에 …', '협약식 이후 불과 6개월 만에 첫
    삽을 뜨며', '가장 먼저 투자협약(MOU)를 체결한 ㈜A는 …': what came after an earlier signing."""
    text = (
        "가람산업단지에 ㈜누리엠앤에스가 공장을 준공하고 본격적인 운영에 들어갔다.\n"
        "24일 가람시에 따르면 지난해투자협약을 체결하고 12월 착공에 들어간 ㈜누리엠앤에스가 5개월여 만에 공장 "
        "건립을 마쳤다.\n"
        "산업단지에 투자하는 기업 중 가장 먼저 투자협약(MOU)를 체결한 ㈜누리엠앤에스는 부지 2만 8000㎡에 55억원을 "
        "투자했다.\n"
        "시와 ㈜누리엠앤에스는 협약식 이후 불과 6개월 만에 첫 삽을 뜨며 협약 실천에 나섰다."
    )
    assert not is_agreement_text(text, published=datetime.date(2023, 5, 24))


def test_a_memorandum_written_in_two_words_is_signed():
    """'… 나래분과위원회(대표 NAME)과 업무 교류협력 양해 각서를 체결했다'."""
    text = "가람문화재단(이사장 김가람)이 지난 3일 나래분과위원회(대표 이누리)과 업무 교류협력 양해 각서를 체결했다."
    assert is_agreement_text(text, published=datetime.date(2019, 4, 4))


def test_a_banks_branches_sign_a_quoted_treasury_contract_told_after_its_caption():
    """'가람군이 … 금고 업무협약을 맺었다.(사진제공=가람군청)' is a caption; the lead '… 농협은행 가람군지부
    (지부장 NAME) 및 강산은행 가람지점(지점장  NAME)과 ‘… 약정’을 체결했다' names the branches that sign
    ('강산은행' is no person's name before its branch, and the spaced bracket is a head's)."""
    page = (
        "가람군이 지난 3일 가람군청 군수실에서 금고 업무협약을 맺었다.(사진제공=가람군청)\n\n"
        "경남 가람군은 지난 3일 농협은행 가람군지부(지부장 이누리) 및 강산은행 가람지점(지점장  김다온)과 "
        "‘가람군 금고 업무 약정’을 체결했다.\n"
    )
    agreement = articles_of(page, datetime.date(2021, 12, 6))[0]["agreements"][0]
    names = [p["name"] for p in agreement["parties"] if p["role"] == "party"]
    assert names == ["가람군", "농협은행 가람군지부", "강산은행 가람지점"]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("김다온", "지점장", "강산은행 가람지점") in people


def test_a_counted_group_is_named_with_the_words_that_qualify_it():
    """'… 중회의실에서 국내 우량기업 7개 사와', '수도권 7개 기업과': the group as the text qualifies it;
    the same group as the subject of its investment later ('8개사는 … 투자해') is no other firm."""
    text = (
        "가람시는 8일 시청 중회의실에서 국내 우량기업 7개 사와 940억 원 규모의 투자 업무협약(MOU)을 체결했다고 밝혔다.\n"
        "이번 협약으로 7개 사는 오는 2027년까지 940억원을 투자해 400명의 일자리를 창출한다."
    )
    assert signers(text) == ["가람시", "국내 우량기업 7개사"]
    region = "가람도는 9일 도청에서 수도권 7개 기업과 투자협약을 체결했다."
    assert signers(region) == ["가람도", "수도권 7개 기업"]
