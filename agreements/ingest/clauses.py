"""Commitments and targets of an agreement (see commitments.py and targets.py)."""

from .commitments import find_commitments
from .targets import find_targets

__all__ = ["find_commitments", "find_targets"]
