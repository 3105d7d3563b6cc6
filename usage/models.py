"""Usage: raw COUNTER events, their daily counts and the SUSHI credentials of institutions.

Raw events (``UsageEvent``) hold what COUNTER processing needs and nothing more: no IP address (the
institution is resolved when the request is made), and a pseudonymous visitor hash instead of a user or
session id. They are kept for ``USAGE_RAW_RETENTION_DAYS`` and then purged. Each closed day is counted
once into ``UsageCount`` (``usage.aggregation``), each month's days are added up into ``UsageMonth``,
and reports read only those monthly counts.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.IntegerChoices):
    """What a counted request did (COUNTER R5.1 section 3.3)."""

    #: Looked at an item without its full text: the abstract page with the paywall, a citation export.
    INVESTIGATION = 1, _("bekeken")
    #: Retrieved the full text (HTML or PDF): a request, which is also an investigation.
    REQUEST = 2, _("volledige tekst")
    #: Asked for full text and was refused for want of a licence.
    NO_LICENSE = 3, _("geweigerd")
    #: Ran a search on the platform.
    SEARCH = 4, _("zoekopdracht")


class Format(models.TextChoices):
    NONE = "", _("geen")
    HTML = "html", "HTML"
    PDF = "pdf", "PDF"


class AccessType(models.TextChoices):
    """COUNTER R5.1 Access_Type."""

    CONTROLLED = "Controlled", _("afgeschermd")
    OPEN = "Open", _("open access")
    FREE_TO_READ = "Free_To_Read", _("vrij te lezen")


class AccessMethod(models.TextChoices):
    REGULAR = "Regular", _("gewoon")
    TDM = "TDM", _("text- en datamining")


class Metric(models.TextChoices):
    """The COUNTER R5.1 Metric_Types that journal content produces."""

    TOTAL_ITEM_INVESTIGATIONS = "Total_Item_Investigations"
    UNIQUE_ITEM_INVESTIGATIONS = "Unique_Item_Investigations"
    TOTAL_ITEM_REQUESTS = "Total_Item_Requests"
    UNIQUE_ITEM_REQUESTS = "Unique_Item_Requests"
    NO_LICENSE = "No_License"
    SEARCHES_PLATFORM = "Searches_Platform"


class UsageEvent(models.Model):
    """One request COUNTER counts, as recorded; raw and short-lived."""

    at = models.DateTimeField()
    #: HMAC of the user id (logged in) or of address and user agent; the same reader gets the same value.
    visitor = models.CharField(max_length=24)
    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    format = models.CharField(max_length=4, choices=Format.choices, blank=True, default="")
    article = models.ForeignKey("journals.Article", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    journal = models.ForeignKey("journals.Journal", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    yop = models.PositiveSmallIntegerField(null=True, blank=True)
    institution = models.ForeignKey(
        "access.Institution", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    access_type = models.CharField(max_length=12, choices=AccessType.choices, blank=True, default="")
    access_method = models.CharField(max_length=7, choices=AccessMethod.choices, default=AccessMethod.REGULAR)
    #: The access decision's reason (``access.decision.Reason``), for editors' views of denials.
    reason = models.CharField(max_length=30, blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["at"], name="usage_event_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.get_kind_display()} {self.article_id or ''}"


class Counts(models.Model):
    """How often one metric happened, for one item, institution and access type (the columns of both tables)."""

    institution = models.ForeignKey(
        "access.Institution", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    journal = models.ForeignKey("journals.Journal", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey("journals.Article", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    yop = models.PositiveSmallIntegerField(null=True, blank=True)
    access_type = models.CharField(max_length=12, choices=AccessType.choices, blank=True, default="")
    access_method = models.CharField(max_length=7, choices=AccessMethod.choices, default=AccessMethod.REGULAR)
    #: HTML or PDF for requests (editors' "how"); empty for the other metrics.
    format = models.CharField(max_length=4, choices=Format.choices, blank=True, default="")
    metric = models.CharField(max_length=30, choices=Metric.choices)
    count = models.PositiveIntegerField()

    class Meta:
        abstract = True


class UsageCount(Counts):
    """The counts of one day (``usage.aggregation.count_day``)."""

    day = models.DateField()
    #: The month of ``day`` (its first day), which the month's roll-up reads.
    month = models.DateField()

    class Meta:
        indexes = [
            models.Index(fields=["month"], name="usage_count_month"),
            models.Index(fields=["day"], name="usage_count_day"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.metric} {self.count}"


class UsageMonth(Counts):
    """The daily counts of one month added up: what reports read.

    Rebuilt from ``UsageCount`` whenever a day of the month is counted (``usage.aggregation.roll_up``),
    so it is never more than the sum of its days.
    """

    month = models.DateField()

    class Meta:
        indexes = [
            models.Index(fields=["institution", "month"], name="usage_month_inst_month"),
            models.Index(fields=["month", "metric"], name="usage_month_month_metric"),
            models.Index(fields=["article", "month"], name="usage_month_article_month"),
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.metric} {self.count}"


class CountedDay(models.Model):
    """A day whose events have been counted into ``UsageCount`` (the ledger behind "usage not ready")."""

    day = models.DateField(primary_key=True)
    counted_at = models.DateTimeField(auto_now=True)
    events = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.day)


def _digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


class SushiCredentialQuerySet(models.QuerySet["SushiCredential"]):
    def active(self) -> SushiCredentialQuerySet:
        return self.filter(revoked_at__isnull=True, institution__is_active=True)

    def matching(self, *, institution_id: int, requestor_id: str, api_key: str) -> SushiCredentialQuerySet:
        """The active credential with these three parts (the customer id is the institution's id)."""
        return self.active().filter(
            institution_id=institution_id, requestor_id=requestor_id, api_key_digest=_digest(api_key)
        )


class SushiCredential(models.Model):
    """The requestor id and API key with which a harvesting tool fetches an institution's reports.

    The key is shown once when it is issued; only its SHA-256 digest is kept.
    """

    institution = models.ForeignKey(
        "access.Institution", on_delete=models.CASCADE, related_name="sushi_credentials", verbose_name=_("instelling")
    )
    label = models.CharField(
        _("omschrijving"), max_length=100, blank=True, help_text=_("Bijvoorbeeld de naam van de oogsttool.")
    )
    requestor_id = models.CharField(_("requestor-id"), max_length=40, unique=True)
    api_key_digest = models.CharField(_("vingerafdruk van de API-sleutel"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("uitgegeven op"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    objects: ClassVar[SushiCredentialQuerySet] = SushiCredentialQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("SUSHI-toegang")
        verbose_name_plural = _("SUSHI-toegangen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.institution} · {self.requestor_id}"

    @staticmethod
    def new_secret() -> str:
        return secrets.token_urlsafe(24)

    def set_api_key(self, api_key: str) -> None:
        self.api_key_digest = _digest(api_key)
