"""Small factories for the tests: plain functions with sensible, valid defaults."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile

from access.models import ActivationCode, CodeBatch, Institution, InstitutionMember, IPRange, Subscription
from accounts.models import User
from journals.identifiers import issn_check_digit
from journals.models import Article, Author, Contribution, Issue, Journal, Publisher, section_for

_counter = itertools.count(1)

# A minimal, valid one-page PDF.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def valid_issn(n: int) -> str:
    seven = f"{n:07d}"[-7:]
    return f"{seven[:4]}-{seven[4:]}{issn_check_digit(seven)}"


def make_publisher(**fields: Any) -> Publisher:
    defaults: dict[str, Any] = {"name": "Uitgeverij Leeszaal", "slug": f"uitgever-{next(_counter)}"}
    return Publisher.objects.create(**{**defaults, **fields})


def make_journal(publisher: Publisher | None = None, **fields: Any) -> Journal:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "title": f"Tijdschrift {n}",
        "slug": f"tijdschrift-{n}",
        "description": "Een tijdschrift voor de praktijk.",
        "issn_online": valid_issn(1000000 + n),
    }
    return Journal.objects.create(publisher=publisher or make_publisher(), **{**defaults, **fields})


def make_issue(journal: Journal, **fields: Any) -> Issue:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "volume": 1,
        "number": str(n % 999 + 1),  # issue numbers have at most three digits
        "year": 2024,
        "is_published": True,
        "published_on": datetime.date(2024, 6, 1),
    }
    return Issue.objects.create(journal=journal, **{**defaults, **fields})


def make_author(**fields: Any) -> Author:
    n = next(_counter)
    defaults: dict[str, Any] = {"given_names": "Auteur", "surname": f"Nummer {n}"}
    return Author.objects.create(**{**defaults, **fields})


def make_article(issue: Issue, *, authors: int = 1, pdf: bool = False, **fields: Any) -> Article:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "title": f"Artikel {n}",
        "slug": f"artikel-{n}",
        "abstract": "Een openbare samenvatting.",
        "body": f"<p>GEHEIME-VOLTEKST-{n} De volledige tekst van het artikel.</p>",
        "status": Article.Status.PUBLISHED,
        "position": n,
        "first_page": 1,
        "last_page": 10,
    }
    if isinstance(fields.get("section"), str):
        # A section given by name: the journal's section of that name, made when it has none.
        fields["section"] = section_for(journal=issue.journal, name=fields["section"])
    article = Article.objects.create(issue=issue, **{**defaults, **fields})
    for position in range(authors):
        Contribution.objects.create(article=article, author=make_author(), position=position, affiliation="Hogeschool")
    if pdf:
        article.pdf.save(f"{article.slug}.pdf", ContentFile(PDF_BYTES), save=True)
    return article


def make_user(email: str, *, password: str = "een-lang-wachtwoord", verified: bool = True, **fields: Any) -> User:
    user = User.objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_subscription(
    user: User, journal: Journal, *, starts_on: datetime.date, ends_on: datetime.date, **fields: Any
) -> Subscription:
    return Subscription.objects.create(user=user, journal=journal, starts_on=starts_on, ends_on=ends_on, **fields)


def make_institution(name: str = "Hogeschool Rijnland", *, ranges: tuple[str, ...] = (), **fields: Any) -> Institution:
    institution = Institution.objects.create(name=name, **fields)
    for text in ranges:
        IPRange.objects.create(institution=institution, text=text)
    return institution


def make_institution_subscription(
    institution: Institution,
    journal: Journal,
    *,
    starts_on: datetime.date,
    ends_on: datetime.date,
    source: str = Subscription.Source.INSTITUTIONAL,
    **fields: Any,
) -> Subscription:
    return Subscription.objects.create(
        institution=institution, journal=journal, starts_on=starts_on, ends_on=ends_on, source=source, **fields
    )


def make_member(institution: Institution, user: User, *, is_admin: bool = False) -> InstitutionMember:
    return InstitutionMember.objects.create(institution=institution, user=user, is_admin=is_admin)


def make_code_batch(journal: Journal, *, count: int = 3, **fields: Any) -> CodeBatch:
    """A batch with ``count`` fresh codes (``access.codes.new_code``)."""
    from access.codes import new_code

    defaults: dict[str, Any] = {
        "label": "Printabonnees",
        "starts_on": datetime.date(2026, 1, 1),
        "ends_on": datetime.date(2026, 12, 31),
    }
    batch = CodeBatch.objects.create(journal=journal, **{**defaults, **fields})
    ActivationCode.objects.bulk_create(ActivationCode(batch=batch, code=new_code()) for _ in range(count))
    return batch
