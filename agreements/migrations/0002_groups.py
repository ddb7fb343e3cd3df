"""The review permission, conflicts that remember the new value, and the three groups of people.

열람자 (viewers) see everything; 담당자 (clerks) add and correct agreements, their parts,
organisations and people, and import documents; 검토자 (reviewers) can do all that, mark drafts
reviewed, merge duplicate organisations and delete.
"""

from django.db import migrations, models

AGREEMENT_MODELS = [
    "agreement", "participation", "budget", "target", "commitment",
    "sourcedocument", "article", "importconflict", "deadlinereminder",
]
PEOPLE_MODELS = ["organization", "person", "membership"]
# What a clerk edits; importing a document adds source documents and articles.
EDITED = {
    "agreements": ["agreement", "participation", "budget", "target", "commitment", "importconflict"],
    "people": PEOPLE_MODELS,
}
IMPORTED = {"agreements": ["sourcedocument", "article"]}
CUSTOM = {
    ("agreements", "agreement"): [("review_agreement", "협약을 검토 완료로 표시할 수 있음")],
    ("people", "organization"): [("merge_organization", "중복 기관을 합칠 수 있음")],
}


def _permission(apps, app_label, model, codename, name=None):
    """The permission row, created here if post_migrate has not made it yet (a fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    verbose = apps.get_model(app_label, model)._meta.verbose_name
    default_name = f"Can {codename.split('_', 1)[0]} {verbose}"
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": (name or default_name)[:255]}
    )
    return permission


def _perms(apps, actions, models_by_app):
    return [
        _permission(apps, app_label, model, f"{action}_{model}")
        for app_label, models_ in models_by_app.items()
        for model in models_
        for action in actions
    ]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    everything = {"agreements": AGREEMENT_MODELS, "people": PEOPLE_MODELS}
    view = _perms(apps, ["view"], everything)
    clerk = view + _perms(apps, ["add", "change"], EDITED) + _perms(apps, ["add", "change"], IMPORTED)
    custom = [
        _permission(apps, app_label, model, codename, name)
        for (app_label, model), perms in CUSTOM.items()
        for codename, name in perms
    ]
    reviewer = clerk + custom + _perms(apps, ["delete"], everything)
    for name, permissions in (("열람자", view), ("담당자", clerk), ("검토자", reviewer)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["열람자", "담당자", "검토자"]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('agreements', '0001_initial'),
        ('people', '0002_organization_merge_permission'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='agreement',
            options={'ordering': [models.OrderBy(models.F('signed_on'), descending=True, nulls_last=True), '-id'], 'permissions': [('review_agreement', '협약을 검토 완료로 표시할 수 있음')], 'verbose_name': '협약', 'verbose_name_plural': '협약'},
        ),
        migrations.AlterModelOptions(
            name='target',
            options={'ordering': ['agreement', models.OrderBy(models.F('due_on'), nulls_last=True), 'id'], 'verbose_name': '목표', 'verbose_name_plural': '목표'},
        ),
        migrations.AddField(
            model_name='importconflict',
            name='incoming_data',
            field=models.JSONField(blank=True, default=dict, editable=False, verbose_name='새 값 (데이터)'),
        ),
        migrations.RunPython(create_groups, remove_groups),
    ]
