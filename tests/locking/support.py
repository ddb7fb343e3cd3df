"""What the optimistic-locking tests do alike: a client of one person, the change form's address,
a page's text, today's date as the history shows it."""

import html

from django.test import Client
from django.urls import reverse
from django.utils import timezone


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def change_url(agreement):
    return reverse("admin:agreements_agreement_change", args=[agreement.pk])


def budget_key(data):
    return next(k for k in data if k.startswith("budgets-") and k.endswith("-amount_krw"))


def page_text(response):
    return html.unescape(response.content.decode())


def day():
    return timezone.localdate().isoformat()
