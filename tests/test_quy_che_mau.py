"""The model working regulation: one source, three variants, page = copy = Word file."""

from __future__ import annotations

import io
import re

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.shared import Mm

from macros import mau
from test_mau_van_ban import norm, page_text

VARIANTS = ["co-btv", "khong-btv", "chi-bo"]


def page_soup(site, data, variant):
    slug = data.quy_che_lam_viec.bien_the[variant].duong_dan
    return BeautifulSoup((site / mau.PAGES / slug / "index.html").read_text(encoding="utf-8"), "html.parser")


def docx_of(site, data, variant) -> Document:
    slug = data.quy_che_lam_viec.bien_the[variant].duong_dan
    return Document(io.BytesIO((site / mau.docx_path(slug)).read_bytes()))


def expected_articles(data, variant) -> dict[str, list[str]]:
    """Straight from the YAML source: the articles and clauses this variant must have, with
    the variant's words put in and blanks shown as "[label]"."""
    template = data.quy_che_lam_viec
    words = template.bien_the[variant].tu
    labels = data.truong_mau

    def expand(text):
        for _ in range(3):
            text = re.sub(r"\{([a-z_]+)\}", lambda m: words.get(m.group(1), m.group(0)), text)
        return re.sub(r"\{([a-z_]+)\}", lambda m: f"[{labels[m.group(1)].nhan}]", text)

    result = {}
    for chapter in template.chuong:
        for article in chapter.dieu:
            if article.chi and variant not in article.chi:
                continue
            result[article.id] = [expand(k.chu) for k in article.khoan if not k.chi or variant in k.chi]
    return result


@pytest.mark.parametrize("variant", VARIANTS)
def test_variants_differ_only_where_the_source_says(site, data, variant):
    soup = page_soup(site, data, variant)
    on_page = {}
    for article in soup.select(".noi-dung-mau .muc-mau"):
        on_page[article["id"]] = [re.sub(r"^\d+\. ", "", norm(p.get_text(""))) for p in article.select("p.khoan")]
    assert on_page == expected_articles(data, variant)


def test_variants_really_differ(data):
    texts = {v: mau.build_regulation(data.quy_che_lam_viec, v, data.truong_mau, data).body_lines() for v in VARIANTS}
    assert texts["co-btv"] != texts["khong-btv"] != texts["chi-bo"]
    assert any("Ban Thường vụ" in line for line in texts["co-btv"])
    assert not any("Ban Thường vụ" in line for line in texts["khong-btv"] + texts["chi-bo"])


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_blank_is_a_declared_field(site, data, variant):
    soup = page_soup(site, data, variant)
    blanks = soup.select(".o-trong")
    assert blanks
    for blank in blanks:
        field = data.truong_mau[blank["data-truong"]]
        assert blank.get_text() == f"[{field.nhan}]"
    leftover = re.findall(r"\{[a-z_]+\}", soup.select_one(".van-ban-mau").get_text())
    assert leftover == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_head_duties_and_questioning_chapter_present(site, data, variant):
    soup = page_soup(site, data, variant)
    head = soup.select_one(".muc-mau#trach-nhiem-bi-thu")
    assert head and "người đứng đầu" in head.get_text()
    assert len(head.select("p.khoan")) >= 5
    chapter = next(h for h in soup.select(".noi-dung-mau h2") if "CHẤT VẤN" in h.get_text())
    questioning = [d for d in soup.select(".muc-mau") if d["id"].startswith("chat-van")]
    assert chapter and len(questioning) >= 2


@pytest.mark.parametrize("variant", VARIANTS)
def test_word_file_is_a4_with_the_format_margins(site, data, variant):
    fmt = data.the_thuc
    section = docx_of(site, data, variant).sections[0]
    mm = lambda value: round(value / Mm(1))  # noqa: E731
    assert (mm(section.page_width), mm(section.page_height)) == (fmt.kho_giay.rong_mm, fmt.kho_giay.cao_mm)
    assert (mm(section.top_margin), mm(section.bottom_margin), mm(section.left_margin), mm(section.right_margin)) == (
        fmt.le_mm.tren, fmt.le_mm.duoi, fmt.le_mm.trai, fmt.le_mm.phai)
    header = docx_of(site, data, variant).tables[0].rows[0].cells[1].text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header


def test_self_review_checklist_links_articles(site, data):
    soup = BeautifulSoup((site / mau.PAGES / "quy-trinh/index.html").read_text(encoding="utf-8"), "html.parser")
    items = soup.select("#tu-ra-soat ~ .viec-can-lam li")
    assert len(items) >= 10
    first = next(iter(data.quy_che_lam_viec.bien_the.values())).duong_dan
    target = BeautifulSoup((site / mau.PAGES / first / "index.html").read_text(encoding="utf-8"), "html.parser")
    for item in items:
        anchor = item.find("a")["href"].split("#")[1]
        assert target.select_one(f".muc-mau#{anchor}"), anchor


def test_print_shows_the_regulation_without_navigation_or_guidance(server, page, data):
    slug = data.quy_che_lam_viec.bien_the["co-btv"].duong_dan
    page.goto(f"{server.url}/{mau.PAGES}/{slug}/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".huong-dan", ".sao-chep"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(".noi-dung-mau").is_visible()
    assert page.locator(".dau-van-ban").is_visible() and page.locator(".ky-van-ban").is_visible()


def test_copy_buttons_copy_the_text_without_guidance(server, browser, data):
    slug = data.quy_che_lam_viec.bien_the["co-btv"].duong_dan
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    page.goto(f"{server.url}/{mau.PAGES}/{slug}/")
    article = page.locator(".muc-mau#trach-nhiem-bi-thu")
    article.get_by_role("button", name="Sao chép điều này").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Điều ") and "Trách nhiệm và quyền hạn của Bí thư" in copied
    assert "Hướng dẫn" not in copied and "Sao chép" not in copied
    assert "Chịu trách nhiệm trước cấp ủy cấp trên" in copied
    page.get_by_role("button", name="Sao chép toàn văn").click()
    whole = page.evaluate("navigator.clipboard.readText()")
    assert norm(whole) == page_text(BeautifulSoup(page.content(), "html.parser"))  # the copy is the page text
    assert norm(whole).startswith("QUY CHẾ") and "Hướng dẫn cho Điều" not in whole
    assert norm(whole).endswith("Việc sửa đổi, bổ sung Quy chế do Đảng ủy xem xét, quyết định.")
    context.close()


def test_print_rules_come_from_the_format_data(site, data):
    css = (site / "assets/stylesheets/the-thuc.css").read_text(encoding="utf-8")
    fmt = data.the_thuc
    m = fmt.le_mm
    assert f"size: {fmt.kho_giay.rong_mm}mm {fmt.kho_giay.cao_mm}mm" in css
    assert f"margin: {m.tren}mm {m.phai}mm {m.duoi}mm {m.trai}mm" in css
    assert fmt.phong_chu in css
    page = (site / mau.PAGES / "chi-bo-co-so/index.html").read_text(encoding="utf-8")
    assert "assets/stylesheets/the-thuc.css" in page
