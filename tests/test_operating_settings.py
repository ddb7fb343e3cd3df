"""Running it in production: settings from the environment, logging, the proxy, the login lockout
and the Content-Security-Policy (README "Operating it")."""

import os
import re
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from config.env import SettingError, env_admins, env_proxy_header

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "config" / "settings.py"


def settings_from(monkeypatch, **env):
    """The settings module as it reads this environment (run afresh, not the test settings)."""
    for name in list(os.environ):
        if name not in {"PATH", "HOME", "LANG", "SECRET_KEY"}:
            monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def manage(*args, **env):
    full_env = {"PATH": os.environ["PATH"], "DEBUG": "1", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


# Bad settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, value", [("INGEST_MAX_BYTES", "2MB"), ("SECURE_HSTS_SECONDS", "1 year")])
def test_a_malformed_number_stops_start_up_naming_the_variable(name, value):
    """The README promises it: `manage.py` refuses to start, in one line that names the variable."""
    proc = manage("check", **{name: value})
    assert proc.returncode != 0
    assert f"{name} must be a whole number, not {value!r}" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "name, value",
    [
        ("INGEST_MAX_BYTES", "0"),
        ("SECURE_HSTS_SECONDS", "-1"),
        ("CONN_MAX_AGE", "sixty"),
        ("AXES_FAILURE_LIMIT", "five"),
        ("AXES_COOLOFF_HOURS", "1.5"),
        ("EMAIL_PORT", "smtp"),
        ("NUM_PROXIES", "one"),
        ("DEBUG", "maybe"),
        ("PUBLIC_READ", "2"),
        ("SECURE_SSL_REDIRECT", "yes please"),
        ("SECURE_COOKIES", "nope"),
        ("EMAIL_USE_TLS", "tls"),
        ("ADMINS", "Kim <kim at example.org>"),
        ("CSRF_TRUSTED_ORIGINS", "hyeopyak.example.org"),
        ("SECURE_PROXY_SSL_HEADER", "X Forwarded Proto"),
        ("LOG_LEVEL", "LOUD"),
        ("DATABASE_URL", "nosuchdb://x"),
    ],
)
def test_every_malformed_variable_is_named(monkeypatch, name, value):
    """Every int, bool and list setting is checked when the settings load, DEBUG on or off."""
    with pytest.raises(SettingError, match=name):
        settings_from(monkeypatch, **{"DEBUG": "1", name: value})


def test_settings_read_the_documented_production_values(monkeypatch):
    values = settings_from(
        monkeypatch,
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="hyeopyak.example.org",
        INGEST_MAX_BYTES="1_048_576",
        SECURE_HSTS_SECONDS="31536000",
        ADMINS="운영 담당 <ops@example.org>, it@example.org",
        CSRF_TRUSTED_ORIGINS="https://hyeopyak.example.org",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert values["INGEST_MAX_BYTES"] == 1_048_576
    assert values["SECURE_HSTS_SECONDS"] == 31_536_000
    assert values["ADMINS"] == [("운영 담당", "ops@example.org"), ("", "it@example.org")]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://hyeopyak.example.org"]
    assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    assert values["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True


def test_proxy_header_and_admins_parse_their_documented_forms():
    assert env_admins("UNSET_FOR_TEST") == []
    os.environ["HY_TEST_HEADER"] = "X-Forwarded-Ssl: on"
    try:
        assert env_proxy_header("HY_TEST_HEADER") == ("HTTP_X_FORWARDED_SSL", "on")
    finally:
        del os.environ["HY_TEST_HEADER"]


def readme_production_environment():
    """The environment block of README "Operating it", with a real key for the placeholder."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Operating it", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    env = dict(line.split("=", 1) for line in block.splitlines() if line.strip())
    assert env["SECRET_KEY"].startswith("<")
    env["SECRET_KEY"] = secrets.token_urlsafe(60)
    return env


def test_check_deploy_passes_with_the_documented_production_environment():
    env = readme_production_environment()
    assert env["DEBUG"] == "0" and env["SECURE_PROXY_SSL_HEADER"] and env["ADMINS"]
    proc = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert proc.returncode == 0, proc.stderr
    assert "no issues" in proc.stdout


# Logging -----------------------------------------------------------------------------------------

LOG_AN_ERROR = """
import logging, django
django.setup()
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("django.request").error("Internal Server Error: /agreements/", exc_info=True)
"""


def run_production_python(code, **env):
    full_env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": "x" * 60,
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_a_server_error_goes_to_stderr_in_production_and_mails_no_one_by_default():
    proc = run_production_python(LOG_AN_ERROR)
    assert proc.returncode == 0, proc.stderr
    assert "ERROR django.request: Internal Server Error: /agreements/" in proc.stderr
    assert "ZeroDivisionError" in proc.stderr
    assert proc.stdout == ""  # the console mail backend would have printed a mail


def test_a_server_error_is_mailed_to_the_admins_when_they_are_set():
    proc = run_production_python(LOG_AN_ERROR, ADMINS="운영 담당 <ops@example.org>")
    assert "ERROR django.request: Internal Server Error: /agreements/" in proc.stderr
    assert "To: ops@example.org" in proc.stdout
    assert "Internal Server Error: /agreements/" in proc.stdout


# Behind an HTTPS proxy ---------------------------------------------------------------------------

PROXY_ENV = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "hyeopyak.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://hyeopyak.example.org",
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
    "SECURE_SSL_REDIRECT": "1",
}
PROXIED = ["ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT",
           "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"]


@pytest.mark.django_db
def test_admin_login_works_behind_an_https_proxy(monkeypatch, django_user_model):
    """The proxy speaks plain HTTP to gunicorn and says X-Forwarded-Proto: https; the browser's
    Origin is the public https origin. Login must succeed (not loop on the HTTPS redirect, not fail
    the CSRF origin check)."""
    values = settings_from(monkeypatch, **PROXY_ENV)
    monkeypatch.undo()
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    client = Client(enforce_csrf_checks=True, HTTP_HOST="hyeopyak.example.org", HTTP_X_FORWARDED_PROTO="https")
    with override_settings(**{name: values[name] for name in PROXIED}):
        page = client.get("/admin/login/")
        assert page.status_code == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
        response = client.post(
            "/admin/login/?next=/admin/",
            {"username": "kim", "password": "right-password", "csrfmiddlewaretoken": token, "next": "/admin/"},
            HTTP_ORIGIN="https://hyeopyak.example.org",
            HTTP_REFERER="https://hyeopyak.example.org/admin/login/",
        )
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200
    assert client.cookies["sessionid"]["secure"]


@pytest.mark.django_db
def test_a_login_from_an_untrusted_origin_is_refused_behind_the_proxy(monkeypatch, django_user_model):
    values = settings_from(monkeypatch, **PROXY_ENV)
    monkeypatch.undo()
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    client = Client(enforce_csrf_checks=True, HTTP_HOST="hyeopyak.example.org", HTTP_X_FORWARDED_PROTO="https")
    with override_settings(**{name: values[name] for name in PROXIED}):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get("/admin/login/").content.decode())
        response = client.post(
            "/admin/login/",
            {"username": "kim", "password": "right-password", "csrfmiddlewaretoken": token.group(1)},
            HTTP_ORIGIN="https://evil.example.com",
        )
    assert response.status_code == 403


# Login lockout (django-axes) ---------------------------------------------------------------------


def try_login(client, password, username="kim"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password, "next": "/admin/"})


@pytest.mark.django_db
def test_fifty_wrong_passwords_lock_the_login_even_for_the_right_one(client, django_user_model, settings):
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    for _ in range(50):
        assert try_login(client, "wrong").status_code in {200, 429}
    response = try_login(client, "right-password")

    assert response.status_code == 429
    page = response.content.decode()
    assert f"비밀번호가 {settings.AXES_FAILURE_LIMIT}번 틀려 로그인이 잠겼습니다" in page
    assert "관리자에게 잠금 해제를 요청하세요" in page
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


@pytest.mark.django_db
def test_the_lock_starts_at_the_limit_and_axes_reset_lifts_it(client, django_user_model, settings):
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert try_login(client, "wrong").status_code == 200  # the form again, with its error
    assert try_login(client, "wrong").status_code == 429
    assert try_login(client, "right-password").status_code == 429

    call_command("axes_reset_username", "kim")
    assert try_login(client, "right-password").status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_one_locked_name_does_not_lock_another(client, django_user_model, settings):
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    django_user_model.objects.create_superuser("lee", "lee@example.org", "lee-password")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        try_login(client, "wrong")
    assert try_login(client, "lee-password", username="lee").status_code == 302


@pytest.mark.django_db
def test_the_lockout_page_is_in_english_for_an_english_browser(client, django_user_model, settings):
    django_user_model.objects.create_superuser("kim", "kim@example.org", "right-password")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        try_login(client, "wrong")
    response = client.post("/admin/login/", {"username": "kim", "password": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "locked" in response.content.decode()


# Content-Security-Policy -------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_page_carries_the_policy(client):
    policy = client.get("/agreements/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


@pytest.mark.django_db
def test_an_inline_script_carries_the_nonce_the_header_allows(staff_client):
    from agreements.models import Agreement

    agreement = Agreement.objects.create(title="한빛시 협약")
    response = staff_client.get(reverse("admin:agreements_agreement_review", args=[agreement.pk]))
    nonces = set(re.findall(r'<(?:script|style) nonce="([^"]+)"', response.content.decode()))
    assert len(nonces) == 1
    assert f"'nonce-{nonces.pop()}'" in response["Content-Security-Policy"]
    assert not re.search(r"<script>|<style>| on(click|focus|submit|change)=", response.content.decode())
