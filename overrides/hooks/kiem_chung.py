"""Quiet markers: "replaced by" once per document in each section, and the reasons of the
section's "cần kiểm chứng" markers in a note at its end (macros/html_markers.py)."""

from __future__ import annotations


def on_page_content(html, page, config, files):
    from macros.html_markers import quiet_markers  # the macros plugin put the project on sys.path

    label = config.plugins["macros"].variables["du_lieu"].quy_uoc.can_kiem_chung.nhan
    return quiet_markers(html, label)
