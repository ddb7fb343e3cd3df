"""검토자 may delete match proposals: deleting an agreement deletes its proposals, and the admin
refuses to delete an agreement whose related rows the user may not delete, so without this right a
reviewer could no longer delete any agreement that had a proposal (found by the permission matrix)."""

import importlib

from django.db import migrations


def let_reviewers_delete_proposals(apps, schema_editor):
    groups = importlib.import_module("agreements.migrations.0002_groups")
    permission = groups._permission(apps, "agreements", "matchproposal", "delete_matchproposal")
    for group in apps.get_model("auth", "Group").objects.filter(name="검토자"):
        group.permissions.add(permission)


def undo(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="검토자"):
        group.permissions.remove(*Permission.objects.filter(codename="delete_matchproposal"))


class Migration(migrations.Migration):
    dependencies = [("agreements", "0007_agreement_version")]

    operations = [migrations.RunPython(let_reviewers_delete_proposals, undo)]
