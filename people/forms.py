import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Organization
from .names import normalize_org_name


class AliasesField(forms.CharField):
    """A list of names typed one a line or separated by commas; cleans to a list of strings."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("한 줄에 하나씩, 또는 쉼표로 나누어 적습니다. 예: ㈜BAIDC, 전북에이아이데이터센터"))
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, list):
            return value
        text = super().to_python(value)
        names = (name.strip() for name in re.split(r"[,\n\r]+", text or ""))
        return list(dict.fromkeys(name for name in names if name))

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data)


class OrganizationAdminForm(forms.ModelForm):
    aliases = AliasesField(label=_("다른 이름"))

    class Meta:
        model = Organization
        fields = ["name", "classification", "aliases", "parent", "email"]

    def clean_name(self):
        """normalized_name is unique but not on the form, so its clash is checked here, not left to
        the database (an IntegrityError, a 500)."""
        name = self.cleaned_data["name"]
        twin = (
            Organization.objects.filter(normalized_name=normalize_org_name(name))
            .exclude(pk=self.instance.pk)
            .first()
        )
        if twin is not None:
            raise forms.ValidationError(
                _("'%(name)s'은(는) 이미 있는 기관과 같은 이름입니다. 두 기관을 합치려면 목록에서 '선택한 기관 합치기'를 쓰세요.")
                % {"name": twin.name}
            )
        return name


class OrganizationMergeForm(forms.Form):
    """Which of the selected organisations stays; the others are merged into it."""

    keep = forms.ModelChoiceField(
        label=_("남길 기관"), queryset=Organization.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = organizations
