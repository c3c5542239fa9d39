"""Renderers of the registry, unit-tested on the real registry (no MkDocs involved)."""

from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.documents import render_card, render_citation, render_relations, render_table, ten_van_ban
from macros.paths import doc_page
from macros.render import md, page_link

MD_EXTENSIONS = ["attr_list", "def_list", "md_in_html", "tables", "admonition"]


def html(text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(text, extensions=MD_EXTENSIONS), "html.parser")


@pytest.mark.parametrize(
    "from_page, target, expected",
    [
        ("index.md", "van-ban/ct-10-2007.md", "van-ban/ct-10-2007.md"),
        ("van-ban/index.md", "van-ban/ct-10-2007.md", "ct-10-2007.md"),
        ("van-ban/kl-18-2017.md", "gioi-thieu/quy-uoc.md#chua-ro", "../gioi-thieu/quy-uoc.md#chua-ro"),
        ("a/b/c.md", "van-ban/x.md", "../../van-ban/x.md"),
    ],
)
def test_links_are_relative_to_the_page(from_page, target, expected):
    assert page_link(from_page, target) == expected


def test_markdown_escape_keeps_text_literal():
    source = 'Về "tự diễn biến" *không* [in nghiêng] | cột_a `x`'
    assert html(md(source)).get_text() == source


def test_citation_links_the_document_and_states_date_and_issuer(data):
    soup = html(render_citation(data, "ct-10-2007", "sinh-hoat-chi-bo/index.md", "test"))
    first = soup.find("a")
    assert first["href"] == "../van-ban/ct-10-2007.md"
    assert first.get_text() == "Chỉ thị 10-CT/TW"
    assert "ngày 30/3/2007 của Ban Bí thư Trung ương Đảng (khóa X)" in soup.get_text()


@pytest.mark.parametrize("render", ["citation", "table_row", "relation"])
def test_every_replaced_document_names_its_successors(data, render):
    replaced = [d for d in data.van_ban if data.trang_thai(d) == "da-thay-the"]
    assert replaced, "the registry has replaced documents (CT 10, KL 18, HD 12...)"
    for doc_id in replaced:
        successors = {doc_page(r.van_ban) for r in data.related(doc_id, "bi_thay_the_boi")}
        if render == "citation":
            block = html(render_citation(data, doc_id, "index.md", "test"))
        elif render == "table_row":
            soup = html(render_table(data, "index.md"))
            block = next(tr for tr in soup.find_all("tr") if tr.find("a", href=doc_page(doc_id)))
        else:
            # as listed on the page of the document that replaced it
            successor = next(iter(successors)).removeprefix("van-ban/").removesuffix(".md")
            soup = html(render_relations(data, successor, "index.md", "test"))
            block = next(li for li in soup.find_all("li") if li.find("a", href=doc_page(doc_id)))
        hrefs = {a["href"] for a in block.find_all("a")}
        assert "đã được thay thế bởi" in block.get_text()
        assert successors <= hrefs, (doc_id, render)


def test_unconfirmed_fields_carry_the_marker_with_their_reason(data):
    for doc in data.van_ban.values():
        if not doc.can_kiem_chung:
            continue
        soup = html(render_card(data, doc.id, doc_page(doc.id), "test"))
        titles = {a.get("title") for a in soup.find_all("a", class_="can-kiem-chung")}
        assert set(doc.can_kiem_chung.values()) <= titles, doc.id


def test_confirmed_document_has_no_marker(data):
    soup = html(render_card(data, "ct-50-2025", doc_page("ct-50-2025"), "test"))
    assert not soup.find_all(class_="can-kiem-chung")


def test_card_of_document_without_number_says_so(data):
    doc = data.van_ban["nq-tw4-khoa-xi"]
    assert doc.so_hieu is None and doc.ngay is None
    text = html(render_card(data, doc.id, doc_page(doc.id), "test")).get_text()
    assert re.search(r"Số hiệu\s+chưa xác minh", text)
    assert ten_van_ban(data, doc) == doc.ten_goi


def test_table_lists_every_document_once_newest_first(data):
    soup = html(render_table(data, "van-ban/index.md"))
    rows = soup.find("tbody").find_all("tr")
    hrefs = [tr.find("a")["href"] for tr in rows]
    assert sorted(hrefs) == sorted(f"{d}.md" for d in data.van_ban)
    dated = [data.van_ban[h.removesuffix(".md")].ngay for h in hrefs]
    dated = [d for d in dated if d]
    assert dated == sorted(dated, reverse=True)


def test_unknown_id_names_the_page_and_the_valid_ids(data):
    from macros.errors import DataError

    with pytest.raises(DataError) as caught:
        render_citation(data, "ct-11-2007", "index.md", 'Trang "docs/index.md"')
    message = str(caught.value)
    assert message.startswith('Trang "docs/index.md": mã văn bản "ct-11-2007" không có trong data/van_ban.yml (có: ')
    assert all(doc_id in message for doc_id in data.van_ban)
