"""Pages from platforms no rule was written for (issue 15): what a page says
about itself decides, not a class name or a missing space. Each case is a
failure seen on trafilatura's evaluation pages, rebuilt small."""

from archive.extraction import extract
from archive.models import PageKind
from archive.text import word_count

STORY = ("The district health centre vaccinated {n} children against measles this week, and nurses visited "
         "every village school to check that no child had been missed by the campaign. ")


def page(body: str, *, head: str = "<title>Measles campaign reaches every school</title>", extra: str = "") -> str:
    menu = "".join(f"<li><a href='/section-{k}'>Section {k}</a></li>" for k in range(10))
    return (f"<html><head>{head}</head><body><nav><ul>{menu}</ul></nav>{body}{extra}"
            f"<footer><p>Copyright the health centre</p></footer></body></html>")


def story(paragraphs: int = 5) -> str:
    return "".join(f"<p>{STORY.format(n=100 + k)}</p>" for k in range(paragraphs))


def test_a_control_character_in_the_page_does_not_empty_it():
    html = page(f"<h1>Measles campaign reaches every school</h1><div class='entry-content'>{story()}"
                f"<p>\u2081 Source: district report\x0b 2024.</p></div>")
    ex = extract(html, "https://health.example.org/measles-campaign")
    assert ex.is_article and "vaccinated 104 children" in ex.text


def test_a_noscript_holding_the_post_is_read_and_a_trackers_is_not():
    html = page(f"<h1>Measles campaign reaches every school</h1><noscript>{story()}</noscript>"
                "<noscript><img src='https://tracker.example/pixel.gif'>Enable JavaScript</noscript>")
    ex = extract(html, "https://health.example.org/measles-campaign")
    assert ex.is_article and "vaccinated 102 children" in ex.text and "Enable JavaScript" not in ex.text


def test_og_title_names_the_headline_of_a_site_first_title():
    html = page(f"<div class='wrap'><h1>Measles Phantom</h1>{story()}</div>",
                head="<title>healthsite.example - Measles Phantom</title><meta property='og:title' content='Measles Phantom'>")
    ex = extract(html, "https://health.example.org/node/82368")
    assert ex.title == "Measles Phantom" and ex.is_article


def test_a_page_of_prose_with_only_a_short_title_is_kept():
    html = page(f"<div class='content'>{story(8)}</div>", head="<title>energy.example | Gas</title>")
    ex = extract(html, "https://energy.example.org/gas")
    assert ex.is_article and ex.title == "energy.example | Gas"


def test_a_headline_linking_to_its_own_permalink_over_a_long_story_is_an_article():
    related = "".join(f"<li><a href='/news/other-story-number-{k}-about-health'>Other story number {k} about public "
                      f"health work</a></li>" for k in range(6))
    html = page(f"<h1><a href='/news/measles-campaign-reaches-every-school?ref=title'>Measles campaign reaches every "
                f"school</a></h1><div class='post'>{story(8)}</div><ul class='more'>{related}</ul>")
    ex = extract(html, "https://health.example.org/news/measles-campaign-reaches-every-school")
    assert ex.is_article, ex.explain["page_kind"]


def test_a_teaser_page_whose_headline_links_away_is_still_a_listing():
    teasers = "".join(f"<div class='item'><h2><a href='/news/story-{k}-about-health-work-today'>Story {k} about "
                      f"health work in the district today</a></h2><p>A short summary of story {k}.</p></div>"
                      for k in range(8))
    ex = extract(page(f"<div class='list'>{teasers}</div>"), "https://health.example.org/news/")
    assert ex.page_kind == PageKind.LISTING


def test_a_story_beside_many_undated_teasers_is_an_article():
    teasers = "".join(f"<li><a href='/news/other-{k}'>Another report number {k} on public health in the "
                      f"region</a> <span>A line of summary for report {k} here.</span></li>" for k in range(7))
    html = page(f"<h1>How much is an hour of nursing work worth in these countries</h1>"
                f"<div class='article'>{story(4)}</div><aside><ul>{teasers}</ul></aside>")
    ex = extract(html, "https://news.example.org/a/8a7f3c")
    assert ex.is_article, ex.explain["page_kind"]


def test_a_short_dated_post_with_a_sentence_is_an_article_and_a_record_of_fields_is_not():
    dated = "<meta property='article:published_time' content='2023-10-18T17:50:38+02:00'>"
    post = page("<h1>Students still looking for rooms</h1><div class='entry'><p>Lectures start at the university, "
                "but not everyone who came to study here has found a room yet.</p></div>",
                head=f"<title>Students still looking for rooms</title>{dated}")
    assert extract(post, "https://news.example.org/a/55").is_article
    record = page("<h1>Plan for disease control in 2024</h1><div class='doc'><p>125/KH-SYT</p><p>Issued:</p>"
                  "<p>15/01/2024</p><p>Signed by:</p><p>Nguyen Van Thanh</p><p>Download attachment</p></div>",
                  head=f"<title>Plan for disease control in 2024</title>{dated}")
    assert not extract(record, "https://soyte.example.gov.vn/van-ban/125").is_article


def test_words_of_unspaced_scripts_are_counted():
    assert word_count("话剧《约定无期限》河北各市巡演结束") >= 8
    assert word_count("Nội dung bài viết.") == 4 and word_count("") == 0
