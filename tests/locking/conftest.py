"""The optimistic-locking tests' people and agreement: two staff members, Kim and Lee, and one
agreement with a budget (their helpers are in support.py)."""

import pytest

from tests import factories


@pytest.fixture
def kim(django_user_model):
    return django_user_model.objects.create_superuser("kim", "kim@example.org", "pw", last_name="김", first_name="담당")


@pytest.fixture
def lee(django_user_model):
    return django_user_model.objects.create_superuser("lee", "lee@example.org", "pw", last_name="이", first_name="검토")


@pytest.fixture
def agreement():
    agreement = factories.AgreementFactory(title="옛 이름", summary="처음 요약")
    factories.BudgetFactory(agreement=agreement, amount_krw=300_000_000, source_text="3억원")
    return agreement
