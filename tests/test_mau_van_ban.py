"""Every model document (the regulation's variants and the other templates): one source,
and the page, the copy and the Word file say the same thing."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from docx.oxml.ns import qn

from conftest import ROOT, bookmarked_runs, built_page, docx_of, model_documents, norm, page_text, site_data, word_text
from macros.loading import read_yaml

DATA = site_data()
DOCUMENTS = model_documents()
TEMPLATES = [t for t in DATA.danh_muc_mau if t != "quy-che-lam-viec"]


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_page_text_equals_word_text(site, docx):
    doc = DOCUMENTS[docx]
    page = page_text(built_page(site, doc))
    assert page == word_text(docx_of(site, doc))
    assert len(page) > 800  # a whole document, not an empty shell


def expand(text: str) -> str:
    """A line of the YAML source as the page must show it: every {field} as "[label]"."""
    labels = read_yaml(ROOT / "data/truong_mau.yml", "truong_mau")["truong_mau"]
    return re.sub(r"\{([a-z_]+)\}", lambda m: f"[{labels[m.group(1)]['nhan']}]", text)


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_shows_every_line_of_the_source_in_order(site, template):
    """Straight from data/mau/<id>.yml, not through the builder: every line and every table
    cell is on the page, in the source's order."""
    source = read_yaml(ROOT / f"data/mau/{template}.yml", template)["mau"]
    expected = []
    for part in source["phan"]:
        for section in part["muc"]:
            for row in section["dong"]:
                if "chu" in row:
                    expected.append(expand(row["chu"]))
                else:
                    expected += [expand(cell) for cells in row["bang"]["dong"] for cell in cells]
    soup = built_page(site, DATA.model(template))
    shown = [norm(e.get_text("")) for e in soup.select(".noi-dung-mau p.khoan, .noi-dung-mau td")]
    assert shown == [norm(line) for line in expected]


@pytest.mark.parametrize("template", TEMPLATES)
def test_header_and_signature_from_the_source(site, template):
    frame = read_yaml(ROOT / f"data/mau/{template}.yml", template)["mau"]["khung"]
    soup = built_page(site, DATA.model(template))
    header = norm(soup.select_one(".dau-van-ban").get_text(" "))
    assert norm(expand(frame["co_quan_ban_hanh"])) in header
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header
    assert norm(soup.select_one(".ten-loai").get_text()) == frame["ten_loai"]
    signature = norm(soup.select_one(".ky-van-ban").get_text(" "))
    for side in (frame["ky_trai"], frame["ky_phai"]):
        for text in side.get("chuc_vu", []) + [side.get("ho_ten", "")]:
            assert norm(expand(text)) in signature


def test_index_lists_every_template_with_its_word_file(site):
    soup = BeautifulSoup((site / "mau/index.html").read_text(encoding="utf-8"), "html.parser")
    rows = soup.select("#chon-mau ~ .danh-muc-mau table tbody tr")
    assert [norm(r.select_one("td").get_text()) for r in rows] == [e.ten for e in DATA.danh_muc_mau.values()]
    for row, entry in zip(rows, DATA.danh_muc_mau.values()):
        cells = [norm(td.get_text()) for td in row.select("td")]
        marker = f" {DATA.quy_uoc.can_kiem_chung.nhan}"
        assert cells[1:4] == [entry.dung_khi + (marker if "dung_khi" in entry.can_kiem_chung else ""),
                              entry.ai_soan + (marker if "ai_soan" in entry.can_kiem_chung else ""),
                              entry.bao_lau + (marker if "bao_lau" in entry.can_kiem_chung else "")]
        target = (site / "mau" / row.select("a")[-1]["href"]).resolve()
        if entry.id != "quy-che-lam-viec":
            assert target.suffix == ".docx" and target.is_file(), target


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_word_blanks_are_bookmarked_with_their_field(site, docx):
    """The page's script finds each blank of the Word file by its bookmark: every highlighted
    "[label]" run sits in a bookmark naming its own field."""
    doc = DOCUMENTS[docx]
    word = docx_of(site, doc)
    marks = bookmarked_runs(word)
    assert marks
    for field, text, _ in marks:
        assert text == f"[{DATA.truong_mau[field].nhan}]"
    assert sorted({f for f, _, _ in marks}) == sorted(doc.fields())
    assert len(marks) == word.element.xml.count("<w:highlight ")


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_form_has_one_distinct_input_per_blank_field(site, docx):
    soup = built_page(site, DOCUMENTS[docx])
    form = soup.select_one("form.dien-mau")
    inputs = [i["id"].removeprefix("o-") for i in form.select("input")]
    blanks = {b["data-truong"] for b in soup.select(".van-ban-mau .o-trong")}
    assert sorted(inputs) == sorted(blanks)
    labels = [norm(label.get_text()) for label in form.select("label")]
    assert len(set(labels)) == len(labels), labels
    shared = [i["id"].removeprefix("o-") for i in form.select(".dien-mau-cac-o")[0].select("input")]
    assert all(DATA.truong_mau[f].chung for f in shared)


def test_minutes_guidance_quotes_the_meeting_order_written_once(site):
    """Sections that record a step of the meeting take its rule from the meeting guide
    (data/sinh_hoat_chi_bo.yml), the same text the meeting page shows."""
    steps = [norm(s.noi_dung) for s in DATA.sinh_hoat_chi_bo.trinh_tu]
    guide = norm(BeautifulSoup((site / "sinh-hoat-chi-bo/index.html").read_text(encoding="utf-8"),
                               "html.parser").get_text(" "))
    used = 0
    for template in TEMPLATES:
        source = read_yaml(ROOT / f"data/mau/{template}.yml", template)["mau"]
        soup = built_page(site, DATA.model(template))
        for part in source["phan"]:
            for section in part["muc"]:
                if "buoc_sinh_hoat" in section:
                    step = steps[section["buoc_sinh_hoat"] - 1]
                    guidance = norm(soup.select_one(f'.muc-mau#{section["id"]} .huong-dan').get_text(""))
                    assert step in guidance and step in guide
                    used += 1
    assert used >= 4


@pytest.mark.parametrize("docx", list(DOCUMENTS))
def test_word_pages_are_numbered_where_the_format_data_says(site, docx):
    word = docx_of(site, DOCUMENTS[docx])
    section = word.sections[0]
    numbered, plain = (section.header, section.footer) if DATA.the_thuc.so_trang == "dau-giua" else (section.footer, section.header)
    assert "PAGE" in "".join(t.text for t in numbered._element.iter(qn("w:instrText")))
    assert not list(plain._element.iter(qn("w:instrText")))
