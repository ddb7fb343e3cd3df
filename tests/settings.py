"""Settings for the test suite: the project's settings with a throwaway key and fast hashing."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# whitenoise serves static files from the apps' folders, as with DEBUG on: no collectstatic in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Tasks run inline, so an import lands on its drafts at once; tests/test_import_jobs.py also runs
# the database backend's worker for real.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The page cache as in production (files), in a folder of this test run; tests/conftest.py empties
# it before each test, since each test's rolled-back writes repeat the last one's data versions.
CACHES = {
    **CACHES,  # noqa: F405
    "pages": {**CACHES["pages"], "LOCATION": tempfile.mkdtemp(prefix="hyeopyak-test-pages-")},  # noqa: F405
}
