"""Renderers of the guidance, the training modules and the model documents, and the filling
of a model document's blanks, unit-tested on the real data (no MkDocs involved)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from conftest import other_models, site_data
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


@pytest.mark.parametrize("template_id", list(other_models()))
def test_template_page_has_the_word_link_and_a_form_field_for_each_blank(template_id):
    doc = DATA.model(template_id)
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


# --- One builder for every model document ----------------------------------------------------

# A small source with variants, enterprise types and the layout of articles: the regulation's
# shape, in a few lines (built with the real registry for its grounds).
SMALL = {
    "bo_cuc": "chuong-dieu",
    "bien_the": {
        "lon": {"ten": "Đảng ủy", "duong_dan": "dang-uy", "tu": {"cap_uy": "Đảng ủy", "tm": "T/M ĐẢNG ỦY"}},
        "nho": {"ten": "Chi bộ", "duong_dan": "chi-bo", "tu": {"cap_uy": "Chi ủy", "tm": "T/M CHI ỦY"}},
    },
    "loai_hinh": {
        "nha-nuoc": {"ten": "Doanh nghiệp nhà nước", "duong_dan": "nha-nuoc", "van_ban": "qd-287-2010", "pham_vi": "x"},
        "tu-nhan": {"ten": "Doanh nghiệp tư nhân", "duong_dan": "tu-nhan", "van_ban": "qd-100-2004", "pham_vi": "x"},
    },
    "khung": {
        "cap_tren_dau_trang": "{dang_bo_cap_tren}", "co_quan_ban_hanh": "{cap_uy}", "dia_danh_ngay": "{dia_danh}",
        "ten_loai": "QUY CHẾ", "trich_yeu_theo_bien_the": {"lon": "của {cap_uy}", "nho": "của {cap_uy} nhỏ"},
        "can_cu": [{"van_ban": "dieu-le-dang"}, {"van_ban": "qd-100-2004", "loai_hinh": ["tu-nhan"]}],
        "ky_trai": {"noi_nhan": ["Lưu {cap_uy}.", {"chu": "Các chi bộ,", "chi": ["lon"]}]},
        "ky_phai": {"chuc_vu": ["{tm}", "BÍ THƯ"], "ho_ten": "{ho_ten_bi_thu}"},
    },
    "phan": [
        {"ten": "CHUNG", "muc": [
            {"id": "a", "ten": "Phạm vi", "dong": ["Một khoản của {cap_uy}."], "huong_dan": "h", "van_ban": ["dieu-le-dang"]},
        ]},
        {"ten": "CHỈ ĐẢNG ỦY", "muc": [
            {"id": "b", "ten": "Ban Thường vụ", "chi": ["lon"], "dong": ["x"], "huong_dan": "h", "can_kiem_chung": "c"},
        ]},
        {"ten": "VAI TRÒ", "muc": [
            {"id": "c", "ten": "Vai trò", "huong_dan": "h", "van_ban": ["dieu-le-dang"], "dong": [
                "Chung.", {"chu": "Riêng nhà nước.", "loai_hinh": ["nha-nuoc"]}, {"chu": "Riêng tư nhân.", "loai_hinh": ["tu-nhan"]}]},
        ]},
    ],
}


def _with_clause_ids(source: dict) -> dict:
    """The source with an id on every line ("<section>-k<n>"), as data/mau/ writes them."""
    def line(row, section, number):
        return dict({"chu": row} if isinstance(row, str) else row, id=f"{section}-k{number}")

    phan = [dict(part, muc=[dict(m, dong=[line(row, m["id"], n) for n, row in enumerate(m["dong"], 1)])
                             for m in part["muc"]]) for part in source["phan"]]
    return dict(source, phan=phan)


def _small(variant, enterprise):
    from macros.model_documents import build
    from macros.schema import MauVanBan

    return build.build("nho-gon", "Quy chế", MauVanBan.model_validate(_with_clause_ids(SMALL)), DATA.truong_mau, DATA,
                       variant, enterprise)


def test_articles_are_numbered_through_the_document_and_chapters_without_articles_drop():
    big, small = _small("lon", "nha-nuoc"), _small("nho", "nha-nuoc")
    assert [(p.label, p.anchor) for p in big.parts] == [("Chương I", "chuong-i"), ("Chương II", "chuong-ii"),
                                                         ("Chương III", "chuong-iii")]
    assert [(s.label, s.anchor) for s in big.sections()] == [("Điều 1.", "dieu-1"), ("Điều 2.", "dieu-2"), ("Điều 3.", "dieu-3")]
    # the small organisation has no chapter II: its last chapter becomes II and its article 2
    assert [p.label for p in small.parts] == ["Chương I", "Chương II"]
    assert [(s.id, s.label) for s in small.sections()] == [("a", "Điều 1."), ("c", "Điều 2.")]


def test_a_variant_gets_its_words_subject_recipients_and_signer():
    doc = _small("nho", "tu-nhan")
    assert doc.subject.display(DATA.truong_mau) == "của Chi ủy nhỏ"
    assert doc.sections()[0].blocks[0].line.display(DATA.truong_mau) == "Một khoản của Chi ủy."
    assert [r.display(DATA.truong_mau) for r in doc.signature[0].recipients] == ["Lưu Chi ủy."]
    assert doc.signature[1].lines == ("T/M CHI ỦY", "BÍ THƯ")
    assert (doc.id, doc.page, doc.docx) == ("nho--tu-nhan", "mau/nho-gon/chi-bo/tu-nhan.md",
                                            "mau/nho-gon/nho-gon-chi-bo-tu-nhan.docx")


def test_an_enterprise_type_keeps_its_own_clauses_grounds_and_rule():
    state, private = _small("lon", "nha-nuoc"), _small("lon", "tu-nhan")
    state_role, private_role = ([(b.prefix, b.line.display(DATA.truong_mau)) for b in doc.sections()[-1].blocks]
                                for doc in (state, private))
    assert state_role == [("1. ", "Chung."), ("2. ", "Riêng nhà nước.")]
    assert private_role == [("1. ", "Chung."), ("2. ", "Riêng tư nhân.")]
    # the article with type-specific clauses cites the type's rule; the grounds follow the type
    assert state.sections()[-1].documents == ("dieu-le-dang", "qd-287-2010")
    assert private.sections()[-1].documents == ("dieu-le-dang", "qd-100-2004")
    assert len(private.grounds) == len(state.grounds) + 1


def test_the_same_source_without_variants_is_laid_out_as_parts_and_sections():
    from macros.model_documents import build
    from macros.schema import MauVanBan

    plain = dict(SMALL, bo_cuc="phan-muc", bien_the={}, loai_hinh={}, huong_dan="h", van_ban=["dieu-le-dang"])
    plain["khung"] = dict(SMALL["khung"], co_quan_ban_hanh="CHI BỘ", trich_yeu="của chi bộ", trich_yeu_theo_bien_the={},
                          can_cu=[{"van_ban": "dieu-le-dang"}], ky_trai={"noi_nhan": ["Lưu."]},
                          ky_phai={"chuc_vu": ["T/M CHI BỘ"], "ho_ten": "{ho_ten_bi_thu}"})
    plain["phan"] = [SMALL["phan"][0], {"muc": [{"id": "d", "dong": ["Không tên."]}, {"id": "e", "ten": "Có tên", "dong": ["y"]}]}]
    plain["phan"][0] = {"ten": "CHUNG", "muc": [dict(SMALL["phan"][0]["muc"][0], dong=["Một.", "Hai."])]}
    doc = build.build("phang", "Mẫu phẳng", MauVanBan.model_validate(_with_clause_ids(plain)), DATA.truong_mau, DATA)
    assert [(p.label, p.anchor) for p in doc.parts] == [("I.", "phan-1"), ("", "phan-2")]
    assert [(s.label, s.anchor) for s in doc.sections()] == [("1.", "muc-a"), ("", "muc-d"), ("1.", "muc-e")]
    assert [b.prefix for b in doc.sections()[0].blocks] == ["", ""]  # lines, not numbered clauses
    assert (doc.id, doc.page, doc.docx) == ("phang", "mau/phang.md", "mau/phang.docx")
