"""People as real pages name them: a caption's position after the title, a university's short name,
heads listed with one shared title, staff after their body (issue 10); invented names throughout."""

from tests.articles import people_of


def test_a_photo_position_after_the_title():
    """'NAME 교육감(오른쪽 세 번째)과 NAME 총장(〃 네 번째)': the caption's positions follow the titles."""
    text = (
        "▲ 협약식에서 박하람 교육감(오른쪽 세 번째)과 이누리 총장(〃 네 번째) 등이 기념 촬영을 하고 있다.\n"
        "가람도교육청은 20일 교육감실에서 누리대학교와 업무협약을 체결했다고 밝혔다."
    )
    people = people_of(text)
    assert ("박하람", "교육감", "가람도교육청") in people
    assert ("이누리", "총장", "누리대학교") in people


def test_heads_listed_with_their_bodies_share_the_title_after_the_count():
    """'가람대 NAME 총장을 비롯한 누리대 NAME·다온예술대 NAME 등 3개 대학 총장이': each name is the
    head of the body written before it, the title given once after the count."""
    text = (
        # (the universities sign: the heads of bodies that only came are guests, not people of the agreement)
        "가람도와 가람도교육청, 도내 3개 대학은 25일 도청에서 교육협력 협약을 체결했다.\n"
        "이날 협약식에는 가람대 김하늘 총장을 비롯한 누리대 박누리·다온예술대 이다온 등 3개 대학 총장이 함께했다."
    )
    people = people_of(text)
    assert ("김하늘", "총장", "가람대") in people
    assert ("박누리", "총장", "누리대") in people
    assert ("이다온", "총장", "다온예술대") in people


def test_staff_after_a_head_of_another_body_keep_no_body_of_theirs():
    """'NAME 교육감과 NAME 총장, NAME 혁신교육과장': the 과장 is not the university's because the
    총장's body was only guessed from the title; a body written before the list is shared."""
    text = (
        "가람시교육청은 누리대학교와 지난 3일 관학협력 협약을 체결했다고 밝혔다.\n"
        "이날 협약식에는 박하람 교육감과 이누리 총장, 최다온 혁신교육과장 등이 참석했다."
    )
    assert ("최다온", "혁신교육과장", "누리대학교") not in people_of(text)
