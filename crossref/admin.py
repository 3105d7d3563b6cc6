"""Crossref in the back office: download a deposit file, deposit at Crossref, see each article's deposits.

The issue and article admins are ``journals.admin``'s; ``extend_journal_admin`` (called from
``CrossrefConfig.ready``) adds to them the two actions, the list of deposits on an article's page
and the form check that refuses a change of a registered DOI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from crossref.actions import batch_prepare, deposit_create
from crossref.deposit import DepositError
from crossref.dois import registered_doi_error
from crossref.models import Deposit, DepositItem
from journals.models import Article, Issue

if TYPE_CHECKING:
    _ItemInline = admin.TabularInline[DepositItem, Article]
    _DepositAdmin = admin.ModelAdmin[Deposit]
else:
    _ItemInline = admin.TabularInline
    _DepositAdmin = admin.ModelAdmin

LOCATIONS = [ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM]


def _article_ids(queryset: QuerySet[Any]) -> list[int]:
    """The published articles of the selected issues, or the selected articles."""
    if queryset.model is Issue:
        articles = Article.objects.published().filter(issue__in=queryset.values("pk"))
        return list(articles.order_by("issue_id", "position", "pk").values_list("pk", flat=True))
    return list(queryset.values_list("pk", flat=True))


@admin.action(description=_("Crossref-XML downloaden"), permissions=["change"], location=LOCATIONS)
def crossref_download(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Any]) -> HttpResponse | None:
    try:
        with transaction.atomic():  # the DOIs the file names are saved, unless the batch is refused
            batch = batch_prepare(article_ids=_article_ids(queryset))
    except DepositError as error:
        modeladmin.message_user(request, str(error), messages.ERROR)
        return None
    response = HttpResponse(batch.xml, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{batch.batch_id}.xml"'
    return response


@admin.action(description=_("Deponeren bij Crossref"), permissions=["change"], location=LOCATIONS)
def crossref_deposit(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Any]) -> None:
    ids = _article_ids(queryset)
    try:
        deposit = deposit_create(article_ids=ids)
    except DepositError as error:
        modeladmin.message_user(request, str(error), messages.ERROR)
        return
    count = len(ids)
    message = ngettext(
        "%(count)d artikel staat klaar voor Crossref (batch %(batch)s); het resultaat verschijnt bij het artikel.",
        "%(count)d artikelen staan klaar voor Crossref (batch %(batch)s); het resultaat verschijnt bij elk artikel.",
        count,
    ) % {"count": count, "batch": deposit.batch_id}
    modeladmin.message_user(request, message, messages.SUCCESS)


class DepositItemInline(_ItemInline):
    """An article's deposits, newest first: batch, DOI, Crossref's answer, when."""

    model = DepositItem
    extra = 0
    can_delete = False
    verbose_name = _("Crossref-depositie")
    verbose_name_plural = _("Crossref-deposities")
    fields = ("batch", "doi", "status", "answer", "sent_at")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[DepositItem]:
        return super().get_queryset(request).select_related("deposit")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Part of the article's record: whoever may see the article sees its deposits.
        return bool(request.user.has_perm("journals.view_article") or request.user.has_perm("journals.change_article"))

    @admin.display(description=_("batch-id"))
    def batch(self, obj: DepositItem) -> str:
        return obj.deposit.batch_id

    @admin.display(description=_("status"))
    def status(self, obj: DepositItem) -> str:
        return str(obj.deposit.get_status_display())

    @admin.display(description=_("antwoord van Crossref"))
    def answer(self, obj: DepositItem) -> str:
        deposit = obj.deposit
        parts = [str(deposit.http_status or ""), deposit.submission_id, deposit.message]
        return " · ".join(part for part in parts if part)

    @admin.display(description=_("verstuurd"))
    def sent_at(self, obj: DepositItem) -> Any:
        return obj.deposit.sent_at


def registered_doi_form(form_class: type[forms.ModelForm[Any]]) -> type[forms.ModelForm[Any]]:
    """``form_class`` that refuses a change of a DOI Crossref has registered."""

    class RegisteredDoiForm(form_class):  # type: ignore[valid-type,misc]
        def clean(self) -> dict[str, Any]:
            data: dict[str, Any] = super().clean()
            if self.instance.pk and "doi" in data:
                probe = Article(pk=self.instance.pk, doi=data.get("doi") or "")
                error = registered_doi_error(probe)
                if error is not None:
                    self.add_error("doi", error)
            return data

    RegisteredDoiForm.__name__ = form_class.__name__
    return RegisteredDoiForm


def extend_journal_admin(site: admin.AdminSite = admin.site) -> None:
    """Add the Crossref actions to the issue and article admins, and the deposits and DOI check to articles."""
    for model in (Issue, Article):
        model_admin = site._registry.get(model)
        if model_admin is None:
            continue
        actions = tuple(model_admin.actions or ())
        if crossref_download not in actions:
            model_admin.actions = (*actions, crossref_download, crossref_deposit)
    article_admin = site._registry.get(Article)
    if article_admin is not None and DepositItemInline not in article_admin.inlines:
        article_admin.inlines = (*article_admin.inlines, DepositItemInline)  # type: ignore[misc]
        article_admin.form = registered_doi_form(article_admin.form)


@admin.register(Deposit)
class DepositAdmin(_DepositAdmin):
    list_display = ("batch_id", "status", "http_status", "created_at", "sent_at")
    list_filter = ("status",)
    search_fields = ("batch_id", "items__doi")
    fields = ("batch_id", "status", "http_status", "submission_id", "message", "created_at", "sent_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
