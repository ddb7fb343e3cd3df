"""Organisations and people, after the Popolo standard. Knows nothing of agreements."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from .history import ReusedHistoryManager
from .names import MIN_MATCHING_ALIAS, matching_keys, normalize_org_name
from .search import GramsField, text_grams


class OrganizationQuerySet(models.QuerySet):
    def matching(self, name, aliases=()):
        """Organisations whose name or alias normalises like `name` or one of `aliases`."""
        keys = matching_keys(name, aliases)
        if not keys:
            return self.none()
        # Through the index of OrganizationKey: the cost of a look-up does not grow with the number
        # of organisations stored (LIKE '%|key|%' on alias_keys read every one of them).
        return self.filter(pk__in=OrganizationKey.objects.filter(key__in=keys).values("organization_id"))


class Organization(models.Model):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("정부·지자체")
        PUBLIC_INSTITUTION = "public_institution", _("공공기관")
        COMPANY = "company", _("기업")
        ASSOCIATION = "association", _("협회·단체")
        COOPERATIVE = "cooperative", _("조합")
        UNIVERSITY = "university", _("대학")
        OTHER = "other", _("기타")

    name = models.CharField(_("기관명"), max_length=200)
    normalized_name = models.CharField(
        _("정규화된 이름"),
        max_length=200,
        unique=True,
        editable=False,
        help_text=_("㈜, (주), 주식회사와 공백을 뺀 이름. 같은 기관이 두 번 생기지 않게 합니다."),
    )
    classification = models.CharField(
        _("기관 유형"), max_length=32, choices=Kind.choices, default=Kind.OTHER, db_index=True
    )
    aliases = models.JSONField(
        _("다른 이름"),
        default=list,
        blank=True,
        help_text=_("기사에서 같은 기관을 가리키는 다른 이름들 (예: ㈜BAIDC)."),
    )
    # "|key|key|": the normalised aliases, delimited so that a plain `contains` is an exact
    # element match on SQLite and PostgreSQL alike.
    alias_keys = models.TextField(default="", blank=True, editable=False)
    # The bigrams of the name, the normalised name and the aliases, for the search box (people/search.py).
    search_grams = GramsField(default="", blank=True, editable=False)
    # A branch office belongs to its company (KT 전남전북광역본부 → KT); deleting the parent
    # must not delete the branch, so the link is cleared instead.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("상위 기관"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    email = models.EmailField(_("연락 이메일"), blank=True)
    created_at = models.DateTimeField(_("등록일시"), auto_now_add=True)
    updated_at = models.DateTimeField(_("수정일시"), auto_now=True)

    history = HistoricalRecords(history_manager=ReusedHistoryManager, excluded_fields=["search_grams"])  # derived, like an index
    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("기관")
        verbose_name_plural = pgettext_lazy("plural", "기관")
        ordering = ["name"]
        permissions = [("merge_organization", _("중복 기관을 합칠 수 있음"))]
        # The list's party select reads the first organisations by name: an index walk, not a sort.
        indexes = [models.Index(fields=["name", "id"], name="organization_name_order")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Derived fields only: the matching keys follow the name and aliases.
        fresh = self._state.adding and self.pk is None
        self.normalized_name = normalize_org_name(self.name)
        self.aliases = [a for a in dict.fromkeys(a.strip() for a in self.aliases or []) if a]
        keys = sorted(matching_keys(self.name, self.aliases) - {self.normalized_name})
        self.alias_keys = f"|{'|'.join(keys)}|" if keys else ""
        self.search_grams = organization_grams(self.name, self.normalized_name, self.aliases, keys)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "normalized_name",
                "alias_keys",
                "search_grams",
            }
        matched_by = stored_keys(self.normalized_name, self.alias_keys)
        with transaction.atomic(using=kwargs.get("using"), savepoint=False):
            super().save(*args, **kwargs)
            if matched_by != getattr(self, "_stored_keys", None):
                if not fresh:
                    OrganizationKey.objects.filter(organization_id=self.pk).delete()
                OrganizationKey.objects.bulk_create(OrganizationKey(organization=self, key=k) for k in sorted(matched_by))
        self._stored_keys = matched_by

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if "normalized_name" in field_names and "alias_keys" in field_names:
            instance._stored_keys = stored_keys(instance.normalized_name, instance.alias_keys)
        return instance

    def refresh_from_db(self, *args, **kwargs):
        self.__dict__.pop("_stored_keys", None)  # unknown again: the next save() writes the keys
        super().refresh_from_db(*args, **kwargs)

    def add_aliases(self, names):
        """Add the names not known yet; returns True when something was added."""
        known = matching_keys(self.name, self.aliases)
        new = []
        for name in names:
            key = normalize_org_name(name)
            if len(key) >= MIN_MATCHING_ALIAS and key not in known and name not in self.aliases:
                new.append(name)
                known.add(key)
        if new:
            self.aliases = [*self.aliases, *new]
        return bool(new)


def stored_keys(normalized_name, alias_keys):
    """The keys an organisation is matched by, read from its stored columns: its normalised name and
    the elements of alias_keys (both only from MIN_MATCHING_ALIAS characters: no look-up asks for less)."""
    return frozenset(k for k in [normalized_name, *alias_keys.split("|")] if len(k) >= MIN_MATCHING_ALIAS)


class OrganizationKey(models.Model):
    """One key an organisation is matched by (stored_keys), for Organization.objects.matching: an
    index look-up. Derived like an index and written only by Organization.save() (and migration 0004
    for the rows before it); no history, no page reads it."""

    # Hidden from the reverse relations ("+"): a merge moves nothing here (the kept organisation's
    # save() writes its keys again); deleting an organisation deletes its keys.
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    key = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "organization"], name="organization_key_unique")]

    def __str__(self):
        return self.key


def organization_grams(name, normalized_name, aliases, alias_keys):
    """What an organisation is found by: its name and aliases as written, and normalised."""
    return text_grams(name, normalized_name, *aliases, *alias_keys)


class Person(models.Model):
    name = models.CharField(_("이름"), max_length=100, db_index=True)
    created_at = models.DateTimeField(_("등록일시"), auto_now_add=True)

    history = HistoricalRecords(history_manager=ReusedHistoryManager)

    class Meta:
        verbose_name = _("인물")
        verbose_name_plural = pgettext_lazy("plural", "인물")
        ordering = ["name", "id"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A title a person holds at an organisation ("전주시장 권한대행 부시장" at 전주시)."""

    person = models.ForeignKey(
        Person, verbose_name=_("인물"), on_delete=models.CASCADE, related_name="memberships"
    )
    # An organisation with people attached cannot be deleted by accident: merge it instead.
    organization = models.ForeignKey(
        Organization, verbose_name=_("기관"), on_delete=models.PROTECT, related_name="memberships"
    )
    title = models.CharField(_("직함"), max_length=200, blank=True)
    start_date = models.DateField(_("시작일"), null=True, blank=True)
    end_date = models.DateField(_("종료일"), null=True, blank=True)

    history = HistoricalRecords(history_manager=ReusedHistoryManager)

    class Meta:
        verbose_name = _("소속")
        verbose_name_plural = pgettext_lazy("plural", "소속")
        ordering = ["person__name", "organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "organization", "title"], name="membership_unique_title"
            )
        ]

    def __str__(self):
        return f"{self.person.name} ({self.organization.name} {self.title})".replace(" )", ")")
