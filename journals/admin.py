"""The back office for the publication record: journals, issues, articles and authors.

Editors work issue by issue: an issue's page holds its articles (compact) and the
publish action; an article's own page holds the full record, its authors and the PDF.
"View on site" opens the public page, which staff see even before publication.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Model, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from journals.actions import article_publish, article_unpublish, issue_publish, issue_unpublish
from journals.identifiers import normalize_doi, normalize_issn, normalize_orcid
from journals.models import (
    Article,
    ArticleFile,
    ArticleQuerySet,
    ArticleTranslation,
    Author,
    Contribution,
    EditorialBoardMember,
    Issue,
    Journal,
    Publisher,
    Reference,
)

# The admin and form classes are generic only for the type checker (django-stubs); at run time they are not.
if TYPE_CHECKING:
    _PublisherAdmin = admin.ModelAdmin[Publisher]
    _JournalAdmin = admin.ModelAdmin[Journal]
    _IssueAdmin = admin.ModelAdmin[Issue]
    _ArticleAdmin = admin.ModelAdmin[Article]
    _AuthorAdmin = admin.ModelAdmin[Author]
    _BoardInline = admin.TabularInline[EditorialBoardMember, Journal]
    _ArticleInline = admin.TabularInline[Article, Issue]
    _ContributionInline = admin.TabularInline[Contribution, Article]
    _TranslationInline = admin.StackedInline[ArticleTranslation, Article]
    _ReferenceInline = admin.TabularInline[Reference, Article]
    _FileInline = admin.TabularInline[ArticleFile, Article]
    _JournalForm = forms.ModelForm[Journal]
    _ArticleForm = forms.ModelForm[Article]
    _AuthorForm = forms.ModelForm[Author]
else:
    _PublisherAdmin = _JournalAdmin = _IssueAdmin = _ArticleAdmin = _AuthorAdmin = admin.ModelAdmin
    _BoardInline = _ArticleInline = _ContributionInline = _ReferenceInline = _FileInline = admin.TabularInline
    _TranslationInline = admin.StackedInline
    _JournalForm = _ArticleForm = _AuthorForm = forms.ModelForm

BOTH_LOCATIONS = [ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM]


def _taken(queryset: QuerySet[Any], instance: Model, **lookup: Any) -> bool:
    """Whether another row than ``instance`` already has this value."""
    others = queryset.filter(**lookup)
    if instance.pk is not None:
        others = others.exclude(pk=instance.pk)
    return others.exists()


# Forms: identifiers are normalised and checked for duplicates here, so that the editor
# reads a clear sentence instead of the name of a database constraint.


class JournalAdminForm(_JournalForm):
    class Meta:
        model = Journal
        fields = "__all__"

    def _clean_issn(self, field: str) -> str:
        value: str = self.cleaned_data.get(field, "")
        if not value:
            return value
        issn = normalize_issn(value)
        if _taken(Journal.objects.all(), self.instance, issn_print=issn) or _taken(
            Journal.objects.all(), self.instance, issn_online=issn
        ):
            raise ValidationError(
                _("ISSN %(value)s is al in gebruik bij een ander tijdschrift."),
                code="issn_taken",
                params={"value": issn},
            )
        return issn

    def clean_issn_print(self) -> str:
        return self._clean_issn("issn_print")

    def clean_issn_online(self) -> str:
        return self._clean_issn("issn_online")


class _LinkedFile:
    """What the file widget shows for a stored private file: its name, linked to a view that serves it."""

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url

    def __str__(self) -> str:
        return self.name


class PrivatePdfInput(forms.ClearableFileInput):
    """File input for full-text PDFs: private storage has no public URL, so link to the access-checked view."""

    preview_url = ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        if context["widget"]["is_initial"]:
            context["widget"]["value"] = _LinkedFile(str(value), self.preview_url or "#")
        return context


class ArticleAdminForm(_ArticleForm):
    class Meta:
        model = Article
        fields = "__all__"
        widgets = {"pdf": PrivatePdfInput(attrs={"accept": "application/pdf"})}

    def clean_license(self) -> str:
        value: str = self.cleaned_data.get("license", "").strip()
        if value and not value.startswith(("https://", "http://")):
            raise ValidationError(
                _("Geef de licentie als URL, bijvoorbeeld %(example)s, of laat het veld leeg."),
                code="license_url",
                params={"example": Article.License.CC_BY.value},
            )
        return value

    def clean_doi(self) -> str:
        value: str = self.cleaned_data.get("doi", "")
        if not value:
            return value
        doi = normalize_doi(value)
        if _taken(Article.objects.all(), self.instance, doi__iexact=doi):
            raise ValidationError(
                _("DOI %(value)s is al toegekend aan een ander artikel."), code="doi_taken", params={"value": doi}
            )
        return doi


class AuthorAdminForm(_AuthorForm):
    # Longer than the stored 19 characters, so that a pasted https://orcid.org/... address fits and is normalised.
    orcid = forms.CharField(
        label=_("ORCID iD"),
        max_length=60,
        required=False,
        help_text=_("Bijvoorbeeld 0000-0002-1825-0097 of https://orcid.org/0000-0002-1825-0097."),
    )

    class Meta:
        model = Author
        fields = "__all__"

    def clean_orcid(self) -> str:
        value: str = self.cleaned_data.get("orcid", "")
        if not value:
            return value
        orcid = normalize_orcid(value)
        if _taken(Author.objects.all(), self.instance, orcid=orcid):
            raise ValidationError(
                _("ORCID iD %(value)s hoort al bij een andere auteur."), code="orcid_taken", params={"value": orcid}
            )
        return orcid


# Inlines


class EditorialBoardMemberInline(_BoardInline):
    model = EditorialBoardMember
    fields = ("position", "name", "role", "affiliation")
    extra = 1


class ArticleInline(_ArticleInline):
    """The issue's table of contents, compact; the full record is one click away (show_change_link)."""

    model = Article
    fields = ("position", "title", "slug", "section", "status", "access", "first_page", "last_page")
    prepopulated_fields = {"slug": ("title",)}
    show_change_link = True

    def get_extra(self, request: HttpRequest, obj: Issue | None = None, **kwargs: Any) -> int:
        return 3 if obj is None else 1


class ContributionInline(_ContributionInline):
    model = Contribution
    fields = ("position", "author", "affiliation", "is_corresponding")
    autocomplete_fields = ("author",)
    extra = 1

    def get_queryset(self, request: HttpRequest) -> QuerySet[Contribution]:
        return super().get_queryset(request).select_related("author")


class TranslationInline(_TranslationInline):
    model = ArticleTranslation
    fields = ("language", "title", "subtitle", "abstract", "keywords")
    extra = 0


class ReferenceInline(_ReferenceInline):
    model = Reference
    fields = ("position", "label", "citation", "doi")
    extra = 0
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}}


class FileInline(_FileInline):
    """Figures and supplements arrive with a JATS package; here they are seen and removed, not made."""

    model = ArticleFile
    fields = ("name", "kind", "content_type", "label")
    readonly_fields = ("name", "kind", "content_type", "label")
    extra = 0

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False


# Model admins


@admin.register(Publisher)
class PublisherAdmin(_PublisherAdmin):
    list_display = ("name", "slug", "website", "email")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Journal)
class JournalAdmin(_JournalAdmin):
    form = JournalAdminForm
    list_display = (
        "title",
        "acronym",
        "publisher",
        "issn_print",
        "issn_online",
        "open_access",
        "is_active",
        "position",
    )
    list_select_related = ("publisher",)
    list_filter = ("publisher", "is_active", "open_access", "language")
    search_fields = ("title", "acronym", "issn_print", "issn_online")
    prepopulated_fields = {"slug": ("title",)}
    inlines = (EditorialBoardMemberInline,)
    fieldsets = (
        (None, {"fields": ("publisher", "title", "acronym", "slug", ("issn_print", "issn_online"), "language")}),
        (_("Presentatie"), {"fields": ("description", "aims_scope", "cover", "website", "position")}),
        (_("Toegang en zichtbaarheid"), {"fields": ("open_access", "is_active")}),
    )


@admin.register(Issue)
class IssueAdmin(_IssueAdmin):
    list_display = ("journal", "year", "volume", "number", "title", "is_published", "published_on", "article_count")
    list_display_links = ("year", "volume", "number")
    list_select_related = ("journal",)
    list_filter = ("journal", "year", "is_published")
    search_fields = ("journal__title", "journal__acronym", "title", "=number", "year__exact", "volume__exact")
    autocomplete_fields = ("journal",)
    # Explicit, because the article count groups the query and a grouped query ignores Meta.ordering.
    ordering = ("journal", "-year", "-sort_number")
    fields = ("journal", ("volume", "number", "year"), "title", "cover", ("is_published", "published_on"))
    inlines = (ArticleInline,)
    actions = ("publish", "unpublish")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Issue]:
        # The journal is part of every issue's name (autocomplete, headings), so always fetch it along.
        return super().get_queryset(request).select_related("journal").annotate(article_count=Count("articles"))

    @admin.display(description=_("artikelen"), ordering="article_count")
    def article_count(self, obj: Issue) -> int:
        return int(obj.article_count)  # type: ignore[attr-defined]

    def save_model(self, request: HttpRequest, obj: Issue, form: Any, change: bool) -> None:
        # Ticking "online" is publishing: the issue is saved offline first and put online by issue_publish
        # once its articles are saved (save_related), so the drafts go online with it as with the action.
        going_online = obj.is_published and (
            not change or not Issue.objects.filter(pk=obj.pk, is_published=True).exists()
        )
        if going_online:
            obj.is_published = False
            request._issue_going_online = True  # type: ignore[attr-defined]
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if getattr(request, "_issue_going_online", False):
            published = issue_publish(issue=form.instance, publish_articles=True)
            if published:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d conceptartikel is met het nummer gepubliceerd.",
                        "%(count)d conceptartikelen zijn met het nummer gepubliceerd.",
                        published,
                    )
                    % {"count": published},
                    messages.SUCCESS,
                )

    @admin.action(
        description=_("Online zetten, met de conceptartikelen"),
        description_plural=_("Geselecteerde nummers online zetten, met hun conceptartikelen"),
        permissions=["change"],
        location=BOTH_LOCATIONS,
    )
    def publish(self, request: HttpRequest, queryset: QuerySet[Issue]) -> None:
        issues = articles = 0
        for issue in queryset:
            articles += issue_publish(issue=issue, publish_articles=True)
            issues += 1
        issues_text = ngettext("%(count)d nummer staat online", "%(count)d nummers staan online", issues) % {
            "count": issues
        }
        articles_text = ngettext(
            "%(count)d conceptartikel gepubliceerd", "%(count)d conceptartikelen gepubliceerd", articles
        ) % {"count": articles}
        self.message_user(request, f"{issues_text}; {articles_text}.", messages.SUCCESS)

    @admin.action(
        description=_("Offline halen"),
        description_plural=_("Geselecteerde nummers offline halen"),
        permissions=["change"],
        location=BOTH_LOCATIONS,
    )
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Issue]) -> None:
        count = 0
        for issue in queryset:
            issue_unpublish(issue=issue)
            count += 1
        message = ngettext(
            "%(count)d nummer is offline gehaald; de artikelen zijn niet meer zichtbaar voor lezers.",
            "%(count)d nummers zijn offline gehaald; de artikelen zijn niet meer zichtbaar voor lezers.",
            count,
        ) % {"count": count}
        self.message_user(request, message, messages.SUCCESS)


@admin.register(Article)
class ArticleAdmin(_ArticleAdmin):
    form = ArticleAdminForm
    list_display = ("title", "issue", "authors_display", "article_type", "status", "access", "position")
    list_select_related = ("issue__journal",)
    list_filter = ("issue__journal", "issue__year", "status", "access", "article_type")
    search_fields = ("title", "doi", "contributions__author__surname")
    autocomplete_fields = ("issue",)
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("created_at", "updated_at")
    inlines = (ContributionInline, TranslationInline, ReferenceInline, FileInline)
    actions = ("publish", "unpublish")
    fieldsets = (
        (
            _("Bibliografische gegevens"),
            {
                "fields": (
                    "issue",
                    ("position", "section"),
                    "article_type",
                    "title",
                    "subtitle",
                    "slug",
                    ("doi", "publisher_id"),
                    ("first_page", "last_page", "elocation_id"),
                    ("received_on", "accepted_on", "published_on"),
                    "language",
                )
            },
        ),
        (
            _("Rechten en financiering"),
            {
                "classes": ("collapse",),
                "fields": (
                    "license",
                    "license_text",
                    ("copyright_statement", "copyright_year", "copyright_holder"),
                    "funding_statement",
                    "funding",
                    "history",
                ),
            },
        ),
        (_("Inhoud"), {"fields": ("abstract", "keywords", "body", "pdf")}),
        (_("Toegang en status"), {"fields": ("access", "status", ("created_at", "updated_at"))}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        articles = cast(ArticleQuerySet, super().get_queryset(request))
        return articles.with_authors().select_related("issue__journal")

    def get_form(self, request: HttpRequest, obj: Article | None = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        pdf = form.base_fields.get("pdf")
        if obj is not None and pdf is not None and isinstance(pdf.widget, PrivatePdfInput):
            pdf.widget.preview_url = obj.get_pdf_url()
        return form

    @admin.display(description=_("auteurs"))
    def authors_display(self, obj: Article) -> str:
        return "; ".join(author.citation_name for author in obj.authors)

    @admin.action(
        description=_("Publiceren"),
        description_plural=_("Geselecteerde artikelen publiceren"),
        permissions=["change"],
        location=BOTH_LOCATIONS,
    )
    def publish(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        count = waiting = 0
        for article in queryset.select_related("issue"):
            article_publish(article=article)
            count += 1
            waiting += not article.issue.is_published
        message = ngettext("%(count)d artikel gepubliceerd.", "%(count)d artikelen gepubliceerd.", count) % {
            "count": count
        }
        self.message_user(request, message, messages.SUCCESS)
        if waiting:
            warning = ngettext(
                "%(count)d artikel staat in een nummer dat nog niet online is; lezers zien het zodra het nummer "
                "online staat.",
                "%(count)d artikelen staan in een nummer dat nog niet online is; lezers zien ze zodra het nummer "
                "online staat.",
                waiting,
            ) % {"count": waiting}
            self.message_user(request, warning, messages.WARNING)

    @admin.action(
        description=_("Terugzetten naar concept"),
        description_plural=_("Geselecteerde artikelen terugzetten naar concept"),
        permissions=["change"],
        location=BOTH_LOCATIONS,
    )
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        count = 0
        for article in queryset:
            article_unpublish(article=article)
            count += 1
        message = ngettext(
            "%(count)d artikel teruggezet naar concept; het is niet meer zichtbaar voor lezers.",
            "%(count)d artikelen teruggezet naar concept; ze zijn niet meer zichtbaar voor lezers.",
            count,
        ) % {"count": count}
        self.message_user(request, message, messages.SUCCESS)


@admin.register(Author)
class AuthorAdmin(_AuthorAdmin):
    form = AuthorAdminForm
    list_display = ("surname", "given_names", "orcid", "email", "article_count")
    search_fields = ("surname", "given_names", "orcid", "email")
    ordering = ("surname", "given_names")  # explicit: the grouped article count ignores Meta.ordering
    fields = (("given_names", "surname"), "orcid", "email")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Author]:
        return super().get_queryset(request).annotate(article_count=Count("contributions"))

    @admin.display(description=_("artikelen"), ordering="article_count")
    def article_count(self, obj: Author) -> int:
        return int(obj.article_count)  # type: ignore[attr-defined]
