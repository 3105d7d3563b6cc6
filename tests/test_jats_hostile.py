"""Hostile packages: what someone who wants to read our files, reach our network or exhaust the machine sends.

Each refusal happens before any content is read (``jats.xmlsafe``, ``jats.package``), answers in Dutch,
and writes nothing: no article, no file on disk.
"""

from __future__ import annotations

import io
import socket
import stat
import struct
import threading
import time
import zipfile
from pathlib import Path

import pytest

from jats import package, xmlsafe
from jats.importer import import_paths, import_units, import_upload
from journals.models import Article, Journal, Publisher
from tests import factories

MINIMAL = """<article xml:lang="nl"><front>
<journal-meta><issn pub-type="epub">1875-1237</issn></journal-meta>
<article-meta><article-id pub-id-type="doi">10.5555/vijandig.1</article-id>
<title-group><article-title>{title}</article-title></title-group>
<pub-date date-type="pub"><day>1</day><month>2</month><year>2024</year></pub-date>
<volume>27</volume><issue>3</issue></article-meta></front></article>"""


@pytest.fixture
def tjs(publisher: Publisher) -> Journal:
    return factories.make_journal(publisher, issn_print="2468-1237", issn_online="1875-1237")


def refused(data: bytes) -> xmlsafe.XMLRefused:
    with pytest.raises(xmlsafe.XMLRefused) as raised:
        xmlsafe.parse(data)
    return raised.value


# XML ------------------------------------------------------------------------------------------------


def test_an_external_entity_is_refused_and_the_file_never_read(tjs: Journal) -> None:
    xml = (
        '<?xml version="1.0"?>\n<!DOCTYPE article [\n  <!ENTITY geheim SYSTEM "file:///etc/passwd">\n]>\n'
        + MINIMAL.format(title="&geheim;")
    ).encode()
    error = refused(xml)
    assert error.line == 3 and "<!ENTITY" in error.message
    summary = import_units([("xxe.xml", xml, {})])
    assert not summary.ok and "root:" not in str(summary)
    assert not Article.objects.exists()


def test_a_parameter_entity_is_refused() -> None:
    error = refused(b"<!DOCTYPE article [ %extern; ]><article/>")
    assert "parameter-entiteiten" in error.message


class Listener:
    """A TCP socket on 127.0.0.1 that records whether anyone connected to it."""

    def __init__(self) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(5)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                connection, _address = self.socket.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        time.sleep(0.3)  # time for a connection that was on its way
        self.running = False
        self.thread.join()
        self.socket.close()


@pytest.mark.parametrize("port", ["listener", 9])
def test_an_external_dtd_is_never_fetched(tjs: Journal, port: object) -> None:
    listener = Listener()
    try:
        address = listener.port if port == "listener" else port
        xml = (
            f'<!DOCTYPE article SYSTEM "http://127.0.0.1:{address}/x.dtd">\n' + MINIMAL.format(title="Een titel")
        ).encode()
        root = xmlsafe.parse(xml)  # allowed: real JATS files carry a DOCTYPE; it is just not loaded
        assert root.tag == "article"
        assert import_units([("dtd.xml", xml, {})]).created == 1
    finally:
        listener.close()
    assert listener.connections == 0


def test_a_local_dtd_is_never_loaded_either(tmp_path: Path) -> None:
    dtd = tmp_path / "x.dtd"
    dtd.write_text('<!ENTITY geheim "GELADEN">')
    for system_id in (f"file://{dtd}", str(dtd)):
        root = xmlsafe.parse(f'<!DOCTYPE article SYSTEM "{system_id}">\n<article>x</article>'.encode())
        assert root.getroottree().docinfo.externalDTD is None
    # So an entity that only the DTD declares stays unknown, and is refused rather than dropped.
    error = refused(f'<!DOCTYPE article SYSTEM "file://{dtd}">\n<article>\n<p>&geheim;</p></article>'.encode())
    assert error.line == 3 and "&geheim;" in error.message


def test_a_known_named_entity_becomes_its_character() -> None:
    root = xmlsafe.parse(b'<!DOCTYPE article PUBLIC "-//NLM//DTD x//EN" "x.dtd"><article>a&nbsp;b&eacute;</article>')
    assert root.text == "a\xa0bé"


def test_billion_laughs_is_refused_at_once() -> None:
    entities = "\n".join(f'  <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    xml = f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol0 "lol">\n{entities}\n]>\n<lolz>&lol9;</lolz>'
    started = time.monotonic()
    error = refused(xml.encode())
    assert time.monotonic() - started < 1
    assert error.line == 3 and "<!ENTITY" in error.message


def test_an_oversized_document_is_refused_unread(settings, tjs: Journal, tmp_path: Path) -> None:
    settings.JATS_MAX_BYTES = 10_000
    xml = MINIMAL.format(title="x" * 20_000).encode()
    assert "te groot" in refused(xml).message
    (tmp_path / "groot.xml").write_bytes(xml)
    summary = import_paths([tmp_path / "groot.xml"])
    assert "groter dan" in summary.files[0].problems[0].message
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as package_zip:
        package_zip.writestr("groot.xml", xml)
    with pytest.raises(package.PackageRefused, match="groter dan"):
        package.read_bytes("groot.zip", archive.getvalue())


def test_too_deep_nesting_is_refused() -> None:
    assert "te diep genest" in refused(b"<a>" * 400 + b"</a>" * 400).message


# Zips -----------------------------------------------------------------------------------------------


def make_zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def package_refusal(data: bytes) -> str:
    with pytest.raises(package.PackageRefused) as raised:
        package.read_bytes("pakket.zip", data)
    return raised.value.message


def test_a_zip_bomb_is_refused_before_unpacking(tjs: Journal) -> None:
    bomb = make_zip({"artikel.xml": MINIMAL.format(title="t").encode(), "fig1.png": b"\0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert "zipbom" in package_refusal(bomb)
    summary = import_upload("bom.zip", bomb)
    assert summary.refused == 1 and "zipbom" in str(summary)


def test_a_zip_that_lies_about_its_sizes_is_refused() -> None:
    honest = make_zip({"artikel.xml": MINIMAL.format(title="t" * 5000).encode()})
    central = honest.rindex(b"PK\x01\x02")
    # The central directory says the member unpacks to 100 bytes; the stream holds more.
    lying = honest[: central + 24] + struct.pack("<I", 100) + honest[central + 28 :]
    assert "beschadigd" in package_refusal(lying)


@pytest.mark.parametrize(
    "name",
    ["../evil.xml", "artikel/../../evil.xml", "/etc/evil.xml", "C:/evil.xml", "..\\evil.xml", "\\evil.xml"],
)
def test_a_path_that_escapes_the_package_is_refused(tjs: Journal, tmp_path: Path, name: str) -> None:
    data = make_zip({"artikel.xml": MINIMAL.format(title="t").encode(), name: b"<article/>"})
    message = package_refusal(data)
    assert "buiten het pakket" in message or "absoluut pad" in message
    (tmp_path / "pakket").mkdir()
    (tmp_path / "pakket" / "p.zip").write_bytes(data)
    summary = import_paths([tmp_path / "pakket"])
    assert summary.refused == 1 and not Article.objects.exists()
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["p.zip", "pakket"]  # nothing was unpacked


def test_a_symbolic_link_in_a_zip_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("artikel.xml", MINIMAL.format(title="t"))
        link = zipfile.ZipInfo("fig1.png")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert "symbolische koppeling" in package_refusal(buffer.getvalue())


def test_a_symbolic_link_in_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "artikel.xml").write_text(MINIMAL.format(title="t"))
    (tmp_path / "fig1.png").symlink_to("/etc/passwd")
    with pytest.raises(package.PackageRefused, match="symbolische koppeling"):
        package.read_path(tmp_path)


def test_too_many_members_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_MEMBERS", 5)
    members = {f"fig{n}.png": b"x" for n in range(6)}
    assert "meer dan 5" in package_refusal(make_zip(members))
    assert package.read_bytes("p.zip", make_zip({"a.xml": b"<article/>", **dict(list(members.items())[:4])}))


def test_too_much_unpacked_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 1000)
    data = make_zip({"a.xml": b"<article/>", "fig1.png": bytes(range(256)) * 8}, compression=zipfile.ZIP_STORED)
    assert "uitgepakt groter dan" in package_refusal(data)


def test_a_zip_in_the_zip_is_refused() -> None:
    inner = make_zip({"a.xml": b"<article/>"})
    assert "zip in de zip" in package_refusal(make_zip({"a.xml": b"<article/>", "binnen/b.zip": inner}))


def test_an_encrypted_member_is_refused() -> None:
    data = bytearray(make_zip({"a.xml": b"<article/>"}, compression=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1  # the 'encrypted' flag, in the local header and in the directory
    assert "versleuteld" in package_refusal(bytes(data))


def test_something_that_is_no_zip_is_refused() -> None:
    assert "geen leesbaar zip-bestand" in package_refusal(b"PK\x03\x04 en verder niets")


def test_archiver_litter_is_skipped() -> None:
    data = make_zip({"a.xml": b"<article/>", "__MACOSX/._a.xml": b"\0\5\26\7", "._a.xml": b"\0", ".DS_Store": b"\0"})
    assert [unit.source for unit in package.read_bytes("p.zip", data)] == ["p.zip/a.xml"]
