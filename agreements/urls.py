from django.urls import path

from . import views

app_name = "agreements"

urlpatterns = [
    path("agreements/", views.agreement_list, name="list"),
    path("agreements/<int:pk>/", views.agreement_detail, name="detail"),
]
