import pytest

from archive.errors import RegistryError
from archive.provinces import current_provinces, legacy_to_current
from archive.registry import load_registry, parse_registry


def test_shipped_registry_is_valid_and_complete():
    registry = load_registry()
    hosts = {s.allowed_domains[0] for s in registry.sources}
    for domain in ("soyte.hanoi.gov.vn", "cdcnghean.vn", "quangnamcdc.gov.vn", "ttytcauke.vn",
                   "bvdkla.longan.gov.vn", "bvlbpbl.vn", "benhvienlaovabenhphoi.thainguyen.gov.vn"):
        assert domain in hosts
    for source in registry.sources:
        assert source.province in current_provinces(), source.name
        assert source.kind in ("so-y-te", "cdc", "ttyt", "benh-vien"), source.name


def test_province_data_is_the_2025_map():
    assert len(current_provinces()) == 34
    mapping = legacy_to_current()
    assert len(mapping) == 63
    assert sum(1 for old, new in mapping.items() if old != new) == 29 + 1  # + Thừa Thiên Huế renamed Huế
    assert mapping["Quảng Nam"] == "Đà Nẵng" and mapping["Bạc Liêu"] == "Cà Mau"


def test_minimal_source_needs_only_name_and_url():
    registry = parse_registry('[[source]]\nname = "new-site"\nurl = "http://example.vn/"\n')
    source = registry.get("new-site")
    assert source.allowed_domains == ("example.vn",)
    assert source.province is None


def test_legacy_province_fills_todays_province():
    registry = parse_registry('[[source]]\nname = "x"\nurl = "http://x.vn/"\nlegacy_province = "tra vinh"\n')
    source = registry.get("x")
    assert (source.province, source.legacy_province) == ("Vĩnh Long", "Trà Vinh")


@pytest.mark.parametrize("body, message", [
    ('name = "a"', "source 'a': missing 'url'"),
    ('name = "a"\nurl = "not a url"', "source 'a': 'url' is not an http(s) URL"),
    ('name = "a"\nurl = "ftp://x.vn/"', "source 'a': 'url' is not an http(s) URL"),
    ('name = "a"\nurl = "http://x.vn/"\ncolour = "red"', "source 'a': unknown key 'colour'"),
    ('name = "A B"\nurl = "http://x.vn/"', "'name' must be a slug"),
    ('name = "a"\nurl = "http://x.vn/"\nprovince = "Atlantis"', "source 'a': 'Atlantis' is not one of the 34"),
    ('name = "a"\nurl = "http://x.vn/"\nprovince = "Quảng Nam"', "source 'a': 'Quảng Nam' is not one of the 34"),
    ('name = "a"\nurl = "http://x.vn/"\nkind = "school"', "source 'a': kind must be one of"),
    ('name = "a"\nurl = "http://x.vn/"\nlegacy_province = "Long An"\nprovince = "Hà Nội"', "Long An became part of Tây Ninh"),
    ('name = "a"\nurl = "http://x.vn/"\n[source.hints]\narticle_url = ["(unclosed"]', "bad regular expression"),
    ('name = "a"\nurl = "http://x.vn/"\n[source.hints]\nfoo = "x"', "unknown hint 'foo'"),
])
def test_bad_entries_are_refused_with_one_line(body, message):
    with pytest.raises(RegistryError) as error:
        parse_registry(f"[[source]]\n{body}\n", "mine.toml")
    text = str(error.value)
    assert message in text and "\n" not in text and text.startswith("mine.toml")


def test_duplicate_names_are_refused():
    body = '[[source]]\nname = "a"\nurl = "http://x.vn/"\n[[source]]\nname = "a"\nurl = "http://y.vn/"\n'
    with pytest.raises(RegistryError, match="source 'a': the name is used twice"):
        parse_registry(body)


def test_not_toml_and_empty_files_are_refused(tmp_path):
    with pytest.raises(RegistryError, match="not valid TOML"):
        parse_registry("[[source]\nname=")
    with pytest.raises(RegistryError, match="no \\[\\[source\\]\\] tables"):
        parse_registry("")
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "missing.toml")
