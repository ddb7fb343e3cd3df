"""An agreement that comes back against the stored one, and the conflicts where a person kept a value.

`reconcile_agreement` brings a stored agreement in line with what a document says of it: the
values a document gives (`values`) and the parts it describes as unsaved rows (`incoming`). It
is how the loader updates an agreement when its own document is imported again, and how a
confirmed match (matching.py) brings a later document's draft into the agreement it is.
A field nobody edited takes the document's value; a field a person edited (`locked_fields`), and
every value of a reviewed agreement, is kept, and an ImportConflict records the new words.

`update_parts` does the same for the participations, budgets, targets and commitments. A stored
part with the same values stays. A part a person entered or corrected (`locked`), or any part of a
frozen list (a reviewed agreement, or a list a person deleted from), is kept; the incoming part it
stands for is found by the evidence, strongest first (see `_pair`), and when that part says
something else an ImportConflict records the new words. Everything else is replaced by what the
document says.
"""

import datetime
import decimal
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext

from .loader_validate import fit
from .locking import touch
from .models import Agreement, Budget, Commitment, ImportConflict, Participation, Target
from .templatetags.hyeopyak import deadline_text, krw


@dataclass
class LoadReport:
    """What a load did: created / updated / unchanged counts, what it left alone, its proposals."""

    counts: dict = field(default_factory=lambda: {})
    left_alone: list = field(default_factory=list)
    conflicts: int = 0
    agreements: list = field(default_factory=list)
    proposals: list = field(default_factory=list)  # (draft pk, existing agreement pk)

    def count(self, kind, outcome):
        self.counts.setdefault(kind, Counter())[outcome] += 1

    def total(self, outcome):
        return sum(counter[outcome] for counter in self.counts.values())

    def summary(self):
        parts = []
        for kind in ("document", "agreement", "organization", "person"):
            c = self.counts.get(kind, Counter())
            parts.append(
                f"{kind}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            )
        line = "; ".join(parts)
        if self.left_alone:
            where = ", ".join(f"#{pk} {name}" for pk, name in self.left_alone)
            line += f"; left alone (edited by a person): {len(self.left_alone)} ({where})"
        if self.conflicts:
            line += f"; conflicts recorded: {self.conflicts}"
        if self.proposals:
            pairs = ", ".join(f"#{draft} ≟ #{existing}" for draft, existing in self.proposals)
            line += f"; proposed as the same agreement: {len(self.proposals)} ({pairs}), for a reviewer"
        return line


# The agreement's own fields a document gives (loader._agreement_values builds them).
AGREEMENT_FIELDS = (
    "title",
    "kind",
    "signed_on",
    "signed_on_text",
    "place",
    "location",
    "summary",
    "due_on",
    "due_precision",
    "due_text",
)
# Fields that are one value to a person: a deadline is its date and its precision together.
FIELD_GROUPS = {"due": ("due_on", "due_precision")}
_GROUPED = {name for names in FIELD_GROUPS.values() for name in names}


def reconcile_agreement(agreement, values, spans, incoming, article, document, report):
    """Bring a stored agreement in line with what `document` says of it; counts it updated or unchanged."""
    report.agreements.append(agreement)
    changed = False
    reviewed = agreement.review_state == Agreement.ReviewState.REVIEWED
    locked = set(agreement.locked_fields)
    for unit, names in _field_units(values):
        current = {name: getattr(agreement, name) for name in names}
        new = {name: values[name] for name in names}
        if current == new:
            continue
        if reviewed or unit in locked or locked.intersection(names):
            record_conflict(
                agreement,
                unit,
                _field_text(unit, current),
                _field_text(unit, new),
                document,
                report,
                data={name: json_value(value) for name, value in new.items()},
            )
            continue
        for name, value in new.items():
            setattr(agreement, name, value)
        changed = True
    # Where the words stand is bookkeeping, not a person's data: spans follow the newest article
    # that changed something, unless the agreement was reviewed against the old one.
    if not reviewed and agreement.spans != spans:
        agreement.spans = spans
        changed = True
    parts_changed = update_parts(agreement, incoming, document, report, reviewed)
    if changed or (parts_changed and not reviewed and agreement.article_id != getattr(article, "pk", None)):
        agreement.article = article
        agreement.save()
    elif parts_changed:
        touch(agreement)  # a form opened before this import is stale (locking.py); save() moves it too
    report.count("agreement", "updated" if changed or parts_changed else "unchanged")
    return changed or parts_changed


def _field_units(values):
    """(unit name, field names) pairs: single fields, and the grouped ones as one unit."""
    units = [(name, (name,)) for name in values if name not in _GROUPED]
    units += list(FIELD_GROUPS.items())
    return units


def _field_text(unit, values):
    if unit == "due":
        return deadline_text(values["due_on"], values["due_precision"])
    return "\n".join(_as_text(value) for value in values.values())


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(value)


PART_MODELS = (Participation, Budget, Target, Commitment)
# The name a person's deletion of a part locks (Agreement.locked_fields): the whole list of that kind.
PART_COLLECTIONS = {
    Participation: "participations",
    Budget: "budgets",
    Target: "targets",
    Commitment: "commitments",
}
# Not a part's values: its ids, its place in the text, and what the database derives (a target's
# agreement_open, migration 0014).
_BOOKKEEPING = {"id", "agreement", "locked", "span_start", "span_end", "agreement_open"}


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
        field=fit(ImportConflict, "field", name),
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
        if row.is_share:
            text += f", {gettext('합계에 든 내역')}"
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


def _words(row):
    """The words a part was read from, spacing aside ('' for a part a person typed in)."""
    return "".join(row.source_text.split())


def update_parts(agreement, incoming, document, report, reviewed):
    """Bring the agreement's stored parts in line with `incoming` (unsaved rows); True if rows changed."""
    lists = []
    for model in PART_MODELS:
        old = list(model.objects.filter(agreement=agreement).order_by("id"))
        lists.append((model, *_twins(old, [row for row in incoming if type(row) is model])))
    # Parts the document still says word for word show how far the text moved around each place.
    anchors = sorted(
        (row.span_start, twin.span_start)
        for _, twins, _, _ in lists
        for row, twin in twins
        if row.span_start is not None and twin.span_start is not None
    )
    changed = False
    for model, twins, old, new in lists:
        frozen = reviewed or PART_COLLECTIONS[model] in agreement.locked_fields
        changed |= _update_collection(agreement, twins, old, new, frozen, anchors, document, report)
    return changed


def _twins(old, new):
    """([(stored, incoming)] with the same values, the stored parts left, the incoming parts left)."""
    pending = list(new)
    twins, unmatched = [], []
    for row in old:
        twin = next((n for n in pending if _signature(n) == _signature(row)), None)
        if twin is None:
            unmatched.append(row)
        else:
            pending.remove(twin)
            twins.append((row, twin))
    return twins, unmatched, pending


def _update_collection(agreement, twins, old, new, frozen, anchors, document, report):
    """Bring one kind of part in line with the document, leaving alone what people kept.

    `twins` are the stored parts the document repeats, `old` the other stored parts and `new`
    the other incoming ones.
    """
    changed = False
    for row, twin in twins:
        if not frozen and (row.span_start, row.span_end) != (twin.span_start, twin.span_end):
            row.span_start, row.span_end = twin.span_start, twin.span_end
            row.save(update_fields=["span_start", "span_end"])
            changed = True
    kept = [row for row in old if frozen or row.locked]
    free = [row for row in old if not (frozen or row.locked)]
    pairs, pending = _pair(kept, new, anchors)
    for row, partner in pairs:
        if partner is not None:
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


def _pair(kept, pending, anchors):
    """Which incoming part each kept part stands for: ([(kept, incoming or None)], incoming parts left).

    The evidence, strongest first, each tried for every kept part before the next:
    1. the same thing: the same organisation in the same role; for other parts, the same words;
    2. the same words it was read from (a participation a person gave another organisation);
    3. the same place in the text, once the shift of the text there is allowed for (words inserted
       before it move it; `anchors` are (old, new) starts of the parts the document repeats);
    4. failing all of these, the order of the parts.
    A part a person typed in, with neither words nor place, stands only for the same thing.
    """
    partners = [None] * len(kept)
    left = list(pending)

    def take(i, candidate):
        partners[i] = candidate
        left.remove(candidate)

    def unpaired():
        return [i for i, row in enumerate(kept) if partners[i] is None]

    for i in unpaired():
        same = next((n for n in left if _natural_key(n) == _natural_key(kept[i])), None)
        if same is not None:
            take(i, same)
    for i in unpaired():
        if _words(kept[i]):
            said = next((n for n in left if _words(n) == _words(kept[i])), None)
            if said is not None:
                take(i, said)
    distances = sorted(
        (_distance(kept[i], n, anchors), i, j)
        for i in unpaired()
        if kept[i].span_start is not None
        for j, n in enumerate(left)
        if n.span_start is not None
    )
    placed = {}
    for _, i, j in distances:
        if i not in placed and j not in placed.values():
            placed[i] = j
    for i, candidate in [(i, left[j]) for i, j in placed.items()]:
        take(i, candidate)
    others = {_natural_key(row) for row in kept}
    for i in unpaired():
        if kept[i].source_text or kept[i].span_start is not None:
            following = next((n for n in left if _natural_key(n) not in others), None)
            if following is not None:
                take(i, following)
    return list(zip(kept, partners, strict=True)), left


def _distance(row, candidate, anchors):
    """How far apart a stored part's place and an incoming one's are: below 0 by how much they overlap."""
    shift = _shift(row.span_start, anchors)
    start, end = row.span_start + shift, (row.span_end or row.span_start) + shift
    return max(start, candidate.span_start) - min(end, candidate.span_end or candidate.span_start)


def _shift(start, anchors):
    """How far the text moved at `start`: as it did at the nearest part the document repeats."""
    if not anchors:
        return 0
    old, new = min(anchors, key=lambda anchor: (abs(anchor[0] - start), anchor[0] > start))
    return new - old


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
