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
