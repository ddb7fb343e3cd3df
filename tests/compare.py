"""Comparing an extraction with an expected JSON (seed-expected.json's shape), field by field."""

SCALARS = ("title", "kind", "signed_on", "signed_on_text", "place", "location")
LISTS = ("parties", "budgets", "targets", "commitments", "people")


def plain(value):
    """A scalar whether given bare or as a value object with a span."""
    if isinstance(value, dict) and "text" in value and set(value) <= {"text", "span"}:
        return value["text"]
    return value


def _norm(key, value):
    value = plain(value)
    if key == "aliases":
        return tuple(sorted(value or ()))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def project(item, keys):
    """The item reduced to the keys the expectation gives, aliases as a sorted tuple."""
    return tuple((key, _norm(key, item.get(key))) for key in keys)


def list_differences(actual, expected):
    """(missing, extra): expected items not found, actual items not expected, each on its keys."""
    remaining = list(actual)
    missing = []
    for item in expected:
        wanted = project(item, item.keys())
        match = next((a for a in remaining if project(a, item.keys()) == wanted), None)
        if match is None:
            missing.append(dict(wanted))
        else:
            remaining.remove(match)
    keys = expected[0].keys() if expected else ("name", "text")
    extra = [dict(project(a, [k for k in keys if k in a])) for a in remaining]
    return missing, extra


def assert_list(actual, expected, label):
    """Every expected item is there, and nothing else is."""
    missing, extra = list_differences(actual, expected)
    assert not missing and not extra, f"{label}: missing {missing}; unexpected {extra}"


def assert_scalars(actual, expected, label):
    """The scalar fields the expectation gives are equal."""
    given = [key for key in SCALARS if key in expected]
    got = {key: plain(actual.get(key)) for key in given}
    assert got == {key: expected[key] for key in given}, label
