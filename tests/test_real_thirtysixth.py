"""General forms the thirty-sixth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`17c750d`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, amounts, articles_of, page_measures, page_party_names, page_people

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_memorandum_stamped_is_signed():
    """'… 투자 양해각서에 도장을 찍었습니다' (a broadcast script's words for signing): the page reports the
    signing, of the day it says, with the bodies that stamped it."""
    page = (
        "◀ANC▶\n건축 자재를 만드는 중견기업이\n영암 대불산단에 공장을 세우기로 했습니다.\n◀END▶\n\n"
        "◀VCR▶\n㈜나래보드 경영진이\n영암군청 회의실에 들어섭니다.\n\n"
        "나래보드는 오늘 전라남도, 영암군과\n9백억 원 규모의 투자 양해각서에\n도장을 찍었습니다.\n\n"
        "나래보드는 내년 봄 공사를 시작해\n대불산단에 공장을 짓기로 했습니다.\n◀END▶\n"
    )
    (article,) = articles_of(page, published=datetime.date(2012, 4, 5))
    assert article["is_agreement"] is True
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2012-04-05"
    assert {p["name"] for p in agreement["parties"]} == {"㈜나래보드", "전라남도", "영암군"}


def test_a_notice_named_as_a_plan_after_a_signing_is_no_notice():
    """'… 협약에 서명했다. … 다음 달 근로자 모집 공고를 낼 계획이다': the page reports a signing; the call for
    workers it will post is no notice of its own."""
    page = (
        "하남성–충북 음성군, 계절근로자 파견 협약\n\n"
        "하남성 인력자원국과 음성군은 4월 9일 성 청사에서 계절근로자 파견·수용 협약에 서명했다.\n\n"
        "올해는 근로자 40명이 먼저 음성 농가로 간다.\n\n"
        "인력자원국은 다음 달 근로자 모집 공고를 낼 계획이다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2025, 4, 10))
    assert article["is_agreement"] is True


def test_a_signing_told_ahead_beside_the_event_the_lead_dates_is_the_news_of_that_day():
    """'… 시장은 22일 오후 3시 … 성금 2억 원을 건넨다. … 성금 전달에 앞서 두 단체장은 '… 상생협력협약'에 서명한다'
    (or '이 자리에서 두 단체장은 … 협약을 체결한다'): a preview reports the signing, on the lead's day."""
    lead = (
        "나래시장, 가람군 수해 성금 전달…상생협약도 맺는다\n\n"
        "한지오 세종시장은 9일 오후 3시 공주시청에서 백도율 공주시장을 만나 수해 농가를 돕는 성금 3억 원을 건넨다.\n\n"
        "한 시장은 이어 오후 4시 침수 피해 마을을 찾아 복구 작업 중인 주민들을 격려한다.\n\n"
    )
    for signing in (
        "성금 전달에 앞서 두 단체장은 '세종특별자치시-공주시 상생협력협약'에 서명한다.",
        "이 자리에서 두 단체장은 농산물 직거래를 넓히는 상생협력협약을 체결한다.",
    ):
        page = f"{lead}{signing}\n\n협약에 따라 세종시는 공주 농산물을 해마다 사들인다.\n"
        (article,) = articles_of(page, published=datetime.date(2015, 7, 9))
        assert article["is_agreement"] is True, signing
        (agreement,) = article["agreements"]
        assert agreement["signed_on"] == "2015-07-09", signing


def test_a_visit_after_a_pact_of_a_month_gone_by_is_no_signing():
    """'이번 방문은 두 지역이 지난 8월 … 업무협약을 맺은 뒤 처음 이뤄진 공식 방문이다' in an October paper (or '지난
    11월' in a February one): the pact is background, the page reports a visit."""
    for month, published in (("8월", datetime.date(2023, 10, 13)), ("11월", datetime.date(2024, 2, 6))):
        page = (
            "보령시, 필리핀 세부주 대표단 맞아 계절근로자 교류 다져\n\n"
            "보령시는 필리핀 세부주 대표단 6명이 시청을 찾아 시장과 면담했다고 12일 밝혔다.\n\n"
            f"이번 방문은 두 지역이 지난 {month} 계절근로자 도입 업무협약을 맺은 뒤 처음 이뤄진 공식 방문이다.\n\n"
            "대표단은 김 양식장과 시설농가를 둘러봤다.\n"
        )
        (article,) = articles_of(page, published=published)
        assert article["is_agreement"] is False, month


# --- signers ---------------------------------------------------------------------------------------------


def test_a_board_members_title_after_a_listed_firm_is_no_part_of_its_name():
    """'NAME ㈜A 전무이사, NAME B그룹 회장, NAME 가람시장과 … MOU를 체결했다': 전무이사 (a director's title, as
    대표 is a head's) ends the firm's name, and the director is a person of the firm."""
    for title in ("전무이사", "상무이사", "이사"):
        text = (
            f"전남도는 19일 한상모 지사가 도청에서 남궁철 ㈜다온특수강 {title}, 오세풍 한빛그룹 회장, "
            "배영길 여수시장과 투자양해각서(MOU)를 체결했다고 밝혔다.\n\n"
            "협약에 따라 다온특수강은 가람산단에 새 공장을 짓는다.\n"
        )
        parties = page_party_names(text, datetime.date(2024, 5, 20))
        assert "㈜다온특수강" in parties, title
        assert not any(title in name for name in parties), title
        assert ("남궁철", title, "㈜다온특수강") in page_people(text, datetime.date(2024, 5, 20)), title


def test_co_ops_named_by_their_kind_do_not_sign():
    """'A농협과 B농협이 … 도시농협과 산지농협이 함께하는 공동사업 협약을 맺었다' (or 지역농협 and 품목농협): these
    name kinds of co-op, which the two named ones are; they are no parties."""
    for kinds in ("도시농협과 산지농협이", "지역농협과 품목농협이"):
        text = (
            f"울산 울주군 가온벌농협과 전남 구례군 솔바람농협이 최근 가온벌농협 본점에서 {kinds} "
            "함께하는 상생사업 협약을 맺었다.\n\n"
            "협약에 따라 두 농협은 산지 농산물을 도시 매장에 상시 들여놓기로 했다.\n"
        )
        assert page_party_names(text, datetime.date(2022, 4, 11)) == {"가온벌농협", "솔바람농협"}, kinds


def test_a_script_signs_in_the_polite_present():
    """'… 군청 대회의실에서 … 위판 지원 협약을 맺습니다' (a radio script's present): the signing sentence, whose
    bodies sign."""
    page = (
        "근해 어획물 영덕서 위판…오늘 협약\n\n"
        "영덕군은 오늘(17일) 오후\n군청 대회의실에서\n나정태 영덕군수와\n포항에 본소를 둔\n"
        "큰바다수협 오기철 조합장 등\n30여 명이 모인 자리에서\n위판 지원 협약을 맺습니다.\n\n"
        "협약에 따라 군은 하역 작업을 돕습니다.\n"
    )
    assert page_party_names(page, datetime.date(2011, 8, 17)) == {"영덕군", "큰바다수협"}


def test_a_second_signing_told_ahead_is_an_agreement_of_its_own_day():
    """'영덕군은 또 오는 19일 ㈜A(대표 NAME)와 투자협약을 맺습니다. ㈜A는 … 45억 원을 들여 …': a second agreement,
    of the 19th, with the firm and its money; the firm does not sign the first."""
    page = (
        "근해 어획물 영덕서 위판…오늘 협약\n\n"
        "영덕군은 오늘(17일) 오후 군청에서 나정태 영덕군수와 큰바다수협 오기철 조합장 등이 모인 자리에서 "
        "위판 지원 협약을 맺습니다.\n\n"
        "협약에 따라 군은 3년 동안 하역 작업을 돕습니다.\n\n"
        "영덕군은 또 오는 19일 수산물 가공업체 ㈜바다솔푸드(대표 현지수)와 투자협약을 맺습니다.\n\n"
        "㈜바다솔푸드는 내년 말까지 38억 원을 들여 강구면에 가공공장을 짓습니다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2011, 8, 17))
    first, second = article["agreements"]
    assert first["signed_on"] == "2011-08-17"
    assert {p["name"] for p in first["parties"]} == {"영덕군", "큰바다수협"}
    assert second["signed_on"] == "2011-08-19"
    assert {p["name"] for p in second["parties"]} == {"영덕군", "㈜바다솔푸드"}
    assert {b["amount_krw"] for b in second["budgets"]} == {3_800_000_000}


def test_a_foreign_head_with_the_latin_name_glossed_is_a_person():
    """'… 연합회 루시아 박(Lucia Park) 총회장이 서명한다', '존 스미스(John Smith) 알파테크 대표가': a foreign head, named
    in hangul with the Latin name in brackets, is a person with the title and the body beside the name."""
    for signer, person in (
        ("남미한인경제인연합회 마리아 김(Maria Kim) 총회장이", ("마리아 김", "총회장", "남미한인경제인연합회")),
        ("데이비드 리(David Lee) 베타솔라 대표가", ("데이비드 리", "대표", "베타솔라")),
    ):
        text = (
            "부산시는 20일 시청에서 남미한인경제인연합회, 베타솔라와 업무협약을 맺는다고 밝혔다.\n\n"
            f"협약서에는 한도윤 부산시 경제부시장과 {signer} 서명한다.\n"
        )
        assert person in page_people(text, datetime.date(2026, 1, 20)), signer


def test_a_korean_names_hanja_after_it_is_no_part_of_it():
    """'NAME(金度潤) 전남도지사와 …' (an older paper's gloss): the governor is a person with his title; a Japanese
    name's gloss ('다나카 히로시(田中博) 사장', no surname first) makes no person of a part of the name."""
    text = (
        "일본 정밀부품 업체가 영암 대불산단에 공장을 짓기로 하고 전남도와 투자협정을 맺었다.\n\n"
        "구태한(具泰漢) 전남도지사와 다나카 히로시(田中博) 사장은 21일 도청에서 협정서에 서명했다.\n"
    )
    people = page_people(text, datetime.date(2006, 3, 22))
    assert ("구태한", "전남도지사", "전남도") in people
    assert not any(name in ("다나카", "히로시") or org == "히로시" for name, _, org in people)


def test_these_firms_take_the_count_of_the_sentence_before():
    """'소재 분야 유망기업 3곳이 … 투자한다. 군은 … 이들 기업과 투자협약을 맺는다고 …': the three firms the later
    sentences name as investing ('A㈜가 260억 원, ㈜B가 …') sign."""
    page = (
        "영동군, 유망기업 3곳과 투자협약\n\n"
        "소재 분야 유망기업 3곳이 충북 영동에 900억 원을 투자한다. 영동군은 오는 13일 군청에서 이들 기업과 "
        "투자협약을 맺는다고 11일 밝혔다.\n\n"
        "한솔셀텍㈜가 500억 원, ㈜가온식품이 250억 원, 청운정공㈜이 150억 원을 각각 투입한다.\n"
    )
    assert {"한솔셀텍㈜", "㈜가온식품", "청운정공㈜"} <= page_party_names(page, datetime.date(2025, 3, 11))


def test_the_firm_a_signing_calls_only_the_company_is_the_one_named_before():
    """'… 부품 업체 ㈜A의 새 공장이 들어섭니다. 회사는 오늘 충청남도, 아산시와 투자 협약을 맺고 …': 회사 is ㈜A,
    which signs."""
    page = (
        "충남 서북부에 공장을 새로 짓는 기업이 늘고 있습니다.\n\n"
        "서산 대산읍 산업단지에는 배터리 소재 업체 ㈜하늘소재의 새 공장이 들어섭니다. 회사는 오늘 충청남도, "
        "서산시와 투자 협약을 맺고 2025년까지 6백억 원을 투입하기로 했습니다.\n"
    )
    assert page_party_names(page, datetime.date(2022, 6, 14)) == {"㈜하늘소재", "충청남도", "서산시"}


def test_a_place_as_the_topic_of_an_investment_is_no_firm():
    """'… 협약을 맺었다. 당진에서는 식품업체 ㈜A가 350억 원을 들여 …': 당진 is where another firm invests, no
    signer."""
    page = (
        "충청남도와 서산시는 14일 도청에서 ㈜하늘소재와 투자협약을 맺었다.\n\n"
        "하늘소재는 2025년까지 600억 원을 들여 대산읍에 공장을 짓는다.\n\n"
        "당진에서는 식품업체 ㈜바른들이 350억 원을 들여 냉동식품 라인을 더 놓을 계획이다.\n"
    )
    assert "당진" not in page_party_names(page, datetime.date(2022, 6, 14))


def test_pacts_signed_in_turn_with_two_cities_are_two_agreements_each_with_its_own_head():
    """'대전시가 18일 충북 청주시, 충주시와 차례로 … 업무협약을 맺는다 … NAME 청주시장, NAME 충주시장과 각각
    협약서에 서명할 예정이다': one pact with each city, and each city's mayor is a person of his own city's pact."""
    page = (
        "대전시, 청주·충주와 하루에 교류협약 두 건\n\n"
        "대전광역시가 18일 충북 청주시, 충주시와 차례로 교류 강화 업무협약을 맺는다고 밝혔다.\n\n"
        "왕도현 대전시장은 이날 오전 청주시청, 오후 충주시청을 찾아 남기철 청주시장, 피수현 충주시장과 각각 "
        "협약서에 서명할 예정이다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 4, 18))
    sides = [
        ({p["name"] for p in a["parties"]}, {p["name"] for p in a["people"]}) for a in article["agreements"]
    ]
    assert sides == [({"대전광역시", "청주시"}, {"왕도현", "남기철"}), ({"대전광역시", "충주시"}, {"왕도현", "피수현"})]


# --- people ----------------------------------------------------------------------------------------------


def test_a_co_ops_short_name_before_a_board_title_is_no_person():
    """'두 농협 이사·감사와 …', '4개 지역농협 조합장': 농협, or a kind of co-op, before a title is no one's name
    (as 축협 or 수협 is not)."""
    text = (
        "울산 울주군 가온벌농협과 전남 구례군 솔바람농협이 9일 가온벌농협 본점에서 상생사업 협약을 맺었다.\n\n"
        "협약식에는 도재훈 가온벌농협 조합장과 현승목 솔바람농협 조합장을 비롯해 두 농협 이사·감사, "
        "울주군 4개 지역농협 조합장 등 30여 명이 자리했다.\n"
    )
    names = {name for name, _, _ in page_people(text, datetime.date(2022, 4, 11))}
    assert names == {"도재훈", "현승목"}


# --- figures ---------------------------------------------------------------------------------------------


def test_a_myriad_said_aloud_opens_with_a_bare_man():
    """A script writes numbers as they are said: '만 2천 평' is 12000 평 and '만 5백 명' 10500 명; '만 6개월'
    (six full months) is no myriad."""
    page = (
        "가람소재, 대불산단에 공장 투자협약\n\n"
        "㈜가람소재는 오늘 전라남도, 영암군과 투자협약을 맺었습니다.\n\n"
        "가람소재는 대불산단 만 2천 평 터에 공장을 짓고 만 5백 명을 고용하기로 했습니다.\n\n"
        "공장은 가동 뒤 만 6개월 동안 시험 생산을 합니다.\n"
    )
    found = page_measures(page, datetime.date(2012, 4, 5))
    assert {(12000, "평"), (10500, "명")} <= found
    assert not any(value > 10000 and unit == "개월" for value, unit in found)


def test_a_partys_size_is_no_budget():
    """'자산 규모 5200억원의 지역 금융기관' tells how big a signer is; the pact's money is its own sum."""
    text = (
        "강릉시 스포츠센터는 9일 시청에서 솔바다신협과 메인스폰서 협약을 맺었다.\n\n"
        "협약은 센터가 자산 규모 4800억원의 지역 금융기관인 솔바다신협에 후원을 요청하면서 성사됐다.\n\n"
        "신협은 4년 동안 모두 3억 2000만원을 후원한다.\n"
    )
    assert amounts(agreement_of(text, published=datetime.date(2026, 3, 9))) == {320_000_000}


def test_money_pledged_at_an_earlier_pact_just_told_is_no_budget():
    """'두 기관은 지난 3월 14일 투자양해각서를 주고받은 사이다. ㈜A는 그때 … 250억원을 들여 공장을 세우겠다고 했는데,
    이번 협약은 …' (or '당시'): the sum was the earlier pact's; this one, on hiring, has none."""
    for then in ("그때", "당시"):
        text = (
            "김제시는 29일 시청에서 ㈜초록바이오와 지역 청년 채용 업무협약을 맺었다.\n\n"
            "두 기관은 지난 3월 14일 투자양해각서를 주고받은 사이다. "
            f"초록바이오는 {then} 지평선산단에 180억원을 들여 공장을 세우겠다고 했는데, 이번 협약은 그 공장에서 "
            "일할 사람을 어디서 구할지를 정한 것이다.\n"
        )
        assert amounts(agreement_of(text, published=datetime.date(2018, 5, 29))) == set(), then


def test_the_pacts_terms_name_the_past_only_to_say_which_site():
    """'협약에 따라 네 기관은 지난해 3월 산불로 나무가 타버린 국유림 4.6ha에 2027년까지 … 1만5천 그루를 심고 가꾼다':
    last year's fire names the forest; the area and the trees are the pact's targets."""
    page = (
        "동부지방산림청, 삼척시 등과 산불 피해지 숲 가꾸기 협약\n\n"
        "동부지방산림청은 삼척시, ㈜솔향유통과 지난 19일 숲 복원 업무협약을 맺었다고 20일 밝혔다.\n\n"
        "협약에 따라 세 기관은 지난해 3월 산불로 나무가 타버린 원덕읍 국유림 6.2ha에 2027년까지 "
        "산벚나무 등 2만 그루를 심고 가꾼다.\n"
    )
    assert {(6.2, "ha"), (20000, "그루")} <= page_measures(page, datetime.date(2023, 4, 20))


def test_what_was_done_right_after_the_ceremony_is_no_target():
    """'이날 협약식에 이어 … 봉사자 60여 명은 산벚나무 800그루를 심었다' (or '협약식을 마친 뒤 …'): that day's planting,
    not what the pact sets."""
    for opening in ("이날 협약식에 이어", "협약식을 마친 뒤"):
        page = (
            "동부지방산림청, 삼척시 등과 숲 가꾸기 협약\n\n"
            "동부지방산림청은 삼척시, ㈜솔향유통과 지난 19일 숲 복원 업무협약을 맺었다고 20일 밝혔다.\n\n"
            "세 기관은 2027년까지 국유림에 산벚나무 등 2만 그루를 심는다.\n\n"
            f"{opening} 임직원과 시민 봉사자 70여 명은 산벚나무 900그루를 심었다.\n"
        )
        found = page_measures(page, datetime.date(2023, 4, 20))
        assert (20000, "그루") in found, opening
        assert not found & {(70, "명"), (900, "그루")}, opening
    page = (
        "동부지방산림청, 삼척시 등과 숲 가꾸기 협약\n\n"
        "동부지방산림청은 삼척시, ㈜솔향유통과 지난 19일 숲 복원 업무협약을 맺었다고 20일 밝혔다.\n\n"
        "협약식에 이어 세 기관은 2027년까지 국유림에 산벚나무 등 2만 그루를 심기로 했다.\n"
    )
    assert (20000, "그루") in page_measures(page, datetime.date(2023, 4, 20))  # a promise made there is one


def test_jobs_reckoned_as_an_effect_are_no_target():
    """'… 고용유발 인원도 3,950명에 이를 것으로 추산했다': a reckoned effect, beside the jobs the firms will fill."""
    page = (
        "경북도, 20개 기업과 1조원대 투자협약\n\n"
        "경북도는 14일 도청에서 20개 기업과 투자협약을 맺었다.\n\n"
        "기업들은 2020년까지 1조 1,200억 원을 들여 1,800명을 새로 고용한다.\n\n"
        "도는 투자가 예정대로 이뤄지면 고용유발 인원도 3,400명에 이를 것으로 추산했다.\n"
    )
    found = page_measures(page, datetime.date(2016, 5, 15))
    assert (1800, "명") in found
    assert (3400, "명") not in found


def test_what_a_signing_body_is_made_of_is_no_target():
    """'… 이장협의회는 관내 24개 마을 이장으로 꾸려져 있다' (or '구성돼 있다'): the body's make-up, not what the
    pact sets."""
    for made in ("꾸려져", "구성돼"):
        page = (
            "가람면·나래면 이장협의회 자매결연\n\n"
            "정선군 가람면 이장협의회와 영월군 나래면 이장협의회는 10일 자매결연 협약을 맺었다.\n\n"
            "두 협의회는 해마다 두 차례 마을 대표 교류를 한다.\n\n"
            "이날 협약식에는 두 지역 이장 50여 명이 참석했으며, 가람면 이장협의회는 관내 19개 마을 이장으로 "
            f"{made} 있다.\n"
        )
        assert not any(value == 19 for value, _ in page_measures(page, datetime.date(2020, 5, 11))), made

