"""Depositing at Crossref: make the batch (DOIs first), send it, record the answer.

``deposit_create`` assigns missing DOIs, builds the file and records the batch in one transaction, then
queues ``crossref.tasks.deposit_send_task`` after the commit. ``deposit_send`` posts the file to
``CROSSREF_DEPOSIT_URL`` as Crossref's deposit servlet expects it (multipart, ``operation=doMDUpload``,
``login_id``, ``login_passwd``, the file as ``fname``) and records what came back. A DOI becomes
registered (``RegisteredDoi``) only when Crossref received the batch; an article's registered DOI is
never replaced, whatever a later deposit carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.etree
import lxml.html
import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from crossref.deposit import Batch, articles_for_deposit, batch_build
from crossref.dois import dois_assign
from crossref.models import Deposit, DepositItem, RegisteredDoi

#: A submission id, when the servlet's answer names one.
_SUBMISSION = re.compile(r"submission[ _-]?id\D{0,5}(\d+)", re.IGNORECASE)
_MESSAGE_LIMIT = 4000


def batch_prepare(*, article_ids: Iterable[int]) -> Batch:
    """The deposit XML of the articles, their missing DOIs assigned first, in the caller's transaction:
    when the batch is refused (``DepositError``), the rollback takes the new DOIs back too."""
    articles = list(articles_for_deposit().filter(pk__in=list(article_ids)).select_for_update(of=("self",)))
    dois_assign(article for article in articles if article.is_published)
    return batch_build(articles)


def deposit_create(*, article_ids: Iterable[int], queue: bool = True) -> Deposit:
    """A batch of the articles (their missing DOIs assigned first), queued for sending after the commit.

    Raises ``crossref.deposit.DepositError`` when an article cannot be deposited (not published).
    """
    with transaction.atomic():
        batch = batch_prepare(article_ids=article_ids)
        deposit = Deposit.objects.create(batch_id=batch.batch_id, xml=batch.xml.decode("utf-8"))
        DepositItem.objects.bulk_create(
            DepositItem(deposit=deposit, article=article, doi=article.doi) for article in batch.articles
        )
        if queue:
            from crossref.tasks import deposit_send_task

            deposit_id = deposit.pk
            transaction.on_commit(lambda: deposit_send_task.enqueue(deposit_id=deposit_id))
    return deposit


def deposit_send(*, deposit_id: int) -> Deposit:
    """Post the batch to Crossref and record its answer; a batch already received is not sent again."""
    deposit = Deposit.objects.get(pk=deposit_id)
    if deposit.status == Deposit.Status.SUCCESS:
        return deposit
    if not settings.CROSSREF_USERNAME or not settings.CROSSREF_PASSWORD:
        return _record(
            deposit, status=Deposit.Status.FAILED, message=_("Crossref is niet ingesteld (CROSSREF_USERNAME).")
        )
    try:
        response = requests.post(
            settings.CROSSREF_DEPOSIT_URL,
            data={
                "operation": "doMDUpload",
                "login_id": settings.CROSSREF_USERNAME,
                "login_passwd": settings.CROSSREF_PASSWORD,
            },
            files={"fname": (f"{deposit.batch_id}.xml", deposit.xml.encode("utf-8"), "application/xml")},
            timeout=settings.CROSSREF_TIMEOUT,
        )
    except requests.RequestException as error:
        return _record(
            deposit,
            status=Deposit.Status.FAILED,
            message=_("Crossref niet bereikt: %(error)s") % {"error": error.__class__.__name__},
        )
    text = _answer_text(response.text)
    received = response.status_code == 200 and "SUCCESS" in text and "FAILURE" not in text
    match = _SUBMISSION.search(text)
    return _record(
        deposit,
        status=Deposit.Status.SUCCESS if received else Deposit.Status.FAILED,
        message=text,
        http_status=response.status_code,
        submission_id=match.group(1) if match else "",
    )


def _record(
    deposit: Deposit, *, status: str, message: str, http_status: int | None = None, submission_id: str = ""
) -> Deposit:
    with transaction.atomic():
        deposit.status = status
        deposit.message = message[:_MESSAGE_LIMIT]
        deposit.http_status = http_status
        deposit.submission_id = submission_id
        deposit.sent_at = timezone.now()
        deposit.save(update_fields=["status", "message", "http_status", "submission_id", "sent_at"])
        if status == Deposit.Status.SUCCESS:
            known = set(
                RegisteredDoi.objects.filter(article_id__in=deposit.items.values("article_id")).values_list(
                    "article_id", flat=True
                )
            )
            RegisteredDoi.objects.bulk_create(
                RegisteredDoi(article_id=item.article_id, doi=item.doi, deposit=deposit)
                for item in deposit.items.all()
                if item.article_id not in known
            )
    return deposit


def _answer_text(body: str) -> str:
    """The servlet's HTML answer as plain text ('SUCCESS Your batch submission was successfully received.')."""
    try:
        text = lxml.html.fromstring(body).text_content() if body.strip() else ""
    except (ValueError, lxml.etree.ParserError):
        text = body
    return " ".join(text.split())
