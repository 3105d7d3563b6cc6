"""Personas and shared fixtures. Tests read as a story about these people:

* ``reader`` (Roos): registered and verified, no subscription;
* ``subscriber`` (Sem): a current personal subscription to the journal;
* ``expired_subscriber`` (Eva): her subscription to the journal ended last year;
* ``librarian`` (Lieke): administrator of the ``institution`` Hogeschool Rijnland, whose network
  (``CAMPUS_IPV4`` 192.0.2.0/24, ``CAMPUS_IPV6`` 2001:db8:1::/48) holds a licence to the journal;
* ``editor`` (Daan): staff, member of the editors group, works in the back office.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from access.models import Institution
from accounts.models import User
from journals.models import Article, Issue, Journal, Publisher
from tests import factories

TODAY = datetime.date(2026, 11, 25)
PASSWORD = "een-lang-wachtwoord"


@pytest.fixture(autouse=True)
def _private_media(
    request: pytest.FixtureRequest, tmp_path: Path, settings: Any, django_db_blocker: Any
) -> Iterator[None]:
    """Each test stores uploads in its own folders and starts with empty caches."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    from django.core.cache import caches
    from django.core.cache.backends.db import BaseDatabaseCache

    from access.ipindex import forget_index
    from leeszaal import generations, outage
    from leeszaal.sharedcache import SplitCache

    in_database = [alias for alias in settings.CACHES if isinstance(caches[alias], BaseDatabaseCache | SplitCache)]
    for alias in settings.CACHES:
        if alias not in in_database:
            caches[alias].clear()
    generations.forget_memo()
    forget_index()
    outage.forget()  # a database outage another test met (leeszaal.outage) is not this one's
    yield
    # The rate-limit counters live in the test database (leeszaal.sharedcache): a test's transaction takes
    # them away with it; after a test that commits (live server, transaction=True) they are emptied here.
    marker = request.node.get_closest_marker("django_db")
    if "transactional_db" in request.fixturenames or (marker is not None and marker.kwargs.get("transaction")):
        with django_db_blocker.unblock():
            for alias in in_database:
                caches[alias].clear()


@pytest.fixture
def publisher(db: None) -> Publisher:
    return factories.make_publisher(name="Uitgeverij Leeszaal", slug="leeszaal")


@pytest.fixture
def journal(publisher: Publisher) -> Journal:
    return factories.make_journal(publisher, title="Ouderschapskennis", slug="ouderschapskennis")


@pytest.fixture
def other_journal(publisher: Publisher) -> Journal:
    return factories.make_journal(publisher, title="Waardenwerk", slug="waardenwerk")


@pytest.fixture
def issue(journal: Journal) -> Issue:
    return factories.make_issue(journal, volume=27, number="3", year=2024)


@pytest.fixture
def article(issue: Issue) -> Article:
    """A subscription article with a PDF."""
    return factories.make_article(
        issue, title="Groepswerk met ouders in perspectief", slug="groepswerk-met-ouders-in-perspectief", pdf=True
    )


@pytest.fixture
def open_article(issue: Issue) -> Article:
    return factories.make_article(
        issue,
        title="Vrij te lezen",
        slug="vrij-te-lezen",
        access=Article.Access.OPEN,
        license=Article.License.CC_BY,
        pdf=True,
    )


@pytest.fixture
def reader(db: None) -> User:
    return factories.make_user("roos@example.org", name="Roos de Lezer")


@pytest.fixture
def subscriber(journal: Journal) -> User:
    user = factories.make_user("sem@example.org", name="Sem Abonnee")
    factories.make_subscription(
        user, journal, starts_on=TODAY - datetime.timedelta(days=100), ends_on=TODAY + datetime.timedelta(days=265)
    )
    return user


@pytest.fixture
def expired_subscriber(journal: Journal) -> User:
    user = factories.make_user("eva@example.org", name="Eva Verlopen")
    factories.make_subscription(user, journal, starts_on=datetime.date(2024, 1, 1), ends_on=datetime.date(2025, 12, 31))
    return user


CAMPUS_IPV4 = "192.0.2.10"
CAMPUS_IPV6 = "2001:db8:1::10"
OFF_CAMPUS_IP = "198.51.100.7"


@pytest.fixture
def institution(journal: Journal) -> Institution:
    """Hogeschool Rijnland: a current licence to the journal for everyone on its IPv4 and IPv6 network."""
    from access.ipindex import forget_index

    institution = factories.make_institution(
        "Hogeschool Rijnland", ranges=("192.0.2.0/24", "2001:db8:1::/48"), ror="04dkp9463"
    )
    factories.make_institution_subscription(
        institution,
        journal,
        starts_on=TODAY - datetime.timedelta(days=30),
        ends_on=TODAY + datetime.timedelta(days=335),
    )
    forget_index()
    return institution


@pytest.fixture
def librarian(institution: Institution) -> User:
    user = factories.make_user("lieke@bibliotheek.example.org", name="Lieke Bibliothecaris")
    factories.make_member(institution, user, is_admin=True)
    return user


@pytest.fixture
def editor(db: None) -> User:
    user = factories.make_user("daan@uitgeverij.example.org", name="Daan Redacteur", is_staff=True)
    group = Group.objects.filter(name=settings.EDITORS_GROUP).first()
    if group is not None:
        user.groups.add(group)
    return user


@pytest.fixture
def frozen_today() -> Iterator[datetime.date]:
    import time_machine

    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC), tick=False):
        yield TODAY


def login(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


@pytest.fixture
def schemas_dir() -> Path:
    """The official schemas in shared/testdata (absent on a user's machine: the test is skipped there, never in CI)."""
    path = Path(os.environ.get("LEESZAAL_SCHEMAS", Path(settings.BASE_DIR).parent / "shared" / "testdata" / "schemas"))
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"Schemas not found at {path}; CI must validate against them.")
        pytest.skip(f"Official schemas not found at {path}")
    return path


@pytest.fixture
def jats_samples() -> Path:
    """Real JATS articles of other publishers in shared/testdata (read there, never copied; skipped off CI)."""
    path = Path(
        os.environ.get("LEESZAAL_JATS_SAMPLES", Path(settings.BASE_DIR).parent / "shared" / "testdata" / "jats-samples")
    )
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"JATS samples not found at {path}; CI must import them.")
        pytest.skip(f"JATS samples not found at {path}")
    return path
