"""Build the POST data of an admin change form as a browser would send it untouched."""

from django.utils import timezone


def _value(bound):
    value = bound.value()
    widget = bound.field.widget
    if value is None:
        return ""
    if hasattr(bound.field, "prepare_value"):
        value = bound.field.prepare_value(value)
    if getattr(widget, "input_type", None) == "checkbox":
        return "on" if value else ""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return str(value)


def change_form_data(response):
    """The form and every inline formset of an admin change page, with their current values."""
    data = {}
    form = response.context["adminform"].form
    for bound in form:
        value = _value(bound)
        if value != "":
            data[bound.html_name] = value
    # the history (revert) form of django-simple-history has no inlines
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        for bound in formset.management_form:
            data[bound.html_name] = bound.value()
        for inline_form in formset.forms:
            for bound in inline_form:
                value = _value(bound)
                if value != "":
                    data[bound.html_name] = value
    return data


def seen(agreement):
    """What a page drawn now sends with its buttons: the agreement's version and when it was drawn."""
    return {"version": str(agreement.version), "opened_at": timezone.now().isoformat()}


def fresh(agreement):
    """What a page drawn now from the database sends: the agreement's current version, and now."""
    return seen(type(agreement).objects.get(pk=agreement.pk))
