"""Text normalisation: the fast paths must give exactly what the definitions give."""

import unicodedata
from pathlib import Path

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.cssselect import CSSSelector

from archive.extraction.author import _AUTHOR_SELECTORS
from archive.extraction.body import LEAD_SELECTORS
from archive.extraction.dom import parse_html, select
from archive.extraction.titles import PLATFORM_TITLE_SELECTORS
from archive.text import fold, slugify

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus"


def reference_fold(value: str) -> str:
    """The definition: đ -> d, decompose, drop every combining mark."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÂĂÊÔƠƯỆỖ"


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + " ,.-\u0300\u0301\u0303\u0309\u0323")) | st.text())
def test_fold_equals_its_definition(value):
    assert fold(value) == reference_fold(value)
    assert fold(unicodedata.normalize("NFD", value)) == reference_fold(value)


def test_fold_examples():
    assert fold("Đồng Nai đảng viên") == "Dong Nai dang vien"
    assert fold("ascii stays") == "ascii stays"
    assert slugify("Sở Y tế Quảng Nam: tổng kết") == "so-y-te-quang-nam-tong-ket"


def test_select_skips_only_selectors_that_cannot_match():
    """select() skips a selector whose classes/ids are not on the page; on every
    corpus page it must return what plain CSS selection returns."""
    selectors = PLATFORM_TITLE_SELECTORS + LEAD_SELECTORS + _AUTHOR_SELECTORS + (
        "div#main .news-title", "td > span.tieu-de", "#content", "div.no-such-class")
    pages = sorted(CORPUS.glob("*/*.html"))
    assert len(pages) >= 60
    for path in pages:
        root = parse_html(path.read_bytes().decode("utf-8", "replace"))
        for selector in selectors:
            expected = [el for el in CSSSelector(selector)(root) if isinstance(el, lxml.html.HtmlElement)]
            assert select(root, selector) == expected, (path.name, selector)


def test_select_sees_a_new_page():
    first = parse_html("<html><body><p class='a'>one</p></body></html>")
    second = parse_html("<html><body><p class='b'>two</p></body></html>")
    assert [el.text for el in select(first, "p.a")] == ["one"]
    assert select(second, "p.a") == []
    assert [el.text for el in select(second, "p.b")] == ["two"]
