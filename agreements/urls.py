from django.urls import path

from . import views

app_name = "agreements"

urlpatterns = [
    path("agreements/", views.agreement_list, name="list"),
    path("agreements/export.csv", views.agreement_export_csv, name="export_csv"),
    path("agreements/calendar.ics", views.agreement_calendar, name="calendar"),
    path("agreements/<int:pk>/", views.agreement_detail, name="detail"),
    path("agreements/<int:pk>/status/", views.agreement_change_status, name="change_status"),
    path("targets/<int:pk>/met/", views.target_mark_met, name="target_met"),
    path("deadlines/", views.deadline_list, name="deadlines"),
    path("deadlines.ics", views.deadline_calendar, name="deadlines_ics"),
    # The organisation page lists agreements, so it lives here: people/ knows nothing of agreements.
    path("organizations/<int:pk>/", views.organization_detail, name="organization"),
]
