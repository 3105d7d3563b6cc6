"""Journey 3: a print subscriber redeems the activation code from her letter and reads online.

Roos is logged in but has no subscription: a subscription article shows her the paywall. She opens
/account/code/, first mistypes the code (the form says so, and the page stays accessible), then
types it as it comes, in lower case with spaces, and submits. She lands on the journal's home page
with a message saying until when she has access, opens the article and reads the full text.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from access.codes import ALPHABET, format_code
from access.models import Subscription
from accounts.models import User
from journals.models import Article
from tests import factories
from tests.browser.axe import assert_no_violations
from tests.browser.test_accessibility import log_in

pytestmark = pytest.mark.browser


def test_reader_redeems_a_code_and_reads_the_full_text(page: Page, live_server, article: Article, reader: User) -> None:
    journal = article.issue.journal
    today = timezone.localdate()  # the live server runs on the real day
    ends_on = today + datetime.timedelta(days=365)
    batch = factories.make_code_batch(journal, count=2, starts_on=today, ends_on=ends_on)
    code = batch.codes.order_by("pk").values_list("code", flat=True)[0]
    as_typed = " ".join(format_code(code).lower().split("-"))  # "abcd efgh jkmn p"
    mistyped = code[:3] + ALPHABET[(ALPHABET.index(code[3]) + 1) % len(ALPHABET)] + code[4:]
    log_in(page, reader, live_server.url)

    # Without a subscription: the paywall, not the body.
    page.goto(article.get_absolute_url())
    expect(page.get_by_role("region", name="Verder lezen")).to_contain_text(
        "U hebt geen abonnement op dit tijdschrift."
    )
    expect(page.get_by_text(re.compile(r"GEHEIME-VOLTEKST"))).to_have_count(0)

    # The redeem form.
    page.goto("/account/code/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Activeringscode inwisselen")
    field = page.get_by_label(re.compile(r"^Activeringscode:?$"))
    expect(field).to_have_attribute("autocomplete", "off")
    expect(field).to_have_attribute("autocapitalize", "characters")
    expect(field).to_have_attribute("spellcheck", "false")
    assert_no_violations(page)

    # A typo is caught and said plainly; nothing is redeemed.
    field.press_sequentially(format_code(mistyped))
    page.get_by_role("button", name="Code inwisselen").click()
    expect(page.get_by_role("alert")).to_contain_text("Deze code klopt niet.")
    assert not Subscription.objects.filter(user=reader).exists()
    assert_no_violations(page)

    # The code as she types it from the letter: lower case, spaces.
    field = page.get_by_label(re.compile(r"^Activeringscode:?$"))
    field.fill("")
    field.press_sequentially(as_typed)
    page.get_by_role("button", name="Code inwisselen").click()

    expect(page).to_have_url(re.compile(re.escape(journal.get_absolute_url()) + "$"))
    expect(page.get_by_role("status")).to_contain_text(
        f"Uw code is ingewisseld: u hebt toegang tot {journal.title} tot en met"
    )
    subscription = Subscription.objects.get(user=reader)
    assert subscription.source == Subscription.Source.CODE
    assert (subscription.starts_on, subscription.ends_on) == (today, ends_on)

    # The article now shows its full text.
    page.goto(article.get_absolute_url())
    fulltext = page.get_by_role("region", name="Volledige tekst")
    expect(fulltext).to_contain_text("U leest dit artikel met uw abonnement.")
    expect(page.get_by_text(re.compile(r"GEHEIME-VOLTEKST"))).to_be_visible()
