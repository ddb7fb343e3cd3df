"""The list's rows, drawn in Python rather than by the template engine (templatetags/hyeopyak.py,
`agreement_rows`): what a person reads in each column, every text escaped, on the list and on an
organisation's page."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.factories import AgreementFactory, BudgetFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


@time_machine.travel(datetime.date(2026, 12, 3))
def test_each_column_shows_what_the_agreement_holds_escaped(client):
    body = OrganizationFactory(name="<b>가람</b> & 누리")
    agreement = AgreementFactory(
        title="<script>alert(1)</script> 협약",
        status="signed",
        review_state="extracted",
        signed_on=None,
        signed_on_text="지난달 & 말",
        due_on=datetime.date(2026, 11, 30),
        due_precision="month",
    )
    ParticipationFactory(agreement=agreement, organization=body)
    BudgetFactory(agreement=agreement, amount_krw=300_700_000_000)

    for url in (reverse("agreements:list"), reverse("agreements:organization", args=[body.pk])):
        page = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; 협약" in page
        assert "&lt;b&gt;가람&lt;/b&gt; &amp; 누리" in page
        assert '<span class="muted">지난달 &amp; 말</span>' in page
        assert '<span class="badge draft">검토 대기</span>' in page
        assert '2026년 11월 <span class="overdue">3일 지남</span>' in page
        assert '<td class="num" data-label="사업비(억원)">3,007</td>' in page


def test_an_empty_list_says_so(client):
    page = client.get(reverse("agreements:list"), {"q": "없는 말"}).content.decode()
    assert "조건에 맞는 협약이 없습니다." in page
