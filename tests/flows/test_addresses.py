"""Ids a coordinator types are checked per channel before anything is stored."""

from __future__ import annotations

import pytest

from flows.core.addresses import AddressError, chat_address, person_address


@pytest.mark.parametrize(
    ("channel", "text", "expected"),
    [
        ("telegram", " 123456789 ", "123456789"),
        ("signal", "+254712345678", "+254712345678"),
        ("signal", "A3E0F1B2-1111-4222-8333-444455556666", "a3e0f1b2-1111-4222-8333-444455556666"),
        ("console", "amina", "amina"),
    ],
)
def test_good_person_ids_are_normalised(channel: str, text: str, expected: str) -> None:
    assert person_address(channel, text) == expected


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("telegram", "@amina"),
        ("telegram", "-100123"),
        ("telegram", "١٢٣"),
        ("signal", "0712345678"),
        ("signal", "+0712345678"),
        ("console", ""),
        ("sms", "123"),
    ],
)
def test_bad_person_ids_say_what_is_expected(channel: str, text: str) -> None:
    with pytest.raises(AddressError):
        person_address(channel, text)


def test_chat_ids() -> None:
    assert chat_address("telegram", "-1001234567890") == "-1001234567890"
    with pytest.raises(AddressError):
        chat_address("telegram", "notanumber")
    with pytest.raises(AddressError):
        chat_address("signal", "short")
