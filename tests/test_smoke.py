from django.test import Client

from access.decision import Reader, Reason, decide
from tests.conftest import login


def test_article_page_shows_abstract_and_prompt_to_anonymous(client: Client, article, frozen_today) -> None:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert b"Een openbare samenvatting." in response.content
    assert b"GEHEIME-VOLTEKST" not in response.content
    assert decide(article=article, reader=Reader()).reason is Reason.LOGIN_REQUIRED


def test_subscriber_reads_full_text(client: Client, article, subscriber, frozen_today) -> None:
    response = login(client, subscriber).get(article.get_absolute_url())
    assert b"GEHEIME-VOLTEKST" in response.content
    pdf = client.get(article.get_pdf_url())
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
