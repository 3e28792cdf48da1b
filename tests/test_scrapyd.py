"""Scale-out on scrapyd: the project eggifies with scrapyd-deploy, a real scrapyd
on 127.0.0.1 takes the egg, and the health spider scheduled for one source
through scrapyd's HTTP API archives that source's articles."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo" / "expected.json").read_text("utf-8"))
pytest.importorskip("scrapyd", reason="scrapyd is in the test extras: pip install -e '.[test]'")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base: str, endpoint: str, data: dict | list | None = None, files: dict | None = None) -> dict:
    if files:
        boundary = "soyteboundary"
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                 for k, v in (data or {}).items()]
        for name, (filename, content) in files.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(base + endpoint, data=body,
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    elif data is not None:
        request = urllib.request.Request(base + endpoint, data=urllib.parse.urlencode(data).encode())
    else:
        request = urllib.request.Request(base + endpoint)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def build_egg(tmp: Path) -> bytes:
    """scrapyd-deploy writes a setup.py beside scrapy.cfg: build in a copy of the project."""
    project = tmp / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".git", "*.db*", "__pycache__", "*.egg-info",
                                                                 ".pytest_cache", ".hypothesis", "bench"))
    egg = tmp / "soyte.egg"
    subprocess.run(["scrapyd-deploy", "--build-egg", str(egg)], cwd=project, check=True, capture_output=True,
                   timeout=300)
    return egg.read_bytes()


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home}/eggs\n"
        f"logs_dir = {home}/logs\nitems_dir =\ndbs_dir = {home}/dbs\nmax_proc = 2\npoll_interval = 0.5\n")
    proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=home, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                api(base, "daemonstatus.json")
                break
            except OSError:
                time.sleep(0.2)
        yield base, home
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_deploy_and_schedule_a_source_on_scrapyd(scrapyd, tmp_path):
    base, home = scrapyd
    added = api(base, "addversion.json", {"project": "soyte", "version": "1"}, files={"egg": ("soyte.egg", build_egg(tmp_path))})
    assert added["status"] == "ok" and "health" in api(base, "listspiders.json?project=soyte")["spiders"]
    db_path = tmp_path / "worker.db"
    with serve_sites(["cdc-joomla"]) as bases:
        sites = tmp_path / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        job = api(base, "schedule.json", [("project", "soyte"), ("spider", "health"), ("source", "cdc-joomla"),
                                          ("sites", str(sites)), ("setting", f"SOYTE_ARCHIVE={db_path}"),
                                          ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False")])
        assert job["status"] == "ok"
        deadline = time.time() + 180
        while time.time() < deadline:
            finished = api(base, "listjobs.json?project=soyte")["finished"]
            if any(j["id"] == job["jobid"] for j in finished):
                break
            time.sleep(0.5)
        else:
            pytest.fail("the scrapyd job did not finish in time")
    expected = [p for s in EXPECTED["stories"] for p in s["pages"] if p["site"] == "cdc-joomla"]
    db = sqlite_utils.Database(db_path)
    log = "\n".join(p.read_text() for p in (home / "logs").rglob("*.log"))
    assert db["pages"].count == len(expected), log[-3000:]
    assert db["crawl_runs"].count == 1 and "Traceback" not in log
