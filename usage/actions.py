"""Changes of usage state, as plain functions that take no request: SUSHI credentials.

An institution's harvesting tool fetches its COUNTER reports with a customer id (the institution's id),
a requestor id and an API key (``usage.api``). Both the back office and the librarian's page issue and
revoke credentials through these functions. The plain API key leaves ``sushi_credential_issue`` once, to
be shown once; only its digest is stored.
"""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone

from access.models import Institution
from usage.models import SushiCredential


def sushi_credential_issue(*, institution: Institution, label: str = "") -> tuple[SushiCredential, str]:
    """A new credential for ``institution``: a random requestor id and API key. Returns the plain key once."""
    api_key = SushiCredential.new_secret()
    # A random UUID, as the Code of Practice suggests for secure values (section 8.2); 36 characters.
    credential = SushiCredential(institution=institution, label=label.strip(), requestor_id=str(uuid.uuid4()))
    credential.set_api_key(api_key)
    credential.full_clean()
    with transaction.atomic():
        credential.save()
    return credential, api_key


def sushi_credential_revoke(*, credential: SushiCredential) -> None:
    """Revoke ``credential``: from now on its requests are refused. Revoking twice keeps the first moment."""
    now = timezone.now()
    with transaction.atomic():
        SushiCredential.objects.filter(pk=credential.pk, revoked_at__isnull=True).update(revoked_at=now)
        credential.revoked_at = (
            SushiCredential.objects.filter(pk=credential.pk).values_list("revoked_at", flat=True).first()
        )
