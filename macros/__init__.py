"""mkdocs-macros entry point: loads the data once and registers the macros.

Nothing here renders or validates; see registry.py (data), documents.py (renderers),
navigation.py (document pages), formatting.py (Vietnamese text helpers).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from jinja2 import StrictUndefined

from . import documents, navigation
from .errors import DataError
from .formatting import ngay_chu, ngay_so, slugify
from .registry import load_site_data

log = logging.getLogger("mkdocs.plugins.so_tay")


def define_env(env):
    data = load_site_data(Path(env.project_dir))
    navigation.check_document_pages(Path(env.conf["docs_dir"]), data)
    navigation.add_document_pages(env.conf["nav"], data)
    # ASCII heading anchors that keep Vietnamese readable: "Điều 5" -> "dieu-5".
    env.conf["mdx_configs"].setdefault("toc", {})["slugify"] = slugify
    env.variables["trang_web"] = data.trang_web

    def page() -> str:
        return env.page.file.src_uri

    def where() -> str:
        return f'Trang "docs/{page()}"'

    def macro(func):
        """Register `func`; a DataError is logged at ERROR (visible under -q) and fails the build."""
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except DataError as err:
                log.error(str(err))
                raise
        return env.macro(wrapper)

    @macro
    def ten_van_ban(doc_id):
        """Short name of a document, for headings: "Chỉ thị 10-CT/TW"."""
        return documents.render_title(data, doc_id, where())

    @macro
    def van_ban(doc_id, day_du=True):
        """Citation with link, date, issuer, successor: {{ van_ban("ct-10-2007") }}."""
        return documents.render_citation(data, doc_id, page(), where(), full=day_du)

    @macro
    def the_van_ban(doc_id):
        """Status banner and metadata card, at the top of a document's page."""
        return documents.render_card(data, doc_id, page(), where())

    @macro
    def quan_he_van_ban(doc_id):
        return documents.render_relations(data, doc_id, page(), where())

    @macro
    def nguon_van_ban(doc_id):
        return documents.render_sources(data, doc_id, page(), where())

    @macro
    def bang_van_ban():
        return documents.render_table(data, page())

    @macro
    def quy_uoc_trang_thai():
        return documents.render_status_legend(data, page())

    env.filter(ngay_so)
    env.filter(ngay_chu)


def on_pre_page_macros(env):
    # The Jinja environment exists only from here on; give it Vietnamese undefined errors.
    env.env.undefined = _undefined_for(env.page.file.src_uri, sorted(env.macros))


def _undefined_for(src_uri: str, macros: list[str]):
    class ViUndefined(StrictUndefined):
        @property
        def _undefined_message(self) -> str:
            message = (
                f'Trang "docs/{src_uri}": "{self._undefined_name}" chưa được khai báo '
                f"(không phải macro hay biến của site; kiểm tra chính tả). "
                f"Các macro có: {', '.join(macros)}."
            )
            log.error(message)
            return message

    return ViUndefined
