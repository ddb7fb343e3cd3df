"""General forms the twenty-sixth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from tests.articles import amounts, articles_of, measures, only_agreement

# --- broadcasters' pages -----------------------------------------------------------------------------

SCRIPT = (
    "HNB 한빛중부방송\n"
    "홈 | 뉴스 | 라디오 | 편성표 | 제보\n"
    "• 정치\n"
    "• 경제·산업\n"
    "• 사회\n"
    "뉴스투데이 > 경제\n"
    "충남도·서산시, 소재 기업 두 곳과 잇단 투자협약\n"
    "오하람 기자 haram@hnb.example\n"
    "2031-09-18 19:10\n"
    "◀앵커▶\n"
    "충청남도가 한 소재 기업으로부터\n"
    "900억 원 투자 약속을 받았습니다.\n"
    "◀리포트▶\n"
    "오늘 도청 상황실에서 열린\n"
    "투자 설명회 자리.\n"
    "도청 대회의실 한가운데\n"
    "충청남도와 ㈜가람세라믹이\n"
    "투자협약서에 서명했습니다.\n"
    "가람세라믹은 대산읍 일대\n"
    "5만 2천㎡ 부지에 900억 원을 들여\n"
    "새 공장을 짓습니다.\n"
    "이 기사 공유하기   페이스북   트위터   목록\n"
)


def test_a_broadcast_script_broken_into_short_lines_is_one_article_under_its_headline():
    """A broadcaster's page: its name, its bar of sections, a bulleted menu, a breadcrumb, the headline;
    then a script whose lines are broken short ('도청 대회의실 한가운데'). The menu is no headline and
    no line of the script opens an article of its own."""
    (article,) = articles_of(SCRIPT, published=datetime.date(2031, 9, 18))
    assert article["headline"] == "충남도·서산시, 소재 기업 두 곳과 잇단 투자협약"
    (agreement,) = article["agreements"]
    assert {"충청남도", "㈜가람세라믹"} <= {p["name"] for p in agreement["parties"]}
    assert amounts(agreement) == {90_000_000_000}
    assert (52000, "㎡") in measures(agreement)


def test_a_dashed_menu_above_the_headline_is_no_headline():
    """'- NEWS' and '- 뉴스데스크' under the broadcaster's name: a menu, the headline is below it."""
    page = (
        "DSB 다솜방송\n- NEWS\n- 뉴스데스크\n\n"
        "한솔정밀, 청주에 부품공장 짓는다\n\n"
        "방송일자\n2030-04-02\n\n"
        "자동차 부품을 만드는 ㈜한솔정밀이 청주시와 투자협약을 맺었습니다.\n"
        "회사는 오창읍에 230억 원을 들여 공장을 짓습니다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2030, 4, 2))
    assert article["headline"] == "한솔정밀, 청주에 부품공장 짓는다"


def test_a_skip_link_and_menu_buttons_above_the_headline_and_an_anchors_lead_mark_are_chrome():
    """'본문 바로가기', a nested bulleted menu, '전체메뉴 열기  검색', then the headline; '【 앵커멘트 】' over the
    anchor's lead is a script's cue, not a headline."""
    page = (
        "GNB 가람방송\n본문 바로가기\n• 뉴스\n  • 정치\n  • 경제\n• 편성표\n전체메뉴 열기   검색\n경제\n"
        "당진 석문산단에 수소부품 공장…410억 투자\n\n"
        "    작성 : 2031-06-03 18:40:11\n\n"
        "    【 앵커멘트 】\n"
        "    수소 부품을 만드는 ㈜한울하이텍이 어제(2일) 당진시와 투자협약을 맺었습니다.\n"
        "    회사는 410억 원을 들여 석문산단에 공장을 짓습니다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2031, 6, 3))
    assert article["headline"] == "당진 석문산단에 수소부품 공장…410억 투자"


def test_buttons_in_brackets_are_no_sub_headline():
    """'[공유] [스크랩] [인쇄]' under a headline: the page's buttons, not its sub-headline."""
    page = (
        "보령시, 누리수산과 가공공장 협약\n"
        "[공유] [스크랩] [인쇄] [가-] [가+]\n\n"
        "보령시는 12일 시청에서 ㈜누리수산과 투자협약을 체결했다고 13일 밝혔다. "
        "누리수산은 주포면에 80억원을 들여 수산물 가공공장을 짓는다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2030, 6, 13))
    assert article["subheadline"] is None


def test_a_boards_labelled_title_under_the_sites_menus_is_the_headline_and_its_fields_are_chrome():
    """A city's board: skip links, menus and bulleted sections, then '제목 : …', '작성자 : …', '조회수 : …'."""
    page = (
        "건너뛰기 링크\n주메뉴 바로가기  본문 바로가기\n\n다솜시 DASOM CITY\n로그인 | 회원가입 | 사이트맵\n\n"
        "다솜소식\n  • 공지사항\n  • 보도자료\n  • 고시공고\n\n보도자료\n  • 페이스북\n  • 인쇄\n\n"
        "제목 : 다솜시-㈜한길바이오, 건강식품 공장 투자협약 체결\n작성자 : 홍보담당관\n날짜 : 2031-04-08\n"
        "조회수 : 218\n첨부파일 : 협약식.jpg (1.2MB)\n\n"
        "다솜시와 ㈜한길바이오가 7일 시청 소회의실에서 건강식품 공장 건립 투자협약을 체결했다.\n"
        "㈜한길바이오는 2033년까지 90억 원을 들여 공장을 짓는다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2031, 4, 8))
    assert article["headline"] == "다솜시-㈜한길바이오, 건강식품 공장 투자협약 체결"
    assert article["subheadline"] is None


DIGEST = (
    "SBN 새벌방송\n"
    "• 뉴스  • 날씨  • 다시보기  • 제보하기\n\n"
    "\"장학금 4년간 8억\"…예천군·가람전력 협약 외\n"
    "임가온 기자   2031-11-20 19:05\n\n"
    "◀앵커▶\n"
    "예천군과 가람전력이 지역 학생 장학사업에 손을 잡았습니다.\n"
    "봉화 분천역 눈썰매장이 올해는 일주일 일찍 문을 엽니다.\n"
    "북부 소식, 임가온 기자입니다.\n\n"
    "◀리포트▶\n"
    "[예천]\n"
    "예천군과 가람전력, 예천군인재육성재단이 지난 18일 군청에서 장학사업 협약을 체결했습니다.\n"
    "협약에 따라 가람전력은 내년부터 4년간 8억 원을 재단에 내고, 재단은 해마다 학생 60명에게 장학금을 줍니다.\n\n"
    "[봉화]\n"
    "봉화군이 내년 본예산으로 4천 360억 원을 편성했습니다.\n"
    "지난 2027년 투자협약을 맺은 식품업체 공장 진입로 공사비 9억 원도 담겼습니다.\n\n"
    "SBN 뉴스 임가온입니다.\n"
)


def test_a_regional_digest_is_cut_at_its_places_marks_and_its_other_items_lend_no_figures():
    """A broadcast digest: the anchor's opening, then '[예천]' and '[봉화]' items. The pact is the first
    item's, under the page's headline, and the next item's budget and road money are not its figures."""
    articles = articles_of(DIGEST, published=datetime.date(2031, 11, 20))
    first = articles[0]
    assert first["headline"].startswith("\"장학금 4년간 8억\"")
    (agreement,) = first["agreements"]
    assert {p["name"] for p in agreement["parties"]} >= {"예천군", "가람전력", "예천군인재육성재단"}
    assert amounts(agreement) == {800_000_000}
    assert not any(a["agreements"] for a in articles[1:])
    assert "[예천] 예천군과" not in first["text"]  # the item's mark is not glued to its first sentence


# --- signers ------------------------------------------------------------------------------------------


def test_a_firm_told_by_its_size_signs_as_the_firm_whose_head_signs_at_the_ceremony():
    """'중견기업이 … 경상북도, 구미시와 투자협약을 맺었습니다', then '협약식에서는 구미시 NAME 시장과 ㈜A NAME
    대표이사, … 서명했습니다': the firm whose head signs is the lead's 중견기업, a signer beside the two."""
    text = (
        "배터리 부품을 만드는 중견기업이 새 공장을 짓기로 하고, 어제(8일) 경상북도, 구미시와 투자협약을 맺었습니다.\n\n"
        "어제 구미시청에서 열린 협약식에서는 구미시 도하람 시장과 ㈜누리셀텍 남궁별 대표이사, 경상북도 "
        "여민호 투자유치실장이 차례로 협약서에 서명했습니다.\n"
    )
    agreement = only_agreement(text, published=datetime.date(2031, 3, 9))
    assert {"경상북도", "구미시", "㈜누리셀텍"} <= set(_signers_of(agreement))
    assert ("남궁별", "대표이사", "㈜누리셀텍") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def _signers_of(agreement):
    return [p["name"] for p in agreement["parties"] if p["role"] == "party"]


def test_a_twinning_held_as_a_ceremony_with_a_named_village_is_a_signing_between_them():
    """'㈜A와 OO면 B마을이 … 결연식을 열고 1사1촌 한 가족이 됐다': a twinning, its village a signer."""
    text = (
        "㈜다온그린텍과 예산군 덕산면 솔바람마을이 지난 9일 마을회관에서 결연식을 열고 1사1촌 자매가 됐다.\n\n"
        "회사는 결연 기념으로 마을회관에 안마의자를 들여놓았다.\n"
    )
    agreement = only_agreement(text, published=datetime.date(2030, 10, 12))
    assert {"㈜다온그린텍", "솔바람마을"} <= set(_signers_of(agreement))
    assert agreement["signed_on"] == "2030-10-09"


def test_a_school_and_a_village_that_sign_a_twinning_deed_are_its_signers():
    """'A초등학교(교장 NAME)와 B마을(대표 NAME)은 … 자매결연서에 서명했다'."""
    text = (
        "이날 가람초등학교(교장 변하늘)와 별빛마을(대표 석도윤)은 도내 1호 1교1촌 자매결연서에 서명했다.\n"
    )
    agreement = only_agreement(text, published=datetime.date(2030, 5, 21))
    assert {"가람초등학교", "별빛마을"} <= set(_signers_of(agreement))


def test_guard_a_remote_village_served_is_no_signer():
    """Guard: '오지마을' and '섬마을' are the places a pact serves, not villages by name."""
    text = (
        "삼척시와 해솔병원은 12일 오지마을 주민을 찾아가는 방문진료 업무협약을 체결했다. "
        "병원은 섬마을과 오지마을에 의료진을 보낸다.\n"
    )
    agreement = only_agreement(text, published=datetime.date(2030, 5, 12))
    assert not {"오지마을", "섬마을"} & {p["name"] for p in agreement["parties"]}


# --- figures ------------------------------------------------------------------------------------------


def test_the_states_money_a_party_receives_for_its_part_is_no_budget():
    """'서비스 비용 4억2000만원을 지급한다. 이 가운데 2억5000만원은 … 국비로 지원받는다': the state's money
    the city gets, not money the parties commit; '… 지원받은 국비로 충당하고' and '… 보조금으로 지원받을 예정'
    likewise."""
    text = (
        "다솜시는 17일 누리돌봄센터와 통합돌봄 서비스 제공 협약을 체결했다. 협약에 따라 시는 올해 센터에 서비스 "
        "비용 4억2000만원을 지급한다. 이 가운데 2억5000만원은 시범사업 국비로 지원받는다.\n\n"
        "연구비는 모두 7천만원이다. 이 가운데 5천만원은 센터가 공모에 뽑히면서 지원받은 국비로 충당하고, 나머지 "
        "2천만원은 시가 부담한다.\n\n"
        "센터는 사업비 가운데 3억원을 정부의 지역돌봄 보조금으로 지원받을 예정이다.\n"
    )
    agreement = only_agreement(text, published=datetime.date(2031, 2, 18))
    assert amounts(agreement) == {420_000_000, 70_000_000, 20_000_000}
