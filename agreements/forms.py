"""Korean-aware form fields and the admin forms that use them.

People type money and deadlines the way the articles write them ("3007억원", "2026 하반기").
The fields read them with the project's one parser (agreements.ingest.numbers / .dates) and
show stored values back the way the rest of the site formats them (templatetags.hyeopyak).
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .ingest.dates import Deadline, parse_deadline
from .ingest.numbers import MAX_BUDGET_KRW, NegativeAmountError, parse_krw
from .ingest.reading import MAGIC_BYTES, size_limit
from .locking import VersionFormMixin
from .models import Agreement, Budget, Target
from .templatetags.hyeopyak import deadline_text, krw
from .workflow import check_transition

MAX_KRW = MAX_BUDGET_KRW  # 1,000조원: no city signs more, and no sum of budgets can overflow


class KRWField(forms.Field):
    """Money typed in Korean ("3,007억", "1조 2000억", "3000만 원") or digits; cleans to integer won."""

    widget = forms.TextInput
    default_error_messages = {
        "invalid": _("금액으로 읽을 수 없습니다: “%(value)s”. 예: 3007억원, 1조 2000억, 3000만 원, 300700000000."),
        "too_large": _("한 건의 사업비는 1,000조 원을 넘을 수 없습니다: “%(value)s”."),
        "negative": _("사업비는 0원 이상이어야 합니다: “%(value)s”. 줄어든 금액은 줄어든 뒤의 금액으로 적어 주세요."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("예: 3007억원, 1조 2000억, 3000만 원, 300700000000"))
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "placeholder": "3007억원", "inputmode": "text"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            amount, text = value, str(value)
        else:
            text = str(value).strip()
            if not text:
                return None
            try:
                amount = parse_krw(text)
            except NegativeAmountError as exc:
                raise ValidationError(self.error_messages["negative"], code="negative", params={"value": text}) from exc
            except ValueError as exc:
                raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": text}) from exc
        if amount < 0:
            raise ValidationError(self.error_messages["negative"], code="negative", params={"value": text})
        if amount > MAX_KRW:
            raise ValidationError(self.error_messages["too_large"], code="too_large", params={"value": text})
        return amount

    def prepare_value(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return krw(value)
        return value


class DeadlineField(forms.Field):
    """A deadline at the precision a person knows it; cleans to a Deadline(date, precision, iso).

    "2027" is due by 2027-12-31 at year precision and shows back as "2027년"; "2026 하반기" by
    2026-12-31 at half-year precision.
    """

    widget = forms.TextInput
    default_error_messages = {
        "invalid": _("기한으로 읽을 수 없습니다: “%(value)s”. 예: 2027, 2027-06, 2027-06-30, 2026 하반기, 2026년 3분기."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("예: 2027, 2027-06, 2027-06-30, 2026 하반기, 2026년 3분기"))
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "placeholder": "2027"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Deadline):
            return value
        text = str(value).strip()
        if not text:
            return None
        try:
            return parse_deadline(text)
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": text}) from exc

    def prepare_value(self, value):
        if isinstance(value, Deadline):
            return deadline_text(value.date, value.precision)
        return value

    def has_changed(self, initial, data):
        try:
            new = self.to_python(data)
        except ValidationError:
            return True
        old = self.to_python(initial)
        return (old and old[:2]) != (new and new[:2])


def stored_deadline(day, precision):
    """The Deadline a (due_on, due_precision) pair holds, or None."""
    if day is None:
        return None
    precision = precision or "day"
    return Deadline(day, precision, deadline_text(day, precision))


class DeadlineFormMixin:
    """Shows a model's due_on + due_precision as one `due` field and writes both back."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "due" in self.fields and self.instance.pk:
            self.initial.setdefault("due", stored_deadline(self.instance.due_on, self.instance.due_precision))

    def clean(self):
        cleaned = super().clean()
        if "due" in self.fields and "due" not in self.errors:
            due = cleaned.get("due")
            # Set before model validation, so the "a date has a precision" constraint sees both.
            self.instance.due_on = due.date if due else None
            self.instance.due_precision = due.precision if due else ""
        return cleaned


class AgreementAdminForm(VersionFormMixin, DeadlineFormMixin, forms.ModelForm):
    due = DeadlineField(label=_("완료 목표"), required=False)

    class Meta:
        model = Agreement
        fields = [
            "title", "kind", "status", "summary", "signed_on", "signed_on_text", "place", "location",
            "due", "due_text", "completed_on", "department", "department_email", "owner", "article",
        ]
        # an agreement's title runs long ('전북 AI 데이터센터 구축 및 운영 업무협약'): show all of it
        widgets = {"title": forms.TextInput(attrs={"class": "vLargeTextField"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "owner" in self.fields:
            owner = self.fields["owner"]
            owner.queryset = owner_choices(self.instance.owner_id)
            owner.label_from_instance = owner_label

    def clean(self):
        """A status typed in the form follows the same workflow as the status buttons."""
        cleaned = super().clean()
        status = cleaned.get("status")
        if self.instance.pk and "status" in self.changed_data and status:
            try:
                check_transition(self.initial.get("status"), status)
            except ValidationError as error:
                self.add_error("status", error)
        if status == Agreement.Status.COMPLETED and not cleaned.get("completed_on"):
            self.add_error("completed_on", _("완료한 협약은 완료일을 적어 주세요."))
        return cleaned


def owner_choices(current_id=None):
    """Who may own an agreement: the active staff, and whoever owns it now.

    A plain choice rather than an autocomplete, because the autocomplete would need every clerk to
    read the user admin (e-mail addresses, groups, staff flags) just to pick a colleague.
    """
    staff = Q(is_staff=True, is_active=True)
    if current_id:
        staff |= Q(pk=current_id)
    return get_user_model().objects.filter(staff).order_by("last_name", "first_name", "username")


def owner_label(user):
    full = f"{user.last_name}{user.first_name}".strip()  # Korean order: 김민지
    return f"{full} ({user.username})" if full else user.username


class BudgetForm(forms.ModelForm):
    amount_krw = KRWField(label=_("금액"))

    class Meta:
        model = Budget
        fields = ["agreement", "amount_krw", "is_share", "source", "funder", "source_text", "locked"]


class TargetForm(DeadlineFormMixin, forms.ModelForm):
    due = DeadlineField(label=_("기한"), required=False)

    class Meta:
        model = Target
        fields = ["agreement", "description", "due", "value", "unit", "met_on", "source_text", "locked"]


DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".hwp", ".hwpx")


class DocumentImportForm(forms.Form):
    """A newspaper page or press release to read into drafts: a file (text, saved web page, PDF, HWP,
    HWPX; its kind is read from its content) or the text pasted."""

    file = forms.FileField(
        label=_("문서 파일 (.txt, .html, .pdf, .hwp, .hwpx)"),
        required=False,
        help_text=_(
            "UTF-8 또는 CP949로 저장된 텍스트 파일, 저장한 웹 페이지(.html, .htm), "
            "PDF, 한글 문서(.hwp, .hwpx)."
        ),
        error_messages={"empty": _("빈 문서입니다.")},
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.html,.htm,.pdf,.hwp,.hwpx,text/plain,text/html,application/pdf"}
        ),
    )
    text = forms.CharField(
        label=_("또는 본문 붙여넣기"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
    )
    name = forms.CharField(
        label=_("문서 이름"),
        required=False,
        max_length=200,
        help_text=_("붙여넣은 글의 이름 (예: 전주일보 2026-01-22 3면). 비우면 '붙여넣은 글'."),
    )
    published = forms.DateField(
        label=_("발행일"),
        required=False,
        help_text=_("'지난 20일', '내년' 같은 말을 날짜로 읽는 기준. 모르면 비워 둡니다."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, refusal=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.refusal = refusal  # why the request itself was refused before its fields were read

    def clean(self):
        cleaned = super().clean()
        if self.refusal:
            raise ValidationError(self.refusal)
        upload, text = cleaned.get("file"), (cleaned.get("text") or "").strip()
        if upload and text:
            raise ValidationError(_("파일과 붙여넣은 글 가운데 하나만 주세요."))
        if not upload and not text and "file" not in self.errors:  # a refused file has its own error
            raise ValidationError(_("텍스트 파일을 고르거나 본문을 붙여넣어 주세요."))
        if upload and not upload.name.lower().endswith(DOCUMENT_SUFFIXES):
            self.add_error(
                "file", _("텍스트(.txt), 웹 페이지(.html, .htm), PDF, 한글(.hwp, .hwpx) 파일만 가져올 수 있습니다.")
            )
        # The size is known from the upload (or the pasted text) before the document is read: a PDF,
        # HWP or HWPX (told by its first bytes) may be larger than text.
        size = upload.size if upload else len(text.encode("utf-8"))
        limit = size_limit(_head(upload), settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)
        if size > limit:
            raise ValidationError(too_large_message(size, limit))
        return cleaned

    def document(self):
        """(name, bytes) of the document, as `ingest_documents` takes it."""
        upload = self.cleaned_data.get("file")
        if upload:
            return upload.name, upload.read()
        name = (self.cleaned_data.get("name") or "").strip() or "붙여넣은 글"
        if not name.lower().endswith(".txt"):
            name += ".txt"
        return name, self.cleaned_data["text"].encode("utf-8")


def _head(upload):
    """The first bytes of an upload (which say its kind), the upload left where it was."""
    if not upload:
        return b""
    upload.seek(0)
    head = upload.read(MAGIC_BYTES)
    upload.seek(0)
    return head


def too_large_message(size=None, limit=None):
    """Why a document over its limit (INGEST_MAX_BYTES for text, INGEST_MAX_FILE_BYTES for a PDF,
    HWP or HWPX) is refused, in the words of the import form."""
    limit = settings.INGEST_MAX_BYTES if limit is None else limit
    if size is None:
        return _("문서가 너무 큽니다 (한도는 %(limit)s바이트). 아무것도 저장하지 않았습니다.") % {
            "limit": f"{limit:,}"
        }
    return _("문서가 너무 큽니다 (%(size)s바이트, 한도는 %(limit)s바이트). 아무것도 저장하지 않았습니다.") % {
        "size": f"{size:,}",
        "limit": f"{limit:,}",
    }
