"""A budget line can be a share of another one (a firm's part of a stated total, a total's breakdown
into 국비 and 시비): `is_share`, false unless a person or the extractor says so, and the agreement's
`total_budget` (0010) sums only the lines that are no share, so that a 500억 pact listed with its four
firms' shares no longer shows 1,000억.

The column is added by hand: on SQLite Django would rebuild the table for a NOT NULL column, and
the rebuild would drop the triggers on it (0010's totals, 0011's data version). SQLite keeps the
column's default (it cannot drop one); PostgreSQL drops it, as Django would.
"""

from django.db import migrations, models


PG_TRIGGER_SQL = """
CREATE OR REPLACE FUNCTION hy_budget_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    FOR changed IN
        SELECT DISTINCT id FROM (VALUES (CASE WHEN TG_OP <> 'INSERT' THEN OLD.agreement_id END),
                                        (CASE WHEN TG_OP <> 'DELETE' THEN NEW.agreement_id END)) AS ids(id)
         WHERE id IS NOT NULL
    LOOP
        PERFORM 1 FROM agreements_agreement WHERE id = changed FOR UPDATE;
        UPDATE agreements_agreement
           SET total_budget = (SELECT sum(amount_krw) FROM agreements_budget
                                WHERE agreement_id = changed AND {counted})
         WHERE id = changed;
    END LOOP;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS budget_total ON agreements_budget;
CREATE TRIGGER budget_total AFTER INSERT OR UPDATE OF {columns} OR DELETE
    ON agreements_budget FOR EACH ROW EXECUTE FUNCTION hy_budget_total();
"""

SQLITE_SUM = (
    "UPDATE agreements_agreement SET total_budget = "
    "(SELECT sum(amount_krw) FROM agreements_budget WHERE agreement_id = {row}.agreement_id AND {counted}) "
    "WHERE id = {row}.agreement_id;"
)


def sqlite_triggers(columns, counted):
    def total(row):
        return SQLITE_SUM.format(row=row, counted=counted)

    return [
        "DROP TRIGGER IF EXISTS budget_total_insert",
        "DROP TRIGGER IF EXISTS budget_total_delete",
        "DROP TRIGGER IF EXISTS budget_total_update",
        f"CREATE TRIGGER budget_total_insert AFTER INSERT ON agreements_budget BEGIN {total('NEW')} END",
        f"CREATE TRIGGER budget_total_delete AFTER DELETE ON agreements_budget BEGIN {total('OLD')} END",
        f"CREATE TRIGGER budget_total_update AFTER UPDATE OF {columns} ON agreements_budget "
        f"BEGIN {total('OLD')} {total('NEW')} END",
    ]


NEW = {"columns": "amount_krw, agreement_id, is_share", "counted": "NOT is_share"}
OLD = {"columns": "amount_krw, agreement_id", "counted": "TRUE"}


def _triggers(schema_editor, kind):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_TRIGGER_SQL.format(**kind))
    else:
        for sql in sqlite_triggers(**kind):
            schema_editor.execute(sql)


def add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE agreements_budget ADD COLUMN is_share boolean NOT NULL DEFAULT false")
        schema_editor.execute("ALTER TABLE agreements_budget ALTER COLUMN is_share DROP DEFAULT")
    else:
        schema_editor.execute("ALTER TABLE agreements_budget ADD COLUMN is_share bool NOT NULL DEFAULT 0")
    _triggers(schema_editor, NEW)


def remove(apps, schema_editor):
    _triggers(schema_editor, OLD)
    schema_editor.execute("ALTER TABLE agreements_budget DROP COLUMN is_share")
    schema_editor.execute(
        "UPDATE agreements_agreement SET total_budget = "
        "(SELECT sum(amount_krw) FROM agreements_budget WHERE agreement_id = agreements_agreement.id)"
    )


def is_share():
    return models.BooleanField(
        default=False,
        help_text="다른 줄의 금액에 이미 들어 있는 몫(기업별 금액, 총사업비의 국비·시비)이면 체크하세요. 합계에서 빠집니다.",
        verbose_name="다른 줄의 몫",
    )


class Migration(migrations.Migration):
    dependencies = [("agreements", "0014_target_agreement_open")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddField(model_name="budget", name="is_share", field=is_share())],
            database_operations=[migrations.RunPython(add, remove)],
        ),
        migrations.AddField(model_name="historicalbudget", name="is_share", field=is_share()),
    ]
