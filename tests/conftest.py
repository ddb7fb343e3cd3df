import json
from pathlib import Path

import pytest
from django.core.cache import caches

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jeonju-daily-page.json"


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with no cached page: a test's writes are rolled back, so the next test's
    data versions repeat its numbers with other data."""
    caches["pages"].clear()


@pytest.fixture
def sample_extraction():
    """The reviewed extraction of the sample page, as `make demo` loads it."""
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    client.user = user
    return client
