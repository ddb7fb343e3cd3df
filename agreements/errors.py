"""The project's handler for 400 Bad Request (config/urls.py `handler400`).

A document pasted into the admin import that is larger than Django will read
(DATA_UPLOAD_MAX_MEMORY_SIZE raises RequestDataTooBig while the CSRF check reads the form) would
otherwise be answered with a bare 400 page. On the import URL it is answered with the import form
and a one-line reason instead; nothing of the request was read, so nothing was saved. Every other
bad request gets Django's own page. (With DEBUG on, Django shows its technical page instead.)
"""

import functools

from django.contrib import admin
from django.core.exceptions import RequestDataTooBig
from django.views import defaults

from .forms import too_large_message
from .models import Agreement

IMPORT_URL_NAME = "agreements_agreement_import"


def bad_request(request, exception):
    match = getattr(request, "resolver_match", None)
    if isinstance(exception, RequestDataTooBig) and match and match.url_name == IMPORT_URL_NAME:
        model_admin = admin.site.get_model_admin(Agreement)
        view = functools.partial(model_admin.import_view, refusal=too_large_message(_content_length(request)))
        # The form is only shown with its error: no data is read or written, and the CSRF token
        # cannot be checked in a body that was not read.
        view.csrf_exempt = True
        return admin.site.admin_view(view)(request)
    return defaults.bad_request(request, exception)


def _content_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or "") or None
    except ValueError:
        return None
