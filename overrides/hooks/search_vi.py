"""Vietnamese search, part 1 of 2 (part 2: docs/assets/javascripts/tim-kiem.js).

Material's search (lunr) matches words exactly as typed: "sinh hoat" does not find
"sinh hoạt", and its Vietnamese word splitter cuts letters such as "ộ" off word ends.
After the search plugin writes search/search_index.json, this hook adds to every entry a
copy of its title and text with the diacritics removed, in the fields that mkdocs.yml
declares under plugins.search.fields with the same boosts as title and text, plus the
expansion of each glossary abbreviation in the text and the abbreviation of each expansion
(data/thuat_ngu.yml), so "BTV" also finds "Ban Thường vụ". Titles and snippets shown in the
results stay the original ones.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# original field -> folded copy
FOLDED = {"title": "tieu_de_khong_dau", "text": "noi_dung_khong_dau"}

_fold = None


def on_config(config):
    global _fold
    root = os.path.dirname(os.path.abspath(config.config_file_path))
    if root not in sys.path:
        sys.path.insert(0, root)
    from macros.formatting import fold

    _fold = fold
    search = config.plugins.get("material/search")
    fields = search.config.fields if search else {}
    for original, copy in FOLDED.items():
        if fields.get(copy, {}).get("boost") != fields.get(original, {}).get("boost"):
            raise PluginError(
                f"mkdocs.yml: plugins.search.fields phải khai báo trường {copy} với cùng boost "
                f"như trường {original} (tìm kiếm không dấu cần trường này)."
            )


# After the search plugin has written the index (priority 0), before the offline plugin
# copies it into search_index.js (priority -100).
@event_priority(-50)
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    expand = _expander(config)
    for entry in index["docs"]:
        for original, copy in FOLDED.items():
            entry[copy] = _fold(entry.get(original, ""))
        entry["noi_dung_khong_dau"] += expand(entry["tieu_de_khong_dau"] + " " + entry["noi_dung_khong_dau"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _expander(config):
    """A function giving the words to add to a folded text so that "BTV" finds "Ban Thường
    vụ" and the other way round, from the glossary the macros plugin loaded."""
    terms = config.plugins["macros"].variables["du_lieu"].thuat_ngu.values()
    pairs = {_fold(t.viet_tat).lower(): _fold(t.thuat_ngu).lower() for t in terms if t.viet_tat}
    if not pairs:
        return lambda text: ""
    short = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in pairs) + r")(?!\w)")

    def expand(text: str) -> str:
        lowered = text.lower()
        extra = {pairs[m] for m in short.findall(lowered)}
        extra |= {s for s, full in pairs.items() if full in lowered}
        return " " + " ".join(sorted(extra)) if extra else ""

    return expand
