"""The demo data: it loads, loads again without changing a row, and shows what the README promises."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import date, timedelta
from io import StringIO
from itertools import pairwise
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation
from lxml import etree

from access.codes import format_code
from access.models import ActivationCode, CodeBatch, Institution, InstitutionMember, IPRange, Subscription
from accounts.models import User
from journals.demo import content
from journals.demo import load as demo_load
from journals.demo.blocks import Cite, h2, inline_text, p, quote
from journals.demo.jats import article_xml
from journals.demo.load import load
from journals.demo.overlap import measure, plan_texts, sentences
from journals.demo.pdf import PdfArticle, page_count, render_pdf, to_latin1
from journals.demo.plan import LIBRARIAN, TRIAL_USER, build_plan, demo_codes, pdf_document
from journals.identifiers import normalize_doi, normalize_issn, normalize_orcid
from journals.models import (
    READABLE_BY_ALL,
    Article,
    Author,
    Contribution,
    EditorialBoardMember,
    Issue,
    Journal,
    Publisher,
    Reference,
)
from tests import factories

SEED_URL = "/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief/"
ABSTRACT_FRAGMENT = "centrum voor opvoedingsondersteuning in Sint-Niklaas"
PASSWORDS = {user.email: user.password for user in (*content.DEMO_USERS, TRIAL_USER, LIBRARIAN)}


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _load_small() -> str:
    out = StringIO()
    call_command("load_demo", "--small", "--force", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db: None) -> str:
    return _load_small()


def test_load_demo_runs_and_reports_per_journal(demo: str) -> None:
    assert "WTA: 1 nummer, " in demo
    assert "Ouderschapskennis: 1 nummer, " in demo
    assert "abonnee@example.org" in demo
    assert Publisher.objects.count() == 1
    assert set(Journal.objects.values_list("slug", flat=True)) == {spec.slug for spec in content.JOURNALS}
    assert Issue.objects.count() == len(content.JOURNALS)


def test_running_again_changes_no_rows(demo: str) -> None:
    before = _row_counts()
    pdf_names = sorted(Article.objects.exclude(pdf="").values_list("pdf", flat=True))

    result = load(small=True)

    assert _row_counts() == before
    assert result.changes == 0
    assert result.pdfs_made == 0
    assert sorted(Article.objects.exclude(pdf="").values_list("pdf", flat=True)) == pdf_names


def test_running_again_resets_demo_passwords_and_restores_missing_pdfs(demo: str) -> None:
    user = User.objects.get(email="abonnee@example.org")
    user.set_password("iets-heel-anders")
    user.save()
    article = Article.objects.get(slug=content.SEED_SLUG)
    assert article.pdf.name
    article.pdf.storage.delete(article.pdf.name)

    result = load(small=True)

    assert User.objects.get(email="abonnee@example.org").check_password("leeszaal-abonnee")
    assert result.pdfs_made == 1
    article.refresh_from_db()
    with article.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_seed_article_shows_abstract_but_not_body_to_anonymous_readers(client: Client, demo: str) -> None:
    response = client.get(SEED_URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert content.SEED_TITLE in page
    assert ABSTRACT_FRAGMENT in page
    assert "Kristien Nys" in page
    assert content.SEED_BODY_MARKER not in page


def test_subscriber_logs_in_and_reads_body_and_pdf(client: Client, demo: str) -> None:
    assert client.login(email="abonnee@example.org", password=PASSWORDS["abonnee@example.org"])

    response = client.get(SEED_URL)

    assert response.status_code == 200
    assert content.SEED_BODY_MARKER in response.content.decode()
    pdf = client.get(SEED_URL + "pdf/")
    assert pdf.status_code == 200
    assert pdf.getvalue().startswith(b"%PDF-")
    user = User.objects.get(email="abonnee@example.org")
    current = Subscription.objects.of_user(user.pk).covering()
    assert sorted(current.values_list("journal__slug", flat=True)) == sorted(content.SUBSCRIBER_CURRENT)
    assert list(Subscription.objects.of_user(user.pk).ended().values_list("journal__slug", flat=True)) == [
        "waardenwerk"
    ]


def test_reader_logs_in_but_reads_no_body(client: Client, demo: str) -> None:
    assert client.login(email="lezer@example.org", password=PASSWORDS["lezer@example.org"])
    page = client.get(SEED_URL).content.decode()
    assert ABSTRACT_FRAGMENT in page
    assert content.SEED_BODY_MARKER not in page
    assert not Subscription.objects.filter(user__email="lezer@example.org").exists()


def test_staff_accounts(client: Client, demo: str) -> None:
    editor = User.objects.get(email="redacteur@example.org")
    admin = User.objects.get(email="beheer@example.org")
    assert editor.is_staff and not editor.is_superuser
    assert admin.is_staff and admin.is_superuser
    if Group.objects.filter(name=settings.EDITORS_GROUP).exists():
        assert editor.groups.filter(name=settings.EDITORS_GROUP).exists()
    for email, password in PASSWORDS.items():
        assert len(password) >= 10
        assert EmailAddress.objects.filter(email=email, verified=True, primary=True).exists()
        assert Client().login(email=email, password=password), email


def test_every_published_article_has_a_pdf(demo: str) -> None:
    published = Article.objects.published()
    assert published.exists()
    for article in published:
        assert article.pdf, article
        with article.pdf.open("rb") as handle:
            assert handle.read(5) == b"%PDF-", article


def test_demo_rows_pass_model_validation(demo: str, settings) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True  # the demo's networks are documentation ranges, as with DEBUG=1
    models = (Publisher, Journal, EditorialBoardMember, Issue, Article, Author, Contribution, Subscription)
    for model in (*models, Institution, IPRange, InstitutionMember, CodeBatch, ActivationCode):
        for obj in model._default_manager.all():
            obj.full_clean()
    assert Article.objects.filter(access=Article.Access.OPEN).exists()


# --- access: campuses, perpetual access, trials, the librarian, activation codes -----------


def _subscription_article(journal_slug: str) -> Article:
    """A published subscription article of the journal's (only, with --small) demo issue, not free to read."""
    article = (
        Article.objects.published()
        .filter(issue__journal__slug=journal_slug, access=Article.Access.SUBSCRIPTION)
        .exclude(READABLE_BY_ALL)
        .select_related("issue__journal")
        .order_by("position")
        .first()
    )
    assert article is not None
    return article


def _page(client: Client, article: Article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("address", ["192.0.2.10", "2001:db8:1::10"])
def test_on_the_campus_of_hogeschool_rijnland_the_seed_article_is_open(demo: str, address: str) -> None:
    response = Client(REMOTE_ADDR=address).get(SEED_URL)

    page = response.content.decode()
    assert content.SEED_BODY_MARKER in page
    assert "Toegang via Hogeschool Rijnland" in page
    assert "private" in response["Cache-Control"]
    assert content.SEED_BODY_MARKER not in Client(REMOTE_ADDR="192.0.3.10").get(SEED_URL).content.decode()


def test_behind_the_demo_proxy_the_forwarded_address_counts(demo: str, settings) -> None:
    """What `make demo` does (TRUSTED_PROXIES=127.0.0.1,::1) and the README's curl tries."""
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]

    page = Client().get(SEED_URL, HTTP_X_FORWARDED_FOR="192.0.2.10").content.decode()

    assert content.SEED_BODY_MARKER in page
    assert "Toegang via Hogeschool Rijnland" in page


def test_zorggroep_oostland_keeps_last_years_waardenwerk_but_not_this_years(demo: str) -> None:
    today = timezone.localdate()
    journal = Journal.objects.get(slug="waardenwerk")
    last_year = factories.make_issue(journal, year=today.year - 1, number="1", published_on=date(today.year - 1, 3, 1))
    this_year = factories.make_issue(journal, year=today.year, number="2", published_on=date(today.year, 1, 1))
    old = factories.make_article(last_year)
    new = factories.make_article(this_year)
    oostland = Client(REMOTE_ADDR="198.51.100.10")

    page = _page(oostland, old)
    assert old.body in page
    assert "Toegang via Zorggroep Oostland (blijvende toegang)." in page
    assert new.body not in _page(oostland, new)
    assert not Subscription.objects.filter(institution__name="Zorggroep Oostland").covering().exists()


def test_every_demo_journal_lets_everyone_read_its_editorials_and_book_reviews(demo: str) -> None:
    for journal in Journal.objects.all():
        assert journal.free_types == {Article.Type.EDITORIAL, Article.Type.BOOK_REVIEW}, journal
        with translation.override("en"):
            assert [str(section) for section in journal.sections.all()] == [
                "Editorial",
                "Articles",
                "Practice",
                "Book reviews",
            ]
        editorial = (
            Article.objects.published()
            .filter(issue__journal=journal, article_type=Article.Type.EDITORIAL, access=Article.Access.SUBSCRIPTION)
            .select_related("issue__journal")
            .first()
        )
        assert editorial is not None and editorial.section is not None and editorial.section.name == "Redactioneel"
        page = _page(Client(), editorial)
        assert editorial.body in page and 'class="paywall"' not in page
    roles = set(EditorialBoardMember.objects.values_list("role", flat=True))
    assert roles <= set(EditorialBoardMember.Role.values) and "hoofdredacteur" in roles


def test_gemeente_veldhoven_zuid_reads_participatie_en_herstel_on_trial(demo: str) -> None:
    article = _subscription_article("participatie-en-herstel")

    page = _page(Client(REMOTE_ADDR="203.0.113.10"), article)

    assert article.body in page
    assert "Toegang via Gemeente Veldhoven-Zuid, proefabonnement tot en met" in page
    assert article.body not in _page(Client(), article)
    trial = Subscription.objects.get(institution__name="Gemeente Veldhoven-Zuid")
    assert (trial.source, trial.starts_on, trial.ends_on - trial.starts_on) == (
        Subscription.Source.TRIAL,
        timezone.localdate(),
        timedelta(days=29),
    )


def test_trial_reader_reads_waardenwerk_for_fourteen_days_and_nothing_else(client: Client, demo: str) -> None:
    assert client.login(email=TRIAL_USER.email, password=TRIAL_USER.password)
    waardenwerk, wta = _subscription_article("waardenwerk"), _subscription_article("wta")

    page = _page(client, waardenwerk)

    assert waardenwerk.body in page
    assert "U leest met een proefabonnement tot en met" in page
    assert wta.body not in _page(client, wta)
    trial = Subscription.objects.get(user__email=TRIAL_USER.email)
    assert (trial.source, trial.ends_on - trial.starts_on) == (Subscription.Source.TRIAL, timedelta(days=13))


def test_librarian_reads_with_the_licence_from_anywhere_and_sees_the_institution_page(
    client: Client, demo: str
) -> None:
    assert client.login(email=LIBRARIAN.email, password=LIBRARIAN.password)
    rijnland = Institution.objects.get(name="Hogeschool Rijnland")
    assert InstitutionMember.objects.get(user__email=LIBRARIAN.email).institution == rijnland
    assert InstitutionMember.objects.get(user__email=LIBRARIAN.email).is_admin

    page = client.get(SEED_URL).content.decode()

    assert content.SEED_BODY_MARKER in page
    assert "Toegang via Hogeschool Rijnland" in page
    assert client.get(f"/account/instelling/{rijnland.pk}/").status_code == 200
    assert rijnland.contact_email_list == ["bibliotheek@rijnland.example.org"]
    assert sorted(rijnland.ip_ranges.values_list("text", flat=True)) == ["192.0.2.0/24", "2001:db8:1::/48"]


def test_five_unused_activation_codes_are_printed_and_the_same_on_every_run(demo: str) -> None:
    batch = CodeBatch.objects.get(label="Printabonnees (demo)")
    codes = list(batch.codes.order_by("pk").values_list("code", flat=True))

    assert batch.journal.slug == "ouderschapskennis"
    assert (batch.starts_on, batch.ends_on) == (timezone.localdate(), date(timezone.localdate().year + 1, 12, 31))
    assert codes == list(demo_codes()) and len(set(codes)) == 5
    assert not batch.codes.filter(redeemed_at__isnull=False).exists()
    for code in codes:
        assert format_code(code) in demo
    load(small=True)
    assert list(batch.codes.order_by("pk").values_list("code", flat=True)) == codes


def test_reader_redeems_a_demo_code_and_reads_ouderschapskennis(
    client: Client, demo: str, django_capture_on_commit_callbacks
) -> None:
    assert client.login(email="lezer@example.org", password=PASSWORDS["lezer@example.org"])
    assert content.SEED_BODY_MARKER not in client.get(SEED_URL).content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # the access generation moves on commit
        client.post("/account/code/", {"code": format_code(demo_codes()[0]).lower()})

    assert content.SEED_BODY_MARKER in client.get(SEED_URL).content.decode()
    assert ActivationCode.objects.get(code=demo_codes()[0]).redeemed_by == User.objects.get(email="lezer@example.org")


def test_running_again_makes_a_redeemed_demo_code_unused_again(demo: str) -> None:
    code = ActivationCode.objects.get(code=demo_codes()[0])
    code.redeemed_at = timezone.now()
    code.redeemed_by = User.objects.get(email="lezer@example.org")
    code.save()

    result = load(small=True)

    again = ActivationCode.objects.get(pk=code.pk)
    assert (again.redeemed_at, again.redeemed_by) == (None, None)
    assert result.tallies["ActivationCode"].updated == 1


def test_refuses_to_run_without_debug(db: None, settings) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo", "--small", stdout=StringIO())
    assert not User.objects.filter(email="beheer@example.org").exists()


# --- the full plan, without the database --------------------------------------------------


def test_full_plan_is_consistent() -> None:
    plan = build_plan()
    assert [journal.spec.slug for journal in plan] == [spec.slug for spec in content.JOURNALS]
    articles = [(journal, issue, article) for journal in plan for issue in journal.issues for article in issue.articles]
    assert 240 <= len(articles) <= 320
    assert all(len(journal.issues) == len(content.YEARS) * len(content.NUMBERS) for journal in plan)
    assert sum(not issue.is_published for journal in plan for issue in journal.issues) == 1
    assert sum(not article.is_published for _, _, article in articles) >= 3

    dois = [article.doi for _, _, article in articles if article.doi]
    assert len(dois) == len(set(dois))
    assert all(normalize_doi(doi) == doi and doi.startswith("10.5555/") for doi in dois)
    assert all(article.doi for _, _, article in articles if article.is_published)

    for journal in plan:
        assert normalize_issn(journal.spec.issn_print) == journal.spec.issn_print
        assert normalize_issn(journal.spec.issn_online) == journal.spec.issn_online
        assert 4 <= len(journal.spec.board) <= 6
        titles = Counter(a.title for issue in journal.issues for a in issue.articles if a.kind != "editorial")
        assert max(titles.values()) == 1, titles.most_common(3)
        for year in content.YEARS:
            pages = [(a.first_page, a.last_page) for i in journal.issues if i.year == year for a in i.articles]
            assert pages[0][0] == 1
            assert all(first <= last for first, last in pages)
            assert all(pages[i][1] < pages[i + 1][0] for i in range(len(pages) - 1))
        for issue in journal.issues:
            assert 5 <= len(issue.articles) <= 8
            slugs = [a.slug for a in issue.articles]
            assert len(slugs) == len(set(slugs))

    for _, _, article in articles:
        assert 0 < len(article.slug) <= 120 and len(article.title) <= 500 and len(article.keywords) <= 500
        assert article.abstract and article.blocks and article.authors
        text = article.plain_text
        assert "{" not in text and "}" not in text, article.title
        assert "  " not in text and " ." not in text and not re.search(r"\bin in\b", text), article.title
    orcids = {person.orcid for journal in plan for person in journal.spec.authors if person.orcid}
    assert len(orcids) >= 10
    assert all(normalize_orcid(orcid) == orcid for orcid in orcids)

    open_access = Counter(journal.spec.slug for journal, _, a in articles if a.access == Article.Access.OPEN)
    assert open_access["participatie-en-herstel"] >= 2 and open_access["waardenwerk"] >= 2


def test_seed_article_sits_where_the_url_says() -> None:
    journal = next(j for j in build_plan() if j.spec.slug == content.SEED_JOURNAL)
    issue = next(i for i in journal.issues if (i.year, i.number) == (2024, "3"))
    seed = next(a for a in issue.articles if a.slug == content.SEED_SLUG)
    assert (seed.title, seed.subtitle) == (
        "Groepswerk met ouders in perspectief",
        "hoe kwetsbare ouders elkaar steun bieden",
    )
    assert [person.full_name for person in seed.authors] == ["Kristien Nys"]
    assert seed.access == Article.Access.SUBSCRIPTION and seed.doi and seed.keywords
    assert sum(block.kind == "h2" for block in seed.blocks) >= 3
    assert content.SEED_BODY_MARKER in "\n".join(seed.body_lines)
    assert content.SEED_BODY_MARKER not in seed.abstract


def test_pdf_text_is_latin1_safe() -> None:
    assert to_latin1("‘a’ – “b” … één") == "'a' - \"b\" ... één"
    document = PdfArticle(
        publisher="Uitgeverij",
        journal="Tijdschrift",
        issue_line="Jaargang 1, nummer 1 (2024)",
        section="Artikelen",
        title="Titel met “aanhalingstekens” – en een ☃",
        subtitle="",
        authors=[("A. Auteur", "Hogeschool")],
        abstract="Samenvatting…",
        keywords="a, b",
        blocks=[h2("Kop"), p("Tekst " * 400), quote("“Citaat”", "Noor, 34 jaar")],
        first_page=5,
        doi="10.5555/x.1",
        rights="© 2024 Uitgeverij",
        published_on=None,
    )
    data = render_pdf(document)
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert _pdf_pages(data) == page_count(document) >= 2


# --- the prose: each article its own text ---------------------------------------------------


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def test_overlap_counts_sentences_another_text_has() -> None:
    shared = "Deze zin staat woord voor woord in twee teksten."
    figures = measure(
        {
            "a": f"{shared} Alleen de eerste tekst heeft deze zin van zeven woorden.",
            "b": f"{shared} De tweede tekst heeft een eigen zin, ook van ruim zes woorden.",
            "c": "Een derde tekst deelt niets met de andere twee teksten hier. Kort.",
        }
    )
    assert (figures.texts, figures.median_share, figures.max_texts) == (3, 0.5, 2)
    assert figures.most_shared == "deze zin staat woord voor woord in twee teksten"
    assert sentences("Kort. Te kort om te tellen. Deze zin telt wel zes woorden.") == ["deze zin telt wel zes woorden"]


def test_demo_articles_share_almost_no_sentences() -> None:
    """In the median article at most 10% of the sentences appear in another one; none in more than 3."""
    figures = measure(plan_texts())
    assert figures.texts >= 240
    assert figures.median_share <= 0.10, figures
    assert figures.max_texts <= 3, figures


def test_research_review_and_practice_articles_cite_their_reference_lists() -> None:
    for journal in build_plan():
        for issue in journal.issues:
            for article in issue.articles:
                if article.kind not in {"research", "review", "practice"}:
                    continue
                assert 6 <= len(article.references) <= 25, (article.title, len(article.references))
                cited = {
                    work
                    for block in article.blocks
                    for run in (*block.text, *(run for item in block.items for run in item))
                    if isinstance(run, Cite)
                    for work in run.works
                }
                assert cited == set(article.references), article.title
                assert len({(w.cite_names("&"), w.year) for w in article.references}) == len(article.references)
                assert all(normalize_doi(work.doi) == work.doi for work in article.references if work.doi)


def test_quotes_are_said_by_people_who_speak_for_themselves() -> None:
    """A first-person quote is attributed to a participant with an age, not to a professional role
    (Waardenwerk's participants are the professionals themselves)."""
    quotes = 0
    for journal in build_plan():
        for issue in journal.issues:
            for article in issue.articles:
                for block in article.blocks:
                    if block.kind == "quote" and article.kind != "seed":
                        quotes += 1
                        assert inline_text(block.text).startswith("“"), article.title
                        if journal.spec.slug != "waardenwerk":
                            assert block.attribution.endswith(" jaar"), (article.title, block.attribution)
    assert quotes >= 150


def test_page_ranges_follow_the_pdfs_and_run_on_through_the_year() -> None:
    plan = build_plan()
    for journal in plan:
        for year in content.YEARS:
            articles = [(i, a) for i in journal.issues if i.year == year for a in i.articles]
            assert articles[0][1].first_page == 1
            for (_, before), (_, after) in pairwise(articles):
                assert after.first_page == before.last_page + 1
    journal = plan[0]
    issue = journal.issues[0]
    for article in issue.articles:
        document = pdf_document(article, journal.spec, issue)
        assert _pdf_pages(render_pdf(document)) == article.pages == page_count(document), article.title
    lengths = Counter(a.pages for j in plan for i in j.issues for a in i.articles if a.kind == "research")
    assert min(lengths) >= 3, lengths


def test_demo_packages_are_valid_jats_1_4(schemas_dir: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(schemas_dir / "jats-1.4" / "JATS-journalpublishing1-4-mathml3.xsd")))
    for journal in build_plan():
        for issue in journal.issues:
            for article in issue.articles:
                xml = article_xml(article, journal.spec, issue, publisher_id="demo", pdf_name="artikel.pdf")
                document = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
                assert schema.validate(document), (article.title, schema.error_log.last_error)


# --- the articles came through the importer -------------------------------------------------


def test_demo_articles_come_through_the_importer_with_structure_and_references(demo: str) -> None:
    research = Article.objects.published().filter(article_type=Article.Type.RESEARCH)
    assert research.count() >= 4
    for article in research:
        assert article.publisher_id and article.received_on and article.accepted_on, article
        assert '<section id="sec-s1">' in article.body and "<h3" in article.body, article
        assert 'href="#ref-r' in article.body, article
        references = list(article.references.order_by("position"))
        assert 6 <= len(references) <= 25, article
        assert all(reference.is_cited for reference in references), article
        assert any(reference.doi for reference in references), article
        assert article.copyright_holder == content.PUBLISHER_NAME
    contribution = Contribution.objects.filter(article__in=research).order_by("article", "position").first()
    assert contribution is not None and contribution.is_corresponding and contribution.affiliation
    assert Reference.objects.filter(citation__contains="<em>").exists()
    assert content.SEED_BODY_MARKER in Article.objects.get(slug=content.SEED_SLUG).body


def test_each_published_article_has_a_pdf_as_long_as_its_page_range(demo: str) -> None:
    for article in Article.objects.published():
        with article.pdf.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], article
        assert article.first_page and article.last_page, article
        assert _pdf_pages(data) == article.last_page - article.first_page + 1, article


def test_the_pdf_carries_the_articles_text(demo: str) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    article = Article.objects.published().filter(article_type=Article.Type.RESEARCH).first()
    assert article is not None
    with article.pdf.open("rb") as handle:
        data = handle.read()
    text = subprocess.run([pdftotext, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    words = " ".join(text.split())
    last_paragraph = article.body_text.splitlines()[-1]
    assert " ".join(to_latin1(last_paragraph).split()[:8]) in words
    assert f"{article.first_page}" in words and "Literatuur" in words


def test_a_second_load_leaves_every_article_unchanged(demo: str) -> None:
    before = {a.pk: a.updated_at for a in Article.objects.all()}

    result = load(small=True)

    assert result.tallies["Article"].unchanged == len(before)
    assert (result.tallies["Article"].created, result.tallies["Article"].updated) == (0, 0)
    assert {a.pk: a.updated_at for a in Article.objects.all()} == before


def test_drafts_and_an_issue_in_preparation_stay_offline(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue being prepared and the article held back elsewhere (both in 2026) come through the importer too."""
    monkeypatch.setattr(demo_load, "SMALL_ISSUES", frozenset({(2026, "4")}))
    load(small=True)

    preparing = Issue.objects.get(journal__slug=content.DRAFT_ISSUE[0], year=2026, number="4")
    assert not preparing.is_published
    drafts = Article.objects.filter(status=Article.Status.DRAFT)
    assert drafts.filter(issue=preparing).count() == 2
    held_back = drafts.get(issue__journal__slug=content.HELD_BACK_ARTICLE_ISSUE[0])
    assert held_back.issue.is_published and not held_back.doi and not held_back.pdf
    assert Client().get(held_back.get_absolute_url()).status_code == 404
    positions = list(held_back.issue.articles.order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, len(positions) + 1))

    again = load(small=True)

    assert again.changes == 0 and again.tallies["Article"].unchanged == Article.objects.count()
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 3
