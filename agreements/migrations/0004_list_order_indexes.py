"""Indexes in the exact order the list sorts by, so that a page is an index scan of 50 rows.

The list sorts with empty dates last on both databases (`signed_on DESC NULLS LAST, id DESC`); a
plain index on signed_on cannot be read in that order on PostgreSQL, which then sorted all rows (and
computed every row's budget total) to show 50. SQLite cannot declare NULLS LAST in an index, and
reads its small tables fast enough, so these are PostgreSQL's only.
"""

from django.db import migrations

INDEXES = {
    "agreement_list_signed_desc": "signed_on DESC NULLS LAST, id DESC",
    "agreement_list_signed_asc": "signed_on ASC NULLS LAST, id DESC",
    "agreement_list_due_asc": "due_on ASC NULLS LAST, id DESC",
    "agreement_list_due_desc": "due_on DESC NULLS LAST, id DESC",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON agreements_agreement ({columns})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0003_budget_amount_at_most_1000jo")]

    operations = [migrations.RunPython(create, drop)]
