"""The data version (agreements/models_version.py): triggers on every table the public pages read,
so that any committed write changes the version the page cache checks (agreements/page_cache.py).

Not watched: the history tables (written with the rows they record), the import queue's progress,
the log of reminders sent, and the version's own tables. tests/test_page_cache.py fails if a table
of `agreements` or `people` is neither watched nor named here as not watched.
"""

import secrets

from django.db import migrations, models

WATCHED = [
    "agreements_sourcedocument",
    "agreements_article",
    "agreements_originalfile",
    "agreements_agreement",
    "agreements_participation",
    "agreements_budget",
    "agreements_target",
    "agreements_commitment",
    "agreements_importconflict",
    "agreements_matchproposal",
    "people_organization",
    "people_person",
    "people_membership",
]

PG_FUNCTIONS = """
CREATE OR REPLACE FUNCTION hy_data_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- One folder at a time; a writer that finds the row locked leaves the folding to that one.
    PERFORM 1 FROM agreements_dataversion WHERE id = 1 FOR UPDATE SKIP LOCKED;
    IF FOUND THEN
        WITH folded AS (DELETE FROM agreements_datachange WHERE txid <> txid_current() RETURNING writes)
        UPDATE agreements_dataversion SET version = version + (SELECT coalesce(sum(writes), 0) FROM folded)
         WHERE id = 1;
    END IF;
END
$$;
CREATE OR REPLACE FUNCTION hy_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change bigint;
    writes bigint;
BEGIN
    -- This transaction's own row: no other transaction ever writes it, so no writer waits for another.
    INSERT INTO agreements_datachange (txid, writes) VALUES (txid_current(), 1)
        ON CONFLICT (txid) DO UPDATE SET writes = agreements_datachange.writes + 1
        RETURNING id, agreements_datachange.writes INTO change, writes;
    PERFORM 1 FROM agreements_dataversion WHERE id = 1;
    IF NOT FOUND THEN  -- emptied (a flush): a new epoch
        INSERT INTO agreements_dataversion (id, epoch, version)
            VALUES (1, md5(random()::text || clock_timestamp()::text), 0)
            ON CONFLICT (id) DO NOTHING;
    END IF;
    IF writes = 1 AND mod(change, 256) = 0 THEN
        PERFORM hy_data_fold();
    END IF;
    RETURN NULL;
END
$$;
"""

PG_TRIGGER = (
    "CREATE TRIGGER hy_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION hy_data_changed()"
)

SQLITE_TRIGGER = (
    "CREATE TRIGGER hy_data_version_{table}_{event} AFTER {event} ON {table} BEGIN "
    "INSERT OR IGNORE INTO agreements_dataversion (id, epoch, version) VALUES (1, lower(hex(randomblob(16))), 0); "
    "UPDATE agreements_dataversion SET version = version + 1 WHERE id = 1; "
    "END"
)
SQLITE_EVENTS = ["insert", "update", "delete"]


def create(apps, schema_editor):
    schema_editor.execute(
        "INSERT INTO agreements_dataversion (id, epoch, version) VALUES (1, %s, 0)", [secrets.token_hex(16)]
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_FUNCTIONS)
        for table in WATCHED:
            schema_editor.execute(PG_TRIGGER.format(table=table))
    else:
        for table in WATCHED:
            for event in SQLITE_EVENTS:
                schema_editor.execute(SQLITE_TRIGGER.format(table=table, event=event))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table in WATCHED:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS hy_data_version ON {table}")
        schema_editor.execute("DROP FUNCTION IF EXISTS hy_data_changed()")
        schema_editor.execute("DROP FUNCTION IF EXISTS hy_data_fold()")
    else:
        for table in WATCHED:
            for event in SQLITE_EVENTS:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS hy_data_version_{table}_{event}")


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0010_search_grams_and_budget_total"),
        ("people", "0003_search_grams"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataChange",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("txid", models.BigIntegerField(unique=True)),
                ("writes", models.BigIntegerField(default=1)),
            ],
            options={"verbose_name": "data change"},
        ),
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False)),
                ("epoch", models.CharField(max_length=32)),
                ("version", models.BigIntegerField(default=0)),
            ],
            options={"verbose_name": "data version"},
        ),
        migrations.RunPython(create, drop),
    ]
