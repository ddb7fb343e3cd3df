"""Scale (issue 11): the list's search, total and sorts read indexes and one table.

- `search_grams`: the bigrams of each agreement's title, place and location (people/search.py),
  filled here for existing rows, with a GIN index on PostgreSQL so that a Korean word of two
  syllables or more is found through the index.
- `total_budget`: each agreement's sum of budgets, kept by triggers on the budget table on both
  databases (a budget inserted, changed, moved or deleted by any path), filled here for existing rows.
  On PostgreSQL the trigger first locks the agreement's row, so that two transactions adding budgets
  to one agreement at once each sum what the other committed (its next statement sees it).
- Partial indexes of the open agreements, for the deadlines page's counts.
- An index of each organisation's agreements, read without the table (the search's parties).
- Indexes in the list's order for the budget and title sorts (PostgreSQL, as 0004).
"""

from django.db import migrations, models

import people.search
from people.search import text_grams

BATCH = 2000

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
           SET total_budget = (SELECT sum(amount_krw) FROM agreements_budget WHERE agreement_id = changed)
         WHERE id = changed;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER budget_total AFTER INSERT OR UPDATE OF amount_krw, agreement_id OR DELETE
    ON agreements_budget FOR EACH ROW EXECUTE FUNCTION hy_budget_total();
"""

SQLITE_SUM = (
    "UPDATE agreements_agreement SET total_budget = "
    "(SELECT sum(amount_krw) FROM agreements_budget WHERE agreement_id = {row}.agreement_id) "
    "WHERE id = {row}.agreement_id;"
)
SQLITE_TRIGGERS = [
    "CREATE TRIGGER budget_total_insert AFTER INSERT ON agreements_budget "
    f"BEGIN {SQLITE_SUM.format(row='NEW')} END",
    "CREATE TRIGGER budget_total_delete AFTER DELETE ON agreements_budget "
    f"BEGIN {SQLITE_SUM.format(row='OLD')} END",
    "CREATE TRIGGER budget_total_update AFTER UPDATE OF amount_krw, agreement_id ON agreements_budget "
    f"BEGIN {SQLITE_SUM.format(row='OLD')} {SQLITE_SUM.format(row='NEW')} END",
]

FILL_TOTALS_SQL = (
    "UPDATE agreements_agreement SET total_budget = "
    "(SELECT sum(amount_krw) FROM agreements_budget WHERE agreement_id = agreements_agreement.id)"
)

PG_INDEXES = {
    "agreement_grams": "USING gin (search_grams)",
    "agreement_list_budget_desc": "(total_budget DESC NULLS LAST, id DESC)",
    "agreement_list_budget_asc": "(total_budget ASC NULLS LAST, id DESC)",
    "agreement_list_title_asc": "(title ASC, id DESC)",
    "agreement_list_title_desc": "(title DESC, id DESC)",
}


def fill_grams(apps, schema_editor):
    Agreement = apps.get_model("agreements", "Agreement")
    batch = []
    for agreement in Agreement.objects.only("title", "place", "location").iterator(BATCH):
        agreement.search_grams = text_grams(agreement.title, agreement.place, agreement.location)
        batch.append(agreement)
        if len(batch) == BATCH:
            Agreement.objects.bulk_update(batch, ["search_grams"])
            batch = []
    Agreement.objects.bulk_update(batch, ["search_grams"])


def create(apps, schema_editor):
    # Indexes before the rows are filled: PostgreSQL refuses CREATE INDEX on a table whose updates
    # left deferred foreign-key checks pending in the same transaction.
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in PG_INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON agreements_agreement {definition}")
    fill_grams(apps, schema_editor)
    schema_editor.execute(FILL_TOTALS_SQL)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_TRIGGER_SQL)
    else:
        for sql in SQLITE_TRIGGERS:
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in PG_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        schema_editor.execute("DROP TRIGGER IF EXISTS budget_total ON agreements_budget")
        schema_editor.execute("DROP FUNCTION IF EXISTS hy_budget_total()")
    else:
        for name in ("insert", "delete", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS budget_total_{name}")


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0009_original_files"),
        ("people", "0003_search_grams"),
    ]

    operations = [
        migrations.AddField(
            model_name="agreement",
            name="search_grams",
            field=people.search.GramsField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="agreement",
            name="total_budget",
            field=models.BigIntegerField(blank=True, editable=False, null=True, verbose_name="사업비 합계(원)"),
        ),
        migrations.AddIndex(
            model_name="participation",
            index=models.Index(fields=["organization", "agreement"], name="participation_org_agreement"),
        ),
        migrations.AddIndex(
            model_name="agreement",
            index=models.Index(
                condition=models.Q(("due_on__isnull", False), models.Q(("status__in", ["completed", "cancelled"]), _negated=True)),
                fields=["due_on", "id"],
                name="agreement_open_due",
            ),
        ),
        migrations.AddIndex(
            model_name="agreement",
            index=models.Index(
                condition=models.Q(("status__in", ["completed", "cancelled"]), _negated=True),
                fields=["id"],
                name="agreement_open",
            ),
        ),
        migrations.RunPython(create, drop),
    ]
