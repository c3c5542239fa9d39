"""Generic rendering: the Jinja environment of templates/*.j2, Markdown escaping, links
between pages. Nothing here knows the site's data: a domain module that wants something in
every page template (the registry's citation helper, for one) registers it with
`page_globals`, and `render` passes it on.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .formatting import ngay_chu, ngay_so

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|"})


def md(text: str) -> str:
    """Escape the characters that Markdown would read as markup."""
    return str(text).translate(_MD_SPECIAL)


def title_text(text: str) -> str:
    """A name from data, for a heading written in Markdown: markup shows as text."""
    return md(Markup.escape(text))


def script_json(value, indent: int | None = None) -> str:
    """JSON to put inside a <script> data block of a page: no "<", ">" or "&" that could close
    the element or start markup (they are written as \\u escapes, which JSON reads back)."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_link(from_page: str, target: str) -> str:
    """Path of `target` (a docs-relative .md path, maybe with #anchor) relative to `from_page`."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    undefined=StrictUndefined,
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)
env.filters["md"] = lambda value: Markup(md(Markup.escape(value)))
env.filters["ngay_so"] = ngay_so
env.filters["ngay_chu"] = ngay_chu

# Each gives names for every page template, from the site data and the page rendered into.
_page_globals: list[Callable[[Any, str], dict[str, Any]]] = []


def page_globals(provider: Callable[[Any, str], dict[str, Any]]) -> Callable[[Any, str], dict[str, Any]]:
    """Register `provider(data, from_page) -> {name: value}` (a decorator)."""
    _page_globals.append(provider)
    return provider


def render_html(template: str, **context) -> Markup:
    """Render templates/`template`, an HTML fragment that needs nothing from the site data."""
    return Markup(env.get_template(template).render(**context).strip())


def render(template: str, data: Any, from_page: str, **context) -> str:
    """Render templates/`template` for the page `from_page` (a docs-relative .md path), with
    the names every registered provider gives for that page."""
    names: dict[str, Any] = {}
    for provider in _page_globals:
        names.update(provider(data, from_page))
    return env.get_template(template).render(**names, **context).strip()
