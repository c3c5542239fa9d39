"""Renderers of the guidance, the training modules and the model documents, and the filling
of a model document's blanks, unit-tested on the real data (no MkDocs involved)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from conftest import site_data
from macros import guidance, tap_huan
from macros.model_documents import page as model_page
from macros.model_documents import structure
from macros.errors import DataError
from macros.schema import TruongMau

DATA = site_data()
MD_EXTENSIONS = ["attr_list", "def_list", "md_in_html", "tables", "admonition"]


def html(text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(text, extensions=MD_EXTENSIONS), "html.parser")


# --- Guidance -------------------------------------------------------------------------------

def test_findings_table_has_a_row_per_finding_linking_the_page_that_helps():
    soup = html(guidance.render_findings(DATA, "sinh-hoat-chi-bo/index.md"))
    rows = soup.select("tbody tr")
    assert len(rows) == len(DATA.thong_bao.han_che)
    for row, finding in zip(rows, DATA.thong_bao.han_che):
        target = finding.trang.partition("#")[0]
        expected = "../" + target if not target.startswith("sinh-hoat-chi-bo/") else target.removeprefix("sinh-hoat-chi-bo/")
        assert any(a["href"].partition("#")[0] == expected for a in row.find_all("a")), finding.trang


@pytest.mark.parametrize("part", ["quy_dinh", "bien_ban", "chu_de", "tu_danh_gia"])
def test_each_guide_list_shows_every_item_of_its_part(part):
    soup = html(guidance.render_guide_list(DATA, part, "sinh-hoat-chi-bo/index.md", "test"))
    items = getattr(DATA.sinh_hoat_chi_bo, part)
    assert len(soup.find_all("li", recursive=True)) >= len(items)
    for item in items:
        assert " ".join(item.noi_dung.split()[:4]) in " ".join(soup.get_text().split())


def test_an_unknown_guide_part_names_the_page_and_the_parts():
    with pytest.raises(DataError, match=r'^Trang "docs/x.md": phần "khac" không có; chọn một trong: quy_dinh, '):
        guidance.render_guide_list(DATA, "khac", "x.md", 'Trang "docs/x.md"')


def test_glossary_lists_every_term_with_its_abbreviation():
    text = html(guidance.render_glossary(DATA, "tra-cuu/index.md")).get_text()
    for term in DATA.thuat_ngu.values():
        assert term.thuat_ngu in text and (term.viet_tat is None or term.viet_tat in text), term.id


# --- Training -------------------------------------------------------------------------------

@pytest.mark.parametrize("module_id", list(DATA.tap_huan))
def test_module_shows_each_question_with_lettered_options_and_a_key(module_id):
    module = DATA.tap_huan[module_id]
    soup = html(tap_huan.render_module(DATA, module_id, f"tap-huan/{module_id}.md", "test"))
    form = soup.select_one("form.trac-nghiem")
    assert form is not None and form["data-chu-cai"] == tap_huan.LETTERS
    for question in module.cau_hoi:
        letters = [span.get_text() for span in form.select(f'input[name="{module_id}-{question.id}"] + span.chu-cai')]
        assert letters == [f"{tap_huan.LETTERS[i]}." for i in range(len(question.lua_chon))], question.id
    key = soup.get_text()
    for question in module.cau_hoi:
        answer = ", ".join(tap_huan.LETTERS[n - 1] for n in question.dap_an)
        assert f"{answer}:" in key, question.id


def test_learning_path_lists_the_modules_in_order_with_links():
    soup = html(tap_huan.render_path(DATA, "tap-huan/index.md"))
    links = [a["href"] for a in soup.select("a") if a["href"].endswith(".md")]
    assert links == [f"{m}.md" for m in DATA.tap_huan]


# --- Model documents ------------------------------------------------------------------------

LABELS = {"ten_don_vi": TruongMau(nhan="tên đơn vị", goi_y="Chi bộ A"),
          "ngay_hop": TruongMau(nhan="ngày họp", goi_y="5/3/2026")}


def test_filling_splits_the_blanks_out_and_expands_the_variants_words():
    line = structure.fill("{cap} {ten_don_vi} họp ngày {ngay_hop}.", {"cap": "Đảng ủy"}, LABELS, "test")
    assert line.segments == (("text", "Đảng ủy "), ("field", "ten_don_vi"), ("text", " họp ngày "),
                             ("field", "ngay_hop"), ("text", "."))
    assert line.fields() == ["ten_don_vi", "ngay_hop"]
    assert line.display(LABELS) == "Đảng ủy [tên đơn vị] họp ngày [ngày họp]."


def test_filling_refuses_a_name_that_is_neither_a_word_nor_a_blank():
    with pytest.raises(DataError, match=r'^noi: "\{ten_chi_bo\}" không phải từ của biến thể hay ô cần điền nào'):
        structure.fill("Chi bộ {ten_chi_bo}", {}, LABELS, "noi")


@pytest.mark.parametrize("template_id", [t for t in DATA.other_models])
def test_template_page_has_the_word_link_and_a_form_field_for_each_blank(template_id):
    doc = DATA.other_models[template_id]
    page = f"mau/{template_id}.md"
    soup = html(model_page.render_template_page(DATA, template_id, page, "test"))
    assert soup.select_one(f'a[href="{template_id}.docx"]') is not None
    form = soup.select_one("form.dien-mau")
    assert form["data-tien-to-o"] == structure.BLANK_BOOKMARK
    assert {i["id"].removeprefix("o-") for i in form.select("input[id^='o-']")} == set(doc.fields())


def test_scripts_take_the_shared_constants_from_the_page_not_a_copy():
    """The quiz letters and the blanks' bookmark prefix are written once, in Python; the
    scripts read them from the form (data-chu-cai, data-tien-to-o)."""
    from conftest import ROOT

    scripts = ROOT / "docs/assets/javascripts"
    assert tap_huan.LETTERS not in (scripts / "trac-nghiem.js").read_text(encoding="utf-8")
    assert f'"{structure.BLANK_BOOKMARK}"' not in (scripts / "dien-mau.js").read_text(encoding="utf-8")
    assert "dataset.chuCai" in (scripts / "trac-nghiem.js").read_text(encoding="utf-8")
    assert 'getAttribute("data-tien-to-o")' in (scripts / "dien-mau.js").read_text(encoding="utf-8")
