"""Vietnamese search: after the search plugin writes search/search_index.json, add the
diacritic-free copies and the glossary expansions (macros/search_index.py, where the
logic and its reasons are)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


def on_config(config):
    root = os.path.dirname(os.path.abspath(config.config_file_path))
    if root not in sys.path:
        sys.path.insert(0, root)
    from macros.search_index import FOLDED, missing_fields

    search = config.plugins.get("material/search")
    for copy in missing_fields(search.config.fields if search else {}):
        original = next(o for o, c in FOLDED.items() if c == copy)
        raise PluginError(
            f"mkdocs.yml: plugins.search.fields phải khai báo trường {copy} với cùng boost "
            f"như trường {original} (tìm kiếm không dấu cần trường này)."
        )


# After the search plugin has written the index (priority 0), before the offline plugin
# copies it into search_index.js (priority -100).
@event_priority(-50)
def on_post_build(config):
    from macros.search_index import fold_index

    path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    glossary = config.plugins["macros"].variables["du_lieu"].thuat_ngu.values()
    path.write_text(json.dumps(fold_index(index, glossary), ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")
