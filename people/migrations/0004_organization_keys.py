"""The keys each organisation is matched by (its normalised name and the elements of alias_keys), one
row each with an index, filled for the existing organisations from their stored columns, so that the
loader finds an organisation by an index look-up instead of reading all of them (LIKE '%|key|%').
Nothing of an organisation itself is written: its name, aliases and derived columns stay as stored."""

import django.db.models.deletion
from django.db import migrations, models

BATCH = 2000
MIN_MATCHING_ALIAS = 2  # people.names, as of this migration


def fill(apps, schema_editor):
    Organization = apps.get_model("people", "Organization")
    OrganizationKey = apps.get_model("people", "OrganizationKey")
    batch = []
    rows = Organization.objects.values_list("id", "normalized_name", "alias_keys").order_by("id")
    for pk, normalized_name, alias_keys in rows.iterator(BATCH):
        keys = {k for k in [normalized_name, *alias_keys.split("|")] if len(k) >= MIN_MATCHING_ALIAS}
        batch.extend(OrganizationKey(organization_id=pk, key=key) for key in sorted(keys))
        if len(batch) >= BATCH:
            OrganizationKey.objects.bulk_create(batch)
            batch = []
    OrganizationKey.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [("people", "0003_search_grams")]

    operations = [
        migrations.CreateModel(
            name="OrganizationKey",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.TextField()),
                (
                    "organization",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="people.organization"
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("key", "organization"), name="organization_key_unique")],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
