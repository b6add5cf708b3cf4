"""Sealed bytes: what goes in comes out under the key, and nothing else opens them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.encryption.passphrase_key import EmptyPassphrase, derive_key, new_salt
from journal.encryption.sealing import SealBroken, is_sealed, new_file_key, seal, unseal

pytestmark = pytest.mark.encryption

KEY = bytes(range(32))


@given(st.binary(max_size=4096))
def test_what_is_sealed_unseals_to_the_same_bytes(data):
    sealed = seal(data, KEY)
    assert is_sealed(sealed)
    assert unseal(sealed, KEY) == data


def test_the_plain_bytes_do_not_appear_in_the_sealed_file():
    data = b"CANARY-" * 100
    assert b"CANARY" not in seal(data, KEY)


def test_another_key_is_refused():
    with pytest.raises(SealBroken, match="another key"):
        unseal(seal(b"photo", KEY), new_file_key())


@pytest.mark.parametrize("at", [0, 10, 20, 30, -1])
def test_a_changed_byte_anywhere_is_refused(at):
    sealed = bytearray(seal(b"a photo of the back", KEY))
    sealed[at] ^= 1
    with pytest.raises(SealBroken):
        unseal(bytes(sealed), KEY)


def test_the_same_passphrase_and_salt_give_the_same_key_and_another_salt_another():
    salt = new_salt()
    assert derive_key("horse battery", salt) == derive_key("horse battery", salt)
    assert derive_key("horse battery", salt) != derive_key("horse battery", new_salt())
    assert derive_key("horse battery", salt) != derive_key("Horse battery", salt)
    assert len(derive_key("x", salt)) == 32


def test_an_empty_passphrase_is_refused():
    with pytest.raises(EmptyPassphrase):
        derive_key("", new_salt())
