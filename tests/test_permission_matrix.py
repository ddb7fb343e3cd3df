"""The standing permission matrix (issue 9): every URL the resolver knows and every admin action,
× {anonymous, 열람자, 담당자, 검토자, superuser} × {GET, POST}, against tests/permission_rules.py.

The URLs are generated from config.urls, so a new view is checked as soon as it exists: until it has
a rule it fails test_every_url_has_a_rule by name. Each request runs in a savepoint that is rolled
back, so every cell starts from the same database; a refused request must leave it unchanged.
"""

import re
from dataclasses import dataclass, field

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from agreements.models import DeadlineReminder, OriginalFile
from tests import factories
from tests.adminforms import change_form_data
from tests.permission_rules import (
    ANONYMOUS,
    ROLES,
    SUPERUSER,
    URL_RULES,
    WHEN_PUBLIC_READ_IS_OFF,
    action_rule,
)

pytestmark = pytest.mark.django_db

APP_LABELS = ["agreements", "people", "auth", "axes"]


# --- the URLs, from the resolver ----------------------------------------------------------------


@dataclass
class Pattern:
    key: str  # its URL name, or "/<route>" when it has none: what permission_rules.py names
    route: str


def url_patterns(resolver=None, prefix="", namespace=""):
    """Every URL pattern of config.urls, walking included resolvers."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace]))
            yield from url_patterns(entry, prefix + str(entry.pattern), inner)
            continue
        route = prefix + str(entry.pattern)
        if entry.name:
            yield Pattern(":".join(filter(None, [namespace, entry.name])), route)
        else:
            yield Pattern("/" + route, route)


def model_label_of(route):
    """ "agreements.budget" for a route under /admin/agreements/budget/, else None."""
    for model in admin.site._registry:
        if route.startswith(f"admin/{model._meta.app_label}/{model._meta.model_name}/"):
            return model._meta.label_lower
    return None


CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")
NAMED_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")
UNNAMED_GROUP = re.compile(r"\([^?][^)]*\)")


def fill(route, values):
    """The route with real values for its converters and regex groups (positional ones from "*")."""
    route = route.replace("/^", "/").removeprefix("^").removesuffix("$")
    route = NAMED_GROUP.sub(lambda m: str(values[m[1]]), route)
    route = CONVERTER.sub(lambda m: str(values[m[1]]), route)
    positional = iter(values.get("*", []))
    return "/" + UNNAMED_GROUP.sub(lambda m: str(next(positional)), route)


# --- the records the URLs point at --------------------------------------------------------------


@dataclass
class World:
    objects: dict  # model label → one row
    extra: dict = field(default_factory=dict)


@pytest.fixture
def world(django_user_model):
    login = {
        "user_agent": "x",
        "ip_address": "127.0.0.1",
        "username": "kim",
        "http_accept": "*/*",
        "path_info": "/",
    }
    participation = factories.ParticipationFactory(agreement__article=factories.ArticleFactory())
    agreement = participation.agreement
    target = factories.TargetFactory(agreement=agreement)
    objects = {
        "agreements.agreement": agreement,
        "agreements.participation": participation,
        "agreements.budget": factories.BudgetFactory(agreement=agreement),
        "agreements.target": target,
        "agreements.commitment": factories.CommitmentFactory(agreement=agreement),
        "agreements.importconflict": factories.ImportConflictFactory(
            agreement=agreement, incoming_data={"title": "새 이름"}
        ),
        "agreements.sourcedocument": agreement.article.document,
        "agreements.article": agreement.article,
        "agreements.deadlinereminder": DeadlineReminder.objects.create(
            agreement=agreement, deadline_key="due", window="d7", sent_to="kim@example.org"
        ),
        "agreements.importjob": factories.ImportJobFactory(),
        "agreements.matchproposal": factories.MatchProposalFactory(agreement=agreement),
        "django_tasks_database.dbtaskresult": DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="agreements.tasks.run_import_job",
            backend_name="default",
            run_after=timezone.now(),
        ),
        "people.organization": participation.organization,
        "people.person": factories.PersonFactory(),
        "people.membership": factories.MembershipFactory(),
        "auth.user": django_user_model.objects.create_user("someone", password="pw"),
        "auth.group": Group.objects.create(name="임시"),
        **{
            f"axes.{model._meta.model_name}": model.objects.create(**login, **more)
            for model, more in [
                (AccessAttempt, {"get_data": "", "post_data": "", "failures_since_start": 1}),
                (AccessLog, {}),
                (AccessFailureLog, {}),
            ]
        },
    }
    # the document's original file, which its view serves
    OriginalFile.objects.create(document=agreement.article.document, data=b"original")
    second = factories.OrganizationFactory()
    public = {
        "agreements:detail": {"pk": agreement.pk},
        "agreements:change_status": {"pk": agreement.pk},
        "agreements:target_met": {"pk": target.pk},
        "agreements:organization": {"pk": participation.organization.pk},
        "admin:view_on_site": {
            "content_type_id": ContentType.objects.get_for_model(agreement).pk,
            "object_id": agreement.pk,
        },
        "/admin/(?P<url>.*)$": {"url": "nowhere/"},
    }
    return World(objects, {"public": public, "second_organization": second})


def values_for(pattern, world):
    label = model_label_of(pattern.route)
    if label is None:
        return world.extra["public"].get(pattern.key, {})
    obj = world.objects[label]
    history = getattr(obj, "history", None)
    latest = history.latest().history_id if history is not None and hasattr(history, "latest") else None
    conflict = world.objects["agreements.importconflict"]
    return {
        "object_id": obj.pk,
        "pk": obj.pk,
        "id": obj.pk,
        "conflict_pk": conflict.pk,
        "match_pk": world.objects["agreements.matchproposal"].pk,
        "*": [obj.pk, latest],
    }


# What a POST sends; anything not named here posts the form a superuser is shown (for change and
# history forms: the current values, a save that would succeed) or nothing.
POST_DATA = {
    "agreements:change_status": {"to": "in_progress"},
    "admin:agreements_agreement_conflict": {"decision": "accept"},
    "admin:agreements_agreement_match": {"decision": "reject"},
    "set_language": {"language": "en", "next": "/"},
}
# What a GET asks for, where a view needs a query string to do its work.
QUERY = {
    "admin:autocomplete": "?app_label=agreements&model_name=participation&field_name=organization&term=한"
}


def form_pages(label):
    """The URL names whose POST is the form a superuser is shown: a model's change and history forms."""
    if label is None:
        return ()
    name = label.replace(".", "_")
    return (f"admin:{name}_change", f"admin:{name}_simple_history")


@dataclass
class Case:
    key: str  # the rule's key
    name: str  # what a failure calls it
    url: str
    post: dict


def cases(world, superuser_client=None):
    """Every URL pattern as one request (admin:app_list: one per app), with its POST data (the forms a
    superuser is shown only when `superuser_client` is given)."""
    found = []
    for pattern in url_patterns():
        expansions = [(pattern.key, {})]
        if pattern.key == "admin:app_list":
            expansions = [(f"admin:app_list[{app}]", {"app_label": app}) for app in APP_LABELS]
        for key, more in expansions:
            url = fill(pattern.route, {**values_for(pattern, world), **more})
            assert resolve(url).route == pattern.route.replace("/^", "/"), (
                f"{key}: {url} reaches {resolve(url).route!r}, not {pattern.route!r}"
            )
            if key.endswith("_delete"):
                post = {"post": "yes"}
            elif superuser_client and key.endswith(form_pages(model_label_of(pattern.route))):
                shown = superuser_client.get(url)
                # a page with no form (an import job's progress page) posts nothing
                post = change_form_data(shown) if "adminform" in (shown.context or {}) else {}
            else:
                post = POST_DATA.get(key, {})
            url += QUERY.get(key, "")
            found.append(Case(key, f"{key} {url}", url, post))
    return found


def action_cases(world, superuser):
    """Every admin action of every ModelAdmin, as the changelist POST that runs it."""
    request = RequestFactory().get("/admin/")
    request.user = superuser
    found = []
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        obj = world.objects[label]
        for action in model_admin.get_actions(request):
            post = {"action": action, "_selected_action": [obj.pk]}
            if action == "delete_selected":
                post["post"] = "yes"
            if action == "merge_organizations":
                keep = world.extra["second_organization"]
                post.update({"_selected_action": [obj.pk, keep.pk], "confirm": "yes", "keep": keep.pk})
            url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
            found.append(Case((label, action), f"{label} action {action}", url, post))
    return found


# --- the requests -------------------------------------------------------------------------------


def database_state():
    """Every row of every table except sessions: what a refused request must leave alone."""
    state = {}
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if model._meta.app_label != "sessions" and not model._meta.proxy:
                cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)} ORDER BY 1")
                state[model._meta.db_table] = cursor.fetchall()
    return state


@dataclass
class Outcome:
    allowed: bool
    status: int
    changed: bool
    note: str = ""

    def __str__(self):
        return f"{'allowed' if self.allowed else 'refused'} ({self.status}{', wrote to the database' if self.changed else ''}{self.note})"


def run(client, role, method, case, before, is_action=False):
    """One cell: the request in a savepoint that is rolled back, and how it went.

    `before` is the database to compare with, or None when it does not matter (an allowed request)."""
    if client.session_key:
        client.cookies[settings.SESSION_COOKIE_NAME] = client.session_key  # a logout earlier is undone
    try:
        with transaction.atomic():
            response = client.get(case.url) if method == "GET" else client.post(case.url, case.post)
            changed = before is not None and database_state() != before
            transaction.set_rollback(True)
    except Exception as exc:  # noqa: BLE001 — a crash is a wrong cell, reported with the others
        return Outcome(False, 500, False, f", {type(exc).__name__}: {exc}")
    status = response.status_code
    refused = status in (400, 403, 404, 405)
    if status in (301, 302):
        target = response.url
        # admin_view sends anonymous visitors to log in, directly or (from logout) by the index
        refused = "/login/" in target or (role == ANONYMOUS and target.startswith("/admin/"))
    if is_action and not refused and not changed:
        # An action that did not run writes nothing and leads back to the changelist: a redirect ("no
        # action selected") or, for someone offered no action at all, the changelist itself.
        refused = status != 200 or "cl" in (response.context or {})
    return Outcome(not refused, status, changed)


@pytest.fixture
def clients(django_user_model):
    """A logged-in client per role (anonymous: not logged in)."""
    made = {}
    for role in ROLES:
        client = Client()
        client.session_key = None
        if role == SUPERUSER:
            user = django_user_model.objects.create_superuser("super", "super@example.org", "pw")
        elif role != ANONYMOUS:
            user = django_user_model.objects.create_user(f"user-{role}", password="pw", is_staff=True)
            user.groups.add(Group.objects.get(name=role))
        if role != ANONYMOUS:
            client.force_login(user)
            client.user = user
            client.session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
        made[role] = client
    return made


def wrong_cells(role, client, all_cases, actions, rules=URL_RULES):
    before = database_state()
    wrong = []
    for case in all_cases:
        for method, allowed_roles in zip(("GET", "POST"), rules[case.key], strict=True):
            expected = role in allowed_roles
            outcome = run(client, role, method, case, None if expected else before)
            if outcome.allowed != expected or (not expected and outcome.changed) or outcome.status >= 500:
                wrong.append(
                    f"{role} {method} {case.name}: expected {'allowed' if expected else 'refused'}, got {outcome}"
                )
    for case in actions:
        label, action = case.key
        outcome = run(client, role, "POST", case, before, is_action=True)
        expected = role in action_rule(label, action)
        if outcome.allowed != expected or outcome.status >= 500:
            wrong.append(
                f"{role} POST {case.name}: expected {'allowed' if expected else 'refused'}, got {outcome}"
            )
    return wrong


# --- the tests ----------------------------------------------------------------------------------


def test_every_url_has_a_rule():
    """A URL pattern without a rule in permission_rules.py fails here, by name; so does a stale rule."""
    keys = set()
    for pattern in url_patterns():
        if pattern.key == "admin:app_list":
            keys.update(f"admin:app_list[{app}]" for app in APP_LABELS)
        else:
            keys.add(pattern.key)
    assert not keys - URL_RULES.keys(), f"URLs with no permission rule: {sorted(keys - URL_RULES.keys())}"
    assert not URL_RULES.keys() - keys, (
        f"rules for URLs that no longer exist: {sorted(URL_RULES.keys() - keys)}"
    )


def test_every_admin_action_has_a_rule(django_user_model):
    """An admin action without a rule in permission_rules.py fails here, by name."""
    request = RequestFactory().get("/admin/")
    request.user = django_user_model(is_superuser=True, is_staff=True, is_active=True)
    missing = [
        f"{model._meta.label_lower} {action}"
        for model, model_admin in admin.site._registry.items()
        for action in model_admin.get_actions(request)
        if action_rule(model._meta.label_lower, action) is None
    ]
    assert not missing, f"admin actions with no permission rule: {missing}"


def test_each_role_is_allowed_exactly_what_its_rules_say(clients, world):
    """GET and POST every URL and every admin action as each role; list every cell that is wrong."""
    superuser = clients[SUPERUSER]
    url_cases, actions = cases(world, superuser), action_cases(world, superuser.user)
    wrong = [line for role in ROLES for line in wrong_cells(role, clients[role], url_cases, actions)]
    cells = len(ROLES) * (2 * len(url_cases) + len(actions))
    assert not wrong, f"{len(wrong)} of {cells} cells are wrong:\n" + "\n".join(wrong)


def test_with_public_read_off_an_anonymous_visitor_must_log_in(clients, world, settings):
    """PUBLIC_READ=0: the public pages and feeds refuse a visitor who is not logged in."""
    settings.PUBLIC_READ = False
    url_cases = cases(world)  # refused before any form is read: no form data needed
    rules = {**URL_RULES, **WHEN_PUBLIC_READ_IS_OFF}

    wrong = wrong_cells(ANONYMOUS, clients[ANONYMOUS], url_cases, [], rules)

    assert not wrong, f"{len(wrong)} wrong cells:\n" + "\n".join(wrong)


def test_a_new_view_without_a_rule_is_named(settings):
    """The guard itself: a URL added without a rule makes the rule check fail, naming it."""
    settings.ROOT_URLCONF = "tests.urls_with_a_new_view"

    with pytest.raises(AssertionError, match="'secret'"):
        test_every_url_has_a_rule()
