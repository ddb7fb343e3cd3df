"""The error pages a visitor can meet with DEBUG off are the site's own, in Korean (or English for a
browser that asks), with a way back, instead of Django's bare English ones."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views import defaults

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    settings.DEBUG = False


def test_a_missing_page_says_so_in_korean_and_leads_back_to_the_list(client, production):
    response = client.get("/agreements/999999/")

    page = response.content.decode()
    assert response.status_code == 404
    assert "찾을 수 없습니다" in page
    assert 'href="/agreements/"' in page
    assert "Not Found" not in page


def test_a_missing_page_in_english_for_a_browser_that_asks(client, production):
    page = client.get("/nothing-here/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "could not be found" in page


@pytest.mark.parametrize(
    ("view", "status", "korean"),
    [
        (defaults.server_error, 500, "서버에 오류가 났습니다"),
        (defaults.bad_request, 400, "잘못된 요청"),
        (defaults.permission_denied, 403, "권한이 없습니다"),
    ],
)
def test_the_other_error_pages_are_the_sites_own(view, status, korean, production):
    request = RequestFactory().get("/agreements/")
    with translation.override("ko"):  # no middleware here to pick the language
        response = view(request) if view is defaults.server_error else view(request, Exception("x"))

    page = response.content.decode()
    assert response.status_code == status
    assert korean in page
    assert 'href="/agreements/"' in page
