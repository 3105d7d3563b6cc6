"""Journey: a reader buys a subscription at the paywall and reads on.

Roos is logged in without a subscription. On the article's paywall she picks the annual plan, fills
in the order form (name, billing address, the consent to start at once), pays at the checkout page
of the Mollie stand-in (which runs in this process, as the live server does), and is sent back to
her order: paid. "Verder lezen" takes her to the article, now with its full text.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from access.models import Subscription
from accounts.models import User
from journals.models import Article
from sales.models import Order, Plan
from tests.browser.axe import assert_no_violations
from tests.browser.test_accessibility import log_in
from tests.mollie_standin import Standin
from tests.mollie_standin import mollie as mollie

pytestmark = pytest.mark.browser


def test_reader_buys_a_plan_at_the_paywall_pays_and_reads_on(
    page: Page, live_server, article: Article, reader: User, mollie: Standin, settings: Any
) -> None:
    settings.MOLLIE_WEBHOOK_URL = live_server.url + reverse("sales:webhook")  # the stand-in posts it after paying
    journal = article.issue.journal
    Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900, renews=True)
    Plan.objects.create(journal=journal, name="Kwartaal", period_months=3, price_cents=2500, renews=False)
    log_in(page, reader, live_server.url)

    page.goto(article.get_absolute_url())
    paywall = page.get_by_role("region", name="Verder lezen")
    expect(paywall).to_contain_text("€\xa089,00")
    expect(page.get_by_text(re.compile(r"GEHEIME-VOLTEKST"))).to_have_count(0)
    paywall.get_by_role("link", name="Jaarabonnement bestellen").click()

    # The order form: what she buys, and only what the invoice needs.
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Jaarabonnement op {journal.title}")
    expect(page.get_by_text("inclusief €\xa07,35 btw (9%)")).to_be_visible()
    assert_no_violations(page)
    page.get_by_role("button", name="Bestellen en €\xa089,00 betalen").click()
    expect(page.get_by_role("alert")).to_contain_text("Geef toestemming om meteen te beginnen")
    page.get_by_label(re.compile(r"^Naam:?$")).fill("Roos de Lezer")
    page.get_by_label("Straat en huisnummer").fill("Lindelaan 12")
    page.get_by_label("Postcode").fill("3511 AB")
    page.get_by_label("Plaats").fill("Utrecht")
    page.get_by_label(re.compile("afzie van mijn herroepingsrecht")).check()
    page.get_by_role("button", name="Bestellen en €\xa089,00 betalen").click()

    # Mollie's checkout (the stand-in): she pays.
    expect(page).to_have_url(re.compile(re.escape(mollie.url) + r"/checkout/tr_"))
    page.get_by_role("button", name="paid").click()

    # Back at her order: paid, and on to the article.
    order = Order.objects.get(user=reader)
    expect(page).to_have_url(re.compile(rf"/abonneren/bestelling/{order.pk}/$"))
    expect(page.get_by_role("status")).to_contain_text("Uw betaling is ontvangen")
    assert_no_violations(page)
    page.get_by_role("link", name="Verder lezen").click()
    expect(page).to_have_url(re.compile(re.escape(article.get_absolute_url()) + "$"))
    expect(page.get_by_role("region", name="Volledige tekst")).to_be_visible()
    expect(page.get_by_text(re.compile(r"GEHEIME-VOLTEKST"))).to_be_visible()

    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert Subscription.objects.filter(user=reader).count() == 1
