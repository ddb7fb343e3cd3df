"""CSV export: exactly the agreements a list shows, all of them, in the list's order.

UTF-8 with a BOM (so Excel reads Hangul), CRLF line ends and RFC 4180 quoting; text cells that a
spreadsheet would run as a formula get a leading apostrophe, numbers stay numbers. Rows are streamed
from `.iterator(chunk_size=…)` so memory and queries stay flat (one query for the agreements and one
prefetch per chunk of CHUNK_SIZE rows).
"""

import csv

from django.conf import settings
from django.contrib import admin
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Agreement, Participation
from .templatetags.hyeopyak import deadline_text

CHUNK_SIZE = 2000

COLUMNS = [
    ("관리번호", "Reference"),
    ("협약명", "Title"),
    ("구분", "Kind"),
    ("협약기관", "Parties"),
    ("체결일자", "Signed on"),
    ("완료목표", "Due"),
    ("완료일", "Completed on"),
    ("상태", "Status"),
    ("사업비(원)", "Budget (KRW)"),
    ("담당부서", "Department"),
    ("주요내용", "Summary"),
    ("출처", "Source"),
    ("링크", "Link"),
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Echo:
    """A file-like object whose write returns the line, for csv.writer into a generator."""

    def write(self, value):
        return value


def safe(value):
    """A cell as a spreadsheet should see it: text that looks like a formula is defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def due_cell(agreement):
    """A day-precise target as a date; a year or half year as the period ("2027년", "2026년 하반기")."""
    if agreement.due_on is None:
        return ""
    if (agreement.due_precision or "day") == "day":
        return agreement.due_on.isoformat()
    return deadline_text(agreement.due_on, agreement.due_precision)


def source_cell(agreement):
    article = agreement.article
    if article is None:
        return ""
    parts = [article.headline, article.document.file_name]
    if article.document.published_on:
        parts.append(article.document.published_on.isoformat())
    return " · ".join(p for p in parts if p)


def agreement_row(agreement, lang="ko"):
    english = lang == "en"
    parties = [
        p.organization.name for p in agreement.participations.all() if p.role == Participation.Role.PARTY
    ]
    return [
        agreement.reference,
        agreement.title,
        agreement.kind if english else agreement.get_kind_display(),
        "; ".join(parties),
        agreement.signed_on.isoformat() if agreement.signed_on else "",
        due_cell(agreement),
        agreement.completed_on.isoformat() if agreement.completed_on else "",
        agreement.status if english else agreement.get_status_display(),
        agreement.total_budget,
        agreement.department,
        agreement.summary,
        source_cell(agreement),
        settings.SITE_URL + agreement.get_absolute_url(),
    ]


def csv_lines(queryset, lang="ko"):
    """The BOM, the header and one CRLF-terminated line per agreement, as strings."""
    writer = csv.writer(Echo(), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    yield "\ufeff"
    yield writer.writerow([en if lang == "en" else ko for ko, en in COLUMNS])
    for agreement in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield writer.writerow([safe(cell) for cell in agreement_row(agreement, lang)])


def csv_response(queryset, lang="ko", filename=None):
    """Stream `queryset` (made by Agreement.objects.for_list()) as a CSV download."""
    lang = "en" if lang == "en" else "ko"
    filename = filename or f"hyeopyak-agreements-{timezone.localdate().isoformat()}.csv"
    response = StreamingHttpResponse(csv_lines(queryset, lang), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@admin.action(description=_("선택한 협약을 CSV로 내려받기"))
def export_selected_as_csv(modeladmin, request, queryset):
    """Admin action: the selected agreements, in the change list's order, as the same CSV."""
    ordering = queryset.query.order_by or Agreement._meta.ordering
    selected = Agreement.objects.for_list().filter(pk__in=queryset.values("pk")).order_by(*ordering, "pk")
    return csv_response(selected, lang=request.GET.get("lang", "ko"))
