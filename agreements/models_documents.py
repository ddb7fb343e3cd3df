"""The documents agreements are read from: a document as imported (its text, kind and page starts) and
the articles found in it. The file itself is kept in models_files.OriginalFile."""

import bisect

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SourceDocument(models.Model):
    class Kind(models.TextChoices):
        TXT = "txt", _("텍스트")
        HTML = "html", _("웹 페이지")
        PDF = "pdf", "PDF"
        HWP = "hwp", "HWP"
        HWPX = "hwpx", "HWPX"

    file_name = models.CharField(_("파일명"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    published_on = models.DateField(_("발행일"), null=True, blank=True)
    raw_text = models.TextField(_("원문"), help_text=_("파일에서 읽은 글. 추출은 이 글에서 합니다."))
    kind = models.CharField(
        _("형식"),
        max_length=8,
        choices=Kind.choices,
        blank=True,
        help_text=_("파일 내용으로 알아낸 형식. 비어 있으면 원본 파일을 보관하기 전에 가져온 문서입니다."),
    )
    # Where each page begins in raw_text (PDF): the review screen links to an article's page.
    page_starts = models.JSONField(_("쪽 시작 위치"), default=list, blank=True)
    imported_at = models.DateTimeField(_("가져온 일시"), auto_now_add=True)
    # Who imported it; the document stays when the account is removed.
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("가져온 사람"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("원문 문서")
        verbose_name_plural = pgettext_lazy("plural", "원문 문서")
        ordering = ["-imported_at"]

    def __str__(self):
        return self.file_name

    def page_of(self, text):
        """The page (from 1) of a PDF on which ``text`` first appears in the text read from it, or None."""
        offset = self.raw_text.find(text) if self.page_starts and text else -1
        if offset < 0:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


class Article(models.Model):
    document = models.ForeignKey(
        SourceDocument, verbose_name=_("문서"), on_delete=models.CASCADE, related_name="articles"
    )
    position = models.PositiveIntegerField(_("순서"), default=0)
    headline = models.CharField(_("제목"), max_length=300, blank=True)
    subheadline = models.CharField(_("부제"), max_length=300, blank=True)
    byline = models.CharField(_("작성자"), max_length=200, blank=True)
    text = models.TextField(_("본문"), help_text=_("사진 설명을 빼고 끊어진 낱말을 이은 본문."))
    is_agreement = models.BooleanField(_("협약 기사"), default=False)

    class Meta:
        verbose_name = _("기사")
        verbose_name_plural = pgettext_lazy("plural", "기사")
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="article_unique_position")
        ]

    def __str__(self):
        return self.headline or f"{self.document} #{self.position + 1}"
