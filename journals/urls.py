from django.urls import path, register_converter

from jats import views as jats_views
from journals import views
from journals.converters import IssueNumberConverter, YearConverter

register_converter(YearConverter, "year")
register_converter(IssueNumberConverter, "issue_number")

app_name = "journals"

# Stable, readable URLs: /<journal>/<year>/<number>/<article>/ never change once published.
urlpatterns = [
    path("", views.publisher_home, name="publisher_home"),
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
