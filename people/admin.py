from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Membership, Organization, Person


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "organization"]


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "classification", "alias_list", "parent"]
    list_filter = ["classification"]
    search_fields = ["name", "normalized_name", "alias_keys"]
    autocomplete_fields = ["parent"]
    inlines = [MembershipInline]

    @admin.display(description="다른 이름")
    def alias_list(self, obj):
        return ", ".join(obj.aliases)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "titles"]
    search_fields = ["name", "memberships__organization__name"]
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("memberships__organization")

    @admin.display(description="직함")
    def titles(self, obj):
        return ", ".join(f"{m.organization.name} {m.title}".strip() for m in obj.memberships.all())


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["person", "organization", "title"]
    list_select_related = ["person", "organization"]
    search_fields = ["person__name", "organization__name", "title"]
    autocomplete_fields = ["person", "organization"]
