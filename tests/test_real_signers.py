"""Who signs and who is named, in forms real pages use (issue 10); invented names throughout."""

from tests.articles import party_names, people_of, signers


def test_a_subject_after_a_bracketed_byline_signs():
    """'[OO신문 NAME 기자] 누리대(총장 NAME)는 … B와 협약을 체결했다': the byline opens the sentence, the
    university named only by its short form and its head in brackets is its subject."""
    text = (
        "[가람신문 홍다솜 기자] 누리대(총장 김하람)는 5일 본관에서 한빛신용재단과 인재 양성을 위한 "
        "산학협력 협약을 체결했다고 밝혔다.\n두 기관은 공동연구를 약속했다."
    )
    assert signers(text) == ["누리대", "한빛신용재단"]
    assert ("김하람", "총장", "누리대") in people_of(text)


def test_a_head_in_brackets_with_a_declared_alias_works_for_the_body():
    """'OO공단(이사장 NAME, 이하 공단)', 'OO상인회연합(회장 NAME)': the head in brackets is named
    with the body, also where the bracket declares the body's short name."""
    text = (
        "가람시설관리공단(이사장 박누리, 이하 공단)은 12일 가람시상인회연합(회장 최다온)과 지역경제 "
        "활성화를 위한 업무협약을 체결했다고 밝혔다.\n공단은 주차장 공유를 지원한다."
    )
    people = people_of(text, headline="가람시설공단, 가람시상인회연합과 업무협약 체결")
    assert ("박누리", "이사장", "가람시설관리공단") in people
    assert ("최다온", "회장", "가람시상인회연합") in people


def test_a_body_named_before_its_sort_is_one_party():
    """'OO정보산업 협동조합연합회(…, 이하 OO연합회)': the name before a word that only says the sort
    of body is part of it; 'OO협회 가람시회' is the association's branch in a city."""
    text = (
        "누리대학교(총장 이하늘)는 지난 9일 다온정보산업 협동조합연합회(회장 고가온, 이하 다온연합회)와 "
        "산학협력 협약을 체결했다.\n다온연합회는 실습을 돕는다."
    )
    assert signers(text) == ["누리대학교", "다온정보산업 협동조합연합회"]
    assert ("고가온", "회장", "다온정보산업 협동조합연합회") in people_of(text)
    text = "가람 북구가 지난 4일 구청에서 한빛건설협회 가람시회, ㈜다온과 지역업체 참여 활성화를 위한 MOU를 체결했다."
    assert "한빛건설협회 가람시회" in signers(text)


def test_the_builder_of_the_works_is_no_body():
    """'시공사' (the builder) ends like a public corporation (…공사) but is a common word."""
    text = "가람 북구가 지난 4일 구청에서 한빛건설협회, 시공사와 지역업체 참여 활성화를 위한 MOU를 체결했다."
    assert "시공사" not in party_names(text)


def test_a_signing_sentence_without_a_subject_takes_the_leads_body_and_the_firms_attending():
    """'지난 9일 군수실에서 NAME 가람군수, ㈜A NAME 대표 등이 참석한 가운데 … 체결했다' has no subject:
    the body the lead is about signs, with the firms that attend."""
    text = (
        "경남 가람군이 기업 유치 투자협약을 통해 90억 원의 투자를 약속받았다.\n"
        "지난 9일 오후 2시 군수실에서 김하늘 가람군수, ㈜다온텍 이누리 대표, 한결테크(주) 박가온 대표 "
        "등이 참석한 가운데 가람산업단지 내 투자협약을 체결했다.\n"
        "㈜다온텍은 40억 원을 투자해 공장을 짓는다."
    )
    assert signers(text) == ["가람군", "㈜다온텍", "한결테크(주)"]
    # with a subject of its own, the governor attending the signing is no party (issue 10)
    text = (
        "누리군은 지난 9일 도청에서 박하람 경남도지사, 김하늘 누리군수, ㈜다온텍 이누리 대표 등이 참석한 "
        "가운데 ㈜다온텍과 투자협약을 체결했다."
    )
    assert signers(text) == ["누리군", "㈜다온텍"]


def test_firms_counted_then_named_where_their_heads_sign():
    """'㈜A 등 3개 업체와 … 체결했다' then 'NAME 군수와 ㈜A NAME 대표, B㈜ NAME 대표, C㈜ NAME 대표는 …
    협약서에 서명했다': the firms the count stood for are named there, and no group is left."""
    text = (
        "누리군은 21일 군 소회의실에서 ㈜해솔식품 등 3개 업체와 50억원 규모의 투자협약을 체결했다고 밝혔다.\n"
        "이날 박하늘 누리군수와 ㈜해솔식품 김다온 대표, 가온산업(주) 이가람 대표, 한결중공업(주) 최누리 "
        "대표는 기업 관계자 등이 참석한 가운데 투자협약서에 서명, 교환했다."
    )
    assert signers(text) == ["누리군", "㈜해솔식품", "가온산업(주)", "한결중공업(주)"]


def test_bodies_counted_as_places_are_named_where_they_attend():
    """'공공기관·단체 3곳과 … 맺었다' then '협약식에는 A, B, C 등이 참석했다': the three sign, public
    bodies or not."""
    text = (
        "가람구는 5일 공공기관·단체 3곳과 소상공인 상생 지원을 위한 업무협약을 맺었다.\n"
        "구청에서 열린 협약식에는 한빛복지공단, 다온에너지공사, 누리산업인력공단 등이 참석했다."
    )
    assert signers(text) == ["가람구", "한빛복지공단", "다온에너지공사", "누리산업인력공단"]


def test_a_department_head_signs_for_the_firm_named_before_the_title():
    """'NAME HG&T 지원본부장은': a firm Kiwi does not know, signing through a head of one of its units."""
    text = (
        "이날 박하늘 구청장을 비롯해 김누리 누리수자원공사 경영본부장과 이다온 HG&T 지원본부장은 구청에서 "
        "상생 발전을 위한 우호교류협약을 했다."
    )
    assert "HG&T" in signers(text, headline="가람구, 누리수자원공사·HG&T와 맞손")
    assert ("이다온", "지원본부장", "HG&T") in people_of(text, headline="가람구, 누리수자원공사·HG&T와 맞손")


def test_an_aside_after_hanpyeon_and_a_comma_names_no_firm():
    """'한편, ㈜B는 지난해 …원을 투자했다': an aside about another firm's investment, comma or not."""
    text = (
        "누리군은 24일 군청에서 ㈜해솔과 투자협약을 체결했다.\n"
        "㈜해솔은 100억원을 투자한다.\n"
        "한편, ㈜가온테크는 지난 3월 누리군에 60억원을 투자해 공장을 지었다."
    )
    assert signers(text) == ["누리군", "㈜해솔"]


def test_a_person_placed_by_a_photo_caption():
    """'NAME(왼쪽) 누리대 총장과': the bracket places the person; the body and title follow it."""
    text = (
        "김하람(왼쪽) 누리대 총장과 박다온 한빛보증기금 이사장이 4일 산학협력을 체결하고 기념촬영하고 있다.\n"
        "누리대(총장 김하람)는 4일 한빛보증기금과 산학협력 협약을 체결했다."
    )
    people = people_of(text)
    assert ("김하람", "총장", "누리대") in people
    assert not any(name == "누리대" for name, _, _ in people)


def test_people_listed_after_their_body_work_for_it():
    """'(사)OO협회의 NAME 회장, NAME 부회장, NAME 사무국장과 OO대학교 NAME 총장, NAME 산학협력단장':
    each listed title works for the body named before the list."""
    text = (
        "누리대학교와 (사)한빛상생협회는 8일 산학협력 협약을 체결했다.\n"
        "이날 협약식에는 (사)한빛상생협회의 김누리 회장, 이다온 부회장, 박가람 사무국장과 누리대학교 "
        "최하늘 총장, 정해솔 산학협력단장, 한가온 산학협력부단장 등이 참석했다."
    )
    people = people_of(text)
    assert ("이다온", "부회장", "(사)한빛상생협회") in people
    assert ("박가람", "사무국장", "(사)한빛상생협회") in people
    assert ("정해솔", "산학협력단장", "누리대학교") in people
    assert ("한가온", "산학협력부단장", "누리대학교") in people
