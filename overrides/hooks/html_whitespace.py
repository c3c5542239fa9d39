"""Smaller pages: the theme's indentation dropped (macros/html_whitespace.py)."""

from __future__ import annotations


def on_post_page(output, page, config):
    from macros.html_whitespace import squeeze  # the macros plugin put the project on sys.path

    return squeeze(output)
