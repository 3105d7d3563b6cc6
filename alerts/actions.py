"""Following a journal and sending the table of contents of a new issue, as plain functions.

* ``follow_create_for_user``: a logged-in reader follows a journal (confirmed at once: the account's
  address is verified);
* ``follow_request``: an address follows a journal after double opt-in; the confirmation mail carries a
  signed token that expires after ``CONFIRM_MAX_AGE``; nothing else goes to an address that did not confirm;
* ``follow_confirm`` / ``follow_end``: confirm with that token, end with the follow's own token;
* ``issue_alerts_send``: what the background task runs after an issue was published.

Every mail goes through ``accounts.mail.mail_send``: when the mail server is down, the message waits in the
task queue and is retried, so no alert is lost and the publish never waits for it.
"""

from __future__ import annotations

import datetime
from email.utils import parseaddr
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.mail import Delivery, mail_send
from accounts.models import User
from alerts.models import AlertSent, Follow
from journals.models import Article, Issue, Journal, attach_author_names
from leeszaal.siteurl import absolute_url

CONFIRM_MAX_AGE = datetime.timedelta(days=3)
#: A pending address gets at most one confirmation mail per this long, however often it is entered.
CONFIRM_RESEND_AFTER = datetime.timedelta(minutes=15)
_CONFIRM_SALT = "alerts.follow.confirm"


def follow_create_for_user(*, user: User, journal: Journal, language: str) -> Follow:
    """``user`` follows ``journal`` (again); alerts come in ``language``."""
    now = timezone.now()
    with transaction.atomic():
        follow, created = Follow.objects.select_for_update().get_or_create(
            journal=journal, user=user, defaults={"language": language, "confirmed_at": now}
        )
        if not created:
            follow.language = language
            follow.confirmed_at = follow.confirmed_at or now
            follow.unsubscribed_at = None
            follow.save(update_fields=["language", "confirmed_at", "unsubscribed_at"])
    return follow


def follow_end(*, follow: Follow) -> None:
    """No more alerts for this follow; its unsubscribe link keeps answering."""
    if follow.unsubscribed_at is None:
        follow.unsubscribed_at = timezone.now()
        follow.save(update_fields=["unsubscribed_at"])


def follow_end_for_user(*, user: User, journal: Journal) -> None:
    Follow.objects.of_user(user.pk).of_journal(journal).filter(unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )


def follow_request(*, email: str, journal: Journal, language: str) -> bool:
    """An address asks to follow ``journal``: a confirmation mail goes out unless it already follows it.

    ``email`` has been validated (``accounts.addresses.address_validate``). Returns whether a mail was sent;
    the page answers the same either way, so that it tells nobody whether an address follows a journal.
    """
    email = email.strip()
    with transaction.atomic():
        try:
            with transaction.atomic():
                follow, created = Follow.objects.get_or_create(
                    journal=journal, user=None, email__iexact=email, defaults={"email": email, "language": language}
                )
        except IntegrityError:  # created meanwhile by the same request sent twice
            follow = Follow.objects.get(journal=journal, user=None, email__iexact=email)
            created = False
        if not created and follow.is_active:
            return False
        now = timezone.now()
        if (
            not created
            and follow.unsubscribed_at is None
            and follow.confirm_sent_at is not None
            and now - follow.confirm_sent_at < CONFIRM_RESEND_AFTER
        ):
            return False  # asked again within minutes: the mail on its way does; no mail bombing of an address
        if not created:
            # Pending or ended: a new round of opt-in, with a new token (old confirm and unsubscribe links die).
            follow.language = language
            follow.confirmed_at = None
            follow.unsubscribed_at = None
            follow.token = Follow._meta.get_field("token").get_default()
        follow.confirm_sent_at = now
        follow.save(update_fields=["language", "confirmed_at", "unsubscribed_at", "token", "confirm_sent_at"])
        _send_confirmation(follow)
    return True


def confirm_token(follow: Follow) -> str:
    return signing.dumps({"f": follow.pk, "t": follow.token}, salt=_CONFIRM_SALT, compress=True)


def follow_for_confirm_token(token: str) -> Follow | None:
    """The pending follow a confirmation token names, or None when it is forged, expired or used up."""
    try:
        data = signing.loads(token, salt=_CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired too
        return None
    if not isinstance(data, dict) or not isinstance(data.get("f"), int) or not isinstance(data.get("t"), str):
        return None
    return Follow.objects.select_related("journal").filter(pk=data["f"], token=data["t"], user=None).first()


def follow_confirm(*, follow: Follow) -> None:
    if follow.confirmed_at is None:
        follow.confirmed_at = timezone.now()
        follow.save(update_fields=["confirmed_at"])


def _send_confirmation(follow: Follow) -> None:
    with translation.override(follow.language):
        context = {
            "journal": follow.journal,
            "confirm_url": absolute_url(reverse("alerts:confirm", kwargs={"token": confirm_token(follow)})),
            "days": CONFIRM_MAX_AGE.days,
        }
        subject = settings.EMAIL_SUBJECT_PREFIX + render_to_string("alerts/mail/confirm_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("alerts/mail/confirm.txt", context),
            to=[follow.email],
        )
        message.attach_alternative(render_to_string("alerts/mail/confirm.html", context), "text/html")
    mail_send(message=message)


# --- The alert ---------------------------------------------------------------------------------------------


def unsubscribe_url(follow: Follow) -> str:
    return absolute_url(reverse("alerts:unsubscribe", kwargs={"token": follow.token}))


def manage_url(follow: Follow) -> str:
    """Where the reader manages alerts: the account page, or (without an account) the unsubscribe page."""
    if follow.user_id is not None:
        return absolute_url(reverse("account_overview") + "#attenderingen")
    return unsubscribe_url(follow)


def _unsubscribe_mailto(follow: Follow) -> str:
    address = getattr(settings, "ALERTS_UNSUBSCRIBE_EMAIL", "") or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return f"mailto:{address}?subject={quote('unsubscribe ' + follow.token)}"


def alert_message(*, follow: Follow, issue: Issue, articles: list[Article]) -> EmailMultiAlternatives:
    """The table of contents of ``issue`` for one follower, in the follower's language.

    ``articles`` carry their author names (``attach_author_names``); only public data is shown: title,
    authors and link. The body of an article is never read.
    """
    with translation.override(follow.language):
        context: dict[str, Any] = {
            "journal": issue.journal,
            "issue": issue,
            "issue_url": absolute_url(issue.get_absolute_url()),
            "entries": [
                {
                    "title": article.title,
                    "authors": article.author_line,
                    "url": absolute_url(article.get_absolute_url()),
                }
                for article in articles
            ],
            "unsubscribe_url": unsubscribe_url(follow),
            "manage_url": manage_url(follow),
        }
        subject = render_to_string("alerts/mail/alert_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject=settings.EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
            body=render_to_string("alerts/mail/alert.txt", context),
            to=[follow.recipient],
            headers={
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>, <{_unsubscribe_mailto(follow)}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": follow.language,
            },
        )
        message.attach_alternative(render_to_string("alerts/mail/alert.html", context), "text/html")
    return message


def issue_alerts_send(*, issue_id: int) -> dict[str, int]:
    """Send the table of contents of a published issue to each active follower who did not get it yet.

    A fixed number of queries whatever the number of followers: the issue (locked, so that two runs for
    the same issue take turns), its articles, their authors, the follows, one insert of the records.
    Mails that the server does not take are queued by ``mail_send`` in the same transaction.
    """
    counts = {"sent": 0, "queued": 0, "refused": 0}
    with transaction.atomic():
        issue = (
            Issue.objects.select_for_update(of=("self",))
            .select_related("journal")
            .filter(pk=issue_id, is_published=True)
            .first()
        )
        if issue is None:
            return counts
        follows = list(Follow.objects.active().of_journal(issue.journal).not_alerted_for(issue).select_related("user"))
        if not follows:
            return counts
        articles = list(Article.objects.published().in_issue(issue).for_listing().in_reading_order())
        for article in articles:
            article.issue = issue
        attach_author_names(articles)
        records = []
        for follow in follows:
            follow.journal = issue.journal
            delivery = mail_send(message=alert_message(follow=follow, issue=issue, articles=articles))
            counts[delivery.value] += 1
            records.append(AlertSent(follow=follow, issue=issue, delivery=_DELIVERY[delivery]))
        AlertSent.objects.bulk_create(records)
    return counts


_DELIVERY = {
    Delivery.SENT: AlertSent.Delivery.SENT,
    Delivery.QUEUED: AlertSent.Delivery.QUEUED,
    Delivery.REFUSED: AlertSent.Delivery.REFUSED,
}
