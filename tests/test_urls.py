from urllib.parse import urljoin

from hypothesis import given, strategies as st

from archive.urls import LinkJoiner, canonical_url, looks_like_print


def test_canonical_url_removes_every_disguise():
    base = "http://example.vn/tin-tuc/bai-viet-123?id=5"
    for variant in [
        "HTTP://EXAMPLE.VN:80/tin-tuc/bai-viet-123?id=5",
        "http://example.vn/tin-tuc/bai-viet-123;jsessionid=ABCDEF0123?id=5",
        "http://example.vn/tin-tuc/bai-viet-123?utm_source=facebook&id=5&fbclid=xyz",
        "http://example.vn/tin-tuc/bai-viet-123?id=5#comments",
        "http://example.vn/tin-tuc/bai-viet-123?_101_INSTANCE_ab_redirect=%2Ftin-tuc&id=5",
        "http://example.vn/tin-tuc/bai-viet-123?id=5&replytocom=17",
    ]:
        assert canonical_url(variant) == base, variant


def test_case_folds_only_for_case_insensitive_servers():
    url = "http://x.vn/Tin-Tuc/ArticleID/12/Bai-Viet"
    assert canonical_url(url) == url
    assert canonical_url(url, case_insensitive=True) == url.lower()


def test_print_views_are_recognised():
    assert looks_like_print("http://x.vn/a/-/view_content/1-b?p_p_state=pop_up")
    assert looks_like_print("http://x.vn/index.php/tin/1-b.html?print=1&tmpl=component")
    assert not looks_like_print("http://x.vn/tin-tuc/in-an-quang-cao-123.html")


@given(st.text(alphabet="abcđêơ-/?=&;#", max_size=30))
def test_canonical_url_is_idempotent(tail):
    once = canonical_url("http://x.vn/" + tail)
    assert canonical_url(once) == once


_JOINS = LinkJoiner(kept=64)  # shared by the examples: what one page's links left must not mislead another's


@given(page=st.sampled_from(["http://so.example.vn/tin-tuc/bai-1.html?id=3", "https://so.example.vn:8443/a/b/",
                             "http://so.example.vn", "http://other.example.vn/x/y", "ftp://so.example.vn/a/"]),
       href=st.one_of(st.sampled_from(["/", "/a/../b?c=1#f", "//cdn.example.vn/x", "http://so.example.vn/./y",
                                       "https://so.example.vn/z", "../up", "?page=2", "x.html", "/%zz",
                                       "http://[::1/x", "http://?q=1", "/\t/x", "http:///a"]),
                      st.text(alphabet="/.?#=&abchtp:%\t", max_size=14)))
def test_links_joined_once_per_origin_are_joined_as_on_each_page(page, href):
    try:
        expected = urljoin(page, href)
    except ValueError:
        expected = None
    assert _JOINS.join(page, href) == expected
    assert _JOINS.join(page, href) == expected  # the second answer from what was kept
