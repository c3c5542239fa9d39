"""Review dates: when each page and each registry document was last reviewed, and when the
next review is due.

- A registry document was last reviewed when its status was last checked
  (data/van_ban.yml, kiem_tra_trang_thai.ngay); its page (docs/van-ban/<id>.md) takes that
  date.
- Every other page says it in its front matter: `ra_soat: 2026-12-07`, and may shorten or
  lengthen its interval with `chu_ky_ra_soat: <days>`.
- The intervals are data (data/trang_web.yml, ra_soat): one for documents, one for pages.

Pages show the date; a banner tells the reader once the due date has passed, checked by the
reader's browser (docs/assets/javascripts/ra-soat.js), so a site not rebuilt for months still
warns. The editor's report lists what is due at the time of the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data

from .errors import DataError
from .formatting import ngay_so
from .loading import read_text
from .paths import TRANG_WEB_FILE, document_of_page
from .schema import latest_date

KEY = "ra_soat"  # the front matter key of a page's last review
INTERVAL_KEY = "chu_ky_ra_soat"  # a page's own interval, in days
LONGEST = 1100  # days: about three years; a longer interval is a typo


@dataclass(frozen=True)
class Review:
    last: date
    due: date

    @property
    def last_text(self) -> str:
        return ngay_so(self.last)

    @property
    def due_text(self) -> str:
        return ngay_so(self.due)


def document_review(data, doc_id: str) -> Review:
    last = data.van_ban[doc_id].kiem_tra_trang_thai.ngay
    return Review(last, last + timedelta(days=data.trang_web.ra_soat.van_ban))


def page_review(src: str, meta: dict[str, Any], data) -> Review:
    """The review of the page docs/`src`, from its front matter (`meta`) or, for a registry
    document's page, from the registry. A DataError names the page and what to write."""
    doc_id = document_of_page(src)
    if doc_id in data.van_ban:
        return document_review(data, doc_id)
    where = f'Trang "docs/{src}"'
    last = meta.get(KEY)
    if last is None:
        raise DataError(f'{where}: thiếu ngày rà soát. Ghi ở đầu trang, giữa hai dòng "---": '
                        f"{KEY}: NĂM-THÁNG-NGÀY (ngày nội dung trang được đọc lại và đối chiếu gần nhất).")
    if isinstance(last, str):
        try:
            last = date.fromisoformat(last)
        except ValueError:
            last = None
    if not isinstance(last, date):
        raise DataError(f'{where}, "{KEY}": ngày "{meta.get(KEY)}" không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-07.')
    interval = meta.get(INTERVAL_KEY, data.trang_web.ra_soat.trang)
    if not isinstance(interval, int) or isinstance(interval, bool) or not 1 <= interval <= LONGEST:
        raise DataError(f'{where}, "{INTERVAL_KEY}": phải là số ngày, từ 1 đến {LONGEST} '
                        f"(mặc định {data.trang_web.ra_soat.trang}, ghi ở {TRANG_WEB_FILE}).")
    return Review(last, last + timedelta(days=interval))


def page_meta(path: Path, label: str) -> dict[str, Any]:
    """The front matter of a page, as MkDocs reads it."""
    _, meta = get_data(read_text(path, label))
    return meta


def review_problems(docs_dir: Path, data) -> list[str]:
    """Every page without a valid review date, or dated after the build's day (a typo)."""
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        try:
            review = page_review(src, page_meta(path, f"docs/{src}"), data)
        except DataError as err:
            problems.append(str(err))
            continue
        if review.last > latest_date():  # a clock a few months behind still builds
            problems.append(f'Trang "docs/{src}", "{KEY}": ngày {review.last.isoformat()} chưa tới; '
                            f"ghi ngày đã rà soát.")
    return problems


def page_reviews(docs_dir: Path, data) -> dict[str, Review]:
    """The review of every page that dates its own (not a registry document's page, which
    takes its document's), by its docs path; the pages are checked first (review_problems)."""
    pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    return {src: page_review(src, page_meta(docs_dir / src, f"docs/{src}"), data)
            for src in pages if document_of_page(src) not in data.van_ban}
