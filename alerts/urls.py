from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("attenderingen/uit/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("attenderingen/bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("attenderingen/<slug:journal>/volgen/", views.follow, name="follow"),
    path("attenderingen/<slug:journal>/niet-meer-volgen/", views.unfollow, name="unfollow"),
]
