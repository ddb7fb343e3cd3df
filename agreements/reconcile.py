"""A re-imported agreement's parts against the stored ones, and the conflicts where a person kept a value.

The loader (agreements/loader.py) builds the parts a document describes as unsaved rows;
`update_parts` brings the stored participations, budgets, targets and commitments in line with
them. A stored part with the same values stays. A part a person entered or corrected (`locked`),
or any part of a frozen list (a reviewed agreement, or a list a person deleted from), is kept, and
when the document now says something else about it an ImportConflict records the new words.
Everything else is replaced by what the document says. `record_conflict` is also how the loader
records a disagreement about one of the agreement's own fields.
"""

import datetime
import decimal

from .models import Budget, Commitment, ImportConflict, Participation, Target
from .templatetags.hyeopyak import deadline_text, krw

PART_MODELS = (Participation, Budget, Target, Commitment)
# The name a person's deletion of a part locks (Agreement.locked_fields): the whole list of that kind.
PART_COLLECTIONS = {
    Participation: "participations",
    Budget: "budgets",
    Target: "targets",
    Commitment: "commitments",
}
_BOOKKEEPING = {"id", "agreement", "locked", "span_start", "span_end"}


def json_value(value):
    if isinstance(value, datetime.date | decimal.Decimal):
        return str(value)
    return value


def record_conflict(agreement, name, kept_text, incoming_text, document, report, data=None):
    """Record that the document says something else where a person kept a value."""
    report.left_alone.append((agreement.pk, name))
    if kept_text == incoming_text:
        return
    _, created = ImportConflict.objects.get_or_create(
        agreement=agreement,
        field=name,
        incoming_value=incoming_text,
        defaults={"kept_value": kept_text, "document": document, "incoming_data": data or {}},
    )
    if created:
        report.conflicts += 1


def part_values(row):
    """A part's own values, JSON-ready (what accepting a conflict writes)."""
    return {
        f.attname: json_value(getattr(row, f.attname))
        for f in row._meta.concrete_fields
        if f.name not in _BOOKKEEPING
    }


def describe_part(row):
    """A part as a reviewer reads it in a conflict: '사업비 3,007억 원 (3007억원)'."""
    label = type(row)._meta.verbose_name
    if isinstance(row, Participation):
        text = f"{row.organization.name} ({row.get_role_display()})"
        if row.signatory_id:
            text += f", {row.signatory.name}"
    elif isinstance(row, Budget):
        text = krw(row.amount_krw) + (f" ({row.source_text})" if row.source_text else "")
    elif isinstance(row, Target):
        text = row.description
        if row.due_on:
            text += f", {deadline_text(row.due_on, row.due_precision)}"
        if row.value is not None:
            text += f", {float(row.value):g}{row.unit}"
    else:
        text = row.text
    return f"{label}: {text}"


def _signature(row):
    """What makes two parts the same, ignoring ids and bookkeeping."""
    values = []
    for f in row._meta.concrete_fields:
        if f.name in _BOOKKEEPING:
            continue
        value = getattr(row, f.attname)
        if f.name == "value" and value is not None:
            value = float(value)
        values.append((f.name, value))
    return (type(row).__name__, tuple(values))


def _natural_key(row):
    """What identifies a part across two versions of an article when its values changed."""
    if isinstance(row, Participation):
        return (row.organization_id, row.role)
    return row.source_text


def update_parts(agreement, incoming, document, report, reviewed):
    """Bring the agreement's stored parts in line with `incoming` (unsaved rows); True if rows changed."""
    changed = False
    for model in PART_MODELS:
        frozen = reviewed or PART_COLLECTIONS[model] in agreement.locked_fields
        new = [row for row in incoming if type(row) is model]
        old = list(model.objects.filter(agreement=agreement).order_by("id"))
        changed |= _update_collection(agreement, old, new, frozen, document, report)
    return changed


def _update_collection(agreement, old, new, frozen, document, report):
    """Bring one kind of part in line with the document, leaving alone what people kept."""
    changed = False
    pending = list(new)
    unmatched = []
    for row in old:
        twin = next((n for n in pending if _signature(n) == _signature(row)), None)
        if twin is None:
            unmatched.append(row)
            continue
        pending.remove(twin)
        if not frozen and (row.span_start, row.span_end) != (twin.span_start, twin.span_end):
            row.span_start, row.span_end = twin.span_start, twin.span_end
            row.save(update_fields=["span_start", "span_end"])
            changed = True
    kept = [row for row in unmatched if frozen or row.locked]
    free = [row for row in unmatched if not (frozen or row.locked)]
    for row in kept:
        partner = next((n for n in pending if _natural_key(n) == _natural_key(row)), None)
        if partner is None and (row.source_text or row.span_start is not None):
            # an extracted part a person corrected: it stands for the next part of its kind
            partner = next(
                (n for n in pending if _natural_key(n) not in {_natural_key(k) for k in kept}), None
            )
        if partner is not None:
            pending.remove(partner)
            _part_conflict(agreement, row, partner, document, report)
        elif frozen and not row.locked:
            _part_conflict(agreement, row, None, document, report)  # the document no longer says it
    if frozen:
        for row in pending:
            _part_conflict(agreement, None, row, document, report)  # the document adds it
        return changed
    for row in free:
        row.delete()
    for row in pending:
        row.save()
    return changed or bool(free or pending)


def _part_conflict(agreement, kept, incoming, document, report):
    model = type(kept or incoming)
    name = f"{model._meta.model_name}:{kept.pk if kept else 'new'}"
    data = {"model": model._meta.model_name, "pk": kept.pk if kept else None}
    data["values"] = part_values(incoming) if incoming is not None else None
    if incoming is not None and kept is not None and (incoming.span_start is not None):
        data["span"] = [incoming.span_start, incoming.span_end]
    record_conflict(
        agreement,
        name,
        describe_part(kept) if kept else "",
        describe_part(incoming) if incoming else "",
        document,
        report,
        data=data,
    )
