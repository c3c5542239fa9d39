"""Page rendering of the model documents built by build.py (the Word writer is word.py)."""

from __future__ import annotations

import posixpath

from markupsafe import Markup, escape

from ..checks import lookup
from ..paths import CATALOGUE_FILE, REGULATION, REGULATION_FILE, TEMPLATE_DIR, template_page, variant_page
from ..registry import SiteData
from ..render import md, page_link, render, render_html, title_text
from ..schema import VI_TRI_SO_TRANG
from .structure import BLANK_BOOKMARK, Line, ModelDocument, blank


def _variant(data: SiteData, variant: str, where: str):
    return lookup(data.quy_che_lam_viec.bien_the, variant, where, "biến thể", REGULATION_FILE)


def _template(data: SiteData, template_id: str, where: str) -> ModelDocument:
    return lookup(data.other_models, template_id, where, "mẫu", CATALOGUE_FILE)


def _enterprise(data: SiteData, enterprise: str, where: str):
    return lookup(data.quy_che_lam_viec.loai_hinh, enterprise, where, "loại hình doanh nghiệp", REGULATION_FILE)


def _regulation(data: SiteData, variant: str, enterprise: str, where: str) -> ModelDocument:
    _variant(data, variant, where)
    _enterprise(data, enterprise, where)
    return data.regulations[variant, enterprise]


def variant_name(data: SiteData, variant: str, enterprise: str | None = None, *, where: str) -> str:
    """"Đảng ủy cơ sở có Ban Thường vụ", or with the enterprise type after a comma."""
    if enterprise is None:
        return title_text(_variant(data, variant, where).ten)
    return title_text(_regulation(data, variant, enterprise, where).name)


def template_name(data: SiteData, template_id: str, where: str) -> str:
    return title_text(_template(data, template_id, where).name)


def _download(doc: ModelDocument, from_page: str, label: str) -> str:
    """The Word file's link; the fill-in script finds it by its class and loads the file's
    script twin from the same place."""
    return f"[{label}]({page_link(from_page, doc.docx)}){{ .tai-word download=\"{posixpath.basename(doc.docx)}\" }}"


def render_download(data: SiteData, variant: str, enterprise: str, from_page: str, where: str) -> str:
    return _download(_regulation(data, variant, enterprise, where), from_page, "Tải tệp Word")


def render_variants(data: SiteData, from_page: str) -> str:
    """Every variant against every enterprise type: the page and the Word file of each."""
    regulation = data.quy_che_lam_viec
    rows = []
    for variant, spec in regulation.bien_the.items():
        cells = [(kind.ten, page_link(from_page, data.regulations[variant, t].page),
                  page_link(from_page, data.regulations[variant, t].docx))
                 for t, kind in regulation.loai_hinh.items()]
        rows.append((spec.ten, page_link(from_page, variant_page(spec.duong_dan)), cells))
    return render("bien_the.md.j2", data, from_page, rows=rows)


def render_enterprise_types(data: SiteData, variant: str, from_page: str, where: str) -> str:
    """One variant's page: the enterprise types, how to tell them apart, the rule of each, and
    the regulation's page and Word file for each."""
    _variant(data, variant, where)
    rows = [(kind, page_link(from_page, data.regulations[variant, t].page), page_link(from_page, data.regulations[variant, t].docx))
            for t, kind in data.quy_che_lam_viec.loai_hinh.items()]
    return render("loai_hinh.md.j2", data, from_page, rows=rows)


def render_catalogue(data: SiteData, from_page: str) -> str:
    """/mau/: every template, when to use it, who prepares it, how often, with its Word file."""
    rows = []
    for entry in data.danh_muc_mau.values():
        if entry.id == REGULATION:
            docx = None  # three variants: chosen on the regulation's page
        else:
            docx = page_link(from_page, data.other_models[entry.id].docx)
        rows.append((entry, page_link(from_page, template_page(entry.id)), docx))
    return render("danh_muc_mau.md.j2", data, from_page, rows=rows)


def render_checklist(data: SiteData, from_page: str) -> str:
    """Each question links to the article in the first variant and enterprise type (all share
    the article ids)."""
    doc = next(iter(data.regulations.values()))
    numbers = {s.id: s.number for s in doc.sections()}
    rows = [(item.noi_dung, page_link(from_page, f"{doc.page}#{item.dieu}"), numbers[item.dieu])
            for item in data.quy_che_lam_viec.tu_ra_soat]
    return render("tu_ra_soat.md.j2", data, from_page, rows=rows, variant=doc.name)


def render_regulation(data: SiteData, variant: str, enterprise: str, from_page: str, where: str) -> str:
    return _render(data, _regulation(data, variant, enterprise, where), from_page)


def render_template_page(data: SiteData, template_id: str, from_page: str, where: str) -> str:
    """A template's page body: download link, guidance, then the document with its form."""
    doc = _template(data, template_id, where)
    source = data.mau[template_id]
    intro = render("mau_dau_trang.md.j2", data, from_page,
                            download=Markup(_download(doc, from_page, "Tải tệp Word (mẫu trống)")),
                            index=page_link(from_page, f"{TEMPLATE_DIR}/index.md"),
                            guidance=source.huong_dan, check=source.can_kiem_chung, documents=source.van_ban)
    return intro + "\n\n" + _render(data, doc, from_page)


def _render(data: SiteData, doc: ModelDocument, from_page: str) -> str:
    """The model document for its page (form, header, text, guidance, signature)."""
    def line(value: Line, markdown: bool = False) -> Markup:
        parts = []
        for kind, text in value.segments:
            if kind == "text":
                parts.append(md(escape(text)) if markdown else str(escape(text)))
            else:
                parts.append(f'<span class="o-trong" data-truong="{escape(text)}">'
                             f"{escape(blank(data.truong_mau, text))}</span>")
        return Markup("".join(parts))

    fields = [(f, _capital(data.truong_mau[f].ten_o or data.truong_mau[f].nhan), data.truong_mau[f].goi_y)
              for f in doc.fields()]
    shared = [item for item in fields if data.truong_mau[item[0]].chung]
    own = [item for item in fields if not data.truong_mau[item[0]].chung]
    form = render_html("dien_mau.html.j2", shared=shared, own=own, bookmark_prefix=BLANK_BOOKMARK)
    return render("model_document.md.j2", data, from_page, doc=doc, line=line, form=form)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_format(data: SiteData, from_page: str) -> str:
    """The party-document format the Word files and the print rules follow, with markers."""
    return render("the_thuc.md.j2", data, from_page, fmt=data.the_thuc, vi_tri_so_trang=VI_TRI_SO_TRANG)
