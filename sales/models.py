"""Selling personal subscriptions: plans, orders, their Mollie payments, renewals and invoices.

Money is kept in whole cents (``*_cents``) and prices include VAT, as Dutch consumer prices do;
an order keeps the price, VAT rate and split it was sold at, whatever the plan says later. The
state of an order changes only in ``sales.actions`` (one transaction each), and a subscription
starts only there, when Mollie says a payment is paid.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from access.models import Subscription
from journals.models import Journal


def _private_storage() -> Storage:
    return storages["private"]


def vat_split(gross_cents: int, vat_rate: Decimal) -> tuple[int, int]:
    """(net, VAT) in cents of a price that includes VAT at ``vat_rate`` percent, rounded half up."""
    net = (Decimal(gross_cents) * 100 / (100 + vat_rate)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(net), gross_cents - int(net)


class PlanQuerySet(models.QuerySet["Plan"]):
    def on_sale(self) -> PlanQuerySet:
        return self.filter(is_active=True, journal__is_active=True)

    def of_journal(self, journal: Journal) -> PlanQuerySet:
        return self.filter(journal=journal)


class Plan(models.Model):
    """What a reader can buy for one journal: a period of access at a price including VAT."""

    journal = models.ForeignKey(Journal, on_delete=models.PROTECT, related_name="plans", verbose_name=_("tijdschrift"))
    name = models.CharField(_("naam"), max_length=100, help_text=_("Bijvoorbeeld Jaarabonnement."))
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    period_months = models.PositiveSmallIntegerField(
        _("looptijd in maanden"), validators=[MinValueValidator(1), MaxValueValidator(36)], default=12
    )
    price_cents = models.PositiveIntegerField(
        _("prijs in eurocent, inclusief btw"), validators=[MinValueValidator(100)]
    )
    vat_rate = models.DecimalField(
        _("btw-tarief (%)"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("9.00"),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(30))],
        help_text=_("Btw op elektronische publicaties is in Nederland 9%."),
    )
    is_reduced = models.BooleanField(
        _("gereduceerd tarief"),
        default=False,
        help_text=_("Bijvoorbeeld voor studenten: de redactie keurt elke bestelling eerst goed."),
    )
    renews = models.BooleanField(_("verlengt automatisch"), default=True)
    is_active = models.BooleanField(_("te koop"), default=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects: ClassVar[PlanQuerySet] = PlanQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("abonnementsvorm")
        verbose_name_plural = _("abonnementsvormen")
        ordering = ["journal", "position", "price_cents"]

    def __str__(self) -> str:
        return f"{self.journal.display_name} – {self.name}"

    def period_end(self, starts_on: datetime.date) -> datetime.date:
        """The last day a period that starts on ``starts_on`` covers (a year from 1 March ends 28 February)."""
        month = starts_on.month - 1 + self.period_months
        year, month = starts_on.year + month // 12, month % 12 + 1
        day = min(starts_on.day, _days_in(year, month))
        return datetime.date(year, month, day) - datetime.timedelta(days=1)


def _days_in(year: int, month: int) -> int:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


class OrderQuerySet(models.QuerySet["Order"]):
    def for_account(self, user_id: int) -> OrderQuerySet:
        """The reader's orders, newest first, as the account page lists them: plan and journal, payments,
        invoices, the running renewal that continues each (``running_renewal_id``, ``next_charge_on``) or the
        renewal that ended with it (``renewal_ended_at``, ``renewal_stopped_reason``): a fixed number of
        queries however many there are."""
        running = Renewal.objects.filter(
            current_order=models.OuterRef("pk"), canceled_at__isnull=True, stopped_reason=""
        )
        ended = Renewal.objects.filter(current_order=models.OuterRef("pk"), canceled_at__isnull=False).order_by(
            "-canceled_at"
        )
        return (
            self.filter(user_id=user_id)
            .select_related("plan__journal")
            .annotate(
                running_renewal_id=models.Subquery(running.values("pk")[:1]),
                next_charge_on=models.Subquery(running.values("next_charge_on")[:1]),
                renewal_ended_at=models.Subquery(ended.values("canceled_at")[:1]),
                renewal_stopped_reason=models.Subquery(ended.values("stopped_reason")[:1]),
            )
            .prefetch_related(
                models.Prefetch("payments", queryset=Payment.objects.order_by("created_at", "pk")),
                models.Prefetch("invoices", queryset=Invoice.objects.order_by("issued_on", "number")),
            )
            .order_by("-created_at", "-pk")
        )


class Order(models.Model):
    """One purchase of one period of a plan: the first one, or a renewal."""

    class Status(models.TextChoices):
        AWAITING_APPROVAL = "awaiting_approval", _("wacht op goedkeuring")
        OPEN = "open", _("wacht op betaling")
        PAID = "paid", _("betaald")
        FAILED = "failed", _("mislukt")
        CANCELED = "canceled", _("geannuleerd")
        EXPIRED = "expired", _("verlopen")
        REJECTED = "rejected", _("afgewezen")
        REFUNDED = "refunded", _("terugbetaald")
        CHARGED_BACK = "charged_back", _("teruggeboekt")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="orders", verbose_name=_("lezer")
    )
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="orders", verbose_name=_("abonnementsvorm"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    is_renewal = models.BooleanField(_("verlenging"), default=False)
    # What was sold, as it was sold.
    price_cents = models.PositiveIntegerField(_("prijs inclusief btw (cent)"))
    vat_rate = models.DecimalField(_("btw-tarief (%)"), max_digits=4, decimal_places=2)
    net_cents = models.PositiveIntegerField(_("prijs exclusief btw (cent)"))
    vat_cents = models.PositiveIntegerField(_("btw (cent)"))
    starts_on = models.DateField(_("ingangsdatum"))
    ends_on = models.DateField(_("einddatum"))
    renews = models.BooleanField(_("verlengt automatisch"), default=False)
    # Who buys: only what the invoice needs.
    billing_name = models.CharField(_("naam"), max_length=200)
    billing_organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    billing_street = models.CharField(_("straat en huisnummer"), max_length=200)
    billing_postcode = models.CharField(_("postcode"), max_length=20)
    billing_city = models.CharField(_("plaats"), max_length=100)
    billing_country = models.CharField(_("land"), max_length=2, default="NL")
    vat_number = models.CharField(_("btw-nummer"), max_length=20, blank=True)
    #: When the reader asked for the digital content at once and so gave up the 14-day withdrawal right.
    consent_at = models.DateTimeField(_("afstand herroepingsrecht"), null=True, blank=True)
    #: Where the reader came from (a path on this site), to return to after paying.
    return_path = models.CharField(_("terugkeerpagina"), max_length=500, blank=True)
    subscription = models.OneToOneField(
        Subscription,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="order",
        verbose_name=_("abonnement"),
    )
    #: The order whose period this one extends (a renewal).
    renews_order = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="renewals", verbose_name=_("verlengt")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    paid_at = models.DateTimeField(_("betaald op"), null=True, blank=True)

    objects: ClassVar[OrderQuerySet] = OrderQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("bestelling")
        verbose_name_plural = _("bestellingen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.plan} ({self.get_status_display()})"


class MollieCustomer(models.Model):
    """A reader as Mollie knows them, with the mandate that lets renewals be charged."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mollie_customer", verbose_name=_("lezer")
    )
    customer_id = models.CharField(_("Mollie-klant"), max_length=40, unique=True)
    mandate_id = models.CharField(_("Mollie-machtiging"), max_length=40, blank=True)
    mandate_method = models.CharField(_("betaalwijze machtiging"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("Mollie-klant")
        verbose_name_plural = _("Mollie-klanten")

    def __str__(self) -> str:
        return self.customer_id


class Payment(models.Model):
    """A Mollie payment of an order; Mollie's answer, fetched by Leeszaal, is the only source of its status."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        PENDING = "pending", _("in behandeling")
        AUTHORIZED = "authorized", _("geautoriseerd")
        PAID = "paid", _("betaald")
        FAILED = "failed", _("mislukt")
        CANCELED = "canceled", _("geannuleerd")
        EXPIRED = "expired", _("verlopen")

    class Sequence(models.TextChoices):
        ONEOFF = "oneoff", _("eenmalig")
        FIRST = "first", _("eerste (machtiging)")
        RECURRING = "recurring", _("terugkerend")

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="payments", verbose_name=_("bestelling"))
    mollie_id = models.CharField(_("Mollie-id"), max_length=40, unique=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    sequence_type = models.CharField(_("soort"), max_length=20, choices=Sequence.choices, default=Sequence.ONEOFF)
    method = models.CharField(_("betaalwijze"), max_length=30, blank=True)
    amount_cents = models.PositiveIntegerField(_("bedrag (cent)"))
    refunded_cents = models.PositiveIntegerField(_("terugbetaald (cent)"), default=0)
    charged_back_cents = models.PositiveIntegerField(_("teruggeboekt (cent)"), default=0)
    checkout_url = models.URLField(_("betaalpagina"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.mollie_id


class Renewal(models.Model):
    """Automatic renewal of a reader's subscription to a journal, until the reader cancels it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="renewals", verbose_name=_("lezer")
    )
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="renewals", verbose_name=_("abonnementsvorm"))
    #: The order of the period now running; the next renewal extends it.
    current_order = models.ForeignKey(
        Order, on_delete=models.PROTECT, related_name="+", verbose_name=_("lopende bestelling")
    )
    next_charge_on = models.DateField(_("volgende afschrijving"))
    failures = models.PositiveSmallIntegerField(_("mislukte pogingen"), default=0)
    reminded_for = models.DateField(_("herinnering verstuurd voor"), null=True, blank=True)
    canceled_at = models.DateTimeField(_("opgezegd op"), null=True, blank=True)
    stopped_reason = models.CharField(_("gestopt omdat"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("automatische verlenging")
        verbose_name_plural = _("automatische verlengingen")
        ordering = ["next_charge_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "plan"],
                condition=models.Q(canceled_at__isnull=True),
                name="renewal_one_active_per_plan",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.plan}"

    @property
    def is_active(self) -> bool:
        return self.canceled_at is None and not self.stopped_reason


class InvoiceCounter(models.Model):
    """The last number given per series (a year): locked while the next is taken, so numbers have no gaps."""

    series = models.CharField(max_length=10, unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.series}: {self.last}"


class InvoiceImmutable(Exception):
    """An issued invoice was about to change; it never does (a credit note corrects it)."""


class InvoiceQuerySet(models.QuerySet["Invoice"]):
    def update(self, **kwargs: Any) -> int:
        raise InvoiceImmutable("Invoices are never changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise InvoiceImmutable("Invoices are never deleted.")


def invoice_pdf_path(instance: Invoice, filename: str) -> str:
    return f"invoices/{instance.number}.pdf"


class Invoice(models.Model):
    """An invoice or credit note: written once, when it is issued, and never changed afterwards."""

    class Kind(models.TextChoices):
        INVOICE = "invoice", _("factuur")
        CREDIT_NOTE = "credit_note", _("creditnota")

    number = models.CharField(_("nummer"), max_length=20, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.INVOICE)
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="invoices", verbose_name=_("bestelling"))
    #: The invoice a credit note corrects.
    credits = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_notes",
        verbose_name=_("crediteert"),
    )
    issued_on = models.DateField(_("factuurdatum"))
    # Amounts (negative on a credit note) and both parties' details, as they were on the day.
    net_cents = models.IntegerField(_("exclusief btw (cent)"))
    vat_cents = models.IntegerField(_("btw (cent)"))
    total_cents = models.IntegerField(_("totaal (cent)"))
    vat_rate = models.DecimalField(_("btw-tarief (%)"), max_digits=4, decimal_places=2)
    seller = models.JSONField(_("verkoper"))
    buyer = models.JSONField(_("koper"))
    lines = models.JSONField(_("regels"))
    pdf = models.FileField(_("PDF"), upload_to=invoice_pdf_path, storage=_private_storage, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("factuur")
        verbose_name_plural = _("facturen")
        ordering = ["-issued_on", "-number"]

    objects: ClassVar[InvoiceQuerySet] = InvoiceQuerySet.as_manager()  # type: ignore[assignment]

    def __str__(self) -> str:
        return self.number

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Insert once; afterwards only the PDF may be stored, once (``sales.invoices.invoice_pdf_ensure``)."""
        if not self._state.adding:
            update_fields = kwargs.get("update_fields")
            stored_pdf = Invoice.objects.filter(pk=self.pk).values_list("pdf", flat=True).first()
            if update_fields is None or set(update_fields) != {"pdf"} or stored_pdf:
                raise InvoiceImmutable(f"Invoice {self.number} is issued and never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise InvoiceImmutable(f"Invoice {self.number} is issued and never deleted.")
