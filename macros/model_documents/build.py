"""Building the model documents from their sources in data/, and checking those sources.

Two kinds of source build the same structure (structure.ModelDocument):
- the model working regulation (data/quy_che_lam_viec.yml): chapters of articles, one
  document per variant (kind of party organisation) and enterprise type (ownership, which
  decides what the party body may do in the enterprise) (`build_regulation`);
- the other templates (data/mau/<id>.yml, listed in data/mau_van_ban.yml): parts of
  sections of lines and tables (`build_template`).
"""

from __future__ import annotations

import re

from ..checks import DOC, missing
from ..formatting import ngay_so
from ..paths import (
    REGULATION_FILE,
    SINH_HOAT_FILE,
    VAN_BAN_FILE,
    regulation_docx,
    regulation_page,
    template_docx,
    template_file,
    template_page,
)
from ..schema import CanCu, KyTen, MauVanBan, QuyCheLamViec, TruongMau, VanBan
from .structure import PLACEHOLDER, Block, Line, ModelDocument, Part, Section, Signer, Table, fill

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _in_variant(item, variant: str, enterprise: str | None = None) -> bool:
    """Whether a clause, article or ground belongs to this variant and enterprise type."""
    if item.chi is not None and variant not in item.chi:
        return False
    types = getattr(item, "loai_hinh", None)
    return types is None or enterprise is None or enterprise in types


def ground_text(doc: VanBan, type_name: str, issuer: str) -> str:
    """"Căn cứ Quyết định số 158-QĐ/TW, ngày 12/5/2008 của Bộ Chính trị về ban hành ...;\""""
    if not doc.so_hieu:
        return f"Căn cứ {doc.ten_goi};"
    subject = doc.trich_yeu[0].lower() + doc.trich_yeu[1:]
    return f"Căn cứ {type_name} số {doc.so_hieu}, ngày {ngay_so(doc.ngay)} của {issuer} {subject};"


def _grounds(can_cu: list[CanCu], data, line, enterprise: str | None = None) -> list[Line]:
    grounds = []
    for number, ground in enumerate(can_cu, start=1):
        if ground.loai_hinh is not None and enterprise not in ground.loai_hinh:
            continue
        if ground.van_ban:
            doc = data.van_ban[ground.van_ban]
            text = ground_text(doc, data.loai[doc.loai].ten, data.co_quan[doc.co_quan].ten)
        else:
            text = ground.chu
        grounds.append(line(text, f"can_cu[{number}]"))
    return grounds


def clause_prefix(count: int, index: int) -> str:
    """"1. ", "2. "... when an article has several clauses; nothing for a single clause."""
    return f"{index}. " if count > 1 else ""


def build_regulation(template: QuyCheLamViec, variant: str, enterprise: str, fields: dict[str, TruongMau],
                     data) -> ModelDocument:
    """The model regulation for one variant and one enterprise type (`enterprise`, a key of
    loai_hinh). `data` is the SiteData (for the grounds). An article with clauses for some
    enterprise types only also cites the rule of this enterprise type."""
    spec = template.bien_the[variant]
    kind = template.loai_hinh[enterprise]
    words = spec.tu

    def line(text: str, where: str) -> Line:
        return fill(text, words, fields, f"{REGULATION_FILE}, {where}")

    grounds = _grounds(template.can_cu, data, line, enterprise)
    grounds.append(line(template.khung.ket_can_cu, "khung.ket_can_cu"))

    parts, number = [], 0
    for chapter in template.chuong:
        sections = []
        for article in chapter.dieu:
            if not _in_variant(article, variant):
                continue
            number += 1
            where = f'điều "{article.id}"'
            clauses = [line(k.chu, where) for k in article.khoan if _in_variant(k, variant, enterprise)]
            blocks = tuple(Block(clause_prefix(len(clauses), i), c) for i, c in enumerate(clauses, 1))
            documents = list(article.van_ban)
            if any(k.loai_hinh for k in article.khoan) and kind.van_ban not in documents:
                documents.append(kind.van_ban)
            sections.append(Section(article.id, f"dieu-{number}", number, f"Điều {number}.", line(article.ten, where),
                                    blocks, article.huong_dan, f"Hướng dẫn cho Điều {number}",
                                    tuple(documents), article.can_kiem_chung))
        if sections:
            parts.append(Part(f"chuong-{chapter.so.lower()}", f"Chương {chapter.so}", chapter.ten, tuple(sections)))

    frame = template.khung
    header = {
        "cap_tren": line(frame.cap_tren_dau_trang, "khung"),
        "co_quan_ban_hanh": line(frame.co_quan_ban_hanh, "khung"),
        "so": line(frame.so, "khung"),
        "dia_danh_ngay": line(frame.dia_danh_ngay, "khung"),
    }
    recipients = tuple(line(k.chu, "khung.noi_nhan") for k in frame.noi_nhan if _in_variant(k, variant))
    signer = Signer((words["tm"], words["nguoi_ky"]), line(frame.ho_ten_nguoi_ky, "khung"))
    return ModelDocument(
        id=f"{variant}--{enterprise}",
        name=f"{spec.ten}, {kind.ten[:1].lower()}{kind.ten[1:]}",
        page=regulation_page(spec.duong_dan, kind.duong_dan),
        docx=regulation_docx(spec.duong_dan, kind.duong_dan),
        header=header,
        type_name=frame.ten_loai,
        subject=line(frame.trich_yeu[variant], "khung.trich_yeu"),
        grounds=tuple(grounds),
        parts=tuple(parts),
        closing=(),
        signature=(Signer(recipients=recipients), signer),
        chapters=True,
        labels=fields,
    )


def build_template(template_id: str, name: str, template: MauVanBan, fields: dict[str, TruongMau], data) -> ModelDocument:
    """One of the other templates (data/mau/<id>.yml). Parts with a title are numbered I, II...;
    sections with a title are numbered 1, 2... within their part."""
    source = template_file(template_id)

    def line(text: str, where: str) -> Line:
        return fill(text, {}, fields, f"{source}, {where}")

    frame = template.khung
    grounds = _grounds(frame.can_cu, data, line)
    if frame.ket_can_cu:
        grounds.append(line(frame.ket_can_cu, "khung.ket_can_cu"))

    parts, roman = [], 0
    for part_number, part in enumerate(template.phan, start=1):
        label = ""
        if part.ten:
            label = f"{ROMAN[roman]}."
            roman += 1
        sections, number = [], 0
        for section in part.muc:
            where = f'mục "{section.id}"'
            title, section_number = None, None
            if section.ten:
                number += 1
                section_number = number
                title = line(section.ten, where)
            blocks = []
            for row in section.dong:
                if row.bang:
                    cells = tuple(tuple(line(cell, where) for cell in r) for r in row.bang.dong)
                    blocks.append(Block(table=Table(tuple(row.bang.cot), cells)))
                else:
                    blocks.append(Block("", line(row.chu, where)))
            heading = section.ten or part.ten or name
            documents, rule, rule_check = list(section.van_ban), None, None
            if section.buoc_sinh_hoat:  # the rule for this step of the meeting, from the meeting guide
                step = data.sinh_hoat_chi_bo.trinh_tu[section.buoc_sinh_hoat - 1]
                rule, rule_check = f"Trình tự phần {step.phan.lower()}: {step.noi_dung}", step.can_kiem_chung
                documents += [step.van_ban] if step.van_ban and step.van_ban not in documents else []
            sections.append(Section(section.id, f"muc-{section.id}", section_number,
                                    f"{section_number}." if section_number else "", title, tuple(blocks),
                                    section.huong_dan, f"Hướng dẫn: {_plain(heading)}", tuple(documents),
                                    section.can_kiem_chung, rule, rule_check))
        parts.append(Part(f"phan-{part_number}", label, part.ten or "", tuple(sections)))

    header = {
        "cap_tren": line(frame.cap_tren_dau_trang, "khung.cap_tren_dau_trang"),
        "co_quan_ban_hanh": line(frame.co_quan_ban_hanh, "khung.co_quan_ban_hanh"),
    }
    if frame.so:
        header["so"] = line(frame.so, "khung.so")
    header["dia_danh_ngay"] = line(frame.dia_danh_ngay, "khung.dia_danh_ngay")

    def signer(side: KyTen, where: str) -> Signer:
        if side.noi_nhan is not None:
            return Signer(recipients=tuple(line(k.chu, where) for k in side.noi_nhan))
        return Signer(tuple(side.chuc_vu), line(side.ho_ten, where))

    return ModelDocument(
        id=template_id,
        name=name,
        page=template_page(template_id),
        docx=template_docx(template_id),
        header=header,
        type_name=frame.ten_loai,
        subject=line(frame.trich_yeu, "khung.trich_yeu"),
        grounds=tuple(grounds),
        parts=tuple(parts),
        closing=tuple(line(text, "khung.ket") for text in frame.ket),
        signature=(signer(frame.ky_trai, "khung.ky_trai"), signer(frame.ky_phai, "khung.ky_phai")),
        chapters=False,
        labels=fields,
    )


def _plain(text: str) -> str:
    """A heading with its placeholders dropped, for the guidance's summary."""
    return re.sub(r"\s+", " ", PLACEHOLDER.sub("…", text)).strip()


# --- Cross-checks ---------------------------------------------------------------------------


def check(template: QuyCheLamViec, van_ban: dict, problems: list[str]) -> None:
    """Cross-checks of the regulation's source; building every variant also checks every placeholder."""
    variants = set(template.bien_the)
    types = set(template.loai_hinh)
    for type_id, kind in template.loai_hinh.items():
        _check_documents([kind.van_ban], van_ban, f'{REGULATION_FILE}, loai_hinh "{type_id}"', problems)
    slugs = [spec.duong_dan for spec in template.bien_the.values()]
    slugs += [kind.duong_dan for kind in template.loai_hinh.values()]
    for slug in sorted({s for s in slugs if slugs.count(s) > 1}):
        problems.append(f'{REGULATION_FILE}: đường dẫn "{slug}" dùng cho hai biến thể hoặc loại hình; mỗi cái một đường dẫn riêng.')

    def check_types(items, where: str) -> None:
        for item in items:
            for t in item.loai_hinh or []:
                if t not in types:
                    problems.append(f'{where}, trường "loai_hinh": loại hình "{t}" không có (có: {", ".join(sorted(types))}).')

    word_sets = {v: set(spec.tu) for v, spec in template.bien_the.items()}
    first = next(iter(word_sets.values()))
    for v, words in word_sets.items():
        if words != first:
            problems.append(f'{REGULATION_FILE}, biến thể "{v}": các từ (tu) phải cùng tên ở mọi biến thể; khác: {", ".join(sorted(words ^ first))}.')
    if set(template.khung.trich_yeu) != variants:
        problems.append(f"{REGULATION_FILE}, khung.trich_yeu: cần đúng một dòng cho mỗi biến thể ({', '.join(sorted(variants))}).")
    seen: set[str] = set()
    for chapter in template.chuong:
        for article in chapter.dieu:
            where = f'{REGULATION_FILE}, điều "{article.id}"'
            if article.id in seen:
                problems.append(f'{where}: mã điều đã dùng ở trên.')
            seen.add(article.id)
            restrictions = [article.chi or []] + [k.chi or [] for k in article.khoan]
            for chi in restrictions:
                for v in chi:
                    if v not in variants:
                        problems.append(f'{where}, trường "chi": biến thể "{v}" không có (có: {", ".join(sorted(variants))}).')
            _check_documents(article.van_ban, van_ban, where, problems)
            check_types(article.khoan, where)
    check_types(template.can_cu, f"{REGULATION_FILE}, can_cu")
    _check_grounds(template.can_cu, van_ban, REGULATION_FILE, problems)
    for number, item in enumerate(template.tu_ra_soat, start=1):
        if item.dieu not in seen:
            problems.append(f'{REGULATION_FILE}, tu_ra_soat[{number}]: điều "{item.dieu}" không có trong quy chế mẫu.')


def check_template(template_id: str, template: MauVanBan, van_ban: dict, steps: int, problems: list[str]) -> None:
    """Cross-checks of one of the other templates: unique section ids, known documents, meeting
    steps that exist (`steps`: how many the meeting order has)."""
    source = template_file(template_id)
    _check_documents(template.van_ban, van_ban, source, problems)
    _check_grounds(template.khung.can_cu, van_ban, f"{source}, khung", problems)
    for number, ground in enumerate(template.khung.can_cu, start=1):
        if ground.loai_hinh:
            problems.append(f'{source}, khung, can_cu[{number}], trường "loai_hinh": chỉ dùng trong {REGULATION_FILE}.')
    seen: set[str] = set()
    for number, part in enumerate(template.phan, start=1):
        if part.ten and PLACEHOLDER.search(part.ten):
            problems.append(f'{source}, phan[{number}], trường "ten": tên phần không chứa ô cần điền {{...}}.')
        for section in part.muc:
            where = f'{source}, mục "{section.id}"'
            if section.id in seen:
                problems.append(f"{where}: mã mục đã dùng ở trên.")
            seen.add(section.id)
            _check_documents(section.van_ban, van_ban, where, problems)
            if section.buoc_sinh_hoat and section.buoc_sinh_hoat > steps:
                problems.append(f'{where}, trường "buoc_sinh_hoat": trình tự sinh hoạt trong '
                                f"{SINH_HOAT_FILE} chỉ có {steps} bước.")


def _check_documents(ids: list[str], van_ban: dict, where: str, problems: list[str]) -> None:
    problems += missing([(f'{where}, trường "van_ban"', doc_id) for doc_id in ids], van_ban, DOC, VAN_BAN_FILE)


def _check_grounds(can_cu: list[CanCu], van_ban: dict, where: str, problems: list[str]) -> None:
    problems += missing([(f"{where}, can_cu[{number}]", ground.van_ban) for number, ground in enumerate(can_cu, start=1)],
                        van_ban, DOC, VAN_BAN_FILE)
