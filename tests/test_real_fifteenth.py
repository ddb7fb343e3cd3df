"""General forms the fifteenth round's real development pages (dev33 and dev34, scored unread and then
read, and the earlier sets) showed the extractor missing, tried with sentences written for the purpose:
invented bodies, people and figures (places only where a rule rests on the gazetteer, and not the pages'
own). Each test fails on the code before the round except the guards written with their rules."""

import datetime

from agreements.ingest.dates import resolve_signing_date
from agreements.ingest.layout import join_continuations
from tests.articles import articles_of, only_agreement, people_of, signers

# --- universities by their short names ----------------------------------------------------------


def test_universities_named_short_sign():
    """'시청에서 한빛대, 한솔대 미래캠퍼스와 업무협약을 체결했다': a university is named by its
    short name ('OO대'), alone and with its campus."""
    text = "10일 해솔시에 따르면 이날 시청에서 한빛대, 한솔대 미래캠퍼스와 업무협약을 체결했다."
    assert signers(text) == ["해솔시", "한빛대", "한솔대 미래캠퍼스"]
    kinds = {p["name"]: p["kind"] for p in only_agreement(text)["parties"]}
    assert kinds["한빛대"] == kinds["한솔대 미래캠퍼스"] == "university"


def test_two_universities_alike_in_name_stay_two():
    """'한빛대' beside '한빛송담대': each its own university, neither a short form of the other."""
    text = (
        "해솔시는 21일 한빛대, 한빛송담대와 지역 인재 양성 업무협약을 체결했다. "
        "이날 협약식에는 김가람 한빛대 총장, 이누리 한빛송담대 총장이 참석했다."
    )
    assert signers(text) == ["해솔시", "한빛대", "한빛송담대"]
    assert {(name, org) for name, _, org in people_of(text)} >= {("김가람", "한빛대"), ("이누리", "한빛송담대")}


def test_a_universitys_hospital_named_by_its_short_name_is_one_body():
    """'한빛대 나래의료원(원장 NAME)과 해솔군이 … 협약을 체결했다': the hospital the university runs."""
    text = "한빛대 나래의료원(원장 김다온)과 해솔군(군수 박누리)이 15일 군수실에서 상호협력 협약을 체결했다."
    assert signers(text) == ["한빛대 나래의료원", "해솔군"]


def test_a_name_that_ends_like_a_university_is_a_person():
    """Guard: '이상대 OO구 새마을회장', '박종대 회장': a person's name ending in 대, before a title no
    university holds."""
    text = (
        "해솔시는 12일 가람식품㈜과 이웃돕기 업무협약을 체결했다. 이날 협약식에는 김누리 해솔시장, "
        "이상대 가람식품 회장, 박종대 해솔 새마을회장 등이 참석했다."
    )
    names = [p["name"] for p in only_agreement(text)["parties"]]
    assert "이상대" not in names and "박종대" not in names
    assert ("이상대", "회장", "가람식품㈜") in people_of(text)


def test_places_that_end_like_a_university_are_no_signers():
    """Guard: '해운대', '청와대' are a place and an office, not universities."""
    text = "부산 해운대구는 해운대 해수욕장에서 가람호텔과 관광 활성화 업무협약을 체결했다."
    assert "해운대" not in signers(text)


# --- look-alikes --------------------------------------------------------------------------------


def test_a_headline_counting_the_deals_of_past_years_is_a_tally():
    """'지난 5년간 6개 대학 유치 MOU': the deals of the years gone by, counted; the two named inside
    ('지난 9일 가람대와 … 양해각서를 체결했고') are the tally's latest."""
    text = (
        "지난 5년간 6개 대학 유치 MOU 결실\n"
        "나래도는 대학 캠퍼스 두세 곳을 더 끌어오려고 여러 대학과 논의하고 있다고 전했다.\n"
        "그동안 캠퍼스를 짓기로 도와 MOU를 맺은 곳은 2019년 한빛대, 2020년 청람대 등이다.\n"
        "올해에도 도는 지난 9일 보람대와 해솔시에 새 캠퍼스를 세우는 양해각서를 체결했다."
    )
    assert not any(a["is_agreement"] for a in articles_of(text))


# --- who signs, in lists ------------------------------------------------------------------------


def test_a_counted_group_with_its_members_in_brackets():
    """'… ㈜나래 및 3개 항공사(A, B, C)와 … 업무협약을 체결했다': each member named in the brackets signs."""
    text = (
        "가람관광공사는 ㈜나래 및 3개 항공사(해솔항공, 다온에어, 누리항공)와 함께 지역관광 활성화를 위한 "
        "업무협약을 19일 체결했다."
    )
    assert signers(text) == ["가람관광공사", "㈜나래", "해솔항공", "다온에어", "누리항공"]


def test_what_a_counted_group_invests_in_brackets_names_no_member():
    """Guard: '5개사(3조 1200억원)와': the brackets hold the group's investment, not its members."""
    text = "해솔도는 5개사(3조 1200억원)와 투자협약을 체결했다고 3일 밝혔다."
    assert not any(name.startswith("3조") for name in signers(text))
    text = "해솔도는 2개사(120억원, 80억원)와 투자협약을 체결했다고 3일 밝혔다."  # one sum for each
    assert not any(name[0].isdigit() for name in signers(text))


def test_a_participation_list_after_what_the_agreement_is_for():
    """'이날 업무협약은 … 조성하기 위해 체결한 것으로 경북 OO시, A, B, C 등 5개 기관이 참여했다': the list
    starts after its purpose; the city written with its province is the city that signs; the council the
    agreement runs ('OO혁신협의회 운영을 위한 업무협약') signs nothing."""
    text = (
        "경기 광명시는 지난 31일 가람경제자유구역청 등 5개 기관·단체와 해솔혁신협의회 운영을 위한 "
        "업무협약을 맺었다.\n"
        "이번 협약은 산업지구 입주기업의 판로를 함께 넓히기 위해 체결한 것으로 경기 광명시, "
        "가람경제자유구역청, 나래상공회의소, 해솔산업지구 입주기업 대표, 다온테크노파크 등 5개 기관이 참여했다."
    )
    assert signers(text) == [
        "광명시",
        "가람경제자유구역청",
        "나래상공회의소",
        "해솔산업지구 입주기업 대표",
        "다온테크노파크",
    ]


def test_bulleted_firms_with_what_each_brings_in_later_sentences_share_the_count():
    """'두 시는 … 5개 기업과 … 투자협약을 체결했다', then 'A시는 △㈜가(…) △나㈜(…) 등 3개 기업과 협약을
    체결하고', 'B시는 △㈜다(…) △라㈜(…) 등 2개 기업과 협약을 체결하고': each bulleted firm signs."""
    text = (
        "해솔시와 나래시는 10일 도청 대회의실에서 국내 5개 기업과 총 900억 원 규모의 투자협약을 체결했다고 밝혔다.\n"
        "해솔시는 △㈜가람정밀(300억 원 투자, 50명 고용) △다온산업㈜(80억 원, 12명) △㈜누리텍(40억 원, 9명) "
        "등 3개 기업과 협약을 체결하고 일반산업단지에 공장을 신설하기로 했다.\n"
        "나래시는 △㈜보람화학(300억 원, 40명) △솔빛물류㈜(180억 원, 21명) 등 2개 기업과 협약을 체결하고 "
        "공장을 증설할 계획이다."
    )
    assert signers(text) == ["해솔시", "나래시", "㈜가람정밀", "다온산업㈜", "㈜누리텍", "㈜보람화학", "솔빛물류㈜"]


def test_the_deals_of_years_between_two_dates_are_a_tally():
    """'가람도는 ’16년부터 ’21년 6월까지 215개 기업과 투자협약(MOU) 체결하고 …': six years' deals, summed."""
    text = (
        "가람도는 ’16년부터 ’21년 6월까지 215개 기업과 투자협약(MOU)을 맺고 공장이 빨리 들어서도록 "
        "돕고 있다고 밝혔다.\n"
        "해마다 맺은 곳은 ’16년 31개사, ’17년 40개사 등이다."
    )
    assert not any(a["is_agreement"] for a in articles_of(text))


def test_a_lead_telling_the_years_investment_results_is_no_signing():
    """'나래도가 … 투자유치 실적을 올렸다고 알렸다': the year's results, a deal of September among them."""
    text = (
        "나래도가 10월까지 모두 7조 1200억원의 투자유치 실적을 올렸다고 21일 알렸다.\n"
        "도는 남은 두 달 동안 항공 분야 기업과 투자협약을 더 맺을 계획이다. 9월에는 가람항공㈜과 "
        "투자협약을 체결했다."
    )
    assert not any(a["is_agreement"] for a in articles_of(text))


def test_last_months_deals_told_in_the_background_of_another_story():
    """'지난달에는 A사와 … 투자협약을 맺었다. B사와 … 업무협약도 체결했다': the deals of last month, told in
    a story about a briefing for investors, are no agreement of the article."""
    text = (
        "해솔도, 서울서 투자 설명회 열어\n"
        "해솔도는 지난 4일 서울의 한 호텔에서 기업 120곳을 불러 투자 설명회를 열었다고 5일 전했다.\n"
        "도는 기업 유치에 힘을 쏟고 있다. 지난달에는 게임 개발사 가람소프트와 본사를 옮기는 "
        "투자협약을 맺었다. 반도체 설계사 나래칩스와 연구소를 세우는 업무협약도 체결했다."
    )
    assert not any(a["is_agreement"] for a in articles_of(text))


def test_a_signing_of_last_month_told_as_the_news_stays_an_agreement():
    """Guard: '해솔시는 지난달 가람㈜과 … 협약을 체결했다고 5일 밝혔다': last month's signing is the news."""
    text = (
        "해솔시는 지난달 가람바이오㈜와 120억원 규모의 투자협약을 체결했다고 5일 밝혔다.\n"
        "가람바이오㈜는 산업단지에 공장을 짓는다. 시는 다온식품㈜과 물류센터 건립을 위한 업무협약도 체결했다."
    )
    assert signers(text)[:2] == ["해솔시", "가람바이오㈜"]


def test_a_subheadline_without_a_period_does_not_swallow_the_leads_subject():
    """A page's sub-headline '총사업비 124억(…)을 투입' stands alone: the lead after it, 'OO군은 …', keeps its
    subject (it was read as the word '투입OO군', and the county lost as a signer)."""
    subheadline = "총사업비 124억(국비62억, 도비 12.4억, 군비 49.6억)을 투입"
    lead = "해솔군은 2월 16일(화) 한국농어촌공사 가람지사와 정비사업의 효율적 추진을 위한 위·수탁협약을 체결했다."
    assert join_continuations([subheadline, lead]) == [subheadline, lead]


def test_a_transcripts_phrase_ending_in_a_comma_goes_on_in_the_next_line():
    """Guard: a broadcast's '지난 2021년 3월,' / '가람시는 …' is one sentence, the year with it."""
    lines = ["지난 2021년 3월,", "가람시는 가람소프트와 투자협약을 체결했습니다."]
    assert join_continuations(lines) == ["지난 2021년 3월, 가람시는 가람소프트와 투자협약을 체결했습니다."]


def test_firms_each_with_its_head_in_brackets_joined_by_wa():
    """'(주)A(대표 NAME)와 (주)B(대표 NAME), (주)C(대표 NAME) 등 13개 기업 대표가 참석했다': A and B are
    two firms, not one named 'A와 B'."""
    text = (
        "해솔시는 19일 시청에서 13개 기업과 투자협약을 체결했다. 이날 협약식에는 (주)가람테크(대표 김가람)와 "
        "(주)나래솔루션(대표 이나래), (주)다온(대표 박다온) 등 13개 기업 대표가 참석했다."
    )
    assert "가람테크와 나래솔루션" not in signers(text)
    assert {"(주)가람테크", "(주)나래솔루션", "(주)다온"} <= set(signers(text))


def test_a_person_named_like_a_university_before_a_fused_title_is_a_person():
    """Guard: 'NAME 가람농협장' where NAME ends in 대 ('박종대 가람농협장'): a cooperative's head, a person of
    the agreement, not a university."""
    text = (
        "해솔군은 18일 군청에서 가람농협, 나래농협과 농산물 판매 업무협약을 맺었다. 이날 협약식에서 김누리 군수, "
        "박종대 가람농협장, 이보람 나래농협장 등이 각각 업무협약서에 서명했다."
    )
    assert "박종대" in {name for name, _, _ in people_of(text)}


def test_a_university_kiwi_does_not_know_listed_before_one_it_does():
    """'시청에서 새솔대, 한빛대, …와 업무협약을 체결했다': the first short name, unknown, is a university too."""
    text = "10일 해솔시에 따르면 이날 오후 시청 투자상담실에서 새솔대, 한빛대, 한솔대와 업무협약을 체결했다."
    assert signers(text) == ["해솔시", "새솔대", "한빛대", "한솔대"]


def test_partners_told_only_by_their_sort_are_named_by_the_next_signing_sentence():
    """'A가 … 지역 단체들과 … 협약을 맺고 기념촬영을 했다' (a caption), then 'A는 … B, C, D와 … 협약을
    체결했다': B, C and D sign."""
    text = (
        "가람공항공사가 3일 지역 단체들과 ‘공항 주변 상생 협약’을 맺고 사진을 찍었다.\n"
        "가람공항공사는 이날 본사에서 해솔학회, 나래지역포럼, 옛 직원 모임인 다온회와 ‘공항 주변 상생 "
        "협약’을 체결했다."
    )
    assert {"해솔학회", "나래지역포럼", "다온회"} <= set(signers(text))


def test_firms_listed_and_closed_by_ui_before_their_count():
    """'A, B, C의 3개 기업과 투자협약을 체결했다': the last firm is C, not 'C의'."""
    text = "해솔군(군수 김가람)이 지난 7일 군청 2층 회의실에서 가람식품, 나래텍, 다온스페이스의 3개 기업과 투자협약을 체결했다."
    assert signers(text) == ["해솔군", "가람식품", "나래텍", "다온스페이스"]


def test_cooperatives_named_short_before_the_sort_they_share():
    """'해솔·가람·나래 농협 등 관내 3개 농협과 … 업무협약을 맺었다': 해솔농협, 가람농협 and 나래농협 sign."""
    text = "해솔군은 18일 종합복지관에서 해솔·가람· 나래 농협 등 관내 3개 농협과 농산물 판매 업무협약을 맺었다고 밝혔다."
    assert signers(text) == ["해솔군", "해솔농협", "가람농협", "나래농협"]
    kinds = {p["name"]: p["kind"] for p in only_agreement(text)["parties"]}
    assert kinds["가람농협"] == "cooperative"


# --- the signing day ----------------------------------------------------------------------------


def test_a_numbered_estates_ilban_is_no_day():
    """'해솔2일반산업단지에 2025년까지 …' (a sub-headline): '2일반' is the estate's number and '일반' (general),
    not the 2nd, which the signing date was read as; a day written so is still a day ('2일 협약을')."""
    assert resolve_signing_date("해솔2일반산업단지에 2025년까지 4,000억 원 규모 투자", PUBLISHED) == (None, None)
    assert resolve_signing_date("해솔시는 2일 가람㈜과 협약을 체결했다.", PUBLISHED)[0] == "2022-10-02"


PUBLISHED = datetime.date(2022, 10, 31)


def test_a_signing_of_a_month_gone_by_as_the_means_of_work_going_on():
    """'해솔군은 가람㈜과 2016년 9월 MOU를 체결하여 … 사업을 진행하고 있다': a project's progress, the
    agreement its background (the page gives no date of its own)."""
    text = (
        "해솔군은 가람에너지㈜와 2016년 9월 MOU를 체결하여 나래면 산자락에 풍력단지를 짓는 사업을 "
        "진행하고 있다.\n"
        "단지는 2023년 봄 착공해 발전기 7기를 세울 예정이라고 군은 설명했다."
    )
    assert not any(a["is_agreement"] for a in articles_of(text))


def test_a_signing_with_its_day_before_the_work_it_starts_stays_an_agreement():
    """Guard: '해솔군은 지난 9일 가람㈜과 MOU를 체결하여 … 추진하고 있다' has a day of its own: the news."""
    text = (
        "해솔군은 지난 9일 가람에너지㈜와 풍력발전 MOU를 체결하여 나래면 일원에 풍력발전단지 조성사업을 "
        "추진하고 있다고 12일 밝혔다."
    )
    assert any(a["is_agreement"] for a in articles_of(text, published=datetime.date(2022, 10, 12)))
