"""The pages of the model documents' versions (macros/versions.py): each earlier version, each
template's changes page, and the comparisons. Generated from data/, out of the navigation
(and, by their front matter, out of the search index); pages link to them with ordinary
Markdown links that MkDocs checks."""

from __future__ import annotations

from mkdocs.structure.files import File, InclusionLevel


def on_files(files, config):
    from macros.versions import site_pages  # the macros plugin put the project on sys.path

    for path, content in site_pages(config.plugins["macros"].variables["du_lieu"]):
        files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    return files
