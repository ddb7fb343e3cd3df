"""General forms the fifteenth round's real development pages (dev33 and dev34, scored unread and then
read, and the earlier sets) showed the extractor missing, tried with sentences written for the purpose:
invented bodies, people and figures (places only where a rule rests on the gazetteer, and not the pages'
own). Each test fails on the code before the round except the guards written with their rules."""

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
    """'용인대' beside '용인송담대': each its own university, neither a short form of the other."""
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
    """'지난 4년간 6개 대학 유치 MOU': the deals of the years gone by, counted; the two named inside
    ('지난 9일 가람대와 … 양해각서를 체결했고') are the tally's latest."""
    text = (
        "지난 5년간 6개 대학 유치 MOU 마무리\n"
        "나래도가 앞으로 도내에 3~4개 대학 캠퍼스를 추가로 유치하기 위해 해당 대학과 협의 중이라고 밝혔다.\n"
        "지금까지 도와 캠퍼스 설립 MOU를 체결한 대학은 2019년 한빛대, 2020년 청람대 등이다.\n"
        "도는 올 들어서도 지난 9일 보람대와 해솔시 국제캠퍼스를 조성하기로 양해각서를 체결했다."
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


def test_a_participation_list_after_what_the_agreement_is_for():
    """'이날 업무협약은 … 조성하기 위해 체결한 것으로 경북 OO시, A, B, C 등 5개 기관이 참여했다': the list
    starts after its purpose; the city written with its province is the city that signs; the council the
    agreement runs ('OO혁신협의회 운영을 위한 업무협약') signs nothing."""
    text = (
        "경북 영천시는 지난 31일 시청에서 가람경제자유구역청 등 5개 기관·단체와 해솔혁신협의회 운영을 위한 "
        "업무협약을 체결했다.\n"
        "이날 업무협약은 해솔산업지구 내 기업들의 혁신생태계를 조성하기 위해 체결한 것으로 경북 영천시, "
        "가람경제자유구역청, 나래상공회의소, 해솔산업지구 입주기업 대표, 다온테크노파크 등 5개 기관이 참여했다."
    )
    assert signers(text) == [
        "영천시",
        "가람경제자유구역청",
        "나래상공회의소",
        "해솔산업지구 입주기업 대표",
        "다온테크노파크",
    ]
