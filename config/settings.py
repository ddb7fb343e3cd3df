"""Settings for Hyeopyak, driven by environment variables (README "Operating it" lists them all).

DATABASE_URL   default: a SQLite file in the checkout (var/hyeopyak.sqlite3)
SECRET_KEY     required unless DEBUG is on (a per-checkout development key is generated then)
DEBUG          "1"/"true"/"yes" to turn on; off by default
ALLOWED_HOSTS  comma separated; defaults to localhost names when DEBUG is on
PUBLIC_READ    "0" to require a login for the public pages and exports (default: public);
               calendar feeds then take a per-user token (agreements/calendar.py)
PAGE_CACHE     "0" to render every public page afresh (default: cached until the data changes)
PAGE_CACHE_DIR where the rendered pages are kept (default: var/page-cache)
A malformed value stops start-up with one line naming the variable (config/env.py).
"""

import datetime
import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from config.env import (
    SettingError,
    env_admins,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_origins,
    env_proxy_header,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def development_secret_key():
    """A key kept in var/ so sessions survive restarts; never used when DEBUG is off."""
    VAR_DIR.mkdir(exist_ok=True)
    key_file = VAR_DIR / "dev-secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY") or ""
if not SECRET_KEY:
    if not DEBUG:
        raise SettingError("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = development_secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
# Behind an HTTPS proxy: the origin people type (https://hyeopyak.example.org) and the header the
# proxy sets to say the client used HTTPS (SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto).
CSRF_TRUSTED_ORIGINS = env_origins("CSRF_TRUSTED_ORIGINS")
SECURE_PROXY_SSL_HEADER = env_proxy_header("SECURE_PROXY_SSL_HEADER")
# How many proxies in front append to X-Forwarded-For (0: none; the socket's address is the client's).
NUM_PROXIES = env_int("NUM_PROXIES", 0)
# gunicorn's own (config/gunicorn.py); read here too so that `make serve`, which checks the settings
# before it starts gunicorn, stops on a malformed one with a line naming it: gunicorn itself reads
# WEB_CONCURRENCY with int() as it starts and prints a traceback.
WEB_CONCURRENCY = env_int("WEB_CONCURRENCY", 2, minimum=1)
GUNICORN_TIMEOUT = env_int("GUNICORN_TIMEOUT", 120, minimum=1)

# Public records: the list, detail, organisation and deadline pages, the CSV and the calendar
# feeds are readable without a login unless PUBLIC_READ=0.
PUBLIC_READ = env_bool("PUBLIC_READ", default=True)

# The public read pages (list, organisation, deadlines, calendar feeds) are kept as rendered for
# visitors who are not logged in, and served again until the data changes (agreements/page_cache.py;
# README "Architecture"). Files under PAGE_CACHE_DIR, shared by every worker process.
PAGE_CACHE = env_bool("PAGE_CACHE", default=True)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR") or str(VAR_DIR / "page-cache"),
        # An entry is only served at the data version and on the day it was rendered at; the timeout
        # and the cap only bound the disk (7 KB for a list page, 26 KB for a full feed, compressed).
        "TIMEOUT": 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 3000},
    },
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "ops.third_party.LoginLockoutConfig",  # django-axes, named in Korean
    "csp",
    "django_tasks",
    "ops.third_party.TaskQueueConfig",  # django-tasks-db, named in Korean
    "people",
    "agreements",
    "ops",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

try:
    DATABASES = {
        "default": dj_database_url.config(
            default=f"sqlite:///{VAR_DIR / 'hyeopyak.sqlite3'}",
            # Connections are kept between requests and checked before a request reuses one, so
            # a database restart costs a reconnect, not a 500 (tests/test_operating_restart.py).
            conn_max_age=env_int("CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
except ValueError as exc:  # a malformed DATABASE_URL fails loudly at start-up
    raise SettingError(f"DATABASE_URL is not a valid database URL: {exc}") from exc
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(exist_ok=True)
    # Several gunicorn workers share the file: a transaction takes the write lock when it begins
    # (else two that read and then write deadlock, and one fails at once with "database is
    # locked", as bench/soak.py found; two ingests of one batch at once, too), waits up to 20 s
    # for it, and readers use the WAL.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ko-kr"
LANGUAGES = [("ko", _("한국어")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
# whitenoise serves what `collectstatic` gathered, with hashed names and compressed copies;
# with DEBUG off, `manage.py collectstatic --noinput` must have run (`make serve` does).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGIN_URL = "admin:login"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hyeopyak@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Who is mailed the traceback of a server error (optional): ADMINS="이름 <a@example.org>,b@example.org".
ADMINS = env_admins("ADMINS")

# Errors and warnings go to stderr (gunicorn's, so the service manager's journal), with and without
# DEBUG; a server error is also mailed to ADMINS when DEBUG is off and ADMINS is set.
LOG_LEVEL = env_choice("LOG_LEVEL", "WARNING", ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"])
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "stderr": {"class": "config.log.StderrHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stderr", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
    },
}
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# A text search on the list counts its matches up to this many; past it the page says "more than"
# and shows no budget total (agreements/views.py, count_bound; BENCHMARKS.md).
SEARCH_COUNT_LIMIT = 1000
# The deadlines page counts each of its sections up to this many deadlines; past it the section says
# "N건 이상" and the page says it counts no further (agreements/deadlines.py; BENCHMARKS.md).
DEADLINE_COUNT_LIMIT = 1000

# Largest document `ingest`/`extract` accepts (bytes); see README.
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 2 * 1024 * 1024, minimum=1)
# Largest PDF, HWP or HWPX file (bytes): a newspaper PDF or an HWP with its pictures is several MB.
INGEST_MAX_FILE_BYTES = env_int("INGEST_MAX_FILE_BYTES", 20 * 1024 * 1024, minimum=1)
# Django reads a form's fields into memory up to this size; a document pasted up to the ingest limit
# must fit, with room for the other fields (beyond it the import form says why: agreements/errors.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, INGEST_MAX_BYTES + 64 * 1024)

# Admin login is rate-limited by django-axes: after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out for AXES_COOLOFF_HOURS (a right password
# included); `manage.py axes_reset_username NAME` unlocks early. See README "Operating it".
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1, minimum=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # failed logins and lockouts are still logged (as warnings)
AXES_LOCKOUT_CALLABLE = "ops.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "config.log.client_ip"

# Content-Security-Policy (django-csp): only this site's own scripts, styles and images; the few
# inline <script>/<style> blocks carry the per-request nonce (`nonce="{{ request.csp_nonce }}"`),
# and no inline event handler (onclick=…) runs. style="…" attributes are allowed: Django's and
# simple-history's admin templates use them, and they can fetch nothing (img-src/font-src 'self').
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# HTTPS settings, read (and so checked) also when DEBUG is on, applied only when it is off.
_secure_cookies = env_bool("SECURE_COOKIES", default=True)
_ssl_redirect = env_bool("SECURE_SSL_REDIRECT", default=False)
_hsts_seconds = env_int("SECURE_HSTS_SECONDS", 0)
_hsts_subdomains = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
_hsts_preload = env_bool("SECURE_HSTS_PRELOAD", default=False)
if not DEBUG:
    SESSION_COOKIE_SECURE = _secure_cookies
    CSRF_COOKIE_SECURE = _secure_cookies
    SECURE_SSL_REDIRECT = _ssl_redirect
    SECURE_HSTS_SECONDS = _hsts_seconds
    SECURE_HSTS_INCLUDE_SUBDOMAINS = _hsts_subdomains
    SECURE_HSTS_PRELOAD = _hsts_preload
    SECURE_CONTENT_TYPE_NOSNIFF = True

# The admin import queues documents for a background worker (agreements/jobs.py): django-tasks with
# its database backend, so no server beyond the database. Run the worker with `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# A job running longer than this is taken for one whose worker died and is queued again, up to
# INGEST_JOB_MAX_ATTEMPTS tries (a 2 MiB document takes well under a minute to read).
INGEST_JOB_STALE_AFTER = datetime.timedelta(seconds=int(os.environ.get("INGEST_JOB_STALE_AFTER", 600)))
INGEST_JOB_MAX_ATTEMPTS = 3
