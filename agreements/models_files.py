"""The file a document was read from, kept whole so that a reviewer can open it.

Kept in the database (a BinaryField: bytea on PostgreSQL, a BLOB on SQLite), not under MEDIA_ROOT:
the document and its file are then written in the one transaction of a load (nothing half-saved when
a load fails), `manage.py backup` and `restore` carry them with everything else (pg_dump and the
SQLite copy), and there is no upload folder to serve, back up or keep in step. The price is a larger
database: at most INGEST_MAX_FILE_BYTES (20 MiB) a document, a few hundred KB for a typical HWP.
The bytes sit in a row of their own so that no list or page that reads SourceDocument loads them;
only the view that serves the file does (agreements/views_files.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OriginalFile(models.Model):
    # The file belongs to its document and goes with it.
    document = models.OneToOneField(
        "agreements.SourceDocument",
        verbose_name=_("문서"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="original",
    )
    data = models.BinaryField(_("파일 내용"))

    class Meta:
        verbose_name = _("원본 파일")
        verbose_name_plural = pgettext_lazy("plural", "원본 파일")

    def __str__(self):
        return str(self.document_id)
