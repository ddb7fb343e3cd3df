"""Layout repair on short strings: split words, real word boundaries, captions and labels."""

import pytest

from agreements.ingest import layout

JOINED = [
    ("군은 주민 편의를 위해 도서관을 새로 건", "립하기로 했다.", "새로 건립하기로 했다."),
    ("양 기관은 청년 일자리 창출에 협력하기", "로 했다.", "협력하기로 했다."),
    ("시와 대학은 지역 인재 양", "성에 힘을 모은다.", "인재 양성에 힘을"),
    ("공단은 재난 대응 훈련에 참여", "하기로 했다.", "참여하기로 했다."),
    ("행사에는 주민 200여명이 참석", "했다.", "참석했다."),
    ("이번 공사는 관광", "객 편의를 높이기 위한 것이다.", "관광객 편의를"),
    ("시는 지역 특산물 판", "로 개척에 나선다.", "판로 개척에"),
]

SPACED = [
    ("이번 협약으로 양 기관은 공동 연구", "개발에 나선다.", "공동 연구 개발에"),
    ("시는 농산물 가공", "시설을 짓는다.", "가공 시설을"),
    ("회의를 열 수", "있도록 지원한다.", "열 수 있도록"),
    ("참가자들은 변화하는 시장 환경에", "맞춰 협력하기로 했다.", "시장 환경에 맞춰"),
    ("3대 중점 과제를", "바탕으로 계획을 세운다.", "과제를 바탕으로"),
    ("두 기관은 지역 문화", "발전에 힘쓴다.", "지역 문화 발전에"),
    ("대학은 산학협력단을", "중심으로 사업을 운영한다.", "산학협력단을 중심으로"),
    ("군은 3대 중점 과제를", "이와 함께 추진한다.", "과제를 이와 함께"),
]


@pytest.mark.parametrize(("left", "right", "expected"), JOINED)
def test_it_joins_a_word_split_across_columns(left, right, expected):
    """A piece that cannot start a word, or that completes one, is joined without a space."""
    assert expected in layout.join(left, right)


@pytest.mark.parametrize(("left", "right", "expected"), SPACED)
def test_it_keeps_a_real_word_boundary(left, right, expected):
    """Two words that read the same either way keep their space."""
    assert expected in layout.join(left, right)


def test_it_tells_sentence_ends():
    """Final punctuation ends a sentence; a headline ending in 다 without a period does not."""
    assert layout.ends_sentence("시는 협약을 체결했다.")
    assert layout.ends_sentence('그는 "함께 하겠다."')
    assert layout.ends_sentence("양 기관은 협력하기로 했다.(사진)")
    assert not layout.ends_sentence("해오름군, 친환경 농업 선도한다")
    assert not layout.ends_sentence("시는 관련 절차를 신속하게 처리할 수 있도록 인")


def test_it_recognises_image_labels():
    """A short noun phrase is a label; a sentence start with particles is not."""
    assert layout.is_label("옛 청사 정문")
    assert layout.is_label("복원된 누각")
    assert not layout.is_label("참석자들은 새로운 시장에")
    assert not layout.is_label("시는 올해 예산을 모두 집행했다.")


def test_it_joins_a_sentence_broken_by_a_caption():
    """A caption repeating the lead between two halves of a sentence is dropped, the halves joined."""
    lead = "해오름군과 푸른바다수산㈜는 지난 3일 군청 상황실에서 수산물 가공시설 투자협약을 맺었다."
    paras = [
        lead,
        "이날 군은 공장 건립에 필요한 인",
        "해오름군과 푸른바다수산은 지난 3일 군청 상황실에서 수산물 가공시설 투자협약을 맺었다.",
        "허가를 신속히 처리하기로 했다.",
    ]
    assert layout.repair(paras) == [lead, "이날 군은 공장 건립에 필요한 인허가를 신속히 처리하기로 했다."]


def test_it_drops_the_copy_that_breaks_a_sentence_even_when_it_is_the_longer():
    """Of a lead and a longer copy of it standing inside a broken sentence, the copy goes: the lead stays
    and the sentence is whole again (the shorter of the two is not simply taken for the caption)."""
    lead = "가람시는 3일 시청에서 ㈜한빛소재와 투자협약을 체결했다."
    paras = [
        lead,
        "협약에 따라 ㈜한빛소재는 2028년까지 120억원을 들여 가람일반산업단지에 공장을 짓고",
        "가람시는 3일 시청에서 ㈜한빛소재와 친환경 소재 공장 투자협약을 체결했다",
        "신규 인력 50명을 채용할 계획이다.",
    ]
    assert layout.repair(paras) == [
        lead,
        "협약에 따라 ㈜한빛소재는 2028년까지 120억원을 들여 가람일반산업단지에 공장을 짓고 신규 인력 50명을"
        " 채용할 계획이다.",
    ]


def test_it_drops_a_caption_that_repeats_the_lead_with_aliases_removed():
    """A caption is the lead without its parenthesised alias; the lead stays, the caption goes."""
    lead = "솔빛시와 한누리전력(이하 한누리)은 10일 시청에서 태양광 발전 협약을 체결했다."
    caption = "솔빛시와 한누리전력은 10일 시청에서 태양광 발전 협약을 체결했다."
    paras = [lead, "양 기관은 2028년까지 발전소를 짓는다.", caption, "시는 부지를 제공한다."]
    assert layout.repair(paras) == [lead, "양 기관은 2028년까지 발전소를 짓는다.", "시는 부지를 제공한다."]


def test_it_drops_a_caption_printed_above_the_headline():
    """A preamble sentence that repeats a body sentence is a caption; one that does not is kept."""
    body = ["은하군은 지난 5일 군청에서 새봄농협과 먹거리 상생 협약을 체결했다.", "군은 판로를 지원한다."]
    caption = "은하군은 지난 5일 새봄농협과 먹거리 상생 협약을 체결했다."
    assert layout.repair(body, [caption]) == body


def test_it_keeps_distinct_paragraphs():
    """Paragraphs that share some words but say different things are not captions."""
    paras = [
        "시는 지난 5일 시청에서 청년 창업 지원 협약을 체결했다.",
        "시는 올해 청년 창업 지원 예산을 두 배로 늘렸다.",
    ]
    assert layout.repair(paras) == paras


def test_it_drops_labels_between_sentences_but_keeps_bullets():
    """Image labels between complete sentences go; a bulleted intertitle stays its own paragraph."""
    paras = [
        "누각은 1700년대에 세워졌다.",
        "복원된 누각",
        "옛 청사 정문",
        "정문은 2019년 다시 지어졌다.",
        "□ 향후 계획",
    ]
    assert layout.repair(paras) == [
        "누각은 1700년대에 세워졌다.",
        "정문은 2019년 다시 지어졌다.",
        "□ 향후 계획",
    ]


def test_it_does_not_join_into_a_bulleted_item():
    """An unfinished bulleted line is not continued by the next item."""
    paras = ["○ 사업기간: 2026년~2027년", "○ 사업비: 30억원"]
    assert layout.repair(paras) == paras


def test_it_steps_over_a_label_inside_a_broken_word():
    """An image label printed between the halves of a split word is dropped, the word mended."""
    paras = ["군은 주민 편의를 위해 도서관을 새로 건", "복원된 누각", "립하기로 했다."]
    assert layout.repair(paras) == ["군은 주민 편의를 위해 도서관을 새로 건립하기로 했다."]


def test_it_moves_a_new_caption_after_the_sentence_it_interrupts():
    """A caption that repeats nothing, printed inside a split word, is kept after the mended sentence."""
    caption = "협약식 참석자들이 기념 촬영을 하고 있다."
    paras = ["양 기관은 청년 일자리 창출에 협력하기", caption, "로 했다."]
    assert layout.repair(paras) == ["양 기관은 청년 일자리 창출에 협력하기로 했다.", caption]


def test_it_joins_a_particle_to_a_name_ending_in_a_symbol():
    """A particle after 한결㈜, a closing quote or a bracket joins it; a new word keeps its space."""
    assert layout.join("군은 한결㈜", "와 협약을 맺었다.").endswith("한결㈜와 협약을 맺었다.")
    assert layout.join("군은 한결㈜", "대표와 만났다.").endswith("한결㈜ 대표와 만났다.")
    assert layout.join("'먹거리 상생 협약'", "을 맺었다.") == "'먹거리 상생 협약'을 맺었다."
    assert layout.join("'먹거리 상생 협약'", "체결식을 열었다.") == "'먹거리 상생 협약' 체결식을 열었다."
    assert layout.join("한누리전력(이하 한누리)", "과 협약을 맺었다.").startswith("한누리전력(이하 한누리)과")


def test_it_joins_a_number_to_its_counter():
    """A counter or myriad split from its number is joined; a new word after a number is not."""
    assert layout.join("총 2028", "년까지 짓는다.") == "총 2028년까지 짓는다."
    assert layout.join("총 350", "억원을 들인다.") == "총 350억원을 들인다."
    assert layout.join("양 기관은,", "시와 함께") == "양 기관은, 시와 함께"
    assert layout.join("수전용량 9.8MW", "규모의 설비") == "수전용량 9.8MW 규모의 설비"


def test_it_unwraps_lines_hard_wrapped_at_a_fixed_width():
    """A block wrapped at a fixed width is one paragraph; a short title above it stays apart."""
    text = (
        "솔빛시, 한누리전력과 협약\n"
        "솔빛시는 지난 10일 시청 접견실에서 한누리전력과\n"
        "공공건물 태양광 발전 협약을 체결했다. 한누리는\n"
        "사업비 48억원을 들여 발전설비를 설치하기로 했\n"
        "다.\n"
    )
    assert layout.paragraphs(text) == [
        "솔빛시, 한누리전력과 협약",
        "솔빛시는 지난 10일 시청 접견실에서 한누리전력과 공공건물 태양광 발전 협약을 체결했다. "
        "한누리는 사업비 48억원을 들여 발전설비를 설치하기로 했다.",
    ]


def test_it_keeps_lines_that_are_paragraphs():
    """Lines of different lengths that end sentences are separate paragraphs, even without blank lines."""
    text = "시는 협약을 맺었다.\n군은 예산 10억원을 지원하기로 하고 올해 안에 공사를 시작한다.\n"
    assert layout.paragraphs(text) == [
        "시는 협약을 맺었다.",
        "군은 예산 10억원을 지원하기로 하고 올해 안에 공사를 시작한다.",
    ]


def test_it_drops_photo_captions_with_a_credit():
    """A caption ending in (사진=… 제공) and a standalone credit line are not article text."""
    paras = [
        "솔빛시는 10일 시청에서 태양광 발전 협약을 맺었다.",
        "▲ 한지우 솔빛시장(왼쪽)과 협약 참석자들이 기념촬영을 하고 있다. (사진=솔빛시 제공)",
        "사진=솔빛시 제공",
        "사진전은 다음 달 열린다.",
    ]
    assert layout.repair(paras) == [paras[0], paras[3]]


def test_it_keeps_short_phrases_when_there_is_no_prose():
    """A text of short phrases only (a notice, a list) is not emptied as if it were labels."""
    text = " ".join(layout.repair(["봄꽃 축제 안내", "은하강변 일원"]))
    assert "봄꽃 축제 안내" in text and "은하강변 일원" in text


def test_it_continues_a_quote_closed_without_a_period():
    """A quotation closed after 다 with no period goes on ("…하겠다"고 말했다)."""
    left = '한지우 솔빛시장은 "이번 협약은 지역 에너지 자립의 첫걸음이 될 것이며 시민과 함께 재생에너지 확대에 힘쓰겠다"'
    assert layout.repair([left, "고 말했다."]) == [left + "고 말했다."]


def test_it_continues_a_bulleted_paragraph_of_prose():
    """A long □ paragraph broken off is continued; a short list item without a period is not."""
    paras = ["□ 이번 협약에 따라 회사는 공장을 짓고, 시는 공장 건립에 필요한 인", "허가 절차를 지원한다."]
    assert layout.repair(paras) == [
        "□ 이번 협약에 따라 회사는 공장을 짓고, 시는 공장 건립에 필요한 인허가 절차를 지원한다."
    ]
    assert layout.repair(["○ 사업기간: 2026년~2027년", "시는 예산을 확보했다."]) == [
        "○ 사업기간: 2026년~2027년",
        "시는 예산을 확보했다.",
    ]


def test_it_drops_a_pages_running_header():
    """'2026년 7월 8일 수요일   지역  11' heads the page (date, weekday, section, page), not an article;
    a sentence that starts with a date stays."""
    text = (
        "2026년 7월 8일 수요일                 지역  11\n\n가람시·새솔대, 인재 양성 맞손\n\n"
        "2026년 7월 6일 가람시는 새솔대와 협약을 맺었다."
    )
    assert layout.paragraphs(text) == [
        "가람시·새솔대, 인재 양성 맞손",
        "2026년 7월 6일 가람시는 새솔대와 협약을 맺었다.",
    ]


def test_a_sub_headline_does_not_run_into_a_sentence_opened_by_the_bodys_kind():
    """'기업 3곳과 210억원 투자 협약' above '도는 …': '도' opens the sentence, it is no particle of 협약
    ('투자 협약도는'), and the lead between them is no caption to step over."""
    paras = [
        "기업 3곳과 210억원 투자 협약",
        "누리도가 기업유치에 박차를 가하고 있다.",
        "도는 ㈜다온, ㈜새솔 등 3개 기업과 210억원 규모의 투자협약을 체결했다고 13일 밝혔다.",
    ]
    joined = layout.join_continuations(paras)
    assert joined[-1] == paras[-1]
    assert joined[0].endswith("박차를 가하고 있다.")
