"""Figures, days and page furniture as real pages give them (issue 10, fifth round): an outlet's mark
glued to the lead, a site's title printed again inside the story, a report's day before the signing's,
a ceremony still to come, a headline's deadline, a breakdown by installation, a programme told in a
quote or in a paragraph of its own. Invented names and figures throughout."""

import datetime

from agreements.ingest import extract_text
from agreements.ingest.article import extract_article
from tests.articles import amounts, dues, measures, only_agreement


def page(text, published):
    return extract_text(text, name="page.txt", published=published)["articles"]


def names(agreement):
    return {p["name"] for p in agreement["parties"]}


def test_an_outlets_mark_glued_to_the_lead_is_no_part_of_the_first_name():
    """'【가람경제】누리전력(주)(사장 NAME)은 …' under a sub-headline: the mark is the outlet's, not the firm's."""
    (article,) = page(
        "누리전력·새솔에너지, 태양광 맞손\n\n"
        "산업단지 지붕에 12MW 설비\n\n"
        "【가람경제】누리전력(주)(사장 한바다)은 14일 본사에서 ㈜새솔에너지와 태양광발전사업 업무협약을 체결했다.\n",
        datetime.date(2031, 4, 15),
    )
    (agreement,) = article["agreements"]
    assert {"누리전력(주)", "㈜새솔에너지"} <= names(agreement)
    assert not any("【" in n for n in names(agreement))
    assert ("한바다", "사장", "누리전력(주)") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def test_the_signing_verb_not_the_plan_told_before_it_dates_the_signing():
    """'…와 공동으로 추진키로 한데 이어 9일 … 협약을 체결했다': the day stands before 체결, after the plan."""
    agreement = only_agreement(
        "누리전력은 새솔에너지와 풍력사업을 공동으로 추진키로 한데 이어 9일 새솔에너지 본사에서 "
        "업무협약을 체결했다.",
        datetime.date(2031, 3, 10),
    )
    assert agreement["signed_on"] == "2031-03-09"


def test_a_place_in_an_address_bracket_is_where_the_venue_is():
    """'새솔에너지(가람시 동구 소재)에서': the district says where the firm is, it signs nothing."""
    agreement = only_agreement(
        "누리전력은 5일 새솔에너지(가람시 동구 소재)에서 새솔에너지와 업무협약을 체결했다.",
        datetime.date(2031, 3, 6),
    )
    assert not any(n.endswith("동구") for n in names(agreement))


def test_a_venue_with_its_street_address_in_brackets_does_not_sign():
    """'가람동주민센터(가람로 12)에서는 가람동과 ㈜나래가 …': the centre is where they met."""
    agreement = only_agreement(
        "가람구는 23일 오후 3시 가람동주민센터(가람로 12)에서는 가람동과 ㈜나래가 결연 협약식을 가졌다고 밝혔다.",
        datetime.date(2031, 3, 26),
    )
    assert "가람동주민센터" not in names(agreement)
    assert {"가람동", "㈜나래"} <= names(agreement)


def test_the_size_of_each_installation_is_no_target_of_its_own():
    """'150MW 규모 … 50MW 3기와 부대시설': 50MW is the size of each of three, 150MW the goal."""
    agreement = only_agreement(
        "가람군은 15일 ㈜누리데이터와 데이터센터 건립 업무협약을 체결했다. "
        "센터는 150MW 규모로 2034년 완공을 목표로 하며 50MW 3기와 부대시설을 갖춘다.",
        datetime.date(2031, 8, 15),
    )
    assert (150, "MW") in measures(agreement)
    assert (50, "MW") not in measures(agreement)


def test_a_partys_own_programme_told_in_a_quote_is_no_target():
    """'“… 2035년까지 풍력 설비 2GW를 갖추는 것을 목표로 사업을 추진하고 있다”고 말했다': the party's own plan."""
    agreement = only_agreement(
        "누리전력은 5일 새솔에너지와 태양광 업무협약을 체결했다. 두 회사는 30MW 규모의 발전소를 짓기로 했다. "
        "한바다 누리전력 단장은 “누리전력은 2035년까지 풍력 설비 2GW를 갖추는 것을 목표로 사업을 "
        "추진하고 있다”고 말했다.",
        datetime.date(2031, 3, 6),
    )
    assert (30, "MW") in measures(agreement)
    assert "2035" not in dues(agreement)
    assert (2, "GW") not in measures(agreement)


def test_townships_counted_are_places_not_targets():
    """'서부권 7개면에 복지시설을 짓기로': the townships served, not a count to reach."""
    agreement = only_agreement(
        "가람군은 9일 한국나래공사 가람지사와 생활권 정비 위탁 협약을 체결했다. 군과 지사는 2034년까지 "
        "총사업비 200억원을 들여 서부권 7개면에 복지시설을 짓기로 했다.",
        datetime.date(2031, 7, 9),
    )
    assert (7, "개") not in measures(agreement)
    assert amounts(agreement) == {20_000_000_000}


def test_the_squared_unit_signs_read_as_the_letters():
    """'240㎿', '35㎿h': the one-character signs are MW and MWh."""
    agreement = only_agreement(
        "가람도는 13일 누리풍력과 풍력단지 조성 협약을 맺었다. 단지는 총 240㎿ 규모로 건설되며 "
        "에너지저장장치 35㎿h를 연계한다.",
        datetime.date(2031, 3, 13),
    )
    assert {(240, "MW"), (35, "MWh")} <= measures(agreement)


def test_a_paragraph_of_another_programme_after_the_news_gives_no_figures():
    """'지난해 5월 … 확정됨에 따라, 도는 올해 1200억원을 투자해 … 2034년까지 기업 40곳을 유치할 계획이다':
    a programme of its own, told after the agreement."""
    agreement = only_agreement(
        "가람도와 누리중공업은 16일 도청에서 해상풍력단지 조성 협약을 맺었다. 누리중공업은 2033년까지 "
        "총 3000억원을 투자해 300MW 규모의 단지를 짓는다.\n"
        "지난해 5월 수소특구 지정이 확정됨에 따라, 가람도는 올해 1200억원을 투자해 연구센터를 짓고 "
        "2034년까지 수소기업 40곳을 유치할 계획이다.",
        datetime.date(2031, 3, 11),
    )
    assert amounts(agreement) == {300_000_000_000}
    assert (40, "곳") not in measures(agreement)
    assert "2034" not in dues(agreement)
    assert (300, "MW") in measures(agreement)


def test_a_title_printed_again_inside_the_story_does_not_split_it():
    """A site prints its title again after the lead; '이들 기업은 …' goes on with the same story."""
    articles = page(
        "두 기업 500억원 투자·일자리 300개\n\n"
        "가람도와 가람시는 17일 도청에서 누리합금, 새솔소재 등 중소기업 2곳과 투자협약을 체결했다.\n\n"
        "가람도, 중소기업 2곳과 투자협약…산단 입주\n"
        "이들 기업은 가람 제2산단에 2033년까지 공장을 세운다.\n\n"
        "누리합금은 300억원을 들여 제조공장을 설립한다.\n\n"
        "새솔소재는 200억원을 투자한다.\n",
        datetime.date(2031, 11, 28),
    )
    assert len(articles) == 1
    (agreement,) = articles[0]["agreements"]
    assert {30_000_000_000, 20_000_000_000} <= amounts(agreement)


def test_the_day_a_report_is_cited_is_not_the_signing_day():
    """'12일 군에 따르면 … 지난 9일 군청에서 … 협약을 체결했다': the 9th, not the day of the report."""
    agreement = only_agreement(
        "12일 군에 따르면 가람군과 ㈜누리가 지난 9일 군청 소회의실에서 마을정비 위탁 협약을 체결했다.",
        datetime.date(2031, 7, 12),
    )
    assert agreement["signed_on"] == "2031-07-09"


def test_a_second_ceremony_on_a_day_of_its_own_is_a_second_agreement():
    """'먼저 23일 … 협약식을 가졌다. … 26일 오후 5시에는 … A와 B의 협약식이 열린다': two signings, the
    second still to come on the 26th of the month of the article."""
    is_agreement, agreements = extract_article(
        "가람구가 기업과 이웃을 잇는 결연 협약식을 연다.\n"
        "먼저 23일 오후 3시 구청 대회의실에서는 가람구와 ㈜나래가 결연 협약식을 가졌다. "
        "㈜나래는 이날 500만 원의 성금을 전달했다.\n"
        "26일 오후 5시에는 구청장실에서 가람구와 ㈜새솔의 결연 협약식이 열린다.",
        headline=None,
        subheadline=None,
        published=datetime.date(2031, 3, 24),
    )
    assert is_agreement
    assert [a["signed_on"] for a in agreements] == ["2031-03-23", "2031-03-26"]
    assert "㈜새솔" in names(agreements[1])
    assert "㈜새솔" not in names(agreements[0])


def test_a_deadline_only_the_sub_headline_gives_is_read():
    """'…, 2034년까지 가람 북면에 구축': the body gives the size but no deadline."""
    (article,) = page(
        "가람군, 데이터센터 투자협약\n"
        "19일 군청서 협약…㈜누리클라우드, 2034년까지 가람 북면에 구축\n\n"
        "가람군은 19일 군청에서 ㈜누리클라우드와 데이터센터 건립 투자협약을 체결했다고 밝혔다.\n"
        "협약에 따라 북면 부지에 사업비 3000억원을 들여 2만㎡ 규모의 데이터센터를 짓는다.\n",
        datetime.date(2031, 6, 19),
    )
    (agreement,) = article["agreements"]
    assert "2034" in dues(agreement)
    assert (20000, "㎡") in measures(agreement)


def test_the_firms_a_lead_says_were_brought_in_are_counted_signers_not_a_target():
    """'4개 기업을 동시에 투자 유치했다': the firms that sign, counted in the lead."""
    agreement = only_agreement(
        "가람군이 7일 제3농공단지에 4개 기업을 동시에 투자 유치했다고 밝혔다. 군은 이날 ㈜누리, ㈜새솔, "
        "㈜다온, ㈜하람과 투자규모 120억원, 60명의 신규 고용을 목표로 투자협약을 체결했다.",
        datetime.date(2031, 4, 7),
    )
    assert (4, "개") not in measures(agreement)
    assert (60, "명") in measures(agreement)


def test_shares_that_split_one_whole_are_no_targets():
    """'공동(가람공사 30%, 누리공사 70%)으로 시행한다': the sides' shares add up to the whole."""
    agreement = only_agreement(
        "가람도시공사와 누리주택공사는 지난 12일 택지개발사업 공동시행을 위한 기본협약을 체결했다. "
        "두 공사가 공동(가람공사 30%, 누리공사 70%)으로 사업을 시행한다. 사업은 5만㎡ 부지에 "
        "1200호를 공급하는 것이다.",
        datetime.date(2031, 5, 13),
    )
    assert (30, "%") not in measures(agreement) and (70, "%") not in measures(agreement)
    assert {(50000, "㎡"), (1200, "호")} <= measures(agreement)


def test_a_single_share_to_reach_stays_a_target():
    """'신규 인력의 40%를 지역 청년으로 채용한다': one percentage, a goal of the agreement."""
    agreement = only_agreement(
        "가람시는 지난 12일 ㈜누리전자와 투자협약을 체결했다. ㈜누리전자는 신규 인력의 40%를 지역 청년으로 "
        "채용하기로 했다.",
        datetime.date(2031, 5, 13),
    )
    assert (40, "%") in measures(agreement)
