"""`scrapy crawl health`: the news spider under its older name (scrapyd jobs and
cron lines written for it keep working)."""

from crawler.spiders.news import NewsSpider


class HealthSpider(NewsSpider):
    name = "health"
