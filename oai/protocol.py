"""OAI-PMH 2.0 (http://www.openarchives.org/OAI/openarchivesprotocol.html): the six verbs as plain functions.

``respond(arguments, now=...)`` takes the request's arguments (name -> the list of its values, as
a QueryDict gives them) and answers the whole ``<OAI-PMH>`` document as an lxml tree; errors are
answered in that document too, as the protocol says (HTTP 200).

- Records: the public articles (``oai.records.public_articles``); identifiers
  ``oai:<host>:article/<id>``; datestamps from ``Article.updated_at`` in UTC, granularity seconds
  (day granularity accepted in ``from``/``until``, both bounds inclusive); one set per journal,
  ``journal:<slug>``.
- Formats: ``oai_dc`` (Dublin Core of the public record: the description is the abstract, never the
  body) and ``jats`` (the front matter and the public reference list of JATS 1.4 Publishing, written by
  ``jats.writer``). OAI-PMH demands a namespace for metadata (``##other``) and JATS has none, so the
  ``<article>`` is disseminated in the namespace ``JATS_NAMESPACE``, as PubMed Central does for its
  JATS; a harvester drops the namespace to obtain the document the JATS XSD validates.
- Deleted records are persistent: ``oai.models.OaiTombstone``.
- Lists are paged by keyset (``updated_at``, ``id``) with self-contained signed resumption tokens
  (``oai.tokens``): a fixed number of queries per page and constant memory, no OFFSET.
- Error codes: badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist,
  noRecordsMatch. noMetadataFormats never applies (every record has both formats) and neither does
  noSetHierarchy (the repository has sets).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Any

from django.conf import settings
from django.db.models import Exists, Min, OuterRef, Q
from django.utils import timezone
from lxml import etree

from jats import store as jats_store
from jats import writer as jats_writer
from journals.html import html_to_text
from journals.models import Article, Journal
from oai import tokens
from oai.models import OaiTombstone
from oai.records import SET_PREFIX, article_id_of, identifier_for, public_articles, repository_host, set_spec

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
JATS_NAMESPACE = "https://jats.nlm.nih.gov/ns/publishing/1.4/"
JATS_SCHEMA = "https://jats.nlm.nih.gov/publishing/1.4/xsd/JATS-journalpublishing1-4-mathml3.xsd"

#: metadataPrefix -> (schema, metadataNamespace)
FORMATS: dict[str, tuple[str, str]] = {
    "oai_dc": (OAI_DC_SCHEMA, OAI_DC),
    "jats": (JATS_SCHEMA, JATS_NAMESPACE),
}
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"

#: verb -> (required arguments, optional arguments); resumptionToken is exclusive where allowed.
VERBS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
    "ListRecords": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
}

#: The characters of XML 1.0 (an argument with others cannot be echoed in <request>).
_XML_TEXT = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class OaiError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def node(tag: str, text: str | None = None, /, **attributes: str) -> etree._Element:
    element = etree.Element(f"{{{OAI}}}{tag}", **attributes)
    if text is not None:
        element.text = text
    return element


def sub(parent: etree._Element, tag: str, text: str | None = None, /, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{OAI}}}{tag}", **attributes)
    if text is not None:
        element.text = text
    return element


def base_url() -> str:
    return f"{settings.SITE_URL}/oai"


def datestamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def page_size() -> int:
    return max(1, int(getattr(settings, "OAI_PAGE_SIZE", 100)))


# Request ------------------------------------------------------------------------------------------


def respond(arguments: Mapping[str, Sequence[str]], *, now: datetime.datetime | None = None) -> etree._Element:
    """The OAI-PMH response to a request with ``arguments`` (each name with all its values)."""
    now = now or timezone.now()
    root = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI} {OAI_SCHEMA}")
    sub(root, "responseDate", datestamp(now))
    request = sub(root, "request", base_url())
    try:
        verb, args = parse(arguments)
        for name, value in sorted(args.items()):
            request.set(name, value)
        request.set("verb", verb)
        root.append(HANDLERS[verb](args, now))
    except OaiError as error:
        if error.code in ("badVerb", "badArgument"):
            request.attrib.clear()  # the protocol: no attributes when the request itself is bad
        root.append(node("error", error.message, code=error.code))
    return root


def parse(arguments: Mapping[str, Sequence[str]]) -> tuple[str, dict[str, str]]:
    """The verb and its arguments, checked: badVerb or badArgument otherwise."""
    verbs = list(arguments.get("verb", []))
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OaiError("badVerb", "The verb is missing, repeated or not an OAI-PMH verb.")
    verb = verbs[0]
    required, optional = VERBS[verb]
    args: dict[str, str] = {}
    for name, values in arguments.items():
        if name == "verb":
            continue
        if name not in required | optional:
            raise OaiError("badArgument", f"{verb} takes no argument {name!a}.")
        if len(values) != 1:
            raise OaiError("badArgument", f"The argument {name!r} is repeated.")
        if not _XML_TEXT.fullmatch(values[0]):
            raise OaiError("badArgument", f"The argument {name!r} holds characters XML cannot carry.")
        args[name] = values[0]
    if "resumptionToken" in args:
        if len(args) != 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
    elif missing := sorted(required - args.keys()):
        raise OaiError("badArgument", f"{verb} needs the argument {missing[0]!r}.")
    return verb, args


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def _later(moment: datetime.datetime, step: datetime.timedelta) -> datetime.datetime:
    try:
        return moment + step
    except OverflowError:  # until the last day of year 9999: no upper bound
        return datetime.datetime.max.replace(tzinfo=datetime.UTC)


def parse_datestamp(value: str, *, upper: bool) -> tuple[datetime.datetime, str]:
    """The bound given by ``value`` and its granularity ("day" or "second").

    ``from`` gives the first moment it covers; ``until`` (``upper``) the first moment past it, so
    that both bounds are inclusive at their granularity.
    """
    try:
        if _DAY.fullmatch(value):
            day = datetime.date.fromisoformat(value)
            start = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)
            return (_later(start, datetime.timedelta(days=1)) if upper else start), "day"
        if _SECOND.fullmatch(value):
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
            return (_later(moment, datetime.timedelta(seconds=1)) if upper else moment), "second"
    except ValueError:
        pass
    raise OaiError("badArgument", f"{value!r} is not a date of granularity YYYY-MM-DD or {GRANULARITY}.")


def _check_format(prefix: str) -> None:
    if prefix not in FORMATS:
        raise OaiError("cannotDisseminateFormat", f"The metadata format {prefix!r} is not supported here.")


# Identify, ListMetadataFormats, ListSets --------------------------------------------------------


_EMAIL = re.compile(r"\S+@(\S+\.)+\S+")  # the pattern of adminEmail in OAI-PMH.xsd


def admin_emails() -> list[str]:
    """OAI_ADMIN_EMAILS, else ADMINS, else DEFAULT_FROM_EMAIL: those the schema accepts (a dotted domain)."""
    sources = [*settings.OAI_ADMIN_EMAILS] or [*settings.ADMINS, settings.DEFAULT_FROM_EMAIL]
    addresses = [address for _, address in getaddresses(sources) if _EMAIL.fullmatch(address)]
    return addresses or [
        f"webmaster@{repository_host()}" if "." in repository_host() else "webmaster@localhost.localdomain"
    ]


def earliest_datestamp(now: datetime.datetime) -> datetime.datetime:
    """The oldest datestamp of any record, deleted ones included; now when there is none yet."""
    stamps = [
        public_articles().aggregate(first=Min("updated_at"))["first"],
        OaiTombstone.objects.aggregate(first=Min("datestamp"))["first"],
    ]
    return min([stamp for stamp in stamps if stamp is not None], default=now)


def identify(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    element = node("Identify")
    sub(element, "repositoryName", getattr(settings, "OAI_REPOSITORY_NAME", "") or "Leeszaal")
    sub(element, "baseURL", base_url())
    sub(element, "protocolVersion", "2.0")
    for address in admin_emails():
        sub(element, "adminEmail", address)
    sub(element, "earliestDatestamp", datestamp(earliest_datestamp(now)))
    sub(element, "deletedRecord", "persistent")
    sub(element, "granularity", GRANULARITY)
    return element


def _record_exists(identifier: str) -> bool:
    pk = article_id_of(identifier)
    if pk is None:
        return False
    return public_articles().filter(pk=pk).exists() or OaiTombstone.objects.filter(article_id=pk).exists()


def list_metadata_formats(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    if "identifier" in args and not _record_exists(args["identifier"]):
        raise OaiError("idDoesNotExist", "No record has this identifier.")
    element = node("ListMetadataFormats")
    for prefix, (schema, namespace) in FORMATS.items():
        item = sub(element, "metadataFormat")
        sub(item, "metadataPrefix", prefix)
        sub(item, "schema", schema)
        sub(item, "metadataNamespace", namespace)
    return element


def list_sets(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    if "resumptionToken" in args:
        raise OaiError("badResumptionToken", "The list of sets is complete in one response.")
    element = node("ListSets")
    for slug, title in Journal.objects.active().order_by("slug").values_list("slug", "title"):
        item = sub(element, "set")
        sub(item, "setSpec", set_spec(slug))
        sub(item, "setName", title)
    return element


# Records --------------------------------------------------------------------------------------


@dataclass
class Item:
    """One record in a list: an article (``article`` set for ListRecords) or a deleted record."""

    pk: int
    moment: datetime.datetime
    sets: list[str]
    deleted: bool
    article: Article | None = None

    @property
    def key(self) -> tuple[datetime.datetime, int]:
        return (self.moment, self.pk)


def header(item: Item) -> etree._Element:
    element = node("header", status="deleted") if item.deleted else node("header")
    sub(element, "identifier", identifier_for(item.pk))
    sub(element, "datestamp", datestamp(item.moment))
    for spec in item.sets:
        sub(element, "setSpec", spec)
    return element


def _articles_for(prefix: str) -> Any:
    """Public articles with what the format reads, in a fixed number of queries; never their body."""
    if prefix == "jats":
        articles = jats_store.articles_for_records()
    else:
        articles = Article.objects.select_related("issue__journal__publisher").with_authors()
    return public_articles(articles).defer("body", "body_text")


def oai_dc(article: Article) -> etree._Element:
    """Dublin Core of the public record (https://www.openarchives.org/OAI/2.0/oai_dc.xsd)."""
    root = etree.Element(f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} {OAI_DC_SCHEMA}")

    def dc(tag: str, text: str) -> None:
        if text.strip():
            etree.SubElement(root, f"{{{DC}}}{tag}").text = text.strip()

    issue = article.issue
    journal = issue.journal
    dc("title", f"{article.title}: {article.subtitle}" if article.subtitle else article.title)
    for contribution in article.contributions.all():
        dc("creator", contribution.author.citation_name)
    for keyword in article.keyword_list:
        dc("subject", keyword)
    dc("description", article.abstract or html_to_text(article.abstract_html))
    dc("publisher", journal.publisher.name)
    published = article.published_on or issue.published_on
    dc("date", published.isoformat() if published else str(issue.year))
    dc("type", "Text")
    dc("type", "info:eu-repo/semantics/article")
    dc("format", "text/html")
    dc("identifier", f"{settings.SITE_URL}{article.get_absolute_url()}")
    if article.doi:
        dc("identifier", f"https://doi.org/{article.doi}")
    source = f"{journal.title}, {issue.volume}({issue.number}), {issue.year}"
    if article.pages:
        source += f", {article.pages}"
    dc("source", source)
    for issn in (journal.issn_online, journal.issn_print):
        if issn:
            dc("source", f"urn:ISSN:{issn}")
    dc("language", article.language)
    dc("rights", article.license or article.get_access_display())
    return root


def jats_front(article: Article) -> etree._Element:
    """The JATS 1.4 front matter and public references, in ``JATS_NAMESPACE`` (see the module's docstring)."""
    article.body = ""  # deferred and never read: the full text is not disseminated
    xml = jats_writer.write(jats_store.record_from_article(article, files=False, public=True), full_text=False)
    document = etree.fromstring(xml, _SAFE_PARSER)
    for element in document.iter():
        if isinstance(element.tag, str) and not element.tag.startswith("{"):
            element.tag = f"{{{JATS_NAMESPACE}}}{element.tag}"
    etree.cleanup_namespaces(document, top_nsmap={None: JATS_NAMESPACE})
    return document


RENDERERS: dict[str, Callable[[Article], etree._Element]] = {"oai_dc": oai_dc, "jats": jats_front}


def record(item: Item, prefix: str) -> etree._Element:
    element = node("record")
    element.append(header(item))
    if not item.deleted:
        assert item.article is not None
        metadata = sub(element, "metadata")
        metadata.append(RENDERERS[prefix](item.article))
    return element


def get_record(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    _check_format(args["metadataPrefix"])
    pk = article_id_of(args["identifier"])
    article = _articles_for(args["metadataPrefix"]).filter(pk=pk).first() if pk is not None else None
    if article is not None:
        item = Item(article.pk, article.updated_at, [set_spec(article.issue.journal.slug)], False, article)
    else:
        tombstone = OaiTombstone.objects.filter(article_id=pk).first() if pk is not None else None
        if tombstone is None:
            raise OaiError("idDoesNotExist", "No record has this identifier.")
        item = Item(tombstone.article_id, tombstone.datestamp, tombstone.set_specs, True)
    element = node("GetRecord")
    element.append(record(item, args["metadataPrefix"]))
    return element


def _bounds(args: dict[str, str]) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    start = end = None
    granularities = set()
    if "from" in args:
        start, granularity = parse_datestamp(args["from"], upper=False)
        granularities.add(granularity)
    if "until" in args:
        end, granularity = parse_datestamp(args["until"], upper=True)
        granularities.add(granularity)
    if len(granularities) > 1:
        raise OaiError("badArgument", "from and until must have the same granularity.")
    if start is not None and end is not None and start >= end:
        raise OaiError("badArgument", "from is later than until.")
    return start, end


def _deleted() -> Any:
    """Tombstones of articles that are not public again (republished by an update that sends no signal)."""
    return OaiTombstone.objects.filter(~Exists(public_articles().filter(pk=OuterRef("article_id"))))


def _set_filter(spec: str) -> tuple[Q, Q]:
    """Filters of articles and of tombstones to the set ``spec``."""
    if not spec:
        return Q(), Q()
    slug = spec.removeprefix(SET_PREFIX) if spec.startswith(SET_PREFIX) else None
    articles = Q(issue__journal__slug=slug) if slug else Q(pk__in=[])
    stones = (
        Q(sets=spec) | Q(sets__startswith=f"{spec} ") | Q(sets__endswith=f" {spec}") | Q(sets__contains=f" {spec} ")
    )
    return articles, stones


def _iso(moment: datetime.datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _moment(value: str) -> datetime.datetime | None:
    return datetime.datetime.fromisoformat(value) if value else None


def _page(position: tokens.Position, *, with_records: bool) -> tuple[list[Item], bool]:
    """The next page after ``position``: at most page_size() items in (datestamp, id) order, and whether more follow."""
    size = page_size()
    start, end = _moment(position.from_), _moment(position.until)
    article_set, stone_set = _set_filter(position.set_spec)
    articles = _articles_for(position.metadata_prefix) if with_records else public_articles()
    articles = articles.filter(article_set)
    stones = _deleted().filter(stone_set)
    if start is not None:
        articles, stones = articles.filter(updated_at__gte=start), stones.filter(datestamp__gte=start)
    if end is not None:
        articles, stones = articles.filter(updated_at__lt=end), stones.filter(datestamp__lt=end)
    after = _moment(position.after_datestamp)
    if after is not None:
        articles = articles.filter(Q(updated_at__gt=after) | Q(updated_at=after, pk__gt=position.after_id))
        stones = stones.filter(Q(datestamp__gt=after) | Q(datestamp=after, article_id__gt=position.after_id))
    items: list[Item] = []
    if with_records:
        for article in articles.order_by("updated_at", "pk")[: size + 1]:
            items.append(Item(article.pk, article.updated_at, [set_spec(article.issue.journal.slug)], False, article))
    else:
        rows = articles.order_by("updated_at", "pk").values_list("pk", "updated_at", "issue__journal__slug")
        items.extend(Item(pk, moment, [set_spec(slug)], False) for pk, moment, slug in rows[: size + 1])
    for stone in stones.order_by("datestamp", "article_id")[: size + 1]:
        items.append(Item(stone.article_id, stone.datestamp, stone.set_specs, True))
    items.sort(key=lambda item: item.key)
    return items[:size], len(items) > size


def _count(position: tokens.Position) -> int:
    start, end = _moment(position.from_), _moment(position.until)
    article_set, stone_set = _set_filter(position.set_spec)
    articles = public_articles().filter(article_set)
    stones = _deleted().filter(stone_set)
    if start is not None:
        articles, stones = articles.filter(updated_at__gte=start), stones.filter(datestamp__gte=start)
    if end is not None:
        articles, stones = articles.filter(updated_at__lt=end), stones.filter(datestamp__lt=end)
    return articles.count() + stones.count()


def _list(verb: str, args: dict[str, str], now: datetime.datetime, *, with_records: bool) -> etree._Element:
    if "resumptionToken" in args:
        try:
            position = tokens.load(args["resumptionToken"], verb=verb, now=now)
        except tokens.TokenError as error:
            raise OaiError("badResumptionToken", f"The resumption token is not valid: {error}.") from error
    else:
        _check_format(args["metadataPrefix"])
        start, end = _bounds(args)
        position = tokens.Position(
            verb=verb,
            metadata_prefix=args["metadataPrefix"],
            from_=_iso(start),
            until=_iso(end),
            set_spec=args.get("set", ""),
            after_datestamp="",
            after_id=0,
            cursor=0,
            complete_size=0,
            expires=0,
        )
    items, more = _page(position, with_records=with_records)
    if not items:  # also a resumed list whose remaining records left the range meanwhile
        raise OaiError("noRecordsMatch", "No records match these arguments.")
    element = node(verb)
    for item in items:
        element.append(record(item, position.metadata_prefix) if with_records else header(item))
    resumed = "resumptionToken" in args
    if more or resumed:
        size = position.complete_size if resumed else _count(position)
        if more:
            expires = tokens.expiry(now)
            last = items[-1]
            following = tokens.Position(
                verb=verb,
                metadata_prefix=position.metadata_prefix,
                from_=position.from_,
                until=position.until,
                set_spec=position.set_spec,
                after_datestamp=last.moment.isoformat(),
                after_id=last.pk,
                cursor=position.cursor + len(items),
                complete_size=size,
                expires=int(expires.timestamp()),
            )
            token = sub(element, "resumptionToken", tokens.dump(following))
            token.set("expirationDate", datestamp(expires))
        else:
            token = sub(element, "resumptionToken")
        token.set("completeListSize", str(size))
        token.set("cursor", str(position.cursor))
    return element


def list_identifiers(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    return _list("ListIdentifiers", args, now, with_records=False)


def list_records(args: dict[str, str], now: datetime.datetime) -> etree._Element:
    return _list("ListRecords", args, now, with_records=True)


HANDLERS: dict[str, Callable[[dict[str, str], datetime.datetime], etree._Element]] = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
