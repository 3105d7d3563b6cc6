"""Layout (issue 12): every main page fits a phone, a tablet and a desktop, passes axe, and is photographed.

For each page at 320, 390, 768 and 1,280 CSS pixels wide:

* no horizontal scrolling: the document's ``scrollWidth`` is no wider than the viewport, and no
  visible element's box sticks out past the viewport's right edge (unless a scroll container of
  its own, such as a wide table's wrapper, clips it); the failure names the elements that do;
* zero axe violations (WCAG 2.2 AA and axe's best practices, ``tests/browser/axe.py``);
* a full-page screenshot ``<page>-<width>.png`` in ``LEESZAAL_LAYOUT_SCREENSHOTS`` (default
  ``var/screenshots/layout/`` in the project; ``var/`` is git-ignored), for people to look at.

The content is chosen to break layouts: long titles without natural break points, a long DOI, a
long URL, five authors with ORCID iDs and long affiliations, keywords, a body of several ``h2``
sections with a table and a long link, references with long DOIs. One live server and one browser
serve all pages; each page is one test that walks the four widths with ``set_viewport_size``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Page, expect

from accounts.models import User
from journals.models import Article, Author, Contribution, Issue, Journal, Reference, Section
from tests import factories
from tests.browser.axe import AXE, AXE_OPTIONS, describe

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 768, 1280)
HEIGHT = 900
TODAY = datetime.date.today()


def screenshot_dir() -> Path:
    folder = Path(
        os.environ.get("LEESZAAL_LAYOUT_SCREENSHOTS", Path(settings.BASE_DIR) / "var" / "screenshots" / "layout")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def screenshots(request: pytest.FixtureRequest) -> Path:
    folder = screenshot_dir()
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"layout screenshots: {folder}")
    return folder


# ----------------------------------------------------------------------------------------- content

LONG_DOI = "10.5117/OUDERSCHAPSKENNIS.2024.027.003.GROEPSWERKMETOUDERSINPERSPECTIEF"
LONG_URL = (
    "https://www.ouderschapskennis-praktijkonderzoek.example.org/archief/themanummers/opvoedondersteuning-in-groepen"
)
AUTHORS = (
    ("Kristien", "Nys", "0000-0002-1825-0097", "Centrum voor Opvoedingsondersteuning Sint-Niklaas en Vakgroep Sociale Agogiek, Universiteit Gent"),
    ("Maria Josephina", "van den Berghe-Verstraeten", "0000-0001-5109-3700", "Hogeschool van Amsterdam, Kenniscentrum Maatschappij en Recht"),
    ("Abdelkader", "El Bouzidi", "0000-0002-1694-233X", "Nederlands Jeugdinstituut, Utrecht"),
    ("Sanne", "Wijnaendts tot Oosterhout", "", "Erasmus Universiteit Rotterdam, Erasmus School of Social and Behavioural Sciences"),
    ("Joost", "Kleinhuis", "", "Vrije Universiteit Amsterdam"),
)  # fmt: skip
SECTIONS = (
    "Inleiding: opvoedondersteuning tussen formele en informele steun",
    "Achtergrond en theoretisch kader",
    "Methode: een meervoudige casestudie in Sint-Niklaas",
    "Resultaten",
    "Discussie en aanbevelingen voor de praktijk",
)


def _paragraph(n: int) -> str:
    return (
        f"<p>Ouders zoeken steun eerst dicht bij huis, bij familie, vrienden en andere ouders (alinea {n}). "
        "Voor ouders in maatschappelijk kwetsbare gezinnen is dat netwerk vaak kleiner, en hulpverleners "
        "bereiken juist hen moeilijker. Een groep kan een plek worden waar ouders elkaar erkenning, informatie "
        "en praktische hulp geven; dat vraagt van begeleiders dat ze een stap terugzetten zonder de groep los "
        "te laten. Opvoedingsondersteuningsprogrammadeelnemers noemen dat zelf vooral rust.</p>"
    )


def _body() -> str:
    parts = []
    for n, heading in enumerate(SECTIONS, start=1):
        parts.append(f"<h2>{heading}</h2>")
        parts.extend(_paragraph(n * 10 + i) for i in range(3))
        if n == 2:
            parts.append(f'<p>Het volledige protocol staat op <a href="{LONG_URL}">{LONG_URL}</a>.</p>')
        if n == 4:
            parts.append(
                "<table><caption>Tabel 1. Deelname per groep en bijeenkomst</caption>"
                "<thead><tr><th scope='col'>Groep</th><th scope='col'>Bijeenkomsten</th>"
                "<th scope='col'>Deelnemers bij aanvang</th><th scope='col'>Deelnemers aan het eind</th>"
                "<th scope='col'>Gemiddelde tevredenheid</th></tr></thead><tbody>"
                + "".join(
                    f"<tr><td>Oudergroep {g}</td><td>{8 + g}</td><td>{12 + g}</td><td>{9 + g}</td><td>7,{g}</td></tr>"
                    for g in range(1, 5)
                )
                + "</tbody></table>"
            )
            parts.append(
                "<blockquote><p>‘Hier hoef ik niet uit te leggen waarom het thuis soms niet lukt.’</p></blockquote>"
            )
    return "".join(parts)


@dataclass(frozen=True)
class Site:
    article: Article
    journal: Journal
    issue: Issue
    subscriber: User


@pytest.fixture
def site(live_server: Any) -> Site:
    publisher = factories.make_publisher(
        name="Uitgeverij Leeszaal voor Wetenschap en Beroepspraktijk",
        slug="leeszaal",
        tagline="Vakbladen en wetenschappelijke tijdschriften voor onderwijs, zorg en welzijn",
        description="Een onafhankelijke uitgeverij van tijdschriften voor de praktijk en het onderzoek.",
    )
    journal = factories.make_journal(
        publisher,
        title="Ouderschapskennis: Tijdschrift voor Opvoedingsondersteuning, Gezinsbeleid en Jeugdhulpverlening",
        acronym="OK",
        slug="ouderschapskennis",
        description="Onderzoek en praktijk van opvoedingsondersteuning in Nederland en Vlaanderen.",
        aims_scope="Ouderschapskennis publiceert onderzoek, beschouwingen en praktijkverhalen over opvoeden en opgroeien.",
        website=LONG_URL,
        issn_print=factories.valid_issn(2468123),
    )
    for name, role, affiliation in (
        ("Prof. dr. Annemiek van der Heijden-Rozendaal", "hoofdredacteur", "Universiteit Leiden"),
        ("Dr. Youssef Amrani", "redactiesecretaris", "Hogeschool Rotterdam"),
        ("Dr. Lieve Vanderstraeten", "redacteur", "KU Leuven"),
    ):
        journal.board.create(name=name, role=role, affiliation=affiliation)
    for title in (
        "Waardenwerk",
        "Tijdschrift voor Toegepaste Arbeidswetenschap en Organisatieontwikkeling",
        "Kind en Adolescent Review",
    ):
        factories.make_journal(publisher, title=title, description="Een tijdschrift voor de praktijk en het onderzoek.")
    issue = factories.make_issue(
        journal,
        volume=27,
        number="3",
        year=2024,
        title="Themanummer: groepsgerichte opvoedingsondersteuning voor maatschappelijk kwetsbare gezinnen",
    )
    article = factories.make_article(
        issue,
        authors=0,
        pdf=True,
        title="Groepswerk met ouders in perspectief: een verkenning van onderlinge steun, erkenning en "
        "ervaringsdeskundigheid in opvoedingsondersteuningsprogramma’s",
        subtitle="hoe kwetsbare ouders elkaar steun bieden",
        slug="groepswerk-met-ouders-in-perspectief",
        section=Section.objects.create(journal=journal, name="Onderzoek", name_en="Research", position=1),
        abstract="Wie als ouder met vragen over de opvoeding zit, kan bij een breed aanbod van opvoedondersteuning "
        "aankloppen. Toch zoeken de meeste ouders hun steun eerst dicht bij huis.\n\nDit artikel schetst een kader "
        "om met groepen van ouders in kwetsbare gezinnen opvoedondersteunend te werken.",
        keywords="opvoedondersteuning, groepswerk, kwetsbare gezinnen, informeel netwerk, sociale steun, "
        "ervaringsdeskundigheid",
        body=_body(),
        doi=LONG_DOI,
        first_page=112,
        last_page=131,
        published_on=datetime.date(2024, 9, 1),
        received_on=datetime.date(2024, 2, 12),
        accepted_on=datetime.date(2024, 6, 3),
    )
    for position, (given, surname, orcid, affiliation) in enumerate(AUTHORS):
        author = Author.objects.create(given_names=given, surname=surname, orcid=orcid)
        Contribution.objects.create(
            article=article, author=author, position=position, affiliation=affiliation, is_corresponding=position == 0
        )
    for position in range(8):
        Reference.objects.create(
            article=article,
            position=position,
            label=str(position + 1),
            citation=f"Achternaam, A., & Tweede, B. ({2010 + position}). <i>Een titel over ouderschap en steun "
            f"in kwetsbare gezinnen, deel {position + 1}</i>. Tijdschrift voor Jeugdzorg, 12(3), 45–67. "
            f"{LONG_URL}/bron-{position + 1}",
            doi=f"10.1080/13575279.{2010 + position}.ABCDEFGHIJKLMNOPQRSTUVWXYZ{position}",
        )
    editorial = Section.objects.create(journal=journal, name="Redactioneel", name_en="Editorial", position=0)
    reviews = Section.objects.create(journal=journal, name="Boekbesprekingen", name_en="Book reviews", position=2)
    for n, (title, access, section) in enumerate(
        (
            ("Van de redactie: waarom dit themanummer over groepen gaat", Article.Access.OPEN, editorial),
            ("Ervaringsdeskundige ouders als mede-begeleider in de oudergroep", Article.Access.SUBSCRIPTION, None),
            ("Boekbespreking: Opvoeden in de buurt", Article.Access.OPEN, reviews),
        )
    ):
        factories.make_article(
            issue, title=title, access=access, section=section, authors=2, position=n, doi=f"10.5117/OK2024.3.0{n}"
        )
    subscriber = factories.make_user("sem@example.org", name="Sem Abonnee")
    factories.make_subscription(
        subscriber, journal, starts_on=TODAY - datetime.timedelta(days=30), ends_on=TODAY + datetime.timedelta(days=335)
    )
    return Site(article=article, journal=journal, issue=issue, subscriber=subscriber)


# --------------------------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Case:
    path: Callable[[Site], str]
    subscriber: bool = False
    #: A check that the right page is measured (not a paywall where the full text should be, or a 404).
    check: Callable[[Page], None] | None = None


def _fulltext(page: Page) -> None:
    expect(page.get_by_role("region", name="Volledige tekst")).to_be_visible()


def _paywall(page: Page) -> None:
    expect(page.get_by_role("region", name="Verder lezen")).to_be_visible()


CASES = {
    "publisher-home": Case(lambda s: "/"),
    "journal-home": Case(lambda s: s.journal.get_absolute_url()),
    "archive": Case(lambda s: s.journal.get_archive_url()),
    "issue": Case(lambda s: s.issue.get_absolute_url()),
    "article-anonymous": Case(lambda s: s.article.get_absolute_url(), check=_paywall),
    "article-subscriber": Case(lambda s: s.article.get_absolute_url(), subscriber=True, check=_fulltext),
    "login": Case(lambda s: "/account/login/"),
    "signup": Case(lambda s: "/account/signup/"),
    "account": Case(lambda s: "/account/", subscriber=True),
}

# Visible elements (and runs of text) that end past the viewport's right edge, outermost first, unless
# a scroll container of their own (overflow-x auto or scroll, inside the viewport) holds them, or an
# ancestor clips them (overflow hidden or clip, as the visually-hidden pattern does). The root and body
# do not count as such ancestors: overflow on them moves to the viewport and would hide the problem.
OFFENDERS_JS = """
(limit) => {
  const width = document.documentElement.clientWidth;
  const name = (el) => {
    let text = el.tagName.toLowerCase();
    if (el.id) text += '#' + el.id;
    const classes = (el.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean);
    return classes.length ? text + '.' + classes.join('.') : text;
  };
  const describe = (el) => {
    const parent = el.parentElement;
    const where = parent && parent !== document.body ? name(parent) + ' > ' : '';
    const text = (el.innerText || el.getAttribute('href') || el.getAttribute('src') || '').trim().replace(/\\s+/g, ' ');
    return where + name(el) + (text ? ' "' + text.slice(0, 60) + (text.length > 60 ? '…' : '') + '"' : '');
  };
  const held = (el) => {
    for (let up = el.parentElement; up && up !== document.body && up !== document.documentElement; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowX;
      if (overflow === 'visible') continue;
      if (overflow === 'hidden' || overflow === 'clip') return true;
      if (up.getBoundingClientRect().right <= width + 0.5) return true;
    }
    return false;
  };
  const found = [];
  const reported = new Set();
  const inside = (el) => { for (let up = el; up; up = up.parentElement) if (reported.has(up)) return true; return false; };
  const visible = (el) => { const s = getComputedStyle(el); return s.visibility !== 'hidden' && s.display !== 'none'; };
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= width + 0.5 || inside(el) || !visible(el) || held(el)) continue;
    reported.add(el);
    found.push(`${describe(el)}: right edge at ${Math.round(rect.right)} px (${Math.round(rect.width)} px wide)`);
    if (found.length >= limit) return {width, scrollWidth: document.documentElement.scrollWidth, offenders: found};
  }
  // Text that runs out of a box that itself fits (a long DOI or URL that cannot wrap).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent.trim() || inside(el) || !visible(el) || held(node)) continue;
    range.selectNodeContents(node);
    const right = Math.max(0, ...Array.from(range.getClientRects(), (r) => r.right));
    if (right <= width + 0.5) continue;
    reported.add(el);
    found.push(`text of ${describe(el)}: runs to ${Math.round(right)} px`);
    if (found.length >= limit) break;
  }
  return {width, scrollWidth: document.documentElement.scrollWidth, offenders: found};
}
"""


def _log_in(page: Page, user: User, base_url: str) -> None:
    client = Client()
    client.force_login(user)
    session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_id, "url": base_url}])


def layout_problems(page: Page) -> list[str]:
    """What sticks out sideways on the page as it is now (empty when it fits)."""
    found: dict[str, Any] = page.evaluate(OFFENDERS_JS, 12)
    problems = []
    if found["scrollWidth"] > found["width"]:
        problems.append(f"document scrolls sideways: scrollWidth {found['scrollWidth']} px > {found['width']} px")
    problems.extend(f"sticks out: {offender}" for offender in found["offenders"])
    return problems


@pytest.mark.parametrize("name", CASES)
def test_page_fits_every_width_and_has_no_axe_violations(
    page: Page, live_server: Any, site: Site, screenshots: Path, name: str
) -> None:
    case = CASES[name]
    if case.subscriber:
        _log_in(page, site.subscriber, live_server.url)
    failures: list[str] = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        response = page.goto(case.path(site))
        assert response is not None and response.status == 200, f"{name}: {response and response.status}"
        if case.check is not None:
            case.check(page)
        page.evaluate("document.fonts.ready")
        shot = screenshots / f"{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        problems = layout_problems(page)
        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            problems.append(f"axe found {len(violations)} violation(s):\n{describe(violations)}")
        if problems:
            failures.append(f"--- {name} at {width} px ({shot}):\n" + "\n".join(problems))
    assert not failures, f"{page.url}\n" + "\n".join(failures)
