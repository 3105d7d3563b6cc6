"""Write the demo plan to the database: idempotent, in one transaction, PDFs only where missing or changed.

The articles go in through the JATS importer, as a production house's packages would: each
article of the plan becomes a JATS 1.4 document (``journals.demo.jats``) with its PDF beside it,
and ``jats.importer.import_units`` reads, checks and stores them all at once. A re-run gives the
importer the same documents, which it calls unchanged and leaves alone. A PDF is rendered only when
the stored one is missing or was made from other text: each PDF carries a fingerprint of what it
shows (``pdf_fingerprint``), and a package without a PDF leaves the stored one in place. What the
importer does not carry (an article held back as a draft, its position and slug in the issue, its
access) is set from the plan afterwards, again only where it differs.

Every other row is found by its natural key (slugs, e-mail addresses, (journal, year, number), an
institution's name, (holder, journal) for a subscription, a code) and only saved when a value
differs, so a second run changes nothing, except the dates of subscriptions and the code batch,
which follow today's date. The demo's own rows are brought back to the plan: a demo user's or demo
institution's subscriptions, ranges and administrators beyond it are deleted, and the demo codes are
made unused again. Last, the usage of the year before today is generated afresh and counted
(``usage.demo``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils import timezone

from access.codes import format_code
from access.ipranges import parse_range
from access.models import ActivationCode, CodeBatch, Institution, InstitutionMember, IPRange, Subscription
from accounts.models import User
from jats.importer import import_units
from journals.colours import DEFAULT_ACCENT
from journals.demo import content
from journals.demo.content import DemoUser, JournalSpec
from journals.demo.jats import article_xml
from journals.demo.pdf import fingerprint_of, render_pdf
from journals.demo.plan import (
    FREE_TYPES,
    SECTIONS,
    AccessPlan,
    ArticlePlan,
    CodeBatchPlan,
    InstitutionPlan,
    IssuePlan,
    JournalPlan,
    SubscriptionPlan,
    build_access_plan,
    pdf_document,
    shared_plan,
)
from journals.models import Article, EditorialBoardMember, Issue, Journal, Publisher, Section, board_role_for
from sales.models import Plan as SalesPlan
from usage.demo import DAYS as USAGE_DAYS
from usage.demo import demo_usage_load

#: ``--small`` loads only this issue of each journal (it holds the seed article in Ouderschapskennis).
SMALL_ISSUES = frozenset({(content.SEED_YEAR, content.SEED_NUMBER)})
#: ... and only the last six weeks of usage (counting a day has a fixed cost; a year takes seconds).
SMALL_USAGE_DAYS = 42

Report = Callable[[str], object]

#: Each demo journal's accent (4.5:1 or more against white, as journals.colours.validate_accent asks).
DEMO_ACCENTS = {
    "wta": "#1f4e8c",
    "ouderschapskennis": "#9a3b26",
    "waardenwerk": "#5b3a7a",
    "participatie-en-herstel": "#0f5e63",
}


class DemoImportError(Exception):
    """The importer refused the demo's own packages: a bug in the demo (the message lists the problems)."""


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass
class JournalSummary:
    name: str
    issues: int = 0
    draft_issues: int = 0
    articles: int = 0
    draft_articles: int = 0
    pdfs_made: int = 0

    def line(self) -> str:
        issues = _count(self.issues, "nummer", "nummers")
        if self.draft_issues:
            issues += f" ({self.draft_issues} in voorbereiding)"
        articles = _count(self.articles, "artikel", "artikelen")
        if self.draft_articles:
            articles += f" ({self.draft_articles} concept)"
        pdfs = _count(self.pdfs_made, "nieuwe PDF", "nieuwe PDF's")
        return f"{self.name}: {issues}, {articles}, {pdfs}"


#: (name, English name, months, price in cents including VAT, reduced) of every demo journal's plans.
DEMO_SALES_PLANS = [
    ("Jaarabonnement", "Annual subscription", 12, 8900, False),
    ("Kwartaalabonnement", "Quarterly subscription", 3, 2500, False),
    ("Studentenabonnement", "Student subscription", 12, 4500, True),
]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


@dataclass
class LoadResult:
    journals: list[JournalSummary] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    #: Usage events of the demo year (``usage.demo``), generated afresh on every run.
    usage_events: int = 0

    @property
    def changes(self) -> int:
        """Rows created, updated or deleted (0 on a re-run the same day)."""
        return sum(t.created + t.updated + t.deleted for t in self.tallies.values())

    @property
    def pdfs_made(self) -> int:
        return sum(journal.pdfs_made for journal in self.journals)


def _has_updated_at(model: type[models.Model]) -> bool:
    return any(f.name == "updated_at" for f in model._meta.concrete_fields)


def _free_article_types() -> str:
    """The demo's free-to-read types as ``Journal.free_article_types`` stores them."""
    journal = Journal()
    journal.set_free_types(FREE_TYPES)
    return journal.free_article_types


def upsert[M: models.Model](
    model: type[M], lookup: Mapping[str, Any], values: Mapping[str, Any], result: LoadResult
) -> M:
    """The row with ``lookup``, created or brought up to date with ``values``; saved only if something differs."""
    tally = result.tallies[model.__name__]
    obj = model._default_manager.filter(**lookup).order_by("pk").first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        tally.created += 1
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed + (["updated_at"] if _has_updated_at(model) else []))
        tally.updated += 1
    else:
        tally.unchanged += 1
    return obj


@dataclass
class _Placed:
    """An article of the plan on its way through the importer."""

    journal: Journal
    issue: Issue
    plan: ArticlePlan
    publisher_id: str


class _Loader:
    def __init__(self, *, small: bool, report: Report) -> None:
        self.small = small
        self.report = report
        self.result = LoadResult()
        self.units: list[tuple[str, bytes, dict[str, bytes]]] = []
        self.placed: list[_Placed] = []

    def run(self) -> LoadResult:
        publisher = self.publisher()
        journals = {}
        for journal_plan in shared_plan():
            journals[journal_plan.spec.slug] = self.journal(journal_plan, publisher)
        self.import_articles()
        self.sales_plans(journals)
        for summary in self.result.journals:
            self.report(summary.line())
        today = timezone.localdate()
        plan = build_access_plan(today)
        users = self.users(journals, plan)
        for institution_plan in plan.institutions:
            self.institution(institution_plan, journals, users)
        codes = self.code_batch(plan.code_batch, journals)
        self.report_access(plan, journals, codes)
        # Last, once everyone who reads is there: a year of usage, replaced (not tallied) on every run.
        days = SMALL_USAGE_DAYS if self.small else USAGE_DAYS
        self.result.usage_events = demo_usage_load(today=today, days=days, report=self.report)
        return self.result

    # -- publication record ----------------------------------------------------------------

    def sales_plans(self, journals: Mapping[str, Journal]) -> None:
        """What a reader can buy online for each journal (the paywall offers it; paying needs MOLLIE_API_KEY)."""
        for journal in journals.values():
            for position, (name, name_en, months, cents, reduced) in enumerate(DEMO_SALES_PLANS):
                upsert(
                    SalesPlan,
                    {"journal": journal, "name": name},
                    {
                        "name_en": name_en,
                        "period_months": months,
                        "price_cents": cents,
                        "is_reduced": reduced,
                        "renews": True,
                        "is_active": True,
                        "position": position,
                    },
                    self.result,
                )

    def publisher(self) -> Publisher:
        return upsert(
            Publisher,
            {"slug": content.PUBLISHER_SLUG},
            {
                "name": content.PUBLISHER_NAME,
                "tagline": content.PUBLISHER_TAGLINE,
                "description": content.PUBLISHER_DESCRIPTION,
                "website": content.PUBLISHER_WEBSITE,
                "email": content.PUBLISHER_EMAIL,
            },
            self.result,
        )

    def journal(self, plan: JournalPlan, publisher: Publisher) -> Journal:
        spec = plan.spec
        journal = upsert(
            Journal,
            {"slug": spec.slug},
            {
                "publisher_id": publisher.pk,
                "title": spec.title,
                "acronym": spec.acronym,
                "description": spec.description,
                "aims_scope": spec.aims_scope,
                "issn_print": spec.issn_print,
                "issn_online": spec.issn_online,
                "website": spec.website,
                "language": "nl",
                "open_access": spec.open_access,
                "free_article_types": _free_article_types(),
                "is_active": True,
                "position": spec.position,
                "accent_color": DEMO_ACCENTS.get(spec.slug, DEFAULT_ACCENT),
            },
            self.result,
        )
        self.board(journal, spec)
        self.sections(journal)
        summary = JournalSummary(spec.acronym or spec.title)
        self.adopt(journal, spec, plan)
        stored_pdfs = dict(
            Article.objects.filter(issue__journal=journal).exclude(publisher_id="").values_list("publisher_id", "pdf")
        )
        for issue_plan in plan.issues:
            if self.small and (issue_plan.year, issue_plan.number) not in SMALL_ISSUES:
                continue
            self.issue(journal, spec, issue_plan, summary, stored_pdfs)
        self.result.journals.append(summary)
        return journal

    def adopt(self, journal: Journal, spec: JournalSpec, plan: JournalPlan) -> None:
        """Give the demo articles of an earlier loader (found by issue and slug) their publisher id.

        The importer finds an article by DOI or publisher id; a draft of the plan has no DOI, so
        without its id a database filled before the demo went through the importer would get it twice.
        """
        orphans = {
            (year, number, slug): pk
            for pk, year, number, slug in Article.objects.filter(issue__journal=journal, publisher_id="").values_list(
                "pk", "issue__year", "issue__number", "slug"
            )
        }
        if not orphans:
            return
        for issue in plan.issues:
            for article in issue.articles:
                pk = orphans.get((issue.year, issue.number, article.slug))
                if pk is not None:
                    publisher_id = _publisher_id(spec, issue, article)
                    Article.objects.filter(pk=pk).update(publisher_id=publisher_id)
                    self.result.tallies["Article"].updated += 1

    def sections(self, journal: Journal) -> None:
        """The journal's sections with their English names, before the importer files articles under them."""
        for position, (name, name_en) in enumerate(SECTIONS, start=1):
            upsert(Section, {"journal": journal, "name": name}, {"name_en": name_en, "position": position}, self.result)

    def board(self, journal: Journal, spec: JournalSpec) -> None:
        names = []
        for position, seat in enumerate(spec.board, start=1):
            names.append(seat.person.full_name)
            upsert(
                EditorialBoardMember,
                {"journal": journal, "name": seat.person.full_name},
                {
                    "role": board_role_for(seat.role),
                    "role_other": "" if board_role_for(seat.role) else seat.role,
                    "affiliation": seat.person.affiliation,
                    "position": position,
                },
                self.result,
            )
        deleted, _ = EditorialBoardMember.objects.filter(journal=journal).exclude(name__in=names).delete()
        self.result.tallies["EditorialBoardMember"].deleted += deleted

    def issue(
        self,
        journal: Journal,
        spec: JournalSpec,
        plan: IssuePlan,
        summary: JournalSummary,
        stored_pdfs: Mapping[str, str],
    ) -> None:
        """The issue's row, and a JATS package for each of its articles (with a PDF where one is due)."""
        issue = upsert(
            Issue,
            {"journal": journal, "year": plan.year, "number": plan.number},
            {
                "volume": plan.volume,
                "title": plan.title,
                "published_on": plan.published_on,
                "is_published": plan.is_published,
            },
            self.result,
        )
        issue.journal = journal
        summary.issues += 1
        summary.draft_issues += not plan.is_published
        for article in plan.articles:
            publisher_id = _publisher_id(spec, plan, article)
            summary.articles += 1
            summary.draft_articles += not article.is_published
            name = f"{spec.slug}-{plan.year}-{plan.number}-{article.slug}.pdf"
            files: dict[str, bytes] = {}
            if article.is_published:
                document = pdf_document(article, spec, plan)
                fingerprint = fingerprint_of(document)
                if not _pdf_is_current(stored_pdfs.get(publisher_id, ""), fingerprint):
                    files[name] = render_pdf(document, fingerprint=fingerprint)
                    summary.pdfs_made += 1
            xml = article_xml(
                article, spec, plan, publisher_id=publisher_id, pdf_name=name if article.is_published else ""
            )
            self.units.append((f"{spec.slug}/{plan.year}-{plan.number}/{article.slug}.xml", xml, files))
            self.placed.append(_Placed(journal, issue, article, publisher_id))

    def import_articles(self) -> None:
        """All packages through the importer at once, then what the plan says beyond the JATS record."""
        summary = import_units(self.units)
        if not summary.ok:
            raise DemoImportError(str(summary))
        tally = self.result.tallies["Article"]
        tally.created += summary.created
        tally.updated += summary.updated
        tally.unchanged += summary.unchanged
        created = {result.article_id for result in summary.files if result.status == "created"}
        rows = {
            (article.issue.journal_id, article.publisher_id): article
            for article in Article.objects.filter(
                publisher_id__in=[placed.publisher_id for placed in self.placed]
            ).select_related("issue")
        }
        for placed in self.placed:
            article = rows[(placed.journal.pk, placed.publisher_id)]
            plan = placed.plan
            wanted = {"status": plan.status, "position": plan.position, "access": plan.access, "slug": plan.slug}
            if Article.objects.filter(issue_id=article.issue_id, slug=plan.slug).exclude(pk=article.pk).exists():
                del wanted["slug"]  # taken by an article added by hand: the importer's free slug stays
            changed = [name for name, value in wanted.items() if getattr(article, name) != value]
            if not changed:
                continue
            for name in changed:
                setattr(article, name, wanted[name])
            article.save(update_fields=[*changed, "updated_at"])
            if article.pk not in created:
                tally.updated += 1

    # -- people ----------------------------------------------------------------------------

    def users(self, journals: Mapping[str, Journal], plan: AccessPlan) -> dict[str, User]:
        editors = Group.objects.filter(name=settings.EDITORS_GROUP).first()
        users = {}
        for demo in plan.all_users:
            user = self.user(demo)
            users[demo.email] = user
            if demo.role == "editor" and editors is not None:
                user.groups.add(editors)
            wanted = plan.user_subscriptions.get(demo.email, ())
            for subscription in wanted:
                self.subscription({"user": user, "journal": journals[subscription.journal]}, subscription)
            stale = Subscription.objects.filter(user=user).exclude(journal__slug__in=[s.journal for s in wanted])
            deleted, _ = stale.delete()
            self.result.tallies["Subscription"].deleted += deleted
        return users

    def subscription(self, holder: Mapping[str, Any], plan: SubscriptionPlan) -> Subscription:
        """``holder`` is the natural key: {"user": ..., "journal": ...} or {"institution": ..., "journal": ...}."""
        return upsert(
            Subscription,
            holder,
            {
                "starts_on": plan.starts_on,
                "ends_on": plan.ends_on,
                "source": plan.source,
                "perpetual_access": plan.perpetual_access,
                "note": plan.note,
            },
            self.result,
        )

    def user(self, demo: DemoUser) -> User:
        tally = self.result.tallies["User"]
        flags = {
            "name": demo.name,
            "is_active": True,
            "is_staff": demo.role in {"editor", "admin"},
            "is_superuser": demo.role == "admin",
        }
        user = User.objects.filter(email=demo.email).first()
        if user is None:
            user = User.objects.create_user(email=demo.email, password=demo.password, **flags)
            tally.created += 1
        else:
            changed = [name for name, value in flags.items() if getattr(user, name) != value]
            for name in changed:
                setattr(user, name, flags[name])
            if not user.check_password(demo.password):
                user.set_password(demo.password)
                changed.append("password")
            if changed:
                user.save(update_fields=changed)
                tally.updated += 1
            else:
                tally.unchanged += 1
        upsert(EmailAddress, {"user": user, "email": demo.email}, {"verified": True, "primary": True}, self.result)
        EmailAddress.objects.filter(user=user, primary=True).exclude(email=demo.email).update(primary=False)
        return user

    # -- institutions and activation codes -------------------------------------------------

    def institution(self, plan: InstitutionPlan, journals: Mapping[str, Journal], users: Mapping[str, User]) -> None:
        """The institution with exactly the plan's ranges, subscriptions and administrators."""
        institution = upsert(
            Institution,
            {"name": plan.name},
            {"contact_emails": "\n".join(plan.contact_emails), "ror": "", "is_active": True},
            self.result,
        )
        kept = [pk for text in plan.ranges if (pk := self.ip_range(institution, text)) is not None]
        deleted, _ = IPRange.objects.filter(institution=institution).exclude(pk__in=kept).delete()
        self.result.tallies["IPRange"].deleted += deleted

        for subscription in plan.subscriptions:
            self.subscription({"institution": institution, "journal": journals[subscription.journal]}, subscription)
        stale = Subscription.objects.filter(institution=institution).exclude(
            journal__slug__in=[s.journal for s in plan.subscriptions]
        )
        deleted, _ = stale.delete()
        self.result.tallies["Subscription"].deleted += deleted

        admins = [users[email] for email in plan.admins]
        for user in admins:
            upsert(InstitutionMember, {"institution": institution, "user": user}, {"is_admin": True}, self.result)
        deleted, _ = InstitutionMember.objects.filter(institution=institution).exclude(user__in=admins).delete()
        self.result.tallies["InstitutionMember"].deleted += deleted

    def ip_range(self, institution: Institution, text: str) -> int | None:
        """The range's pk, saved if missing; None (and a warning) if it overlaps a range added by hand.

        Not ``full_clean``: the demo's ranges are documentation ranges, which ``IPRange.clean`` refuses
        unless ``INSTITUTION_SPECIAL_RANGES_ALLOWED``; the format and overlap checks are made here instead.
        """
        tally = self.result.tallies["IPRange"]
        span = parse_range(text)
        existing = IPRange.objects.filter(institution=institution, first=span.first_key, last=span.last_key).first()
        if existing is not None and existing.text == span.text:
            tally.unchanged += 1
            return existing.pk
        ip_range = existing or IPRange(institution=institution, note="Demo: documentatiebereik")
        ip_range.set_span(span)
        clash = ip_range.overlapping().first()
        if clash is not None:
            self.report(
                f"Let op: {span.text} van {institution.name} overlapt met {clash.text} van "
                f"{clash.institution.name} en is niet toegevoegd."
            )
            return None
        ip_range.save()
        if existing is None:
            tally.created += 1
        else:
            tally.updated += 1
        return ip_range.pk

    def code_batch(self, plan: CodeBatchPlan, journals: Mapping[str, Journal]) -> list[ActivationCode]:
        """The batch with exactly the plan's codes, all unused again (a re-run undoes a demo redemption)."""
        batch = upsert(
            CodeBatch,
            {"journal": journals[plan.journal], "label": plan.label},
            {"starts_on": plan.starts_on, "ends_on": plan.ends_on},
            self.result,
        )
        unused = {"batch_id": batch.pk, "redeemed_at": None, "redeemed_by_id": None, "subscription_id": None}
        codes = [upsert(ActivationCode, {"code": code}, unused, self.result) for code in plan.codes]
        deleted, _ = ActivationCode.objects.filter(batch=batch).exclude(code__in=plan.codes).delete()
        self.result.tallies["ActivationCode"].deleted += deleted
        return codes

    def report_access(self, plan: AccessPlan, journals: Mapping[str, Journal], codes: list[ActivationCode]) -> None:
        self.report("Toegang via een instelling (probeer met X-Forwarded-For, zie README.md):")
        for institution in plan.institutions:
            names = "; ".join(_describe(s, journals[s.journal]) for s in institution.subscriptions)
            self.report(f"  {institution.sample_address:<15} {institution.name}: {names}")
        self.report("Extra demo-logins (naast de lijst hieronder):")
        for user in plan.users:
            self.report(f"  {user.email:<28} {user.password:<20} {user.description}")
        self.report(f"Activeringscodes voor {plan.code_batch.label}, in te wisselen op /account/code/:")
        for code in codes:
            self.report(f"  {format_code(code.code)}")


def _describe(subscription: SubscriptionPlan, journal: Journal) -> str:
    """'WTA', 'Waardenwerk 2025, blijvende toegang', 'Participatie en Herstel, proef t/m 30-12-2026'."""
    name = journal.acronym or journal.title
    if subscription.source == Subscription.Source.TRIAL:
        return f"{name}, proef t/m {subscription.ends_on:%d-%m-%Y}"
    if subscription.perpetual_access:
        return f"{name} {subscription.starts_on.year}, blijvende toegang"
    return name


def _publisher_id(spec: JournalSpec, issue: IssuePlan, article: ArticlePlan) -> str:
    """The article's own id in its JATS (``article-id pub-id-type="publisher-id"``): wta-2024-3-2."""
    return f"{spec.doi_code}-{issue.year}-{issue.number}-{article.position}"


def _pdf_is_current(name: str, fingerprint: str) -> bool:
    """Whether the stored PDF ``name`` exists and was made from the text ``fingerprint`` stands for."""
    if not name:
        return False
    storage = Article._meta.get_field("pdf").storage
    try:
        with storage.open(name, "rb") as handle:
            data: bytes = handle.read()
    except OSError:
        return False
    return fingerprint.encode() in data


def load(*, small: bool = False, report: Report = lambda line: None) -> LoadResult:
    """Load the demo data (``small``: one issue per journal) in one transaction; ``report`` gets progress lines."""
    with transaction.atomic():
        return _Loader(small=small, report=report).run()
