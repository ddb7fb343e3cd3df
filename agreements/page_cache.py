"""A cache of the public read pages as rendered, never older than the data.

Each cached view (the list, the organisation pages, the deadlines page and the calendar feeds) is
wrapped in `cached_page`. For a visitor who is not logged in, it reads the data version first (one
query: agreements/models_version.py, kept by database triggers on every table the pages read), then
looks the page up in the `pages` cache (settings.CACHES) under its path, query string, language
and host. The entry is served only if it was rendered at the same data version, on the same day
(overdue and the days left depend on today), by the same code and settings; otherwise the page is
rendered as before and stored with the version read *before* rendering, so a write that commits
during the render leaves an entry that the next request no longer takes.

Never cached: a logged-in user's pages (the admin link, a personal subscription address), a visitor
with messages waiting, anything but a GET answered 200, a response that sets a cookie, or one that
holds a CSRF token or a CSP nonce (they are per request). The access checks (`public_read`, feed
tokens) run before the cache, so a cached page is only ever served to someone who may read it.
"""

import functools
import hashlib
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone

from .models_version import data_version

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
# What a rendered page depends on besides the data and the request: the code and translations that
# render it, and the static files' hashed names. Read once a process (a deploy restarts it).
CODE_FOLDERS = ["agreements", "people", "config", "templates", "locale"]
CODE_SUFFIXES = {".py", ".html", ".mo", ".txt"}


@functools.cache
def code_fingerprint():
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    paths = [p for folder in CODE_FOLDERS for p in (base / folder).rglob("*") if p.suffix in CODE_SUFFIXES]
    paths.append(Path(settings.STATIC_ROOT) / "staticfiles.json")
    for path in sorted(paths):
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}\n".encode())
    return digest.hexdigest()[:16]


def page_key(request):
    """The entry of this page: what the view reads from the request, and the settings it renders
    with. The language is LocaleMiddleware's choice (from the cookie or Accept-Language)."""
    parts = [
        code_fingerprint(),
        request.scheme,
        request.get_host(),
        request.path,
        request.META.get("QUERY_STRING", ""),
        request.LANGUAGE_CODE,
        settings.SITE_URL,
        str(settings.PUBLIC_READ),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cacheable(request):
    """Only what every visitor who is not logged in would get the same."""
    if not settings.PAGE_CACHE or request.method != "GET":
        return False
    if request.user.is_authenticated:
        return False
    return not len(get_messages(request))


def storable(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and getattr(request, "_csp_nonce", None) is None
    )


def cached_page(view):
    """Serve the page from the `pages` cache while the data version and the day are those it was
    rendered at; otherwise render it and keep it."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not cacheable(request):
            return view(request, *args, **kwargs)
        version = data_version()
        if version is None:
            return view(request, *args, **kwargs)
        stamp = (version, timezone.localdate().isoformat())
        cache = caches[CACHE_ALIAS]
        key = page_key(request)
        entry = cache.get(key)
        if entry is not None and entry["stamp"] == stamp:
            response = HttpResponse(entry["content"], headers=entry["headers"])
            response.page_cache = "hit"
            return response
        response = view(request, *args, **kwargs)
        if storable(request, response):
            entry = {"stamp": stamp, "headers": dict(response.headers), "content": response.content}
            try:
                cache.set(key, entry)
            except OSError as error:  # a full disk or an unwritable folder costs the cache, not the page
                logger.warning("page cache: cannot store %s: %s", request.path, error)
        response.page_cache = "miss"
        return response

    return wrapper
