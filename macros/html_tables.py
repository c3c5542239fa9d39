"""Label the cells of a page's tables with their column headings, so that on a phone a wide
table can be shown as one card per row ("Trạng thái: Còn hiệu lực"), the heading before each
cell (docs/assets/stylesheets/so-tay.css). Plain HTML in, plain HTML out: no MkDocs here.

Only the tables Python-Markdown writes from Markdown (a <thead> row of <th>, then <tbody> rows
of <td>, no nested tables) with at least three columns are labelled; the tables of the model
documents (class "bang-mau") are documents, not lists, and stay as they are.
"""

from __future__ import annotations

import html
import re

_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_HEAD_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr(\b[^>]*)>(.*?)</tr>", re.S)  # a row may carry data attributes
_CELL_START = re.compile(r"<td\b")
_TAG = re.compile(r"<[^>]+>")
MIN_COLUMNS = 3


def _label(table: re.Match) -> str:
    body = table.group(1)
    head, sep, rows = body.partition("</thead>")
    headings = [html.unescape(_TAG.sub("", cell)).strip() for cell in _HEAD_CELL.findall(head)]
    if not sep or len(headings) < MIN_COLUMNS or "<table" in rows:
        return table.group(0)

    def label_row(row: re.Match) -> str:
        cells = iter(headings)
        labelled = _CELL_START.sub(lambda m: f'<td data-nhan="{html.escape(next(cells, ""), quote=True)}"', row.group(2))
        return f"<tr{row.group(1)}>{labelled}</tr>"

    return f"<table data-the>{head}{sep}{_ROW.sub(label_row, rows)}</table>"


def label_table_cells(page_html: str) -> str:
    """Every Markdown table of three columns or more gets `data-the` and each cell `data-nhan`."""
    if "<table>" not in page_html:
        return page_html
    return _TABLE.sub(_label, page_html)
