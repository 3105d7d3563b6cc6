"""Account mails (confirmation, password reset, "you already have an account"): sent at once, or kept.

``mail_send`` is what the allauth adapter calls for every account mail. It sends the message through the
default mailer. When the mail server does not answer (refused, timed out, closed the connection), the
page is answered as usual and the message waits in the task queue: ``accounts.tasks.deliver_mail`` sends
it later, again and again with growing pauses (``retry_delay``), for ``RETRY_FOR``.

The operator reads about an outage once when it begins (ERROR) and once when a mail goes out again
(WARNING, with the number of mails that had to wait), not once per request or per retry. The state lives
in the default cache: shared by all processes with Redis, per process otherwise (then each process that
meets the outage says so once). For ``PAUSE`` after a failure, mails go straight to the queue, so that
pages do not wait for a mail server that was just found down.

A queued message is stored whole (rendered text, with its links) in the task's arguments, so that it goes
out in the reader's language and with the link they asked for. Those links expire (confirmation and reset
after three days); ``manage.py prune_db_task_results`` removes finished tasks.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import smtplib
from enum import StrEnum
from typing import Any

from django.core.cache import cache
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone

log = logging.getLogger(__name__)

#: After the mail server failed, mails go straight to the queue for this long.
PAUSE = datetime.timedelta(minutes=1)
#: A queued mail is tried for this long after it was first queued; then the worker gives up on it.
RETRY_FOR = datetime.timedelta(hours=24)
FIRST_DELAY = datetime.timedelta(minutes=1)
MAX_DELAY = datetime.timedelta(hours=1)

_OUTAGE_KEY = "accounts:mail:outage"  # when the outage began; present until a mail goes out again
_QUEUED_KEY = "accounts:mail:queued"  # how many mails were queued during the outage
_PAUSE_KEY = "accounts:mail:pause"


class Delivery(StrEnum):
    SENT = "sent"
    QUEUED = "queued"
    REFUSED = "refused"  # the server refused the recipient for good (5xx): trying again would not help


def retry_delay(attempt: int) -> datetime.timedelta:
    """How long a queued mail waits before the worker's attempt number ``attempt`` (1, 2, ...)."""
    return min(FIRST_DELAY * 2 ** (attempt - 1), MAX_DELAY)


def message_to_json(message: EmailMessage) -> dict[str, Any]:
    """A message as plain data for a task's arguments; account mails have no attachments."""
    if message.attachments:
        raise ValueError("A message with attachments cannot be queued.")
    alternatives = getattr(message, "alternatives", [])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in alternatives],
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
    }


def message_from_json(data: dict[str, Any]) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[(content, mimetype) for content, mimetype in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    return message


def mail_send(*, message: EmailMessage) -> Delivery:
    """Send ``message`` now, or queue it when the mail server does not answer. Never raises for an outage."""
    if cache.get(_PAUSE_KEY) is not None:
        return _queue_new(message)
    try:
        message.send()
    except OSError as error:  # smtplib's errors, refused and timed-out connections, TLS failures
        if _refused_for_good(error):
            _log_refused(message_to_json(message), error)
            return Delivery.REFUSED
        _outage_begins(error)
        return _queue_new(message)
    _outage_ends()
    return Delivery.SENT


def mail_retry(*, message: dict[str, Any], attempt: int, queued_at: str) -> dict[str, Any]:
    """The worker's attempt number ``attempt`` at a queued message; queues the next one if this fails."""
    try:
        message_from_json(message).send()
    except OSError as error:
        if _refused_for_good(error):
            _log_refused(message, error)
            return {"sent": False, "attempt": attempt, "refused": True}
        _outage_begins(error)
        next_try = timezone.now() + retry_delay(attempt + 1)
        if next_try - datetime.datetime.fromisoformat(queued_at) > RETRY_FOR:
            log.error(
                "Gave up on an account mail (%r) to an address at %s: the mail server did not take it "
                "in %d attempts since %s (last error: %s).",
                message["subject"],
                _domains(message),
                attempt,
                queued_at,
                error,
            )
            return {"sent": False, "attempt": attempt, "gave_up": True}
        _enqueue(message, attempt=attempt + 1, queued_at=queued_at, run_after=next_try)
        return {"sent": False, "attempt": attempt, "retry": attempt + 1}
    _outage_ends()
    return {"sent": True, "attempt": attempt}


def _queue_new(message: EmailMessage) -> Delivery:
    now = timezone.now()
    _enqueue(message_to_json(message), attempt=1, queued_at=now.isoformat(), run_after=now + retry_delay(1))
    cache.add(_QUEUED_KEY, 0, timeout=None)
    with contextlib.suppress(ValueError):  # gone meanwhile: the outage just ended
        cache.incr(_QUEUED_KEY)
    return Delivery.QUEUED


def _enqueue(message: dict[str, Any], *, attempt: int, queued_at: str, run_after: datetime.datetime) -> None:
    from accounts.tasks import deliver_mail

    # The database backend stores the task in the current transaction: it is kept exactly when the change
    # that sends the mail (a new account, a reset) is kept.
    deliver_mail.using(run_after=run_after).enqueue(message=message, attempt=attempt, queued_at=queued_at)


def _outage_begins(error: OSError) -> None:
    cache.set(_PAUSE_KEY, True, timeout=PAUSE.total_seconds())
    if cache.add(_OUTAGE_KEY, timezone.now().isoformat(), timeout=None):
        log.error(
            "The mail server does not take account mails (%s: %s); they are queued and sent by the background "
            "worker (manage.py db_worker) once it answers again.",
            type(error).__name__,
            error,
        )


def _outage_ends() -> None:
    since = cache.get(_OUTAGE_KEY)
    if since is None:
        return
    queued = cache.get(_QUEUED_KEY, 0)
    if cache.delete(_OUTAGE_KEY):  # one process reports the end, even with a shared cache
        cache.delete_many([_QUEUED_KEY, _PAUSE_KEY])
        log.warning(
            "The mail server takes account mails again (down since %s); %d account mails were queued.", since, queued
        )


def _refused_for_good(error: OSError) -> bool:
    if not isinstance(error, smtplib.SMTPRecipientsRefused) or not error.recipients:
        return False
    return all(code >= 500 for code, _text in error.recipients.values())


def _log_refused(message: dict[str, Any], error: OSError) -> None:
    log.warning(
        "The mail server refused an account mail (%r) to %s for good: %s", message["subject"], _domains(message), error
    )


def _domains(message: dict[str, Any]) -> str:
    """Where a mail went, without the reader's name: the domains of its recipients."""
    return ", ".join(sorted({address.rpartition("@")[2] for address in message["to"] + message["cc"] + message["bcc"]}))
