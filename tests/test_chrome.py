"""Web-page furniture pasted with an article (menus, time lines, widgets, copyright, related lists)
never becomes an article, a party or a person (fictional page)."""

import datetime

from agreements.ingest import extract_text
from agreements.ingest.chrome import is_chrome, strip

PAGE = """누리일보 본문 바로가기 메뉴 바로가기

  • 페이스북
  • 트위터
  • 이메일 보내기
  • 프린터
2031.05.06 (화)

  • 맑음가람 18.2℃
  • 흐림새솔 15.0℃
기상청 제공

[새솔=누리일보]

가람시, ㈜다온테크와 120억원 투자협약

입력 2031-05-06 10:21:07
수정 2031-05-06 10:25:40
이 기사를 공유합니다
본문 글자 크기 조정
가 -가 +

가람시는 6일 시청에서 ㈜다온테크와 120억원 규모의 투자협약을 체결했다.
![가람시_투자협약식.jpg](http://example.com/photo/2031/0506.jpg)
(사진출처 - 가람시청)
협약에 따라 ㈜다온테크는 가람일반산업단지에 공장을 짓고 40명을 고용한다.
박하늘 가람시장은 "지역에 활력이 될 것"이라고 말했다.

홍길동 기자 gildong@
Copyright ⓒ 누리일보 무단 전재 및 재배포 금지
0개
관련뉴스
- 최바다 새솔군수, 주민과 대화의 날 열어
- 한누리 누리도의원 "관광 활로 찾겠다"
많이 본 기사
  1. 정다온 교수, 새 연구 발표
(끝)
"""


def test_it_knows_page_furniture_by_the_whole_line():
    for line in (
        "입력 2031-05-06 10:21:07",
        "기사입력 31-05-06 13:17 | 최종수정 31-05-06 13:17",
        "승인 2031.05.06 14:38",
        "• 페이스북",
        "가 -가 +",
        "댓글 0",
        "저작권자 © 누리일보 무단전재 및 재배포 금지",
        "[새솔=누리일보]",
        "(사진출처 - 가람시청)",
        "가람시_투자협약식.jpg",
        "맑음가람 18.2℃",
    ):
        assert is_chrome(line), line
    for line in (
        "가람시는 6일 시청에서 ㈜다온테크와 투자협약을 체결했다.",
        "가람시, ㈜다온테크와 120억원 투자협약",
        "협약식은 오후 2시 30분 시청에서 열렸다.",
    ):
        assert not is_chrome(line), line


def test_a_related_list_goes_with_its_heading():
    text = strip("본문이다.\n관련뉴스\n- 제목 하나\n- 제목 둘\n다음 문장이다.")
    assert "제목" not in text and "관련뉴스" not in text and "다음 문장이다." in text


def test_a_pasted_page_reads_as_its_one_article():
    page = extract_text(PAGE, name="page.txt", published=datetime.date(2031, 5, 6))
    assert len(page["articles"]) == 1
    article = page["articles"][0]
    assert article["headline"] == "가람시, ㈜다온테크와 120억원 투자협약"
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "㈜다온테크"]
    people = {p["name"] for p in agreement["people"]}
    assert people == {"박하늘"}  # none from the related or popular lists
    assert "무단" not in article["text"] and "페이스북" not in article["text"]


def test_a_headline_printed_twice_and_a_local_papers_inline_byline():
    """A page that prints its headline twice has one headline; '[OO일보 이름 기자]본문' loses its byline."""
    page = (
        "가람시-다온대, 업무협약 체결\n가람시-다온대, 업무협약 체결\n  • 박새롬 기자\n\n"
        "[누리일보 박새롬 기자]가람시 농업기술센터는 지난 4일 다온대학교 산학협력단과 업무협약을 체결했다.\n"
    )
    (article,) = extract_text(page, name="p.txt", published=None)["articles"]
    assert (article["headline"], article["subheadline"]) == ("가람시-다온대, 업무협약 체결", None)
    assert article["text"].startswith("가람시 농업기술센터는")
    parties = [p["name"] for p in article["agreements"][0]["parties"]]
    assert parties == ["가람시 농업기술센터", "다온대학교 산학협력단"]


def test_a_sites_footer_comment_box_and_summary_notice_are_furniture():
    """The publisher's particulars, a comment box's rules and counters, a machine summary's notice and an
    arrow-marked photo label never reach the article."""
    for line in (
        "상호 : 누리일보사업자번호 : 123-45-67890대표자 : 홍길동등록번호 : 서울 가 00111",
        "주소 : 가람시 중앙로 1 누리빌딩 3층 대표전화 : 02) 123-4567",
        "인터넷신문 등록번호 : 서울 아01234 등록일자 : 2019.01.02발행 ·편집인 : 홍길동청소년보호책임자 : 김바다",
        "※ 댓글 작성시 상대방에 대한 배려와 책임을 담아 깨끗한 댓글 환경에 동참에 주세요.",
        "(0)",
        "0 / 300",
        "랭킹뉴스",
        "AI 요약 기술은 핵심만 전달합니다. 전체 내용의 이해를 위해 기사 본문을 확인해주세요.",
        "↑↑ 가람센터 준공식 중 진행된 테이프 커팅식 |",
        "광고",
    ):
        assert is_chrome(line), line
    for line in (
        "가람시는 대표전화 123으로 신고를 받기로 했다.",
        "↑ 가람시는 5일 ㈜다온과 협약을 체결했다.",
    ):
        assert not is_chrome(line), line


def test_a_readers_export_date_before_the_first_line_goes():
    """' date 2031-02-26 [누리일보 …] 가람시는 …': the export's stamp is not the article's first words."""
    page = (
        " date 2031-02-26 [누리일보 박새롬 기자] 가람시는 26일 시청에서 ㈜다온테크와 "
        "120억원 규모의 투자협약을 체결했다.\n협약에 따라 ㈜다온테크는 공장을 짓는다.\n"
    )
    (article,) = extract_text(page, name="p.txt", published=datetime.date(2031, 2, 26))["articles"]
    assert "date" not in article["text"] and article["text"].startswith("가람시는 26일")
    assert article["agreements"][0]["signed_on"] == "2031-02-26"


def test_a_wire_photos_resale_notice_does_not_make_its_caption_a_subheadline():
    """'… 투자협약이 체결됐다. … 기념사진을 찍고 있다. *재판매 및 DB 금지' under the headline: with the
    notice cut, the caption ends as a sentence, is read as the body, and its signing is the agreement."""
    text = (
        "가람군, 다온식품과 52억 규모 투자협약\n"
        "11일 가람군청에서 가람군과 식품 제조업체 다온식품의 52억원 규모 투자협약이 체결됐다. "
        "오하늘 군수(오른쪽)와 다온식품 박새봄 대표가 기념사진을 찍고 있다. *재판매 및 DB 금지\n"
        "다온식품은 가람농공단지 4000㎡ 부지에 공장을 지을 예정이다.\n"
    )
    article = extract_text(text, name="t.txt", published=datetime.date(2031, 5, 12))["articles"][0]
    assert article["is_agreement"]
    assert article["subheadline"] is None and "재판매" not in article["text"]
    assert [b["amount_krw"] for b in article["agreements"][0]["budgets"]] == [5_200_000_000]


def test_a_bylines_bureau_in_brackets_is_no_party():
    """'[누리경제 호남취재본부 박새롬 기자] 가람시는 …': the paper's bureau is the byline's, not a signer;
    the page has no headline, and the day told with the news is the signing day when '이날 협약 기업'
    follows."""
    page = (
        " date 2031-06 [누리경제 호남취재본부 박새롬 기자] 가람시는 다양한 분야 9개 제조기업과 투자 협약을 "
        "체결했다고 10일 밝혔다.\n\n이날 협약 기업 중 절반은 관내에서 사업장을 넓히는 기업이다.\n\n"
        "기업 투자 규모는 총 870억원이며 210명을 새로 고용한다.\n\n"
        "이로써 시는 상반기에만 4번째 투자협약을 맺어 총 2,310억원의 역대 최대 성과를 냈다.\n"
    )
    (article,) = extract_text(page, name="p.txt", published=datetime.date(2031, 6, 11))["articles"]
    assert article["byline"] == "박새롬 기자" and article["text"].startswith("가람시는")
    (agreement,) = article["agreements"]
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "9개 제조기업"]
    assert agreement["signed_on"] == "2031-06-10"
    assert [b["amount_krw"] for b in agreement["budgets"]] == [87_000_000_000]


def test_a_question_headline_printed_twice_and_a_byline_under_it_make_one_article():
    """A web page with '가람 첫 투자 유치… 활력 시동?' printed twice, its sub-headlines and then '•
    NAME기자 e-mail' before the body: one article with that headline, not a header and a body apart;
    a firm founded in an earlier year still hires for this agreement, and an aside on past deals
    ('한편 도는 최근 5년간 … 이행한 기업은 2곳에 그치고 있다') gives no target."""
    page = (
        "가람 첫 투자 유치… 활력 시동?\n\n가람 첫 투자 유치… 활력 시동?\n"
        "가람도, 4일 ㈜다온밀크와 투자 협약 체결\n올해 41억원 신설 투자\n"
        "  • 오은비기자 oeb@example.kr\n\n"
        "가람도는 4일 도청에서 ㈜다온밀크와 가람 투자를 위한 협약을 체결했다.\n\n"
        "지난 2016년 설립된 ㈜다온밀크는 향후 총 41억원을 투자해 도민 27명을 신규로 고용할 계획이다.\n\n"
        "한편 도는 최근 6년간 기업 19곳과 투자협약을 체결했지만 실제 이행한 기업은 3곳에 그치고 있다.\n"
    )
    (article,) = extract_text(page, name="p.txt", published=datetime.date(2031, 3, 4))["articles"]
    assert article["headline"] == "가람 첫 투자 유치… 활력 시동?"
    (agreement,) = article["agreements"]
    found = {(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None}
    assert (27, "명") in found and (3, "곳") not in found


def test_a_byline_with_its_e_mail_and_time_and_bare_font_buttons_are_furniture():
    """'  • 크게', '  • 작게' (font buttons) and '오영석 기자 | name@mail.kr | 2031.03.20 17:15:13' (a
    byline with the page's time): the time is not glued to the lead's '19일', so the day is read."""
    page = (
        "  • 크게\n\n  • 작게\n\n가람군, 다온도립대와 협약 체결\n\n"
        "오영석 기자 | oys@mail.kr | 2031.03.20 17:15:13\n"
        "19일 김돈호 군수와 문성수 총장이 군청에서 '지역혁신 대학지원체계' 업무 협약을 체결했다.\n"
    )
    (article,) = extract_text(page, name="p.txt", published=datetime.date(2031, 3, 20))["articles"]
    assert "크게" not in article["text"] and "17:15" not in article["text"]
    assert article["agreements"][0]["signed_on"] == "2031-03-19"


def test_a_date_line_led_by_a_slash_under_a_caption_is_furniture():
    """A local paper prints the page's date under the photo caption ('/ 2031. 4. 9'): a date line,
    not the headline of a second article, so the lead that follows stays with the page's headline
    and its signers and heads are read there."""
    page = (
        "누리구·한빛시민연맹 업무협약 체결\n\n"
        "지난 7일 열린 업무협약식에서 고다운 구청장과 문세린 총재가 기념촬영을 하고 있다.\n\n"
        " \n\n/ 2031. 4. 9\n\n \n\n"
        "누리구(구청장 고다운)와 한빛시민연맹(총재 문세린)은 지난 7일 연합 본부에서 "
        "'지역 봉사 협력을 위한 업무협약'을 체결했다.\n\n양 기관은 봉사활동을 함께 펼치기로 했다.\n"
    )
    assert is_chrome("/ 2031. 4. 9")
    (article,) = extract_text(page, name="p.txt", published=datetime.date(2031, 4, 9))["articles"]
    (agreement,) = article["agreements"]
    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["누리구", "한빛시민연맹"]
    assert ("문세린", "총재", "한빛시민연맹") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def test_a_boards_date_and_view_count_labels_and_a_skip_link_to_the_main_menu_are_furniture():
    """A city's notice board prints '작성일' and '조회수' on lines of their own, each value on the next
    line; the count alone must not join the headline or the lead."""
    assert is_chrome("본문 바로가기 주메뉴 바로가기")
    assert is_chrome("작성일")
    assert is_chrome("조회수 1,204")
    page = "가람시, 다온테크와 투자협약\n작성일\n2031.05.06\n조회수\n190\n\n가람시는 6일 ㈜다온테크와 투자협약을 맺었다.\n"
    assert "190" not in strip(page)
    assert "작성일" not in strip(page)
