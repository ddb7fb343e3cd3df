"""Character bigrams: how Korean words are found in an index on PostgreSQL.

PostgreSQL has no Korean text-search configuration, and a trigram index (pg_trgm) cannot serve a
two-syllable word: '협약' holds no trigram. As Lucene's CJKAnalyzer does, a text is indexed by its
overlapping pairs of characters, word by word ('업무협약' → 업무 무협 협약): every word of two
characters or more that a text contains has all its bigrams among the text's.

Organisations and agreements keep theirs in a `search_grams` column (set by their `save()` and by
bench/seed.py's bulk inserts): a `text[]` on PostgreSQL with a GIN index, plain text on SQLite. A
search asks the index for the rows holding all of a word's bigrams (`@>`). A stored array rather than
an expression index: checking one row's array costs a fraction of a microsecond, so that any plan
the database picks (an index, or a scan of 100,000 rows for a word in every title) stays cheap. For a word of two characters
that is exact; a longer word is then confirmed with `icontains`, so that bigrams found apart ('나다
가나' for '가나다') match nothing. SQLite reads its rows with a plain LIKE and ignores the column.
"""

from django.db import models
from django.db.models import F, TextField, Value


def grams(word):
    """The bigrams a text containing `word` must hold; none for a single character."""
    word = word.lower()
    return sorted({word[i : i + 2] for i in range(len(word) - 1)})


def text_grams(*texts):
    """The `search_grams` value of some texts: the distinct bigrams of their words, sorted."""
    found = set()
    for text in texts:
        for word in (text or "").split():
            found.update(grams(word))
    return " ".join(sorted(found))


class GramsField(models.TextField):
    """Space-separated bigrams in Python; a `text[]` column on PostgreSQL (for GIN), text elsewhere."""

    def db_type(self, connection):
        return "text[]" if connection.vendor == "postgresql" else super().db_type(connection)

    def from_db_value(self, value, expression, connection):
        return " ".join(value) if isinstance(value, list) else value

    def get_placeholder(self, value, compiler, connection):
        # One placeholder a value: without it, Django 5.2 inserts many rows on PostgreSQL as
        # UNNEST(%s::text[]), and an array of arrays of different lengths is no array.
        return "%s"

    def get_db_prep_value(self, value, connection, prepared=False):
        value = super().get_db_prep_value(value, connection, prepared)
        if connection.vendor == "postgresql" and isinstance(value, str):
            return value.split()
        return value


def has_grams(word, column="search_grams"):
    """A filter (PostgreSQL only): the rows whose `column` holds every bigram of `word`."""
    from django.contrib.postgres.fields import ArrayField
    from django.contrib.postgres.lookups import DataContains

    return DataContains(F(column), Value(grams(word), output_field=ArrayField(TextField())))
