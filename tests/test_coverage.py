"""Coverage by province, `soyte sources --check` against local fixture servers,
and the evidence recorded in the shipped registry."""

import json
import re
import socket
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from localserver import LocalServer, QuietHandler, serve

from archive.cli import main
from archive.coverage import coverage, coverage_lines, merged_away
from archive.errors import RegistryError
from archive.provinces import current_provinces, legacy_to_current
from archive.registry import load_registry, parse_registry
from archive.sources_check import check_source, check_sources, classify_error
from archive.urls import host_of

SMALL = """
[[source]]
name = "soyte-a"
url = "http://a.vn/"
province = "Nghệ An"
kind = "so-y-te"

[[source]]
name = "cdc-a"
url = "http://b.vn/"
province = "Nghệ An"
kind = "cdc"

[[source]]
name = "soyte-b"
url = "http://c.vn/"
province = "Hà Tĩnh"
kind = "so-y-te"

[[source]]
name = "soyte-old"
url = "http://d.vn/"
legacy_province = "Bạc Liêu"
kind = "so-y-te"

[[source]]
name = "cdc-old"
url = "http://e.vn/"
legacy_province = "Bạc Liêu"
kind = "cdc"

[[source]]
name = "ttyt-old"
url = "http://f.vn/"
legacy_province = "Trà Vinh"
kind = "ttyt"

[[source]]
name = "soyte-hue"
url = "http://g.vn/"
legacy_province = "Thừa Thiên Huế"
kind = "so-y-te"

[[source]]
name = "soyte-vl"
url = "http://h.vn/"
legacy_province = "Vĩnh Long"
kind = "so-y-te"

[[source]]
name = "nowhere"
url = "http://i.vn/"
"""


def test_coverage_counts_today_and_former_separately():
    cov = coverage(parse_registry(SMALL).sources)
    rows = {row.name: row for row in cov.provinces}
    assert len(rows) == 34
    assert (rows["Nghệ An"].so_y_te, rows["Nghệ An"].cdc) == (1, 1) and rows["Nghệ An"].has_both
    assert rows["Hà Tĩnh"].missing == ("cdc",)
    # Bạc Liêu's sources count for Cà Mau only as "former"
    assert (rows["Cà Mau"].so_y_te, rows["Cà Mau"].cdc) == (0, 0)
    bac_lieu = {f.name: f for f in rows["Cà Mau"].former}["Bạc Liêu"]
    assert (bac_lieu.so_y_te, bac_lieu.cdc, bac_lieu.other) == (1, 1, 0)
    tra_vinh = {f.name: f for f in rows["Vĩnh Long"].former}["Trà Vinh"]
    assert tra_vinh.other == 1
    # a rename is the same unit; a province whose name lives on is today's
    assert rows["Huế"].so_y_te == 1 and rows["Huế"].former == ()
    assert rows["Vĩnh Long"].so_y_te == 1
    assert cov.with_both == ["Nghệ An"]
    assert set(cov.with_one) == {"Hà Tĩnh", "Huế", "Vĩnh Long"}
    assert len(cov.with_none) == 30
    assert cov.unplaced == ("nowhere",)
    summary = cov.summary()
    assert summary["former_provinces"] == 29
    assert (summary["former_with_so_y_te"], summary["former_with_cdc"], summary["former_with_any"]) == (1, 1, 2)
    text = "\n".join(coverage_lines(cov))
    assert "1 of 34 provinces have a Sở Y tế and a CDC source, 3 have one of them, 30 have neither." in text
    assert "No CDC source: Hà Nội" in text and "Bạc Liêu 1/1/-" in text


def test_merged_away_is_the_29_former_provinces():
    away = merged_away()
    assert len(away) == 29
    assert "Thừa Thiên Huế" not in away and "Vĩnh Long" not in away
    assert away["Quảng Nam"] == "Đà Nẵng" and away["Bình Dương"] == "TP. Hồ Chí Minh"
    assert set(away.values()) <= set(current_provinces())


def test_province_map_fills_province_from_legacy_for_all_63():
    for old, new in legacy_to_current().items():
        text = f'[[source]]\nname = "x"\nurl = "http://x.vn/"\nlegacy_province = "{old}"\n'
        source = parse_registry(text).get("x")
        assert (source.province, source.legacy_province) == (new, old)


def test_sources_command_prints_the_coverage_table():
    result = CliRunner().invoke(main, ["sources"])
    assert result.exit_code == 0, result.output
    assert "province of today" in result.output
    assert re.search(r"\d+ of 34 provinces have a Sở Y tế and a CDC source", result.output)
    for province in current_provinces():
        assert province in result.output


# ---- the shipped registry's evidence ----------------------------------------------------------

def test_shipped_registry_evidence_is_on_the_sources_own_domain():
    registry = load_registry()
    with_evidence = [s for s in registry.sources if s.evidence]
    assert len(with_evidence) >= len(registry.sources) // 2
    for source in with_evidence:
        assert re.match(r"^https?://", source.evidence), source.name
        host = host_of(source.evidence)
        assert any(host == d or host.endswith("." + d) for d in source.allowed_domains), source.name
        assert source.checked and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", source.checked), source.name
    for source in registry.sources:
        assert source.kind in ("so-y-te", "cdc", "ttyt", "benh-vien"), source.name
        assert source.province in current_provinces(), source.name
        if source.platform:
            assert source.platform in ("liferay-6.2", "liferay-7", "liferay", "sharepoint", "dotnetnuke",
                                       "nukeviet", "joomla", "wordpress", "webcenter", "other"), source.name


def test_shipped_registry_has_no_domain_twice_for_one_kind():
    seen = {}
    for source in load_registry().sources:
        key = (urlsplit(source.url).hostname.removeprefix("www."), source.kind)
        assert key not in seen, f"{source.name} repeats {seen.get(key)}"
        seen[key] = source.name


@pytest.mark.parametrize("body, message", [
    ('checked = "2026-13"', "'checked' must be a month"),
    ('checked = "11/2026"', "'checked' must be a month"),
    ('evidence = "soyte.x.vn/tin"', r"'evidence' is not an http\(s\) URL"),
])
def test_bad_evidence_or_checked_is_refused(body, message):
    with pytest.raises(RegistryError, match=message):
        parse_registry(f'[[source]]\nname = "a"\nurl = "http://x.vn/"\n{body}\n', "mine.toml")


# ---- soyte sources --check, against fixture servers on 127.0.0.1 --------------------------------

class _Handler(QuietHandler):
    target = ""  # where /moved points, set per server

    def _answer(self, with_body: bool) -> None:
        if self.path == "/ok":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            if with_body:
                self.wfile.write("<h1>Sở Y tế</h1>".encode())
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", self.target)
            self.end_headers()
        elif self.path == "/head-refused" and not with_body:
            self.send_response(405)
            self.end_headers()
        elif self.path == "/head-refused":
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)


def _serve(target: str = "") -> LocalServer:
    return serve(type("Handler", (_Handler,), {"target": target}))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def sites(tmp_path):
    with _serve() as other, _serve(target=other.url("/ok")) as main_server:
        port = _closed_port()
        toml = "".join(f'[[source]]\nname = "{name}"\nurl = "{url}"\n\n' for name, url in [
            ("up", main_server.url("/ok")),
            ("moved", main_server.url("/moved")),
            ("missing", main_server.url("/missing")),
            ("nothing-listening", f"http://127.0.0.1:{port}/"),
            ("no-head", main_server.url("/head-refused")),
        ])
        path = tmp_path / "sites.toml"
        path.write_text(toml, "utf-8")
        yield path, other.url("/ok")


def test_check_reports_reachable_redirected_and_gone(sites):
    path, elsewhere = sites
    results = {r.name: r for r in check_sources(load_registry(path).sources, timeout=5)}
    assert (results["up"].state, results["up"].status) == ("reachable", 200)
    assert (results["moved"].state, results["moved"].location) == ("redirected", elsewhere)
    assert (results["missing"].state, results["missing"].status) == ("gone", 404)
    assert results["nothing-listening"].state == "gone"
    assert results["nothing-listening"].detail == "connection refused"
    assert results["no-head"].state == "reachable"  # HEAD refused, GET answered


def test_check_command_prints_one_line_per_source(sites):
    path, elsewhere = sites
    result = CliRunner().invoke(main, ["sources", "--sites", str(path), "--check", "--timeout", "5"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.strip()}
    assert "reachable" in lines["up"] and "redirected" in lines["moved"] and elsewhere in lines["moved"]
    assert "gone" in lines["missing"] and "404" in lines["missing"]
    assert "gone" in lines["nothing-listening"]
    assert "1 gone" not in result.output and "2 gone" in result.output
    result = CliRunner().invoke(main, ["sources", "--sites", str(path), "--check", "--json", "--timeout", "5"])
    assert {r["name"]: r["state"] for r in json.loads(result.output)}["moved"] == "redirected"


def test_a_dns_failure_reads_as_gone():
    assert classify_error(socket.gaierror(-2, "Name or service not known")) == ("gone", "no such host (DNS)")
    assert classify_error(TimeoutError())[0] == "error"


def test_a_redirect_loop_is_an_error(tmp_path):
    with _serve() as loop:
        url = loop.url("/moved")
        loop.server.RequestHandlerClass.target = url
        source = parse_registry(f'[[source]]\nname = "loop"\nurl = "{url}"\n').get("loop")
        result = check_source(source, timeout=5)
        assert result.state == "error" and "too many redirects" in result.detail
