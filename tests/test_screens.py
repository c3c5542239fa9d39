"""What a person sees, in Chromium at an office laptop's 1366×768 and a phone's 390×844: no page
scrolls sideways, every table's columns are on screen (or the table is laid out for the width),
a document's status is on screen beside its name, the lineage has one item per document."""

from __future__ import annotations

import pytest

from conftest import ROOT
from macros.registry import load_site_data

DATA = load_site_data(ROOT)
SIZES = {"laptop": (1366, 768), "phone": (390, 844)}
# One page of each type.
PAGE_TYPES = {
    "home": "/",
    "registry": "/van-ban/",
    "document": "/van-ban/ct-10-2007/",
    "notice": "/van-ban/tb-giam-sat-quy-che-2019/",
    "meeting-guide": "/sinh-hoat-chi-bo/",
    "catalogue": "/mau/",
    "regulation-choice": "/mau/quy-che-lam-viec/",
    "regulation": "/mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/doanh-nghiep-tu-nhan/",
    "template": "/mau/bien-ban-thuong-ky/",
    "training-path": "/tap-huan/",
    "training-module": "/tap-huan/sinh-hoat-chi-bo/",
    "glossary": "/tra-cuu/",
    "about": "/gioi-thieu/",
}

# Columns off screen: a header cell right of the window, or right of a box that clips it.
OFF_SCREEN_HEADERS = """() => [...document.querySelectorAll('article th')].filter(th => {
  const r = th.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || getComputedStyle(th.closest('thead') || th).position === 'absolute') return false;
  if (r.right > innerWidth + 1) return true;
  for (let e = th.parentElement; e && e.tagName !== 'ARTICLE'; e = e.parentElement)
    if (getComputedStyle(e).overflowX !== 'visible' && r.right > e.getBoundingClientRect().right + 1) return true;
  return false; }).map(th => th.innerText.trim())"""


@pytest.fixture(params=list(SIZES), scope="module")
def sized(request, browser):
    width, height = SIZES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    yield request.param, page
    context.close()


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_page_fits_the_screen_and_its_tables_show_every_column(server, sized, kind):
    size, page = sized
    page.goto(server.url + PAGE_TYPES[kind])
    assert page.evaluate("document.scrollingElement.scrollWidth - innerWidth") <= 1, (size, kind)
    assert page.evaluate(OFF_SCREEN_HEADERS) == [], (size, kind)


def test_registry_shows_each_status_beside_its_name(server, sized):
    size, page = sized
    page.goto(server.url + "/van-ban/")
    rows = page.locator(".bang-van-ban tbody tr")
    assert rows.count() == len(DATA.van_ban)
    for i in range(rows.count()):
        row = rows.nth(i)
        name = row.locator("td").first.locator("a").first.bounding_box()
        status = row.locator(".trang-thai").first.bounding_box()
        assert status["x"] + status["width"] <= page.viewport_size["width"], (size, i)
        # on screen together: within one window height of each other
        assert abs(status["y"] - name["y"]) < page.viewport_size["height"] / 3, (size, i)


def test_lineage_lists_one_item_per_document_with_its_own_status(site):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "van-ban/ct-10-2007/index.html").read_text(encoding="utf-8"), "html.parser")
    items = soup.select("#lich-su + ul > li")
    assert len(items) >= 4  # Chỉ thị 10, Kết luận 18, Hướng dẫn 12 (2018), Chỉ thị 50, Hướng dẫn 42
    for item in items:
        assert len(item.select("a.trang-thai")) == 1, item.get_text()


def test_documents_with_the_same_number_have_different_names():
    from macros.documents import ten_van_ban

    names = [ten_van_ban(DATA, doc) for doc in DATA.van_ban.values()]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_home_shows_three_doors_on_the_first_screen_of_a_laptop(server, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(server.url + "/")
    doors = page.locator(".cua-vao .cua")
    assert doors.count() == 3
    for i in range(3):
        door = doors.nth(i)
        assert door.locator("h2 a").count() == 1  # the heading is a link
        button = door.locator("a.md-button").bounding_box()
        assert button["y"] + button["height"] <= 768, i  # no scrolling to find a door
    quick = page.locator(".tra-nhanh a")
    assert {quick.nth(i).inner_text() for i in range(quick.count())} >= {"Danh mục văn bản", "Thuật ngữ, chữ viết tắt"}
    context.close()
