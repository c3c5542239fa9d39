"""Every print file (PDF) of the site: what it is made of, where it goes, and the size written
beside each of its links.

The list comes from the data alone (`print_files`), so that the build can register each path
before the pages are rendered (their links are ordinary Markdown links MkDocs checks). The
files are made after the pages are built (`write_all`): the handouts and booklets are the
built pages' text. Each link carries an empty `<span class="kich-thuoc" data-pdf="…">`, which
`label_sizes` fills with the file's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from markupsafe import Markup

from ..errors import DataError
from ..paths import COURSE_PDF, SINH_HOAT_PDF, document_pdf, module_pdf
from ..render import render_html
from .documents import document_html, line_html
from .handouts import BuiltSite, Chapter, glossary_chapter, guide_chapter, module_chapters
from .render import FONT_FAMILY, font_css, to_pdf

# The cell-meeting booklet ends with these templates (data/mau_van_ban.yml ids).
SINH_HOAT_TEMPLATES = ("bien-ban-thuong-ky", "nghi-quyet-chi-bo")
SIZE_LABEL = re.compile(r'<span class="kich-thuoc" data-pdf="([^"]+)"></span>')


@dataclass(frozen=True)
class PrintFile:
    path: str  # in the site
    title: str
    html: Callable[[BuiltSite], str]  # the built site -> print HTML


def size_label(size: int) -> str:
    return f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def print_files(data) -> list[PrintFile]:
    """Every PDF of the site, from the loaded SiteData."""
    files = [PrintFile(document_pdf(doc.docx), doc.name, lambda site, doc=doc: document_html(doc, data.the_thuc))
             for doc in data.model_documents()]
    for module in data.tap_huan.values():
        for answers in (False, True):
            files.append(PrintFile(module_pdf(module.id, answers), ("Đáp án: " if answers else "") + module.ten,
                                   lambda site, m=module.id, a=answers: _module(data, site, m, a)))
    files.append(PrintFile(COURSE_PDF, "Tập huấn cấp ủy viên mới", lambda site: _course(data, site)))
    files.append(PrintFile(SINH_HOAT_PDF, "Sinh hoạt chi bộ", lambda site: _sinh_hoat(data, site)))
    return files


def _module(data, site: BuiltSite, module_id: str, answers: bool) -> str:
    chapter = module_chapters(site, module_id)[answers]
    return _booklet(data, chapter.title, [chapter])


def _course(data, site: BuiltSite) -> str:
    chapters = [module_chapters(site, m)[0] for m in data.tap_huan]
    return _booklet(data, "Tập huấn cấp ủy viên mới", chapters + [glossary_chapter(site)], cover=True,
                    subtitle="Tài liệu cho học viên: mục tiêu, ý chính, tình huống và câu hỏi tự kiểm tra của "
                             f"{len(chapters)} chuyên đề; thuật ngữ ở cuối sách.")


def _sinh_hoat(data, site: BuiltSite) -> str:
    guide = guide_chapter(site)
    documents = [Chapter(t, data.model(t).name, doc=data.model(t)) for t in SINH_HOAT_TEMPLATES]
    return _booklet(data, guide.title, [guide] + documents, cover=True,
                    subtitle="Hướng dẫn chuẩn bị, điều hành buổi sinh hoạt; kèm mẫu biên bản và nghị quyết.")


def _booklet(data, title: str, chapters: list[Chapter], cover: bool = False, subtitle: str = "") -> str:
    return str(render_html("pdf/tap_san.html.j2", title=title, subtitle=subtitle, publisher=data.trang_web.ten,
                           cover=cover, contents=cover, chapters=chapters, fmt=data.the_thuc,
                           line=line_html(data.truong_mau),
                           fonts=Markup(font_css()), family=FONT_FAMILY))


def write_all(site: Path, data, directory_urls: bool = True) -> dict[str, int]:
    """Make every PDF into the built site (`directory_urls`: as mkdocs.yml says; False for
    the folder edition); their sizes by path. Each file is written whole (a temporary name,
    then renamed): a failure leaves no half-written PDF."""
    built = BuiltSite(site, directory_urls)
    module_chapters.cache_clear()  # this build's pages, not an earlier build's
    sizes = {}
    for item in print_files(data):
        try:
            content = to_pdf(item.html(built), base_url=site.as_uri() + "/")
        except DataError:
            raise
        except Exception as error:  # WeasyPrint's own errors: say which file
            raise DataError(f"Không dựng được tệp PDF {item.path} ({item.title}): {type(error).__name__}: {error}") from error
        target = site / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        partial.write_bytes(content)
        partial.replace(target)
        sizes[item.path] = len(content)
    return sizes


def label_sizes(site: Path, sizes: dict[str, int] | None) -> None:
    """Write each PDF's size beside its links in the built pages; with no sizes (the preview,
    which makes no PDF), say so there instead. A link to a PDF that was not made stops the build."""
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if 'class="kich-thuoc"' not in text:
            continue

        def label(match: re.Match) -> str:
            path = match.group(1)
            if sizes is None:
                said = "PDF: chưa dựng ở bản xem trước"
            elif path in sizes:
                said = f"PDF, {size_label(sizes[path])}"
            else:
                raise DataError(f"Trang {page.relative_to(site)} dẫn tới tệp PDF {path}, nhưng bản dựng không có tệp này.")
            return f'<span class="kich-thuoc" data-pdf="{path}"> ({said})</span>'

        page.write_text(SIZE_LABEL.sub(label, text), encoding="utf-8")
