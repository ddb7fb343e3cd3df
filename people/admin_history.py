"""Reverting to a version from the admin history, safely (issue 9, defect 1).

django-simple-history's history form saves the old row whole for anyone who may *view* the record:
a 열람자 could write, and an old row brought back its review and its status. Here a revert

- needs the change permission; others see the version read-only, without a button;
- applies what the change form lets a person edit, taken from the old version, to the record as it is
  now, through the admin's own save_model: what it changes is locked against re-imports like any edit;
- never writes REVERT_PROTECTED (the review, what the workflow moves, import bookkeeping);
- never re-creates a deleted record;
- is recorded as a revert: the history's change reason names the version it went back to.

It lives in people/ because both apps use it and people/ may not import agreements/.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import mark_safe
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

# Fields a revert never writes, whatever the version held.
REVERT_PROTECTED = frozenset(
    {
        # the review: only a 검토자 marks or reopens it (agreements/review.py)
        "review_state",
        "reviewed_at",
        "reviewed_by",
        # moved only by agreements/workflow.py: the status with its completion date, a target met
        "status",
        "completed_on",
        "met_on",
        # bookkeeping of imports and edits: what a person locked stays locked, the source stays known
        "locked",
        "locked_fields",
        "source_key",
        "spans",
        "span_start",
        "span_end",
        "version",
    }
)


def revert_reason(record):
    """The history's change reason of a revert: "2026-01-20 14:03 기록으로 되돌림"."""
    when = timezone.localtime(record.history_date).strftime("%Y-%m-%d %H:%M")
    return _("%(when)s 기록으로 되돌림") % {"when": when}


class SafeRevertAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose history form reverts only as described above."""

    object_history_form_template = "admin/history_revert_form.html"
    revert_protected_fields = REVERT_PROTECTED

    def may_revert(self, request, obj):
        """Reverting is changing: the change permission (and the history's, when that is enforced)."""
        if getattr(settings, "SIMPLE_HISTORY_REVERT_DISABLED", False):
            return False
        return self.has_change_permission(request, obj) and self.has_change_history_permission(request, obj)

    def revert_disabled(self, request, obj=None):
        return not self.may_revert(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.current_app = self.admin_site.name
        opts = self.model._meta
        history_model = getattr(self.model, opts.simple_history_manager_attribute).model
        record = get_object_or_404(
            history_model, **{opts.pk.attname: unquote(object_id), "history_id": version_id}
        )
        version = record.instance
        version._state.adding = False
        current = self.get_object(request, unquote(object_id))
        if not self.has_view_history_or_change_history_permission(request, current or version):
            raise PermissionDenied
        may_revert = self.may_revert(request, current or version)
        urls = self._history_urls(version.pk)

        if request.method == "POST":
            if not may_revert:
                raise PermissionDenied
            if current is None:
                messages.error(request, _("지운 항목은 되돌릴 수 없습니다. 아무것도 저장하지 않았습니다."))
                return HttpResponseRedirect(urls["changelist_url"])

        fieldsets = self.get_fieldsets(request, current or version)
        shown = flatten_fieldsets(fieldsets)
        if may_revert and current is not None:
            readonly = list(self.get_readonly_fields(request, current))
            readonly += [
                name for name in shown if name in self.revert_protected_fields and name not in readonly
            ]
            form_class = self.get_form(
                request, current, change=True, fields=[name for name in shown if name not in readonly]
            )
            if request.method == "POST":
                form = form_class(request.POST, request.FILES, instance=current)
                if form.is_valid():
                    return self._save_revert(request, form, record, urls)
            else:
                old = form_class(instance=version).initial
                # a field the form keeps without showing it (an edit's version, say) is the current row's
                initial = {
                    k: v
                    for k, v in old.items()
                    if k in form_class.base_fields
                    and k not in readonly
                    and k not in self.revert_protected_fields
                }
                form = form_class(instance=current, initial=initial)
        else:  # a look at the old version, read-only
            readonly = shown
            form = self.get_form(request, version, change=True, fields=shown)(instance=version)

        admin_form = helpers.AdminForm(form, list(fieldsets), {}, readonly, model_admin=self)
        context = {
            **self.admin_site.each_context(request),
            "title": (_("되돌리기: %(obj)s") if may_revert else _("지난 기록: %(obj)s")) % {"obj": version},
            "adminform": admin_form,
            "object_id": object_id,
            "original": version,
            "record": record,
            "is_popup": False,
            "media": mark_safe(self.media + admin_form.media),
            "errors": helpers.AdminErrorList(form, []),
            "app_label": opts.app_label,
            "original_opts": opts,
            **urls,
            "change_history": False,
            "has_inlines": bool(self.inlines),
            "revert_disabled": not may_revert,
            "protected": [
                str(opts.get_field(n).verbose_name) for n in shown if n in self.revert_protected_fields
            ],
            "add": False,
            "change": True,
            "has_add_permission": False,
            "has_view_permission": True,
            "has_change_permission": may_revert,
            "has_delete_permission": False,
            "has_editable_inline_admin_formsets": False,
            "has_file_field": False,
            "has_absolute_url": False,
            "form_url": "",
            "opts": opts,
            "content_type_id": self.content_type_model_cls.objects.get_for_model(self.model).id,
            "save_as": False,
            "save_on_top": False,
            **(extra_context or {}),
        }
        return self.render_history_view(request, self.object_history_form_template, context)

    def _history_urls(self, pk):
        prefix = f"{self.admin_site.name}:{self.model._meta.app_label}_{self.model._meta.model_name}"
        return {
            "changelist_url": reverse(f"{prefix}_changelist"),
            "change_url": reverse(f"{prefix}_change", args=[pk]),
            "history_url": reverse(f"{prefix}_history", args=[pk]),
        }

    def _save_revert(self, request, form, record, urls):
        """Save the old values the form brings back, as an edit recorded as a revert."""
        if not form.has_changed():
            messages.info(request, _("지금 값이 이 기록과 같습니다. 저장하지 않았습니다."))
            return HttpResponseRedirect(urls["history_url"])
        obj = self.save_form(request, form, change=True)
        obj._change_reason = revert_reason(record)
        self.save_model(request, obj, form, change=True)
        form.save_m2m()
        self.log_change(request, obj, self.construct_change_message(request, form, []))
        messages.success(request, _("“%(obj)s”: %(reason)s") % {"obj": obj, "reason": obj._change_reason})
        return HttpResponseRedirect(urls["change_url"])
