"""General forms the sixteenth round's real development pages (dev36 and dev37, scored unread and then
read, and the earlier sets) showed the extractor missing, tried with sentences written for the purpose:
invented bodies, people and figures (places only where a rule rests on the gazetteer, and not the pages'
own). Each test fails on the code before the round except the guards written with their rules."""

import datetime

from tests.articles import articles_of, measures, only_agreement

# --- the signing day ----------------------------------------------------------------------------


def test_a_day_before_a_word_opening_with_gan_is_a_day():
    """'A와 B가 12일 간호 실습 … 협약을 맺었다': '12일 간…' is the 12th, not a span of twelve days."""
    text = "한빛대학교와 나래의료원이 12일 간호 실습 교육 업무협약을 맺었다."
    agreement = only_agreement(text, published=datetime.date(2026, 3, 14))
    assert agreement["signed_on"] == "2026-03-12"


def test_a_span_of_days_is_still_no_day():
    """Guard: '3일간 … 협약을 체결했다' is a span, not the 3rd."""
    text = "가람군은 나래축제 3일간 해솔여행사와 관광 협력 업무협약을 체결했다고 9일 밝혔다."
    agreement = only_agreement(text, published=datetime.date(2026, 3, 9))
    assert agreement["signed_on"] == "2026-03-09"


def test_the_day_of_another_event_in_the_signing_sentence_is_not_the_signing_day():
    """'군은 6월 8일 열리는 걷기대회를 돕기 위해 지난 20일 … 협약을 맺었다': the walk's day to come is not
    the signing's."""
    text = (
        "가람군은 6월 8일 열리는 가람강 걷기대회를 돕기 위해 지난 20일 한빛도로공사 나래건설사업단과 "
        "업무협약을 맺었다고 밝혔다."
    )
    agreement = only_agreement(text, published=datetime.date(2023, 5, 2))
    assert agreement["signed_on"] == "2023-04-20"


def test_a_byline_stamp_in_the_signing_sentence_is_not_the_signing_day():
    """'한빛신문 기자 / 입력 : 2021년 03월 09일(화) 10:20 | 가람시와 … 지난 7일 … 맺고': a page's time stamp
    that runs into the lead is when the page was written, not the signing."""
    text = (
        "|\n|\n가람시-대학들, “청년 떠나지 않게”\n한빛대 등 2곳과\n인재 양성 협약, 공동 사업 발굴\n"
        "한빛신문 기자 / 입력 : 2021년 03월 09일(화) 10:20\n|\n"
        "가람시와 한빛대, 나래대 등 지역 2개 대학은 지난 7일 시청에서 인재 양성 협약을 맺고 "
        "공동 협의회를 꾸렸다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2021, 3, 9))
    assert article["agreements"][0]["signed_on"] == "2021-03-07"


# --- signers told before the signing sentence ---------------------------------------------------


def test_the_bodies_counted_as_the_subject_are_those_of_the_sentence_before():
    """'A와 B, C가 … 빌려주기로 했습니다. 이들 세 기관은 오늘 … 업무협약을 맺었습니다': the three signers
    are named in the sentence before the signing."""
    text = (
        "가람도와 나래군, 가람개발공사가 빈집을 고쳐 귀농인에게 빌려주기로 했습니다. "
        "이들 세 기관은 오늘 군청에서 빈집 재생사업 업무협약을 맺었습니다."
    )
    assert [p["name"] for p in only_agreement(text)["parties"]] == ["가람도", "나래군", "가람개발공사"]


def test_both_bodies_as_the_subject():
    """'A시와 B공사가 … 손을 잡았다. 양 기관은 18일 … 협약을 체결했다'."""
    text = (
        "가람시와 한빛도시공사가 원도심 빈집 정비에 나선다. "
        "양 기관은 18일 시청에서 빈집 정비사업 추진을 위한 업무협약을 체결했다."
    )
    assert [p["name"] for p in only_agreement(text)["parties"]] == ["가람시", "한빛도시공사"]


# --- figures ------------------------------------------------------------------------------------


def test_a_number_spaced_between_its_places():
    """'3천 2백 ㎡의 땅': 3200 ㎡ (a broadcast's transcript writes the places apart)."""
    text = "가람시는 18일 나래공사와 주택사업 업무협약을 체결했다. 가람시는 3천 2백 ㎡의 땅을 내놓는다."
    assert measures(only_agreement(text)) == {(3200, "㎡")}


def test_parts_joined_by_wa_before_their_total_are_no_targets():
    """'귀농인 12세대와 노인 8세대 등, 20세대 규모': the total is the target, not its parts."""
    text = (
        "가람시는 18일 나래공사와 주택사업 업무협약을 체결했다. 두 기관은 귀농인 12세대와 노인 "
        "8세대 등, 20세대 규모의 임대주택을 짓기로 했다."
    )
    assert measures(only_agreement(text)) == {(20, "세대")}


def test_counts_joined_by_wa_that_are_no_parts_stay():
    """Guard: '임대주택 30세대와 분양주택 40세대, 공공주택 20세대를 짓는다' with no total: all are targets."""
    text = (
        "가람시는 18일 나래공사와 주택사업 업무협약을 체결했다. 두 기관은 임대주택 30세대와 분양주택 "
        "40세대, 공공주택 20세대를 짓기로 했다."
    )
    assert measures(only_agreement(text)) == {(30, "세대"), (40, "세대"), (20, "세대")}


# --- counted signers named later ----------------------------------------------------------------


def test_counted_associations_are_named_in_a_later_bulleted_list():
    """'가람대학교(총장 NAME)는 … 주요 3개 기업단체와 협약을 맺었다' then '… 협약을 맺은 3개 기업단체는 △A(회장
    NAME) △B(회장 NAME) △C(회장 NAME) 등이다': the three, the subject not one of them."""
    text = (
        "한빛대학교(총장 김가람)는 지난 30일 개교 기념 행사를 열고 주요 3개 기업단체와 산학협력 협약을 "
        "맺었다고 밝혔다. 한빛대와 산학협력 협약을 맺은 3개 기업단체는 △가람정보기술협회(회장 이나래) "
        "△나래바이오기업협회(회장 박다온) △해솔소재기업협의회(회장 최누리) 등이다."
    )
    assert [p["name"] for p in only_agreement(text)["parties"] if p["role"] == "party"] == [
        "한빛대학교",
        "가람정보기술협회",
        "나래바이오기업협회",
        "해솔소재기업협의회",
    ]


# --- detection ----------------------------------------------------------------------------------


def test_a_council_member_attending_the_days_signing_is_a_signing():
    """'OO위원회 부위원장으로 활동하고 있는 NAME 의원(OO당, OO1)은 지난 8일 … 개최된 A와 B, C의 업무협약
    체결식에 참석해 …': the signing happened; the member only attended it."""
    text = (
        "한빛시의회 NAME 의원, 가람-나래 상생 협약식 참석\n"
        "한빛시의회 도시위원회 부위원장으로 활동하고 있는 김다온 시의원(나래당, 가람1)은 지난 8일 "
        "시의회 대회의실에서 개최된 가람상인연합회와 나래시, 나래농협의 업무협약(MOU) 체결식에 참석해 "
        "두 지역의 협력을 당부했다.\n"
        "이날 협약에는 이누리 나래시장 등이 참석했다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2025, 12, 11))
    assert article["is_agreement"]
    assert article["agreements"][0]["signed_on"] == "2025-12-08"
    names = [p["name"] for p in article["agreements"][0]["parties"]]
    assert names == ["가람상인연합회", "나래시", "나래농협"]  # not the member's committee


def test_a_council_members_critique_of_past_deals_stays_a_look_alike():
    """Guard: '… 의원은 … 체결한 MOU 중에서 … 사례가 다수라고 지적했다' tells no signing of its own."""
    text = (
        "한빛시의회 김다온 의원(나래당, 가람1)은 지난 10일 열린 본회의에서 시가 최근 5년간 체결한 "
        "업무협약(MOU) 중에서 실적이 없는 사례가 다수라고 지적했다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2025, 12, 11))
    assert not article["is_agreement"]


def test_what_a_signer_already_holds_is_no_target():
    """'150개 가맹점을 보유한 A는 45억원을 투자해 … 직원 25명을 고용할 예정이다': the shops it owns describe
    the firm; the hires are the target."""
    text = (
        "나래군은 10일 한빛식품과 투자협약을 체결했다. 음료 체인을 운영하며 150개 가맹점을 보유한 "
        "한빛식품은 45억원을 투자해 공장을 세우고 직원 25명을 고용할 예정이다."
    )
    assert measures(only_agreement(text)) == {(25, "명")}


def test_a_body_described_by_what_it_has_gives_no_targets():
    """'A병원은 12개 진료센터, 310병상을 갖추고 올해 문을 연 종합병원이다': a description of the partner."""
    text = (
        "한빛대학교와 가람병원은 지난 5일 산학교류 협정을 체결했다. 가람병원은 310병상과 심뇌혈관센터 등 "
        "12개 센터를 갖추고 올봄 나래시에 문을 연 종합병원이다."
    )
    assert measures(only_agreement(text)) == set()


def test_an_estates_sale_rate_is_no_target():
    """'이번 투자로 OO농공단지는 100% 분양됐으며, OO산업단지 분양률은 90%가 됐다': where the estate
    stands, not what the agreement sets."""
    text = (
        "나래군은 10일 한빛철강과 투자협약을 체결했다. 한빛철강은 50억원을 투자해 직원 20명을 고용할 "
        "예정이다. 군은 이번 투자로 나래농공단지는 100% 분양됐으며, 가람산업단지 분양률은 90%가 됐다고 "
        "밝혔다. 가람산업단지는 기업 두 곳이 더 들어오면 97%까지 분양될 예정이다."
    )
    assert measures(only_agreement(text)) == {(20, "명")}


# --- bodies through their heads -----------------------------------------------------------------


def test_branches_whose_heads_attend_a_lone_subjects_signing_sign():
    """'가람시는 15일 시청에서 NAME 가람시장과 NAME 한빛전력공사 가람지사장, NAME 누리전기안전공사
    가람나래지사장이 참석한 가운데 … 협약을 맺었다': the subject names no partner; the branches whose heads
    attend are its partners."""
    text = (
        "가람시는 15일 시청에서 김가람 가람시장과 이나래 한빛전력공사 가람지사장, 박다온 누리전기안전공사 "
        "가람나래지사장이 참석한 가운데 전통시장 안전점검 협약을 맺었다."
    )
    assert [(p["name"], p["role"]) for p in only_agreement(text)["parties"]] == [
        ("가람시", "party"),
        ("한빛전력공사 가람지사", "party"),
        ("누리전기안전공사 가람나래지사", "party"),
    ]


def test_attendees_before_a_named_partner_stay_attendees():
    """Guard: '… NAME 한빛장학재단 나래지부장 등이 참석한 가운데 나래군과 … 협약을 체결했다': the partner is
    named after the clause, and the sentence has no subject of its own."""
    text = (
        "지난 15일 열린 협약식에는 김나래 나래군수, 이한빛 한빛장학재단 나래지부장 등이 참석한 가운데 "
        "나래군과 공익사업 공동이행 협약을 체결했다."
    )
    names = [p["name"] for p in only_agreement(text)["parties"]]
    assert "한빛장학재단 나래지부" not in names


def test_a_signing_told_again_with_the_same_sum_adds_its_signers():
    """'NAME 가람도지사가 … ㈜A NAME 대표, ㈜B NAME 대표와 300억원의 투자협약을 맺었다. 도는 청도·울진 두
    군과 함께 … 300억 원 규모 … 협약을 맺은 것이다': the counties of the second telling sign too (real
    county names: the short forms are read by the gazetteer)."""
    text = (
        "김가람 가람도지사가 9일 김해솔 ㈜해솔테크 대표, 이누리 ㈜누리푸드 대표와 300억원의 "
        "투자협약을 맺었다. 가람도는 청도·울진 2개 군과 함께 두 기업과 스마트팜 단지를 짓는 "
        "300억 원 규모의 투자협약을 맺었다."
    )
    names = [p["name"] for p in only_agreement(text)["parties"] if p["role"] == "party"]
    assert {"가람도", "㈜해솔테크", "㈜누리푸드", "청도군", "울진군"} <= set(names)


def test_a_next_signing_without_the_sum_adds_nobody():
    """Guard: the next sentence signs something else the same day ('가람도는 이날 청도군과 함께 … 업무협약을
    체결했다', no sum): not the first signing told again."""
    text = (
        "가람도는 21일 도청에서 ㈜해솔테크와 300억원의 투자협약을 체결했다. 가람도는 이날 청도군과 함께 "
        "관광 분야 협력을 위한 업무협약을 체결했다."
    )
    (article,) = articles_of(text, published=datetime.date(2019, 5, 22))
    first = [p["name"] for p in article["agreements"][0]["parties"] if p["role"] == "party"]
    assert "청도군" not in first


def test_people_attending_are_not_an_investing_firm():
    """'… 기업 대표들과 관계자들이 참석한 가운데 … 투자협약을 맺고': '관계자들' is people."""
    text = (
        "김가람 가람도지사가 3일 김나래 나래군수, 김해솔 ㈜해솔 대표 등 5개 기업 대표들과 관계자들이 "
        "참석한 가운데 450억원 규모의 투자협약을 맺고 있다."
    )
    assert "관계자들" not in [p["name"] for p in only_agreement(text)["parties"]]


def test_the_signers_counted_at_the_end_of_their_list_are_no_target():
    """'협약을 맺은 기업은 A, B, C 등 총 3개다': the firms that sign, counted."""
    text = (
        "가람도는 22일 주력산업 기업들과 500억원 규모의 투자협약을 체결했다. 협약을 맺은 기업은 해솔테크, "
        "누리푸드, 다온소재 등 총 3개다. 해솔테크는 200억원을 투자해 40명을 고용한다."
    )
    assert measures(only_agreement(text)) == {(40, "명")}


def test_mayors_and_county_heads_counted_at_the_ceremony_are_no_target():
    """'도내 5개 시장·군수, 12개 기업대표가 참석한 가운데': who came."""
    text = (
        "나래시는 11일 4개 기업과 투자양해각서를 체결했다. 협약식은 도청에서 김가람 도지사와 도내 5개 "
        "시장·군수, 12개 기업대표가 참석한 가운데 열렸다. 기업들은 신규 인력 80명을 채용한다."
    )
    assert measures(only_agreement(text)) == {(80, "명")}


def test_cities_and_counties_written_with_a_period_are_places():
    """'세 시.군은': the signers, the cities and counties, counted."""
    text = (
        "가람도와 나래시, 다온시, 해솔군 등 3개 시.군은 다음 주 도청에서 관광 개발 업무협약을 "
        "체결합니다. 도와 3개 시.군은 관광 상품을 함께 만듭니다."
    )
    assert measures(only_agreement(text)) == set()


def test_the_print_pages_number_alone_on_its_line_is_chrome():
    """'  • 7면' under the page's time lines: where the article was printed, not a target."""
    text = (
        "가람시-나래병원, 응급 의료 협약\n  • 김누리 기자\n  • 승인 2020년 05월 07일 10시 05분\n  • 7면\n"
        "  • 지면보기\n가람시는 7일 나래병원과 응급 의료 지원 업무협약을 맺었다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2020, 5, 7))
    assert measures(article["agreements"][0]) == set()


def test_a_venue_with_where_it_lies_in_brackets_does_not_sign():
    """'9일 김포시청(경기 김포시 소재)에서 … 업무협약을 맺었다': the venue, where it lies in brackets (a
    real city's hall, which the gazetteer knows)."""
    text = "한빛가스공사(사장 김누리)는 9일 김포시청(경기 김포시 소재)에서 김포시와 수소충전소 구축 업무협약을 맺었다."
    assert [p["name"] for p in only_agreement(text)["parties"]] == ["한빛가스공사", "김포시"]


# --- page text ----------------------------------------------------------------------------------


def test_a_headline_printed_twice_in_one_line_does_not_glue_a_signer():
    """An image's title run into its alt text ('가람군·OO공사 나래지사, … 업무협약 체결가람군·OO공사 나래지사, … 업무협약
    체결'): '체결가람군' is no body."""
    headline = "가람군·한빛수자원공사 나래지사, 수돗물 안심 업무협약 체결"
    text = (
        f"{headline}\n\n입력 2023년06월02일 09시10분\n\n{headline}{headline}\n\n"
        "가람군(군수 김누리)은 지난 1일 한빛수자원공사 나래지사와 수돗물 안심 업무협약을 맺었다고 밝혔다.\n"
    )
    (article,) = articles_of(text, published=datetime.date(2023, 6, 2))
    assert [p["name"] for p in article["agreements"][0]["parties"]] == ["가람군", "한빛수자원공사 나래지사"]


def test_a_line_doubled_and_printed_nowhere_else_is_kept_once():
    """'…협약 체결…협약 체결' alone: the headline is kept, once."""
    from agreements.ingest.chrome import strip

    assert strip("가람군, 나래공사와 상생협력 업무협약 체결가람군, 나래공사와 상생협력 업무협약 체결\n본문") == (
        "가람군, 나래공사와 상생협력 업무협약 체결\n본문"
    )


def test_counted_firms_named_as_the_subjects_of_what_each_does():
    """'가람시는 3일 … 5개 기업과 투자협약을 맺었다' then 'A·B·C는 … 공장을 새로 짓고, D는 설비를 늘린다. E는
    …': the five firms, named without a legal mark, run together with '·'."""
    text = (
        "가람시는 3일 관내외 5개 기업과 투자협약을 맺었다. 투자 총액은 300억원이다. "
        "한울정밀·다솜금속·누리매트는 나래산단에 공장을 새로 짓고, 가온기계는 설비를 늘린다. "
        "해밀식품은 본사를 옮겨 공장을 세운다."
    )
    names = [p["name"] for p in only_agreement(text)["parties"] if p["role"] == "party"]
    assert names == ["가람시", "한울정밀", "다솜금속", "누리매트", "가온기계", "해밀식품"]


def test_a_verb_after_a_comma_is_no_counted_firm():
    """Guard: '…, 늘어나는 일자리는 …' opens a clause with a verb, not a firm's name: with one firm named
    of the two counted, the count stays one group."""
    text = (
        "가람시는 3일 2개 기업과 투자협약을 맺었다. 한울정밀은 나래산단에 공장을 새로 짓는다. 공장이 "
        "들어서면 투자가 이어지고, 늘어나는 일자리는 120명으로 예상된다."
    )
    names = [p["name"] for p in only_agreement(text)["parties"] if p["role"] == "party"]
    assert "늘어나" not in names
    assert "2개 기업" in names
