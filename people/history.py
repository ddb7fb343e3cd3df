"""The manager behind `Model.history`, its class built once.

django-simple-history's descriptor builds a new manager class at every access of `Model.history` or
`instance.history` (`HistoryManager.from_queryset`, which lists the queryset's methods with
`inspect.getmembers`): ~1 ms each, and saving a document reads it about ten times (each history row
written, each bulk insert with history). The class depends only on the queryset class, so it is
built once per queryset class and reused; each access still gets its own manager instance.
"""

from simple_history.manager import HistoryManager


class ReusedHistoryManager(HistoryManager):
    _built = {}

    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        key = (cls, queryset_class, class_name)
        if key not in cls._built:
            cls._built[key] = super().from_queryset(queryset_class, class_name)
        return cls._built[key]
