"""The one place where an agreement's status changes and where targets are met.

    planned → signed → in_progress → completed
       └──────────┴──────────┴──────→ cancelled

Every function validates, saves and leaves a history record with the user and a reason; an illegal
step is refused with a ValidationError whose message a person can read.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .locking import claim, touch
from .models import Agreement, Target

Status = Agreement.Status

TRANSITIONS = {
    Status.PLANNED: {Status.SIGNED, Status.CANCELLED},
    Status.SIGNED: {Status.IN_PROGRESS, Status.CANCELLED},
    Status.IN_PROGRESS: {Status.COMPLETED, Status.CANCELLED},
    Status.COMPLETED: set(),
    Status.CANCELLED: set(),
}


def allowed_transitions(status):
    """The statuses an agreement in `status` may move to, in workflow order."""
    return [s for s in Status if s in TRANSITIONS.get(status, set())]


def _label(status):
    return Status(status).label


def check_transition(current, to):
    """Raise ValidationError unless an agreement in `current` may move to `to`."""
    if to not in Status.values:
        raise ValidationError(_("알 수 없는 상태입니다: %(to)s") % {"to": to}, code="unknown_status")
    if to == current:
        raise ValidationError(
            _("이미 '%(status)s' 상태입니다.") % {"status": _label(current)}, code="same_status"
        )
    if to not in TRANSITIONS[current]:
        allowed = ", ".join(str(_label(s)) for s in allowed_transitions(current))
        message = _("'%(from)s' 상태에서 '%(to)s' 상태로 바꿀 수 없습니다.") % {
            "from": _label(current),
            "to": _label(to),
        }
        message += " " + (
            _("가능한 상태: %(allowed)s") % {"allowed": allowed}
            if allowed
            else _("더 바꿀 수 없는 상태입니다.")
        )
        raise ValidationError(message, code="illegal_transition")


def agreement_transition(*, agreement, to, on, by, reason="", seen=None):
    """Move `agreement` to status `to` on date `on`, done by user `by` (may be None for jobs).

    Completing sets `completed_on`; the history keeps who did it and why. With `seen` (what the
    person's page showed, locking.Seen), a page drawn before the agreement last changed is refused."""
    with transaction.atomic():
        if seen is not None:
            claim(agreement=agreement, seen=seen)
        # Read the status under a lock so that two people cannot both move the same agreement.
        current = Agreement.objects.select_for_update().only("status", "signed_on").get(pk=agreement.pk)
        check_transition(current.status, to)
        fields = ["status", "updated_at"]
        if to == Status.COMPLETED:
            if current.signed_on and on < current.signed_on:
                raise ValidationError(
                    _("완료일(%(on)s)이 체결일(%(signed)s)보다 빠를 수 없습니다.")
                    % {"on": on.isoformat(), "signed": current.signed_on.isoformat()},
                    code="completed_before_signed",
                )
            agreement.completed_on = on
            fields.append("completed_on")
        agreement.status = to
        agreement._change_reason = reason or _("상태: %(from)s → %(to)s (%(on)s)") % {
            "from": _label(current.status),
            "to": _label(to),
            "on": on.isoformat(),
        }
        if by is not None:
            agreement._history_user = by
        agreement.save(update_fields=fields)
    return agreement


def agreement_complete(*, agreement, on, by, reason=""):
    """Mark an agreement in progress as completed on `on`."""
    return agreement_transition(agreement=agreement, to=Status.COMPLETED, on=on, by=by, reason=reason)


def agreement_cancel(*, agreement, on, by, reason=""):
    """Cancel an agreement that is not completed."""
    return agreement_transition(agreement=agreement, to=Status.CANCELLED, on=on, by=by, reason=reason)


def target_meet(*, target, on, by, reason=""):
    """Record that a target was met on `on`."""
    with transaction.atomic():
        current = (
            Target.objects.select_for_update()
            .select_related("agreement")
            .only("met_on", "agreement__status")
            .get(pk=target.pk)
        )
        if current.met_on is not None:
            raise ValidationError(
                _("이미 %(on)s에 달성한 목표입니다.") % {"on": current.met_on.isoformat()}, code="already_met"
            )
        if current.agreement.status == Status.CANCELLED:
            raise ValidationError(
                _("취소된 협약의 목표는 달성 처리할 수 없습니다."), code="agreement_cancelled"
            )
        target.met_on = on
        # A person's record, like an edit in the admin: a re-import must not replace the row.
        target.locked = True
        target._change_reason = reason or _("목표 달성 (%(on)s)") % {"on": on.isoformat()}
        if by is not None:
            target._history_user = by
        target.save(update_fields=["met_on", "locked"])
        touch(current.agreement)
    return target
