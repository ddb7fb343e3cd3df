"""A document queued for import: kept whole in the database until a worker has read it.

The admin import stores the uploaded bytes here and queues a task (agreements/tasks.py); the
worker reads the row, extracts and loads it (agreements/jobs.py). Because the document lives in
this row and not in the task's arguments or a worker's memory, a worker that dies loses nothing:
the job is found stale and queued again, or shown as failed with its reason.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportJob(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("대기 중")
        RUNNING = "running", _("읽는 중")
        DONE = "done", _("완료")
        FAILED = "failed", _("실패")

    name = models.CharField(_("문서 이름"), max_length=255)
    data = models.BinaryField(_("문서 내용"))
    published = models.DateField(_("발행일"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("가져온 사람"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(_("상태"), max_length=10, choices=State.choices, default=State.QUEUED)
    reason = models.TextField(_("실패 이유"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("시도 횟수"), default=0)
    created_at = models.DateTimeField(_("맡긴 일시"), auto_now_add=True)
    queued_at = models.DateTimeField(_("대기열에 넣은 일시"), null=True, blank=True)
    started_at = models.DateTimeField(_("시작 일시"), null=True, blank=True)
    finished_at = models.DateTimeField(_("끝난 일시"), null=True, blank=True)
    # What the load did: {"ids": [agreement ids], "created": n, "left_alone": n, "conflicts": n}.
    result = models.JSONField(_("결과"), default=dict, blank=True)

    class Meta:
        verbose_name = _("가져오기 작업")
        verbose_name_plural = pgettext_lazy("plural", "가져오기 작업")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "started_at"], name="importjob_state_started")]

    def __str__(self):
        return self.name

    @property
    def finished(self):
        return self.state in (self.State.DONE, self.State.FAILED)

    @property
    def agreement_ids(self):
        return list(self.result.get("ids", []))
