"""Agreements, their parts, and the documents they were read from.

The agreement is here; its documents are in models_documents, its parts in models_parts, what
review and tracking keep beside it in models_review, its file in models_files and the import queue
in models_jobs. Every model is importable from here.
"""

import datetime
import functools

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from people.history import ReusedHistoryManager
from people.models import Organization
from people.search import GramsField, text_grams

from .links import object_url
from .models_documents import Article, SourceDocument  # noqa: F401  (the documents agreements come from)


class Precision(models.TextChoices):
    """How precisely a deadline is known; the stored date is the last day of the period."""

    DAY = "day", _("일")
    MONTH = "month", _("월")
    QUARTER = "quarter", _("분기")
    HALF = "half", _("반기")
    YEAR = "year", _("연")


class AgreementQuerySet(models.QuerySet):
    def for_list(self):
        """What a list row shows, in a fixed number of queries.

        Not the article's text nor its document's (a document can be megabytes, and a list never shows
        it), nor an organisation's search bigrams; the parties come in their order within each
        agreement, without joining the agreements again for the model's default ordering. Only
        related rows are deferred: an agreement read here can be saved whole."""
        return (
            self.select_related("article__document")
            .defer("article__text", "article__document__raw_text", "article__document__page_starts")
            .prefetch_related(
                models.Prefetch(
                    "participations",
                    queryset=Participation.objects.select_related("organization")
                    .defer("organization__search_grams")
                    .order_by("position", "id"),
                )
            )
        )

    def for_table(self):
        """What a row of the public list shows (agreements/_agreement_table.html), and nothing else:
        the columns of the row, and its parties (role 'party', in their order) with the name of each.
        Not the article, the summary, the search bigrams or an organisation's aliases: at 100,000
        agreements reading and building them was a third of a list page's time on a cache miss."""
        # The name by a subquery on the organisation's key rather than a join: for the ~250 parties
        # of a page PostgreSQL hashed all 20,000 organisations to join them (4 ms); 250 key lookups
        # take a fraction of that.
        names = Organization.objects.filter(pk=models.OuterRef("organization_id")).values("name")[:1]
        return self.only(*TABLE_FIELDS).prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.filter(role=Participation.Role.PARTY)
                .only("agreement_id", "organization_id")
                .annotate(name=models.Subquery(names))
                .order_by("position", "id"),
                to_attr="parties",
            )
        )

    def totals(self, at_most=None):
        """(number of agreements, won of all their budgets or None): one pass over one table, since
        each agreement carries its `total_budget`.

        With `at_most`, no more than `at_most + 1` rows are read (one query still): a count above
        `at_most` means only "more than `at_most`", and its budget is then of the rows read, not of
        all of them, so it is returned as None."""
        rows = self.order_by()
        if at_most is not None:
            rows = rows.values("pk", "total_budget")[: at_most + 1]
        totals = rows.aggregate(count=Count("pk"), budget=Sum("total_budget"))
        if at_most is not None and totals["count"] > at_most:
            return totals["count"], None
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
    # The kinds of the organisations taking part, in any role, as ",company,government," (None without
    # any): the "기관 유형" filter reads this column instead of joining every participation to its
    # organisation (at 100,000 agreements that join cost 100 ms and more a page). Kept by the database
    # itself, as the total is: triggers on participations and on an organisation's kind (migration
    # 0012); Django never writes it (save). Nullable: see the migration.
    party_kinds = models.CharField(  # noqa: DJ001  (NULL: no parties; see migration 0012)
        _("참여 기관 유형"), max_length=200, null=True, blank=True, editable=False
    )
    version = VersionField(
        _("버전"),
        default=1,
        editable=False,
        help_text=_("협약이나 그 항목을 저장할 때마다 늘어납니다. 그 사이에 바뀐 화면에서 저장하는 것을 막습니다."),
    )

    # The version is bookkeeping, the total follows the budgets and the bigrams the title: a reverted
    # record must not bring an old one back.
    history = HistoricalRecords(history_manager=ReusedHistoryManager, excluded_fields=["version", "total_budget", "party_kinds", "search_grams"])
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
            # agreements to their targets: both read from these small indexes, not the table. On
            # PostgreSQL the first also carries the kind, total and party kinds (migration 0013).
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
            # Never the total or the party kinds: the database keeps them, and this instance's copy
            # may be older. The
            # bigrams always: they were just computed, even on an instance loaded without them.
            update_fields = (WRITTEN_FIELDS - self.get_deferred_fields()) | {"search_grams"}
        update_fields = None if update_fields is None else set(update_fields) - KEPT_BY_DATABASE
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return object_url("agreements:detail", self.pk)

    # Django's own get_FOO_display builds a dict of every choice on each call and translates each
    # label to hash it: 11 translations a row for the kind and the status, some 650 on a list page.
    # These look the value up and translate the one label shown.
    def get_kind_display(self):
        return choice_label(self.Kind, self.kind)

    def get_status_display(self):
        return choice_label(self.Status, self.status)

    @property
    def reference(self):
        return agreement_reference(self.pk, self.signed_on, self.created_at)

    def is_overdue(self, today):
        return (
            self.due_on is not None
            and self.due_on < today
            and self.status not in (self.Status.COMPLETED, self.Status.CANCELLED)
        )


@functools.cache
def choice_labels(choices):
    """{value: label} of a TextChoices class, the labels left lazy (translated when shown)."""
    return dict(choices.choices)


def choice_label(choices, value):
    """What get_FOO_display gives: the label of `value` in this request's language, or the value."""
    return str(choice_labels(choices).get(value, value))


def agreement_grams(title, place, location):
    """What an agreement is found by in the search box, besides its parties."""
    return text_grams(title, place, location)


# The columns a row of the public list shows (AgreementQuerySet.for_table).
TABLE_FIELDS = (
    "title", "kind", "status", "review_state", "signed_on", "signed_on_text", "due_on", "due_precision",
    "total_budget",
)


# Columns only the database's triggers write (migrations 0010 and 0012).
KEPT_BY_DATABASE = frozenset({"total_budget", "party_kinds"})
# What a save of a loaded agreement writes: every column but its id and those.
WRITTEN_FIELDS = frozenset(
    f.attname for f in Agreement._meta.concrete_fields if not f.primary_key and f.name not in KEPT_BY_DATABASE
)


def agreement_reference(pk, signed_on, created_at):
    """관리번호: stable, derived from the year and id; the creation year is Seoul's, not UTC's."""
    year = (signed_on or (created_at and timezone.localdate(created_at)) or timezone.localdate()).year
    return f"HY-{year}-{pk:04d}"


from .models_parts import Budget, Commitment, Participation, Target  # noqa: E402,F401,I001  (an agreement's parts)
from .models_review import DeadlineReminder, ImportConflict, MatchProposal  # noqa: E402,F401
from .models_files import OriginalFile  # noqa: E402,F401  (a document's file, kept whole)
from .models_jobs import ImportJob  # noqa: E402,F401  (the import queue: agreements/jobs.py)
from .models_version import DataChange, DataVersion  # noqa: E402,F401  (the data version: page_cache.py)
