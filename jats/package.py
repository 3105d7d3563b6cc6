"""Reading what a production house delivers: an XML file, a folder, or a zip of XML, PDF and figures.

Every XML document (``.xml``, ``.nxml``) becomes one ``Unit``: its name for messages, its bytes, and
the files beside it that it refers to, keyed by the path it uses for them (``fig1.png``,
``graphics/fig1.png``). A file counts as referred to when an ``href`` in the XML names it, with or
without its extension (PLOS refers to ``pone.0119074.g001`` and ships ``pone.0119074.g001.tif``).
A PDF also belongs to the XML with the same stem (``artikel.xml``, ``artikel.pdf``), or to the only
XML of its folder when it is the only PDF there. Other files are left out.

A zip is read from its directory only (nothing is extracted to disk) and refused whole when it is
hostile or broken: a member whose path escapes the package (absolute, ``..``, a drive letter), a
symbolic link, an encrypted member, a zip inside the zip, duplicate names, more than
``MAX_MEMBERS`` members, more than ``MAX_TOTAL_BYTES`` unpacked, or a compression ratio above
``MAX_RATIO`` (a zip bomb). Sizes are checked on the directory first and enforced again while
reading, so a directory that lies about them gains nothing. A folder is walked without following
symbolic links (a link is refused, like one in a zip); the zips in it are packages of their own.
"""

from __future__ import annotations

import io
import mimetypes
import os
import posixpath
import re
import stat
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol
from urllib.parse import unquote

from django.conf import settings
from django.utils.translation import gettext as _

__all__ = ["PackageRefused", "Unit", "read_bytes", "read_path", "read_zip"]

XML_SUFFIXES = (".xml", ".nxml")
#: At most this many members in one zip.
MAX_MEMBERS = 10_000
#: At most this many bytes unpacked from one package (a zip or a folder).
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
#: Unpacked size over packed size, for a member larger than RATIO_MIN_BYTES and for the whole zip.
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024
#: Files that archivers add and that are no part of any article.
_IGNORED = re.compile(r"(^|/)(__MACOSX/|\._[^/]*$|\.DS_Store$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)
_HREF = re.compile(rb"""href\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""")
_DRIVE = re.compile(r"^[A-Za-z]:")


def stem(name: str) -> str:
    """A file name without its extension, when it has one a media type is known for.

    ``fig1.png`` -> ``fig1``, but ``pone.0119074.g001`` stays whole (``.g001`` is no extension).
    """
    root, extension = posixpath.splitext(name)
    if extension and mimetypes.guess_type(name, strict=False)[0] is not None:
        return root
    return name


class Unit(NamedTuple):
    """One XML document and the files it refers to: ``(source_name, xml_bytes, files)``."""

    source: str
    xml: bytes
    files: dict[str, bytes]


class PackageRefused(Exception):
    """A package (or a file in it) that is not read at all; ``message`` is Dutch."""

    def __init__(self, message: str, *, source: str = "") -> None:
        self.message = str(message)
        self.source = source
        super().__init__(f"{source}: {self.message}" if source else self.message)


class _Container(Protocol):
    label: str

    def names(self) -> list[str]: ...

    def size(self, name: str) -> int: ...

    def read(self, name: str) -> bytes: ...


# Entry points -------------------------------------------------------------------------------------


def read_path(path: str | Path) -> list[Unit]:
    """The units of an XML file (with the files beside it it refers to), a folder or a zip."""
    path = Path(path)
    label = str(path)
    if path.is_symlink() and not path.exists():
        raise PackageRefused(_("Dit pad bestaat niet."), source=label)
    if path.is_dir():
        return _folder_units(path)
    if not path.is_file():
        raise PackageRefused(_("Dit pad bestaat niet."), source=label)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        with path.open("rb") as handle:
            return read_zip(handle, source=label)
    if suffix in XML_SUFFIXES:
        folder = _Folder(path.parent, label=str(path.parent))
        if path.name in folder.sizes and folder.sizes[path.name] <= settings.JATS_MAX_BYTES:
            # References into subfolders (graphics/fig1.png): looked up one by one, never listed.
            for href in _hrefs(path.read_bytes()):
                folder.add(href)
        return _units(folder, only=[path.name], label=lambda _name: label)
    raise PackageRefused(_("Geen XML-bestand, map of zip-pakket."), source=label)


def read_bytes(name: str, data: bytes) -> list[Unit]:
    """The units of an uploaded file: a zip package (by its content) or a single XML document."""
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".zip"):
        return read_zip(io.BytesIO(data), source=name)
    return [Unit(name, data, {})]


def read_zip(file: BinaryIO, *, source: str) -> list[Unit]:
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageRefused(_("Dit is geen leesbaar zip-bestand."), source=source) from None
    with archive:
        container = _Zip(archive, source)
        return _units(container, label=lambda name: f"{source}/{name}")


# Grouping -----------------------------------------------------------------------------------------


def _units(
    container: _Container, *, label: _Label, only: list[str] | None = None, budget: list[int] | None = None
) -> list[Unit]:
    names = container.names()
    xml_names = [name for name in names if name.lower().endswith(XML_SUFFIXES)]
    if only is not None:
        xml_names = [name for name in xml_names if name in only]
    if not xml_names:
        raise PackageRefused(_("Er staat geen XML-bestand in."), source=container.label)
    others = [name for name in names if not name.lower().endswith(XML_SUFFIXES)]
    by_stem: dict[str, list[str]] = {}
    for name in others:
        by_stem.setdefault(stem(name), []).append(name)
    xml_per_folder: dict[str, int] = {}
    pdfs_per_folder: dict[str, list[str]] = {}
    for name in xml_names:
        folder = posixpath.dirname(name)
        xml_per_folder[folder] = xml_per_folder.get(folder, 0) + 1
    for name in others:
        if name.lower().endswith(".pdf"):
            pdfs_per_folder.setdefault(posixpath.dirname(name), []).append(name)
    available = set(others)
    spent = budget if budget is not None else [0]
    units = []
    for xml_name in xml_names:
        if container.size(xml_name) > settings.JATS_MAX_BYTES:
            raise PackageRefused(
                _("Het XML-bestand is groter dan %(limit)s MB.") % {"limit": settings.JATS_MAX_BYTES // (1024 * 1024)},
                source=label(xml_name),
            )
        xml = container.read(xml_name)
        folder = posixpath.dirname(xml_name)
        wanted: dict[str, str] = {}  # key in files -> name in the container
        for href in _hrefs(xml):
            target = posixpath.normpath(posixpath.join(folder, href))
            if target.startswith("../") or target == "..":
                continue  # outside the package: the reader reports a missing file
            if target in available:
                wanted[href] = target
            for candidate in by_stem.get(stem(target), []):
                wanted.setdefault(_relative(candidate, folder), candidate)
        for candidate in by_stem.get(stem(xml_name), []):
            if candidate.lower().endswith(".pdf"):
                wanted.setdefault(_relative(candidate, folder), candidate)
        pdfs = pdfs_per_folder.get(folder, [])
        if xml_per_folder[folder] == 1 and len(pdfs) == 1:
            wanted.setdefault(_relative(pdfs[0], folder), pdfs[0])
        files = {}
        for key, name in sorted(wanted.items()):
            spent[0] += container.size(name)
            if spent[0] > MAX_TOTAL_BYTES:
                raise PackageRefused(_too_big(), source=container.label)
            files[key] = container.read(name)
        units.append(Unit(label(xml_name), xml, files))
    return units


class _Label(Protocol):
    def __call__(self, name: str, /) -> str: ...


def _relative(name: str, folder: str) -> str:
    return posixpath.relpath(name, folder) if folder else name


def _hrefs(xml: bytes) -> set[str]:
    """The relative references in a document's href attributes (read from the bytes, nothing is parsed)."""
    found = set()
    for match in _HREF.finditer(xml):
        raw = (match.group(1) or match.group(2) or b"").strip()
        if not raw or raw.startswith(b"#") or b":" in raw[:12]:
            continue  # an anchor, or an absolute URL (https:, mailto:, doi:)
        href = unquote(raw.decode("utf-8", errors="replace"))
        if href.startswith("/") or "\\" in href or "\x00" in href:
            continue
        found.add(href)
    return found


def _too_big() -> str:
    return _("Het pakket is uitgepakt groter dan %(limit)s MB.") % {"limit": MAX_TOTAL_BYTES // (1024 * 1024)}


# A zip --------------------------------------------------------------------------------------------


class _Zip:
    def __init__(self, archive: zipfile.ZipFile, label: str) -> None:
        self.archive = archive
        self.label = label
        self.members: dict[str, zipfile.ZipInfo] = {}
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageRefused(
                _("Het pakket heeft %(count)s bestanden; meer dan %(limit)s wordt niet gelezen.")
                % {"count": len(infos), "limit": MAX_MEMBERS},
                source=label,
            )
        total = packed = 0
        seen: set[str] = set()
        for info in infos:
            name = _member_name(info, label)
            if name is None:
                continue
            if name.lower() in seen:
                raise PackageRefused(
                    _("Het pakket bevat %(name)s twee keer.") % {"name": name},
                    source=label,
                )
            seen.add(name.lower())
            total += info.file_size
            packed += info.compress_size
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise PackageRefused(_zip_bomb(name), source=label)
            self.members[name] = info
        if total > MAX_TOTAL_BYTES:
            raise PackageRefused(_too_big(), source=label)
        if total > RATIO_MIN_BYTES and total > MAX_RATIO * max(packed, 1):
            raise PackageRefused(_zip_bomb(""), source=label)

    def names(self) -> list[str]:
        return sorted(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def read(self, name: str) -> bytes:
        info = self.members[name]
        try:
            with self.archive.open(info) as member:
                # Never more than the directory announced, whatever the compressed stream holds.
                data = member.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
            raise PackageRefused(
                _("%(name)s in het pakket is beschadigd of niet te lezen.") % {"name": name}, source=self.label
            ) from None
        if len(data) > info.file_size:
            raise PackageRefused(_zip_bomb(name), source=self.label)
        return data


def _zip_bomb(name: str) -> str:
    if name:
        return _(
            "%(name)s pakt uit tot meer dan %(ratio)s keer zijn gecomprimeerde grootte; "
            "het pakket wordt geweigerd (zipbom)."
        ) % {"name": name, "ratio": MAX_RATIO}
    return _(
        "Het pakket pakt uit tot meer dan %(ratio)s keer zijn gecomprimeerde grootte; het wordt geweigerd (zipbom)."
    ) % {"ratio": MAX_RATIO}


def _member_name(info: zipfile.ZipInfo, label: str) -> str | None:
    """The member's safe relative path, None for what is skipped (folders, archiver litter); refuses the rest."""
    raw = info.filename
    unix_mode = info.external_attr >> 16
    if "\x00" in raw:
        raise PackageRefused(_("Een bestandsnaam in het pakket is ongeldig."), source=label)
    if raw.startswith(("/", "\\")) or _DRIVE.match(raw):
        raise PackageRefused(
            _("%(name)s heeft een absoluut pad; het pakket wordt geweigerd.") % {"name": raw}, source=label
        )
    parts = [part for part in raw.replace("\\", "/").split("/") if part not in ("", ".")]
    if ".." in parts:
        raise PackageRefused(
            _("%(name)s verwijst naar een plek buiten het pakket (..); het pakket wordt geweigerd.") % {"name": raw},
            source=label,
        )
    if stat.S_ISLNK(unix_mode):
        raise PackageRefused(
            _("%(name)s is een symbolische koppeling; het pakket wordt geweigerd.") % {"name": raw}, source=label
        )
    if info.is_dir() or not parts:
        return None
    name = "/".join(parts)
    if _IGNORED.search(name):
        return None
    if info.flag_bits & 0x1:
        raise PackageRefused(_("%(name)s is versleuteld; dat kan niet worden gelezen.") % {"name": name}, source=label)
    if name.lower().endswith(".zip"):
        raise PackageRefused(
            _("%(name)s is een zip in de zip; pak die eerst uit.") % {"name": name},
            source=label,
        )
    return name


# A folder -----------------------------------------------------------------------------------------


class _Folder:
    def __init__(self, root: Path, *, label: str, recursive: bool = False) -> None:
        self.root = root
        self.label = label
        self.sizes: dict[str, int] = {}
        if recursive:
            walk: Iterable[tuple[str, list[str], list[str]]] = os.walk(root)
        else:
            walk = [(str(root), [], [entry.name for entry in os.scandir(root)])]
        for folder, subfolders, filenames in walk:
            for entry in sorted(subfolders):
                if (Path(folder) / entry).is_symlink():
                    raise PackageRefused(
                        _("%(name)s is een symbolische koppeling; die wordt niet gevolgd.") % {"name": entry},
                        source=label,
                    )
            for filename in filenames:
                path = Path(folder) / filename
                relative = path.relative_to(root).as_posix()
                if _IGNORED.search(relative):
                    continue
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):
                    if not recursive and not relative.lower().endswith(XML_SUFFIXES):
                        continue  # beside a single XML file: only the files it refers to matter
                    raise PackageRefused(
                        _("%(name)s is een symbolische koppeling; die wordt niet gevolgd.") % {"name": relative},
                        source=label,
                    )
                if stat.S_ISREG(info.st_mode):
                    self.sizes[relative] = info.st_size

    def add(self, relative: str) -> None:
        """Add one file below the root by its relative path, if it is a regular file that stays inside."""
        target = posixpath.normpath(relative)
        if target in self.sizes or target.startswith("../") or target in ("..", ".") or "/" not in target:
            return
        path = self.root / target
        try:
            info = path.lstat()
            inside = path.resolve().is_relative_to(self.root.resolve())
        except (OSError, ValueError):
            return
        if inside and stat.S_ISREG(info.st_mode) and not _IGNORED.search(target):
            self.sizes[target] = info.st_size

    def names(self) -> list[str]:
        return sorted(self.sizes)

    def size(self, name: str) -> int:
        return self.sizes[name]

    def read(self, name: str) -> bytes:
        try:
            data = (self.root / name).read_bytes()
        except OSError:
            raise PackageRefused(_("%(name)s is niet te lezen.") % {"name": name}, source=self.label) from None
        return data


def _folder_units(root: Path) -> list[Unit]:
    folder = _Folder(root, label=str(root), recursive=True)
    zips = [name for name in folder.names() if name.lower().endswith(".zip")]
    units: list[Unit] = []
    for name in zips:
        folder.sizes.pop(name)
        with (root / name).open("rb") as handle:
            units.extend(read_zip(handle, source=f"{root.name}/{name}"))
    if any(name.lower().endswith(XML_SUFFIXES) for name in folder.names()):
        units.extend(_units(folder, label=lambda name: f"{root.name}/{name}", budget=[0]))
    elif not units:
        raise PackageRefused(_("Er staat geen XML-bestand in."), source=str(root))
    return units
