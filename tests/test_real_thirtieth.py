"""General forms the thirtieth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`a67b804`); where a test covers several rules, each was checked to be needed."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, page_measures, signers

PUBLISHED = datetime.date(2026, 3, 10)


def is_agreement(text, published=PUBLISHED):
    return extract_article(text, headline=None, subheadline=None, published=published)[0]


# --- a signing page or a mention --------------------------------------------------------------------------


def test_a_pact_only_agreed_on_in_talk_is_no_signing():
    """'… 우호교류 협약을 맺자는 데 뜻을 모았다': a visit's talk about a pact to come, with no day."""
    text = (
        "가람시와 일본 미카타시는 12일 가람시청에서 면담을 갖고, 가람시장이 연내 미카타시를 방문해 우호교류 협약을 "
        "맺자는 데 뜻을 모았다.\n\n"
        "두 도시는 관광 분야 교류를 넓히기로 했다.\n\n"
        "방문 일정은 실무 협의를 거쳐 정하기로 했다."
    )
    assert not is_agreement(text)


def test_a_pact_told_as_the_basis_of_a_budget_or_as_a_meetings_aim_is_no_signing():
    """'지난 2월 14일 ㈜A와 맺은 투자협약에 따라 … 12억원이 반영돼': a pact signed before, the basis of a
    council's budget; '… 상반기 중 협약 체결 목표', '△업무협약 체결 일정 … 협의', '이날 … 맺는다는 데 뜻을
    모았으나': a meeting's aim, agenda and talk."""
    budget = (
        "다래군의회가 312억원을 늘린 군의 추경예산안을 9일 원안대로 의결했다.\n\n"
        "읍면 순회 간담회에서 주민들이 건의한 사업 38억원이 반영됐다.\n\n"
        "특히 지난 2월 14일 ㈜새솔바이오와 맺은 투자협약에 따라 농공단지 진입도로 개설비 12억원이 반영됐다."
    )
    assert not is_agreement(budget, published=datetime.date(2026, 4, 9))
    meeting = (
        "다래군 상생협력 실무협의회…상반기 중 협약 체결 목표\n\n"
        "다래군이 15일 군청에서 한국농어촌공사 다래지사와 상생협력 실무협의회를 열었다.\n\n"
        "협의회는 △지난해 공동사업 결과 보고 △업무협약 체결 일정과 협약서 문안 협의를 차례로 진행했다."
    )
    assert not is_agreement(meeting, published=datetime.date(2026, 1, 16))
    talk = (
        "다래군이 15일 군청에서 한국농어촌공사 다래지사와 상생협력 실무협의회를 열었다.\n\n"
        "이날 협의회에서는 두 번째 협약을 상반기 중 맺는다는 데 뜻을 모았으나, 사업비 분담은 다음 회의에서 다시 논의하기로 했다."
    )
    assert not is_agreement(talk, published=datetime.date(2026, 1, 16))


# --- signing days ----------------------------------------------------------------------------------------


def test_this_day_stands_for_the_last_day_told_not_a_year_between():
    """'이날' is a day: a year told between the lead and the signing ('올해 장학생은 …') is no day it can
    stand for; the lead's '지난달 28일' is."""
    text = (
        "다솜장학회는 지난달 28일 군청 대회의실에서 장학금 수여식을 열었다.\n\n"
        "올해 장학생은 성적우수 70명, 다자녀 30명 등 모두 100명으로, 대표 12명이 증서를 받았다.\n\n"
        "이날 수여식이 끝난 뒤 장학회와 ㈜해솔양조는 장학기금 조성 업무협약을 맺었다.\n\n"
        "협약에 따라 해솔양조는 3년 동안 해마다 2천만원을 장학회에 낸다."
    )
    agreement = agreement_of(text, published=datetime.date(2026, 3, 2))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-02-28", "지난달 28일")



def test_the_day_before_in_the_signing_sentence_is_the_day_before_the_news():
    """'공단은 전날 … 체결했다고 17일 밝혔다': signed on the 16th, not on the day of the news."""
    text = (
        "한빛수자원공단은 전날 대전 본사에서 몽골 다르한주 수자원청과 물관리 협력 양해각서(MOU)를 체결했다고 17일 밝혔다.\n\n"
        "양해각서에 따라 두 기관은 노후 관로 진단과 기술 연수를 함께 추진한다."
    )
    agreement = agreement_of(text, published=datetime.date(2026, 3, 17))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-03-16", "전날")


def test_a_year_in_the_signing_sentence_gives_way_to_its_day():
    """'… 올해 공동사업을 함께 벌이기로 하고 8일 … 협약식을 열었다': the year is the programme's, the 8th the signing's."""
    text = (
        "솔뫼군이 솔뫼농협연합회와 올해 공동사업을 함께 벌이기로 하고 8일 오전 연합회 회의실에서 협약식을 열었다.\n\n"
        "올해 공동사업은 모두 5개로, 군과 연합회가 사업비를 절반씩 낸다."
    )
    agreement = agreement_of(text, published=datetime.date(2026, 3, 9))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-03-08", "8일")


# --- signers ---------------------------------------------------------------------------------------------


def test_a_villages_own_committee_or_womens_club_is_one_signer_with_the_village():
    """'OO마을 발전추진위원회', 'OO마을 부녀회': the village's own bodies, named with the village, sign as one."""
    for body in ("솔매마을 발전추진위원회", "솔매마을 부녀회"):
        text = f"{body}는 9일 ㈜가람건설과 마을 가꾸기를 위한 업무협약을 맺었다.\n\n건설사는 해마다 마을 길을 고친다."
        assert signers(text) == [body, "㈜가람건설"]


def test_a_provinces_medical_centre_is_one_signer_and_the_city_that_funds_a_foundation_is_none():
    """'OO도 OO의료원' names one body; 'OO시 출연기관인 OO재단' describes the foundation by its funder."""
    assert signers("다솜군은 경상북도 남부권의료원과 소아 진료 업무협약을 맺었다고 20일 밝혔다.") == [
        "다솜군",
        "경상북도 남부권의료원",
    ]
    text = "국립해솔문화연구소와 가람시 출연기관인 가람문화재단은 25일 업무협약을 맺었다."
    assert signers(text) == ["국립해솔문화연구소", "가람문화재단"]


def test_a_sentence_whose_verb_signs_tells_the_signing_over_a_lead_that_joins_hands_with_a_kind_of_body():
    """A script's lead sums up ('… 지역 영농조합과 손잡고 …'): '지역 영농조합' is a kind of body, not one, and the
    next sentence, whose verb signs, names the signers; its figures are the pact's, a start to come
    ('내년 3월부터') no running total."""
    text = (
        "다래시가 지역 영농조합과 손잡고 관내 학교 급식에 친환경 농산물을 직접 대기로 했습니다.\n\n"
        "다래시와 솔들영농조합법인이 학교급식 식재료 공급 협약을 맺고 지역 농산물 소비를 늘리기로 했습니다.\n\n"
        "협약에 따라 조합은 내년 3월부터 2년 동안 쌀 120톤을 학교 24곳에 공급하고, 시는 물류비로 9천만 원을 지원합니다."
    )
    agreement = agreement_of(text, published=PUBLISHED)
    assert [p["name"] for p in agreement["parties"]] == ["다래시", "솔들영농조합법인"]
    assert {(120, "톤"), (2, "년")} <= {(t["value"], t["unit"]) for t in agreement["targets"]}
    assert [b["amount_krw"] for b in agreement["budgets"]] == [90_000_000]


def test_universities_counted_at_the_signing_and_named_as_its_partners_are_the_signers():
    """'… 5개 대학교와 … 체결했다. 약정 상대는 A·B·C 미래캠퍼스·D·E 등 5개 교다': each university signs."""
    text = (
        "해양수산부는 공모를 거쳐 고른 5개 대학교와 '해양안전 인력 양성 협력약정'을 체결했다고 21일 밝혔다. "
        "약정 상대는 가온해양대·서남해대·동진대 미래캠퍼스·누리해양전문대·한빛대 등 5개 교다."
    )
    assert signers(text) == ["해양수산부", "가온해양대", "서남해대", "동진대 미래캠퍼스", "누리해양전문대", "한빛대"]


def test_the_bodies_that_put_their_names_to_the_pact_sign_it():
    """'이날 협약에는 A와 B, C, D, E 등 5개 기관이 이름을 올렸다': each body named signs."""
    text = (
        "솔내군은 한빛관광공사와 지난 2일 공사 회의실에서 '할인 바우처 사업' 업무협약식을 가졌다.\n\n"
        "이날 협약에는 한빛관광공사와 전라남도, 솔내군, 다온군, 가온관광재단 등 5개 기관이 이름을 올렸다."
    )
    assert set(signers(text)) == {"솔내군", "한빛관광공사", "전라남도", "다온군", "가온관광재단"}


def test_an_airport_named_with_the_corporation_that_runs_it_is_one_signer():
    """'한국공항공사 OO공항': the corporation's airport, one body, as 'OO공사 OO지사' is; a '바우처' is none."""
    assert signers("다솜군은 한국공항공사 솔내공항과 관광 바우처 업무협약을 맺었다고 5일 밝혔다.") == [
        "다솜군",
        "한국공항공사 솔내공항",
    ]


# --- people ----------------------------------------------------------------------------------------------


def test_an_acting_head_in_brackets_keeps_the_acting_post_in_the_title():
    """'OO시(시장 권한대행 NAME)': the deputy stands in for the mayor; '권한대행' is the title's, not the name's."""
    text = (
        "솔내시(시장 권한대행 탁문결)는 9일 누리병원(병원장 여가온)과 야간 소아 진료를 위한 업무협약을 체결했다.\n\n"
        "협약에 따라 병원은 평일 밤 10시까지 소아 진료실을 연다."
    )
    people = {(p["name"], p["title"], p["org"]) for p in agreement_of(text, published=PUBLISHED)["people"]}
    assert ("탁문결", "시장 권한대행", "솔내시") in people


def test_a_place_is_never_a_persons_name():
    """'NAME OO면 이장협의회장': the township is the body's word, no head's name; '… 베트남 OO성 부위원장':
    a country and its province, no foreign name."""
    text = (
        "솔내군 가람면 이장협의회는 나래군 다온면 이장협의회와 자매결연 협약을 체결했다고 10일 밝혔다.\n\n"
        "탁영구 가람면 이장협의회장과 엄지홍 다온면 이장협의회장은 \"꾸준히 오가겠다\"고 말했다."
    )
    assert "가람면" not in {p["name"] for p in agreement_of(text, published=PUBLISHED)["people"]}
    text = (
        "곽도희 가람시의회 부의장이 레 티 낌 베트남 타이빈성 인민위원회 부위원장과 협약식을 마친 뒤 기념촬영을 하고 있다.\n\n"
        "가람시의회와 베트남 타이빈성 인민의회가 17일 우호교류 협약을 맺었다."
    )
    assert not any("베트남" in p["name"] for p in agreement_of(text, published=PUBLISHED)["people"])


# --- figures that tell how things stand ------------------------------------------------------------------


def targets(text, published=PUBLISHED):
    return {(t["value"], t["unit"]) for t in agreement_of(text, published=published)["targets"] if t["value"]}


def test_a_statistic_as_of_a_day_the_staff_a_plant_has_and_a_rate_reached_are_not_targets():
    """'2월 말 기준 … 1만8230대이며': how things stood on a day; '420명이 일하는 공장': the firm's staff now;
    '분양률 100%': the estate's rate. The pact's own 24대, 1만8000㎡ and 60명 stay."""
    text = (
        "다래군은 9일 군청에서 ㈜누리차지와 전기차 충전시설 확충을 위한 업무협약을 맺었다.\n\n"
        "협약에 따라 누리차지는 연말까지 공영주차장에 충전기 24대를 설치한다.\n\n"
        "2월 말 기준 다래군에 등록된 자동차는 1만8230대다.\n\n"
        "다래군은 같은 날 ㈜솔담제지와도 투자협약을 맺었다. 솔담제지는 다래읍에서 420명이 일하는 공장을 운영하고 있는데, "
        "공장 옆 1만8000㎡ 부지에 새 라인을 세우고 60명을 새로 뽑는다.\n\n"
        "이번 협약으로 다래농공단지는 분양률 100%를 채웠다."
    )
    found = targets(text)
    assert {(24, "대"), (18000, "㎡"), (60, "명")} <= found
    assert not found & {(18230, "대"), (420, "명"), (100, "%")}


def test_jobs_told_as_an_effect_are_not_a_target():
    """'… 고용 350명의 효과가 생길 것으로 내다봤다': a forecast of effects, beside the pact's own 80명."""
    text = (
        "나래도는 9일 도청에서 ㈜해솔소재, ㈜가온팩과 투자협약을 맺었다.\n\n"
        "두 회사는 2028년까지 나래산단에 공장을 짓고 80명을 새로 뽑는다.\n\n"
        "도는 공장이 가동에 들어가면 생산유발 1200억원, 부가가치 400억원, 고용 350명의 효과가 생길 것으로 내다봤다."
    )
    found = targets(text)
    assert (80, "명") in found and (350, "명") not in found


# --- page furniture --------------------------------------------------------------------------------------


def test_headline_lists_under_an_outlets_heading_an_english_heading_or_a_boards_list_link_are_furniture():
    """'[OO신문 관련기사]', 'WEEKLY HOT' and '목록 | 이전글: …' open lists of other headlines: their counts
    are no targets of the page's pact."""
    page = (
        "솔내신문\n\n솔내군, 가람에너지와 태양광 협약\n\n입력 2026.03.09 10:00\n\n"
        "솔내군은 9일 군청에서 ㈜가람에너지와 마을 태양광 보급 업무협약을 맺었다.\n\n"
        "협약에 따라 가람에너지는 연말까지 마을회관 40곳 지붕에 태양광 설비를 놓는다.\n\n"
        "목록  |  이전글: 다온시, 공원 6곳 새로 꾸민다  |  다음글: 휘발유값 하락\n\n"
        "[솔내신문 관련기사]\n· 솔내군, 수출 7개월 연속 증가\n· 나래시 돌봄교실 30곳 늘린다\n\n"
        "WEEKLY HOT\n- 1 가을 축제 사흘간 열린다\n- 2 도서관 12곳 새로 문 연다\n"
    )
    assert page_measures(page, published=datetime.date(2026, 3, 9)) == {(40, "곳")}
    inline = page.replace("[솔내신문 관련기사]\n· ", "[솔내신문 관련기사] · ").replace("\n· 나래시", " · 나래시")
    assert page_measures(inline, published=datetime.date(2026, 3, 9)) == {(40, "곳")}


def test_a_reporters_other_articles_and_a_run_of_related_headlines_are_furniture():
    """'NAME 기자의 다른 기사' heads a list; '· OO구, … 48곳 지정 · …' is a run of headlines on one line."""
    page = (
        "솔내신문\n\n솔내군, 가람에너지와 태양광 협약\n\n입력 2026.03.09 10:00\n\n"
        "솔내군은 9일 군청에서 ㈜가람에너지와 마을 태양광 보급 업무협약을 맺었다.\n\n"
        "협약에 따라 가람에너지는 연말까지 마을회관 40곳 지붕에 태양광 설비를 놓는다.\n\n"
        "· 다온구, 공영주차장 7곳 새로 연다 · 가람천 산책로 3㎞ 정비 마쳐\n\n"
        "탁서윤 기자의 다른 기사\n· 나래구, 겨울철 한파 쉼터 52곳 지정\n· 솔내역 일대 보행로 정비 마무리\n"
    )
    assert page_measures(page, published=datetime.date(2026, 3, 9)) == {(40, "곳")}


def test_a_flattened_tables_cells_run_together_make_no_sum():
    """'기 간 2024~2025180억 원 …': a year run into '180억 원' is no 2조 5180억 원; the total told in words stays."""
    text = (
        "나래시는 9일 ㈜솔빛소재와 2단계 투자협약을 맺었다. 회사는 모두 420억 원을 들여 공장을 넓힌다.\n\n"
        "< 단계별 투자 계획 > 구 분 1단계 2단계 합 계 기 간 2022~20232024~2025180억 원 240억 원 420억 원"
    )
    assert 202_518_000_000_000 not in [b["amount_krw"] for b in agreement_of(text, published=PUBLISHED)["budgets"]]
