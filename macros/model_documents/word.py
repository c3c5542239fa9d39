"""Word (.docx) files of the model documents, laid out as a party document.

Library: python-docx. It writes the document structure directly (tables for the header and
the signature block, runs with bold/italic/highlight), needs no office suite at build time,
and reads files back for the tests. docxtpl would need a hand-made .docx file per template
and variant, kept in step with the data by hand; pandoc would need a separate binary and
gives less control over the two-column header.

Each blank is a highlighted "[label]" run inside a hidden bookmark naming its field, which
the page's fill-in script (docs/assets/javascripts/dien-mau.js) uses to fill the file.

Page size, margins, font and sizes come from data/the_thuc.yml; `print_css` turns the same
data into the print page rules. Blanks stay visible as highlighted "[label]" text.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..schema import TheThuc
from .structure import BLANK_BOOKMARK, Line, ModelDocument, Signer, blank

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def build_docx(doc: ModelDocument, fmt: TheThuc) -> bytes:
    return _Writer(doc, fmt).write()


class _Writer:
    def __init__(self, doc: ModelDocument, fmt: TheThuc):
        self.doc, self.fmt, self.size = doc, fmt, fmt.co_chu
        self.bookmarks = 0

    def write(self) -> bytes:
        doc, size = self.doc, self.size
        document = Document()
        _page(document, self.fmt)
        _page_numbers(document, self.fmt)

        header = document.add_table(rows=1, cols=2)
        header.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, right = header.rows[0].cells
        superior = left.paragraphs[0]
        self.line(superior, doc.header["cap_tren"], size["co_quan_cap_tren"], align=CENTER)
        issuer = left.add_paragraph()
        self.line(issuer, doc.header["co_quan_ban_hanh"], size["co_quan_ban_hanh"], bold=True, align=CENTER)
        for run in superior.runs + issuer.runs:  # both bodies in capitals, as on the page
            run.font.all_caps = True
        _text(left.add_paragraph(), "*", size["co_quan_ban_hanh"], align=CENTER)
        if "so" in doc.header:
            self.line(left.add_paragraph(), doc.header["so"], size["so_ky_hieu"], align=CENTER)
        title = right.paragraphs[0]
        _text(title, "ĐẢNG CỘNG SẢN VIỆT NAM", size["tieu_de"], bold=True, align=CENTER)
        title.runs[0].font.underline = True
        self.line(right.add_paragraph(), doc.header["dia_danh_ngay"], size["dia_danh_ngay"], italic=True, align=CENTER)

        # The body: exactly ModelDocument.body_lines(), paragraph by paragraph (tables cell by cell).
        text = size["noi_dung"]
        _text(document.add_paragraph(), doc.type_name, size["ten_loai"], bold=True, align=CENTER, before=12)
        self.line(document.add_paragraph(), doc.subject, size["trich_yeu"], bold=True, align=CENTER)
        for ground in doc.grounds:
            self.line(document.add_paragraph(), ground, text, italic=True, align=JUSTIFY, indent=True)
        for part in doc.parts:
            if doc.chapters:
                heading = document.add_paragraph()
                _text(heading, part.label, text, bold=True, align=CENTER, before=6)
                heading.runs[0].add_break()
                heading.add_run(part.title).bold = True
            elif part.label or part.title:
                _text(document.add_paragraph(), f"{part.label} {part.title}".strip(), text, bold=True, before=6)
            for section in part.sections:
                if section.title:
                    paragraph = document.add_paragraph()
                    _text(paragraph, f"{section.label} ", text, bold=True, align=JUSTIFY, indent=doc.chapters)
                    self.segments(paragraph, section.title, bold=True)
                for block in section.blocks:
                    if block.table:
                        self.table(document, block.table)
                    else:
                        paragraph = document.add_paragraph()
                        _text(paragraph, block.prefix, text, align=JUSTIFY, indent=True)
                        self.segments(paragraph, block.line)
        for line in doc.closing:
            self.line(document.add_paragraph(), line, text, align=JUSTIFY, indent=True)

        document.add_paragraph()  # space before the signature block
        signature = document.add_table(rows=1, cols=2)
        for cell, signer in zip(signature.rows[0].cells, doc.signature):
            self.signer(cell, signer)

        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    def table(self, document, table) -> None:
        grid = document.add_table(rows=1 + len(table.rows), cols=len(table.columns))
        grid.style = "Table Grid"
        for cell, heading in zip(grid.rows[0].cells, table.columns):
            _text(cell.paragraphs[0], heading, self.size["noi_dung"], bold=True, align=CENTER)
        for row, cells in zip(grid.rows[1:], table.rows):
            for cell, line in zip(row.cells, cells):
                self.line(cell.paragraphs[0], line, self.size["noi_dung"])
        document.add_paragraph()  # tables do not sit flush against the next paragraph

    def signer(self, cell, signer: Signer) -> None:
        size = self.size
        if signer.recipients is not None:
            _text(cell.paragraphs[0], "Nơi nhận:", size["noi_nhan"], bold=True, italic=True)
            for recipient in signer.recipients:
                paragraph = cell.add_paragraph()
                _text(paragraph, "- ", size["noi_nhan"])
                self.segments(paragraph, recipient, size=size["noi_nhan"])
            return
        paragraph = cell.paragraphs[0]
        for line in signer.lines:
            _text(paragraph, line, size["chu_ky"], bold=True, align=CENTER)
            paragraph = cell.add_paragraph()
        for _ in range(3):
            paragraph = cell.add_paragraph()
        self.line(paragraph, signer.name, size["chu_ky"], bold=True, align=CENTER)

    def line(self, paragraph, line: Line, size: int, bold=False, italic=False, align=None, indent=False):
        _layout(paragraph, align, indent)
        self.segments(paragraph, line, bold=bold, italic=italic, size=size)

    def segments(self, paragraph, line: Line, bold=False, italic=False, size=None):
        for kind, value in line.segments:
            run = paragraph.add_run(value if kind == "text" else blank(self.doc.labels, value))
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            if kind == "field":
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                self.mark(run, value)

    def mark(self, run, field_id: str) -> None:
        """Wrap a blank's run in a hidden bookmark naming its field, so that the page can fill it."""
        self.bookmarks += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.bookmarks))
        start.set(qn("w:name"), f"{BLANK_BOOKMARK}{field_id}_{self.bookmarks}")
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.bookmarks))
        run._r.addprevious(start)
        run._r.addnext(end)


def _page(document, fmt: TheThuc) -> None:
    section = document.sections[0]
    section.page_width = Mm(fmt.kho_giay.rong_mm)
    section.page_height = Mm(fmt.kho_giay.cao_mm)
    section.top_margin = Mm(fmt.le_mm.tren)
    section.bottom_margin = Mm(fmt.le_mm.duoi)
    section.left_margin = Mm(fmt.le_mm.trai)
    section.right_margin = Mm(fmt.le_mm.phai)
    normal = document.styles["Normal"]
    normal.font.name = fmt.phong_chu
    normal.font.size = Pt(fmt.co_chu["noi_dung"])
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), fmt.phong_chu)
    normal.paragraph_format.space_after = Pt(3)


def _page_numbers(document, fmt: TheThuc) -> None:
    """A PAGE field, centred in the header or the footer (data/the_thuc.yml, so_trang)."""
    section = document.sections[0]
    part = section.header if fmt.so_trang == "dau-giua" else section.footer
    paragraph = part.paragraphs[0]
    paragraph.alignment = CENTER
    run = paragraph.add_run()
    run.font.size = Pt(fmt.co_chu["noi_dung"])
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _layout(paragraph, align=None, indent=False, before=0) -> None:
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    if before:
        paragraph.paragraph_format.space_before = Pt(before)


def _text(paragraph, text: str, size: int, bold=False, italic=False, align=None, indent=False, before=0):
    _layout(paragraph, align, indent, before)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    return run


def print_css(fmt: TheThuc) -> str:
    """Print rules for the pages of the model documents, from the same format data."""
    m = fmt.le_mm
    box = "top-center" if fmt.so_trang == "dau-giua" else "bottom-center"
    return (
        "/* Generated at build time from data/the_thuc.yml (overrides/hooks/mau_files.py); do not edit. */\n"
        f"@page {{ size: {fmt.kho_giay.rong_mm}mm {fmt.kho_giay.cao_mm}mm; "
        f"margin: {m.tren}mm {m.phai}mm {m.duoi}mm {m.trai}mm; "
        f'@{box} {{ content: counter(page); font-family: "{fmt.phong_chu}", Tinos, serif; '
        f"font-size: {fmt.co_chu['noi_dung']}pt; }} }}\n"
        "@media print {\n"
        f'  body, .md-typeset, .van-ban-mau {{ font-family: "{fmt.phong_chu}", Tinos, "Liberation Serif", serif; '
        f"font-size: {fmt.co_chu['noi_dung']}pt; color: #000; }}\n"
        "}\n"
    )


def site_files(data) -> list[tuple[str, bytes | str]]:
    """What the build adds to the site from the model documents, as (path in the site,
    content): every Word file; beside each, the same bytes as a script (`<file>.docx.js`),
    which the page's fill-in form loads to fill the Word file in the browser (a script loads
    from file://, where fetch() cannot); and the print rules from data/the_thuc.yml, the
    same format data the Word files use. `data` is the loaded SiteData."""
    import base64
    import json

    from ..paths import PRINT_CSS, word_script

    files: list[tuple[str, bytes | str]] = []
    built: dict[str, bytes] = {}
    for doc in data.model_documents():
        content = _cached_docx(doc, data.the_thuc, built)
        files.append((doc.docx, content))
        files.append((word_script(doc.docx), f"(window.soTayWord = window.soTayWord || {{}})[{json.dumps(doc.docx)}] = "
                                             f'"{base64.b64encode(content).decode("ascii")}";\n'))
    files.append((PRINT_CSS, print_css(data.the_thuc)))
    _BUILT.clear()
    _BUILT.update(built)
    return files


# The preview (`mkdocs serve`) rebuilds the whole site on every save, in the same process: a
# Word file whose document and format have not changed is not written again. Keyed by the
# document and the format themselves (their repr), so any change writes it anew.
_BUILT: dict[str, bytes] = {}


def _cached_docx(doc: ModelDocument, fmt: TheThuc, built: dict[str, bytes]) -> bytes:
    import hashlib

    key = hashlib.sha256(repr((doc, fmt)).encode("utf-8")).hexdigest()
    built[key] = _BUILT.get(key) or build_docx(doc, fmt)
    return built[key]
