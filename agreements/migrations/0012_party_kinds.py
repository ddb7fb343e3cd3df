"""Scale (issue 11): the "기관 유형" filter reads one column of the agreement.

`party_kinds` holds the kinds of the organisations taking part in an agreement, in any role, as
",company,government," (NULL without any). The filter asked, for each agreement, whether one of its
participations joins an organisation of the kind: at 100,000 agreements and 500,000 participations
that join cost 100–300 ms a page (the list, the deadlines page's counts), since a common kind
(companies) takes part in most agreements and no index narrows it.

Kept by the database, as the budget total is (0010), so that no write path can forget it:
- on a participation inserted, moved to another agreement or organisation, or deleted (the admin's
  inlines, the loader, an organisation merge, a cascade);
- on an organisation whose kind changes (every agreement it takes part in).
On PostgreSQL the participation trigger runs once a statement (a bulk insert of thousands of
participations updates each agreement once) and locks the agreements first, in id order, so that
two transactions changing one agreement's parties each see what the other committed. A plain text
column rather than an array, so that the same lookup (`LIKE '%,company,%'`) works on both databases
and a kind added later needs no change here. Nullable, without a default: on SQLite a column that
is neither makes Django rebuild the agreement table, which would drop the data version's triggers
on it (0011).
"""

from django.db import migrations, models

PG_KINDS = (
    "(SELECT ',' || string_agg(DISTINCT o.classification, ',' ORDER BY o.classification) || ',' "
    "FROM agreements_participation p JOIN people_organization o ON o.id = p.organization_id "
    "WHERE p.agreement_id = {agreement})"
)

PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION hy_party_kinds_of(changed bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM agreements_agreement WHERE id = ANY(changed) ORDER BY id FOR UPDATE;
    UPDATE agreements_agreement a SET party_kinds = {PG_KINDS.format(agreement="a.id")}
     WHERE a.id = ANY(changed);
END
$$;
CREATE OR REPLACE FUNCTION hy_party_kinds_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hy_party_kinds_of(ARRAY(SELECT DISTINCT agreement_id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION hy_party_kinds_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hy_party_kinds_of(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION hy_party_kinds_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hy_party_kinds_of(ARRAY(
        SELECT agreement_id FROM new_rows UNION SELECT agreement_id FROM old_rows
    ));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION hy_party_kinds_reclassified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hy_party_kinds_of(ARRAY(
        SELECT DISTINCT agreement_id FROM agreements_participation WHERE organization_id = NEW.id
    ));
    RETURN NULL;
END
$$;
"""

PG_TRIGGERS = [
    "CREATE TRIGGER party_kinds_insert AFTER INSERT ON agreements_participation "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hy_party_kinds_inserted()",
    "CREATE TRIGGER party_kinds_delete AFTER DELETE ON agreements_participation "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hy_party_kinds_deleted()",
    "CREATE TRIGGER party_kinds_update AFTER UPDATE ON agreements_participation "
    "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION hy_party_kinds_updated()",
    "CREATE TRIGGER party_kinds_reclassify AFTER UPDATE OF classification ON people_organization "
    "FOR EACH ROW WHEN (OLD.classification IS DISTINCT FROM NEW.classification) "
    "EXECUTE FUNCTION hy_party_kinds_reclassified()",
]
PG_DROP = [
    "DROP TRIGGER IF EXISTS party_kinds_insert ON agreements_participation",
    "DROP TRIGGER IF EXISTS party_kinds_delete ON agreements_participation",
    "DROP TRIGGER IF EXISTS party_kinds_update ON agreements_participation",
    "DROP TRIGGER IF EXISTS party_kinds_reclassify ON people_organization",
    "DROP FUNCTION IF EXISTS hy_party_kinds_inserted()",
    "DROP FUNCTION IF EXISTS hy_party_kinds_deleted()",
    "DROP FUNCTION IF EXISTS hy_party_kinds_updated()",
    "DROP FUNCTION IF EXISTS hy_party_kinds_reclassified()",
    "DROP FUNCTION IF EXISTS hy_party_kinds_of(bigint[])",
]

# SQLite: group_concat's separator is ',' and DISTINCT keeps each kind once.
SQLITE_KINDS = (
    "(SELECT ',' || group_concat(DISTINCT o.classification) || ',' "
    "FROM agreements_participation p JOIN people_organization o ON o.id = p.organization_id "
    "WHERE p.agreement_id = {agreement})"
)
SQLITE_SET = "UPDATE agreements_agreement SET party_kinds = {kinds} WHERE id = {{row}}.agreement_id;".format(
    kinds=SQLITE_KINDS.format(agreement="{row}.agreement_id")
)
SQLITE_TRIGGERS = [
    "CREATE TRIGGER party_kinds_insert AFTER INSERT ON agreements_participation "
    f"BEGIN {SQLITE_SET.format(row='NEW')} END",
    "CREATE TRIGGER party_kinds_delete AFTER DELETE ON agreements_participation "
    f"BEGIN {SQLITE_SET.format(row='OLD')} END",
    "CREATE TRIGGER party_kinds_update AFTER UPDATE OF organization_id, agreement_id ON agreements_participation "
    f"BEGIN {SQLITE_SET.format(row='OLD')} {SQLITE_SET.format(row='NEW')} END",
    "CREATE TRIGGER party_kinds_reclassify AFTER UPDATE OF classification ON people_organization "
    "WHEN OLD.classification IS NOT NEW.classification BEGIN "
    f"UPDATE agreements_agreement SET party_kinds = {SQLITE_KINDS.format(agreement='agreements_agreement.id')} "
    "WHERE id IN (SELECT agreement_id FROM agreements_participation WHERE organization_id = NEW.id); END",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS party_kinds_{name}" for name in ("insert", "delete", "update", "reclassify")
]


def create(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    kinds = (PG_KINDS if postgresql else SQLITE_KINDS).format(agreement="agreements_agreement.id")
    schema_editor.execute(f"UPDATE agreements_agreement SET party_kinds = {kinds}")
    if postgresql:
        schema_editor.execute(PG_FUNCTIONS)
    for sql in PG_TRIGGERS if postgresql else SQLITE_TRIGGERS:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    for sql in PG_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0011_data_version"),
        ("people", "0003_search_grams"),
    ]

    operations = [
        migrations.AddField(
            model_name="agreement",
            name="party_kinds",
            field=models.CharField(
                blank=True, editable=False, max_length=200, null=True, verbose_name="참여 기관 유형"
            ),
        ),
        migrations.RunPython(create, drop),
    ]
