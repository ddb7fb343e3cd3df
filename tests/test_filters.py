import datetime
import html
import re

import pytest
import time_machine
from django.urls import reverse

from agreements.filters import AgreementFilter, quarter_end
from agreements.models import Agreement
from people.models import Organization
from tests.factories import AgreementFactory, BudgetFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 2)
FROZEN = time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False)


def link_to(page, text):
    """The href of the link whose text is `text`, unescaped."""
    return html.unescape(re.search(rf'href="([^"]*)"[^>]*>{re.escape(text)}<', page).group(1))


def titles(data):
    agreement_filter = AgreementFilter(data, queryset=Agreement.objects.for_list())
    assert agreement_filter.is_valid(), agreement_filter.errors
    return [a.title for a in agreement_filter.qs]


def test_it_searches_titles_places_and_party_names():
    """Free text finds a word in the title, the place, or a party's name."""
    AgreementFactory(title="탄소중립 업무협약")
    AgreementFactory(title="가", place="전주시청 4층 회의실")
    ParticipationFactory(agreement=AgreementFactory(title="나"), organization__name="㈜새솔에너지")
    AgreementFactory(title="관계없음")

    assert titles({"q": "탄소중립"}) == ["탄소중립 업무협약"]
    assert titles({"q": "회의실"}) == ["가"]
    assert titles({"q": "새솔에너지"}) == ["나"]


def test_it_searches_party_aliases():
    """An organisation's other name finds its agreements."""
    organization = OrganizationFactory(name="㈜전북에이아이데이터센터", aliases=["㈜BAIDC"])
    ParticipationFactory(agreement=AgreementFactory(title="AI 데이터센터"), organization=organization)
    AgreementFactory(title="관계없음")

    assert titles({"q": "BAIDC"}) == ["AI 데이터센터"]


def test_it_does_not_match_every_party_for_a_legal_form_alone():
    """'주식회사' alone normalises to nothing, so it matches only where the words stand, not every party."""
    ParticipationFactory(agreement=AgreementFactory(title="나"), organization__name="새솔에너지 주식회사")
    ParticipationFactory(agreement=AgreementFactory(title="다"), organization__name="한빛시")

    assert titles({"q": "주식회사"}) == ["나"]


def test_it_filters_by_several_statuses_at_once():
    """status=signed&status=in_progress keeps both."""
    AgreementFactory(title="체결", status="signed")
    AgreementFactory(title="추진", status="in_progress")
    AgreementFactory(title="완료", status="completed")

    assert sorted(titles({"status": ["signed", "in_progress"]})) == ["체결", "추진"]


def test_it_filters_by_kind():
    """Only investment agreements."""
    AgreementFactory(title="투자", kind="investment")
    AgreementFactory(title="업무", kind="mou")

    assert titles({"kind": "investment"}) == ["투자"]


def test_it_filters_by_party_once_per_agreement():
    """An organisation in two roles still lists the agreement once."""
    organization = OrganizationFactory()
    agreement = AgreementFactory(title="둘")
    ParticipationFactory(agreement=agreement, organization=organization, role="party")
    ParticipationFactory(agreement=agreement, organization=organization, role="sponsor")
    ParticipationFactory(agreement=AgreementFactory(title="남"))

    assert titles({"party": organization.pk}) == ["둘"]


def test_it_filters_by_party_kind():
    """Agreements with a company among their parties."""
    ParticipationFactory(agreement=AgreementFactory(title="기업"), organization__classification="company")
    ParticipationFactory(agreement=AgreementFactory(title="시"), organization__classification="government")

    assert titles({"party_kind": Organization.Kind.COMPANY}) == ["기업"]


def test_it_filters_by_signing_dates():
    """signed_after and signed_before are inclusive."""
    AgreementFactory(title="1월", signed_on=datetime.date(2026, 1, 31))
    AgreementFactory(title="2월", signed_on=datetime.date(2026, 2, 1))
    AgreementFactory(title="미상", signed_on=None)

    assert titles({"signed_after": "2026-02-01"}) == ["2월"]
    assert titles({"signed_before": "2026-01-31"}) == ["1월"]


def test_it_filters_by_due_dates():
    """due_after and due_before bound the completion target."""
    AgreementFactory(title="상반기", due_on=datetime.date(2026, 6, 30), due_precision="half")
    AgreementFactory(title="연말", due_on=datetime.date(2026, 12, 31), due_precision="year")
    AgreementFactory(title="없음")

    assert titles({"due_after": "2026-07-01", "due_before": "2026-12-31"}) == ["연말"]


@FROZEN
def test_it_keeps_only_overdue_agreements():
    """Past due and still open; completed ones are never overdue."""
    AgreementFactory(title="지남", due_on=TODAY - datetime.timedelta(days=1), due_precision="day")
    AgreementFactory(title="오늘", due_on=TODAY, due_precision="day")
    AgreementFactory(title="완료", status="completed", due_on=datetime.date(2026, 1, 1), due_precision="day")

    assert titles({"overdue": "on"}) == ["지남"]
    assert len(titles({})) == 3


@FROZEN
def test_it_keeps_agreements_due_within_n_days():
    """due_within=30 is today up to 30 days ahead, both ends included."""
    AgreementFactory(title="30일", due_on=TODAY + datetime.timedelta(days=30), due_precision="day")
    AgreementFactory(title="31일", due_on=TODAY + datetime.timedelta(days=31), due_precision="day")
    AgreementFactory(title="지남", due_on=TODAY - datetime.timedelta(days=1), due_precision="day")

    assert titles({"due_within": "30"}) == ["30일"]


def test_it_filters_by_budget_in_eok():
    """budget_min=100 means 100억원 and more, summed over the agreement's budget lines."""
    big = AgreementFactory(title="큰")
    BudgetFactory(agreement=big, amount_krw=60 * 10**8)
    BudgetFactory(agreement=big, amount_krw=40 * 10**8)
    BudgetFactory(agreement=AgreementFactory(title="작은"), amount_krw=99 * 10**8)
    AgreementFactory(title="없음")

    assert titles({"budget_min": "100"}) == ["큰"]
    assert titles({"budget_max": "99.5"}) == ["작은"]


def test_it_filters_by_budget_on_a_queryset_without_the_total():
    """The calendar's plain queryset gets the budget total when the filter needs it."""
    BudgetFactory(agreement=AgreementFactory(title="큰"), amount_krw=200 * 10**8)
    AgreementFactory(title="없음")

    agreement_filter = AgreementFilter({"budget_min": "100"}, queryset=Agreement.objects.all())

    assert [a.title for a in agreement_filter.qs] == ["큰"]


def test_it_filters_by_department():
    """Only the department asked for; the choices are the departments in use."""
    AgreementFactory(title="정보", department="정보화정책과")
    AgreementFactory(title="경제", department="일자리경제과")

    assert titles({"department": "정보화정책과"}) == ["정보"]
    choices = dict(AgreementFilter({}).form.fields["department"].choices)
    assert "일자리경제과" in choices


def test_it_keeps_agreements_without_a_due_date():
    """no_due=on is the empty-value filter of the completion target."""
    AgreementFactory(title="없음")
    AgreementFactory(title="있음", due_on=datetime.date(2027, 12, 31), due_precision="year")

    assert titles({"no_due": "on"}) == ["없음"]


def test_it_keeps_agreements_without_a_budget():
    """no_budget=on keeps agreements with no budget line at all."""
    AgreementFactory(title="없음")
    BudgetFactory(agreement=AgreementFactory(title="있음"))

    assert titles({"no_budget": "on"}) == ["없음"]


def test_it_filters_by_review_state():
    """review=extracted lists the drafts waiting for a person."""
    AgreementFactory(title="대기", review_state="extracted")
    AgreementFactory(title="완료", review_state="reviewed")

    assert titles({"review": "extracted"}) == ["대기"]


def test_it_sorts_by_budget_with_empty_budgets_last_both_ways():
    """o=budget and o=-budget put agreements without a budget at the end on every database."""
    BudgetFactory(agreement=AgreementFactory(title="10억"), amount_krw=10 * 10**8)
    BudgetFactory(agreement=AgreementFactory(title="20억"), amount_krw=20 * 10**8)
    AgreementFactory(title="없음")

    assert titles({"o": "budget"}) == ["10억", "20억", "없음"]
    assert titles({"o": "-budget"}) == ["20억", "10억", "없음"]


def test_it_sorts_by_due_date():
    """o=due: earliest target first, none last."""
    AgreementFactory(title="늦게", due_on=datetime.date(2027, 12, 31), due_precision="year")
    AgreementFactory(title="없음")
    AgreementFactory(title="먼저", due_on=datetime.date(2026, 6, 30), due_precision="half")

    assert titles({"o": "due"}) == ["먼저", "늦게", "없음"]


def test_it_lists_the_latest_signed_first_by_default():
    """Without o, the newest signing comes first and unknown dates come last."""
    AgreementFactory(title="미상", signed_on=None)
    AgreementFactory(title="옛", signed_on=datetime.date(2025, 1, 1))
    AgreementFactory(title="새", signed_on=datetime.date(2026, 1, 1))

    assert titles({}) == ["새", "옛", "미상"]


def test_it_ignores_an_invalid_value_instead_of_failing():
    """A broken bookmark shows the error and the unfiltered list, never a 500."""
    AgreementFactory(title="가")

    agreement_filter = AgreementFilter({"due_within": "soon"}, queryset=Agreement.objects.for_list())

    assert not agreement_filter.is_valid()
    assert [a.title for a in agreement_filter.qs] == ["가"]


def test_it_finds_the_last_day_of_the_quarter():
    """Quarters end on 3/31, 6/30, 9/30 and 12/31."""
    assert quarter_end(datetime.date(2026, 3, 2)) == datetime.date(2026, 3, 31)
    assert quarter_end(datetime.date(2026, 4, 1)) == datetime.date(2026, 6, 30)
    assert quarter_end(datetime.date(2026, 12, 31)) == datetime.date(2026, 12, 31)


@FROZEN
def test_it_answers_overdue_and_due_this_quarter_for_big_company_deals_in_two_clicks(client):
    """'100억 이상 기업 협약' then '이번 분기 마감' leaves the overdue and this quarter's deals."""
    company = OrganizationFactory(classification="company")

    def deal(title, due, amount):
        agreement = AgreementFactory(title=title, due_on=due, due_precision="day")
        ParticipationFactory(agreement=agreement, organization=company)
        BudgetFactory(agreement=agreement, amount_krw=amount)

    deal("지난 큰 협약", datetime.date(2026, 2, 1), 300 * 10**8)
    deal("분기 큰 협약", datetime.date(2026, 3, 31), 150 * 10**8)
    deal("다음 분기 큰 협약", datetime.date(2026, 4, 1), 150 * 10**8)
    deal("분기 작은 협약", datetime.date(2026, 3, 31), 50 * 10**8)

    page = client.get(reverse("agreements:list")).content.decode()
    page = client.get(reverse("agreements:list") + link_to(page, "100억 이상 기업 협약")).content.decode()
    response = client.get(reverse("agreements:list") + link_to(page, "이번 분기 마감"))

    shown = [a.title for a in response.context["agreements"]]
    assert shown == ["지난 큰 협약", "분기 큰 협약"]
    assert "협약 2건" in response.content.decode()
    assert "사업비 합계 450억 원" in response.content.decode()


def test_it_sorts_statuses_in_workflow_order():
    """o=status follows planned → signed → in_progress → completed → cancelled."""
    for status in ["cancelled", "completed", "in_progress", "planned", "signed"]:
        AgreementFactory(title=status, status=status)

    assert titles({"o": "status"}) == ["planned", "signed", "in_progress", "completed", "cancelled"]


def test_it_labels_every_sort_order_in_korean():
    """The sort menu says '사업비 큰 순', not '(descending)'."""
    labels = dict(AgreementFilter({}).form.fields["o"].choices)

    assert labels["-budget"] == "사업비 큰 순"
    assert not any("descending" in str(label) for label in labels.values())
