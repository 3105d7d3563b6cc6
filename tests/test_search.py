"""Search: Dutch analysis, the query grammar, the index following publishing, no leaks, fixed queries.

Runs on whichever database the suite runs on (SQLite FTS5 or PostgreSQL), through the one
interface; CI runs it on both.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from access.decision import Reader, readable_articles
from accounts.models import User
from journals import actions
from journals.models import Article, Issue, Journal
from search import analysis
from search.backends.base import AccessFilter, Filters, Sort
from search.engine import search
from search.indexing import index_articles
from search.models import Entry, Term
from search.query import MAX_LENGTH, QueryError, doi_in, parse
from tests import factories
from tests.conftest import login

UNIQUE = "zwerfkeiengesprek"


def index(*articles: Article) -> None:
    index_articles([article.pk for article in articles])


def titles(text: str, reader: Reader | None = None, **filters: object) -> list[str]:
    results = search(text=text, reader=reader or Reader(), filters=Filters(**filters))  # type: ignore[arg-type]
    return [hit.article.title for hit in results.hits]


@pytest.fixture
def gated(issue: Issue) -> Article:
    """A subscription article whose full text alone holds a unique word."""
    article = factories.make_article(
        issue,
        title="Gesprekken op de gang",
        abstract="Over korte contacten tussen hulpverleners en ouders.",
        keywords="contact, ouders",
        body=f"<p>Het {UNIQUE} begon onverwacht.</p><p>Later volgde een tweede {UNIQUE} met de moeder.</p>",
    )
    index(article)
    return article


# Analysis --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ouders", "ouder"),
        ("ondersteunen", "ondersteuning"),
        ("ideeen", "ideeën"),
        ("kwetsbaar", "kwetsbare"),
        ("opvoeding", "opvoedingen"),
        ("Coöperatie", "cooperatie"),
    ],
)
def test_inflections_and_accents_share_a_stem(one: str, other: str) -> None:
    assert analysis.stems(one) == analysis.stems(other)


def test_stop_words_are_not_indexed_and_compounds_are_indexed_backwards_too() -> None:
    assert analysis.stems("de ouders van het kind") == ["ouder", "kind"]
    assert analysis.index_text("opvoedingsondersteuning") == "opvoedingsondersteun xqnuetsrednosgnideovpo"
    assert analysis.partial_match("ondersteun", "opvoedingsondersteun")
    assert analysis.partial_match("autism", "autismespectrumstoornis")
    assert not analysis.partial_match("kin", "kinder")  # too short to match inside a word


def test_body_text_is_derived_once_from_the_html(issue: Issue) -> None:
    article = factories.make_article(issue, body="<h2>Inleiding</h2><p>Eerste &amp; <em>tweede</em>.</p><p>Derde</p>")
    assert article.body_text == "Inleiding\nEerste & tweede.\nDerde"


# The query grammar -----------------------------------------------------------------------------


def test_the_query_grammar() -> None:
    query = parse('"morele beraadslaging" pleegzorg -scheiding vechtscheiding OR schoolverzuim')
    assert [[c.stems for c in group] for group in query.groups] == [
        [("morel", "beraadslag")],
        [("pleegzorg",)],
        [("vechtscheid",), ("schoolverzuim",)],
    ]
    assert [c.stems for c in query.excluded] == [("scheiding",)]


@pytest.mark.parametrize(
    "text",
    [
        'ouders "onafgesloten',
        "NEAR(ouders kind) AND * OR",
        "ouders'); DROP TABLE journals_article; --",
        "title:ouders ^kind {abstract}: x*",
        "ouders & !kind | (zorg <-> hulp):*",
        "ouders\x00kind\x07",
        "- -- OR | OR",
    ],
)
def test_operators_and_sql_are_only_text(text: str) -> None:
    try:
        query = parse(text)
    except QueryError:
        return
    for clause in query.clauses + list(query.excluded):
        assert all(re.fullmatch(r"[^\W_]+", stem) for stem in clause.stems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Typ een of meer woorden"),
        ("   ", "Typ een of meer woorden"),
        ("de het een", "alleen veelvoorkomende woorden"),
        ("-ouders", "niet alleen woorden met een minteken"),
        ("x" * (MAX_LENGTH + 1), "te lang"),
    ],
)
def test_unsearchable_queries_say_why(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text)


def test_a_doi_is_recognised_in_every_usual_form() -> None:
    for text in ["10.5555/ABC.123", "doi:10.5555/abc.123", "https://doi.org/10.5555/abc.123"]:
        assert doi_in(text) is not None
    assert doi_in("ouders en 10.5555/abc") is None


# Finding articles ------------------------------------------------------------------------------


def test_dutch_words_find_their_inflections_accents_and_compounds(issue: Issue) -> None:
    made = [
        factories.make_article(issue, title="Opvoedingsondersteuning in de wijk"),
        factories.make_article(issue, title="Kinderen met een autismespectrumstoornis"),
        factories.make_article(issue, title="Nieuwe ideeën over mantelzorg"),
        factories.make_article(issue, title="Ouderschap na een scheiding"),
    ]
    index(*made)
    assert titles("ondersteuning") == ["Opvoedingsondersteuning in de wijk"]
    assert titles("ondersteunen") == ["Opvoedingsondersteuning in de wijk"]
    assert titles("autisme") == ["Kinderen met een autismespectrumstoornis"]
    assert titles("ideeen") == ["Nieuwe ideeën over mantelzorg"]
    assert titles("zorg") == ["Nieuwe ideeën over mantelzorg"]
    assert titles("scheidingen") == ["Ouderschap na een scheiding"]


def test_whole_words_rank_above_compound_parts_and_title_above_body(issue: Issue) -> None:
    compound = factories.make_article(issue, title="Grootouders als opvoeders")
    in_body = factories.make_article(issue, title="Een wijkteam", body="<p>Hier spreken wij ouders.</p>")
    in_title = factories.make_article(issue, title="Ouders aan het woord")
    index(compound, in_body, in_title)
    assert titles("ouders")[0] == "Ouders aan het woord"
    assert set(titles("ouders")) == {"Grootouders als opvoeders", "Een wijkteam", "Ouders aan het woord"}


def test_phrases_exclusion_and_or(issue: Issue) -> None:
    made = [
        factories.make_article(issue, title="Morele beraadslaging in teams"),
        factories.make_article(issue, title="Beraadslaging over morele vragen"),
        factories.make_article(issue, title="Pleegzorg na een scheiding"),
        factories.make_article(issue, title="Pleegzorg en school"),
        factories.make_article(issue, title="Schoolverzuim in het voortgezet onderwijs"),
    ]
    index(*made)
    assert titles('"morele beraadslaging"') == ["Morele beraadslaging in teams"]
    assert set(titles("morele beraadslaging")) == {"Morele beraadslaging in teams", "Beraadslaging over morele vragen"}
    assert titles("pleegzorg -scheiding") == ["Pleegzorg en school"]
    assert set(titles("scheiding OR schoolverzuim")) == {
        "Pleegzorg na een scheiding",
        "Schoolverzuim in het voortgezet onderwijs",
    }


def test_an_author_is_found_by_name(issue: Issue) -> None:
    article = factories.make_article(issue, title="Over werk", authors=0)
    author = factories.make_author(given_names="Marieke", surname="van der Berg")
    article.contributions.create(author=author, position=0)
    factories.make_article(issue, title="Bergtochten met jongeren")
    index(*Article.objects.all())
    assert titles("Marieke van der Berg") == ["Over werk"]
    assert titles("van der Berg")[0] == "Over werk"


def test_a_pasted_doi_goes_to_the_article(client: Client, issue: Issue) -> None:
    article = factories.make_article(issue, doi="10.5555/WTA.2024.7")
    response = client.get("/zoeken/", {"q": "https://doi.org/10.5555/wta.2024.7"})
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()


def test_a_misspelling_gets_a_suggestion_from_the_public_vocabulary(issue: Issue, gated: Article) -> None:
    index(factories.make_article(issue, title="Pleegzorg in Vlaanderen"))
    results = search(text="pleegzrog", reader=Reader())
    assert results.total == 0
    assert results.suggestion == "pleegzorg"
    assert titles(results.suggestion) == ["Pleegzorg in Vlaanderen"]
    # A word only a gated full text holds is never suggested.
    assert search(text="zwerfkeiengesprak", reader=Reader()).suggestion == ""
    assert not Term.objects.filter(word=UNIQUE).exists()


# Facets, sorting, pages ------------------------------------------------------------------------


@pytest.fixture
def archive(journal: Journal, other_journal: Journal) -> list[Article]:
    made = []
    for year, number in ((2023, "1"), (2024, "2"), (2025, "3")):
        for the_journal in (journal, other_journal):
            issue = factories.make_issue(the_journal, year=year, number=number, published_on=datetime.date(year, 3, 1))
            for n in range(3):
                made.append(
                    factories.make_article(
                        issue,
                        title=f"Jeugdhulp {year} {the_journal.slug} {n}",
                        keywords="jeugdhulp, gezin" if n else "jeugdhulp, school",
                        access=Article.Access.OPEN if n == 0 else Article.Access.SUBSCRIPTION,
                        article_type=Article.Type.EDITORIAL if n == 2 else Article.Type.RESEARCH,
                    )
                )
    index(*made)
    return made


def _facet(results, name: str) -> dict[str, int]:
    return {value.value: value.count for facet in results.facets if facet.name == name for value in facet.values}


def test_facets_count_every_hit_and_filters_narrow(archive: list[Article], journal: Journal) -> None:
    results = search(text="jeugdhulp", reader=Reader())
    assert results.total == 18
    assert _facet(results, "journal") == {"ouderschapskennis": 9, "waardenwerk": 9}
    assert _facet(results, "year") == {"2023": 6, "2024": 6, "2025": 6}
    assert _facet(results, "access") == {"open": 6, "abonnement": 12}
    assert _facet(results, "type") == {"research-article": 12, "editorial": 6}
    assert _facet(results, "keyword") == {"jeugdhulp": 18, "gezin": 12, "school": 6}
    narrowed = search(
        text="jeugdhulp", reader=Reader(), filters=Filters(journal="ouderschapskennis", year=2024, keyword="school")
    )
    assert [hit.article.title for hit in narrowed.hits] == ["Jeugdhulp 2024 ouderschapskennis 0"]
    assert _facet(narrowed, "journal") == {"ouderschapskennis": 1}


def test_readable_by_me_follows_the_access_decision(
    archive: list[Article], subscriber: User, frozen_today: datetime.date
) -> None:
    reader = Reader(user=subscriber)
    results = search(text="jeugdhulp", reader=reader)
    readable = readable_articles(reader).filter(pk__in=[a.pk for a in archive]).count()
    assert _facet(results, "access")["leesbaar"] == readable == 9 + 3
    mine = search(text="jeugdhulp", reader=reader, filters=Filters(access=AccessFilter.READABLE))
    assert mine.total == readable
    # An anonymous reader has nothing beyond open access: no such facet value.
    assert "leesbaar" not in _facet(search(text="jeugdhulp", reader=Reader()), "access")


def test_sort_by_date_and_pages(archive: list[Article]) -> None:
    first = search(text="jeugdhulp", reader=Reader(), sort=Sort.DATE, per_page=4)
    assert first.pages == 5
    assert all(hit.article.issue.year == 2025 for hit in first.hits)
    last = search(text="jeugdhulp", reader=Reader(), sort=Sort.DATE, page=5, per_page=4)
    assert len(last.hits) == 2 and all(hit.article.issue.year == 2023 for hit in last.hits)
    beyond = search(text="jeugdhulp", reader=Reader(), sort=Sort.DATE, page=10**9, per_page=4)
    assert beyond.page == 5 and [h.article.pk for h in beyond.hits] == [h.article.pk for h in last.hits]
    seen = {
        h.article.pk
        for page in range(1, 6)
        for h in search(text="jeugdhulp", reader=Reader(), page=page, per_page=4).hits
    }
    assert len(seen) == 18


# The index follows publishing ------------------------------------------------------------------


def test_the_index_follows_publish_edit_unpublish_and_delete(issue: Issue, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(issue, title="Schoolverzuim", status=Article.Status.DRAFT)
    assert titles("schoolverzuim") == []
    with django_capture_on_commit_callbacks(execute=True):
        actions.article_publish(article=article)
    assert titles("schoolverzuim") == ["Schoolverzuim"]
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Thuiszitters"
        article.save()
    assert titles("schoolverzuim") == [] and titles("thuiszitters") == ["Thuiszitters"]
    with django_capture_on_commit_callbacks(execute=True):
        actions.issue_unpublish(issue=issue)
    assert titles("thuiszitters") == [] and not Entry.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        actions.issue_publish(issue=issue)
    assert titles("thuiszitters") == ["Thuiszitters"]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert titles("thuiszitters") == [] and not Entry.objects.exists()


def test_an_unpublished_article_disappears_at_once_even_before_its_entry_goes(issue: Issue) -> None:
    article = factories.make_article(issue, title="Schoolverzuim")
    index(article)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)  # no signal, no index update
    assert titles("schoolverzuim") == []


def test_reindex_rebuilds_with_progress_and_keeps_search_online(issue: Issue, capsys) -> None:
    kept = factories.make_article(issue, title="Pleegzorg")
    index(kept)
    Entry.objects.all().delete()  # an index that lost its way
    call_command("search_reindex")
    out = capsys.readouterr().out
    assert "1/1" in out and "1 artikelen geïndexeerd" in out
    assert titles("pleegzorg") == ["Pleegzorg"]
    assert Term.objects.get(word="pleegzorg").entries == 1


# Leaks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_a_gated_full_text_match_is_listed_without_any_of_its_text(
    client: Client, gated: Article, reader: User, who: str
) -> None:
    if who == "reader":
        login(client, reader)
    response = client.get("/zoeken/", {"q": UNIQUE})
    page = response.content.decode()
    assert gated.title in page
    assert "Gevonden in de volledige tekst; die is te lezen met een abonnement." in page
    assert "onverwacht" not in page and "moeder" not in page
    assert f"<mark>{UNIQUE}</mark>" not in page


def test_a_subscriber_sees_the_full_text_snippet(client: Client, gated: Article, subscriber: User) -> None:
    login(client, subscriber)
    page = client.get("/zoeken/", {"q": UNIQUE}).content.decode()
    assert f"<mark>{UNIQUE}</mark> begon onverwacht" in page
    assert "Gevonden in de volledige tekst." in page


def test_a_second_visitor_never_gets_the_subscribers_results(
    gated: Article, subscriber: User, frozen_today: datetime.date
) -> None:
    first = login(Client(), subscriber)
    assert "begon onverwacht" in first.get("/zoeken/", {"q": UNIQUE}).content.decode()
    second = Client().get("/zoeken/", {"q": UNIQUE})
    assert "begon onverwacht" not in second.content.decode()
    assert "Sem Abonnee" not in second.content.decode()


# Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 600},
        {"q": '"ouders'},
        {"q": "ouders\x00"},
        {"q": "NEAR(a b) * ^ :"},
        {"q": "' OR 1=1 --"},
        {"q": "ouders", "pagina": "999999999999999999999"},
        {"q": "ouders", "pagina": "-3"},
        {"q": "ouders", "jaar": "twintig"},
        {"q": "ouders", "auteur": "9" * 40},
        {"q": "ouders", "toegang": "alles", "soort": "<script>", "sorteer": "DROP"},
        {"q": "ouders", "tijdschrift": "bestaat-niet"},
        {"q": "ouders", "trefwoord": "\x00" * 300},
    ],
)
def test_bad_input_gets_a_page_never_an_error(client: Client, gated: Article, params: dict[str, str]) -> None:
    response = client.get("/zoeken/", params)
    assert response.status_code == 200


def test_a_long_query_is_refused_with_a_message(client: Client, db: None) -> None:
    page = client.get("/zoeken/", {"q": "x" * 600}).content.decode()
    assert "Uw zoekvraag is te lang" in page


def test_an_unknown_journal_search_is_404(client: Client, db: None) -> None:
    assert client.get("/bestaat-niet/zoeken/", {"q": "ouders"}).status_code == 404


# The page ------------------------------------------------------------------------------------


def test_the_header_of_every_page_has_the_search_box(client: Client, journal: Journal) -> None:
    page = client.get(journal.get_absolute_url()).content.decode()
    assert 'role="search"' in page and 'action="/zoeken/"' in page


def test_a_journal_search_keeps_to_its_journal(client: Client, archive: list[Article]) -> None:
    page = client.get("/waardenwerk/zoeken/", {"q": "jeugdhulp"}).content.decode()
    assert "9 resultaten" in page
    assert "ouderschapskennis 0" not in page


def test_facet_links_narrow_and_can_be_removed(client: Client, archive: list[Article]) -> None:
    page = client.get("/zoeken/", {"q": "jeugdhulp", "jaar": "2024", "toegang": "open"}).content.decode()
    assert "2 resultaten" in page
    assert 'href="?q=jeugdhulp&amp;toegang=open"' in page  # the chip that removes the year


def test_a_search_is_counted_once_for_counter(client: Client, archive: list[Article]) -> None:
    from usage.models import Kind, UsageEvent
    from usage.recording import flush

    client.get("/zoeken/", {"q": "jeugdhulp"}, HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
    client.get("/zoeken/", {"q": ""}, HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
    flush()
    assert UsageEvent.objects.filter(kind=Kind.SEARCH).count() == 1


# Queries ------------------------------------------------------------------------------------


def _queries(client: Client, params: dict[str, str]) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/zoeken/", params).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def many(journal: Journal, other_journal: Journal) -> Iterator[None]:
    made = []
    for the_journal in (journal, other_journal):
        for year in (2022, 2023, 2024, 2025):
            issue = factories.make_issue(the_journal, year=year)
            made += [
                factories.make_article(
                    issue, title=f"Jeugdhulp {year} {n}", keywords=f"jeugdhulp, thema {n}", authors=2
                )
                for n in range(8)
            ]
    index(*made)
    yield


def test_the_results_page_takes_three_queries_whatever_the_hits(client: Client, issue: Issue, many: None) -> None:
    one = factories.make_article(issue, title="Pleegzorg", authors=3)
    index(one)
    _queries(client, {"q": "jeugdhulp"})  # the institutions' address index is loaded once per process
    lots = _queries(client, {"q": "jeugdhulp"})
    author = Article.objects.get(title="Jeugdhulp 2024 1", issue__journal__slug="waardenwerk").contributions.get(
        position=0
    )
    filters = {"jaar": "2024", "auteur": str(author.author_id), "toegang": "abonnement", "sorteer": "datum"}
    filtered = _queries(client, {"q": "jeugdhulp", **filters})
    assert (len(lots), len(filtered)) == (3, 3), "\n\n".join(q[:150] for q in filtered)
    few = _queries(client, {"q": "pleegzorg"})
    assert len(few) == 3, "\n\n".join(q[:150] for q in few)
    # Without hits, one: the vocabulary, for a spelling suggestion (and no articles to load).
    none = _queries(client, {"q": "pleegzrog"})
    assert len(none) == 2, "\n\n".join(q[:150] for q in none)


def test_a_subscribers_results_page_adds_only_the_session_and_user(
    client: Client, many: None, subscriber: User
) -> None:
    login(client, subscriber)
    _queries(client, {"q": "jeugdhulp"})  # the entitlements are cached from here on
    assert len(_queries(client, {"q": "jeugdhulp"})) <= 5
    assert len(_queries(client, {"q": "jeugdhulp", "pagina": "3"})) <= 5


def test_a_large_index_update_goes_to_a_background_task(
    archive: list[Article], journal: Journal, settings, django_capture_on_commit_callbacks
) -> None:
    from django_tasks_db.models import DBTaskResult

    settings.SEARCH_INLINE_MAX = 3
    with django_capture_on_commit_callbacks(execute=True):
        journal.open_access = True
        journal.save()
    task = DBTaskResult.objects.get()
    assert task.task_path == "search.tasks.index_articles_task"
    assert {a.pk for a in archive if a.issue.journal_id == journal.pk} <= set(task.args_kwargs["args"][0])
    # Until the worker runs, the entries still say subscription; the worker's run makes them open.
    assert search(text="jeugdhulp", reader=Reader(), filters=Filters(access=AccessFilter.OPEN)).total == 6
    from search.tasks import index_articles_task

    index_articles_task.call(*task.args_kwargs["args"])
    assert search(text="jeugdhulp", reader=Reader(), filters=Filters(access=AccessFilter.OPEN)).total == 9 + 3


def test_beyond_the_candidates_the_page_counts_among_the_newest(archive: list[Article], settings) -> None:
    settings.SEARCH_CANDIDATES = 6
    results = search(text="jeugdhulp", reader=Reader(), per_page=4)
    assert results.total == 6 and results.estimated and results.pages == 2
    # Counted among the six newest matches: the 2025 issues' articles.
    assert _facet(results, "year") == {"2025": 6}
    # Filters narrow inside the index, before the candidates are taken: exact again.
    narrowed = search(text="jeugdhulp", reader=Reader(), filters=Filters(year=2023))
    assert narrowed.total == 6 and _facet(narrowed, "year") == {"2023": 6}
    assert len(search(text="jeugdhulp", reader=Reader(), filters=Filters(keyword="school", year=2024)).hits) == 2
    assert search(text="jeugdhulp", reader=Reader(), filters=Filters(journal="waardenwerk", year=2024)).total == 3


def test_the_page_says_when_it_counts_among_the_newest(client: Client, archive: list[Article], settings) -> None:
    settings.SEARCH_CANDIDATES = 6
    page = client.get("/zoeken/", {"q": "jeugdhulp"}).content.decode()
    assert "6 of meer resultaten" in page
    assert "Geteld in de 6 nieuwste treffers" in page
    settings.SEARCH_CANDIDATES = 2000
    page = client.get("/zoeken/", {"q": "jeugdhulp"}).content.decode()
    assert "18 resultaten" in page and "nieuwste treffers" not in page


def test_the_newest_candidates_are_newest_by_publication_not_by_id(journal: Journal, settings) -> None:
    """An archive imported late gets high ids: the candidates must still be the newest by date."""
    recent = factories.make_issue(journal, year=2025, number="1", published_on=datetime.date(2025, 3, 1))
    old = factories.make_issue(journal, year=2005, number="1", published_on=datetime.date(2005, 3, 1))
    made = [factories.make_article(recent, title=f"Pleegzorg nu {n}") for n in range(3)]
    made += [factories.make_article(old, title=f"Pleegzorg toen {n}") for n in range(3)]  # imported after
    index(*made)
    settings.SEARCH_CANDIDATES = 3
    results = search(text="pleegzorg", reader=Reader(), sort=Sort.DATE)
    assert results.estimated and _facet(results, "year") == {"2025": 3}
    assert {hit.article.issue.year for hit in results.hits} == {2025}


def test_an_edit_the_index_does_not_hold_reindexes_nothing(
    archive: list[Article], journal: Journal, settings, django_capture_on_commit_callbacks
) -> None:
    from django_tasks_db.models import DBTaskResult

    settings.SEARCH_INLINE_MAX = 3
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        journal.description = "Een nieuwe beschrijving."
        journal.save()
    # The page cache's generation is bumped (the journal page changed); the search index is left alone.
    from search.indexing import _flush

    assert _flush not in callbacks and not DBTaskResult.objects.exists()


def test_a_journal_search_suggests_a_spelling_too(client: Client, issue: Issue) -> None:
    index(factories.make_article(issue, title="Pleegzorg in Vlaanderen"))
    page = client.get(f"/{issue.journal.slug}/zoeken/", {"q": "pleegzrog"}).content.decode()
    assert "Bedoelde u:" in page and "?q=pleegzorg" in page
