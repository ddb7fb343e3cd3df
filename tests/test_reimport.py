import copy
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from agreements.loader import LoadReport, load_extraction
from agreements.matching import match_confirm
from agreements.models import Agreement, Budget, ImportConflict, MatchProposal, Participation, Target
from agreements.review import agreement_review, conflict_resolve
from tests.adminforms import change_form_data

pytestmark = pytest.mark.django_db


def corrected(extraction, change):
    """The sample page as a corrected document would bring it (another sha256)."""
    data = copy.deepcopy(extraction)
    data["sha256"] = "c" * 64
    change(data["articles"][0]["agreements"][0])
    return data


def load_confirmed(data):
    """Load a later document, and have a reviewer confirm every match it proposes.

    A different document never updates an agreement by itself: it makes drafts and proposes them
    as the same agreements; confirming each brings its values in. Returns one report of all that
    came in (what was left alone, the conflicts, the agreements' counts).
    """
    load_extraction(data)
    reviewer, _ = get_user_model().objects.get_or_create(username="match-reviewer")
    report = LoadReport()
    for proposal in MatchProposal.objects.filter(state=MatchProposal.State.OPEN).order_by("id"):
        confirmed = match_confirm(proposal=proposal, by=reviewer)
        report.left_alone += confirmed.left_alone
        report.conflicts += confirmed.conflicts
        for kind, counter in confirmed.counts.items():
            for outcome, n in counter.items():
                report.counts.setdefault(kind, counter.__class__())[outcome] += n
    return report


def mou():
    return Agreement.objects.get(kind="mou")


def edit_in_admin(client, agreement, **changes):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    agreement.refresh_from_db()
    return agreement


def test_it_locks_the_fields_a_person_edits_in_the_admin(sample_extraction, staff_client):
    """Only the fields changed in the form go into locked_fields; the deadline box locks both columns."""
    load_extraction(sample_extraction)

    agreement = edit_in_admin(staff_client, mou(), place="시청 4층 대회의실", due="2027-06")

    assert agreement.locked_fields == ["due_on", "due_precision", "place"]
    assert agreement.due_precision == "month"


def test_it_saves_an_untouched_form_without_locking_anything(sample_extraction, staff_client):
    """Opening and saving the change form as it is changes nothing and locks nothing."""
    load_extraction(sample_extraction)

    agreement = edit_in_admin(staff_client, mou())

    assert agreement.locked_fields == []
    assert not Participation.objects.filter(locked=True).exists()
    assert not Budget.objects.filter(locked=True).exists()


def test_it_keeps_an_edited_field_and_records_the_conflict(sample_extraction, staff_client):
    """A re-import after an edit keeps the person's value and records what the document says."""
    load_extraction(sample_extraction)
    edit_in_admin(staff_client, mou(), place="시청 4층 대회의실")

    report = load_confirmed(
        corrected(sample_extraction, lambda d: d.update(place="시청 5층", location="덕진구"))
    )

    agreement = mou()
    assert agreement.place == "시청 4층 대회의실"
    assert agreement.location == "덕진구"  # nobody touched it
    conflict = ImportConflict.objects.get(field="place")
    assert (conflict.kept_value, conflict.incoming_value) == ("시청 4층 대회의실", "시청 5층")
    assert (agreement.pk, "place") in report.left_alone
    assert Agreement.objects.count() == 4


def test_it_keeps_a_corrected_budget_and_records_the_new_amount(sample_extraction, staff_client):
    """'The article now says 3000억 where a person kept 3007억': one budget, one conflict."""
    load_extraction(sample_extraction)
    agreement = mou()
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(staff_client.get(url))
    budget_field = next(k for k in data if k.startswith("budgets-") and k.endswith("-amount_krw"))
    data[budget_field] = "3,007억 원"
    data[budget_field.replace("amount_krw", "source")] = "private"
    assert staff_client.post(url, data).status_code == 302
    assert Budget.objects.get(agreement=agreement).locked

    report = load_confirmed(
        corrected(
            sample_extraction, lambda d: d["budgets"][0].update(text="3000억원", amount_krw=300_000_000_000)
        )
    )

    budgets = Budget.objects.filter(agreement=agreement)
    assert [(b.amount_krw, b.source) for b in budgets] == [(300_700_000_000, "private")]
    conflict = ImportConflict.objects.get(agreement=agreement)
    assert conflict.kept_value == "사업비: 3,007억 원 (3007억원)"
    assert conflict.incoming_value == "사업비: 3,000억 원 (3000억원)"
    assert report.conflicts == 1


def test_it_keeps_a_budget_corrected_on_its_own_admin_page(sample_extraction, staff_client):
    """A budget corrected on the budget admin page is locked like one corrected in the inline."""
    load_extraction(sample_extraction)
    budget = Budget.objects.get(agreement=mou())
    url = reverse("admin:agreements_budget_change", args=[budget.pk])
    data = change_form_data(staff_client.get(url))
    data["source"] = "private"
    assert staff_client.post(url, data).status_code == 302

    load_extraction(copy.deepcopy(sample_extraction))

    budget.refresh_from_db()
    assert budget.locked
    assert budget.source == "private"


def test_it_does_not_bring_back_a_budget_deleted_on_its_own_admin_page(sample_extraction, staff_client):
    """A budget deleted on the budget admin page stays deleted, as one deleted in the inline."""
    load_extraction(sample_extraction)
    budget = Budget.objects.get(agreement=mou())
    url = reverse("admin:agreements_budget_delete", args=[budget.pk])
    assert staff_client.post(url, {"post": "yes"}).status_code == 302

    load_extraction(copy.deepcopy(sample_extraction))

    assert not Budget.objects.filter(agreement=mou()).exists()


def test_it_does_not_bring_back_targets_deleted_from_their_admin_list(sample_extraction, staff_client):
    """Targets deleted with the target list's delete action stay deleted."""
    load_extraction(sample_extraction)
    pks = [str(pk) for pk in Target.objects.filter(agreement=mou()).values_list("pk", flat=True)]
    url = reverse("admin:agreements_target_changelist")
    data = {"action": "delete_selected", "_selected_action": pks, "post": "yes"}
    assert staff_client.post(url, data).status_code == 302

    load_extraction(copy.deepcopy(sample_extraction))

    assert not Target.objects.filter(agreement=mou()).exists()


def test_it_changes_nothing_when_the_same_document_comes_again_after_edits(sample_extraction, staff_client):
    """Loading the same document after a person's edit leaves everything as the person left it."""
    load_extraction(sample_extraction)
    edit_in_admin(staff_client, mou(), title="전북 AI 데이터센터 업무협약")

    report = load_extraction(copy.deepcopy(sample_extraction))

    assert mou().title == "전북 AI 데이터센터 업무협약"
    assert report.total("created") == 0
    assert report.counts["agreement"]["updated"] == 0
    assert ImportConflict.objects.count() == 1  # the title the article still gives
    assert Agreement.objects.count() == 4


def test_it_keeps_a_target_a_person_marked_met_when_the_document_comes_again(sample_extraction, staff_client):
    """Re-importing the same document keeps the date a person recorded a target as met."""
    load_extraction(sample_extraction)
    target = Target.objects.filter(agreement=mou()).first()
    targets = Target.objects.filter(agreement=mou()).count()
    staff_client.post(reverse("agreements:target_met", args=[target.pk]), {"on": "2026-03-02"})

    load_extraction(copy.deepcopy(sample_extraction))

    target.refresh_from_db()
    assert target.met_on == datetime.date(2026, 3, 2)
    assert Target.objects.filter(agreement=mou()).count() == targets


def test_it_records_the_same_conflict_once(sample_extraction, staff_client):
    """Re-importing the same corrected document twice does not repeat its conflicts."""
    load_extraction(sample_extraction)
    edit_in_admin(staff_client, mou(), place="시청 4층 대회의실")
    again = corrected(sample_extraction, lambda d: d.update(place="시청 5층"))

    load_confirmed(again)
    load_extraction(copy.deepcopy(again))

    assert ImportConflict.objects.filter(field="place").count() == 1


def test_it_leaves_a_reviewed_agreement_alone(sample_extraction, django_user_model):
    """A reviewed agreement is locked as a whole: values and parts stay, conflicts are recorded."""
    load_extraction(sample_extraction)
    agreement_review(agreement=mou(), by=django_user_model.objects.create_user("reviewer"))

    def change(draft):
        draft["title"] = "새 협약명"
        draft["targets"][0].update(text="2028년 완공", due="2028")
        draft["budgets"].append({"text": "50억원", "amount_krw": 5_000_000_000, "source": "public"})

    report = load_confirmed(corrected(sample_extraction, change))

    agreement = mou()
    assert agreement.title == "전북 AI 데이터센터 구축 및 운영 업무협약"
    assert agreement.due_on.year == 2027
    assert Budget.objects.filter(agreement=agreement).count() == 1
    fields = set(ImportConflict.objects.values_list("field", flat=True))
    assert {"title", "due", "budget:new"} <= fields
    assert report.counts["agreement"]["unchanged"] == 4


def test_it_does_not_bring_back_a_part_a_person_deleted(sample_extraction, staff_client):
    """Removing a wrong target in the admin locks the list of targets against re-imports."""
    load_extraction(sample_extraction)
    agreement = mou()
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(staff_client.get(url))
    target_id = Target.objects.get(agreement=agreement, unit="㎡").pk
    prefix = next(
        k[: -len("-id")] for k, v in data.items() if k.startswith("targets-") and v == str(target_id)
    )
    data[f"{prefix}-DELETE"] = "on"
    assert staff_client.post(url, data).status_code == 302

    load_confirmed(corrected(sample_extraction, lambda d: d.update(place="시청 5층")))

    agreement.refresh_from_db()
    assert "targets" in agreement.locked_fields
    assert not Target.objects.filter(agreement=agreement, unit="㎡").exists()
    assert agreement.place == "시청 5층"


def test_it_accepts_a_new_deadline_from_a_conflict(sample_extraction, django_user_model):
    """Accepting writes the document's deadline with its precision and keeps it locked."""
    load_extraction(sample_extraction)
    user = django_user_model.objects.create_user("reviewer")
    agreement_review(agreement=mou(), by=user)
    load_confirmed(
        corrected(
            sample_extraction, lambda d: d["targets"][0].update(text="2028년 상반기 완공", due="2028-H1")
        )
    )
    conflict = ImportConflict.objects.get(field="due")
    assert (conflict.kept_value, conflict.incoming_value) == ("2027년", "2028년 상반기")

    conflict_resolve(conflict=conflict, accept=True, by=user)

    agreement = mou()
    assert str(agreement.due_on) == "2028-06-30"
    assert agreement.due_precision == "half"
    assert {"due_on", "due_precision"} <= set(agreement.locked_fields)
    assert ImportConflict.objects.get(pk=conflict.pk).resolved


def test_it_accepts_a_new_budget_amount_from_a_conflict(sample_extraction, django_user_model):
    """Accepting a part's conflict writes the document's amount into the part a person kept."""
    load_extraction(sample_extraction)
    Budget.objects.filter(agreement=mou()).update(locked=True)
    load_confirmed(
        corrected(
            sample_extraction, lambda d: d["budgets"][0].update(text="3000억원", amount_krw=300_000_000_000)
        )
    )
    conflict = ImportConflict.objects.get()

    conflict_resolve(conflict=conflict, accept=True, by=django_user_model.objects.create_user("r"))

    budget = Budget.objects.get(agreement=mou())
    assert (budget.amount_krw, budget.source_text, budget.locked) == (300_000_000_000, "3000억원", True)


def test_it_keeps_the_old_value_when_told_to(sample_extraction, staff_client):
    """Keeping the old value only marks the conflict settled."""
    load_extraction(sample_extraction)
    edit_in_admin(staff_client, mou(), place="시청 4층 대회의실")
    load_confirmed(corrected(sample_extraction, lambda d: d.update(place="시청 5층")))

    conflict_resolve(conflict=ImportConflict.objects.get(), accept=False, by=staff_client.user)

    assert mou().place == "시청 4층 대회의실"
    assert ImportConflict.objects.get().resolved


def test_the_ingest_command_says_what_it_proposed_and_then_what_it_left_alone(
    sample_extraction, staff_client, capsys, tmp_path
):
    """A corrected file is first only proposed; once confirmed, importing it again names what a person kept."""
    import json

    load_extraction(sample_extraction)
    edit_in_admin(staff_client, mou(), place="시청 4층 대회의실")
    data = corrected(sample_extraction, lambda d: d.update(place="시청 5층"))
    path = tmp_path / "corrected.json"
    path.write_text(json.dumps(data, ensure_ascii=False))

    call_command("ingest", str(path))
    proposed = capsys.readouterr().out
    load_confirmed(data)
    call_command("ingest", str(path))
    again = capsys.readouterr().out

    assert "agreement: 4 created" in proposed
    assert "proposed as the same agreement: 4 (" in proposed and "for a reviewer" in proposed
    assert mou().place == "시청 4층 대회의실"
    assert "agreement: 0 created, 0 updated, 4 unchanged" in again
    assert f"left alone (edited by a person): 1 (#{mou().pk} place)" in again


def test_it_only_proposes_an_agreement_of_a_headline_less_article_found_by_its_title():
    """Without a headline, a later document with the agreement's title is proposed as it, not merged."""

    def page(sha, amount):
        agreement = {
            "title": "한빛시 새솔전자 투자협약",
            "kind": "investment",
            "budgets": [{"text": "…", "amount_krw": amount}],
        }
        return {
            "file": "p.txt",
            "sha256": sha,
            "articles": [{"headline": "", "text": "…", "agreements": [agreement]}],
        }

    load_extraction(page("a" * 64, 100))
    first = Agreement.objects.get()
    report = load_confirmed(page("b" * 64, 200))

    assert Agreement.objects.get() == first
    assert report.counts["agreement"]["updated"] == 1
    assert Budget.objects.get().amount_krw == 200


def test_it_offers_to_remove_a_part_the_corrected_document_no_longer_names(
    sample_extraction, django_user_model
):
    """On a reviewed agreement a dropped part is a conflict; accepting it removes the part."""
    load_extraction(sample_extraction)
    user = django_user_model.objects.create_user("reviewer")
    agreement_review(agreement=mou(), by=user)
    load_confirmed(corrected(sample_extraction, lambda d: d["targets"].pop()))
    conflict = ImportConflict.objects.get()
    assert conflict.field.startswith("target:")
    assert conflict.incoming_value == ""

    conflict_resolve(conflict=conflict, accept=True, by=user)

    assert not Target.objects.filter(agreement=mou(), unit="㎡").exists()
    assert Target.objects.filter(agreement=mou()).count() == 2
