"""What `backup` and `restore` share: the client environment for pg_dump/pg_restore, and SQLite's
online backup API (a page-by-page copy, so the copy is exact and consistent while the site runs)."""

import os
import shutil
import sqlite3
import subprocess

from django.core.management.base import CommandError


def pg_environment(settings_dict):
    """libpq's variables for the connection Django uses (so no password is on a command line)."""
    env = dict(os.environ)
    for key, var in [("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")]:
        if settings_dict.get(key):
            env[var] = str(settings_dict[key])
    if settings_dict.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = settings_dict["OPTIONS"]["sslmode"]
    env["PGDATABASE"] = settings_dict["NAME"]
    return env


def run_pg_tool(tool, args, settings_dict):
    if shutil.which(tool) is None:
        raise CommandError(f"{tool}이(가) 설치되어 있지 않습니다 (apt-get install postgresql-client).")
    proc = subprocess.run([tool, *args], env=pg_environment(settings_dict), capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        raise CommandError(f"{tool} 실패: {lines[0] if lines else '종료 코드 ' + str(proc.returncode)}")
    return proc.stdout


def open_sqlite_file(path):
    """A connection to an SQLite file that is checked to be one, or a CommandError."""
    if not path.is_file():
        raise CommandError(f"{path}: 파일이 없습니다.")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise CommandError(f"{path}: 손상된 SQLite 파일입니다 (PRAGMA quick_check).")
        names = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        source.close()
        raise CommandError(f"{path}: SQLite 백업 파일이 아닙니다 ({exc}).") from exc
    if "django_migrations" not in names:
        source.close()
        raise CommandError(f"{path}: 이 프로그램의 백업이 아닙니다 (django_migrations 표가 없습니다).")
    return source


def sqlite_copy(source, target):
    """Copy every page of one open SQLite connection into another (sqlite3 backup API)."""
    source.backup(target)
