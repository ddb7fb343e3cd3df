"""General forms the fortieth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`fe2da66`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_gift_handed_to_those_a_pact_once_tied_is_no_signing():
    """'A농협이 9일 자매결연을 맺은 B초 학생들에게 장학금을 건넸다': the relative clause tells who the pupils
    are; the day is the gift's, and the page reports no signing."""
    page = (
        "가람농협, 결연 학교 학생들에 장학금\n"
        "다온일보 | 입력 2021. 11. 9. 14:20\n\n"
        "가람농협(조합장 문세린)이 9일 '1사1교 자매결연'을 맺은 관내 4개 학교 학생 32명에게 장학금 800만원을 건넸다.\n\n"
        "가람농협은 2012년부터 지역 학교에 발전기금을 보태 왔다.\n"
    )
    for text in (page, page.replace("건넸다", "전달했다"), page.replace("건넸다", "지급했다")):
        (article,) = articles_of(text, published=datetime.date(2021, 11, 9))
        assert not article["is_agreement"]
        assert not article["agreements"]




def test_a_signing_dated_months_before_the_page_after_its_lead_is_background():
    """'협약식은 4월 7일 … 열렸다' in a June page whose lead tells a market the pact led to: the signing is
    background (a bare date, no '지난'), and the page reports none. A lead that dates its own signing so is
    still the news of it, posted late."""
    page = (
        "부대 안에 농산물 장터 열려\n"
        "승인 2021.06.14 15:40\n\n"
        "지난 4월 가람군과 육군 솔내부대가 손잡은 지역농산물 소비 협약이 두 달 만에 부대 안 장터로 이어졌다.\n\n"
        "가람군은 10일부터 이틀 동안 솔내부대 복지관 앞에서 농특산물 직거래 장터를 열었다.\n\n"
        "협약식은 4월 7일 솔내부대 회의실에서 열렸다. 당시 군수와 부대장이 서명한 협약서에는 부대 급식에 지역 농산물을 "
        "먼저 쓴다는 내용이 담겼다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2021, 6, 14))
    assert not article["is_agreement"]
    late = (
        "가람군-솔내부대, 농산물 소비 협약\n"
        "승인 2021.06.14 15:40\n\n"
        "가람군은 4월 7일 솔내부대 회의실에서 육군 솔내부대와 지역농산물 소비 촉진 협약을 맺었다고 14일 밝혔다.\n\n"
        "부대는 급식에 지역 농산물을 먼저 쓴다.\n"
    )
    (article,) = articles_of(late, published=datetime.date(2021, 6, 14))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2021-04-07"
    # nor is a day of a later month, to come: '협약식은 7월 2일 … 열린다' in a June page
    ahead = late.replace(
        "4월 7일 솔내부대 회의실에서 육군 솔내부대와 지역농산물 소비 촉진 협약을 맺었다고",
        "육군 솔내부대와 함께 지역 농산물 소비에 나선다고",
    )
    ahead = ahead.replace("부대는 급식에", "협약식은 7월 2일 솔내부대 회의실에서 열린다. 부대는 급식에")
    (article,) = articles_of(ahead, published=datetime.date(2021, 6, 14))
    assert article["is_agreement"]



def test_a_tally_of_ties_so_far_is_no_signing():
    """'20개 마을은 그동안 … 결연식을 갖고 교류를 이어 오고 있다', then '면별로 보면 … 2개 마을이 결연을 맺었다':
    ties counted so far are no signing."""
    page = (
        "가람 20개 마을 '1사1촌' 결연 활기\n"
        "승인 2009.04.17 18:02\n\n"
        "도시 기관과 농촌 마을을 짝지어 온 1사1촌 자매결연이 가람지역 농촌에 힘을 보태고 있다.\n\n"
        "가람군 20개 마을은 그동안 공공기관과 기업, 사회단체 등과 결연식을 갖고 교류를 이어 오고 있다.\n\n"
        "면별로 보면 솔내면이 윗말, 새터, 구름 등 3개 마을로 가장 많고, 나래면은 안골, 배미 등 2개 마을이 결연을 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2009, 4, 17))
    assert not article["is_agreement"]
    # but talks so far, then the day's signing: '두 기관은 그동안 … 논의해 왔으며 이날 … 협약을 맺었다'
    talks = (
        "가람군-나래공사, 농촌 마을 돕는다\n"
        "승인 2009.04.17 18:02\n\n"
        "가람군과 나래공사는 그동안 농촌 마을 지원 방안을 논의해 왔으며 이날 군청에서 상생 협약을 맺었다.\n"
    )
    (article,) = articles_of(talks, published=datetime.date(2009, 4, 17))
    assert article["is_agreement"]



def test_a_script_of_a_clause_to_a_line_printed_twice_keeps_its_first_copy():
    """A broadcaster's board prints its radio script, a clause to a line, then most of it again: the first
    copy's line that ends the lead's sentence stays where it is, so the lead ('어제(13일) 실무협의회를 열고 …
    확정했습니다') does not run into the next one ('두 시·군은 지난 2월 협약을 맺고 …'), and the page, about a
    meeting under a pact signed months before, reports no signing."""
    script = (
        "가람시와 나래군이\n"
        "어제(13일) 실무협의회를 열고\n"
        "생활권 공동사업 추진 계획을 확정했습니다.\n"
        "두 시·군은 지난 2월 협약을 맺고\n"
        "가람∼나래 시내버스 재정지원금 공동 부담과\n"
        "실내체육관·수영장 등 체육시설 공동 이용 등의\n"
        "사업에 힘을 합치기로 했습니다.\n"
        "시내버스 재정지원금은\n"
        "한 해 8억 원 가운데\n"
        "가람시가 5억 원,\n"
        "나래군이 3억 원을 나눠 냅니다.\n"
        "또 국비를 받을 수 있는 사업은\n"
        "중앙부처에 함께 건의하고\n"
        "따로 예산이 들지 않는\n"
        "문화·관광 분야 협업은\n"
        "서둘러 실행에 옮기기로 했습니다.\n"
    )
    page = (
        "다온방송\n"
        "HOME  뉴스  프로그램  라디오  시청자센터\n"
        "뉴스 > 지역뉴스\n\n"
        "가람시-나래군, 생활권 공동사업 본격 추진\n"
        "페이지 정보\n"
        "작성자 문세린 작성일2019.05.14 댓글0건본문\n"
        + script
        + script.split("\n", 2)[2]
    )
    (article,) = articles_of(page, published=datetime.date(2019, 5, 14))
    assert not article["is_agreement"]



def test_a_lawmaker_at_a_ceremony_named_in_angle_brackets_reports_the_signing():
    """'NAME 국회의원(…)이 11일 … 열린 <A(사장 NAME)-B(도지사 NAME) 통상 협력 업무협약식>에 참석했다': the
    ceremony he attended is the news, its name in angle brackets, so the page reports a signing."""
    page = (
        "문세린 의원, 공사-도 협력 협약 다리 놓아\n"
        "승인 2023.04.11 16:48\n\n"
        "문세린 국회의원(강원 홍천·횡성)이 11일 오후 강원도청에서 열린 <한국다온공사(사장 하도윤)-강원도(도지사 "
        "남기현) 관광 협력 업무협약식>에 참석했다.\n\n"
        "이번 협약은 문 의원이 두 기관을 서로 연결하면서 자리가 마련됐다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2023, 4, 11))
    assert article["is_agreement"]


# --- signers ---------------------------------------------------------------------------------------------


def test_a_township_named_with_its_county_goes_by_its_own_name_too():
    """'영양군 솔내면은 … 협약을 맺었다. … 솔내면은 …': the township's own name, which the page writes alone, is
    another name of the signer; not when the page always writes the county before it."""
    page = (
        "솔내면, 파출소·우체국과 위기가구 돌봄 협약\n"
        "입력 2019.08.20 11:05\n\n"
        "경북 영양군 솔내면은 20일 면사무소에서 솔내파출소, 솔내우체국과 위기가구 발굴을 위한 업무협약을 맺었다.\n\n"
        "솔내면은 앞으로 두 기관이 알려 온 가구를 찾아가 돕는다.\n"
    )
    # (a neighbour whose name ends in the township's is not it: '윗솔내면')
    always = page.replace("솔내면은 앞으로", "영양군 솔내면은 앞으로") + "이웃 윗솔내면도 같은 협약을 검토한다.\n"
    for text, own in ((page, True), (always, False)):
        (article,) = articles_of(text, published=datetime.date(2019, 8, 20))
        (agreement,) = article["agreements"]
        (township,) = [p for p in agreement["parties"] if p["name"] == "영양군 솔내면"]
        assert ("솔내면" in township["aliases"]) is own



def test_those_who_took_part_listed_and_counted_as_what_they_are_are_signers():
    """'협약에 참여한 곳은 솔내면에서 장사하는 A, B, C 등 음식점 3곳과 배달대행업체 D이다', '협약에 이름을
    올린 곳은 …': the list is who signs, shops (firms) whatever their names, and the one of another sort after
    the count."""
    page = (
        "솔내면 협의체, 동네 식당과 위기가구 찾는다\n"
        "입력 2022.03.16 10:41\n\n"
        "가람군 솔내면지역사회보장협의체는 15일 면사무소에서 관내 음식점 3곳, 배달대행업체 1곳과 업무협약을 맺었다.\n"
        "협약에 참여한 곳은 솔내면에서 장사하는 들녘국수, 한솥순대, 바다횟집 등 음식점 3곳과 배달대행업체 번개배달이다.\n"
        "협의체는 가게와 함께 위기가구를 찾는다.\n"
    )
    shops = {"들녘국수", "한솥순대", "바다횟집", "번개배달"}
    for text in (page, page.replace("참여한 곳은", "이름을 올린 곳은")):
        (article,) = articles_of(text, published=datetime.date(2022, 3, 16))
        (agreement,) = article["agreements"]
        kinds = {p["name"]: p["kind"] for p in agreement["parties"] if p["name"] in shops}
        assert kinds == dict.fromkeys(shops, "company")



def test_a_body_that_signs_is_no_participant_beside():
    """'A시의회가 … 열린 A시-B군 자매도시 결연 협약식에 참석했다': A시 and B군 are read as the ceremony's guests and
    as its signers; each is listed once, as a signer."""
    page = (
        "가람시의회, 가람시-나래군 자매결연 협약식 참석\n\n"
        "2021-06-18 17:05\n\n"
        "(경북=다온뉴스) 문세린 기자 = 경북 가람시의회(의장 하도윤)가 18일 충북 나래군청 대회의실에서 열린 가람시-나래군 "
        "자매도시 결연 협약식에 참석했다.\n\n"
        "협약에 따라 가람시와 나래군은 산업·농업·관광 등 여러 분야에서 교류를 넓히기로 했다.\n\n"
        "하도윤 가람시의회 의장은 \"두 지역이 좋은 이웃이 되길 바란다\"고 말했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2021, 6, 18))
    (agreement,) = article["agreements"]
    names = [p["name"] for p in agreement["parties"] if p["name"] in ("가람시", "나래군")]
    assert sorted(names) == ["가람시", "나래군"]



def test_firms_listed_then_counted_by_their_heads_are_signers():
    """'시는 ㈜A, ㈜B, C(주) 3개 기업 대표와 … 투자양해각서를 맺었다': the count names the firms' heads, and
    each firm of the list signs, the last one too."""
    page = (
        "가람시, 기업 3곳과 투자협약\n"
        "승인 2019.11.14 18:52\n\n"
        "가람시는 14일 시청에서 ㈜다온식품, ㈜나래소재, 솔빛팩(주) 3개 기업 대표와 모두 270억 원을 투자하는 내용의 "
        "투자양해각서를 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 11, 14))
    (agreement,) = article["agreements"]
    assert {"㈜다온식품", "㈜나래소재", "솔빛팩(주)"} <= {p["name"] for p in agreement["parties"]}



def test_counted_groups_listed_each_with_its_head_as_what_they_are_are_signers():
    """'3개 단체는 A(회장 NAME)·B(회장 NAME)·C(단장 NAME)이다. 3개 마을은 D마을(이장 NAME)·…이다': each body a
    count lists with its head's bracket, joined by middle dots, signs."""
    page = (
        "가람군, 봉사단체·농촌마을 세 쌍 결연\n"
        "승인 2023.04.20 17:25\n\n"
        "가람군자원봉사센터(센터장 문세린)는 봉사단체와 농촌 마을이 짝을 이루는 '1단체 1마을' 자매결연 협약식을 "
        "열었다고 20일 밝혔다.\n\n"
        "3개 단체는 가람한빛봉사회(회장 하도윤)·솔내청년회(회장 남기현)·다온봉사단(단장 오태림)이다. 3개 마을은 "
        "솔내면 윗말마을(이장 서유찬)·나래면 새터마을(이장 표재석)·다온면 구름마을(이장 민하율)이다.\n\n"
        "단체들은 농번기에 짝이 된 마을을 찾아 일손을 거든다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2023, 4, 20))
    (agreement,) = article["agreements"]
    assert {
        "가람한빛봉사회", "솔내청년회", "다온봉사단", "솔내면 윗말마을", "나래면 새터마을", "다온면 구름마을"
    } <= {p["name"] for p in agreement["parties"]}


# --- several agreements in a page ------------------------------------------------------------------------


def test_a_later_signing_of_heads_with_heads_is_another_agreement():
    """'이어 NAME ㈜A 대표가 NAME 충청북도 경제부지사, NAME 제천시장과 투자협약을 체결했다', '또 NAME ㈜B 대표는
    NAME 전라남도 행정부지사, NAME 여수시장과 협약서에 서명했다': after the day's first pact, the heads of other
    bodies sign others; their signers are the bodies they head. Not a sentence on the first signing's day that
    names its partners with their heads."""
    page = (
        "중소기업 지방투자 합동설명회 열려\n"
        "입력 2023.05.18 15:10\n\n"
        "한국산업단지공단(이사장 문세린)은 18일 청주에서 중소기업 지방투자 합동설명회를 열었다고 밝혔다.\n\n"
        "한국산업단지공단과 대한중소제조협회는 이날 지방 이전 기업을 함께 돕는 내용의 '지방투자 동반성장 협약'을 맺었다.\n\n"
        "이어 하도윤 ㈜가온정밀 대표가 남기현 충청북도 경제부지사, 오태림 제천시장과 투자협약을 체결했다. "
        "가온정밀은 제천에 260억 원을 들여 공장을 짓는다.\n\n"
        "또 서유찬 ㈜라온식품 대표는 표재석 전라남도 행정부지사, 민하율 여수시장과 협약서에 서명했다.\n\n"
        "행사에는 중소기업 40곳이 참여했다.\n"
    )
    # or the firm's head with the city's: '이어 NAME ㈜A 대표와 NAME 제천시장이 …'
    firms_head = page.replace("대표가 남기현 충청북도 경제부지사, 오태림 제천시장과", "대표와 오태림 제천시장이")
    for text, signers in ((page, {"㈜가온정밀", "충청북도", "제천시"}), (firms_head, {"㈜가온정밀", "제천시"})):
        (article,) = articles_of(text, published=datetime.date(2023, 5, 18))
        first, second, third = article["agreements"]
        assert {p["name"] for p in first["parties"]} == {"한국산업단지공단", "대한중소제조협회"}
        assert {p["name"] for p in second["parties"]} == signers
        assert [b["amount_krw"] for b in second["budgets"]] == [26_000_000_000]
        assert {p["name"] for p in third["parties"]} == {"㈜라온식품", "전라남도", "여수시"}
    # but the first signing's partners named with their heads, on its day, sign no other: '군은 이날 ㈜A, ㈜B, C㈜
    # 대표와 함께 협약서에 서명했다'
    same = (
        "영양군, 식품기업 3곳과 투자협약\n"
        "입력 2021.04.12 17:20\n\n"
        "경북 영양군은 12일 식품 제조기업 3곳과 농공단지에 모두 96억 원을 들이는 투자협약을 맺었다고 밝혔다.\n\n"
        "군은 이날 경북도청에서 ㈜솔빛푸드, ㈜단비식품, 모아제과㈜ 대표와 함께 협약서에 서명했다.\n\n"
        "세 기업은 내년까지 공장을 짓는다.\n"
    )
    (article,) = articles_of(same, published=datetime.date(2021, 4, 12))
    assert len(article["agreements"]) == 1

