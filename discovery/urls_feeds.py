"""Feeds (``/feeds/``) and citation export (``/citeren/``); included before the journal pages."""

from django.urls import path

from discovery import views_citations
from discovery.views_feeds import LatestArticlesAtom, LatestArticlesFeed

app_name = "export"

urlpatterns = [
    path("feeds/rss.xml", LatestArticlesFeed(), name="rss"),
    path("feeds/atom.xml", LatestArticlesAtom(), name="atom"),
    path("feeds/<slug:journal>/rss.xml", LatestArticlesFeed(), name="journal_rss"),
    path("feeds/<slug:journal>/atom.xml", LatestArticlesAtom(), name="journal_atom"),
    path("citeren/<int:article_id>.<str:format_name>", views_citations.article_export, name="article_citation"),
    path("citeren/nummer/<int:issue_id>.<str:format_name>", views_citations.issue_export, name="issue_citation"),
]
