"""`manage.py backup FILE`: a consistent copy of the database while the site runs.

PostgreSQL: `pg_dump --format=custom` (restore with `manage.py restore` or `pg_restore`).
SQLite: the online backup API, into an SQLite file that is the database, byte for byte in content.
"""

import os
import sqlite3
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from ops.dbtools import run_pg_tool, sqlite_copy


class Command(BaseCommand):
    help = "Write a backup of the database to FILE (pg_dump custom format, or an SQLite file)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the backup; replaced only once it is complete")

    def handle(self, file, **options):
        target = Path(file)
        if target.is_dir():
            raise CommandError(f"{target}: 디렉터리입니다. 파일 이름을 주세요.")
        if not target.parent.is_dir():
            raise CommandError(f"{target.parent}: 디렉터리가 없습니다.")
        partial = target.with_name(f".{target.name}.partial")
        partial.unlink(missing_ok=True)
        try:
            if connection.vendor == "postgresql":
                run_pg_tool(
                    "pg_dump",
                    ["--format=custom", "--no-owner", "--no-privileges", f"--file={partial}"],
                    connection.settings_dict,
                )
            elif connection.vendor == "sqlite":
                connection.ensure_connection()
                copy = sqlite3.connect(partial)
                try:
                    sqlite_copy(connection.connection, copy)
                finally:
                    copy.close()
            else:
                raise CommandError(f"{connection.vendor} 데이터베이스는 백업할 수 없습니다.")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        self.stdout.write(f"{target}: {connection.vendor} 데이터베이스를 백업했습니다.")
