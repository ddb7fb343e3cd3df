"""Who signs and who is named, in forms a fifth round of real pages used (issue 10); every name,
body and figure here is invented."""

from tests.articles import people_of, signers


def test_a_federations_head_is_its_chairman():
    """'OO연맹(총재 NAME)': 총재 is the title of a federation's head, as 회장 is of an association's."""
    text = (
        "한빛청년연맹(총재 문세린)과 누리구(구청장 고다운)가 4일 구청 소회의실에서 청소년 멘토링 "
        "업무협약을 맺었다.\n문세린 총재는 연맹 회원들이 멘토로 나선다고 밝혔다."
    )
    assert ("문세린", "총재", "한빛청년연맹") in people_of(text)


def test_a_head_in_brackets_after_a_middle_dot():
    """'OO의료원(원장·NAME)', 'OO동주민센터(동장·NAME)': the title and the name in brackets split by a
    middle dot instead of a space."""
    text = (
        "누리1동주민자치위원회(회장 배나래)와 누리1동주민센터(동장·오세진), 새솔의료원(원장·한가람)이 "
        "9일 주민센터에서 '어르신 건강 돌봄 협약'을 체결했다.\n한가람 원장은 방문 진료를 늘리겠다고 했다."
    )
    people = people_of(text)
    assert ("한가람", "원장", "새솔의료원") in people
    assert ("오세진", "동장", "누리1동주민센터") in people
    assert ("배나래", "회장", "누리1동주민자치위원회") in people


def test_offices_below_a_county_sign_and_their_heads_work_for_them():
    """'OO군 OO면사무소, OO2리, OO연수원은 … 협약을 체결했다': a 면's office named after its county is
    one body, a numbered village signs for itself, a training institute is a body; their heads are
    named by fused titles ('NAME OO면장', 'NAME OO2리장', 'NAME OO연수원장')."""
    text = (
        "영월군 누리면사무소, 새솔2리, 다온연수원은 지난 8일 연수원 강당에서 마을 일손 돕기 협약을 "
        "맺었다.\n이 자리에는 김다솜 누리면장, 최다온 새솔2리장, 박누리 다온연수원장이 함께했다."
    )
    assert signers(text) == ["영월군 누리면사무소", "새솔2리", "다온연수원"]
    assert people_of(text) == {
        ("김다솜", "누리면장", "영월군 누리면사무소"),
        ("최다온", "새솔2리장", "새솔2리"),
        ("박누리", "다온연수원장", "다온연수원"),
    }


def test_a_township_after_its_county_with_its_head_in_brackets_signs():
    """'OO군 OO면(면장 NAME)과': the 면 of that county signs, not the county; the words 측면, 활동 are
    no offices."""
    text = (
        "한빛조경협회(회장 강누리)는 3일 영월군 가람면(면장 김하나)과 자매결연 협약을 체결했다.\n"
        "협회는 측면 지원과 봉사 활동을 약속했다."
    )
    assert signers(text) == ["한빛조경협회", "영월군 가람면"]
    assert ("김하나", "면장", "영월군 가람면") in people_of(text)


def test_universities_vouched_for_by_their_presidents_in_brackets_sign():
    """'가람대(총장 NAME)는 … 누리대(총장 NAME) 본관에서 누리대와 … 협약 체결식을 가졌다': a short name
    Kiwi does not know is a university where its president is named in brackets after it, and is
    that university wherever else the article names it; a lead's '두 명문대학이' names no body."""
    text = (
        "남부권 두 명문대학이 학점 교류에 힘을 모은다.\n\n"
        "가람대(총장 오한결)는 20일 누리대(총장 김다온) 대학본부 회의실에서 누리대와 공동 교육과정을 "
        "운영하는 협약 체결식을 가졌다."
    )
    assert signers(text) == ["가람대", "누리대"]
    assert ("오한결", "총장", "가람대") in people_of(text)


def test_staff_named_by_their_units_work_for_the_head_they_are_listed_after():
    """'이날 가람대에서는 NAME 총장과 NAME 교무처장, NAME 창업교육센터장 등이 참석했다': a unit named only by
    its head's title (교무처, 창업교육센터) is a part of the university, not a body of its own."""
    text = (
        "가람대학교(총장 오한결)는 17일 누리대학교(총장 김다온)와 산학협력 협약을 체결했다.\n\n"
        "협약식에는 가람대 오한결 총장과 조은솔 교무처장, 서하늘 창업교육센터장, 누리대 김다온 총장, "
        "고중빈 산학협력단장 등 10여 명이 참석했다."
    )
    people = people_of(text)
    assert ("조은솔", "교무처장", "가람대학교") in people
    assert ("서하늘", "창업교육센터장", "가람대학교") in people
    assert ("고중빈", "산학협력단장", "누리대학교") in people


def test_the_county_a_cooperative_is_in_is_no_signer():
    """'OO군 OO농협(조합장 NAME)이 … OO농협(조합장 NAME)과 … 자매결연 협약을 맺었다': the county named
    right before the cooperative says where it is; the two cooperatives sign."""
    text = (
        "영월군 다온마천농협(조합장 조가람)이 도시에 있는 누리농협(조합장 이하늘)과 14일 자매결연 협약을 "
        "맺었다.\n누리농협은 농산물 직거래 장터를 열기로 했다."
    )
    assert signers(text) == ["다온마천농협", "누리농협"]


def test_each_side_of_the_ceremony_names_its_own_people():
    """'이날 가람대에서는 NAME 총장과 NAME 산학협력단장/기획본부장, NAME 교무처장 등이 참석하며, 누리대에서는
    NAME 부총장 등이 참석했다': each side's people work for the body that opens it; a second title
    after a slash is the person's too; a vice-president named by his portfolio ('경영부총장') is named."""
    text = (
        "가람대(총장 오한결)는 12일 누리대(총장 김다온)와 업무협력 협약을 체결했다.\n\n"
        "이날 가람대에서는 조은솔 교무처장과 노가람 산학협력단장/기획본부장 등이 자리했고, "
        "누리대에서는 정민서 경영부총장 등이 자리했다."
    )
    people = people_of(text)
    assert ("노가람", "산학협력단장/기획본부장", "가람대") in people
    assert ("조은솔", "교무처장", "가람대") in people
    assert ("정민서", "경영부총장", "누리대") in people


def test_an_associations_officers_and_a_townships_local_heads_are_named():
    """'OO협회 NAME 수석부회장(OO시회 회장)과 NAME OO도회 회장이 함께했고
    가람면에서는 NAME 주민자치위원장과 NAME 노인회장 …': a ranked officer, the association's branch in a
    province (the branch of the association that signs), and the local heads on the 면's side; the
    branch in brackets is no one's name."""
    text = (
        "한빛조경협회(회장 강누리)는 3일 영월군 가람면(면장 김하나)과 자매결연 협약을 체결했다.\n\n"
        "행사에는 한빛조경협회 문대호 수석부회장(부산시회 회장)과 김동주 경상남도회 회장이 함께했고 가람면에서는 "
        "박영호 주민자치위원장과 김길수 노인회장 등이 나왔다."
    )
    people = people_of(text)
    assert ("문대호", "수석부회장", "한빛조경협회") in people
    assert ("김동주", "회장", "한빛조경협회 경상남도회") in people
    assert ("김길수", "노인회장", "영월군 가람면") in people
    assert ("박영호", "주민자치위원장", "영월군 가람면") in people
    assert "부산시회" not in {name for name, _, _ in people}


def test_bodies_whose_heads_are_counted_among_the_signers_sign():
    """'… 협약서'를 교환했다' reports a signing; '협약서에는 NAME 사장에 이어 A군, B군, C시 3개 지자체장들이
    서명했다': the bodies listed before the count of their heads sign, as many as it counts."""
    text = (
        "누리공사와 풍력단지 후보지 시군들이 지난 11일 공사 본사에서 '공동 발전위원회 설치 협약서'를 "
        "교환했다.\n\n이 협약서에는 김하늘 누리공사 사장에 이어 가람군, 새솔군, 다온시 3개 지자체장들이 "
        "서명했다.\n\n누리공사는 2027년 봄 새솔 풍력단지(120MW) 사업자로 뽑혔다."
    )
    assert signers(text) == ["누리공사", "가람군", "새솔군", "다온시"]
