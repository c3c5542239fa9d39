"""Keep the per-entry pages and the navigation in step with the data.

Every registry document has a page docs/van-ban/<id>.md, every training module a page
docs/tap-huan/<id>.md, every template without variants a page docs/mau/<id>.md (the page
carries the prose; the rest comes from data). The pages are
listed in the navigation under the section that holds the folder's index.md, in data order,
so a maintainer never edits mkdocs.yml to add a document or a module.

A template with variants (the model regulation) has a folder, docs/mau/<id>/, with a page per
variant (<variant>.md, listed in mkdocs.yml) and, beside it, a page per enterprise type
(<variant>/<type>.md); the navigation turns each variant's entry into a section holding its
page and its enterprise-type pages.
"""

from __future__ import annotations

import html
from pathlib import Path

from .errors import DataError
from .guidance import missing_pages
from .loading import read_text
from .paths import (
    CATALOGUE_FILE,
    DOC_DIR,
    MODULE_DIR,
    TAP_HUAN_FILE,
    TEMPLATE_DIR,
    THAY_DOI_FILE,
    THONG_BAO_FILE,
    VAN_BAN_FILE,
    template_file,
    variant_folder,
    variant_page,
    variant_type_page,
)
from .registry import SiteData
from .reviews import review_problems

# folder in docs/ -> (data file, what an entry is called, ids from the data)
FOLDERS = {
    DOC_DIR: (VAN_BAN_FILE, "Văn bản", lambda data: list(data.van_ban)),
    MODULE_DIR: (TAP_HUAN_FILE, "Chuyên đề", lambda data: list(data.tap_huan)),
    # a template with variants has its own folder, mau/<id>/
    TEMPLATE_DIR: (CATALOGUE_FILE, "Mẫu", lambda data: [t for t in data.danh_muc_mau if not data.mau[t].bien_the]),
}


def check_pages(docs_dir: Path, data: SiteData) -> None:
    """Fail unless pages and data entries match one to one, in every folder."""
    problems = _unreadable_pages(docs_dir)
    for folder, (data_file, kind, ids_of) in FOLDERS.items():
        ids = ids_of(data)
        pages = {p.stem for p in (docs_dir / folder).glob("*.md") if p.name != "index.md"}
        problems += [
            f'{kind} "{entry}" có trong {data_file} nhưng chưa có trang docs/{folder}/{entry}.md. '
            f"Tạo trang đó theo mẫu trong README.md."
            for entry in ids if entry not in pages
        ]
        problems += [
            f"Trang docs/{folder}/{stem}.md không ứng với mục nào trong {data_file}. "
            f"Đổi tên tệp cho đúng mã, hoặc thêm mục vào {data_file}."
            for stem in sorted(pages - set(ids))
        ]
    problems += _variant_page_problems(docs_dir, data)
    if not problems:  # the pages read: each says when it was last reviewed
        problems += review_problems(docs_dir, data)
    missing = missing_pages(data, lambda path: (docs_dir / path).is_file())
    problems += [f'{THONG_BAO_FILE}: trang "{path}" (trường "trang") không có trong docs/.' for path in missing]
    problems += [f'{THAY_DOI_FILE}, mục thứ {number} ({change.ngay.isoformat()}), trường "trang": trang "{path}" '
                 f"không có trong docs/."
                 for number, change in enumerate(data.thay_doi, start=1) for path in change.trang
                 if not (docs_dir / path.partition("#")[0]).is_file()]
    if problems:
        raise DataError("\n".join(problems))


def _unreadable_pages(docs_dir: Path) -> list[str]:
    """Pages that are not UTF-8 or not NFC: MkDocs would stop on the first with an English traceback."""
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        try:
            read_text(path, f"docs/{path.relative_to(docs_dir).as_posix()}")
        except DataError as err:
            problems.append(str(err))
    return problems


def _variant_page_problems(docs_dir: Path, data: SiteData) -> list[str]:
    problems = []
    for template_id, template in data.mau.items():
        source = template_file(template_id)
        for variant, spec in template.bien_the.items():
            wanted = [variant_page(template_id, spec.duong_dan)]
            wanted += [variant_type_page(template_id, spec.duong_dan, kind.duong_dan) for kind in template.loai_hinh.values()]
            problems += [f'Biến thể "{variant}" của {source} chưa có trang docs/{path}. Tạo trang đó theo mẫu trong README.md.'
                         for path in wanted if not (docs_dir / path).is_file()]
            folder = f"{variant_folder(template_id)}/{spec.duong_dan}"
            extra = sorted(p for p in (docs_dir / folder).glob("*.md") if f"{folder}/{p.name}" not in wanted)
            problems += [f"Trang docs/{p.relative_to(docs_dir).as_posix()} không ứng với loại hình doanh nghiệp nào trong "
                         f"{source} (loai_hinh); đổi tên tệp theo duong_dan của loại hình." for p in extra]
    return problems


def add_pages(nav: list | None, data: SiteData) -> None:
    """Append each folder's entry pages to the nav section that lists the folder's index.md;
    turn each variant page of a template into a section with its enterprise-type pages."""
    _add_variant_pages(nav or [], data)
    for folder, (_, _, ids_of) in FOLDERS.items():
        index = f"{folder}/index.md"
        section = _section_with(nav or [], index)
        if section is None:
            raise DataError(f"mkdocs.yml: mục nav phải có trang {index}.")
        listed = {_path(item) for item in section}
        section.extend(f"{folder}/{entry}.md" for entry in ids_of(data) if f"{folder}/{entry}.md" not in listed)


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


def _add_variant_pages(nav: list, data: SiteData) -> None:
    for template_id, template in data.mau.items():
        for spec in template.bien_the.values():
            variant = variant_page(template_id, spec.duong_dan)
            holder = _section_with(nav, variant)
            if holder is None:
                raise DataError(f"mkdocs.yml: mục nav phải có trang {variant}.")
            # nav titles reach the theme's HTML as they are, like a page's heading (already escaped):
            # escape the names from data
            pages = [{html.escape(kind.ten): variant_type_page(template_id, spec.duong_dan, kind.duong_dan)}
                     for kind in template.loai_hinh.values()]
            if any(item in pages for item in holder):
                continue  # already a section (the nav is read once per build, but stay safe)
            index = next(i for i, item in enumerate(holder) if _path(item) == variant)
            holder[index] = {html.escape(spec.ten): [{"Chọn loại hình doanh nghiệp": variant}, *pages]}
