"""Page rendering of the model documents built by mau.py (the Word writer is word.py)."""

from __future__ import annotations

from markupsafe import Markup, escape

from .documents import md, render_template
from .errors import DataError
from .documents import page_link
from .mau import TEMPLATE_FILE, Line, blank, clause_prefix, docx_path, page_path
from .registry import SiteData


def _variant(data: SiteData, variant: str, where: str):
    if variant not in data.quy_che_lam_viec.bien_the:
        raise DataError(f'{where}: biến thể "{variant}" không có trong {TEMPLATE_FILE} '
                        f'(có: {", ".join(data.quy_che_lam_viec.bien_the)}).')
    return data.quy_che_lam_viec.bien_the[variant]


def variant_name(data: SiteData, variant: str, where: str) -> str:
    return md(_variant(data, variant, where).ten)


def render_download(data: SiteData, variant: str, from_page: str, where: str) -> str:
    spec = _variant(data, variant, where)
    return f"[Tải tệp Word: {md(spec.ten)}]({page_link(from_page, docx_path(spec.duong_dan))})"


def render_variants(data: SiteData, from_page: str) -> str:
    rows = [(spec.ten, page_link(from_page, page_path(spec.duong_dan)), page_link(from_page, docx_path(spec.duong_dan)))
            for spec in data.quy_che_lam_viec.bien_the.values()]
    return render_template("bien_the.md.j2", data, from_page, rows=rows)


def render_checklist(data: SiteData, from_page: str) -> str:
    """Each question links to the article in the first variant (all variants share the ids)."""
    first = next(iter(data.quy_che_lam_viec.bien_the.values()))
    target = page_path(first.duong_dan)
    doc = data.van_ban_mau[next(iter(data.quy_che_lam_viec.bien_the))]
    numbers = {a.id: a.number for a in doc.articles()}
    rows = [(item.noi_dung, page_link(from_page, f"{target}#{item.dieu}"), numbers[item.dieu])
            for item in data.quy_che_lam_viec.tu_ra_soat]
    return render_template("tu_ra_soat.md.j2", data, from_page, rows=rows, variant=first.ten)


def render_page(data: SiteData, variant: str, from_page: str, where: str) -> str:
    """The model document of `variant` for its page (header, text, guidance, signature)."""
    _variant(data, variant, where)
    doc = data.van_ban_mau[variant]

    def line(value: Line, markdown: bool = False) -> Markup:
        parts = []
        for kind, text in value.segments:
            if kind == "text":
                parts.append(md(escape(text)) if markdown else str(escape(text)))
            else:
                parts.append(f'<span class="o-trong" data-truong="{escape(text)}">'
                             f"{escape(blank(data.truong_mau, text))}</span>")
        return Markup("".join(parts))

    used = []  # the fields this document uses, in order of first use, for the legend
    lines = list(doc.header.values()) + [doc.subject, *doc.grounds, doc.signer_name, *doc.recipients]
    lines += [line for article in doc.articles() for line in (article.title, *article.clauses)]
    for value in lines:
        used += [text for kind, text in value.segments if kind == "field" and text not in used]
    fields = [(blank(data.truong_mau, f), data.truong_mau[f].goi_y) for f in used]
    return render_template("van_ban_mau.md.j2", data, from_page, doc=doc, line=line, prefix=clause_prefix, fields=fields)


def render_format(data: SiteData, from_page: str) -> str:
    """The party-document format the Word files and the print rules follow, with markers."""
    return render_template("the_thuc.md.j2", data, from_page, fmt=data.the_thuc)
