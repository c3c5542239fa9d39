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


def result_groups(page, query: str) -> list[dict]:
    """Search, then read each result as the reader sees it: the page's title, and its
    sections (title, link, text, the words marked)."""
    search(page, query)
    return page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item",
        """items => items.map(li => ({
             page: li.querySelector('h1').textContent.trim(),
             sections: [...li.querySelectorAll('article')].filter(a => a.querySelector('h2')).map(a => ({
               title: a.querySelector('h2').textContent.trim(),
               href: a.closest('a').href,
               text: a.textContent,
               marks: [...a.querySelectorAll('mark')].map(m => m.textContent)}))}))""")


def test_search_lands_on_an_article_with_its_page_title_beside_it(server, page, data):
    from conftest import regulations

    first = next(iter(regulations(data).values()))
    article = next(s for s in first.sections() if s.number == 10)
    page.goto(server.url + "/")
    best = result_groups(page, "Điều 10")[0]
    assert best["page"] == f"Quy chế làm việc mẫu: {first.name}"
    assert best["sections"][0]["title"].startswith("Điều 10.")
    assert urlsplit(best["sections"][0]["href"]).fragment == article.anchor
    # the link opens the page at the article
    page.locator(".md-search-result__item article h2").first.click()
    page.wait_for_url(re.compile(f"#{article.anchor}$"))
    assert page.locator(f"[id='{article.anchor}']").is_visible()


def test_an_article_of_every_variant_is_one_result_that_names_the_variants(server, page, data):
    from conftest import REGULATION

    names = [spec.ten for spec in data.mau[REGULATION].bien_the.values()]
    page.goto(server.url + "/")
    # "Chi ủy" is the chi bộ variant's word: the article still comes once, in the first variant
    groups = result_groups(page, "hoi nghi chi uy")
    sections = [s for g in groups for s in g["sections"] if s["title"].startswith("Điều")]
    assert sections[0]["title"].endswith("Hội nghị Đảng ủy")
    assert "Có ở mọi biến thể." in sections[0]["text"]
    titles = [s["title"].split(". ", 1)[1] for s in sections]
    assert len(titles) == len(set(titles))
    # an article of some variants names them
    groups = result_groups(page, "ban thuong vu")
    standing = next(s for g in groups for s in g["sections"] if s["title"].endswith("quyền hạn của Ban Thường vụ"))
    assert f"Chỉ có ở: {names[0]}." in standing["text"]


def test_words_typed_without_diacritics_are_marked_as_written(server, page):
    page.goto(server.url + "/")
    groups = result_groups(page, "dang phi")
    marks = {m.lower() for g in groups for s in g["sections"] for m in s["marks"]}
    assert {"đảng", "phí"} <= marks or "đảng phí" in marks, marks
    # and on the page opened from the result
    page.locator(".md-search-result__item article h2").first.click()
    page.wait_for_load_state()
    # the theme marks the words once the page's search index has loaded, after the page itself
    page.wait_for_selector("mark[data-md-highlight]", timeout=10_000)
    marked = [m.lower() for m in page.locator("mark[data-md-highlight]").all_inner_texts() if m.strip()]
    assert marked and {fold(m) for m in marked} <= {"dang", "phi", "dang phi"}
    assert any(m != fold(m) for m in marked), marked  # accented, as the page writes them


def test_folder_edition_works_from_disk(folder_site, page):
    start = (folder_site / "index.html").as_uri()
    page.goto(start)
    assert page.locator("h1").inner_text() == "Sổ tay cấp ủy cơ sở"
    results = search(page, "chi thi 50")
    assert results and urlsplit(results[0]["url"]).path.endswith("/van-ban/ct-50-2025.html")
    # sections, and the words marked as written, from disk as well
    best = result_groups(page, "trach nhiem cua bi thu")[0]["sections"][0]
    assert best["title"].endswith("Trách nhiệm và quyền hạn của Bí thư (người đứng đầu)")
    assert urlsplit(best["href"]).path.endswith(".html") and urlsplit(best["href"]).fragment.startswith("dieu-")
    assert {"trách", "nhiệm", "bí", "thư"} <= {m.lower() for m in best["marks"]}
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


@pytest.mark.parametrize("path, src", [("/gioi-thieu/quy-uoc/", "gioi-thieu/quy-uoc.md"),
                                       ("/van-ban/ct-10-2007/", "van-ban/ct-10-2007.md")])
def test_an_overdue_page_warns_by_the_readers_clock_and_not_before(server, page, data, path, src):
    """The notice depends on the browser's date, not on when the site was built."""
    from datetime import datetime, timedelta

    from macros.reviews import page_meta, page_review
    from conftest import ROOT

    due = page_review(src, page_meta(ROOT / "docs" / src, src), data).due
    notice = page.locator(".qua-han-ra-soat")
    page.clock.set_fixed_time(datetime(due.year, due.month, due.day, 23, 30))
    page.goto(server.url + path)
    assert page.locator(".ra-soat").is_visible() and not notice.is_visible()
    after = due + timedelta(days=1)
    page.clock.set_fixed_time(datetime(after.year, after.month, after.day, 0, 30))
    page.reload()
    assert notice.is_visible()
    assert f"quá hạn rà soát (hạn {due.day:02d}/" in notice.inner_text()
