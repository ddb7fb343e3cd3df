import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from people.names import normalize_org_name

from .models import Agreement, Participation


class AgreementFilter(django_filters.FilterSet):
    """The one filter of the list page, the CSV export and the calendar."""

    q = django_filters.CharFilter(label=_("검색"), method="search")
    status = django_filters.MultipleChoiceFilter(label=_("상태"), choices=Agreement.Status.choices)
    kind = django_filters.ChoiceFilter(label=_("구분"), choices=Agreement.Kind.choices)

    class Meta:
        model = Agreement
        fields = ["q", "status", "kind"]

    def search(self, queryset, name, value):
        for word in value.split():
            key = normalize_org_name(word)
            parties = Participation.objects.filter(agreement=OuterRef("pk")).filter(
                Q(organization__name__icontains=word)
                | Q(organization__normalized_name__contains=key)
                | Q(organization__alias_keys__contains=key)
            )
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(place__icontains=word)
                | Q(location__icontains=word)
                | Exists(parties)
            )
        return queryset
