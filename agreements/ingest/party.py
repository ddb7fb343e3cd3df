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


def each_once(parties: list[Party]) -> list[Party]:
    """Each body once: a body that signs is no participant besides ('A시의회가 … 열린 A시-B군 결연 협약식에
    참석했다' finds A시 and B군 as guests of the ceremony and as its signers); and a body found again under
    another of its names is one party ('충청북도와 경상북도가 …', then '충북도는 …': 충북도 is 충청북도's alias)."""
    signing = {p.name for p in parties if p.role == "party"}
    kept: list[Party] = []
    for p in parties:
        if p.role != "party" and p.name in signing:
            continue
        if not any(p.name in k.aliases for k in kept):
            kept.append(p)
    return kept
