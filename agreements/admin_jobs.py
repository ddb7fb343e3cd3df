"""The import queue in the admin: each job's page shows its progress, then its drafts or its reason.

The import form (AgreementAdmin.import_view) stores the document as an ImportJob and lands here,
or straight on the drafts when the job has already finished. While the job waits or runs, the page
reloads itself every few seconds (a meta refresh: no inline script for a CSP to forbid); once the job is
done, that reload lands on the list filtered to the drafts it made, as the import always has.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .jobs import requeue_stale
from .models import ImportJob

REFRESH_SECONDS = 2


def failure_message(job):
    return _("가져오지 못했습니다. 아무것도 저장하지 않았습니다: %(reason)s") % {"reason": job.reason}


def job_url(job, follow=False):
    url = reverse("admin:agreements_importjob_change", args=[job.pk])
    return url + "?follow=1" if follow else url


def drafts_url(job):
    changelist = reverse("admin:agreements_agreement_changelist")
    return changelist + "?" + urlencode({"id__in": ",".join(map(str, job.agreement_ids))})


def land(request, job):
    """Where the import sends a person: the drafts of a finished job (with what it did), else its page."""
    if job.state != ImportJob.State.DONE:
        return HttpResponseRedirect(job_url(job, follow=True))
    ids, result = job.agreement_ids, job.result
    if not ids:
        messages.warning(request, _("문서 %(name)s: 협약 기사를 찾지 못했습니다.") % {"name": job.name})
        return HttpResponseRedirect(reverse("admin:agreements_agreement_changelist"))
    text = _("문서 %(name)s: 협약 %(total)d건 (새 초안 %(created)d건)") % {
        "name": job.name,
        "total": len(ids),
        "created": result.get("created", 0),
    }
    if result.get("left_alone"):
        text += " · " + _("사람이 고친 항목 %(n)d개는 그대로 두었습니다") % {"n": result["left_alone"]}
    if result.get("conflicts"):
        text += " · " + _("충돌 %(n)d건을 검토 화면에 기록했습니다") % {"n": result["conflicts"]}
    messages.success(request, text)
    if result.get("proposals"):
        messages.warning(request, proposals_message(request, result["proposals"]))
    return HttpResponseRedirect(drafts_url(job))


def proposals_message(request, count):
    """Drafts the loader proposed as agreements already kept: a reviewer confirms or rejects each."""
    text = _("이미 있는 협약과 같은 협약일 수 있는 초안 %(n)d건: 검토자가 확인합니다.") % {"n": count}
    if not request.user.has_perm("agreements.view_matchproposal"):
        return text
    url = reverse("admin:agreements_matchproposal_changelist") + "?state__exact=open"
    return format_html('{} <a href="{}">{}</a>', text, url, _("같은 협약 제안 보기"))


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["name", "state", "user", "created_at", "finished_at", "attempts"]
    list_filter = ["state"]
    list_select_related = ["user"]
    search_fields = ["name", "reason"]

    # Whoever may import may follow the imports; nobody edits a job by hand.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("agreements.add_agreement")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return self.has_view_permission(request)

    def add_view(self, request, form_url="", extra_context=None):
        """A job is added by importing a document: the "add" button opens the import form."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        return HttpResponseRedirect(reverse("admin:agreements_agreement_import"))

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("data")

    def changelist_view(self, request, extra_context=None):
        requeue_stale()
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The job's page: its state, refreshing until it is finished, then its drafts or its reason."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method != "GET":  # a job is read here, never changed
            return HttpResponseNotAllowed(["GET"])
        requeue_stale()
        job = get_object_or_404(self.get_queryset(request), pk=object_id)
        if request.GET.get("follow") and job.state == ImportJob.State.DONE:
            return land(request, job)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("가져오기: %(name)s") % {"name": job.name},
            "job": job,
            "refresh": None if job.finished else REFRESH_SECONDS,
            "drafts_url": drafts_url(job) if job.agreement_ids else None,
            "failure": failure_message(job) if job.state == ImportJob.State.FAILED else None,
            "import_url": reverse("admin:agreements_agreement_import"),
        }
        return TemplateResponse(request, "admin/agreements/importjob/status.html", context)
