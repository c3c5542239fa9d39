"""The print files (PDF) of the model documents, the training handouts and the booklets
(macros/pdf/site.py). Their paths are registered with the other files, so that the pages'
links to them are checked; the files are made once the pages are built, since the handouts
are the built pages' text.

`mkdocs build` (the deploy, the folder edition, the tests and CI) always makes them, and stops
if it cannot. The preview (`mkdocs serve`) does not: it stays fast, says so once in the
terminal, and the links say so on the page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.so_tay")
_serving = False
_said = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_files(files, config):
    from macros.pdf.site import print_files  # the macros plugin put the project on sys.path

    for item in print_files(config.plugins["macros"].variables["du_lieu"]):
        files.append(File.generated(config, item.path, content=b""))
    return files


def on_post_build(config):
    global _said
    from macros.pdf.site import label_sizes, write_all

    site = Path(config.site_dir)
    if _serving:
        label_sizes(site, None)
        if not _said:
            log.info("Bản xem trước không dựng tệp PDF (cho nhanh); lệnh mkdocs build và bản triển khai luôn dựng chúng.")
            _said = True
        return
    label_sizes(site, write_all(site, config.plugins["macros"].variables["du_lieu"], config.use_directory_urls))
