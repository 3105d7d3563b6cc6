"""The editors group (settings.EDITORS_GROUP): what the editorial staff may do in the back office.

``editors_group_ensure`` is idempotent and runs after every ``migrate`` (see
``JournalsConfig.ready``). It only adds permissions: whatever an administrator gave the
group on top of these stays.
"""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, transaction

ALL = ("add", "change", "delete", "view")

#: (app label, model name) -> actions the editors may take on it.
EDITORS_PERMISSIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("journals", "publisher"): ("view", "change"),
    ("journals", "journal"): ALL,
    ("journals", "editorialboardmember"): ALL,
    ("journals", "section"): ALL,
    ("journals", "issue"): ALL,
    ("journals", "article"): ALL,
    ("journals", "author"): ALL,
    ("journals", "contribution"): ALL,
    ("journals", "articletranslation"): ALL,
    ("journals", "reference"): ALL,
    ("journals", "articlefile"): ("view", "delete"),  # files arrive with a JATS package
    ("access", "subscription"): ALL,
    ("access", "institution"): ALL,
    ("access", "iprange"): ALL,
    ("access", "institutionmember"): ALL,
    ("access", "codebatch"): ALL,
    ("access", "activationcode"): ("view", "delete"),
    ("accounts", "user"): ("view",),
    ("usage", "sushicredential"): ("view", "add", "change"),
    ("sales", "plan"): ALL,
    ("sales", "order"): ("view", "change"),  # change: approve or reject a reduced order
    ("sales", "payment"): ("view",),
}


def _wanted() -> set[tuple[str, str]]:
    """(app label, codename) of every permission the editors get."""
    return {
        (app_label, f"{action}_{model}")
        for (app_label, model), actions in EDITORS_PERMISSIONS.items()
        for action in actions
    }


def _existing(wanted: set[tuple[str, str]], using: str) -> list[Permission]:
    codenames = {codename for _app_label, codename in wanted}
    candidates = Permission.objects.using(using).filter(codename__in=codenames).select_related("content_type")
    return [perm for perm in candidates if (perm.content_type.app_label, perm.codename) in wanted]


def editors_group_ensure(*, using: str = DEFAULT_DB_ALIAS) -> Group:
    """Create the editors group if needed and give it the editors' permissions."""
    wanted = _wanted()
    with transaction.atomic(using=using):
        permissions = _existing(wanted, using)
        if len(permissions) < len(wanted):
            # Permissions are created by auth's post_migrate handler, app by app; an app
            # migrated after this one may not have them yet. Create them now.
            for app_label in sorted({app_label for app_label, _codename in wanted}):
                create_permissions(global_apps.get_app_config(app_label), verbosity=0, using=using)
            permissions = _existing(wanted, using)
        missing = wanted - {(perm.content_type.app_label, perm.codename) for perm in permissions}
        if missing:
            raise LookupError(f"Permissions missing for the editors group: {sorted(missing)}")
        group, _created = Group.objects.using(using).get_or_create(name=settings.EDITORS_GROUP)
        group.permissions.add(*permissions)
    return group


def editors_group_after_migrate(sender: AppConfig, *, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    """post_migrate receiver: ensure the group once every model involved has its table."""
    state = kwargs.get("apps", global_apps)
    try:
        for app_label, model in [("auth", "permission"), ("contenttypes", "contenttype"), *EDITORS_PERMISSIONS]:
            state.get_model(app_label, model)
    except LookupError:
        return  # A partial migrate: not every app is migrated yet; a later migrate ensures the group.
    editors_group_ensure(using=using)
