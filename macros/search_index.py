"""Vietnamese search, the index (the engine that reads it: docs/assets/javascripts/tim-kiem-worker.js).

The search plugin writes search/search_index.json: an entry per page and per section (a
heading with its text), the text as HTML. `build_index` turns it into the index the worker
reads, in plain Python on the JSON, so any generator that writes such an index can call it
(overrides/hooks/search_vi.py does):

- title and text as plain text (the worker escapes them, folds them, and marks the words
  found); nothing is stored twice (the worker folds the diacritics itself, once);
- the glossary's abbreviation added beside each expansion and the other way round
  (data/thuat_ngu.yml), in `alt`, which the worker searches and never shows: "BTV" finds
  "Ban Thường vụ"; those of the title in `sub`, which the worker searches as the title, with
  a registry document's subject (its page is titled by its number only);
- a template with variants (the model regulation: a page per variant and enterprise type,
  mostly the same articles) gives one entry per article, not nine: it links to the first
  page that has the article, searches the wording of every variant, and says which variants
  carry it (`co_trong`). The chapters' headings are left out (their articles are the
  results); the variant pages keep their own entry (their title), so "quy chế chi bộ tư
  nhân" still finds its page;
- a section whose title and text are those of a section already in the index (the same list
  of enterprise types on each variant's page) is kept once.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .formatting import fold
from .paths import doc_page, page_location
from .schema import ThuatNgu

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain(markup: str) -> str:
    """The text of the index's HTML: tags dropped, entities decoded, spaces collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


@dataclass
class _VariantPage:
    """A page of one variant and enterprise type of a template with variants."""

    template: str
    variant: str  # its name, "Chi bộ cơ sở (có chi ủy)"
    articles: dict[str, str]  # heading anchor on this page -> article id
    order: int  # in the data: the first variant and enterprise type comes first


@dataclass
class _Article:
    entry: dict  # the entry of the page that comes first in the data
    order: int
    variants: list[str] = field(default_factory=list)
    texts: set[str] = field(default_factory=set)


def variant_pages(data, directory_urls: bool) -> dict[str, _VariantPage]:
    """Every page of a template with variants, by its index location."""
    pages = {}
    for template_id, built in data.models.items():
        source = data.mau[template_id]
        for (variant, _), doc in built.items():
            if variant:
                pages[page_location(doc.page, directory_urls)] = _VariantPage(
                    template_id, source.bien_the[variant].ten, {s.anchor: s.id for s in doc.sections()}, len(pages))
    return pages


def build_index(index: dict, glossary: Iterable[ThuatNgu], variants: dict[str, _VariantPage],
                subtitles: dict[str, str]) -> dict:
    """The worker's index from the search plugin's (`index`, as loaded from search_index.json):
    `variants` from variant_pages, `subtitles` (by location) from document_subtitles."""
    expand = _expander(glossary)
    docs: list[dict] = []
    articles: dict[tuple[str, str], _Article] = {}
    seen: set[tuple[str, str]] = set()
    framed: dict[str, tuple[dict, int]] = {}  # template -> the variant page that keeps the frame
    names = {}  # template -> its variants' names, in order
    for page in sorted(variants.values(), key=lambda p: p.order):
        names.setdefault(page.template, [])
        if page.variant not in names[page.template]:
            names[page.template].append(page.variant)
    for raw in index["docs"]:
        entry = {"location": raw["location"], "title": plain(raw["title"]), "text": plain(raw.get("text", ""))}
        path, _, anchor = entry["location"].partition("#")
        page = variants.get(path)
        article = page.articles.get(anchor) if page and anchor else None
        if article:
            found = articles.get((page.template, article))
            if found is None:
                articles[page.template, article] = _Article(entry, page.order, [page.variant], {_words(entry)})
                docs.append(entry)
                continue
            if page.variant not in found.variants:
                found.variants.append(page.variant)
            found.texts.add(_words(entry))
            if page.order < found.order:  # link to the first variant of the data, in its words
                found.entry.update(entry)
                found.order = page.order
            continue
        if page and anchor and not entry["text"]:
            continue  # a chapter's heading: its articles are the results
        if anchor:
            key = (entry["title"], entry["text"])
            if key in seen:
                continue  # the same section on another page (a chapter heading of each variant...)
            seen.add(key)
        elif page:  # the frame (header, grounds) is the same on every variant's page: once
            framed_by = framed.get(page.template)
            if framed_by is None or page.order < framed_by[1]:
                if framed_by:
                    framed_by[0]["text"] = ""
                framed[page.template] = (entry, page.order)
            else:
                entry["text"] = ""
        docs.append(entry)
    for (template, _), article in articles.items():
        entry, own = article.entry, _words(article.entry)
        others = sorted(text for text in article.texts if text != own)
        if others:
            entry["alt"] = fold(" ".join(others))
        every = names[template]
        carried = [name for name in every if name in article.variants]
        entry["co_trong"] = ("Có ở mọi biến thể." if len(carried) == len(every)
                             else "Chỉ có ở: " + "; ".join(carried) + ".")
    for entry in docs:
        # what the title says, searched as the title: a document's subject, the abbreviations
        sub = subtitles.get(entry["location"], "") + expand(fold(entry["title"] + " " + subtitles.get(entry["location"], "")))
        if sub.strip():
            entry["sub"] = sub.strip()
        extra = expand(fold(entry["text"] + " " + entry.get("alt", "")))
        if extra:
            entry["alt"] = (entry.get("alt", "") + extra).strip()
    return {"config": index["config"], "docs": docs}


def document_subtitles(data, directory_urls: bool) -> dict[str, str]:
    """A registry document's page is titled by its number ("Hướng dẫn 36-HD/VPTW"); what it is
    about ("Thể thức và kỹ thuật trình bày văn bản của Đảng") is searched as its title too."""
    return {page_location(doc_page(doc.id), directory_urls): doc.trich_yeu or doc.ten_goi or ""
            for doc in data.van_ban.values()}


def _words(entry: dict) -> str:
    return entry["title"] + " " + entry["text"]


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
