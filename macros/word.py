"""Word (.docx) files of the model documents, laid out as a party document.

Library: python-docx. It writes the document structure directly (tables for the header and
the signature block, runs with bold/italic/highlight), needs no office suite at build time,
and reads files back for the tests. docxtpl would need a hand-made .docx template per
variant kept in step with the data by hand; pandoc would need a separate binary and gives
less control over the two-column header.

Page size, margins, font and sizes come from data/the_thuc.yml; `print_css` turns the same
data into the print page rules. Blanks stay visible as highlighted "[label]" text.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .mau import Line, ModelDocument, blank, clause_prefix
from .schema import TheThuc

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def build_docx(doc: ModelDocument, fmt: TheThuc) -> bytes:
    document = Document()
    _page(document, fmt)
    size = fmt.co_chu

    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = header.rows[0].cells
    _line(left.paragraphs[0], doc, doc.header["cap_tren"], size["co_quan_cap_tren"], align=CENTER)
    issuer = left.add_paragraph()
    _line(issuer, doc, doc.header["co_quan_ban_hanh"], size["co_quan_ban_hanh"], bold=True, align=CENTER)
    for run in issuer.runs:  # the issuing body in capitals, as on the page
        run.font.all_caps = True
    _text(left.add_paragraph(), "*", size["co_quan_ban_hanh"], align=CENTER)
    _line(left.add_paragraph(), doc, doc.header["so"], size["so_ky_hieu"], align=CENTER)
    title = right.paragraphs[0]
    _text(title, "ĐẢNG CỘNG SẢN VIỆT NAM", size["tieu_de"], bold=True, align=CENTER)
    title.runs[0].font.underline = True
    _line(right.add_paragraph(), doc, doc.header["dia_danh_ngay"], size["dia_danh_ngay"], italic=True, align=CENTER)

    # The body: exactly ModelDocument.body_lines(), paragraph by paragraph.
    _text(document.add_paragraph(), doc.type_name, size["ten_loai"], bold=True, align=CENTER, before=12)
    _line(document.add_paragraph(), doc, doc.subject, size["trich_yeu"], bold=True, align=CENTER)
    for ground in doc.grounds:
        _line(document.add_paragraph(), doc, ground, size["noi_dung"], italic=True, align=JUSTIFY, indent=True)
    for chapter in doc.chapters:
        heading = document.add_paragraph()
        _text(heading, f"Chương {chapter.number}", size["noi_dung"], bold=True, align=CENTER, before=6)
        heading.runs[0].add_break()
        heading.add_run(chapter.title).bold = True
        for article in chapter.articles:
            paragraph = document.add_paragraph()
            _text(paragraph, f"Điều {article.number}. ", size["noi_dung"], bold=True, align=JUSTIFY, indent=True)
            _segments(paragraph, doc, article.title, bold=True)
            for index, clause in enumerate(article.clauses, start=1):
                paragraph = document.add_paragraph()
                _text(paragraph, clause_prefix(article, index), size["noi_dung"], align=JUSTIFY, indent=True)
                _segments(paragraph, doc, clause)

    document.add_paragraph()  # space before the signature block
    signature = document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    _text(left.paragraphs[0], "Nơi nhận:", size["noi_nhan"], bold=True, italic=True)
    for recipient in doc.recipients:
        paragraph = left.add_paragraph()
        _text(paragraph, "- ", size["noi_nhan"])
        _segments(paragraph, doc, recipient)
    _text(right.paragraphs[0], doc.signer[0], size["chu_ky"], bold=True, align=CENTER)
    _text(right.add_paragraph(), doc.signer[1], size["chu_ky"], bold=True, align=CENTER)
    for _ in range(3):
        right.add_paragraph()
    _line(right.add_paragraph(), doc, doc.signer_name, size["chu_ky"], bold=True, align=CENTER)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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


def _text(paragraph, text: str, size: int, bold=False, italic=False, align=None, indent=False, before=0):
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    if before:
        paragraph.paragraph_format.space_before = Pt(before)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    return run


def _line(paragraph, doc: ModelDocument, line: Line, size: int, bold=False, italic=False, align=None, indent=False):
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    _segments(paragraph, doc, line, bold=bold, italic=italic, size=size)


def _segments(paragraph, doc: ModelDocument, line: Line, bold=False, italic=False, size=None):
    for kind, value in line.segments:
        run = paragraph.add_run(value if kind == "text" else blank(doc.labels, value))
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if kind == "field":
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def print_css(fmt: TheThuc) -> str:
    """Print rules for the pages of the model documents, from the same format data."""
    m = fmt.le_mm
    return (
        "/* Generated at build time from data/the_thuc.yml (overrides/hooks/mau_files.py); do not edit. */\n"
        f"@page {{ size: {fmt.kho_giay.rong_mm}mm {fmt.kho_giay.cao_mm}mm; "
        f"margin: {m.tren}mm {m.phai}mm {m.duoi}mm {m.trai}mm; }}\n"
        "@media print {\n"
        f'  body, .md-typeset, .van-ban-mau {{ font-family: "{fmt.phong_chu}", Tinos, "Liberation Serif", serif; '
        f"font-size: {fmt.co_chu['noi_dung']}pt; color: #000; }}\n"
        "}\n"
    )
