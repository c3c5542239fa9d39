"""Versions of the model documents: each earlier version readable on its own page, and any two
versions compared clause by clause.

A clause is followed by its id (dong.id in data/mau/), so a clause whose number changed (a
clause inserted before it) is the same clause. Between two versions of one document (one
variant and enterprise type), a clause is added, removed, changed (its text), moved (to
another section, or out of order with the clauses both versions share), or both changed and
moved. Changed text is compared word by word with difflib (the standard library's
SequenceMatcher, on words: a deterministic, dependency-free diff whose units are whole words,
which is how a committee reads a change; a character diff such as diff-match-patch splits
Vietnamese syllables).

The pages are generated (`site_pages`), out of the navigation and the search index:
- …/phien-ban/<so>/: an earlier version, with a banner pointing to the current one;
- …/thay-doi/: the versions, their changes, and links to every comparison;
- …/thay-doi/<a>-<b>/: the comparison of versions a and b (for a template with variants, one
  page per variant and enterprise type, listed on the pair's page).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from .formatting import ngay_so
from .model_documents import build
from .model_documents.page import render_old_version
from .model_documents.structure import ModelDocument
from .paths import changes_page, comparison_page, template_page, version_page
from .registry import SiteData
from .render import page_link, render, title_text

# Kinds of change, in the order the summary lists them, with their labels.
KINDS = {"them": "Thêm", "bo": "Bỏ", "sua": "Sửa", "chuyen": "Chuyển chỗ", "sua-chuyen": "Sửa và chuyển chỗ"}


@dataclass(frozen=True)
class Clause:
    id: str
    section: str  # the section's (article's) id
    label: str  # where it stands, as a reader names it: "Điều 5, khoản 2"
    text: str


@dataclass(frozen=True)
class Change:
    kind: str
    id: str
    old: Clause | None
    new: Clause | None


def clauses(doc: ModelDocument) -> list[Clause]:
    """The clauses of a built document, in order, each with its place and text (a table: its
    cells, row by row)."""
    found = []
    for part in doc.parts:
        for section in part.sections:
            numbered = [b for b in section.blocks if b.table is None]
            for index, block in enumerate(section.blocks, start=1):
                if doc.chapters:
                    where = section.label.rstrip(".")
                    if block.prefix:
                        where += f", khoản {numbered.index(block) + 1}"
                else:
                    heading = section.title.display(doc.labels) if section.title else part.title or doc.name
                    where = " ".join(x for x in (part.label, section.label, heading) if x)
                    if len(section.blocks) > 1:
                        where += f", dòng {index}"
                if block.table:
                    text = " | ".join([*block.table.columns, *(c.display(doc.labels) for r in block.table.rows for c in r)])
                else:
                    text = block.line.display(doc.labels)
                found.append(Clause(block.id, section.id, where, text))
    return found


def compare(old: ModelDocument, new: ModelDocument) -> list[Change]:
    """The clauses that differ between two versions of a document, in reading order: the two
    lists of clause ids aligned, a removed clause where it stood, the others where they stand
    now. A clause is moved when the alignment cannot keep it in order, or its section changed."""
    before, after = clauses(old), clauses(new)
    old_by_id, new_by_id = {c.id: c for c in before}, {c.id: c for c in after}
    old_ids, new_ids = [c.id for c in before], [c.id for c in after]
    changes = []
    matcher = difflib.SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for clause_id in new_ids[j1:j2]:
                was, now = old_by_id[clause_id], new_by_id[clause_id]
                moved, edited = was.section != now.section, was.text != now.text
                if moved or edited:
                    changes.append(Change("sua-chuyen" if moved and edited else "chuyen" if moved else "sua",
                                          clause_id, was, now))
            continue
        changes += [Change("bo", i, old_by_id[i], None) for i in old_ids[i1:i2] if i not in new_by_id]
        for clause_id in new_ids[j1:j2]:
            now = new_by_id[clause_id]
            was = old_by_id.get(clause_id)
            if was is None:
                changes.append(Change("them", clause_id, None, now))
            else:  # it stood elsewhere in the old order
                changes.append(Change("sua-chuyen" if was.text != now.text else "chuyen", clause_id, was, now))
    return changes


# Words, a blank "[label]" whole, and each punctuation mark on its own (so that "[tháng]:"
# against "[tháng] (nếu có):" marks only what was added); each with the spaces after it.
_WORD = re.compile(r"\[[^\]]*\]\s*|\w+\s*|[^\w\s]\s*")


def word_diff(old: str, new: str) -> Markup:
    """The new text with the words removed from the old one in <del> and the words added in
    <ins>, escaped. Removing the <ins> gives the old text's words back, removing the <del> the
    new one's (spaces aside: a word kept is followed by a space if either text has one)."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [w.strip() for w in a], [w.strip() for w in b],
                                                      autojunk=False).get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            out.append(escape("".join(y.strip() + (" " if x[-1:].isspace() or y[-1:].isspace() else "")
                                      for x, y in zip(a[i1:i2], b[j1:j2]))))
        elif op == "delete":
            out.append(Markup("<del>{}</del>{}").format(removed.rstrip(), removed[len(removed.rstrip()):]))
        elif op == "insert":
            out.append(Markup("<ins>{}</ins>{}").format(added.rstrip(), added[len(added.rstrip()):]))
        else:
            out.append(Markup("<del>{}</del> <ins>{}</ins>{}").format(removed.rstrip(), added.rstrip(),
                                                                       added[len(added.rstrip()):]))
    return Markup("".join(str(part) for part in out))


# --- Pages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    number: int
    date: str  # as party documents write it
    changes: tuple[str, ...]
    page: str  # its page: the current document's for the last version


def versions(data: SiteData, template_id: str) -> list[Version]:
    template = data.mau[template_id]
    current = len(template.phien_ban)
    variants = bool(template.bien_the)
    found = []
    for version in template.phien_ban:
        if version.so == current:
            page = template_page(template_id, variants)
        else:
            page = version_page(template_id, version.so)
        found.append(Version(version.so, ngay_so(version.ngay), tuple(version.thay_doi), page))
    return found


def _documents(data: SiteData, template_id: str, number: int) -> dict[tuple[str, str], ModelDocument]:
    if number == len(data.mau[template_id].phien_ban):
        return data.models[template_id]
    return data.old_models[template_id][number]


def _slugs(data: SiteData, template_id: str, key: tuple[str, str]) -> tuple[str, str]:
    template = data.mau[template_id]
    if key == build.SINGLE:
        return "", ""
    return template.bien_the[key[0]].duong_dan, template.loai_hinh[key[1]].duong_dan


def pairs(data: SiteData, template_id: str) -> list[tuple[int, int]]:
    """Every pair of versions, older first: all of them are pre-built (few versions)."""
    count = len(data.mau[template_id].phien_ban)
    return [(a, b) for b in range(2, count + 1) for a in range(1, b)]


def render_changes_page(data: SiteData, template_id: str, from_page: str) -> str:
    history = versions(data, template_id)
    name = data.danh_muc_mau[template_id].ten
    rows = [(v, page_link(from_page, v.page)) for v in reversed(history)]
    comparisons = []
    for a, b in reversed(pairs(data, template_id)):
        documents = []
        if data.mau[template_id].bien_the:
            for key, doc in data.models[template_id].items():
                if key in _documents(data, template_id, a):
                    documents.append((doc.name, page_link(from_page, comparison_page(template_id, a, b, *_slugs(data, template_id, key)))))
        comparisons.append((a, b, page_link(from_page, comparison_page(template_id, a, b)), documents))
    return render("thay_doi_mau.md.j2", data, from_page, name=name, rows=rows, comparisons=comparisons,
                  current=history[-1], current_link=page_link(from_page, template_page(template_id, bool(data.mau[template_id].bien_the))))


def render_comparison(data: SiteData, template_id: str, a: int, b: int, key: tuple[str, str], from_page: str) -> str:
    old, new = _documents(data, template_id, a)[key], _documents(data, template_id, b)[key]
    history = {v.number: v for v in versions(data, template_id)}
    changes = compare(old, new)
    counts = [(KINDS[kind], sum(1 for c in changes if c.kind == kind)) for kind in KINDS]
    return render("so_sanh_phien_ban.md.j2", data, from_page, old=history[a], new=history[b], doc=new, changes=changes,
                  kinds=KINDS, counts=counts, diff=word_diff,
                  old_page=page_link(from_page, old.page), new_page=page_link(from_page, new.page),
                  changes_link=page_link(from_page, changes_page(template_id)))


def render_pair_index(data: SiteData, template_id: str, a: int, b: int, from_page: str) -> str:
    """A pair of versions of a template with variants: the comparison for each document."""
    history = {v.number: v for v in versions(data, template_id)}
    rows = []
    for key, doc in data.models[template_id].items():
        if key not in _documents(data, template_id, a):
            continue
        count = len(compare(_documents(data, template_id, a)[key], doc))
        rows.append((doc.name, page_link(from_page, comparison_page(template_id, a, b, *_slugs(data, template_id, key))), count))
    return render("so_sanh_phien_ban_muc_luc.md.j2", data, from_page, old=history[a], new=history[b], rows=rows,
                  name=data.danh_muc_mau[template_id].ten, changes_link=page_link(from_page, changes_page(template_id)))


def render_version_index(data: SiteData, template_id: str, number: int, from_page: str) -> str:
    """An earlier version of a template with variants: its documents."""
    history = {v.number: v for v in versions(data, template_id)}
    rows = [(doc.name, page_link(from_page, doc.page)) for doc in data.old_models[template_id][number].values()]
    return render("phien_ban_muc_luc.md.j2", data, from_page, version=history[number], rows=rows,
                  name=data.danh_muc_mau[template_id].ten, current=page_link(from_page, template_page(template_id, True)),
                  changes_link=page_link(from_page, changes_page(template_id)))


def render_version(data: SiteData, template_id: str, number: int, key: tuple[str, str], from_page: str) -> str:
    doc = data.old_models[template_id][number][key]
    current = data.models[template_id].get(key)
    history = {v.number: v for v in versions(data, template_id)}
    return render_old_version(data, doc, from_page, history[number].date, number,
                              current=current.page if current else template_page(template_id, True),
                              changes=changes_page(template_id))


FRONT = "---\nrender_macros: false\nngoai_muc_luc: true\nsearch:\n  exclude: true\n---\n\n"


def site_pages(data: SiteData) -> list[tuple[str, str]]:
    """Every generated page of the versions, as (docs path, Markdown)."""
    pages = []

    def page(path: str, title: str, body) -> None:
        pages.append((path, f"{FRONT}# {title_text(title)}\n\n{body(path)}\n"))

    for template_id, template in data.mau.items():
        name = data.danh_muc_mau[template_id].ten
        page(changes_page(template_id), f"{name}: những thay đổi",
             lambda src, t=template_id: render_changes_page(data, t, src))
        variants = bool(template.bien_the)
        for number, documents in data.old_models.get(template_id, {}).items():
            for key, doc in documents.items():
                title = f"{name}, phiên bản {number}" + (f": {doc.name}" if variants else "")
                page(doc.page, title, lambda src, t=template_id, n=number, k=key: render_version(data, t, n, k, src))
            if variants:
                page(version_page(template_id, number), f"{name}, phiên bản {number}",
                     lambda src, t=template_id, n=number: render_version_index(data, t, n, src))
        for a, b in pairs(data, template_id):
            title = f"{name}, phiên bản {a} so với {b}"
            if variants:
                page(comparison_page(template_id, a, b), title, lambda src, t=template_id, x=a, y=b: render_pair_index(data, t, x, y, src))
            for key, doc in data.models[template_id].items():
                if key not in _documents(data, template_id, a):
                    continue
                path = comparison_page(template_id, a, b, *_slugs(data, template_id, key))
                page(path, f"{title}" + (f": {doc.name}" if variants else ""),
                     lambda src, t=template_id, x=a, y=b, k=key: render_comparison(data, t, x, y, k, src))
    return pages
