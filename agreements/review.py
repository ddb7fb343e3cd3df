"""Reviewing drafts: marking them reviewed, settling import conflicts, and showing the source.

agreement_review(*, agreement, by, seen)          the draft becomes a reviewed record
agreement_reopen(*, agreement, by, seen)          a reviewed record goes back to the drafts
conflict_resolve(*, conflict, accept, by, seen)   take the document's new value, or keep the old one
highlighted_source(agreement, parts)              the article text with every extracted value marked

`seen` is what the reviewer's screen showed (locking.Seen); a step from a screen drawn before the
agreement last changed is refused (locking.StaleEdit). Without it (jobs, the shell) nothing is checked.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from .locking import claim, touch
from .models import Agreement, ImportConflict


@transaction.atomic
def agreement_review(*, agreement, by, seen=None):
    """Mark a draft reviewed by `by` now. A reviewed agreement is never changed by a re-import."""
    if seen is not None:
        claim(agreement=agreement, seen=seen)
    if agreement.review_state == Agreement.ReviewState.REVIEWED:
        raise ValidationError(_("이미 검토를 마친 협약입니다."))
    agreement.review_state = Agreement.ReviewState.REVIEWED
    agreement.reviewed_at = timezone.now()
    agreement.reviewed_by = by
    agreement._change_reason = _("검토 완료")
    agreement._history_user = by
    agreement.save(update_fields=["review_state", "reviewed_at", "reviewed_by", "updated_at"])
    return agreement


@transaction.atomic
def agreement_reopen(*, agreement, by, seen=None):
    """Send a reviewed agreement back to the drafts, e.g. when it was marked reviewed by mistake.

    The review's who and when go (the history keeps them). Values a person edited stay locked;
    the rest may be updated by the next import of its article again, as for any draft.
    """
    if seen is not None:
        claim(agreement=agreement, seen=seen)
    if agreement.review_state != Agreement.ReviewState.REVIEWED:
        raise ValidationError(_("검토를 마치지 않은 협약입니다."))
    agreement.review_state = Agreement.ReviewState.EXTRACTED
    agreement.reviewed_at = None
    agreement.reviewed_by = None
    agreement._change_reason = _("검토 다시 열기")
    agreement._history_user = by
    agreement.save(update_fields=["review_state", "reviewed_at", "reviewed_by", "updated_at"])
    return agreement


@transaction.atomic
def conflict_resolve(*, conflict, accept, by, seen=None):
    """Settle an import conflict: `accept` writes the document's value, otherwise the kept one stays.

    Either way the value is a person's decision from then on, so it stays locked.
    """
    if seen is not None:
        claim(agreement=conflict.agreement, seen=seen)
    if conflict.resolved:
        raise ValidationError(_("이미 처리한 충돌입니다."))
    if accept:
        _apply(conflict, by)
    conflict.resolved = True
    conflict.save(update_fields=["resolved"])
    return conflict


def _apply(conflict, by):
    data = conflict.incoming_data or {}
    agreement = conflict.agreement
    reason = _("가져오기 충돌에서 새 값을 받아들임: %(field)s") % {"field": conflict.field}
    if "model" not in data:
        if not data:
            raise ValidationError(_("이 충돌에는 적용할 새 값이 없습니다."))
        for name, value in data.items():
            field = Agreement._meta.get_field(name)
            setattr(agreement, name, None if value in (None, "") and field.null else field.to_python(value))
        agreement.locked_fields = sorted({*agreement.locked_fields, conflict.field, *data})
        agreement.full_clean(exclude=["owner", "article", "reviewed_by"], validate_unique=False)
        agreement._change_reason = reason
        agreement._history_user = by
        agreement.save()
        return
    model = apps.get_model("agreements", data["model"])
    values = data.get("values")
    row = model.objects.filter(pk=data["pk"], agreement=agreement).first() if data.get("pk") else None
    if data.get("pk") and row is None and values is not None:
        raise ValidationError(
            _("이 항목은 그 사이에 지운 것이라 새 값을 받아들일 수 없습니다. '지금 값 유지'를 고르세요.")
        )
    if values is None:  # the document no longer names this part
        if row is not None:
            row._change_reason = reason
            row._history_user = by
            row.delete()
            touch(agreement)
        return
    row = row or model(agreement=agreement)
    for attname, value in values.items():
        field = next(f for f in model._meta.concrete_fields if f.attname == attname)
        setattr(row, attname, None if value in (None, "") and field.null else field.to_python(value))
    if data.get("span"):
        row.span_start, row.span_end = data["span"]
    row.locked = True
    # A person may have added the same part by hand since: say so rather than fail in the database.
    row.validate_constraints()
    row._change_reason = reason
    row._history_user = by
    row.save()
    touch(agreement)


def conflict_removes(conflict):
    """The model of the part that accepting `conflict` would delete (the document no longer names it), or None."""
    data = conflict.incoming_data or {}
    if "model" in data and data.get("values") is None and data.get("pk"):
        return apps.get_model("agreements", data["model"])
    return None


def open_conflicts(agreement):
    return ImportConflict.objects.filter(agreement=agreement, resolved=False).select_related("document")


# --- the source text with its values marked ---------------------------------------------------


@dataclass
class Mark:
    start: int
    end: int
    label: str
    anchor: str
    found: bool = False  # located by searching for the words, not by a stored span


def source_marks(agreement, parts):
    """Where each extracted value stands in the article text.

    A stored span is used as it is; a value without one (older imports, the demo fixture) is
    looked up by its words, and marked as found that way.
    """
    text = agreement.article.text if agreement.article_id else ""
    marks = []
    field_labels = {
        "title": _("협약명"),
        "signed_on": _("체결일"),
        "place": _("체결 장소"),
        "location": _("사업 위치"),
    }
    for key, span in (agreement.spans or {}).items():
        key = "signed_on" if key == "signed_on_text" else key
        if isinstance(span, list | tuple) and len(span) == 2:
            marks.append(Mark(span[0], span[1], str(field_labels.get(key, key)), f"field-{key}"))
    spanned = {m.anchor for m in marks}
    searchable = {
        "signed_on": agreement.signed_on_text,
        "place": agreement.place,
        "location": agreement.location,
        "due": agreement.due_text,
    }
    for key, words in searchable.items():
        if f"field-{key}" not in spanned and words:
            _find(text, words, str(field_labels.get(key, _("완료 목표"))), f"field-{key}", marks)
    for row in parts:
        label = str(type(row)._meta.verbose_name)
        anchor = f"{type(row)._meta.model_name}-{row.pk}"
        if row.span_start is not None and row.span_end is not None:
            marks.append(Mark(row.span_start, row.span_end, label, anchor))
        elif row.source_text:
            _find(text, row.source_text, label, anchor, marks)
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def _find(text, words, label, anchor, marks):
    """Mark the first place of `words` not marked yet (or, failing that, share the first one)."""
    taken = {(m.start, m.end) for m in marks}
    first = start = text.find(words)
    while start != -1 and (start, start + len(words)) in taken:
        start = text.find(words, start + 1)
    start = first if start == -1 else start
    if start != -1:
        marks.append(Mark(start, start + len(words), label, anchor, found=True))


@dataclass
class Shown:
    """One highlighted stretch of text and every value that stands there."""

    start: int
    end: int
    labels: list
    anchors: list
    found: bool


def visible_marks(marks):
    """The marks as drawn: the same stretch marked twice is drawn once with both labels, and a mark
    that starts inside an earlier one is left out (marks are never nested)."""
    shown = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, m.found)):  # a stored span wins
        last = shown[-1] if shown else None
        if last and (mark.start, mark.end) == (last.start, last.end):
            if mark.label not in last.labels:
                last.labels.append(mark.label)
            last.anchors.append(mark.anchor)
            last.found = last.found and mark.found
            continue
        if last and mark.start < last.end:
            continue
        shown.append(Shown(mark.start, mark.end, [mark.label], [mark.anchor], mark.found))
    return shown


def highlighted_source(text, marks):
    """The text as safe HTML with each value's words in a <mark>; everything else escaped."""
    pieces = []
    position = 0
    for group in visible_marks(marks):
        label = " · ".join(group.labels)
        pieces.append(format_html("{}", text[position : group.start]))
        pieces.append(
            format_html(
                '<mark class="hy-mark{}" id="src-{}" data-target="{}" title="{}">{}{}<sup>{}</sup></mark>',
                " hy-mark-found" if group.found else "",
                group.anchors[0],
                " ".join(group.anchors),
                label,
                format_html_join("", '<a id="src-{}"></a>', ((a,) for a in group.anchors[1:])),
                text[group.start : group.end],
                label,
            )
        )
        position = group.end
    pieces.append(format_html("{}", text[position:]))
    # The pieces are escaped already (format_html); joining them keeps them safe. Line breaks are
    # kept by the stylesheet (white-space: pre-wrap), so no markup is added inside the text.
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def conflict_label(conflict):
    """What a conflict is about, in the words of the change form: '완료 목표', '사업비'."""
    model_name = conflict.field.split(":", 1)[0]
    if ":" in conflict.field:
        try:
            return str(apps.get_model("agreements", model_name)._meta.verbose_name)
        except LookupError:
            return conflict.field
    if conflict.field == "due":
        return _("완료 목표")
    try:
        return str(Agreement._meta.get_field(conflict.field).verbose_name)
    except Exception:
        return conflict.field
