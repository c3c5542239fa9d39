"""Open data: what the site knows, as JSON other systems can read instead of retyping it.

- du-lieu/van-ban.json: the registry (every document: number, date, issuer, status as the
  handbook reads it, relations both ways, sources, and why a field is "cần kiểm chứng"),
  with its JSON Schema du-lieu/van-ban.schema.json (from the pydantic models below);
- du-lieu/mau/<id>.json: each model document's blanks (fields) and structure (parts, sections,
  clauses with their stable ids), for each variant and enterprise type;
- JSON-LD (schema.org) for the page of a registry document (`Legislation`) and of a model
  document (its Word and PDF files as `LegislationObject`), put in the page's head by the
  theme (overrides/main.html) from overrides/hooks/du_lieu_mo.py.

The keys are the data's own (Vietnamese, without diacritics), as the integrators' page
(docs/gioi-thieu/du-lieu-mo.md) lists them. It is a handbook's reading of the documents, not
an official register: every file says so.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .documents import ten_van_ban
from .model_documents.structure import ModelDocument
from .paths import doc_page, document_pdf, page_location
from .registry import SiteData
from .schema import QUAN_HE, TRANG_THAI

DATA_DIR = "du-lieu"
REGISTRY_JSON = f"{DATA_DIR}/van-ban.json"
REGISTRY_SCHEMA = f"{DATA_DIR}/van-ban.schema.json"
FORMAT_VERSION = 1  # of the JSON layout; raised when a key changes meaning or goes away
NOTICE = ("Dữ liệu của Sổ tay cấp ủy cơ sở: cách đọc của nhóm biên soạn sổ tay về các văn bản, "
          "không phải sổ đăng ký chính thức. Trường ghi trong can_kiem_chung là thông tin chưa xác minh "
          "được với nguồn chính thức; đối chiếu văn bản gốc trước khi dùng.")
# Inverse relations, named as the registry pages name them.
INVERSE = ("bi_thay_the_boi", "duoc_tiep_tuc_boi", "duoc_huong_dan_boi", "la_can_cu_cua")


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Nguon(_Out):
    nhan: str
    url: str | None = None


class LienKet(_Out):
    """A relation: the other document's id, and why it is "cần kiểm chứng", if it is."""
    van_ban: str
    can_kiem_chung: str | None = None


class KiemTra(_Out):
    ngay: date = Field(description="Ngày đối chiếu trạng thái gần nhất.")
    nguon: list[Nguon] = []
    da_tim: str | None = Field(None, description="Đã tìm những gì, ở đâu (khi trạng thái chưa rõ).")


class VanBanMo(_Out):
    """One document of the registry, as published."""
    id: str = Field(description="Mã cố định của văn bản trong sổ tay.")
    ten: str = Field(description="Tên ngắn, ví dụ \"Chỉ thị 10-CT/TW\".")
    loai: str = Field(description="Loại văn bản (chỉ thị, kết luận, hướng dẫn...).")
    so_hieu: str | None = None
    ngay: date | None = Field(None, description="Ngày ban hành.")
    nam: int | None = Field(None, description="Năm ban hành (khi chỉ biết năm, hoặc năm của ngày).")
    co_quan: str = Field(description="Cơ quan ban hành.")
    khoa: str | None = None
    trich_yeu: str
    nguoi_ky: str | None = None
    hieu_luc_tu: date | None = None
    trang_thai: Literal[TRANG_THAI] = Field(description="Trạng thái theo sổ tay; da-thay-the suy ra từ văn bản thay thế.")
    trang_thai_nhan: str
    ghi_chu_trang_thai: str | None = None
    kiem_tra_trang_thai: KiemTra
    quan_he: dict[Literal[QUAN_HE + INVERSE], list[LienKet]] = Field(
        description="Quan hệ hai chiều: thay_the, tiep_tuc, huong_dan, can_cu và chiều ngược lại.")
    nguon: list[Nguon]
    can_kiem_chung: dict[str, str] = Field(description="Trường chưa xác minh được: tên trường -> lý do.")
    trang: str = Field(description="Đường dẫn trang của văn bản, tính từ gốc site.")


class SoDangKy(_Out):
    """du-lieu/van-ban.json."""
    ghi_chu: str
    phien_ban_dinh_dang: int
    van_ban: list[VanBanMo]


def _relation_out(relations) -> list[LienKet]:
    return [LienKet(van_ban=r.van_ban, can_kiem_chung=r.can_kiem_chung) for r in relations]


def registry(data: SiteData, directory_urls: bool = True) -> SoDangKy:
    records = []
    for doc in data.van_ban.values():
        status = data.trang_thai(doc.id)
        co_quan = data.co_quan[doc.co_quan]
        check = doc.kiem_tra_trang_thai
        records.append(VanBanMo(
            id=doc.id, ten=ten_van_ban(data, doc), loai=data.loai[doc.loai].ten, so_hieu=doc.so_hieu,
            ngay=doc.ngay, nam=doc.nam_ban_hanh, co_quan=co_quan.ten, khoa=doc.khoa, trich_yeu=doc.trich_yeu,
            nguoi_ky=(f"{doc.nguoi_ky.ho_ten}" + (f", {doc.nguoi_ky.chuc_vu}" if doc.nguoi_ky.chuc_vu else ""))
            if doc.nguoi_ky else None,
            hieu_luc_tu=doc.hieu_luc_tu, trang_thai=status, trang_thai_nhan=data.quy_uoc.trang_thai[status].nhan,
            ghi_chu_trang_thai=doc.ghi_chu_trang_thai,
            kiem_tra_trang_thai=KiemTra(ngay=check.ngay, nguon=[Nguon(nhan=n.nhan, url=n.url) for n in check.nguon],
                                        da_tim=check.da_tim),
            quan_he={name: _relation_out(data.related(doc.id, name)) for name in QUAN_HE + INVERSE},
            nguon=[Nguon(nhan=n.nhan, url=n.url) for n in doc.nguon],
            can_kiem_chung=dict(doc.can_kiem_chung),
            trang=page_location(doc_page(doc.id), directory_urls),
        ))
    return SoDangKy(ghi_chu=NOTICE, phien_ban_dinh_dang=FORMAT_VERSION, van_ban=records)


def registry_schema() -> dict:
    schema = SoDangKy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Sổ đăng ký văn bản của Sổ tay cấp ủy cơ sở"
    return schema


# --- Model documents ----------------------------------------------------------------------------

class TruongMo(_Out):
    id: str
    nhan: str = Field(description="Nhãn của ô cần điền, hiện là [nhãn] trong văn bản mẫu.")
    chung: bool = Field(description="Ô dùng chung cho mọi mẫu (điền một lần).")
    goi_y: str | None = None


class DongMo(_Out):
    id: str | None = Field(None, description="Mã cố định của khoản (theo dõi qua các phiên bản).")
    so: str = Field(description="Số khoản như văn bản in, ví dụ \"1. \"; rỗng nếu không đánh số.")
    chu: str | None = Field(None, description="Chữ của khoản; ô cần điền là [nhãn].")
    bang: dict | None = Field(None, description="Một bảng: {cot: [...], dong: [[...], ...]}.")


class MucMo(_Out):
    id: str
    so: str = Field(description="\"Điều 5.\" hoặc \"1.\" hoặc rỗng.")
    ten: str | None = None
    dong: list[DongMo]


class PhanMo(_Out):
    so: str
    ten: str
    muc: list[MucMo]


class BanMo(_Out):
    """One built document: a variant and enterprise type of a template with variants."""
    bien_the: str | None = None
    loai_hinh: str | None = None
    ten: str
    trang: str
    word: str
    pdf: str
    truong: list[str] = Field(description="Các ô cần điền của văn bản này, theo thứ tự xuất hiện.")
    phan: list[PhanMo]


class MauMo(_Out):
    """du-lieu/mau/<id>.json."""
    ghi_chu: str
    phien_ban_dinh_dang: int
    id: str
    ten: str
    truong: list[TruongMo]
    van_ban: list[BanMo]


def model_json_path(template_id: str) -> str:
    return f"{DATA_DIR}/mau/{template_id}.json"


def _structure(doc: ModelDocument) -> list[PhanMo]:
    show = lambda line: line.display(doc.labels)  # noqa: E731
    parts = []
    for part in doc.parts:
        sections = []
        for section in part.sections:
            lines = []
            for block in section.blocks:
                if block.table:
                    table = {"cot": list(block.table.columns), "dong": [[show(c) for c in row] for row in block.table.rows]}
                    lines.append(DongMo(id=block.id, so="", bang=table))
                else:
                    lines.append(DongMo(id=block.id, so=block.prefix, chu=show(block.line)))
            sections.append(MucMo(id=section.id, so=section.label, ten=show(section.title) if section.title else None,
                                  dong=lines))
        parts.append(PhanMo(so=part.label, ten=part.title, muc=sections))
    return parts


def model(data: SiteData, template_id: str, directory_urls: bool = True) -> MauMo:
    built = data.models[template_id]
    used = []
    for doc in built.values():
        used += [f for f in doc.fields() if f not in used]
    fields = [TruongMo(id=f, nhan=data.truong_mau[f].nhan, chung=data.truong_mau[f].chung, goi_y=data.truong_mau[f].goi_y)
              for f in used]
    documents = [BanMo(bien_the=variant or None, loai_hinh=kind or None, ten=doc.name,
                       trang=page_location(doc.page, directory_urls), word=doc.docx, pdf=document_pdf(doc.docx),
                       truong=doc.fields(), phan=_structure(doc))
                 for (variant, kind), doc in built.items()]
    return MauMo(ghi_chu=NOTICE, phien_ban_dinh_dang=FORMAT_VERSION, id=template_id,
                 ten=data.danh_muc_mau[template_id].ten, truong=fields, van_ban=documents)


def _dump(model: BaseModel) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def site_files(data: SiteData, directory_urls: bool) -> list[tuple[str, str]]:
    """The open data files, as (path in the site, content)."""
    files = [(REGISTRY_JSON, _dump(registry(data, directory_urls))),
             (REGISTRY_SCHEMA, json.dumps(registry_schema(), ensure_ascii=False, indent=1) + "\n")]
    files += [(model_json_path(t), _dump(model(data, t, directory_urls))) for t in data.models]
    return files
