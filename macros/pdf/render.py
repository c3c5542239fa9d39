"""HTML to PDF with WeasyPrint.

Why WeasyPrint: it lays out paged media from HTML and CSS (page sizes and margins, running
heads, page counters, `target-counter` for contents pages) in Python at build time, with no
browser; it subsets and embeds the fonts it uses. It needs Pango from the system (Debian:
libpango-1.0-0, libpangoft2-1.0-0), which tests/setup.sh and the deploy install.

Fonts: Liberation Serif (metric-compatible with Times New Roman, which Debian cannot ship,
and with the Vietnamese letters), vendored in docs/assets/fonts/liberation-serif/ and named by
@font-face, so that a PDF never depends on the fonts of the machine that builds it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError
from ..paths import DOCS_ROOT

FONT_DIR = "assets/fonts/liberation-serif"
FONT_FAMILY = "So Tay Serif"
_FACES = (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400), ("BoldItalic", "italic", 700))


def font_css(docs: Path = DOCS_ROOT) -> str:
    rules = []
    for name, style, weight in _FACES:
        url = (docs / FONT_DIR / f"LiberationSerif-{name}.ttf").resolve().as_uri()
        rules.append(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: {style}; '
                     f'font-weight: {weight}; src: url("{url}"); }}')
    return "\n".join(rules) + "\n"


class PdfUnavailable(DataError):
    """WeasyPrint cannot run on this machine."""


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango or its libraries are missing
        raise PdfUnavailable(
            "Không dựng được tệp PDF: thiếu thư viện WeasyPrint hoặc thư viện hệ thống Pango mà nó cần "
            f"({type(error).__name__}: {error}). Cài bằng: bash tests/setup.sh (hoặc apt-get install "
            "libpango-1.0-0 libpangoft2-1.0-0, rồi .venv/bin/pip install -r requirements.txt)."
        ) from error
    return weasyprint


def to_pdf(html: str, base_url: str | None = None) -> bytes:
    """The PDF of a print HTML document (which links no outside resource: fonts come from
    font_css, images from base_url, the built site)."""
    weasyprint = _weasyprint()
    # Only files of this machine and inline data: a print file never asks another host.
    fetcher = weasyprint.urls.URLFetcher(allowed_protocols={"file", "data"})
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(pdf_identifier=b"so-tay-cap-uy-co-so", uncompressed_pdf=False)
