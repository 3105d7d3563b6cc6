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
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from journals.actions import (
    article_move,
    article_publish,
    article_unpublish,
    issue_publish,
    issue_schedule,
    issue_unpublish,
)
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
    Section,
)

# The admin and form classes are generic only for the type checker (django-stubs); at run time they are not.
if TYPE_CHECKING:
    _PublisherAdmin = admin.ModelAdmin[Publisher]
    _JournalAdmin = admin.ModelAdmin[Journal]
    _IssueAdmin = admin.ModelAdmin[Issue]
    _ArticleAdmin = admin.ModelAdmin[Article]
    _AuthorAdmin = admin.ModelAdmin[Author]
    _BoardInline = admin.TabularInline[EditorialBoardMember, Journal]
    _SectionInline = admin.TabularInline[Section, Journal]
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
    _BoardInline = _SectionInline = _ArticleInline = _ContributionInline = _ReferenceInline = _FileInline = (
        admin.TabularInline
    )
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
    free_types = forms.MultipleChoiceField(
        label=_("Gratis te lezen"),
        choices=Article.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Artikelen van deze soorten zijn voor iedereen volledig te lezen, ook zonder abonnement "
            "(bijvoorbeeld redactionelen en boekbesprekingen). Dit is iets anders dan open access."
        ),
    )

    class Meta:
        model = Journal
        exclude = ("free_article_types",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["free_types"].initial = sorted(self.instance.free_types)

    def save(self, commit: bool = True) -> Journal:
        self.instance.set_free_types(self.cleaned_data.get("free_types", []))
        return super().save(commit=commit)

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
    fields = ("position", "name", "role", "role_other", "role_other_en", "affiliation")
    extra = 1


class SectionInline(_SectionInline):
    model = Section
    fields = ("position", "name", "name_en")
    extra = 1


def _limit_sections(field: Any, journal_id: int | None) -> None:
    """Offer the sections of ``journal_id`` only (all journals', named with their journal, when unknown)."""
    if field is None:
        return
    sections = Section.objects.select_related("journal").order_by("journal__position", "journal__title", "position")
    if journal_id is not None:
        field.queryset = sections.filter(journal_id=journal_id)
        field.label_from_instance = lambda section: section.name
    else:
        field.queryset = sections
        field.label_from_instance = lambda section: f"{section.journal.display_name} – {section.name}"


class ArticleInline(_ArticleInline):
    """The issue's table of contents, compact: order, title (to the article's own page), type, section, status and
    access. Everything else is edited on the article's page. New articles are added on the article's add page,
    except on a new issue's page, where the first articles can be typed in."""

    model = Article
    readonly_fields = ("title_link", "move")
    show_change_link = False
    extra = 0

    def get_fields(self, request: HttpRequest, obj: Issue | None = None) -> Any:
        if obj is None:
            return ("position", "title", "slug", "article_type", "section", "status", "access")
        return ("position", "move", "title_link", "article_type", "section", "status", "access")

    def get_prepopulated_fields(self, request: HttpRequest, obj: Issue | None = None) -> dict[str, Any]:
        return {"slug": ("title",)} if obj is None else {}

    def get_extra(self, request: HttpRequest, obj: Issue | None = None, **kwargs: Any) -> int:
        return 3 if obj is None else 0

    def has_add_permission(self, request: HttpRequest, obj: Issue | None = None) -> bool:
        return obj is None and super().has_add_permission(request, obj)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        articles = cast(ArticleQuerySet, super().get_queryset(request))
        return articles.select_related("issue__journal", "section").in_reading_order()  # as article_move counts

    def get_formset(self, request: HttpRequest, obj: Issue | None = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        fields = formset.form.base_fields
        section = fields.get("section")
        _limit_sections(section, obj.journal_id if obj is not None else None)
        if section is not None:
            # No add/change icons beside the select in a row this narrow: sections are edited on the journal.
            for name in ("can_add_related", "can_change_related", "can_delete_related", "can_view_related"):
                setattr(section.widget, name, False)
        if "position" in fields:
            fields["position"].widget.attrs["class"] = "vIntegerField"  # the admin's narrow number input
        return formset

    @admin.display(description=_("titel"))
    def title_link(self, obj: Article) -> str:
        if obj.pk is None:
            return ""
        url = reverse("admin:journals_article_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.title)

    @admin.display(description=_("verplaatsen"))
    def move(self, obj: Article) -> str:
        """Up and down as plain submit buttons: they post this form to ``IssueAdmin.move_view`` (no JavaScript)."""
        if obj.pk is None:
            return ""
        buttons = []
        for direction, symbol, label in (("up", "↑", _("Omhoog")), ("down", "↓", _("Omlaag"))):
            url = reverse("admin:journals_issue_move", args=[obj.issue_id, obj.pk, direction])
            buttons.append(
                format_html(
                    '<button type="submit" class="button" formaction="{}" formmethod="post" formnovalidate '
                    'title="{}"><span aria-hidden="true">{}</span><span class="visually-hidden">{} {}</span></button>',
                    url,
                    label,
                    symbol,
                    label,
                    obj.title,
                )
            )
        return format_html("{} {}", buttons[0], buttons[1])


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
    inlines = (SectionInline, EditorialBoardMemberInline)
    fieldsets = (
        (None, {"fields": ("publisher", "title", "acronym", "slug", ("issn_print", "issn_online"), "language")}),
        (_("Presentatie"), {"fields": ("description", "aims_scope", "cover", "website", "position")}),
        (_("Toegang en zichtbaarheid"), {"fields": ("open_access", "free_types", "is_active")}),
    )


@admin.register(Issue)
class IssueAdmin(_IssueAdmin):
    list_display = ("journal", "year", "volume", "number", "title", "state", "published_on", "article_count")
    list_display_links = ("year", "volume", "number")
    list_select_related = ("journal",)
    list_filter = ("journal", "year", "is_published")
    search_fields = ("journal__title", "journal__acronym", "title", "=number", "year__exact", "volume__exact")
    autocomplete_fields = ("journal",)
    # Explicit, because the article count groups the query and a grouped query ignores Meta.ordering.
    ordering = ("journal", "-year", "-sort_number")
    fields = (
        "journal",
        ("volume", "number", "year"),
        "title",
        "cover",
        ("is_published", "published_on"),
        "publish_at",
        "add_article",
    )
    readonly_fields = ("add_article",)
    inlines = (ArticleInline,)
    actions = ("publish", "unpublish")

    def get_urls(self) -> list[URLPattern]:
        move = path(
            "<int:issue_id>/verplaatsen/<int:article_id>/<str:direction>/",
            self.admin_site.admin_view(self.move_view),
            name="journals_issue_move",
        )
        return [move, *super().get_urls()]

    def move_view(self, request: HttpRequest, issue_id: int, article_id: int, direction: str) -> HttpResponse:
        """An article one place up or down in its issue (the inline's buttons); back to the issue's page."""
        return require_POST(self._move)(request, issue_id, article_id, direction)

    def _move(self, request: HttpRequest, issue_id: int, article_id: int, direction: str) -> HttpResponse:
        issue = Issue.objects.filter(pk=issue_id).first()
        article = Article.objects.filter(pk=article_id, issue_id=issue_id).first()
        if issue is None or article is None or direction not in ("up", "down"):
            raise Http404
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        if not article_move(article=article, up=direction == "up"):
            self.message_user(request, _("Dit artikel staat al bovenaan of onderaan."), messages.INFO)
        url = reverse("admin:journals_issue_change", args=[issue.pk])
        return HttpResponseRedirect(f"{url}#articles-group")

    @admin.display(description=_("artikel toevoegen"))
    def add_article(self, obj: Issue | None) -> str:
        if obj is None or obj.pk is None:
            return str(_("Sla het nummer eerst op; voeg daarna artikelen toe."))
        url = reverse("admin:journals_article_add")
        return format_html(
            '<a class="addlink" href="{}?issue={}">{}</a>', url, obj.pk, _("Nieuw artikel in dit nummer")
        )

    @admin.display(description=_("status"), ordering="is_published")
    def state(self, obj: Issue) -> str:
        if obj.is_published:
            return str(_("online"))
        if obj.publish_at is not None:
            when = date_format(timezone.localtime(obj.publish_at), "j F Y, H:i")
            if obj.publish_at <= timezone.now():
                return str(_("gepland voor %(when)s (wacht op de verwerking)") % {"when": when})
            return str(_("gepland voor %(when)s") % {"when": when})
        return str(_("offline"))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Issue]:
        # The journal is part of every issue's name (autocomplete, headings), so always fetch it along.
        return super().get_queryset(request).select_related("journal").annotate(article_count=Count("articles"))

    @admin.display(description=_("artikelen"), ordering="article_count")
    def article_count(self, obj: Issue) -> int:
        return int(obj.article_count)  # type: ignore[attr-defined]

    def save_model(self, request: HttpRequest, obj: Issue, form: Any, change: bool) -> None:
        if obj.is_published:
            obj.publish_at = None  # online: nothing left to schedule, so taking it offline later cannot undo that
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
        issue = form.instance
        if not getattr(request, "_issue_going_online", False) and "publish_at" in form.changed_data:
            issue_schedule(issue=issue)
            if issue.publish_at is not None and not issue.is_published:
                when = date_format(timezone.localtime(issue.publish_at), "j F Y, H:i")
                self.message_user(
                    request, _("Het nummer gaat op %(when)s vanzelf online.") % {"when": when}, messages.SUCCESS
                )
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
    # Five columns: the list fits beside both sidebars at 1,440 px; the type and access are filters.
    list_display = ("title_short", "issue_short", "authors_display", "section_or_type", "state")
    list_select_related = ("issue__journal", "section")
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
        return articles.with_authors().select_related("issue__journal", "section")

    def get_form(self, request: HttpRequest, obj: Article | None = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        issue_id = str(obj.issue_id if obj is not None else request.GET.get("issue", ""))
        journal_id = (
            Issue.objects.filter(pk=int(issue_id)).values_list("journal_id", flat=True).first()
            if issue_id.isdigit()
            else None
        )
        _limit_sections(form.base_fields.get("section"), journal_id)
        pdf = form.base_fields.get("pdf")
        if obj is not None and pdf is not None and isinstance(pdf.widget, PrivatePdfInput):
            pdf.widget.preview_url = obj.get_pdf_url()
        return form

    @admin.display(description=_("auteurs"))
    def authors_display(self, obj: Article) -> str:
        authors = obj.authors
        names = "; ".join(author.citation_name for author in authors[:2])
        return _("%(names)s e.a.") % {"names": names} if len(authors) > 2 else names

    @admin.display(description=_("titel"), ordering="title")
    def title_short(self, obj: Article) -> str:
        return obj.title if len(obj.title) <= 70 else f"{obj.title[:68].rstrip()}…"

    @admin.display(description=_("rubriek"), ordering="section__position")
    def section_or_type(self, obj: Article) -> str:
        return str(obj.section) if obj.section else obj.get_article_type_display()

    @admin.display(description=_("status"), ordering="status")
    def state(self, obj: Article) -> str:
        parts = [obj.get_status_display()]
        if obj.is_open_access:
            parts.append(str(_("open access")))
        elif obj.is_free_to_read:
            parts.append(str(_("gratis te lezen")))
        return ", ".join(parts)

    @admin.display(description=_("nummer"), ordering="issue")
    def issue_short(self, obj: Article) -> str:
        issue = obj.issue
        return f"{issue.journal.display_name} {issue.year}/{issue.number}"

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
