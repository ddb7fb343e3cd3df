"""Serving as production does (`make serve`): collectstatic, then gunicorn with DEBUG=0, where
whitenoise serves the static files, so the admin has its CSS."""

import re

import pytest

from tests.operating_support import Gunicorn, manage, production_env


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """An environment whose STATIC_ROOT holds what `collectstatic` gathered."""
    tmp = tmp_path_factory.mktemp("serve")
    env = production_env(STATIC_ROOT=tmp / "static", DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    return env, tmp


def test_gunicorn_serves_the_admin_and_its_css_with_debug_off(collected):
    env, tmp = collected
    with Gunicorn(env, tmp) as server:
        status, headers, body = server.get("/admin/login/")
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert "Content-Security-Policy" in headers
        page = body.decode()
        stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
        base_css = next(url for url in stylesheets if "/admin/css/base" in url)
        assert re.search(r"/static/admin/css/base\.[0-9a-f]{12}\.css$", base_css)  # hashed by the manifest

        status, headers, css = server.get(base_css, headers={"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert headers["Content-Encoding"] == "gzip"
        assert "immutable" in headers["Cache-Control"]  # a hashed name never changes: cache it for good

        status, headers, css = server.get(base_css)
        assert status == 200 and b"--body-fg" in css

        # The site's own files too, and an unknown one is a 404, not a 500.
        assert server.get("/static/css/hyeopyak.css")[0] == 200
        assert server.get("/static/js/hyeopyak.js")[1]["Content-Type"].startswith("text/javascript")
        assert server.get("/static/nothing-here.css")[0] == 404
        assert "Traceback" not in server.errors()



def test_gunicorn_refuses_a_malformed_timeout_with_one_line_naming_it():
    import subprocess

    from tests.operating_support import GUNICORN, ROOT

    proc = subprocess.run(
        [GUNICORN, "-c", "config/gunicorn.py", "--check-config", "config.wsgi"],
        cwd=ROOT, env=production_env(GUNICORN_TIMEOUT="0"), capture_output=True, text=True, timeout=60,
    )

    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines() == ["config/gunicorn.py: GUNICORN_TIMEOUT must be at least 1, not '0'"]


@pytest.mark.parametrize(("name", "value"), [("WEB_CONCURRENCY", "two"), ("GUNICORN_TIMEOUT", "2m")])
def test_make_serve_stops_on_a_malformed_gunicorn_number_before_starting_it(name, value):
    """`make serve` checks the settings first; gunicorn would print a traceback for WEB_CONCURRENCY."""
    import subprocess
    import sys

    from tests.operating_support import ROOT

    proc = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT, env=production_env(**{name: value}), capture_output=True, text=True, timeout=60,
    )

    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines() == [f"ImproperlyConfigured: {name} must be a whole number, not {value!r}"]
