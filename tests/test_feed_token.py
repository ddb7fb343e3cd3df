"""The per-user subscription address of /deadlines.ics: a signed token stands in for the login a
calendar app cannot do, for that feed only."""

import datetime
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from agreements.calendar import feed_token, feed_user
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))
FROZEN = time_machine.travel(datetime.datetime(2026, 3, 2, 12, 0, tzinfo=KST), tick=False)
FEED = reverse("agreements:deadlines_ics")


@pytest.fixture
def private(settings):
    """Reading needs a login (PUBLIC_READ=0); one agreement with a deadline to leak or not."""
    settings.PUBLIC_READ = False
    settings.SITE_URL = "https://hyeopyak.example"
    return AgreementFactory(
        title="비공개 투자협약", kind="investment", due_on=datetime.date(2026, 5, 1), due_precision="day"
    )


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("kim", password="first-password")


def feed(client, token, query=""):
    return client.get(f"{FEED}?{query}{'&' if query else ''}token={token}")


def tampered(token):
    return token[:-1] + ("A" if token[-1] != "A" else "B")


@FROZEN
def test_it_serves_the_feed_to_a_valid_token(client, private, user):
    """An anonymous calendar app with the token gets the calendar, parsed back with icalendar."""
    response = feed(client, feed_token(user))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [f"agreement-{private.pk}-due@hyeopyak"]


@FROZEN
def test_it_applies_the_filters_with_a_token(client, private, user):
    """The token is one more parameter: the list's filters still choose the deadlines."""
    AgreementFactory(title="다른 협약", kind="mou", due_on=datetime.date(2026, 6, 1), due_precision="day")

    calendar = icalendar.Calendar.from_ical(feed(client, feed_token(user), "kind=investment").content)

    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [f"agreement-{private.pk}-due@hyeopyak"]


@FROZEN
@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(tampered, id="tampered signature"),
        pytest.param(lambda token: "", id="empty"),
        pytest.param(lambda token: "garbage", id="garbage"),
        pytest.param(lambda token: token.split(".")[0], id="id without signature"),
        pytest.param(lambda token: "99999999999999999999999." + token.split(".")[1], id="id out of range"),
        pytest.param(lambda token: "x" + token, id="id not a number"),
    ],
)
def test_it_refuses_a_bad_token_without_data(client, private, user, bad):
    """403 with an explanation; nothing of the calendar."""
    response = feed(client, bad(feed_token(user)))

    assert response.status_code == 403
    assert "구독 주소가 맞지 않거나" in response.content.decode()
    assert "비공개 투자협약" not in response.content.decode()
    assert b"VCALENDAR" not in response.content


@FROZEN
def test_it_refuses_one_users_signature_on_another_users_id(client, private, user, django_user_model):
    """The signature covers the id: another user's id with my signature is refused."""
    other = django_user_model.objects.create_user("lee", password="other-password")
    signature = feed_token(user).split(".")[1]

    assert feed(client, f"{other.pk}.{signature}").status_code == 403


@FROZEN
def test_it_refuses_the_token_of_an_inactive_user(client, private, user, django_user_model):
    """Deactivating someone ends their subscriptions."""
    other = django_user_model.objects.create_user("lee", password="other-password")
    token = feed_token(other)
    assert feed(client, token).status_code == 200
    other.is_active = False
    other.save()

    assert feed(client, token).status_code == 403
    assert feed_user(token) is None


@FROZEN
def test_a_new_password_revokes_the_old_address(client, private, user):
    """The token is signed with the password hash: after a change only the new one works."""
    old = feed_token(user)
    user.set_password("second-password")
    user.save()

    assert feed(client, old).status_code == 403
    assert feed(client, feed_token(user)).status_code == 200


def test_the_token_stays_the_same_between_visits(user):
    """A calendar subscribed once keeps working: the address does not change with each page view."""
    assert feed_token(user) == feed_token(user)
    assert feed_user(feed_token(user)) == user


@FROZEN
def test_it_opens_the_feed_only(client, private, user):
    """On every other page the token is ignored: an anonymous visitor is sent to log in."""
    token = feed_token(user)
    pages = [
        reverse("agreements:list"),
        reverse("agreements:deadlines"),
        reverse("agreements:detail", args=[private.pk]),
        reverse("agreements:export_csv"),
        reverse("agreements:calendar"),
    ]

    for page in pages:
        response = client.get(f"{page}?token={token}")
        assert response.status_code == 302, page
        assert "/admin/login/" in response["Location"]
    assert feed(client, token).status_code == 200
    assert client.get(reverse("agreements:list")).status_code == 302  # and nobody was logged in


@FROZEN
def test_it_still_asks_for_a_login_without_a_token(client, private):
    """The plain feed is not public when reading is not."""
    response = client.get(FEED)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@FROZEN
def test_it_shows_a_logged_in_user_their_own_address(client, private, user):
    """'캘린더 구독 주소' with the page's filters and a token that opens the feed for this user."""
    client.force_login(user)

    response = client.get(reverse("agreements:deadlines") + "?kind=investment&page=2")

    page = response.content.decode()
    assert "캘린더 구독 주소" in page
    assert "비밀번호를 바꾸면" in page
    address = urlsplit(response.context["subscription_url"])
    assert (address.scheme, address.netloc, address.path) == ("https", "hyeopyak.example", FEED)
    params = parse_qs(address.query)
    assert params.keys() == {"kind", "token"}
    assert feed_user(params["token"][0]) == user
    assert Client().get(f"{FEED}?{address.query}").status_code == 200  # a fresh client: no session


@FROZEN
def test_it_shows_the_plain_address_when_reading_is_public(client, private, user, settings):
    """With PUBLIC_READ=1 nothing is secret: the address has no token, and the plain feed works."""
    settings.PUBLIC_READ = True
    client.force_login(user)

    response = client.get(reverse("agreements:deadlines") + "?kind=investment")

    assert response.context["subscription_url"] == f"https://hyeopyak.example{FEED}?kind=investment"
    assert "비밀번호를 바꾸면" not in response.content.decode()
    assert Client().get(FEED).status_code == 200


@FROZEN
def test_it_refuses_a_bad_token_even_when_reading_is_public(client, private, user, settings):
    """A dead subscription shows as one instead of quietly serving the public feed."""
    settings.PUBLIC_READ = True

    assert feed(client, tampered(feed_token(user))).status_code == 403
    assert feed(client, feed_token(user)).status_code == 200


@FROZEN
def test_it_serves_the_token_feed_in_five_queries(client, private, user, django_assert_num_queries):
    """The token costs one query, the user; then the page cache's data version and the feed's three."""
    token = feed_token(user)

    # 1: the active user of the token; 2: the data version (page cache); 3, 4: the coming and the
    # overdue deadlines; 5: their agreements (no targets here, so no query for them).
    with django_assert_num_queries(5):
        response = feed(client, token, "kind=investment")

    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 1


@FROZEN
def test_it_shows_the_address_in_a_fixed_number_of_queries(client, private, user, django_assert_num_queries):
    """Signing the address needs no query: the logged-in page costs the session and user lookups more."""
    client.force_login(user)

    # 1: the session; 2: the user; 3: every section's count; 4: every section's first rows, with
    # the agreements and targets they show.
    with django_assert_num_queries(4):
        response = client.get(reverse("agreements:deadlines") + "?kind=investment")

    assert "token=" in response.context["subscription_url"]
