"""Renderers of the guidance data: the cell-meeting guide, the notice's findings table,
the glossary and the site-wide abbreviations. Pure functions, like documents.py."""

from __future__ import annotations

from .documents import ten_van_ban
from .errors import DataError
from .formatting import fold
from .paths import DOC_DIR
from .registry import SiteData
from .render import page_link, render

GUIDE_LISTS = ("quy_dinh", "bien_ban", "chu_de", "tu_danh_gia")


def render_guide_list(data: SiteData, part: str, from_page: str, where: str) -> str:
    """One list of the cell-meeting guide (data/sinh_hoat_chi_bo.yml), each item with its source."""
    if part not in GUIDE_LISTS:
        raise DataError(f'{where}: phần "{part}" không có; chọn một trong: {", ".join(GUIDE_LISTS)}.')
    items = getattr(data.sinh_hoat_chi_bo, part)
    return render("muc_huong_dan.md.j2", data, from_page, items=items)


def render_preparation(data: SiteData, from_page: str) -> str:
    return render("chuan_bi.md.j2", data, from_page, items=data.sinh_hoat_chi_bo.chuan_bi)


def render_meeting_order(data: SiteData, from_page: str) -> str:
    return render("trinh_tu.md.j2", data, from_page, items=data.sinh_hoat_chi_bo.trinh_tu)


def render_comparison(data: SiteData, from_page: str) -> str:
    return render("so_sanh.md.j2", data, from_page, rows=data.sinh_hoat_chi_bo.so_sanh)


def render_findings(data: SiteData, from_page: str) -> str:
    """The notice's findings: limitation -> what to do -> the page that helps."""
    rows = []
    for row in data.thong_bao.han_che:
        path = row.trang.partition("#")[0]
        label = row.nhan_trang
        if label is None and path.startswith(f"{DOC_DIR}/"):
            label = ten_van_ban(data, data.van_ban[path.removeprefix(f"{DOC_DIR}/").removesuffix(".md")])
        rows.append((row, page_link(from_page, row.trang), label))
    return render("han_che.md.j2", data, from_page, rows=rows)


def render_contact(data: SiteData, from_page: str) -> str:
    """Where to report an error (data/trang_web.yml, lien_he)."""
    return render("lien_he.md.j2", data, from_page, lien_he=data.trang_web.lien_he)


def render_glossary(data: SiteData, from_page: str) -> str:
    terms = sorted(data.thuat_ngu.values(), key=lambda t: fold(t.viet_tat or t.thuat_ngu).lower())
    return render("thuat_ngu.md.j2", data, from_page, terms=terms)


def abbreviation_definitions(thuat_ngu: dict, markdown: str) -> str:
    """Markdown abbreviation definitions (`*[BTV]: Ban Thường vụ`) for the abbreviations that
    occur in `markdown` (defining all of them on every page costs build time for nothing)."""
    return "\n".join(f"*[{t.viet_tat}]: {t.thuat_ngu}" for t in thuat_ngu.values()
                     if t.viet_tat and t.viet_tat in markdown)


def missing_pages(data: SiteData, exists) -> list[str]:
    """Pages the findings table links to that do not exist; `exists(path)` checks one."""
    return [row.trang for row in data.thong_bao.han_che if not exists(row.trang.partition("#")[0])]

