"""Agreements, their parts, and the documents they were read from."""

import bisect
import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from people.models import Organization, Person
from people.search import GramsField, text_grams

from .ingest.numbers import MAX_BUDGET_KRW


class Precision(models.TextChoices):
    """How precisely a deadline is known; the stored date is the last day of the period."""

    DAY = "day", _("일")
    MONTH = "month", _("월")
    QUARTER = "quarter", _("분기")
    HALF = "half", _("반기")
    YEAR = "year", _("연")


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


class AgreementQuerySet(models.QuerySet):
    def for_list(self):
        """What a list row shows, in a fixed number of queries."""
        return self.select_related("article__document").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("organization"),
            )
        )

    def totals(self):
        """(number of agreements, won of all their budgets or None): one pass over one table, since
        each agreement carries its `total_budget`."""
        totals = self.order_by().aggregate(count=Count("pk"), budget=Sum("total_budget"))
        return totals["count"], totals["budget"]

    def with_parts(self):
        """One agreement's page: its article and every part, in a fixed number of queries."""
        return self.select_related("article__document", "owner", "reviewed_by").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("organization", "signatory"),
            ),
            "budgets__funder",
            "targets",
            "commitments__organization",
        )

    def open(self):
        return self.exclude(status__in=[Agreement.Status.COMPLETED, Agreement.Status.CANCELLED])

    def overdue(self, today):
        return self.open().filter(due_on__lt=today)

    def due_within(self, days, today):
        return self.open().filter(due_on__gte=today, due_on__lte=today + datetime.timedelta(days=days))

    def with_party(self, organization):
        """Agreements an organisation takes part in (any role), without duplicate rows."""
        return self.filter(
            Exists(Participation.objects.filter(agreement=OuterRef("pk"), organization=organization))
        )

    def drafts(self):
        return self.filter(review_state=Agreement.ReviewState.EXTRACTED)


class VersionField(models.PositiveIntegerField):
    """A number that every save of the row moves on by one, counted by the database itself.

    An UPDATE writes `version = version + 1`, never a number read earlier, so a save from a stale
    instance cannot move the version back. agreements/locking.py checks it against the version a
    form was opened at; see there.
    """

    def pre_save(self, model_instance, add):
        if add:
            return super().pre_save(model_instance, add)
        # What the instance believes; the database may be further on, which only makes a form stale.
        setattr(model_instance, self.attname, (getattr(model_instance, self.attname) or 0) + 1)
        return models.F(self.attname) + 1


class Agreement(models.Model):
    class Kind(models.TextChoices):
        MOU = "mou", _("업무협약")
        INVESTMENT = "investment", _("투자협약")
        COOPERATION = "cooperation", _("상생·협력 협약")
        RESEARCH = "research", _("연구 용역")
        PROGRAM = "program", _("협력·후원 사업")
        OTHER = "other", _("기타")

    class Status(models.TextChoices):
        PLANNED = "planned", _("예정")
        SIGNED = "signed", _("체결")
        IN_PROGRESS = "in_progress", _("추진중")
        COMPLETED = "completed", _("완료")
        CANCELLED = "cancelled", _("취소")

    class ReviewState(models.TextChoices):
        EXTRACTED = "extracted", _("검토 대기")
        REVIEWED = "reviewed", _("검토 완료")

    title = models.CharField(_("협약명"), max_length=300)
    kind = models.CharField(_("구분"), max_length=20, choices=Kind.choices, default=Kind.MOU)
    status = models.CharField(_("상태"), max_length=20, choices=Status.choices, default=Status.SIGNED)
    signed_on = models.DateField(_("체결일"), null=True, blank=True)
    signed_on_text = models.CharField(
        _("체결일 (원문)"), max_length=100, blank=True, help_text=_("기사에 적힌 그대로, 예: 지난 20일")
    )
    place = models.CharField(_("체결 장소"), max_length=200, blank=True)
    location = models.CharField(_("사업 위치"), max_length=300, blank=True)
    summary = models.TextField(_("주요 내용"), blank=True)
    department = models.CharField(_("담당부서"), max_length=100, blank=True, db_index=True)
    department_email = models.EmailField(
        _("담당부서 이메일"), blank=True, help_text=_("담당자가 없을 때 기한 알림을 받는 주소.")
    )
    # The person reminded of deadlines; the agreement outlives the account.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("담당자"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_agreements",
    )
    due_on = models.DateField(
        _("완료 목표일"),
        null=True,
        blank=True,
        help_text=_("목표 기간의 마지막 날. 정밀도와 함께 저장합니다."),
    )
    due_precision = models.CharField(_("목표일 정밀도"), max_length=10, choices=Precision.choices, blank=True)
    due_text = models.CharField(_("목표 (원문)"), max_length=200, blank=True)
    completed_on = models.DateField(_("완료일"), null=True, blank=True)
    review_state = models.CharField(
        _("검토 상태"),
        max_length=20,
        choices=ReviewState.choices,
        default=ReviewState.EXTRACTED,
        db_index=True,
    )
    reviewed_at = models.DateTimeField(_("검토 일시"), null=True, blank=True)
    # Who reviewed it; the review record stays when the account is removed.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("검토자"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The article it was read from; deleting a document keeps the agreements people rely on.
    article = models.ForeignKey(
        Article,
        verbose_name=_("원문 기사"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )
    source_key = models.CharField(
        _("원문 식별자"),
        max_length=400,
        blank=True,
        editable=False,
        help_text=_("같은 문서를 다시 가져올 때 이 협약을 찾는 열쇠: 문서의 SHA-256과 문서 안의 위치."),
    )
    # What a later, different document is compared on to propose "the same agreement": the
    # normalised headline (or title) and the agreement's index in its article. Never unique.
    match_key = models.CharField(max_length=400, blank=True, editable=False, db_index=True)
    spans = models.JSONField(_("원문 위치"), default=dict, blank=True, editable=False)
    locked_fields = models.JSONField(
        _("잠긴 항목"),
        default=list,
        blank=True,
        help_text=_("사람이 고친 항목. 다시 가져오기가 덮어쓰지 않습니다."),
    )
    created_at = models.DateTimeField(_("등록일시"), auto_now_add=True)
    updated_at = models.DateTimeField(_("수정일시"), auto_now=True)
    # The bigrams of the title, place and location, for the search box (people/search.py); save() sets it.
    search_grams = GramsField(default="", blank=True, editable=False)
    # The sum of the agreement's budgets (None without any), kept by the database itself: triggers on
    # the budget table (migration 0010) update it on every insert, update and delete of a budget,
    # whatever the path (admin inlines, the loader, a history revert, a merge, a cascade). The list
    # sums and sorts this one column instead of joining every budget; Django never writes it (save).
    total_budget = models.BigIntegerField(_("사업비 합계(원)"), null=True, blank=True, editable=False)
    version = VersionField(
        _("버전"),
        default=1,
        editable=False,
        help_text=_("협약이나 그 항목을 저장할 때마다 늘어납니다. 그 사이에 바뀐 화면에서 저장하는 것을 막습니다."),
    )

    # The version is bookkeeping, the total follows the budgets and the bigrams the title: a reverted
    # record must not bring an old one back.
    history = HistoricalRecords(excluded_fields=["version", "total_budget", "search_grams"])
    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("협약")
        verbose_name_plural = pgettext_lazy("plural", "협약")
        # NULLs sort last on both databases (SQLite and PostgreSQL disagree by default).
        ordering = [models.F("signed_on").desc(nulls_last=True), "-id"]
        permissions = [("review_agreement", _("협약을 검토 완료로 표시할 수 있음"))]
        indexes = [
            models.Index(fields=["status", "due_on"], name="agreement_status_due"),
            models.Index(fields=["due_on"], name="agreement_due"),
            models.Index(fields=["signed_on"], name="agreement_signed"),
            models.Index(fields=["kind"], name="agreement_kind"),
            # The deadlines page counts the open agreements with a target date, and joins the open
            # agreements to their targets: both read from these small indexes, not the table.
            models.Index(
                fields=["due_on", "id"],
                name="agreement_open_due",
                condition=Q(due_on__isnull=False) & ~Q(status__in=["completed", "cancelled"]),
            ),
            models.Index(fields=["id"], name="agreement_open", condition=~Q(status__in=["completed", "cancelled"])),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_on__isnull=True) | ~Q(due_precision=""),
                name="agreement_due_has_precision",
            ),
            models.UniqueConstraint(
                fields=["source_key"], condition=~Q(source_key=""), name="agreement_unique_source"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, update_fields=None, **kwargs):
        self.search_grams = agreement_grams(self.title, self.place, self.location)
        # Every save moves the version, a save of a few fields too (VersionField).
        if update_fields is not None:
            update_fields = {*update_fields, "version", "search_grams"}
        elif not self._state.adding:
            # Never the total: the database keeps it, and this instance's copy may be older. The
            # bigrams always: they were just computed, even on an instance loaded without them.
            update_fields = (WRITTEN_FIELDS - self.get_deferred_fields()) | {"search_grams"}
        update_fields = None if update_fields is None else set(update_fields) - {"total_budget"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("agreements:detail", args=[self.pk])

    @property
    def reference(self):
        return agreement_reference(self.pk, self.signed_on, self.created_at)

    def is_overdue(self, today):
        return (
            self.due_on is not None
            and self.due_on < today
            and self.status not in (self.Status.COMPLETED, self.Status.CANCELLED)
        )


def agreement_grams(title, place, location):
    """What an agreement is found by in the search box, besides its parties."""
    return text_grams(title, place, location)


# What a save of a loaded agreement writes: every column but its id and its budget total.
WRITTEN_FIELDS = frozenset(
    f.attname for f in Agreement._meta.concrete_fields if not f.primary_key and f.name != "total_budget"
)


def agreement_reference(pk, signed_on, created_at):
    """관리번호: stable, derived from the year and id; the creation year is Seoul's, not UTC's."""
    year = (signed_on or (created_at and timezone.localdate(created_at)) or timezone.localdate()).year
    return f"HY-{year}-{pk:04d}"


class Part(models.Model):
    """What every extracted part of an agreement keeps: its words and where they stand."""

    source_text = models.CharField(_("원문 표현"), max_length=500, blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True, editable=False)
    span_end = models.PositiveIntegerField(null=True, blank=True, editable=False)
    locked = models.BooleanField(
        _("잠김"), default=False, help_text=_("사람이 입력하거나 고친 항목. 다시 가져오기가 바꾸지 않습니다.")
    )

    class Meta:
        abstract = True


class Participation(Part):
    class Role(models.TextChoices):
        PARTY = "party", _("협약 당사자")
        CONSORTIUM = "consortium", _("컨소시엄")
        SPONSOR = "sponsor", _("후원")
        PARTICIPANT = "participant", _("참여")
        CERTIFIER = "certifier", _("인증")
        FUNDER = "funder", _("재원")
        OTHER = "other", _("기타")

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="participations"
    )
    # An organisation that takes part in an agreement cannot be deleted; merge it instead.
    organization = models.ForeignKey(
        Organization, verbose_name=_("기관"), on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(_("역할"), max_length=20, choices=Role.choices, default=Role.PARTY)
    # The signatory may be removed from the people list; the participation stays.
    signatory = models.ForeignKey(
        Person,
        verbose_name=_("서명자"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signed_participations",
    )
    position = models.PositiveIntegerField(_("순서"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("참여 기관")
        verbose_name_plural = pgettext_lazy("plural", "참여 기관")
        ordering = ["agreement", "position", "id"]
        # An organisation's agreements read from the index alone (the search box, the party filter).
        indexes = [models.Index(fields=["organization", "agreement"], name="participation_org_agreement")]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "organization", "role"], name="participation_unique_role"
            )
        ]

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"


class Budget(Part):
    class Source(models.TextChoices):
        PUBLIC = "public", _("공공")
        PRIVATE = "private", _("민간")
        MIXED = "mixed", _("민관 합동")

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="budgets"
    )
    amount_krw = models.BigIntegerField(
        _("금액(원)"), help_text=_("원 단위 정수. 예: 3007억 원 = 300700000000")
    )
    source = models.CharField(_("재원"), max_length=10, choices=Source.choices, blank=True)
    # The funder is optional context; removing it keeps the budget line.
    funder = models.ForeignKey(
        Organization,
        verbose_name=_("출연 기관"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funded_budgets",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("사업비")
        verbose_name_plural = pgettext_lazy("plural", "사업비")
        ordering = ["agreement", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_krw__gte=0), name="budget_amount_not_negative"),
            # 1,000조원: no city signs more, and with it no sum of
            # budgets on a page can pass a 64-bit integer (SQLite's SUM raises on overflow).
            models.CheckConstraint(condition=Q(amount_krw__lte=MAX_BUDGET_KRW), name="budget_amount_at_most_1000jo"),
        ]

    def __str__(self):
        from .templatetags.hyeopyak import krw

        return krw(self.amount_krw)


class TargetQuerySet(models.QuerySet):
    def open(self):
        """Dated targets not met yet, of agreements neither completed nor cancelled."""
        return self.filter(met_on__isnull=True, due_on__isnull=False).exclude(
            agreement__status__in=[Agreement.Status.COMPLETED, Agreement.Status.CANCELLED]
        )


class Target(Part):
    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="targets"
    )
    description = models.CharField(_("목표"), max_length=300)
    due_on = models.DateField(_("기한"), null=True, blank=True)
    due_precision = models.CharField(_("기한 정밀도"), max_length=10, choices=Precision.choices, blank=True)
    value = models.DecimalField(_("수치"), max_digits=20, decimal_places=4, null=True, blank=True)
    unit = models.CharField(_("단위"), max_length=20, blank=True)
    met_on = models.DateField(_("달성일"), null=True, blank=True)

    history = HistoricalRecords()
    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("목표")
        verbose_name_plural = pgettext_lazy("plural", "목표")
        ordering = ["agreement", models.F("due_on").asc(nulls_last=True), "id"]
        indexes = [models.Index(fields=["due_on"], name="target_due")]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_on__isnull=True) | ~Q(due_precision=""), name="target_due_has_precision"
            )
        ]

    def __str__(self):
        return self.description


class Commitment(Part):
    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="commitments"
    )
    # "Who promised" is optional; the promise stays if the organisation is merged away.
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("이행 기관"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    text = models.TextField(_("약속 내용"))
    done = models.BooleanField(_("이행"), default=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("이행 약속")
        verbose_name_plural = pgettext_lazy("plural", "이행 약속")
        ordering = ["agreement", "id"]

    def __str__(self):
        return self.text[:60]


class ImportConflict(models.Model):
    """A re-import that disagreed with a value a person kept: shown on the review screen."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="conflicts"
    )
    field = models.CharField(_("항목"), max_length=100)
    kept_value = models.TextField(_("유지한 값"), blank=True)
    incoming_value = models.TextField(_("새 문서의 값"), blank=True)
    # What accepting the new value writes: {"field": value} for an agreement's fields, or
    # {"model": …, "pk": …, "values": {…}} for a part (pk is null for a part the document adds).
    incoming_data = models.JSONField(_("새 값 (데이터)"), default=dict, blank=True, editable=False)
    # The document that brought the other value; kept if the document is deleted.
    document = models.ForeignKey(
        SourceDocument, verbose_name=_("문서"), null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("발생 일시"), auto_now_add=True)
    resolved = models.BooleanField(_("처리됨"), default=False)

    class Meta:
        verbose_name = _("가져오기 충돌")
        verbose_name_plural = pgettext_lazy("plural", "가져오기 충돌")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.agreement}: {self.field}"


class MatchProposal(models.Model):
    """'This draft may be the same agreement as #N': a later document matched to an existing agreement.

    Matching only proposes; a reviewer confirms (the draft's values come in as a re-import would
    bring them, and the draft goes) or rejects (both stay). A confirmed proposal keeps the key the
    agreement had before, so that importing that older document again changes nothing.
    """

    class State(models.TextChoices):
        OPEN = "open", _("제안됨")
        CONFIRMED = "confirmed", _("같은 협약으로 확인")
        REJECTED = "rejected", _("다른 협약")

    # The existing agreement the draft may be; a proposal about a deleted agreement goes with it.
    agreement = models.ForeignKey(
        Agreement, verbose_name=_("기존 협약"), on_delete=models.CASCADE, related_name="match_proposals"
    )
    # The draft the later document made. Confirming the match removes it; the proposal stays as
    # the record of the merge (and of the key the agreement retired).
    draft = models.ForeignKey(
        Agreement,
        verbose_name=_("새 초안"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposed_matches",
    )
    # The later document; kept if the document is deleted.
    document = models.ForeignKey(
        SourceDocument, verbose_name=_("문서"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # Why they were matched: {"same_title": bool, "shared": [names of the bodies both name]}.
    evidence = models.JSONField(_("근거"), default=dict, blank=True, editable=False)
    state = models.CharField(
        _("처리 상태"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    retired_key = models.CharField(max_length=400, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("제안 일시"), auto_now_add=True)
    decided_at = models.DateTimeField(_("처리 일시"), null=True, blank=True)
    # Who decided; the decision stays when the account is removed.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("처리한 사람"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("같은 협약 제안")
        verbose_name_plural = pgettext_lazy("plural", "같은 협약 제안")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "agreement"], name="match_proposal_once"),
            models.CheckConstraint(condition=~Q(draft=models.F("agreement")), name="match_proposal_not_itself"),
        ]

    def __str__(self):
        return f"#{self.draft_id} ≟ #{self.agreement_id}"


class DeadlineReminder(models.Model):
    """One reminder sent for one deadline in one window, so a daily cron job never repeats it."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("협약"), on_delete=models.CASCADE, related_name="reminders"
    )
    deadline_key = models.CharField(_("기한 식별자"), max_length=100)
    window = models.CharField(_("알림 구간"), max_length=20)
    sent_to = models.CharField(_("받는 사람"), max_length=300)
    sent_at = models.DateTimeField(_("보낸 일시"), auto_now_add=True)

    class Meta:
        verbose_name = _("기한 알림")
        verbose_name_plural = pgettext_lazy("plural", "기한 알림")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["deadline_key", "window"], name="reminder_once_per_window")
        ]

    def __str__(self):
        return f"{self.agreement} {self.deadline_key} ({self.window})"
from .models_files import OriginalFile  # noqa: E402,F401  (a document's file, kept whole)
from .models_jobs import ImportJob  # noqa: E402,F401  (the import queue: agreements/jobs.py)
