"""Optimistic locking: a save from a screen opened before someone else's change is refused.

Every screen that changes an agreement (the admin change form with its inlines, the status buttons,
the review actions) sends back the agreement's `version` as it was drawn, and `opened_at`, when.
Saving first claims that version: one `UPDATE … SET version = version WHERE id = ? AND version = ?`
inside the saving transaction, which checks and takes the row's write lock in one statement, so a
second save of the same version waits for the first and then finds the version moved. A stale save
is refused with StaleEdit, whose message names who changed what since `opened_at`, from the history.

The version covers the agreement's parts (participations, budgets, targets, commitments): they are
edited on the agreement's form, so one version is what that form saw. Every write moves it:
Agreement.save() always does (models.VersionField, in the database), and writers of parts alone
(the parts' own admin pages, the loader, conflict settling, a met target) call `touch`.

claim(*, agreement, seen)         refuse a stale version, else hold the row until the transaction ends
refusal(agreement, seen)          the StaleEdit naming what changed since the screen was drawn
touch(agreement)                  move the version of an agreement whose parts changed
touch_moved_parts                 the same for parts an organisation merge moved (people.signals)
seen_in(data)                     the Seen that a posted form carries
VersionFormMixin, VersionAdminMixin   the change form's hidden fields and its check at save time
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import F
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .history import agreement_history
from .models import Agreement

MAX_LINES = 6  # of the changes named in a refusal; the rest are counted


class StaleEdit(ValidationError):
    """The screen was drawn from a version of the agreement that is no longer the current one."""


@dataclass(frozen=True)
class Seen:
    """What a screen saw: the agreement's version, and when it was drawn (to name what changed since)."""

    version: int | None
    opened_at: datetime.datetime | None = None


def seen_in(data):
    """The Seen a posted form carries; a missing or malformed version is None (refused by `claim`)."""
    try:
        version = int(data.get("version", ""))
    except (TypeError, ValueError):
        version = None
    opened_at = parse_datetime(data.get("opened_at") or "")
    if opened_at is not None and timezone.is_naive(opened_at):
        opened_at = timezone.make_aware(opened_at)
    return Seen(version, opened_at)


def claim(*, agreement, seen):
    """Refuse with StaleEdit unless the agreement is still at `seen.version`.

    Call it inside the transaction that saves: the UPDATE holds the row until the transaction ends,
    so nobody can move the version between this check and the save. The save itself (or `touch`)
    moves the version on.
    """
    if seen.version is not None:
        held = Agreement.objects.filter(pk=agreement.pk, version=seen.version).update(version=F("version"))
        if held:
            return
    raise refusal(agreement, seen)


def refusal(agreement, seen):
    """The StaleEdit for a screen that saw `seen` of an agreement that has moved on since."""
    if seen.version is None:
        return StaleEdit(
            _("이 화면이 어느 때의 협약을 보여 준 것인지 알 수 없어 저장하지 않았습니다. 페이지를 새로 고친 뒤 다시 하세요."),
            code="no_version",
        )
    return StaleEdit(stale_message(agreement, seen), code="stale")


def touch(agreement):
    """Move the version of an agreement whose parts were written without saving the agreement."""
    Agreement.objects.filter(pk=agreement.pk).update(version=F("version") + 1)


def touch_moved_parts(sender, rows, **kwargs):
    """people.signals.rows_moved: parts an organisation merge repointed move their agreements' version."""
    ids = {getattr(row, "agreement_id", None) for row in rows} - {None}
    if ids:
        Agreement.objects.filter(pk__in=ids).update(version=F("version") + 1)


def stale_message(agreement, seen):
    """'저장하지 않았습니다. 이 화면을 연 뒤에 이 협약이 바뀌었습니다: 협약명: A → B, 2026-03-02, 김담당. …'"""
    lines = []
    if seen.opened_at is not None:
        entries = [e for e in agreement_history(agreement) if e.when > seen.opened_at]
        lines = [line for entry in reversed(entries) for line in entry.lines()]
    if not lines:
        return _(
            "저장하지 않았습니다. 이 화면을 연 뒤에 다른 사람이나 가져오기가 이 협약을 고쳤습니다. "
            "페이지를 새로 고쳐 지금 값을 확인한 뒤 다시 하세요."
        )
    shown = "; ".join(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown += " " + _("외 %(n)d건") % {"n": len(lines) - MAX_LINES}
    return _(
        "저장하지 않았습니다. 이 화면을 연 뒤에 이 협약이 바뀌었습니다: %(changes)s. "
        "페이지를 새로 고쳐 지금 값을 확인한 뒤 다시 하세요."
    ) % {"changes": shown}


def hidden_inputs(agreement):
    """The two hidden inputs a button's form sends with it (for templates: {% version_inputs %})."""
    return format_html(
        '<input type="hidden" name="version" value="{}"><input type="hidden" name="opened_at" value="{}">',
        agreement.version,
        timezone.now().isoformat(),
    )


# --- the admin change form ----------------------------------------------------------------------

FIELDS = ["version", "opened_at"]


class SeenField(forms.CharField):
    """A hidden field telling what the screen saw: never a change the person made."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def has_changed(self, initial, data):
        return False


class VersionFormMixin(forms.Form):
    """An agreement form that carries the version it was opened at, and refuses a stale one.

    The check here, while the form is validated, keeps the person's input on the page with the
    refusal; `VersionAdminMixin.save_model` repeats it atomically (`claim`) when saving.
    """

    version = SeenField()
    opened_at = SeenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("version", self.instance.version)
            self.initial.setdefault("opened_at", timezone.now().isoformat())

    def seen(self):
        return seen_in(self.data)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.seen().version != self.instance.version:
            raise refusal(self.instance, self.seen())
        return cleaned


class VersionAdminMixin:
    """The agreement admin: hidden version fields on the change form, and the claim when saving."""

    def get_exclude(self, request, obj=None):
        # The model's version is not for editing; the form's hidden `version` is VersionFormMixin's.
        return [*(super().get_exclude(request, obj) or []), "version"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not fieldsets:
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], tuple(FIELDS)]}), *rest]

    def save_model(self, request, obj, form, change):
        if change and isinstance(form, VersionFormMixin):
            claim(agreement=obj, seen=form.seen())
        super().save_model(request, obj, form, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A save that lost the race between the form's check and its own claim: nothing was saved
        (the transaction rolled back); the form is drawn again with the current values."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleEdit as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(request.get_full_path())
