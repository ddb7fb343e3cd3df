"""General forms the forty-second round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`1038b7c`); where a test covers several rules, each was checked to be needed."""

import datetime
import re

from tests.articles import amounts, articles_of, page_party_names, page_people

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_translation_printed_above_the_article_is_no_article_of_its_own():
    """A cable channel's page prints a machine translation in English above its Korean script: the English
    lines are furniture, not a first article with no signing in it."""
    page = (
        "나래케이블 뉴스\n"
        "뉴스 > 지역뉴스 > 가람\n"
        "등록일 2019-03-08\n"
        "English | 日本語\n"
        "Garam City and Narae Ferry sign a port tourism agreement\n"
        "The agreement ceremony of Garam City and Narae Ferry was held\n"
        "on the morning of the 8th in the meeting room of the city hall.\n"
        "Mayor Kim Do-hyun (sound) and CEO Lee Ha-ram (sound) of Narae Ferry attended.\n"
        "According to the agreement,\n"
        "Narae Ferry will bring its ships to Garam Port more than 20 voyages every year\n"
        "for 2 years from next year.\n"
        "Mayor Kim said this agreement will be the first step\n"
        "for the port to grow as a base of the west coast.\n"
        "가람시-나래훼리, 항만 관광 협약\n"
        "2019.03.08 (금) 17:40\n"
        "가람시와 나래훼리가\n"
        "항만 관광객을 늘리기 위한 업무협약을\n"
        "8일 오전 시청 소회의실에서 맺었습니다.\n"
        "협약식에는\n"
        "김도현 가람시장과\n"
        "이하람 나래훼리 대표 등이 참석했습니다.\n"
        "협약에 따라 나래훼리는\n"
        "해마다 20항차 이상 가람항에 배를 대기로 했습니다.\n"
        "항로 안내는 Sea and Port 앱에서도 볼 수 있습니다.\n"
        "한세린 기자\n"
        "hsr@naraecatv.co.kr\n"
        "목록 | 이전글 | 다음글\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 3, 8))  # one article, not two
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2019-03-08"
    assert {p["name"] for p in agreement["parties"]} == {"가람시", "나래훼리"}
    text = article["text"]
    assert "Port 앱에서도" in text  # a Korean sentence that names an English app's name stays
    assert not re.search(r"(?:[A-Za-z]{3,}\s){3}[A-Za-z]{3,}", text)  # no English line stays


def test_the_deals_of_a_span_of_months_or_of_that_span_are_a_tally():
    """'올해 1∼9월 맺어진 투자협약 금액이 …', '… 23개 시·군이 이 기간 협약서를 주고받은 기업은 178곳': the pacts of a
    span counted, no signing; a pact that runs for a term ('이 기간 동안 …') still signs."""
    for lead in (
        "올해 1∼9월 가람도에서 맺어진 기업 투자협약 금액이 2조원을 넘어섰다.",
        "올 1~6월 가람도에서 맺어진 기업 투자협약 금액이 2조원을 넘어섰다.",
        "올해 1∼9월 가람도에서 맺어진 기업 투자협약 금액이 2조원을 넘어섰다.\n\n가람도가 6일 내놓은 투자유치 현황을 "
        "보면 도와 12개 시·군이 이 기간 협약서를 주고받은 기업은 97곳, 약속받은 투자액은 2조1천억원이다.",
    ):
        page = f"가람도 투자협약 2조원 넘어\n입력 2019-10-06 10:00\n\n{lead}\n\n도 관계자는 착공까지 챙기겠다고 말했다.\n"
        (article,) = articles_of(page, published=datetime.date(2019, 10, 6))
        assert not article["is_agreement"], lead
    page = (
        "가람군, ㈜나래소재와 협약\n입력 2019-10-06 10:00\n\n"
        "가람군은 6일 ㈜나래소재와 투자협약을 맺었다. 협약 기간은 3년이며 이 기간 동안 회사는 공장을 짓는다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 10, 6))
    assert article["is_agreement"]



def test_a_return_visit_to_a_sister_township_rests_on_last_months_tie_named_by_its_month():
    """'통장 25명이 20일 자매결연 지역인 OO면을 찾았다', then 'OO면과 OO동은 지난 10월 25일 … 자매결연을 맺었다' in
    a November page: the tie of last month, named by its month, is what the visit rests on; no signing. In
    January, last month is December."""
    for published, month in ((datetime.date(2012, 11, 20), 10), (datetime.date(2013, 1, 20), 12)):
        page = (
            "나래면, 자매결연 맺은 가람동 통장단 맞아\n"
            f"기사입력 {published.isoformat()} 16:05\n\n"
            "가람구 가람동 통장 25명이 20일 자매결연 지역인 나래군 나래면을 찾았다.\n\n"
            "양측은 나래면사무소 회의실에서 교류를 이어갈 방법을 나눴다.\n\n"
            f"나래면과 가람동은 지난 {month}월 25일 주민 교류와 농산물 직거래를 위해 자매결연을 맺었다.\n"
        )
        (article,) = articles_of(page, published=published)
        assert not article["is_agreement"], month


# --- signers ---------------------------------------------------------------------------------------------


def test_a_foreign_province_state_or_town_after_its_country_signs():
    """'폴란드 남동부 OO주와', '일본 OO현 OO정(漢字)과', '베트남 북부 OO성과': a foreign government after its
    country, the part of the country or the province it lies in between, and a gloss before its particle;
    a government, not a firm."""
    for sentence, partner in (
        ("가람시는 4일 폴란드 남동부 마조브스카주와 우호교류 협정을 체결했다.", "마조브스카주"),
        ("가람군은 18일 일본 나라현 히가시정(東町)과 자매결연 협정서에 서명했다.", "히가시정"),
        ("가람시는 17일 베트남 북부 꽝닌성과 우호협력도시 협약을 맺었다.", "꽝닌성"),
        ("가람시는 9일 미국 오하이오주(州)와 경제협력 협약을 맺었다.", "오하이오주"),
    ):
        page = f"가람, 해외 도시와 협약\n입력 2019-06-20 10:00\n\n{sentence}\n"
        (article,) = articles_of(page, published=datetime.date(2019, 6, 20))
        kinds = {p["name"]: p["kind"] for a in article["agreements"] for p in a["parties"]}
        assert kinds.get(partner) == "government", sentence


def test_pairs_bulleted_as_the_days_ties_each_sign():
    """'이날 맺어진 결연은 ▲A-B ▲C-D이다', '짝을 맺은 곳은 ▲A-B ▲C-D 이며, …', '짝을 이룬 동과 기업은 ▲가람동-㈜A
    …다', '협약한 기관은 …': both sides of each pair sign (a 동 as a government), though no '각각 … 맺었다'
    follows."""
    for told in (
        "이날 맺어진 결연은 ▲㈜가람테크-솔내시장 ▲나래농공단지협의회-다온장터 이다.",
        "이날 짝을 맺은 곳은 ▲㈜가람테크-솔내시장 ▲나래농공단지협의회-다온장터 이며, 짝마다 결연서를 주고받았다.",
        "짝을 이룬 기업과 시장은 ▲㈜가람테크-솔내시장 ▲나래농공단지협의회-다온장터다.",
        "이날 협약한 기관은 ▲㈜가람테크-솔내시장 ▲나래농공단지협의회-다온장터이다.",
    ):
        page = (
            "가람시, 1사 1시장 결연\n기사입력 2011-03-04\n\n"
            "가람시는 4일 시청에서 기업과 전통시장을 잇는 1사 1시장 결연 협약식을 가졌다.\n\n"
            f"{told}\n"
        )
        names = page_party_names(page, datetime.date(2011, 3, 4))
        assert {"㈜가람테크", "솔내시장", "나래농공단지협의회", "다온장터"} <= names, told
    page = (
        "가람구, 1사 1동 결연\n기사입력 2012-01-16\n\n"
        "가람구는 16일 구청에서 동 주민센터와 기업을 잇는 1사 1동 결연 협약식을 가졌다.\n\n"
        "짝을 이룬 동과 기업은 ▲솔내동-㈜가람해운 ▲나래2동-다온약국다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2012, 1, 16))
    kinds = {p["name"]: p["kind"] for a in article["agreements"] for p in a["parties"]}
    assert kinds["솔내동"] == kinds["나래2동"] == "government"
    assert kinds["㈜가람해운"] == "company"
    # pairs of a match list are no signers: the subject tells of no tie
    page = (
        "가람시, 체육대회 열어\n기사입력 2012-05-16\n\n"
        "가람시는 16일 시청에서 기업과 업무협약을 체결했다.\n\n"
        "이날 결승에 오른 팀은 ▲가람테크-솔내상사 ▲나래공업-다온물산이다.\n"
    )
    assert not {"솔내상사", "다온물산"} & page_party_names(page, datetime.date(2012, 5, 16))


def test_a_heads_name_glued_to_the_title_is_the_head_not_a_city():
    """'시청에서 NAME시장과 …': an older page glues the mayor's name to the title; the city is the article's,
    not a city 'NAME시', and the mayor is named for it. A county the text writes only with its head, after
    the head's own name ('NAME 가람군수'), is still a county."""
    page = (
        "나래시, 전통시장과 결연\n기사입력 2010-04-05\n\n"
        "나래시는 5일 시청에서 윤서하시장과 기업 대표 등이 참석한 가운데 ㈜다온정밀과 상생협약을 체결했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2010, 4, 5))
    (agreement,) = article["agreements"]
    assert {p["name"] for p in agreement["parties"]} == {"나래시", "㈜다온정밀"}
    assert ("윤서하", "시장", "나래시") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    page = (
        "가람도, 기업과 협약\n기사입력 2010-04-05\n\n"
        "5일 도청에서 윤서하 가람도지사와 문해솔 나래시장, 하도겸 한누리군수 등 2개 시·군 단체장, 3개 기업 대표가 "
        "참여한 가운데 투자협약 체결식이 열렸다.\n"
    )
    assert "한누리군" in page_party_names(page, datetime.date(2010, 4, 5))
    # the city's whole name before a counted attendance: '시는 … 시청에서 NAME시장과 3개 기업체 대표 등이 …'
    page = (
        "나래시, 기업과 결연\n기사입력 2010-04-05\n\n"
        "나래시가 기업과 손을 잡았다.\n\n"
        "시는 5일 시청에서 윤서하시장과 3개 기업체 대표 등 20여명이 참석한 가운데 상생 결연 협약식을 가졌다.\n"
    )
    assert "윤서하시" not in page_party_names(page, datetime.date(2010, 4, 5))
    for sentence, body, no_one in (
        # a city the page writes by its name too, a city the gazetteer knows, a deputy, and a market
        ("한빛골시는 5일 시청에서 한빛골시장과 ㈜다온정밀 대표가 투자협약을 체결했다.", "한빛골시", "한빛골"),
        ("경기도는 5일 도청에서 남양주시장과 ㈜다온정밀 대표가 투자협약을 체결했다.", "남양주시", "남양주"),
        ("나래시는 5일 시청에서 경제부시장과 ㈜다온정밀 대표가 투자협약을 체결했다.", "나래시", "경제부"),
        ("나래구는 5일 구청에서 한솔시장과 상생협약을 체결했다.", "나래구", "한솔"),
    ):
        page = f"협약 체결\n기사입력 2010-04-05\n\n{sentence}\n"
        (article,) = articles_of(page, published=datetime.date(2010, 4, 5))
        (agreement,) = article["agreements"]
        assert body in {p["name"] for p in agreement["parties"]}, sentence
        assert no_one not in {p["name"] for p in agreement["people"]}, sentence


def test_a_foreign_heads_two_part_name_stays_whole_beside_a_firm_named_for_the_family():
    """'NAME NAME(漢字) 모리타케미컬 사장': the family name that begins the firm's name written after it is the
    head's first name part, not the firm's short name; whether the gloss is read with the name or dropped as a
    Korean name's (a given name that opens like a surname)."""
    for family, given, gloss in (("모리타", "히로키", "森田弘樹"), ("오카다", "마사유키", "岡田正之"), ("야마다", "하루오", "山田春夫")):
        page = (
            "가람시, 일본 기업과 투자협약\n입력 2019-05-10 10:00\n\n"
            f"가람시는 10일 시청에서 {family}케미컬과 투자협약을 체결했다.\n\n"
            f"이날 협약식에는 윤서하 가람시장, {family} {given}({gloss}) {family}케미컬 사장 등이 참석했다.\n"
        )
        people = page_people(page, datetime.date(2019, 5, 10))
        assert (f"{family} {given}", "사장", f"{family}케미컬") in people, given


def test_a_foreign_head_glossed_after_a_korean_head_is_named_with_the_body_his_title_names():
    """'NAME 가람군수와 NAME NAME(Latin Name) 나래군수가 참석한 가운데': the foreign head is the words after '와'
    before the gloss, and his title, fused with its place, names his body."""
    for korean, foreign, body in (
        ("가람군수와", "싸왕군수가", "싸왕군"),
        ("가람시장과", "싸왕군수는", "싸왕군"),
        ("가람군수와", "싸왕구청장이", "싸왕구"),
        ("가람군수와", "싸왕구청장은", "싸왕구"),
    ):
        page = (
            "가람군, 라오스 군과 협약\n입력 2019-05-14 10:00\n\n"
            f"군은 지난 12일 군청에서 하도겸 {korean} 솜펫 분마(Somphet Bounma) {foreign} 함께 계절근로자 "
            "업무협약서에 서명했다고 14일 밝혔다.\n"
        )
        title = foreign[:-1]
        assert ("솜펫 분마", title, body) in page_people(page, datetime.date(2019, 5, 14)), foreign
    # a name of one word glossed in Hanja: the head is that word, not the Korean head's words before it
    page = (
        "가람시, 중국 도시와 자매결연\n입력 2019-05-14 10:00\n\n"
        "가람시는 14일 중국 루이양시와 자매결연을 맺었다. 이날 하도겸 가람시장과 저우린창(周林昌) 루이양시장은 "
        "협정서에 서명했다.\n"
    )
    names = {name for name, _, _ in page_people(page, datetime.date(2019, 5, 14))}
    assert "저우린창" in names and not any("가람시장과" in name for name in names)


# --- figures ---------------------------------------------------------------------------------------------


def test_earlier_deals_told_with_their_month_in_brackets_are_no_budget():
    """'㈜A(52억 원, 지난해 10월 협약)에 이어 ㈜B(18억 원, 올 2월 MOU)': the sums of deals made before the one
    the page reports, each told with its month."""
    page = (
        "가람군, ㈜나래소재와 투자협약\n입력 2021-06-01 10:00\n\n"
        "가람군은 1일 군청에서 ㈜나래소재와 135억 원 규모의 투자협약을 맺었다.\n\n"
        "군에는 앞서 ㈜다온석회(52억 원, 지난해 10월 협약)에 이어 ㈜솔빛팜(18억 원, 올 2월 MOU), ㈜해온테크(87억 원, "
        "작년 5월 체결), ㈜라온식품(20억 원, 2019년 3월 협약)이 잇따라 들어왔다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2021, 6, 1))
    (agreement,) = article["agreements"]
    assert amounts(agreement) == {13_500_000_000}
