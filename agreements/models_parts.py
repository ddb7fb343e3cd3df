"""The parts of an agreement, each edited on its form and kept with the words it came from: its
parties, budgets, targets and commitments. Imported at the end of models.py, which they point at."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from people.history import ReusedHistoryManager
from people.models import Organization, Person

from .ingest.numbers import MAX_BUDGET_KRW
from .models import Agreement, Precision


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

    history = HistoricalRecords(history_manager=ReusedHistoryManager)

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
    # A share of another budget line (a firm's part of a stated total, a total's breakdown): kept
    # with its words, left out of the agreement's sum (migration 0015's triggers).
    is_share = models.BooleanField(
        _("다른 줄의 몫"),
        default=False,
        help_text=_("다른 줄의 금액에 이미 들어 있는 몫(기업별 금액, 총사업비의 국비·시비)이면 체크하세요. 합계에서 빠집니다."),
    )
    # The funder is optional context; removing it keeps the budget line.
    funder = models.ForeignKey(
        Organization,
        verbose_name=_("출연 기관"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funded_budgets",
    )

    history = HistoricalRecords(history_manager=ReusedHistoryManager)

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
        """Dated targets not met yet, of agreements neither completed nor cancelled (read from the
        target's own `agreement_open`, so that counting them joins no agreement)."""
        return self.filter(met_on__isnull=True, due_on__isnull=False, agreement_open=True)


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
    # Whether its agreement is open (neither completed nor cancelled), kept by the database: triggers
    # set it on every write of the target and follow the agreement's status (migration 0014). The
    # deadlines page counts open targets by date from one small index instead of joining each of
    # them to its agreement (100,000 targets: 25 ms → 7 ms). Django's value is never trusted: the
    # triggers overwrite it. Nullable only so that SQLite adds the column without rebuilding the
    # table (which would drop the data version's triggers on it).
    agreement_open = models.BooleanField(null=True, editable=False)

    history = HistoricalRecords(history_manager=ReusedHistoryManager, excluded_fields=["agreement_open"])
    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("목표")
        verbose_name_plural = pgettext_lazy("plural", "목표")
        ordering = ["agreement", models.F("due_on").asc(nulls_last=True), "id"]
        indexes = [
            models.Index(fields=["due_on"], name="target_due"),
            # The open targets by date (TargetQuerySet.open): the deadlines page's counts and rows.
            models.Index(
                fields=["due_on", "agreement", "id"],
                name="target_open_due",
                condition=Q(met_on__isnull=True, due_on__isnull=False, agreement_open=True),
            ),
        ]
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

    history = HistoricalRecords(history_manager=ReusedHistoryManager)

    class Meta:
        verbose_name = _("이행 약속")
        verbose_name_plural = pgettext_lazy("plural", "이행 약속")
        ordering = ["agreement", "id"]

    def __str__(self):
        return self.text[:60]
