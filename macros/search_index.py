"""Vietnamese search, part 1 of 2 (part 2: docs/assets/javascripts/tim-kiem.js): what is
added to the search index that the search plugin wrote. Plain Python on the index's JSON,
so any generator that writes a lunr index can call it (overrides/hooks/search_vi.py does).

Material's search (lunr) matches words exactly as typed: "sinh hoat" does not find
"sinh hoạt". To every entry this adds a copy of its title and text with the diacritics
removed, in the fields that mkdocs.yml declares under plugins.search.fields with the same
boosts as title and text, plus the expansion of each glossary abbreviation in the text and
the abbreviation of each expansion (data/thuat_ngu.yml), so "BTV" also finds "Ban Thường vụ".
Titles and snippets shown in the results stay the original ones.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .formatting import fold
from .schema import ThuatNgu

# original field -> folded copy
FOLDED = {"title": "tieu_de_khong_dau", "text": "noi_dung_khong_dau"}


def missing_fields(boosts: dict[str, dict]) -> list[str]:
    """The folded fields that the search configuration lacks, or boosts unlike their original's."""
    return [copy for original, copy in FOLDED.items()
            if boosts.get(copy, {}).get("boost") != boosts.get(original, {}).get("boost")]


def fold_index(index: dict, glossary: Iterable[ThuatNgu]) -> dict:
    """The lunr index (as loaded from search_index.json) with the folded copies added."""
    expand = _expander(glossary)
    for entry in index["docs"]:
        for original, copy in FOLDED.items():
            entry[copy] = fold(entry.get(original, ""))
        entry["noi_dung_khong_dau"] += expand(entry["tieu_de_khong_dau"] + " " + entry["noi_dung_khong_dau"])
    return index


def _expander(glossary: Iterable[ThuatNgu]) -> Callable[[str], str]:
    """A function giving the words to add to a folded text so that "BTV" finds "Ban Thường
    vụ" and the other way round."""
    pairs = {fold(t.viet_tat).lower(): fold(t.thuat_ngu).lower() for t in glossary if t.viet_tat}
    if not pairs:
        return lambda text: ""
    short = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in pairs) + r")(?!\w)")

    def expand(text: str) -> str:
        lowered = text.lower()
        extra = {pairs[m] for m in short.findall(lowered)}
        extra |= {s for s, full in pairs.items() if full in lowered}
        return " " + " ".join(sorted(extra)) if extra else ""

    return expand
