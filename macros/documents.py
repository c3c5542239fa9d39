"""Renderers for the document registry: citations, cards, relations, the registry table.

Pure functions: each takes the validated SiteData, the id(s) and the source path of
the page it renders into (links are Markdown links to .md files, relative to that page,
so MkDocs rewrites and validates them). Layout lives in templates/*.j2; rendering in
render.py, which passes every page template this module's citation helper.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup

from .paths import QUY_UOC_PAGE, doc_page
from .registry import SiteData
from .render import env, page_globals, page_link, render, title_text
from .schema import VanBan


# Relations in the order the relations panel lists them, with their headings.
RELATION_TITLES = {
    "can_cu": "Căn cứ",
    "huong_dan": "Hướng dẫn thực hiện",
    "tiep_tuc": "Tiếp tục thực hiện",
    "thay_the": "Thay thế",
    "bi_thay_the_boi": "Bị thay thế bởi",
    "duoc_tiep_tuc_boi": "Được tiếp tục bởi",
    "duoc_huong_dan_boi": "Được hướng dẫn bởi",
    "la_can_cu_cua": "Là căn cứ của",
}

class _View:
    """What templates need to know about one document, seen from one page."""

    def __init__(self, data: SiteData, doc: VanBan, from_page: str):
        self.data, self.doc, self.from_page = data, doc, from_page

    def __getattr__(self, name):
        return getattr(self.doc, name)

    @property
    def ten(self) -> str:
        return ten_van_ban(self.data, self.doc)

    @property
    def loai_ten(self) -> str:
        return self.data.loai[self.doc.loai].ten

    @property
    def co_quan_ten(self) -> str:
        name = self.data.co_quan[self.doc.co_quan].ten
        return f"{name} (khóa {self.doc.khoa})" if self.doc.khoa else name

    @property
    def co_quan(self):
        return self.data.co_quan[self.doc.co_quan]

    @property
    def link(self) -> str:
        return page_link(self.from_page, doc_page(self.doc.id))

    @property
    def trang_thai(self) -> str:
        return self.data.trang_thai(self.doc.id)

    @property
    def sort_key(self) -> tuple:
        day = self.doc.ngay or date(self.doc.nam_ban_hanh or 1, 1, 1)
        return (day, self.doc.id)

    def kiem_chung(self, field: str) -> str | None:
        return self.doc.can_kiem_chung.get(field)

    def related(self, relation: str) -> list[tuple[_View, str | None]]:
        return [
            (_View(self.data, self.data.van_ban[r.van_ban], self.from_page), r.can_kiem_chung)
            for r in self.data.related(self.doc.id, relation)
        ]


def ten_van_ban(data: SiteData, doc: VanBan) -> str:
    """Short name: "Chỉ thị 10-CT/TW", or the common name when there is no number. Two
    documents with the same number are told apart by their year: "Hướng dẫn 12-HD/BTCTW (2018)"."""
    if not doc.so_hieu:
        return doc.ten_goi
    name = f"{data.loai[doc.loai].ten} {doc.so_hieu}"
    namesakes = [d for d in data.van_ban.values() if d.so_hieu == doc.so_hieu]
    if len(namesakes) > 1 and doc.nam_ban_hanh:
        name += f" ({doc.nam_ban_hanh})"
    return name


_cited: dict = {}


@page_globals
def _citations(data: SiteData, from_page: str) -> dict:
    """For every page template: the conventions (for markers and badges) and `cite(doc_id)`,
    a short citation of a registry document linked from this page."""
    quy_uoc_link = page_link(from_page, QUY_UOC_PAGE)

    def cite(doc_id: str) -> Markup:
        if _cited.get("data") is not data:  # rendered once per page and data, however often cited
            _cited.clear()
            _cited["data"] = data
        key = (doc_id, from_page)
        if key not in _cited:
            view = _View(data, data.van_ban[doc_id], from_page)
            _cited[key] = Markup(env.get_template("trich_dan.md.j2").render(
                vb=view, full=False, quy_uoc=data.quy_uoc, quy_uoc_link=quy_uoc_link).strip())
        return _cited[key]

    return {"quy_uoc": data.quy_uoc, "quy_uoc_link": quy_uoc_link, "cite": cite}


def render_title(data: SiteData, doc_id: str, where: str) -> str:
    return title_text(ten_van_ban(data, data.doc(doc_id, where)))


def render_citation(data: SiteData, doc_id: str, from_page: str, where: str, full: bool = True) -> str:
    """Inline citation with link, date, issuer, and the successor when replaced."""
    view = _View(data, data.doc(doc_id, where), from_page)
    return render("trich_dan.md.j2", data, from_page, vb=view, full=full)


def render_card(data: SiteData, doc_id: str, from_page: str, where: str) -> str:
    """Status banner and metadata card at the top of a document's page."""
    view = _View(data, data.doc(doc_id, where), from_page)
    return render("the_van_ban.md.j2", data, from_page, vb=view)


def render_relations(data: SiteData, doc_id: str, from_page: str, where: str) -> str:
    view = _View(data, data.doc(doc_id, where), from_page)
    groups = [(title, view.related(rel)) for rel, title in RELATION_TITLES.items()]
    return render("quan_he.md.j2", data, from_page, vb=view, groups=[g for g in groups if g[1]])


def render_sources(data: SiteData, doc_id: str, from_page: str, where: str) -> str:
    view = _View(data, data.doc(doc_id, where), from_page)
    return render("nguon.md.j2", data, from_page, vb=view)


def render_table(data: SiteData, from_page: str) -> str:
    """The registry as a table, newest first."""
    views = sorted((_View(data, doc, from_page) for doc in data.van_ban.values()),
                   key=lambda v: v.sort_key, reverse=True)
    return render("bang_van_ban.md.j2", data, from_page, rows=views)


def render_status_legend(data: SiteData, from_page: str) -> str:
    """The status labels and the "cần kiểm chứng" marker, explained (for the conventions page)."""
    return render("quy_uoc.md.j2", data, from_page)


LINEAGE = ("thay_the", "tiep_tuc", "huong_dan", "bi_thay_the_boi", "duoc_tiep_tuc_boi", "duoc_huong_dan_boi")


def render_lineage(data: SiteData, doc_id: str, from_page: str, where: str) -> str:
    """The documents linked to this one by replacement, continuation or guidance, oldest first."""
    start = data.doc(doc_id, where).id
    found, queue = {start}, [start]
    while queue:
        current = queue.pop()
        for relation in LINEAGE:
            for item in data.related(current, relation):
                if item.van_ban not in found:
                    found.add(item.van_ban)
                    queue.append(item.van_ban)
    rows = sorted((_View(data, data.van_ban[d], from_page) for d in found), key=lambda v: v.sort_key)
    return render("lich_su.md.j2", data, from_page, vb=_View(data, data.van_ban[start], from_page), rows=rows)
