"""Versions of the model documents: each comparison lists exactly the clauses that differ
between two sources (computed here from the YAML, not through the builder); word-level marks
rebuild both texts; an earlier version's page says so, is out of the search index and the
navigation; the folder edition has all of it."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, norm, site_data
from macros.loading import read_yaml
from macros.model_documents import build
from macros.paths import changes_page, comparison_page, page_location, version_file, version_page
from macros.versions import word_diff

DATA = site_data()
# (template, variant, enterprise type) for every document of every template with two versions or more
COMPARED = [(t, *key) for t, template in DATA.mau.items() if len(template.phien_ban) > 1 for key in DATA.models[t]]


def html(site, src: str) -> BeautifulSoup:
    return BeautifulSoup((site / page_location(src, True) / "index.html").read_text(encoding="utf-8"), "html.parser")


def slugs(template_id: str, variant: str, kind: str) -> tuple[str, str]:
    template = DATA.mau[template_id]
    return (template.bien_the[variant].duong_dan, template.loai_hinh[kind].duong_dan) if variant else ("", "")


def raw_clauses(path, variant: str, kind: str) -> dict[str, tuple[str, str]]:
    """Straight from a YAML source: the clauses one variant and enterprise type has, in order,
    as id -> (section id, text before filling)."""
    source = read_yaml(path, path.name)["mau"]
    found = {}
    for part in source["phan"]:
        for section in part["muc"]:
            if variant and section.get("chi") and variant not in section["chi"]:
                continue
            for row in section["dong"]:
                if variant and row.get("chi") and variant not in row["chi"]:
                    continue
                if kind and row.get("loai_hinh") and kind not in row["loai_hinh"]:
                    continue
                found[row["id"]] = (section["id"], row.get("chu") or json.dumps(row.get("bang"), ensure_ascii=False))
    return found


@pytest.mark.parametrize("template_id, variant, kind", COMPARED)
def test_each_comparison_lists_exactly_the_clauses_that_differ(site, template_id, variant, kind):
    versions = len(DATA.mau[template_id].phien_ban)
    for old in range(1, versions):
        new = versions  # the current source against each earlier one
        before = raw_clauses(ROOT / version_file(template_id, old), variant, kind)
        after = raw_clauses(ROOT / f"data/mau/{template_id}.yml", variant, kind)
        shared = [i for i in before if i in after]
        expected = {i: "them" for i in after if i not in before}
        expected |= {i: "bo" for i in before if i not in after}
        expected |= {i: "sua" for i in shared if before[i][1] != after[i][1]}
        moved = {i for i in shared if before[i][0] != after[i][0]}
        if shared != [i for i in after if i in before]:  # some shared clause changed places
            moved |= set(shared)  # which ones the page picks is its business; they must be among these
        page = html(site, comparison_page(template_id, old, new, *slugs(template_id, variant, kind)))
        listed = {row["data-khoan"]: row["data-thay-doi"] for row in page.select("tr[data-khoan]")}
        # the words of a variant do not differ between the two sources, so raw text decides
        assert set(listed) - set(expected) <= moved and set(expected) <= set(listed), (set(listed) ^ set(expected))
        for clause_id, kind_expected in expected.items():
            shown = listed[clause_id]
            if kind_expected == "sua":
                assert shown in ("sua", "sua-chuyen"), clause_id
            else:
                assert shown == kind_expected, clause_id
        # the summary counts what the table lists, or says that nothing differs
        text = norm(page.select_one(".so-sanh-phien-ban").get_text())
        if listed:
            assert f"{len(listed)} khoản khác nhau" in text
        else:
            assert "Chữ của văn bản không khác nhau giữa hai phiên bản" in text


def test_the_first_real_history_shows_real_changes(site):
    """Versions 1 (before the accuracy review) and 2 (after it): the regulation for a private
    enterprise changed the role of the party organisation and the questioning article."""
    page = html(site, comparison_page("quy-che-lam-viec", 1, 2, "dang-uy-co-ban-thuong-vu", "doanh-nghiep-tu-nhan"))
    listed = {row["data-khoan"]: row["data-thay-doi"] for row in page.select("tr[data-khoan]")}
    assert listed["nguyen-tac-k6"] == "them" and listed["nguyen-tac-v1-k1"] == "bo"
    assert listed["trach-nhiem-cap-uy-vien-k2"] == "sua"
    minutes = html(site, comparison_page("bien-ban-thuong-ky", 1, 2))
    assert [row["data-khoan"] for row in minutes.select("tr[data-khoan]")] == ["ket-thuc-k2"]


@pytest.mark.parametrize("template_id, variant, kind", COMPARED[:3] + COMPARED[-6:])
def test_marked_words_rebuild_both_versions_of_a_changed_clause(site, template_id, variant, kind):
    page = html(site, comparison_page(template_id, 1, 2, *slugs(template_id, variant, kind)))
    old = DATA.old_models[template_id][1][variant, kind]
    new = DATA.models[template_id][variant, kind]
    texts = {}
    for doc, version in ((old, "old"), (new, "new")):
        for section in doc.sections():
            for block in section.blocks:
                if block.line:
                    texts[version, block.id] = block.line.display(doc.labels)
    for change in page.select('.khoan-thay-doi[data-thay-doi^="sua"]'):
        clause_id = change["id"].removeprefix("khoan-")
        body = change.select("p")[1]
        if not body.select("ins, del"):
            continue
        without_ins, without_del = BeautifulSoup(str(body), "html.parser"), BeautifulSoup(str(body), "html.parser")
        for mark in without_ins.select("ins"):
            mark.decompose()
        for mark in without_del.select("del"):
            mark.decompose()
        words = lambda text: re.sub(r"\s+", "", text)  # noqa: E731  (the marks are about words, not spaces)
        assert words(without_ins.get_text()) == words(texts["old", clause_id])
        assert words(without_del.get_text()) == words(texts["new", clause_id])


def test_word_diff_marks_whole_words_and_escapes():
    marked = word_diff("Tán thành trên số có mặt <b>", "Tán thành trên số có quyền biểu quyết <b>")
    assert str(marked) == "Tán thành trên số có <del>mặt</del> <ins>quyền biểu quyết</ins> &lt;b&gt;"
    assert str(word_diff("a b c", "a b c")) == "a b c"


def test_an_earlier_version_says_so_and_is_out_of_search_and_navigation(site):
    doc = DATA.old_models["quy-che-lam-viec"][1]["chi-bo", "nha-nuoc"]
    page = html(site, doc.page)
    banner = page.select_one("article .phien-ban-cu")
    assert banner is not None and "Đây là phiên bản cũ" in banner.get_text() and "27/11/2026" in banner.get_text()
    current = banner.find("a", string=re.compile("bản hiện hành"))
    assert (site / page_location(doc.page, True) / current["href"] / "index.html").resolve() == \
        (site / page_location(DATA.model("quy-che-lam-viec", "chi-bo", "nha-nuoc").page, True) / "index.html").resolve()
    # its text is the old one
    assert "được quyền chất vấn theo Quy chế này" in page.select_one(".noi-dung-mau").get_text()
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = [entry["location"] for entry in index["docs"]]
    assert locations and not [loc for loc in locations if "/phien-ban/" in loc or "/thay-doi/" in loc]
    nav = page.select_one("nav.md-nav--primary")
    assert not nav.select('a[href*="phien-ban"], a[href*="thay-doi"]')


def test_each_current_page_gives_its_version_and_links_its_changes(site):
    for template_id, template in DATA.mau.items():
        for doc in DATA.models[template_id].values():
            page = html(site, doc.page)
            line = page.select_one("a.tai-word").parent
            version = template.phien_ban[-1]
            assert f"Phiên bản {version.so} (" in line.get_text()
            link = line.find("a", string="những thay đổi")
            target = (site / page_location(doc.page, True) / link["href"] / "index.html").resolve()
            assert target == (site / page_location(changes_page(template_id), True) / "index.html").resolve()


def test_changes_page_lists_every_version_and_links_every_comparison(site):
    for template_id, template in DATA.mau.items():
        page = html(site, changes_page(template_id))
        rows = page.select("article table tbody tr")
        assert [norm(r.select("td")[0].get_text()).split(" ")[0] for r in rows] == [str(v.so) for v in reversed(template.phien_ban)]
        for version in template.phien_ban:
            assert all(norm(line) in norm(page.get_text()) for line in version.thay_doi)
        hrefs = [a["href"] for a in page.select("article a[href]")]
        for old in range(1, len(template.phien_ban)):
            expected = {page_location(comparison_page(template_id, old, len(template.phien_ban), *slugs(template_id, *key)), True)
                        for key in DATA.models[template_id]}
            here = page_location(changes_page(template_id), True)
            resolved = {str((site / here / h).resolve().relative_to(site.resolve())) + "/" for h in hrefs}
            assert expected <= resolved


def test_the_folder_edition_has_the_versions(folder_site):
    """From the disk: the earlier versions, the changes pages and the comparisons are there, and
    every link of a changes page opens a file."""
    for template_id, template in DATA.mau.items():
        changes = folder_site / page_location(changes_page(template_id), False)
        assert changes.is_file(), changes
        soup = BeautifulSoup(changes.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("article a[href]"):
            target = link["href"].split("#")[0]
            if target:
                assert (changes.parent / target).is_file(), (changes, target)
        for number in range(1, len(template.phien_ban)):
            src = version_page(template_id, number) if not template.bien_the else \
                version_page(template_id, number, *slugs(template_id, *next(iter(DATA.models[template_id]))))
            assert "Đây là phiên bản cũ" in (folder_site / page_location(src, False)).read_text(encoding="utf-8")


def test_a_template_with_one_version_has_nothing_to_compare(site):
    single = [t for t, template in DATA.mau.items() if len(template.phien_ban) == 1]
    assert single
    for template_id in single:
        assert "chưa có gì để so sánh" in html(site, changes_page(template_id)).get_text()
        assert template_id not in DATA.old_models


def test_the_single_key_is_what_templates_without_variants_use():
    assert all(list(DATA.models[t]) == [build.SINGLE] for t, template in DATA.mau.items() if not template.bien_the)
