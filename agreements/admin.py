from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Agreement,
    Article,
    Budget,
    Commitment,
    DeadlineReminder,
    ImportConflict,
    Participation,
    SourceDocument,
    Target,
)
from .templatetags.hyeopyak import deadline, krw


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["organization", "signatory"]
    fields = ["organization", "role", "signatory", "position", "locked"]


class BudgetInline(admin.TabularInline):
    model = Budget
    extra = 0
    autocomplete_fields = ["funder"]
    fields = ["amount_krw", "source", "funder", "source_text", "locked"]


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0
    fields = ["description", "due_on", "due_precision", "value", "unit", "met_on", "locked"]


class CommitmentInline(admin.TabularInline):
    model = Commitment
    extra = 0
    autocomplete_fields = ["organization"]
    fields = ["organization", "text", "done", "locked"]


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "status", "signed_on", "due_display", "budget_display", "review_state"]
    list_filter = ["status", "kind", "review_state", "department"]
    search_fields = ["title", "place", "location", "participations__organization__name"]
    date_hierarchy = "signed_on"
    autocomplete_fields = ["owner"]
    raw_id_fields = ["article"]
    readonly_fields = ["reviewed_at", "reviewed_by", "created_at", "updated_at"]
    inlines = [ParticipationInline, BudgetInline, TargetInline, CommitmentInline]
    fieldsets = [
        (None, {"fields": ["title", "kind", "status", "summary"]}),
        (_("체결"), {"fields": ["signed_on", "signed_on_text", "place", "location"]}),
        (_("목표와 완료"), {"fields": ["due_on", "due_precision", "due_text", "completed_on"]}),
        (_("담당"), {"fields": ["department", "department_email", "owner"]}),
        (
            _("검토"),
            {"fields": ["review_state", "reviewed_at", "reviewed_by", "locked_fields", "article"]},
        ),
        (_("기록"), {"fields": ["created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return Agreement.objects.for_list()

    @admin.display(description=_("완료 목표"), ordering="due_on")
    def due_display(self, obj):
        return deadline(obj.due_on, obj.due_precision)

    @admin.display(description=_("사업비"), ordering="total_budget")
    def budget_display(self, obj):
        return krw(obj.total_budget)


@admin.register(Participation)
class ParticipationAdmin(SimpleHistoryAdmin):
    list_display = ["agreement", "organization", "role", "signatory"]
    list_filter = ["role", "organization__classification"]
    list_select_related = ["agreement", "organization", "signatory"]
    search_fields = ["agreement__title", "organization__name"]
    autocomplete_fields = ["agreement", "organization", "signatory"]


@admin.register(Budget)
class BudgetAdmin(SimpleHistoryAdmin):
    list_display = ["agreement", "amount_display", "source", "source_text"]
    list_filter = ["source"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "source_text"]
    autocomplete_fields = ["agreement", "funder"]

    @admin.display(description=_("금액"), ordering="amount_krw")
    def amount_display(self, obj):
        return krw(obj.amount_krw)


@admin.register(Target)
class TargetAdmin(SimpleHistoryAdmin):
    list_display = ["description", "agreement", "due_display", "value", "unit", "met_on"]
    list_filter = ["due_precision", "unit"]
    list_select_related = ["agreement"]
    search_fields = ["description", "agreement__title"]
    autocomplete_fields = ["agreement"]

    @admin.display(description=_("기한"), ordering="due_on")
    def due_display(self, obj):
        return deadline(obj.due_on, obj.due_precision)


@admin.register(Commitment)
class CommitmentAdmin(SimpleHistoryAdmin):
    list_display = ["text", "agreement", "organization", "done"]
    list_filter = ["done"]
    list_select_related = ["agreement", "organization"]
    search_fields = ["text", "agreement__title", "organization__name"]
    autocomplete_fields = ["agreement", "organization"]


class ArticleInline(admin.StackedInline):
    model = Article
    extra = 0
    fields = ["position", "headline", "byline", "is_agreement"]
    readonly_fields = fields
    show_change_link = True


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["file_name", "published_on", "imported_at", "imported_by"]
    list_select_related = ["imported_by"]
    search_fields = ["file_name", "sha256"]
    readonly_fields = ["sha256", "imported_at", "imported_by"]
    inlines = [ArticleInline]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "document", "byline", "is_agreement"]
    list_filter = ["is_agreement"]
    list_select_related = ["document"]
    search_fields = ["headline", "text"]
    raw_id_fields = ["document"]


@admin.register(ImportConflict)
class ImportConflictAdmin(admin.ModelAdmin):
    list_display = ["agreement", "field", "kept_value", "incoming_value", "resolved", "created_at"]
    list_filter = ["resolved", "field"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "field"]
    raw_id_fields = ["agreement", "document"]


@admin.register(DeadlineReminder)
class DeadlineReminderAdmin(admin.ModelAdmin):
    list_display = ["agreement", "deadline_key", "window", "sent_to", "sent_at"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "sent_to"]
    raw_id_fields = ["agreement"]
