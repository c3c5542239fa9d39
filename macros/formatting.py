"""Vietnamese text helpers: dates, diacritic folding, heading slugs. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Letters that Unicode does not decompose into a base letter plus a mark.
_NON_DECOMPOSING = str.maketrans({"đ": "d", "Đ": "D"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HTML_TAG = re.compile(r"<[^>]*>")


def fold(text: str) -> str:
    """Remove Vietnamese diacritics: "Điều lệ Đảng" -> "Dieu le Dang"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_NON_DECOMPOSING))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


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
