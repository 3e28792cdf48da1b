"""Taking page chrome out of the tree before its text is read: by HTML's own
tags, by a class name only when the element also acts as chrome, and never on
the path to the headline and the densest text; and taking trafilatura's own
name rules off that path when they would delete the article itself."""

from __future__ import annotations

from lxml.etree import XPath

from .dom import chrome_boxes, is_acting_chrome, protected_path, select


# Only these can be chrome (by their tag, class or id), so
# the other elements of the page are never turned into Python objects.
_CHROME_CANDIDATES = XPath("//*[@class or @id]|//nav|//footer|//aside|//select|//button|//iframe|//form|//header")


def prune_chrome(root, keep: list, prune_selectors: tuple[str, ...] = (), protected: set | None = None,
                 extra: list = ()) -> None:
    """Drop navigation, sidebars, related lists and hinted elements, except
    what lies on the path from the root to an element of `keep` (the headline,
    the densest text block, the hinted body): a class word may name chrome on
    the article's own container ("content-with-sidebar-wrp",
    "l-sidebar-fixed l-article-body-segment"), so no class rule deletes it."""
    # A set of the elements themselves, not of id(): lxml proxies are created on
    # access, so an id() can be reused by another element once a proxy is freed.
    protected = set(protected or ()) | protected_path(*keep)
    doomed = [el for sel in prune_selectors for el in select(root, sel)] + root.xpath("//script")
    doomed += [el for el in _CHROME_CANDIDATES(root) if is_acting_chrome(el)]
    doomed += chrome_boxes(root)
    doomed += extra
    # A wrapper classed like chrome ("body" id="top", "col-left") holds the
    # article: an element with most of the page's text is never pruned.
    most = 0.5 * len(root.text_content())
    for el in doomed:
        if el not in protected and el.getparent() is not None and len(el.text_content()) < most:
            el.drop_tree()


_EXSLT_RE = {"re": "http://exslt.org/regular-expressions"}


# trafilatura's rules that delete by class, id, style or tag before it reads text.
def _trafilatura_rules():
    """Each rule asked of one element ("self::*[…]" for its ".//*[…]"): only
    the few elements on the protected path are tested, not the whole tree."""
    from trafilatura import xpaths

    rules = []
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH", "OVERALL_DISCARD_XPATH",
                 "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS", "REMOVE_COMMENTS_XPATH"):
        for rule in getattr(xpaths, name, []):
            path = rule.path.strip()
            rules.append(XPath("self::*" + path[len(".//*"):], namespaces=_EXSLT_RE) if path.startswith(".//*")
                         else rule)
    return rules


_TRAF_RULES: list | None = None
# Tags trafilatura deletes whole (settings.MANUALLY_CLEANED): an ASP.NET <form>
# or a theme's <aside>/<header> may wrap the article.
_TRAF_CLEANED_TAGS = {"aside", "footer", "form", "nav", "menu", "header", "figure", "fieldset", "label"}
_TRAF_ATTRS = ("class", "id", "style", "role", "aria-hidden", "data-component", "data-lp-replacement-content")


def disarm_trafilatura(root, protected: set) -> int:
    """Take off the names by which trafilatura's English-web rules would delete
    an element on the protected path (Elementor's "elementor-widget-theme-post-content"
    matches its "widget", a fact-check's body its "rating", Blogger's article
    its "widget"), and retag a wrapping <form>/<aside>. Every other element
    keeps its class and id, so trafilatura's own boilerplate rules stay on.
    Returns how many elements were changed."""
    global _TRAF_RULES
    if _TRAF_RULES is None:
        _TRAF_RULES = _trafilatura_rules()
    changed = 0
    for el in protected:
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        # Tested before a retag: the rules name tags (div, section, aside…).
        # They read only the attributes in _TRAF_ATTRS: an element with none is never hit.
        attrib = el.attrib
        hit = any(a in attrib for a in _TRAF_ATTRS) and any(rule(el) for rule in _TRAF_RULES)
        if el.tag in _TRAF_CLEANED_TAGS:
            el.tag = "div"
            changed += 1
        if hit:
            for attr in _TRAF_ATTRS:
                if attr in el.attrib:
                    el.set("data-soyte-" + attr, el.attrib.pop(attr))
            changed += 1
    return changed
