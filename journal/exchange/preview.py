"""What an import would do, in plain lines: shown before anything is written."""

from __future__ import annotations

from collections.abc import Mapping

from journal.checkin import CheckIn
from journal.dates import day_text
from journal.exchange.contents import JournalContents
from journal.exchange.peers import PeerImport
from journal.translation import translate

# Each kind of record (as :meth:`JournalContents.counts` names it): its count in words.
_COUNTED = {
    "own symptoms": lambda n: translate("Exchange", "%n own symptom(s)", None, n),
    "check-ins": lambda n: translate("Exchange", "%n check-in(s)", None, n),
    "medicines": lambda n: translate("Exchange", "%n medicine(s)", None, n),
    "doses": lambda n: translate("Exchange", "%n dose(s)", None, n),
    "lab results": lambda n: translate("Exchange", "%n lab result(s)", None, n),
    "appointments": lambda n: translate("Exchange", "%n appointment(s)", None, n),
    "questions": lambda n: translate("Exchange", "%n question(s)", None, n),
    "BASDAI questionnaires": lambda n: translate("Exchange", "%n BASDAI questionnaire(s)", None, n),
    "lesions": lambda n: translate("Exchange", "%n lesion(s)", None, n),
    "lesion observations": lambda n: translate("Exchange", "%n lesion observation(s)", None, n),
    "photos": lambda n: translate("Exchange", "%n photo(s)", None, n),
    "imaging reports": lambda n: translate("Exchange", "%n imaging report(s)", None, n),
    "acknowledged flags": lambda n: translate("Exchange", "%n acknowledged flag(s)", None, n),
    "settings": lambda n: translate("Exchange", "%n setting(s)", None, n),
}


def counts_text(counts: dict[str, int]) -> str:
    """ "265 check-ins, 1 medicine, …": the kinds that hold something, or "nothing"."""
    held = [_counted(kind, n) for kind, n in counts.items() if n]
    return ", ".join(held) if held else translate("Exchange", "nothing")


def _counted(kind: str, n: int) -> str:
    if kind == "imaging studies":  # the one plural not made with an "s"
        if n == 1:
            return translate("Exchange", "1 imaging study")
        return translate("Exchange", "%n imaging studies", None, n)
    if kind in _COUNTED:
        return _COUNTED[kind](n)
    return f"{n} {kind}"


def own_preview(contents: JournalContents) -> list[str]:
    """The lines of an import of our own export: what it adds."""
    lines = [translate("Exchange", "Will add: {what}.").format(what=counts_text(contents.counts()))]
    if contents.checkins:
        first, last = contents.checkins[0].local_date, contents.checkins[-1].local_date
        lines.append(
            translate("Exchange", "Check-ins from {first} to {last}.").format(
                first=day_text(first), last=day_text(last)
            )
        )
    return lines


def peer_preview(peer: PeerImport, labels: Mapping[str, str] | None = None) -> list[str]:
    """The lines of an import from another tracker: added, mapped, new, skipped and why.

    Args:
        peer: what the file would add.
        labels: our metrics' names by key, to name each in words ("Pain now"); without
            them each is named by its key, as ``--map`` takes it ("pain_now").
    """
    lines = [translate("Exchange", "Will add %n check-in(s).", None, len(peer.checkins))]
    named = dict(labels or {})
    if labels is not None:
        named.update((m.key, m.label) for m in peer.new_metrics)
    for mapped in peer.mapped:
        note = f" ({mapped.note})" if mapped.note else ""
        lines.append(f"  {mapped.theirs} -> {named.get(mapped.ours, mapped.ours)}{note}")
    if peer.new_metrics:
        names = ", ".join(m.label for m in peer.new_metrics)
        lines.append(
            translate("Exchange", "New symptoms of your own: {names}.").format(names=names)
        )
    if peer.skipped:
        lines.append(translate("Exchange", "Left out: {count}.").format(count=len(peer.skipped)))
        line = translate("Exchange", "  line {line}: {reason}")
        lines.extend(line.format(line=s.line, reason=s.reason) for s in peer.skipped)
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
        if first == last:
            span = day_text(first)
        else:
            span = translate("Exchange", "{first} to {last}").format(
                first=day_text(first), last=day_text(last)
            )
        lines = [
            translate("Exchange", "Will add: {what}, from {span}.").format(
                what=counts_text({"check-ins": len(missing)}), span=span
            )
        ]
    else:
        lines = [translate("Exchange", "It holds no check-in that this journal lacks.")]
    if own_symptoms:
        lines.append(
            translate("Exchange", "With your own symptoms: {names}.").format(
                names=", ".join(own_symptoms)
            )
        )
    if changed:
        lines.append(
            translate(
                "Exchange",
                "Not added: {what} at the same time as one here but different; this journal "
                "keeps its own.",
            ).format(what=counts_text({"check-ins": changed}))
        )
    if more_records:
        lines.append(
            translate(
                "Exchange",
                "It also holds more {what} than this journal; they are not added. Open the copy "
                "on its own to see them.",
            ).format(what=counts_text(dict(more_records)))
        )
    return lines
