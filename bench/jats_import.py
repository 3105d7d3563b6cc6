"""JATS import benchmark: read + render, write, total, and the re-import of an unchanged corpus.

    .venv/bin/python -m bench.jats_import [--articles 2000] [--backend sqlite|postgresql] [--profile]

Generates a fixed corpus (seeded) of JATS 1.4 articles from this file's own template: the front matter
of a Dutch research article (three authors with ORCID iDs and affiliations, a structured abstract with
an English translation, keywords, history dates, licence, funding) and a body of about
``--body-words`` words in sections with a table, a figure and citations of a reference list of
about 25 entries. The articles are built as lxml trees, serialised once, and imported through
``jats.importer.import_units`` into a fresh database: a temporary SQLite file by default, or the
PostgreSQL database ``leeszaal_bench_jats`` on 127.0.0.1:5432 (dropped first and at the end).

It prints articles per second for each step of the import (read and render, check, write), for the
whole, and for a second import of the same corpus (every article unchanged, nothing written). The
issue asks for at least 200 articles/s for a metadata-and-body import on this 2-core machine.
``--profile`` prints where the time goes (cProfile, the 30 costliest functions by own time).
Reading is spread over ``--processes`` (default: one per core), as ``manage.py jats_import`` does; on a
machine whose cores are busy with other work, ``--processes 1`` shows the one-core figure. Beside
the wall-clock rate it prints articles per CPU second (this process and its readers), which other
work on a shared machine does not move. ``BENCH_SORT`` and ``BENCH_ROWS`` change the profile's order
and length. It prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import random
import resource
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DATABASE = "leeszaal_bench_jats"
SEED = 20261209
ISSN_PRINT, ISSN_ONLINE = "2468-1237", "1875-1237"
ARTICLES_PER_ISSUE = 40
XLINK = "http://www.w3.org/1999/xlink"
ALI = "http://www.niso.org/schemas/ali/1.0/"
MML = "http://www.w3.org/1998/Math/MathML"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def say(line: str = "") -> None:
    print(line, flush=True)


# The corpus ---------------------------------------------------------------------------------------


class Writer:
    """Dutch-looking sentences from the word lists of ``bench.dutch`` (seeded: the same corpus every run)."""

    def __init__(self, seed: int) -> None:
        from bench import dutch

        self.random = random.Random(seed)
        self.dutch = dutch

    def words(self, count: int) -> str:
        d, r = self.dutch, self.random
        out = []
        for _ in range(count):
            kind = r.random()
            pool = (
                d.FUNCTION_WORDS
                if kind < 0.45
                else d.NOUNS
                if kind < 0.75
                else d.VERBS
                if kind < 0.87
                else d.ADJECTIVES
                if kind < 0.95
                else d.COMPOUNDS
            )
            out.append(r.choice(pool))
        return " ".join(out)

    def sentence(self) -> str:
        text = self.words(self.random.randint(8, 22))
        return text[0].upper() + text[1:] + "."

    def paragraph(self, words: int) -> list[str]:
        sentences, total = [], 0
        while total < words:
            sentence = self.sentence()
            sentences.append(sentence)
            total += sentence.count(" ") + 1
        return sentences

    def orcid(self) -> str:
        from journals.identifiers import orcid_check_digit

        base = "0000000" + "".join(str(self.random.randint(0, 9)) for _ in range(8))
        digits = base + orcid_check_digit(base)
        return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _sub(parent: Any, tag: str, text: str | None = None, **attrib: str) -> Any:
    from lxml import etree

    element = etree.SubElement(parent, tag, {key.replace("_", "-"): value for key, value in attrib.items()})
    if text is not None:
        element.text = text
    return element


def _date(parent: Any, tag: str, day: tuple[int, int, int], **attrib: str) -> None:
    year, month, number = day
    element = _sub(parent, tag, **attrib)
    element.set("iso-8601-date", f"{year:04d}-{month:02d}-{number:02d}")
    _sub(element, "day", f"{number:02d}")
    _sub(element, "month", f"{month:02d}")
    _sub(element, "year", str(year))


def article_xml(number: int, writer: Writer, body_words: int) -> bytes:
    """One generated article, JATS 1.4 Publishing."""
    from lxml import etree

    r = writer.random
    issue_index = number // ARTICLES_PER_ISSUE
    year = 2000 + issue_index // 4
    issue = issue_index % 4 + 1
    article = etree.Element(
        "article",
        {"article-type": "research-article", "dtd-version": "1.4", XML_LANG: "nl"},
        nsmap={"xlink": XLINK, "ali": ALI, "mml": MML},
    )
    front = _sub(article, "front")
    journal = _sub(front, "journal-meta")
    _sub(_sub(journal, "journal-title-group"), "journal-title", "Tijdschrift voor Jeugd en Samenleving")
    _sub(journal, "issn", ISSN_PRINT, pub_type="ppub")
    _sub(journal, "issn", ISSN_ONLINE, pub_type="epub")
    _sub(_sub(journal, "publisher"), "publisher-name", "Uitgeverij Leeszaal")
    meta = _sub(front, "article-meta")
    _sub(meta, "article-id", f"TJS-{number:06d}", pub_id_type="publisher-id")
    _sub(meta, "article-id", f"10.5555/bench.{number}", pub_id_type="doi")
    _sub(_sub(_sub(meta, "article-categories"), "subj-group", subj_group_type="heading"), "subject", "Onderzoek")
    titles = _sub(meta, "title-group")
    title = _sub(titles, "article-title", writer.words(r.randint(5, 10)).capitalize() + ": ")
    _sub(title, "italic", writer.words(3)).tail = " " + writer.words(3)
    trans = _sub(titles, "trans-title-group")
    trans.set(XML_LANG, "en")
    _sub(trans, "trans-title", "A study of " + writer.words(6))
    group = _sub(meta, "contrib-group", content_type="authors")
    for index in range(3):
        contrib = _sub(group, "contrib", contrib_type="author")
        if index == 0:
            contrib.set("corresp", "yes")
        _sub(contrib, "contrib-id", f"https://orcid.org/{writer.orcid()}", contrib_id_type="orcid")
        name = _sub(contrib, "name")
        _sub(name, "surname", r.choice(writer.dutch.SURNAMES))
        _sub(name, "given-names", r.choice(writer.dutch.GIVEN_NAMES))
        if index == 0:
            _sub(contrib, "email", f"auteur{number}@example.org")
        _sub(contrib, "xref", rid=f"aff{index % 2 + 1}", ref_type="aff")
    _sub(group, "aff", "Universiteit Utrecht, Utrecht, Nederland", id="aff1")
    _sub(group, "aff", "Hogeschool Rijnland, Leiden, Nederland", id="aff2")
    published = (year, r.randint(1, 12), r.randint(1, 28))
    _date(meta, "pub-date", published, publication_format="electronic", date_type="pub")
    collection = _sub(meta, "pub-date", date_type="collection")
    _sub(collection, "year", str(year))
    _sub(meta, "volume", str(year - 1999))
    _sub(meta, "issue", str(issue))
    first = (number % ARTICLES_PER_ISSUE) * 12 + 1
    _sub(meta, "fpage", str(first))
    _sub(meta, "lpage", str(first + 11))
    history = _sub(meta, "history")
    _date(history, "date", (year - 1, r.randint(1, 12), r.randint(1, 28)), date_type="received")
    _date(history, "date", (year - 1, 12, r.randint(1, 28)), date_type="accepted")
    permissions = _sub(meta, "permissions")
    _sub(permissions, "copyright-statement", f"© {year} de auteurs")
    _sub(permissions, "copyright-year", str(year))
    licence = _sub(permissions, "license")
    licence.set(f"{{{XLINK}}}href", "https://creativecommons.org/licenses/by/4.0/")
    _sub(licence, f"{{{ALI}}}license_ref", "https://creativecommons.org/licenses/by/4.0/")
    _sub(licence, "license-p", "Gepubliceerd onder CC BY 4.0.")
    abstract = _sub(meta, "abstract")
    for heading in ("Achtergrond", "Methode", "Resultaten", "Conclusie"):
        section = _sub(abstract, "sec")
        _sub(section, "title", heading)
        _sub(section, "p", " ".join(writer.paragraph(40)))
    trans_abstract = _sub(meta, "trans-abstract")
    trans_abstract.set(XML_LANG, "en")
    _sub(trans_abstract, "p", "This study " + writer.words(40) + ".")
    keywords = _sub(meta, "kwd-group", kwd_group_type="author")
    for word in r.sample(writer.dutch.KEYWORDS, 4):
        _sub(keywords, "kwd", word)
    funding = _sub(meta, "funding-group")
    award = _sub(funding, "award-group")
    wrap = _sub(_sub(award, "funding-source"), "institution-wrap")
    _sub(wrap, "institution-id", "https://doi.org/10.13039/501100001826", institution_id_type="doi")
    _sub(wrap, "institution", "ZonMw")
    _sub(award, "award-id", str(500000000 + number))

    references = 25
    body = _sub(article, "body")
    headings = r.sample(writer.dutch.HEADINGS, 6) if len(writer.dutch.HEADINGS) >= 6 else ["Inleiding"] * 6
    per_section = body_words // 6
    for index, heading in enumerate(headings):
        section = _sub(body, "sec", id=f"s{index + 1}")
        _sub(section, "title", heading.capitalize())
        written = 0
        while written < per_section:
            sentences = writer.paragraph(min(90, per_section - written))
            written += sum(sentence.count(" ") + 1 for sentence in sentences)
            p = _sub(section, "p")
            p.text = " ".join(sentences[:-1]) + " "
            cited = _sub(p, "xref", f"[{r.randint(1, references)}]", ref_type="bibr")
            cited.set("rid", f"r{cited.text.strip('[]')}")
            cited.tail = " " + sentences[-1]
        if index == 1:
            table = _sub(section, "table-wrap", id="t1")
            _sub(table, "label", "Tabel 1")
            _sub(_sub(table, "caption"), "title", "Kenmerken van de deelnemers")
            grid = _sub(table, "table")
            head = _sub(_sub(grid, "thead"), "tr")
            for label in ("Groep", "Aantal", "Gemiddelde leeftijd"):
                _sub(head, "th", label)
            rows = _sub(grid, "tbody")
            for row in range(5):
                tr = _sub(rows, "tr")
                _sub(tr, "td", f"Groep {row + 1}")
                _sub(tr, "td", str(r.randint(10, 90)))
                _sub(tr, "td", f"{r.randint(120, 180) / 10:.1f}".replace(".", ","))
        if index == 2:
            p = _sub(section, "p", "Zie ")
            _sub(p, "xref", "figuur 1", ref_type="fig", rid="f1").tail = " en tabel 1."
            figure = _sub(section, "fig", id="f1")
            _sub(figure, "label", "Figuur 1")
            _sub(_sub(figure, "caption"), "title", "Verloop van " + writer.words(4))
            graphic = _sub(figure, "graphic")
            graphic.set(f"{{{XLINK}}}href", "fig1.png")
    back = _sub(article, "back")
    _sub(_sub(back, "ack"), "p", "Met dank aan " + writer.words(8) + ".")
    ref_list = _sub(back, "ref-list")
    for index in range(1, references + 1):
        ref = _sub(ref_list, "ref", id=f"r{index}")
        _sub(ref, "label", str(index))
        citation = _sub(ref, "element-citation", publication_type="journal")
        people = _sub(citation, "person-group", person_group_type="author")
        for _author in range(r.randint(1, 3)):
            name = _sub(people, "name")
            _sub(name, "surname", r.choice(writer.dutch.SURNAMES))
            _sub(name, "given-names", r.choice("ABCDEFGHJKLMNPRSTVW") + ".")
        _sub(citation, "article-title", writer.words(8).capitalize())
        _sub(citation, "source", "Tijdschrift " + writer.words(2))
        _sub(citation, "year", str(r.randint(1990, year)))
        _sub(citation, "volume", str(r.randint(1, 60)))
        _sub(citation, "fpage", str(r.randint(1, 300)))
        if index % 2:
            _sub(citation, "pub-id", f"10.5555/ref.{number}.{index}", pub_id_type="doi")
    return bytes(etree.tostring(article, xml_declaration=True, encoding="UTF-8"))


def corpus(count: int, body_words: int) -> list[tuple[str, bytes, dict[str, bytes]]]:
    writer = Writer(SEED)
    return [(f"artikel-{number:05d}.xml", article_xml(number, writer, body_words), {}) for number in range(count)]


# The run ------------------------------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the reader processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Stopwatch:
    """Times the importer's steps from its progress calls: read ends, write starts and ends (wall and CPU)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.cpu_started = cpu_seconds()
        self.marks: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        now, cpu = time.perf_counter(), cpu_seconds()
        if f"{stage}-first" not in self.marks:
            self.marks[f"{stage}-first"], self.cpu[f"{stage}-first"] = now, cpu
        if done == total:
            self.marks[f"{stage}-done"], self.cpu[f"{stage}-done"] = now, cpu


def rate(count: int, seconds: float, cpu: float | None = None) -> str:
    if seconds <= 0:
        return "-"
    line = f"{count / seconds:8,.0f} articles/s  ({seconds:6.2f} s)"
    if cpu is not None and cpu > 0:
        line += f"   {count / cpu:8,.0f} articles per CPU second ({cpu:6.2f} s)"
    return line


@contextlib.contextmanager
def profiled(enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        say("\nprofile (own time):")
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats(os.environ.get("BENCH_SORT", "tottime")).print_stats(int(os.environ.get("BENCH_ROWS", "30")))


def run(args: argparse.Namespace) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from jats.importer import available_cores, import_units
    from journals.models import Article, Journal, Publisher, Reference

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    publisher = Publisher.objects.create(name="Uitgeverij Leeszaal", slug="leeszaal")
    Journal.objects.create(
        publisher=publisher,
        title="Tijdschrift voor Jeugd en Samenleving",
        slug="tjs",
        description="Benchmark",
        issn_print=ISSN_PRINT,
        issn_online=ISSN_ONLINE,
    )
    say(f"migrate: {time.perf_counter() - started:.1f} s ({connection.vendor})")
    started = time.perf_counter()
    units = corpus(args.articles, args.body_words)
    size = sum(len(unit[1]) for unit in units)
    say(
        f"corpus: {len(units):,} articles, {size / len(units) / 1024:.0f} KiB of XML each on average, "
        f"generated in {time.perf_counter() - started:.1f} s"
    )

    watch = Stopwatch()
    with profiled(args.profile):
        summary = import_units(units, progress=watch, processes=args.processes or available_cores())
    ended, cpu_ended = time.perf_counter(), cpu_seconds()
    if not summary.ok or summary.created != len(units):
        say(str(summary)[:3000])
        raise SystemExit("the import did not create every article")
    read = watch.marks["read-done"] - watch.started
    check = watch.marks["write-first"] - watch.marks["read-done"]
    write = watch.marks["write-done"] - watch.marks["write-first"]
    total = ended - watch.started
    say(
        f"\nimport of {len(units):,} new articles ({Article.objects.count():,} stored, {Reference.objects.count():,} references)"
    )
    cpu = watch.cpu
    # The reader processes' CPU time is counted once they end, after the last unit is read: read and
    # check share one CPU figure.
    say(f"   read + render   {rate(len(units), read)}")
    say(f"   check           {rate(len(units), check)}")
    say(f"   (read + check   {rate(len(units), read + check, cpu['write-first'] - watch.cpu_started)})")
    say(f"   write           {rate(len(units), write, cpu['write-done'] - cpu['write-first'])}")
    say(f"   total           {rate(len(units), total, cpu_ended - watch.cpu_started)}")

    again, cpu_again = time.perf_counter(), cpu_seconds()
    with profiled(args.profile and args.profile_again):
        second = import_units(units, processes=args.processes or available_cores())
    seconds, cpu_spent = time.perf_counter() - again, cpu_seconds() - cpu_again
    say(f"\nre-import, unchanged ({second.unchanged:,} unchanged, {second.updated} updated)")
    say(f"   total           {rate(len(units), seconds, cpu_spent)}")


def environment(backend: str, var_dir: Path, pg: str, database: str) -> dict[str, str]:
    url = f"sqlite:///{var_dir / 'bench.sqlite3'}" if backend == "sqlite" else f"{pg}/{database}"
    return {
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
        "DATABASE_URL": url,
        "DEBUG": "0",  # with DEBUG Django keeps every statement's SQL in memory
        "LEESZAAL_HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "LEESZAAL_VAR_DIR": str(var_dir),
        "USAGE_RECORDING": "0",
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles in the corpus (2000)")
    parser.add_argument("--body-words", type=int, default=3000, help="words of body per article, about (3000)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite", help="database (sqlite)")
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"PostgreSQL server, without database ({DEFAULT_PG})")
    parser.add_argument(
        "--database",
        default=os.environ.get("LEESZAAL_BENCH_JATS_DATABASE", DATABASE),
        help=f"the throwaway PostgreSQL database ({DATABASE}; dropped first and at the end)",
    )
    parser.add_argument(
        "--processes", type=int, default=0, help="processes that read, as jats_import --processes (0: one per core)"
    )
    parser.add_argument("--profile", action="store_true", help="profile the first import (cProfile)")
    parser.add_argument("--profile-again", action="store_true", help="with --profile: profile the re-import too")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (and database) afterwards")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if not args.database.startswith(DATABASE):
        parser.error(f"--database must start with {DATABASE}: it is dropped first and at the end")
    if urlsplit(args.pg).hostname not in {"127.0.0.1", "localhost"}:
        parser.error("--pg must be a PostgreSQL server on this machine")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    var_dir = Path(tempfile.mkdtemp(prefix="leeszaal-bench-jats-"))
    created = False
    os.environ.update(environment(args.backend, var_dir, args.pg, args.database))
    for name in ("REDIS_URL", "SEARCH_BACKEND"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(REPO))
    say(
        f"Leeszaal JATS import bench: {args.articles:,} articles of ~{args.body_words:,} words, {args.backend}, {os.cpu_count()} cores"
    )
    try:
        if args.backend == "postgresql":
            from bench.load import create_database

            create_database(args.pg, args.database)
            created = True
        run(args)
    finally:
        if args.keep:
            say(f"kept: {var_dir}" + (f" and database {args.database}" if created else ""))
        else:
            if created:
                from django.db import connections

                connections.close_all()
                from bench.load import drop_database

                drop_database(args.pg, args.database)
            shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
