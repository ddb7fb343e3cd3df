from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from .filters import AgreementFilter
from .models import Agreement, Participation

PAGE_SIZE = 50


def public_read(view):
    """Public records are readable without a login unless settings.PUBLIC_READ is off."""

    def wrapper(request, *args, **kwargs):
        if not settings.PUBLIC_READ and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@public_read
def agreement_list(request):
    agreement_filter = AgreementFilter(request.GET, queryset=Agreement.objects.for_list())
    page = Paginator(agreement_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "agreements/agreement_list.html",
        {"filter": agreement_filter, "page": page, "agreements": page.object_list},
    )


@public_read
def agreement_detail(request, pk):
    agreement = get_object_or_404(
        Agreement.objects.select_related("article__document", "owner").prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("organization", "signatory"),
            ),
            "budgets",
            "targets",
            "commitments__organization",
        ),
        pk=pk,
    )
    return render(request, "agreements/agreement_detail.html", {"agreement": agreement})
