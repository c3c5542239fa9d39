"""The print files (PDF): the model documents say what their page and Word file say; every
file is A4 with its fonts embedded and its pages numbered; the course booklet's contents
point at the pages where the modules start; the trainee's handouts hold no answers.

The PDFs are read with Poppler's command-line tools (pdftotext, pdffonts, pdfinfo), a reader
independent of the WeasyPrint that wrote them."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from conftest import built_page, model_documents, norm, page_text, site_data
from macros.paths import COURSE_PDF, SINH_HOAT_PDF, document_pdf, module_pdf
from macros.pdf.render import FONT_FAMILY

DATA = site_data()
DOCUMENTS = model_documents()
MODULES = list(DATA.tap_huan.values())
MM = 72 / 25.4  # points in a millimetre
A4 = (210 * MM, 297 * MM)


def pdftotext(path: Path, page: int | None = None, crop: tuple[float, float, float, float] | None = None,
              raw: bool = True) -> str:
    """The text in content-stream order (raw: a table cell by cell, as drawn), or in reading
    order (a contents line with its dot leader); one page, and only the box (x, y, width,
    height in points from the top left) when given."""
    command = ["pdftotext", "-enc", "UTF-8", "-r", "72"] + (["-raw"] if raw else [])
    if page:
        command += ["-f", str(page), "-l", str(page)]
    if crop:
        command += ["-x", str(int(crop[0])), "-y", str(int(crop[1])), "-W", str(int(crop[2])), "-H", str(int(crop[3]))]
    return subprocess.run(command + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(page_count(path)), str(path)],
                          capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)]


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def body_text(path: Path, pages: range | None = None) -> str:
    """A model document's text inside the page margins (data/the_thuc.yml), page after page:
    without the page numbers, which sit in a margin."""
    fmt = DATA.the_thuc
    box = (0, fmt.le_mm.tren * MM, A4[0], (fmt.kho_giay.cao_mm - fmt.le_mm.tren - fmt.le_mm.duoi) * MM)
    return norm(" ".join(pdftotext(path, n, box) for n in pages or range(1, page_count(path) + 1)))


def all_pdfs(site: Path) -> list[Path]:
    return sorted(site.rglob("*.pdf"))


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_pdf_text_equals_page_text(site, docx):
    """The text a committee copies from the page, from the type name to the closing lines,
    stands whole and in order in the PDF (as in the Word file: test_mau_van_ban)."""
    doc = DOCUMENTS[docx]
    text = body_text(site / document_pdf(docx))
    page = page_text(built_page(site, doc))
    assert len(page) > 800 and page in text
    # Before it, the header; after it, the signature block, with the blanks as on the page.
    before, after = text.split(page, 1)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in before
    assert doc.header["dia_danh_ngay"].display(doc.labels) in before
    for signer in doc.signature:
        if signer.name:
            assert signer.name.display(doc.labels) in after
        for recipient in signer.recipients or ():
            assert recipient.display(doc.labels) in after


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_pdf_blanks_are_marked(site, docx):
    """Every blank of the document is printed as its "[label]" on a yellow ground."""
    doc = DOCUMENTS[docx]
    pdf = site / document_pdf(docx)
    text = body_text(pdf).casefold()  # the issuing body's blanks print in capitals
    for field in doc.fields():
        assert f"[{doc.labels[field].nhan}]".casefold() in text
    # The first page, as printed: the header's blanks stand on the highlight's yellow.
    png = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(pdf)],
                         capture_output=True, check=True).stdout
    pixels = Image.open(io.BytesIO(png)).convert("RGB").get_flattened_data()
    assert sum(1 for r, g, b in pixels if r > 240 and g > 225 and b < 200) > 50


def test_every_pdf_is_a4_with_its_fonts_embedded(site):
    pdfs = all_pdfs(site)
    assert len(pdfs) == len(DOCUMENTS) + 2 * len(MODULES) + 2
    family = FONT_FAMILY.replace(" ", "-")
    for pdf in pdfs:
        sizes = page_sizes(pdf)
        assert len(sizes) == page_count(pdf) > 0, pdf
        assert all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in sizes), (pdf, sizes)
        used = fonts(pdf)
        assert used, pdf
        for row in used:
            name, embedded = row[0], row[-5]
            # Only the vendored serif: a letter it lacks would have brought in a fallback font.
            assert name.split("+", 1)[-1].startswith(family), (pdf, row)
            assert embedded == "yes", (pdf, row)


def test_every_pdf_page_is_numbered_in_its_margin(site):
    """The number of each page, alone in the margin the format data names (model documents)
    or in the bottom margin (handouts and booklets); a booklet's cover has none."""
    fmt = DATA.the_thuc
    top = fmt.so_trang == "dau-giua"
    for pdf in all_pdfs(site):
        rel = pdf.relative_to(site).as_posix()
        is_document = rel in {document_pdf(d) for d in DOCUMENTS}
        margin = (fmt.le_mm.tren if top else fmt.le_mm.duoi) if is_document else 20
        height = fmt.kho_giay.cao_mm * MM
        box = (0, 0 if (top and is_document) else height - margin * MM, A4[0], margin * MM)
        first = 2 if rel in (COURSE_PDF, SINH_HOAT_PDF) else 1
        for n in range(first, page_count(pdf) + 1):
            assert pdftotext(pdf, n, box).split() == [str(n)], (rel, n)
        if first == 2:
            assert pdftotext(pdf, 1, box).split() == [], rel


def contents(pdf: Path) -> dict[str, int]:
    """The booklet's contents page: title -> page number."""
    text = pdftotext(pdf, 2, raw=False)
    assert "Mục lục" in text.splitlines()[:3], text[:200]
    return {norm(title): int(number) for title, number in re.findall(r"^(.+?)\s*\.{4,}\s*(\d+)$", text, re.M)}


def test_course_booklet_contents_give_the_page_each_module_starts_on(site):
    pdf = site / COURSE_PDF
    listed = contents(pdf)
    titles = [m.ten for m in MODULES] + ["Thuật ngữ và chữ viết tắt"]
    assert list(listed) == titles
    numbers = list(listed.values())
    assert numbers == sorted(numbers) and numbers[0] == 3  # after the cover and the contents
    head, body = (0, 0, A4[0], 20 * MM), (0, 20 * MM, A4[0], A4[1] - 40 * MM)
    for title, number in listed.items():
        # The running head names it, and its heading opens the page's text.
        assert norm(pdftotext(pdf, number, head)) == title, (title, number)
        assert norm(pdftotext(pdf, number, body)).startswith(title), (title, number)
        # It starts there: the page before has another running head.
        assert norm(pdftotext(pdf, number - 1, head)) != title, (title, number)
    # The glossary holds every term of the data.
    glossary = norm(" ".join(pdftotext(pdf, n) for n in range(listed[titles[-1]], page_count(pdf) + 1)))
    for term in DATA.thuat_ngu.values():
        assert norm(term.thuat_ngu) in glossary and norm(term.giai_thich)[:60] in glossary


def test_module_handout_has_the_module_and_no_answers(site):
    for module in MODULES:
        handout = norm(pdftotext(site / module_pdf(module.id)))
        key = norm(pdftotext(site / module_pdf(module.id, answers=True)))
        assert module.ten in handout and "Tình huống" in handout and "Tự kiểm tra" in handout
        for goal in module.muc_tieu:
            assert norm(goal) in handout
        for question in module.cau_hoi:
            explanation = norm(re.split(r"\[\[", question.giai_thich)[0])[:60]
            assert explanation and explanation not in handout, (module.id, question.id)
            assert explanation in key, (module.id, question.id)
        assert "Đáp án" not in handout and "Đáp án" in key


def test_course_booklet_holds_no_answers(site):
    booklet = norm(pdftotext(site / COURSE_PDF))
    assert "Đáp án" not in booklet
    for module in MODULES:
        assert module.tinh_huong.cau_hoi[0][:50] in booklet
        for question in module.cau_hoi:
            assert norm(re.split(r"\[\[", question.giai_thich)[0])[:60] not in booklet


def test_cell_meeting_booklet_has_the_guide_then_the_minutes_and_resolution(site):
    pdf = site / SINH_HOAT_PDF
    listed = contents(pdf)
    minutes, resolution = DATA.model("bien-ban-thuong-ky"), DATA.model("nghi-quyet-chi-bo")
    assert list(listed) == ["Sinh hoạt chi bộ", minutes.name, resolution.name]
    guide = BeautifulSoup((site / "sinh-hoat-chi-bo/index.html").read_text(encoding="utf-8"), "html.parser")
    text = norm(pdftotext(pdf))
    headings = [norm(h.get_text(" ")) for h in guide.select("article h2")]
    assert len(headings) >= 5 and all(h in text for h in headings)
    # Each template from a new page, laid out as on its own PDF, with the same text.
    ends = [listed[resolution.name], page_count(pdf) + 1]
    for doc, end in zip((minutes, resolution), ends):
        start = listed[doc.name]
        opening = norm(pdftotext(pdf, start)).casefold()  # the header prints in capitals
        assert opening.startswith(norm(doc.header["cap_tren"].display(doc.labels)).casefold()), opening[:80]
        assert page_text(built_page(site, doc)) in body_text(pdf, range(start, end))


def pdf_links(site: Path) -> dict[str, str]:
    """Every PDF link of the built pages: the file it opens (checked to exist) -> its text."""
    linked: dict[str, str] = {}
    for html in site.rglob("*.html"):
        for href, label in re.findall(r'<a class="tai-pdf"[^>]*href="([^"]+)"[^>]*>(.*?)</a>', html.read_text(encoding="utf-8")):
            target = (html.parent / href).resolve()
            assert target.is_file(), (html, href)
            linked[target.relative_to(site.resolve()).as_posix()] = label
    return linked


def assert_linked_with_sizes(site: Path) -> None:
    """Every PDF has a link on a page saying its size; no link points at a PDF the build did
    not make."""
    linked = pdf_links(site)
    pdfs = all_pdfs(site)
    assert len(pdfs) == len(DOCUMENTS) + 2 * len(MODULES) + 2
    for pdf in pdfs:
        rel = pdf.relative_to(site).as_posix()
        assert rel in linked, rel
        size = pdf.stat().st_size
        shown = re.search(r"\(PDF, (\d+) KB\)", linked[rel])
        assert shown and abs(int(shown.group(1)) - size / 1024) <= 1, (rel, linked[rel], size)


def test_each_pdf_is_linked_with_its_size(site):
    assert_linked_with_sizes(site)
    # On a model document's page, the PDF's link stands next to the Word file's.
    for doc in DOCUMENTS.values():
        word = built_page(site, doc).select_one("a.tai-word")
        assert word is not None and word.find_next("a").get("class") == ["tai-pdf"]


def test_the_folder_edition_has_every_pdf_linked_with_its_size(folder_site, site):
    """The folder edition (pages "a/b.html", opened from the disk) makes the same PDFs: its
    handouts and booklets, read from its own pages, say what the served site's say."""
    assert_linked_with_sizes(folder_site)
    for booklet in (COURSE_PDF, SINH_HOAT_PDF, module_pdf(MODULES[0].id)):
        assert pdftotext(folder_site / booklet) == pdftotext(site / booklet), booklet
