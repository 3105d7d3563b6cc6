"""The pages of e-mail alerts: follow a journal, confirm an address, unsubscribe (RFC 8058 one-click)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import User
from alerts.actions import (
    follow_confirm,
    follow_create_for_user,
    follow_end,
    follow_end_for_user,
    follow_for_confirm_token,
    follow_request,
)
from alerts.forms import FollowByEmailForm
from alerts.models import Follow
from journals.models import Journal


def _journal_or_404(slug: str) -> Journal:
    journal = Journal.objects.active().select_related("publisher").filter(slug=slug).first()
    if journal is None:
        raise Http404
    return journal


def _language() -> str:
    return (get_language() or "nl")[:2]


@never_cache
@require_http_methods(["GET", "POST"])
def follow(request: HttpRequest, journal: str) -> HttpResponse:
    the_journal = _journal_or_404(journal)
    context = {"journal": the_journal, "publisher": the_journal.publisher}
    if request.user.is_authenticated:
        assert isinstance(request.user, User)
        if request.method == "POST":
            follow_create_for_user(user=request.user, journal=the_journal, language=_language())
            messages.success(request, _("U ontvangt voortaan een e-mail bij elk nieuw nummer van dit tijdschrift."))
            return redirect(the_journal.get_absolute_url())
        following = Follow.objects.active().of_user(request.user.pk).of_journal(the_journal).exists()
        return render(request, "alerts/follow.html", {**context, "following": following})
    form = FollowByEmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        follow_request(email=form.cleaned_data["email"], journal=the_journal, language=_language())
        return render(request, "alerts/follow_sent.html", {**context, "email": form.cleaned_data["email"]})
    return render(request, "alerts/follow.html", {**context, "form": form})


@never_cache
@login_required
@require_POST
def unfollow(request: HttpRequest, journal: str) -> HttpResponse:
    assert isinstance(request.user, User)
    the_journal = _journal_or_404(journal)
    follow_end_for_user(user=request.user, journal=the_journal)
    messages.success(request, _("U ontvangt geen e-mail meer bij nieuwe nummers van dit tijdschrift."))
    return redirect("account_overview")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (link checkers in mail programs open links); POST confirms."""
    the_follow = follow_for_confirm_token(token)
    if the_follow is None:
        return render(request, "alerts/confirm_invalid.html", status=400)
    context = {"follow": the_follow, "journal": the_follow.journal}
    if request.method == "POST":
        follow_confirm(follow=the_follow)
        return render(request, "alerts/confirmed.html", context)
    return render(request, "alerts/confirm.html", context)


@csrf_exempt  # RFC 8058: the mail program posts "List-Unsubscribe=One-Click" with neither cookie nor token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks to confirm; POST (the page's button, or a mail program's one-click) unsubscribes."""
    the_follow = Follow.objects.select_related("journal").filter(token=token).first()
    if the_follow is None:
        raise Http404
    context = {"follow": the_follow, "journal": the_follow.journal}
    if request.method == "POST":
        follow_end(follow=the_follow)
        return render(request, "alerts/unsubscribed.html", context)
    return render(request, "alerts/unsubscribe.html", context)
