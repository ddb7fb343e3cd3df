"""Reading settings from the environment: every malformed value stops start-up with one line
that names the variable (`manage.py` prints it without a traceback; gunicorn refuses to boot)."""

import os
from email.utils import parseaddr

from django.core.exceptions import ImproperlyConfigured


class SettingError(ImproperlyConfigured):
    """A malformed environment variable; its message names the variable."""


def _raw(name):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env_bool(name, default=False):
    value = _raw(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingError(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name, default, minimum=0):
    value = _raw(name)
    if value is None:
        return default
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise SettingError(f"{name} must be a whole number, not {value!r}") from None
    if number < minimum:
        raise SettingError(f"{name} must be at least {minimum}, not {value!r}")
    return number


def env_list(name, default):
    value = _raw(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_origins(name):
    """CSRF_TRUSTED_ORIGINS: scheme and host, e.g. https://hyeopyak.example.org."""
    origins = env_list(name, [])
    for origin in origins:
        scheme, sep, host = origin.partition("://")
        if not sep or scheme not in {"http", "https"} or not host or "/" in host.rstrip("/"):
            raise SettingError(
                f"{name} entries must be origins such as https://hyeopyak.example.org, not {origin!r}"
            )
    return origins


def env_admins(name):
    """ADMINS="Name <a@example.org>,b@example.org" → [("Name", "a@example.org"), ("", "b@…")]."""
    admins = []
    for item in env_list(name, []):
        display, address = parseaddr(item)
        local, at, domain = address.partition("@")
        if not (at and local and "." in domain) or any(c in address for c in " <>,;"):
            raise SettingError(f"{name} must be comma separated 'Name <address>' entries, not {item!r}")
        admins.append((display, address))
    return admins


def env_proxy_header(name):
    """SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto" (or "X-Forwarded-Proto: https"): the header
    the HTTPS proxy sets, and the value that means the client used HTTPS."""
    value = _raw(name)
    if value is None:
        return None
    header, _, expected = value.partition(":")
    header, expected = header.strip(), (expected.strip() or "https")
    if not header or not all(c.isalnum() or c == "-" for c in header):
        raise SettingError(f"{name} must be a header name such as X-Forwarded-Proto, not {value!r}")
    return ("HTTP_" + header.upper().replace("-", "_"), expected)


def env_choice(name, default, choices):
    value = _raw(name)
    if value is None:
        return default
    if value.upper() not in choices:
        raise SettingError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value.upper()
