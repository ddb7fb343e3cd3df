"""General forms the forty-third round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`a54bbe1`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of, page_party_names, page_people

# --- a signing page or not -------------------------------------------------------------------------------


def test_deals_made_before_agreed_on_in_talk_or_counted_are_no_signing():
    """'이날 위원회는 앞서 군과 투자협약을 맺은 △㈜A(…) △㈜B(…)에 보조금을 …' (a meeting about firms that signed
    before), '… 두 도시가 우호교류 협약을 맺자는 데 합의했다' (a signing agreed on in talk, its day not set), '이 가운데
    18개 업체는 … 투자협약을 맺었고' (a share of the deals counted before): none is a signing. A share of firms that
    signs on the day of the news still is."""
    for published, body in (
        (
            datetime.date(2013, 12, 27),
            "가람군은 26일 군청에서 투자유치위원회를 열고 투자기업 보조금 안건을 심의했다고 27일 밝혔다.\n\n"
            "이날 위원회는 앞서 군과 투자협약을 맺은 △㈜다온바이오(40억원 투자) △㈜나래식품(17억원) 등 2개 기업에 "
            "보조금 5억원을 지원하기로 의결했다.\n",
        ),
        (
            datetime.date(2007, 1, 22),
            "21일 가람시에 따르면 일본을 찾은 서하람 시장이 17일 나래시청에서 나래시장과 만나 두 도시가 우호교류 "
            "협약을 맺자는 데 합의했다.\n\n나래시 대표단은 다음달 중순께 가람시를 찾아 협약서에 서명할 계획이며, "
            "정확한 날짜는 두 도시 실무진이 조율하고 있다.\n",
        ),
    ) + tuple(
        (
            datetime.date(2010, 11, 29),
            "가람도가 투자유치에 속도를 내고 있다.\n\n도는 \"올해 투자유치 실적이 27개 업체 9800억 원\"이라고 28일 "
            f"밝혔다.\n\n{share} 8200억 원 규모의 투자협약을 맺었고, 나머지 12개 업체는 부지를 사들이고 있다.\n",
        )
        for share in ("이 가운데 15개 업체는", "이 중 15개 기업이", "이 중 15곳은")
    ):
        page = f"가람, 투자 소식\n입력 {published.isoformat()} 10:00\n\n{body}"
        (article,) = articles_of(page, published=published)
        assert not article["is_agreement"], body[:40]
    page = (
        "가람도 투자 소식\n입력 2010-11-29 10:00\n\n도는 올해 투자유치 실적이 27개 업체라고 밝혔다.\n\n"
        "이 가운데 3개 업체는 이날 도청에서 가람도와 투자협약을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2010, 11, 29))
    assert article["is_agreement"]


# --- signers ---------------------------------------------------------------------------------------------


def test_a_foreign_governments_head_written_apart_names_it_and_is_no_branch():
    """'NAME NAME OO주 주지사와', 'NAME OO현 지사와', 'NAME OO성 성장과': the state, prefecture or province
    signs, a government; its head's title is no firm's branch ('OO주 주지사'). A governor with no state
    before the title ('NAME NAME 주지사와') is a person, the title no party of its own."""
    for head, state in (
        ("마르크 노보트니 모라바주 주지사와", "모라바주"),
        ("다나카 유키오 시라카와현 지사와", "시라카와현"),
        ("왕리밍 헤이룽장성 성장과", "헤이룽장성"),
    ):
        page = (
            "가람도, 해외 자매결연\n입력 2019-09-12 10:00\n\n"
            f"한서윤 가람도지사는 9일(현지시간) 현지 청사에서 {head} 우호교류 협정서에 서명했다.\n"
        )
        names = page_party_names(page, datetime.date(2019, 9, 12))
        assert names == {"가람도", state}, head
    page = (
        "가람도, 폴란드 모라바주와 교류 협정\n입력 2019-09-12 10:00\n\n"
        "가람도는 폴란드 모라바주와 우호교류 협정을 맺었다고 12일 밝혔다.\n\n"
        "한서윤 지사는 9일(현지시간) 주청사에서 마르크 레빈스키 주지사와 협정서에 서명했다.\n"
    )
    published = datetime.date(2019, 9, 12)
    assert page_party_names(page, published) == {"가람도", "모라바주"}
    assert "마르크 레빈스키" in {name for name, _, _ in page_people(page, published)}
    page = (  # a Korean governor whose given name ends like a prefecture: 'NAME 지사'
        "가람도, 나래군과 협약\n입력 2019-09-12 10:00\n\n"
        "가람도와 나래군은 11일 ㈜다온정밀과 투자협약을 맺었다.\n\n"
        "협약식은 도청에서 열렸고, 채민현 지사와 서가람 군수 등 30여명이 참석했다.\n"
    )
    assert page_party_names(page, published) == {"가람도", "나래군", "㈜다온정밀"}
    for branch in ("한국나래공사 광주지사", "KT 광주지사"):  # a branch in a city whose name ends in 주
        page = f"가람시, 협약\n입력 2019-09-12 10:00\n\n가람시는 11일 {branch}와 업무협약을 맺었다.\n"
        assert page_party_names(page, published) == {"가람시", branch}



def test_bodies_listed_with_their_heads_in_brackets_joined_by_wa_are_each_a_signer():
    """'… 솔내상점가(회장 NAME)와 다온마트 가람점(점장 NAME), 나래마트 새솔점(점장 NAME)의 대표가 참석해 협약서에
    … 서명했다': '와' after a head's bracket starts the next body, and '의' after the last bracket is no part of
    its name."""
    page = (
        "가람구, 전통시장·대형마트 상생 협약\n입력 2015-11-12 10:00\n\n"
        "가람구는 12일 구청에서 전통시장·대형마트 상생발전 협약을 맺었다.\n\n"
        "이날 협약식에는 온누리시장(상인회장 김태린), 솔내상점가(회장 서하람)와 다온마트 가람점(점장 이도겸), "
        "나래마트 새솔점(점장 한시온)의 대표가 참석해 협약서에 차례로 서명했다.\n"
    )
    names = page_party_names(page, datetime.date(2015, 11, 12))
    assert {"솔내상점가", "다온마트 가람점", "나래마트 새솔점"} <= names
    assert not any("와 " in name or name.endswith("의") for name in names)


def test_bodies_listed_after_the_words_that_say_they_follow_sign():
    """'투자협약 체결 업체는 다음과 같다. ▲㈜A(대표 NAME) ▲B(주)(대표 NAME) ▲C정밀(대표 NAME)' at the foot of an
    older release: each body of the list signs, its head's bracket set aside."""
    for told in ("투자협약 체결 업체는", "협약 기업은", "참여 기관은"):
        page = (
            "가람시, 산단 입주 3개 업체와 투자협약\n\n"
            "27일 가람시가 나래산업단지 입주가 확정된 ㈜다온정공 등 3개 업체와 시청에서 투자협약을 체결했다. "
            f"협약에 따라 업체들은 2010년까지 공장을 짓는다. <서하람 기자> {told} 다음과 같다. "
            "▲㈜다온정공(대표 이도겸) ▲솔내금속(주)(대표 한시온) ▲새솔정밀(대표 김태린) 기사목록 | 인쇄하기\n"
        )
        names = page_party_names(page, None)
        assert {"㈜다온정공", "솔내금속(주)", "새솔정밀"} <= names, told


# --- several agreements in a page ------------------------------------------------------------------------


def test_a_trips_later_days_each_sign_with_the_body_they_call_on():
    """A trip told day by day: '이튿날인 10일에는 ㈜C 본사에서 투자협약을 맺었다', '11일에는 D대학교를 찾아 NAME 총장과
    … 양해각서(MOU)를 교환했다'. Each later day is an agreement of its own, dated that day, signed by the
    traveller and by the body whose seat the day is spent at or that it calls on."""
    for third in (
        "11일에는 브르노공과대학교를 찾아 페트르 스보보다 총장과 연구협력 양해각서(MOU)를 교환했다.",
        "한 지사는 11일(현지시간)에는 브르노공과대학교를 방문해 페트르 스보보다 총장과 연구협력 양해각서를 교환했다.",
    ):
        page = (
            "가람도, 체코 순방서 협약 잇따라\n입력 2019-09-12 10:00\n\n"
            "가람도는 한서윤 지사를 단장으로 한 대표단이 체코를 방문해 모라바주와 우호교류 협정을 맺었다고 12일 밝혔다.\n\n"
            "한 지사는 9일(현지시간) 올로모우츠 주청사에서 마르크 노보트니 모라바주 주지사와 우호교류 협정서에 서명했다.\n\n"
            "이튿날인 10일에는 브르노 외곽의 ㈜코발일렉트릭 본사에서 투자협약을 맺었다. 이 회사는 2021년까지 "
            "가람산업단지 3만㎡ 부지에 2천만 달러(약 240억원)를 들여 공장을 세우고 80명을 채용하기로 했다.\n\n"
            f"{third}\n\n"
            '한 지사는 "세 건의 협약이 결실을 맺도록 하겠다"고 말했다.\n'
        )
        (article,) = articles_of(page, published=datetime.date(2019, 9, 12))
        told = [(a["signed_on"], {p["name"] for p in a["parties"]}) for a in article["agreements"]]
        assert told == [
            ("2019-09-09", {"가람도", "모라바주"}),
            ("2019-09-10", {"가람도", "㈜코발일렉트릭"}),
            ("2019-09-11", {"가람도", "브르노공과대학교"}),
        ], third


def test_a_trips_last_day_signs_with_the_body_whose_seat_it_is_though_the_lead_named_it():
    """'마지막 공식 일정인 11일(현지시각)에는 … OO주 청사에서 우호교류 협정을 체결했다': the day's own agreement with
    the state whose seat it is, though the lead named that state beside the first pact's partner."""
    page = (
        "가람도, 체코서 투자·교류 협약\n입력 2019-09-12 10:00\n\n"
        "가람도는 한서윤 지사가 체코를 방문해 ㈜코발일렉트릭, 체코 모라바주와 잇달아 협약을 맺었다고 12일 밝혔다.\n\n"
        "한 지사는 9일(현지시간) 브르노 외곽의 ㈜코발일렉트릭 본사에서 투자협약에 서명했다.\n\n"
        "마지막 공식 일정인 11일(현지시각)에는 올로모우츠의 모라바주 청사에서 우호교류 협정을 체결했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 9, 12))
    told = [(a["signed_on"], {p["name"] for p in a["parties"]}) for a in article["agreements"]]
    assert len(told) == 2
    assert told[-1] == ("2019-09-11", {"가람도", "모라바주"})


def test_a_pair_on_each_day_told_in_one_sentence_signs_an_agreement_of_its_own():
    """'17일에는 … ㈜A(대표 NAME)와 B마을(이장 NAME)이, 18일에는 … C영어조합법인(대표 NAME)과 D마을(이장 NAME)이 각각 결연
    협약서에 서명했다': each day's pair its own agreement, dated that day, the county that arranged both signing
    neither."""
    for first, village in (("새터마을(이장 한시온)이", "새터마을"), ("새터마을부녀회(회장 한시온)가", "새터마을부녀회")):
        page = (
            "가람군, 기업·마을 두 쌍 자매결연 주선\n기사입력 2016.11.21 10:25\n\n"
            "가람군은 지난 17일과 18일 이틀에 걸쳐 관내 기업 2곳과 마을 2곳의 자매결연을 주선했다고 21일 밝혔다.\n\n"
            f"17일에는 나래면 새터마을회관에서 ㈜다온젓갈(대표 이도겸)과 {first}, 18일에는 솔내면사무소에서 "
            "가람바다영어조합법인(대표 김태린)과 솔밭마을(이장 서하람)이 각각 결연 협약서에 서명했다.\n"
        )
        (article,) = articles_of(page, published=datetime.date(2016, 11, 21))
        told = [(a["signed_on"], {p["name"] for p in a["parties"]}) for a in article["agreements"]]
        assert told == [
            ("2016-11-17", {"㈜다온젓갈", village}),
            ("2016-11-18", {"가람바다영어조합법인", "솔밭마을"}),
        ], first


def test_a_trip_told_ahead_signs_one_agreement_a_day_on_the_days_to_come():
    """A trip told before it starts: '첫 공식 일정은 17일 … 열린다. 출장단은 이날 오전 … 서명하고, 오후에는 …
    둘러본다', '이어 20일 ㈜B와 … 업무협약을 맺는다' (or '… 체결한다', or B named by its foreign head in brackets,
    '(대표 NAME NAME)'), '… 21일 ㈜C와 … 양해각서를 체결한 뒤 22일 귀국한다'. Each signing to come is an agreement
    of its own, dated on the days still to come this month, not last month's."""
    for second, partner in (
        ("㈜란나티마트와 녹차 수출에 관한 업무협약을 맺는다", "㈜란나티마트"),
        ("㈜란나티마트와 녹차 수출에 관한 업무협약을 체결한다", "㈜란나티마트"),
        ("란나티마트(대표 타나 웡사)와 녹차 수출에 관한 업무협약을 맺는다", None),
    ):
        page = (
            "가람군수, 태국 출장길…협약 잇따라\n입력 2023.10.16 14:27\n\n"
            "서하람 가람군수가 16일부터 5박7일 일정으로 태국과 베트남을 찾는다.\n\n"
            "첫 공식 일정은 17일 태국 반콩군에서 열린다. 출장단은 이날 오전 반콩군청에서 위랏 삭다 반콩군수와 "
            "우호교류 협약서에 서명하고, 오후에는 차 재배 농가를 둘러본다.\n\n"
            f"이어 20일 방콕에서 {second}.\n\n"
            "출장단은 21일 호찌민에서 ㈜다온푸드비나와 수출 확대를 위한 양해각서를 체결한 뒤 22일 귀국한다.\n"
        )
        (article,) = articles_of(page, published=datetime.date(2023, 10, 16))
        told = [(a["signed_on"], {p["name"] for p in a["parties"]}) for a in article["agreements"]]
        assert [day for day, _ in told] == ["2023-10-17", "2023-10-20", "2023-10-21"], second
        assert "반콩군" in told[0][1]
        assert partner is None or partner in told[1][1]
        assert "㈜다온푸드비나" in told[2][1]
