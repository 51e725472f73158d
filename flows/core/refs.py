"""Short case references that can be read aloud and typed on a phone."""

from __future__ import annotations

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""No 0/O, 1/I/L or U: characters people confuse when copying or dictating."""


def make_ref(entropy: bytes) -> str:
    """Turn random bytes into a reference like ``K7M4-Q2XP`` (about 40 bits)."""
    if len(entropy) < 5:
        raise ValueError("need at least 5 bytes of entropy")
    value = int.from_bytes(entropy[:8], "big")
    chars = []
    for _ in range(8):
        value, index = divmod(value, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


def normalize_ref(text: str) -> str:
    """Accept a reference typed with spaces, lower case or without the dash."""
    cleaned = "".join(ch for ch in text.upper() if ch in ALPHABET)
    return cleaned[:4] + "-" + cleaned[4:] if len(cleaned) == 8 else ""
