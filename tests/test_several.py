"""Several agreements in one article, and the agreement's title (fictional names throughout)."""

from agreements.ingest.article import extract_article

TWO = (
    "가람시는 28일 시청 대회의실에서 누리대학교, 가람상공회의소와 '지역 인재 양성 업무협약'을 체결했다.\n\n"
    "협약식에는 한지석 가람시장과 오민하 누리대학교 총장이 참석했다. 시는 3년간 90억원을 지원한다.\n\n"
    "이어 시는 같은 장소에서 식품 기업인 ㈜다온푸드(대표 마도윤)와 320억원 규모의 투자협약도 맺었다.\n\n"
    "다온푸드는 가람일반산업단지 1만6천㎡ 부지에 생산시설을 짓고 80명을 새로 고용할 계획이다."
)


def agreements_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements


def test_it_reads_a_second_agreement_signed_later_in_the_article():
    """'이어 시는 같은 장소에서 ㈜B와 …투자협약도 맺었다' is a second agreement with its own partner."""
    first, second = agreements_of(TWO)
    assert first["title"] == "지역 인재 양성 업무협약" and first["kind"] == "mou"
    assert second["title"] == "투자협약" and second["kind"] == "investment"
    assert [p["name"] for p in first["parties"]] == ["가람시", "누리대학교", "가람상공회의소"]
    assert [p["name"] for p in second["parties"]] == ["가람시", "㈜다온푸드"]


def test_it_gives_each_agreement_its_own_money_site_and_people():
    """The sentences from the second signing on are the second agreement's; the mayor is in both."""
    first, second = agreements_of(TWO)
    assert [b["amount_krw"] for b in first["budgets"]] == [9_000_000_000]
    assert [b["amount_krw"] for b in second["budgets"]] == [32_000_000_000]
    assert first["location"] is None and second["location"] == "가람일반산업단지"
    assert {p["name"] for p in first["people"]} == {"한지석", "오민하"}
    assert {p["name"] for p in second["people"]} == {"한지석", "마도윤"}


def test_it_carries_the_date_and_the_same_place_over_to_the_second_agreement():
    """'같은 장소에서' and an undated second signing take the first one's place and date."""
    first, second = agreements_of(TWO)
    assert second["signed_on_text"] == first["signed_on_text"] == "28일"
    assert second["place"] == first["place"] == "시청 대회의실"


def test_it_keeps_one_agreement_when_a_later_sentence_recalls_an_old_one():
    """'지난해 ㈜B와도 협약을 맺은 바 있다' is background, not a second agreement."""
    text = (
        "가람시는 28일 누리대학교와 '지역 인재 양성 업무협약'을 체결했다.\n\n"
        "한편 시는 지난해 ㈜다온푸드와도 투자협약을 맺었다."
    )
    assert len(agreements_of(text)) == 1


def test_it_titles_a_quoted_name_with_the_noun_after_its_quotes():
    """ "'…수립' 연구용역 착수보고회" is titled '…수립 연구용역'."""
    text = "가람시는 누리개발연구원과 '행정수도 중장기 발전전략 수립' 연구용역 착수보고회를 열었다고 12일 밝혔다."
    assert agreements_of(text)[0]["title"] == "행정수도 중장기 발전전략 수립 연구용역"


def test_it_titles_a_memorandum_exchanged_in_the_lead():
    """'A과 B가 …을 위한 양해각서를 교환했다' gives the title even when the dated sentence names none."""
    text = (
        "새솔과학기술원과 누리광역시가 반도체 전문인력 양성을 위한 양해각서를 교환했다.\n\n"
        "오지훈 총장과 하명수 누리시장은 21일 협약서에 서명했다."
    )
    assert agreements_of(text)[0]["title"] == "반도체 전문인력 양성을 위한 양해각서"


def test_it_builds_a_title_from_the_headline_when_the_article_names_none():
    """No name in the body: the headline up to its agreement noun, without '[보도자료]'."""
    text = "누리군은 18일 군청에서 ㈜한결모터스와 업무협약을 체결했다."
    agreement = agreements_of(text, headline="[보도자료] 누리군, 한결모터스와 수소산업 육성 MOU 체결")
    assert agreement[0]["title"] == "누리군, 한결모터스와 수소산업 육성 MOU"


def test_it_reads_a_memorandum_exchanged_next_as_a_second_agreement():
    """'이어 ㈜B와 …양해각서도 교환했다' is another agreement; '또 … 지난달 ㈜C와' is background."""
    text = (
        "가람시는 8일 시청에서 누리대학교와 '청년 창업 업무협약'을 체결했다.\n\n"
        "이어 시는 ㈜다온로봇과 로봇 산업 육성을 위한 양해각서도 교환했다.\n\n"
        "또 시는 지난달 ㈜한결전자와도 협약을 체결했다."
    )
    agreements = agreements_of(text)
    assert len(agreements) == 2
    assert agreements[1]["title"] == "로봇 산업 육성을 위한 양해각서"
    assert [p["name"] for p in agreements[1]["parties"]] == ["가람시", "㈜다온로봇"]
