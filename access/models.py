"""What entitles a reader to full text: subscriptions (personal or institutional, trials included),
institutions with their IP ranges and members, and activation codes for print subscribers.

The rules that touch only these models live here ("does this subscription cover this day",
"was this article published while it ran"); ``access.decision`` is the one place that combines
them into a yes or no for a reader and an article. Changing any of these models changes who
may read what: ``access.apps`` bumps the access generation after every change.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.ipranges import Span, parse_range
from journals.models import Journal
from leeszaal.generations import AccessQuerySet

if TYPE_CHECKING:
    from accounts.models import User


class InstitutionQuerySet(AccessQuerySet["Institution"]):
    def active(self) -> InstitutionQuerySet:
        return self.filter(is_active=True)


class Institution(models.Model):
    """A library, university, hospital or firm that buys access for everyone on its network."""

    name = models.CharField(_("naam"), max_length=200)
    ror = models.CharField(
        _("ROR-id"),
        max_length=9,
        blank=True,
        help_text=_("Research Organization Registry, bijvoorbeeld 04dkp9463 (zonder https://ror.org/)."),
    )
    contact_emails = models.TextField(
        _("contactadressen"), blank=True, help_text=_("Eén e-mailadres per regel, bijvoorbeeld van de bibliotheek.")
    )
    is_active = models.BooleanField(
        _("actief"), default=True, help_text=_("Alleen actieve instellingen krijgen toegang.")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects: ClassVar[InstitutionQuerySet] = InstitutionQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("instelling")
        verbose_name_plural = _("instellingen")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["ror"], condition=~Q(ror=""), name="institution_unique_ror")]

    def __str__(self) -> str:
        return self.name

    @property
    def ror_url(self) -> str:
        return f"https://ror.org/{self.ror}" if self.ror else ""

    @property
    def contact_email_list(self) -> list[str]:
        return [line.strip() for line in self.contact_emails.splitlines() if line.strip()]

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.ror:
            from access.identifiers import normalize_ror

            try:
                self.ror = normalize_ror(self.ror)
            except ValidationError as error:
                errors["ror"] = error
            else:
                if Institution.objects.exclude(pk=self.pk).filter(ror=self.ror).exists():
                    errors["ror"] = _("ROR-id %(value)s hoort al bij een andere instelling.") % {"value": self.ror}
        bad = []
        for address in self.contact_email_list:
            try:
                validate_email(address)
            except ValidationError:
                bad.append(address)
        if bad:
            errors["contact_emails"] = _("Geen geldig e-mailadres: %(addresses)s") % {"addresses": ", ".join(bad)}
        self.contact_emails = "\n".join(self.contact_email_list)
        if errors:
            raise ValidationError(errors)


class IPRange(models.Model):
    """One block of an institution's network. Ranges never overlap, not even within one institution."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="ip_ranges", verbose_name=_("instelling")
    )
    text = models.CharField(
        _("IP-bereik"), max_length=100, help_text=_("CIDR (192.0.2.0/24, 2001:db8::/32) of begin-einde.")
    )
    # Both ends as 32 hex digits on the shared IPv4/IPv6 line (access.ipranges); string order is numeric order.
    first = models.CharField(_("eerste adres"), max_length=32, editable=False)
    last = models.CharField(_("laatste adres"), max_length=32, editable=False)
    note = models.CharField(_("notitie"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects: ClassVar[models.Manager[IPRange]] = AccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("IP-bereik")
        verbose_name_plural = _("IP-bereiken")
        ordering = ["institution", "first"]
        indexes = [models.Index(fields=["first", "last"])]
        constraints = [models.CheckConstraint(condition=Q(last__gte=models.F("first")), name="iprange_ordered")]

    def __str__(self) -> str:
        return self.text

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.set_span(parse_range(self.text))
        super().save(*args, **kwargs)

    @property
    def span(self) -> Span:
        return parse_range(self.text)

    def set_span(self, span: Span) -> None:
        self.text, self.first, self.last = span.text, span.first_key, span.last_key

    def overlapping(self) -> models.QuerySet[IPRange]:
        """The other stored ranges that share at least one address with this one."""
        return (
            IPRange.objects.exclude(pk=self.pk)
            .filter(first__lte=self.last, last__gte=self.first)
            .select_related("institution")
        )

    def clean(self) -> None:
        try:
            span = parse_range(self.text)
        except ValidationError as error:
            raise ValidationError({"text": error}) from None
        if not settings.INSTITUTION_SPECIAL_RANGES_ALLOWED and span.is_special():
            raise ValidationError(
                {
                    "text": _(
                        "%(range)s is een privé-, loopback- of documentatiebereik en geeft op internet niemand toegang."
                    )
                    % {"range": span.text}
                }
            )
        self.set_span(span)
        clash = self.overlapping().first()
        if clash is not None:
            raise ValidationError(
                {
                    "text": _("%(range)s overlapt met %(other)s van %(institution)s.")
                    % {"range": span.text, "other": clash.text, "institution": clash.institution.name}
                }
            )


class InstitutionMember(models.Model):
    """A user linked to an institution: reads with its subscriptions from anywhere; an administrator
    (a librarian) also sees the institution's page with its ranges, subscriptions and usage."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="members", verbose_name=_("instelling")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="institution_memberships",
        verbose_name=_("gebruiker"),
    )
    is_admin = models.BooleanField(
        _("beheerder"), default=False, help_text=_("Een bibliothecaris: ziet de pagina van de instelling.")
    )
    created_at = models.DateTimeField(_("gekoppeld op"), auto_now_add=True)

    objects: ClassVar[models.Manager[InstitutionMember]] = AccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("gekoppelde gebruiker")
        verbose_name_plural = _("gekoppelde gebruikers")
        ordering = ["institution", "user"]
        constraints = [models.UniqueConstraint(fields=["institution", "user"], name="member_unique_per_institution")]

    def __str__(self) -> str:
        return f"{self.user} – {self.institution}"


class SubscriptionQuerySet(AccessQuerySet["Subscription"]):
    def covering(self, on: datetime.date | None = None) -> SubscriptionQuerySet:
        """Running on that day (today by default); the query twin of ``Subscription.covers``."""
        day = on or timezone.localdate()
        return self.filter(starts_on__lte=day, ends_on__gte=day)

    def ended(self, on: datetime.date | None = None) -> SubscriptionQuerySet:
        return self.filter(ends_on__lt=on or timezone.localdate())

    def upcoming(self, on: datetime.date | None = None) -> SubscriptionQuerySet:
        return self.filter(starts_on__gt=on or timezone.localdate())

    def of_user(self, user_id: int) -> SubscriptionQuerySet:
        return self.filter(user_id=user_id)

    def of_institution(self, institution_id: int) -> SubscriptionQuerySet:
        return self.filter(institution_id=institution_id)


class Subscription(models.Model):
    """Access to one journal's full text between two dates, inclusive, for one reader or one institution.

    A trial is a subscription of the kind ``trial``. With perpetual access, what was published while
    the subscription ran stays readable after it ends.
    """

    class Source(models.TextChoices):
        PERSONAL = "personal", _("persoonlijk abonnement")
        COMPLIMENTARY = "complimentary", _("gratis (redactie, auteur, recensie)")
        CODE = "code", _("activeringscode (printabonnement)")
        INSTITUTIONAL = "institutional", _("instellingslicentie")
        TRIAL = "trial", _("proefabonnement")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("lezer"),
        null=True,
        blank=True,
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("instelling"),
        null=True,
        blank=True,
    )
    journal = models.ForeignKey(
        Journal, on_delete=models.PROTECT, related_name="subscriptions", verbose_name=_("tijdschrift")
    )
    starts_on = models.DateField(_("ingangsdatum"))
    ends_on = models.DateField(_("einddatum"))
    source = models.CharField(_("soort"), max_length=20, choices=Source.choices, default=Source.PERSONAL)
    perpetual_access = models.BooleanField(
        _("blijvende toegang"),
        default=False,
        help_text=_("Wat verscheen terwijl dit abonnement liep, blijft daarna leesbaar."),
    )
    note = models.CharField(_("notitie"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects: ClassVar[SubscriptionQuerySet] = SubscriptionQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("abonnement")
        verbose_name_plural = _("abonnementen")
        ordering = ["-ends_on"]
        indexes = [
            models.Index(fields=["user", "journal", "ends_on"]),
            models.Index(fields=["institution", "journal", "ends_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="subscription_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False, institution__isnull=True)
                | Q(user__isnull=True, institution__isnull=False),
                name="subscription_for_user_or_institution",
            ),
        ]

    def __str__(self) -> str:
        holder = self.institution if self.institution_id else self.user
        return f"{holder} – {self.journal} ({self.starts_on} – {self.ends_on})"

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("De einddatum ligt voor de ingangsdatum.")
        if bool(self.user_id) == bool(self.institution_id):
            errors["user"] = _("Kies een lezer of een instelling (één van beide).")
        elif self.institution_id and self.source in (self.Source.PERSONAL, self.Source.CODE):
            errors["source"] = _("Een instelling heeft een instellingslicentie of een proefabonnement.")
        elif self.user_id and self.source == self.Source.INSTITUTIONAL:
            errors["source"] = _("Een instellingslicentie hoort bij een instelling, niet bij één lezer.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_trial(self) -> bool:
        return self.source == self.Source.TRIAL

    @property
    def holder(self) -> User | Institution | None:
        return self.institution if self.institution_id else self.user

    def covers(self, on: datetime.date | None = None) -> bool:
        """Running on that day (today by default)."""
        return covers(self.starts_on, self.ends_on, on or timezone.localdate())


def covers(starts_on: datetime.date, ends_on: datetime.date, day: datetime.date) -> bool:
    """The one rule for a period of access: both ends inclusive."""
    return starts_on <= day <= ends_on


class CodeBatch(models.Model):
    """A batch of activation codes for print subscribers: each code gives one reader the same period."""

    journal = models.ForeignKey(
        Journal, on_delete=models.PROTECT, related_name="code_batches", verbose_name=_("tijdschrift")
    )
    label = models.CharField(
        _("omschrijving"), max_length=200, help_text=_("Bijvoorbeeld: printabonnees 2027, mailing december.")
    )
    starts_on = models.DateField(_("toegang vanaf"))
    ends_on = models.DateField(
        _("toegang tot en met"), help_text=_("Na deze datum is een code niet meer te gebruiken.")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aangemaakt door"),
    )

    objects: ClassVar[models.Manager[CodeBatch]] = AccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("reeks activeringscodes")
        verbose_name_plural = _("reeksen activeringscodes")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="codebatch_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.journal} – {self.label}"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("De einddatum ligt voor de ingangsdatum.")})


class ActivationCode(models.Model):
    """One single-use code. ``code`` is stored normalised: upper case, no dashes, check character included."""

    batch = models.ForeignKey(CodeBatch, on_delete=models.CASCADE, related_name="codes", verbose_name=_("reeks"))
    code = models.CharField(_("code"), max_length=20, unique=True)
    redeemed_at = models.DateTimeField(_("gebruikt op"), null=True, blank=True)
    redeemed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gebruikt door"),
    )
    subscription = models.OneToOneField(
        Subscription,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activation_code",
        verbose_name=_("abonnement"),
    )

    objects: ClassVar[models.Manager[ActivationCode]] = AccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("activeringscode")
        verbose_name_plural = _("activeringscodes")
        ordering = ["batch", "pk"]

    def __str__(self) -> str:
        from access.codes import format_code

        return format_code(self.code)

    @property
    def is_redeemed(self) -> bool:
        return self.redeemed_at is not None
