"""Commitments read from whole articles: each listed item, each side's promise, plain present statements
under the agreement; no plans, no repeats (fictional names throughout)."""

from tests.test_detection import extract


def test_it_reads_one_commitment_for_each_listed_item():
    """'△A △B △C 등에 협력하기로 했다' gives three commitments without a party."""
    text = (
        "가람시는 가람상인회와 '상생협력 협약'을 체결했다.\n\n"
        "협약에 따라 양 기관은 △전통시장 공동 배송 △온라인 장터 운영 지원 △상인 교육 등에 협력하기로 했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [(None, "전통시장 공동 배송"), (None, "온라인 장터 운영 지원"), (None, "상인 교육")]


def test_it_reads_what_each_side_promised():
    """'시는 …하고 X는 …하기로 약속했다' gives one commitment a side, with its party."""
    text = (
        "가람시와 ㈜다온에너지(이하 다온)는 '수소 발전소 건립 업무협약'을 체결했다.\n\n"
        "이날 시는 공사가 차질 없이 진행되도록 부지 정비를 지원하고 다온은 발전소 운영을 전담하기로 약속했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [("가람시", "부지 정비를 지원"), ("㈜다온에너지", "발전소 운영을 전담")]


def test_it_does_not_take_a_plan_for_a_commitment():
    """'…할 예정이다' reports a plan, not a promise made in the agreement."""
    text = "가람시는 '도시 숲 조성 연구 용역' 착수보고회를 열었다. 시는 내년에 기본계획을 수립할 예정이다."
    assert extract(text)[1][0]["commitments"] == []


def test_it_reads_a_promise_of_the_sides_as_a_group_and_what_follows_the_signing():
    """'세 기관은 △…' promises without 협약 in the sentence; '협약을 맺고 …하기로 했다' keeps what follows."""
    text = (
        "가람시는 새솔대학교, ㈜다온테크와 '청년 창업 업무협약'을 체결했다.\n\n"
        "세 기관은 △창업 공간 제공 △멘토링 운영 등에 협력하기로 했다.\n\n"
        "가람시는 새솔상인회와 상생 협약을 맺고 내년 말까지 빈 점포 20곳을 정비하기로 했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [
        (None, "창업 공간 제공"),
        (None, "멘토링 운영"),
        ("가람시", "내년 말까지 빈 점포 20곳을 정비"),
    ]


def test_it_reads_plain_present_statements_under_the_agreement_as_commitments():
    """'협약에 따라 병원은 …하고, 시는 …을 지원한다' gives one commitment a side."""
    text = (
        "가람시는 지난 10일 새솔병원과 '필수의료 강화 업무협약'을 체결했다.\n\n"
        "협약에 따라 병원은 응급 인력을 확충하고, 시는 운영비를 지원한다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [("새솔병원", "응급 인력을 확충"), ("가람시", "운영비를 지원")]


def test_it_reads_a_promise_of_two_named_sides_as_both_of_theirs():
    """'A와 B는 협약을 맺고, …하기로 했다' has no single party, and only what follows the signing."""
    text = (
        "해솔군과 해솔산림조합은 15일 '청년 임업인 육성 협약'을 맺고, 청년 10명에게 교육을 제공하기로 했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [(None, "청년 10명에게 교육을 제공")]


def test_it_keeps_a_purpose_clause_without_its_own_subject():
    """'인허가 … 처리할 수 있도록 지원' is the promise itself: '인허가' only ends like a subject marker."""
    text = (
        "가람시는 ㈜다온에너지와 '발전소 건립 업무협약'을 체결했다. 협약에 따라 시는 인허가 절차를 "
        "신속하게 처리할 수 있도록 적극 지원하기로 했다."
    )
    [commitment] = extract(text)[1][0]["commitments"]
    assert commitment["text"] == "인허가 절차를 신속하게 처리할 수 있도록 적극 지원"


def test_it_reads_a_party_named_inside_a_listed_item():
    """'△시는 부지를 제공하고 △OO는 …하며 △…에 힘을 모으기로 했다' gives each item its party."""
    text = (
        "가람시는 ㈜다온에너지와 '발전소 업무협약'을 체결했다.\n\n"
        "협약에 따라 양측은 △시는 부지를 제공하고 △다온에너지는 발전소를 운영하며 "
        "△주민 일자리 창출에 힘을 모으기로 했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [
        ("가람시", "부지를 제공"),
        ("㈜다온에너지", "발전소를 운영"),
        (None, "주민 일자리 창출"),
    ]


def test_it_reads_each_sides_promise_without_the_word_협약():
    """'도는 …하고, OO는 …하기로 했다' names two parties' promises."""
    text = (
        "새솔특별자치도와 ㈜다온모터스는 2일 '수소버스 보급 업무협약'을 체결했다.\n\n"
        "도는 시내버스 400대를 수소버스로 전환하고, ㈜다온모터스는 정비 인프라 구축을 지원하기로 했다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [
        ("새솔특별자치도", "시내버스 400대를 수소버스로 전환"),
        ("㈜다온모터스", "정비 인프라 구축을 지원"),
    ]


def test_it_reads_items_marked_with_a_filled_triangle():
    """'▲' marks list items as '△' does."""
    text = (
        "가람시는 가람상인회와 '상생 협약'을 체결했다. 양 기관은 ▲공동 배송 ▲상인 교육 등에 협력하기로 했다."
    )
    assert [c["text"] for c in extract(text)[1][0]["commitments"]] == ["공동 배송", "상인 교육"]


def test_it_reads_a_promise_printed_twice_once():
    """A repeated sentence (a caption left in the text) gives its commitments once."""
    promise = "협약에 따라 양 기관은 △공동 배송 △상인 교육 등에 협력하기로 했다."
    text = f"가람시는 가람상인회와 '상생 협약'을 체결했다.\n\n{promise}\n\n{promise}"
    assert [c["text"] for c in extract(text)[1][0]["commitments"]] == ["공동 배송", "상인 교육"]
