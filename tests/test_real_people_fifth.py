"""Who signs and who is named, in forms a fifth round of real pages used (issue 10); every name,
body and figure here is invented."""

from agreements.ingest.article import extract_article


def agreement_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements[0]


def signers(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"] if p["role"] == "party"]


def people_of(text, headline=None):
    return {(p["name"], p["title"], p["org"]) for p in agreement_of(text, headline)["people"]}


def test_a_federations_head_is_its_chairman():
    """'OO연맹(총재 NAME)': 총재 is the title of a federation's head, as 회장 is of an association's."""
    text = (
        "누리구(구청장 고다운)와 한빛시민연맹(총재 문세린)은 지난 7일 연맹 본부에서 지역 봉사 협력을 위한 "
        "업무협약을 체결했다.\n업무협약을 체결한 뒤 고다운 구청장과 문세린 총재는 기념품을 교환했다."
    )
    assert ("문세린", "총재", "한빛시민연맹") in people_of(text)


def test_a_head_in_brackets_after_a_middle_dot():
    """'OO의료원(원장·NAME)', 'OO동주민센터(동장·NAME)': the title and the name in brackets split by a
    middle dot instead of a space."""
    text = (
        "새솔의료원(원장·한가람)과 누리1동주민센터(동장·오세진), 누리1동주민자치위원회(회장 배나래)는 "
        "5일 의료원에서 '시설 이용 업무 협약'을 맺었다.\n한가람 원장은 주민 건강을 돕겠다고 말했다."
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
        "영월군 누리면사무소, 새솔2리, 다온연수원은 지난 12일 면사무소 회의실에서 지역사회 상생발전을 위한 "
        "협약을 체결했다.\n협약식에는 김다솜 누리면장, 최다온 새솔2리장, 박누리 다온연수원장이 참석했다."
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
        "한빛설비협회(회장 강누리)가 10일 영월군 가람면(면장 김하나)과 자매결연을 맺고 상생협력해 나갈 것을 "
        "다짐했다.\n협회는 측면 지원과 봉사 활동을 약속했다."
    )
    assert signers(text) == ["한빛설비협회", "영월군 가람면"]
    assert ("김하나", "면장", "영월군 가람면") in people_of(text)
