from django.urls import path

from sales import views, views_account, views_invoices

app_name = "sales"

urlpatterns = [
    path("mollie/webhook/", views.webhook, name="webhook"),
    path("bestelling/<int:order_id>/", views.order_detail, name="order"),
    path("bestelling/<int:order_id>/betalen/", views.order_pay, name="order_pay"),
    path("<int:plan_id>/", views.order_new, name="order_new"),
    path("tijdschrift/<slug:journal>/", views.journal_plans, name="plans"),
    path("verlenging/<int:renewal_id>/stopzetten/", views_account.renewal_cancel, name="renewal_cancel"),
    path("factuur/<str:number>.pdf", views_invoices.invoice_pdf, name="invoice_pdf"),
]
