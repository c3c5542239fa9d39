"""What changed on the site (data/thay_doi.yml): the "Có gì mới" page, the latest changes on
the home page, and the two feeds (RSS 2.0 and JSON Feed 1.1), all from the same entries.

The feeds are generated here rather than by a plugin such as mkdocs-rss-plugin: that plugin
makes a feed of pages from their dates in git or front matter, while this site's changes are
curated entries (a correction names the templates to check again) that already drive the
page; one source for both.
"""

from __future__ import annotations

import json
import re
from email.utils import format_datetime
from datetime import datetime, time, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from .documents import ten_van_ban
from .paths import DOCS_ROOT, MODULE_DIR, TEMPLATE_DIR, document_of_page, page_location
from .render import md, page_link, render
from .schema import LOAI_THAY_DOI, ThayDoi

PAGE = "gioi-thieu/co-gi-moi.md"  # the page that lists every change
RSS = "feed.xml"
JSON_FEED = "feed.json"
_HEADING = re.compile(r"^# (.+)$", re.M)


def page_title(data, path: str, docs: Path = DOCS_ROOT) -> str:
    """A page's title for a link: from the data for a page of a registry document, a template
    or a training module; else the page's own heading; else its path."""
    stem = path.partition("#")[0].removesuffix(".md")
    folder, _, name = stem.rpartition("/")
    doc_id = document_of_page(path.partition("#")[0])
    if doc_id in data.van_ban:
        return ten_van_ban(data, data.van_ban[doc_id])
    if folder == MODULE_DIR and name in data.tap_huan:
        return data.tap_huan[name].ten
    template = name if folder == TEMPLATE_DIR else folder.removeprefix(f"{TEMPLATE_DIR}/") if name == "index" else ""
    if template in data.danh_muc_mau:
        return data.danh_muc_mau[template].ten
    if stem == "index":
        return "Trang chủ"
    source = docs / (stem + ".md")
    heading = _HEADING.search(source.read_text(encoding="utf-8")) if source.is_file() else None
    if heading and "{" not in heading.group(1):
        return heading.group(1).strip()
    return path


def render_changes(data, limit: int | None = None, *, from_page: str) -> str:
    """The changes, newest first (`limit`: only that many, with a link to the rest)."""
    shown = data.thay_doi[:limit] if limit else data.thay_doi
    rows = [(change, LOAI_THAY_DOI[change.loai],
             [(md(page_title(data, path)), page_link(from_page, path)) for path in change.trang])
            for change in shown]
    more = page_link(from_page, PAGE) if limit and len(data.thay_doi) > limit else None
    return render("thay_doi.md.j2", data, from_page, rows=rows, more=more)


# --- Feeds ------------------------------------------------------------------------------------


def _url(base: str, path: str, directory_urls: bool) -> str:
    """The address of a docs page: absolute when the site's address is known (data/trang_web.yml,
    dia_chi), else relative to the site's root, where the feeds are."""
    page, _, anchor = path.partition("#")
    location = page_location(page, directory_urls) or ("" if base else "./")  # the home page
    return base + location + (f"#{anchor}" if anchor else "")


def _published(change: ThayDoi) -> datetime:
    return datetime.combine(change.ngay, time(8, 0), tzinfo=timezone.utc)


def _summary(data, change: ThayDoi) -> str:
    pages = "; ".join(page_title(data, path) for path in change.trang)
    return f"{LOAI_THAY_DOI[change.loai]}: {change.noi_dung} Trang liên quan: {pages}."


def rss(data, directory_urls: bool) -> str:
    """RSS 2.0, newest first."""
    base = data.trang_web.dia_chi or ""
    site = data.trang_web
    items = []
    for number, change in enumerate(data.thay_doi):
        link = _url(base, change.trang[0], directory_urls)
        items.append(
            "  <item>\n"
            f"    <title>{escape(change.tieu_de)}</title>\n"
            f"    <link>{escape(link)}</link>\n"
            f"    <guid isPermaLink=\"false\">thay-doi-{change.ngay.isoformat()}-{len(data.thay_doi) - number}</guid>\n"
            f"    <pubDate>{format_datetime(_published(change))}</pubDate>\n"
            f"    <category>{escape(LOAI_THAY_DOI[change.loai])}</category>\n"
            f"    <description>{escape(_summary(data, change))}</description>\n"
            "  </item>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n'
            f"  <title>{escape(site.ten)}: có gì mới</title>\n"
            f"  <link>{escape(_url(base, PAGE, directory_urls))}</link>\n"
            f"  <description>{escape(site.mo_ta)}</description>\n"
            "  <language>vi</language>\n"
            + "".join(items) + "</channel>\n</rss>\n")


def json_feed(data, directory_urls: bool) -> str:
    """JSON Feed 1.1, newest first."""
    base = data.trang_web.dia_chi or ""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{data.trang_web.ten}: có gì mới",
        "home_page_url": _url(base, PAGE, directory_urls),
        "language": "vi",
        "items": [{
            "id": f"thay-doi-{change.ngay.isoformat()}-{len(data.thay_doi) - number}",
            "url": _url(base, change.trang[0], directory_urls),
            "title": change.tieu_de,
            "content_text": _summary(data, change),
            "date_published": _published(change).isoformat(),
            "tags": [LOAI_THAY_DOI[change.loai]],
        } for number, change in enumerate(data.thay_doi)],
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def site_files(data, directory_urls: bool) -> list[tuple[str, str]]:
    """The feeds, as (path in the site, content)."""
    return [(RSS, rss(data, directory_urls)), (JSON_FEED, json_feed(data, directory_urls))]
