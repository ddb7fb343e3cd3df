"""General forms the eighteenth round's real development pages (dev42 and dev43, scored unread and then
read) showed the extractor missing, tried with sentences written for the purpose: invented bodies,
people, figures and wording (places only where a rule rests on the gazetteer, and not the pages' own).
Each test fails on the code before the round except the guards written with their rules."""

import datetime

from tests.articles import amounts, articles_of, measures, only_agreement

DAY = datetime.date(2025, 10, 14)


def party_names(text: str) -> list[str]:
    return [p["name"] for p in only_agreement(text, published=DAY)["parties"] if p["role"] == "party"]


# --- who takes part, listed after the signing ---------------------------------------------------


def test_a_participation_list_of_small_local_bodies_names_each_one():
    """'업무협약에는 A, B, C 및 D 분회, E회, F대와 G 퀵서비스가 참여했다': the list fills the count the signing
    sentence gave; names of several words, one joined by '및', and the last pair joined by '와' are
    each a signer."""
    text = (
        "나래소방서는 9일 회의실에서 관내 7개 기관·단체와 '안전한 마을 만들기 업무협약'을 체결했다.\n"
        "이날 업무협약에는 나래소방서, 나래마을버스, 화물 및 택배 나래분회, 새마을부녀회, 안전보안관회, "
        "나래의용소방대와 다온 퀵서비스가 참여했다.\n"
    )
    names = set(party_names(text))
    assert {"나래마을버스", "화물 및 택배 나래분회", "새마을부녀회", "안전보안관회", "나래의용소방대", "다온 퀵서비스"} <= names


def test_a_participation_list_of_people_with_titles_names_no_bodies():
    """Guard: '협약식에는 NAME 회장, NAME 대표, NAME 대장이 참여했다' lists people, not bodies."""
    text = (
        "나래소방서는 9일 회의실에서 관내 3개 기관·단체와 '안전한 마을 만들기 업무협약'을 체결했다.\n"
        "이날 협약식에는 김하나 지킴이회장, 이두리 봉사회 대표, 박세나 방범대장이 참여했다.\n"
    )
    names = set(party_names(text))
    assert not any(name.startswith(("김하나", "이두리", "박세나")) for name in names), names


# --- places the signing sentence only counts, named earlier -------------------------------------


def test_three_cities_counted_as_the_signers_are_the_cities_the_lead_named():
    """'김제·정읍·남원시 시장협의회' in the lead, then '이 자리에서 3개 시는 … 협약을 맺었다': the counted cities
    are the three the article named, each in full."""
    text = (
        "김제·정읍·남원시 시장협의회가 3일 김제시청에서 열렸다.\n"
        "세 시장은 관광 상품을 함께 팔 방안을 논의했다.\n"
        "이 자리에서 3개 시는 '서남권 관광 협력 협약'을 맺었다.\n"
    )
    assert {"김제시", "정읍시", "남원시"} <= set(party_names(text))


def test_three_cities_counted_in_words_are_the_cities_named_before():
    """'A시와 B시, C시가 … 꾸렸다. … 협약 체결식에서 세 도시는 … 뜻을 모았다': the three cities sign."""
    text = (
        "김포시와 광명시, 김제시가 오늘 '한누리 도시연합'을 꾸렸습니다.\n"
        "광명시청 대강당에서 연 도시연합 협약 체결식에서 세 도시는 관광과 산업 교류를 넓히기로 뜻을 모았습니다.\n"
    )
    assert {"김포시", "광명시", "김제시"} <= set(party_names(text))



# --- the signing told as a ceremony held some way -----------------------------------------------


def test_a_ceremony_held_by_video_is_the_signing():
    """'A시는 지난 NN일 … 협약식을 영상으로 갖고 …하기로 했다고 밝혔다': the signing, its day and its two cities."""
    text = (
        "김포시는 지난 4일 김포시장과 광명시장이 김포시-광명시 자매결연 협약식을 영상으로 갖고, "
        "두 도시가 문화와 농산물 교류를 넓히기로 했다고 밝혔다.\n"
    )
    agreement = only_agreement(text, published=DAY)
    assert agreement["signed_on"] == "2025-10-04"
    assert {"김포시", "광명시"} <= {p["name"] for p in agreement["parties"]}


# --- web-page chrome ----------------------------------------------------------------------------


def test_a_government_sites_banner_and_a_font_widget_are_no_article():
    """The banner every go.kr site shows ('이 누리집은 대한민국 공식 전자정부 누리집입니다.', '공식 누리집 주소
    확인하기', …) and a font widget written '확대 l 축소' neither split the page nor title the agreement."""
    text = (
        "본문 바로가기\n\n이 누리집은 대한민국 공식 전자정부 누리집입니다.\n공식 누리집 주소 확인하기\n"
        "go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.\n"
        "이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 주소를 확인해 보세요\n"
        "운영중인 공식 누리집보기\n\n배너 닫기\n확대 l 축소\n\n"
        "가람시, 나래대학교와 청년 창업 협약\n\n"
        "가람시는 8일 시청에서 나래대학교와 청년 창업 지원 협약을 체결했다.\n"
    )
    found = articles_of(text, published=DAY)
    assert len(found) == 1
    [agreement] = found[0]["agreements"]
    assert "누리집" not in agreement["title"] and "확대" not in agreement["title"]
    assert {p["name"] for p in agreement["parties"]} >= {"가람시", "나래대학교"}


# --- figures that are not the agreement's --------------------------------------------------------

FIRMS = "가람시는 12일 나래기계 등 3개 기업과 투자협약을 체결했다.\n"


def targets_of(text: str) -> set[tuple]:
    return measures(only_agreement(text, published=DAY))


def test_each_firms_hires_beside_its_money_are_shares_of_the_total():
    """'기업별로 보면 A 80억원(30명), B 40억원(12명) … 등 총 140억원을 투자해 50명을': the total is the target."""
    text = FIRMS + (
        "기업별로 보면 나래기계 80억원(30명), 다온정밀 40억원(12명), 미르텍 20억원(8명) 등 "
        "총 140억원을 투자해 50명을 새로 고용한다.\n"
    )
    assert {(v, u) for v, u in targets_of(text) if u == "명"} == {(50, "명")}


def test_one_firms_hires_in_brackets_with_no_total_stay_a_target():
    """Guard: '나래기계는 80억원(30명)을 들여' with no total after it: its 30 hires are the agreement's."""
    text = FIRMS + "나래기계는 80억원(30명)을 들여 공장을 짓는다.\n"
    assert (30, "명") in targets_of(text)


def test_an_era_hoped_for_and_a_citys_population_are_no_targets():
    """'관광객 300만명 시대를 열겠다', '인구 40만 명의 도시' are no figures of the agreement."""
    text = FIRMS + "권 시장은 \"관광객 300만명 시대를 열겠다\"며 인구 40만 명의 도시가 함께 뛴다고 말했다.\n"
    assert not {(v, u) for v, u in targets_of(text) if u == "명"}


def test_an_economys_size_is_no_budget():
    """'경제규모 12조 원의 도시연합': the cities' economy, not the agreement's money."""
    text = FIRMS + "세 도시는 인구 90만, 경제규모 12조 원의 도시연합을 이룬다.\n"
    assert not amounts_of(text)


def amounts_of(text: str) -> set[int]:
    return amounts(only_agreement(text, published=DAY))


# --- the members of a counted group, listed in a later sentence ---------------------------------


def test_a_bulleted_list_of_the_ceremonys_members_names_them_beside_the_group():
    """'… 관내 9개 업체와 … 협약을 맺는다' then '협약식에는 ▲A ▲B … ▲G가 … 뜻을 같이한다': the
    group signs and so does each body the bullets name."""
    text = (
        "가람구는 7일 관내 9개 업체와 '동네 일자리 늘리기 협약'을 맺는다.\n"
        "협약식에는 ▲가람상공회 ▲나래 도시가스 서비스센터 ▲다온요양병원 ▲미르 실버타운 ▲새롬 에프앤비 "
        "▲(주)하늬테크 ▲소라호텔이 나와 동네 일자리에 뜻을 같이한다.\n"
    )
    names = set(party_names(text))
    assert {"가람상공회", "나래 도시가스 서비스센터", "다온요양병원", "미르 실버타운", "새롬 에프앤비", "소라호텔"} <= names
    assert "관내 9개 업체" in names


def test_an_agreement_signed_with_a_list_and_its_count_names_the_listed_members():
    """'협약은 A를 비롯, B, C, D 등 9개 기관과 체결했다': A to D sign beside the counted group."""
    text = (
        "나래경제진흥원은 3일 지역 9개 기관과 업무협약을 맺었다.\n"
        "협약은 나래대학교를 비롯, 나래청년회의소, 다온시장상인회, 미르관광협회 등 9개 기관과 체결했다.\n"
    )
    names = set(party_names(text))
    assert {"나래대학교", "나래청년회의소", "다온시장상인회", "미르관광협회"} <= names


# --- how a signer is named ------------------------------------------------------------------------


def test_an_events_organising_committee_is_named_with_the_event():
    """'2027가람세계문화엑스포 조직위원회는 … 나래대학교와 … 협약을 체결했다': the committee keeps the event's name."""
    text = "2027가람세계문화엑스포 조직위원회는 6일 나래대학교와 자원봉사 인력 지원 협약을 맺었다.\n"
    names = set(party_names(text))
    assert "2027가람세계문화엑스포 조직위원회" in names and "조직위원회" not in names


def test_a_special_zone_before_a_project_is_no_signer():
    """'… 4개 연구기관과 가람특구 공동사업 협약을 맺었다': the zone names the project, it signs nothing."""
    text = (
        "김포시는 5일 나래연구원, 다온연구원, 미르연구원, 새롬연구원 등 4개 연구기관과 "
        "가람특구 공동사업 협약을 맺었다.\n"
    )
    names = set(party_names(text))
    assert "나래연구원" in names and "가람특구" not in names


def test_a_firm_named_like_a_brand_signs_where_a_signer_stands():
    """'전라남도는 12일 다온바이오와 투자협약을 체결했다', '부품 업체인 나래테크는 …': names Kiwi reads as common
    nouns, ending like a firm's brand (바이오, 테크, 케미칼 …), sign from a signer's place in the sentence."""
    assert "다온바이오" in party_names("전라남도는 12일 다온바이오와 투자협약을 체결했다.\n")
    assert "나래테크" in party_names("전자부품 업체인 나래테크는 12일 충청남도와 투자협약을 체결했다.\n")


def test_a_trade_named_like_a_brand_is_no_signer():
    """Guard: '에듀테크와 인공지능 교육 확산을 위해' names a field, not a firm."""
    names = party_names("김포시는 12일 에듀테크와 인공지능 교육 확산을 위해 나래대학교와 협약을 체결했다.\n")
    assert "에듀테크" not in names and "나래대학교" in names


def test_the_bodies_whose_ceremony_a_guest_attends_sign():
    """'김 장관은 12일 나래케미칼과 충청북도, 청주시의 투자협약식에 참석했다': the three whose ceremony it is sign."""
    agreement = only_agreement("김 장관은 12일 부품기업 나래케미칼과 충청북도, 청주시의 투자협약식에 참석했다.\n", published=DAY)
    roles = {p["name"]: p["role"] for p in agreement["parties"]}
    assert roles == {"나래케미칼": "party", "충청북도": "party", "청주시": "party"}


def test_bodies_attending_a_ceremony_that_is_not_theirs_are_guests():
    """Guard: '협약식에는 다온병원, 미르재단 관계자가 참석했다': they came; the agreement is another's."""
    agreement = only_agreement(
        "가람시는 12일 나래대학교와 협약을 체결했다. 협약식에는 다온재단, 미르재단 관계자가 참석했다.\n", published=DAY
    )
    roles = {p["name"]: p["role"] for p in agreement["parties"]}
    assert roles.get("미르재단") == "participant"


def test_a_headlines_last_word_run_into_the_first_signer_is_cut_off():
    """'… 청년 일자리 협약가람대학교와 …' (a page's subtitle run into its lead): the signer is 가람대학교."""
    text = (
        "가람대·김제시·나래재단 청년 일자리 협약 체결\n\n"
        "세 기관 손잡고 청년 일자리 협약가람대학교와 김제시, 나래재단이 청년 일자리를 위한 협약을 체결했다고 12일 밝혔다.\n"
    )
    names = set(party_names(text))
    assert "가람대학교" in names and "협약가람대학교" not in names


def test_a_running_total_broken_down_by_field_is_no_budget_nor_target():
    """'이로써 올해 유치 실적은 30개 기업, 9천억원으로 늘었다. … 분야별로는 제조업 6천억원(66.7%), …': the year's
    deals by field, not the agreement's money or shares."""
    text = (
        "가람시는 7일 ㈜나래소재와 300억원 규모의 투자협약을 맺었다.\n"
        "이로써 올해 유치 실적은 30개 기업, 9천억원으로 늘었다. 지난해의 두 배다. "
        "분야별로는 제조업 6천억원(66.7%), 서비스업 2천억원(22.2%), 연구기관 1천억원(11.1%)이다.\n"
    )
    agreement = only_agreement(text, published=DAY)
    assert amounts(agreement) == {30_000_000_000}
    assert not {u for _, u in measures(agreement)} & {"%"}


def test_bodies_counted_by_their_sort_are_no_targets():
    """'나래청 및 3개 소속기관', '8개 협약 기관간 교류', '7개의 우량회사들을 유치하는 협약': the signers or
    bodies counted, no goal of the agreement."""
    text = (
        "가람시는 14일 나래청 및 3개 소속기관, 다온공단과 상생협력 협약을 맺었다.\n"
        "양측은 8개 협약 기관간 교류를 넓히고, 7개의 우량회사들을 산단에 유치하는 데 힘을 모은다.\n"
    )
    assert not {(v, u) for v, u in targets_of(text) if u == "개"}


def test_firms_to_be_fostered_stay_a_target():
    """Guard: '100개의 강소기업을 육성한다' is a goal of the agreement, counted in firms."""
    text = "가람시는 14일 다온공단과 협약을 맺고, 2030년까지 100개의 강소기업을 육성하기로 했다.\n"
    assert (100, "개") in targets_of(text)


# --- people ---------------------------------------------------------------------------------------


def test_a_station_heads_bare_title_names_the_station_that_signs():
    """'… NAME 시장과 NAME 경찰서장, NAME 소방서장이 함께했다': the heads of the stations that sign."""
    text = (
        "김포시와 김포경찰서, 김포소방서는 8일 안전 협약을 체결했다.\n"
        "협약식에는 김하나 시장과 정미숙 경찰서장, 한상철 소방서장이 함께했다.\n"
    )
    people = {(p["name"], p["org"]) for p in only_agreement(text, published=DAY)["people"]}
    assert {("정미숙", "김포경찰서"), ("한상철", "김포소방서")} <= people


def test_each_firms_hires_before_a_total_told_in_the_next_sentence_are_shares():
    """'A는 80억원(30명), B 40억원(12명)을 투자한다. C도 20억원(8명) 등 총 140억원을 투자해 50명을 …'."""
    text = FIRMS + (
        "기업 중 나래기계는 80억원(30명), 다온정밀 40억원(12명)을 투자한다.\n"
        "미르텍도 20억원(8명) 등 총 140억원을 투자해 50명을 새로 고용한다.\n"
    )
    assert {(v, u) for v, u in targets_of(text) if u == "명"} == {(50, "명")}


# --- a counted group beside its members -------------------------------------------------------------


def test_a_group_of_five_firms_four_of_them_named_signs_beside_them():
    """'관내 5개 중견기업과 … 맺었다' and four of them named: the group signs, and so does each firm named."""
    text = (
        "김포시는 6일 관내 5개 중견기업과 800억원 규모의 투자협약을 맺었다.\n"
        "협약식에는 ㈜다온테크(대표 김하나), 누리정밀㈜(대표 이두리), ㈜한결소재(대표 박세나), "
        "미르시스템㈜(대표 최다해) 등 기업 대표들이 참석했다.\n"
    )
    names = set(party_names(text))
    assert {"㈜다온테크", "누리정밀㈜", "㈜한결소재", "미르시스템㈜"} <= names
    assert any("5개" in name for name in names), names


def test_a_group_whose_firms_are_all_named_is_not_a_signer_of_its_own():
    """Guard: '3개 기업과' and all three named ('A, B, C는 …'): the firms sign, not the group beside them."""
    text = (
        "김포시는 17일 3개 기업과 투자협약을 체결했다.\n"
        "협약에 참여한 ㈜다온테크, 누리정밀㈜, ㈜한결소재는 내년까지 공장을 짓는다.\n"
    )
    names = set(party_names(text))
    assert {"㈜다온테크", "누리정밀㈜", "㈜한결소재"} <= names
    assert not any("3개" in name for name in names), names


def test_firms_listed_each_with_what_it_invests_are_the_counted_signers():
    """'4개 제조기업과 … 맺었다' then '기업별 투자 규모는 ㈜A 200억 원, …, D기업 50억 원으로 모두 …': the four
    firms sign, a name ending in 기업 among them."""
    text = (
        "김포시가 8일 4개 제조기업과 500억 원 규모의 투자협약을 맺었다.\n"
        "협약식에는 ㈜나래(대표 김하나) 등 4개 기업 대표가 참석했다.\n"
        "기업별 투자 규모는 ㈜나래 200억 원, ㈜다온텍 150억 원, 미르프라스틱㈜ 100억 원, 새롬기업 50억 원으로 "
        "모두 500억 원이다.\n"
    )
    assert {"㈜나래", "㈜다온텍", "미르프라스틱㈜", "새롬기업"} <= set(party_names(text))


def test_the_firms_brought_in_listed_after_the_count_are_the_signers():
    """'4개 기업과 투자협약을 체결한다' then '유치 기업은 A, B, C, D 등이다'."""
    text = (
        "김포시는 21일 4개 기업과 투자협약을 맺는다.\n"
        "유치 기업은 나래엠앤디, 다온산기, 미르, 새롬코 등이다.\n"
    )
    assert {"나래엠앤디", "다온산기", "미르", "새롬코"} <= set(party_names(text))


def test_the_firms_brought_in_listed_in_the_lead_before_the_signing_are_the_signers():
    """'유치 기업은 A, B, C, D 등이다.' told first, then '시는 … 4개 기업과 투자협약을 체결한다'."""
    text = (
        "김포시는 4개 기업의 산업단지 입주가 확정됐다고 11일 밝혔다.\n"
        "유치 기업은 나래엠앤디, 다온산기, 미르, 새롬코 등이다.\n"
        "시는 21일 4개 기업과 투자협약을 맺는다.\n"
    )
    assert {"나래엠앤디", "다온산기", "미르", "새롬코"} <= set(party_names(text))


def test_a_running_total_between_the_signing_and_the_list_does_not_end_it():
    """'이로써 시는 올해 …' between the signing and '기업별 투자 규모는 …': the list is still this deal's."""
    text = (
        "김포시가 8일 3개 제조기업과 450억 원 규모의 투자협약을 맺었다.\n"
        "이로써 올해 시와 협약한 기업은 11곳으로 늘었다.\n"
        "기업별 투자 규모는 나래산업 200억 원, 다온 150억 원, 미르코 100억 원이다.\n"
    )
    assert {"나래산업", "다온", "미르코"} <= set(party_names(text))


def test_a_firms_profile_rates_and_caps_are_not_the_agreements_figures():
    """'A는 1985년 설립된 사료 회사로, … 30만 톤을 만든다' (the firm's profile), '1MW당 50명' (a rate's
    base), '20GW 중 9GW를 확보했고' (how things stand) and '상한을 5억원에서 80억원으로 올렸다' (a scheme's
    cap) are none of the agreement's figures."""
    text = (
        "김포시는 12일 나래사료㈜와 투자협약을 체결했다. 나래사료는 300억 원을 투자해 40명을 고용한다.\n"
        "나래사료는 1985년 설립된 사료 회사로, 공장 두 곳에서 해마다 30만 톤을 만든다.\n"
        "도는 전국 허가 물량 20GW 중 9GW를 확보했고, 1MW당 50명의 일손이 든다고 본다.\n"
        "시는 설비 보조금 상한을 5억원에서 80억원으로 올렸다고 덧붙였다.\n"
    )
    agreement = only_agreement(text, published=DAY)
    assert measures(agreement) == {(40, "명")}
    assert amounts(agreement) == {30_000_000_000}


def test_the_money_of_a_deal_signed_in_an_earlier_year_is_no_budget():
    """'A는 지난 2019년 김포시와 900억 원 투자협약을 맺은 바 있다': the earlier deal's money is not this one's."""
    text = (
        "김포시는 12일 나래배터리㈜와 500억 원 규모의 추가 투자협약을 체결했다.\n"
        "나래배터리㈜는 지난 2019년 김포시와 900억 원 투자협약을 맺은 바 있다.\n"
    )
    assert amounts(only_agreement(text, published=DAY)) == {50_000_000_000}


def test_an_implementation_accord_signed_is_an_agreement():
    """'… 주민 지원 이행합의서를 9일 시청에서 체결했다': a 합의서 signed is an agreement, as a 협약서 is."""
    text = "김포시와 나래공사는 주민 지원 이행합의서를 9일 시청에서 체결했다.\n"
    assert {"김포시", "나래공사"} <= set(party_names(text))


def test_a_bulleted_list_of_firms_each_after_its_trade_names_the_firms():
    """'이날 MOU에는 △소프트웨어(SW) 개발 기업 A △식품 제조업체 B △전자부품 업체 C 등 3곳의 중견기업이 참가했다'."""
    text = (
        "김포시는 9일 중견기업 3곳과 투자 양해각서(MOU)를 체결했다.\n"
        "이날 MOU에는 △소프트웨어(SW) 개발 기업 나래소프트 △식품 제조업체 다온푸드 △전자부품 업체 미르일렉 "
        "등 3곳의 중견기업이 참가했다.\n"
    )
    assert {"나래소프트", "다온푸드", "미르일렉"} <= set(party_names(text))


# --- look-alikes ------------------------------------------------------------------------------------


def test_a_firm_described_by_an_earlier_agreement_breaking_ground_is_no_agreement():
    """'김포시와 지난 3월 협약을 맺은 나래소재가 공장 기공식을 열고 …': a groundbreaking; the agreement only
    describes the firm."""
    text = (
        "김포시와 지난 3월 협약을 맺은 나래소재가 공장 기공식을 열고 건설에 들어갔다.\n"
        "공장은 내년 가을 문을 연다.\n"
    )
    [article] = articles_of(text, published=DAY)
    assert not article["is_agreement"]


def test_a_firm_described_by_the_days_agreement_is_still_an_agreement():
    """Guard: '김포시와 12일 협약을 맺은 나래소재는 …': the day says the signing is the news."""
    text = "김포시와 12일 협약을 맺은 나래소재는 산단에 500억 원을 투자해 부품 공장을 짓는다.\n"
    [article] = articles_of(text, published=DAY)
    assert article["is_agreement"]


def test_a_working_group_formed_after_an_earlier_signing_is_no_agreement():
    """'김포시는 5일 … 실무 협의회를 꾸렸다고 밝혔다. 앞서 시는 지난달 11일 … 협약을 체결했다': the follow-up."""
    text = (
        "김포시는 5일 나래대학교와 맺은 '교육 협력 기본 협약'의 사업을 챙길 실무 협의회를 꾸렸다고 밝혔다.\n"
        "앞서 시는 지난달 11일 나래대학교와 이 협약을 체결했다.\n"
        "협의회는 두 팀으로 나뉜다.\n"
    )
    [article] = articles_of(text, published=DAY)
    assert not article["is_agreement"]



def test_an_aside_paragraph_about_the_signers_own_project_gives_no_budget():
    """'한편, 나래공사는 … 물류센터를 짓는 중이다. 모두 9천억원이 든다.': the whole aside is background."""
    text = (
        "김포시와 나래공사는 9일 주민 지원 협약을 체결했다.\n"
        "한편, 나래공사는 김포 북쪽에 물류센터를 짓는 중이다. 모두 9천억원이 든다.\n"
    )
    assert not amounts(only_agreement(text, published=DAY))
