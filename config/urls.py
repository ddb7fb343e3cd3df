from axes.models import AccessAttempt
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

admin.site.site_header = _("협약 현황 관리")
admin.site.site_title = _("협약 현황")
admin.site.index_title = _("관리 메뉴")
# django-axes' "Clean up expired attempts" action reads request.axes_attempt_time, which only a login
# sets: in the admin it is a 500 (found by tests/test_permission_matrix.py). `manage.py axes_reset`
# does the same job.
admin.site.get_model_admin(AccessAttempt).actions = []

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="agreements:list", permanent=False)),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("agreements.urls")),
]

# A document pasted into the admin import beyond what Django reads is a form error, not a bare 400.
handler400 = "agreements.errors.bad_request"
