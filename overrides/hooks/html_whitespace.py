"""Drop the indentation and blank lines that the theme's templates leave in every page
(about a tenth of a page's bytes). Pages with <pre> or <textarea>, where white space is
content, are left as they are."""

from __future__ import annotations

import re

_LINE_SPACE = re.compile(r"\n[ \t]*(?=\S)|[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{2,}")


def on_post_page(output, page, config):
    if "<pre" in output or "<textarea" in output:
        return output
    return _BLANK_LINES.sub("\n", _LINE_SPACE.sub("\n", output))
