"""Vietnamese search: after the search plugin writes search/search_index.json, rewrite it as
the index the site's search worker reads (macros/search_index.py, where the logic and its
reasons are; the worker: docs/assets/javascripts/tim-kiem-worker.js)."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority


# After the search plugin has written the index (priority 0), before the offline plugin
# copies it into search_index.js (priority -100).
@event_priority(-50)
def on_post_build(config):
    from macros.search_index import build_index, document_subtitles, variant_pages

    path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    data = config.plugins["macros"].variables["du_lieu"]
    urls = config.use_directory_urls
    built = build_index(index, data.thuat_ngu.values(), variant_pages(data, urls), document_subtitles(data, urls))
    path.write_text(json.dumps(built, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
