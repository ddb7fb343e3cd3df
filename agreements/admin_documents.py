"""The admin of the documents agreements were read from, their articles, the conflicts a re-import
recorded and the deadline reminders sent."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .admin_files import OriginalFileMixin, original_url
from .models import (
    Article,
    DeadlineReminder,
    ImportConflict,
    SourceDocument,
)


class ArticleInline(admin.StackedInline):
    model = Article
    extra = 0
    fields = ["position", "headline", "byline", "is_agreement"]
    readonly_fields = fields
    show_change_link = True


@admin.register(SourceDocument)
class SourceDocumentAdmin(OriginalFileMixin, admin.ModelAdmin):
    list_display = ["file_name", "kind", "published_on", "imported_at", "imported_by"]
    list_select_related = ["imported_by"]
    search_fields = ["file_name", "sha256"]
    exclude = ["page_starts"]
    readonly_fields = ["original_link", "kind", "sha256", "imported_at", "imported_by"]
    inlines = [ArticleInline]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "document", "byline", "is_agreement"]
    list_filter = ["is_agreement"]
    list_select_related = ["document"]
    search_fields = ["headline", "text"]
    raw_id_fields = ["document"]
    readonly_fields = ["original_link"]

    @admin.display(description=_("원본 파일"))
    def original_link(self, obj):
        """The document's file, at the article's page for a PDF."""
        url = original_url(obj.document, obj) if obj.pk else ""
        if not url:
            return "—"
        return format_html('<a href="{}">{} ({})</a>', url, _("원본 파일 열기"), obj.document.get_kind_display())


@admin.register(ImportConflict)
class ImportConflictAdmin(admin.ModelAdmin):
    list_display = [
        "agreement",
        "field",
        "kept_value",
        "incoming_value",
        "resolved",
        "created_at",
        "settle_link",
    ]
    list_filter = ["resolved", "field"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "field"]
    raw_id_fields = ["agreement", "document"]

    @admin.display(description=_("처리"))
    def settle_link(self, obj):
        if obj.resolved:
            return "—"
        url = reverse("admin:agreements_agreement_review", args=[obj.agreement_id]) + "#conflicts"
        return format_html('<a href="{}">{}</a>', url, _("검토 화면에서 처리"))


@admin.register(DeadlineReminder)
class DeadlineReminderAdmin(admin.ModelAdmin):
    list_display = ["agreement", "deadline_key", "window", "sent_to", "sent_at"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "sent_to"]
    raw_id_fields = ["agreement"]
