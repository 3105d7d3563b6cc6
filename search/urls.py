from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("zoeken/", views.results, name="results"),
    path("<slug:journal>/zoeken/", views.results, name="journal_results"),
]
