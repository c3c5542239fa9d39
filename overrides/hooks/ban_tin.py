"""The feeds of what changed on the site (macros/changes.py, from data/thay_doi.yml), added as
files so that pages link to them with ordinary Markdown links that MkDocs checks."""

from __future__ import annotations

from mkdocs.structure.files import File


def on_files(files, config):
    from macros.changes import site_files  # the macros plugin put the project on sys.path

    data = config.plugins["macros"].variables["du_lieu"]
    for path, content in site_files(data, config.use_directory_urls):
        files.append(File.generated(config, path, content=content))
    return files
