import argparse
import itertools
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction

from agreements import batch, batch_worker
from agreements.ingest.pool import extract_paths, map_in_processes
from agreements.loader import LoadError, database_refusal, load_extraction
from agreements.management.commands.extract import iso_date

WORKER_DIED = "작업 프로세스가 멈춰 저장되지 않았을 수 있습니다. 다시 실행하면 빠진 문서만 저장합니다."


class Command(BaseCommand):
    help = (
        "Save documents as agreement drafts for review. A document (text, web page, PDF, HWP or HWPX, "
        "told by its content) is read and extracted; FILE.json is an extraction object (EXTRACTION.md). "
        "Each document is saved in its own transaction: one that cannot be saved is named with its "
        "reason on one line (exit status 1) and saves nothing, the others are kept, and running the same "
        "files again saves only what is missing (a document is known by its sha256). --atomic saves all "
        "or nothing in one transaction instead. --jobs N reads in N processes (each ~520 MB with Kiwi); "
        "on PostgreSQL each process also saves what it reads, on SQLite (one writer) this process saves."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--published", type=iso_date, help="publication date, YYYY-MM-DD")
        parser.add_argument(
            "--jobs", type=positive_int, default=1, help="processes reading (and on PostgreSQL saving) files (default 1)"
        )
        parser.add_argument(
            "--atomic", action="store_true", help="all files in one transaction: if one fails, nothing is saved"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="save each document, print what was saved, then roll it back: nothing is kept",
        )

    def handle(self, *args, files, published, jobs=1, atomic=False, dry_run=False, **options):
        if atomic:
            return self.handle_atomic(files, published, jobs, dry_run)
        refused, saved = [], 0
        for outcome in self.outcomes(files, published, jobs, dry_run):
            if outcome.refusal:
                refused.append(outcome.refusal)
            else:
                saved += 1
                self.stdout.write(f"{outcome.name}: {outcome.summary}")
        if dry_run:
            self.stdout.write("--dry-run: 아무것도 남기지 않았습니다.")
        if len(refused) == 1:
            raise CommandError(refused[0])
        if refused:
            for line in refused:
                self.stderr.write(line)
            raise CommandError(f"문서 {len(refused)}개를 저장하지 못했습니다(이유는 위에). 나머지 {saved}개는 저장했습니다.")

    def outcomes(self, files, published, jobs, dry_run):
        """Each file's batch.Outcome, in the order given, as each is saved (or refused)."""
        if len(files) > 1 and batch.saves_in_workers(jobs):
            database = {key: connection.settings_dict[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")}
            items = [(str(path), published, dry_run) for path in files]
            results = map_in_processes(
                batch_worker.ingest, items, jobs=jobs, initializer=batch_worker.start, initargs=(database, os.getpid())
            )
            done = 0
            try:
                for summary, refusal in results:
                    yield batch.Outcome(files[done].name, summary, refusal)
                    done += 1
            except BrokenProcessPool:  # a worker died (killed, out of memory): the rest are unknown
                for path in files[done:]:
                    yield batch.Outcome(path.name, refusal=f"{path.name}: {WORKER_DIED}")
            return
        for path, prepared in self.prepared(files, published, jobs):
            if isinstance(prepared, batch.Refused):
                yield batch.Outcome(path.name, refusal=str(prepared))
            else:
                yield batch.save(path.name, *prepared, dry_run=dry_run)

    def prepared(self, files, published, jobs):
        """(path, (raw text, extraction, Source) or its batch.Refused) of each file, in order: the text
        files read in `jobs` processes (ingest/pool.py) while this one saves, the rest read here."""
        texts = [path for path in files if batch.is_text(path)]
        if jobs == 1 or len(texts) < 2:
            for path in files:
                yield path, prepare_here(path, published)
            return
        extracted = extract_paths([(str(path), path.name, published, *batch.limits()) for path in texts], jobs=jobs)
        try:
            for path in files:
                if not batch.is_text(path):
                    yield path, prepare_here(path, published)
                    continue
                source, extraction, refusal = next(extracted)
                yield path, (batch.Refused(refusal) if refusal else (source.text, extraction, source))
        finally:
            extracted.close()  # stops the workers if this stops early

    def handle_atomic(self, files, published, jobs, dry_run):
        """The whole batch in one transaction: the first refusal, in the order given, undoes it all."""
        reading = self.prepared(files, published, jobs)
        if jobs > 1:
            # The first is read before the transaction begins, so that no lock is held while the
            # workers start (each loads Kiwi).
            prepared = itertools.chain(list(itertools.islice(reading, 1)), reading)
        else:
            # One process cannot save and read at once: everything is read first, so that SQLite's
            # write lock is held only while saving.
            prepared = list(reading)
        saved = []
        try:
            with transaction.atomic():
                for path, document in prepared:
                    if isinstance(document, batch.Refused):
                        raise CommandError(str(document))
                    raw_text, extraction, source = document
                    saved.append((path, load_extraction(extraction, raw_text=raw_text, source=source)))
                if dry_run:
                    transaction.set_rollback(True)
        except LoadError as exc:
            raise CommandError(f"아무것도 저장하지 않았습니다: {exc}") from exc
        except DatabaseError as exc:  # e.g. SQLite busy past its timeout while another ingest writes
            raise CommandError(f"아무것도 저장하지 않았습니다: {database_refusal(exc)}") from exc
        finally:
            reading.close()  # stops the workers when a file was refused or could not be saved
        for path, report in saved:
            self.stdout.write(f"{path.name}: {report.summary()}")
        if dry_run:
            self.stdout.write("--dry-run: 아무것도 남기지 않았습니다.")


def positive_int(value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"1 이상의 정수여야 합니다: {value!r}")
    return number


def prepare_here(path, published):
    """batch.prepare of one file in this process, or its batch.Refused."""
    try:
        return batch.prepare(path, published)
    except batch.Refused as exc:
        return exc
