"""Sealed files: bytes encrypted and authenticated with AES-256-GCM.

A sealed file is ``MAGIC``, the first 8 bytes of the key's SHA-256 (which key, so that a
file sealed under another journal's key is refused by name rather than by a failed tag), a
12-byte random nonce, then the ciphertext with its 16-byte tag. The header is authenticated
too. A file that does not start with ``MAGIC`` is plain: a journal being encrypted or
decrypted holds both kinds for a while, and reads either.
"""

from __future__ import annotations

import hashlib
import secrets

from journal.translation import translate

MAGIC = b"SJSEAL1\x00"
KEY_ID_BYTES = 8
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + KEY_ID_BYTES + NONCE_BYTES


class SealBroken(ValueError):
    """A sealed file that this key cannot open: another key's, or changed since."""


def new_file_key() -> bytes:
    """A fresh random 256-bit key for a journal's files."""
    return secrets.token_bytes(32)


def key_id(key: bytes) -> bytes:
    """The short name of ``key`` written in every file it seals."""
    return hashlib.sha256(key).digest()[:KEY_ID_BYTES]


def is_sealed(data: bytes) -> bool:
    """True when ``data`` (or its first bytes) is a sealed file's."""
    return data[: len(MAGIC)] == MAGIC


def sealed_key_id(data: bytes) -> bytes:
    """The key id a sealed file names."""
    return data[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES]


def seal(data: bytes, key: bytes) -> bytes:
    """``data`` encrypted and authenticated under ``key``."""
    # Imported here: a plain journal (the usual one) opens without the cipher's library.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = MAGIC + key_id(key) + secrets.token_bytes(NONCE_BYTES)
    nonce = header[-NONCE_BYTES:]
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(sealed: bytes, key: bytes) -> bytes:
    """The plain bytes of a sealed file.

    Raises:
        SealBroken: the file is not sealed under ``key``, or was changed since.
    """
    if not is_sealed(sealed) or len(sealed) < HEADER_BYTES + 16:
        raise SealBroken(translate("Encryption", "it is not a sealed file"))
    if sealed_key_id(sealed) != key_id(key):
        raise SealBroken(translate("Encryption", "it was sealed under another key"))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = sealed[:HEADER_BYTES]
    try:
        return AESGCM(key).decrypt(header[-NONCE_BYTES:], sealed[HEADER_BYTES:], header)
    except InvalidTag:
        raise SealBroken(translate("Encryption", "it was changed after it was sealed")) from None
