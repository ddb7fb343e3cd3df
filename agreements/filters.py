"""The one filter of the list page, the organisation page, the CSV export and the calendar.

Every parameter lives in the query string, so a filtered list is a bookmark and the export and the
calendar links carry it unchanged.
"""

from decimal import Decimal

import django_filters
from django import forms
from django.db import connection
from django.db.models import Case, Exists, F, OuterRef, Q, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.ingest import dates
from people.models import Organization
from people.names import normalize_org_name
from people.search import has_grams

from .models import Agreement, Participation

EOK = 10**8  # 억원 in won
PARTY_CHOICES_MAX = 200  # the party select lists at most this many organisations

DATE_WIDGET = django_filters.widgets.DateRangeWidget(attrs={"type": "date"})  # ?signed_after=&signed_before=


# The distinct departments, read as a loose index scan: each step asks the department index for the
# next name after the last one, so the cost grows with the number of departments, not of agreements
# (a plain DISTINCT reads every row: 0.2 s at 100,000 agreements).
DEPARTMENTS_SQL = """
WITH RECURSIVE departments(name) AS (
    SELECT MIN(department) FROM agreements_agreement WHERE department > ''
    UNION ALL
    SELECT (SELECT MIN(department) FROM agreements_agreement WHERE department > departments.name)
    FROM departments WHERE departments.name IS NOT NULL
)
SELECT name FROM departments WHERE name IS NOT NULL
"""


def department_choices():
    with connection.cursor() as cursor:
        cursor.execute(DEPARTMENTS_SQL)
        return [(name, name) for (name,) in cursor.fetchall()]


def party_choices(request=None):
    """Organisations that take part in at least one agreement, by name (ids are the values)."""
    return Organization.objects.filter(Exists(Participation.objects.filter(organization=OuterRef("pk"))))


def status_order():
    """Statuses in workflow order (planned → … → cancelled), not alphabetically by code."""
    return Case(*(When(status=value, then=n) for n, value in enumerate(Agreement.Status.values)))


class PartyField(django_filters.fields.ModelChoiceField):
    """Offers the organisations that take part in an agreement but accepts any organisation: the
    organisation page links its export and calendar with its own id, and an organisation that takes
    part in nothing (a parent body) must give no rows there rather than be dropped as invalid."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        try:
            return Organization.objects.get(pk=value)
        except (ValueError, TypeError, Organization.DoesNotExist) as exc:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
            ) from exc


class PartyFilter(django_filters.ModelChoiceFilter):
    field_class = PartyField


class SortFilter(django_filters.OrderingFilter):
    """Sort by a column with empty dates and budgets last on SQLite and PostgreSQL alike, ties by id;
    statuses in workflow order. Each direction has its own Korean label ("사업비 큰 순")."""

    def __init__(self, *args, labels, **kwargs):
        self.labels = labels
        super().__init__(*args, **kwargs)

    def build_choices(self, fields, labels):
        return [(param, self.labels[param]) for param in self.labels]

    def filter(self, qs, value):
        if value in django_filters.constants.EMPTY_VALUES:
            return qs
        ordering = []
        for param in value:
            descending = param.startswith("-")
            name = self.param_map.get(param.lstrip("-"))
            if name is None:
                continue
            expression = status_order() if name == "status" else F(name)
            ordering.append(
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
        if not ordering:
            return qs
        return qs.order_by(*ordering, "-pk")


class AgreementFilter(django_filters.FilterSet):
    """Free text, status, kind, parties, dates, budget (억원), department, empty values, review."""

    q = django_filters.CharFilter(
        label=_("검색"),
        method="search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("협약명, 기관, 장소")}),
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("상태"),
        choices=Agreement.Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a plain IN on the agreement's own column: no join, nothing to de-duplicate
    )
    kind = django_filters.ChoiceFilter(label=_("구분"), choices=Agreement.Kind.choices, empty_label=_("전체"))
    party = PartyFilter(
        label=_("협약기관"), queryset=party_choices, method="filter_party", empty_label=_("전체")
    )
    party_kind = django_filters.ChoiceFilter(
        label=_("기관 유형"),
        choices=Organization.Kind.choices,
        method="filter_party_kind",
        empty_label=_("전체"),
    )
    signed = django_filters.DateFromToRangeFilter(
        label=_("체결일"), field_name="signed_on", widget=DATE_WIDGET
    )
    due = django_filters.DateFromToRangeFilter(
        label=_("완료 목표일"), field_name="due_on", widget=DATE_WIDGET
    )
    overdue = django_filters.BooleanFilter(
        label=_("기한 지남만"), method="filter_overdue", widget=forms.CheckboxInput
    )
    due_within = django_filters.NumberFilter(
        label=_("N일 안에 마감"),
        method="filter_due_within",
        min_value=0,
        max_value=3660,
        widget=forms.NumberInput(attrs={"placeholder": _("예: 90"), "min": 0, "step": 1}),
    )
    budget = django_filters.RangeFilter(
        label=_("사업비(억원)"),
        method="filter_budget",
        widget=django_filters.widgets.RangeWidget(attrs={"inputmode": "decimal", "step": "any"}),
    )
    department = django_filters.ChoiceFilter(
        label=_("담당부서"), choices=department_choices, empty_label=_("전체")
    )
    no_due = django_filters.BooleanFilter(
        label=_("완료 목표 없음"), method="filter_no_due", widget=forms.CheckboxInput
    )
    no_budget = django_filters.BooleanFilter(
        label=_("사업비 없음"), method="filter_no_budget", widget=forms.CheckboxInput
    )
    review = django_filters.ChoiceFilter(
        label=_("검토 상태"),
        field_name="review_state",
        choices=Agreement.ReviewState.choices,
        empty_label=_("전체"),
    )
    o = SortFilter(
        label=_("정렬"),
        fields=(
            ("signed_on", "signed"),
            ("due_on", "due"),
            ("title", "title"),
            ("status", "status"),
            ("total_budget", "budget"),
        ),
        labels={
            "-signed": _("체결일 최근 순"),
            "signed": _("체결일 오래된 순"),
            "due": _("완료 목표 빠른 순"),
            "-due": _("완료 목표 늦은 순"),
            "-budget": _("사업비 큰 순"),
            "budget": _("사업비 작은 순"),
            "title": _("협약명 가나다 순"),
            "-title": _("협약명 역순"),
            "status": _("상태 (예정 → 취소)"),
            "-status": _("상태 (취소 → 예정)"),
        },
        empty_label=_("기본 (최근 체결 순)"),
    )

    class Meta:
        model = Agreement
        fields = []

    @property
    def form(self):
        """The party field lists the organisations that take part in agreements while they are few
        (PARTY_CHOICES_MAX); past that, only the one chosen (added in `qs`): a select of the 20,000
        organisations of a province's registry is no way to choose one, and reading them all cost
        more than the page. Organisations are then found by the search box and their own pages,
        which link here with their id."""
        form = super().form
        field = form.fields["party"]
        if not getattr(field, "bounded", False):
            drawn = []

            def options():  # read when the select is drawn, so a page that never draws it pays nothing
                if drawn:
                    return drawn
                offered = list(
                    party_choices().order_by("name", "pk").values_list("pk", "name")[: PARTY_CHOICES_MAX + 1]
                )
                empty = field.empty_label
                if len(offered) > PARTY_CHOICES_MAX:
                    offered = []
                    empty = _("전체 (기관이 많아 검색창이나 기관 페이지에서 고릅니다)")
                chosen = getattr(form, "cleaned_data", {}).get("party")
                if chosen is not None and chosen.pk not in {pk for pk, _name in offered}:
                    offered.append((chosen.pk, chosen.name))
                drawn.extend([("", empty), *offered])
                return drawn

            field.widget.choices = options
            field.bounded = True
        return form

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            queryset = super().qs
            cleaned = getattr(self.form, "cleaned_data", {})
            if not cleaned.get("o"):
                queryset = queryset.order_by(F("signed_on").desc(nulls_last=True), "-pk")
            self._qs = queryset
        return self._qs

    @staticmethod
    def today():
        return timezone.localdate()

    def search(self, queryset, name, value):
        """Each word in the title, the place or the site, or in a party's name or alias.

        Each word is two sets of agreement ids, OR'ed: the agreements whose own text holds it, and
        those a matching organisation takes part in (a few thousand organisations at most, found
        set-wise; a correlated EXISTS per agreement ran the name match once for each of 100,000
        rows). On PostgreSQL, a word of two characters or more is looked up in the bigram indexes
        first (people/search.py) and confirmed with `icontains`; SQLite reads its rows with LIKE."""
        for word in value.split():
            own = text_matching(word, ["title", "place", "location"])
            parties = Participation.objects.filter(organization__in=organizations_named(word)).values(
                "agreement_id"
            )
            queryset = queryset.filter(own | Q(pk__in=parties))
        return queryset

    def filter_party(self, queryset, name, value):
        return queryset.with_party(value)

    def filter_party_kind(self, queryset, name, value):
        """Agreements an organisation of this kind takes part in (any role): one column of the
        agreement, kept by the database (migration 0012), instead of a join per agreement."""
        return queryset.filter(party_kinds__contains=f",{value},")

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue(self.today()) if value else queryset

    def filter_due_within(self, queryset, name, value):
        return queryset.due_within(int(value), self.today())

    def filter_budget(self, queryset, name, value):
        if value.start is not None:
            queryset = queryset.filter(total_budget__gte=int(Decimal(value.start) * EOK))
        if value.stop is not None:
            queryset = queryset.filter(total_budget__lte=int(Decimal(value.stop) * EOK))
        return queryset

    def filter_no_due(self, queryset, name, value):
        return queryset.filter(due_on__isnull=True) if value else queryset

    def filter_no_budget(self, queryset, name, value):
        return queryset.filter(total_budget__isnull=True) if value else queryset


def indexed(word):
    """Whether `word` is looked up in a bigram index: on PostgreSQL, from two characters."""
    return connection.vendor == "postgresql" and len(word) >= 2


def text_matching(word, fields):
    """Rows whose `fields` contain `word` (case-insensitive). On PostgreSQL the bigram index finds
    them; a two-character word is its own bigram, so the index's answer is the answer, and a longer
    one is confirmed in the text (people/search.py)."""
    contains = Q()
    for field in fields:
        contains |= Q(**{f"{field}__icontains": word})
    if not indexed(word):
        return contains
    if len(word) == 2:
        return Q(has_grams(word))
    return Q(has_grams(word)) & contains


def organizations_named(word):
    """Organisations whose name contains `word`, or whose normalised name or an alias contains its
    normalised form (so '(주)가나' finds '㈜가나데이터', and an alias finds its organisation)."""
    names = text_matching(word, ["name"])
    key = normalize_org_name(word)
    if key:  # a legal form alone ("주식회사", "㈜") normalises to "", which every name contains
        keys = Q(normalized_name__contains=key) | Q(alias_keys__contains=key)
        names |= (Q(has_grams(key)) & keys) if indexed(key) else keys
    return Organization.objects.filter(names).values("pk")


def quarter_end(today):
    """The last day of the quarter that `today` falls in."""
    return dates.quarter_end(today.year, (today.month - 1) // 3 + 1).date
