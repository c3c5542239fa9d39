"""Files generated at build time from the templates' data, added to the site as files so
that pages link to them with ordinary Markdown links that MkDocs checks:
- the Word file of every model document (each variant of the model regulation,
  data/quy_che_lam_viec.yml, and each template of data/mau/);
- beside each Word file, the same bytes as a script (`<file>.docx.js`), which the page's
  fill-in form loads to fill the Word file in the browser (a script loads from file://,
  where fetch() cannot);
- the print page rules (paper, margins, font) from data/the_thuc.yml, the same format data
  the Word files use."""

from __future__ import annotations

import base64
import json

from mkdocs.structure.files import File


def on_files(files, config):
    # The macros plugin has loaded and validated data/ by now (on_config) and put the
    # project folder on sys.path.
    from macros import mau, word
    from macros.paths import PRINT_CSS

    data = config.plugins["macros"].variables["du_lieu"]
    for doc in data.model_documents():
        content = word.build_docx(doc, data.the_thuc)
        files.append(File.generated(config, doc.docx, content=content))
        script = (f"(window.soTayWord = window.soTayWord || {{}})[{json.dumps(doc.docx)}] = "
                  f'"{base64.b64encode(content).decode("ascii")}";\n')
        files.append(File.generated(config, mau.word_script(doc.docx), content=script))
    files.append(File.generated(config, PRINT_CSS, content=word.print_css(data.the_thuc)))
    return files
