"""Renderers of the training material (data/tap_huan.yml): the learning path, the module
pages with their self-check quizzes, and the print-only answer key. Pure functions."""

from __future__ import annotations

from markupsafe import Markup, escape

from .documents import ten_van_ban
from .checks import lookup
from .paths import COURSE_PDF, TAP_HUAN_FILE, doc_page, module_page, module_pdf
from .pdf.links import pdf_link
from .registry import SiteData
from .schema import DOC_REFERENCE
from .render import page_link, render

# Option letters of the quiz (a question has at most 8 options: schema.CauHoi); the quiz
# script reads them from the form (data-chu-cai).
LETTERS = "ABCDEFGH"


def _module(data: SiteData, module_id: str, where: str):
    return lookup(data.tap_huan, module_id, where, "chuyên đề", TAP_HUAN_FILE)


def module_name(data: SiteData, module_id: str, where: str) -> str:
    return _module(data, module_id, where).ten


def render_path(data: SiteData, from_page: str) -> str:
    rows = [(n, m, page_link(from_page, module_page(m.id))) for n, m in enumerate(data.tap_huan.values(), 1)]
    total = sum(m.thoi_gian_phut for m in data.tap_huan.values())
    return render("lo_trinh.md.j2", data, from_page, rows=rows, total=total)


def render_module(data: SiteData, module_id: str, from_page: str, where: str) -> str:
    module = _module(data, module_id, where)

    def plain(text: str) -> Markup:
        """HTML text whose [[id]] become the document's short name, without link or status
        (quiz questions must not give the answer away)."""
        return Markup("".join(
            str(escape(ten_van_ban(data, data.van_ban[value]) if kind == "doc" else value))
            for kind, value in _split_refs(text)))

    notice = page_link(from_page, doc_page(data.thong_bao.van_ban) + "#han-che")
    prints = [pdf_link(module_pdf(module.id), "Tài liệu phát tay", from_page),
              pdf_link(module_pdf(module.id, answers=True), "Đáp án cho giảng viên", from_page),
              pdf_link(COURSE_PDF, "Cả khóa tập huấn", from_page)]
    return render("mo_dun.md.j2", data, from_page, module=module, plain=plain,
                  split=_split_refs, letters=LETTERS, notice=notice, prints=prints)


def _split_refs(text: str) -> list[tuple[str, str]]:
    """("text", "...") and ("doc", id) pieces of a text with [[id]] references."""
    pieces, position = [], 0
    for match in DOC_REFERENCE.finditer(text):
        pieces.append(("text", text[position:match.start()]))
        pieces.append(("doc", match.group(1)))
        position = match.end()
    pieces.append(("text", text[position:]))
    return pieces
