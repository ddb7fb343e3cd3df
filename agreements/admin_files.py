"""Opening a document's original file from the admin: the review screen and the document's page link
to it, and the view serves it to whoever may view documents.

The file is served as a download (an attachment), with a Content-Type from its kind (never the one
the uploader gave) and `X-Content-Type-Options: nosniff`, so that no browser runs an uploaded web page
as this site's. A PDF alone is shown in the browser (inline), so that a link to `#page=N` opens the
page an article came from.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .models import OriginalFile, SourceDocument

CONTENT_TYPES = {
    SourceDocument.Kind.PDF: "application/pdf",
    SourceDocument.Kind.HWP: "application/x-hwp",
    SourceDocument.Kind.HWPX: "application/hwp+zip",
}
SUFFIXES = {"txt": ".txt", "html": ".html", "pdf": ".pdf", "hwp": ".hwp", "hwpx": ".hwpx"}


def original_url(document, article=None):
    """The URL of a document's original file ('' for a document imported before files were kept);
    for a PDF, at the page where the article's headline (or else its first words) stands."""
    if not document.kind:
        return ""
    url = reverse("admin:agreements_sourcedocument_original", args=[document.pk])
    if article is not None and document.kind == SourceDocument.Kind.PDF:
        page = document.page_of(article.headline) or document.page_of(article.text[:40])
        if page:
            url += f"#page={page}"
    return url


def original_response(document, data):
    kind = document.kind
    response = HttpResponse(bytes(data), content_type=CONTENT_TYPES.get(kind, "application/octet-stream"))
    name = document.file_name
    if not name.lower().endswith(SUFFIXES.get(kind, "")):
        name += SUFFIXES.get(kind, "")
    response["Content-Disposition"] = content_disposition_header(kind != SourceDocument.Kind.PDF, name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


class OriginalFileMixin:
    """For SourceDocumentAdmin: the original file's view and a link to it on the document's page."""

    def get_urls(self):
        view = self.admin_site.admin_view(self.original_view)
        return [
            path("<int:pk>/original/", view, name="agreements_sourcedocument_original"),
            *super().get_urls(),
        ]

    @method_decorator(require_safe)
    def original_view(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = get_object_or_404(SourceDocument, pk=pk)
        data = OriginalFile.objects.filter(document=document).values_list("data", flat=True).first()
        if data is None:
            raise Http404(_("이 문서는 원본 파일을 보관하기 전에 가져왔습니다."))
        return original_response(document, data)

    @admin.display(description=_("원본 파일"))
    def original_link(self, obj):
        url = original_url(obj)
        if not url:
            return "—"
        return format_html('<a href="{}">{} ({})</a>', url, _("원본 파일 열기"), obj.get_kind_display())
