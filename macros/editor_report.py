"""The editor's report (docs/gioi-thieu/bao-cao-bien-tap.md): what the board's staff who keep
the handbook must look at, generated from the data and the pages at every build.

- every "cần kiểm chứng" in the data, with its reason and where it is written;
- the registry documents whose status is not verified;
- the reviews that are due (documents and pages), as of the day of the build; the pages
  themselves warn their readers by the reader's clock;
- every place (a data file's entry, a page) that cites a replaced or unverified document,
  the model regulation's grounds included.

The data is walked generically: any field named `can_kiem_chung` is a marker, any field named
`van_ban` (outside the registry's own relations) and any [[id]] in a text is a citation. A new
data file or field is reported without a change here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel

from .documents import ten_van_ban
from .paths import (
    CATALOGUE_FILE,
    DOCS_ROOT,
    SINH_HOAT_FILE,
    TAP_HUAN_FILE,
    THE_THUC_FILE,
    THONG_BAO_FILE,
    THUAT_NGU_FILE,
    VAN_BAN_FILE,
    doc_page,
    template_file,
)
from .render import page_link, render
from .reviews import Review, document_review, page_reviews
from .schema import DOC_REFERENCE, QUAN_HE

SOON = timedelta(days=30)  # a review due within this is listed as coming
# A page citing a registry document by a macro: {{ van_ban("ct-10-2007") }} and the like.
_PAGE_CITATION = re.compile(r'\b(?:van_ban|ten_van_ban|the_van_ban|quan_he_van_ban|nguon_van_ban|lich_su_van_ban)'
                            r'\(\s*"([a-z0-9-]+)"')


@dataclass(frozen=True)
class Marker:
    source: str  # data file
    entry: str  # the entry in it, or ""
    field: str  # path of the field in the entry
    reason: str


@dataclass(frozen=True)
class Citation:
    source: str  # data file, or docs page
    entry: str
    doc_id: str


def _sources(data) -> Iterator[tuple[str, str, Any]]:
    """Every data entry that can carry markers or citations: (file, entry, model)."""
    for doc in data.van_ban.values():
        yield VAN_BAN_FILE, doc.id, doc
    for term in data.thuat_ngu.values():
        yield THUAT_NGU_FILE, term.id, term
    yield THONG_BAO_FILE, "", data.thong_bao
    yield SINH_HOAT_FILE, "", data.sinh_hoat_chi_bo
    yield THE_THUC_FILE, "", data.the_thuc
    for module in data.tap_huan.values():
        yield TAP_HUAN_FILE, module.id, module
    for entry in data.danh_muc_mau.values():
        yield CATALOGUE_FILE, entry.id, entry
    for template_id, source in data.mau.items():
        yield template_file(template_id), "", source


def _walk(value: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, field name, value) of every field under `value`."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            where = f"{path}.{name}" if path else name
            yield where, name, child
            yield from _walk(child, where)
    elif isinstance(value, list):
        for number, child in enumerate(value, start=1):  # an entry with an id is named by it
            yield from _walk(child, f"{path}[{getattr(child, 'id', number)}]")
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, f"{path}.{key}")


def markers(data) -> list[Marker]:
    """Every "cần kiểm chứng" in the data."""
    found = []
    for source, entry, model in _sources(data):
        for path, name, value in _walk(model, ""):
            if name != "can_kiem_chung" or not value:
                continue
            about = path.removesuffix("can_kiem_chung").rstrip(".")  # the field or entry it qualifies
            if isinstance(value, dict):
                found += [Marker(source, entry, f"{about}.{key}".lstrip("."), reason) for key, reason in value.items()]
            else:
                found.append(Marker(source, entry, about, value))
    return found


def citations(data, docs: Path = DOCS_ROOT) -> list[Citation]:
    """Every citation of a registry document: in the data (a `van_ban` field, an [[id]] in a
    text; the registry's own relations are not citations) and in the pages (a macro call)."""
    found = []
    relations = set(QUAN_HE)
    for source, entry, model in _sources(data):
        for path, name, value in _walk(model, ""):
            if source == VAN_BAN_FILE and path.split(".")[0].split("[")[0] in relations:
                continue
            if name == "van_ban" and isinstance(value, str):
                found.append(Citation(source, entry, value))
            elif name == "van_ban" and isinstance(value, list):
                found += [Citation(source, entry, v) for v in value if isinstance(v, str)]
            elif isinstance(value, str):
                found += [Citation(source, entry, m) for m in DOC_REFERENCE.findall(value)]
    for page in sorted(docs.rglob("*.md")):
        src = page.relative_to(docs).as_posix()
        found += [Citation(f"docs/{src}", "", doc_id) for doc_id in _PAGE_CITATION.findall(page.read_text(encoding="utf-8"))]
    return [c for c in dict.fromkeys(found) if c.doc_id in data.van_ban]


def due_reviews(data, today: date, docs: Path = DOCS_ROOT) -> list[tuple[str, str, Review]]:
    """Reviews past due or due within SOON: (what, docs path of its page, review), soonest first."""
    due = [(f"Văn bản {ten_van_ban(data, doc)}", doc_page(doc.id), document_review(data, doc.id))
           for doc in data.van_ban.values()]
    due += [(f"Trang docs/{src}", src, review) for src, review in page_reviews(docs, data).items()]
    return sorted((item for item in due if item[2].due <= today + SOON), key=lambda item: item[2].due)


def render_report(data, *, from_page: str, today: date | None = None) -> str:
    today = today or date.today()
    cited: dict[str, list[Citation]] = {}
    for citation in citations(data):
        if data.trang_thai(citation.doc_id) in ("da-thay-the", "chua-ro"):
            cited.setdefault(citation.doc_id, []).append(citation)
    unverified = [doc for doc in data.van_ban.values() if data.trang_thai(doc.id) == "chua-ro"]
    due = [(what, page_link(from_page, page), review, review.due < today)
           for what, page, review in due_reviews(data, today)]
    replaced = {doc_id: [r.van_ban for r in data.related(doc_id, "bi_thay_the_boi")] for doc_id in cited}
    return render("bao_cao_bien_tap.md.j2", data, from_page, markers=markers(data), unverified=unverified,
                  due=due, cited=sorted(cited.items()), replaced=replaced, today=today,
                  doc_link=lambda doc_id: page_link(from_page, doc_page(doc_id)),
                  name=lambda doc_id: ten_van_ban(data, data.van_ban[doc_id]))
