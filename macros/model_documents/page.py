"""Page rendering of the model documents built by build.py (the Word writer is word.py)."""

from __future__ import annotations

import posixpath

from markupsafe import Markup, escape

from ..checks import lookup
from ..errors import DataError
from ..formatting import ngay_so
from ..paths import CATALOGUE_FILE, TEMPLATE_DIR, changes_page, document_pdf, template_file, template_page, variant_folder, variant_page
from ..pdf.links import pdf_link
from ..registry import SiteData
from ..render import md, page_link, render, render_html, title_text
from ..schema import VI_TRI_SO_TRANG, MauVanBan
from .structure import BLANK_BOOKMARK, Line, ModelDocument, blank

# The macros of a template with variants (the model regulation) take its id as `mau`; on a page
# in the template's own folder (docs/mau/<id>/...) it defaults to that template.


def template_with_variants(data: SiteData, mau: str | None, from_page: str, where: str) -> tuple[str, MauVanBan]:
    """The template with variants a macro is about: `mau`, or the one whose folder holds the page."""
    if mau is None:
        folder = from_page.split("/")[:2]
        mau = folder[1] if len(folder) == 2 and folder[0] == TEMPLATE_DIR else None
        if mau is None or mau not in data.mau:
            choices = ", ".join(t for t, source in data.mau.items() if source.bien_the)
            raise DataError(f'{where}: trang này không nằm trong thư mục của một mẫu có biến thể '
                            f'(docs/{TEMPLATE_DIR}/<mã>/); ghi mã mẫu: mau="…" (có: {choices}).')
    template = lookup(data.mau, mau, where, "mẫu", CATALOGUE_FILE)
    if not template.bien_the:
        raise DataError(f'{where}: mẫu "{mau}" không có biến thể (bien_the trong {template_file(mau)}).')
    return mau, template


def _variant(data: SiteData, variant: str, mau: str | None, from_page: str, where: str):
    template_id, template = template_with_variants(data, mau, from_page, where)
    return template_id, lookup(template.bien_the, variant, where, "biến thể", template_file(template_id))


def _template(data: SiteData, template_id: str, where: str) -> ModelDocument:
    lookup(data.mau, template_id, where, "mẫu", CATALOGUE_FILE)
    if data.mau[template_id].bien_the:
        raise DataError(f'{where}: mẫu "{template_id}" có biến thể; trang của nó ở docs/{variant_folder(template_id)}/.')
    return data.model(template_id)


def _document(data: SiteData, variant: str, enterprise: str, mau: str | None, from_page: str,
              where: str) -> ModelDocument:
    template_id, _ = _variant(data, variant, mau, from_page, where)
    lookup(data.mau[template_id].loai_hinh, enterprise, where, "loại hình doanh nghiệp", template_file(template_id))
    return data.model(template_id, variant, enterprise)


def variant_name(data: SiteData, variant: str, enterprise: str | None = None, *, mau: str | None = None,
                 from_page: str, where: str) -> str:
    """"Đảng ủy cơ sở có Ban Thường vụ", or with the enterprise type after a comma."""
    if enterprise is None:
        return title_text(_variant(data, variant, mau, from_page, where)[1].ten)
    return title_text(_document(data, variant, enterprise, mau, from_page, where).name)


def template_name(data: SiteData, template_id: str, where: str) -> str:
    return title_text(_template(data, template_id, where).name)


def _download(data: SiteData, doc: ModelDocument, from_page: str, label: str) -> str:
    """The Word file's link, and beside it the PDF's, then the version and its changes page;
    the fill-in script finds the Word link by its class and loads the file's script twin from
    the same place."""
    word = f"[{label}]({page_link(from_page, doc.docx)}){{ .tai-word download=\"{posixpath.basename(doc.docx)}\" }}"
    template_id = next(t for t, built in data.models.items() if doc in built.values())
    version = data.mau[template_id].phien_ban[-1]
    changes = f"[những thay đổi]({page_link(from_page, changes_page(template_id))})"
    return (f"{word} · {pdf_link(document_pdf(doc.docx), 'Tải bản in', from_page)} · "
            f"Phiên bản {version.so} ({ngay_so(version.ngay)}), {changes}")


def render_download(data: SiteData, variant: str, enterprise: str, *, mau: str | None = None, from_page: str,
                    where: str) -> str:
    return _download(data, _document(data, variant, enterprise, mau, from_page, where), from_page, "Tải tệp Word")


def render_variants(data: SiteData, *, mau: str | None = None, from_page: str, where: str) -> str:
    """Every variant against every enterprise type: the page and the Word file of each."""
    template_id, template = template_with_variants(data, mau, from_page, where)
    rows = []
    for variant, spec in template.bien_the.items():
        built = [(kind.ten, data.model(template_id, variant, t)) for t, kind in template.loai_hinh.items()]
        cells = [(name, page_link(from_page, doc.page), page_link(from_page, doc.docx)) for name, doc in built]
        rows.append((spec.ten, page_link(from_page, variant_page(template_id, spec.duong_dan)), cells))
    return render("bien_the.md.j2", data, from_page, rows=rows)


def render_enterprise_types(data: SiteData, variant: str, *, mau: str | None = None, from_page: str,
                            where: str) -> str:
    """One variant's page: the enterprise types, how to tell them apart, the rule of each, and
    the document's page and Word file for each."""
    template_id, _ = _variant(data, variant, mau, from_page, where)
    built = [(kind, data.model(template_id, variant, t)) for t, kind in data.mau[template_id].loai_hinh.items()]
    rows = [(kind, page_link(from_page, doc.page), page_link(from_page, doc.docx)) for kind, doc in built]
    return render("loai_hinh.md.j2", data, from_page, rows=rows)


def render_catalogue(data: SiteData, from_page: str) -> str:
    """/mau/: every template, when to use it, who prepares it, how often, with its Word file
    (a template with variants: chosen on its page)."""
    rows = []
    for entry in data.danh_muc_mau.values():
        variants = bool(data.mau[entry.id].bien_the)
        docx = None if variants else page_link(from_page, data.model(entry.id).docx)
        rows.append((entry, page_link(from_page, template_page(entry.id, variants)), docx))
    return render("danh_muc_mau.md.j2", data, from_page, rows=rows)


def render_checklist(data: SiteData, *, mau: str | None = None, from_page: str, where: str) -> str:
    """Each question links to the article in the first variant and enterprise type (all share
    the article ids)."""
    template_id, template = template_with_variants(data, mau, from_page, where)
    doc = next(iter(data.models[template_id].values()))
    numbers = {s.id: s.number for s in doc.sections()}
    rows = [(item.noi_dung, page_link(from_page, f"{doc.page}#{item.dieu}"), numbers[item.dieu])
            for item in template.tu_ra_soat]
    return render("tu_ra_soat.md.j2", data, from_page, rows=rows, variant=doc.name)


def render_variant_document(data: SiteData, variant: str, enterprise: str, *, mau: str | None = None, from_page: str,
                      where: str) -> str:
    """The page of one variant and enterprise type of a template with variants."""
    return _render(data, _document(data, variant, enterprise, mau, from_page, where), from_page)


def render_template_page(data: SiteData, template_id: str, from_page: str, where: str) -> str:
    """A template's page body: download link, guidance, then the document with its form."""
    doc = _template(data, template_id, where)
    source = data.mau[template_id]
    intro = render("mau_dau_trang.md.j2", data, from_page,
                   download=Markup(_download(data, doc, from_page, "Tải tệp Word (mẫu trống)")),
                   index=page_link(from_page, f"{TEMPLATE_DIR}/index.md"),
                   guidance=source.huong_dan, check=source.can_kiem_chung, documents=source.van_ban)
    return intro + "\n\n" + _render(data, doc, from_page)


def render_old_version(data: SiteData, doc: ModelDocument, from_page: str, date: str, number: int, *,
                       current: str, changes: str) -> str:
    """An earlier version of a model document on its page: the banner that says so, then the
    document as it was (no fill-in form: its Word file is the current one's)."""
    banner = render("phien_ban_cu.md.j2", data, from_page, number=number, date=date,
                    current=page_link(from_page, current), changes=page_link(from_page, changes))
    return banner + "\n\n" + _render(data, doc, from_page, form=False)


def _render(data: SiteData, doc: ModelDocument, from_page: str, form: bool = True) -> str:
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
    form = render_html("dien_mau.html.j2", shared=shared, own=own, bookmark_prefix=BLANK_BOOKMARK) if form else ""
    return render("model_document.md.j2", data, from_page, doc=doc, line=line, form=form)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_format(data: SiteData, from_page: str) -> str:
    """The party-document format the Word files and the print rules follow, with markers."""
    return render("the_thuc.md.j2", data, from_page, fmt=data.the_thuc, vi_tri_so_trang=VI_TRI_SO_TRANG)
