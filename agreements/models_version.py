"""The data version: a number that changes with every committed write to what the public pages show.

The cache of rendered pages (agreements/page_cache.py) keeps each page with the version it was
rendered at and serves it only while the version is the same, so it can never serve a page older
than the data. The version is kept by database triggers (migration 0011) on every table a public
page reads, so no write path can forget it: the admin and its inlines, workflow.py, the loader's
bulk inserts, queryset updates, an organisation merge, deletes and cascades, the budget-total
triggers, raw SQL.

- SQLite (writers take turns): each written row adds 1 to `DataVersion.version`.
- PostgreSQL: a one-row counter would make every writing transaction wait for the last one to
  commit (and could deadlock with row locks taken in another order). Instead each writing
  transaction keeps a row of its own in `DataChange` (keyed by its transaction id, so no two
  writers ever touch the same row), counting its writing statements, and the version is
  `DataVersion.version` plus the sum of those counts. A commit makes its row visible together with
  its data, so a reader that sees the new data sees the new version (and a transaction sees its
  own writes change it). Now and then a writer folds the committed rows into the counter (deleting
  them and adding their counts in one statement, so the sum never moves backwards), skipping the
  fold when another writer is doing it.

`epoch` is random, set when the row is first made: a database restored from another, or emptied and
filled again, does not repeat a version that pages were cached at.
"""

from django.db import connection, models


class DataVersion(models.Model):
    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    epoch = models.CharField(max_length=32)
    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return f"{self.epoch}:{self.version}"


class DataChange(models.Model):
    """PostgreSQL: a writing transaction's count of writes, until folded into DataVersion (unused on SQLite)."""

    id = models.BigAutoField(primary_key=True)
    txid = models.BigIntegerField(unique=True)
    writes = models.BigIntegerField(default=1)

    class Meta:
        verbose_name = "data change"

    def __str__(self):
        return f"{self.txid}: {self.writes}"


CURRENT_SQL = (
    "SELECT v.epoch, v.version + (SELECT coalesce(sum(writes), 0) FROM agreements_datachange) "
    "FROM agreements_dataversion v WHERE v.id = 1"
)


def data_version():
    """'epoch:version' as committed (and as this transaction wrote), in one query; None before any
    write has made the row."""
    with connection.cursor() as cursor:
        cursor.execute(CURRENT_SQL)
        row = cursor.fetchone()
    return f"{row[0]}:{row[1]}" if row else None
