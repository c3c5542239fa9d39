"""End-to-end: the deployed site served by nginx, and the folder edition from file://,
in Debian's Chromium driven by Playwright."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import pytest

from macros.formatting import fold

PAGES = ["/", "/van-ban/", "/van-ban/ct-10-2007/", "/van-ban/ct-50-2025/", "/gioi-thieu/", "/gioi-thieu/quy-uoc/",
         "/sinh-hoat-chi-bo/", "/tra-cuu/", "/mau/quy-che-lam-viec/chi-bo-co-so/",
         "/mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/", "/tap-huan/dang-vien/",
         "/mau/", "/mau/bien-ban-thuong-ky/"]


def search(page, query: str) -> list[dict]:
    """Type `query` in the search box; return one entry per result page, best first:
    its url, title, and the text of the page and its matching sections."""
    box = page.locator(".md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").click()
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=10)
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Đang chuẩn bị')")
    page.wait_for_timeout(400)  # let the last keystroke's results arrive
    return page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item",
        """items => items.map(li => ({url: li.querySelector('a').href,
                                      title: li.querySelector('h1, h2').textContent.trim(),
                                      text: li.textContent}))""")


def test_every_request_goes_to_the_same_origin_without_console_errors(server, page):
    for path in PAGES:
        page.requests.clear()
        page.goto(server.url + path, wait_until="networkidle")
        hosts = {urlsplit(u).netloc for u in page.requests if not u.startswith("data:")}
        assert hosts == {urlsplit(server.url).netloc}, (path, page.requests)
    assert page.errors == []


def test_navigation_home_to_document_to_citation(server, page):
    page.goto(server.url + "/")
    page.get_by_role("link", name="danh mục văn bản").click()
    assert page.locator("h1").inner_text() == "Danh mục văn bản"
    page.locator("table").get_by_role("link", name="Kết luận 18-KL/TW").click()
    assert page.locator("h1").inner_text() == "Kết luận 18-KL/TW"
    assert "Đã được thay thế" in page.locator(".the-van-ban").inner_text()
    # the relations panel cites Chỉ thị 10 and names its successor; follow the citation
    page.locator("#van-ban-lien-quan ~ ul").get_by_role("link", name="Chỉ thị 10-CT/TW").click()
    assert page.locator("h1").inner_text() == "Chỉ thị 10-CT/TW"
    assert page.url.endswith("/van-ban/ct-10-2007/")
    assert page.errors == []


@pytest.mark.parametrize("accented", ["sinh hoạt chi bộ", "quy chế làm việc", "chất vấn trong Đảng"])
def test_search_without_diacritics_or_in_nfd_finds_the_same(server, page, accented):
    page.goto(server.url + "/")
    expected = search(page, accented)
    assert expected, accented
    assert search(page, fold(accented)) == expected
    assert search(page, unicodedata.normalize("NFD", accented)) == expected


def test_results_keep_diacritics_and_rank_pages_with_all_words_first(server, page):
    page.goto(server.url + "/")
    results = search(page, "sinh hoat chi bo")
    assert any("sinh hoạt chi bộ" in r["text"] for r in results)
    words = {"sinh", "hoat", "chi", "bo"}
    has_all = [words <= set(re.findall(r"\w+", fold(r["text"]).lower())) for r in results]
    # every page that has all the words comes before any page that lacks one
    assert has_all[0] and has_all == sorted(has_all, reverse=True)


def test_abbreviation_finds_its_expansion(server, page):
    page.goto(server.url + "/")
    results = search(page, "BTV")
    # among the first results, a page that says "Ban Thường vụ" in full and never "BTV"
    def spelt_out_only(url: str) -> bool:
        html = page.request.get(url.split("?")[0]).text()
        return "Ban Thường vụ" in html and "BTV" not in html
    assert any(spelt_out_only(r["url"]) for r in results)


@pytest.mark.parametrize("query, doc", [("10-CT/TW", "ct-10-2007"), ("42-HD", "hd-42-2025"),
                                        ("7619", "cv-7619-2024"), ("158-QĐ/TW", "qd-158-2008")])
def test_document_number_finds_its_page_first(server, page, query, doc):
    page.goto(server.url + "/")
    results = search(page, query)
    assert urlsplit(results[0]["url"]).path == f"/van-ban/{doc}/"


def test_folder_edition_works_from_disk(folder_site, page):
    start = (folder_site / "index.html").as_uri()
    page.goto(start)
    assert page.locator("h1").inner_text() == "Sổ tay cấp ủy cơ sở"
    results = search(page, "chi thi 50")
    assert results and urlsplit(results[0]["url"]).path.endswith("/van-ban/ct-50-2025.html")
    page.goto(results[0]["url"])
    assert page.locator("h1").inner_text() == "Chỉ thị 50-CT/TW"
    assert all(u.startswith("file://") or u.startswith("data:") for u in page.requests), page.requests
    assert page.errors == []


def test_unknown_page_gets_the_vietnamese_404(server, page):
    response = page.goto(server.url + "/khong-co-trang-nay/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"


def test_keyboard_reaches_search_and_every_control(server, page):
    page.goto(server.url + "/van-ban/ct-10-2007/")
    count = page.evaluate("""() => {
        const controls = [...document.querySelectorAll(
            'button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
          .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[hidden]') && e.getClientRects().length
                       && getComputedStyle(e).visibility !== 'hidden');
        controls.forEach((e, i) => e.dataset.control = i);
        return controls.length;
    }""")
    assert count >= 2  # at least the search box and the navigation toggles
    reached = set()
    for _ in range(150):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.dataset.control"))
    missing = page.evaluate("ids => [...document.querySelectorAll('[data-control]')]"
                            ".filter(e => !ids.includes(e.dataset.control)).map(e => e.outerHTML.slice(0, 100))",
                            [r for r in reached if r is not None])
    assert not missing, missing
    assert page.evaluate("!!document.querySelector('.md-search__input[data-control]')")
    # "/" opens search from the keyboard too
    page.keyboard.press("Escape")
    page.locator("article").press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")


def test_folder_edition_runs_the_quiz_and_offers_the_word_file(folder_site, page):
    page.goto((folder_site / "tap-huan" / "kiem-tra-chat-van.html").as_uri())
    page.locator('input[name="kiem-tra-chat-van-noi-chat-van"][value="1"]').check()
    page.get_by_role("button", name="Kiểm tra").click()
    assert page.locator(".ket-qua").inner_text().startswith("Kết quả: đúng 1/")
    page.goto((folder_site / "mau" / "quy-che-lam-viec" / "chi-bo-co-so" / "doanh-nghiep-tu-nhan.html").as_uri())
    link = page.get_by_role("link", name=re.compile("^Tải tệp Word"))
    target = (folder_site / "mau" / "quy-che-lam-viec" / "chi-bo-co-so" / link.get_attribute("href")).resolve()
    assert target.suffix == ".docx" and target.is_file()
    assert page.errors == []


def test_folder_edition_copies_the_whole_document(folder_site, page):
    """From file:// the asynchronous clipboard is not there: the copy event carries the text."""
    page.goto((folder_site / "mau" / "quy-che-lam-viec" / "chi-bo-co-so" / "doanh-nghiep-tu-nhan.html").as_uri())
    page.get_by_role("button", name="Sao chép toàn văn").click()
    status = page.locator(".sao-chep [role=status]").first
    # The status is written once the copy settles; wait for any text, then judge it.
    status.filter(has_text=re.compile(r"\S")).wait_for(timeout=5000)
    assert status.inner_text() == "Đã sao chép."
    assert page.errors == []
