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
