"""The back office (/beheer/) speaks Dutch from top to bottom.

Daan's colleague, the administrator, works in Dutch. For every model in the back office this test opens the
list (also searched, so that the search summary shows), the add form, the change form, the history and the
delete confirmation of one row, the delete action's confirmation, and the back office's own pages (the
index, the JATS import, the usage reports, the IP-range import, the password forms). It reads the text a
user sees (text nodes, and placeholders, titles, ARIA labels and button values; no scripts or styles) and
fails on the English that Django's admin shows where a Dutch translation is missing (``ENGLISH``).

The data are Dutch, so no row can bring an English word in by itself. The admin's JavaScript texts (the
calendar, the clock, the time-zone note) are not in the server's HTML: ``test_the_admins_javascript_speaks_dutch``
reads them from the admin's JavaScript catalog instead.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from lxml import html

from access.models import ActivationCode, Institution, Subscription
from accounts.models import User
from alerts.models import AlertSent, Follow
from crossref.actions import deposit_create
from sales.models import Invoice, Order, Payment, Plan
from search.tasks import index_articles_task
from tests import factories
from tests.catalogs import po_msgids
from usage.actions import sushi_credential_issue

pytestmark = pytest.mark.django_db

#: English that Django's admin shows where its Dutch is missing, and English that fields without a
#: verbose_name show (``created at``). Matched as whole words, case-sensitively.
ENGLISH = [
    "Select an option",
    "Search",
    "Filter by",
    "Created at",
    "created at",
    "Updated at",
    "updated at",
    "Note:",
    "timezone",
    "Add another",
    "Save and",
    "Save",
    "Delete",
    "Change",
    "History",
    "View site",
    "View on site",
    "Log out",
    "Logout",
    "Clear all filters",
    "Show counts",
    "Hide counts",
    "Yes",
    "No",
    "Unknown",
    "Today",
    "Now",
    "Date:",
    "Time:",
    "Home",
    "Welcome",
    "Recent actions",
    "My actions",
    "None available",
    "Any date",
    "Past 7 days",
    "This month",
    "This year",
    "All",
    "Action",
    "Go",
    "Run the selected action",
    "Select all",
    "Clear selection",
    "selected",
    "results",
    "total",
    "Show all",
    "Are you sure",
    "Remove",
    "Currently",
    "Clear",
    "Choose",
    "Skip to main content",
    "Start typing to filter",
    "Toggle theme",
    "Pagination",
    "entries",
    "Forgotten your login credentials?",
    "Enter a valid",
    "This field",
    "is required",
    "Please correct",
    "Objects",
    "Summary",
    "Documentation",
    "Change password",
    "Password",
    "password",
    "Import",
    "Upload",
    "Submit",
    "Send",
    "Download",
    "Report",
    "Journal",
    "Issue",
    "Article",
    "the",
    "and",
    "your",
    "with",
]
_ENGLISH = re.compile("|".join(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])" for phrase in ENGLISH))


def visible_texts(content: bytes) -> list[str]:
    """What a user of the page reads: its text nodes, and the texts of placeholders, titles, labels, buttons."""
    document = html.fromstring(content.decode())
    for dead in document.xpath("//script | //style | //template | //noscript"):
        dead.drop_tree()
    texts = [" ".join(text.split()) for text in document.xpath("//body//text()")]
    texts += document.xpath("//@placeholder | //@title | //@aria-label | //@alt")
    texts += document.xpath("//input[@type='submit' or @type='button' or @type='reset']/@value")
    texts += document.xpath("//button/@value[string-length(.) > 0 and not(number(.) = number(.))]")
    return [text for text in texts if text.strip()]


def english_on(content: bytes) -> list[str]:
    return sorted({text for text in visible_texts(content) if _ENGLISH.search(text)})


# --- A back office with one row of everything ---------------------------------------------------------------


@pytest.fixture
def rows(settings: Any, django_capture_on_commit_callbacks: Any) -> None:
    """One row or more of every model in the back office, with Dutch data."""
    settings.SELLER_NAME = "Uitgeverij Lindeboog B.V."
    settings.SELLER_ADDRESS = "Voorbeeldstraat 1, 1234 AB Utrecht"
    settings.SELLER_KVK = "12345678"
    settings.SELLER_VAT_NUMBER = "NL001234567B01"
    settings.CROSSREF_DOI_PREFIX = "10.99999"
    publisher = factories.make_publisher(name="Uitgeverij Lindeboog", slug="lindeboog")
    journal = factories.make_journal(publisher, title="Ouderschapskennis", slug="ouderschapskennis")
    issue = factories.make_issue(journal, volume=27, number="3", year=2024)
    article = factories.make_article(issue, title="Groepswerk met ouders", slug="groepswerk-met-ouders", pdf=True)
    reader = factories.make_user("roos@voorbeeld.nl", name="Roos de Lezer")
    today = timezone.localdate()
    factories.make_subscription(reader, journal, starts_on=today, ends_on=today + datetime.timedelta(days=365))
    institution = factories.make_institution("Hogeschool Rijnland", ranges=("192.0.2.0/24",))
    factories.make_member(institution, reader, is_admin=True)
    batch = factories.make_code_batch(journal, count=2, label="Printabonnees")
    ActivationCode.objects.filter(batch=batch).update(redeemed_at=timezone.now(), redeemed_by=reader)
    sushi_credential_issue(institution=institution, label="Oogsttool van de bibliotheek")
    plan = Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)
    order = Order.objects.create(
        user=reader,
        plan=plan,
        status=Order.Status.PAID,
        price_cents=8900,
        vat_rate=plan.vat_rate,
        net_cents=8165,
        vat_cents=735,
        starts_on=today,
        ends_on=plan.period_end(today),
        billing_name="Roos de Lezer",
        billing_street="Lindelaan 12",
        billing_postcode="3512 AB",
        billing_city="Utrecht",
        consent_at=timezone.now(),
    )
    Payment.objects.create(order=order, mollie_id="tr_lindeboog1", amount_cents=8900)
    from sales.invoices import invoice_issue

    with django_capture_on_commit_callbacks(execute=False):
        invoice_issue(order=order)
        deposit_create(article_ids=[article.pk], queue=False)
        index_articles_task.enqueue([article.pk])
    follow = Follow.objects.create(journal=journal, email="bram@voorbeeld.nl", confirmed_at=timezone.now())
    AlertSent.objects.create(follow=follow, issue=issue, delivery=AlertSent.Delivery.choices[0][0])
    assert Invoice.objects.exists() and Subscription.objects.exists()


@pytest.fixture
def office(rows: None) -> Client:
    """The administrator, logged in, with the language switch on Dutch."""
    client = Client()
    client.force_login(factories.make_user("beheer@voorbeeld.nl", is_staff=True, is_superuser=True, name="Bea Beheer"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    return client


def _url(model: type[models.Model], view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def admin_pages(client: Client) -> Iterator[tuple[str, bytes]]:
    """Every page of the back office with one row of every model: (what, HTML)."""

    def get(url: str) -> bytes:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return bytes(response.content)

    yield "index", get(reverse("admin:index"))
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label
        changelist = _url(model, "changelist")
        yield f"{label} list", get(changelist)
        yield f"{label} list searched", get(f"{changelist}?q=zzzz") if model_admin.search_fields else b""
        yield f"{label} app", get(reverse("admin:app_list", args=[model._meta.app_label]))
        if model_admin.has_add_permission(_request(client)):
            yield f"{label} add", get(_url(model, "add"))
        row = model_admin.get_queryset(_request(client)).first()
        if row is None:
            pytest.fail(f"no row of {label}: the rows fixture must make one")
        yield f"{label} change", get(_url(model, "change", row.pk))
        yield f"{label} history", get(_url(model, "history", row.pk))
        if model_admin.has_delete_permission(_request(client), row):
            yield f"{label} delete", get(_url(model, "delete", row.pk))
            if "delete_selected" in model_admin.get_actions(_request(client)):
                response = client.post(changelist, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [row.pk]})
                assert response.status_code == 200, (label, response.status_code)
                yield f"{label} delete selected", bytes(response.content)
    # The back office's own pages.
    yield "JATS import", get(reverse("jats:import"))
    yield "usage", get(reverse("usage:staff"))
    yield (
        "IP ranges import",
        get(reverse("admin:access_institution_import_ranges", args=[Institution.objects.get().pk])),
    )
    yield "password change", get(reverse("admin:password_change"))
    yield "password changed", get(reverse("admin:password_change_done"))


def _request(client: Client) -> Any:
    from django.test import RequestFactory

    request = RequestFactory().get("/beheer/")
    request.user = User.objects.get(email="beheer@voorbeeld.nl")
    return request


def test_every_back_office_page_speaks_dutch(office: Client) -> None:
    found = {what: english_on(content) for what, content in admin_pages(office) if content}
    found = {what: texts for what, texts in found.items() if texts}
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_every_field_in_the_back_office_has_a_dutch_name() -> None:
    """A field without verbose_name shows its code name ("created at"); ours are lazily translated Dutch."""
    ours = {"accounts", "journals", "access", "usage", "search", "jats", "sales", "discovery", "crossref", "oai"}
    ours |= {"alerts"}
    models_shown = set(admin.site._registry)
    for model_admin in admin.site._registry.values():
        models_shown |= {inline.model for inline in model_admin.inlines}
    unnamed = [
        f"{model._meta.label}.{field.name}"
        for model in models_shown
        if model._meta.app_label in ours
        for field in model._meta.get_fields()
        if isinstance(field, models.Field) and not field.auto_created and not isinstance(field.verbose_name, Promise)
    ]
    assert not unnamed, "\n".join(sorted(unnamed))


def test_the_admins_javascript_speaks_dutch(office: Client) -> None:
    """The calendar, the clock and the time-zone note come from the admin's JavaScript catalog, not the HTML."""
    script = office.get(reverse("admin:jsi18n")).content.decode()
    match = re.search(r"const newcatalog = (\{.*?\});\n", script, re.DOTALL)
    assert match, script[:500]
    catalog = json.loads(match.group(1))
    english = po_msgids(Path(admin.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "djangojs.po")
    missing = sorted(
        msgid for context, msgid in english if (f"{context}\x04{msgid}" if context else msgid) not in catalog
    )
    assert not missing, missing
    note = "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour ahead.)"
    assert catalog[note] == [
        "Let op: vul tijden in in de tijdzone %(timezone)s. (U loopt %(offset)s uur voor.)",
        "Let op: vul tijden in in de tijdzone %(timezone)s. (U loopt %(offset)s uur voor.)",
    ]
    assert catalog["Today (%(date)s)"] == "Vandaag (%(date)s)"
