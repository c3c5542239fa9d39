"""The editor's report: every marker, unverified status, due review and citation of an
outdated document, from the data and the pages."""

from __future__ import annotations

import json
from datetime import date, timedelta

from bs4 import BeautifulSoup

from conftest import ROOT
from macros import editor_report
from macros.formatting import ngay_so
from macros.reviews import page_reviews


def test_every_marker_of_the_data_is_listed_with_its_reason(data):
    found = {(m.source, m.entry, m.field): m.reason for m in editor_report.markers(data)}
    for doc in data.van_ban.values():
        for field, reason in doc.can_kiem_chung.items():
            assert found[("data/van_ban.yml", doc.id, field)] == reason
        for relation, items in doc.relations().items():
            for number, item in enumerate(items, start=1):
                if item.can_kiem_chung:
                    assert found[("data/van_ban.yml", doc.id, f"{relation}[{number}]")] == item.can_kiem_chung
    section = next(s for p in data.mau["nghi-quyet-chi-bo"].phan for s in p.muc if s.id == "to-chuc-thuc-hien")
    assert found[("data/mau/nghi-quyet-chi-bo.yml", "", "phan[3].muc[to-chuc-thuc-hien]")] == section.can_kiem_chung
    assert found[("data/mau/nghi-quyet-chi-bo.yml", "", "")] == data.mau["nghi-quyet-chi-bo"].can_kiem_chung


def test_citations_include_the_regulations_grounds_and_the_pages_but_not_the_registrys_relations(data):
    cited = set(editor_report.citations(data))
    grounds = {g.van_ban for g in data.mau["quy-che-lam-viec"].khung.can_cu if g.van_ban}
    assert {editor_report.Citation("data/mau/quy-che-lam-viec.yml", "", d) for d in grounds} <= cited
    assert editor_report.Citation("docs/sinh-hoat-chi-bo/index.md", "", "ct-10-2007") in cited
    # Chỉ thị 50 replaces Chỉ thị 10 in the registry: a relation, not a citation
    assert editor_report.Citation("data/van_ban.yml", "ct-50-2025", "ct-10-2007") not in cited


def _report(data, today: date) -> BeautifulSoup:
    import markdown

    text = editor_report.render_report(data, from_page="gioi-thieu/bao-cao-bien-tap.md", today=today)
    return BeautifulSoup(markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html"]), "html.parser")


def _rows(soup: BeautifulSoup, heading: str) -> list[list[str]]:
    table = soup.find("h2", string=heading).find_next("table")
    return [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")]


def test_the_report_lists_unverified_documents_and_outdated_citations(data):
    soup = _report(data, date.today())
    unverified = [row[0] for row in _rows(soup, "Văn bản chưa xác minh hiệu lực")]
    assert len(unverified) == sum(1 for d in data.van_ban.values() if data.trang_thai(d.id) == "chua-ro")
    assert "Hướng dẫn 12-HD/BTCTW (2022)" in unverified
    outdated = {row[0]: row for row in _rows(soup, "Trang và mẫu dẫn văn bản đã thay thế hoặc chưa xác minh")}
    assert "Đã được thay thế bởi Chỉ thị 50-CT/TW" in outdated["Chỉ thị 10-CT/TW"][1]
    assert "docs/sinh-hoat-chi-bo/index.md" in outdated["Chỉ thị 10-CT/TW"][2]
    assert "data/mau/quy-che-lam-viec.yml" in outdated["Quy định 294-QĐ/TW"][2]


def test_reviews_due_by_the_day_of_the_build(data):
    pages = {src: review for src, review in page_reviews(ROOT / "docs", data).items()
             if src.removesuffix(".md").rpartition("/")[2] not in data.van_ban}
    page, review = min(pages.items(), key=lambda item: item[1].due)
    what = f"Trang docs/{page}"
    assert what not in _report(data, review.due - timedelta(days=31)).get_text()
    assert [what, review.due_text, "Sắp đến hạn"] in _rows(_report(data, review.due - timedelta(days=10)), "Đến hạn rà soát")
    assert [what, review.due_text, "Quá hạn"] in _rows(_report(data, review.due + timedelta(days=1)), "Đến hạn rà soát")
    # a document is due by its last status check and the documents' interval
    doc = data.van_ban["ct-10-2007"]
    due = doc.kiem_tra_trang_thai.ngay + timedelta(days=data.trang_web.ra_soat.van_ban)
    late = _rows(_report(data, due + timedelta(days=1)), "Đến hạn rà soát")
    assert ["Văn bản Chỉ thị 10-CT/TW", ngay_so(due), "Quá hạn"] in late
    # in three years every document and every page is overdue
    all_late = _rows(_report(data, date.today() + timedelta(days=3 * 366)), "Đến hạn rà soát")
    assert len(all_late) == len(data.van_ban) + len(pages) and {row[2] for row in all_late} == {"Quá hạn"}


def test_the_report_is_linked_from_the_about_page_but_out_of_the_navigation_and_the_search(site):
    about = BeautifulSoup((site / "gioi-thieu/index.html").read_text(encoding="utf-8"), "html.parser")
    assert about.select_one("article").find("a", string="Báo cáo biên tập")["href"] == "bao-cao-bien-tap/"
    assert not about.select_one("nav.md-nav--primary").find("a", href=lambda h: h and "bao-cao-bien-tap" in h)
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if "bao-cao-bien-tap" in d["location"]]
    assert (site / "gioi-thieu/bao-cao-bien-tap/index.html").is_file()
