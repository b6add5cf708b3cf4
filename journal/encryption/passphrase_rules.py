"""What a new passphrase must be before a journal is encrypted under it."""

from __future__ import annotations

from journal.translation import translate

# Argon2id makes each guess cost memory and time, but a short passphrase still falls to a
# few million guesses; eight characters is the least worth encrypting under.
MIN_LENGTH = 8


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why ``passphrase`` cannot be the journal's new one, in words; None when it can.

    The passphrase is typed twice, unseen: a typing slip in a passphrase nobody can recover
    would lock the user out of their own journal, so the two must match.
    """
    if not passphrase:
        return translate("Encryption", "Type a passphrase.")
    if len(passphrase) < MIN_LENGTH:
        return translate(
            "Encryption", "A passphrase needs at least {least} characters; this one has {count}."
        ).format(least=MIN_LENGTH, count=len(passphrase))
    if passphrase != repeated:
        return translate("Encryption", "The two passphrases are not the same; type them again.")
    return None
