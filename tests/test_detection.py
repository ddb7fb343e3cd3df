"""Whether an article reports an agreement, and which kind, with its title, place and date (its site is
in test_extraction_sites.py, its commitments in test_commitment_clauses.py)."""

import datetime

import pytest

from agreements.ingest.article import extract_article


def extract(text, headline=None, subheadline=None, published=None):
    return extract_article(text, headline=headline, subheadline=subheadline, published=published)


@pytest.mark.parametrize(
    "text",
    [
        "가람시는 지난 3일 ㈜다온테크와 '스마트시티 업무협약'을 체결했다.",
        "가람시와 다온대학교는 지역 인재 양성을 위한 MOU를 맺었다.",
        "가람시는 ㈜다온테크와 '공장 신설 투자협약'을 체결했다고 밝혔다.",
        "새솔군과 새솔농협은 지난 2일 협약식을 갖고 급식 공급에 협력하기로 했다.",
        "가람시는 지난 8일 '교통 기본계획 수립 연구 용역' 착수보고회를 열었다.",
        "가람복지관은 새솔은행의 후원을 받아 '어르신 금융 교육 과정'을 운영한다.",
        "가람시는 새솔재단으로부터 '청소년 진로교실' 운영비 1억원을 기탁받았다고 밝혔다.",
        # a word on how between the object and the verb, and the plain verb 하다
        "▲박하늘 가람시장은 9일 오후 '가람시-새솔군 간 귀농 교류협약'을 화상으로 체결한다.",
        "가람시는 다온대학교와 인재 양성 협약을 공식 체결했다.",
        "새솔군은 오늘(4일) 군청에서 ㈜다온푸드와 MOU를 했다고 밝혔다.",
        # a pledge several bodies sign
        "누리도는 ㈜새솔중공업, 가람시와 함께 상생협력 사업 참여 확약식을 체결했다고 5일 밝혔다.",
        # a memorandum of agreement written apart, and an agreement called 약정
        "새솔에너지는 지난 8일 가람군청에서 해상풍력 공동개발 합의 각서를 체결했다고 9일 밝혔다.",
        "가람군과 새솔은행은 12일 군청에서 '가람군 금고업무 취급 약정 체결식'을 열었다.",
    ],
)
def test_it_recognises_an_agreement(text):
    """Signed agreements, commissioned studies and sponsored programmes are agreements."""
    is_agreement, agreements = extract(text)
    assert is_agreement and len(agreements) == 1


@pytest.mark.parametrize(
    "text",
    [
        "가람감영은 조선시대 관찰사가 머물던 곳으로, 1910년대에 헐렸다가 2020년 복원됐다.",
        "가람시립도서관이 여름 독서교실 참가자를 모집한다. 참가 신청은 누리집에서 받는다.",
        "가람시 공고 제2026-15호. 협약 기업 모집 공고를 알려드립니다.",
        # a relative '협약을 … 체결한 기업' describes a firm; it is not this news
        "가람시는 2019년 협약을 당시 체결한 기업 세 곳의 공장을 둘러봤다.",
    ],
)
def test_it_does_not_take_a_history_column_or_a_notice_for_an_agreement(text):
    """Columns, notices and announcements are not agreements."""
    assert extract(text) == (False, [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("가람시는 ㈜다온테크와 '스마트시티 업무협약'을 체결했다.", "mou"),
        ("가람시는 ㈜다온테크와 '이차전지 공장 투자협약'을 체결했다.", "investment"),
        ("가람시는 가람상인회와 '상생협력을 위한 협약'을 체결했다.", "cooperation"),
        ("가람시는 새솔상인회와 '전통시장 상생발전 협약'을 체결했다.", "cooperation"),
        ("가람구는 ㈜새솔은행과 '소상공인 특별금융 지원 협약'을 체결했다.", "mou"),
        ("가람시는 새솔개발공사와 '도시재생 혁신지구 공동시행 협약'을 체결했다.", "other"),
        ("가람시는 지난 8일 '도시 숲 조성 연구 용역' 착수보고회를 열었다.", "research"),
        ("가람복지관은 새솔은행의 후원을 받아 '청년 코딩 교육 과정'을 운영한다.", "program"),
    ],
)
def test_it_tells_the_kind_of_agreement(text, kind):
    """The title decides first: 업무협약/MOU and a plain '…지원 협약' are mou, 투자협약 investment,
    상생/협력 협약 cooperation, a 공동시행 협약 other, 용역 research, 과정 program."""
    assert extract(text)[1][0]["kind"] == kind


def test_it_mends_a_stray_quote_in_the_title():
    """A stray closing quote is dropped: 'A'을 위한 B' reads as A을 위한 B."""
    text = "가람시는 지난 8일 '가람시 아동친화도시 인증'을 위한 연구 용역' 착수보고회를 열었다."
    agreement = extract(text)[1][0]
    assert agreement["title"] == "가람시 아동친화도시 인증을 위한 연구 용역"
    start, end = agreement["spans"]["title"]
    assert text[start:end] == "가람시 아동친화도시 인증'을 위한 연구 용역"


def test_it_prefers_the_body_form_of_the_title():
    """The body's 'A 및 B' wins over the subheadline's 'A·B'."""
    text = "가람시는 ㈜다온테크와 '스마트 물류센터 구축 및 운영 업무협약'을 체결했다."
    agreement = extract(text, subheadline="'스마트 물류센터 구축·운영 업무협약' 체결")[1][0]
    assert agreement["title"] == "스마트 물류센터 구축 및 운영 업무협약"


def test_it_reads_the_signing_place_date_and_site():
    """The place before '에서', the date resolved against publication, and the '…일원' site."""
    text = (
        "가람시와 ㈜다온에너지는 지난 8일 시청 2층 접견실에서 '수소 발전소 건립 업무협약'을 체결했다.\n\n"
        "㈜다온에너지는 가람시 동구 새솔동2가 일원(2만㎡)에 발전소를 짓는다."
    )
    agreement = extract(text, published=datetime.date(2026, 5, 3))[1][0]
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-04-08", "지난 8일")
    assert agreement["place"] == "시청 2층 접견실"
    assert agreement["location"] == "가람시 동구 새솔동2가 일원"
    start, end = agreement["spans"]["place"]
    assert text[start:end] == "시청 2층 접견실"


def test_it_does_not_take_an_announcement_date_for_the_signing_date():
    """'… 운영한다고 21일 밝혔다' is when it was announced."""
    text = "가람복지관은 새솔은행의 후원을 받아 '청년 코딩 교육 과정'을 운영한다고 21일 밝혔다."
    agreement = extract(text, published=datetime.date(2026, 5, 22))[1][0]
    assert (agreement["signed_on"], agreement["signed_on_text"]) == (None, None)


def test_it_reads_targets_but_not_attendees_or_ordinals():
    """A deadline, a capacity with its noun and a total with its object are targets; '20명이 참석', '3대 목표' not."""
    text = (
        "가람시는 지난 8일 관계자 20명이 참석한 가운데 '태양광 발전 업무협약'을 체결했다.\n\n"
        "법인은 오는 2028년 준공을 목표로 발전용량 12.5MW 규모의 설비를 짓고, 총 30명의 청년 기술자를 채용한다. "
        "시는 3대 목표를 세웠다."
    )
    targets = [(t["text"], t["due"], t["value"], t["unit"]) for t in extract(text)[1][0]["targets"]]
    assert targets == [
        ("2028년 준공", "2028", None, None),
        ("발전용량 12.5MW", None, 12.5, "MW"),
        ("총 30명의 청년 기술자", None, 30, "명"),
    ]


def test_every_value_carries_its_span():
    """Spans of budgets, targets, parties and people point at their words."""
    text = "가람시와 ㈜다온에너지는 '수소 발전소 업무협약'을 체결했다. 다온에너지는 총 120억원을 투입한다."
    agreement = extract(text)[1][0]
    for key in ("budgets", "targets", "parties"):
        for value in agreement[key]:
            start, end = value["span"]
            assert text[start:end], key
    [budget] = agreement["budgets"]
    assert text[slice(*budget["span"])] == "120억원"


def test_it_names_an_unquoted_agreement_from_the_phrase_before_signing():
    """'…을 위한 투자양해각서를 체결했다' names the agreement."""
    text = "가람시와 ㈜다온소재는 지난 10일 양극재 공장 증설을 위한 투자양해각서를 체결했다."
    agreement = extract(text)[1][0]
    assert (agreement["title"], agreement["kind"]) == ("양극재 공장 증설을 위한 투자양해각서", "investment")


def test_it_drops_the_mou_gloss_from_a_quoted_title():
    """ "'… 업무협약(MOU)'" is titled without the gloss."""
    text = "가람시는 ㈜다온테크와 '드론 배송 업무협약(MOU)'을 체결했다."
    assert extract(text)[1][0]["title"] == "드론 배송 업무협약"


def test_it_keeps_two_equal_sums_in_one_sentence_and_drops_a_repeat():
    """'국비 60억원, 시비 60억원' are two sums; the same figure in a later sentence is told again."""
    text = (
        "가람시는 ㈜다온테크와 '스마트시티 업무협약'을 체결했다. 사업비는 국비 60억원, 시비 60억원이다. "
        "시는 60억원을 우선 확보했다."
    )
    assert [b["text"] for b in extract(text)[1][0]["budgets"]] == ["60억원", "60억원"]


def test_it_reads_an_aim_stated_with_until_as_a_target():
    """'2030년까지 …을 유치한다는 목표다' is a target due 2030."""
    text = (
        "가람시는 새솔개발청과 '산업단지 활성화 업무협약'을 체결했다. "
        "이번 협약으로 2030년까지 기업 50곳을 유치한다는 목표다."
    )
    targets = [(t["text"], t["due"]) for t in extract(text)[1][0]["targets"]]
    assert targets == [("2030년까지 기업 50곳을 유치", "2030")]


def test_it_does_not_take_figures_of_the_past_for_targets():
    """'지난해 방문객 300만 명' describes the past."""
    text = "가람시는 ㈜다온관광과 '관광 활성화 업무협약'을 체결했다. 지난해 가람시 방문객은 300만 명이었다."
    assert extract(text)[1][0]["targets"] == []


def test_it_names_an_agreement_held_as_a_ceremony_and_builds_a_name_for_a_bare_one():
    """'…을 위한 업무협약식을 가졌다' is titled without 식; a bare '업무협약' is named by its parties."""
    held = "가람시는 14일 ㈜다온드론과 드론 산업 육성을 위한 업무협약식을 가졌다."
    bare = "가람시는 14일 시청에서 새솔센터와 업무협약을 체결했다."
    assert extract(held)[1][0]["title"] == "드론 산업 육성을 위한 업무협약"
    assert extract(bare)[1][0]["title"] == "가람시·새솔센터 업무협약"


def test_it_names_an_unquoted_agreement_with_a_gloss():
    """'…업무협약(MOU)을 체결했다' is titled without the gloss."""
    text = "가람시는 새솔전력공사와 에너지 효율화 업무협약(MOU)을 체결했다고 14일 밝혔다."
    agreement = extract(text, published=datetime.date(2026, 4, 15))[1][0]
    assert agreement["title"] == "에너지 효율화 업무협약"
    # 14일 is when it was announced; with no other day given it is the day a reader enters, its words kept
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2026-04-14", "14일")


def test_it_does_not_take_a_sponsored_festival_for_an_agreement():
    """A festival held with a sponsor is an event, not an agreement."""
    text = "제5회 가람 국화축제가 오는 10일 개막한다. 축제는 새솔은행의 후원으로 열흘간 열린다."
    assert extract(text) == (False, [])


def test_it_takes_the_title_quoted_in_the_signing_sentence():
    """An earlier agreement quoted in the lead does not name this one."""
    text = (
        "가람시는 지난해 '청년 일자리 협약'에 이어 다시 손을 내밀었다.\n\n"
        "가람시는 지난 3일 ㈜다온테크와 '스마트 공장 구축 업무협약'을 체결했다."
    )
    assert extract(text)[1][0]["title"] == "스마트 공장 구축 업무협약"


def test_it_does_not_take_turnover_for_a_budget():
    """'연 매출 500억원 규모의 기업' describes the company; '120억원을 투자' is the budget."""
    text = (
        "가람시는 연 매출 500억원 규모의 ㈜다온테크와 '공장 신설 투자협약'을 체결했다. "
        "다온테크는 120억원을 투자한다."
    )
    assert [b["text"] for b in extract(text)[1][0]["budgets"]] == ["120억원"]


def test_it_keeps_money_given_out_of_revenue():
    """'발전 수익의 일부인 연간 5억원을 출연' is money spent on the agreement."""
    text = "가람시는 ㈜다온솔라와 '상생 협약'을 맺었다. ㈜다온솔라는 발전 수익의 일부인 연간 5억원을 기금으로 출연한다."
    assert [b["text"] for b in extract(text)[1][0]["budgets"]] == ["5억원"]


def test_it_does_not_take_an_age_group_for_a_count_of_vehicles():
    """'30대 청년' are people in their thirties; '버스 40대를 투입' counts buses."""
    text = "가람시는 ㈜다온모빌리티와 '교통 업무협약'을 체결했다. 30대 청년을 채용하고 버스 40대를 투입한다."
    assert [(t["value"], t["unit"]) for t in extract(text)[1][0]["targets"]] == [(40, "대")]


def test_it_titles_a_quoted_classroom_as_a_programme():
    """A sponsored '…교실' is a programme's name, as '…과정' is."""
    text = (
        "누리복지관(관장 백하늘)은 한빛은행의 후원을 받아 '어르신 디지털 금융 교실'을 운영한다고 3일 밝혔다."
    )
    agreement = extract(text)[1][0]
    assert (agreement["title"], agreement["kind"]) == ("어르신 디지털 금융 교실", "program")


def test_it_does_not_take_an_agreement_ended_for_a_new_one():
    """'…투자협약을 지난 14일 해지했다' reports the end of an agreement, not a signing."""
    text = (
        "가람군은 2023년 ㈜다온푸드와 맺은 '식품 공장 건립 투자협약'을 지난 14일 해지했다고 15일 밝혔다. "
        "업체는 공장을 짓지 않았다. 군은 투자협약을 해지하고 부지를 환수한다."
    )
    assert extract(text) == (False, [])
    renewed = "가람군은 기존 협약을 해지하고 ㈜새솔푸드와 '식품 공장 투자협약'을 새로 체결했다."
    assert extract(renewed)[0]


def test_it_does_not_take_an_interview_for_an_agreement():
    """'[인터뷰] …': an official who counts the year's MOUs reports no agreement of his own."""
    text = "가람시는 12일 기업 17곳과 투자협약을 맺어 1조원의 투자를 약속받았다."
    assert extract(text, headline='[인터뷰] 오하늘 가람시 투자유치과장 "MOU보다 착공"') == (False, [])
    assert extract(text, headline="가람시, 올해 투자협약 17건")[0]


def test_it_titles_a_sponsored_programme_by_its_quoted_name_before_its_class_noun():
    """ "'2026 사랑의 나눔' 사업 후원금 5천만원을 기탁했다": the quoted words name the programme."""
    text = (
        "사회복지법인 다온복지재단은 26일 가람시청을 찾아 '2026 사랑의 나눔' 사업 후원금 5천만원을 기탁했다."
    )
    is_agreement, [agreement] = extract(text, headline="다온복지재단, 가람시에 5천만원 기탁")
    assert is_agreement and (agreement["title"], agreement["kind"]) == ("2026 사랑의 나눔", "program")


def test_it_does_not_take_an_agreement_that_only_describes_a_company_for_news():
    """'2024년 투자협약을 맺은 ㈜A가 … 착공하지 않아': the agreement tells which firm; a day of its own
    ('지난 25일 투자협약을 체결한 ㈜A는') keeps it news."""
    old = "가람시는 2024년 투자협약을 맺은 ㈜다온모빌리티가 공장을 짓지 않아 보조금을 환수한다고 20일 밝혔다."
    new = "가람시와 지난 25일 투자협약을 체결한 ㈜다온모빌리티는 2028년까지 공장을 짓는다."
    assert extract(old) == (False, [])
    assert extract(new)[0]


def test_it_recognises_an_agreement_with_the_day_between_object_and_verb():
    """ "'… 지원 협약'을 26일 체결했다고 27일 밝혔다": the day sits between the agreement and its verb."""
    text = (
        "가람구는 가람가족센터, ㈜다온카드와 '다문화가족 자녀 교육 지원 협약'을 26일 체결했다고 27일 밝혔다."
    )
    is_agreement, [agreement] = extract(text, published=datetime.date(2026, 11, 27))
    assert is_agreement and agreement["signed_on"] == "2026-11-26"


def test_it_reads_the_date_and_place_of_a_releases_event_line():
    """'○ 일시/장소: 2026. 11. 26.(목) 14:00, 가람시청 상황실' gives the signing date and place;
    '배포일시' is the release's own date."""
    text = (
        "배포일시: 2026. 11. 27.(금)\n\n"
        "□ 가람시는 다온대학교와 인재 양성을 위한 업무협약을 체결했다고 밝혔다.\n\n"
        " ○ 일시/장소: 2026. 11. 26.(목) 14:00, 가람시청 상황실"
    )
    agreement = extract(text)[1][0]
    assert (agreement["signed_on"], agreement["place"]) == ("2026-11-26", "가람시청 상황실")


def test_it_reads_a_scholarship_donation_as_a_sponsorship():
    """'장학금 3천만원을 … 기탁했다' is a donation, like '후원금 … 기탁'."""
    text = "㈜다온건설(대표 양하늘)은 24일 가람군청을 찾아 장학금 3천만원을 가람군에 기탁했다."
    is_agreement, [agreement] = extract(text, headline="㈜다온건설, 가람군에 장학금 기탁")
    assert is_agreement and agreement["kind"] == "program"


def test_it_keeps_a_signing_told_in_a_clause_of_time():
    """'…투자협약을 체결한 뒤 기념촬영을 했다' reports the signing, unlike '…협약을 맺은 ㈜A가'."""
    assert extract("가람시는 ㈜다온소재와 투자협약을 체결한 뒤 기념촬영을 했다.")[0]


def test_a_twinning_and_the_plain_verbs_report_an_agreement():
    """'자매의 연을 맺었다', '자매결연을 맺었다', '업무협약(MOU)을 했다', '투자협약을 가졌다' all report one."""
    assert extract("가람군과 누리연대는 3일 군청에서 자매의 연을 맺었다. 이번 협약으로 교류를 넓힌다.")[0]
    assert extract("가람군은 4일 누리여단과 자매결연을 맺었다.")[0]
    assert extract("가람시는 13일 누리상공회의소와 업무협약(MOU)을 했다.")[0]
    assert extract("누리시는 7일 ㈜다온정밀과 투자협약을 가졌다.")[0]


def test_a_study_begun_in_an_earlier_year_is_history_not_news():
    """A 2031 article on an opened centre telling that its '설계용역' began in 2029 reports no study."""
    text = (
        "가람군 창의센터 준공식이 7일 열렸다. 센터 건립사업은 2028년 8월 공모에 선정된 후 "
        "2029년 1월 설계용역에 착수했다. 총 120억원의 사업비가 투입됐다."
    )
    is_agreement, _ = extract(text, published=datetime.date(2031, 12, 7))
    assert not is_agreement
    news = "가람군은 2031년 1월 설계용역에 착수했다고 밝혔다. 용역 착수보고회는 7일 열렸다."
    assert extract(news, published=datetime.date(2031, 1, 8))[0]


def test_this_day_takes_the_day_the_lead_named():
    """'…체결했다고 22일 밝혔다. 군은 이날 … 맺었다' and '…체결했다고 13일 밝혔다. 이날 협약식에는 …':
    the day of the news is the day of the signing when the article says so with 이날."""
    published = datetime.date(2031, 7, 23)
    text = (
        "가람군이 90억 원 규모 투자협약을 체결했다고 22일 밝혔다. "
        "군은 이날 도청 회의실에서 ㈜다온식품과 투자협약을 맺었다."
    )
    agreement = extract(text, published=published)[1][0]
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2031-07-22", "22일")
    ceremony = (
        "도는 ㈜다온, ㈜새솔 등 2개 기업과 210억원 규모의 투자협약을 체결했다고 13일 밝혔다. "
        "이날 협약식에는 한누리 도지사와 기업 대표 등 20여 명이 참석했다."
    )
    agreement = extract(ceremony, published=published)[1][0]
    assert agreement["signed_on"] == "2031-07-13"


def test_a_years_deals_summed_up_against_last_year_is_no_agreement():
    """'가람도는 올해 해외 17개 기업과 4억 달러 규모의 투자유치 양해각서(MOU)를 체결했다고 20일 밝혔다.
    이는 지난해에 비해 금액 기준 30% 증가한 수치다': a year's tally, not one agreement."""
    text = (
        "가람도는 올해 해외 17개 기업과 4억 달러 규모의 투자유치 양해각서(MOU)를 체결했다고 20일 밝혔다. "
        "이는 지난해에 비해 건수 기준 40%, 금액 기준 30% 증가한 수치다."
    )
    assert extract(text) == (False, [])
    one = "가람도는 20일 해외 기업 1곳과 4억 달러 규모의 투자유치 양해각서(MOU)를 체결했다."
    assert extract(one)[0]
