"""`soyte sources --discover` (issue 19): candidates from the registry's own
naming patterns, verified only by what the sites' pages say. The live half runs
against the fixture sites of tests/discoversites.py on loopback, through the
SOYTE_HOST_MAP resolver: no real name is ever looked up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.candidates import (
    candidates_for, linked_units, outcomes, patterns, plan_probes, read_identity, rejection, resolve_province, slugs,
    sources_toml, units_lacking, Unit,
)
from archive.cli import main
from archive.errors import RegistryError
from archive.extraction.dom import parse_html
from archive.provinces import legacy_to_current
from archive.registry import load_registry, parse_registry
from archive.urls import host_of

sys.path.insert(0, str(Path(__file__).parent))
from discoversites import SOURCES, serve, world  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


# ---- the patterns are the registry's own ----------------------------------------------------------

def test_every_pattern_is_shown_by_the_sources_it_names():
    registry = load_registry()
    for pattern in patterns():
        assert pattern.seen_in, pattern.host
        for name in pattern.seen_in:
            source = registry.get(name)
            host = host_of(source.url)
            names = {n for n in (source.legacy_province, source.province) if n}
            shapes = {pattern.hosts(s) for n in names for s in slugs(n)}
            assert any(host == shape or host.endswith("." + shape) for shape in shapes), (pattern.host, name, host)


def test_the_issue_patterns_are_there():
    hosts = {p.host for p in patterns()}
    for shape in ("soyte.{slug}.gov.vn", "syt.{slug}.gov.vn", "soyt.{slug}.gov.vn", "yte.{slug}.gov.vn",
                  "cdc.{slug}.gov.vn", "cdc{slug}.vn", "ksbt{slug}.vn", "kiemsoatbenhtat{slug}.vn", "{slug}cdc.vn"):
        assert shape in hosts


# ---- units and candidates (pure) ----------------------------------------------------------------

def test_units_lacking_counts_today_and_former_apart():
    registry = parse_registry(SOURCES)
    units = units_lacking(registry.sources, "quang ngai")
    assert [u.title for u in units] == ["Sở Y tế Quảng Ngãi", "CDC Quảng Ngãi", "Sở Y tế Kon Tum (now Quảng Ngãi)",
                                        "CDC Kon Tum (now Quảng Ngãi)"]
    assert units_lacking(registry.sources, "Kon Tum", ["cdc"]) == [Unit("cdc", "Quảng Ngãi", "Kon Tum")]
    assert not any(u.province == "Hà Tĩnh" and u.kind == "cdc" for u in units_lacking(registry.sources))
    everything = units_lacking(registry.sources)
    assert len(everything) == 34 * 2 + 29 * 2 - 1
    with pytest.raises(ValueError):
        resolve_province("Atlantis")


def test_candidates_use_todays_slugs_first_then_the_former_ones():
    hosts = [h for h, _, _ in candidates_for(Unit("so-y-te", "Quảng Ngãi"))]
    assert hosts[:2] == ["soyte.quangngai.gov.vn", "soyte.kontum.gov.vn"]
    assert "syt.quangngai.gov.vn" in hosts and "doh{slug}.gov.vn" not in hosts
    cdc = [h for h, _, _ in candidates_for(Unit("cdc", "Quảng Ngãi", "Kon Tum"))]
    assert "ksbtkontum.vn" in cdc and "kontumcdc.vn" in cdc and not any("quangngai" in h for h in cdc)
    hcm = [h for h, _, _ in candidates_for(Unit("cdc", "TP. Hồ Chí Minh"))]
    assert "cdchcm.vn" in hcm and "cdc.baria-vungtau.gov.vn" in hcm
    probes = plan_probes([Unit("so-y-te", "Quảng Ngãi"), Unit("so-y-te", "Quảng Ngãi", "Kon Tum")],
                         known_hosts=["soyte.kontum.gov.vn"])
    by_host = {p.host: p for p in probes}
    assert "soyte.kontum.gov.vn" not in by_host  # a source already
    assert by_host["syt.kontum.gov.vn"].units == ["so-y-te:Quảng Ngãi", "so-y-te:Kon Tum"]  # fetched once
    assert by_host["ytekontum.org.vn"].www_fallback and not by_host["syt.kontum.gov.vn"].www_fallback


# ---- reading a page (pure) ----------------------------------------------------------------------

def _page(title: str, header: str = "", footer: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><header id='banner'>{header}</header>"
            f"<div><a href='/tin-tuc'>Tin tức</a></div><footer>{footer}</footer></body></html>")


@pytest.mark.parametrize("html, kind, province", [
    (_page("Trang chủ", "<div class='logo'><span>SỞ Y TẾ<br>TỈNH NGHỆ AN</span></div>"), "so-y-te", "Nghệ An"),
    (_page("So Y te tinh Nghe An - Trang chu"), "so-y-te", "Nghệ An"),  # no diacritics
    (_page("Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu"), "cdc", "Bạc Liêu"),  # a former province
    (_page("CDC Thừa Thiên Huế"), "cdc", "Thừa Thiên Huế"),
    # the parent unit in the footer does not make a CDC a Sở Y tế
    (_page("Trang chủ", "<p class='site-name'>TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH HÀ TĨNH</p>",
           "<p>Cơ quan chủ quản: Sở Y tế tỉnh Hà Tĩnh</p>"), "cdc", "Hà Tĩnh"),
    (_page("Trang chủ", "", "<p>Cơ quan chủ quản: Sở Y tế tỉnh Hà Tĩnh</p>"), None, None),
    (_page("Welcome"), None, None),
])
def test_read_identity(html, kind, province):
    identity = read_identity(parse_html(html))
    assert (identity.kind, identity.province) == (kind, province)


def test_identity_maps_to_the_right_unit():
    identity = read_identity(parse_html(_page("Sở Y tế tỉnh Bắc Giang")))
    assert identity.unit_key() == "so-y-te:Bắc Giang"  # the former province's unit, not Bắc Ninh's
    assert read_identity(parse_html(_page("Sở Y tế tỉnh Bắc Ninh"))).unit_key() == "so-y-te:Bắc Ninh"
    assert read_identity(parse_html(_page("Sở Y tế Thừa Thiên Huế"))).unit_key() == "so-y-te:Huế"


def test_parked_and_registrar_pages_are_rejected():
    assert rejection(parse_html(world()["cdcquangngai.vn"]["/"][2]).text_content()) == "parked domain"
    assert rejection("Tên miền đã hết hạn. This domain has expired.") == "registrar page"
    assert rejection("Welcome to nginx! If you see this page") == "a server's default page"
    assert rejection(parse_html(world()["soyte.quangngai.gov.vn"]["/"][2]).text_content()) is None


def test_links_box_lists_units():
    root = parse_html(world()["soyte.quangngai.gov.vn"]["/"][2])
    links = {host_of(link.url): link for link in linked_units(root, "http://soyte.quangngai.gov.vn/")}
    assert links["ksbtquangngai.vn"].kind == "cdc" and links["ksbtquangngai.vn"].province == "Quảng Ngãi"
    assert links["ttytbinhson.vn"].kind == "ttyt" and links["ttytbinhson.vn"].by_text
    assert "moh.gov.vn" not in links and "bvdkquangngai.vn" not in links


# ---- the registry keys of a discovered source -----------------------------------------------------

GOOD = ('name = "a"\nurl = "http://x.vn/"\nevidence = "http://x.vn/"\nevidence_line = "Sở Y tế tỉnh X"\n'
        'discovered = "2026-11-23"\nchecked = "2026-11"\n')


def test_a_discovered_source_validates():
    source = parse_registry(f"[[source]]\n{GOOD}").get("a")
    assert (source.discovered, source.evidence_line) == ("2026-11-23", "Sở Y tế tỉnh X")


@pytest.mark.parametrize("change, message", [
    (('discovered = "2026-11-23"', 'discovered = "2026-11"'), "'discovered' must be a day"),
    (('discovered = "2026-11-23"', 'discovered = "2026-02-30"'), "'discovered' must be a day"),
    (('evidence_line = "Sở Y tế tỉnh X"', 'evidence_line = ""'), "'evidence_line' must be the one line"),
    (('evidence = "http://x.vn/"', 'evidence = "http://elsewhere.vn/"'), "not on the source's own domain"),
    (('checked = "2026-11"', 'checked = "2026-10"'), "needs 'checked'"),
    (('evidence = "http://x.vn/"\n', ''), "needs 'evidence'"),
])
def test_a_discovered_source_must_say_where_and_when(change, message):
    with pytest.raises(RegistryError, match=message):
        parse_registry("[[source]]\n" + GOOD.replace(*change), "mine.toml")


# ---- live, against the fixture sites ---------------------------------------------------------------

def _run(tmp_path: Path, web, *args: str, hosts: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, SOYTE_HOST_MAP=str(web.host_map(tmp_path / "hosts.json", hosts)))
    return subprocess.run([sys.executable, "-m", "archive.cli", "sources", "--discover", *args],
                          env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """One discovery run over Quảng Ngãi (with its former Kon Tum): its output file, stdout and stderr."""
    tmp = tmp_path_factory.mktemp("discover")
    (tmp / "mine.toml").write_text(SOURCES, "utf-8")
    with serve() as web:
        result = _run(tmp, web, "--province", "Quảng Ngãi", "--sources", str(tmp / "mine.toml"),
                      "-o", str(tmp / "found.toml"), "--time-limit", "120", "--timeout", "10")
        hits = list(web.hits)
    return tmp, result, hits


def test_discover_adds_exactly_the_right_sites_with_their_evidence(found):
    tmp, result, _ = found
    assert result.returncode == 0, result.stderr
    text = (tmp / "found.toml").read_text("utf-8")
    entries = {s["name"]: s for s in tomllib.loads(text)["source"]}
    assert set(entries) == {"soyte-quangngai", "cdc-quangngai"}
    so, cdc = entries["soyte-quangngai"], entries["cdc-quangngai"]
    assert so["url"] == "http://soyte.quangngai.gov.vn/" and so["kind"] == "so-y-te" and so["province"] == "Quảng Ngãi"
    assert so["evidence"] == "http://soyte.quangngai.gov.vn/" and so["evidence_line"] == "Sở Y tế tỉnh Quảng Ngãi"
    assert cdc["url"] == "http://ksbtquangngai.vn/" and cdc["kind"] == "cdc" and cdc["platform"] == "nukeviet"
    assert cdc["evidence_line"] == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ngãi"
    for entry in entries.values():
        assert entry["checked"] == entry["discovered"][:7] and "dated articles read" in entry["notes"]
    # what it writes is a sources file the registry (and the crawler) takes as it is
    registry = parse_registry(SOURCES + "\n" + text)
    assert {s.name for s in registry.sources if s.discovered} == {"soyte-quangngai", "cdc-quangngai"}


def test_discover_reports_but_never_adds_the_others(found):
    tmp, result, _ = found
    text = (tmp / "found.toml").read_text("utf-8")
    for host in ("cdcquangngai.vn", "yte.quangngai.gov.vn", "syt.quangngai.gov.vn", "soyte.binhdinh.gov.vn",
                 "soyt.quangngai.gov.vn"):
        assert f"//{host}" not in text
    out = result.stdout
    assert "cdcquangngai.vn: parked domain" in out
    assert "yte.quangngai.gov.vn: its home page names Sở Y tế Gia Lai (another province)" in out
    assert "syt.quangngai.gov.vn: redirects to soyte.binhdinh.gov.vn, which names Sở Y tế Bình Định" in out
    assert "soyt.quangngai.gov.vn: the same site as soyte.quangngai.gov.vn" in out


def test_discover_summary_table_and_progress(found):
    _, result, _ = found
    rows = {line.split("  ")[0].strip(): line for line in result.stdout.splitlines() if line.strip()}
    assert "verified: soyte.quangngai.gov.vn (6 dated articles" in rows["Sở Y tế Quảng Ngãi"]
    assert "verified: ksbtquangngai.vn" in rows["CDC Quảng Ngãi"]
    assert "no site:" in rows["Sở Y tế Kon Tum (now Quảng Ngãi)"] and "names do not resolve" in rows[
        "CDC Kon Tum (now Quảng Ngãi)"]
    assert "2 of 4 units verified." in result.stdout
    assert "✓ soyte.quangngai.gov.vn: verified" in result.stderr  # progress as it goes


def test_discover_is_polite_and_bounded(found):
    _, _, hits = found
    per_host: dict[str, int] = {}
    for host, path, _ in hits:
        per_host[host] = per_host.get(host, 0) + 1
    assert per_host["cdcquangngai.vn"] <= 2  # robots.txt and the home page
    assert max(per_host.values()) <= 1 + 1 + 2 + 6  # robots, home, listings, articles
    assert all(path == "/robots.txt" or host not in ("yte.quangngai.gov.vn",) or path == "/"
               for host, path, _ in hits)  # another province's site: nothing read past its home page


def test_discover_ttyt_through_the_so_y_tes_links(found, tmp_path):
    tmp, _, _ = found
    mine = tmp_path / "mine.toml"
    mine.write_text(SOURCES + "\n" + (tmp / "found.toml").read_text("utf-8"), "utf-8")
    with serve() as web:
        result = _run(tmp_path, web, "--province", "quang ngai", "--kind", "ttyt", "--sources", str(mine),
                      "--time-limit", "120")
    assert result.returncode == 0, result.stderr
    entries = tomllib.loads(result.stdout)["source"]  # printed: the TOML alone on stdout
    assert [(e["name"], e["url"], e["kind"], e["title"]) for e in entries] == [
        ("ttyt-binhson", "http://ttytbinhson.vn/", "ttyt", "Trung tâm Y tế huyện Bình Sơn")]
    assert "tỉnh Quảng Ngãi" in entries[0]["evidence_line"]
    assert "ttytsontinh.vn" in result.stderr and "1 name does not resolve" in result.stderr


def test_discover_offline_says_the_network_is_unreachable(tmp_path):
    (tmp_path / "mine.toml").write_text(SOURCES, "utf-8")
    with serve({}) as web:
        result = _run(tmp_path, web, "--sources", str(tmp_path / "mine.toml"), "--kind", "cdc", hosts={})
    assert result.returncode == 3, result.stderr
    assert "the network looks unreachable" in result.stderr and "no site:" not in result.stdout + result.stderr
    assert "[[source]]" not in result.stdout


def test_sources_lists_what_discovery_verified(found, tmp_path):
    tmp, _, _ = found
    mine = tmp_path / "mine.toml"
    mine.write_text(SOURCES + "\n" + (tmp / "found.toml").read_text("utf-8"), "utf-8")
    result = CliRunner().invoke(main, ["sources", "--sources", str(mine)])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("soyte-quangngai"))
    assert "(discovered 20" in line
    assert "Verified by `soyte sources --discover`: soyte-quangngai (" in result.output
    rows = json.loads(CliRunner().invoke(main, ["sources", "--sources", str(mine), "--json"]).output)
    assert {r["name"]: r["discovered"] is not None for r in rows} == {
        "cdc-hatinh": False, "soyte-quangngai": True, "cdc-quangngai": True}


def test_discover_options_need_discover():
    result = CliRunner().invoke(main, ["sources", "--province", "Nghệ An"])
    assert result.exit_code == 2 and "go with --discover" in result.output


def test_discover_rejects_an_unknown_province(tmp_path):
    result = CliRunner().invoke(main, ["sources", "--discover", "--province", "Atlantis"])
    assert result.exit_code == 2 and "neither one of the 34 provinces" in result.output


def test_outcomes_and_toml_from_a_result():
    unit = Unit("cdc", "Nghệ An")
    site = {"unit": unit.as_dict(), "host": "cdc.nghean.gov.vn", "url": "http://cdc.nghean.gov.vn/",
            "evidence": "http://cdc.nghean.gov.vn/", "evidence_line": "CDC Nghệ An", "where": "title",
            "title": "CDC Nghệ An", "province_named": "Nghệ An", "platform": None, "checked_on": "2026-11-23",
            "articles": [{"url": "http://cdc.nghean.gov.vn/a-1", "title": "A", "published": "2026-11-20"}] * 3}
    result = {"units": [unit.as_dict() | {"key": unit.key, "title": unit.title}],
              "hosts": [{"host": "cdc.nghean.gov.vn", "units": [unit.key], "state": "done", "verdict": "verified",
                         "site": site}]}
    [row] = outcomes(result)
    assert row.site == site and row.why.startswith("verified: cdc.nghean.gov.vn (3 dated articles")
    text = sources_toml([site], taken_names=["cdc-nghean"])
    assert 'name = "cdc-nghean-2"' in text  # never a name the registry has
    assert legacy_to_current()["Nghệ An"] == "Nghệ An" and 'legacy_province = "Nghệ An"' in text
