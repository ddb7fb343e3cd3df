from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "agreements"
    verbose_name = _("협약")

    def ready(self):
        from people.signals import rows_moved

        from .locking import touch_moved_parts

        rows_moved.connect(touch_moved_parts, dispatch_uid="agreements.touch_moved_parts")
