"""Scale (issue 11): the list's count and total, and the deadlines page's counts, from indexes alone.

A list page asks `COUNT(id), SUM(total_budget)` of the filtered agreements. With a status, kind or
"overdue" filter that read every matching row of the table (tens of thousands at 100,000
agreements: 20–30 ms). PostgreSQL answers from an index alone when the index holds every column the
query reads, so two indexes carry, beside their keys, what the common filters and the total read:

- `agreement_open_due` (the open agreements with a target date, by date: "overdue", "due within",
  the deadlines page) gains `kind`, `total_budget` and `party_kinds`;
- `agreement_status_kind` (every agreement, by status and kind) carries `due_on`, `total_budget`,
  `party_kinds` and `id`.

PostgreSQL only: SQLite has no INCLUDE (Django warns of such an index in a model's Meta, W040),
and reads its small tables fast enough. The model keeps declaring `agreement_open_due` without the
extra columns, which is what SQLite has.
"""

from django.db import migrations

OPEN_DUE = "WHERE due_on IS NOT NULL AND NOT (status IN ('completed', 'cancelled'))"
CREATE = [
    "DROP INDEX IF EXISTS agreement_open_due",
    "CREATE INDEX agreement_open_due ON agreements_agreement (due_on, id) "
    f"INCLUDE (kind, total_budget, party_kinds) {OPEN_DUE}",
    "CREATE INDEX IF NOT EXISTS agreement_status_kind ON agreements_agreement (status, kind) "
    "INCLUDE (due_on, total_budget, party_kinds, id)",
]
DROP = [
    "DROP INDEX IF EXISTS agreement_status_kind",
    "DROP INDEX IF EXISTS agreement_open_due",
    f"CREATE INDEX agreement_open_due ON agreements_agreement (due_on, id) {OPEN_DUE}",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("agreements", "0012_party_kinds")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
