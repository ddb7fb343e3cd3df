"""Agreements imported under the old headline keys are re-keyed on their documents by the migration."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from agreements.loader import load_extraction
from agreements.models import Agreement

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("agreements", "0005_import_job")]
AFTER = [("agreements", "0006_source_keys_and_match_proposals")]


def migrate(targets=None):
    """Migrate to `targets` (the latest state by default); the apps of that state."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_it_keys_old_agreements_on_their_document_and_keeps_the_headline_to_match_on():
    """The old key becomes the match key; the document's sha256 and place become the key; a later
    release under the same headline then gets its own agreement instead of overwriting the old one."""
    apps = migrate(BEFORE)
    Document, Article = (
        apps.get_model("agreements", "SourceDocument"),
        apps.get_model("agreements", "Article"),
    )
    OldAgreement = apps.get_model("agreements", "Agreement")
    document = Document.objects.create(file_name="a.txt", sha256="a" * 64, raw_text="…")
    article = Article.objects.create(document=document, position=2, headline="업무협약 체결", text="…")
    headed = OldAgreement.objects.create(
        title="한빛시 업무협약", source_key="업무협약체결#1", article=article
    )
    orphan = OldAgreement.objects.create(title="고아 협약", source_key="title:고아협약#0")

    migrate(AFTER)
    migrate()

    headed, orphan = Agreement.objects.get(pk=headed.pk), Agreement.objects.get(pk=orphan.pk)
    assert (headed.source_key, headed.match_key) == (f"{'a' * 64}:2#1", "업무협약체결#1")
    assert (orphan.source_key, orphan.match_key) == ("", "title:고아협약#0")
    later = {"title": "한빛시-푸른물산 업무협약", "parties": [{"name": "푸른물산"}]}
    article = {"headline": "업무협약 체결", "text": "…", "agreements": [{"title": "다른 협약"}, later]}
    load_extraction({"file": "b.txt", "sha256": "b" * 64, "articles": [article]})
    assert Agreement.objects.get(pk=headed.pk).title == "한빛시 업무협약"
    assert Agreement.objects.count() == 4
