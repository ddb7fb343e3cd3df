"""Splitting a page into articles: headlines, sub-headlines, bylines, captions above headlines."""

from agreements.ingest import extract_text
from agreements.ingest.layout import paragraphs
from agreements.ingest.segment import byline_of, is_credit, split_articles

PAGE = """
해오름군, 수산물 가공 공장 유치

푸른바다수산㈜와 투자협약… 120억원 투입

해오름군이 수산물 가공 공장을 유치했다.

해오름군은 지난 3일 군청 상황실에서 푸른바다수산㈜와 투자협약을 체결했다.

박새롬 기자

솔빛시는 10일 시청에서 한누리전력과 태양광 발전 협약을 맺었다.

솔빛시, 태양광 발전 협약

솔빛시가 재생에너지 확대에 나선다.

솔빛시는 10일 시청에서 한누리전력(이하 한누리)과 태양광 발전 협약을 맺었다.

김하늘 기자 sky@example.com
"""


def test_it_reads_bylines():
    """A reporter's name with 기자, optionally an e-mail, is a byline; prose is not."""
    assert byline_of("박새롬 기자") == "박새롬 기자"
    assert byline_of("김하늘 기자 sky@example.com") == "김하늘 기자 sky@example.com"
    assert byline_of("은하=최고운 기자") == "최고운 기자"
    assert byline_of("기자회견을 열었다.") is None
    assert byline_of("박새롬 기자는 말했다.") is None


def test_it_reads_source_credits():
    """A credit such as <글> 기관 제공 closes a column but is not a byline."""
    assert is_credit("<글> 솔빛시 제공")
    assert not is_credit("솔빛시는 자료를 제공했다.")


def test_it_splits_a_page_at_bylines():
    """Each byline closes an article; headlines and sub-headlines are taken from the top."""
    articles = split_articles(paragraphs(PAGE))
    assert [(a.headline, a.byline) for a in articles] == [
        ("해오름군, 수산물 가공 공장 유치", "박새롬 기자"),
        ("솔빛시, 태양광 발전 협약", "김하늘 기자 sky@example.com"),
    ]
    assert articles[0].subheadline == "푸른바다수산㈜와 투자협약… 120억원 투입"
    assert articles[1].subheadline is None


def test_it_gives_a_caption_above_a_headline_to_the_next_article():
    """The caption above the second headline is the second article's preamble, then dropped."""
    articles = split_articles(paragraphs(PAGE))
    assert all("솔빛시" not in p for p in articles[0].body)
    assert articles[1].preamble == ["솔빛시는 10일 시청에서 한누리전력과 태양광 발전 협약을 맺었다."]
    text = extract_text(PAGE, name="page.txt", published=None)["articles"][1]["text"]
    assert text.count("태양광 발전 협약을 맺었다.") == 1


def test_it_treats_a_press_release_without_byline_as_one_article():
    """No byline: one article, with its headline."""
    doc = "은하군, 농협과 먹거리 협약\n\n은하군은 5일 새봄농협과 협약을 체결했다.\n\n군은 판로를 지원한다."
    (article,) = split_articles(paragraphs(doc))
    assert (article.headline, article.subheadline, article.byline) == (
        "은하군, 농협과 먹거리 협약",
        None,
        None,
    )
    assert article.body == ["은하군은 5일 새봄농협과 협약을 체결했다.", "군은 판로를 지원한다."]


def test_it_leaves_the_headline_empty_when_there_is_none():
    """A pasted body with no title has no headline, and an unfinished first line stays body."""
    doc = "은하군은 5일 새봄농협과 먹거리 상생 협약을 체결했으며 지역 농산물의 학교 급식 공급과\n\n판로 확대에 힘쓰기로 했다."
    (article,) = split_articles(paragraphs(doc))
    assert article.headline is None
    assert len(article.body) == 2


def test_it_finds_a_column_title_under_its_labels():
    """Labels above a column's title are not the headline; the title the first sentence opens with is."""
    doc = (
        "우리 고장의 옛 건물\n\n사라진 관청의 기억\n\n은하객사\n\n"
        "은하객사는 조선시대 관리들이 묵던 숙소였다.\n\n복원된 누각\n\n객사는 1990년 복원됐다.\n\n<글> 은하군 제공"
    )
    (article,) = split_articles(paragraphs(doc))
    assert (article.headline, article.byline) == ("은하객사", None)
    assert article.body[0].startswith("은하객사는")


def test_it_takes_an_inline_byline_from_the_lead():
    """[지역=이름 기자] at the start of the lead is the byline, and the lead keeps its text."""
    doc = "솔빛시, 협약 체결\n\n[솔빛=최고운 기자] 솔빛시는 10일 협약을 맺었다."
    (article,) = split_articles(paragraphs(doc))
    assert article.byline == "최고운 기자"
    assert article.body == ["솔빛시는 10일 협약을 맺었다."]


def test_it_cuts_a_page_without_bylines_at_its_headlines():
    """A headline and sub-headline after a finished sentence start a new article."""
    doc = (
        "은하군, 농협과 먹거리 협약\n\n은하군은 5일 새봄농협과 협약을 체결했다.\n\n군은 판로를 지원한다.\n\n"
        "솔빛시, 도서관 야간 개방\n\n평일 밤 10시까지 열람실 운영\n\n솔빛시립도서관이 다음 달부터 야간 개방을 시작한다.\n\n"
        "시는 이용자 안전을 위해 관리 인력을 늘린다."
    )
    articles = split_articles(paragraphs(doc))
    assert [(a.headline, a.subheadline) for a in articles] == [
        ("은하군, 농협과 먹거리 협약", None),
        ("솔빛시, 도서관 야간 개방", "평일 밤 10시까지 열람실 운영"),
    ]
    assert articles[0].body == ["은하군은 5일 새봄농협과 협약을 체결했다.", "군은 판로를 지원한다."]


def test_it_does_not_cut_at_labels_or_broken_sentences():
    """Image labels and a sentence broken after its topic are not headlines."""
    doc = (
        "은하군, 농협과 먹거리 협약\n\n은하군은 5일 새봄농협과 협약을 체결했다.\n\n"
        "협약식 모습\n\n새봄농협 본점\n\n농협은 친환경 농산물을 공급한다.\n\n"
        "참석자들은 급변하는 시장 환경에\n\n맞춰 협력하기로 했다."
    )
    (article,) = split_articles(paragraphs(doc))
    assert article.headline == "은하군, 농협과 먹거리 협약"


FIRST_LEAD = "은하군은 지난 5일 군청에서 새봄농협과 먹거리 상생 협약을 체결했다."
SECOND_LEAD = "솔빛시는 10일 시청에서 한누리전력과 태양광 발전 협약을 맺었다."


def test_it_drops_a_caption_printed_after_its_articles_byline():
    """A caption of the last article, printed above the next headline, is in neither article."""
    doc = "\n\n".join(
        [
            "은하군, 먹거리 협약",
            FIRST_LEAD,
            "군은 판로를 지원한다.",
            "박새롬 기자",
            "은하군은 5일 새봄농협과 먹거리 상생 협약을 체결했다.",
            "솔빛시, 태양광 협약",
            SECOND_LEAD,
            "시는 부지를 내준다.",
            "김하늘 기자",
        ]
    )
    first, second = extract_text(doc, name="page.txt", published=None)["articles"]
    assert second["headline"] == "솔빛시, 태양광 협약"
    assert second["text"] == f"{SECOND_LEAD}\n\n시는 부지를 내준다."
    assert first["text"] == f"{FIRST_LEAD}\n\n군은 판로를 지원한다."


def test_it_drops_a_caption_of_the_next_article_printed_before_a_byline():
    """A caption at the foot of an article that repeats the next article's lead goes."""
    doc = "\n\n".join(
        [
            "은하군, 먹거리 협약",
            FIRST_LEAD,
            "군은 판로를 지원한다.",
            "솔빛시는 10일 한누리전력과 태양광 발전 협약을 맺었다.",
            "박새롬 기자",
            "솔빛시, 태양광 협약",
            SECOND_LEAD,
            "시는 부지를 내준다.",
            "김하늘 기자",
        ]
    )
    first, second = extract_text(doc, name="page.txt", published=None)["articles"]
    assert first["text"] == f"{FIRST_LEAD}\n\n군은 판로를 지원한다."
    assert second["text"].count("태양광 발전 협약을 맺었다.") == 1


def test_it_strips_an_inline_byline_even_when_one_closes_the_article():
    """The lead loses its [지역=이름 기자] prefix; the closing byline with its e-mail is kept."""
    doc = (
        "솔빛시, 협약 체결\n\n[솔빛=김하늘 기자] 솔빛시는 10일 협약을 맺었다.\n\n김하늘 기자 sky@example.com"
    )
    (article,) = split_articles(paragraphs(doc))
    assert article.byline == "김하늘 기자 sky@example.com"
    assert article.body == ["솔빛시는 10일 협약을 맺었다."]


def test_it_reads_a_press_release_header():
    """Labels above the title are dropped; a sub-headline between dashes loses its dashes."""
    doc = (
        "보 도 자 료\n\n배포일시 2026. 9. 3.(목)  담당부서 일자리경제과\n\n새봄시, 식품공장 투자협약\n\n"
        "- 210억원 투입해 2027년 가동 -\n\n□ 새봄시는 2일 다온푸드㈜와 투자협약을 체결했다."
    )
    (article,) = split_articles(paragraphs(doc))
    assert (article.headline, article.subheadline) == (
        "새봄시, 식품공장 투자협약",
        "210억원 투입해 2027년 가동",
    )
    assert article.body == ["□ 새봄시는 2일 다온푸드㈜와 투자협약을 체결했다."]


def test_it_takes_a_news_agency_dateline_and_an_outlet_in_brackets_as_the_byline():
    """'[OO=연합뉴스] 이름 기자 = …' and '[OO=OO일보 이름 기자] …' give the byline and leave the lead."""
    from agreements.ingest import extract_text

    for lead in ("[나주=새솔뉴스] 홍다온 기자 = 본문이다.", "[나주=새솔일보 홍다온 기자] 본문이다."):
        article = extract_text(f"제목 협약\n\n{lead}\n\n둘째 문단이다.", name="x", published=None)[
            "articles"
        ][0]
        assert article["byline"] == "홍다온 기자" and article["text"].startswith("본문이다.")


def test_it_splits_a_page_of_briefs_headed_by_boxes():
    """'■ OO시, OO대와 … 협약' heads a brief of its own, even with no bylines on the page."""
    from agreements.ingest import extract_text

    page = (
        "■ 나주시, 새솔대와 청년 정착 협약\n\n나주시는 23일 새솔대학교와 협약을 체결했다.\n\n"
        "■ 제천시, 단풍 축제 성료\n\n제천시는 축제에 관광객 15만명이 다녀갔다고 밝혔다."
    )
    articles = extract_text(page, name="x", published=None)["articles"]
    assert [a["headline"] for a in articles] == ["나주시, 새솔대와 청년 정착 협약", "제천시, 단풍 축제 성료"]
    assert [a["is_agreement"] for a in articles] == [True, False]


def test_it_does_not_take_a_photo_credit_under_the_headline_for_a_headline():
    """'[사진=OO군 제공]' between the sub-headline and the body is a credit, not a title line."""
    page = (
        "솔빛군, 새봄농협과 왕진버스 협약\n\n주민 3천명 무료 진료\n\n[사진=솔빛군 제공]\n\n"
        "솔빛군은 19일 새봄농협과 '왕진버스 운영 협약'을 체결했다.\n\n김하늘 기자"
    )
    [article] = split_articles(paragraphs(page))
    assert (article.headline, article.subheadline) == (
        "솔빛군, 새봄농협과 왕진버스 협약",
        "주민 3천명 무료 진료",
    )


def test_it_takes_a_wire_dateline_in_parentheses_as_the_byline():
    """'(OO=연합뉴스) 이름 기자 = 본문': the dateline is the byline and leaves the text."""
    [article] = extract_text(
        "(솔빛=연합뉴스) 김하늘 기자 = 솔빛시는 10일 새봄농협과 '급식 협약'을 맺었다.",
        name="x",
        published=None,
    )["articles"]
    assert article["byline"] == "김하늘 기자" and article["text"].startswith("솔빛시는")


def test_it_does_not_take_a_press_releases_header_for_its_headline():
    """'OO시 보도자료' above the title is the release's header; the title is the next line."""
    page = "솔빛시 보도자료\n\n솔빛시-새봄대, 인재 양성 협약\n\n솔빛시는 새봄대학교와 인재 양성 업무협약을 체결했다."
    [article] = split_articles(paragraphs(page))
    assert (article.headline, article.subheadline) == ("솔빛시-새봄대, 인재 양성 협약", None)


def test_it_ends_a_wire_item_at_its_reporters_e_mail():
    """Two wire items pasted one after the other: the e-mail line closes the first, and is no headline."""
    page = (
        "솔빛시, 새봄레저와 투자협약\n\n(솔빛=연합뉴스) 김하늘 기자 = 솔빛시는 25일 ㈜새봄레저와 투자협약을 체결했다.\n\n"
        "sky@example.com\n\n"
        "다온군, 한빛원과 관광 협약\n\n(다온=연합뉴스) 김하늘 기자 = 다온군은 26일 한빛원과 관광 협약을 맺었다.\n\n"
        "sky@example.com"
    )
    headlines = [a["headline"] for a in extract_text(page, name="x", published=None)["articles"]]
    assert headlines == ["솔빛시, 새봄레저와 투자협약", "다온군, 한빛원과 관광 협약"]


def test_a_caption_between_sentences_does_not_start_an_article():
    """'A조합 B 이사장, C공사 D 본부장 [사진=A조합] |' after the lead is the photo's caption, not a headline."""
    paras = [
        "새솔조합은 지난 7일 다온공사와 품질향상을 위한 업무협약을 체결했다고 8일 밝혔다.",
        "새솔조합 박하늘 이사장, 다온공사 최바다 본부장 [사진=새솔조합] |",
        "이번 협약에 따라 양 기관은 다온공사가 짓는 주택에 납품하는 가구의 품질 향상을 위해 공동 노력한다.",
    ]
    assert len(split_articles(paras)) == 1
