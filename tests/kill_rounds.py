"""Killing a child process with SIGKILL at random moments of a write, round after round.

A round runs a short Python program in a child process and kills it after a random delay.
The delays are drawn, from a seeded generator, over the span the write itself takes: a
calibration run first measures how long the child takes from saying ``BEGIN`` (its first
line on stdout, printed just before it writes) to its exit, and each round's delay is
counted from its child's ``BEGIN``, so the kills land mid-write and not during the
interpreter's start-up. After each round the caller checks what the kill left.

The number of rounds and the seed come from ``FAULT_ROUNDS`` and ``FAULT_SEED`` so a run
that finds something can be repeated exactly.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("FAULT_ROUNDS", "40"))
SEED = int(os.environ.get("FAULT_SEED", "20261201"))

# The child prints this when it is about to write, and DONE when it has written.
BEGIN = "BEGIN"
DONE = "DONE"


@dataclass
class Tally:
    """What the rounds did.

    Attributes:
        rounds: rounds run.
        span: the seconds after the child's BEGIN within which the kills were drawn.
        mid_write: kills that landed after the child began writing and before it was done.
        finished: rounds where the child was done before the kill.
        lost: rounds whose check failed (must stay 0).
        outcomes: how many rounds ended with each outcome the check named ("none", "all").
    """

    rounds: int = 0
    span: tuple[float, float] = (0.0, 0.0)
    mid_write: int = 0
    finished: int = 0
    lost: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def line(self, what: str) -> str:
        """The figures in one line, for the run's output."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.outcomes.items()))
        return (
            f"{what}: {self.rounds} rounds, kills {self.span[0]:.2f}–{self.span[1]:.2f} s "
            f"after BEGIN, {self.mid_write} mid-write, "
            f"{self.finished} finished first, {self.lost} lost ({kinds})"
        )


def _start(code: str, args: Sequence[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    return subprocess.Popen(
        [sys.executable, "-u", "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def calibrate(code: str, args: Sequence[str]) -> tuple[float, float]:
    """Run the child to the end once; returns (seconds to BEGIN, seconds to exit).

    Raises:
        AssertionError: the child failed or never said BEGIN and DONE.
    """
    started = time.monotonic()
    begin = None
    with _start(code, args) as child:
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            if line.strip() == BEGIN and begin is None:
                begin = time.monotonic() - started
        child.wait()
        end = time.monotonic() - started
        stderr = child.stderr.read()
    assert child.returncode == 0 and begin is not None, stderr
    return begin, end


def kill_rounds(
    what: str,
    code: str,
    prepare: Callable[[int], Sequence[str]],
    check: Callable[[int], str],
    rounds: int = ROUNDS,
    seed: int = SEED,
) -> Tally:
    """Run ``rounds`` rounds of: prepare, start the child, kill it at a random moment, check.

    Args:
        what: the scenario in words, for the summary line.
        code: the child's program; it prints BEGIN before writing and DONE after.
        prepare: makes round ``n``'s files; returns the child's arguments.
        check: checks round ``n`` after the kill; returns the outcome's name ("none",
            "all") and raises AssertionError on a loss.
        rounds: how many rounds.
        seed: the random delays' seed.

    Returns:
        The tally; its ``lost`` is the rounds whose check raised.
    """
    begin, end = calibrate(code, prepare(-1))
    # Timed from the child's BEGIN, over the whole write and a little after its end.
    span = (0.0, (end - begin) * 1.1)
    pick = random.Random(seed)
    tally = Tally(span=span)
    failures = []
    for n in range(rounds):
        args = prepare(n)
        with _start(code, args) as child:
            assert child.stdout is not None
            first = child.stdout.readline()
            time.sleep(pick.uniform(*span))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
        said = (first + out).split()
        tally.rounds += 1
        if DONE in said:
            tally.finished += 1
        elif BEGIN in said:
            tally.mid_write += 1
        try:
            outcome = check(n)
        except AssertionError as failure:
            tally.lost += 1
            failures.append(f"round {n} (seed {seed}): {failure}\n{err[-2000:]}")
            continue
        tally.outcomes[outcome] = tally.outcomes.get(outcome, 0) + 1
    print(tally.line(what), file=sys.__stdout__, flush=True)
    assert not failures, "\n".join(failures[:3])
    return tally
