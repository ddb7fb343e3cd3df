"""config.urls plus one view nobody wrote a permission rule for (tests/test_permission_matrix.py)."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    *project_urlpatterns,
    path("reports/secret/", lambda request: HttpResponse("x"), name="secret"),
]
