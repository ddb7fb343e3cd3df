from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operating the site: backups and restores (`manage.py backup`, `manage.py restore`)."""

    name = "ops"
