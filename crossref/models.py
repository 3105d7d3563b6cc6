"""What was deposited at Crossref, and which DOIs are registered (and so may never change).

A ``Deposit`` is one batch (one ``doi_batch_id``): the XML as it was sent, and what Crossref's deposit
servlet answered. ``DepositItem`` ties each article of a batch to the DOI it carried. ``RegisteredDoi``
holds, per article, the DOI Crossref accepted: from then on the article's DOI is fixed
(``crossref.dois.refuse_registered_doi_change``).
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from journals.models import Article


class Deposit(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("in de wachtrij")
        SUCCESS = "success", _("ontvangen door Crossref")
        FAILED = "failed", _("mislukt")

    batch_id = models.CharField(_("batch-id"), max_length=100, unique=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verstuurd"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    #: The HTTP status of Crossref's answer (none when the endpoint was not reached).
    http_status = models.PositiveSmallIntegerField(_("HTTP-status"), null=True, blank=True)
    #: Crossref's answer as text (the servlet's HTML page without its tags), or why nothing was sent.
    message = models.TextField(_("antwoord van Crossref"), blank=True)
    #: A submission id when the answer names one; the servlet's immediate answer usually does not.
    submission_id = models.CharField(_("submission-id"), max_length=100, blank=True)
    xml = models.TextField(_("XML"), editable=False)

    objects: ClassVar[models.Manager[Deposit]] = models.Manager()

    class Meta:
        verbose_name = _("Crossref-depositie")
        verbose_name_plural = _("Crossref-deposities")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.batch_id


class DepositItem(models.Model):
    deposit = models.ForeignKey(Deposit, on_delete=models.CASCADE, related_name="items", verbose_name=_("depositie"))
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="crossref_deposits", verbose_name=_("artikel")
    )
    doi = models.CharField(_("DOI"), max_length=200)

    objects: ClassVar[models.Manager[DepositItem]] = models.Manager()

    class Meta:
        verbose_name = _("Crossref-depositie")
        verbose_name_plural = _("Crossref-deposities")
        ordering = ["-deposit__created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["deposit", "article"], name="crossref_item_once_per_batch")]

    def __str__(self) -> str:
        return f"{self.deposit.batch_id}: {self.doi}"


class RegisteredDoi(models.Model):
    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="registered_doi", verbose_name=_("artikel")
    )
    doi = models.CharField(_("DOI"), max_length=200)
    deposit = models.ForeignKey(Deposit, on_delete=models.PROTECT, related_name="+", verbose_name=_("depositie"))
    registered_at = models.DateTimeField(_("geregistreerd"), auto_now_add=True)

    objects: ClassVar[models.Manager[RegisteredDoi]] = models.Manager()

    class Meta:
        verbose_name = _("geregistreerde DOI")
        verbose_name_plural = _("geregistreerde DOI's")

    def __str__(self) -> str:
        return self.doi
