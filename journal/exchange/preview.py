"""What an import would do, in plain lines: shown before anything is written."""

from __future__ import annotations

from journal.checkin import CheckIn
from journal.dates import day_text
from journal.exchange.contents import JournalContents
from journal.exchange.peers import PeerImport


def counts_text(counts: dict[str, int]) -> str:
    """ "265 check-ins, 1 medicine, …": the kinds that hold something, or "nothing"."""
    held = [f"{n} {kind if n != 1 else _one(kind)}" for kind, n in counts.items() if n]
    return ", ".join(held) if held else "nothing"


def _one(kinds: str) -> str:
    # The kinds are plain English plurals: "imaging studies", else a final "s".
    return kinds[:-3] + "y" if kinds.endswith("ies") else kinds.removesuffix("s")


def own_preview(contents: JournalContents) -> list[str]:
    """The lines of an import of our own export: what it adds."""
    lines = [f"Will add: {counts_text(contents.counts())}."]
    if contents.checkins:
        first, last = contents.checkins[0].local_date, contents.checkins[-1].local_date
        lines.append(f"Check-ins from {day_text(first)} to {day_text(last)}.")
    return lines


def peer_preview(peer: PeerImport) -> list[str]:
    """The lines of an import from another tracker: added, mapped, new, skipped and why."""
    lines = [f"Will add {len(peer.checkins)} check-ins."]
    for mapped in peer.mapped:
        note = f" ({mapped.note})" if mapped.note else ""
        lines.append(f"  {mapped.theirs} -> {mapped.ours}{note}")
    if peer.new_metrics:
        names = ", ".join(m.label for m in peer.new_metrics)
        lines.append(f"New symptoms of your own: {names}.")
    if peer.skipped:
        lines.append(f"Left out: {len(peer.skipped)}.")
        lines.extend(f"  line {s.line}: {s.reason}" for s in peer.skipped)
    return lines


def copy_preview(
    missing: list[CheckIn] | tuple[CheckIn, ...],
    changed: int,
    own_symptoms: list[str] | tuple[str, ...],
    more_records: tuple[tuple[str, int], ...],
) -> list[str]:
    """The lines of a look at another copy of the journal (a sync's conflicted copy).

    Args:
        missing: its check-ins this journal lacks, oldest first.
        changed: its check-ins at moments this journal has, with other content.
        own_symptoms: the names of the own symptoms that adding them brings.
        more_records: the other kinds it holds more of, with how many more.
    """
    if missing:
        first, last = missing[0].local_date, missing[-1].local_date
        span = day_text(first) if first == last else f"{day_text(first)} to {day_text(last)}"
        lines = [f"Will add: {counts_text({'check-ins': len(missing)})}, from {span}."]
    else:
        lines = ["It holds no check-in that this journal lacks."]
    if own_symptoms:
        lines.append(f"With your own symptoms: {', '.join(own_symptoms)}.")
    if changed:
        lines.append(
            f"Not added: {counts_text({'check-ins': changed})} at the same time as one here "
            "but different; this journal keeps its own."
        )
    if more_records:
        lines.append(
            f"It also holds more {counts_text(dict(more_records))} than this journal; they "
            "are not added. Open the copy on its own to see them."
        )
    return lines
