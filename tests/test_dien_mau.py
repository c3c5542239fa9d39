"""Filling a template in the browser (docs/assets/javascripts/dien-mau.js): the form fills
the page's blanks and the Word file, keeps the values in this browser only, clears them,
and treats typed markup as text. From nginx and from the folder edition (file://)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from docx import Document

from conftest import bookmarked_runs, docx_of, model_documents, norm, page_text, site_data, word_text

DATA = site_data()
DOCUMENTS = model_documents()

PAYLOAD = "<img src=x onerror=alert(1)>"
STORE = "so-tay-cap-uy:o-trong"


def value_for(field: str) -> str:
    """A distinct value per field; the organisation's name carries the markup payload."""
    if field == "ten_don_vi":
        return f"Công ty Cổ phần Cơ khí {PAYLOAD}"
    return f"Giá trị {field.replace('_', ' ')} ẫ"


def url_of(doc, base: str, folder: bool) -> str:
    path = doc.page.removesuffix(".md")
    if folder:  # the folder edition has no directory URLs
        return f"{base}/{path}.html"
    return f"{base}/{path.removesuffix('/index')}/"


def fill_form(page, fields: list[str]) -> dict[str, str]:
    page.locator("form.dien-mau").wait_for(state="visible")
    own = page.locator("form.dien-mau details.dien-mau-rieng")
    if own.count() and not own.evaluate("d => d.open"):
        own.locator("summary").click()  # the fields of this template only
    values = {}
    for field in fields:
        values[field] = value_for(field)
        page.locator(f"form.dien-mau input#o-{field}").fill(values[field])
    return values


def download_filled(page, tmp_path: Path) -> Document:
    with page.expect_download() as info:
        page.get_by_role("button", name="Tải tệp Word đã điền").click()
    assert info.value.suggested_filename.endswith("-da-dien.docx")
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return Document(str(target))


def blanks_on_page(page) -> list[tuple[str, str, bool]]:
    return page.eval_on_selector_all(
        ".van-ban-mau .o-trong",
        "els => els.map(e => [e.dataset.truong, e.textContent, e.classList.contains('da-dien')])")


def check_fill_cycle(page, doc, url: str, tmp_path: Path) -> None:
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    values = fill_form(page, doc.fields())

    # every blank on the page shows its value, as text
    blanks = blanks_on_page(page)
    assert blanks and all(text == values[field] and filled for field, text, filled in blanks), blanks
    assert page.locator(".van-ban-mau img").count() == 0
    assert PAYLOAD in page.locator(".van-ban-mau .dau-van-ban").text_content()
    filled_page = page_text(BeautifulSoup(page.content(), "html.parser"))

    # the Word file holds the same values in the same places, and says what the page says
    word = download_filled(page, tmp_path)
    runs = bookmarked_runs(word)
    assert runs and all(text == values[field] and not highlighted for field, text, highlighted in runs), runs
    assert word_text(word) == filled_page
    header = word.tables[0].rows[0].cells[0].text
    assert values["ten_don_vi"] in header

    # reload keeps the values; clearing removes them everywhere
    page.reload()
    page.locator("form.dien-mau").wait_for(state="visible")
    assert all(page.locator(f"form.dien-mau input#o-{f}").input_value() == v for f, v in values.items())
    assert all(text == values[field] for field, text, _ in blanks_on_page(page))
    page.get_by_role("button", name="Xóa thông tin đã điền").click()
    assert all(text == f"[{DATA.truong_mau[field].nhan}]" and not filled for field, text, filled in blanks_on_page(page))
    assert all(page.locator(f"form.dien-mau input#o-{f}").input_value() == "" for f in values)
    assert page.evaluate(f"localStorage.getItem('{STORE}')") is None
    page.reload()
    assert all(not filled for _, _, filled in blanks_on_page(page))
    assert dialogs == [] and page.errors == []


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_fill_page_and_word_file_on_the_intranet_server(server, page, tmp_path, docx):
    doc = DOCUMENTS[docx]
    check_fill_cycle(page, doc, url_of(doc, server.url, folder=False), tmp_path)
    assert {urlsplit(u).netloc for u in page.requests} == {urlsplit(server.url).netloc}


@pytest.mark.parametrize("docx", ["mau/bien-ban-thuong-ky.docx", "mau/quy-che-lam-viec/quy-che-lam-viec-chi-bo-co-so-doanh-nghiep-tu-nhan.docx"])
def test_fill_page_and_word_file_from_the_folder_edition(folder_site, page, tmp_path, docx):
    doc = DOCUMENTS[docx]
    check_fill_cycle(page, doc, url_of(doc, folder_site.as_uri(), folder=True), tmp_path)
    assert all(u.startswith(("file://", "data:", "blob:")) for u in page.requests), page.requests


def test_values_typed_once_fill_every_template_and_unfilled_blanks_stay_blank(server, page, tmp_path):
    first = DATA.model("bien-ban-thuong-ky")
    page.goto(url_of(first, server.url, folder=False))
    values = fill_form(page, ["ten_don_vi", "ten_chi_bo"])
    other = DATA.model("nghi-quyet-chi-bo")
    page.goto(url_of(other, server.url, folder=False))
    page.locator("form.dien-mau").wait_for(state="visible")
    for field, text, filled in blanks_on_page(page):
        if field in values:
            assert text == values[field] and filled
        else:  # still a visible blank
            assert text == f"[{DATA.truong_mau[field].nhan}]" and not filled
    word = download_filled(page, tmp_path)
    for field, text, highlighted in bookmarked_runs(word):
        if field in values:
            assert text == values[field] and not highlighted
        else:
            assert text == f"[{DATA.truong_mau[field].nhan}]" and highlighted


def test_without_values_the_button_gives_the_blank_template(server, deployed, page, tmp_path):
    doc = DATA.model("ke-hoach-chuyen-de")
    page.goto(url_of(doc, server.url, folder=False))
    page.locator("form.dien-mau").wait_for(state="visible")
    word = download_filled(page, tmp_path)
    assert word_text(word) == word_text(docx_of(deployed / "current" / "site", doc))
    assert all(highlighted for _, _, highlighted in bookmarked_runs(word))


def test_copy_and_print_show_the_filled_text_without_form_or_guidance(server, browser):
    doc = DATA.model("nghi-quyet-chi-bo")
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    page.goto(url_of(doc, server.url, folder=False))
    values = fill_form(page, ["thang_thuc_hien", "nhiem_ky"])
    section = page.locator(".muc-mau#han-che")
    section.get_by_role("button", name="Sao chép mục này").click()
    section.locator(".sao-chep [role=status]").filter(has_text="Đã sao chép.").wait_for()  # the copy is asynchronous
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("2. Hạn chế, nguyên nhân") and "Hướng dẫn" not in copied
    page.get_by_role("button", name="Sao chép toàn văn").click()
    page.locator(".sao-chep [role=status]").first.filter(has_text="Đã sao chép.").wait_for()
    whole = norm(page.evaluate("navigator.clipboard.readText()"))
    # the whole document: header, then the page's text, then recipients and signature
    body = page_text(BeautifulSoup(page.content(), "html.parser"))
    assert body in whole and whole.index(body) > 0 and whole.startswith("ĐẢNG BỘ")
    assert body.startswith(f"NGHỊ QUYẾT về lãnh đạo thực hiện nhiệm vụ tháng {values['thang_thuc_hien']}")
    assert "Nơi nhận" in whole.split(body)[1] and "T/M CHI BỘ" in whole.split(body)[1]
    assert values["nhiem_ky"] in whole and "Hướng dẫn:" not in whole and "Sao chép" not in whole
    assert "Điền thông tin" not in whole
    page.emulate_media(media="print")
    assert not page.locator("form.dien-mau").is_visible() and not page.locator(".huong-dan").first.is_visible()
    assert not page.locator("article h1").is_visible() and not page.locator("a.tai-word").is_visible()
    assert page.locator(".noi-dung-mau").is_visible() and page.locator(".ky-van-ban").is_visible()
    context.close()


def test_blocked_storage_still_fills_the_page_and_the_word_file_and_says_so(server, browser, tmp_path):
    doc = DATA.model("nghi-quyet-chi-bo")
    context = browser.new_context(accept_downloads=True)
    # storage refused, as in a locked-down browser or a full disk
    context.add_init_script("Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(url_of(doc, server.url, folder=False))
    values = fill_form(page, ["ten_chi_bo", "thang_thuc_hien"])
    assert "không cho lưu" in page.locator("form.dien-mau [role=status]").inner_text()
    word = download_filled(page, tmp_path)
    filled = {field: text for field, text, _ in bookmarked_runs(word)}
    assert filled["ten_chi_bo"] == values["ten_chi_bo"] and filled["thang_thuc_hien"] == values["thang_thuc_hien"]
    assert page.errors == []
    context.close()


def test_a_pasted_book_is_cut_to_a_name_and_an_odd_stored_value_does_not_stop_saving(server, page):
    doc = DATA.model("nghi-quyet-chi-bo")
    page.goto(url_of(doc, server.url, folder=False))
    page.evaluate(f"localStorage.setItem('{STORE}', '[1, 2, 3]')")  # an array under the key
    page.reload()
    page.locator("form.dien-mau input#o-ten_chi_bo").fill("Chi bộ Phân xưởng 1")
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{STORE}')).ten_chi_bo") == "Chi bộ Phân xưởng 1"
    book = "Chương một. " * 100_000  # about 1.2 million characters
    page.locator("form.dien-mau input#o-ten_chi_bo").evaluate(
        "(input, text) => { input.value = text; input.dispatchEvent(new Event('input')); }", book)
    stored = page.evaluate(f"JSON.parse(localStorage.getItem('{STORE}')).ten_chi_bo")
    assert len(stored) <= 200
    assert "200 ký tự" in page.locator("form.dien-mau [role=status]").inner_text()
    assert all(len(text) <= 202 for field, text, _ in blanks_on_page(page) if field == "ten_chi_bo")
