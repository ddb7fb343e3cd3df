"""Commitments: who does what under the agreement, read from short made-up articles."""

from agreements.ingest.article import extract_article

SIGNED = "가람시는 12일 시청에서 누리개발공사, ㈜새별건설과 '새뜰 정비사업 협약'을 체결했다. "


def commitments(text):
    _, [agreement] = extract_article(text, headline=None, subheadline=None, published=None)
    return [(c["party"], c["text"]) for c in agreement["commitments"]]


def test_it_splits_a_gapped_clause_into_one_commitment_per_subject():
    """'시는 A를 지원하고, 공사는 B를, 건설은 C를 맡는다' gives three commitments."""
    text = (
        SIGNED + "협약에 따라 시는 행정절차를 지원하고, 공사는 사업 총괄을, ㈜새별건설은 주택 건설을 맡는다."
    )
    assert commitments(text) == [
        ("가람시", "행정절차를 지원"),
        ("누리개발공사", "사업 총괄"),
        ("㈜새별건설", "주택 건설을 맡는다"),
    ]


def test_it_reads_the_sentences_that_follow_the_agreement_clause():
    """After '협약에 따라 …', '건설은 …을 부담한다' is a commitment too."""
    text = SIGNED + "협약에 따라 공사는 부지를 제공한다. ㈜새별건설은 사업비 중 3억원을 부담한다."
    assert commitments(text) == [("누리개발공사", "부지를 제공"), ("㈜새별건설", "사업비 중 3억원을 부담")]


def test_it_leaves_plans_and_goals_out():
    """'…할 계획이다' and '…을 목표로 한다' are not commitments."""
    text = (
        SIGNED + "협약에 따라 ㈜새별건설은 2028년까지 주택 300호를 지을 계획이다. "
        "세 기관은 2029년 준공을 목표로 한다."
    )
    assert commitments(text) == []


def test_it_keeps_the_present_clause_before_a_past_one():
    """'시는 이자를 지원하며, 예산을 편성했다': the promise is the support."""
    text = (
        SIGNED
        + "협약에 따라 공사는 부지를 제공한다. 시는 대출이자 일부를 지원하며, 이에 필요한 예산을 편성했다."
    )
    assert commitments(text)[-1] == ("가람시", "대출이자 일부를 지원")


def test_it_reads_a_shortened_name_or_abbreviation_as_its_party():
    """'새별건설은' is ㈜새별건설; '누개공은' abbreviates 누리개발공사."""
    text = SIGNED + "협약에 따라 새별건설은 주택을 짓고, 누개공은 토지를 공급한다."
    assert commitments(text) == [("㈜새별건설", "주택을 짓"), ("누리개발공사", "토지를 공급")]


def test_it_does_not_start_reading_promises_before_the_agreement_clause():
    """A plain sentence about the city before any '협약에 따라' is news, not a commitment."""
    text = SIGNED + "이와 함께 시는 청년 정책에 행정력을 집중한다."
    assert commitments(text) == []


def test_it_reads_a_subject_whose_particle_follows_a_bracket():
    """'㈜새별건설(대표 홍길동)도 …하기로 했다' is a promise of that company."""
    text = SIGNED + "㈜새별건설(대표 홍길동)도 협약에 참여해 현장실습을 지원하기로 했다."
    assert commitments(text) == [("㈜새별건설", "현장실습을 지원")]


def test_it_leaves_hopes_out_of_the_clauses():
    """'시는 … 효과를 기대한다' after the agreement clause is a hope, not a promise."""
    text = SIGNED + "협약에 따라 공사는 부지를 제공한다. 시는 이번 사업으로 일자리 효과를 기대한다."
    assert commitments(text) == [("누리개발공사", "부지를 제공")]


def test_it_leaves_out_what_a_party_did_before():
    """'시는 지난해 9곳을 유치했으며, 현재 가동률은 70%다' is background, not a promise."""
    text = (
        SIGNED + "협약에 따라 공사는 부지를 제공한다. 시는 지난해 기업 9곳을 유치했으며, 현재 가동률은 70%다."
    )
    assert commitments(text) == [("누리개발공사", "부지를 제공")]


def test_it_reads_clauses_introduced_by_mou_wording():
    """'MOU에 따르면 A는 …을, 시는 …을 각각 맡는다' gives one commitment per side."""
    text = SIGNED + "MOU에 따르면 공사는 장비 구축을, 시는 부지 제공을 각각 맡는다."
    assert commitments(text) == [("누리개발공사", "장비 구축"), ("가람시", "부지 제공을 각각 맡는다")]


def test_it_reads_a_plain_list_of_contents():
    """'협약의 주요 내용은 A, B, C 등이다' gives one commitment per item, of no one party."""
    text = SIGNED + "협약의 주요 내용은 스마트팜 기술 보급, 청년 농업인 교육, 농산물 판로 확대 등이다."
    assert commitments(text) == [
        (None, "스마트팜 기술 보급"),
        (None, "청년 농업인 교육"),
        (None, "농산물 판로 확대"),
    ]


def test_it_reads_a_role_a_party_takes_after_signing():
    """After '…협약을 맺고', '공사가 대상자 선정을 맡는다' is that party's commitment."""
    text = "가람시는 누리개발공사와 '돌봄 협약'을 맺고 성금을 받았다. 공사가 대상자 선정과 배송을 맡는다."
    assert commitments(text) == [("누리개발공사", "대상자 선정과 배송을 맡는다")]


def test_it_gives_a_counted_group_of_parties_no_single_party():
    """'도와 3개 시는 …' promises for all of them; '시' after a count is not one city."""
    text = (
        "가람도와 새솔시·다온시·누리시 등 3개 시가 손을 잡았다.\n\n"
        "가람도는 24일 3개 시와 '의료 인력 확보 상생협약'을 체결했다.\n\n"
        "협약에 따라 도와 3개 시는 공동기금을 조성해 의사 인건비에 쓴다."
    )
    _, [agreement] = extract_article(text, headline=None, subheadline=None, published=None)
    assert [(c["party"], c["text"]) for c in agreement["commitments"]] == [
        (None, "공동기금을 조성해 의사 인건비에 쓴다")
    ]


def test_it_reads_a_promise_after_a_memorandum_is_exchanged():
    """After '… 양해각서를 교환했다', one side's '…하고, …하기로 했다' is one promise."""
    text = (
        "가람시는 24일 다온전기㈜와 'ESS 구축 양해각서'를 교환했다. "
        "다온전기는 배터리를 공급하고, 협력사 30개사에 물량을 배정하기로 했다."
    )
    assert commitments(text) == [("다온전기㈜", "배터리를 공급하고, 협력사 30개사에 물량을 배정")]


def test_it_reads_the_province_opening_a_clause_though_kiwi_reads_a_verb():
    """'…확충하고, 도는 인허가를 지원하기로 했다': 도는 after a comma is the province, not 'turning'."""
    text = (
        "가람도는 26일 ㈜다온오션, 한빛전력공사와 '해상풍력 업무협약'을 체결했다. "
        "한빛전력공사는 송전망을 조기 확충하고, 도는 인허가를 지원하기로 했다."
    )
    assert commitments(text) == [("한빛전력공사", "송전망을 조기 확충"), ("가람도", "인허가를 지원")]


def test_it_reads_each_of_a_group_of_local_governments_as_a_side():
    """'부는 …을 지원하고, 각 시도는 …을 발굴한다': the group is a side of its own, and '각' opens it."""
    text = (
        "가람부는 25일 17개 시·도와 '지방소멸 대응 협약'을 체결했다. "
        "협약에 따라 가람부는 510억원을 지원하고, 각 시도는 청년 정착 사업을 발굴한다."
    )
    assert commitments(text) == [("가람부", "510억원을 지원"), (None, "청년 정착 사업을 발굴")]


def test_it_keeps_one_sides_clauses_as_one_promise_and_drops_a_closing_connective():
    """'공사는 A를 열고, B를 지키기로 했다' is one promise of one side (the dev corpora's convention);
    'A는 …을 주고, B는 …' ends A's promise without its connective '고'; '창고' keeps its 고."""
    text = SIGNED + "협약에 따라 공사는 매월 주민 설명회를 열고, 공사 기간을 지키기로 했다."
    assert commitments(text) == [("누리개발공사", "매월 주민 설명회를 열고, 공사 기간을 지키기")]
    text = SIGNED + "협약에 따라 공사는 이수자에게 채용 혜택을 주고, ㈜새별건설은 실습생을 받기로 했다."
    assert commitments(text) == [
        ("누리개발공사", "이수자에게 채용 혜택을 주"),
        ("㈜새별건설", "실습생을 받기"),
    ]
    text = SIGNED + "협약에 따라 공사는 창고, 사무실과 주차장을 제공하기로 했다."
    assert commitments(text) == [("누리개발공사", "창고, 사무실과 주차장을 제공")]


def test_it_reads_a_promise_that_carries_on_the_side_before():
    """'…하기로 했다. 또 …해주기로 했다' is the same side's promise."""
    text = SIGNED + "협약에 따라 공사는 주민 설명회를 열기로 했다. 또 노후 설비를 무료로 점검해주기로 했다."
    assert commitments(text) == [
        ("누리개발공사", "주민 설명회를 열기"),
        ("누리개발공사", "노후 설비를 무료로 점검해주기"),
    ]


def test_it_reads_a_pair_of_parties_as_a_joint_subject_after_the_signing():
    """After the signing, 'A와 B는 …을 짓는다' is the pair's promise (no one party)."""
    text = SIGNED + "누리개발공사와 ㈜새별건설은 합작법인을 세워 2029년까지 주택 500호를 짓는다."
    assert commitments(text) == [(None, "합작법인을 세워 2029년까지 주택 500호를 짓는다")]


def test_it_reads_a_party_named_as_the_subject_after_the_thing_done():
    """'사업비 3억원은 시가 전액 부담한다' is the city's promise; shared out between two it is not one."""
    text = SIGNED + "사업비 3억원은 시가 전액 부담한다."
    assert commitments(text) == [("가람시", "사업비 3억원은 시가 전액 부담")]
    text = SIGNED + "사업비는 시가 절반을 내고 나머지를 누리개발공사가 부담한다."
    assert commitments(text) == []


def test_it_reads_a_clipped_kind_as_the_one_party_of_that_kind():
    """'수협은 …' is the one '…수산업협동조합' that signs."""
    text = (
        "누리군은 9일 군청에서 새솔수산업협동조합과 '수출 지원 협약'을 체결했다. "
        "협약에 따라 수협은 저온저장고를 작업 공간으로 제공하고, 군은 물류비를 지원한다."
    )
    assert commitments(text) == [
        ("새솔수산업협동조합", "저온저장고를 작업 공간으로 제공"),
        ("누리군", "물류비를 지원"),
    ]


def test_it_reads_the_subject_after_a_thing_done_that_takes_도():
    """'… 안에 들어설 돌봄센터의 운영비도 시가 지원한다': the thing done comes first with 도, a few
    words in, and the city after it is the one that does it."""
    text = SIGNED + "새뜰마을 안에 들어설 돌봄센터의 운영비도 시가 지원한다."
    assert commitments(text) == [("가람시", "새뜰마을 안에 들어설 돌봄센터의 운영비도 시가 지원")]
