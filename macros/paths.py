"""Where things are: every data file, and every place in docs/ (and in the built site) that
the code writes to or links to. Paths are POSIX, relative to the project (data) or to docs/
(pages, Word files); messages name data files by these same strings ("data/van_ban.yml").
"""

from __future__ import annotations

from pathlib import Path

# The project's docs/, for what reads the pages beyond the build's own (an editor's report, a
# page's title in the changes): the layout of the project is fixed.
DOCS_ROOT = Path(__file__).resolve().parent.parent / "docs"

# --- data/ ----------------------------------------------------------------------------------
DATA_DIR = "data"
TEMPLATE_DATA_DIR = f"{DATA_DIR}/mau"  # one file per model document, the regulation included


def data_file(name: str) -> str:
    """A data file by its namespace: data_file("van_ban") == "data/van_ban.yml"."""
    return f"{DATA_DIR}/{name}.yml"


VAN_BAN_FILE = data_file("van_ban")
LOAI_FILE = data_file("loai_van_ban")
CO_QUAN_FILE = data_file("co_quan")
TAP_HUAN_FILE = data_file("tap_huan")
THONG_BAO_FILE = data_file("thong_bao")
THUAT_NGU_FILE = data_file("thuat_ngu")
SINH_HOAT_FILE = data_file("sinh_hoat_chi_bo")
THE_THUC_FILE = data_file("the_thuc")
TRANG_WEB_FILE = data_file("trang_web")
THAY_DOI_FILE = data_file("thay_doi")
CATALOGUE_FILE = data_file("mau_van_ban")


VERSION_DATA_DIR = f"{TEMPLATE_DATA_DIR}/phien-ban"  # snapshots of earlier versions


def version_file(template_id: str, number: int) -> str:
    """The snapshot of an earlier version of a template."""
    return f"{VERSION_DATA_DIR}/{template_id}/{number}.yml"


def template_file(template_id: str) -> str:
    return f"{TEMPLATE_DATA_DIR}/{template_id}.yml"


# --- docs/ ----------------------------------------------------------------------------------
DOC_DIR = "van-ban"  # a page per registry document
MODULE_DIR = "tap-huan"  # a page per training module
TEMPLATE_DIR = "mau"  # a page and a Word file per template; a folder per template with variants
QUY_UOC_PAGE = "gioi-thieu/quy-uoc.md"
PRINT_CSS = "assets/stylesheets/the-thuc.css"  # generated from data/the_thuc.yml


def doc_page(doc_id: str) -> str:
    return f"{DOC_DIR}/{doc_id}.md"


def document_of_page(src: str) -> str | None:
    """The registry document whose page is docs/`src` ("van-ban/ct-10-2007.md" -> "ct-10-2007"),
    or None; whether the registry has it is the caller's to check."""
    folder, _, stem = src.removesuffix(".md").rpartition("/")
    return stem if folder == DOC_DIR and stem != "index" else None


def page_location(src: str, directory_urls: bool) -> str:
    """Where the site puts a page of docs/ ("mau/a/b.md" -> "mau/a/b/", or "mau/a/b.html" for
    the folder edition), by MkDocs' rules: the search index's locations, the feeds' links."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        folder = stem.removesuffix("index")
        return folder if directory_urls else stem + ".html"
    return stem + "/" if directory_urls else stem + ".html"


def module_page(module_id: str) -> str:
    return f"{MODULE_DIR}/{module_id}.md"


def template_page(template_id: str, variants: bool = False) -> str:
    """Page of a template; a template with variants has a folder, and this is its index."""
    return f"{TEMPLATE_DIR}/{template_id}/index.md" if variants else f"{TEMPLATE_DIR}/{template_id}.md"


def template_docx(template_id: str) -> str:
    """Word file of a template without variants."""
    return f"{TEMPLATE_DIR}/{template_id}.docx"


def variant_folder(template_id: str) -> str:
    """Folder of a template with variants: its index, a page per variant, the Word files."""
    return f"{TEMPLATE_DIR}/{template_id}"


def variant_page(template_id: str, variant_slug: str) -> str:
    """Page of a variant (it lists the enterprise types)."""
    return f"{variant_folder(template_id)}/{variant_slug}.md"


def variant_type_page(template_id: str, variant_slug: str, type_slug: str) -> str:
    """Page of the document for one variant and one enterprise type."""
    return f"{variant_folder(template_id)}/{variant_slug}/{type_slug}.md"


def variant_docx(template_id: str, variant_slug: str, type_slug: str) -> str:
    """Word file of the document for one variant and one enterprise type."""
    return f"{variant_folder(template_id)}/{template_id}-{variant_slug}-{type_slug}.docx"


def versions_folder(template_id: str) -> str:
    """Pages generated from a template's versions (macros/versions.py): its old versions under
    phien-ban/, its changes page and comparisons under thay-doi."""
    return f"{TEMPLATE_DIR}/{template_id}"


def version_page(template_id: str, number: int, variant_slug: str = "", type_slug: str = "") -> str:
    """An earlier version of a template (…/phien-ban/<so>/); for a template with variants, the
    version's index, or one variant and enterprise type of it."""
    base = f"{versions_folder(template_id)}/phien-ban/{number}"
    if variant_slug:
        return f"{base}/{variant_slug}/{type_slug}.md"
    return f"{base}/index.md"


def changes_page(template_id: str) -> str:
    """A template's versions and the comparisons between them."""
    return f"{versions_folder(template_id)}/thay-doi/index.md"


def comparison_page(template_id: str, old: int, new: int, variant_slug: str = "", type_slug: str = "") -> str:
    base = f"{versions_folder(template_id)}/thay-doi/{old}-{new}"
    if variant_slug:
        return f"{base}/{variant_slug}/{type_slug}.md"
    return f"{base}/index.md"


def word_script(docx: str) -> str:
    """Beside a Word file, the same bytes wrapped in a script (base64), which the page loads to
    fill it in the browser: a script loads from file:// where fetch() cannot."""
    return docx + ".js"


# --- Print files (PDF), written after the build (macros/pdf/site.py) -------------------------
SINH_HOAT_PAGE = "sinh-hoat-chi-bo/index.md"
GLOSSARY_PAGE = "tra-cuu/index.md"
COURSE_PDF = f"{MODULE_DIR}/tap-huan-cap-uy-vien-moi.pdf"
SINH_HOAT_PDF = "sinh-hoat-chi-bo/so-tay-sinh-hoat-chi-bo.pdf"


def document_pdf(docx: str) -> str:
    """A model document's PDF, beside its Word file."""
    return docx.removesuffix(".docx") + ".pdf"


def module_pdf(module_id: str, answers: bool = False) -> str:
    """A training module's handout, or its answer key for the trainer."""
    return f"{MODULE_DIR}/{module_id}{'-dap-an' if answers else ''}.pdf"
