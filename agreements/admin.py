"""The agreement's admin: its change form with the parts inlined, the import, the review screen and
the status actions. The parts' admin is in admin_parts, the documents' in admin_documents."""

from django.contrib import admin, messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from people.admin_history import SafeRevertAdmin

from . import admin_documents  # noqa: F401  (registers the documents' admin)
from .admin_files import original_url
from .admin_jobs import failure_message
from .admin_jobs import land as land_after_import
from .admin_matches import MatchReviewMixin
from .admin_parts import (
    LOCKED_BY_FORM_FIELD,
    BudgetInline,
    CommitmentInline,
    ParticipationInline,
    TargetInline,
    lock_collection,
    lock_if_edited,
)
from .exports import export_selected_as_csv
from .forms import AgreementAdminForm, DocumentImportForm
from .ingest import DocumentError
from .jobs import queue_import
from .locking import VersionAdminMixin, seen_in
from .models import (
    Agreement,
    Budget,
    Commitment,
    ImportConflict,
    ImportJob,
    Participation,
    Target,
)
from .review import (
    agreement_reopen,
    agreement_review,
    conflict_label,
    conflict_removes,
    conflict_resolve,
    highlighted_source,
    open_conflicts,
    source_marks,
    visible_marks,
)
from .templatetags.hyeopyak import deadline, krw


@admin.register(Agreement)
class AgreementAdmin(VersionAdminMixin, MatchReviewMixin, SafeRevertAdmin):
    form = AgreementAdminForm
    list_display = [
        "title",
        "kind",
        "status",
        "signed_on",
        "due_display",
        "budget_display",
        "review_link",
    ]
    list_filter = ["review_state", "status", "kind", "department"]
    search_fields = ["title", "place", "location", "participations__organization__name"]
    date_hierarchy = "signed_on"
    raw_id_fields = ["article"]
    readonly_fields = [
        "review_state",
        "reviewed_at",
        "reviewed_by",
        "locked_fields_display",
        "created_at",
        "updated_at",
    ]
    inlines = [ParticipationInline, BudgetInline, TargetInline, CommitmentInline]
    fieldsets = [
        (None, {"fields": ["title", "kind", "status", "summary"]}),
        (_("체결"), {"fields": ["signed_on", "signed_on_text", "place", "location"]}),
        (_("목표와 완료"), {"fields": ["due", "due_text", "completed_on"]}),
        (_("담당"), {"fields": ["department", "department_email", "owner"]}),
        (
            _("검토"),
            {"fields": ["review_state", "reviewed_at", "reviewed_by", "locked_fields_display", "article"]},
        ),
        (_("기록"), {"fields": ["created_at", "updated_at"]}),
    ]
    change_list_template = "admin/agreements/agreement/change_list.html"
    actions = [export_selected_as_csv]

    def get_queryset(self, request):
        return Agreement.objects.for_list()

    @admin.display(description=_("완료 목표"))
    def due(self, obj):
        """The deadline as a viewer without the right to change reads it (an editor gets the form's
        field of the same name instead)."""
        return deadline(obj.due_on, obj.due_precision) or "-"

    @admin.display(description=_("완료 목표"), ordering="due_on")
    def due_display(self, obj):
        return format_html(
            '<span style="white-space: nowrap">{}</span>', deadline(obj.due_on, obj.due_precision)
        )

    @admin.display(description=_("사업비"), ordering="total_budget")
    def budget_display(self, obj):
        return format_html('<span style="white-space: nowrap">{}</span>', krw(obj.total_budget))

    @admin.display(description=_("검토"), ordering="review_state")
    def review_link(self, obj):
        url = reverse("admin:agreements_agreement_review", args=[obj.pk])
        if obj.review_state == Agreement.ReviewState.EXTRACTED:
            return format_html(
                '<a class="button" style="white-space: nowrap" href="{}">{}</a>', url, _("검토하기")
            )
        return format_html('<a style="white-space: nowrap" href="{}">✓ {}</a>', url, _("검토 완료"))

    @admin.display(description=_("잠긴 항목"))
    def locked_fields_display(self, obj):
        names = []
        for name in obj.locked_fields or []:
            try:
                names.append(str(Agreement._meta.get_field(name).verbose_name))
            except FieldDoesNotExist:  # a list of parts ("budgets") or a retired field
                names.append(name)
        if obj.review_state == Agreement.ReviewState.REVIEWED:
            names.insert(0, str(_("검토 완료: 전체")))
        return ", ".join(names) or "—"

    # --- locking what people edit -------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        edited = set()
        for name in form.changed_data:
            edited.update(LOCKED_BY_FORM_FIELD.get(name, [name]))
        model_fields = {f.name for f in Agreement._meta.concrete_fields}
        obj.locked_fields = sorted({*obj.locked_fields, *(edited & model_fields)})
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        deleted = set(formset.deleted_forms)
        for inline_form in formset.forms:
            if inline_form not in deleted:
                lock_if_edited(inline_form)
        for obj in formset.deleted_objects:
            obj.delete()
        for obj in instances:
            obj.save()
        formset.save_m2m()
        if formset.deleted_objects:
            lock_collection(form.instance, formset.model)

    # --- the changelist, import and review screens --------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="agreements_agreement_import"),
            path("<int:pk>/review/", view(self.review_view), name="agreements_agreement_review"),
            path(
                "<int:pk>/review/done/", view(self.review_done_view), name="agreements_agreement_review_done"
            ),
            path(
                "<int:pk>/review/reopen/",
                view(self.review_reopen_view),
                name="agreements_agreement_review_reopen",
            ),
            path(
                "<int:pk>/review/conflicts/<int:conflict_pk>/",
                view(self.conflict_view),
                name="agreements_agreement_conflict",
            ),
            *self.match_urls(),
            *super().get_urls(),
        ]

    def has_import_permission(self, request):
        return self.has_add_permission(request)

    def has_review_permission(self, request):
        return request.user.has_perm(f"{self.opts.app_label}.review_agreement")

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "drafts_waiting": Agreement.objects.drafts().count(),
            "open_conflicts": ImportConflict.objects.filter(resolved=False).count(),
            "conflicts_url": reverse("admin:agreements_importconflict_changelist") + "?resolved__exact=0",
            "drafts_url": reverse("admin:agreements_agreement_changelist")
            + "?"
            + urlencode({"review_state__exact": Agreement.ReviewState.EXTRACTED}),
            "has_import_permission": self.has_import_permission(request),
        }
        return super().changelist_view(request, extra_context)

    def import_view(self, request, refusal=None):
        """The import form; `refusal` is set when the request was too large for Django to read
        (agreements/errors.py), and then the form shows it as its error instead of a bare 400."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if refusal is not None:
            form = DocumentImportForm({}, refusal=refusal)
        else:
            form = DocumentImportForm(*((request.POST, request.FILES) if request.method == "POST" else ()))
        if request.method == "POST" and form.is_valid():
            name, data = form.document()
            try:  # checked and stored here; read by a background worker (agreements/jobs.py)
                job = queue_import(name=name, data=data, published=form.cleaned_data.get("published"), user=request.user)
            except DocumentError as exc:
                form.add_error(
                    None, _("가져오지 못했습니다. 아무것도 저장하지 않았습니다: %(reason)s") % {"reason": exc}
                )
            else:
                if job.state != ImportJob.State.FAILED:
                    return land_after_import(request, job)
                form.add_error(None, failure_message(job))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("문서 가져오기"),
            "form": form,
            "media": self.media + form.media,
        }
        status = 413 if refusal is not None else 200
        return TemplateResponse(request, "admin/agreements/agreement/import.html", context, status=status)

    def _review_object(self, request, pk):
        agreement = get_object_or_404(Agreement.objects.with_parts(), pk=pk)
        if not self.has_view_or_change_permission(request, agreement):
            raise PermissionDenied
        return agreement

    def review_view(self, request, pk):
        agreement = self._review_object(request, pk)
        parts = [
            *agreement.participations.all(),
            *agreement.budgets.all(),
            *agreement.targets.all(),
            *agreement.commitments.all(),
        ]
        marks = source_marks(agreement, parts)
        text = agreement.article.text if agreement.article_id else ""
        marked = {anchor for group in visible_marks(marks) for anchor in group.anchors}
        for row in parts:
            row.anchor = f"{row._meta.model_name}-{row.pk}"
            if isinstance(row, Target) and row.value is not None:
                row.value_text = f"{row.value.normalize():f}"
        next_draft = Agreement.objects.drafts().exclude(pk=agreement.pk).order_by("id").first()
        context = {
            **self.admin_site.each_context(request),
            "is_nav_sidebar_enabled": False,  # the article and the values need the width
            "opts": self.opts,
            "original": agreement,
            "agreement": agreement,
            "title": _("검토: %(title)s") % {"title": agreement.title},
            "source_html": highlighted_source(text, marks),
            "original_url": original_url(agreement.article.document, agreement.article) if agreement.article_id else "",
            "marked": marked,
            "participations": [row for row in parts if isinstance(row, Participation)],
            "budgets": [row for row in parts if isinstance(row, Budget)],
            "targets": [row for row in parts if isinstance(row, Target)],
            "commitments": [row for row in parts if isinstance(row, Commitment)],
            "conflicts": [_conflict_row(c) for c in open_conflicts(agreement)],
            **self.match_context(agreement),
            "can_review": self.has_review_permission(request),
            "can_change": self.has_change_permission(request, agreement),
            "next_draft": next_draft,
            "drafts_waiting": Agreement.objects.drafts().count(),
        }
        return TemplateResponse(request, "admin/agreements/agreement/review.html", context)

    def _review_step(self, request, pk, step, done):
        """Run a review step (`agreement_review`, `agreement_reopen`) for a reviewer; say how it went."""
        agreement = get_object_or_404(Agreement, pk=pk)
        if not self.has_review_permission(request):
            raise PermissionDenied
        try:
            step(agreement=agreement, by=request.user, seen=seen_in(request.POST))
        except ValidationError as exc:
            messages.warning(request, " ".join(exc.messages))
        else:
            messages.success(request, done % {"title": agreement.title})
        return agreement

    @method_decorator(require_POST)
    def review_done_view(self, request, pk):
        agreement = self._review_step(request, pk, agreement_review, _("“%(title)s” 검토를 마쳤습니다."))
        next_draft = Agreement.objects.drafts().order_by("id").first()
        if request.POST.get("next") and next_draft is not None:
            return HttpResponseRedirect(reverse("admin:agreements_agreement_review", args=[next_draft.pk]))
        return HttpResponseRedirect(reverse("admin:agreements_agreement_review", args=[agreement.pk]))

    @method_decorator(require_POST)
    def review_reopen_view(self, request, pk):
        done = _("“%(title)s”을(를) 다시 검토 대기로 돌렸습니다.")
        agreement = self._review_step(request, pk, agreement_reopen, done)
        return HttpResponseRedirect(reverse("admin:agreements_agreement_review", args=[agreement.pk]))

    @method_decorator(require_POST)
    def conflict_view(self, request, pk, conflict_pk):
        conflict = get_object_or_404(
            ImportConflict.objects.select_related("agreement"), pk=conflict_pk, agreement_id=pk
        )
        if not self.has_change_permission(request, conflict.agreement):
            raise PermissionDenied
        accept = request.POST.get("decision") == "accept"
        removes = conflict_removes(conflict) if accept else None
        if removes is not None and not request.user.has_perm(f"agreements.delete_{removes._meta.model_name}"):
            messages.error(
                request,
                _(
                    "받아들이면 %(what)s 항목이 지워지는데, 지우기는 검토자만 할 수 있습니다. 아무것도 바꾸지 않았습니다."
                )
                % {"what": removes._meta.verbose_name},
            )
            return HttpResponseRedirect(
                reverse("admin:agreements_agreement_review", args=[pk]) + "#conflicts"
            )
        try:
            conflict_resolve(conflict=conflict, accept=accept, by=request.user, seen=seen_in(request.POST))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request, _("새 값을 받아들였습니다.") if accept else _("기존 값을 유지했습니다.")
            )
        return HttpResponseRedirect(reverse("admin:agreements_agreement_review", args=[pk]) + "#conflicts")


def _conflict_row(conflict):
    """(conflict, what it is about, kept value, new value) without repeating the label."""
    label = conflict_label(conflict)
    prefix = f"{label}: "
    kept, incoming = (v.removeprefix(prefix) for v in (conflict.kept_value, conflict.incoming_value))
    return conflict, label, kept, incoming
