"""Starting a worker in a process of its own, talking over two one-way pipes.

The "spawn" method: a fresh interpreter, never a fork of this one, which holds Qt's threads
and would copy them half-way. No sockets.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any


def start_child(
    target: Callable[..., None], name: str, *args: Any
) -> tuple[BaseProcess, Connection, Connection]:
    """Start ``target(inbox, outbox, *args)`` in a new daemon process.

    Returns:
        The process, the end this process sends on, and the end it receives on. Only the
        child holds the other ends, so its death closes the pipes and a read here ends.
    """
    context = multiprocessing.get_context("spawn")
    child_inbox, outbox = context.Pipe(duplex=False)
    answers, child_outbox = context.Pipe(duplex=False)
    process = context.Process(
        target=target,
        args=(child_inbox, child_outbox, *args),
        name=name,
        daemon=True,  # never outlives this process
    )
    try:
        process.start()
    finally:
        child_inbox.close()
        child_outbox.close()
    return process, outbox, answers
