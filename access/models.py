"""What entitles a reader to full text. Today: personal subscriptions.

Institutions by IP range and activation codes for print subscribers arrive later as
models of their own beside ``Subscription``; the decision in ``access.decision`` is
the one place that combines them.
"""

from __future__ import annotations

import datetime
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from journals.models import Journal


class SubscriptionQuerySet(models.QuerySet["Subscription"]):
    def current(self, on: datetime.date | None = None) -> SubscriptionQuerySet:
        day = on or timezone.localdate()
        return self.filter(starts_on__lte=day, ends_on__gte=day)

    def expired(self, on: datetime.date | None = None) -> SubscriptionQuerySet:
        return self.filter(ends_on__lt=on or timezone.localdate())

    def of_user(self, user_id: int) -> SubscriptionQuerySet:
        return self.filter(user_id=user_id)


class Subscription(models.Model):
    """A personal subscription: one reader may read one journal's full text between two dates, inclusive."""

    class Source(models.TextChoices):
        PERSONAL = "personal", _("persoonlijk abonnement")
        COMPLIMENTARY = "complimentary", _("gratis (redactie, auteur, recensie)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions", verbose_name=_("lezer")
    )
    journal = models.ForeignKey(
        Journal, on_delete=models.PROTECT, related_name="subscriptions", verbose_name=_("tijdschrift")
    )
    starts_on = models.DateField(_("ingangsdatum"))
    ends_on = models.DateField(_("einddatum"))
    source = models.CharField(_("soort"), max_length=20, choices=Source.choices, default=Source.PERSONAL)
    note = models.CharField(_("notitie"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects: ClassVar[SubscriptionQuerySet] = SubscriptionQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("abonnement")
        verbose_name_plural = _("abonnementen")
        ordering = ["-ends_on"]
        indexes = [models.Index(fields=["user", "journal", "ends_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="subscription_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.journal} ({self.starts_on} – {self.ends_on})"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("De einddatum ligt voor de ingangsdatum.")})

    def is_current(self, on: datetime.date | None = None) -> bool:
        day = on or timezone.localdate()
        return self.starts_on <= day <= self.ends_on
