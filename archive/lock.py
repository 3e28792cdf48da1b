"""One writer per archive: two crawls never write one archive at the same time.

An advisory flock on "<archive>.lock": the kernel drops it when the process
dies, even by SIGKILL, so a killed crawl never leaves a stale lock behind. The
holder removes the file when it is done (only a killed process leaves it, and
the next writer takes it over), so lock files do not pile up beside archives.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator

from .errors import ArchiveError, ArchiveLocked

_held: dict[str, tuple[int, int]] = {}  # path -> (fd, depth): re-entrant within a process


@contextlib.contextmanager
def archive_lock(path: str) -> Iterator[None]:
    """Hold the archive's write lock, or raise ArchiveLocked at once."""
    key = os.path.abspath(path)
    if key in _held:
        fd, depth = _held[key]
        _held[key] = (fd, depth + 1)
    else:
        _held[key] = (_acquire(key, path), 1)
    try:
        yield
    finally:
        _release(key)


def _acquire(key: str, path: str) -> int:
    while True:
        fd = _open_lock_file(key, path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise ArchiveLocked(f"{path} is being written by {holder}") from None
        if _still_linked(fd, key + ".lock"):
            break
        # The holder we waited for removed the file after we opened it: this
        # lock is on a file nobody else will see. Take the one at the path.
        os.close(fd)
    os.ftruncate(fd, 0)
    os.write(fd, f"pid {os.getpid()}".encode())
    return fd


def _open_lock_file(key: str, path: str) -> int:
    try:
        return os.open(key + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a missing or read-only directory
        raise ArchiveError(f"{path}: cannot create the lock file {path}.lock ({exc.strerror})",
                           hint="the archive's directory must exist and be writable; or pass another --db") from None


def _still_linked(fd: int, lock_path: str) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(lock_path))
    except FileNotFoundError:
        return False


def _release(key: str) -> None:
    fd, depth = _held[key]
    if depth > 1:
        _held[key] = (fd, depth - 1)
        return
    del _held[key]
    # Removed while still locked, so no other process can lock this file once
    # it is gone from the path (see _still_linked).
    with contextlib.suppress(OSError):
        os.unlink(key + ".lock")
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
