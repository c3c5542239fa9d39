"""What changed on the site (data/thay_doi.yml): the "Có gì mới" page, the home page's latest
three, and the RSS and JSON feeds, all from the same entries."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup

from macros.formatting import ngay_so
from macros.schema import LOAI_THAY_DOI

CORRECTION = "Biên bản và nghị quyết chi bộ: ghi số đảng viên có quyền biểu quyết, không chỉ số có mặt"


def blocks(site, page: str) -> list:
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return soup.select("article .thay-doi__muc")


def test_the_page_lists_every_change_newest_first_with_its_kind_date_and_pages(site, data):
    shown = blocks(site, "gioi-thieu/co-gi-moi/index.html")
    assert len(shown) == len(data.thay_doi) >= 7
    dates = [change.ngay for change in data.thay_doi]
    assert dates == sorted(dates, reverse=True)
    for block, change in zip(shown, data.thay_doi):
        assert block.select_one("strong").get_text() == change.tieu_de
        assert block.select_one(".thay-doi__dau").get_text(" ", strip=True) == \
            f"{LOAI_THAY_DOI[change.loai]} · {ngay_so(change.ngay)}"
        assert len(block.select("a")) == len(change.trang)
    # this wave's corrections are there, with the templates a committee must check again
    correction = next(b for b in shown if b.select_one("strong").get_text() == CORRECTION)
    assert "thay-doi--sua-sai" in correction["class"]
    assert [a.get_text() for a in correction.select("a")] == [
        "Nghị quyết chi bộ (tháng)", "Biên bản sinh hoạt chi bộ thường kỳ", "Biên bản sinh hoạt chi bộ chuyên đề"]
    assert [a["href"] for a in correction.select("a")] == [
        "../../mau/nghi-quyet-chi-bo/", "../../mau/bien-ban-thuong-ky/", "../../mau/bien-ban-chuyen-de/"]


def test_the_home_page_shows_the_latest_three_and_links_to_the_rest(site, data):
    shown = blocks(site, "index.html")
    assert [b.select_one("strong").get_text() for b in shown] == [c.tieu_de for c in data.thay_doi[:3]]
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.find("a", string="Mọi thay đổi")["href"] == "gioi-thieu/co-gi-moi/"


def test_the_feeds_carry_the_same_changes_and_their_links_lead_to_pages(site, data):
    channel = ET.fromstring((site / "feed.xml").read_bytes()).find("channel")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [c.tieu_de for c in data.thay_doi]
    assert len({i.findtext("guid") for i in items}) == len(items)
    assert channel.findtext("language") == "vi"
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["title"] for i in feed["items"]] == [c.tieu_de for c in data.thay_doi]
    correction = next(i for i in feed["items"] if i["title"] == CORRECTION)
    assert correction["tags"] == ["Sửa nội dung sai"] and correction["url"] == "mau/nghi-quyet-chi-bo/"
    # without the site's address the links are relative to the site's root, where the feeds are
    for link in [i.findtext("link") for i in items] + [i["url"] for i in feed["items"]]:
        target = site / link.split("#")[0]
        assert (target / "index.html").is_file() if link.endswith("/") else target.is_file(), link
    # the page of changes links to both
    page = BeautifulSoup((site / "gioi-thieu/co-gi-moi/index.html").read_text(encoding="utf-8"), "html.parser")
    assert {a["href"] for a in page.select("article a")} >= {"../../feed.xml", "../../feed.json"}


def test_with_the_sites_address_the_feeds_link_absolutely(data):
    import dataclasses

    from macros.changes import json_feed, rss

    addressed = dataclasses.replace(data, trang_web=data.trang_web.model_copy(update={"dia_chi": "http://so-tay.noibo/"}))
    links = [i.findtext("link") for i in ET.fromstring(rss(addressed, True)).find("channel").findall("item")]
    from macros.paths import page_location

    first = data.thay_doi[0].trang[0]  # the newest change links its first page
    assert links[0] == "http://so-tay.noibo/" + page_location(first, True) and all(l.startswith("http://so-tay.noibo/") for l in links)
    assert json.loads(json_feed(addressed, False))["home_page_url"] == "http://so-tay.noibo/gioi-thieu/co-gi-moi.html"
