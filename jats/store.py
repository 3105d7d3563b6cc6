"""Records and the database: an article as a record (``record_from_article``), a record into an article (``apply_record``).

The two are each other's inverse up to what the model keeps: ``stored_form(record)`` is what a record
becomes once stored and read back (sanitised HTML, translated titles as plain text, keywords split on
commas, translations in language order). The importer calls a record unchanged when
``differences(record_from_article(article, files=False), stored_form(record), ...)`` is empty, and
then writes nothing.

How a record lands:

* Article fields: the plain ``title``/``subtitle``/``abstract`` are the text of the record's HTML, the
  HTML is kept beside them (``title_html``, ...), and ``Article.save`` sanitises it.
* Contributions: an ``Author`` is found by ORCID, else by exact given names and surname (preferring
  one without an ORCID, never one already on the article), else created; an author found by ORCID
  takes the record's spelling of the name, and a contributor's e-mail address, when the record has
  one. Affiliations are kept one per line.
* Translations, references and contributions are rewritten (one delete, one ``bulk_create``) only
  when they differ; files (``ArticleFile``) are compared by name and SHA-256: a changed file is
  stored anew and the old one deleted from storage after the commit, a file no longer in a record
  that carries files is removed, and a record without file contents (an XML without its package)
  leaves the stored files alone. The PDF likewise.

``bulk_create`` sends no signals, but the article row itself is saved whenever a record is applied,
and its ``post_save`` queues it for the search index (``search.indexing``), which indexes everything
queued in one batch after the commit (or, past ``SEARCH_INLINE_MAX`` articles, in a background task).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import Prefetch, Q

from jats.record import ArticleRecord, Asset, Contributor, Funding, HistoryDate, JournalRef, Reference, Translation
from journals.html import html_to_text, sanitize_html
from journals.models import (
    Article,
    ArticleFile,
    ArticleQuerySet,
    ArticleTranslation,
    Author,
    Contribution,
    Issue,
    Section,
    section_for,
    unique_slug,
)
from journals.models import Reference as ReferenceRow
from leeszaal import generations

#: Rows per INSERT of a bulk_create.
BATCH = 500

__all__ = [
    "AuthorIndex",
    "Change",
    "apply_record",
    "apply_records",
    "articles_for_records",
    "differences",
    "record_from_article",
    "stored_form",
]


def articles_for_records() -> ArticleQuerySet:
    """Articles with everything ``record_from_article`` reads, in a fixed number of queries."""
    lookups: list[Any] = [
        Prefetch("contributions", queryset=Contribution.objects.select_related("author").order_by("position")),
        Prefetch("translations", queryset=ArticleTranslation.objects.order_by("language")),
        Prefetch("references", queryset=ReferenceRow.objects.order_by("position", "pk")),
        Prefetch("files", queryset=ArticleFile.objects.order_by("name")),
    ]
    articles = Article.objects.select_related("issue__journal__publisher", "section")
    return articles.prefetch_related(*lookups)


# Database -> record -------------------------------------------------------------------------------


def _plain_html(text: str) -> str:
    """Plain text as the inline HTML the reader would give for it."""
    return sanitize_html(html.escape(text, quote=False)) if text else ""


def _paragraphs(text: str) -> str:
    """An abstract typed in the back office (plain text, paragraphs on their own lines) as block HTML."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return sanitize_html("".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)) if lines else ""


def _keywords(value: str) -> list[str]:
    return [word.strip() for word in value.split(",") if word.strip()]


def _read(file: Any) -> bytes:
    try:
        with file.open("rb") as handle:
            data: bytes = handle.read()
    except (OSError, ValueError):
        return b""
    return data


def record_from_article(article: Article, *, files: bool = True, public: bool = False) -> ArticleRecord:
    """The record of an article as the database holds it; with ``files`` the PDF and the files' contents too.

    ``public`` is the record as readers and harvesters get it: an e-mail address only for a corresponding
    author, as on the article page. Reads the prefetched relations when the article comes from
    ``articles_for_records()``.
    """
    issue = article.issue
    journal = issue.journal
    record = ArticleRecord(
        journal=JournalRef(
            title=journal.title,
            issn_print=journal.issn_print,
            issn_online=journal.issn_online,
            abbreviation=journal.acronym,
            publisher_name=journal.publisher.name,
        ),
        article_type=article.article_type,
        language=article.language,
        section=article.section.name if article.section is not None else "",
        title=article.title_html or _plain_html(article.title),
        subtitle=article.subtitle_html or _plain_html(article.subtitle),
        doi=article.doi,
        publisher_id=article.publisher_id,
        abstract=article.abstract_html or _paragraphs(article.abstract),
        keywords=_keywords(article.keywords),
        volume=issue.volume,
        issue_number=issue.number,
        year=issue.year,
        issue_title=issue.title,
        first_page=article.first_page,
        last_page=article.last_page,
        elocation_id=article.elocation_id,
        published_on=article.published_on,
        received_on=article.received_on,
        accepted_on=article.accepted_on,
        history=[entry for entry in map(_history_date, article.history or []) if entry is not None],
        license_url=article.license,
        license_text=article.license_text,
        copyright_statement=article.copyright_statement,
        copyright_year=article.copyright_year,
        copyright_holder=article.copyright_holder,
        funding=[
            Funding(
                funder=str(entry.get("funder", "")),
                funder_id=str(entry.get("funder_id", "")),
                awards=[str(award) for award in entry.get("awards", [])],
            )
            for entry in article.funding or []
            if isinstance(entry, dict)
        ],
        funding_statement=article.funding_statement,
        body=article.body,
    )
    for contribution in article.contributions.all():
        author = contribution.author
        record.contributors.append(
            Contributor(
                surname=author.surname,
                given_names=author.given_names,
                orcid=author.orcid,
                email=author.email if contribution.is_corresponding or not public else "",
                affiliations=contribution.affiliations,
                corresponding=contribution.is_corresponding,
            )
        )
    for translation in sorted(article.translations.all(), key=lambda item: item.language):
        record.translations.append(
            Translation(
                language=translation.language,
                title=_plain_html(translation.title),
                subtitle=_plain_html(translation.subtitle),
                abstract=translation.abstract,
                keywords=translation.keyword_list,
            )
        )
    for reference in sorted(article.references.all(), key=lambda item: (item.position, item.pk)):
        record.references.append(
            Reference(
                xml_id=reference.xml_id,
                label=reference.label,
                citation=reference.citation,
                doi=reference.doi,
                is_cited=reference.is_cited,
            )
        )
    for stored in sorted(article.files.all(), key=lambda item: item.name):
        record.assets.append(
            Asset(
                name=stored.name,
                kind=stored.kind,
                content_type=stored.content_type,
                data=_read(stored.file) if files else b"",
                label=stored.label,
                caption=stored.caption,
            )
        )
    if files and article.pdf:
        record.pdf = _read(article.pdf)
    return record


def _history_date(entry: Any) -> HistoryDate | None:
    try:
        return HistoryDate(type=str(entry["type"]), date=datetime.date.fromisoformat(str(entry["date"])))
    except (KeyError, TypeError, ValueError):
        return None


# What a record becomes once stored ----------------------------------------------------------------


def _clean(value: str) -> str:
    return sanitize_html(value) if value else ""


def _plain(value: str) -> str:
    return html_to_text(value) if value else ""


def stored_form(record: ArticleRecord) -> ArticleRecord:
    """``record`` as ``record_from_article`` will read it back after ``apply_record`` (files aside)."""
    return replace(
        record,
        title=_clean(record.title),
        subtitle=_clean(record.subtitle),
        abstract=_clean(record.abstract),
        keywords=_keywords(", ".join(record.keywords)),
        body=_clean(record.body),
        contributors=[
            replace(
                contributor,
                affiliations=[
                    line.strip() for line in "\n".join(contributor.affiliations).splitlines() if line.strip()
                ],
            )
            for contributor in record.contributors
        ],
        translations=sorted(
            (
                Translation(
                    language=translation.language,
                    title=_plain_html(_plain(translation.title)),
                    subtitle=_plain_html(_plain(translation.subtitle)),
                    abstract=_clean(translation.abstract),
                    keywords=_keywords(", ".join(translation.keywords)),
                )
                for translation in record.translations
            ),
            key=lambda item: item.language,
        ),
        references=[replace(reference, citation=_clean(reference.citation)) for reference in record.references],
    )


#: Record fields that belong to the article row itself.
ARTICLE_FIELDS = (
    "article_type",
    "language",
    "section",
    "title",
    "subtitle",
    "doi",
    "publisher_id",
    "abstract",
    "keywords",
    "first_page",
    "last_page",
    "elocation_id",
    "published_on",
    "received_on",
    "accepted_on",
    "history",
    "license_url",
    "license_text",
    "copyright_statement",
    "copyright_year",
    "copyright_holder",
    "funding",
    "funding_statement",
    "body",
)


def _contributor_key(contributor: Contributor, like: Contributor | None) -> tuple[Any, ...]:
    """What must agree; an ORCID or e-mail address the new record leaves out is not a difference."""
    orcid = contributor.orcid if like is None or like.orcid else ""
    email = contributor.email if like is None or like.email else ""
    return (
        contributor.surname,
        contributor.given_names,
        orcid,
        email,
        tuple(contributor.affiliations),
        contributor.corresponding,
    )


def _asset_key(asset: Asset, digest: str) -> tuple[str, ...]:
    return (asset.name, asset.kind, asset.content_type, asset.label, asset.caption, digest)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def differences(
    old: ArticleRecord,
    new: ArticleRecord,
    *,
    file_digests: dict[str, str] | None = None,
    pdf_digest: str | None = None,
) -> list[str]:
    """The parts in which ``new`` (a ``stored_form``) differs from ``old`` (from ``record_from_article``).

    Issue and journal are the importer's to compare. Files count only when ``new`` carries their
    contents; ``file_digests`` (name -> SHA-256 of the stored files) and ``pdf_digest`` stand in for
    the contents of ``old``.
    """
    changed = [name for name in ARTICLE_FIELDS if getattr(old, name) != getattr(new, name)]
    if len(old.contributors) != len(new.contributors) or any(
        _contributor_key(before, after) != _contributor_key(after, after)
        for before, after in zip(old.contributors, new.contributors, strict=False)
    ):
        changed.append("contributors")
    if old.translations != new.translations:
        changed.append("translations")
    if old.references != new.references:
        changed.append("references")
    if any(asset.data for asset in new.assets):
        digests = file_digests or {}
        before = sorted(_asset_key(asset, digests.get(asset.name, "")) for asset in old.assets)
        after = sorted(_asset_key(asset, sha256(asset.data)) for asset in new.assets)
        if before != after:
            changed.append("assets")
    if new.pdf and sha256(new.pdf) != (pdf_digest or ""):
        changed.append("pdf")
    return changed


def pdf_digest(article: Article) -> str:
    """The SHA-256 of the stored PDF ('' when there is none or it cannot be read)."""
    if not article.pdf:
        return ""
    data = _read(article.pdf)
    return sha256(data) if data else ""


# Record -> database -------------------------------------------------------------------------------


@dataclass
class AuthorIndex:
    """The authors a batch of records may name, looked up in two queries instead of one per contributor."""

    by_orcid: dict[str, Author] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[Author]] = field(default_factory=dict)

    @classmethod
    def for_records(cls, records: Iterable[ArticleRecord]) -> AuthorIndex:
        orcids: set[str] = set()
        surnames: set[str] = set()
        for record in records:
            for contributor in record.contributors:
                if contributor.orcid:
                    orcids.add(contributor.orcid)
                surnames.add(contributor.surname)
        index = cls()
        authors: list[Author] = []
        orcid_list, surname_list = sorted(orcids), sorted(surnames)
        for start in range(0, max(len(orcid_list), len(surname_list)), 500):
            query = Q(orcid__in=orcid_list[start : start + 500]) | Q(surname__in=surname_list[start : start + 500])
            authors.extend(Author.objects.filter(query).order_by("pk"))
        for author in {author.pk: author for author in authors}.values():
            index.add(author)
        return index

    def add(self, author: Author) -> None:
        if author.orcid:
            self.by_orcid[author.orcid] = author
        self.by_name.setdefault((author.given_names, author.surname), []).append(author)

    def find(self, contributor: Contributor, used: set[int]) -> Author | None:
        """An author for ``contributor`` not in ``used`` (the ``id()`` of the authors the article already has)."""
        if contributor.orcid:
            author = self.by_orcid.get(contributor.orcid)
            if author is not None and id(author) not in used:
                return author
        candidates = [
            author
            for author in self.by_name.get((contributor.given_names, contributor.surname), [])
            if id(author) not in used and (not contributor.orcid or not author.orcid)
        ]
        # The same person without an ORCID first; someone else of that name with one only when the record has none.
        candidates.sort(key=lambda author: (bool(author.orcid), author.pk or 0))
        return candidates[0] if candidates else None


def _author_for(contributor: Contributor, index: AuthorIndex, used: set[int]) -> tuple[Author, bool]:
    """The author for a contributor, and whether it is new (unsaved). Updates a found author in place."""
    author = index.find(contributor, used)
    if author is None:
        author = Author(
            given_names=contributor.given_names,
            surname=contributor.surname,
            orcid=contributor.orcid,
            email=contributor.email,
        )
        return author, True
    fields = []
    if contributor.orcid and author.orcid != contributor.orcid:
        author.orcid = contributor.orcid
        index.by_orcid[author.orcid] = author
        fields.append("orcid")
    if contributor.orcid and (author.given_names, author.surname) != (contributor.given_names, contributor.surname):
        author.given_names, author.surname = contributor.given_names, contributor.surname
        fields += ["given_names", "surname"]
    if contributor.email and author.email != contributor.email:
        author.email = contributor.email
        fields.append("email")
    if fields and author.pk is not None:  # one still to be created (earlier in the batch) is saved as it is
        author.save(update_fields=fields)
    return author, False


def _is_open_licence(url: str) -> bool:
    return "creativecommons.org/licenses/" in url or "creativecommons.org/publicdomain/" in url


def apply_record(
    record: ArticleRecord,
    *,
    article: Article | None,
    issue: Issue,
    authors: AuthorIndex | None = None,
    changed: Sequence[str] | None = None,
) -> Article:
    """Write ``record`` into ``article`` (a new one when None) in ``issue``; returns the article.

    ``changed`` names the parts that differ (``differences``): only those are rewritten. Without it
    every part is. A new article is published (``status``), so that it shows once its issue does, and
    open access when its licence is a Creative Commons one; an existing one keeps its status, access,
    slug and position. One transaction.
    """
    [written] = apply_records([Change(record, article, issue, changed)], authors=authors)
    return written


@dataclass
class Change:
    """One record to write: into ``article`` (None: a new one) in ``issue``; ``changed`` as for ``apply_record``."""

    record: ArticleRecord
    article: Article | None
    issue: Issue
    changed: Sequence[str] | None = None


def apply_records(changes: Sequence[Change], *, authors: AuthorIndex | None = None) -> list[Article]:
    """``apply_record`` for many records at once: the article rows one by one (each takes its slug),
    their contributions, translations and references in one ``bulk_create`` each."""
    index = authors if authors is not None else AuthorIndex.for_records(change.record for change in changes)
    written: list[Article] = []
    cleared: dict[str, list[int]] = {"contributors": [], "translations": [], "references": []}
    people: list[tuple[Article, list[Contributor]]] = []
    translations: list[ArticleTranslation] = []
    references: list[tuple[Any, ...]] = []
    old_files: list[str] = []
    sections: dict[tuple[int, str], Section | None] = {}
    with transaction.atomic(savepoint=False):
        for change in changes:
            record, issue = change.record, change.issue
            parts = set(change.changed) if change.changed is not None else None
            article = change.article
            creating = article is None
            if article is None:
                article = Article(issue=issue, status=Article.Status.PUBLISHED)
                if _is_open_licence(record.license_url):
                    article.access = Article.Access.OPEN
            article.issue = issue
            _set_fields(article, record, sections)
            if record.pdf and (parts is None or "pdf" in parts):
                if article.pdf.name:
                    old_files.append(article.pdf.name)
                if creating:
                    article.slug = unique_slug(article.slug or _slug_base(record), issue.pk)
                article.pdf.save(f"{article.slug or 'artikel'}.pdf", ContentFile(record.pdf), save=False)
            article.save()
            written.append(article)

            rewrite = {part for part in cleared if parts is None or part in parts}
            if not creating:
                for part in rewrite:
                    cleared[part].append(article.pk)
            if "contributors" in rewrite:
                people.append((article, record.contributors))
            if "translations" in rewrite:
                translations.extend(
                    ArticleTranslation(
                        article=article,
                        language=translation.language,
                        title=_plain(translation.title),
                        subtitle=_plain(translation.subtitle),
                        abstract=_clean(translation.abstract),
                        keywords=", ".join(translation.keywords),
                    )
                    for translation in record.translations
                )
            if "references" in rewrite:
                references.extend(
                    (
                        article.pk,
                        position,
                        reference.xml_id,
                        reference.label,
                        _clean(reference.citation),
                        reference.doi,
                        reference.is_cited,
                    )
                    for position, reference in enumerate(record.references, 1)
                )
            if any(asset.data for asset in record.assets) and (parts is None or "assets" in parts):
                old_files += _write_files(article, record.assets)
        if cleared["contributors"]:
            Contribution.objects.filter(article_id__in=cleared["contributors"]).delete()
        if cleared["translations"]:
            ArticleTranslation.objects.filter(article_id__in=cleared["translations"]).delete()
        if cleared["references"]:
            ReferenceRow.objects.filter(article_id__in=cleared["references"]).delete()
        _write_contributions(people, index)
        ArticleTranslation.objects.bulk_create(translations, batch_size=BATCH)
        _insert_references(references)
        if old_files:
            transaction.on_commit(lambda: _delete_stored(old_files))
    return written


def _slug_base(record: ArticleRecord) -> str:
    from django.utils.text import slugify

    return slugify(html_to_text(record.title))[:120] or "artikel"


def _set_fields(article: Article, record: ArticleRecord, sections: dict[tuple[int, str], Section | None]) -> None:
    article.article_type = record.article_type
    article.language = record.language
    # The heading, in Dutch or English, names one of the journal's sections; an unknown one becomes one.
    # Looked up once per journal and heading in a batch (``sections``).
    key = (article.issue.journal_id, " ".join(record.section.split()).lower())
    if key not in sections:
        sections[key] = section_for(journal=article.issue.journal, name=record.section)
    article.section = sections[key]
    article.title = _plain(record.title)
    article.title_html = record.title
    article.subtitle = _plain(record.subtitle)
    article.subtitle_html = record.subtitle
    article.abstract = _plain(record.abstract)
    article.abstract_html = record.abstract
    article.keywords = ", ".join(record.keywords)
    article.body = record.body
    article.doi = record.doi
    article.publisher_id = record.publisher_id
    article.elocation_id = record.elocation_id
    article.first_page = record.first_page
    article.last_page = record.last_page
    article.published_on = record.published_on
    article.received_on = record.received_on
    article.accepted_on = record.accepted_on
    article.history = [{"type": entry.type, "date": entry.date.isoformat()} for entry in record.history]
    article.license = record.license_url
    article.license_text = record.license_text
    article.copyright_statement = record.copyright_statement
    article.copyright_year = record.copyright_year
    article.copyright_holder = record.copyright_holder
    article.funding = [
        {"funder": funder.funder, "funder_id": funder.funder_id, "awards": list(funder.awards)}
        for funder in record.funding
    ]
    article.funding_statement = record.funding_statement


def _write_contributions(people: list[tuple[Article, list[Contributor]]], index: AuthorIndex) -> None:
    rows: list[tuple[Article, Author, int, Contributor]] = []
    fresh: list[Author] = []
    for article, contributors in people:
        used: set[int] = set()
        for position, contributor in enumerate(contributors, 1):
            author, new = _author_for(contributor, index, used)
            used.add(id(author))
            if new:
                fresh.append(author)
                index.add(author)  # a later article of the batch finds this one (it gets its pk below)
            rows.append((article, author, position, contributor))
    Author.objects.bulk_create(fresh, batch_size=BATCH)
    Contribution.objects.bulk_create(
        [
            Contribution(
                article=article,
                author=author,
                position=position,
                affiliation="\n".join(contributor.affiliations),
                is_corresponding=contributor.corresponding,
            )
            for article, author, position, contributor in rows
        ],
        batch_size=BATCH,
    )


#: The columns of a reference row, in the order ``apply_records`` collects them.
REFERENCE_FIELDS = ("article", "position", "xml_id", "label", "citation", "doi", "is_cited")


def _insert_references(rows: list[tuple[Any, ...]]) -> None:
    """Insert reference rows with one prepared statement (``executemany``).

    References are the bulk of an import (tens per article): ``bulk_create`` spends ten times as long
    building model instances and quoting every value as the statement itself takes. The values are
    plain (ids, text, a boolean); the citations were sanitised above, as ``Reference.save`` would.
    The page-cache generation is bumped after the commit, as ``bulk_create`` on the model's queryset does.
    """
    if not rows:
        return
    meta = ReferenceRow._meta
    quote = connection.ops.quote_name
    column = {field.name: str(field.column) for field in meta.concrete_fields}
    columns = ", ".join(quote(column[name]) for name in REFERENCE_FIELDS)
    marks = ", ".join(["%s"] * len(REFERENCE_FIELDS))
    statement = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608 - names from the model
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(statement, rows[start : start + 5000])
    generations.bump_on_commit(generations.PAGES)


def _write_files(article: Article, assets: list[Asset]) -> list[str]:
    """Store the record's files; returns the storage names of files replaced or removed (deleted after commit)."""
    stored = {item.name: item for item in ArticleFile.objects.filter(article=article)}
    wanted = {asset.name: asset for asset in assets if asset.data}
    old: list[str] = []
    gone = [item for name, item in stored.items() if name not in wanted]
    if gone:
        old += [item.file.name for item in gone if item.file.name]
        ArticleFile.objects.filter(pk__in=[item.pk for item in gone]).delete()
    for name, asset in wanted.items():
        digest = sha256(asset.data)
        item = stored.get(name)
        if item is None:
            item = ArticleFile(article=article, name=name)
        elif item.sha256 == digest:
            fields = {
                "kind": asset.kind,
                "content_type": asset.content_type,
                "label": asset.label,
                "caption": asset.caption,
            }
            if any(getattr(item, key) != value for key, value in fields.items()):
                for key, value in fields.items():
                    setattr(item, key, value)
                item.save(update_fields=list(fields))
            continue
        elif item.file.name:
            old.append(item.file.name)
        item.kind = asset.kind
        item.content_type = asset.content_type
        item.label = asset.label
        item.caption = asset.caption
        item.sha256 = digest
        item.file.save(name, ContentFile(asset.data), save=False)
        item.save()
    return old


def _delete_stored(names: list[str]) -> None:
    from django.core.files.storage import storages

    storage = storages["private"]
    for name in names:
        with contextlib.suppress(OSError):  # already gone
            storage.delete(name)
