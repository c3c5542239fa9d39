"""The maintainer's preview (`mkdocs serve`) survives a bad edit.

mkdocs-macros stops the whole process on a macro error when on_error_fail is true (the
right choice for `mkdocs build` and the deploy, which must refuse to publish). In the
preview that would kill the server. So, only under `mkdocs serve`, the error is written
into the page it concerns, in Vietnamese (macros.errors.preview_block), the log still
names it, and the next save rebuilds the page as usual. The deploy and the tests build with
`mkdocs build --strict`, never through this path.
"""

from __future__ import annotations

import logging

from mkdocs.utils import CountHandler
from mkdocs_macros import errors as macros_errors

from macros.errors import preview_block

# Set once by on_startup; kept across the preview's rebuilds because MkDocs loads a hook
# module once per process (config_options.Hooks._load_hook is cached), while on_config
# below runs on each rebuild's fresh configuration.
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_config(config):
    if _serving:
        config.plugins["macros"].config["on_error_fail"] = False
        # Strict mode would refuse the whole rebuild for that warning and leave the preview
        # stuck on the old pages: the preview is never strict (the deploy always is).
        config.strict = False
        mkdocs_log = logging.getLogger("mkdocs")
        for handler in list(mkdocs_log.handlers):
            if isinstance(handler, CountHandler):
                mkdocs_log.removeHandler(handler)
        # mkdocs-macros asks this (single-dispatch) function for the text of the error
        # it puts in the page; every exception gets our Vietnamese block instead.
        for kind in (Exception, *macros_errors.format_error.registry):
            if kind is not object:
                macros_errors.format_error.register(kind)(_vietnamese)
    return config


def _vietnamese(error, markdown, page):
    if "\n" not in markdown.strip():
        # mkdocs-macros also renders the page's title (from "# {{ ... }}") on its own: a short
        # text there (window title, navigation), the block once, in the page.
        return "Trang có lỗi"
    return preview_block(error, page.file.src_path)
