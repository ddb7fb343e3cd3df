"""The admin side of match proposals: a reviewer confirms or rejects them on the review screen.

Only a user with `agreements.review_agreement` (the 검토자 group) decides, because confirming
removes a draft and brings a document's values into an agreement people rely on; anyone who may
view an agreement sees its proposals. The proposals also have a read-only list of their own.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from .matching import match_confirm, match_reject, open_proposals
from .models import MatchProposal


class MatchReviewMixin:
    """For AgreementAdmin: the proposals of the review screen and the view that decides them."""

    def match_urls(self):
        return [
            path(
                "<int:pk>/review/matches/<int:match_pk>/",
                self.admin_site.admin_view(self.match_view),
                name="agreements_agreement_match",
            )
        ]

    def match_context(self, agreement):
        return {"matches": list(open_proposals(agreement))}

    @method_decorator(require_POST)
    def match_view(self, request, pk, match_pk):
        proposal = get_object_or_404(
            MatchProposal.objects.filter(Q(draft_id=pk) | Q(agreement_id=pk)), pk=match_pk
        )
        if not request.user.has_perm("agreements.review_agreement"):
            raise PermissionDenied
        decision = request.POST.get("decision")
        back = reverse("admin:agreements_agreement_review", args=[pk])
        if decision not in ("confirm", "reject"):
            messages.error(request, _("합치기 또는 따로 두기 중 하나를 고르세요."))
            return HttpResponseRedirect(back + "#matches")
        names = {"draft": proposal.draft_id, "pk": proposal.agreement_id}
        try:
            if decision == "confirm":
                report = match_confirm(proposal=proposal, by=request.user)
            else:
                match_reject(proposal=proposal, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return HttpResponseRedirect(back + "#matches")
        if decision == "reject":
            messages.success(request, _("초안 #%(draft)s와(과) #%(pk)s 협약을 따로 둡니다.") % names)
            return HttpResponseRedirect(back)
        text = _("초안 #%(draft)s을(를) #%(pk)s 협약에 합쳤습니다.") % names
        if report.conflicts:
            text += " " + _("사람이 고쳤거나 검토한 값과 다른 %(n)d건은 충돌로 남겼습니다.") % {
                "n": report.conflicts
            }
        messages.success(request, text)
        return HttpResponseRedirect(
            reverse("admin:agreements_agreement_review", args=[proposal.agreement_id])
        )


@admin.register(MatchProposal)
class MatchProposalAdmin(admin.ModelAdmin):
    """Where the open proposals wait; they are decided on the review screen, not edited here."""

    list_display = [
        "__str__",
        "draft",
        "agreement",
        "state",
        "document",
        "created_at",
        "decided_by",
        "review_link",
    ]
    list_filter = ["state"]
    list_select_related = ["draft", "agreement", "document", "decided_by"]
    search_fields = ["draft__title", "agreement__title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("처리"))
    def review_link(self, obj):
        if obj.state != MatchProposal.State.OPEN or obj.draft_id is None:
            return "—"
        url = reverse("admin:agreements_agreement_review", args=[obj.draft_id]) + "#matches"
        return format_html('<a href="{}">{}</a>', url, _("검토 화면에서 처리"))
