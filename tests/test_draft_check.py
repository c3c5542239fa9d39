"""The draft-check page in Chromium, with real .docx files made here from the site's own Word
files (python-docx): the model regulations pass every check the page decides; a draft with
one known fault is flagged on exactly that question; tracked changes are read as accepted;
bad files get their Vietnamese message without breaking the page; nothing leaves the browser,
from the web server and from file://."""

from __future__ import annotations

import copy
import io
import re

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from conftest import site_data
from macros.paths import page_location

DATA = site_data()
PAGE = "mau/quy-che-lam-viec/kiem-tra.md"
QUESTIONS = DATA.mau["quy-che-lam-viec"].tu_ra_soat
# the number (from 1) of the checklist question that holds each kind of check
QUESTION_OF = {check.cach: n for n, q in enumerate(QUESTIONS, 1) for check in q.kiem_tra if check.cach != "can-xem"}
BI_THU = next(n for n, q in enumerate(QUESTIONS, 1) for c in q.kiem_tra if "bí thư" in c.cum_tu)
CHAT_VAN = next(n for n, q in enumerate(QUESTIONS, 1) for c in q.kiem_tra if "chất vấn" in c.cum_tu)
BASE = "mau/quy-che-lam-viec/quy-che-lam-viec-dang-uy-co-ban-thuong-vu-doanh-nghiep-nha-nuoc.docx"


# --- Drafts -------------------------------------------------------------------------------------


def body_paragraphs(document):
    return [p for p in document.paragraphs]


def set_text(paragraph, text: str) -> None:
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = text


def renumber(document) -> None:
    """Articles numbered 1, 2, 3... again after some were removed."""
    number = 0
    for paragraph in document.paragraphs:
        if re.match(r"^Điều \d+\. ", paragraph.text):
            number += 1
            first = paragraph.runs[0]
            first.text = re.sub(r"^Điều \d+\.", f"Điều {number}.", first.text)


def remove_range(document, start, stop_before) -> None:
    paragraphs = document.paragraphs
    i = next(k for k, p in enumerate(paragraphs) if start(p.text))
    j = next(k for k in range(i + 1, len(paragraphs)) if stop_before(paragraphs[k].text))
    for paragraph in paragraphs[i:j]:
        paragraph._p.getparent().remove(paragraph._p)


def save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def without_questioning(document):
    remove_range(document, lambda t: t.startswith("Chương") and "CHẤT VẤN" in t,
                 lambda t: t.startswith("Chương"))
    renumber(document)


def without_head(document):
    remove_range(document, lambda t: re.match(r"^Điều \d+\. Trách nhiệm và quyền hạn của Bí thư", t),
                 lambda t: t.startswith("Điều "))
    renumber(document)


def citing_replaced_directive(document):
    ground = next(p for p in document.paragraphs if p.text.startswith("Căn cứ"))
    added = copy.deepcopy(ground._p)
    ground._p.addnext(added)
    set_text(next(p for p in document.paragraphs if p._p is added),
             "Căn cứ Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ;")


def previous_term(document):
    subject = next(p for p in document.paragraphs if "nhiệm kỳ [nhiệm kỳ]" in p.text and not p.text.startswith("Căn cứ"))
    set_text(subject, subject.text.replace("nhiệm kỳ [nhiệm kỳ]", "nhiệm kỳ 2025-2030"))
    clause = next(p for p in document.paragraphs if p.text.startswith("1. Lãnh đạo thực hiện Nghị quyết Đại hội"))
    set_text(clause, clause.text + " Tiếp tục các nhiệm vụ của nhiệm kỳ 2020-2025.")


def article_numbered_twice(document):
    second = [p for p in document.paragraphs if p.text.startswith("Điều 2. ")][0]
    second.runs[0].text = second.runs[0].text.replace("Điều 2.", "Điều 1.")


def without_year_end_review(document):
    clause = next(p for p in document.paragraphs if "Quy chế" in p.text and "kiểm điểm" in p.text and "thi đua" in p.text)
    clause._p.getparent().remove(clause._p)


def without_relations(document):
    for title in (r"Với \[?Hội đồng quản trị", "Với Công đoàn"):
        remove_range(document, lambda t, title=title: re.match(rf"^Điều \d+\. {title}", t),
                     lambda t: t.startswith(("Điều ", "Chương")))
    renumber(document)


def signed_without_tm(document):
    for table in document.tables:
        for cell in table._cells:
            for paragraph in cell.paragraphs:
                if paragraph.text.startswith("T/M "):
                    set_text(paragraph, paragraph.text.removeprefix("T/M "))


def tracked(document, kind: str, text: str):
    """A paragraph whose only run is inserted (w:ins) or deleted (w:del) with tracked changes."""
    anchor = document.paragraphs[-1]._p
    paragraph = OxmlElement("w:p")
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "901")
    change.set(qn("w:author"), "Tổ biên tập")
    run = OxmlElement("w:r")
    node = OxmlElement("w:t" if kind == "ins" else "w:delText")
    node.text = text
    run.append(node)
    change.append(run)
    paragraph.append(change)
    anchor.addnext(paragraph)


FAULTS = {
    "khong-chat-van": (without_questioning, CHAT_VAN),
    "khong-bi-thu": (without_head, BI_THU),
    "can-cu-chi-thi-10": (citing_replaced_directive, QUESTION_OF["can-cu-thay-the"]),
    "nhiem-ky-truoc": (previous_term, QUESTION_OF["nhiem-ky-truoc"]),
    "ky-khong-tm": (signed_without_tm, QUESTION_OF["the-thuc"]),
    "dieu-trung-so": (article_numbered_twice, QUESTION_OF["the-thuc"]),
    "khong-kiem-diem": (without_year_end_review, next(n for n, q in enumerate(QUESTIONS, 1)
                                                    for c in q.kiem_tra if "thi đua" in c.cum_tu)),
    "khong-quan-he": (without_relations, next(n for n, q in enumerate(QUESTIONS, 1)
                                              for c in q.kiem_tra if any("công đoàn" in x for x in c.cum_tu))),
}


@pytest.fixture(scope="module")
def drafts(site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("du-thao")
    made = {}
    for name, (fault, _) in FAULTS.items():
        document = Document(site / BASE)
        fault(document)
        made[name] = folder / f"{name}.docx"
        made[name].write_bytes(save(document))
    # tracked changes: a questioning article that was deleted does not count; one inserted does
    for name, kind in (("theo-doi-xoa", "del"), ("theo-doi-them", "ins")):
        document = Document(site / BASE)
        without_questioning(document)
        tracked(document, kind, "Điều 99. Chất vấn trong Đảng ủy")
        made[name] = folder / f"{name}.docx"
        made[name].write_bytes(save(document))
    # bad files
    ole = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4088)
    made["cu.doc"] = folder / "cu.doc"
    made["cu.doc"].write_bytes(ole)
    made["mat-khau"] = folder / "mat-khau.docx"
    made["mat-khau"].write_bytes(ole)
    made["khong-phai-word"] = folder / "ghi-chu.docx"
    made["khong-phai-word"].write_text("Đây là một tệp chữ, không phải Word.", encoding="utf-8")
    made["hong"] = folder / "hong.docx"
    made["hong"].write_bytes((site / BASE).read_bytes()[:6000])
    made["rong"] = folder / "rong.docx"
    made["rong"].write_bytes(save(Document()))
    made["qua-lon"] = folder / "qua-lon.docx"
    with made["qua-lon"].open("wb") as big:
        big.write(b"PK\x03\x04")
        big.truncate(51 * 1024 * 1024)
    return made


# --- The page -----------------------------------------------------------------------------------


def open_page(page, base_url: str, directory_urls: bool = True):
    location = page_location(PAGE, directory_urls)
    page.goto(base_url + location)
    page.wait_for_function("() => window.fflate !== undefined")
    page.requests.clear()  # from here on, choosing and checking files asks nothing of anyone


def check_files(page, files) -> dict[str, dict]:
    """The report of each file chosen: its verdicts by question number, or its message."""
    page.set_input_files("#tep-du-thao", [str(f) for f in files])
    page.wait_for_function("n => document.querySelectorAll('.ket-qua-kiem-tra .bao-cao-du-thao').length === n", arg=len(files))
    return page.eval_on_selector_all(".ket-qua-kiem-tra .bao-cao-du-thao", """sections => Object.fromEntries(sections.map(s => [
        s.dataset.tep,
        {verdicts: Object.fromEntries(Array.from(s.querySelectorAll('tr[data-cau]')).map(r => [r.dataset.cau, r.dataset.ketQua])),
         text: s.innerText, error: s.classList.contains('loi-tep')}]))""")


def test_the_model_regulations_pass_every_check_the_page_decides(page, server, site):
    open_page(page, server.url + "/")
    models = [site / doc.docx for doc in DATA.models["quy-che-lam-viec"].values()]
    reports = check_files(page, models)
    assert len(reports) == 9
    for name, report in reports.items():
        assert not report["error"], name
        verdicts = report["verdicts"]
        assert len(verdicts) == len(QUESTIONS)
        assert "thieu" not in verdicts.values(), (name, verdicts)
        # a question with only page-decided checks says "có"; one that also needs judgement "cần xem"
        for number, question in enumerate(QUESTIONS, 1):
            judged = any(c.cach == "can-xem" for c in question.kiem_tra)
            assert verdicts[str(number)] == ("can-xem" if judged else "co"), (name, number)
    # the table across the files, with its copy button
    assert page.locator("table[data-bang=tong-hop] tbody tr").count() == 9
    assert page.locator(".bang-tong-hop button").count() == 1
    assert page.requests == [] and page.errors == []


def test_each_fault_is_flagged_on_exactly_its_question(page, server, site, drafts):
    open_page(page, server.url + "/")
    base = check_files(page, [site / BASE])[BASE.rsplit("/", 1)[1]]["verdicts"]
    reports = check_files(page, [drafts[name] for name in FAULTS])
    for name, (_, question) in FAULTS.items():
        verdicts = reports[f"{name}.docx"]["verdicts"]
        differs = {n for n in verdicts if verdicts[n] != base[n]}
        assert differs == {str(question)} and verdicts[str(question)] == "thieu", (name, differs)
    directive = reports["can-cu-chi-thi-10.docx"]["text"]
    assert "Chỉ thị 10-CT/TW → đã được thay thế bởi Chỉ thị 50-CT/TW" in directive
    term = reports["nhiem-ky-truoc.docx"]["text"]
    assert "nhiệm kỳ 2020–2025, dự thảo là nhiệm kỳ 2025–2030" in term
    assert page.requests == [] and page.errors == []


def test_tracked_changes_are_read_as_accepted_and_said(page, server, drafts):
    open_page(page, server.url + "/")
    reports = check_files(page, [drafts["theo-doi-xoa"], drafts["theo-doi-them"]])
    for name in ("theo-doi-xoa.docx", "theo-doi-them.docx"):
        assert "Tệp có thay đổi được theo dõi" in reports[name]["text"]
    assert reports["theo-doi-xoa.docx"]["verdicts"][str(CHAT_VAN)] == "thieu"  # deleted text does not count
    assert reports["theo-doi-them.docx"]["verdicts"][str(CHAT_VAN)] == "co"  # inserted text does


def test_bad_files_get_their_message_and_the_page_goes_on(page, server, site, drafts):
    open_page(page, server.url + "/")
    names = ["cu.doc", "mat-khau", "khong-phai-word", "hong", "rong", "qua-lon"]
    reports = check_files(page, [drafts[n] for n in names] + [site / BASE])
    said = {
        "cu.doc": "định dạng cũ (.doc)",
        "mat-khau.docx": "bảo vệ bằng mật khẩu",
        "ghi-chu.docx": "không phải tệp Word .docx",
        "hong.docx": "bị hỏng",
        "rong.docx": "không có chữ nào",
        "qua-lon.docx": "lớn hơn 50 MB",
    }
    for name, words in said.items():
        assert reports[name]["error"] and words in reports[name]["text"], (name, reports[name]["text"])
    assert "Lưu thành (Save As)" in reports["cu.doc"]["text"]
    good = reports[BASE.rsplit("/", 1)[1]]
    assert not good["error"] and len(good["verdicts"]) == len(QUESTIONS)  # the good file is still checked
    assert page.locator("table[data-bang=tong-hop] tbody tr").count() == len(names) + 1
    assert page.requests == [] and page.errors == []


def test_a_name_with_markup_shows_as_text(page, server, site, tmp_path):
    odd = tmp_path / "<img src=x onerror=alert(1)>.docx"
    odd.write_bytes((site / BASE).read_bytes())
    open_page(page, server.url + "/")
    check_files(page, [odd])
    assert page.locator(".bao-cao-du-thao img").count() == 0
    assert "<img src=x onerror=alert(1)>.docx" in page.locator(".bao-cao-du-thao h2").inner_text()


def test_from_the_folder_edition_nothing_leaves_the_disk(page, folder_site, drafts):
    open_page(page, folder_site.as_uri() + "/", directory_urls=False)
    assert page.url.startswith("file://")
    reports = check_files(page, [drafts["khong-chat-van"], drafts["cu.doc"]])
    assert reports["khong-chat-van.docx"]["verdicts"][str(CHAT_VAN)] == "thieu"
    assert reports["cu.doc"]["error"]
    assert page.requests == [] and page.errors == []


def test_a_draft_typed_without_diacritics_is_read_the_same(page, server, site, tmp_path):
    """The phrases are found with or without diacritics: a draft typed without them gets the
    same answers as the model it was typed from."""
    import unicodedata

    def plain(text: str) -> str:
        stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        return stripped.replace("đ", "d").replace("Đ", "D")

    document = Document(site / BASE)
    for paragraph in document.paragraphs + [p for t in document.tables for c in t._cells for p in c.paragraphs]:
        for run in paragraph.runs:
            run.text = plain(run.text)
    typed = tmp_path / "khong-dau.docx"
    typed.write_bytes(save(document))
    open_page(page, server.url + "/")
    reports = check_files(page, [site / BASE, typed])
    assert reports["khong-dau.docx"]["verdicts"] == reports[BASE.rsplit("/", 1)[1]]["verdicts"]


def test_the_table_across_files_copies_for_word_and_spreadsheets(browser, server, site, drafts):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(server.url + "/" + page_location(PAGE, True))
        page.wait_for_function("() => window.fflate !== undefined")
        page.set_input_files("#tep-du-thao", [str(site / BASE), str(drafts["khong-chat-van"])])
        page.wait_for_selector(".bang-tong-hop button")
        page.click(".bang-tong-hop button")
        page.wait_for_function("() => document.querySelector('.bang-tong-hop [role=status]').textContent !== ''")
        assert page.inner_text(".bang-tong-hop [role=status]") == "Đã chép bảng."
        pasted = page.evaluate("() => navigator.clipboard.readText()")
        lines = pasted.splitlines()
        assert lines[0].split("\t") == ["Tệp"] + [f"Câu {n}" for n in range(1, len(QUESTIONS) + 1)]
        row = next(line.split("\t") for line in lines if line.startswith("khong-chat-van.docx"))
        assert row[CHAT_VAN] == "thiếu"
    finally:
        context.close()
