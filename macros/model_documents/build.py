"""Building the model documents from their sources in data/mau/<id>.yml (listed in
data/mau_van_ban.yml), and checking those sources.

Every source has the same schema (schema.MauVanBan) and builds the same structure
(structure.ModelDocument), with one builder (`build`). Two things vary with the data, not
with the code:
- layout (bo_cuc): parts "I." of sections "1." (the templates), or chapters "Chương I" of
  articles "Điều 1." numbered through the document, whose lines are numbered clauses (the
  model working regulation);
- variants (bien_the, kinds of party organisation) and enterprise types (loai_hinh,
  ownership, which decides what the party body may do in the enterprise): a source that has
  them is built once per pair, and its lines may be for some of them only (chi, loai_hinh).
"""

from __future__ import annotations

import re

from ..checks import DOC, missing
from ..errors import DataError
from ..formatting import ngay_so
from ..paths import (
    SINH_HOAT_FILE,
    VAN_BAN_FILE,
    template_docx,
    template_file,
    template_page,
    variant_docx,
    variant_type_page,
    version_file,
    version_page,
)
from ..schema import CanCu, KyTen, MauVanBan, TruongMau, VanBan
from .structure import PLACEHOLDER, Block, Line, ModelDocument, Part, Section, Signer, Table, fill

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ARTICLES = "chuong-dieu"  # the layout of chapters and articles (schema.BO_CUC)
# The key of a template's one document when it has no variants (see `pairs`).
SINGLE = ("", "")


def pairs(template: MauVanBan) -> list[tuple[str, str]]:
    """The (variant, enterprise type) pairs a source is built for; SINGLE without variants."""
    if not template.bien_the:
        return [SINGLE]
    return [(v, t) for v in template.bien_the for t in template.loai_hinh]


def _in_variant(item, variant: str, enterprise: str = "") -> bool:
    """Whether a line, section or ground belongs to this variant and enterprise type."""
    chi = getattr(item, "chi", None)
    if chi is not None and variant not in chi:
        return False
    types = getattr(item, "loai_hinh", None)
    return types is None or not enterprise or enterprise in types


def ground_text(doc: VanBan, type_name: str, issuer: str) -> str:
    """"Căn cứ Quyết định số 158-QĐ/TW, ngày 12/5/2008 của Bộ Chính trị về ban hành ...;\""""
    if not doc.so_hieu:
        return f"Căn cứ {doc.ten_goi};"
    subject = doc.trich_yeu[0].lower() + doc.trich_yeu[1:]
    return f"Căn cứ {type_name} số {doc.so_hieu}, ngày {ngay_so(doc.ngay)} của {issuer} {subject};"


def _grounds(can_cu: list[CanCu], data, line, enterprise: str) -> list[Line]:
    grounds = []
    for number, ground in enumerate(can_cu, start=1):
        if not _in_variant(ground, "", enterprise):
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


def build(template_id: str, name: str, template: MauVanBan, fields: dict[str, TruongMau], data,
          variant: str = "", enterprise: str = "", version: int | None = None) -> ModelDocument:
    """One model document: a template, or a template with variants for one variant and one
    enterprise type (keys of bien_the and loai_hinh). `name` is the catalogue's name; `data` the
    SiteData (grounds, meeting steps). An article with clauses for some enterprise types only
    also cites the rule of this enterprise type. `version`: an earlier version, built from its
    snapshot (`template`) onto its own page, with no Word file."""
    source = version_file(template_id, version) if version else template_file(template_id)
    words = template.bien_the[variant].tu if variant else {}
    articles = template.bo_cuc == ARTICLES

    def line(text: str, where: str) -> Line:
        return fill(text, words, fields, f"{source}, {where}")

    frame = template.khung
    grounds = _grounds(frame.can_cu, data, line, enterprise)
    if frame.ket_can_cu:
        grounds.append(line(frame.ket_can_cu, "khung.ket_can_cu"))

    parts, roman, article = [], 0, 0
    for part_number, part in enumerate(template.phan, start=1):
        sections, number = [], 0
        for section in part.muc:
            if not _in_variant(section, variant):
                continue
            where = f'mục "{section.id}"'
            rows = [row for row in section.dong if _in_variant(row, variant, enterprise)]
            texts = [row for row in rows if row.bang is None]
            blocks = []
            for row in rows:
                if row.bang:
                    cells = tuple(tuple(line(cell, where) for cell in r) for r in row.bang.dong)
                    blocks.append(Block(table=Table(tuple(row.bang.cot), cells), id=row.id))
                else:
                    prefix = clause_prefix(len(texts), texts.index(row) + 1) if articles else ""
                    blocks.append(Block(prefix, line(row.chu, where), id=row.id))
            documents, rule, rule_check = list(section.van_ban), None, None
            if section.buoc_sinh_hoat:  # the rule for this step of the meeting, from the meeting guide
                step = data.sinh_hoat_chi_bo.trinh_tu[section.buoc_sinh_hoat - 1]
                rule, rule_check = f"Trình tự phần {step.phan.lower()}: {step.noi_dung}", step.can_kiem_chung
                documents += [step.van_ban] if step.van_ban and step.van_ban not in documents else []
            if articles:
                article += 1
                kind = template.loai_hinh.get(enterprise)
                if kind and any(row.loai_hinh for row in section.dong) and kind.van_ban not in documents:
                    documents.append(kind.van_ban)
                anchor, number_shown, label = f"dieu-{article}", article, f"Điều {article}."
                guidance_title = f"Hướng dẫn cho Điều {article}"
            else:
                number_shown = None
                if section.ten:
                    number += 1
                    number_shown = number
                anchor, label = f"muc-{section.id}", f"{number_shown}." if number_shown else ""
                guidance_title = f"Hướng dẫn: {_plain(section.ten or part.ten or name)}"
            title = line(section.ten, where) if section.ten else None
            sections.append(Section(section.id, anchor, number_shown, label, title, tuple(blocks),
                                    section.huong_dan, guidance_title, tuple(documents),
                                    section.can_kiem_chung, rule, rule_check))
        if not sections:
            continue  # a chapter none of whose articles this variant has
        label = ""
        if part.ten:
            label = f"Chương {ROMAN[roman]}" if articles else f"{ROMAN[roman]}."
            roman += 1
        anchor = f"chuong-{ROMAN[roman - 1].lower()}" if articles else f"phan-{part_number}"
        parts.append(Part(anchor, label, part.ten or "", tuple(sections)))

    header = {
        "cap_tren": line(frame.cap_tren_dau_trang, "khung.cap_tren_dau_trang"),
        "co_quan_ban_hanh": line(frame.co_quan_ban_hanh, "khung.co_quan_ban_hanh"),
    }
    if frame.so:
        header["so"] = line(frame.so, "khung.so")
    header["dia_danh_ngay"] = line(frame.dia_danh_ngay, "khung.dia_danh_ngay")

    def signer(side: KyTen, where: str) -> Signer:
        if side.noi_nhan is not None:
            return Signer(recipients=tuple(line(k.chu, where) for k in side.noi_nhan if _in_variant(k, variant)))
        capacity = [line(text, where) for text in side.chuc_vu]
        if any(c.fields() for c in capacity):
            raise DataError(f'{source}, {where}, trường "chuc_vu": chức vụ người ký là chữ cố định hoặc từ của '
                            f"biến thể, không chứa ô cần điền.")
        return Signer(tuple(c.display(fields) for c in capacity), line(side.ho_ten, where))

    subject = frame.trich_yeu_theo_bien_the[variant] if variant else frame.trich_yeu
    if variant:
        spec, kind = template.bien_the[variant], template.loai_hinh[enterprise]
        doc_id, name = f"{variant}--{enterprise}", f"{spec.ten}, {kind.ten[:1].lower()}{kind.ten[1:]}"
        page = variant_type_page(template_id, spec.duong_dan, kind.duong_dan)
        docx = variant_docx(template_id, spec.duong_dan, kind.duong_dan)
        if version:
            page, docx = version_page(template_id, version, spec.duong_dan, kind.duong_dan), ""
    else:
        doc_id, page, docx = template_id, template_page(template_id), template_docx(template_id)
        if version:
            page, docx = version_page(template_id, version), ""
    return ModelDocument(
        id=doc_id,
        name=name,
        page=page,
        docx=docx,
        header=header,
        type_name=frame.ten_loai,
        subject=line(subject, "khung.trich_yeu_theo_bien_the" if variant else "khung.trich_yeu"),
        grounds=tuple(grounds),
        parts=tuple(parts),
        closing=tuple(line(text, "khung.ket") for text in frame.ket),
        signature=(signer(frame.ky_trai, "khung.ky_trai"), signer(frame.ky_phai, "khung.ky_phai")),
        chapters=articles,
        labels=fields,
    )


def _plain(text: str) -> str:
    """A heading with its placeholders dropped, for the guidance's summary."""
    return re.sub(r"\s+", " ", PLACEHOLDER.sub("…", text)).strip()


# --- Cross-checks ---------------------------------------------------------------------------


def check(template_id: str, template: MauVanBan, van_ban: dict, steps: int, problems: list[str],
          version: int | None = None) -> None:
    """Cross-checks of one source: known documents, variants and enterprise types; unique
    section ids; meeting steps that exist (`steps`: how many the meeting order has); what the
    layout of articles requires. Building every document then checks every placeholder.
    `version`: the source is the snapshot of that earlier version."""
    source = version_file(template_id, version) if version else template_file(template_id)
    variants, types = set(template.bien_the), set(template.loai_hinh)
    frame = template.khung
    _check_documents(template.van_ban, van_ban, source, problems)
    _check_grounds(frame.can_cu, van_ban, f"{source}, khung", problems)
    if bool(variants) != bool(types):
        problems.append(f"{source}: mẫu có biến thể (bien_the) thì phải có loại hình doanh nghiệp (loai_hinh), "
                        f"và ngược lại; thêm trường còn thiếu hoặc bỏ cả hai.")
    if not variants:
        for key in ("huong_dan", "van_ban"):
            if not getattr(template, key):
                problems.append(f'{source}: thiếu trường "{key}" (trang của mẫu hiện trường này ở đầu trang).')
        if frame.trich_yeu_theo_bien_the:
            problems.append(f"{source}, khung.trich_yeu_theo_bien_the: mẫu không có biến thể; ghi trich_yeu (một dòng).")
    elif set(frame.trich_yeu_theo_bien_the) != variants:
        problems.append(f"{source}, khung.trich_yeu_theo_bien_the: cần đúng một dòng cho mỗi biến thể "
                        f"({', '.join(sorted(variants))}).")
    for type_id, kind in template.loai_hinh.items():
        _check_documents([kind.van_ban], van_ban, f'{source}, loai_hinh "{type_id}"', problems)
    slugs = [spec.duong_dan for spec in template.bien_the.values()]
    slugs += [kind.duong_dan for kind in template.loai_hinh.values()]
    for slug in sorted({s for s in slugs if slugs.count(s) > 1}):
        problems.append(f'{source}: đường dẫn "{slug}" dùng cho hai biến thể hoặc loại hình; mỗi cái một đường dẫn riêng.')
    word_sets = {v: set(spec.tu) for v, spec in template.bien_the.items()}
    first = next(iter(word_sets.values()), set())
    for v, words in word_sets.items():
        if words != first:
            problems.append(f'{source}, biến thể "{v}": các từ (tu) phải cùng tên ở mọi biến thể; khác: {", ".join(sorted(words ^ first))}.')

    def check_restrictions(item, where: str) -> None:
        for v in getattr(item, "chi", None) or []:
            if v not in variants:
                known = f"có: {', '.join(sorted(variants))}" if variants else "mẫu này không có biến thể nào"
                problems.append(f'{where}, trường "chi": biến thể "{v}" không có ({known}).')
        for t in getattr(item, "loai_hinh", None) or []:
            if t not in types:
                known = f"có: {', '.join(sorted(types))}" if types else "mẫu này không có loại hình nào"
                problems.append(f'{where}, trường "loai_hinh": loại hình "{t}" không có ({known}).')

    for number, ground in enumerate(frame.can_cu, start=1):
        check_restrictions(ground, f"{source}, khung, can_cu[{number}]")
    for side in (frame.ky_trai, frame.ky_phai):
        for item in side.noi_nhan or []:
            check_restrictions(item, f"{source}, khung, noi_nhan")
    articles = template.bo_cuc == ARTICLES
    seen: set[str] = set()
    clauses: dict[str, str] = {}  # clause id -> the section that has it
    for number, part in enumerate(template.phan, start=1):
        if part.ten and PLACEHOLDER.search(part.ten):
            problems.append(f'{source}, phan[{number}], trường "ten": tên phần không chứa ô cần điền {{...}}.')
        if articles and not part.ten:
            problems.append(f'{source}, phan[{number}]: mỗi chương cần tên (ten).')
        for section in part.muc:
            where = f'{source}, mục "{section.id}"'
            if section.id in seen:
                problems.append(f"{where}: mã mục đã dùng ở trên.")
            seen.add(section.id)
            check_restrictions(section, where)
            for row in section.dong:
                check_restrictions(row, where)
                if row.id in clauses:
                    problems.append(f'{where}, dòng "{row.id}": mã dòng đã dùng ở mục "{clauses[row.id]}"; mỗi dòng '
                                    f"một mã riêng, không đổi qua các phiên bản (dòng mới: đặt mã mới chưa dùng).")
                clauses[row.id] = section.id
            _check_documents(section.van_ban, van_ban, where, problems)
            if section.buoc_sinh_hoat and section.buoc_sinh_hoat > steps:
                problems.append(f'{where}, trường "buoc_sinh_hoat": trình tự sinh hoạt trong '
                                f"{SINH_HOAT_FILE} chỉ có {steps} bước.")
            if articles:
                for key in ("ten", "huong_dan"):
                    if not getattr(section, key):
                        problems.append(f'{where}: điều cần trường "{key}".')
                if not section.van_ban and not section.can_kiem_chung:
                    problems.append(f"{where}: điều phải ghi văn bản căn cứ (van_ban), hoặc ghi can_kiem_chung nói "
                                    f"điều này là cách viết của nhóm biên soạn, chưa tìm thấy căn cứ.")
    for number, item in enumerate(template.tu_ra_soat, start=1):
        if item.dieu not in seen:
            kind = "điều" if articles else "mục"
            problems.append(f'{source}, tu_ra_soat[{number}]: {kind} "{item.dieu}" không có trong mẫu.')


def check_versions(template_id: str, template: MauVanBan, snapshots: dict[int, MauVanBan], problems: list[str]) -> None:
    """The history of a template: versions numbered 1, 2, 3... in order of date, the last being
    the current file; a snapshot for each earlier version, and none for a version not listed."""
    source = template_file(template_id)
    history = template.phien_ban
    if not history:
        problems.append(f'{source}: thiếu trường "phien_ban" (các phiên bản của mẫu; phiên bản đầu: '
                        f'so: 1, ngay: NĂM-THÁNG-NGÀY, thay_doi: ["Bản đầu tiên."]).')
        return
    for position, version in enumerate(history, start=1):
        where = f'{source}, phien_ban[{position}]'
        if version.so != position:
            problems.append(f'{where}, trường "so": phiên bản thứ {position} phải có số {position} (đang ghi {version.so}); '
                            f"các phiên bản ghi theo thứ tự 1, 2, 3..., cũ trước mới sau.")
        if position > 1 and version.ngay < history[position - 2].ngay:
            problems.append(f'{where}, trường "ngay": ngày {version.ngay.isoformat()} sớm hơn phiên bản trước '
                            f"({history[position - 2].ngay.isoformat()}).")
    current = len(history)
    for number in range(1, current):
        if number not in snapshots:
            problems.append(f'{source}, trường "phien_ban": phiên bản {number} chưa có bản lưu {version_file(template_id, number)}. Chép '
                            f"tệp ở phiên bản đó vào chỗ này (README: Phiên bản của văn bản mẫu).")
    for number, snapshot in sorted(snapshots.items()):
        label = version_file(template_id, number)
        if number >= current:
            problems.append(f"{label}: phien_ban của {source} chỉ có {current} phiên bản, phiên bản {current} là tệp "
                            f"hiện hành; bản lưu này không ứng với phiên bản cũ nào.")
        elif snapshot.phien_ban and snapshot.phien_ban[-1].so != number:
            problems.append(f'{label}, trường "phien_ban": phiên bản cuối ghi trong bản lưu là '
                            f"{snapshot.phien_ban[-1].so}, khác số của tệp ({number}).")


def _check_documents(ids: list[str], van_ban: dict, where: str, problems: list[str]) -> None:
    problems += missing([(f'{where}, trường "van_ban"', doc_id) for doc_id in ids], van_ban, DOC, VAN_BAN_FILE)


def _check_grounds(can_cu: list[CanCu], van_ban: dict, where: str, problems: list[str]) -> None:
    problems += missing([(f"{where}, can_cu[{number}]", ground.van_ban) for number, ground in enumerate(can_cu, start=1)],
                        van_ban, DOC, VAN_BAN_FILE)
