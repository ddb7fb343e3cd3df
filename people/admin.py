from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .admin_history import SafeRevertAdmin
from .forms import OrganizationAdminForm, OrganizationMergeForm
from .merge import organization_merge
from .models import Membership, Organization, Person


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "organization"]


@admin.register(Organization)
class OrganizationAdmin(SafeRevertAdmin):
    form = OrganizationAdminForm
    list_display = ["name", "classification", "alias_list", "parent"]
    list_filter = ["classification"]
    search_fields = ["name", "normalized_name", "alias_keys"]
    autocomplete_fields = ["parent"]
    inlines = [MembershipInline]
    actions = ["merge_organizations"]

    @admin.display(description=_("다른 이름"))
    def alias_list(self, obj):
        return ", ".join(obj.aliases)

    def has_merge_permission(self, request):
        return request.user.has_perm(f"{self.opts.app_label}.merge_organization")

    @admin.action(description=_("선택한 기관 합치기"), permissions=["merge"])
    def merge_organizations(self, request, queryset):
        """Ask which organisation stays, then move everything of the others to it."""
        organizations = queryset.order_by("id")
        if organizations.count() < 2:
            self.message_user(request, _("합칠 기관을 둘 이상 고르세요."), messages.WARNING)
            return None
        form = OrganizationMergeForm(
            request.POST if request.POST.get("confirm") else None,
            organizations=organizations,
            initial={"keep": _most_used(organizations)},
        )
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            others = [o for o in organizations if o.pk != keep.pk]
            moved = organization_merge(keep=keep, others=others, by=request.user)
            self.message_user(
                request,
                _("%(others)s을(를) %(keep)s(으)로 합쳤습니다 (옮긴 기록 %(rows)d건).")
                % {
                    "others": ", ".join(o.name for o in others),
                    "keep": keep.name,
                    "rows": sum(n for k, n in moved.items() if k != "organization"),
                },
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("기관 합치기"),
            "form": form,
            "rows": [(o, _related_counts(o)) for o in organizations],
            "queryset": organizations,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/people/organization/merge_confirmation.html", context)


def _related_counts(organization):
    """[(what, how many)] of everything that points at an organisation, found generically."""
    counts = []
    for relation in Organization._meta.related_objects:
        manager = getattr(organization, relation.get_accessor_name())
        number = manager.count()
        if number:
            counts.append((relation.related_model._meta.verbose_name, number))
    return counts


def _most_used(organizations):
    return max(organizations, key=lambda o: (sum(count for what, count in _related_counts(o)), -o.pk))


@admin.register(Person)
class PersonAdmin(SafeRevertAdmin):
    list_display = ["name", "titles"]
    search_fields = ["name", "memberships__organization__name"]
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("memberships__organization")

    @admin.display(description=_("직함"))
    def titles(self, obj):
        return ", ".join(f"{m.organization.name} {m.title}".strip() for m in obj.memberships.all())


@admin.register(Membership)
class MembershipAdmin(SafeRevertAdmin):
    list_display = ["person", "organization", "title"]
    list_select_related = ["person", "organization"]
    search_fields = ["person__name", "organization__name", "title"]
    autocomplete_fields = ["person", "organization"]
