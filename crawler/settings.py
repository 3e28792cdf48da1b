"""Scrapy settings for the soyte crawler: polite by default, bounded per source.

Override any of them per run: `soyte crawl -s DOWNLOAD_DELAY=0` or
`scrapy crawl news -a source=NAME -s SOYTE_ARCHIVE=other.db`.
"""

from crawler.offline import use_bundled_suffix_list

use_bundled_suffix_list()

BOT_NAME = "soyte"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = "soyte/0.1 (archive of Vietnamese provincial health news; polite crawler)"

# Politeness: obey robots.txt, one request at a time per site, a delay that
# AutoThrottle stretches when a site slows down.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# Scrapy starts this many tasks for the output of every response (default 100);
# a page yields its links' requests, which take no time, and one item, which
# waits for extraction: 100 tasks a page were ~15 % of the crawl process's CPU
# (bench/scale.py --profile).
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# A page that takes over 30 s is failing; with the retries a dead host costs
# ~90 s per request, and SOYTE_SOURCE_TIMEOUT bounds a silent source.
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# A request that fails after its retries is counted once, by the spider, in the
# run's errors; at Scrapy's default (ERROR) it was counted a second time.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # = archive.extraction.decode.MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024  # bigger pages are archived, and counted as large_page in the run's record
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = True  # Java portals put ;jsessionid= in links until the cookie is set
TELNETCONSOLE_ENABLED = False
DEPTH_LIMIT = 0  # the spider bounds depth itself: pagination does not count (SOYTE_MAX_DEPTH)

# Bounds per source, so calendars and tag clouds end.
SOYTE_ARCHIVE = "archive.db"
SOYTE_MAX_PAGES = 5000  # requests per source per run; what is left waits in the backlog for the next runs
SOYTE_MAX_DEPTH = 5  # navigation hops from a start page (listing pages; pagination is free)
SOYTE_TRAP_DEPTH = 1  # hops allowed into calendar/tag-like links
SOYTE_EMPTY_PAGES = 1  # listing pages in a row with no new article link before paging stops
SOYTE_PROGRESS_INTERVAL = 10.0  # seconds between progress lines
SOYTE_SOURCE_TIMEOUT = 180.0  # seconds without any answer (requests waiting) before a source is given up for the run
# Extraction processes: "auto" = one per core but one (the crawl's own process
# needs its share of a core), at least one; 0 = in the crawl's own process; N = N
# workers (see crawler/extract_pool.worker_count for the trade-off).
SOYTE_EXTRACT_WORKERS = "auto"
# Pages downloaded but not yet through the pipelines, per source (Scrapy's
# default is 5 MB). Extraction takes 2 pages per worker at a time; each page
# waiting beyond that holds its body and decoded text (~60 KB at 20 KB of
# HTML): at 5 MB, ~300 of them held ~100 MB of the crawl's memory
# (bench/scale.py), waiting for extraction, not for the network; ~500 KB keeps
# a few dozen ready, enough to keep the workers busy.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 500_000
# Archive writes are batched: one transaction per SOYTE_COMMIT_PAGES pages or
# SOYTE_COMMIT_SECONDS seconds, whichever comes first. A killed crawl loses at
# most that batch (its pages are not marked seen: the next run fetches them again).
SOYTE_COMMIT_PAGES = 100
SOYTE_COMMIT_SECONDS = 2.0
SOYTE_QUIET_SCRAPY = False  # `soyte crawl` sets it: progress lines without Scrapy's INFO chatter

DOWNLOADER_MIDDLEWARES = {
    # Never leave a source's domains, even on a retry or a redirect (which
    # Scrapy's OffsiteMiddleware lets through); before robots.txt is consulted.
    "crawler.discovery.StayOnSite": 45,
    # Nothing more is fetched of a source the Watchdog gave up on (its retries included).
    "crawler.progress.GivenUp": 40,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 300,
    "crawler.pipelines.ArchivePipeline": 800,
}
EXTENSIONS = {
    "scrapy.extensions.logstats.LogStats": None,  # replaced by per-source progress
    "crawler.progress.Progress": 500,  # progress lines and the summary
    "crawler.progress.RunRecord": 510,  # the run's row in crawl_runs
    "crawler.progress.SourceErrors": 520,  # each source's own error lines
    "crawler.progress.Watchdog": 530,  # gives up on a source that stopped answering
}

LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_DATEFORMAT = "%H:%M:%S"
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
STATS_DUMP = False  # the per-source summary replaces the raw stats dump
REMOTE_CONTROL_ENABLED = False  # no listening port on a nightly crawl
