"""General forms the twenty-eighth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, amounts, articles_of, measures, signers

# --- broadcast scripts ---------------------------------------------------------------------------------

SCRIPT = """한내방송 뉴스
HOME > 뉴스 > 지역

솔내군-누리대병원, 야간 소아진료 협약
하도윤 기자 | 2023-05-11 07:40 | 아침뉴스

◀ 앵 커 ▶
밤마다 소아과 문을 닫던
솔내군이
대전의 한 대학병원과
손을 잡았습니다.

◀ 리포트 ▶
솔내군과 누리대학교병원이
어제(10일) 오후
군청 소회의실에서
야간 소아진료 협약을 맺었습니다.

군은
전문의 인건비로
2년 동안 모두 8억 원을
병원에 지원합니다.

이 병원은 지난 2019년 가을
한울의 한 산업단지에
320억 원을 들여 분원을 짓겠다며
도와 협약을 맺었습니다.

한내방송 뉴스 하도윤입니다.
"""


def test_a_scripts_lines_are_broken_between_words_and_its_background_stays_background():
    """A broadcast script breaks its sentences into short lines between phrases ('… 지난 2019년 가을 /
    한울의 한 산업단지에 / …'). Its lines are joined with a space: read as a PDF's broken words, '가을' and
    '한울의' ran together and the background sentence lost its year, so its 320억 원 became the pact's.
    The headline above the byline is the headline, not the outlet's name."""
    (article,) = articles_of(SCRIPT, published=datetime.date(2023, 5, 11))

    assert article["headline"] == "솔내군-누리대병원, 야간 소아진료 협약"
    (agreement,) = article["agreements"]
    assert amounts(agreement) == {800_000_000}
    assert agreement["signed_on"] == "2023-05-10"


def test_a_hospital_of_a_sort_is_no_signer():
    """'대전의 한 대학병원과 손을 잡았다': 'a university hospital', a sort, not a name; the hospital signs
    under its name. Before, '대학병원' signed beside it."""
    text = (
        "솔내군이 대전의 한 대학병원과 손을 잡았다.\n"
        "솔내군과 누리대학교병원은 10일 군청에서 야간 소아진료 협약을 맺었다.\n"
    )

    assert signers(text) == ["솔내군", "누리대학교병원"]


def test_a_broadcasters_date_and_time_before_the_reporter_is_a_byline_and_the_headline_stands_above_it():
    """'2021년 4월 7일 09:15 | NAME 기자': a broadcaster's page prints its date with the time, then the
    reporter. Before, the line was the sub-headline and the headline went unread."""
    page = (
        "가람방송\n뉴스 > 지역\n\n"
        "나래군-㈜솔빛에너지, 태양광 발전 투자협약\n"
        "2021년 4월 7일 09:15 | 윤서결 기자\n\n"
        "나래군은 6일 군청에서 ㈜솔빛에너지와 태양광 발전소 건립 투자협약을 맺었다고 7일 밝혔다.\n"
    )

    (article,) = articles_of(page, published=datetime.date(2021, 4, 7))

    assert article["headline"] == "나래군-㈜솔빛에너지, 태양광 발전 투자협약"
    assert article["byline"] == "윤서결 기자"


# --- look-alikes ---------------------------------------------------------------------------------------


def test_a_pact_signed_years_ago_and_now_ended_is_no_signing():
    """'3년 전 투자협약을 맺고도 …': years ago, not the news. The page tells of the pact's end."""
    text = (
        "다솜군이 3년 전 투자협약을 맺고도 공장을 짓지 않은 ㈜한빛식품에 협약 해지를 통보했다.\n"
        "군은 그동안 두 차례 이행을 재촉했지만 회사는 답을 미뤄 왔다.\n"
    )

    assert not extract_article(text, headline=None, subheadline=None, published=None)[0]


def test_a_pact_only_weighed_or_still_negotiated_is_no_signing():
    """'… 별도 협약을 맺을지는 … 판단', '… 맺기 위해 실무 협의를 이어가고 있다', '체결 시기는 … 정할 방침':
    a pact weighed, worked towards, its day still to be set. Before, each read as a signing."""
    weighed = (
        "나래군은 7일 학교급식 상생협약 1년 성과보고회를 열었다.\n"
        "군은 잡곡 공급을 늘리는 문제는 하반기에 따로 협약을 맺을지는 협의 결과를 보고 정하기로 했다.\n"
    )
    negotiated = "청람군은 서울의 한 자치구와 자매결연을 맺기 위해 실무 협의를 이어가고 있다고 밝혔다.\n"
    day_to_be_set = (
        "청람군은 서울의 한 자치구와 자매결연을 추진한다.\n"
        "군은 협약안을 다듬고 있으며, 협약 체결 시기는 협의가 끝나는 대로 정할 방침이다.\n"
    )

    for text in (weighed, negotiated, day_to_be_set):
        assert not extract_article(text, headline=None, subheadline=None, published=None)[0], text


# --- signers -------------------------------------------------------------------------------------------


def test_a_joint_twinning_ceremony_held_in_the_passive_signs_its_counted_groups_not_its_host():
    """"농협 OO군지부(지부장 NAME)가 주관한 '1사1촌 합동 자매결연식'이 7일 … N개 농촌 마을과 M개
    기업·단체가 참여한 가운데 열렸다": a twinning's ceremony held, its two groups the signers, the branch
    that organised it no signer. Before, the page was no agreement."""
    text = (
        "농협 다솜군지부(지부장 하민철)가 주관한 '1사1촌 합동 자매결연식'이 7일 다솜군농업기술센터 대강당에서 "
        "18개 농촌 마을과 21개 기업·단체가 참여한 가운데 열렸다.\n"
        "결연 기업과 단체는 마을 일손 돕기와 농산물 구매에 나서기로 했다.\n"
    )

    agreement = agreement_of(text, published=datetime.date(2011, 5, 9))

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["18개 농촌 마을", "21개 기업·단체"]
    assert agreement["signed_on"] == "2011-05-07"


BOARD_RELEASE = """솔뫼군청
HOME > 소통과 참여 > 군정소식 > 보도자료

보도자료 상세보기

제목  솔뫼군, 식품기업과 64억 원 투자협약 체결
담당부서  투자유치과    등록일  2022-09-20    조회수  187
첨부파일  사진1_협약식.jpg (1.1MB)  사진2_기념촬영.jpg (870KB)

□ 솔뫼군은 20일 군청 소회의실에서 가람농공단지 입주를 앞둔 식품기업들과 투자협약을 체결했다고 밝혔다.

 ○ 협약에 따라 기업들은 2024년까지 모두 64억 원을 들여 생산시설을 짓고, 신규 인력 38명을 채용할 계획이다.

□ 행사 개요
 ○ 일시: 2022. 9. 20.(화) 10:00~10:30
 ○ 참석: 25여 명(군수, 군의회 의장, 기업 관계자 등)
 ○ 식순
  - 개식 및 국민의례
  - 협약서 서명: 하정민 솔뫼군수, ㈜다솜푸드 강윤재 대표이사, 푸른들농업회사법인㈜ 문서경 대표
  - 기념촬영 및 폐식

□ 한편, 군은 민선 8기 들어 이번 협약까지 12개 기업과 820억 원 규모의 투자협약을 맺었다.
"""


def test_a_board_release_reads_its_title_its_agenda_signers_and_not_its_tally_or_attendance():
    """A city board's release copied as its table ('제목  …', '담당부서  …  등록일 …', '첨부파일 …'), its
    signing sentence naming the firms only by their sort ('식품기업들과'), its agenda naming them ('- 협약서
    서명: NAME 솔뫼군수, ㈜A NAME 대표이사, B NAME 대표'). Before: the headline kept its label '제목', the
    term's tally ('민선 8기 들어 이번 협약까지 12개 기업과 …') signed in their place, and '참석: 25여 명' was a
    target."""
    (article,) = articles_of(BOARD_RELEASE, published=datetime.date(2022, 9, 20))

    assert article["headline"] == "솔뫼군, 식품기업과 64억 원 투자협약 체결"
    (agreement,) = article["agreements"]
    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == [
        "솔뫼군",
        "㈜다솜푸드",
        "푸른들농업회사법인㈜",
    ]
    assert measures(agreement) == {(38, "명")}


def test_a_board_posts_fields_are_no_headline_and_its_dashed_lines_are_sub_headlines():
    """'작성자  OO팀   등록일 …', '첨부파일  NAME.jpg (1.2MB)' under a post's title are the board's fields, not
    wrapped lines of the title nor a headline; '- … -' lines under the title are its sub-headlines. Before,
    the file's name was the headline."""
    page = (
        "누리대학교\nHOME > 대학소개 > 홍보센터 > 누리뉴스\n\n"
        "누리대, 솔내시와 '특산물 가공 기술개발' 연구용역 협약\n"
        " - 쌀·밤 활용 간편식 개발 -\n"
        " - 연구비 전액 시 부담, 8개월간 수행 -\n\n"
        "작성자  대외협력팀   등록일  2021.06.14   조회수  318\n"
        "첨부파일  0610_솔내시_연구협약.jpg (1.02MB)\n\n"
        "누리대학교(총장 강민서)는 지난 10일 솔내시청에서 솔내시와 '특산물 가공 기술개발 연구용역' 협약을 체결했다.\n"
    )

    (article,) = articles_of(page, published=datetime.date(2021, 6, 14))

    assert article["headline"] == "누리대, 솔내시와 '특산물 가공 기술개발' 연구용역 협약"
    assert article["subheadline"] == "쌀·밤 활용 간편식 개발 연구비 전액 시 부담, 8개월간 수행"


# --- figures -------------------------------------------------------------------------------------------


def test_a_terms_length_told_after_its_end_is_a_target_due_then():
    """'협약기간은 … 2028년 4월 7일까지 3년이며': the term ends that day and lasts three years. Before, the
    deadline swallowed the figure: a target due then with no value and '3년' lost."""
    text = (
        "솔내시는 8일 누리대학교와 지역 발전 업무협약을 맺었다.\n"
        "협약기간은 2025년 4월 8일부터 2028년 4월 7일까지 3년이며, 어느 한쪽이 해지를 알리지 않으면 효력이 이어진다.\n"
    )

    agreement = agreement_of(text, published=datetime.date(2025, 4, 9))

    assert [(t["due"], t["value"], t["unit"]) for t in agreement["targets"]] == [("2028-04-07", 3, "년")]


def test_a_yardstick_compared_with_or_a_distance_is_no_target():
    """'… 센터(18㎿)보다 다섯 배 큰 규모', '변전소와 2㎞ 거리': another plant's size and how far the site
    lies, not what the pact builds. Before, both were targets."""
    text = (
        "가람시는 22일 ㈜누리인프라와 데이터센터 개발 업무협약을 체결했다.\n"
        "가동 중인 ㈜하늘클라우드 센터(18㎿)보다 다섯 배 큰 90㎿ 규모다.\n"
        "부지는 154㎸ 변전소와 2㎞ 거리이고, 광역상수도를 냉각수로 끌어 쓸 수 있다.\n"
    )

    assert measures(agreement_of(text)) == {(90, "MW")}


RELEASE_WITH_FACT_BOX = """가람시, 이차전지 소재기업 ㈜솔빛소재와 210억 원 투자협약

□ 가람시(시장 노하준)는 ㈜솔빛소재(대표이사 천다인)와 이차전지 양극재 전구체 생산공장 신설을 위한 210억 원 규모의 투자협약을 맺었다.
  ○ 일    시: 2024. 5. 20.(월) 14:00
  ○ 장    소: 시청 3층 소회의실

□ 협약에 따라 ㈜솔빛소재는 2026년까지 산업단지 2만4,300㎡ 부지에 210억 원을 투자하고 60명을 새로 채용한다.

【붙임 2】 기업 개요
 ○ 기 업 명: ㈜솔빛소재 (대표이사 천다인)
 ○ 설    립: 2016년 3월
 ○ 매 출 액: 356억 원(2023년)
 ○ 임 직 원: 118명
"""


def test_a_release_dates_its_signing_by_its_outline_and_keeps_its_fact_box_out():
    """A release signs with no day in its sentence, its outline dating it ('○ 일    시: 2024. 5. 20.(월)',
    the label spaced wide); a plant the pact builds ('… 생산공장 신설을 위한') is no signer; the firm's fact
    box ('○ 매 출 액: 356억 원', '○ 임 직 원: 118명') holds what the firm is, not what it commits. Before:
    the page's own day, the plant a signer, the sales a budget and the staff a target."""
    agreement = agreement_of(RELEASE_WITH_FACT_BOX, published=datetime.date(2024, 5, 21))

    assert agreement["signed_on"] == "2024-05-20"
    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["가람시", "㈜솔빛소재"]
    assert amounts(agreement) == {21_000_000_000}
    assert measures(agreement) == {(24300, "㎡"), (60, "명")}


def test_a_village_and_a_firm_with_its_head_office_told_between_sign_on_the_day_before_the_news():
    """'… 솔티마을과 대전에 본사를 둔 ㈜A가 … 맺었다고 OO군이 13일 밝혔다. 전날 … 열린 결연식에는 …': the
    village is the firm's partner, not where the firm is; who tells the news stands between '다고' and its
    day; the ceremony was held the day before. Before: the firm signed alone, on no day."""
    text = (
        "참깨 산지인 들꽃마을과 청주에 본사를 둔 식품기업 ㈜가온푸드가 1사1촌 자매결연을 맺었다고 다솜군이 13일 밝혔다.\n"
        "전날 들꽃마을회관에서 열린 결연식에는 주민과 회사 직원 등 50여 명이 함께했다.\n"
    )

    agreement = agreement_of(text, published=datetime.date(2017, 4, 13))

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["들꽃마을", "㈜가온푸드"]
    assert agreement["signed_on"] == "2017-04-12"


def test_a_villages_own_cooperative_named_after_it_is_one_signer():
    """'… 한국전력공사, 들꽃마을 햇빛에너지협동조합과 …': the village's co-op, one body. Before, the village
    and the co-op signed apart."""
    text = "다솜군은 오는 24일 한국전력공사, 들꽃마을 햇빛에너지협동조합과 주민참여형 태양광 상생협약을 체결한다.\n"

    assert signers(text) == ["다솜군", "한국전력공사", "들꽃마을 햇빛에너지협동조합"]


def test_the_bodies_a_sub_headline_lists_with_dashes_sign_when_the_lead_only_counts_them():
    """'솔내시-누리문화재단-㈜가온전시 맞손' over '솔내시가 … 두 기관과 … 업무협약을 맺었다', the three named in
    a caption ('<사진 왼쪽부터 NAME 솔내시 문화국장, …>'): they sign. Before, the caption ran into the header
    (its '<사진 …>' hid the sentence's end), the sub-headline was read as the headline, and the city signed
    alone."""
    page = (
        "솔내소리뉴스\n홈 > 문화 > 공연·전시\n\n"
        "솔내시 기획전시 활성화 협약 체결\n"
        "솔내시-누리문화재단-㈜가온전시 맞손\n\n"
        "  • 하도윤 기자\n  • 승인 2016.05.14 21:02\n\n"
        "솔내시가 11일 시청 상황실에서 기획전시 활성화를 위한 3자 업무협약을 체결했다. "
        "<사진 왼쪽부터 강민호 솔내시 문화국장, 윤서경 누리문화재단 이사장, 남도현 ㈜가온전시 대표>\n\n"
        "솔내시가 11일 시청 상황실에서 두 기관과 기획전시 활성화를 위한 공동 업무협약을 맺었다.\n\n"
        "세 기관은 올 하반기 첫 공동 기획전을 열기로 했다.\n"
    )

    (article,) = articles_of(page, published=datetime.date(2016, 5, 14))

    assert article["headline"] == "솔내시 기획전시 활성화 협약 체결"
    (agreement,) = article["agreements"]
    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == [
        "솔내시",
        "누리문화재단",
        "㈜가온전시",
    ]


def test_a_county_that_holds_a_pairs_twinning_ceremony_is_no_signer():
    """'군은 … ㈜A(대표 NAME)과 OO면 B마을(이장 NAME)의 자매결연식을 열었다': the ceremony is the pair's; the
    county held it. Before, the county signed beside them."""
    text = (
        "다솜군이 관내 기업과 마을을 짝지어 주는 결연 사업에 속도를 낸다.\n"
        "군은 그 첫 순서로 27일 하늘면사무소 회의실에서 농기계 부품을 만드는 ㈜한빛정공(대표 남궁진)과 "
        "하늘면 별빛마을(이장 서도윤)의 자매결연식을 열었다.\n"
    )

    assert signers(text) == ["㈜한빛정공", "별빛마을"]


def test_a_village_written_with_its_county_and_township_signs_alone_beside_the_firm():
    """'OO농협(조합장 NAME) 주선으로 ㈜A 충주공장(공장장 NAME)과 OO군 OO면 B마을(이장 NAME)이 … 결연 협약식을
    열었다. 주민 80여명이 지켜보는 가운데 …': the county and the township say where the village is; the
    co-op arranged the deal; the villagers watched. Before, 'OO군 OO면' signed, the co-op signed and 80 was a
    target."""
    text = (
        "누리농협(조합장 하태민) 주선으로 ㈜가온케미칼 충주공장(공장장 안도균)과 다솜군 하늘면 별빛마을(이장 도경수)이 "
        "지난 7일 마을회관 앞마당에서 1사1촌 결연 협약식을 열었다. 주민 80여명이 지켜보는 가운데 양측 대표가 "
        "결연 협약서에 서명했다.\n"
    )

    agreement = agreement_of(text, published=datetime.date(2009, 11, 9))

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["㈜가온케미칼 충주공장", "별빛마을"]
    assert measures(agreement) == set()


def test_a_wire_photos_title_before_its_dateline_names_no_signer():
    """'공주 데이터센터 협약 (공주=OO통신) NAME(가운데) 공주시장과 … 서명한 뒤 기념 촬영을 하고 있다. 2024.10.22
    [공주시 제공. 재판매 및 DB 금지]': the photo's title is a label; a data centre is what is built. Before,
    '공주 데이터센터' signed beside the city and the firm, and the title and dateline stayed in the text."""
    page = (
        "공주시는 22일 시청에서 ㈜누리인프라와 데이터센터 개발 업무협약을 체결했다.\n\n"
        "공주 데이터센터 협약 (공주=한빛통신) 강도윤(가운데) 공주시장과 변하람(왼쪽) ㈜누리인프라 대표가 22일 "
        "시청에서 협약서에 서명한 뒤 기념 촬영을 하고 있다. 2024.10.22 [공주시 제공. 재판매 및 DB 금지]\n\n"
        "협약에 따라 ㈜누리인프라는 사업비 조달과 준공 후 자산관리를 맡는다.\n"
    )

    (article,) = articles_of(page, published=datetime.date(2024, 10, 22))
    (agreement,) = article["agreements"]

    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["공주시", "㈜누리인프라"]
    assert "(공주=한빛통신)" not in article["text"] and "재판매" not in article["text"]


def test_a_count_passed_so_far_is_no_target():
    """'… 옮겨진 응급환자는 3백 명을 넘었다': how many so far, not what the pact sets out to do. Before, a
    target of 300."""
    text = (
        "솔내군과 누리대학교병원은 13일 지역 응급의료 상생협약을 맺었다.\n"
        "병원은 응급의학과 전문의 2명을 군 응급실에 보낸다.\n"
        "그사이 다른 지역으로 옮겨진 응급환자는 3백 명을 넘었다.\n"
    )

    assert measures(agreement_of(text)) == {(2, "명")}


def test_wind_developers_and_asset_managers_named_by_their_trade_sign():
    """'… 블루파도오프쇼어코리아, 가람해상풍력, 솔숲자산운용과 …': a foreign developer's Korean arm, a wind farm's
    company and an asset manager, none with a legal mark. Before, only the county signed; offshore wind
    itself ('해상풍력과 수소') stays a trade, not a signer."""
    text = (
        "누리군은 27일 군청에서 블루파도오프쇼어코리아, 가람해상풍력, 솔숲자산운용과 해상풍력 단지 조성 투자협약을 맺었다.\n"
        "세 회사는 해상풍력과 수소 생산에 모두 2조원을 투자한다.\n"
    )

    assert signers(text) == ["누리군", "블루파도오프쇼어코리아", "가람해상풍력", "솔숲자산운용"]


def test_an_outlets_mark_that_ends_like_a_firm_is_no_signer():
    """'[한빛코리아] 가람대학교(총장 NAME)와 …': the outlet's mark before the lead. Before, it signed."""
    page = (
        "[한빛코리아] 가람대학교(총장 하도윤)와 솔내시(시장 남궁연)는 17일 대학 본관에서 지역 인재 양성을 위한 "
        "업무협약을 체결했다고 밝혔다.\n"
    )

    (article,) = articles_of(page, published=datetime.date(2024, 5, 18))

    assert [p["name"] for p in article["agreements"][0]["parties"] if p["role"] == "party"] == ["가람대학교", "솔내시"]


def test_a_plans_figures_and_a_standing_funds_goal_and_holdings_are_not_the_pacts():
    """'… 개발계획에 따르면 2030년까지 들어갈 총사업비는 17조 4000억 원이며, 60% 안팎을 …', '군은 … 장학기금
    250억원을 모으는 것을 목표로 하고 있다. 현재 181억원(72%)이 마련됐다': a plan quoted and a fund's goal
    and holdings. Before, each was a budget or a target of the pact; and a headline's rate ('한 병에 25원씩')
    stood in for its money once they were gone."""
    plan = (
        "누리시는 8일 ㈜한빛항만과 물류단지 조성 업무협약을 맺었다.\n"
        "㈜한빛항만은 900억 원을 들여 물류센터를 짓는다.\n"
        "만권 경제자유구역 개발계획에 따르면 2030년까지 들어갈 총사업비는 17조 4000억 원이며, "
        "이 가운데 60% 안팎을 민간 자본으로 채워야 한다.\n"
    )
    fund = (
        "솔내군은 ㈜늘봄주가와 막걸리 1병이 팔릴 때마다 장학금 25원을 적립하는 협약을 맺었다고 "
        "21일 밝혔다.\n"
        "솔내군은 2025년까지 인재육성 장학기금 250억원을 모으는 것을 목표로 하고 있다. 현재 181억원(72%)이 "
        "마련됐다.\n"
    )

    planned = agreement_of(plan)
    assert amounts(planned) == {90_000_000_000}
    assert measures(planned) == set()
    agreement = agreement_of(fund, headline="막걸리 한 병에 25원씩…솔내군·늘봄주가 장학기금 재협약")
    assert amounts(agreement) == set()


def test_a_scheme_defined_by_the_pacts_it_is_made_of_is_no_signing():
    """'OO 상생협약은 국토교통부와 지자체가 협약을 맺고 … 사업을 한데 묶어 지원하는 제도다': what the scheme
    is, in a page about a county chosen for it. Before, the definition read as a signing."""
    text = (
        "누리군이 국토교통부의 '2024년 생활권 상생협약' 대상 지자체로 뽑혔다.\n"
        "생활권 상생협약은 국토교통부와 지자체가 협약을 맺고 인구 감소 지역의 정주 여건 개선에 필요한 사업을 "
        "한데 묶어 지원하는 제도다.\n"
        "군은 5년간 국비 150억원을 확보했다.\n"
    )

    assert not extract_article(text, headline=None, subheadline=None, published=None)[0]


def test_pacts_aimed_at_meant_or_long_past_and_firms_described_by_a_pact_are_no_signing():
    """Five look-alikes: a pact aimed at ('내년 상반기 체결을 목표로 추진 중인 … 협약과 관련한'), one meant and not
    made ('… 투자협약을 맺으려 했지만'), a goal in an interview ('… 협약을 맺는 것이 목표다'), a signing dated a
    season before the page ('지난해 9월 24일 … 사업협약을 맺었다' in a March paper about its end), and firms
    described by their pact at an event ('이번 행사는 … 협약을 맺은 가족기업이 …'). Before, each read as a
    signing."""
    pages = [
        (
            "솔내시의회는 19일 본회의를 열어 내년 예산안을 확정했다. 시가 내년 상반기 체결을 목표로 추진 중인 "
            "수소 충전 인프라 민간투자 협약과 관련한 용역비 3억 원은 원안대로 통과됐다.\n",
            datetime.date(2024, 12, 20),
        ),
        (
            "누리도는 당초 이달 초 ㈜한빛클라우드와 4천억 원 규모의 투자협약을 맺으려 했지만, 전력 공급 방식을 놓고 "
            "협의가 끝나지 않아 일정을 다시 잡기로 했다.\n",
            datetime.date(2021, 6, 17),
        ),
        ('"올해 하반기 안에 진단기기 업체 두세 곳과 추가로 협약을 맺는 것이 목표다.\n', datetime.date(2016, 5, 20)),
        (
            "다솜도는 해양관광단지 사업협약을 해제하기로 했다고 9일 밝혔다.\n"
            "도와 다솜군, ㈜블루베이는 지난해 9월 24일 도청에서 사업협약을 맺었다.\n",
            datetime.date(2021, 3, 9),
        ),
        (
            "가람대 산학협력단이 주관한 이번 행사는 대학과 산학협력 협약을 맺은 가족기업이 직접 인재를 뽑는 자리로 "
            "마련됐다.\n",
            datetime.date(2022, 10, 13),
        ),
    ]

    for text, published in pages:
        assert not extract_article(text, headline=None, subheadline=None, published=published)[0], text


def test_a_firms_sales_a_routes_losses_and_a_nationwide_sum_are_no_budgets():
    """'지난해 655억원어치를 팔았고', '3년 동안 9억 원 가까운 적자를 떠안다', '교육부는 이 사업에 올해 전국적으로
    1조4000억 원을 배정했고': what a party sold, what a line lost, a ministry's nationwide sum. Before, each was a
    budget of the pact beside its own 12억 원."""
    text = (
        "솔내군은 20일 ㈜늘품식품과 12억 원 규모의 투자협약을 맺었다.\n"
        "㈜늘품식품은 지난해 655억원어치를 팔았다.\n"
        "이 항로는 기존 선사가 3년 동안 9억 원 가까운 적자를 떠안다 운항을 포기했다.\n"
        "교육부는 이 사업에 올해 전국적으로 1조4000억 원을 배정했다.\n"
    )

    assert amounts(agreement_of(text)) == {1_200_000_000}
    # a guard: a first in the country is still the pact's money ('전국 최초로 120억 원을 들여')
    first = "솔내군은 20일 ㈜늘품식품과 투자협약을 맺었다.\n㈜늘품식품은 전국 최초로 120억 원을 들여 공장을 짓는다.\n"
    assert amounts(agreement_of(first)) == {12_000_000_000}
