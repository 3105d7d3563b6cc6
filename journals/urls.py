from django.urls import path, register_converter

from jats import views as jats_views
from journals import design_views, views
from journals.converters import IssueNumberConverter, YearConverter

register_converter(YearConverter, "year")
register_converter(IssueNumberConverter, "issue_number")

app_name = "journals"

# Stable, readable URLs: /<journal>/<year>/<number>/<article>/ never change once published.
urlpatterns = [
    path("", views.publisher_home, name="publisher_home"),
    path("huisstijl.css", design_views.accent_css, name="accent_css"),
    path("<slug:journal>/omslag.svg", design_views.journal_cover, name="journal_cover"),
    path("<slug:journal>/<year:year>/<issue_number:number>/omslag.svg", design_views.issue_cover, name="issue_cover"),
    path("<slug:journal>/", views.journal_home, name="journal"),
    path("<slug:journal>/archief/", views.archive, name="archive"),
    path("<slug:journal>/<year:year>/<issue_number:number>/", views.issue_toc, name="issue"),
    path("<slug:journal>/<year:year>/<issue_number:number>/<slug:slug>/", views.article_detail, name="article"),
    path("<slug:journal>/<year:year>/<issue_number:number>/<slug:slug>/pdf/", views.article_pdf, name="article_pdf"),
    path(
        "<slug:journal>/<year:year>/<issue_number:number>/<slug:slug>/jats.xml",
        jats_views.article_xml,
        name="article_jats",
    ),
    path("<slug:journal>/<year:year>/<issue_number:number>/jats.zip", jats_views.issue_zip, name="issue_jats"),
    path(
        "<slug:journal>/<year:year>/<issue_number:number>/<slug:slug>/bestanden/<str:name>",
        jats_views.article_file,
        name="article_file",
    ),
]
