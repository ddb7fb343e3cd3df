"""`manage.py restore FILE`: replace the database's contents with a backup made by `backup`.

PostgreSQL: `pg_restore --clean --if-exists --single-transaction` (all or nothing).
SQLite: the online backup API copies the backup's pages into the live file, so running workers see
the restored data on their next query (no file is swapped under them).
Restore into the code version that made the backup, then run `migrate`.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from ops.dbtools import open_sqlite_file, run_pg_tool, sqlite_copy


class Command(BaseCommand):
    help = "Replace the database's contents with the backup in FILE (made by `manage.py backup`)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="do not ask for confirmation")

    def handle(self, file, interactive=True, **options):
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"{source}: 파일이 없습니다.")
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(f"데이터베이스 {name}의 내용을 모두 {source}(으)로 바꿉니다. 계속하려면 yes를 입력하세요: ")
            if answer.strip() != "yes":
                raise CommandError("복원을 취소했습니다. 아무것도 바뀌지 않았습니다.")
        if connection.vendor == "postgresql":
            try:  # is it a dump at all?
                run_pg_tool("pg_restore", ["--list", str(source)], connection.settings_dict)
            except CommandError as exc:
                raise CommandError(f"{source}: backup 명령으로 만든 백업이 아닙니다 ({exc}).") from exc
            connection.close()
            run_pg_tool(
                "pg_restore",
                ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                 "--exit-on-error", f"--dbname={name}", str(source)],
                connection.settings_dict,
            )
        elif connection.vendor == "sqlite":
            backup = open_sqlite_file(source)
            try:
                connection.ensure_connection()
                sqlite_copy(backup, connection.connection)
            finally:
                backup.close()
        else:
            raise CommandError(f"{connection.vendor} 데이터베이스는 복원할 수 없습니다.")
        self.stdout.write(f"{name}: {source}에서 복원했습니다.")
