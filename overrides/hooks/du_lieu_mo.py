"""Open data (macros/open_data.py): the registry and the model documents as JSON files of the
site, and each document page's schema.org JSON-LD, which the theme puts in the page's head
(overrides/main.html)."""

from __future__ import annotations

from mkdocs.structure.files import File


def on_files(files, config):
    from macros.open_data import site_files  # the macros plugin put the project on sys.path

    data = config.plugins["macros"].variables["du_lieu"]
    for path, content in site_files(data, config.use_directory_urls):
        files.append(File.generated(config, path, content=content))
    return files


def on_page_context(context, page, config, nav):
    from macros.open_data import page_json_ld

    data = config.plugins["macros"].variables["du_lieu"]
    context["json_ld"] = page_json_ld(data, page.file.src_uri, config.use_directory_urls)
    return context
