"""Links to the print files, as pages show them: an ordinary Markdown link (MkDocs checks it
and writes it for either edition of the site) with an empty size span, which the build fills
once the file is made (site.label_sizes)."""

from __future__ import annotations

import posixpath

from markupsafe import Markup, escape

from ..errors import DataError
from ..paths import COURSE_PDF, SINH_HOAT_PDF
from ..render import page_link

# The booklets a page links with the macro tai_pdf("<id>"): the file and what its link says.
BOOKLETS = {
    "tap-huan": (COURSE_PDF, "Cả khóa tập huấn: bìa, mục lục, các chuyên đề, thuật ngữ"),
    "sinh-hoat-chi-bo": (SINH_HOAT_PDF, "Hướng dẫn trên trang này, kèm mẫu biên bản và nghị quyết chi bộ"),
}


def pdf_link(path: str, label: str, from_page: str) -> Markup:
    marker = f'<span class="kich-thuoc" data-pdf="{escape(path)}"></span>'
    return Markup(f'[{label}{marker}]({page_link(from_page, path)}){{ .tai-pdf download="{posixpath.basename(path)}" }}')


def render_booklet_link(data, booklet: str, from_page: str, where: str) -> str:
    """`tai_pdf("tap-huan")`: the link to one of the booklets."""
    if booklet not in BOOKLETS:
        raise DataError(f'{where}: tai_pdf("{booklet}"): không có tập tài liệu in tên này. '
                        f"Các tên có: {', '.join(BOOKLETS)}.")
    return (f'<p class="ban-in khong-in" markdown="span">Bản in (A4): '
            f'{pdf_link(*BOOKLETS[booklet], from_page=from_page)}</p>')
