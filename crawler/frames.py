"""The wire between the crawl's process and its extraction workers: each
message a pickle after its length (4 bytes, big-endian)."""

from __future__ import annotations

import struct
from typing import BinaryIO

FRAME = struct.Struct("!I")


def framed(payload: bytes) -> bytes:
    return FRAME.pack(len(payload)) + payload


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next message from a blocking stream, or None at its end."""
    header = stream.read(FRAME.size)
    if len(header) < FRAME.size:
        return None
    size, = FRAME.unpack(header)
    payload = stream.read(size)
    return payload if len(payload) == size else None
