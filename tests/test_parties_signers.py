"""Who signs: the parties of a signing sentence, a lead, a headline or a quoted title, bodies counted
there and named later, officials who stand for their bodies, and roles such as funder or sponsor
(fictional names throughout)."""

import pytest

from tests.test_parties import agreement_of, party_names, people_of


def test_it_reads_the_parties_that_run_a_programme_together():
    """'X(원장 NAME)는 A, B와 함께 … 프로그램을 운영한다' names three parties and X's head."""
    text = (
        "(재)가람테크노파크(원장 오하늘)는 새솔특별자치도, (사)새솔관광협회와 함께 "
        "'청년 창업 육성 프로그램'을 운영한다고 9일 밝혔다.\n\n"
        "이번 프로그램은 ㈜새솔은행의 후원으로 진행된다."
    )
    agreement = agreement_of(text)
    roles = {p["name"]: p["role"] for p in agreement["parties"]}
    assert roles == {
        "(재)가람테크노파크": "party",
        "새솔특별자치도": "party",
        "(사)새솔관광협회": "party",
        "㈜새솔은행": "sponsor",
    }
    assert ("오하늘", "원장", "(재)가람테크노파크") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_reads_firms_that_join_the_agreement_later_in_the_article():
    """'㈜A(대표 …)과 B㈜(대표 …)도 협약에 참여해' makes A and B parties, with their heads."""
    text = (
        "가람시는 16일 시청에서 누리대학교와 '인력 양성 업무협약'을 체결했다.\n\n"
        "이와 함께 협력사인 ㈜다온기공(대표 남하준)과 한결산업㈜(대표 구서진)도 협약에 참여해 실습을 지원하기로 했다."
    )
    agreement = agreement_of(text)
    roles = {p["name"]: p["role"] for p in agreement["parties"]}
    assert roles["㈜다온기공"] == "party" and roles["한결산업㈜"] == "party"
    assert ("구서진", "대표", "한결산업㈜") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_reads_the_parties_of_a_lead_that_exchanges_a_memorandum():
    """'A과 B가 … 양해각서를 교환했다' names both parties even when the dated sentence names people."""
    text = (
        "새솔과학기술원(SAIST)과 누리광역시가 반도체 인력 양성을 위한 양해각서를 교환했다.\n\n"
        "오지훈 SAIST 총장과 하명수 누리시장은 21일 협약서에 서명했다."
    )
    names = party_names(text)
    assert "새솔과학기술원" in names and "누리광역시" in names


def test_the_bodies_of_a_lead_that_joins_forces_sign_a_counted_agreement():
    """'A과 B, C가 … 힘을 모은다. 세 기관은 … 협약을 체결했다': the three of the lead are the signers,
    not attendees of the later 협약식 sentence."""
    text = (
        "가람교육청과 누리시, 한빛개발공사 새솔지역본부가 초등학교 신설에 힘을 모은다.\n\n"
        "세 기관은 24일 가람교육청 회의실에서 '초등학교 신설 업무협약'을 체결했다.\n\n"
        "협약식에는 오지훈 가람교육감과 하명수 누리시장, 양하늘 한빛개발공사 새솔지역본부장이 참석했다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles == {"가람교육청": "party", "누리시": "party", "한빛개발공사 새솔지역본부": "party"}


@pytest.mark.parametrize(
    ("sentence", "body", "role"),
    [
        ("이번 연구는 국토정보부의 지원을 받는 과제다.", "국토정보부", "funder"),
        ("구는 3억원을 새솔신용보증재단에 출연한다.", "새솔신용보증재단", "other"),
    ],
)
def test_it_reads_a_funder_and_a_body_that_holds_the_money(sentence, body, role):
    """'OO부의 지원을 받는' funds; 'OO재단에 출연한다' holds the money without signing."""
    text = "가람구는 7일 ㈜새솔은행과 '소상공인 금융 지원 업무협약'을 체결했다.\n\n" + sentence
    assert {p["name"]: p["role"] for p in agreement_of(text)["parties"]}.get(body) == role


def test_it_reads_a_sponsor_written_with_주식회사_and_a_body_with_a_task():
    """'주식회사 X의 후원으로' sponsors; '사단법인 OO협회가 강의를 맡는다' takes part without signing."""
    text = (
        "가람구는 주식회사 새솔패션의 후원으로 '청년 창업가 육성 프로그램'을 운영한다고 10일 밝혔다.\n\n"
        "교육은 구청에서 진행되며, 사단법인 누리디자인협회가 강의를 맡는다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles == {
        "가람구": "party",
        "주식회사 새솔패션": "sponsor",
        "사단법인 누리디자인협회": "participant",
    }


def test_it_reads_a_partner_named_only_in_the_headline():
    """'OO군, OO모터스와 … MOU': the body speaks of the partner but does not sign with it by name."""
    text = (
        "누리군은 18일 군청에서 오하늘 누리군수와 마동길 한결모터스 본부장 등 30여명이 참석한 가운데 "
        "'수소경제 업무협약'을 체결했다.\n\n협약에 따라 한결모터스는 수소버스 50대를 공급한다."
    )
    assert party_names(text, headline="누리군, 한결모터스와 수소산업 육성 MOU") == ["누리군", "한결모터스"]


def test_it_prefers_a_signing_sentence_to_one_that_runs_something_together():
    """'시는 A와 함께 …을 운영해 왔다' is background to the sentence that signs with B."""
    text = (
        "가람시는 새솔복지관과 함께 어르신 돌봄 사업을 운영해 왔다.\n\n"
        "시는 누리병원과 '어르신 건강 돌봄 업무협약'을 체결했다고 밝혔다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles.get("누리병원") == "party" and "새솔복지관" not in roles


def test_it_reads_a_partner_from_a_hyphenated_headline():
    """'A-B, … 협약': B is the partner when the body speaks of it by that name."""
    text = (
        "누리군은 18일 군청에서 '수소경제 업무협약'을 체결했다.\n\n"
        "협약에 따라 한결모터스는 수소버스 50대를 공급한다."
    )
    assert party_names(text, headline="누리군-한결모터스, 수소산업 육성 협약") == ["누리군", "한결모터스"]


def test_it_reads_the_companies_a_later_sentence_lists_as_signers():
    """'협약 기업은 ㈜A, ㈜B, C㈜ 등이다' names the parties the signing sentence only counted."""
    text = (
        "누리군은 3일 군청에서 이차전지 소재기업 3곳과 '소재 공장 투자협약'을 체결했다.\n\n"
        "협약 기업은 ㈜가온소재, ㈜다온케미칼, 한결머티리얼㈜ 등이다."
    )
    assert party_names(text) == ["누리군", "㈜가온소재", "㈜다온케미칼", "한결머티리얼㈜"]


def test_it_takes_the_bodies_a_signing_sentence_counts_from_the_list_that_names_them():
    """'A도와 B시·C시·D시 등 3개 시가 …' then 'A도는 … 3개 시와 협약을 체결했다': the counted group is
    the three listed cities; '시' after a count is not the article's own city."""
    text = (
        "가람도와 새솔시·다온시·누리시 등 도내 3개 시가 의료 인력을 함께 확보하기로 했다.\n\n"
        "가람도는 24일 도청에서 3개 시와 '의료 인력 확보 상생협약'을 체결했다."
    )
    parties = agreement_of(text)["parties"]
    assert sorted(p["name"] for p in parties) == ["가람도", "누리시", "다온시", "새솔시"]
    assert all(p["role"] == "party" for p in parties)
    assert not any("시" in p["aliases"] for p in parties if p["name"] == "새솔시")


def test_it_reads_a_quoted_memorandum_that_is_exchanged():
    """'… 양해각서'를 교환했다': the verb after the closing quote signs, with its date and place."""
    text = "가람시는 24일 오후 시청 의전실에서 다온전기㈜, 새솔발전㈜과 '에너지 저장장치 구축 양해각서'를 교환했다."
    agreement = agreement_of(text)
    assert agreement["signed_on_text"] == "24일" and agreement["place"] == "시청 의전실"
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "다온전기㈜", "새솔발전㈜"]


def test_it_takes_a_body_whose_head_is_bracketed_after_it_as_a_signer():
    """'가람시와 다온대(총장 NAME), 새솔테크노파크는 … 체결했다': the bracket names the head of a
    university Kiwi does not know; the list goes on after it."""
    text = "가람시와 다온대(총장 권하늘), 새솔테크노파크는 24일 '바이오 인력 양성 협약'을 체결했다."
    agreement = agreement_of(text)
    assert [(p["name"], p["kind"]) for p in agreement["parties"]] == [
        ("가람시", "government"),
        ("다온대", "university"),
        ("새솔테크노파크", "public_institution"),
    ]
    assert ("권하늘", "총장", "다온대") in people_of(text)


def test_it_reads_the_body_that_runs_a_programme_another_sponsors():
    """ "가람광역시 청년센터는 다온은행이 후원하는 '…'을 운영한다": the centre runs it, the bank sponsors."""
    text = "가람광역시 청년센터는 다온은행이 후원하는 '청년 금융 교실'을 다음 달부터 운영한다."
    roles = [(p["name"], p["role"]) for p in agreement_of(text)["parties"]]
    assert roles == [("가람광역시 청년센터", "party"), ("다온은행", "sponsor")]


def test_it_reads_the_giver_receiver_and_attendees_of_a_sum_handed_over():
    """'X는 Y로부터 운영비 1억원을 기탁받았다': Y sponsors, X receives; a body at the 기탁식 takes part."""
    text = (
        "가람시는 9일 시청에서 새솔재단으로부터 '청소년 진로교실' 운영비 1억원을 기탁받았다고 밝혔다.\n\n"
        "기탁식에는 나다온 가람시장과 가람청소년센터 관계자 등이 참석했다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles == {"가람시": "party", "새솔재단": "sponsor", "가람청소년센터": "participant"}


def test_it_reads_partners_listed_before_a_glossed_partner():
    """'X는 … AB온, 미국 기업 누리솔루션社(Nuri Solution Inc.)와 …를 체결': both sign, whatever their
    ending; 社 'company' is no part of the name; a foreign name of two words is one person."""
    text = (
        "가람시는 2일 시청에서 AB온, 미국 배터리 기업 누리솔루션社(Nuri Solution Inc.)와 "
        "'배터리 공장 설립 양해각서'를 체결했다.\n\n"
        "협약식에는 나다온 가람시장과 존 스미스 누리솔루션 대표가 참석했다."
    )
    assert party_names(text) == ["가람시", "AB온", "누리솔루션"]
    assert ("존 스미스", "대표", "누리솔루션") in people_of(text)


def test_it_reads_the_firms_listed_after_those_that_signed():
    """'… 5개 기업과 양해각서를 체결했다. 양해각서를 맺은 기업은 ㈜A, ㈜B, C㈜다.'"""
    text = (
        "가람시는 26일 서울에서 3개 기업과 투자 양해각서를 체결했다. "
        "양해각서를 맺은 기업은 ㈜하늘식품, ㈜누리바이오, 대성정밀㈜다."
    )
    assert party_names(text) == ["가람시", "㈜하늘식품", "㈜누리바이오", "대성정밀㈜"]


def test_it_reads_a_giver_named_with_its_site_before_으로부터():
    """'㈜X 쏠비치 OO으로부터 후원금 …을 전달받았다': the giver, under its full name with its site,
    sponsors."""
    from agreements.ingest.entities import find_orgs
    from agreements.ingest.worded import donation_roles
    from agreements.ingest.words import words_of

    text = (
        "가람군은 16일 군청 군수실에서 ㈜다온리조트 쏠비치 가람으로부터 '행복 밥상' 사업 후원금 "
        "3천만원을 전달받았다고 밝혔다."
    )
    words = words_of(text)
    roles = {name: role for name, _, role, _ in donation_roles(text, words, find_orgs(words, text))}
    assert roles.get("㈜다온리조트 쏠비치 가람") == "sponsor"


@pytest.mark.parametrize(
    "text, expected",
    [
        # two heads as the subjects: the bodies they head sign
        (
            "박하늘 가람시장과 최바다 새솔군수는 12일 가람시청에서 '우호교류 협약'을 체결했다.",
            ["가람시", "새솔군"],
        ),
        # a governor by the province's short name, and a district head
        (
            "정다온 충북지사와 한누리 동구청장이 15일 도청에서 '청년 일자리 협약'에 서명했다.",
            ["충북도", "동구"],
        ),
    ],
)
def test_officials_who_sign_stand_for_the_bodies_they_head(text, expected):
    """'NAME OO시장과 NAME OO군수는 … 체결했다': the city and the county are the parties."""
    assert party_names(text)[: len(expected)] == expected


def test_a_deputy_or_a_head_in_the_attendance_clause_is_no_signer():
    """A vice-mayor's title ('과학부시장') names no body, and heads who only attend do not sign."""
    text = (
        "가람시는 20일 시청에서 김하나 과학부시장과 박두리 새솔군수가 참석한 가운데 "
        "㈜다온테크와 투자협약을 체결했다."
    )
    names = party_names(text)
    assert "과학부시" not in names and "새솔군" not in names
    assert names == ["가람시", "㈜다온테크"]


def test_the_two_sides_of_a_quoted_title_are_the_parties():
    """ "'A-B 간 … 협약'을 체결한다" names both sides, a province before a county set aside."""
    text = "▲최하늘 가람시장 권한대행은 9일 시청에서 '가람시-새솔도 누리군 간 상생발전 협약'을 화상으로 체결한다."
    names = party_names(text)
    assert "가람시" in names and "누리군" in names


def test_firms_the_signing_sentence_only_counts_are_named_where_they_attend():
    """'기업 2개사와 투자협약을 체결했다' + '이날 협약에는 ㈜A NAME 대표, B㈜ NAME 상무, C협회 NAME 회장이
    참석했다': the two firms sign; the association and the trade words ('… 전문회사', 'X 인') do not."""
    text = (
        "가람시는 4일 시청에서 첨단소재 관련 기업 2개사와 투자협약을 체결했다. "
        "이날 협약에는 최하늘 가람시장, 소재 전문회사 ㈜다온머티리얼 박새롬 대표, "
        "물류센터 인 누리로지스(주) 한바다 상무, 그리고 가람기업협회 정다운 회장이 참석했다."
    )
    parties = agreement_of(text)["parties"]
    signers = [p["name"] for p in parties if p["role"] == "party"]
    assert signers == ["가람시", "㈜다온머티리얼", "누리로지스(주)"]
    assert "물류센터" not in [p["name"] for p in parties]



def test_a_listed_firms_stock_code_neither_splits_its_name_nor_hides_it():
    """'코스닥 상장사 다온(234560)바이오와', '세림정밀(코스닥 345670)과': the code in brackets is dropped
    from the article's text, so each firm is one party under its whole name."""
    from agreements.ingest import extract_text

    text = (
        "가람시, 상장사 두 곳과 투자협약\n\n"
        "가람시는 21일 코스닥 상장사 다온(234560)바이오, 세림정밀(코스닥 345670)과 300억원 규모의 "
        "투자협약을 체결했다.\n\n다온바이오는 2027년까지 공장을 짓는다.\n"
    )
    article = extract_text(text, name="t.txt", published=None)["articles"][0]
    names = [p["name"] for p in article["agreements"][0]["parties"]]
    assert names == ["가람시", "다온바이오", "세림정밀"]
    assert "234560" not in article["text"]
