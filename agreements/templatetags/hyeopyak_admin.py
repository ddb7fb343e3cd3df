"""Tags for the admin screens of data entry and review."""

from django import template

from agreements.models import Agreement

register = template.Library()


@register.simple_tag
def drafts_waiting():
    """How many extracted agreements wait for a person's review."""
    return Agreement.objects.drafts().count()
