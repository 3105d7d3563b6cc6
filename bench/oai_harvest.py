"""OAI-PMH harvest benchmark: a full ListIdentifiers and ListRecords (oai_dc) over a generated corpus.

    .venv/bin/python -m bench.oai_harvest [--articles 100000] [--page-size 100] [--keep]

A fresh SQLite database in a temporary folder gets ``migrate`` and a deterministic corpus made with
``bulk_create`` (4 journals, issues of 100 articles, 1-3 authors each, an abstract, keywords and a
body that is never disseminated); datestamps are spread over the corpus with pairs that share a
second, so the keyset's tie-break on the id is exercised. Then each harvest walks every page through
``oai.protocol.respond`` and ``serialize`` (the view adds only the HTTP response), following the
resumption tokens, and prints records/s, total time, queries per page (first page, others) and memory:
the peak traced by ``tracemalloc`` on a second, traced pass of the first ``--traced-pages`` pages and
of as many pages at the end, and the process's peak RSS. It prints figures and asserts nothing; the
folder is removed at the end (unless ``--keep``).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import secrets
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

SEED = 20261201
ARTICLES_PER_ISSUE = 100
BATCH = 2000
WORDS = [
    "ouders",
    "jeugd",
    "zorg",
    "praktijk",
    "onderzoek",
    "school",
    "gezin",
    "welzijn",
    "wijk",
    "team",
    "methode",
    "effect",
    "kwaliteit",
    "professional",
    "cliënt",
    "hulp",
    "netwerk",
    "beleid",
    "gemeente",
    "sociaal",
    "werk",
    "leren",
    "opvoeding",
    "samenwerking",
]


def say(line: str = "") -> None:
    print(line, flush=True)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(articles: int) -> None:
    from django.db import connection, transaction

    from journals.models import Article, Author, Contribution, Issue, Journal, Publisher

    rng = random.Random(SEED)
    with transaction.atomic():
        publisher = Publisher.objects.create(name="Uitgeverij Bench", slug="bench-uitgeverij")
        journals = Journal.objects.bulk_create(
            Journal(publisher=publisher, title=f"Bench-tijdschrift {n}", slug=f"bench-{n}", acronym=f"BT{n}")
            for n in range(4)
        )
        issues = Issue.objects.bulk_create(
            Issue(
                journal=journals[n % 4],
                volume=1 + n // 40,
                number=str(n // 4 % 10 + 1),
                year=2000 + n // 40,
                is_published=True,
            )
            for n in range((articles + ARTICLES_PER_ISSUE - 1) // ARTICLES_PER_ISSUE)
        )
        authors = Author.objects.bulk_create(
            Author(given_names=rng.choice(["Anna", "Bram", "Cor", "Dina"]), surname=f"Auteur {n}") for n in range(5000)
        )
        made = 0
        while made < articles:
            rows = []
            for n in range(made, min(made + BATCH, articles)):
                rows.append(
                    Article(
                        issue=issues[n // ARTICLES_PER_ISSUE],
                        position=n % ARTICLES_PER_ISSUE,
                        title=_sentence(rng, 6)[:-1],
                        slug=f"artikel-{n}",
                        abstract=" ".join(_sentence(rng, 12) for _ in range(4)),
                        keywords=", ".join(rng.sample(WORDS, 3)),
                        body=f"<p>GEHEIM-{n} " + " ".join(_sentence(rng, 12) for _ in range(20)) + "</p>",
                        status=Article.Status.PUBLISHED,
                        first_page=1,
                        last_page=12,
                    )
                )
            created = Article.objects.bulk_create(rows)
            Contribution.objects.bulk_create(
                Contribution(article=article, author=author, position=p)
                for article in created
                for p, author in enumerate(rng.sample(authors, rng.randint(1, 3)))
            )
            made += len(rows)
        with connection.cursor() as cursor:  # datestamps spread over the years, two per second
            cursor.execute(
                "UPDATE journals_article SET updated_at = "
                "datetime('2020-01-01 00:00:00', '+' || ((id * 7919) % %s) || ' seconds')",
                [max(1, articles // 2)],
            )


def harvest(verb: str, prefix: str, *, pages: int | None = None, tail: bool = False) -> dict[str, Any]:
    """Walk ``verb`` through its tokens (the first ``pages`` pages only, if given)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from oai import protocol

    namespace = {"o": protocol.OAI}
    arguments: dict[str, list[str]] = {"verb": [verb], "metadataPrefix": [prefix]}
    records = page_count = size = 0
    queries: list[int] = []
    started = time.perf_counter()
    while True:
        with CaptureQueriesContext(connection) as captured:
            root = protocol.respond(arguments)
            body = protocol.serialize(root)
        queries.append(len(captured))
        size += len(body)
        error = root.find("o:error", namespace)
        if error is not None:
            raise SystemExit(f"{verb}: {error.get('code')} {error.text}")
        records += len(root.findall(f"o:{verb}/o:header", namespace)) + len(
            root.findall(f"o:{verb}/o:record", namespace)
        )
        page_count += 1
        token = root.findtext(f"o:{verb}/o:resumptionToken", namespaces=namespace)
        del root, body
        if not token or (pages is not None and page_count >= pages):
            break
        arguments = {"verb": [verb], "resumptionToken": [token]}
        if tail and pages is not None and page_count == 1:
            arguments = {"verb": [verb], "resumptionToken": [_token_near_end(token, verb)]}
    seconds = time.perf_counter() - started
    return {"records": records, "pages": page_count, "seconds": seconds, "queries": queries, "bytes": size}


def _token_near_end(token: str, verb: str) -> str:
    """A token that resumes ``pages`` pages before the end (for the traced pass at the end of the list)."""
    import dataclasses

    from django.utils import timezone

    from journals.models import Article
    from oai import tokens

    position = tokens.load(token, verb=verb, now=timezone.now())
    back = int(os.environ["OAI_BENCH_TAIL"])
    last = Article.objects.order_by("-updated_at", "-pk").values_list("updated_at", "pk")[back : back + 1].get()
    moved = dataclasses.replace(position, after_datestamp=last[0].isoformat(), after_id=last[1])
    return tokens.dump(moved)


def traced(verb: str, prefix: str, pages: int, *, tail: bool) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    harvest(verb, prefix, pages=pages, tail=tail)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--traced-pages", type=int, default=20)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="leeszaal-bench-oai-"))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "LEESZAAL_VAR_DIR": str(folder),
            "SITE_URL": "https://tijdschriften.example.nl",
            "OAI_PAGE_SIZE": str(args.page_size),
            "OAI_BENCH_TAIL": str(args.traced_pages * args.page_size),
        }
    )
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    try:
        import django

        django.setup()
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        say(f"migrate: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        build(args.articles)
        say(f"corpus: {args.articles:,} articles in {time.perf_counter() - started:.1f} s ({folder})")
        say(f"page size: {args.page_size}")
        for verb in ("ListIdentifiers", "ListRecords"):
            result = harvest(verb, "oai_dc")
            queries = result["queries"]
            rest = sorted(set(queries[1:-1])) if len(queries) > 2 else []
            say(
                f"{verb} oai_dc: {result['records']:,} records, {result['pages']:,} pages in "
                f"{result['seconds']:.1f} s = {result['records'] / result['seconds']:,.0f} records/s, "
                f"{result['bytes'] / 1e6:.1f} MB of XML; queries per page: first {queries[0]}, "
                f"following {rest or queries[1:]}, last {queries[-1]}"
            )
            head = traced(verb, "oai_dc", args.traced_pages, tail=False)
            end = traced(verb, "oai_dc", args.traced_pages + 1, tail=True)
            say(
                f"{verb} traced peak (tracemalloc): first {args.traced_pages} pages {head / 1e6:.1f} MB, "
                f"last {args.traced_pages} pages {end / 1e6:.1f} MB"
            )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        say(f"peak RSS of the process (corpus build included): {rss / 1024:.0f} MB")
    finally:
        if args.keep:
            say(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
