"""The page cases of the bad-input corpus without a project copy or a site build.

test_bad_inputs.py runs every case through the real deploy (a copy of the whole project, a
strict build, the served release untouched). Most page cases need much less to fail, and
here each runs on the smallest fixture that shows its message, in a few milliseconds:
- a macro call: the page's text rendered by Jinja with the real macros (the MACROS table and
  its wrapper, macros/__init__.py) over the real data, as mkdocs-macros renders it;
- a page missing, extra or unreadable: a copy of docs/ alone, checked against the real data
  (navigation.check_pages, what the build runs first).
Links, the navigation and the Jinja syntax are MkDocs' and mkdocs-macros' own work, and one
case edits data/ (this file uses the real data): those stay in the deploy corpus only.
"""

from __future__ import annotations

import logging
import shutil
import types

import jinja2
import pytest

from bad_inputs import PAGES, Bad
from conftest import ROOT, site_data
from macros import MACROS, _macro, _undefined_for, navigation
from macros.errors import DataError

MACRO_CASES = {name: PAGES[name] for name in (
    "unknown-document-id", "undefined-name", "macro-called-without-its-argument", "unknown-template-id",
    "unknown-module-id", "unknown-regulation-variant", "variant-macro-outside-its-folder", "unknown-guide-part",
    "unknown-booklet",
    "undefined-argument")}
PRESENCE_CASES = {name: PAGES[name] for name in (
    "document-without-page", "template-without-page", "regulation-variant-without-page", "page-for-no-document",
    "page-not-utf8", "page-decomposed-unicode", "page-without-review-date", "page-review-date-malformed")}


def _render_page(src: str, text: str) -> str:
    """Render a page's Markdown as mkdocs-macros does: the macros of the table, the site's
    variables, Vietnamese undefined errors."""
    data = site_data()
    env = jinja2.Environment(undefined=_undefined_for(src, sorted(MACROS)))
    env.globals.update({name: _macro(name, spec, data, lambda: src) for name, spec in MACROS.items()})
    env.globals["trang_web"] = types.SimpleNamespace(**data.trang_web.model_dump())
    return env.from_string(text).render()


def test_the_fast_cases_cover_the_page_corpus_but_links_nav_and_syntax():
    left = set(PAGES) - set(MACRO_CASES) - set(PRESENCE_CASES)
    assert left == {"macro-brace-not-closed", "block-not-closed", "page-left-out-of-nav", "link-to-missing-page",
                    "link-to-missing-section", "link-to-missing-section-here", "missing-image", "absolute-link",
                    "change-names-a-page-that-does-not-exist"}  # an edit of data/, with the real data here


@pytest.mark.parametrize("name", sorted(MACRO_CASES))
def test_a_bad_macro_call_stops_with_its_message(name, tmp_path, caplog):
    file, old, new, expect = MACRO_CASES[name]
    page = tmp_path / file
    page.parent.mkdir(parents=True)
    shutil.copy(ROOT / file, page)
    text = Bad(name, file, old, new, expect).apply(tmp_path)
    src = file.removeprefix("docs/")
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.so_tay"), pytest.raises(Exception) as caught:
        _render_page(src, text)
    said = [str(caught.value)] + [record.getMessage() for record in caplog.records]
    assert any(expect(text) in message for message in said), said


@pytest.mark.parametrize("name", sorted(PRESENCE_CASES))
def test_a_missing_extra_or_unreadable_page_stops_with_its_message(name, tmp_path):
    file, old, new, expect = PRESENCE_CASES[name]
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    text = Bad(name, file, old, new, expect).apply(tmp_path)
    with pytest.raises(DataError) as caught:
        navigation.check_pages(tmp_path / "docs", site_data())
    assert expect(text) in str(caught.value)


def test_the_unchanged_pages_pass_the_same_checks():
    """The fixture is not what fails: the real docs/ pass the page check, and a real page with
    macro calls renders."""
    navigation.check_pages(ROOT / "docs", site_data())
    src = "mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan.md"
    assert "Điều 1." in _render_page(src, (ROOT / "docs" / src).read_text(encoding="utf-8"))
