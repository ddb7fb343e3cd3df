"""{% version_inputs agreement %}: the hidden version a button's form sends back (agreements/locking.py)."""

from django import template

from agreements.locking import hidden_inputs

register = template.Library()


@register.simple_tag
def version_inputs(agreement):
    return hidden_inputs(agreement)
