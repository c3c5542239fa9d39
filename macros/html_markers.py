"""Quiet markers on a page, section by section (a section runs from one <h2> to the next):

- "(đã được thay thế bởi X)" after a replaced document's name is said once per document in a
  section: the later ones go (each sits in <span class="thay-the-boi" data-van-ban="id">,
  written by macros/templates/_markers.md.j2);
- the "cần kiểm chứng" markers of a section (<a class="can-kiem-chung" title="reason">, shown
  as a small sign by the stylesheet) are explained in a note at the section's end, so that the
  reasons are on paper and on a projector too, where no tooltip shows.

Plain HTML in, plain HTML out: no MkDocs here. Pages of model documents are left alone: their
text is copied and compared with the Word file, and each article's guidance stands alone.
"""

from __future__ import annotations

import html
import re

_SECTION = re.compile(r"(?=<h2[\s>])")
_REPLACED = re.compile(r'<span class="thay-the-boi" data-van-ban="([a-z0-9-]+)">.*?</span>', re.S)
_MARKER = re.compile(r'<a\b[^>]*\bclass="can-kiem-chung"[^>]*>')
_TITLE = re.compile(r'\btitle="([^"]*)"')
SIGN = "※"


def _section(part: str, label: str) -> str:
    seen: set[str] = set()

    def once(match: re.Match) -> str:
        if match.group(1) in seen:
            return ""
        seen.add(match.group(1))
        return match.group(0)

    part = _REPLACED.sub(once, part)
    reasons = []
    for tag in _MARKER.findall(part):
        title = _TITLE.search(tag)
        reason = html.unescape(title.group(1)) if title else ""
        if reason and reason not in reasons:
            reasons.append(reason)
    if not reasons:
        return part
    items = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
    note = (f'<div class="ghi-chu-kiem-chung" data-search-exclude><p><span aria-hidden="true">{SIGN}</span> '
            f"<strong>{html.escape(label[:1].upper() + label[1:])}</strong>:</p><ul>{items}</ul></div>")
    return part + note


def quiet_markers(page_html: str, label: str) -> str:
    """`label` is the marker's name (data/quy_uoc.yml, can_kiem_chung.nhan)."""
    if 'class="van-ban-mau"' in page_html or ("thay-the-boi" not in page_html and "can-kiem-chung" not in page_html):
        return page_html
    return "".join(_section(part, label) for part in _SECTION.split(page_html))
