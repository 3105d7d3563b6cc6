from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from leeszaal import views

handler400 = "leeszaal.views.bad_request"
handler404 = "leeszaal.views.page_not_found"
handler500 = "leeszaal.views.server_error"
handler429 = "accounts.views.too_many_requests"  # allauth's rate limits (issue 13)

urlpatterns = [
    path("health/", views.health, name="health"),
    path("taal/<str:code>/", views.language_switch, name="language_switch"),
    path("privacy/", views.privacy, name="privacy"),
    path("", include("usage.urls")),  # usage pages; before the admin, whose catch-all would take /beheer/gebruik/
    path("", include("jats.urls")),  # the JATS import below /beheer/; before the admin's catch-all too
    path("beheer/", admin.site.urls),
    path("account/", include("accounts.urls")),
    path("account/", include("access.urls")),
    path("account/", include("allauth.urls")),
    path("r51/", include("usage.api_urls")),  # the COUNTER_SUSHI API (Release 5.1)
    path("abonneren/", include("sales.urls")),  # plans, orders and Mollie's webhook
]
if settings.SERVE_MEDIA:
    # Public media only (covers, journal logos). Full-text PDFs live in PRIVATE_MEDIA_ROOT and are never served here.
    urlpatterns.append(re_path(r"^media/(?P<path>(?:covers|logos)/.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
urlpatterns.append(path("", include("search.urls")))  # /zoeken/ and /<journal>/zoeken/, before the journal pages
urlpatterns.append(path("", include("discovery.urls")))  # robots.txt, sitemaps, /doi/ (issue 10)
urlpatterns.append(path("", include("alerts.urls")))  # /attenderingen/: e-mail alerts (issue 10)
urlpatterns.append(path("", include("discovery.urls_feeds")))  # /feeds/ and /citeren/ (issue 10)
urlpatterns.append(path("", include("oai.urls")))  # /oai: OAI-PMH 2.0 (issue 10)
urlpatterns.append(path("", include("journals.urls")))
