"""Background tasks (django-tasks; Django 6's django.tasks API). Run them with `manage.py db_worker`."""

from django_tasks import task


@task()
def run_import(job_id):
    """Read one queued document into drafts (agreements/jobs.py): Kiwi loads in the worker, not the web."""
    from .jobs import run_job

    run_job(job_id)
