"""How money and deadlines look to people: the one place they are formatted."""

import datetime
import html

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from agreements.links import object_url

register = template.Library()

_UNITS = [(10**12, "조"), (10**8, "억"), (10**4, "만")]


@register.filter
def krw(amount):
    """300700000000 → '3,007억 원'; 367000000 → '3억 6,700만 원'; 5000 → '5,000원'."""
    if amount is None or amount == "":
        return ""
    amount = int(amount)
    sign = "-" if amount < 0 else ""
    rest = abs(amount)
    parts = []
    for size, name in _UNITS:
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count:,}{name}")
    if rest or not parts:
        parts.append(f"{rest:,}")
        return sign + " ".join(parts) + "원"
    return sign + " ".join(parts) + " 원"


@register.filter
def eok(amount):
    """Amount in 억원 for list columns: 300700000000 → '3,007'; 12005000000 → '120'; 30000000 → '0.3'."""
    if amount is None:
        return ""
    value = int(amount) / 10**8
    if value >= 1:
        text = f"{value:,.1f}"
        return text[:-2] if text.endswith(".0") else text
    return f"{value:.2f}".rstrip("0").rstrip(".")


def deadline_text(day, precision):
    if day is None:
        return ""
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    if precision == "year":
        return _("%(y)d년") % {"y": day.year}
    if precision == "half":
        return (_("%(y)d년 상반기") if day.month <= 6 else _("%(y)d년 하반기")) % {"y": day.year}
    if precision == "quarter":
        return _("%(y)d년 %(q)d분기") % {"y": day.year, "q": (day.month - 1) // 3 + 1}
    if precision == "month":
        return _("%(y)d년 %(m)d월") % {"y": day.year, "m": day.month}
    return _("%(y)d년 %(m)d월 %(d)d일") % {"y": day.year, "m": day.month, "d": day.day}


@register.filter
def deadline(day, precision="day"):
    """A date shown at its precision: (2027-12-31, 'year') → '2027년'."""
    return deadline_text(day, precision or "day")


@register.filter
def days_left(due_on, today):
    """How far a deadline is: '12일 남음', '오늘 마감', '3일 지남'."""
    if due_on is None or today is None:
        return ""
    days = (due_on - today).days
    if days > 0:
        return ngettext("%(n)d일 남음", "%(n)d일 남음", days) % {"n": days}
    if days == 0:
        return _("오늘 마감")
    return ngettext("%(n)d일 지남", "%(n)d일 지남", -days) % {"n": -days}


@register.filter
def is_overdue(agreement, today):
    return agreement.is_overdue(today)


@register.filter
def organization_url(pk):
    """The organisation page of `pk`, for the hundreds of party links of a list page (links.py)."""
    return object_url("agreements:organization", pk)


@register.simple_tag(takes_context=True)
def sort_query(context, key):
    """The current query string sorted by `key`, descending when it is already sorted ascending."""
    query = context["request"].GET.copy()
    current = query.get("o", "")
    query["o"] = f"-{key}" if current == key else key
    query.pop("page", None)
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def sort_mark(context, key):
    """▲ or ▼ beside the column the list is sorted by."""
    current = context["request"].GET.get("o", "")
    if current == key:
        return "▲"
    if current == f"-{key}":
        return "▼"
    return ""


def _filter_value_text(value, choices):
    """A cleaned filter value as a person reads it: labels for choices, 'a ~ b' for ranges."""
    if isinstance(value, slice):
        start, stop = value.start, value.stop
        if hasattr(start, "date"):
            start = start.date()
        if hasattr(stop, "date"):
            stop = stop.date()
        return f"{start if start is not None else ''} ~ {stop if stop is not None else ''}".strip()
    if value is True:
        return ""
    # Only fixed choice lists: the party and department choices would cost a query to look up, and
    # an organisation (the cleaned value) or a department name reads well as it is.
    choices = dict(choices) if isinstance(choices, list | tuple) else {}
    if isinstance(value, list | tuple):
        return ", ".join(str(choices.get(v, v)) for v in value)
    if choices and value in choices:
        return str(choices[value])
    if hasattr(value, "normalize"):
        return f"{value.normalize():f}"
    return str(value)


@register.simple_tag(takes_context=True)
def active_filters(context, filterset):
    """The conditions in force, each with a link that drops it: [{label, text, url}]."""
    request = context["request"]
    form = filterset.form
    if not form.is_bound:
        return []
    form.errors  # noqa: B018 - validates once (the FilterSet usually has); invalid fields are left out
    chips = []
    for name, field in form.fields.items():
        value = getattr(form, "cleaned_data", {}).get(name)
        if name == "o" or value in (None, "", [], (), False):
            continue
        if isinstance(value, slice) and value.start is None and value.stop is None:
            continue
        suffixes = getattr(field.widget, "suffixes", None)
        keys = [f"{name}_{suffix}" if suffix else name for suffix in suffixes] if suffixes else [name]
        query = request.GET.copy()
        for key in [*keys, "page"]:
            query.pop(key, None)
        chips.append(
            {
                "label": field.label,
                "text": _filter_value_text(value, filterset.filters[name].extra.get("choices")),
                "url": "?" + query.urlencode(),
            }
        )
    return chips


@register.simple_tag
def deadline_rows(rows, today):
    """The deadlines page's rows (`<ul class="deadline-rows">`), one `<li>` a deadline.

    Built here rather than in a template: the page shows up to 250 of them, and Django's template
    engine took 12 ms to draw them (some 14 variable lookups a row), half the page's time on a cache
    miss. Each text is escaped here, by the standard library's html.escape (what Django's escape()
    calls, without its check for lazy strings: some 1,250 calls a page); dates, days left and
    statuses repeat, so each is worded once."""
    escape = html.escape
    kinds = {True: escape(_("목표")), False: escape(_("완료 목표"))}
    when, left, statuses = {}, {}, {}
    items = []
    for d in rows:
        agreement = d.agreement
        late = "late" if d.due_on < today else ""
        key = (d.due_on, d.precision)
        if key not in when:
            when[key] = escape(str(deadline_text(d.due_on, d.precision or "day")))
        if d.due_on not in left:
            left[d.due_on] = escape(str(days_left(d.due_on, today)))
        if agreement.status not in statuses:
            statuses[agreement.status] = escape(agreement.get_status_display())
        what = f"{escape(d.what)} · " if d.target is not None else ""
        who = f"{escape(agreement.department)} · " if agreement.department else ""
        items.append(
            f'  <li class="{late}">\n'
            f'    <span class="when">{when[key]}</span>\n'
            f'    <span class="left {"overdue" if late else ""}">{left[d.due_on]}</span>\n'
            f'    <span class="what"><span class="tag">{kinds[d.target is not None]}</span> {what}'
            f'<a href="{escape(agreement.get_absolute_url())}">{escape(agreement.title)}</a></span>\n'
            f'    <span class="who muted">{who}<span class="status status-{escape(agreement.status)}">'
            f"{statuses[agreement.status]}</span></span>\n"
            "  </li>\n"
        )
    return mark_safe(f'<ul class="deadline-rows">\n{"".join(items)}</ul>')  # noqa: S308 (each text escaped above)


@register.simple_tag
def agreement_rows(agreements, today):
    """The list's rows (`<tr>`), one an agreement, for the list and organisation pages.

    Built here rather than in a template, as the deadlines' rows are: a page of 50 rows with their
    parties took Django's template engine about 30 ms on this machine's cache miss (some 20 lookups
    and filters a row), most of the page's time. Each text is escaped with html.escape; kinds,
    statuses, dates and days left repeat, so each is worded once."""
    escape = html.escape
    draft = escape(_("검토 대기"))
    signed_label, due_label, budget_label = escape(_("체결")), escape(_("목표")), escape(_("사업비(억원)"))
    kinds, statuses, whens, lefts = {}, {}, {}, {}
    rows = []
    for agreement in agreements:
        if agreement.kind not in kinds:
            kinds[agreement.kind] = escape(agreement.get_kind_display())
        if agreement.status not in statuses:
            statuses[agreement.status] = escape(agreement.get_status_display())
        badge = f' <span class="badge draft">{draft}</span>' if agreement.review_state == "extracted" else ""
        parties = "".join(
            f'<a class="party" href="{escape(organization_url(p.organization_id))}">{escape(p.name)}</a>'
            for p in agreement.parties
        )
        if agreement.signed_on:
            signed = agreement.signed_on.strftime("%Y-%m-%d")
        else:
            signed = f'<span class="muted">{escape(agreement.signed_on_text or "—")}</span>'
        due = "—"
        if agreement.due_on:
            key = (agreement.due_on, agreement.due_precision)
            if key not in whens:
                whens[key] = escape(str(deadline_text(agreement.due_on, agreement.due_precision or "day")))
            due = whens[key]
            if agreement.is_overdue(today):
                if agreement.due_on not in lefts:
                    lefts[agreement.due_on] = escape(str(days_left(agreement.due_on, today)))
                due += f' <span class="overdue">{lefts[agreement.due_on]}</span>'
        budget = eok(agreement.total_budget) or "—"
        rows.append(
            "    <tr>\n"
            f'      <td class="title"><a href="{escape(agreement.get_absolute_url())}">{escape(agreement.title)}</a>\n'
            f'        <span class="kind">{kinds[agreement.kind]}</span>{badge}</td>\n'
            f'      <td class="parties">{parties}</td>\n'
            f'      <td><span class="status status-{escape(agreement.status)}">{statuses[agreement.status]}</span></td>\n'
            f'      <td class="date" data-label="{signed_label}">{signed}</td>\n'
            f'      <td class="date" data-label="{due_label}">{due}</td>\n'
            f'      <td class="num" data-label="{budget_label}">{budget}</td>\n'
            "    </tr>\n"
        )
    if not rows:
        rows.append(f'    <tr><td colspan="6" class="empty">{escape(_("조건에 맞는 협약이 없습니다."))}</td></tr>\n')
    return mark_safe("".join(rows))  # noqa: S308 (each text escaped above)
