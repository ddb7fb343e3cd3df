"""What review and tracking keep beside an agreement: a re-import's conflicts with what a person
kept, proposals that a later document's draft is an agreement we have, and the deadline reminders
sent. Imported at the end of models.py, which they point at."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Agreement
from .models_documents import SourceDocument


class ImportConflict(models.Model):
    """A re-import that disagreed with a value a person kept: shown on the review screen."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="conflicts"
    )
    field = models.CharField(_("항목"), max_length=100)
    kept_value = models.TextField(_("유지한 값"), blank=True)
    incoming_value = models.TextField(_("새 문서의 값"), blank=True)
    # What accepting the new value writes: {"field": value} for an agreement's fields, or
    # {"model": …, "pk": …, "values": {…}} for a part (pk is null for a part the document adds).
    incoming_data = models.JSONField(_("새 값 (데이터)"), default=dict, blank=True, editable=False)
    # The document that brought the other value; kept if the document is deleted.
    document = models.ForeignKey(
        SourceDocument, verbose_name=_("문서"), null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("발생 일시"), auto_now_add=True)
    resolved = models.BooleanField(_("처리됨"), default=False)

    class Meta:
        verbose_name = _("가져오기 충돌")
        verbose_name_plural = pgettext_lazy("plural", "가져오기 충돌")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.agreement}: {self.field}"


class MatchProposal(models.Model):
    """'This draft may be the same agreement as #N': a later document matched to an existing agreement.

    Matching only proposes; a reviewer confirms (the draft's values come in as a re-import would
    bring them, and the draft goes) or rejects (both stay). A confirmed proposal keeps the key the
    agreement had before, so that importing that older document again changes nothing.
    """

    class State(models.TextChoices):
        OPEN = "open", _("제안됨")
        CONFIRMED = "confirmed", _("같은 협약으로 확인")
        REJECTED = "rejected", _("다른 협약")

    # The existing agreement the draft may be; a proposal about a deleted agreement goes with it.
    agreement = models.ForeignKey(
        Agreement, verbose_name=_("기존 협약"), on_delete=models.CASCADE, related_name="match_proposals"
    )
    # The draft the later document made. Confirming the match removes it; the proposal stays as
    # the record of the merge (and of the key the agreement retired).
    draft = models.ForeignKey(
        Agreement,
        verbose_name=_("새 초안"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposed_matches",
    )
    # The later document; kept if the document is deleted.
    document = models.ForeignKey(
        SourceDocument, verbose_name=_("문서"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # Why they were matched: {"same_title": bool, "shared": [names of the bodies both name]}.
    evidence = models.JSONField(_("근거"), default=dict, blank=True, editable=False)
    state = models.CharField(
        _("처리 상태"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    retired_key = models.CharField(max_length=400, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("제안 일시"), auto_now_add=True)
    decided_at = models.DateTimeField(_("처리 일시"), null=True, blank=True)
    # Who decided; the decision stays when the account is removed.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("처리한 사람"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("같은 협약 제안")
        verbose_name_plural = pgettext_lazy("plural", "같은 협약 제안")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "agreement"], name="match_proposal_once"),
            models.CheckConstraint(condition=~Q(draft=models.F("agreement")), name="match_proposal_not_itself"),
        ]

    def __str__(self):
        return f"#{self.draft_id} ≟ #{self.agreement_id}"


class DeadlineReminder(models.Model):
    """One reminder sent for one deadline in one window, so a daily cron job never repeats it."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="reminders"
    )
    deadline_key = models.CharField(_("기한 식별자"), max_length=100)
    window = models.CharField(_("알림 구간"), max_length=20)
    sent_to = models.CharField(_("받는 사람"), max_length=300)
    sent_at = models.DateTimeField(_("보낸 일시"), auto_now_add=True)

    class Meta:
        verbose_name = _("기한 알림")
        verbose_name_plural = pgettext_lazy("plural", "기한 알림")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["deadline_key", "window"], name="reminder_once_per_window")
        ]

    def __str__(self):
        return f"{self.agreement} {self.deadline_key} ({self.window})"
