"""Files generated at build time from the templates' data, added to the site as files so
that pages link to them with ordinary Markdown links that MkDocs checks:
- the Word file of each variant of the model regulation (data/quy_che_lam_viec.yml);
- the print page rules (paper, margins, font) from data/the_thuc.yml, the same format data
  the Word files use."""

from __future__ import annotations

from mkdocs.structure.files import File

PRINT_CSS = "assets/stylesheets/the-thuc.css"


def on_files(files, config):
    # The macros plugin has loaded and validated data/ by now (on_config) and put the
    # project folder on sys.path.
    from macros import mau, word

    data = config.plugins["macros"].variables["du_lieu"]
    for variant, spec in data.quy_che_lam_viec.bien_the.items():
        content = word.build_docx(data.van_ban_mau[variant], data.the_thuc)
        files.append(File.generated(config, mau.docx_path(spec.duong_dan), content=content))
    files.append(File.generated(config, PRINT_CSS, content=word.print_css(data.the_thuc)))
    return files
