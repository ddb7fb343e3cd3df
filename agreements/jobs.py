"""The import queue: a document is stored as an ImportJob, a worker extracts and loads it.

Kiwi takes ~2 s and ~520 MB to load (agreements/ingest/korean.py), so a web worker never extracts:
`queue_import` checks what is cheap to check (size, kind, encoding, web page, an HWP's or HWPX's
text: agreements/ingest/native.py, no Kiwi), stores the bytes in an ImportJob and enqueues `agreements.tasks.run_import`
in the same transaction. The worker (`manage.py db_worker`, django-tasks' database backend) calls
`run_job`, which claims the job, extracts outside any transaction, then loads the document and
marks the job done in one transaction: either the drafts and "done" are saved together, or
nothing is.

A worker that dies mid-job leaves the job `running`. `requeue_stale` (called by the import and
the job pages) queues such a job again once it has run longer than INGEST_JOB_STALE_AFTER, and
after INGEST_JOB_MAX_ATTEMPTS tries marks it failed with its reason. Running a job twice is safe:
loading is an idempotent upsert keyed on the document's sha256, and a job is claimed only from
`queued`, so a second task for the same job does nothing.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .ingest import DocumentError, read_file
from .loader import LoadError, load_extraction, read_and_extract
from .models_jobs import ImportJob

logger = logging.getLogger(__name__)

State = ImportJob.State

UNEXPECTED = "예상하지 못한 오류로 읽지 못했습니다. 아무것도 저장하지 않았습니다. 관리자에게 알려 주세요."


def stale_reason(attempts):
    return f"작업자가 {attempts}번 모두 끝내지 못하고 멈췄습니다. 아무것도 저장하지 않았습니다."


def check_document(name, data):
    """Refuse, in the web process and without Kiwi, a document the reader would refuse (DocumentError):
    reading any kind is quick next to extracting it."""
    read_file(data, name, settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)


def queue_import(*, name, data, published=None, user=None):
    """Store the document as a queued ImportJob and enqueue its task; returns the job as it now is.

    With the immediate backend (the tests) the task has already run when this returns.
    """
    check_document(name, data)
    with transaction.atomic():
        job = ImportJob.objects.create(
            name=name, data=data, published=published, user=user, queued_at=timezone.now()
        )
        _enqueue(job.pk)
    job.refresh_from_db()
    return job


def _enqueue(job_id):
    from .tasks import run_import

    run_import.enqueue(job_id)


def run_job(job_id):
    """Extract and load one job's document, if it is still queued; the worker's task body."""
    claimed = ImportJob.objects.filter(pk=job_id, state=State.QUEUED).update(
        state=State.RUNNING, attempts=F("attempts") + 1, started_at=timezone.now()
    )
    if not claimed:  # done, failed, or being run by another worker
        return
    job = ImportJob.objects.get(pk=job_id)
    try:
        source, extraction = read_and_extract(bytes(job.data), name=job.name, published=job.published)
        with transaction.atomic():
            report = load_extraction(extraction, source=source, user=job.user)
            _finish(job, State.DONE, result=_result(report))
    except (DocumentError, LoadError, ValueError) as exc:
        _finish(job, State.FAILED, reason=_one_line(str(exc)))
    except Exception:
        logger.exception("import job %s failed unexpectedly", job_id)
        _finish(job, State.FAILED, reason=UNEXPECTED)
        raise


def _result(report):
    return {
        "ids": [agreement.pk for agreement in report.agreements],
        "created": report.counts.get("agreement", {}).get("created", 0),
        "left_alone": len(report.left_alone),
        "conflicts": report.conflicts,
        "proposals": len(report.proposals),
    }


def _one_line(text):
    return " ".join(text.split())


def _finish(job, state, *, result=None, reason=""):
    """Record the outcome, unless the job was meanwhile given up on or queued again."""
    ImportJob.objects.filter(pk=job.pk, state=State.RUNNING, attempts=job.attempts).update(
        state=state, result=result or {}, reason=reason, finished_at=timezone.now()
    )


def requeue_stale(now=None):
    """Queue again (or give up on) jobs whose worker stopped; returns how many were touched."""
    now = now or timezone.now()
    cutoff = now - settings.INGEST_JOB_STALE_AFTER
    touched = 0
    running = ImportJob.objects.filter(state=State.RUNNING, started_at__lt=cutoff)
    queued = ImportJob.objects.filter(state=State.QUEUED, queued_at__lt=cutoff)
    for job in [*running, *queued]:
        with transaction.atomic():
            same = ImportJob.objects.filter(pk=job.pk, state=job.state, attempts=job.attempts)
            if job.state == State.RUNNING and job.attempts >= settings.INGEST_JOB_MAX_ATTEMPTS:
                touched += same.update(state=State.FAILED, reason=stale_reason(job.attempts), finished_at=now)
                continue
            # A queued job whose task was lost with its worker is queued again too; a second task
            # for a job that is in fact only waiting does nothing when its turn comes (run_job).
            if same.update(state=State.QUEUED, queued_at=now):
                _enqueue(job.pk)
                touched += 1
    return touched
