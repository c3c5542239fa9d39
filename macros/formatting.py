"""Vietnamese text helpers: dates, diacritic folding, heading slugs. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HTML_TAG = re.compile(r"<[^>]*>")


def _fold_table() -> dict[int, str | None]:
    """Each accented Latin letter -> its base letter; combining marks -> nothing.

    Covers Latin-1, Latin Extended-A/B and Latin Extended Additional (all Vietnamese
    letters), plus đ/Đ, which Unicode does not decompose. One str.translate per text is
    about twenty times faster than decomposing it letter by letter (the search index of a
    1,000-page site is several MB of text).
    """
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
            if base != chr(code) and base.isascii():
                table[code] = base
    for code in range(0x0300, 0x0370):  # combining marks, as in text typed decomposed (NFD)
        table[code] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Remove Vietnamese diacritics: "Điều lệ Đảng" -> "Dieu le Dang"."""
    return text.translate(_FOLD)


def slugify(value: str, separator: str = "-") -> str:
    """ASCII heading anchor: "Điều 5. Đảng ủy" -> "dieu-5-dang-uy".

    Signature of Python-Markdown's toc `slugify` option.
    """
    text = fold(_HTML_TAG.sub("", value)).lower()
    return _NOT_SLUG.sub(separator, text).strip(separator)


def ngay_so(d: date) -> str:
    """Short numeric date as party documents cite it: 06/7/2018, 09/01/2026, 30/3/2007.

    Day below 10 and months 1 and 2 take a leading zero.
    """
    return f"{d.day:02d}/{_thang(d)}/{d.year}"


def ngay_chu(d: date) -> str:
    """Long date: "ngày 06 tháng 7 năm 2018" (same zero rule as `ngay_so`)."""
    return f"ngày {d.day:02d} tháng {_thang(d)} năm {d.year}"


def _thang(d: date) -> str:
    return f"{d.month:02d}" if d.month < 3 else str(d.month)
