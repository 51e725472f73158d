"""Make every string a messenger handed us safe to pseudonymise, seal and store.

JSON may carry lone UTF-16 surrogates (``"\\ud800"``), which Python decodes
into a ``str`` that cannot be encoded as UTF-8: hashing or sealing it raises
``UnicodeEncodeError``. Each lone surrogate becomes U+FFFD; a well-formed
pair that arrived as two code points is joined back into its character.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.transport import Received

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_optional(text: str | None) -> str | None:
    """:func:`clean`, with None left as it is (for optional fields of an update)."""
    return None if text is None else clean(text)


def clean_received(item: Received) -> Received:
    """``item`` with every string field (attachment name and MIME type included) cleaned."""
    attachment = item.attachment
    if attachment is not None:
        attachment = replace(
            attachment, mime=clean(attachment.mime), name=clean_optional(attachment.name)
        )
    return replace(
        item,
        user_id=clean(item.user_id),
        address=clean(item.address),
        dedupe=clean(item.dedupe),
        text=clean_optional(item.text),
        choice=clean_optional(item.choice),
        locale_hint=clean_optional(item.locale_hint),
        album=clean_optional(item.album),
        attachment=attachment,
    )
