"""Helpers for the tests that run the site as production does: gunicorn in a subprocess, DEBUG=0,
on a free loopback port, with its access log (one line per request, with the worker's pid)."""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
ACCESS_LINE = re.compile(r'<(?P<pid>\d+)> "(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d{3})')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(**extra):
    """The environment of a production process: DEBUG off, a key, loopback host, plain HTTP."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_COOKIES": "0",
    }
    env.update({k: str(v) for k, v in extra.items()})
    return env


def manage(env, *args):
    proc = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc


class Gunicorn:
    """`gunicorn -c config/gunicorn.py config.wsgi` (what `make serve` runs) on a free port."""

    def __init__(self, env, tmp_path, workers=1):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.access_log = tmp_path / f"access-{self.port}.log"
        self.error_log = tmp_path / f"error-{self.port}.log"
        self.env = {**env, "BIND": f"127.0.0.1:{self.port}", "WEB_CONCURRENCY": str(workers)}
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "config/gunicorn.py", "--access-logfile", str(self.access_log),
             "--error-logfile", str(self.error_log), "config.wsgi"],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited: {self.errors()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError(f"gunicorn did not listen: {self.errors()}")
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def errors(self):
        return self.error_log.read_text() if self.error_log.exists() else ""

    def get(self, path, headers=None):
        """(status, headers, body) of a GET on a new connection."""
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read()

    def served(self):
        """[(pid, method, path, status)] from the access log so far."""
        if not self.access_log.exists():
            return []
        return [
            (int(m["pid"]), m["method"], m["path"], int(m["status"]))
            for m in map(ACCESS_LINE.search, self.access_log.read_text().splitlines())
            if m
        ]

    def wait_for_log(self, count, seconds=10):
        """The access log is written after the response: wait until it has `count` lines."""
        deadline = time.monotonic() + seconds
        while len(self.served()) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.served()
