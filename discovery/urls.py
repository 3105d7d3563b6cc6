from django.urls import path

from discovery import views

app_name = "discovery"

urlpatterns = [
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:journal>.xml", views.journal_sitemap, name="journal_sitemap"),
    path("doi/<path:doi>", views.doi_resolve, name="doi"),
]
