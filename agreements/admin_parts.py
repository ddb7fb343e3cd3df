"""The admin of an agreement's parts: the inlines of its change form and each part's own page.
A part a person adds, edits or removes is kept from re-imports (locked), wherever it was edited."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from people.admin_history import SafeRevertAdmin

from .forms import BudgetForm, TargetForm
from .loader import PART_COLLECTIONS
from .locking import touch
from .models import (
    Agreement,
    Budget,
    Commitment,
    Participation,
    Target,
)
from .templatetags.hyeopyak import deadline, krw
from .widgets import LoadedAutocompleteSelect, PartFormSet

# A person's edit of these form fields locks these model fields against re-imports.
LOCKED_BY_FORM_FIELD = {"due": ["due_on", "due_precision"]}


def lock_if_edited(form):
    """A part a person adds or edits is locked against re-imports; unlocking by hand is respected."""
    if form.has_changed() and set(form.changed_data) != {"locked"}:
        form.instance.locked = True


def lock_collection(agreement, model):
    """A part a person removed must not come back with the next import of the article."""
    collection = PART_COLLECTIONS.get(model)
    if collection and collection not in agreement.locked_fields:
        agreement.locked_fields = sorted({*agreement.locked_fields, collection})
        agreement.save(update_fields=["locked_fields"])


class PartAdminMixin:
    """A part edited or deleted on its own admin page is kept from re-imports, as in the inlines,
    and moves its agreement's version, so that a change form opened before is stale (locking.py)."""

    def save_model(self, request, obj, form, change):
        lock_if_edited(form)
        super().save_model(request, obj, form, change)
        touch(obj.agreement)
        moved_from = form.initial.get("agreement")
        if change and moved_from and moved_from != obj.agreement_id:
            touch(Agreement(pk=moved_from))

    def delete_model(self, request, obj):
        agreement = obj.agreement
        super().delete_model(request, obj)
        lock_collection(agreement, self.model)
        touch(agreement)

    def delete_queryset(self, request, queryset):
        agreements = list(Agreement.objects.filter(pk__in=queryset.values("agreement")))
        super().delete_queryset(request, queryset)
        for agreement in agreements:
            lock_collection(agreement, self.model)
            touch(agreement)


class PartInlineMixin:
    """Inline parts a person adds or edits are locked; their span is bookkeeping, not shown.

    The rows come with their autocompleted objects joined, and the widgets reuse them, so the
    change form's queries do not grow with the agreement's parts.
    """

    extra = 0
    formset = PartFormSet

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.autocomplete_fields)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = LoadedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ParticipationInline(PartInlineMixin, admin.TabularInline):
    model = Participation
    autocomplete_fields = ["organization", "signatory"]
    fields = ["organization", "role", "signatory", "position", "locked"]


class BudgetInline(PartInlineMixin, admin.TabularInline):
    model = Budget
    form = BudgetForm
    autocomplete_fields = ["funder"]
    fields = ["amount_krw", "source", "funder", "is_share", "source_text", "locked"]


class TargetInline(PartInlineMixin, admin.TabularInline):
    model = Target
    form = TargetForm
    fields = ["description", "due", "value", "unit", "met_on", "locked"]

    @admin.display(description=_("기한"))
    def due(self, obj):
        """The target's deadline for a viewer (an editor gets the form's field of the same name)."""
        return deadline(obj.due_on, obj.due_precision) or "-"


class CommitmentInline(PartInlineMixin, admin.TabularInline):
    model = Commitment
    autocomplete_fields = ["organization"]
    fields = ["organization", "text", "done", "locked"]


@admin.register(Participation)
class ParticipationAdmin(PartAdminMixin, SafeRevertAdmin):
    list_display = ["agreement", "organization", "role", "signatory"]
    list_filter = ["role", "organization__classification"]
    list_select_related = ["agreement", "organization", "signatory"]
    search_fields = ["agreement__title", "organization__name"]
    autocomplete_fields = ["agreement", "organization", "signatory"]


@admin.register(Budget)
class BudgetAdmin(PartAdminMixin, SafeRevertAdmin):
    form = BudgetForm
    list_display = ["agreement", "amount_display", "is_share", "source", "source_text"]
    list_filter = ["source", "is_share"]
    list_select_related = ["agreement"]
    search_fields = ["agreement__title", "source_text"]
    autocomplete_fields = ["agreement", "funder"]

    @admin.display(description=_("금액"), ordering="amount_krw")
    def amount_display(self, obj):
        return krw(obj.amount_krw)


@admin.register(Target)
class TargetAdmin(PartAdminMixin, SafeRevertAdmin):
    form = TargetForm
    list_display = ["description", "agreement", "due_display", "value", "unit", "met_on"]
    list_filter = ["due_precision", "unit"]
    list_select_related = ["agreement"]
    search_fields = ["description", "agreement__title"]
    autocomplete_fields = ["agreement"]

    @admin.display(description=_("기한"), ordering="due_on")
    def due_display(self, obj):
        return deadline(obj.due_on, obj.due_precision)


@admin.register(Commitment)
class CommitmentAdmin(PartAdminMixin, SafeRevertAdmin):
    list_display = ["text", "agreement", "organization", "done"]
    list_filter = ["done"]
    list_select_related = ["agreement", "organization"]
    search_fields = ["text", "agreement__title", "organization__name"]
    autocomplete_fields = ["agreement", "organization"]
