"""General forms the twenty-fifth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import amounts, articles_of, measures, page_measures, party_names, signers

DAY = datetime.date(2032, 4, 22)

PAGE = (
    "영천시, 가온식품과 120억 투자협약\n\n"
    "영천시는 21일 시청에서 ㈜가온식품과 120억원 규모의 투자협약을 체결했다고 22일 밝혔다. "
    "가온식품은 금호읍 일대 1만2000㎡ 부지에 공장을 짓고 45명을 새로 채용한다.\n\n"
)


# --- two pacts in one sentence, told in turn after it ----------------------------------------------

TWO_PACTS = (
    "남원시는 지난 14일 오전 시청에서 ㈜솔마루푸드와 280억원 규모의 투자협약을 체결한 데 이어, 같은 날 오후 "
    "남원새빛대학교, 남원소상공인연합회와 '청년 창업 지원 업무협약'을 맺었다고 15일 밝혔다.\n\n"
    "▲ 정다운 남원시장(오른쪽)과 한결 ㈜솔마루푸드 대표가 14일 투자협약서에 서명하고 있다.\n\n"
    "투자협약에 따라 솔마루푸드는 2034년까지 노암농공단지 1만8000㎡ 부지에 280억원을 들여 가공공장을 짓고 "
    "60명을 새로 뽑는다.\n\n"
    "한결 대표는 \"지역 농산물을 먼저 쓰겠다\"고 말했다.\n\n"
    "오후에 열린 업무협약에서 세 기관은 창업동아리 육성과 현장실습에 힘을 모으고, 4년간 모두 6억원의 "
    "창업기금을 함께 만든다.\n\n"
    "▲ 정다운 남원시장(가운데)과 서보람 남원새빛대학교 총장, 임하늘 남원소상공인연합회 회장이 업무협약을 맺고 있다.\n"
)


def _two_pacts():
    _, agreements = extract_article(TWO_PACTS, headline=None, subheadline=None, published=datetime.date(2032, 5, 15))
    return agreements


def test_paragraphs_after_a_sentence_of_two_pacts_go_to_the_pact_they_name():
    """'… ㈜A와 투자협약을 체결한 데 이어, 같은 날 오후 B, C와 업무협약을 맺었다': the paragraphs after tell each
    in turn ('투자협약에 따라 A는 …', '오후에 열린 업무협약에서 …'); the firm's site, jobs and money are the
    investment's, the fund and its years the other pact's."""
    invest, youth = _two_pacts()
    assert measures(invest) == {(18000, "㎡"), (60, "명")}
    assert amounts(invest) == {28_000_000_000}
    assert measures(youth) == {(4, "년")}
    assert amounts(youth) == {600_000_000}


def test_the_firm_and_its_head_told_after_a_sentence_of_two_pacts_sign_only_their_own():
    """The firm named again in the investment's paragraphs, and its head in their caption and quote, are not
    signers or people of the pact signed after it; the mayor heads a signer of both."""
    invest, youth = _two_pacts()
    assert [p["name"] for p in youth["parties"]] == ["남원시", "남원새빛대학교", "남원소상공인연합회"]
    assert [p["name"] for p in youth["people"]] == ["정다운", "서보람", "임하늘"]
    assert [p["name"] for p in invest["people"]] == ["정다운", "한결"]


def test_paragraphs_after_two_pacts_of_one_word_stay_with_the_last_unless_a_signer_names_another():
    """Guard (passes before the round too: nothing moves): where both pacts are '업무협약' and no paragraph
    names the first one's partner alone, what follows stays the last one's."""
    text = (
        "구례군은 3일 군청에서 구례농협과 업무협약을 체결한 데 이어, 같은 날 구례새싹복지관과도 업무협약을 맺었다.\n\n"
        "복지관은 3년간 모두 9000만원을 들여 홀몸 어르신 120명에게 반찬을 나눈다.\n"
    )
    _, (first, second) = extract_article(text, headline=None, subheadline=None, published=datetime.date(2032, 5, 4))
    assert measures(first) == set() and amounts(first) == set()
    assert measures(second) == {(3, "년"), (120, "명")}


# --- signers told apart from the signing sentence ---------------------------------------------------


def test_a_firm_only_the_headline_names_signs_where_the_body_says_this_firm():
    """Headline '㈜A, B군 농공단지에 52억 투자…', body '군수와 이 업체 대표는 … 투자협약을 맺었다': the
    headline's opening firm is the partner the body leaves unnamed."""
    text = (
        "충북 음성군 대소농공단지에 52억 원을 들여 공장을 짓는 부품업체가 군과 손을 잡았다.\n\n"
        "정하윤 음성군수와 이 업체 대표는 9일 군청 상황실에서 투자협약을 맺었다.\n\n"
        "협약에 따라 이 업체는 9100㎡ 부지에 공장을 세우고 30명을 채용한다.\n"
    )
    assert signers(text, headline="㈜가람파워텍, 음성 대소농공단지에 52억 투자…부품공장 신설") == ["음성군", "㈜가람파워텍"]


def test_a_headline_that_opens_on_a_place_lends_no_firm():
    """Guard (passes before the round too): '충청북도, 음성 농공단지에 …' opens on the province, no firm; the
    body's '이 업체' gets no name from it."""
    text = "정하윤 음성군수와 이 업체 대표는 9일 군청 상황실에서 투자협약을 맺었다.\n"
    assert signers(text, headline="충청북도, 음성 대소농공단지에 52억 투자 유치") == ["음성군"]


def test_the_firms_a_lead_counts_are_named_where_their_heads_attend_the_ceremony():
    """'5개 기업과 투자협약을 맺는다', then '협약식에는 NAME 군수와 함께 ㈜A(대표 X), ㈜B(대표 Y), … 등 기업
    대표들이 자리할 예정이다': the listed firms are the signers the lead counted."""
    text = (
        "인제군이 오는 20일 군청에서 기린산업단지에 들어설 3개 기업과 투자협약을 맺는다고 18일 밝혔다.\n\n"
        "협약식에는 박도현 군수와 함께 ㈜솔빛테크(대표 최은설), ㈜가온팩(대표 문재원), ㈜새길푸드(대표 오하람) 등 "
        "기업 대표들이 자리할 예정이다.\n"
    )
    assert party_names(text) == ["인제군", "㈜솔빛테크", "㈜가온팩", "㈜새길푸드"]


def test_credit_unions_listed_before_their_count_sign():
    """'A신협·B신협·C신협 등 3개 신협과 … 협약을 맺었다': credit unions are bodies like 농협, and the count of
    them is no target."""
    text = (
        "옥천군은 14일 군청에서 솔내신협·가람신협·새봄신협 등 3개 신협과 장학기금 기부 협약을 맺었다고 15일 "
        "밝혔다. 세 신협은 5년간 모두 1억5000만원을 옥천군민장학회에 낸다.\n"
    )
    assert signers(text)[:4] == ["옥천군", "솔내신협", "가람신협", "새봄신협"]
    (article,) = articles_of(text, published=datetime.date(2033, 1, 15))
    assert measures(article["agreements"][0]) == {(5, "년")}


def test_the_outlets_name_beside_its_motto_is_no_headline():
    """'OO통신 | 공감하는 뉴스' over the menu: the outlet's masthead, and the headline is the line under the
    breadcrumb."""
    page = (
        "가람통신 | 공감하는 뉴스\n전체기사  정치  경제  사회  전국\n전국 > 강원\n\n"
        "인제군, 기린산단 3개 기업과 투자협약\n\n"
        "인제군은 20일 군청에서 ㈜솔빛테크 등 3개 기업과 투자협약을 맺었다고 21일 밝혔다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2033, 3, 21))
    assert article["headline"] == "인제군, 기린산단 3개 기업과 투자협약"


def test_a_later_signing_whose_subject_comes_before_this_day_is_another_agreement_of_that_day():
    """'시는 이날 오후에는 … B연구원과 … 업무협약을 체결했다' after the lead's investment pact: a second agreement,
    signed the same day (not the day of the sentence before, '내년 상반기'), with its own money."""
    text = (
        "공주시는 8일 오전 시청 접견실에서 ㈜새결기어와 95억원 규모의 투자협약을 맺었다고 밝혔다.\n\n"
        "회사는 올해 말까지 공장을 세우고 내년 상반기부터 양산에 들어간다.\n\n"
        "시는 이날 오후에는 시청 소회의실에서 금빛식품연구원과 농산물 가공 기술 지원에 관한 업무협약을 체결했다.\n\n"
        "협약에 따라 연구원은 3년간 가공업체의 시제품 개발을 돕고, 시는 사업비 4억원을 부담한다.\n"
    )
    _, agreements = extract_article(text, headline=None, subheadline=None, published=datetime.date(2033, 5, 8))
    assert [[p["name"] for p in a["parties"] if p["role"] == "party"] for a in agreements] == [
        ["공주시", "㈜새결기어"],
        ["공주시", "금빛식품연구원"],
    ]
    assert [a["signed_on"] for a in agreements] == ["2033-05-08", "2033-05-08"]
    assert [amounts(a) for a in agreements] == [{9_500_000_000}, {400_000_000}]


# --- guests who are not bodies of the agreement ----------------------------------------------------

GUESTS = (
    "영암군은 17일 군청에서 ㈜바다솔풍력과 해상풍력 투자협약을 맺었다.\n\n"
    "이날 협약식에는 하도윤 영암군수를 비롯해 구세린 전라남도 에너지산업국장, 문하람 ㈜바다솔풍력 대표와 "
    "전남도의회 염주원·노해든 의원이 참석했다.\n"
)


def test_a_provinces_official_and_a_councils_members_at_a_countys_ceremony_are_guests():
    """'NAME 전라남도 에너지산업국장', 'OO도의회 NAME·NAME 의원' among those who attended: the province and the
    council are no bodies of the county's agreement, not even taking part."""
    assert party_names(GUESTS) == ["영암군", "㈜바다솔풍력"]


def test_an_institutions_staff_at_the_ceremony_still_take_part():
    """Guard: 'OO공사 관계자' among those who attended a research pact's report is a body with a part in it
    (the team's corpora label such bodies as taking part); only a province's official is a guest."""
    text = (
        "가람시는 3일 시청에서 가람연구원과 물순환 연구용역 협약을 체결했다.\n\n"
        "협약식에는 문태오 가람시장과 한국농어촌공사 관계자 등 20명이 참석했다.\n"
    )
    assert "한국농어촌공사" in party_names(text)


def test_bodies_listed_after_a_clause_on_the_pact_and_counted_as_institutions_and_groups_take_part():
    """'협약은 … 키우기 위해 마련됐으며 시와 A, B, C 등 4개 기관·단체가 참여했다' after a signing with 'A 등 3개
    기관·단체와': the list after the clause names every signer."""
    text = (
        "김해시는 지난 30일 시청에서 가야미래진흥원 등 3개 기관·단체와 '소재산업 협의회' 운영 업무협약을 맺었다.\n\n"
        "이번 협약은 산업단지 입주기업의 협력망을 넓히기 위해 마련됐으며 김해시와 가야미래진흥원, 김해상공인연합회, "
        "가야소재연구원 등 4개 기관·단체가 참여했다.\n"
    )
    assert signers(text) == ["김해시", "가야미래진흥원", "김해상공인연합회", "가야소재연구원"]


def test_a_portals_reading_widgets_are_no_headline():
    """'음성으로 듣기  번역 설정  글씨크기 조절하기  인쇄하기' over a portal's copy: widgets, and the headline is
    the line after them."""
    page = (
        "솔내경제 | 입력 2032. 9. 1. 16:41 | 수정 2032. 9. 1. 17:02\n음성으로 듣기  번역 설정  글씨크기 조절하기  인쇄하기\n"
        "김해시, 소재산업 협의회 운영 협약 체결\n"
        "김해시는 지난 31일 시청에서 가야미래진흥원과 '소재산업 협의회' 운영 업무협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2032, 9, 1))
    assert article["headline"] == "김해시, 소재산업 협의회 운영 협약 체결"


# --- look-alikes -------------------------------------------------------------------------------------


def test_a_broadcasts_pact_of_a_year_written_in_words_and_ended_is_no_news_of_a_signing():
    """A script: '… 맺은 투자협약이 결국 해지됐습니다.' then '시는 A와 지난 2천19년 투자협약을 맺었지만, …': the
    year in words and figures is a year gone by, as '지난 2019년' is."""
    text = (
        "가람해변 관광단지 사업을 맡은 ㈜솔바다개발과 강릉시가 맺은 투자협약이 결국 해지됐습니다.\n\n"
        "강릉시는 솔바다개발과 지난 2천19년 투자협약을 맺었지만, 이 회사가 착공을 세 차례나 미루자 최근 협약 해지를 "
        "통보했습니다.\n"
    )
    assert articles_of(text, published=datetime.date(2022, 7, 16))[0]["is_agreement"] is False


def test_a_pact_of_a_month_months_back_this_year_is_the_background_of_a_pact_put_off():
    """'양측은 올해 1월 업무협약을 맺으면서 실시협약을 연말까지 마치기로 약속한 바 있다' in a December paper about
    the next pact being put off: no signing is reported."""
    text = (
        "원주시가 20일 역세권 복합쇼핑몰 조성사업과 관련해 ㈜한솔유통과 맺기로 했던 실시협약을 내년 3월 말까지 "
        "미룬다고 밝혔다.\n\n양측은 올해 1월 업무협약을 맺으면서 실시협약을 연말까지 마치기로 약속했다.\n"
    )
    assert articles_of(text, published=datetime.date(2031, 12, 20))[0]["is_agreement"] is False


def test_a_pact_of_last_month_this_year_is_still_the_news():
    """Guard: '올해 11월 …' in a December paper may be the news's own month; only two months back or more is
    the background."""
    text = "원주시와 ㈜한솔유통은 올해 11월 역세권 복합쇼핑몰 조성 업무협약을 맺었다.\n"
    assert articles_of(text, published=datetime.date(2031, 12, 2))[0]["is_agreement"] is True


# --- broadcast scripts -------------------------------------------------------------------------------


def test_a_later_signing_told_in_a_scripts_polite_past_is_another_agreement():
    """'… 누리대학교와도 … 업무협약을 맺었습니다.' after the lead's investment pact: a second agreement, as '맺었다'
    would be."""
    text = (
        "원주시는 오늘 시청에서 ㈜가람소재와 500억 원 규모의 투자협약을 맺었습니다.\n\n"
        "가람소재는 문막산단에 공장을 짓고 80명을 새로 채용할 계획입니다.\n\n"
        "원주시는 이어 같은 자리에서 누리대학교와도 인재 양성 업무협약을 맺었습니다.\n"
    )
    _, agreements = extract_article(text, headline=None, subheadline=None, published=datetime.date(2031, 6, 23))
    assert [[p["name"] for p in a["parties"]] for a in agreements] == [["원주시", "㈜가람소재"], ["원주시", "누리대학교"]]


def test_an_interview_cue_broken_after_its_slash_names_the_speaker_and_splits_nothing():
    """'◀INT▶NAME/' then '㈜OO 대표(하단)' on the next line: one cue, not a headline that opens a new article."""
    page = (
        "원주시는 오늘 시청에서 ㈜가람소재와 500억 원 규모의 투자 양해각서를 맺었습니다.\n"
        "가람소재는 문막산단에 공장을 짓고\n80명을 새로 채용할 계획입니다.\n"
        "◀INT▶한도윤/\n㈜가람소재 대표(하단)\n\"기술 인력을 구하기 쉽다는 점이 크게 작용했습니다.\"\n"
        "원주시는 공장이 제때 가동되도록 행정 지원에 나설 계획입니다.\n"
    )
    articles = articles_of(page, published=datetime.date(2031, 6, 23))
    assert len(articles) == 1
    assert ("한도윤", "대표", "㈜가람소재") in {(p["name"], p["title"], p["org"]) for p in articles[0]["agreements"][0]["people"]}


def test_firms_listed_after_the_head_of_the_county_with_their_heads_in_brackets_sign():
    """'협약식에는 NAME 군수와 ㈜A(대표 X), ㈜B(대표 Y), C㈜(대표 Z) 관계자 등이 자리를 함께한다': the head and
    the firms' staff are no part of the firms' names."""
    text = (
        "괴산군이 감물농공단지에 공장을 짓는 3개 기업과 오는 21일 군청에서 투자협약식을 갖는다고 20일 밝혔다.\n\n"
        "협약식에는 하태오 군수와 ㈜솔길메탈(대표 문재원), ㈜다솜포장(대표 길하람), 한결테크㈜(대표 표은결) "
        "관계자 등이 자리를 함께한다.\n"
    )
    assert signers(text) == ["괴산군", "㈜솔길메탈", "㈜다솜포장", "한결테크㈜"]


def test_heads_listed_after_the_mayor_are_people_not_bodies():
    """Guard: '협약식에는 NAME 시장과 A의원 NAME 원장, B한의원 NAME 원장 등 … 관계자 15명이 참석했다' lists people;
    no body is named 'A의원 NAME 원장'."""
    text = (
        "가람시는 3일 시청에서 관내 의료기관 3곳과 방문진료 협약을 맺었다.\n\n"
        "이날 협약식에는 하도윤 시장과 솔숲내과의원 은하람 원장, 들빛한의원 채슬기 원장, 봄내치과의원 길소망 원장 "
        "등 의료기관 관계자 15명이 참석했다.\n"
    )
    assert not any("원장" in name for name in party_names(text))


CEREMONY_AFTER_GUESTS = (
    "지난 3일 보은군청 대회의실에서 하도겸 군수와 문세린 충청북도 경제통상실장, ㈜솔뫼식품(회장 길태오)과 "
    "㈜한빛푸드(대표 노은설) 관계자 등이 자리한 가운데 투자협약식이 열렸다.\n\n"
    "이날 보은군과 투자협약을 맺은 ㈜솔뫼식품은 삼승농공단지 1만2000㎡ 부지에 공장을 짓는다.\n"
)


def test_a_ceremony_held_after_the_list_of_who_attended_is_the_signing_and_its_day():
    """'지난 3일 … NAME 군수와 …, ㈜A(…)와 ㈜B(…) 관계자 등이 자리한 가운데 투자협약식이 열렸다': the ceremony
    told in the passive after those who attended is the signing, of the 3rd."""
    (article,) = articles_of(CEREMONY_AFTER_GUESTS, published=datetime.date(2033, 11, 6))
    assert article["agreements"][0]["signed_on"] == "2033-11-03"


def test_the_county_whose_head_attends_by_his_bare_title_signs_and_the_provinces_official_does_not():
    """In that sentence, with no subject, 'NAME 군수' is the head of the county the article is about: the
    county signs with the firms; 'NAME 충청북도 경제통상실장' is the province's guest."""
    assert party_names(CEREMONY_AFTER_GUESTS) == ["보은군", "㈜솔뫼식품", "㈜한빛푸드"]


SCRIPT = (
    "(R) 영월군-솔내병원, 산골마을 '찾아가는 진료' 협약\n2031-06-09\n한가람 기자\n글자크기\n"
    "페이스북 트위터 카카오스토리 URL 복사하기\n기사 인쇄하기 인쇄\n"
    "(여) 병원까지 가기 힘든 산골 마을 어르신들을 이제 의료진이 직접 찾아갑니다.\n"
    "(남) 영월군이 어제(8일) 지역 병원과 방문진료 협약을 맺었는데요, 한가람 기자의 보돕니다.\n"
    "【 기자 】\n영월군과\n의료법인 솔내의료재단 영월솔내병원(병원장 문하준)이\n방문진료를 위한\n업무협약을 맺었습니다.\n"
    "어제(8일) 군청에서\n열린 협약식에는\n노태윤 영월군수와\n문하준 병원장,\n보건소 관계자 등\n10여 명이 참석했습니다.\n"
    "▶ 인터뷰 : 문하준 / 영월솔내병원장\n"
    "- \"어르신들을 먼저 찾아가겠습니다.\"\n[19 31 42 10 / 19 31 51 03]\n\n[C/G]\n"
    "군은 진료팀 차량 구입비로 해마다 8천만 원을 지원합니다.\n"
)


def test_a_scripts_speaker_marks_widgets_and_timecodes_are_no_part_of_the_story():
    """'기사 인쇄하기 인쇄' and 'URL 복사하기' are widgets (the headline is the script's title); '(여)', '(남)',
    '【 기자 】', a timecode line and '[C/G]' are the script's marks, not words of it."""
    (article,) = articles_of(SCRIPT, published=datetime.date(2031, 6, 9))
    assert article["headline"] == "(R) 영월군-솔내병원, 산골마을 '찾아가는 진료' 협약"
    for mark in ("(여)", "(남)", "【", "19 31 42", "[C/G]", "인쇄하기"):
        assert mark not in article["text"], mark


def test_a_partner_the_lead_calls_a_local_hospital_is_the_one_the_next_signing_sentence_names():
    """'영월군이 … 지역 병원과 … 협약을 맺었는데요' names no partner; the reporter's '영월군과 의료법인 솔내의료재단
    영월솔내병원(병원장 …)이 … 맺었습니다' does, and the mayor's title joined to '과' is no body."""
    (article,) = articles_of(SCRIPT, published=datetime.date(2031, 6, 9))
    names = [p["name"] for p in article["agreements"][0]["parties"]]
    assert names == ["영월군", "의료법인 솔내의료재단 영월솔내병원"]


# --- figures that are no targets ---------------------------------------------------------------------


def test_each_phase_of_a_total_told_before_is_no_target_of_its_own():
    """'모두 24MW 규모의 설비를 들인다. 연말까지 1단계 14MW를, 내년까지 2단계 10MW를 설치한다': the total is the
    target; the phases are its parts (their days stay deadlines)."""
    page = PAGE + "가온식품은 모두 24MW 규모의 태양광 설비를 들인다. 연말까지 1단계 14MW를, 내년 하반기까지 2단계 10MW를 설치한다.\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명"), (24, "MW")}


def test_a_count_of_buildings_of_a_size_beside_the_total_is_no_target():
    """'90MW 규모 데이터센터 … 30MW급 전산동 3개 동': how many of a size, a breakdown of the total."""
    page = PAGE + "가온식품은 90MW 규모 데이터센터도 짓는다. 30MW급 전산동 3개 동과 냉각시설이 함께 들어선다.\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명"), (90, "MW")}


def test_a_count_so_far_and_the_number_who_came_are_no_targets():
    """'올해 들어 투자협약 9건째', '○ 참 석 자 : … 등 20명': a count of the year's pacts and those at the ceremony."""
    page = PAGE + "- 시 \"올해 들어 투자협약 9건째\"\n  ○ 참 석 자 : 한누리 시장, 가온식품 대표 등 20명\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명")}


def test_sales_grown_to_after_a_move_are_no_budget():
    """'이전이 끝나면 공장 매출은 지금보다 450억 원 늘어난 800억 원 규모로 커지고': the plant's sales, not money
    the agreement spends."""
    page = PAGE.replace("45명을 새로 채용한다.", "45명을 새로 채용한다. 공장이 옮겨 오면 매출은 지금보다 300억 원 늘어난 700억 원 규모로 커진다.")
    (article,) = articles_of(page, published=DAY)
    assert amounts(article["agreements"][0]) == {12_000_000_000}


def test_a_yearly_share_before_a_comma_and_the_total_is_part_of_the_total():
    """'해마다 2000만원씩, 5년간 모두 1억원을': the year's share, told before the total after a comma."""
    page = PAGE.replace("45명을 새로 채용한다.", "45명을 새로 채용한다. 회사는 해마다 3000만원씩, 5년간 모두 1억5000만원을 장학금으로 낸다.")
    (article,) = articles_of(page, published=DAY)
    assert amounts(article["agreements"][0]) == {12_000_000_000, 150_000_000}


def test_a_councils_session_on_a_bill_a_signing_needs_first_is_no_signing():
    """'… 업무협약 체결 동의안은 시가 ㈜A와 … 협약을 맺기 위해 밟아야 하는 절차다': a council's agenda, the
    signing still to come."""
    text = (
        "가람시의회가 오는 24일 임시회를 연다.\n\n"
        "업무협약 체결 동의안은 시가 민간사업자인 ㈜솔길로지스와 유보지 공동개발 협약을 맺기 위해 밟아야 하는 "
        "절차다. 시는 의회 동의를 얻은 뒤에 협약 일정을 잡겠다는 입장이다.\n"
    )
    assert articles_of(text, published=datetime.date(2032, 3, 19))[0]["is_agreement"] is False


def test_a_governor_who_watched_and_the_province_that_held_the_joint_ceremony_are_no_signers():
    """'군은 … NAME 경상북도지사가 지켜보는 가운데 ㈜A와 투자협약을 체결했다. 이날 협약식은 경상북도가 마련한
    합동 투자협약식으로 …': the governor witnessed and the province held the ceremony; the county and the
    firm sign."""
    text = (
        "영양군은 지난 22일 경북도청에서 하태윤 경상북도지사가 지켜보는 가운데 식품업체 ㈜솔담식품과 투자협약을 "
        "체결했다.\n\n이날 협약식은 경상북도가 마련한 상반기 합동 투자협약식으로, 도내 9개 시군과 17개 기업이 "
        "함께했다.\n"
    )
    assert party_names(text) == ["영양군", "㈜솔담식품"]


def test_a_district_before_the_venues_neighbourhood_is_where_and_institutions_counted_with_their_heads_sign():
    """A caption: '서울 중구 남산동의 한 호텔에서 열린 설명회에서 NAME 시장과 ㈜A NAME 회장, 지역 금융기관 4곳의
    대표들이 투자협정서에 서명한 뒤': the district is where; the counted institutions sign as one group."""
    text = (
        "24일 서울 중구 남산동의 한 호텔 연회장에서 열린 투자유치 설명회에서 김천시 문하준 시장과 ㈜솔빛모빌리티 "
        "한가온 회장, 지역 금융기관 4곳의 대표들이 투자협정서에 서명한 뒤 손을 맞잡고 있다.\n"
    )
    assert party_names(text) == ["김천시", "㈜솔빛모빌리티", "지역 금융기관 4곳"]


def test_an_acting_head_whose_post_is_fused_to_the_title_is_a_person():
    """'NAME 원장직무대행은 "…"고 말했다': an institute's acting head, like 'NAME 군수권한대행'."""
    page = (
        "한국농촌경제연구원은 12일 곡성군 오산면 가곡리 마을회관에서 가곡리와 1사1촌 자매결연 협약을 맺었다고 밝혔다.\n\n"
        "문태호 원장직무대행은 \"마을과 꾸준히 교류하겠다\"고 말했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2032, 4, 12))
    assert "문태호" in {p["name"] for p in article["agreements"][0]["people"]}


def test_the_sides_a_quoted_title_opens_with_sign_where_the_sentence_names_one():
    """'[동정] NAME 시장은 11일 … '가람시-전라남도 진도군 상생발전을 위한 우호교류협약'을 맺는다': the county the
    title names is the partner (the province before it says where it is)."""
    text = "▲문하준 원주시장은 11일 시청에서 '원주시-전라남도 진도군 상생발전을 위한 우호교류협약'을 맺는다.\n"
    assert signers(text) == ["원주시", "진도군"]


def test_a_body_written_with_and_without_its_legal_form_is_one_party():
    """'(재)솔빛장학재단과 … 협약을 맺었다' and later 'NAME 솔빛장학재단 가람지회장': one foundation, not a
    signer and a second body taking part."""
    text = "가람군은 14일 (재)솔빛장학재단과 장학 협약을 맺었다. 이날 협약식에는 최명수 솔빛장학재단 가람지회장 등이 참석했다.\n"
    assert party_names(text) == ["가람군", "(재)솔빛장학재단"]


def test_the_body_a_signing_sentence_calls_by_its_sort_signs():
    """'… (재)A재단 이사장 … 등이 자리한 가운데 진안군과 재단이 '…협약'에 서명했다': '재단' is the article's one
    foundation, and it signs."""
    text = (
        "지난 14일 군수실에서 가진 협약식에는 하도윤 진안군수와 윤태호 (재)솔빛장학재단 이사장 등이 자리한 가운데 "
        "진안군과 재단이 '지역 공익사업 공동추진 협약'에 서명했다.\n"
    )
    assert signers(text) == ["진안군", "(재)솔빛장학재단"]


def test_a_sort_word_two_bodies_of_that_sort_could_stand_behind_names_neither():
    """Guard: with two foundations named, '재단이' says which one signs no more than it says who."""
    text = (
        "지난 14일 협약식에는 하도윤 진안군수와 윤태호 (재)솔빛장학재단 이사장, 문가람 나래문화재단 이사장 등이 "
        "자리한 가운데 진안군과 재단이 '지역 공익사업 공동추진 협약'에 서명했다.\n"
    )
    assert signers(text) == ["진안군"]


def test_a_wire_photos_caption_that_repeats_the_lead_but_gives_its_day_dates_the_signing():
    """'[OO=OO뉴스] 9일 … A군과 B가 67억원 규모 투자협약서에 서명했다. … (사진=A군 제공)' above a lead that says
    '… B와 67억원 규모의 투자협약을 맺었다' with no day: the caption's day is the signing's; '농업회사법인
    ㈜B' in the lead and 'B' in the caption are one signer."""
    page = (
        "영덕군, 건강음료 기업 솔담바이오와 67억 투자협약\n"
        "기사등록 2032/11/10 11:05:32\n"
        "[영덕=가람뉴스] 9일 영덕군청 소회의실에서 영덕군과 건강음료 제조업체 솔담바이오가 67억원 규모 투자협약서에 "
        "서명했다. 하태윤 영덕군수(오른쪽 두번째)와 솔담바이오 문가람 대표(오른쪽 세번째) 등 관계자들이 기념촬영을 "
        "하고 있다. (사진=영덕군 제공)\n"
        "[영덕=가람뉴스] 한누리 기자 = 경북 영덕군이 건강음료 제조업체 농업회사법인 ㈜솔담바이오와 67억원 규모의 "
        "투자협약을 맺었다.\n"
        "솔담바이오는 강구농공단지 안 5200㎡ 부지에 생산공장을 세운다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2032, 11, 10))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2032-11-09"
    assert [p["name"] for p in agreement["parties"]] == ["영덕군", "농업회사법인 ㈜솔담바이오"]
