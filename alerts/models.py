"""Who follows a journal for e-mail alerts, and which alert went to whom.

A follow belongs to an account (``user``; the mail goes to the account's address) or to a bare e-mail
address (``email``), which counts only once its owner confirmed it (double opt-in: ``confirmed_at``).
A follow that was ended keeps its row with ``unsubscribed_at`` set, so that its unsubscribe link keeps
answering. ``AlertSent`` records one row per (follow, issue): the unique constraint is what makes
publishing an issue twice send its table of contents once.
"""

from __future__ import annotations

import secrets
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from journals.models import Issue, Journal


def new_token() -> str:
    return secrets.token_urlsafe(24)


class FollowQuerySet(models.QuerySet["Follow"]):
    def active(self) -> FollowQuerySet:
        """The follows that get alerts: confirmed and not ended."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def of_journal(self, journal: Journal) -> FollowQuerySet:
        return self.filter(journal=journal)

    def of_user(self, user_id: int) -> FollowQuerySet:
        return self.filter(user_id=user_id)

    def not_alerted_for(self, issue: Issue) -> FollowQuerySet:
        return self.exclude(alerts__issue=issue)


class Follow(models.Model):
    journal = models.ForeignKey(
        Journal, on_delete=models.CASCADE, related_name="follows", verbose_name=_("tijdschrift")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
        verbose_name=_("account"),
    )
    email = models.EmailField(_("e-mailadres"), max_length=254, blank=True)
    language = models.CharField(_("taal"), max_length=5, choices=settings.LANGUAGES, default="nl")
    token = models.CharField(_("sleutel"), max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    confirm_sent_at = models.DateTimeField(_("bevestigingsmail verstuurd"), null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld"), null=True, blank=True)

    objects: ClassVar[FollowQuerySet] = FollowQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("attendering")
        verbose_name_plural = _("attenderingen")
        constraints = [
            models.UniqueConstraint(
                fields=["journal", "user"], condition=Q(user__isnull=False), name="follow_unique_user"
            ),
            models.UniqueConstraint(
                "journal", Lower("email"), condition=Q(user__isnull=True), name="follow_unique_email"
            ),
            models.CheckConstraint(condition=Q(user__isnull=False) | ~Q(email=""), name="follow_has_recipient"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient} – {self.journal_id}"

    @property
    def recipient(self) -> str:
        """The address the alert goes to: the account's current address, or the confirmed one."""
        return self.user.email if self.user_id is not None and self.user is not None else self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class AlertSent(models.Model):
    class Delivery(models.TextChoices):
        SENT = "sent", _("verzonden")
        QUEUED = "queued", _("in de wachtrij")
        REFUSED = "refused", _("geweigerd")

    follow = models.ForeignKey(Follow, on_delete=models.CASCADE, related_name="alerts", verbose_name=_("attendering"))
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="alerts_sent", verbose_name=_("nummer"))
    delivery = models.CharField(_("aflevering"), max_length=10, choices=Delivery.choices)
    sent_at = models.DateTimeField(_("verzonden"), auto_now_add=True)

    class Meta:
        verbose_name = _("verzonden attendering")
        verbose_name_plural = _("verzonden attenderingen")
        constraints = [models.UniqueConstraint(fields=["follow", "issue"], name="alert_sent_once")]

    def __str__(self) -> str:
        return f"{self.follow_id} – {self.issue_id}: {self.delivery}"
