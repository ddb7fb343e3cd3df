"""Small hooks the settings name by dotted path: the stderr log handler and axes' client address."""

import logging
import sys

from django.conf import settings


class StderrHandler(logging.StreamHandler):
    """A StreamHandler on whatever sys.stderr is when a record is written (a test runner or a
    daemoniser may replace it after logging was configured)."""

    def __init__(self):
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def client_ip(request):
    """The address django-axes counts failed logins against. Behind NUM_PROXIES trusted proxies,
    the address the nearest of them saw (X-Forwarded-For, counted from the right); otherwise the
    socket's. A client cannot choose it by sending its own X-Forwarded-For."""
    proxies = settings.NUM_PROXIES
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
