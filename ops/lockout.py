"""The page django-axes shows to a locked-out login (AXES_LOCKOUT_CALLABLE): Korean, in the admin's
look, saying how long the lock lasts and who can lift it."""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    context = {
        **admin.site.each_context(request),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_hours": settings.AXES_COOLOFF_TIME,
    }
    return render(request, "axes/lockout.html", context, status=429)
