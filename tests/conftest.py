import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jeonju-daily-page.json"


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
