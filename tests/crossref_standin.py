"""A local stand-in for Crossref's deposit servlet (``/servlet/deposit``), so deposits run offline.

A real HTTP server in a thread on 127.0.0.1 takes a multipart POST as Crossref's does (``operation=
doMDUpload``, ``login_id``, ``login_passwd``, the file as ``fname``) and answers as it does: HTTP 200 with
its small HTML page "SUCCESS / Your batch submission was successfully received." for a good upload;
"FAILURE" with an error status for a bad login (401), a missing file or an unknown operation (400), or a
file that is not a Crossref 5.4.0 ``doi_batch`` (400). Every upload is kept in ``uploads`` for the test.

Tests use the ``crossref`` fixture: it starts the stand-in (once per session), empties it and points
``CROSSREF_DEPOSIT_URL`` and the login at it.
"""

from __future__ import annotations

import email.parser
import email.policy
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from lxml import etree

USERNAME = "leeszaal/role"
PASSWORD = "standin-wachtwoord"
DOI_BATCH = "{http://www.crossref.org/schema/5.4.0}doi_batch"

_PAGE = "<html>\n<head><title>{title}</title>\n</head>\n<body>\n<h2>{title}</h2>\n<p>{text}</p>\n</body>\n</html>\n"


@dataclass
class Upload:
    fields: dict[str, str]
    filename: str
    content: bytes


@dataclass
class Standin:
    url: str
    uploads: list[Upload] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.uploads.clear()


def _parts(content_type: str, body: bytes) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """The fields and the file (``fname``) of a multipart/form-data body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body
    )
    fields: dict[str, str] = {}
    upload: tuple[str, bytes] | None = None
    if not message.is_multipart():
        return fields, upload
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        filename = part.get_filename()
        if filename is not None:
            upload = (filename, payload) if name == "fname" else upload
        else:
            fields[name] = payload.decode("utf-8", "replace")
    return fields, upload


def _is_deposit(content: bytes) -> bool:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return False
    return bool(root.tag == DOI_BATCH and root.get("version") == "5.4.0")


def _handler(standin: Standin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self, status: int, title: str, text: str) -> None:
            body = _PAGE.format(title=title, text=text).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html;charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            if self.path.split("?")[0] != "/servlet/deposit":
                self._answer(404, "Not Found", "No such servlet.")
                return
            length = int(self.headers.get("Content-Length") or 0)
            fields, upload = _parts(self.headers.get("Content-Type", ""), self.rfile.read(length))
            if fields.get("login_id") != USERNAME or fields.get("login_passwd") != PASSWORD:
                self._answer(401, "FAILURE", "Authentication failed: the login_id or login_passwd is not valid.")
                return
            if fields.get("operation") != "doMDUpload" or upload is None:
                self._answer(400, "FAILURE", "No file was uploaded (operation=doMDUpload with fname expected).")
                return
            if not _is_deposit(upload[1]):
                self._answer(400, "FAILURE", "The uploaded file is not a valid Crossref 5.4.0 deposit.")
                return
            with standin.lock:
                standin.uploads.append(Upload(fields=fields, filename=upload[0], content=upload[1]))
            self._answer(200, "SUCCESS", "Your batch submission was successfully received.")

    return Handler


@pytest.fixture(scope="session")
def crossref_server() -> Iterator[Standin]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    standin = Standin(url=f"http://127.0.0.1:{server.server_address[1]}/servlet/deposit")
    server.RequestHandlerClass = _handler(standin)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield standin
    server.shutdown()
    server.server_close()


@pytest.fixture
def crossref(crossref_server: Standin, settings: Any) -> Standin:
    crossref_server.reset()
    settings.CROSSREF_DEPOSIT_URL = crossref_server.url
    settings.CROSSREF_USERNAME = USERNAME
    settings.CROSSREF_PASSWORD = PASSWORD
    return crossref_server
