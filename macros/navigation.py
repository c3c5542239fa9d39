"""Keep the document pages and the navigation in step with the registry.

Every registry entry has a page docs/van-ban/<id>.md (the page carries the prose about
the document; the card, relations and sources come from data). The pages are listed in
the navigation under the section that holds van-ban/index.md, in registry order, so a
maintainer never edits mkdocs.yml to add a document.
"""

from __future__ import annotations

from pathlib import Path

from .documents import DOC_DIR, doc_page
from .errors import DataError
from .guidance import missing_pages
from .registry import VAN_BAN_FILE, SiteData

INDEX = f"{DOC_DIR}/index.md"


def check_document_pages(docs_dir: Path, data: SiteData) -> None:
    """Fail unless pages and registry entries match one to one."""
    folder = docs_dir / DOC_DIR
    pages = {p.stem for p in folder.glob("*.md") if p.name != "index.md"}
    problems = [
        f'Văn bản "{doc_id}" có trong {VAN_BAN_FILE} nhưng chưa có trang docs/{doc_page(doc_id)}. '
        f"Tạo trang đó theo mẫu trong README.md (mục Thêm văn bản)."
        for doc_id in data.van_ban if doc_id not in pages
    ]
    problems += [
        f'Trang docs/{doc_page(stem)} không ứng với văn bản nào trong {VAN_BAN_FILE}. '
        f"Đổi tên tệp cho đúng mã văn bản, hoặc thêm văn bản vào sổ đăng ký."
        for stem in sorted(pages - set(data.van_ban))
    ]
    if problems:
        raise DataError("\n".join(problems))


def check_linked_pages(docs_dir: Path, data: SiteData) -> None:
    """Fail unless every page the notice's findings table links to exists."""
    missing = missing_pages(data, lambda path: (docs_dir / path).is_file())
    if missing:
        raise DataError("\n".join(
            f'data/thong_bao.yml: trang "{path}" (trường "trang") không có trong docs/.' for path in missing))


def add_document_pages(nav: list | None, data: SiteData) -> None:
    """Append the registry's pages to the nav section that lists van-ban/index.md."""
    section = _section_with(nav or [], INDEX)
    if section is None:
        raise DataError(f"mkdocs.yml: mục nav phải có trang {INDEX} (danh mục văn bản).")
    listed = {_path(item) for item in section}
    section.extend(doc_page(doc_id) for doc_id in data.van_ban if doc_page(doc_id) not in listed)


def _path(item) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and len(item) == 1:
        value = next(iter(item.values()))
        return value if isinstance(value, str) else None
    return None


def _section_with(items: list, page: str) -> list | None:
    if any(_path(item) == page for item in items):
        return items
    for item in items:
        if isinstance(item, dict):
            for value in item.values():
                if isinstance(value, list) and (found := _section_with(value, page)) is not None:
                    return found
    return None
