"""An agreement's history, and its parts', as lines a person reads: "상태: 체결 → 추진중, 2026-03-02, 김담당".

django-simple-history keeps a full row per change; this module compares each row with the one before
it (in Python, so the page costs one query per model whatever the length of the history) and names
fields by their verbose_name and values by their choice labels.
"""

import datetime
import decimal
import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Agreement, Budget, Commitment, Participation, Target
from .templatetags.hyeopyak import krw

# Bookkeeping that changes with every import or review and says nothing to a reader.
HIDDEN_FIELDS = {
    "id",
    "agreement",
    "created_at",
    "updated_at",
    "spans",
    "locked_fields",
    "source_key",
    "match_key",
    "span_start",
    "span_end",
    "locked",
    "position",
    "reviewed_at",
    "reviewed_by",
    "article",
    "source_text",
    "signed_on_text",
    "due_text",
}

# How agreements/workflow.py words its default reasons ("상태: 체결 → 추진중 (2026-03-02)"); a reason
# is written in the language of whoever made the change, so every language's wording is recognised.
GENERATED_REASONS = ("상태: %(from)s → %(to)s (%(on)s)", "목표 달성 (%(on)s)")


@functools.cache
def generated_reason_starts():
    starts = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            starts.update(_(reason).partition("%(")[0] for reason in GENERATED_REASONS)
    return tuple(starts)


# (model, the foreign keys the history rows should bring along)
PARTS = [
    (Participation, ["organization", "signatory"]),
    (Budget, ["funder"]),
    (Target, []),
    (Commitment, ["organization"]),
]


@dataclass
class Change:
    label: str
    old: str
    new: str

    def __str__(self):
        return f"{self.label}: {self.old} → {self.new}"


@dataclass
class Entry:
    when: datetime.datetime
    order: int
    user: str
    subject: str  # "협약" or e.g. "목표 · 2027년 완공"
    action: str  # "+", "~", "-"
    changes: list = field(default_factory=list)
    reason: str = ""

    @property
    def note(self):
        """The reason given, unless it is the workflow's own summary, which repeats the change line."""
        if self.reason.startswith(generated_reason_starts()):
            return ""
        return self.reason

    @property
    def day(self):
        return timezone.localtime(self.when).date().isoformat()

    def lines(self):
        """What the page prints, one line a change: "상태: 체결 → 추진중, 2026-03-02, 김담당"."""
        tail = ", ".join(part for part in (self.day, self.user) if part)
        if self.action == "+":
            verb = _("등록") if self.subject == str(Agreement._meta.verbose_name) else _("추가")
            return [f"{self.subject} {verb}, {tail}"]
        if self.action == "-":
            deleted = _("삭제")  # not inside the f-string, where makemessages would not find it
            return [f"{self.subject} {deleted}, {tail}"]
        return [f"{change}, {tail}" for change in self.changes]


def user_name(user):
    if user is None:
        return ""
    # Korean order: family name first, no space ("김담당"); the login name when no name is set.
    return f"{user.last_name}{user.first_name}".strip() or user.get_username()


def shown(record, model_field):
    """One field of a history row as text."""
    if model_field.is_relation:
        if getattr(record, model_field.attname) is None:
            return "—"
        return related_text(record, model_field.name, model_field.attname)
    value = getattr(record, model_field.attname)
    if value is None or value == "":
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.name == "amount_krw":
        return krw(value)
    if isinstance(value, bool):
        return _("예") if value else _("아니오")
    if isinstance(value, decimal.Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def related_text(record, name, attname):
    """The row a history record points at, as text; '#id' when it is gone (deleted, or merged into
    another organisation): select_related gives None for it, a lazy lookup raises."""
    try:
        related = getattr(record, name)
    except models.ObjectDoesNotExist:
        related = None
    return f"#{getattr(record, attname)}" if related is None else str(related)


def part_name(model, record):
    """What a part is called in its history line, without touching the database."""
    if model is Participation:
        organization = related_text(record, "organization", "organization_id")
        return f"{organization} ({dict(Participation.Role.choices).get(record.role, record.role)})"
    if model is Budget:
        return krw(record.amount_krw)
    if model is Target:
        return record.description
    return record.text if len(record.text) <= 40 else record.text[:39] + "…"


def entries_for(model, records, subject_of, people=True):
    """History entries of one model; without `people`, who did it and user fields are left out."""
    user_model = get_user_model()
    fields = [
        f
        for f in model._meta.concrete_fields
        if f.name not in HIDDEN_FIELDS
        and not f.primary_key
        and f.editable
        and (people or f.related_model is not user_model)
    ]
    previous = {}
    entries = []
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        before = previous.get(record.id)
        previous[record.id] = record
        entry = Entry(
            when=record.history_date,
            order=record.history_id,
            user=user_name(record.history_user) if people else "",
            subject=subject_of(record),
            action=record.history_type,
            reason=record.history_change_reason or "",
        )
        if record.history_type == "~":
            if before is None:
                continue
            for model_field in fields:
                if getattr(before, model_field.attname) != getattr(record, model_field.attname):
                    label = str(model_field.verbose_name)
                    if model is not Agreement:
                        label = f"{entry.subject} · {label}"
                    entry.changes.append(
                        Change(label, shown(before, model_field), shown(record, model_field))
                    )
            if not entry.changes:
                continue
        entries.append(entry)
    return entries


def agreement_history(agreement, limit=200, people=True):
    """The newest `limit` readable entries of an agreement and its parts (five queries).

    `people=False` (the public page, for visitors who are not logged in) leaves out staff names:
    who made each change, and changes of the owner or reviewer fields."""
    records = Agreement.history.filter(id=agreement.pk).select_related("history_user", "owner")
    entries = entries_for(Agreement, records, lambda record: str(Agreement._meta.verbose_name), people)
    for model, related in PARTS:
        records = model.history.filter(agreement_id=agreement.pk).select_related("history_user", *related)
        label = str(model._meta.verbose_name)
        entries += entries_for(
            model, records, lambda record, m=model, label=label: f"{label} · {part_name(m, record)}", people
        )
    entries.sort(key=lambda e: (e.when, e.order), reverse=True)
    return entries[:limit]
