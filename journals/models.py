"""The publication record: publisher, journals, issues, articles and their authors.

Rules that touch only these models live here, as model methods and QuerySet methods
whose names read as sentences (``Article.objects.published().in_issue(issue)``).
Who may read an article's full text is not decided here but in ``access.decision``.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Concat, Lower
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext_lazy as _

from journals.colours import DEFAULT_ACCENT, validate_accent
from journals.html import html_to_text, sanitize_html
from journals.identifiers import (
    normalize_doi,
    normalize_issn,
    normalize_orcid,
    validate_doi,
    validate_file_name,
    validate_issn,
    validate_orcid,
)
from leeszaal.generations import PublicationQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User

#: Paths at the site's root that a journal slug may not take.
RESERVED_SLUGS = frozenset(
    {
        "account",
        "accounts",
        "admin",
        "beheer",
        "health",
        "static",
        "media",
        "i18n",
        "api",
        "oai",
        "doi",
        "abonneren",
        "attenderingen",
        "citeren",
        "zoeken",
        "search",
        "sitemap.xml",
        "robots.txt",
        "favicon.ico",
        "feeds",
        "-",
    }
)

LANGUAGE_CHOICES = [("nl", _("Nederlands")), ("en", _("Engels"))]


def _private_storage() -> Any:
    return storages["private"]


def validate_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(_("De korte naam %(value)s is gereserveerd voor de site zelf."), params={"value": value})


def validate_pdf(upload: Any) -> None:
    """Refuse anything that is not a PDF, whatever its name says."""
    try:
        if upload.size > settings.PDF_MAX_BYTES:
            raise ValidationError(_("Het PDF-bestand is te groot."), code="pdf_size")
        position = upload.tell() if hasattr(upload, "tell") else 0
        upload.seek(0)
        head = upload.read(1024)
        upload.seek(max(upload.size - 2048, 0))
        tail = upload.read()
        upload.seek(position)
    except OSError:
        # A stored file that has gone missing from disk: say so instead of failing.
        raise ValidationError(
            _("Het opgeslagen PDF-bestand is niet te lezen. Upload het opnieuw of verwijder het."), code="pdf_missing"
        ) from None
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail:
        raise ValidationError(_("Dit bestand is geen PDF. Upload een PDF-bestand."), code="pdf_type")


def article_pdf_path(instance: Article, filename: str) -> str:
    """PDFs are filed by journal, year and issue: pdf/ouderschapskennis/2024/3/<slug>.pdf."""
    issue = instance.issue
    return f"pdf/{issue.journal.slug}/{issue.year}/{issue.number}/{instance.slug or 'artikel'}.pdf"


def user_is_staff(user: User | AnonymousUser | None) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_staff)


class Publisher(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"), unique=True)
    tagline = models.CharField(_("ondertitel"), max_length=300, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)

    objects: ClassVar[models.Manager[Publisher]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgever")
        verbose_name_plural = _("uitgevers")

    def __str__(self) -> str:
        return self.name


class JournalQuerySet(PublicationQuerySet["Journal"]):
    def active(self) -> JournalQuerySet:
        return self.filter(is_active=True)

    def for_listing(self) -> JournalQuerySet:
        return self.select_related("publisher").order_by("position", "title")


class Journal(models.Model):
    publisher = models.ForeignKey(
        Publisher, on_delete=models.PROTECT, related_name="journals", verbose_name=_("uitgever")
    )
    title = models.CharField(_("titel"), max_length=200)
    acronym = models.CharField(_("afkorting"), max_length=20, blank=True)
    slug = models.SlugField(
        _("korte naam"),
        unique=True,
        validators=[validate_not_reserved],
        help_text=_("Deel van elke URL van dit tijdschrift; wijzigt niet meer zodra er een nummer online staat."),
    )
    issn_print = models.CharField(_("ISSN (print)"), max_length=9, blank=True, validators=[validate_issn])
    issn_online = models.CharField(_("ISSN (online)"), max_length=9, blank=True, validators=[validate_issn])
    description = models.TextField(_("beschrijving"))
    aims_scope = models.TextField(_("doel en reikwijdte"), blank=True)
    cover = models.ImageField(
        _("omslag"),
        upload_to="covers/journals/",
        blank=True,
        help_text=_("Zonder omslag toont de site een omslag in de kleur van het tijdschrift."),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/",
        blank=True,
        validators=[FileExtensionValidator(["png", "jpg", "jpeg", "webp"])],
        help_text=_("PNG, JPEG of WebP, liggend; verschijnt in de balk van het tijdschrift."),
    )
    accent_color = models.CharField(
        _("accentkleur"),
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[validate_accent],
        help_text=_("Als #rrggbb. Wordt gecontroleerd op voldoende contrast met wit (WCAG AA, 4,5:1)."),
    )
    website = models.URLField(_("externe website"), blank=True)
    language = models.CharField(_("taal"), max_length=5, choices=LANGUAGE_CHOICES, default="nl")
    open_access = models.BooleanField(
        _("volledig open access"), default=False, help_text=_("Alle artikelen van dit tijdschrift zijn vrij te lezen.")
    )
    #: The article types (``Article.Type`` values) that everyone may read in full, each between commas:
    #: ",editorial,book-review," (``set_free_types``). Read with ``free_types``; ``FREE_TO_READ`` is the
    #: same rule as a queryset filter.
    free_article_types = models.CharField(
        _("gratis te lezen soorten artikelen"),
        max_length=200,
        blank=True,
        default="",
        help_text=_("Artikelen van deze soorten zijn voor iedereen volledig te lezen, ook zonder abonnement."),
    )
    is_active = models.BooleanField(_("actief"), default=True, help_text=_("Verschijnt in de lijst van tijdschriften."))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects: ClassVar[JournalQuerySet] = JournalQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("tijdschrift")
        verbose_name_plural = _("tijdschriften")
        ordering = ["position", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["issn_print"], condition=~Q(issn_print=""), name="journal_unique_issn_print"
            ),
            models.UniqueConstraint(
                fields=["issn_online"], condition=~Q(issn_online=""), name="journal_unique_issn_online"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        url: str | None = self.__dict__.get("_url")
        if url is None:
            url = self.__dict__["_url"] = reverse("journals:journal", kwargs={"journal": self.slug})
        return url

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        for field in ("issn_print", "issn_online"):
            value = getattr(self, field)
            if value:
                try:
                    setattr(self, field, normalize_issn(value))
                except ValidationError as error:
                    errors[field] = error
        if not errors and self.issn_print and self.issn_print == self.issn_online:
            errors["issn_online"] = _("Het online-ISSN moet verschillen van het print-ISSN.")
        for field in ("issn_print", "issn_online"):
            value = getattr(self, field)
            if value and field not in errors:
                others = Journal.objects.exclude(pk=self.pk).filter(Q(issn_print=value) | Q(issn_online=value))
                if others.exists():
                    errors[field] = _("ISSN %(value)s hoort al bij een ander tijdschrift.") % {"value": value}
        if self.pk:
            old_slug = Journal.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
            if (
                old_slug
                and old_slug != self.slug
                and Issue.objects.filter(journal_id=self.pk, is_published=True).exists()
            ):
                errors["slug"] = _(
                    "De korte naam kan niet meer worden gewijzigd: er staan nummers online onder deze URL."
                )
        if errors:
            raise ValidationError(errors)

    def get_archive_url(self) -> str:
        url: str | None = self.__dict__.get("_archive_url")
        if url is None:
            url = self.__dict__["_archive_url"] = reverse("journals:archive", kwargs={"journal": self.slug})
        return url

    @property
    def display_name(self) -> str:
        return self.acronym or self.title

    @property
    def free_types(self) -> frozenset[str]:
        """The article types that are free to read in this journal (``free_article_types`` as a set)."""
        return frozenset(value for value in self.free_article_types.split(",") if value)

    def set_free_types(self, types: Any) -> None:
        """Store ``types`` (article type values) in a fixed order, so that equal sets compare equal."""
        wanted = set(types)
        chosen = [str(value) for value, _label in Article.Type.choices if value in wanted]
        self.free_article_types = f",{','.join(chosen)}," if chosen else ""


class SectionQuerySet(PublicationQuerySet["Section"]):
    def of_journal(self, journal: Journal | int) -> SectionQuerySet:
        return self.filter(journal=journal)

    def named(self, name: str) -> SectionQuerySet:
        """Sections called ``name`` in either language, ignoring case."""
        return self.filter(Q(name__iexact=name) | Q(name_en__iexact=name))


class Section(models.Model):
    """A heading of a journal's tables of contents (rubriek), in Dutch and English, in its place in the issue."""

    journal = models.ForeignKey(
        Journal, on_delete=models.CASCADE, related_name="sections", verbose_name=_("tijdschrift")
    )
    name = models.CharField(_("naam"), max_length=100)
    name_en = models.CharField(
        _("naam in het Engels"),
        max_length=100,
        blank=True,
        help_text=_("Leeg: de Engelse pagina's tonen de Nederlandse naam."),
    )
    position = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("De plaats van de rubriek in de inhoudsopgave van een nummer.")
    )

    objects: ClassVar[SectionQuerySet] = SectionQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("rubriek")
        verbose_name_plural = _("rubrieken")
        ordering = ["journal", "position", "name"]
        constraints = [models.UniqueConstraint(fields=["journal", "name"], name="section_unique_name_per_journal")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language: English on English pages when it has one, else Dutch."""
        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name


def section_for(*, journal: Journal, name: str) -> Section | None:
    """The journal's section called ``name`` (Dutch or English, any case), made when it has none; None for ''."""
    name = " ".join(name.split())[:100]
    if not name:
        return None
    found = Section.objects.of_journal(journal).named(name).order_by("pk").first()
    if found is not None:
        return found
    last = Section.objects.of_journal(journal).order_by("-position").values_list("position", flat=True).first()
    return Section.objects.create(journal=journal, name=name, position=(last or 0) + 1)


class EditorialBoardMember(models.Model):
    class Role(models.TextChoices):
        # Values are the Dutch terms, so that what was typed before the list existed maps onto it.
        EDITOR_IN_CHIEF = "hoofdredacteur", _("hoofdredacteur")
        DEPUTY_EDITOR_IN_CHIEF = "adjunct-hoofdredacteur", _("adjunct-hoofdredacteur")
        MANAGING_EDITOR = "redactiesecretaris", _("redactiesecretaris")
        EDITOR = "redacteur", _("redacteur")
        BOARD_MEMBER = "redactielid", _("redactielid")
        COPY_EDITOR = "eindredacteur", _("eindredacteur")
        BOOK_REVIEW_EDITOR = "recensieredacteur", _("recensieredacteur")
        GUEST_EDITOR = "gastredacteur", _("gastredacteur")
        ADVISORY_BOARD = "redactieraad", _("lid redactieraad")
        ADVISORY_BOARD_CHAIR = "voorzitter-redactieraad", _("voorzitter redactieraad")

    journal = models.ForeignKey(Journal, on_delete=models.CASCADE, related_name="board", verbose_name=_("tijdschrift"))
    name = models.CharField(_("naam"), max_length=200)
    role = models.CharField(_("functie"), max_length=100, blank=True, choices=Role.choices)
    role_other = models.CharField(
        _("andere functie"),
        max_length=100,
        blank=True,
        help_text=_("Alleen voor een functie die niet in de lijst staat."),
    )
    role_other_en = models.CharField(
        _("andere functie in het Engels"),
        max_length=100,
        blank=True,
        help_text=_("Leeg: de Engelse pagina's tonen de Nederlandse functie."),
    )
    affiliation = models.CharField(_("instelling"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects: ClassVar[models.Manager[EditorialBoardMember]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("redactielid")
        verbose_name_plural = _("redactie")
        ordering = ["journal", "position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def role_label(self) -> str:
        """The role in the page's language: a role from the list, else the free text (English when given)."""
        if self.role:
            return str(self.get_role_display())
        if self.role_other_en and (get_language() or "").startswith("en"):
            return self.role_other_en
        return self.role_other


def board_role_for(text: str) -> str:
    """The ``Role`` a typed role stands for ('Hoofdredacteur', 'lid redactieraad'), or '' when none does."""
    wanted = " ".join(text.split()).lower()
    for value, label in EditorialBoardMember.Role.choices:
        if wanted in {value, str(label).lower()}:
            return str(value)
    return ""


class IssueQuerySet(PublicationQuerySet["Issue"]):
    def published(self) -> IssueQuerySet:
        return self.filter(is_published=True)

    def due(self, now: datetime.datetime) -> IssueQuerySet:
        """Offline issues whose scheduled time has come."""
        return self.filter(is_published=False, publish_at__isnull=False, publish_at__lte=now)

    def visible_to(self, user: User | AnonymousUser | None) -> IssueQuerySet:
        return self if user_is_staff(user) else self.published()

    def of_journal(self, journal: Journal) -> IssueQuerySet:
        return self.filter(journal=journal)

    def newest_first(self) -> IssueQuerySet:
        return self.order_by("-year", "-volume", "-sort_number", "-number")


_ISSUE_NUMBER = RegexValidator(
    r"^[0-9]{1,3}(-[0-9]{1,3})?$",
    _("Een nummer is een getal, of twee getallen met een streepje voor een dubbelnummer (3-4)."),
)


class Issue(models.Model):
    journal = models.ForeignKey(Journal, on_delete=models.PROTECT, related_name="issues", verbose_name=_("tijdschrift"))
    volume = models.PositiveSmallIntegerField(_("jaargang"))
    number = models.CharField(_("nummer"), max_length=7, validators=[_ISSUE_NUMBER])
    sort_number = models.PositiveSmallIntegerField(_("volgnummer"), editable=False, default=0)
    year = models.PositiveSmallIntegerField(_("jaar"))
    title = models.CharField(_("titel (themanummer)"), max_length=300, blank=True)
    published_on = models.DateField(_("verschijningsdatum"), null=True, blank=True)
    cover = models.ImageField(_("omslag"), upload_to="covers/issues/", blank=True)
    is_published = models.BooleanField(_("online"), default=False)
    #: When the issue goes online by itself (``journals.scheduling``); cleared when it does.
    publish_at = models.DateTimeField(
        _("online vanaf"),
        null=True,
        blank=True,
        help_text=_("Het nummer gaat op dit moment vanzelf online, met zijn conceptartikelen. Leeg: niet gepland."),
    )

    objects: ClassVar[IssueQuerySet] = IssueQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("nummer")
        verbose_name_plural = _("nummers")
        ordering = ["journal", "-year", "-sort_number"]
        constraints = [models.UniqueConstraint(fields=["journal", "year", "number"], name="issue_unique_per_year")]
        indexes = [models.Index(fields=["journal", "is_published", "year"])]

    def __str__(self) -> str:
        label = _("Jaargang %(volume)s, nummer %(number)s (%(year)s)") % {
            "volume": self.volume,
            "number": self.number,
            "year": self.year,
        }
        return f"{self.journal.display_name} – {label}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sort_number = int(re.split(r"\D", self.number or "0")[0] or 0)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        # Reversed once per instance: a table of contents asks for it once per article.
        url: str | None = self.__dict__.get("_url")
        if url is None:
            url = self.__dict__["_url"] = reverse("journals:issue", kwargs=self.url_kwargs())
        return url

    def clean(self) -> None:
        if self.pk:
            old = Issue.objects.filter(pk=self.pk).values("journal_id", "year", "number", "is_published").first()
            moved = old is not None and (old["journal_id"], old["year"], old["number"]) != (
                self.journal_id,
                self.year,
                self.number,
            )
            if old is not None and old["is_published"] and moved:
                raise ValidationError(
                    _(
                        "Tijdschrift, jaar en nummer kunnen niet meer worden gewijzigd: dit nummer staat online onder die URL."
                    )
                )

    def url_kwargs(self) -> dict[str, Any]:
        return {"journal": self.journal.slug, "year": self.year, "number": self.number}

    @property
    def label(self) -> str:
        return str(_("Jaargang %(volume)s, nummer %(number)s") % {"volume": self.volume, "number": self.number})


class Author(models.Model):
    given_names = models.CharField(_("voornamen"), max_length=200)
    surname = models.CharField(
        _("achternaam"), max_length=200, help_text=_("Inclusief tussenvoegsel, bijvoorbeeld 'van der Berg'.")
    )
    orcid = models.CharField(_("ORCID iD"), max_length=19, blank=True, validators=[validate_orcid])
    email = models.EmailField(_("e-mailadres"), blank=True)

    objects: ClassVar[models.Manager[Author]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")
        ordering = ["surname", "given_names"]
        constraints = [models.UniqueConstraint(fields=["orcid"], condition=~Q(orcid=""), name="author_unique_orcid")]

    def __str__(self) -> str:
        return self.full_name

    def clean(self) -> None:
        if self.orcid:
            try:
                self.orcid = normalize_orcid(self.orcid)
            except ValidationError as error:
                raise ValidationError({"orcid": error}) from None

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}".strip()

    @property
    def citation_name(self) -> str:
        """'Nys, K.' style: surname, initials."""
        initials = " ".join(f"{part[0]}." for part in self.given_names.replace("-", " ").split() if part)
        return f"{self.surname}, {initials}" if initials else self.surname

    @property
    def orcid_url(self) -> str:
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""


class ArticleQuerySet(PublicationQuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED, issue__is_published=True)

    def visible_to(self, user: User | AnonymousUser | None) -> ArticleQuerySet:
        return self if user_is_staff(user) else self.published()

    def in_issue(self, issue: Issue) -> ArticleQuerySet:
        return self.filter(issue=issue)

    def with_authors(self) -> ArticleQuerySet:
        return self.prefetch_related(
            Prefetch("contributions", queryset=Contribution.objects.select_related("author").order_by("position"))
        )

    def for_listing(self) -> ArticleQuerySet:
        """What a table of contents needs: the record with its section, not the (long) texts.
        Authors: attach_author_names."""
        return self.select_related("section").defer("body", "body_text", "abstract", "keywords")

    def for_page(self) -> ArticleQuerySet:
        translations: models.QuerySet[ArticleTranslation] = ArticleTranslation.objects.order_by("language")
        references: models.QuerySet[Reference] = Reference.objects.order_by("position")
        return (
            self.select_related("issue__journal__publisher", "section")
            .with_authors()
            .prefetch_related(
                Prefetch("translations", queryset=translations), Prefetch("references", queryset=references)
            )
        )

    def in_reading_order(self) -> ArticleQuerySet:
        return self.order_by("position", "first_page", "pk")

    def in_table_of_contents_order(self) -> ArticleQuerySet:
        """By section (in the sections' order; articles without one first), then in reading order."""
        return self.order_by(F("section__position").asc(nulls_first=True), "section_id", "position", "first_page", "pk")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("concept")
        PUBLISHED = "published", _("gepubliceerd")

    class Access(models.TextChoices):
        SUBSCRIPTION = "subscription", _("abonnement")
        OPEN = "open", _("open access")

    class Type(models.TextChoices):
        # Values follow JATS @article-type so that export later maps one to one.
        RESEARCH = "research-article", _("onderzoeksartikel")
        REVIEW = "review-article", _("overzichtsartikel")
        PRACTICE = "case-report", _("praktijkartikel")
        EDITORIAL = "editorial", _("redactioneel")
        BOOK_REVIEW = "book-review", _("boekbespreking")
        INTERVIEW = "interview", _("interview")
        OTHER = "other", _("overig")

    class License(models.TextChoices):
        ALL_RIGHTS = "", _("alle rechten voorbehouden")
        CC_BY = "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"
        CC_BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/", "CC BY-NC 4.0"
        CC_BY_NC_ND = "https://creativecommons.org/licenses/by-nc-nd/4.0/", "CC BY-NC-ND 4.0"

    issue = models.ForeignKey(Issue, on_delete=models.PROTECT, related_name="articles", verbose_name=_("nummer"))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    section = models.ForeignKey(
        Section,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("rubriek"),
    )
    article_type = models.CharField(_("soort artikel"), max_length=30, choices=Type.choices, default=Type.RESEARCH)
    title = models.CharField(_("titel"), max_length=500)
    subtitle = models.CharField(_("ondertitel"), max_length=500, blank=True)
    slug = models.SlugField(
        _("korte naam"),
        max_length=120,
        help_text=_("Laatste deel van de URL; wijzigt niet meer zodra het artikel online staat."),
    )
    title_html = models.CharField(
        _("titel met opmaak"), max_length=1000, blank=True, editable=False, help_text=_("Uit JATS: cursief, sub, sup.")
    )
    subtitle_html = models.CharField(_("ondertitel (HTML)"), max_length=1000, blank=True, editable=False)
    abstract = models.TextField(_("samenvatting"), blank=True, help_text=_("Openbaar, ook zonder abonnement."))
    #: The abstract as sanitised HTML where it has more than paragraphs (sections of a structured abstract,
    #: inline markup), from an import; cleared when an editor changes the text of ``abstract``.
    abstract_html = models.TextField(_("samenvatting (HTML)"), blank=True, default="", editable=False)
    keywords = models.CharField(_("trefwoorden"), max_length=500, blank=True, help_text=_("Gescheiden door komma's."))
    body = models.TextField(_("volledige tekst (HTML)"), blank=True)
    #: The body as plain text, derived once on save (the search index reads it, never the HTML).
    body_text = models.TextField(_("volledige tekst (platte tekst)"), editable=False, blank=True, default="")
    pdf = models.FileField(
        _("PDF"),
        upload_to=article_pdf_path,
        storage=_private_storage,
        blank=True,
        validators=[FileExtensionValidator(["pdf"]), validate_pdf],
    )
    doi = models.CharField(_("DOI"), max_length=200, blank=True, validators=[validate_doi])
    publisher_id = models.CharField(
        _("kenmerk uitgever"),
        max_length=100,
        blank=True,
        help_text=_("Het eigen kenmerk van het artikel (JATS article-id pub-id-type=publisher-id)."),
    )
    elocation_id = models.CharField(
        _("e-locatie"), max_length=50, blank=True, help_text=_("Artikelnummer in plaats van pagina's.")
    )
    first_page = models.PositiveIntegerField(_("eerste pagina"), null=True, blank=True)
    last_page = models.PositiveIntegerField(_("laatste pagina"), null=True, blank=True)
    published_on = models.DateField(_("publicatiedatum"), null=True, blank=True)
    received_on = models.DateField(_("ontvangen"), null=True, blank=True)
    accepted_on = models.DateField(_("geaccepteerd"), null=True, blank=True)
    #: Other dates of the publication's history, as JATS names them: [{"type": "rev-recd", "date": "2024-05-01"}].
    history = models.JSONField(_("overige datums"), default=list, blank=True)
    language = models.CharField(_("taal"), max_length=5, choices=LANGUAGE_CHOICES, default="nl")
    license = models.CharField(
        _("licentie"),
        max_length=200,
        blank=True,
        default="",
        help_text=_("De URL van de licentie, bijvoorbeeld https://creativecommons.org/licenses/by/4.0/."),
    )
    license_text = models.TextField(_("licentietekst"), blank=True)
    copyright_statement = models.CharField(_("copyrightvermelding"), max_length=500, blank=True)
    copyright_year = models.PositiveSmallIntegerField(_("copyrightjaar"), null=True, blank=True)
    copyright_holder = models.CharField(_("copyrighthouder"), max_length=300, blank=True)
    #: [{"funder": "ZonMw", "funder_id": "https://doi.org/10.13039/501100001826", "awards": ["123"]}].
    funding = models.JSONField(_("financiering"), default=list, blank=True)
    funding_statement = models.TextField(_("financieringsverklaring"), blank=True)
    access = models.CharField(_("toegang"), max_length=20, choices=Access.choices, default=Access.SUBSCRIPTION)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects: ClassVar[ArticleQuerySet] = ArticleQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        ordering = ["issue", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "slug"], name="article_unique_slug_per_issue"),
            # DOIs are case-insensitive: 10.5555/ABC and 10.5555/abc name the same object.
            models.UniqueConstraint(Lower("doi"), condition=~Q(doi=""), name="article_unique_doi_ci"),
        ]
        indexes = [
            models.Index(fields=["issue", "status", "position"]),
            models.Index(fields=["publisher_id"], condition=~Q(publisher_id=""), name="article_publisher_id"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.body = sanitize_html(self.body) if self.body else ""
        self.body_text = html_to_text(self.body)
        # Markup from an import stands only while it says what the plain fields say.
        if self.title_html and html_to_text(self.title_html) != self.title.strip():
            self.title_html = ""
        if self.subtitle_html and html_to_text(self.subtitle_html) != self.subtitle.strip():
            self.subtitle_html = ""
        if self.abstract_html and _squash(html_to_text(self.abstract_html)) != _squash(self.abstract):
            self.abstract_html = ""
        self.title_html = sanitize_html(self.title_html) if self.title_html else ""
        self.subtitle_html = sanitize_html(self.subtitle_html) if self.subtitle_html else ""
        self.abstract_html = sanitize_html(self.abstract_html) if self.abstract_html else ""
        if not self._state.adding or kwargs.get("force_update"):
            super().save(*args, **kwargs)
            return
        # A new article takes a slug that is free in its issue: 'boekbespreking', 'boekbespreking-2', ...
        # Two writers racing for the same slug meet the unique constraint; the loser takes the next one.
        base = self.slug or slugify(self.title)[:120] or "artikel"
        self.slug = unique_slug(base, self.issue_id)
        for attempt in range(20):
            try:
                with transaction.atomic():
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                if not Article.objects.filter(issue_id=self.issue_id, slug=self.slug).exists() or attempt == 19:
                    raise
                self.slug = unique_slug(base, self.issue_id)

    def get_absolute_url(self) -> str:
        # An article's URL is its issue's URL plus its slug (journals/urls.py); a test holds the two together.
        return f"{self.issue.get_absolute_url()}{self.slug}/"

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.doi:
            try:
                self.doi = normalize_doi(self.doi)
            except ValidationError as error:
                errors["doi"] = error
        if self.first_page and self.last_page and self.last_page < self.first_page:
            errors["last_page"] = _("De laatste pagina ligt voor de eerste.")
        if self.section_id is not None and self.issue_id is not None:
            journal_id = Issue.objects.filter(pk=self.issue_id).values_list("journal_id", flat=True).first()
            if self.section is not None and self.section.journal_id != journal_id:
                errors["section"] = _("Kies een rubriek van het tijdschrift van dit nummer.")
        if not self.slug and self.title:
            self.slug = slugify(self.title)[:120]
        if self.pk:
            old = Article.objects.filter(pk=self.pk).values("slug", "issue_id", "status").first()
            if (
                old
                and old["status"] == Article.Status.PUBLISHED
                and (old["slug"] != self.slug or old["issue_id"] != self.issue_id)
            ):
                errors["slug"] = _("De URL kan niet meer worden gewijzigd: het artikel staat online.")
        if errors:
            raise ValidationError(errors)

    def url_kwargs(self) -> dict[str, Any]:
        return {**self.issue.url_kwargs(), "slug": self.slug}

    def get_pdf_url(self) -> str:
        return reverse("journals:article_pdf", kwargs=self.url_kwargs())

    @property
    def journal(self) -> Journal:
        return self.issue.journal

    @property
    def is_published(self) -> bool:
        return self.status == Article.Status.PUBLISHED and self.issue.is_published

    @property
    def is_open_access(self) -> bool:
        """Open access itself, or in an open-access journal (``OPEN_ACCESS`` as a filter)."""
        return self.access == Article.Access.OPEN or self.issue.journal.open_access

    @property
    def is_free_to_read(self) -> bool:
        """Of a type its journal lets everyone read (``FREE_TO_READ`` as a filter), open access or not."""
        return self.article_type in self.issue.journal.free_types

    @property
    def is_readable_by_all(self) -> bool:
        """Anyone may read the full text once it is published: open access or free to read."""
        return self.is_open_access or self.is_free_to_read

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    @property
    def authors(self) -> list[Author]:
        return [contribution.author for contribution in self.contributions.all()]

    @property
    def author_line(self) -> str:
        """'A, B en C' in the reader's language, from attach_author_names or the prefetched contributions."""
        names = self.__dict__.get("author_names")
        if names is None:
            names = [author.full_name for author in self.authors]
        if len(names) < 2:
            return "".join(names)
        return _("%(names)s en %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}

    @property
    def pages(self) -> str:
        if self.first_page and self.last_page and self.last_page != self.first_page:
            return f"{self.first_page}-{self.last_page}"
        return str(self.first_page or "")

    @property
    def pages_label(self) -> str:
        """'p. 12' or, for a range, 'p. 12-20' ('pp.' in English)."""
        pages = self.pages
        if not pages:
            return ""
        if "-" in pages:
            return pgettext("page range", "p. %(pages)s") % {"pages": pages}
        return _("p. %(pages)s") % {"pages": pages}

    @property
    def license_label(self) -> str:
        """'CC BY 4.0' for the licences the site knows, else the URL; '' when all rights are reserved."""
        if not self.license:
            return ""
        return str(dict(Article.License.choices).get(self.license, self.license))

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def apa_citation(self) -> Any:
        from journals.citation import apa

        return apa(self)

    @property
    def publication_date(self) -> datetime.date | None:
        return self.published_on or self.issue.published_on


def _squash(text: str) -> str:
    return " ".join(text.split())


def unique_slug(base: str, issue_id: int, exclude: int | None = None) -> str:
    """``base``, or ``base-2``, ``base-3``, ...: the first that no other article of the issue has."""
    base = base[:120].strip("-") or "artikel"
    # A suffix shortens a long base, so look at everything that shares its first 100 characters.
    others = Article.objects.filter(issue_id=issue_id, slug__startswith=base[:100]).order_by()
    if exclude is not None:
        others = others.exclude(pk=exclude)
    taken = set(others.values_list("slug", flat=True))
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = f"{base[: 120 - len(suffix)]}{suffix}"
        if candidate not in taken:
            return candidate
        number += 1


#: ``Article.is_open_access`` as a queryset filter.
OPEN_ACCESS = Q(access=Article.Access.OPEN) | Q(issue__journal__open_access=True)

#: ``Article.is_free_to_read`` as a queryset filter: the article's type is one of its journal's free types
#: (",editorial,book-review," holds ",editorial,"). It uses the join OPEN_ACCESS uses and no subquery.
FREE_TO_READ = Q(
    issue__journal__free_article_types__contains=Concat(models.Value(","), "article_type", models.Value(","))
)

#: ``Article.is_readable_by_all`` as a queryset filter.
READABLE_BY_ALL = OPEN_ACCESS | FREE_TO_READ


class Contribution(models.Model):
    """An author's place on one article: order, affiliation at the time, corresponding or not."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="contributions", verbose_name=_("artikel")
    )
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="contributions", verbose_name=_("auteur"))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    affiliation = models.TextField(
        _("instelling"), blank=True, help_text=_("Eén instelling per regel, in de volgorde van het artikel.")
    )
    is_corresponding = models.BooleanField(_("correspondentieauteur"), default=False)

    objects: ClassVar[models.Manager[Contribution]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("auteurschap")
        verbose_name_plural = _("auteurs")
        ordering = ["article", "position"]
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="contribution_unique_author")]

    def __str__(self) -> str:
        return f"{self.author} – {self.article}"

    @property
    def affiliations(self) -> list[str]:
        return [line.strip() for line in self.affiliation.splitlines() if line.strip()]


class ArticleTranslation(models.Model):
    """The title, abstract and keywords of an article in another language (JATS trans-title, trans-abstract)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="translations", verbose_name=_("artikel")
    )
    language = models.CharField(_("taal"), max_length=5, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("titel"), max_length=500, blank=True)
    subtitle = models.CharField(_("ondertitel"), max_length=500, blank=True)
    abstract = models.TextField(_("samenvatting"), blank=True)
    keywords = models.CharField(_("trefwoorden"), max_length=500, blank=True, help_text=_("Gescheiden door komma's."))

    objects: ClassVar[models.Manager[ArticleTranslation]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("vertaling")
        verbose_name_plural = _("vertalingen")
        ordering = ["article_id", "language"]
        constraints = [models.UniqueConstraint(fields=["article", "language"], name="translation_unique_language")]

    def __str__(self) -> str:
        return f"{self.article} ({self.language})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.abstract = sanitize_html(self.abstract) if self.abstract else ""
        super().save(*args, **kwargs)

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]


class Reference(models.Model):
    """One entry of an article's reference list, in order; public like the record."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="references", verbose_name=_("artikel"))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    xml_id = models.CharField(
        _("anker"), max_length=100, blank=True, help_text=_("Het id van de bron in JATS (ref id).")
    )
    label = models.CharField(_("label"), max_length=20, blank=True)
    #: The citation as it is printed, sanitised inline HTML (italics, links).
    citation = models.TextField(_("bronvermelding"))
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    #: Cited from the body (the renderer found an xref to it): the entry links back to the first citation.
    is_cited = models.BooleanField(_("in de tekst aangehaald"), default=False, editable=False)

    objects: ClassVar[models.Manager[Reference]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("literatuur")
        ordering = ["article_id", "position"]

    def __str__(self) -> str:
        return html_to_text(self.citation)[:80]

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.citation = sanitize_html(self.citation)
        super().save(*args, **kwargs)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


def article_file_path(instance: ArticleFile, filename: str) -> str:
    """Figures and supplements are filed beside the article's PDF, under its primary key (never guessed)."""
    return f"files/{instance.article_id}/{instance.name}"


class ArticleFile(models.Model):
    """A figure, table image or supplementary file of an article: served only through the access decision."""

    class Kind(models.TextChoices):
        FIGURE = "figure", _("figuur")
        SUPPLEMENT = "supplement", _("aanvullend materiaal")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="files", verbose_name=_("artikel"))
    #: The file's name as the article's XML refers to it (xlink:href), unique within the article.
    name = models.CharField(_("naam"), max_length=200, validators=[validate_file_name])
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.FIGURE)
    file = models.FileField(_("bestand"), upload_to=article_file_path, storage=_private_storage, max_length=300)
    content_type = models.CharField(_("mediatype"), max_length=100)
    label = models.CharField(_("label"), max_length=100, blank=True)
    caption = models.TextField(_("bijschrift"), blank=True)
    sha256 = models.CharField(_("SHA-256-controlesom"), max_length=64, editable=False, blank=True)

    objects: ClassVar[models.Manager[ArticleFile]] = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("bestand")
        verbose_name_plural = _("bestanden")
        ordering = ["article_id", "kind", "name"]
        constraints = [models.UniqueConstraint(fields=["article", "name"], name="articlefile_unique_name")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("journals:article_file", kwargs={**self.article.url_kwargs(), "name": self.name})


def attach_author_names(articles: list[Article]) -> list[Article]:
    """Each article's author names in order (for author_line), from one query and no model instance per author."""
    names: dict[int, list[str]] = {}
    rows = (
        Contribution.objects.filter(article__in=[article.pk for article in articles])
        .order_by("article_id", "position")
        .values_list("article_id", "author__given_names", "author__surname")
    )
    for article_id, given_names, surname in rows:
        names.setdefault(article_id, []).append(f"{given_names} {surname}".strip())
    for article in articles:
        article.__dict__["author_names"] = names.get(article.pk, [])
    return articles
