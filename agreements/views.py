import datetime
import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from people.models import Organization

from . import calendar, exports
from . import deadlines as deadlines_module
from .deadlines import SECTION_PAGE_ROWS, as_deadlines, deadline_rows, deadline_sections, feed_deadlines
from .filters import AgreementFilter, quarter_end
from .history import agreement_history
from .locking import seen_in
from .models import Agreement, Target
from .page_cache import cached_page
from .templatetags.hyeopyak import active_filters
from .workflow import agreement_transition, allowed_transitions, target_meet

PAGE_SIZE = 50
OPEN_STATUSES = [Agreement.Status.PLANNED, Agreement.Status.SIGNED, Agreement.Status.IN_PROGRESS]


def public_read(view):
    """Public records are readable without a login unless settings.PUBLIC_READ is off."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.PUBLIC_READ and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def public_read_or_feed_token(view):
    """The deadlines feed: public_read, or a subscription token in the URL for calendar apps, which
    cannot log in. The token opens this feed only and logs nobody in; a wrong, tampered or revoked one
    is refused, even when the feed is public, so that a dead subscription shows as one."""

    readable = public_read(view)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if "token" not in request.GET:
            return readable(request, *args, **kwargs)
        if calendar.feed_user(request.GET["token"]) is None:
            return HttpResponseForbidden(
                _("구독 주소가 맞지 않거나 더는 쓸 수 없습니다. 기한 페이지에서 새 주소를 받으세요."),
                content_type="text/plain; charset=utf-8",
            )
        return view(request, *args, **kwargs)

    return wrapper


class ListPaginator(Paginator):
    """The list's paginator: the count comes with the budget total (one query, `totals`), and a page
    is read in two steps inside one query: the ids of its rows, in the list's order, from the filtered
    rows (an index-only scan when unfiltered), then those rows with what they show. OFFSET then skips
    index entries rather than whole rows with their joins, so page 2,000 costs about what page 1
    does."""

    def __init__(self, object_list, per_page, *, count, shown):
        super().__init__(object_list, per_page)
        self.count = count  # a cached_property: the total's query has counted already
        self.shown = shown

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = self.object_list.values("pk")[bottom : bottom + self.per_page]
        ordering = self.object_list.query.order_by or Agreement._meta.ordering
        return self._get_page(self.shown.filter(pk__in=ids).order_by(*ordering), number, self)


def filtered_list(request, queryset, template, extra=None, fixed=None):
    """The list page and the organisation page: one FilterSet, a paginator, a total.

    `fixed` are query parameters the page implies (the organisation's id), added to the export and
    calendar links so that they hold exactly the rows on screen."""
    agreement_filter = AgreementFilter(request.GET, queryset=queryset)
    agreements = agreement_filter.qs
    at_most = count_bound(agreement_filter, request.GET.get("page"))
    count, total_budget = agreements.totals(at_most)
    paginator = ListPaginator(agreements, PAGE_SIZE, count=count, shown=Agreement.objects.for_table())
    page = paginator.get_page(request.GET.get("page"))
    today = timezone.localdate()
    context = {
        "filter": agreement_filter,
        "page": page,
        "agreements": page.object_list,
        "total_budget": total_budget,
        # the count is "more than this" (the page says so, and shows no total and no last page)
        "counted_to": at_most if at_most is not None and count > at_most else None,
        "today": today,
        "open_statuses": OPEN_STATUSES,
        "quarter_end": quarter_end(today).isoformat(),
        "query": export_query(request, fixed),
        **(extra or {}),
    }
    return render(request, template, context)


def count_bound(agreement_filter, page):
    """How far a list counts, or None for an exact count: a text search counts its matches only up
    to settings.SEARCH_COUNT_LIMIT (or to the end of the page asked for, if further), because a
    common word matches tens of thousands of agreements and an exact count and total would read
    every one (at 100,000 agreements, '데이터' matched 39,000: 77 ms of a 120 ms page). The filters
    that are not a search count exactly: they are counted from indexes (migrations 0012-0014)."""
    if not agreement_filter.is_valid() or not agreement_filter.form.cleaned_data.get("q"):
        return None
    try:
        number = max(1, int(page))
    except (TypeError, ValueError):
        number = 1
    return max(settings.SEARCH_COUNT_LIMIT, number * PAGE_SIZE)


def export_query(request, fixed=None):
    """The query string of the filters in force, for links to the same rows elsewhere (no page, no
    subscription token)."""
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("token", None)
    for key, value in (fixed or {}).items():
        query[key] = value
    return query.urlencode()


@public_read
@cached_page
def agreement_list(request):
    return filtered_list(request, Agreement.objects.for_list(), "agreements/agreement_list.html")


@public_read
@cached_page
def organization_detail(request, pk):
    organization = get_object_or_404(Organization.objects.select_related("parent"), pk=pk)
    return filtered_list(
        request,
        Agreement.objects.for_list().with_party(organization),
        "agreements/organization_detail.html",
        {"organization": organization},
        fixed={"party": organization.pk},
    )


@public_read
def agreement_detail(request, pk):
    agreement = get_object_or_404(Agreement.objects.with_parts(), pk=pk)
    return render(
        request,
        "agreements/agreement_detail.html",
        {
            "agreement": agreement,
            # Visitors see what changed and when; staff names only to people who are logged in.
            "history": agreement_history(agreement, people=request.user.is_authenticated),
            "today": timezone.localdate(),
            "next_statuses": [(s, Agreement.Status(s).label) for s in allowed_transitions(agreement.status)],
        },
    )


def posted_date(request):
    """The date a form says a step happened on; today when left empty."""
    value = request.POST.get("on", "").strip()
    if not value:
        return timezone.localdate()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(_("날짜는 YYYY-MM-DD 형식으로 적어 주세요.")) from exc


@require_POST
@permission_required("agreements.change_agreement", raise_exception=True)
def agreement_change_status(request, pk):
    agreement = get_object_or_404(Agreement, pk=pk)
    try:
        agreement_transition(
            agreement=agreement,
            to=request.POST.get("to", ""),
            on=posted_date(request),
            by=request.user,
            seen=seen_in(request.POST),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("상태를 '%(status)s'(으)로 바꿨습니다.") % {"status": agreement.get_status_display()}
        )
    return redirect(agreement)


@require_POST
@permission_required("agreements.change_target", raise_exception=True)
def target_mark_met(request, pk):
    target = get_object_or_404(Target.objects.select_related("agreement"), pk=pk)
    try:
        target_meet(target=target, on=posted_date(request), by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("목표 '%(target)s'을(를) 달성으로 기록했습니다.") % {"target": target.description}
        )
    return redirect(target.agreement)


def deadline_filter(request):
    """The list's AgreementFilter, for the deadlines of the agreements it keeps.

    The deadlines themselves are always in date order, whatever sort the query string names."""
    return AgreementFilter(request.GET, queryset=Agreement.objects.all())


def filter_problems(agreement_filter):
    """'N일 안에 마감: 숫자를 입력하세요.' for each value the filter could not use (it is left out)."""
    form = agreement_filter.form
    return [
        f"{form.fields[name].label}: {' '.join(errors)}" if name in form.fields else " ".join(errors)
        for name, errors in form.errors.items()
    ]


def subscription_url(request, query):
    """The address a calendar app subscribes to: the plain feed while reading is public, otherwise
    one with the user's token, since the app cannot log in."""
    params = QueryDict(query, mutable=True)
    if not settings.PUBLIC_READ:
        params["token"] = calendar.feed_token(request.user)
    url = settings.SITE_URL + reverse("agreements:deadlines_ics")
    return f"{url}?{params.urlencode()}" if params else url


@public_read
@cached_page
def deadline_list(request):
    """Every section counted (up to settings.DEADLINE_COUNT_LIMIT), with its first rows;
    `?section=<slug>` pages through one section.

    However many deadlines there are, the page renders at most SECTION_ROWS a section (or
    SECTION_PAGE_ROWS on a section's own page)."""
    today = timezone.localdate()
    agreement_filter = deadline_filter(request)
    sections = deadline_sections(agreement_filter.qs, today)
    by_slug = {section.slug: section for section in sections}
    current = by_slug.get(request.GET.get("section"))
    page = None
    if current is not None:
        page = Paginator(
            deadline_rows(agreement_filter.qs, current.start, current.end), SECTION_PAGE_ROWS
        ).get_page(request.GET.get("page"))
        current.deadlines = as_deadlines(list(page.object_list))
        sections = [current]
    params = QueryDict(export_query(request), mutable=True)
    params.pop("section", None)
    query = params.urlencode()
    return render(
        request,
        "agreements/deadline_list.html",
        {
            "sections": sections,
            "all_sections": list(by_slug.values()),
            "current": current,
            "page": page,
            "today": today,
            "count": sum(section.total for section in by_slug.values()),
            "count_bounded": any(section.bounded for section in by_slug.values()),
            "count_limit": settings.DEADLINE_COUNT_LIMIT,
            "filter": agreement_filter,
            "problems": filter_problems(agreement_filter),
            "query": query,
            "subscription_url": subscription_url(request, query),
            "subscription_personal": not settings.PUBLIC_READ,
        },
    )


@public_read
def agreement_export_csv(request):
    agreement_filter = AgreementFilter(request.GET, queryset=Agreement.objects.for_list())
    return exports.csv_response(agreement_filter.qs, lang=request.GET.get("lang", "ko"))


def deadline_feed(request):
    agreement_filter = deadline_filter(request)
    deadlines = feed_deadlines(agreement_filter.qs, timezone.localdate())
    # The calendar's name says which deadlines it holds, as the page's chips do: a person who
    # subscribes to two filtered feeds can tell them apart.
    conditions = [
        f"{chip['label']}: {chip['text']}" if chip["text"] else str(chip["label"])
        for chip in active_filters({"request": request}, agreement_filter)
    ]
    if conditions:
        name = _("협약 기한 (%(conditions)s)") % {"conditions": ", ".join(conditions)}
    else:
        name = _("협약 기한")
    description = ""
    if len(deadlines) >= deadlines_module.FEED_MAX_EVENTS:
        description = _(
            "기한이 많아 다가오는 기한부터 %(n)d건만 담았습니다. 부서나 담당자로 나눠 구독하세요."
        ) % {"n": deadlines_module.FEED_MAX_EVENTS}
    return calendar.ics_response(deadlines, name=name, description=description)


@public_read
@cached_page
def agreement_calendar(request):
    """The list's calendar link; the same feed as /deadlines.ics, without subscription tokens."""
    return deadline_feed(request)


@public_read_or_feed_token
@cached_page
def deadline_calendar(request):
    """/deadlines.ics?<the list's query string>[&token=…]: the feed to subscribe to."""
    return deadline_feed(request)
