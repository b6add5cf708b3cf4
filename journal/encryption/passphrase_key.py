"""A journal's key, derived from the user's passphrase with Argon2id.

SQLCipher would derive a key itself (PBKDF2-HMAC-SHA512, 256,000 iterations). Argon2id is
stronger against guessing on graphics cards because every guess needs its memory, so the
journal hands SQLCipher a raw key made here instead. The salt is the encrypted file's first 16
bytes, which SQLCipher keeps in the clear for exactly this purpose, so no file beside the
journal is needed to open it.

The costs are RFC 9106's second recommended option (t=3, 64 MiB, 4 lanes): about 0.15 s
on a laptop core, paid once per unlock.
"""

from __future__ import annotations

import secrets

from journal.translation import translate

KEY_BYTES = 32
SALT_BYTES = 16
TIME_COST = 3
MEMORY_KIB = 64 * 1024
LANES = 4


class EmptyPassphrase(ValueError):
    """A passphrase must have something in it."""


def new_salt() -> bytes:
    """A fresh random salt for a newly encrypted file."""
    return secrets.token_bytes(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte key ``passphrase`` gives for a file with this ``salt``.

    Raises:
        EmptyPassphrase: the passphrase is empty.
        ValueError: the salt is not 16 bytes.
    """
    if not passphrase:
        raise EmptyPassphrase(translate("Encryption", "The passphrase is empty."))
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a salt is {SALT_BYTES} bytes, not {len(salt)}")
    # Imported here: every start reads this module's sizes (a plain journal's too), and
    # argon2 with what it imports was 5 ms of the window's first paint.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=TIME_COST,
        memory_cost=MEMORY_KIB,
        parallelism=LANES,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
