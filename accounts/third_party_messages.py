"""allauth's English, worded as the rest of the English site: "Log in", "Log out", "Register", "Remember me".

Leeszaal's own msgids are Dutch, but allauth's pages and messages are in allauth's English, which says
"Sign In", "Sign Up", "Signup" and "Remember Me" where the header (``Inloggen``, ``Registreren``) says
"Log in" and "Register". ``locale/en/LC_MESSAGES/django.po`` gives these English msgids our English
(settings.LOCALE_PATHS comes before allauth's catalogs).

Why this module: ``make messages`` runs ``makemessages --no-obsolete`` for English, which keeps only the
msgids it finds in our code and templates, and would drop these. Marking them here with ``gettext_noop``
keeps them; nothing imports this module. Copy each msgid exactly as allauth has it
(``tests/test_allauth_dutch.py`` fails when allauth no longer has one).

The Dutch of third-party msgids (allauth's formal Dutch, Django's messages that its own Dutch catalog
lacks) lives in the hand-maintained ``locale/nl/LC_MESSAGES/django.po`` and ``djangojs.po``, which
``makemessages`` never rewrites; see their headers.
"""

from __future__ import annotations

from django.utils.translation import gettext_noop

ENGLISH_REWORDED = (
    gettext_noop("Sign In"),
    gettext_noop("Sign Out"),
    gettext_noop("Sign Up"),
    gettext_noop("Signup"),
    gettext_noop("Remember Me"),
    gettext_noop("Bad Token"),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("Successfully signed in as %(name)s."),
    gettext_noop("You have signed out."),
    gettext_noop("Send me a sign-in code"),
    gettext_noop("Sign-In Code"),
    gettext_noop("Enter Sign-In Code"),
    gettext_noop("A sign-in code has been sent to %(recipient)s."),
    gettext_noop("Your sign-in code is listed below. Please enter it in your open browser window."),
    gettext_noop("You will receive a special code for a password-free sign-in."),
    gettext_noop("Other sign-in options"),
    gettext_noop("If it was you, you can sign up for an account using the link below."),
    gettext_noop("Sign Up Closed"),
    gettext_noop("We are sorry, but the sign up is currently closed."),
)
