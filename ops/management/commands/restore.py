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
            raise CommandError(f"{source}: no such file")
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(f"This replaces everything in the database {name} with {source}. Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("restore cancelled; nothing changed")
        if connection.vendor == "postgresql":
            try:  # is it a dump at all?
                run_pg_tool("pg_restore", ["--list", str(source)], connection.settings_dict)
            except CommandError as exc:
                raise CommandError(f"{source}: not a backup made by `manage.py backup` ({exc})") from exc
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
            raise CommandError(f"restoring {connection.vendor} databases is not supported")
        self.stdout.write(f"{name}: restored from {source}")
