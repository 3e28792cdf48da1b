import subprocess
import sys

import pytest

from archive.errors import ArchiveLocked
from archive.lock import archive_lock

HOLD = """
import sys, time
from archive.lock import archive_lock
with archive_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    path = str(tmp_path / "a.db")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, path], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ArchiveLocked, match=r"a\.db is being written by pid \d+"):
            with archive_lock(path):
                pass
        sites = tmp_path / "s.toml"
        sites.write_text('[[source]]\nname = "local"\nurl = "http://127.0.0.1:9/"\n', "utf-8")
        result = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--db", path, "--sites", str(sites)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode != 0
        assert "is being written by pid" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    path = str(tmp_path / "a.db")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, path], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()  # SIGKILL: no clean-up runs
    holder.wait()
    with archive_lock(path):
        pass


def test_lock_is_reentrant_within_a_process(tmp_path):
    path = str(tmp_path / "a.db")
    with archive_lock(path):
        with archive_lock(path):
            pass
        holder = subprocess.run([sys.executable, "-c", HOLD.replace("time.sleep(60)", "pass"), path],
                                capture_output=True, text=True)
        assert holder.returncode != 0  # still held by the outer context
    with archive_lock(path):
        pass


def test_lock_file_is_removed_when_released(tmp_path):
    path = str(tmp_path / "a.db")
    with archive_lock(path):
        assert (tmp_path / "a.db.lock").exists()
    assert not (tmp_path / "a.db.lock").exists()



HOLD_UNTIL_TOLD = """
import sys
from archive.lock import archive_lock
with archive_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""


def test_a_lock_taken_on_a_removed_lock_file_is_taken_again(tmp_path, monkeypatch):
    """The race that removing lock files opens: we open the lock file, its
    holder then releases it (removing the file), and our flock succeeds on a
    file no longer at the path. Without the check, a third writer would create
    a new file, lock it too, and two writers would share the archive."""
    import archive.lock as lock_module

    path = str(tmp_path / "a.db")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_UNTIL_TOLD, path], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    real_open, calls = lock_module._open_lock_file, []

    def open_then_let_the_holder_go(key, shown):
        fd = real_open(key, shown)
        calls.append(fd)
        if len(calls) == 1:  # the holder releases between our open and our flock
            holder.stdin.write("go\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "released"
        return fd

    monkeypatch.setattr(lock_module, "_open_lock_file", open_then_let_the_holder_go)
    with archive_lock(path):
        third = subprocess.run([sys.executable, "-c", HOLD.replace("time.sleep(60)", "pass"), path],
                               capture_output=True, text=True)
        assert third.returncode != 0 and "is being written by" in third.stderr
    holder.wait(timeout=30)
    assert len(calls) == 2  # the first lock was on the removed file, so it was taken again
