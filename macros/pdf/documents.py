"""A model document as print HTML, for its PDF: the same ModelDocument the page and the Word
file are built from, laid out with the format data (data/the_thuc.yml)."""

from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from ..model_documents.structure import Line, ModelDocument, blank
from ..render import render_html
from ..schema import TheThuc, TruongMau
from .render import FONT_FAMILY, font_css


def line_html(labels: dict[str, TruongMau]) -> Callable[[Line], Markup]:
    """A line of a model document as print HTML: each blank "[label]" on the highlight."""
    def line(value: Line) -> Markup:
        return Markup("".join(
            str(escape(text)) if kind == "text" else f'<span class="o-trong">{escape(blank(labels, text))}</span>'
            for kind, text in value.segments))

    return line


def document_html(doc: ModelDocument, fmt: TheThuc) -> str:
    return str(render_html("pdf/van_ban_mau.html.j2", doc=doc, line=line_html(doc.labels), fmt=fmt,
                           fonts=Markup(font_css()), family=FONT_FAMILY))
