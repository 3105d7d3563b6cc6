"""A local stand-in for Mollie's v2 API, so the whole purchase runs offline.

A real HTTP server in a thread on 127.0.0.1 answers as Mollie's ``payments``, ``customers``,
``customers/{id}/payments`` and ``customers/{id}/mandates`` endpoints do (HAL JSON with
``_links.checkout.href``), and serves a checkout page where a test or a browser picks what
happens: paid, failed, canceled or expired. As at Mollie, a paid ``first`` payment makes a valid
mandate, and a ``recurring`` payment on a mandate starts ``pending`` until a test settles it.
After the checkout the stand-in posts the webhook (``id=tr_...``) to the payment's ``webhookUrl``
and sends the browser on to its ``redirectUrl``.

Tests use the ``mollie`` fixture: it starts the stand-in (once per session), empties it, and points
``MOLLIE_API_KEY``/``MOLLIE_API_ENDPOINT`` at it. Helpers change a payment (``settle``, ``refund``,
``charge_back``) and deliver the webhook through Django's test client (``webhook``).
"""

from __future__ import annotations

import datetime
import html
import itertools
import json
import secrets
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

API_KEY = "test_standin" + "x" * 24
STATUSES = ("paid", "failed", "canceled", "expired")


def _amount(cents: int) -> dict[str, str]:
    return {"currency": "EUR", "value": f"{cents // 100}.{cents % 100:02d}"}


def _cents(amount: dict[str, str]) -> int:
    euros, _, cents = amount["value"].partition(".")
    return int(euros) * 100 + int((cents + "00")[:2])


@dataclass
class StandinPayment:
    id: str
    amount_cents: int
    description: str
    sequence_type: str
    redirect_url: str
    webhook_url: str
    metadata: Any
    customer_id: str = ""
    mandate_id: str = ""
    status: str = "open"
    method: str = ""
    refunded_cents: int = 0
    charged_back_cents: int = 0
    created_at: str = field(default_factory=lambda: datetime.datetime.now(datetime.UTC).isoformat())


@dataclass
class StandinMandate:
    id: str
    customer_id: str
    method: str
    status: str = "valid"


class Standin:
    """The stand-in's state and its server; one per test session, emptied before each test."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.payments: dict[str, StandinPayment] = {}
        self.customers: dict[str, dict[str, str]] = {}
        self.mandates: dict[str, StandinMandate] = {}
        self.requests: list[tuple[str, str]] = []
        #: Answers to payment requests by their Idempotency-Key: Mollie replays them for a repeated key.
        self.answers_by_key: dict[str, tuple[int, dict[str, Any]]] = {}
        #: After a choice at the checkout page: post the webhook before redirecting (as Mollie does).
        self.webhook_on_checkout = True
        self._ids = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reset(self) -> None:
        with self.lock:
            self.payments.clear()
            self.customers.clear()
            self.mandates.clear()
            self.requests.clear()
            self.answers_by_key.clear()
            self.webhook_on_checkout = True

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids)}{secrets.token_hex(4)}"

    # What tests do

    def settle(self, payment_id: str, status: str, method: str = "ideal") -> StandinPayment:
        """The reader (or the bank, for a recurring charge) decided: paid, failed, canceled or expired."""
        with self.lock:
            payment = self.payments[payment_id]
            payment.status = status
            payment.method = payment.method or method
            if status == "paid" and payment.sequence_type == "first" and payment.customer_id:
                mandate = StandinMandate(self.new_id("mdt"), payment.customer_id, method="directdebit")
                self.mandates[mandate.id] = mandate
                payment.mandate_id = mandate.id
            return payment

    def refund(self, payment_id: str, cents: int | None = None) -> None:
        with self.lock:
            payment = self.payments[payment_id]
            payment.refunded_cents += payment.amount_cents if cents is None else cents

    def charge_back(self, payment_id: str) -> None:
        with self.lock:
            payment = self.payments[payment_id]
            payment.charged_back_cents = payment.amount_cents

    def only_payment(self) -> StandinPayment:
        with self.lock:
            (payment,) = self.payments.values()
            return payment

    def latest_payment(self) -> StandinPayment:
        with self.lock:
            return list(self.payments.values())[-1]

    def webhook(self, client: Any, payment_id: str) -> Any:
        """Mollie's webhook, through Django's test client: ``id`` and nothing else."""
        from django.urls import reverse

        return client.post(reverse("sales:webhook"), {"id": payment_id})

    def deliver(self, payment: StandinPayment) -> int:
        """Post the webhook over HTTP to the payment's ``webhookUrl`` (a live server)."""
        data = f"id={payment.id}".encode()
        request = urllib.request.Request(payment.webhook_url, data=data, method="POST")  # noqa: S310 - a test URL
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return int(response.status)

    # How it answers

    def payment_json(self, payment: StandinPayment) -> dict[str, Any]:
        links: dict[str, Any] = {
            "self": {"href": f"{self.url}/v2/payments/{payment.id}", "type": "application/hal+json"}
        }
        if payment.status == "open":
            links["checkout"] = {"href": f"{self.url}/checkout/{payment.id}", "type": "text/html"}
        data: dict[str, Any] = {
            "resource": "payment",
            "id": payment.id,
            "mode": "test",
            "createdAt": payment.created_at,
            "status": payment.status,
            "amount": _amount(payment.amount_cents),
            "description": payment.description,
            "method": payment.method or None,
            "metadata": payment.metadata,
            "sequenceType": payment.sequence_type,
            "redirectUrl": payment.redirect_url or None,
            "webhookUrl": payment.webhook_url,
            "profileId": "pfl_standin",
            "_links": links,
        }
        if payment.customer_id:
            data["customerId"] = payment.customer_id
        if payment.mandate_id:
            data["mandateId"] = payment.mandate_id
        if payment.status == "paid":
            data["paidAt"] = payment.created_at
            data["amountRefunded"] = _amount(payment.refunded_cents)
            data["amountRemaining"] = _amount(payment.amount_cents - payment.refunded_cents)
            if payment.charged_back_cents:
                data["amountChargedBack"] = _amount(payment.charged_back_cents)
        return data

    def mandate_json(self, mandate: StandinMandate) -> dict[str, Any]:
        return {
            "resource": "mandate",
            "id": mandate.id,
            "status": mandate.status,
            "method": mandate.method,
            "details": {"consumerName": "Stand-in", "consumerAccount": "NL55INGB0000000000"},
            "mandateReference": None,
            "signatureDate": datetime.date.today().isoformat(),
            "createdAt": datetime.datetime.now(datetime.UTC).isoformat(),
            "_links": {"self": {"href": f"{self.url}/v2/customers/{mandate.customer_id}/mandates/{mandate.id}"}},
        }

    def create_payment(self, body: dict[str, Any], customer_id: str = "") -> tuple[int, dict[str, Any]]:
        try:
            cents = _cents(body["amount"])
        except (KeyError, ValueError, TypeError):
            return 422, _error(422, "The amount is invalid", "amount")
        sequence = body.get("sequenceType", "oneoff")
        customer_id = customer_id or body.get("customerId", "")
        if customer_id and customer_id not in self.customers:
            return 404, _error(404, "No customer exists with token " + customer_id)
        if sequence in ("oneoff", "first") and not body.get("redirectUrl"):
            return 422, _error(422, "The redirect URL is required", "redirectUrl")
        if sequence == "first" and not customer_id:
            return 422, _error(422, "A first payment needs a customer", "customerId")
        if not body.get("description"):
            return 422, _error(422, "The description is required", "description")
        payment = StandinPayment(
            id=self.new_id("tr"),
            amount_cents=cents,
            description=body["description"],
            sequence_type=sequence,
            redirect_url=body.get("redirectUrl") or "",
            webhook_url=body.get("webhookUrl") or "",
            metadata=body.get("metadata"),
            customer_id=customer_id,
        )
        if sequence == "recurring":
            mandates = [m for m in self.mandates.values() if m.customer_id == customer_id and m.status == "valid"]
            wanted = body.get("mandateId")
            mandate = next((m for m in mandates if not wanted or m.id == wanted), None)
            if mandate is None:
                return 422, _error(422, "The customer has no valid mandate", "mandateId")
            payment.mandate_id, payment.method, payment.status = mandate.id, mandate.method, "pending"
        self.payments[payment.id] = payment
        return 201, self.payment_json(payment)


def _error(status: int, detail: str, field_name: str = "") -> dict[str, Any]:
    data: dict[str, Any] = {"status": status, "title": "Error", "detail": detail}
    if field_name:
        data["field"] = field_name
    return data


CHECKOUT_PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Stand-in checkout</title></head>
<body><h1>Mollie stand-in</h1><p>{description}: € {amount}</p>
<form method="post" action="/checkout/{id}">{buttons}</form></body></html>"""


def _handler(standin: Standin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, data: dict[str, Any] | None = None) -> None:
            body = json.dumps(data or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/hal+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _once(self, create: Any) -> tuple[int, dict[str, Any]]:
            """As Mollie: a repeated Idempotency-Key gets the first answer again, not a second payment."""
            key = self.headers.get("Idempotency-Key", "")
            if key and key in standin.answers_by_key:
                return standin.answers_by_key[key]
            answer: tuple[int, dict[str, Any]] = create()
            if key:
                standin.answers_by_key[key] = answer
            return answer

        def _authorised(self) -> bool:
            if self.headers.get("Authorization", "").startswith(("Bearer test_", "Bearer live_")):
                return True
            self._send(401, _error(401, "Missing authentication, or failed to authenticate"))
            return False

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def do_GET(self) -> None:
            parts = urlsplit(self.path).path.strip("/").split("/")
            with standin.lock:
                standin.requests.append(("GET", self.path))
                if parts[0] == "checkout" and len(parts) == 2 and parts[1] in standin.payments:
                    return self._checkout_page(standin.payments[parts[1]])
                if not self._authorised():
                    return None
                match parts:
                    case ["v2", "payments", payment_id] if payment_id in standin.payments:
                        return self._send(200, standin.payment_json(standin.payments[payment_id]))
                    case ["v2", "customers", customer_id] if customer_id in standin.customers:
                        return self._send(200, standin.customers[customer_id])
                    case ["v2", "customers", customer_id, "mandates"] if customer_id in standin.customers:
                        found = [
                            standin.mandate_json(m) for m in standin.mandates.values() if m.customer_id == customer_id
                        ]
                        links = {"self": {"href": standin.url + self.path}, "previous": None, "next": None}
                        return self._send(200, {"count": len(found), "_embedded": {"mandates": found}, "_links": links})
                    case ["v2", "customers", customer_id, "mandates", mandate_id] if (
                        mandate_id in standin.mandates and standin.mandates[mandate_id].customer_id == customer_id
                    ):
                        return self._send(200, standin.mandate_json(standin.mandates[mandate_id]))
                return self._send(404, _error(404, "The resource could not be found"))

        def do_POST(self) -> None:
            parts = urlsplit(self.path).path.strip("/").split("/")
            raw = self._body()
            if parts[0] == "checkout" and len(parts) == 2:
                return self._checkout_choice(parts[1], raw)
            with standin.lock:
                standin.requests.append(("POST", self.path))
                if not self._authorised():
                    return None
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    return self._send(400, _error(400, "The JSON is invalid"))
                match parts:
                    case ["v2", "payments"]:
                        return self._send(*self._once(lambda: standin.create_payment(body)))
                    case ["v2", "customers", customer_id, "payments"]:
                        return self._send(*self._once(lambda: standin.create_payment(body, customer_id=customer_id)))
                    case ["v2", "customers"]:
                        customer_id = standin.new_id("cst")
                        customer = {
                            "resource": "customer",
                            "id": customer_id,
                            "mode": "test",
                            "name": body.get("name"),
                            "email": body.get("email"),
                            "locale": body.get("locale"),
                            "metadata": None,
                            "createdAt": datetime.datetime.now(datetime.UTC).isoformat(),
                            "_links": {"self": {"href": f"{standin.url}/v2/customers/{customer_id}"}},
                        }
                        standin.customers[customer_id] = customer
                        return self._send(201, customer)
                return self._send(404, _error(404, "The resource could not be found"))

        def _checkout_page(self, payment: StandinPayment) -> None:
            buttons = "".join(
                f'<button type="submit" name="status" value="{status}">{status}</button>' for status in STATUSES
            )
            page = CHECKOUT_PAGE.format(
                description=html.escape(payment.description),
                amount=_amount(payment.amount_cents)["value"],
                id=payment.id,
                buttons=buttons,
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def _checkout_choice(self, payment_id: str, raw: bytes) -> None:
            status = parse_qs(raw.decode()).get("status", [""])[0]
            with standin.lock:
                payment = standin.payments.get(payment_id)
                if payment is None or payment.status != "open" or status not in STATUSES:
                    return self._send(400, _error(400, "This payment cannot be paid now"))
                standin.settle(payment_id, status)
            if standin.webhook_on_checkout and payment.webhook_url:
                standin.deliver(payment)  # outside the lock: the site asks the stand-in back
            self.send_response(303)
            self.send_header("Location", payment.redirect_url)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


_standin: Standin | None = None


def standin() -> Standin:
    global _standin
    if _standin is None:
        _standin = Standin()
    return _standin


@pytest.fixture
def mollie(settings: Any) -> Iterator[Standin]:
    """Mollie's API as a local stand-in, with Leeszaal configured to use it."""
    server = standin()
    server.reset()
    settings.MOLLIE_API_KEY = API_KEY
    settings.MOLLIE_API_ENDPOINT = server.url
    settings.MOLLIE_CHECKOUT_ORIGINS = [server.url]
    yield server
    server.reset()
