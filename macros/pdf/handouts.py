"""Print HTML of the training handouts and booklets, from the pages as built (the same text a
reader sees), and the model documents appended to the cell-meeting booklet.

A page's content (its <article>) is cleaned for paper: what only works on screen goes (the
projector button, quiz buttons and results, explanations revealed after checking, the
review-date notice, heading anchors, the links to the print files themselves); links keep
their text; the answer key leaves the handout and becomes its own file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from markupsafe import Markup

from ..errors import DataError
from ..model_documents.structure import ModelDocument
from ..paths import GLOSSARY_PAGE, SINH_HOAT_PAGE, module_page, page_location

# Screen-only parts of a built page. Kept here, beside the classes the templates give them.
SCREEN_ONLY = (".qua-han-ra-soat", ".ra-soat", ".khong-in", ".giai-thich", ".nhan-xet", ".nut-trac-nghiem",
               ".ket-qua", ".headerlink", ".tai-pdf", ".dien-mau", ".sao-chep", "[aria-hidden=true]",
               "script", "noscript", "input", "button")
ANSWER_KEY = ".dap-an-in"
GLOSSARY = ".thuat-ngu"


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    body: Markup | None = None
    doc: ModelDocument | None = None


@dataclass(frozen=True)
class BuiltSite:
    folder: Path
    directory_urls: bool  # False in the folder edition: pages are "a/b.html", not "a/b/index.html"

    def page(self, src: str) -> Path:
        location = page_location(src, self.directory_urls)
        return self.folder / (location + "index.html" if self.directory_urls else location)


def article(site: BuiltSite, src: str) -> BeautifulSoup:
    """The content of a built page (docs path `src`) as a fragment."""
    path = site.page(src)
    if not path.is_file():
        raise DataError(f"Không dựng được tệp PDF: chưa có trang {path.relative_to(site.folder)} (từ docs/{src}).")
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    content = soup.select_one("article.md-content__inner")
    if content is None:
        raise DataError(f"Không dựng được tệp PDF: trang docs/{src} không có phần nội dung <article>.")
    return content


def for_paper(content) -> tuple[str, Markup]:
    """(title, body) of a page's content, with the screen-only parts removed and links
    unwrapped (their text stays; a link in a PDF would point into this site's folder)."""
    for element in content.select(", ".join(SCREEN_ONLY)):
        element.decompose()
    for link in content.find_all("a"):
        link.attrs = {k: v for k, v in link.attrs.items() if k == "class"}
        link.name = "span"
    for element in content.find_all(True):
        for attribute in ("id", "data-search-exclude", "hidden", "title", "style", "tabindex"):
            element.attrs.pop(attribute, None)
    title = content.find("h1")
    text = title.get_text(" ", strip=True) if title else ""
    if title:
        title.decompose()
    return text, Markup(content.decode_contents())


@functools.lru_cache(maxsize=None)
def module_chapters(site: BuiltSite, module_id: str) -> tuple[Chapter, Chapter]:
    """A module's handout (without its answer key) and its answer key; read once per build
    (the handout, the answer key and the course booklet all use it: write_all clears it)."""
    content = article(site, module_page(module_id))
    key = content.select_one(ANSWER_KEY)
    if key is None:
        raise DataError(f"Không dựng được tệp PDF: trang chuyên đề {module_id} không có phần đáp án ({ANSWER_KEY}).")
    key = key.extract()
    title, body = for_paper(content)
    heading = key.select_one(".dap-an-tieu-de")
    key_title = heading.get_text(" ", strip=True).rstrip(":") if heading else f"Đáp án: {title}"
    if heading:
        heading.decompose()
    key.attrs = {}
    return (Chapter(module_id, title, body),
            Chapter(f"{module_id}-dap-an", key_title, Markup(key.decode_contents())))


def glossary_chapter(site: BuiltSite) -> Chapter:
    """The glossary's list, from its page (the intro about hovering does not print)."""
    glossary = article(site, GLOSSARY_PAGE).select_one(GLOSSARY)
    if glossary is None:
        raise DataError(f"Không dựng được tệp PDF: trang docs/{GLOSSARY_PAGE} không có danh sách thuật ngữ ({GLOSSARY}).")
    _, body = for_paper(glossary)
    return Chapter("thuat-ngu", "Thuật ngữ và chữ viết tắt", body)


def guide_chapter(site: BuiltSite) -> Chapter:
    title, body = for_paper(article(site, SINH_HOAT_PAGE))
    return Chapter("sinh-hoat-chi-bo", title, body)
