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
import posixpath
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .documents import ten_van_ban
from .model_documents.structure import ModelDocument
from .paths import changes_page, doc_page, document_pdf, page_location, template_page, version_page
from .registry import SiteData
from .render import script_json
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


class PhienBanMo(_Out):
    so: int
    ngay: date
    thay_doi: list[str]
    trang: str = Field(description="Trang của phiên bản (phiên bản cuối: trang hiện hành).")


class MauMo(_Out):
    """du-lieu/mau/<id>.json."""
    ghi_chu: str
    phien_ban_dinh_dang: int
    id: str
    ten: str
    phien_ban: list[PhienBanMo] = Field(description="Các phiên bản, cũ trước mới sau; cấu trúc dưới đây là của phiên bản cuối.")
    thay_doi: str = Field(description="Trang Những thay đổi: các phiên bản và so sánh từng khoản.")
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
    template = data.mau[template_id]
    history = [PhienBanMo(so=v.so, ngay=v.ngay, thay_doi=list(v.thay_doi),
                          trang=page_location(template_page(template_id, bool(template.bien_the)) if v.so == len(template.phien_ban)
                                              else version_page(template_id, v.so), directory_urls))
               for v in template.phien_ban]
    return MauMo(ghi_chu=NOTICE, phien_ban_dinh_dang=FORMAT_VERSION, id=template_id,
                 ten=data.danh_muc_mau[template_id].ten, phien_ban=history,
                 thay_doi=page_location(changes_page(template_id), directory_urls), truong=fields, van_ban=documents)


def _dump(model: BaseModel) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def site_files(data: SiteData, directory_urls: bool) -> list[tuple[str, str]]:
    """The open data files, as (path in the site, content)."""
    files = [(REGISTRY_JSON, _dump(registry(data, directory_urls))),
             (REGISTRY_SCHEMA, json.dumps(registry_schema(), ensure_ascii=False, indent=1) + "\n")]
    files += [(model_json_path(t), _dump(model(data, t, directory_urls))) for t in data.models]
    return files


# --- JSON-LD (schema.org) ---------------------------------------------------------------------

# Our status -> schema.org's legal force; "chưa rõ" says nothing.
LEGAL_FORCE = {"con-hieu-luc": "https://schema.org/InForce", "het-hieu-luc": "https://schema.org/NotInForce",
               "da-thay-the": "https://schema.org/NotInForce"}
MEDIA_TYPES = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".pdf": "application/pdf"}
UNOFFICIAL = "https://schema.org/UnofficialLegalValue"


def _href(from_page: str, target: str, directory_urls: bool) -> str:
    """A link from the page docs/`from_page` to docs/`target` (a page or a file), as the built
    site has it (relative, so it holds on any server and in the folder edition)."""
    here = page_location(from_page, directory_urls)
    there = page_location(target, directory_urls) if target.endswith(".md") else target
    base = here if here.endswith("/") else posixpath.dirname(here) + "/"
    return posixpath.relpath(there or ".", base or ".") + ("/" if there.endswith("/") else "")


def _legislation_ref(data: SiteData, doc_id: str, from_page: str, directory_urls: bool) -> dict:
    return {"@type": "Legislation", "@id": _href(from_page, doc_page(doc_id), directory_urls),
            "name": ten_van_ban(data, data.van_ban[doc_id])}


def document_json_ld(data: SiteData, doc_id: str, from_page: str, directory_urls: bool) -> dict:
    """A registry document's page as schema.org Legislation. A field the registry marks "cần
    kiểm chứng" is left out: structured data carries no marker."""
    doc = data.van_ban[doc_id]
    unverified = set(doc.can_kiem_chung)
    ref = lambda other: _legislation_ref(data, other, from_page, directory_urls)  # noqa: E731
    node: dict = {"@context": "https://schema.org", "@type": "Legislation", "@id": _href(from_page, doc_page(doc_id), directory_urls),
                  "name": ten_van_ban(data, doc), "legislationType": data.loai[doc.loai].ten,
                  "description": f"{doc.trich_yeu}. {NOTICE}"}
    if doc.so_hieu and "so_hieu" not in unverified:
        node["legislationIdentifier"] = doc.so_hieu
    if "ngay" not in unverified and "nam" not in unverified:
        if doc.ngay:
            node["legislationDate"] = doc.ngay.isoformat()
        elif doc.nam:
            node["legislationDate"] = str(doc.nam)
    if "co_quan" not in unverified:
        node["legislationPassedBy"] = {"@type": "Organization", "name": data.co_quan[doc.co_quan].ten}
    force = LEGAL_FORCE.get(data.trang_thai(doc_id))
    if force:
        node["legislationLegalForce"] = force
    if doc.can_cu:
        node["isBasedOn"] = [ref(r.van_ban) for r in doc.can_cu]
    if doc.thay_the:
        node["legislationChanges"] = [ref(r.van_ban) for r in doc.thay_the]
    replaced_by = data.related(doc_id, "bi_thay_the_boi")
    if replaced_by:
        node["@reverse"] = {"legislationChanges": [ref(r.van_ban) for r in replaced_by]}
    return node


def model_json_ld(data: SiteData, template_id: str, doc: ModelDocument, from_page: str, directory_urls: bool) -> dict:
    """A model document's page: the model (a CreativeWork, with its version) and its Word and
    PDF files as LegislationObject of unofficial legal value."""
    version = data.mau[template_id].phien_ban[-1]
    files = [{"@type": "LegislationObject", "name": f"{doc.name} ({kind})", "encodingFormat": MEDIA_TYPES[suffix],
              "contentUrl": _href(from_page, path, directory_urls), "legislationLegalValue": UNOFFICIAL}
             for kind, suffix, path in (("Word", ".docx", doc.docx), ("PDF", ".pdf", document_pdf(doc.docx)))]
    based_on = [ground.van_ban for ground in data.mau[template_id].khung.can_cu if ground.van_ban]
    node: dict = {"@context": "https://schema.org", "@type": "CreativeWork", "name": f"{doc.type_name.capitalize()} mẫu: {doc.name}",
                  "version": str(version.so), "dateModified": version.ngay.isoformat(),
                  "description": "Văn bản mẫu của Sổ tay cấp ủy cơ sở, để cấp ủy sao chép, điền và điều chỉnh; không phải văn bản chính thức.",
                  "encoding": files}
    if based_on:
        node["isBasedOn"] = [_legislation_ref(data, d, from_page, directory_urls) for d in dict.fromkeys(based_on)]
    return node


def page_json_ld(data: SiteData, src: str, directory_urls: bool) -> str | None:
    """The JSON-LD of the page docs/`src`, ready for a <script type="application/ld+json">
    (no "</" can close it), or None for a page that has none."""
    from .paths import document_of_page

    node = None
    doc_id = document_of_page(src)
    if doc_id in data.van_ban:
        node = document_json_ld(data, doc_id, src, directory_urls)
    else:
        for template_id, built in data.models.items():
            for doc in built.values():
                if doc.page == src:
                    node = model_json_ld(data, template_id, doc, src, directory_urls)
    if node is None:
        return None
    return script_json(node, indent=1)


# --- The integrators' page -------------------------------------------------------------------


def _keys(model: type[BaseModel]) -> list[tuple[str, str]]:
    """Each key of a published record with its description (the same models give the JSON
    Schema): written once."""
    return [(name, field.description or "") for name, field in model.model_fields.items()]


def render_page(data: SiteData, from_page: str) -> str:
    """docs/gioi-thieu/du-lieu-mo.md: what is published, where, and what each key means."""
    from .render import page_link, render

    models = [(data.danh_muc_mau[t].ten, page_link(from_page, model_json_path(t))) for t in data.models]
    return render("du_lieu_mo.md.j2", data, from_page, notice=NOTICE, version=FORMAT_VERSION,
                  registry=page_link(from_page, REGISTRY_JSON), schema=page_link(from_page, REGISTRY_SCHEMA),
                  count=len(data.van_ban), models=models, registry_keys=_keys(VanBanMo), model_keys=_keys(MauMo),
                  document_keys=_keys(BanMo), clause_keys=_keys(DongMo))
