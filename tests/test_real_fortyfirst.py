"""General forms the forty-first round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`2e78d40`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import articles_of, page_measures, page_party_names

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_lead_with_its_photos_who_stands_where_run_in_is_still_the_lead():
    """'… 협약을 체결했다. <사진 왼쪽 세번째부터 NAME 청장, (주)A NAME 사장, …> |': the caption a page runs into
    the lead (its firms' '(주)' and a bar after it) does not make the lead a caption or a subheadline."""
    page = (
        "(주)가람양조, 솔내시장과 결연\n"
        "입력 2013-05-21 10:05\n\n"
        "(주)가람양조는 21일 솔내시장과 전통시장 자매결연 협약을 체결했다. <사진 왼쪽 두번째부터 (주)가람양조 문세린 "
        "사장, 솔내시장상인회 하도겸 회장> |\n\n"
        "협약에 따라 가람양조 직원들은 매달 한 번 시장에서 장을 본다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2013, 5, 21))
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2013-05-21"
    assert "(주)가람양조" in {p["name"] for p in agreement["parties"]}


def test_a_twinning_done_with_the_plain_verb_is_a_signing():
    """'NAME(사진 왼쪽) 동래구청장과 NAME(오른쪽) 구례군수는 23일 … 자매결연을 했다': the plain verb, as
    '협약을 했다' already was; the heads' bodies sign, on the lead's day."""
    page = (
        "수영구·곡성군 자매결연\n"
        "입력 2014-04-09 00:00\n\n"
        "부산 수영구와 전남 곡성군이 자매결연을 했다. 한세린(사진 왼쪽) 수영구청장과 문도겸(오른쪽) 곡성군수는 8일 "
        "수영구청 대회의실에서 두 지역 주민 대표 등이 참석한 가운데 자매결연을 했다.\n\n"
        "두 지역은 앞으로 농특산물 직거래와 관광 교류를 넓혀 가기로 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2014, 4, 9))
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2014-04-08"
    assert {p["name"] for p in agreement["parties"]} == {"수영구", "곡성군"}


def test_a_visit_to_those_a_pact_once_tied_and_the_tie_told_after_it_are_no_signing():
    """'통장 28명이 17일 자매결연을 맺은 OO면을 찾았다': the relative clause tells which township they visit;
    the day is the visit's. The tie told after it, dated last month ('… 지난달 27일 … 자매결연을 했다'), is
    what the visit rests on: the page reports no signing."""
    page = (
        "가람구 솔내동, 결연지 나래면 찾아\n"
        "기사입력 2018-06-15 11:20:31\n\n"
        "가람구 솔내동 통장 24명이 15일 자매결연을 맺은 경남 산청군 나래면을 찾았다.\n\n"
        "이들은 나래면사무소에서 교류 방안을 논의하고 곶감 농가를 둘러봤다.\n\n"
        "산청군 나래면과 가람구 솔내동은 지난달 25일 도농 교류를 넓히자는 뜻에서 자매결연을 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2018, 6, 15))
    assert not article["is_agreement"]
    assert not article["agreements"]
    # a visit paid under the verb '방문했다' is the same, and a tie told with '맺었다'
    for text in (page.replace("나래면을 찾았다", "나래면을 방문했다"), page.replace("자매결연을 했다", "자매결연을 맺었다")):
        (article,) = articles_of(text, published=datetime.date(2018, 6, 15))
        assert not article["is_agreement"]
    # but the first work a pact of last month led to, told with the pact, is the news of that pact
    first_work = (
        "솔내동-나래돌봄조합 협약 맺고 첫 집수리\n"
        "입력 2021.05.17 10:42\n\n"
        "가람구 솔내동 행정복지센터는 지난 13일 나래돌봄 사회적협동조합과 함께 관내 홀몸 어르신 집을 고쳤다.\n\n"
        "이날 활동은 지난달 9일 솔내동 지역사회보장협의체와 나래돌봄 사회적협동조합이 업무협약을 맺은 뒤 처음 "
        "이뤄진 것이다.\n"
    )
    (article,) = articles_of(first_work, published=datetime.date(2021, 5, 17))
    assert article["is_agreement"]
    # but a lead that signs, and a tie of last month told after it, is the news of that signing
    signed = (
        "가람구 솔내동-산청군 나래면 자매결연\n"
        "기사입력 2018-06-15 11:20:31\n\n"
        "가람구 솔내동과 경남 산청군 나래면이 도농 교류에 나선다고 15일 밝혔다.\n\n"
        "두 지역은 지난달 25일 나래면사무소에서 자매결연을 했다.\n"
    )
    (article,) = articles_of(signed, published=datetime.date(2018, 6, 15))
    assert article["is_agreement"]
    # and so is a signing told that day after a lead dated with another event of it
    same_day = page.replace("산청군 나래면과 가람구 솔내동은 지난달 25일", "산청군 나래면과 가람구 솔내동은 이날")
    same_day = same_day.replace("자매결연을 맺은 경남 산청군 나래면을 찾았다", "경남 산청군 나래면을 찾았다")
    (article,) = articles_of(same_day, published=datetime.date(2018, 6, 15))
    assert article["is_agreement"]
    # and a lead that tells last month's tie beside the day's ('… 지난달 25일 … 맺은 데 이어 15일 … 맺었다')
    both = (
        "산청군 나래면, 도시 두 곳과 결연\n"
        "기사입력 2018-06-15 11:20:31\n\n"
        "경남 산청군 나래면은 지난달 25일 가람구 솔내동과 자매결연을 맺은 데 이어 15일 다온구 새터동과 자매결연을 맺었다.\n"
    )
    (article,) = articles_of(both, published=datetime.date(2018, 6, 15))
    assert article["is_agreement"]
    # as is one whose lead has no day, only an estate's number ('제2일반산업단지')
    estate = signed.replace("도농 교류에 나선다고 15일 밝혔다", "솔내 제2일반산업단지 견학을 시작으로 도농 교류에 나선다")
    (article,) = articles_of(estate, published=datetime.date(2018, 6, 15))
    assert article["is_agreement"]


# --- signers ---------------------------------------------------------------------------------------------


def test_bodies_listed_by_sort_and_counted_all_together_each_sign():
    """'협약에는 참여기업인 ㈜A, ㈜B ▲참여기관 C, D 등 모두 7개 기관이 이름을 올렸다': the sorts' labels are no part
    of a name, the bullet starts the next sort, and '모두' before the count reads as '총' does."""
    page = (
        "가람 산·학·관 7개 기관 일자리 협약\n"
        "입력 2022.09.14 16:20\n\n"
        "나래전문대학교는 14일 대학 본관에서 가람 지역 일자리 창출을 위한 산·학·관 업무 협약식을 열었다.\n\n"
        "이번 협약에는 참여기업인 ㈜솔내정밀, ㈜다온푸드, ㈜새터바이오 ▲참여기관 가람기업인협의회, 가람미래고등학교, "
        "솔내공업고등학교 등 모두 7개 기관이 이름을 올렸다.\n"
    )
    for text in (page, page.replace("▲", "△")):
        names = page_party_names(text, datetime.date(2022, 9, 14))
        assert {
            "㈜솔내정밀",
            "㈜다온푸드",
            "㈜새터바이오",
            "가람기업인협의회",
            "가람미래고등학교",
            "솔내공업고등학교",
        } <= names
        assert not any("참여" in name or "▲" in name or "△" in name for name in names)


def test_a_banks_branch_signs_by_its_whole_name():
    """'누리은행 솔내지점과', '누리은행 호남영업본부와': a branch word after a bank's name is one body, a firm, even
    where the bank's name is not one the tagger knows."""
    for branch, particle in (("누리은행 솔내지점", "과"), ("누리은행 호남영업본부", "와")):
        page = (
            "가람군-은행 협약\n"
            "입력 2016-05-24 16:12\n\n"
            f"가람군은 24일 군청에서 {branch}{particle} 지역 소상공인 금융 지원 업무협약을 체결했다.\n"
        )
        assert branch in page_party_names(page, datetime.date(2016, 5, 24))


def test_a_care_team_and_the_eateries_it_ties_with_sign():
    """'가람면 나눔돌봄단이 … 솔빛식당, 가람정육식당과 각각 후원 협약을 맺었다': a care team ('…돌봄단') and eateries
    named as such ('…식당') are bodies; a canteen where the guests ate is none."""
    page = (
        "가람면 나눔돌봄단, 동네 식당 두 곳과 반찬 후원 협약\n"
        "입력 2024.05.26 09:30\n\n"
        "가람면 나눔돌봄단이 지난 24일 면내 식당 두 곳을 차례로 찾아 솔빛식당, 가람정육식당과 각각 후원 협약을 맺었다.\n\n"
        "협약식 뒤 단원들은 면사무소 구내식당에서 점심을 함께했다.\n"
    )
    names = page_party_names(page, datetime.date(2024, 5, 26))
    assert {"나눔돌봄단", "솔빛식당", "가람정육식당"} <= names
    assert "구내식당" not in names and "면사무소 구내식당" not in names


def test_a_province_named_in_full_then_short_is_one_party():
    """'충청북도와 경상북도가 … 협약을 맺었다', then '충북도는 … 협약을 맺고 …': 충북도 is another name of 충청북도,
    not a third signer."""
    page = (
        "충북도-경북도 상생협력 협약 체결\n"
        "작성일 22-10-14 21:37\n\n"
        "충청북도와 경상북도가 지역 상생을 위한 '충청북도-경상북도 상생협력 업무협약'을 맺었다.\n\n"
        "충북도는 14일 오후 도청 대회의실에서 두 도의 상생 발전을 위한 업무협약을 맺고, 교류 협력을 넓히기로 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2022, 10, 14))
    (agreement,) = article["agreements"]
    parties = {p["name"]: p["aliases"] for p in agreement["parties"]}
    assert set(parties) == {"충청북도", "경상북도"}
    assert "충북도" in parties["충청북도"]


# --- several agreements in a page -----------------------------------------------------------------------


def test_an_earlier_pact_of_its_own_day_told_after_the_news_is_another_agreement():
    """'가람청은 앞서 지난 4일 나래군과 상생발전 협약을 맺었으며, …': a pact signed apart, with another partner on
    a day the page gives, is a second agreement of that day; one told with no day stays background."""
    page = (
        "가람청·솔내시, 상생 협력 업무협약\n"
        "승인 2015.06.11 17:48\n\n"
        "가람개발청(청장 문세린)은 11일 솔내시(시장 한도겸)와 주요 현안을 함께 풀기 위한 업무협약을 맺었다.\n\n"
        "협약에 따라 가람청은 솔내시 축제에 직원들이 참여하도록 돕기로 했다.\n\n"
        "가람청은 앞서 지난 4일 나래군과 상생발전 협약을 맺었으며, 다온시와도 협약을 넓혀 나갈 방침이다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2015, 6, 11))
    first, second = article["agreements"]
    assert first["signed_on"] == "2015-06-11"
    assert {p["name"] for p in first["parties"]} == {"가람개발청", "솔내시"}
    assert second["signed_on"] == "2015-06-04"
    assert "나래군" in {p["name"] for p in second["parties"]}
    # '지난달 28일' the same
    last_month = page.replace("앞서 지난 4일", "앞서 지난달 28일")
    (article,) = articles_of(last_month, published=datetime.date(2015, 6, 11))
    assert [a["signed_on"] for a in article["agreements"]] == ["2015-06-11", "2015-05-28"]
    # with no day of its own, background
    undated = page.replace("앞서 지난 4일 나래군과", "앞서 나래군과")
    (article,) = articles_of(undated, published=datetime.date(2015, 6, 11))
    assert len(article["agreements"]) == 1


def test_a_pact_signed_apart_at_the_same_sitting_is_another_and_the_firms_paragraphs_stay_with_the_first():
    """'가람청은 … 3개사와 투자협약을 맺었다. 다온은행 호남영업본부와는 같은 자리에서 … 업무협약을 따로 체결했다':
    the bank's pact is a second agreement, which the first one's unsaid subject signs too; the paragraphs
    after it on each firm (its money, its site, its head) go back to the investment pact, and the second
    one's title names only its own signers."""
    page = (
        "가람청, 3개사와 310억 투자협약\n"
        "2016-05-24 16:12\n\n"
        "가람개발청은 24일 청사에서 ㈜솔내식품, 다온텍, ㈜새터철강 등 3개사와 310억원 규모의 투자협약을 맺었다. "
        "다온은행 호남영업본부와는 같은 자리에서 외국인 투자 유치를 함께 돕는 업무협약을 따로 체결했다.\n\n"
        "㈜솔내식품(대표 한세린)은 가람산업단지 7200㎡ 부지에 150억원을 들여 곡물 가공 공장을 세운다.\n\n"
        "㈜새터철강(대표 윤재희)은 1만2000㎡ 부지에 120억원을 투입한다.\n\n"
        "은행은 외국인 투자자를 위한 상담 창구를 연다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2016, 5, 24))
    first, second = article["agreements"]
    assert {"㈜솔내식품", "다온텍", "㈜새터철강"} <= {p["name"] for p in first["parties"]}
    assert {p["name"] for p in second["parties"]} == {"가람개발청", "다온은행 호남영업본부"}
    assert sorted(b["amount_krw"] for b in first["budgets"]) == [12_000_000_000, 15_000_000_000, 31_000_000_000]
    assert not second["budgets"] and not second["targets"]
    assert {p["name"] for p in first["people"]} >= {"한세린", "윤재희"}
    assert "솔내식품" not in second["title"]
    # told without '따로', the bank's sentence is one more of the first signing's
    together = page.replace("업무협약을 따로 체결했다", "업무협약을 체결했다")
    (article,) = articles_of(together, published=datetime.date(2016, 5, 24))
    assert len(article["agreements"]) == 1


def test_a_body_that_also_signs_apart_at_the_ceremony_signs_another_agreement():
    """'한편 이날 협약식에서는 A대학교 부설 B연구소(소장 NAME)도 C대학교 산학협력원과 … 협약을 따로 맺었다': the
    institute, the subject with '도', signs a second agreement of the day, its head its person."""
    page = (
        "가람대 사업단-나래대 산학협력원 업무협약 체결\n"
        "입력 2019.11.23 10:20\n\n"
        "가람대학교 산학협력단은 23일 본관 세미나실에서 나래대학교 산학협력원과 산학협력 업무협약을 맺었다.\n\n"
        "두 기관은 현장실습 프로그램을 함께 운영한다.\n\n"
        "한편 이날 협약식에서는 가람대학교 부설 지역정책연구소(소장 한도겸)도 나래대학교 산학협력원과 공동연구를 위한 "
        "협약을 따로 맺었다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 11, 23))
    first, second = article["agreements"]
    assert "지역정책연구소" in {p["name"] for p in second["parties"]}
    assert second["signed_on"] == first["signed_on"] == "2019-11-23"
    assert [p["name"] for p in second["people"]] == ["한도겸"]


def test_pacts_of_a_trip_told_clause_by_clause_are_each_an_agreement():
    """A trip's report: '… 시장과 우호도시 협약서에 서명했고, 같은 자리에서 A문화관과 B기념관도 … 협약을 따로
    맺었다', then '… 둘러봤고, 3일에는 C연합회와 D협회가 교류협약을 맺은 뒤 …': three agreements, the second
    of the first one's day, the third of its own."""
    page = (
        "가람시 방문단, 중국 두 도시와 잇단 교류 협약\n"
        "승인 2018.10.06 15:21\n\n"
        "가람시 방문단이 4박 5일(2~6일) 동안 중국 쑤저우시와 닝보시를 돌았다.\n\n"
        "방문단은 첫날인 2일 쑤저우시청에서 쑤저우시장과 우호도시 협약서에 서명했고, 같은 자리에서 가람해양문화관과 "
        "쑤저우시 운하역사기념관도 우호교류 협약을 따로 맺었다.\n\n"
        "3일 닝보로 옮긴 방문단은 항만을 둘러봤고, 4일에는 가람예술인총연합회와 닝보시 바다예술협회가 교류협약을 맺은 "
        "뒤 공연을 관람했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2018, 10, 6))
    first, second, third = article["agreements"]
    assert "가람해양문화관" in {p["name"] for p in second["parties"]}
    assert "운하역사기념관" in {p["name"] for p in second["parties"]}
    assert second["signed_on"] == first["signed_on"] == "2018-10-02"
    assert {"가람예술인총연합회", "바다예술협회"} <= {p["name"] for p in third["parties"]}
    assert third["signed_on"] == "2018-10-04"


def test_a_pact_to_come_after_the_first_is_another_and_the_heads_quote_stays_with_the_first():
    """'가람시와 선사의 협약에 이어 경상남도와 전라남도의 상생협약도 맺어진다': a pact to come, told as the next one,
    is another agreement; what stands before '에 이어' is the first one's, and the mayor quoted after it heads the
    first one's signer, so he is its person, not dropped."""
    page = (
        "가람~나래 뱃길 21일 첫 운항\n"
        "기사입력 2023-06-20 19:52\n\n"
        "㈜솔내해운이 21일 가람~나래 항로에 첫 배를 띄운다.\n\n"
        "가람시와 솔내해운은 기념식에 앞서 이날 오전 10시 시청 회의실에서 해양관광 활성화를 위한 업무협약을 맺는다.\n\n"
        "가람시와 선사의 협약에 이어 경상남도와 전라남도의 상생협약도 맺어진다. 두 도는 뱃길 개설에 따른 섬 관광 "
        "홍보에 함께 나선다.\n\n"
        "한도겸 가람시장은 “뱃길이 남해안 섬 관광을 키울 것”이라고 말했다.\n"
    )
    # (or '… 협약식에 이어 … 상생협약도 체결된다')
    ceremony = page.replace("선사의 협약에 이어", "선사의 협약식에 이어").replace("상생협약도 맺어진다", "상생협약도 체결된다")
    for text in (page, ceremony):
        (article,) = articles_of(text, published=datetime.date(2023, 6, 20))
        first, second = article["agreements"]
        assert "솔내해운" in {p["name"].replace("㈜", "") for p in first["parties"]}
        assert {p["name"] for p in second["parties"]} == {"경상남도", "전라남도"}
        assert second["signed_on"] == first["signed_on"] == "2023-06-21"
        assert [p["name"] for p in first["people"]] == ["한도겸"]
        assert not second["people"]


# --- figures ---------------------------------------------------------------------------------------------


def test_the_countries_a_trip_goes_to_and_those_who_go_with_it_are_no_targets():
    """'… 3개국을 차례로 찾는다', '이번 순방에는 … 등 13명이 동행한다': the places a trip goes to and its party are
    no goal of the pact it signs; the jobs the firm will create are."""
    page = (
        "강원지사, 유럽 3개국 순방…투자 MOU 맺는다\n"
        "입력 2015.05.02 14:26\n\n"
        "강원도지사가 오는 18일부터 25일까지 체코와 독일, 영국 3개국을 차례로 찾는다.\n\n"
        "지사는 20일 슈투트가르트에서 부품업체 ㈜솔내드라이브와 9000만 달러 규모의 투자 양해각서(MOU)를 맺는다. "
        "이 회사는 원주에 공장을 지어 150명을 고용한다.\n\n"
        "이번 순방에는 도 경제진흥국장 등 13명이 동행한다.\n"
    )
    figures = page_measures(page, datetime.date(2015, 5, 2))
    assert (150, "명") in figures
    assert (3, "개국") not in figures and (13, "명") not in figures
    # (and '4개국을 순방한다', '… 12명이 동행했다' the same)
    other = page.replace("3개국을 차례로 찾는다", "4개국을 순방한다").replace("13명이 동행한다", "12명이 동행했다")
    figures = page_measures(other, datetime.date(2015, 5, 2))
    assert (4, "개국") not in figures and (12, "명") not in figures


# --- signing days ----------------------------------------------------------------------------------------


def test_a_signing_joined_to_a_last_verb_told_ahead_is_dated_later_this_month():
    """'가람구는 12일 … 연고 협약 체결식을 열고 이같이 뜻을 모은다' on the 10th: the signing verb joins a last verb
    in the present, so the 12th is two days on, not last month's; a day before the page stays this month's."""
    page = (
        "나래FC, 가람구와 한 식구 된다\n"
        "기사입력 2012.05.10 09:46\n\n"
        "시민축구단 나래FC가 가람구 엠블럼을 유니폼에 달고 뛴다.\n\n"
        "가람구(구청장 문세린)는 12일 오후 2시 구청 대회의실에서 나래FC와 연고 협약 체결식을 열고 이같이 뜻을 모은다.\n\n"
        "협약에 따라 구는 구민운동장을 나래FC 훈련장으로 내준다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2012, 5, 10))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2012-05-12"
    # '맺고 … 돕는다': the same
    helps = page.replace("연고 협약 체결식을 열고 이같이 뜻을 모은다", "연고 협약을 맺고 유소년 축구를 함께 돕는다")
    (article,) = articles_of(helps, published=datetime.date(2012, 5, 10))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2012-05-12"
    # a day before the page, with the present: that day, not next month's
    done = page.replace("12일 오후 2시", "8일 오후 2시")
    (article,) = articles_of(done, published=datetime.date(2012, 5, 10))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2012-05-08"
    # told in the past: last month's 12th, as before
    past = page.replace("뜻을 모은다", "뜻을 모았다")
    (article,) = articles_of(past, published=datetime.date(2012, 5, 10))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2012-04-12"


def test_this_day_after_the_report_day_a_sentence_opens_with_is_that_day():
    """'22일 중구에 따르면 이날 … 협약을 했다': '이날' is the day of the report the sentence opens with, though the
    lead gives no day."""
    page = (
        "가람구, 나래공사·솔내정밀과 '한 식구' 협약\n"
        "입력 2017.04.24 17:05\n\n"
        "가람구가 지역에 둥지를 튼 나래공사, 향토기업 ㈜솔내정밀과 함께 원도심 상생 과제 찾기에 나선다.\n\n"
        "22일 가람구에 따르면 이날 한세린 구청장과 나래공사, ㈜솔내정밀 관계자들은 구청 상황실에서 우호교류협약을 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2017, 4, 24))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2017-04-22"

