"""Forms real pages take that the extractor read wrongly (issue 10, sixth round): firms named in a
sentence after the signing ('이날 협약한 기업은 A와 B, C 등이다'), bodies listed with 'ㆍ', the
ceremony's day in '지난 N일 협약식에는', a head whose name ends like a district ('박성구 군수'), a
deal told as the start of a later event ('… 체결하고 N개월 만에 준공했다'), and page furniture: a
body the page prints again under its byline, a donation box. Invented names and figures throughout;
each test fails on the code before the round."""

import datetime

from agreements.ingest import extract_bytes
from agreements.ingest.article import extract_article
from tests.articles import agreement_of, measures, people_of, signers

PUBLISHED = datetime.date(2024, 5, 20)


def articles_of(text, published=PUBLISHED):
    return extract_bytes(text.encode(), name="page.txt", published=published)["articles"]


def test_firms_named_in_a_sentence_after_the_signing_are_the_signers_not_a_counted_group():
    names = signers(
        "가람도는 12일 다온테크 등 5개 업체와 900억원 규모 투자협약을 맺었다. "
        "이번에 협약한 회사는 다온테크와 한울소재, 미르정밀, 동녘케미칼, 누리에너지 등이다. "
        "다섯 회사는 산업단지에 새 공장을 짓는다."
    )
    assert names == ["가람도", "다온테크", "한울소재", "미르정밀", "동녘케미칼", "누리에너지"]


def test_bodies_listed_with_the_hangul_middle_dot_are_each_a_signer():
    names = signers("가람의료원은 봄빛병원ㆍ한결요양병원ㆍ새솔의원과 환자 의뢰 협약을 맺었다.")
    assert names == ["가람의료원", "봄빛병원", "한결요양병원", "새솔의원"]


def test_the_ceremony_day_told_right_before_the_ceremony_is_the_signing_day():
    is_agreement, agreements = extract_article(
        "가람의료원이 봄빛병원과 진료 협력 협약을 맺었다. 지난 8일 협약식에는 두 병원 의료진 "
        "20여명이 함께했다.",
        headline=None,
        subheadline=None,
        published=datetime.date(2014, 5, 12),
    )
    assert is_agreement
    assert agreements[0]["signed_on"] == "2014-05-08"


def test_a_head_whose_name_ends_like_a_district_is_a_person_not_a_body():
    text = (
        "가람군과 ㈜누리팜은 18일 식품공장 투자협약을 맺었다. 서명은 박성구 군수와 이솔 누리팜 "
        "대표가 했다."
    )
    assert "박성구" not in [p["name"] for p in agreement_of(text)["parties"]]
    assert ("박성구", "군수", "가람군") in people_of(text)


def test_a_district_followed_by_its_own_head_is_still_a_body():
    """'강서구 구청장' is the district's head: the rule above must not read '강서구' as a name."""
    names = signers("누리공사는 12일 서울 강서구 구청장실에서 강서구와 돌봄 협약을 체결했다.")
    assert "강서구" in names


def test_a_completion_that_counts_from_an_earlier_deal_is_not_an_agreement():
    is_agreement, _ = extract_article(
        "가람시는 26일 ㈜솔빛소재 제2공장에서 가동식을 열었다. 새 공장은 1만㎡ 터에 80억원을 들여 "
        "지어졌다. 솔빛소재는 지난 4월 가람시와 투자협약을 맺고 인허가를 거쳐 7개월 만에 공장 문을 열었다.",
        headline=None,
        subheadline=None,
        published=datetime.date(2023, 11, 27),
    )
    assert not is_agreement


BODY = (
    "두 회사는 앞으로 3년 동안 90억원을 들여 가람산업단지에 조립 라인을 세운다.\n"
    "군은 인허가와 진입도로 정비를 돕기로 했다.\n"
)


def test_a_body_printed_again_under_its_byline_is_one_article():
    page = (
        "[가람=OO뉴스] 홍길순 기자 = 가람군은 17일 ㈜바람철강, ㈜누리팩과 투자협약을 맺었다.\n"
        + BODY
        + "가람 홍길순 기자 gildong@example.com\n"
        + BODY
        + "가람 홍길순 기자 gildong@example.com\n"
    )
    articles = articles_of(page)
    assert len(articles) == 1
    assert [b["amount_krw"] for b in articles[0]["agreements"][0]["budgets"]] == [9_000_000_000]


def test_a_repeated_single_line_is_left_to_the_article_rules():
    """Only a run of two or more repeated paragraphs is dropped: one sentence said twice stays."""
    page = (
        "가람군은 17일 ㈜바람철강과 투자협약을 체결했다.\n"
        "㈜바람철강은 가람산업단지에 90억원을 투자한다.\n"
        "김하늘 대표는 지역과 함께 성장하겠다고 말했다.\n"
        "㈜바람철강은 가람산업단지에 90억원을 투자한다.\n"
    )
    assert len(articles_of(page)) == 1


def test_a_donation_box_under_the_article_is_no_article():
    page = (
        "가람교육청-가람경찰청, 진로교육 업무협약 체결\n\n"
        "가람교육청(교육감 김하늘)과 가람경찰청(경찰청장 이바다)은 2일 본청에서 진로교육 업무협약을 체결했다.\n\n"
        "양 기관은 학생 진로 체험을 함께 지원하기로 했다.\n\n"
        "기사가 마음에 드셨나요?\n\n가람뉴스 좋은 기사 후원하기\n\n"
        "※ 소중한 후원금은 더 좋은 기사를 만드는데 쓰겠습니다.\n"
    )
    assert len(articles_of(page)) == 1


def figures_of(text, published=PUBLISHED):
    agreement = agreement_of(text, published=published)
    return [b["amount_krw"] for b in agreement["budgets"]], measures(agreement)


def test_a_tally_of_firms_won_so_far_is_neither_a_budget_nor_a_target():
    budgets, measures = figures_of(
        "가람도는 12일 솔빛테크 등 5개 업체와 900억원 규모의 투자 협약을 맺었다. 다섯 업체는 모두 "
        "300여 명을 채용한다. 민선 8기 들어 지금까지 도가 끌어온 기업은 1천210곳에 이른다. 도는 민선 8기 "
        "이후 95곳과 모두 8천120억원어치 협약을 맺었다."
    )
    assert budgets == [90_000_000_000]
    assert measures == {(300, "명")}


def test_signers_counted_by_trade_and_people_honoured_at_the_ceremony_are_no_targets():
    _, measures = figures_of(
        "가람시는 12일 설명회 자리에서 9개 기업과 800억원 규모의 투자유치 협약을 맺었다. 업종별로 보면 "
        "식품 업체 4곳, 물류 3곳, 소재 2곳이다. 시는 9개 기업이 120명을 새로 채용할 것으로 본다. 이어 "
        "시는 모범 기업인 3명에게 표창장을 수여했다."
    )
    assert measures == {(120, "명")}


def test_what_each_pupil_was_handed_is_not_the_agreements_money():
    budgets, measures = figures_of(
        "가람장학회와 솔빛중학교는 지난 30일 장학 협약을 맺었다. 장학회는 이 자리에서 3명의 학생에게 "
        "장학금을 전달했으며, 세 학생에게 각각 150만원씩 돌아갔다. 장학회는 해마다 600만원을 이 학교에 "
        "내고, 어르신 40명에게 매주 도시락을 전달한다.",
        published=datetime.date(2018, 5, 31),
    )
    assert budgets == [6_000_000]
    assert measures == {(40, "명")}


def test_a_whole_its_share_and_the_months_of_negotiation_are_no_targets():
    _, measures = figures_of(
        "가람공사와 가람시는 12일 저수지 태양광 협약을 맺었다. 공사가 쓸 땅은 가람저수지(500만㎡)의 약 "
        "6.5%에 해당하는 32만㎡이다. 두 기관은 4개월간 조건을 두고 협의를 진행했다."
    )
    assert measures == {(320000, "㎡")}


def test_a_head_at_the_front_of_their_bodys_people_works_for_that_body():
    people = people_of(
        "가람의료원과 봄빛병원은 9일 진료 협력 협약을 맺었다. 자리에는 김철수 원장을 비롯한 "
        "가람의료원 간부들과 박영희 봄빛병원장이 나왔다."
    )
    assert ("김철수", "원장", "가람의료원") in people


def test_a_venue_with_its_short_name_in_brackets_signs_nothing():
    names = signers(
        "가람시와 충청남도는 14일 가람컨벤션센터(GCC) 소회의실에서 상생 협약을 맺었다."
    )
    assert names == ["가람시", "충청남도"]


COUNTED_FIRMS_PAGE = (
    "충북도가 임기 안에 15조원의 투자를 끌어오는 것을 목표로 삼고 기업 유치에 속도를 내고 있다.\n"
    "도는 지난 19일 도청 소회의실에서 제천·보은·단양군에 공장을 지을 3개 기업과 모두 620억원 규모의 "
    "투자협약을 맺었다. 세 기업은 210명을 새로 뽑기로 했다.\n"
    "포장재를 만드는 ㈜솔내포장은 제천 공장을 늘린다. 보은에는 사료 업체 ㈜들녘사료가 들어서며, "
    "한결정밀㈜은 본사와 공장을 단양으로 옮긴다.\n"
    "앞서 도는 지난달 초 충주·음성의 5개 기업과 900억원대 투자협약을 맺은 바 있다.\n"
    "또 지난 12일에는 청주시 오창읍에 250억원을 들여 연구소를 세울 가람바이오㈜과 투자 협약을 했다.\n"
    "도는 임기 동안 투자 유치 15조원, 일자리 8만개, 고용률 75% 등의 목표를 내걸었다.\n"
)


def test_firms_a_signing_only_counts_are_the_ones_the_next_sentences_take_one_by_one():
    """The counties where the firms build sign nothing, and the three firms the article then takes
    one by one as subjects are the three the signing sentence counted; the deals told after '앞서'
    and '또 지난 12일에는' are others."""
    assert signers(COUNTED_FIRMS_PAGE) == ["충북도", "㈜솔내포장", "㈜들녘사료", "한결정밀㈜"]


def test_a_bodys_own_goals_and_its_other_deals_are_not_this_agreements_figures():
    budgets, measures = figures_of(COUNTED_FIRMS_PAGE, published=datetime.date(2014, 8, 22))
    assert budgets == [62_000_000_000]
    assert measures == {(210, "명")}


def test_a_study_that_sets_out_goals_keeps_them():
    """'…하는 목표를 제시했다' is what a commissioned study proposes: its targets stay."""
    _, measures = figures_of(
        "가람시는 20일 누리연구원과 관광 활성화 연구 용역 최종보고회를 열었다. 연구진은 2030년까지 연간 "
        "관광객 500만명을 유치하는 목표를 제시했다."
    )
    assert (5_000_000, "명") in measures


def test_a_donation_programme_is_no_body():
    """'고향사랑기부' ends like a ministry (…부) but is the hometown-donation scheme."""
    assert signers("전남 가람군은 20일 누리대학교와 고향사랑기부 활성화를 위한 업무협약을 체결했다.") == [
        "가람군",
        "누리대학교",
    ]


def signers_under_a_headline(text):
    return signers(text, headline="가람시 투자협약 체결")


def test_a_ceremony_told_in_the_passive_names_its_signers_before_it():
    """Issue 10: '협약식이 열렸다' with the signers in the genitive before the ceremony."""
    text = "가람시와 한울소재㈜, 미르정밀㈜의 새 공장 건립 협약식이 12일 시청에서 열렸다. 세 기관은 함께 일하기로 했다."
    agreement = agreement_of(text, headline="가람시 투자협약 체결")
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "한울소재㈜", "미르정밀㈜"]


def test_firms_in_a_bulleted_list_of_the_signing_sentence_each_sign():
    assert signers_under_a_headline(
        "가람시는 12일 △다온테크 △한울소재 △미르정밀과 투자협약을 맺었다. 세 회사는 공장을 짓는다."
    ) == ["가람시", "다온테크", "한울소재", "미르정밀"]
    assert signers_under_a_headline(
        "가람시는 12일 ▲다온테크 ▲세진테크 ▲에스엠티 등 3개 기업과 투자협약을 맺었다. 세 회사는 공장을 짓는다."
    ) == ["가람시", "다온테크", "세진테크", "에스엠티"]


def test_a_photo_widget_before_a_bulleted_caption_is_no_signer():
    assert "큰사진보기" not in signers_under_a_headline(
        "큰사진보기 ▲가람시와 ㈜다온테크는 6일 시청에서 투자협약을 맺었다. 회사는 공장을 짓는다."
    )


def test_a_foreign_partner_written_in_hangul_with_its_latin_name_is_named_in_full():
    assert signers_under_a_headline(
        "가람군은 12일 독일 슈미트 테크닉(Schmidt Technik)과 업무협약을 맺었다. 회사는 공장을 짓는다."
    ) == ["가람군", "슈미트 테크닉"]


def test_a_signing_that_reaches_a_mark_in_so_many_months_is_still_the_news():
    """'…을 체결함으로써 N개월 만에 …을 달성했다': the signing is today's, unlike '체결하고 N개월 만에 준공'."""
    names = signers(
        "충북도는 11일 가람정밀㈜, 음성군과 투자협약을 체결함으로써 임기 7개월 만에 투자유치 "
        "목표의 절반을 넘겼다."
    )
    assert set(names) == {"충북도", "가람정밀㈜", "음성군"}


def test_plain_verb_after_a_quoted_title_signs():
    """Issue 10: '협약을 했다', here after the agreement's name in quotes ('… 협약’을 했다')."""
    agreement = agreement_of(
        "홍길동 기자 = 김하늘 수원시장과 이바다 화성시장, 박솔 오산시장이 13일 ‘세 도시 공동 발전 "
        "협약’을 했다. 세 시는 재난에 함께 대응하기로 했다.",
        headline="세 도시 상생 협약",
    )
    assert [p["name"] for p in agreement["parties"]] == ["수원시", "화성시", "오산시"]


def test_a_byline_glued_to_the_lead_is_cut_from_the_subject():
    assert "울산시" in signers("시청 전경. 홍길동 기자울산시가 27일 ㈜다온과 공장 신설 투자협약을 맺었다.")


def test_a_mark_the_bodys_deals_reached_is_no_budget_and_a_term_counts_as_a_running_cue():
    budgets, measures = figures_of(
        "충북도는 11일 가람정밀㈜과 500억원 규모의 투자협약을 맺었다. 민선 8기 7개월간 투자유치 성과는 "
        "기업 215개, 금액 12조원이다. 도는 이 협약으로 투자유치 12조원을 넘겼다."
    )
    assert budgets == [50_000_000_000]
    assert (215, "개") not in measures


def test_a_schedule_notice_is_no_report_of_a_signing():
    is_agreement, _ = extract_article(
        "14:00 가람시-누리군 우호교류협약 체결식 참석(시청 8층)",
        headline="[동정]김하늘 가람시장 권한대행",
        subheadline=None,
        published=PUBLISHED,
    )
    assert not is_agreement


def test_firms_a_long_count_covers_may_be_named_one_short():
    """'8개사' of which the article then names seven, each as the subject of its plan, the last two
    as a pair ('A와 ㈜B도 …')."""
    names = signers(
        "가람시는 12일 8개사와 투자협약을 맺었다. ㈜하나코딩은 연구소를 세운다. ㈜두리에너지는 공장을 "
        "짓는다. ㈜세움은 본사를 옮긴다. 가람소재㈜는 설비를 늘린다. 한빛오토㈜는 본사를 이전한다. "
        "㈜누리엑스와 ㈜한솔도 투자할 예정이다."
    )
    assert names == ["가람시", "㈜하나코딩", "㈜두리에너지", "㈜세움", "가람소재㈜", "한빛오토㈜", "㈜누리엑스", "㈜한솔"]


def test_a_donation_pledge_ceremony_is_a_signing():
    is_agreement, agreements = extract_article(
        "[OO일보 홍길동 기자] 가람대학교가 지난 5일 총장실에서 ‘화학과 동문회 발전기금 약정식’을 열었다. "
        "동문회는 3년간 3억원을 낸다.",
        headline="가람대 동문회 3억 기부",
        subheadline=None,
        published=datetime.date(2024, 5, 7),
    )
    assert is_agreement
    assert agreements[0]["signed_on"] == "2024-05-05"
    assert "가람대학교" in [p["name"] for p in agreements[0]["parties"]]


def test_a_korean_name_before_a_word_kiwi_does_not_know_keeps_that_word_in_the_body():
    """'NAME 초록우산 어린이재단 가람지역본부장': the unknown word after a Korean name begins the body;
    it is no second part of a foreign name ('클라우스 베버 대표' still is one name)."""
    assert ("최은정", "가람지역본부장", "초록우산 어린이재단 가람지역본부") in people_of(
        "가람시는 20일 하늘은행, 초록우산 어린이재단 가람지역본부와 장학 협약을 맺었다. 서명은 김하늘 "
        "가람시장과 최은정 초록우산 어린이재단 가람지역본부장이 했다."
    )
    assert ("클라우스 베버", "대표", "㈜다온바이오") in people_of(
        "가람시는 20일 ㈜다온바이오와 협약을 맺었다. 협약식에는 김하늘 가람시장과 클라우스 베버 대표가 참석했다."
    )


def test_a_ceremony_done_with_the_plain_verb_gives_the_signing_day():
    """'…과 22일 협약식을 하고', '지난 13일 … 협약식을 진행하고': the ceremony, and its day."""
    for text, day in (
        ("가람개발공사가 누리에너지와 22일 협약식을 하고 태양광 단지를 함께 짓는다.", "2020-07-22"),
        ("가람군 누리면과 서울 솔빛동은 지난 13일 면사무소에서 자매결연 협약식을 진행하고 직거래를 약속했다.", "2020-07-13"),
    ):
        is_agreement, agreements = extract_article(
            text, headline="협약 소식", subheadline=None, published=datetime.date(2020, 7, 23)
        )
        assert is_agreement
        assert agreements[0]["signed_on"] == day


def test_a_years_tally_of_deals_is_no_agreement():
    """'올 한 해 … 힘쓴 결과 120개 기업과 … 투자협약을 체결, … 것으로 집계됐다': the year's results."""
    for tail in ("것으로 집계됐다.", "기반을 다졌다."):
        is_agreement, _ = extract_article(
            "가람도는 올 한 해 투자유치에 힘쓴 결과 기업 120곳과 모두 2조 3천억 원어치 투자협약을 맺고 "
            f"일자리 3천개의 {tail} 도는 27일 투자유치 결산 행사를 열었다.",
            headline="가람도, 올해 120개 기업과 2조 투자협약",
            subheadline=None,
            published=datetime.date(2018, 12, 28),
        )
        assert not is_agreement


def test_a_heads_title_fused_with_the_body_in_a_caption_names_the_body():
    """'NAME 가람대학총장, …' in a caption before the lead: the body is 가람대학, not '가람대학총장'."""
    assert signers(
        "정민호 가람대학총장, 누리병원 하민식이사장 등이 업무협약을 체결하고 사진을 찍고 있다.\n"
        "가람대학(총장 정민호)은 누리병원(이사장 하민식)과 간호 실습 협약을 맺었다고 14일 밝혔다.",
        headline="가람대학-누리병원 업무 협약 체결",
    ) == ["가람대학", "누리병원"]


def test_a_sentence_glued_to_the_next_ends_at_its_full_stop():
    """'…투자협약식을 가졌다.도는 민선 8기 …': the next sentence's term is no running cue for the jobs
    of this one, and the counties the firms invest in are still the counties that signed before."""
    text = (
        "가람도와 3개 업체가 20일 투자협약을 맺었다.세 업체는 900억원을 들여 공장을 짓고 186명을 "
        "뽑는다.도는 민선 8기 첫해에 대기업 유치에 힘을 쏟았다."
    )
    budgets, measures = figures_of(text)
    assert (186, "명") in measures


def test_counties_named_again_as_where_the_firms_invest_still_sign():
    """The places a later sentence says the money goes to ('…영동군에 총 900억원을 투자해') are the
    same counties the signing sentence listed; only a place in the signing sentence itself that takes
    '에 투자할' is no signer."""
    names = signers(
        "가람도는 12일 보은군, 영동군과 투자협약을 맺었다. 이들 2개 사가 보은·영동군에 총 900억원을 "
        "투자한다."
    )
    assert "보은군" in names and "영동군" in names


def test_places_that_qualify_the_counted_firms_sign_nothing():
    """'A·B 등 창원과 밀양·창녕 지역 5개 업체와': the cities say where the firms are."""
    names = signers(
        "경남도는 24일 다온기계·한결정밀 등 창원과 밀양·창녕 지역 5개 업체와 모두 900억원을 들이는 "
        "투자협약을 맺었다.",
        headline="경남도, 900억 투자 유치",
    )
    assert not {"창원", "밀양", "창녕", "창원시", "밀양시", "창녕군"} & set(names)


def test_a_twinning_agreements_ceremony_is_a_signing():
    """'자매결연 협정식을 열고': a 협정 signed at its ceremony, with the day."""
    is_agreement, agreements = extract_article(
        "베트남 누리시 대표단이 12일 가람시를 찾아 자매결연 협정식을 열고 두 도시는 관광 교류를 시작했다.",
        headline="가람시, 인도네시아 누리시와 자매결연",
        subheadline=None,
        published=datetime.date(2017, 10, 12),
    )
    assert is_agreement
    assert agreements[0]["signed_on"] == "2017-10-12"
