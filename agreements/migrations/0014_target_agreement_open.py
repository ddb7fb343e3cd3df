"""Scale (issue 11): open targets are counted without joining their agreements.

The deadlines page counts the open targets (not met, dated, of an agreement neither completed nor
cancelled) in each of its sections; the feed and the page read the first of them by date. Each
joined every open target to its agreement for the status: at 100,000 agreements, 100,000 targets
joined to 60,000 open agreements, 20–30 ms a count. Each target now carries `agreement_open`, kept
by the database, and a partial index holds the open ones by date: 7 ms.

Triggers keep it on both databases, whatever writes (the admin, the loader, workflow.py, a queryset
update, a history revert):
- on a target inserted, or moved to another agreement, it is read from its agreement; a value
  Django writes (a stale instance) is overwritten;
- on an agreement whose status moves in or out of completed/cancelled, its targets follow.
PostgreSQL sets it before the row is written; SQLite, which cannot change NEW, right after.
Nullable, without a default: on SQLite a column that is neither makes Django rebuild the table,
which would drop the data version's triggers on it (0011).
"""

from django.db import migrations, models

CLOSED = "('completed', 'cancelled')"

PG_SQL = f"""
CREATE OR REPLACE FUNCTION hy_target_agreement_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.agreement_open := (SELECT status NOT IN {CLOSED} FROM agreements_agreement WHERE id = NEW.agreement_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER target_agreement_open BEFORE INSERT OR UPDATE ON agreements_target
    FOR EACH ROW EXECUTE FUNCTION hy_target_agreement_open();
CREATE OR REPLACE FUNCTION hy_agreement_open_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreements_target SET agreement_open = NEW.status NOT IN {CLOSED} WHERE agreement_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER agreement_open_targets AFTER UPDATE OF status ON agreements_agreement FOR EACH ROW
    WHEN ((OLD.status IN {CLOSED}) IS DISTINCT FROM (NEW.status IN {CLOSED}))
    EXECUTE FUNCTION hy_agreement_open_targets();
"""
PG_DROP = [
    "DROP TRIGGER IF EXISTS target_agreement_open ON agreements_target",
    "DROP TRIGGER IF EXISTS agreement_open_targets ON agreements_agreement",
    "DROP FUNCTION IF EXISTS hy_target_agreement_open()",
    "DROP FUNCTION IF EXISTS hy_agreement_open_targets()",
]

SQLITE_SET = (
    "UPDATE agreements_target SET agreement_open = "
    f"(SELECT status NOT IN {CLOSED} FROM agreements_agreement WHERE id = NEW.agreement_id) "
    "WHERE id = NEW.id;"
)
SQLITE_SQL = [
    f"CREATE TRIGGER target_agreement_open_insert AFTER INSERT ON agreements_target BEGIN {SQLITE_SET} END",
    "CREATE TRIGGER target_agreement_open_update AFTER UPDATE OF agreement_id, agreement_open "
    f"ON agreements_target BEGIN {SQLITE_SET} END",
    "CREATE TRIGGER agreement_open_targets AFTER UPDATE OF status ON agreements_agreement "
    f"WHEN (OLD.status IN {CLOSED}) IS NOT (NEW.status IN {CLOSED}) BEGIN "
    f"UPDATE agreements_target SET agreement_open = NEW.status NOT IN {CLOSED} WHERE agreement_id = NEW.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS target_agreement_open_insert",
    "DROP TRIGGER IF EXISTS target_agreement_open_update",
    "DROP TRIGGER IF EXISTS agreement_open_targets",
]

FILL = (
    "UPDATE agreements_target SET agreement_open = "
    f"(SELECT status NOT IN {CLOSED} FROM agreements_agreement WHERE id = agreements_target.agreement_id)"
)


def create(apps, schema_editor):
    schema_editor.execute(FILL)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_SQL)
    else:
        for sql in SQLITE_SQL:
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    for sql in PG_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("agreements", "0013_count_indexes")]

    operations = [
        migrations.AddField(
            model_name="target",
            name="agreement_open",
            field=models.BooleanField(editable=False, null=True),
        ),
        migrations.RunPython(create, drop),
        migrations.AddIndex(
            model_name="target",
            index=models.Index(
                condition=models.Q(
                    ("agreement_open", True), ("due_on__isnull", False), ("met_on__isnull", True)
                ),
                fields=["due_on", "agreement", "id"],
                name="target_open_due",
            ),
        ),
    ]
