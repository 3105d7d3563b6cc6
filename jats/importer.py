"""Importing JATS packages: all of it, or nothing.

``import_paths`` (files, folders, zips; ``jats.package``) and ``import_units`` work in three steps:

1. Read: every unit is parsed (``jats.xmlsafe``) and read (``jats.reader``) into a record.
2. Check, against the database: the journal by ISSN (print or online; an unknown ISSN is a
   problem), the issue by (journal, year, number), whose volume must agree, and the article by DOI
   (case-insensitive) or else by publisher id within the journal. Two units for one article, an
   article that would leave a published issue, and values longer than the model keeps are problems.
3. Write, in one transaction, only when no unit has a problem: new issues (offline unless
   ``publish``; with ``publish`` an existing offline issue that receives articles goes online too),
   then each new or changed article (``jats.store.apply_record``). A new article is published
   (status), so that putting its issue online shows it.

An article whose stored record equals the new one (``jats.store.differences`` is empty) is left
alone, row and ``updated_at`` included: importing the same package twice changes nothing. A dry run
stops after step 2 and reports what would be created, updated or left unchanged.

An article without an issue number in its XML (continuous publication, as eLife) goes into number
1 of its volume and year. The search index follows through the signals of ``search.indexing``,
batched after the commit (a background task beyond ``SEARCH_INLINE_MAX`` articles).

Speed: the articles are written ``WRITE_CHUNK`` at a time (their contributions, translations and
references in one statement each, ``jats.store.apply_records``); a caller that may fork (the command,
the benchmark) can have a large batch read by several processes (``processes=``). ``bench/jats_import.py``
measures it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from jats import package, reader, store, xmlsafe
from jats.reader import Problem
from jats.record import ArticleRecord
from journals.actions import issue_publish
from journals.html import html_to_text
from journals.models import Article, Issue, Journal

__all__ = ["FileResult", "ImportSummary", "Progress", "import_paths", "import_units", "import_upload"]

#: ``progress(stage, done, total)``; stage is "read" or "write".
Progress = Callable[[str, int, int], None]

#: From this many units on, reading (parsing and rendering) may be spread over processes (``processes=``),
#: at most MAX_READERS. Only a caller that knows it may fork asks for it: the command does, a web request does not.
PARALLEL_MIN = 64
MAX_READERS = 4

#: Articles written together (their contributions, translations and references in one INSERT each).
WRITE_CHUNK = 100

#: Number given to an article whose XML has no issue number (continuous publication).
DEFAULT_ISSUE_NUMBER = "1"


@dataclass
class FileResult:
    """What became of one XML document."""

    source: str
    status: str = ""  # created, updated, unchanged, refused; "" for a file not written because others failed
    problems: list[Problem] = field(default_factory=list)
    title: str = ""
    changes: list[str] = field(default_factory=list)
    article_id: int | None = None

    @property
    def status_label(self) -> str:
        labels = {
            "created": _("nieuw"),
            "updated": _("bijgewerkt"),
            "unchanged": _("ongewijzigd"),
            "refused": _("geweigerd"),
        }
        return labels.get(self.status, _("niet ingevoerd"))

    @property
    def change_labels(self) -> list[str]:
        return [str(CHANGE_LABELS.get(change, change)) for change in self.changes]


@dataclass
class ImportSummary:
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for result in self.files if result.status == status)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def refused(self) -> int:
        return self.count("refused")

    @property
    def ok(self) -> bool:
        return self.refused == 0

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run and bool(self.created or self.updated)

    def headline(self) -> str:
        total = len(self.files)
        if not self.ok:
            return ngettext(
                "Niets ingevoerd: %(refused)s van de %(total)s bestanden heeft fouten.",
                "Niets ingevoerd: %(refused)s van de %(total)s bestanden hebben fouten.",
                self.refused,
            ) % {"refused": self.refused, "total": total}
        counts = {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}
        if self.dry_run:
            return (
                _(
                    "Proefimport, niets opgeslagen: %(created)s nieuw, %(updated)s bijgewerkt, %(unchanged)s ongewijzigd."
                )
                % counts
            )
        return (
            _("Ingevoerd: %(created)s nieuw, %(updated)s bijgewerkt, %(unchanged)s ongewijzigd, 0 geweigerd.") % counts
        )

    def lines(self) -> list[str]:
        """One line per file (problems indented below it)."""
        out = []
        for result in self.files:
            line = f"{result.source}: {result.status_label}"
            if result.title:
                line += f" – {result.title}"
            if result.changes:
                line += f" ({', '.join(result.change_labels)})"
            out.append(line)
            out.extend(f"    {problem}" for problem in result.problems)
        return out

    def __str__(self) -> str:
        return "\n".join([self.headline(), *self.lines()])


CHANGE_LABELS: dict[str, Any] = {
    "issue": _("nummer"),
    "article_type": _("soort artikel"),
    "language": _("taal"),
    "section": _("rubriek"),
    "title": _("titel"),
    "subtitle": _("ondertitel"),
    "doi": "DOI",
    "publisher_id": _("kenmerk uitgever"),
    "abstract": _("samenvatting"),
    "keywords": _("trefwoorden"),
    "first_page": _("pagina's"),
    "last_page": _("pagina's"),
    "elocation_id": _("e-locatie"),
    "published_on": _("publicatiedatum"),
    "received_on": _("ontvangen"),
    "accepted_on": _("geaccepteerd"),
    "history": _("overige datums"),
    "license_url": _("licentie"),
    "license_text": _("licentietekst"),
    "copyright_statement": _("copyright"),
    "copyright_year": _("copyright"),
    "copyright_holder": _("copyright"),
    "funding": _("financiering"),
    "funding_statement": _("financiering"),
    "body": _("volledige tekst"),
    "contributors": _("auteurs"),
    "translations": _("vertalingen"),
    "references": _("literatuur"),
    "assets": _("bestanden"),
    "pdf": "PDF",
}


# Entry points -------------------------------------------------------------------------------------


def import_paths(
    paths: Iterable[str | Path],
    *,
    publish: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    processes: int = 1,
) -> ImportSummary:
    """Import XML files, folders and zip packages; a package that cannot be read refuses the import."""
    units: list[package.Unit] = []
    refused: list[FileResult] = []
    for path in paths:
        try:
            units.extend(package.read_path(path))
        except package.PackageRefused as error:
            refused.append(
                FileResult(source=error.source or str(path), status="refused", problems=[Problem(error.message)])
            )
    return _import(units, refused, publish=publish, dry_run=dry_run, progress=progress, processes=processes)


def import_upload(
    name: str, data: bytes, *, publish: bool = False, dry_run: bool = False, progress: Progress | None = None
) -> ImportSummary:
    """Import an uploaded XML document or zip package (``jats.package.read_bytes``)."""
    try:
        units = package.read_bytes(name, data)
    except package.PackageRefused as error:
        result = FileResult(source=error.source or name, status="refused", problems=[Problem(error.message)])
        return ImportSummary(files=[result], dry_run=dry_run)
    return _import(units, [], publish=publish, dry_run=dry_run, progress=progress)


def import_units(
    units: Iterable[package.Unit | tuple[str, bytes, dict[str, bytes]]],
    *,
    publish: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    processes: int = 1,
) -> ImportSummary:
    """Import units ``(source_name, xml_bytes, files)``: everything, or, when one has a problem, nothing."""
    return _import(
        [package.Unit(*unit) for unit in units],
        [],
        publish=publish,
        dry_run=dry_run,
        progress=progress,
        processes=processes,
    )


# The steps ----------------------------------------------------------------------------------------


@dataclass
class _Item:
    unit: package.Unit
    result: FileResult
    record: ArticleRecord | None = None
    journal: Journal | None = None
    issue: Issue | None = None
    issue_key: tuple[int, int, str] | None = None
    article: Article | None = None
    changes: list[str] = field(default_factory=list)


def _import(
    units: list[package.Unit],
    refused: list[FileResult],
    *,
    publish: bool,
    dry_run: bool,
    progress: Progress | None,
    processes: int = 1,
) -> ImportSummary:
    started = time.monotonic()
    items = _read_all(units, progress, processes)
    summary = ImportSummary(files=[*refused, *(item.result for item in items)], dry_run=dry_run)
    readable = [item for item in items if item.record is not None]
    _check(readable)
    if not all(item.result.problems == [] for item in items) or refused:
        for item in items:
            item.result.status = "refused" if item.result.problems else ""
        summary.seconds = time.monotonic() - started
        return summary
    _classify(readable)
    if not dry_run:
        try:
            _write(readable, publish=publish, progress=progress)
        except ValidationError as error:
            # A rule a model enforces as it is saved (a DOI registered at Crossref does not change):
            # the transaction is rolled back, so nothing is written, and the package is refused.
            for item in readable:
                item.result.status = "refused"
            readable[0].result.problems.extend(Problem(message) for message in error.messages)
            summary.seconds = time.monotonic() - started
            return summary
    summary.seconds = time.monotonic() - started
    return summary


def _read_unit(unit: package.Unit) -> tuple[ArticleRecord | None, list[Problem]]:
    try:
        root = xmlsafe.parse(unit.xml, source=unit.source)
        return reader.read(root, source=unit.source, files=unit.files), []
    except xmlsafe.XMLRefused as error:
        return None, [Problem(error.message, error.line)]
    except reader.RecordError as error:
        return None, error.problems


#: The units a forked reader process reads (inherited from the parent, so nothing is sent to it).
_units_to_read: Sequence[package.Unit] = ()


def _read_at(index: int) -> tuple[ArticleRecord | None, list[Problem]]:
    return _read_unit(_units_to_read[index])


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _reader_processes(count: int, wanted: int) -> int:
    """How many processes read: ``wanted`` for a batch of at least PARALLEL_MIN, when this process may fork."""
    if (
        wanted < 2
        or count < PARALLEL_MIN
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1  # forking a process with other threads can deadlock them
    ):
        return 1
    return min(wanted, MAX_READERS, count // 16)


def _read_all(units: Sequence[package.Unit], progress: Progress | None, processes: int = 1) -> list[_Item]:
    """Parse and read every unit; with ``processes`` > 1 a large batch is read by that many forked processes."""
    global _units_to_read
    processes = _reader_processes(len(units), processes)
    if processes > 1:
        _units_to_read = units
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
                chunk = max(1, min(32, len(units) // (processes * 8)))
                outcomes: Iterable[tuple[ArticleRecord | None, list[Problem]]] = pool.map(
                    _read_at, range(len(units)), chunksize=chunk
                )
                return _items(units, outcomes, progress)
        finally:
            _units_to_read = ()
    return _items(units, map(_read_unit, units), progress)


def _items(
    units: Sequence[package.Unit],
    outcomes: Iterable[tuple[ArticleRecord | None, list[Problem]]],
    progress: Progress | None,
) -> list[_Item]:
    items = []
    for done, (unit, (record, problems)) in enumerate(zip(units, outcomes, strict=True), 1):
        result = FileResult(source=unit.source, problems=list(problems))
        if record is not None:
            result.title = html_to_text(record.title)
        items.append(_Item(unit=unit, result=result, record=record))
        if progress is not None:
            progress("read", done, len(units))
    return items


def _check(items: list[_Item]) -> None:
    _find_journals(items)
    _find_issues(items)
    _find_articles(items)
    for item in items:
        assert item.record is not None
        _check_lengths(item.record, item.result.problems)


def _find_journals(items: list[_Item]) -> None:
    issns = {
        issn
        for item in items
        if item.record is not None
        for issn in (item.record.journal.issn_print, item.record.journal.issn_online)
        if issn
    }
    journals: dict[str, Journal] = {}
    if issns:
        for journal in Journal.objects.filter(Q(issn_print__in=issns) | Q(issn_online__in=issns)):
            for issn in (journal.issn_print, journal.issn_online):
                if issn:
                    journals[issn] = journal
    for item in items:
        assert item.record is not None
        ref = item.record.journal
        named = [issn for issn in (ref.issn_online, ref.issn_print) if issn]
        if not named:
            item.result.problems.append(
                Problem(_("Het artikel noemt geen ISSN van zijn tijdschrift (issn in journal-meta)."), None, "issn")
            )
            continue
        found = {journals[issn].pk: journals[issn] for issn in named if issn in journals}
        if not found:
            item.result.problems.append(
                Problem(
                    _("Geen tijdschrift met ISSN %(issn)s.") % {"issn": _(" of ").join(named)},
                    None,
                    "issn",
                )
            )
        elif len(found) > 1:
            item.result.problems.append(
                Problem(
                    _("De ISSN's %(issn)s horen bij verschillende tijdschriften.") % {"issn": ", ".join(named)},
                    None,
                    "issn",
                )
            )
        else:
            item.journal = next(iter(found.values()))


def _find_issues(items: list[_Item]) -> None:
    keyed = [item for item in items if item.journal is not None and item.record is not None]
    for item in keyed:
        assert item.record is not None and item.journal is not None and item.record.year is not None
        item.issue_key = (item.journal.pk, item.record.year, item.record.issue_number or DEFAULT_ISSUE_NUMBER)
    keys = {item.issue_key for item in keyed if item.issue_key is not None}
    existing: dict[tuple[int, int, str], Issue] = {}
    if keys:
        candidates = Issue.objects.filter(
            journal_id__in={key[0] for key in keys},
            year__in={key[1] for key in keys},
            number__in={key[2] for key in keys},
        ).select_related("journal")
        existing = {(issue.journal_id, issue.year, issue.number): issue for issue in candidates}
    volumes: dict[tuple[int, int, str], tuple[int, str]] = {}
    for item in keyed:
        assert item.record is not None and item.issue_key is not None
        issue = existing.get(item.issue_key)
        volume = item.record.volume
        label = _("%(number)s van %(year)s") % {"year": item.issue_key[1], "number": item.issue_key[2]}
        if issue is not None:
            item.issue = issue
            if volume is not None and volume != issue.volume:
                item.result.problems.append(
                    Problem(
                        _("Nummer %(issue)s bestaat al, maar als jaargang %(have)s, niet %(volume)s.")
                        % {"issue": label, "have": issue.volume, "volume": volume},
                        None,
                        "volume",
                    )
                )
            continue
        if volume is None:
            item.result.problems.append(
                Problem(
                    _(
                        "Nummer %(issue)s bestaat nog niet en het artikel noemt geen jaargang (volume) om het aan te maken."
                    )
                    % {"issue": label},
                    None,
                    "volume",
                )
            )
            continue
        first = volumes.setdefault(item.issue_key, (volume, item.result.source))
        if first[0] != volume:
            item.result.problems.append(
                Problem(
                    _("Nummer %(issue)s heeft in %(other)s jaargang %(have)s, hier %(volume)s.")
                    % {"issue": label, "other": first[1], "have": first[0], "volume": volume},
                    None,
                    "volume",
                )
            )


def _find_articles(items: list[_Item]) -> None:
    placed = [item for item in items if item.journal is not None and item.record is not None]
    dois = {item.record.doi.lower() for item in placed if item.record is not None and item.record.doi}
    by_doi: dict[str, int] = {}
    if dois:
        rows = Article.objects.annotate(doi_lower=Lower("doi")).filter(doi_lower__in=dois)
        by_doi = {doi.lower(): pk for pk, doi in rows.values_list("pk", "doi")}
    publisher_ids = {
        item.record.publisher_id for item in placed if item.record is not None and item.record.publisher_id
    }
    by_publisher_id: dict[tuple[int, str], list[tuple[int, str]]] = {}
    if publisher_ids:
        rows = Article.objects.filter(
            publisher_id__in=publisher_ids, issue__journal_id__in={item.journal.pk for item in placed if item.journal}
        )
        for pk, publisher_id, journal_id, doi in rows.values_list("pk", "publisher_id", "issue__journal_id", "doi"):
            by_publisher_id.setdefault((journal_id, publisher_id), []).append((pk, doi))
    matched: dict[int, int] = {}  # item index -> article pk
    for index, item in enumerate(placed):
        record, journal = item.record, item.journal
        assert record is not None and journal is not None
        found = by_doi.get(record.doi.lower()) if record.doi else None
        if found is None and record.publisher_id:
            candidates = by_publisher_id.get((journal.pk, record.publisher_id), [])
            if len(candidates) > 1:
                item.result.problems.append(
                    Problem(
                        _("Kenmerk %(id)s hoort in dit tijdschrift bij meer dan één artikel.")
                        % {"id": record.publisher_id},
                        None,
                        "article-id",
                    )
                )
                continue
            if candidates:
                found, found_doi = candidates[0]
                if found_doi and record.doi and found_doi.lower() != record.doi.lower():
                    item.result.problems.append(
                        Problem(
                            _("Kenmerk %(id)s hoort bij een artikel met een andere DOI (%(doi)s).")
                            % {"id": record.publisher_id, "doi": found_doi},
                            None,
                            "article-id",
                        )
                    )
                    continue
        if found is not None:
            matched[index] = found
    articles = {article.pk: article for article in store.articles_for_records().filter(pk__in=set(matched.values()))}
    seen: dict[str, str] = {}
    for index, item in enumerate(placed):
        record = item.record
        assert record is not None and item.journal is not None
        article = articles.get(matched[index]) if index in matched else None
        keys = []
        if record.doi:
            keys.append(f"doi:{record.doi.lower()}")
        if record.publisher_id:
            keys.append(f"id:{item.journal.pk}:{record.publisher_id}")
        if article is not None:
            keys.append(f"pk:{article.pk}")
        twin = next((seen[key] for key in keys if key in seen), None)
        if twin is not None:
            item.result.problems.append(
                Problem(_("Dit artikel staat ook in %(other)s; één keer per pakket.") % {"other": twin})
            )
        for key in keys:
            seen.setdefault(key, item.result.source)
        if article is None:
            continue
        if article.issue.journal_id != item.journal.pk:
            item.result.problems.append(
                Problem(
                    _("DOI %(doi)s hoort bij een artikel van %(journal)s, niet van dit tijdschrift.")
                    % {"doi": record.doi, "journal": article.issue.journal.title},
                    None,
                    "article-id",
                )
            )
            continue
        item.article = article
        leaves = item.issue is None or item.issue.pk != article.issue_id
        if leaves and article.is_published:
            item.result.problems.append(
                Problem(
                    _(
                        "Het artikel staat al online in %(issue)s; een artikel dat online staat, "
                        "verhuist niet naar een ander nummer."
                    )
                    % {"issue": article.issue.label},
                    None,
                    "issue",
                )
            )


def _check_lengths(record: ArticleRecord, problems: list[Problem]) -> None:
    """Every text the model keeps in a bounded column fits (PostgreSQL would refuse it; SQLite would not)."""

    def check(value: str, limit: int, element: str, what: Callable[[], str]) -> None:
        if len(value) > limit:
            problems.append(
                Problem(_("%(what)s is langer dan %(limit)s tekens.") % {"what": what(), "limit": limit}, None, element)
            )

    def check_text(markup: str, limit: int, element: str, what: Callable[[], str]) -> None:
        # The text of HTML is never longer than the HTML: only a long one needs its text taken.
        if len(markup) > limit:
            check(html_to_text(markup), limit, element, what)

    check_text(record.title, 500, "article-title", lambda: _("De titel"))
    check(record.title, 1000, "article-title", lambda: _("De titel met opmaak"))
    check_text(record.subtitle, 500, "subtitle", lambda: _("De ondertitel"))
    check(record.subtitle, 1000, "subtitle", lambda: _("De ondertitel met opmaak"))
    check(record.section, 100, "subject", lambda: _("De rubriek"))
    check(", ".join(record.keywords), 500, "kwd-group", lambda: _("De trefwoorden samen"))
    check(record.doi, 200, "article-id", lambda: "DOI")
    check(record.publisher_id, 100, "article-id", lambda: _("Het kenmerk van de uitgever"))
    check(record.elocation_id, 50, "elocation-id", lambda: _("De e-locatie"))
    check(record.license_url, 200, "license", lambda: _("De licentie-URL"))
    check(record.copyright_statement, 500, "copyright-statement", lambda: _("De copyrightvermelding"))
    check(record.copyright_holder, 300, "copyright-holder", lambda: _("De copyrighthouder"))
    check(record.issue_title, 300, "issue-title", lambda: _("De titel van het nummer"))
    check(record.language, 5, "article", lambda: _("De taalcode"))
    for contributor in record.contributors:
        name = contributor.surname[:40]
        check(contributor.surname, 200, "surname", lambda name=name: _("De achternaam %(name)s") % {"name": name})  # type: ignore[misc]
        check(contributor.given_names, 200, "given-names", lambda: _("De voornamen"))
    for translation in record.translations:
        check(translation.language, 5, "trans-title-group", lambda: _("De taalcode"))
        check_text(translation.title, 500, "trans-title", lambda: _("De vertaalde titel"))
        check_text(translation.subtitle, 500, "trans-subtitle", lambda: _("De vertaalde ondertitel"))
        check(", ".join(translation.keywords), 500, "kwd-group", lambda: _("De vertaalde trefwoorden samen"))
    for reference in record.references:
        if len(reference.xml_id) > 100 or len(reference.label) > 20 or len(reference.doi) > 200:
            xml_id = reference.xml_id
            check(reference.xml_id, 100, "ref", lambda: _("Het id van een bron"))
            check(reference.label, 20, "label", lambda: _("Het label van bron %(id)s") % {"id": xml_id})  # noqa: B023
            check(reference.doi, 200, "pub-id", lambda: _("De DOI van bron %(id)s") % {"id": xml_id})  # noqa: B023
    for asset in record.assets:
        if len(asset.content_type) > 100:
            check(asset.content_type, 100, "graphic", lambda: _("Het mediatype van een bestand"))


def _classify(items: list[_Item]) -> None:
    for item in items:
        record, result = item.record, item.result
        assert record is not None
        if item.article is None:
            result.status = "created"
            continue
        article = item.article
        digests = {stored.name: stored.sha256 for stored in article.files.all()}
        changes = store.differences(
            store.record_from_article(article, files=False),
            store.stored_form(record),
            file_digests=digests,
            pdf_digest=store.pdf_digest(article) if record.pdf else None,
        )
        if item.issue is None or item.issue.pk != article.issue_id:
            changes.insert(0, "issue")
        item.changes = changes
        result.changes = list(dict.fromkeys(changes))
        result.status = "updated" if changes else "unchanged"
        result.article_id = article.pk


def _write(items: list[_Item], *, publish: bool, progress: Progress | None) -> None:
    pending = [item for item in items if item.result.status in ("created", "updated")]
    if progress is not None:
        progress("write", 0, len(pending))
    with transaction.atomic():
        issues: dict[tuple[int, int, str], Issue] = {}
        for item in items:
            assert item.record is not None and item.issue_key is not None and item.journal is not None
            if item.issue is not None:
                issues.setdefault(item.issue_key, item.issue)
        for item in items:
            assert item.record is not None and item.issue_key is not None and item.journal is not None
            issue = issues.get(item.issue_key)
            if issue is None:
                dates = [
                    other.record.published_on
                    for other in items
                    if other.issue_key == item.issue_key and other.record is not None and other.record.published_on
                ]
                issue = Issue(
                    journal=item.journal,
                    volume=item.record.volume or 0,
                    number=item.issue_key[2],
                    year=item.issue_key[1],
                    title=item.record.issue_title,
                    published_on=min(dates) if dates else None,
                    is_published=False,  # put online below through issue_publish, with its alerts
                )
                issue.save()
                issues[item.issue_key] = issue
            elif item.record.issue_title and not issue.title:
                issue.title = item.record.issue_title
                issue.save(update_fields=["title"])
            item.issue = issue
        if publish:
            for issue in issues.values():
                if not issue.is_published and any(
                    item.issue is issue and item.result.status in ("created", "updated") for item in items
                ):
                    issue_publish(issue=issue, publish_articles=False)
        authors = store.AuthorIndex.for_records(item.record for item in pending if item.record is not None)
        done = 0
        for start in range(0, len(pending), WRITE_CHUNK):
            chunk = pending[start : start + WRITE_CHUNK]
            changes = []
            for item in chunk:
                assert item.record is not None and item.issue is not None
                changes.append(
                    store.Change(
                        item.record, item.article, item.issue, item.changes if item.article is not None else None
                    )
                )
            for item, article in zip(chunk, store.apply_records(changes, authors=authors), strict=True):
                item.result.article_id = article.pk
            done += len(chunk)
            if progress is not None:
                progress("write", done, len(pending))
