"""Drop the indentation and blank lines that the theme's templates leave in every page
(about a tenth of a page's bytes). A line break stays wherever there was white space, so
no two words are joined. Pages with <pre> or <textarea>, where white space is content, are
left as they are. Plain Python on a page's HTML (overrides/hooks/html_whitespace.py calls it)."""

from __future__ import annotations

import re

_INDENT = re.compile(r"\n\s+")


def squeeze(html: str) -> str:
    if "<pre" in html or "<textarea" in html:
        return html
    return _INDENT.sub("\n", html)
