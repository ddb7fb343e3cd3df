"""Parties named with their branch, attendee lists, clipped names (fictional names throughout)."""

import pytest

from agreements.ingest.article import extract_article
from agreements.ingest.names import is_short_form


def agreement_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements[0]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def people_of(text, headline=None):
    return {(p["name"], p["title"], p["org"]) for p in agreement_of(text, headline)["people"]}


def test_it_keeps_a_body_and_its_regional_office_as_one_party():
    """'OO공사(AB) OO지역본부' is one party, its bracketed abbreviation an alias."""
    text = "가람시는 3일 시청에서 한빛토지공사(HT) 가람지역본부와 '주거 지원 업무협약'을 체결했다."
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["가람시", "한빛토지공사 가람지역본부"]
    assert "HT" in parties[1]["aliases"]


def test_it_keeps_a_company_and_its_plant_as_one_party():
    """'OO㈜ OO공장' is the plant of the company, one party."""
    text = "누리군은 5일 군청에서 다온모터스㈜ 누리공장과 '수소 버스 업무협약'을 체결했다."
    assert party_names(text) == ["누리군", "다온모터스㈜ 누리공장"]


def test_it_keeps_a_metropolitan_district_whole():
    """'OO광역시 OO구' is the district, and '동구' later is its short name."""
    text = "㈜다온중공업은 16일 가람광역시 동구, 누리대학교와 '인력 양성 업무협약'을 체결했다. 동구는 기숙사를 짓는다."
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["㈜다온중공업", "가람광역시 동구", "누리대학교"]
    assert "동구" in parties[1]["aliases"]


def test_it_keeps_a_citys_centre_whole():
    """'OO광역시 OO지원센터' names one centre even when its words are common ones."""
    text = "누리구는 8일 구청에서 가람광역시 학교급식지원센터와 '공공급식 업무협약'을 체결했다."
    assert "가람광역시 학교급식지원센터" in party_names(text)


def test_it_reads_a_deputy_governor_as_a_person_not_a_branch():
    """'NAME OO도 경제부지사' is a person; no party '…경제부지사'."""
    text = (
        "가람시와 새솔도는 지난 9일 ㈜다온바이오와 '공장 신설 투자협약'을 체결했다.\n\n"
        "협약식에는 한지석 가람시장, 오민하 새솔도 경제부지사, 남궁현 대표 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert not any("부지사" in p["name"] for p in agreement["parties"])
    assert ("오민하", "경제부지사", "새솔도") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_gives_a_branch_head_the_branch_as_employer():
    """'NAME OO공사 OO지사장' works at 'OO공사 OO지사', which is there through its branch only."""
    text = (
        "누리군은 지난 2일 군청에서 한빛농업공사 누리지사와 '논 재배 확대 업무협약'을 체결했다.\n\n"
        "이날 협약식에는 한수정 누리군수와 마동길 한빛농업공사 누리지사장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["누리군", "한빛농업공사 누리지사"]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("마동길", "누리지사장", "한빛농업공사 누리지사") in people


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("새솔농협", "새솔농업협동조합"),
        ("새솔수협", "새솔수산업협동조합"),
        ("새솔상의", "새솔상공회의소"),
        ("서구", "가람광역시 서구"),
        ("가람공대", "국립가람공과대학교"),
    ],
)
def test_it_reads_clipped_names_as_short_forms(short, full):
    """Korean clips kinds of body: 농협, 수협, 상의; a district goes by its own name."""
    assert is_short_form(short, full)


def test_it_takes_an_attendees_clipped_coop_for_the_signing_coop():
    """'NAME OO농협 조합장' works at the 'OO농업협동조합' that signs; no extra participant."""
    text = (
        "누리군은 28일 군청에서 새솔농업협동조합과 '와인 상생 협약'을 맺었다.\n\n"
        "이날 협약식에는 한수정 누리군수와 배정호 새솔농협 조합장 등 20여명이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["누리군", "새솔농업협동조합"]
    assert ("배정호", "조합장", "새솔농업협동조합") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_reads_a_foreign_name_of_two_words():
    """'(대표 NAME NAME)' and 'NAME NAME 대표' give one person with the whole name and the company."""
    text = (
        "가람시는 24일 시청에서 다온케미칼 유한회사(대표 요하네스 크뤼거)와 '공장 투자협약'을 체결했다.\n\n"
        "협약식에는 한지석 가람시장과 요하네스 크뤼거 대표 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert "다온케미칼 유한회사" in [p["name"] for p in agreement["parties"]]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("요하네스 크뤼거", "대표", "다온케미칼 유한회사") in people
    assert not any(p["name"] in ("크뤼거", "요하네스") for p in agreement["people"])


def test_it_reads_a_masked_name():
    """A press release may mask a name with circles: '홍○○ 군수' is a person."""
    text = (
        "누리군(군수 한○○)은 지난 2일 군청에서 새솔농업협동조합과 '재배 확대 업무협약'을 체결했다.\n\n"
        '한○○ 군수는 "농가 소득을 높이겠다"고 말했다.'
    )
    people = people_of(text)
    assert ("한○○", "군수", "누리군") in people


def test_it_reads_a_company_with_its_legal_form_after_the_name():
    """'OO 주식회사 등' is the company 'OO 주식회사', not a party '주식회사 등'."""
    text = (
        "가람시는 26일 시청에서 ㈜다온배터리, 한결소재 주식회사 등 3곳과 '소재 공장 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 한결소재 대표가 참석했다."
    )
    agreement = agreement_of(text)
    names = [p["name"] for p in agreement["parties"]]
    assert "한결소재 주식회사" in names and "주식회사 등" not in names
    assert ("오하늘", "대표", "한결소재 주식회사") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


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


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("협약식에는 한결조선 마도윤 사장이 참석했다.", ("마도윤", "사장", "한결조선㈜")),
        ("협약식에는 재단 측에서 구나래 대표이사가 참석했다.", ("구나래", "대표이사", "새솔복지재단")),
        (
            "협약식에는 누리대학교 산학협력단의 석하람 교수 연구팀이 참석했다.",
            ("석하람", "교수", "누리대학교 산학협력단"),
        ),
    ],
)
def test_it_reads_the_body_named_before_a_person(sentence, person):
    """A body before the name: a short form, '재단 측에서', or 'OO단의 NAME 교수'."""
    text = (
        "가람시는 2일 시청에서 한결조선㈜, 새솔복지재단, 누리대학교 산학협력단과 '조선 인력 업무협약'을 체결했다.\n\n"
        + sentence
    )
    assert person in people_of(text)


def test_it_gives_a_city_department_head_the_city():
    """'NAME OO시 경제산업본부장' works for the city, not for a body '…본부'."""
    text = "누리시는 5일 ㈜다온은행과 '소상공인 금융 업무협약'을 체결했다.\n\n노하진 누리시 경제산업본부장은 \"힘이 되길 바란다\"고 말했다."
    assert ("노하진", "경제산업본부장", "누리시") in people_of(text)


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


def test_it_reads_a_body_with_and_without_its_legal_form_as_one():
    """'재단법인 OO재단' and '(재)OO재단' in one article are one party."""
    text = (
        "가람구는 20일 구청에서 재단법인 새솔복지재단과 '의료비 지원 업무협약'을 체결했다.\n\n"
        "(재)새솔복지재단은 지원금 1억원을 낸다."
    )
    assert party_names(text) == ["가람구", "재단법인 새솔복지재단"]


def test_it_reads_a_partner_named_only_in_the_headline():
    """'OO군, OO모터스와 … MOU': the body speaks of the partner but does not sign with it by name."""
    text = (
        "누리군은 18일 군청에서 오하늘 누리군수와 마동길 한결모터스 본부장 등 30여명이 참석한 가운데 "
        "'수소경제 업무협약'을 체결했다.\n\n협약에 따라 한결모터스는 수소버스 50대를 공급한다."
    )
    assert party_names(text, headline="누리군, 한결모터스와 수소산업 육성 MOU") == ["누리군", "한결모터스"]


@pytest.mark.parametrize(
    ("listed", "name"),
    [
        ("㈜새솔마트 누리점", "㈜새솔마트 누리점"),
        ("한빛관광공사 누리센터", "한빛관광공사 누리센터"),
        ("누리대학교 창업지원센터", "누리대학교 창업지원센터"),
    ],
)
def test_it_keeps_a_companys_store_and_an_institutions_centre_whole(listed, name):
    """A store or a centre named after its company or institution is one party."""
    text = f"가람시는 5일 시청에서 {listed}와 '지역 상생 업무협약'을 체결했다."
    assert name in party_names(text)


def test_it_does_not_join_a_word_to_a_korean_name():
    """'새솔 김하늘 대표' is 김하늘; only a foreign name runs over two words."""
    text = "가람시는 5일 ㈜다온소재와 '소재 공장 투자협약'을 체결했다.\n\n협약식에는 새솔 김하늘 대표가 참석했다."
    assert {p["name"] for p in agreement_of(text)["people"]} >= {"김하늘"}
    assert not any(" " in p["name"] for p in agreement_of(text)["people"])


def test_it_reads_a_bracketed_head_with_a_compound_title():
    """'(은행장 NAME)' names the bank's head, as '(대표 NAME)' names a company's."""
    text = "새솔시와 누리은행(은행장 임도현)은 12일 시청에서 '지역 일자리 창출을 위한 업무협약'을 맺었다."
    agreement = agreement_of(text)
    assert ("임도현", "은행장", "누리은행") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_gives_a_deputy_head_the_body_of_the_article():
    """'NAME 부군수' is the county's deputy head: the org is the county, not a body '부군'."""
    text = (
        "가람군은 지난 4일 군청에서 '관광 기본계획 수립 용역' 착수보고회를 개최했다.\n\n"
        "이날 보고회에는 하경수 부군수를 비롯해 관계 공무원 등 20여명이 참석했다."
    )
    assert ("하경수", "부군수", "가람군") in people_of(text)


def test_it_reads_a_lawmaker_and_a_foreign_name_with_a_one_syllable_given_name():
    """'NAME 국회의원' is a person; '존 스미스 OO전자 대표' is one person of two words."""
    text = (
        "누리시는 24일 시청에서 한빛전자와 '반도체 공장 투자협약'을 체결했다.\n\n"
        "이날 협약식에는 박수민 국회의원과 존 스미스 한빛전자 대표 등이 참석했다."
    )
    people = people_of(text)
    assert ("박수민", "국회의원", None) in people
    assert ("존 스미스", "대표", "한빛전자") in people


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


def test_it_gives_a_company_head_the_one_company_that_takes_part():
    """'NAME 대표는 …' with one company among the parties heads that company."""
    text = (
        "가람시는 9일 시청에서 ㈜다온바이오와 '백신 공장 투자협약'을 체결했다.\n\n"
        '남궁현 대표는 "지역과 함께 성장하겠다"고 말했다.'
    )
    assert ("남궁현", "대표", "㈜다온바이오") in people_of(text)


def test_it_takes_an_attending_branch_head_for_the_branch():
    """'NAME OO공사 OO지역본부장이 참석했다': the branch attends, not the whole body."""
    text = (
        "가람시와 ㈜한결바이오는 지난 9일 시청에서 '공장 신설 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시장과 정하나 한빛농업공사 새솔지역본부장이 참석했다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles.get("한빛농업공사 새솔지역본부") == "participant" and "한빛농업공사" not in roles


def test_it_keeps_a_citys_ward_whole():
    """'OO시 OO구' is the ward, one party, and its head's title names it."""
    text = (
        "가람시 누리구는 5일 구청에서 ㈜다온푸드와 '먹거리 나눔 업무협약'을 체결했다.\n\n"
        "협약식에는 하경수 누리구청장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["가람시 누리구", "㈜다온푸드"]
    assert ("하경수", "누리구청장", "가람시 누리구") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_does_not_take_a_companys_short_name_for_a_given_name():
    """'다온 스미스 대표' of ㈜다온바이오 is 스미스, not a person '다온 스미스'."""
    text = (
        "가람시는 9일 시청에서 ㈜다온바이오와 '백신 공장 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시장과 다온 스미스 대표가 참석했다."
    )
    assert not any(p["name"].startswith("다온") for p in agreement_of(text)["people"])


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


def test_it_reads_the_branch_head_of_a_signing_company_as_its_own_person():
    """'NAME ㈜다온푸드 가람본부장이 참석': ㈜다온푸드 signs, so its 본부 is not another party and the
    person works for the party (as 'NAME OO시 경제산업본부장' works for the city)."""
    text = (
        "가람시교육청은 26일 가람구, ㈜다온푸드와 '돌봄 업무협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시교육감과 편도윤 가람구청장, 성민호 ㈜다온푸드 가람본부장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["가람시교육청", "가람구", "㈜다온푸드"]
    assert ("성민호", "가람본부장", "㈜다온푸드") in people_of(text)


def test_it_keeps_a_hyphenated_latin_company_name_whole():
    """'S-OIL과': a hyphen between Latin letters joins one name ('OO시-OO공사' stays two)."""
    text = "가람군은 XY-OIL과 지난 25일 군청 상황실에서 '화학사고 예방 업무협약'을 체결했다."
    assert party_names(text) == ["가람군", "XY-OIL"]


def test_it_does_not_take_the_collective_noun_of_local_governments_for_a_county():
    """'도와 시군은 …', '시군은 …을 발굴한다': 시군 is 'the cities and counties', not a 군; the counted
    group that signs ('도내 18개 시·군과') is one party (issue 10), named as counted."""
    text = (
        "가람도는 27일 도청에서 도내 18개 시·군과 '인구 대응 협약'을 맺었다. "
        "도는 기금 200억원을 반영하고, 시군은 특화 사업을 발굴한다."
    )
    assert party_names(text) == ["가람도", "18개 시·군"]


def test_it_reads_a_governor_named_by_the_provinces_short_name():
    """'NAME 전남지사' is the governor of 전라남도, not a branch called 전남지사; 'OO공단 경남지사' is one."""
    text = (
        "전라남도와 가람시는 26일 '탄소중립 협약'을 체결했다. "
        "협약식에는 명하늘 전남지사와 오다온 가람시장, 한빛공단 경남지사 관계자가 참석했다."
    )
    assert ("명하늘", "전남지사", "전라남도") in people_of(text)
    assert "명하늘 전남지사" not in party_names(text)


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


def test_it_reads_a_firms_works_as_one_party_and_no_second_name_inside_a_person():
    """'OO이노텍 구미사업장' is one party (a firm's works); in 'NAME 가람공대 총장' and
    'NAME 한빛 누리지사장' the short form after the name is no second person."""
    text = (
        "국립가람공과대학교는 9일 대학 본관에서 AB이노텍 구미사업장, ㈜새솔옵틱스와 '산학협력 업무협약'을 맺었다.\n\n"
        "협약식에는 나다온 가람공대 총장과 한지호 AB이노텍 구미사업장 전무 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == [
        "국립가람공과대학교",
        "AB이노텍 구미사업장",
        "㈜새솔옵틱스",
    ]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert people == {("나다온", "총장", "국립가람공과대학교"), ("한지호", "전무", "AB이노텍 구미사업장")}


def test_it_reads_no_second_person_inside_one_already_read():
    """'NAME 한빛 누리지사장': the body's short name after the person is no one's name."""
    text = (
        "누리시는 29일 시청에서 한빛전력공사 누리지사, 누리상인회와 '상생협약'을 체결했다.\n\n"
        "협약식에는 서다온 누리시 부시장과 어경민 한빛 누리지사장 등이 참석했다."
    )
    names = [p["name"] for p in agreement_of(text)["people"]]
    assert names == ["서다온", "어경민"]


def test_it_reads_a_college_with_its_university_as_one_party():
    """'OO대학교 해양과학대학' is one body: the college of that university."""
    text = "가람시는 7일 시청에서 새솔국립대학교 해양과학대학과 '공동연구 협약'을 맺었다."
    assert party_names(text) == ["가람시", "새솔국립대학교 해양과학대학"]


def test_it_tells_a_private_foundation_from_one_a_government_set_up():
    """'OO금융공익재단' is named for no city or province: other; '가람문화재단' of 가람시 is public."""
    text = (
        "가람시는 9일 시청에서 새솔금융공익재단으로부터 '청소년 진로교실' 운영비 1억원을 기탁받았다고 밝혔다.\n\n"
        "기탁식에는 가람문화재단 관계자 등이 참석했다."
    )
    kinds = {p["name"]: p["kind"] for p in agreement_of(text)["parties"]}
    assert kinds == {
        "가람시": "government",
        "새솔금융공익재단": "other",
        "가람문화재단": "public_institution",
    }


def test_it_reads_the_firms_listed_after_those_that_signed():
    """'… 5개 기업과 양해각서를 체결했다. 양해각서를 맺은 기업은 ㈜A, ㈜B, C㈜다.'"""
    text = (
        "가람시는 26일 서울에서 3개 기업과 투자 양해각서를 체결했다. "
        "양해각서를 맺은 기업은 ㈜하늘식품, ㈜누리바이오, 대성정밀㈜다."
    )
    assert party_names(text) == ["가람시", "㈜하늘식품", "㈜누리바이오", "대성정밀㈜"]


def test_it_reads_a_national_body_kiwi_does_not_know_as_a_public_institution():
    """'가람군은 국립새솔원과 … 맺었다': a 국립 body listed with the signers is public, not a firm."""
    text = "가람군은 26일 국립새솔원과 '생태관광 활성화 업무협약'을 맺었다."
    assert [(p["name"], p["kind"]) for p in agreement_of(text)["parties"]] == [
        ("가람군", "government"),
        ("국립새솔원", "public_institution"),
    ]


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


def test_a_name_that_ends_like_a_district_before_a_title_is_a_person():
    """'가람상인회 박동구 회장': 박동구 is a person, not a district that attends."""
    text = (
        "가람시는 4일 시청에서 ㈜다온유통과 상생협약을 체결했다. "
        "이날 협약식에는 가람상인회 박동구 회장이 참석했다."
    )
    assert "박동구" not in party_names(text)


def test_a_province_before_its_district_and_a_firms_address_are_no_parties():
    """'새솔 동구와 누리도 가람군은' are two parties (the places before them say where), and
    '가람과 새솔구에 있는 ㈜A와' names where the firm is."""
    text = "새솔 동구(구청장 박하늘)와 누리도 가람군(군수 최바다)은 3일 우호교류 협약을 체결했다."
    assert party_names(text) == ["동구", "가람군"]
    text = "누리시는 5일 시청에서 가람과 새솔구에 있는 ㈜다온기계와 투자협약을 체결했다."
    assert party_names(text) == ["누리시", "㈜다온기계"]


def test_a_college_after_a_universitys_short_name_is_one_party():
    """'가람대 해양생명과학대학과' is the college of 가람대, one party; its dean's org is the college."""
    text = (
        "새솔시가 12일 가람대 해양생명과학대학과 공동연구 업무협약을 체결했다. "
        "이날 협약식에는 박하늘 새솔시수산기술센터 소장과 최바다 가람대 해양생명과학대학 학장이 참석했다."
    )
    assert party_names(text)[:2] == ["새솔시", "가람대 해양생명과학대학"]
    people = people_of(text)
    assert ("최바다", "학장", "가람대 해양생명과학대학") in people
    assert ("박하늘", "소장", "새솔시수산기술센터") in people  # not '박하늘 새솔시수산기술센터' as one body


def test_an_area_and_a_name_ending_like_a_district_are_no_bodies():
    """'OO읍 가람시 일원에서' is an area; '새솔협회 박남구 회장' is a person."""
    text = (
        "누리군은 5일 ㈜다온테크와 협약을 체결했다. 협약식을 마친 군수는 이날 누리읍 가람시 일원에서 "
        "열린 축제 개막식에 참석했다. 이날 협약식에는 새솔협회 박남구 회장이 참석했다."
    )
    assert "가람시" not in party_names(text) and "박남구" not in party_names(text)


def test_limited_companies_keep_their_mark_in_every_written_form():
    """'(유)A', '유한회사 B' and '(유한)C' are companies that sign, like '㈜A'."""
    text = "가람시는 5일 시청에서 (유)다온알루미늄, 유한회사 새솔기계와 투자협약을 체결했다."
    assert party_names(text) == ["가람시", "(유)다온알루미늄", "유한회사 새솔기계"]
    text = "가람시는 5일 시청에서 (유한)다온로지스와 투자협약을 체결했다."
    assert party_names(text) == ["가람시", "(유한)다온로지스"]
