"""Admin widgets that reuse what the change form has already loaded."""

from django.contrib.admin.widgets import AutocompleteSelect
from django.forms.models import BaseInlineFormSet


class LoadedAutocompleteSelect(AutocompleteSelect):
    """An autocomplete that shows its row's current object without querying it again.

    Django's autocomplete looks its selected option up with one query per widget, so an
    agreement with twenty parties cost twenty queries for their organizations and twenty for
    their signatories. `PartFormSet` hands each widget the object its row already holds; any
    other value (a changed choice coming back with a form error) is looked up as usual.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = {}

    def optgroups(self, name, value, attr=None):
        selected = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        if not selected or not selected <= self.loaded.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        for key in sorted(selected):
            label = self.choices.field.label_from_instance(self.loaded[key])
            options.append(self.create_option(name, key, label, selected, len(options)))
        return [(None, options, 0)]


class PartFormSet(BaseInlineFormSet):
    """Inline rows whose autocompletes show the related objects the inline's queryset joined."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if form.instance.pk is None:
            return form
        for name, field in form.fields.items():
            widget = getattr(field.widget, "widget", field.widget)  # inside the "add another" wrapper
            if isinstance(widget, LoadedAutocompleteSelect):
                related = getattr(form.instance, name)
                if related is not None:
                    widget.loaded = {str(related.pk): related}
        return form
