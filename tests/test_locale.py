"""Languages: Korean by default, English for a browser that asks for it, and a complete catalogue.

The English catalogue is locale/en/LC_MESSAGES/django.po, compiled to django.mo (committed: Django
does not compile at run time). The catalogue tests name every string that is missing, untranslated,
fuzzy, or compiled from an older .po, so CI says which one to fix.
"""

import ast
import datetime
import re
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation.template import templatize

from agreements.history import agreement_history
from agreements.workflow import agreement_transition
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
KST = datetime.timezone(datetime.timedelta(hours=9))
TODAY = datetime.date(2026, 3, 2)


def at(day):
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, 12, tzinfo=KST), tick=False)


# --- the catalogue -------------------------------------------------------------------------------


def catalogue_entries(path=PO):
    """The .po file's entries as dicts: msgctxt, msgid, msgid_plural, msgstr / msgstr[n], flags.

    A few lines instead of polib: the project does not depend on it."""
    entries = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        entry = {"flags": set()}
        key = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[key] += ast.literal_eval(line)
            else:
                key, _space, value = line.partition(" ")
                entry[key] = ast.literal_eval(value)
        if "msgid" in entry:
            entries.append(entry)
    return entries


def name(entry):
    context = f"[{entry['msgctxt']}] " if "msgctxt" in entry else ""
    return context + entry["msgid"]


def translations(entry):
    return [value for key, value in entry.items() if key.startswith("msgstr")]


PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdif]")


def test_the_catalogue_has_no_fuzzy_or_untranslated_entry():
    entries = catalogue_entries()
    header = entries[0]
    assert header["msgid"] == ""
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header["msgstr"]
    problems = [
        name(entry)
        for entry in entries
        if "fuzzy" in entry["flags"] or (entry["msgid"] and not all(translations(entry)))
    ]
    assert problems == [], "fuzzy or untranslated in django.po (translate, then compilemessages)"


def test_every_translation_keeps_the_placeholders_of_its_original():
    problems = []
    for entry in catalogue_entries()[1:]:
        wanted = sorted(PLACEHOLDER.findall(entry["msgid"]))
        for text in translations(entry):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{name(entry)} → {text}")
    assert problems == []


def used_msgids():
    """(context, msgid) of every literal the code and the templates translate."""
    found = set()
    calls = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
    for app in ("agreements", "people", "config"):
        for path in (ROOT / app).rglob("*.py"):
            if "ingest" in path.parts or "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                literals = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if func in calls and literals and len(literals) == len(node.args[: len(literals)]):
                    if func.startswith("pgettext"):
                        found.add((literals[0], literals[1]))
                    else:
                        found.add((None, literals[0]))
    template_call = re.compile(r"\b(n?p?gettext)\(((?:u?'(?:[^'\\]|\\.)*'(?:, )?)+)")
    for folder in (ROOT / "templates", ROOT / "agreements" / "templates"):
        for path in folder.rglob("*.html"):
            code = templatize(path.read_text(encoding="utf-8"))
            for func, args in template_call.findall(code):
                strings = [ast.literal_eval(s) for s in re.findall(r"u?'(?:[^'\\]|\\.)*'", args)]
                found.add((strings[0], strings[1]) if "p" in func else (None, strings[0]))
            # _("…") in a filter argument, e.g. {{ value|default:_("(없음)") }}
            found.update((None, ast.literal_eval(s)) for s in re.findall(r'\b_\(("(?:[^"\\]|\\.)*")\)', code))
    return found


def test_every_string_the_code_translates_is_in_the_catalogue():
    """A string added without running makemessages (or never translated) is named here."""
    catalogue = {(entry.get("msgctxt"), entry["msgid"]) for entry in catalogue_entries()}
    used = used_msgids()
    assert len(used) > 300  # the scan itself works
    missing = sorted(f"[{ctx}] {msgid}" if ctx else msgid for ctx, msgid in used - catalogue)
    assert missing == [], "run makemessages (README, 'Languages'), translate, compilemessages"


def test_the_compiled_catalogue_matches_the_po_file():
    """Every entry of the .po reads the same through gettext: the committed .mo is not stale."""
    stale = []
    with translation.override("en"):
        for entry in catalogue_entries()[1:]:
            context, msgid = entry.get("msgctxt"), entry["msgid"]
            if "msgid_plural" in entry:
                for n, key in ((1, "msgstr[0]"), (2, "msgstr[1]")):
                    if context:
                        got = translation.npgettext(context, msgid, entry["msgid_plural"], n)
                    else:
                        got = translation.ngettext(msgid, entry["msgid_plural"], n)
                    if got != entry[key]:
                        stale.append(f"{name(entry)} ({n}): {got!r} != {entry[key]!r}")
            else:
                got = translation.pgettext(context, msgid) if context else translation.gettext(msgid)
                if got != entry["msgstr"]:
                    stale.append(f"{name(entry)}: {got!r} != {entry['msgstr']!r}")
    assert stale == [], "run compilemessages and commit django.mo"


# --- pages ---------------------------------------------------------------------------------------


@pytest.fixture
def agreement(db):
    with at(datetime.date(2026, 1, 10)):
        agreement = factories.AgreementFactory(
            title="스마트시티 조성 업무협약",
            place="한빛시청",
            due_on=datetime.date(2026, 3, 3),
            due_precision="day",
        )
        factories.ParticipationFactory(agreement=agreement, organization__name="한빛시")
        factories.ParticipationFactory(agreement=agreement, organization__name="새솔㈜")
        factories.BudgetFactory(agreement=agreement)
        factories.TargetFactory(agreement=agreement)
        factories.CommitmentFactory(agreement=agreement)
    return agreement


def page(client, url, language=None):
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    with at(TODAY):
        response = client.get(url, **headers)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_list_is_in_english_for_a_browser_that_asks(client, agreement):
    html = page(client, reverse("agreements:list"), "en-US,en;q=0.9")

    assert '<html lang="en">' in html
    assert "<h1>Agreements</h1>" in html
    for label in ("Title", "Parties", "Status", "Signed on", "Due", "Budget (100M KRW)", "More filters"):
        assert label in html
    assert "1 agreement" in html and "Total budget" in html
    assert '<span class="status status-signed">Signed</span>' in html
    assert '<span class="kind">MOU</span>' in html
    for status in ("Planned", "In progress", "Completed", "Cancelled"):
        assert status in html  # the status filter's choices
    assert "3/3/2026" in html  # the due date
    assert "3,007" in html  # the 억원 column's number
    assert "협약 목록" not in html and "체결일" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", [None, "ko", "ko-KR,ko;q=0.9,en;q=0.8"])
def test_the_list_is_in_korean_by_default_and_for_korean_browsers(client, agreement, language):
    html = page(client, reverse("agreements:list"), language)

    assert '<html lang="ko">' in html
    assert "<h1>협약 목록</h1>" in html
    assert "사업비(억원)" in html and "협약 1건" in html
    assert '<span class="status status-signed">체결</span>' in html
    assert "2026년 3월 3일" in html
    assert "Agreements" not in html


@pytest.mark.django_db
def test_the_detail_page_in_english(client, agreement):
    html = page(client, agreement.get_absolute_url(), "en")

    for label in ("Signed on", "Place of signing", "Project location", "Department", "Parties"):
        assert f">{label}<" in html
    for heading in ("Budget", "Targets", "Commitments", "Change history", "Source article"):
        assert f"<h2>{heading}</h2>" in html or heading == "Source article"
    assert "1/20/2026" in html  # the signing date
    assert "(1 day left)" in html
    assert "<strong>3,007억 원</strong>" in html  # amounts keep their Korean units
    assert "스마트시티 조성 업무협약" in html  # data stays as entered
    assert "체결 장소" not in html


@pytest.mark.django_db
def test_the_deadlines_page_in_english(client, agreement):
    factories.TargetFactory(agreement=agreement, description="착공", due_on=datetime.date(2026, 2, 27))

    html = page(client, reverse("agreements:deadlines"), "en")

    assert "<h1>Deadlines</h1>" in html
    assert "3 deadlines" in html
    for section in ("Overdue", "Within 30 days", "Next year and later"):
        assert section in html
    assert "3 days overdue" in html and "1 day left" in html
    assert '<span class="tag">Target</span>' in html and '<span class="tag">Due</span>' in html
    assert "Download .ics" in html
    assert "기한" not in html.replace("기한 지남", "")  # only Korean data, no Korean labels


@pytest.mark.django_db
def test_the_admin_change_form_labels_fields_in_english(staff_client, agreement):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])

    english = page(staff_client, url, "en")
    korean = page(staff_client, url, "ko")

    for label in ("Title:", "Type:", "Status:", "Signed on:", "Place of signing:", "Due:", "Department:"):
        assert label in english
    for heading in ("Deadline and completion", "Participating organizations", "Budgets", "Targets"):
        assert heading in english
    assert "Save and continue editing" in english  # Django's own English
    assert "체결 장소:" in korean and "Place of signing" not in korean


@pytest.mark.django_db
def test_a_status_change_made_in_english_is_not_repeated_as_a_note(client, django_user_model, agreement):
    """The workflow's own reason is recognised in every language, so it is not shown twice."""
    user = django_user_model.objects.create_user("kim")
    with translation.override("en"):
        agreement_transition(agreement=agreement, to="in_progress", on=TODAY, by=user)

    assert agreement.history.latest().history_change_reason.startswith("Status: ")
    entries = agreement_history(agreement)
    assert any("상태: 체결 → 추진중" in line for entry in entries for line in entry.lines())
    assert [entry.note for entry in entries if entry.note] == []


def test_korean_is_the_default_language():
    assert settings.LANGUAGE_CODE.startswith("ko")
    assert [code for code, _name in settings.LANGUAGES] == ["ko", "en"]


def test_the_admin_names_the_login_lockouts_and_the_task_queue_in_korean(staff_client):
    """django-axes and django-tasks-db come without Korean: the project's ko catalogue gives it."""
    from axes.models import AccessAttempt

    AccessAttempt.objects.create(
        username="kim", ip_address="10.0.0.9", user_agent="x", http_accept="*/*", path_info="/admin/login/",
        get_data="", post_data="", failures_since_start=3,
    )
    index = staff_client.get(reverse("admin:index")).content.decode()
    attempts = staff_client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    tasks = staff_client.get(reverse("admin:django_tasks_database_dbtaskresult_changelist")).content.decode()

    for english in ("Axes", "Access attempts", "Access failures", "Access logs", "Tasks Database Backend", "Task Results"):
        assert english not in index
    assert "로그인 시도" in index and "로그인 잠금" in index and "작업 결과" in index
    assert "IP Address" not in attempts and "IP 주소" in attempts
    assert "Task Results" not in tasks and "작업 결과" in tasks
