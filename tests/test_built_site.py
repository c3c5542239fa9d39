"""Checks on the HTML of one strict build of the real site."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

OUTSIDE = re.compile(r"^(https?:)?//", re.I)


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@functools.cache
def ids_of(path: Path) -> frozenset[str]:
    """Every id in a built page, parsed once for all the links that point into it."""
    return frozenset(tag["id"] for tag in soup_of(path).find_all(id=True))


def article(path: Path):
    return soup_of(path).find("article")


def resolve(page: Path, href: str, site: Path) -> tuple[Path, str]:
    parts = urlsplit(href)
    # Root-relative paths appear only in 404.html, which the server answers from the site root.
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_no_macro_errors_or_leftover_jinja(site):
    for page in pages(site):
        soup = soup_of(page)
        for code in soup.find_all(["code", "pre"]):
            code.decompose()
        text = str(soup)
        assert "Macro Rendering Error" not in text, page
        assert "{{" not in text and "{%" not in text, page


def test_a_page_for_every_registry_document(site, data):
    from macros.documents import ten_van_ban

    for doc in data.van_ban.values():
        page = site / "van-ban" / doc.id / "index.html"
        assert page.is_file(), doc.id
        assert " ".join(article(page).find("h1").get_text().split()) == ten_van_ban(data, doc)


def test_every_internal_link_and_anchor_resolves(site):
    for page in pages(site):
        soup = soup_of(page)
        for tag in soup.find_all(["a", "link", "script", "img"]):
            href = tag.get("href") or tag.get("src")
            if not href or OUTSIDE.match(href) or href.startswith(("mailto:", "javascript:", "data:")):
                continue
            target, fragment = resolve(page, href, site)
            assert target.is_file(), f"{page.relative_to(site)}: {href}"
            if fragment and target.suffix == ".html":
                assert fragment in ids_of(target), f"{page.relative_to(site)}: {href}"


def test_nothing_is_loaded_from_an_outside_host(site):
    for page in pages(site):
        soup = soup_of(page)
        for tag in soup.find_all(["script", "img", "iframe", "source", "link", "video", "audio"]):
            if tag.name == "link" and set(tag.get("rel", [])) & {"canonical", "alternate"}:
                continue
            for attr in ("src", "href", "srcset"):
                assert not OUTSIDE.match(tag.get(attr, "")), f"{page.relative_to(site)}: {tag}"
        for style in soup.find_all("style"):
            assert not re.search(r"url\((['\"]?)(https?:)?//", style.get_text()), page
    for css in site.rglob("*.css"):
        assert not re.search(r"@import\s+url\((['\"]?)(https?:)?//|fonts\.googleapis", css.read_text(encoding="utf-8")), css


def test_links_to_replaced_documents_name_the_successor(site, data):
    """Wherever a replaced document is cited, its section (from one <h2> to the next) links
    its successor: said once per section, not after every mention."""
    replaced = {d: {r.van_ban for r in data.related(d, "bi_thay_the_boi")}
                for d in data.van_ban if data.trang_thai(d) == "da-thay-the"}
    checked = 0
    for page in pages(site):
        body = article(page)
        if body is None:
            continue
        for section in re.split(r"(?=<h2[\s>])", str(body)):
            part = BeautifulSoup(section, "html.parser")
            cited, linked = set(), set()
            for link in part.find_all("a", href=True):
                if OUTSIDE.match(link["href"]):
                    continue
                target, _ = resolve(page, link["href"], site)
                doc_id = target.parent.name if target.parent.parent.name == "van-ban" else None
                linked.add(doc_id)
                if doc_id in replaced and not link.find_parent(["h1", "nav"]):
                    cited.add(doc_id)
            for doc_id in cited:
                assert replaced[doc_id] <= linked, f"{page.relative_to(site)}: {doc_id}"
                checked += 1
    assert checked >= len(replaced)


def test_heading_anchors_are_ascii(site):
    for page in pages(site):
        for heading in article(page).find_all(re.compile("^h[1-6]$")) if article(page) else []:
            if heading.get("id"):
                assert re.fullmatch(r"[a-z0-9_-]+", heading["id"]), f"{page}: {heading['id']}"


def test_interface_is_in_vietnamese(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in html
    for english in ("Initializing search", "Skip to content", "Back to top", "Table of contents"):
        assert english not in html
    assert "Đang chuẩn bị tìm kiếm" in html


def test_fonts_are_local_and_cover_vietnamese(site):
    css = (site / "assets/stylesheets/fonts.css").read_text(encoding="utf-8")
    files = re.findall(r"url\(([^)]+\.woff2)\)", css)
    assert any("vietnamese" in f for f in files)
    for f in files:
        assert (site / "assets/stylesheets" / f).resolve().is_file(), f
    # U+1EC7 "ệ" and U+0111 "đ" fall inside the declared ranges
    ranges = re.findall(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?", css)
    def covered(ch: str) -> bool:
        return any(int(a, 16) <= ord(ch) <= int(b or a, 16) for a, b in ranges)
    assert all(covered(ch) for ch in "ệđơưẫỹĐ")
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "assets/stylesheets/fonts.css" in html


@pytest.mark.parametrize("page", ["index.html", "van-ban/index.html", "gioi-thieu/index.html", "gioi-thieu/quy-uoc/index.html"])
def test_main_pages_exist(site, page):
    assert article(site / page).find("h1")


def test_abbreviations_explained_on_every_page(site, data):
    abbreviations = {t.viet_tat: t.thuat_ngu for t in data.thuat_ngu.values() if t.viet_tat}
    seen = 0
    for page in pages(site):
        body = article(page)
        if body is None:
            continue
        for abbr in body.find_all("abbr"):
            assert abbreviations[abbr.get_text()] == abbr["title"]
            seen += 1
        text = body.get_text()
        for short in abbreviations:
            if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text):
                assert body.find("abbr", string=short), f"{page.relative_to(site)}: {short}"
    assert seen


def test_glossary_page_lists_every_term(site, data):
    text = article(site / "tra-cuu/index.html").get_text()
    for term in data.thuat_ngu.values():
        assert term.thuat_ngu in text


@pytest.mark.parametrize("page, wanted", [
    ("index.html", set()),
    ("van-ban/index.html", set()),
    ("mau/bien-ban-thuong-ky/index.html", {"sao-chep.js", "dien-mau.js"}),
    ("mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/index.html", {"sao-chep.js", "dien-mau.js"}),
    ("tap-huan/sinh-hoat-chi-bo/index.html", {"trac-nghiem.js", "trinh-chieu.js"}),
])
def test_page_scripts_load_only_where_they_are_used(site, page, wanted):
    html = (site / page).read_text(encoding="utf-8")
    loaded = set(re.findall(r'<script src="[^"]*/(sao-chep\.js|dien-mau\.js|trac-nghiem\.js|trinh-chieu\.js)"', html))
    assert loaded == wanted


def test_no_page_shows_a_programming_value(site):
    """"None", "undefined", "NaN" in a page's text are values that leaked from code into prose."""
    leaks = []
    for html in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article")
        if article and re.search(r"(?<!\w)(None|undefined|NaN)(?!\w)", article.get_text(" ")):
            leaks.append(str(html.relative_to(site)))
    assert leaks == []


def test_every_page_footer_says_where_to_report_an_error(site, data):
    for html in sorted(site.rglob("*.html")):
        footer = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("footer .lien-he")
        if html.name == "index.html" or html.name == "404.html":
            assert footer and data.trang_web.lien_he.don_vi in footer.get_text(), html


def test_declared_email_and_phone_become_links_on_the_about_page_and_in_the_footer(project, tmp_path):
    from conftest import build

    path = project / "data/trang_web.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '    don_vi: "Bộ phận quản trị sổ tay, Ban Tổ chức của cấp ủy cấp trên"\n',
        '    don_vi: "Bộ phận <quản trị>"\n    email: "quantri@example.vn"\n    dien_thoai: "0123 456 789"\n'), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    about = BeautifulSoup((tmp_path / "site/gioi-thieu/index.html").read_text(encoding="utf-8"), "html.parser")
    for part in (about.select_one("article"), about.select_one("footer .lien-he")):
        assert part.select_one('a[href="mailto:quantri@example.vn"]') and part.select_one('a[href="tel:0123456789"]')
        assert "Bộ phận <quản trị>" in part.get_text()  # the name stays text


def test_markers_are_explained_in_their_section_and_replacements_said_once(site):
    """Every "cần kiểm chứng" marker outside the model documents has its reason in the note at
    the end of its section; a section names a document's successor once."""
    for html in sorted(site.rglob("index.html")):
        text = html.read_text(encoding="utf-8")
        if 'class="van-ban-mau"' in text or "can-kiem-chung" not in text:
            continue
        content = BeautifulSoup(text, "html.parser").select_one("article")
        sections = re.split(r"(?=<h2[\s>])", str(content))
        for section in sections:
            part = BeautifulSoup(section, "html.parser")
            ids = [s["data-van-ban"] for s in part.select("span.thay-the-boi")]
            assert len(ids) == len(set(ids)), (html, ids)
            note = part.select_one(".ghi-chu-kiem-chung")
            reasons = {li.get_text() for li in note.select("li")} if note else set()
            for marker in part.select("a.can-kiem-chung"):
                assert marker.get("title") in reasons, (str(html.relative_to(site)), marker.get("title"))


def test_every_page_says_when_it_was_last_reviewed_and_carries_its_due_date(site, data):
    """From the sources: a registry document's last status check, or the page's front matter,
    plus the interval of data/trang_web.yml (or the page's own)."""
    import yaml
    from datetime import date, timedelta

    from macros.formatting import ngay_so

    docs = Path(__file__).resolve().parent.parent / "docs"
    for source in sorted(docs.rglob("*.md")):
        src = source.relative_to(docs).as_posix()
        folder, _, stem = src.removesuffix(".md").rpartition("/")
        if folder == "van-ban" and stem in data.van_ban:
            last, interval = data.van_ban[stem].kiem_tra_trang_thai.ngay, data.trang_web.ra_soat.van_ban
        else:
            meta = yaml.safe_load(source.read_text(encoding="utf-8").split("---\n")[1])
            last, interval = meta["ra_soat"], meta.get("chu_ky_ra_soat", data.trang_web.ra_soat.trang)
        assert isinstance(last, date), src
        page = src.removesuffix(".md")
        soup = soup_of(site / (page.removesuffix("index") if page.endswith("index") else page + "/") / "index.html")
        assert soup.select_one("article .ra-soat").get_text(strip=True) == f"Rà soát lần cuối: {ngay_so(last)}", src
        notice = soup.select_one("article .qua-han-ra-soat")
        assert notice.has_attr("hidden") and notice["data-han-ra-soat"] == (last + timedelta(days=interval)).isoformat()
