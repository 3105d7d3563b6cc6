"""Journey 1: an anonymous reader finds an article, registers, verifies, subscribes and reads.

Roos opens a subscription article of Ouderschapskennis, sees the abstract and the prompt
to log in or register, registers (typing, and pasting the confirmation: no paste blocking,
WCAG 3.3.8), confirms her e-mail address from the mail she receives, is back on the article
but without the full text; once she holds a subscription she reads it and gets the PDF.
Then she logs out and in again through the login form.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from access.models import Subscription
from accounts.models import User
from journals.models import Article
from tests.browser.axe import assert_no_violations

pytestmark = pytest.mark.browser

EMAIL = "roos.nieuw@example.org"
PASSWORD = "Zeventien-lange-woorden"
CONFIRM_LINK = re.compile(r"https?://\S+/account/confirm-email/\S+/")


def _full_text(page: Page):
    return page.get_by_text(re.compile(r"GEHEIME-VOLTEKST"))


def test_reader_registers_verifies_subscribes_and_reads(
    page: Page, article: Article, mailoutbox, live_server, settings
) -> None:
    settings.SITE_URL = live_server.url  # links in mail start with SITE_URL: here, the server under test
    # An anonymous visitor: abstract and the prompt, never the body.
    page.goto(article.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_contain_text("Groepswerk met ouders in perspectief")
    expect(page.get_by_role("region", name="Samenvatting")).to_contain_text("Een openbare samenvatting.")
    paywall = page.get_by_role("region", name="Verder lezen")
    expect(paywall).to_contain_text("Log in of registreer om verder te lezen.")
    expect(_full_text(page)).to_have_count(0)
    expect(page.get_by_role("link", name="Download de PDF")).to_have_count(0)

    # Registering: the form asks for an e-mail address and the password twice.
    paywall.get_by_role("link", name="Registreren").click()
    expect(page).to_have_url(re.compile(r"/account/signup/\?next="))
    form = page.get_by_role("main").locator("form")
    email = form.get_by_label(re.compile(r"^E-mail(adres)?:?$"))
    password1 = form.get_by_label(re.compile(r"^Wachtwoord:?$"))
    password2 = form.get_by_label(re.compile(r"^Wachtwoord \(bevestigen\):?$"))
    # WCAG 1.3.5 / 3.3.8: the browser and password managers may fill these in.
    expect(email).to_have_attribute("autocomplete", "email")
    expect(password1).to_have_attribute("autocomplete", "new-password")
    expect(password2).to_have_attribute("autocomplete", "new-password")
    # The password rules are the field's description, not a list that lost its field.
    expect(password1).to_have_accessible_description(re.compile(r"minstens 10 tekens"))

    email.click()
    page.keyboard.type(EMAIL)
    password1.press_sequentially(PASSWORD)
    # Paste the confirmation from the clipboard, as a password manager would: nothing blocks it.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("text => navigator.clipboard.writeText(text)", PASSWORD)
    password2.focus()
    page.keyboard.press("ControlOrMeta+V")
    expect(password2).to_have_value(PASSWORD)
    form.get_by_role("button", name="Registreren").click()

    # Told to verify the address; the mail holds the link.
    expect(page.get_by_role("heading", level=1)).to_have_text("Bevestig uw e-mailadres")
    assert_no_violations(page)
    assert len(mailoutbox) == 1, [message.subject for message in mailoutbox]
    message = mailoutbox[0]
    assert message.to == [EMAIL]
    link = CONFIRM_LINK.search(message.body)
    assert link, message.body

    page.goto(link.group(0))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bevestig e-mailadres")
    assert_no_violations(page)
    page.get_by_role("main").get_by_role("button", name="Bevestigen").click()

    # Logged in and back on the article; without a subscription the body stays hidden.
    expect(page).to_have_url(re.compile(re.escape(article.get_absolute_url()) + "$"))
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    expect(page.get_by_role("region", name="Verder lezen")).to_contain_text(
        "U hebt geen abonnement op dit tijdschrift."
    )
    expect(_full_text(page)).to_have_count(0)
    # A denied PDF leads to the article page with the access prompt, never to the PDF.
    denied = page.request.get(article.get_pdf_url(), max_redirects=0)
    assert denied.status == 302
    assert denied.headers["location"] == article.get_absolute_url()

    # The publisher grants a subscription; a reload shows the full text and the PDF.
    user = User.objects.get(email=EMAIL)
    today = timezone.localdate()
    Subscription.objects.create(
        user=user, journal=article.issue.journal, starts_on=today, ends_on=today + datetime.timedelta(days=364)
    )
    page.reload()
    fulltext = page.get_by_role("region", name="Volledige tekst")
    expect(fulltext).to_contain_text("U leest dit artikel met uw abonnement.")
    expect(_full_text(page)).to_be_visible()
    pdf_link = fulltext.get_by_role("link", name="Download de PDF")
    href = pdf_link.get_attribute("href")
    assert href == article.get_pdf_url()
    pdf = page.request.get(href)
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF-")

    # Logging out hides the body again; logging in through the form brings it back.
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("link", name="Inloggen").first).to_be_visible()
    page.goto(article.get_absolute_url())
    expect(_full_text(page)).to_have_count(0)
    page.get_by_role("region", name="Verder lezen").get_by_role("link", name="Inloggen").click()
    login_form = page.get_by_role("main").locator("form")
    login_email = login_form.get_by_label(re.compile(r"^E-mail(adres)?:?$"))
    login_password = login_form.get_by_label(re.compile(r"^Wachtwoord:?$"))
    expect(login_email).to_have_attribute("autocomplete", "email")
    expect(login_password).to_have_attribute("autocomplete", "current-password")
    login_email.fill(EMAIL)
    login_password.fill(PASSWORD)
    login_password.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(article.get_absolute_url()) + "$"))
    expect(_full_text(page)).to_be_visible()
