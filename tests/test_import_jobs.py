"""The admin import off the web workers: queued as an ImportJob, read by django-tasks' database worker.

These tests switch the tasks backend from the suite's immediate one to the database backend the
site runs with, and run its real worker (`db_worker --batch`) on the test database.
"""

import datetime
import signal

import kiwipiepy
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from agreements import jobs
from agreements.ingest import korean
from agreements.models import Agreement, Budget, ImportJob, SourceDocument
from people.models import Organization

pytestmark = pytest.mark.django_db

IMPORT_URL = "admin:agreements_agreement_import"


def release(aim="2027년까지 공장을 완공할 계획이다."):
    return (
        "한빛시, 새솔전자와 투자협약\n\n"
        "한빛시는 지난 5일 시청에서 새솔전자㈜와 3007억원 규모의 투자협약을 체결했다고 6일 밝혔다.\n"
        f"새솔전자는 {aim}\n"
    )


def saved_rows():
    return SourceDocument.objects.count(), Agreement.objects.count(), Organization.objects.count()


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def worker(monkeypatch, database_tasks):
    """Run `manage.py db_worker --batch`: every queued task, then exit.

    Its connection housekeeping would close the test's transaction, so only that is left out; its
    signal handlers are put back afterwards.
    """
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
        try:
            call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0", verbosity=0)
        finally:
            for sig, handler in handlers.items():
                signal.signal(sig, handler)

    return run


@pytest.fixture
def no_kiwi(monkeypatch):
    """Fail loudly if anything builds Kiwi (or reads a cached analysis) in this process."""

    def refuse(*args, **kwargs):
        raise AssertionError("Kiwi loaded in the web process")

    monkeypatch.setattr(korean, "_kiwi", None)
    monkeypatch.setattr(korean, "_cache", {})
    monkeypatch.setattr(kiwipiepy, "Kiwi", refuse)


def test_the_import_queues_the_document_without_loading_kiwi(staff_client, database_tasks, no_kiwi):
    """The web request stores the document and queues it; nothing is extracted or saved yet."""
    response = staff_client.post(reverse(IMPORT_URL), {"text": release(), "name": "한빛일보", "published": "2026-03-06"})

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:agreements_importjob_change", args=[job.pk]) + "?follow=1"
    assert (job.state, job.name, job.published, job.user) == ("queued", "한빛일보.txt", datetime.date(2026, 3, 6), staff_client.user)
    assert bytes(job.data) == release().strip().encode()  # as the form cleans a paste
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert saved_rows() == (0, 0, 0)


def test_the_job_page_refreshes_while_the_document_waits(staff_client, database_tasks):
    staff_client.post(reverse(IMPORT_URL), {"text": release()})
    job = ImportJob.objects.get()

    page = staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk]) + "?follow=1")

    content = page.content.decode()
    assert page.status_code == 200
    assert '<meta http-equiv="refresh" content="2">' in content
    assert "대기열에 넣었습니다" in content
    assert "<script>" not in content  # no inline script for a CSP to forbid


def test_the_worker_reads_the_job_and_the_page_lands_on_its_drafts(staff_client, worker):
    staff_client.post(reverse(IMPORT_URL), {"text": release(), "name": "한빛일보 3면"})
    job = ImportJob.objects.get()

    worker()

    job.refresh_from_db()
    made = Agreement.objects.get()
    assert (job.state, job.attempts, job.agreement_ids) == ("done", 1, [made.pk])
    assert made.budgets.get().amount_krw == 300_700_000_000
    assert SourceDocument.objects.get().imported_by == staff_client.user
    page = staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk]) + "?follow=1", follow=True)
    assert list(page.context["cl"].result_list) == [made]
    assert "새 초안 1건" in page.content.decode()
    # Opened from the list of jobs, the page shows what the job did, and stops refreshing.
    summary = staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk])).content.decode()
    assert "http-equiv" not in summary
    assert f"id__in={made.pk}" in summary


def test_a_document_the_loader_refuses_is_a_failed_job_and_saves_nothing(staff_client, worker):
    staff_client.post(reverse(IMPORT_URL), {"text": release(aim="2030년까지 99999999999999999명을 고용할 계획이다.")})

    worker()

    job = ImportJob.objects.get()
    assert job.state == "failed"
    assert "목표 수치로 저장할 수 있는 범위를 넘습니다" in job.reason
    assert "\n" not in job.reason
    assert saved_rows() == (0, 0, 0)
    page = staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk]) + "?follow=1")
    content = page.content.decode()
    assert "가져오지 못했습니다. 아무것도 저장하지 않았습니다" in content
    assert "http-equiv" not in content


def test_a_job_whose_worker_died_is_queued_again_and_read(staff_client, worker):
    """A job left `running` past the stale limit (its worker died) is queued again when looked at."""
    job = ImportJob.objects.create(
        name="died.txt",
        data=release().encode(),
        state="running",
        attempts=1,
        started_at=timezone.now() - datetime.timedelta(hours=1),
    )

    staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk]))
    job.refresh_from_db()
    assert job.state == "queued"
    worker()

    job.refresh_from_db()
    assert (job.state, job.attempts) == ("done", 2)
    assert Budget.objects.get().amount_krw == 300_700_000_000


def test_a_job_still_within_the_limit_is_left_to_its_worker(database_tasks):
    ImportJob.objects.create(name="busy.txt", data=b"x", state="running", attempts=1, started_at=timezone.now())

    assert jobs.requeue_stale() == 0
    assert ImportJob.objects.get().state == "running"


def test_a_job_that_stopped_its_worker_every_time_fails_with_its_reason(staff_client, database_tasks, settings):
    job = ImportJob.objects.create(
        name="poison.txt",
        data=release().encode(),
        state="running",
        attempts=settings.INGEST_JOB_MAX_ATTEMPTS,
        started_at=timezone.now() - datetime.timedelta(hours=1),
    )

    page = staff_client.get(reverse("admin:agreements_importjob_change", args=[job.pk]))

    job.refresh_from_db()
    assert job.state == "failed"
    assert job.reason == "작업자가 3번 모두 끝내지 못하고 멈췄습니다. 아무것도 저장하지 않았습니다."
    assert job.reason in page.content.decode()
    assert not DBTaskResult.objects.exists()
    assert saved_rows() == (0, 0, 0)


def test_a_second_task_for_a_finished_job_does_nothing(staff_client, worker):
    staff_client.post(reverse(IMPORT_URL), {"text": release()})
    worker()
    job = ImportJob.objects.get()

    jobs.run_job(job.pk)

    job.refresh_from_db()
    assert (job.state, job.attempts) == ("done", 1)
    assert saved_rows()[:2] == (1, 1)


def test_a_bad_file_is_refused_at_once_without_a_job(staff_client, database_tasks, no_kiwi):
    """What the reader refuses needs no Kiwi: the form says why and nothing is queued."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)})

    assert response.status_code == 200
    assert "아무것도 저장하지 않았습니다" in response.context["form"].non_field_errors()[0]
    assert not ImportJob.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_the_import_says_which_drafts_it_proposed_as_agreements_already_kept(staff_client):
    """A corrected release makes a draft and a proposal: the landing message says so and links to it."""
    staff_client.post(reverse(IMPORT_URL), {"text": release(), "name": "한빛일보"})
    staff_client.post(reverse(IMPORT_URL), {"text": release(aim="2028년까지 공장을 완공할 계획이다."), "name": "한빛신문"})
    second = ImportJob.objects.order_by("id").last()

    page = staff_client.get(reverse("admin:agreements_importjob_change", args=[second.pk]) + "?follow=1", follow=True)

    content = page.content.decode()
    assert second.result["proposals"] == 1
    assert "이미 있는 협약과 같은 협약일 수 있는 초안 1건" in content
    assert reverse("admin:agreements_matchproposal_changelist") in content
