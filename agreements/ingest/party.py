"""One organisation taking part in an agreement, with its role (``roles.find_parties`` finds them)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Party:
    name: str
    kind: str
    role: str
    span: tuple[int, int]
    aliases: list[str] = field(default_factory=list)
