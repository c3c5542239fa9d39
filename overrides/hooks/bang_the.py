"""Tables read on a phone: each Markdown table of three columns or more gets its column
headings on its cells (macros/html_tables.py), which the stylesheet shows as cards on narrow
screens."""

from __future__ import annotations


def on_page_content(html, page, config, files):
    from macros.html_tables import label_table_cells  # the macros plugin put the project on sys.path

    return label_table_cells(html)
