"""Links drawn without a reverse() each: the same address reverse() gives, under any script prefix."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from agreements.links import object_url


@pytest.mark.parametrize("pk", [1, 7, 42, 987654321, 1234567890123])
def test_it_gives_the_address_reverse_gives(pk):
    assert object_url("agreements:organization", pk) == reverse("agreements:organization", args=[pk])
    assert object_url("agreements:detail", pk) == reverse("agreements:detail", args=[pk])


def test_it_follows_the_script_prefix_a_proxy_serves_it_under():
    set_script_prefix("/hyeopyak/")
    try:
        assert object_url("agreements:detail", 5) == "/hyeopyak/agreements/5/"
    finally:
        clear_script_prefix()
    assert object_url("agreements:detail", 5) == "/agreements/5/"


def test_it_refuses_what_is_not_an_id():
    with pytest.raises(ValueError):
        object_url("agreements:detail", "5/../admin")
