"""Organisations, their roles and aliases, and people with their titles (fictional names throughout)."""

import pytest

from agreements.ingest.article import extract_article
from agreements.ingest.entities import org_kind
from agreements.ingest.names import is_short_form


def agreement_of(text, headline=None, subheadline=None):
    is_agreement, agreements = extract_article(
        text, headline=headline, subheadline=subheadline, published=None
    )
    assert is_agreement
    return agreements[0]


def parties_of(text, **heads):
    return {p["name"]: (p["kind"], p["role"]) for p in agreement_of(text, **heads)["parties"]}


@pytest.mark.parametrize(
    ("stem", "kind"),
    [
        ("한빛수산협동조합", "cooperative"),
        ("가온시니어협의회", "association"),
        ("새솔상인회", "association"),
        ("한국미래정책연구원", "public_institution"),
        ("새솔노인복지관", "public_institution"),
        ("새솔대학교", "university"),
        ("㈜다온테크", "company"),
        ("다온테크(유)", "company"),
        ("주식회사 다온테크", "company"),
        ("국토안전부", "government"),
        ("누리군의회", "government"),
        ("새솔의료원", "public_institution"),
        ("가온테크노파크", "public_institution"),
        ("누리군보건소", "government"),
        ("한빛금융지주", "company"),
        ("누리광역시", "government"),
    ],
)
def test_it_tells_the_kind_of_an_organisation_by_its_ending(stem, kind):
    """Korean organisation morphology gives the kind."""
    assert org_kind(stem, proper=False) == kind


@pytest.mark.parametrize("stem", ["참여 여부", "여부", "거래처", "도시", "물류센터", "요청", "시청", "㈜"])
def test_it_does_not_take_common_words_for_organisations(stem):
    """Words that merely end like an organisation are not one."""
    assert org_kind(stem, proper=False) is None


def test_it_needs_a_proper_noun_before_a_weak_ending():
    """'…센터' is an organisation only with a name in it."""
    assert org_kind("물류센터", proper=False) is None
    assert org_kind("가온물류센터", proper=True) == "public_institution"


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("한빛수산조합", "한빛수산협동조합", True),
        ("미래정책연구원", "한국미래정책연구원", True),
        ("가온소통센터", "가온시마을소통센터", True),
        ("다온테크", "㈜다온테크", True),
        ("㈜다온테크", "다온테크", False),
        ("누리시", "누리시문화재단", False),
        ("환경연구원", "한국미래정책연구원", False),
    ],
)
def test_it_recognises_short_forms_of_a_name(short, full, same):
    """Dropped words, ㈜ and leading region names make short forms; a different ending does not."""
    assert is_short_form(short, full) is same


def test_it_reads_a_declared_alias_and_the_city_called_시():
    """'(이하 X)' and '시는' are other names of the same bodies."""
    text = (
        "누리시와 ㈜하람모빌리티(이하 하람)는 지난 3일 시청 대회의실에서 '자율주행 버스 업무협약'을 체결했다.\n\n"
        "하람은 버스 10대를 투입하고 시는 정류장을 정비한다."
    )
    parties = {p["name"]: p["aliases"] for p in agreement_of(text)["parties"]}
    assert parties == {"누리시": ["시"], "㈜하람모빌리티": ["하람"]}


def test_it_takes_aliases_from_the_headline():
    """A headline's short form of a party is one of its aliases."""
    text = "가온시마을소통센터는 새솔시니어협의회와 협력해 '디지털 강사 양성 과정'을 운영한다고 밝혔다."
    agreement = agreement_of(text, headline="가온소통센터, 디지털 강사 키운다")
    aliases = {p["name"]: p["aliases"] for p in agreement["parties"]}
    assert aliases["가온시마을소통센터"] == ["가온소통센터"]


def test_it_reads_every_party_of_a_list_with_와_과_commas_and_parentheses():
    """'A과 B, 지역 마트(C, D)와 … 체결' makes A, B, C and D parties."""
    text = (
        "새솔시는 지난 5일 부시장실에서 새솔수산협동조합(어민)과 사단법인 새솔상인회, "
        "지역 대형마트(다온마트 새솔점, 하나마트 중앙점)와 '지역 상생을 위한 협약'을 체결했다."
    )
    assert parties_of(text) == {
        "새솔시": ("government", "party"),
        "새솔수산협동조합": ("cooperative", "party"),
        "사단법인 새솔상인회": ("association", "party"),  # the legal form kept, as written
        "다온마트 새솔점": ("company", "party"),
        "하나마트 중앙점": ("company", "party"),
    }


def test_it_reads_the_parties_joined_by_가운뎃점():
    """'A·B·C가 협약을 체결했다' names three signers."""
    text = "가람시·가람문화재단·㈜다온테크가 지난 2일 '문화 기술 협력 업무협약'을 체결했다."
    assert set(parties_of(text)) == {"가람시", "가람문화재단", "㈜다온테크"}


def test_it_tells_consortium_members_from_signers():
    """Companies named in an attendance clause with 컨소시엄 are the consortium."""
    text = (
        "가람시와 ㈜다온에너지는 지난 8일 시청에서 ㈜한빛건설, 새솔전기(유) 등 컨소시엄 업체 관계자들이 "
        "참석한 가운데 '수소 발전소 건립 업무협약'을 체결했다."
    )
    assert parties_of(text) == {
        "가람시": ("government", "party"),
        "㈜다온에너지": ("company", "party"),
        "㈜한빛건설": ("company", "consortium"),
        "새솔전기(유)": ("company", "consortium"),
    }


def test_it_reads_attendees_sponsors_and_certifiers():
    """Attendees at a kickoff are participants; 'X의 후원' is a sponsor; 'X 인증' a certifier."""
    text = (
        "가람시는 지난 8일 시청 회의실에서 한국미래정책연구원 연구진, 가람시 청년위원회 위원 등 20명이 "
        "참석한 가운데 '청년친화도시 조성 연구 용역' 착수보고회를 열었다.\n\n"
        "시는 2028년 국토안전부 인증 '청년친화도시' 지정을 목표로 한다. 이번 용역은 새솔은행의 후원으로 진행된다."
    )
    assert parties_of(text) == {
        "가람시": ("government", "party"),
        "한국미래정책연구원": ("public_institution", "participant"),
        "가람시 청년위원회": ("government", "participant"),
        "국토안전부": ("government", "certifier"),
        "새솔은행": ("company", "sponsor"),
    }


def test_it_reads_a_sponsor_without_an_organisation_ending_as_a_company():
    """A brand named as the sponsor is a company."""
    text = "새솔복지관은 다온페이의 후원을 받아 '어르신 금융 교육 과정'을 운영한다고 밝혔다."
    assert parties_of(text) == {
        "새솔복지관": ("public_institution", "party"),
        "다온페이": ("company", "sponsor"),
    }


def test_it_reads_people_with_acting_title_chains_and_the_body_their_title_names():
    """'NAME OO시장 권한대행 부시장' holds that whole title at OO시."""
    text = (
        "누리시는 지난 3일 시청에서 한지호 누리시장 권한대행 부시장과 서민아 ㈜하람모빌리티 대표가 "
        "참석한 가운데 '자율주행 업무협약'을 ㈜하람모빌리티와 체결했다."
    )
    people = [(p["name"], p["title"], p["org"]) for p in agreement_of(text)["people"]]
    assert people == [
        ("한지호", "누리시장 권한대행 부시장", "누리시"),
        ("서민아", "대표", "㈜하람모빌리티"),
    ]


def test_it_resolves_a_persons_organisation_through_an_alias():
    """'NAME ALIAS TITLE' gives the organisation's full name."""
    text = (
        "누리시와 ㈜하람모빌리티(이하 하람)는 지난 3일 '자율주행 업무협약'을 체결했다. "
        "협약식에는 서민아 하람 대표가 참석했다."
    )
    people = [(p["name"], p["org"]) for p in agreement_of(text)["people"]]
    assert people == [("서민아", "㈜하람모빌리티")]


def test_it_reads_a_county_head_written_before_the_name():
    """'OO군 군수 NAME' and 'NAME OO군수' both name the head of OO군."""
    text = (
        "해솔군은 지난 2일 군청에서 새솔농협과 '급식 공급 협약'을 맺었다.\n\n"
        "해솔군 군수 도하준은 협약식에서 인사말을 했다. 강서윤 새솔농협 조합장도 함께했다."
    )
    people = {p["name"]: (p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert people == {"도하준": ("군수", "해솔군"), "강서윤": ("조합장", "새솔농협")}


def test_it_does_not_take_the_reporter_or_a_modifier_for_a_person():
    """'NAME 기자' is the byline; '상근 부회장' has no name."""
    text = (
        "가람시는 지난 2일 가람상인회와 '상생 협약'을 체결했다. 협약식에는 가람상인회 상근 부회장이 참석했다.\n\n"
        "윤다은 기자"
    )
    assert agreement_of(text)["people"] == []


def test_it_reads_signers_listed_without_an_organisation_ending():
    """A proper noun listed with signers ('다온페이, 새솔대학교와') is a signer, by default a company."""
    text = "가람시는 지난 9일 다온페이, 새솔대학교와 '지역 화폐 활성화 업무협약'을 체결했다."
    assert parties_of(text) == {
        "가람시": ("government", "party"),
        "다온페이": ("company", "party"),
        "새솔대학교": ("university", "party"),
    }


def test_it_joins_a_branch_office_to_its_body():
    """'OO공사 OO지역본부' is one body."""
    text = "가람시는 한국미래도로공사 새솔지역본부와 '도로 안전 업무협약'을 체결했다."
    assert "한국미래도로공사 새솔지역본부" in parties_of(text)


def test_it_reads_a_head_named_in_brackets_after_the_body():
    """'OO군(군수 NAME)은' names the county's head."""
    text = "해솔군(군수 도하준)은 지난 2일 새솔농협과 '급식 공급 협약'을 맺었다."
    people = [(p["name"], p["title"], p["org"]) for p in agreement_of(text)["people"]]
    assert people == [("도하준", "군수", "해솔군")]


def test_it_finds_the_body_of_a_bare_head_title():
    """'NAME 교육감' heads the article's 교육청; 'NAME OO대 총장' the OO대학교."""
    text = (
        "가람교육청은 지난 2일 새솔대학교와 '교원 연수 협약'을 체결했다. "
        "협약식에는 도하준 교육감과 강서윤 새솔대 총장이 참석했다."
    )
    people = {p["name"]: (p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert people == {"도하준": ("교육감", "가람교육청"), "강서윤": ("총장", "새솔대학교")}


def test_it_does_not_take_a_market_for_a_mayor():
    """'NAME OO시장' names a mayor only when OO시 is a body the article knows."""
    text = "가람시는 새솔상인회와 '상생 협약'을 체결했다. 협약식은 김해 중앙시장 상인회관에서 열렸다."
    assert agreement_of(text)["people"] == []


@pytest.mark.parametrize(
    ("stem", "proper", "kind"),
    [
        ("가람경찰서", True, "government"),
        ("가람고등학교", False, "other"),
        ("다온주식회사", False, "company"),
    ],
)
def test_it_knows_public_offices_schools_and_trailing_company_words(stem, proper, kind):
    """경찰서, 고등학교 and '…주식회사' have their kinds."""
    assert org_kind(stem, proper=proper) == kind


def test_it_takes_a_partner_named_in_the_lead_and_not_the_venue():
    """'X가 Y와 손을 맞잡았다' leads; 'OO공사 서울센터에서' is where it was signed."""
    text = (
        "가람시가 새솔관광공사와 손을 맞잡았다. 시는 지난 11일 서울 새솔관광공사 서울센터에서 "
        "한지호 가람시장과 서민아 새솔관광공사 사장이 참석한 가운데 '관광 활성화 업무협약'을 체결했다."
    )
    assert parties_of(text) == {
        "가람시": ("government", "party"),
        "새솔관광공사": ("public_institution", "party"),
    }


def test_it_joins_a_university_and_its_industry_cooperation_foundation():
    """'OO대학교 산학협력단' is one body."""
    text = "새솔대학교 산학협력단과 ㈜다온소재는 '소재 공동연구 협약'을 체결했다."
    assert parties_of(text) == {
        "새솔대학교 산학협력단": ("university", "party"),
        "㈜다온소재": ("company", "party"),
    }


def test_it_finds_the_body_a_head_of_centre_heads():
    """'NAME 센터장' heads the article's …센터."""
    text = (
        "해솔군은 지난 2일 새솔귀농지원센터와 업무협약을 체결했다. "
        "이날 협약식에는 도하준 해솔군수와 강서윤 센터장이 참석했다."
    )
    people = {p["name"]: p["org"] for p in agreement_of(text)["people"]}
    assert people == {"도하준": "해솔군", "강서윤": "새솔귀농지원센터"}


def test_it_does_not_take_a_place_before_대표_for_a_person():
    """'가람 대표 음식' is the place's leading dish, not a person titled 대표."""
    text = "가람시는 새솔상인회와 '상생 협약'을 체결했다. 상인회는 가람 대표 음식을 알린다."
    assert agreement_of(text)["people"] == []


def test_it_reads_a_title_followed_by_a_comma_in_a_list_of_attendees():
    """'NAME 교육감, NAME OO시장이 참석했다' names both."""
    text = (
        "가람교육청은 지난 2일 새솔시와 '교원 연수 협약'을 체결했다. "
        "협약식에는 도하준 교육감, 강서윤 새솔시장이 참석했다."
    )
    people = {p["name"]: (p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert people == {"도하준": ("교육감", "가람교육청"), "강서윤": ("새솔시장", "새솔시")}


def test_it_reads_bodies_attending_the_ceremony_as_participants():
    """'이날 협약식에는 … OO연구원 원장 등이 참석했다' makes a non-signer a participant."""
    text = (
        "가람시는 지난 2일 ㈜다온소재와 '소재 산업 업무협약'을 체결했다.\n\n"
        "이날 협약식에는 도하준 가람시장과 강서윤 새솔소재연구원 원장 등이 참석했다."
    )
    assert parties_of(text)["새솔소재연구원"] == ("public_institution", "participant")


def test_it_names_a_village_body_by_its_place():
    """'OO군 OO읍 주민자치회' is one body, and '(회장 NAME)' its head."""
    text = "해솔군 새솔읍 주민자치회(회장 도하준)는 지난달 29일 가람대학교와 '평생학습 운영 협약'을 체결했다."
    agreement = agreement_of(text)
    assert {p["name"]: p["kind"] for p in agreement["parties"]} == {
        "해솔군 새솔읍 주민자치회": "association",
        "가람대학교": "university",
    }
    assert [(p["name"], p["title"]) for p in agreement["people"]] == [("도하준", "회장")]


def test_it_reads_a_governor_by_a_bare_title():
    """'NAME 도지사' heads the province of the article; 도지사 is no branch office."""
    text = (
        "새솔특별자치도와 ㈜다온모터스는 2일 '수소버스 보급 업무협약'을 체결했다. "
        "이날 협약식에는 도하준 도지사와 강서윤 ㈜다온모터스 사장이 참석했다."
    )
    people = {p["name"]: (p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert people == {"도하준": ("도지사", "새솔특별자치도"), "강서윤": ("사장", "㈜다온모터스")}


@pytest.mark.parametrize(
    "signers",
    ["KLH(한국미래토지공사)는", "한국미래토지공사(KLH)는"],
)
def test_it_reads_a_latin_abbreviation_bracketed_with_a_name_as_its_alias(signers):
    """'KLH(OO공사)' and 'OO공사(KLH)' both make KLH another name of the body."""
    text = f"가람시와 {signers} 지난 3일 '주거 재생 업무협약'을 체결했다."
    aliases = {p["name"]: p["aliases"] for p in agreement_of(text)["parties"]}
    assert aliases["한국미래토지공사"] == ["KLH"]


def test_it_joins_a_company_mark_written_apart_from_the_name():
    """'(주) 다온테크' is one company."""
    text = "가람시와 (주) 다온테크는 지난 3일 '스마트팜 업무협약'을 체결했다."
    assert parties_of(text) == {"가람시": ("government", "party"), "(주) 다온테크": ("company", "party")}


def test_it_reads_a_partner_without_an_organisation_ending_but_not_a_region():
    """'X는 Y와 협약을 체결' makes Y a partner; '전북과 전남의 상생' names regions, not partners."""
    text = "가람시는 지난 3일 전북과 전남의 상생을 위해 다온페이와 '지역화폐 업무협약'을 체결했다."
    assert parties_of(text) == {"가람시": ("government", "party"), "다온페이": ("company", "party")}


def test_it_reads_the_legislatures_organs_as_government_and_a_welfare_corporations_foundation_as_other():
    """국회도서관, 국회사무처 belong to the National Assembly; '사회복지법인 OO복지재단' is a private body."""
    assert org_kind("국회도서관", False) == "government"
    assert org_kind("가람시립도서관", False) == "public_institution"
    text = "사회복지법인 다온나눔복지재단은 가람시와 '어르신 돌봄 업무협약'을 체결했다."
    kinds = {p["name"]: p["kind"] for p in agreement_of(text)["parties"]}
    assert kinds == {"사회복지법인 다온나눔복지재단": "other", "가람시": "government"}


def test_it_names_a_university_hospitals_head_by_the_hospital():
    """'NAME 가람대학교병원장' heads the hospital, not the university; 'OO농협조합장' heads the 농협."""
    text = "가람시는 3일 가람대학교병원과 '응급의료 업무협약'을 체결했다. 협약식에는 오하늘 가람대학교병원장이 참석했다."
    people = {(p["name"], p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert ("오하늘", "가람대학교병원장", "가람대학교병원") in people


def test_it_reads_a_foundation_named_for_a_latin_brand_as_private():
    """'AB&C복지재단', 'XY상록재단': a company's foundation; '가람문화재단' stays a public institution."""
    assert [org_kind(s, True) for s in ("AB&C복지재단", "XY상록재단", "가람문화재단")] == [
        "other",
        "other",
        "public_institution",
    ]


def test_it_reads_a_division_heads_title():
    """'NAME OO유플러스 기업부문장(전무)': 부문장 heads a company's division."""
    text = "다온유플러스는 27일 한빛관광공사와 'AI 안내 업무협약'을 맺었다. 협약식에는 차하늘 다온유플러스 기업부문장이 참석했다."
    people = {(p["name"], p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert ("차하늘", "기업부문장", "다온유플러스") in people


@pytest.mark.parametrize("stem", ["내포신도시", "가람혁신도시", "새솔기업도시"])
def test_it_does_not_take_a_new_town_for_a_city(stem):
    """'OO신도시', 'OO혁신도시' are places ending in 도시 'city', not a 시 that signs."""
    assert org_kind(stem, proper=True) is None


def test_it_cuts_a_particle_kiwi_glued_into_an_unknown_name():
    """Kiwi may read '㈜OO항공과' as one proper noun; the name written alone elsewhere in the article
    ('㈜OO항공 대표이사') shows where it ends. A name never written without it stays whole."""
    from agreements.ingest.words import Word, _mend_glued_particles

    glued = Word(0, 7, "㈜파랑새항공과", 7, [("㈜", "SW"), ("파랑새항공과", "NNP")])
    alone = Word(20, 26, "㈜파랑새항공", 26, [("㈜", "SW"), ("파랑새항공", "NNP")])
    mended = _mend_glued_particles([glued, alone])
    assert [word.stem for word in mended] == ["㈜파랑새항공", "㈜파랑새항공"]
    assert mended[0].tags[-1] == ("파랑새항공", "NNP")
    assert _mend_glued_particles([glued])[0].stem == "㈜파랑새항공과"


def test_it_cuts_the_particle_kiwi_glued_to_a_heads_title():
    """'OO시장과' read as one proper noun is the title and the 과 that joins the next attendee."""
    from agreements.ingest.words import Word, _mend_glued_particles

    glued = Word(0, 5, "가람시장과", 5, [("가람시장과", "NNP")])
    assert _mend_glued_particles([glued])[0].stem == "가람시장"
