"""Merging duplicate organisations into one.

Everything that points at an organisation moves to the one kept, found generically through
`Organization._meta.related_objects`, so this module needs to know nothing of agreements.
Where moving a row would break a unique constraint (the same organisation twice in one role of
one agreement), the two rows are merged: the one already there keeps its values and takes the
moved row's values only where its own are empty.
"""

from collections import Counter

from django.db import models, transaction

from .models import Organization
from .signals import rows_moved


def organization_merge(*, keep, others, by=None):
    """Merge `others` into `keep` and delete them; returns a Counter of what moved."""
    others = [o for o in others if o.pk != keep.pk]
    if not others:
        return Counter()
    reason = f"기관 합치기: {', '.join(o.name for o in others)} → {keep.name}"
    moved = Counter()
    with transaction.atomic():
        keep = Organization.objects.select_for_update().get(pk=keep.pk)
        for relation in Organization._meta.related_objects:
            if relation.many_to_many:
                moved += _move_many_to_many(relation, keep, others)
            else:
                moved += _move_rows(relation, keep, others, by, reason)
        for other in others:
            if keep.parent_id == other.pk:
                keep.parent = other.parent if other.parent_id != keep.pk else None
            keep.add_aliases([other.name, *other.aliases])
            for name in ("email",):
                if not getattr(keep, name) and getattr(other, name):
                    setattr(keep, name, getattr(other, name))
            if keep.classification == Organization.Kind.OTHER:
                keep.classification = other.classification
        for other in others:
            other._change_reason = reason
            other._history_user = by
            other.delete()
        keep._change_reason = reason
        keep._history_user = by
        keep.save()
    moved["organization"] = len(others)
    return moved


def _move_rows(relation, keep, others, by, reason):
    model, field = relation.related_model, relation.field
    moved = Counter()
    saved = []
    if model is Organization and field.name == "parent":
        rows = model._default_manager.filter(parent__in=others).exclude(pk=keep.pk)
    else:
        rows = model._default_manager.filter(**{f"{field.name}__in": others})
    for row in rows:
        setattr(row, field.name, keep)
        row._change_reason = reason
        row._history_user = by
        twin = _twin(row, field)
        if twin is None:
            row.save()
            saved.append(row)
            moved[model._meta.model_name] += 1
            continue
        _fill_blanks(twin, row, field)
        twin._change_reason = reason
        twin._history_user = by
        twin.save()
        saved.append(twin)
        row.delete()
        moved[f"{model._meta.model_name} (merged)"] += 1
    if saved:
        rows_moved.send(sender=model, rows=saved)
    return moved


def _unique_field_sets(model):
    sets = [tuple(fields) for fields in model._meta.unique_together]
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields and constraint.condition is None:
            sets.append(tuple(constraint.fields))
    return sets


def _twin(row, field):
    """A row already pointing at the kept organisation that `row` would duplicate, or None."""
    for fields in _unique_field_sets(type(row)):
        if field.name not in fields:
            continue
        lookup = {name: getattr(row, row._meta.get_field(name).attname) for name in fields}
        lookup[field.attname] = getattr(row, field.attname)
        twin = type(row)._default_manager.filter(**lookup).exclude(pk=row.pk).first()
        if twin is not None:
            return twin
    return None


def _fill_blanks(twin, row, field):
    """The kept row takes the other row's values where it has none; flags stay set if either set them."""
    for f in twin._meta.concrete_fields:
        if f.primary_key or f.name == field.name:
            continue
        mine, theirs = getattr(twin, f.attname), getattr(row, f.attname)
        if isinstance(f, models.BooleanField):
            setattr(twin, f.attname, bool(mine or theirs))
        elif mine in (None, "") and theirs not in (None, ""):
            setattr(twin, f.attname, theirs)


def _move_many_to_many(relation, keep, others):
    moved = Counter()
    accessor = relation.get_accessor_name()
    field_name = relation.field.name
    for other in others:
        for row in getattr(other, accessor).all():
            manager = getattr(row, field_name)
            manager.remove(other)
            manager.add(keep)
            moved[relation.related_model._meta.model_name] += 1
    return moved
