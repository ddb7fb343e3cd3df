"""Each organisation's bigrams (people/search.py), filled for the existing ones, with a GIN index on
PostgreSQL so that the search box finds an organisation by any part of its name or alias of two
characters or more without reading all of them. SQLite reads its small tables with LIKE.
And an index in name order, for the list's select of organisations (the first ones by name)."""

from django.db import migrations, models

import people.search
from people.search import text_grams

BATCH = 2000
INDEX = "organization_grams"


def fill(apps, schema_editor):
    # The index before the rows are filled: PostgreSQL refuses CREATE INDEX on a table whose updates
    # left deferred foreign-key checks pending in the same transaction.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON people_organization USING gin (search_grams)")
    Organization = apps.get_model("people", "Organization")
    batch = []
    for org in Organization.objects.only("name", "normalized_name", "aliases", "alias_keys").iterator(BATCH):
        org.search_grams = text_grams(org.name, org.normalized_name, *org.aliases, *org.alias_keys.split("|"))
        batch.append(org)
        if len(batch) == BATCH:
            Organization.objects.bulk_update(batch, ["search_grams"])
            batch = []
    Organization.objects.bulk_update(batch, ["search_grams"])


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("people", "0002_organization_merge_permission")]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="search_grams",
            field=people.search.GramsField(blank=True, default="", editable=False),
        ),
        migrations.AddIndex(
            model_name="organization",
            index=models.Index(fields=["name", "id"], name="organization_name_order"),
        ),
        migrations.RunPython(fill, drop),
    ]
