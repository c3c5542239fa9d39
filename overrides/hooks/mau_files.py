"""Files generated at build time from the model documents' data (macros/model_documents/word.py,
site_files): the Word files, their script twins for the fill-in form, the print rules. Added
to the site as files, so that pages link to them with ordinary Markdown links that MkDocs
checks."""

from __future__ import annotations

from mkdocs.structure.files import File


def on_files(files, config):
    # The macros plugin has loaded and validated data/ by now (on_config) and put the
    # project folder on sys.path.
    from macros.model_documents.word import site_files

    for path, content in site_files(config.plugins["macros"].variables["du_lieu"]):
        files.append(File.generated(config, path, content=content))
    return files
