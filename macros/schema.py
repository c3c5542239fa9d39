"""Schemas of every file in data/, and Vietnamese messages for what breaks them.

One pydantic model per kind of entry. Checks that need more than one entry (unknown
ids, cycles, dates of successors) live in checks.py.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

KHOA = ("VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
TRANG_THAI_GHI = ("con-hieu-luc", "het-hieu-luc", "chua-ro")
TRANG_THAI = ("con-hieu-luc", "da-thay-the", "het-hieu-luc", "chua-ro")
QUAN_HE = ("thay_the", "tiep_tuc", "huong_dan", "can_cu")
# Fields whose value may be published with the "cần kiểm chứng" marker.
KIEM_CHUNG_DUOC = (
    "so_hieu", "ten_goi", "ngay", "nam", "co_quan", "khoa", "trich_yeu", "nguoi_ky", "hieu_luc_tu",
)

_MA = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A server clock a few months behind must not make the unchanged data unbuildable: a date is
# "in the future" (a typo) only when it is more than a year after the machine's today.
CLOCK_SLACK = timedelta(days=366)


def latest_date() -> date:
    return date.today() + CLOCK_SLACK
_SO_HIEU = re.compile(r"^(?P<so>\d+)-(?P<loai>[A-ZĐ]+)/(?P<cq>[A-ZĐ]+)$")
_NGAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A registry document cited inside a text of the data: "[[ct-10-2007]]".
DOC_REFERENCE = re.compile(r"\[\[([a-z0-9-]+)\]\]")
_URL = re.compile(r"^https?://[^\s<>\"]+$")


def _ma(value: str) -> str:
    if not _MA.fullmatch(value):
        raise ValueError(
            f'mã "{value}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, '
            f"ví dụ ct-10-2007"
        )
    return value


def _so_hieu(value: str) -> str:
    if not _SO_HIEU.fullmatch(value):
        raise ValueError(
            f'số hiệu "{value}" không đúng dạng SỐ-LOẠI/CƠ QUAN, ví dụ "10-CT/TW" '
            f"(không có chữ \"Số\", không có khoảng trắng)"
        )
    return value


def _ngay(value: Any) -> date:
    if not isinstance(value, str) or not _NGAY.fullmatch(value):
        raise ValueError(
            f'ngày "{value}" không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2007-03-30 cho ngày 30/3/2007'
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f'ngày "{value}" không có thật trên lịch') from None


def _url(value: str) -> str:
    if not _URL.fullmatch(value):
        raise ValueError(f'địa chỉ "{value}" phải bắt đầu bằng http:// hoặc https:// và không có khoảng trắng')
    return value


def _shorthand(key: str, model: type):
    """Accept a bare string for a one-field entry: "ct-10-2007" for {van_ban: ct-10-2007}
    (and say so in the JSON Schema: a string, or the entry)."""
    return BeforeValidator(lambda value: {key: value} if isinstance(value, str) else value,
                           json_schema_input_type=str | model)


def _exactly_one(present: list[bool], message: str) -> None:
    """Refuse an entry that has none or more than one of alternative fields."""
    if sum(present) != 1:
        raise ValueError(message)


# The JSON Schema of each (macros/json_schema.py) says what the validator checks, for editors.
Ma = Annotated[str, AfterValidator(_ma), WithJsonSchema({"type": "string", "pattern": _MA.pattern})]
SoHieu = Annotated[str, AfterValidator(_so_hieu), WithJsonSchema({"type": "string", "pattern": _SO_HIEU.pattern})]
Ngay = Annotated[date, BeforeValidator(_ngay),
                 WithJsonSchema({"type": "string", "pattern": _NGAY.pattern, "format": "date"})]
Url = Annotated[str, AfterValidator(_url), WithJsonSchema({"type": "string", "pattern": _URL.pattern})]
# A paragraph at most: the longest text in the data is about 500 characters; a field ten times
# that long is a paste gone wrong (a whole document in one field), refused with its place.
TEXT_MAX = 5000
Text = Annotated[str, Field(min_length=1, max_length=TEXT_MAX)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, strict=True)


class LoaiVanBan(_Model):
    ten: Text
    ky_hieu: Annotated[str, Field(pattern=r"^[A-ZĐ]+$")]


class CoQuan(_Model):
    ten: Text
    con_ton_tai: bool = True
    ghi_chu: Text | None = None


class NguoiKy(_Model):
    ho_ten: Text
    chuc_vu: Text | None = None


class Nguon(_Model):
    nhan: Text
    url: Url | None = None


class KiemTraTrangThai(_Model):
    """When and how the status was last checked: the sources that show it, or what was
    searched without finding anything (for a status that stays "chưa rõ")."""

    ngay: Ngay
    nguon: list[Nguon] = []
    da_tim: Text | None = None

    @model_validator(mode="after")
    def _dated_and_sourced(self) -> KiemTraTrangThai:
        if self.ngay > latest_date():
            raise ValueError(f"ngày kiểm tra {self.ngay.isoformat()} ở tương lai")
        if not self.nguon and not self.da_tim:
            raise ValueError("ghi nguồn cho thấy trạng thái (nguon), hoặc đã tìm những gì mà chưa thấy (da_tim)")
        return self


class QuanHe(_Model):
    van_ban: Ma
    can_kiem_chung: Text | None = None


RelationList = list[Annotated[QuanHe, _shorthand("van_ban", QuanHe)]]


class VanBan(_Model):
    id: Ma
    loai: Ma
    so_hieu: SoHieu | None = None
    ten_goi: Text | None = None
    ngay: Ngay | None = None
    nam: Annotated[int, Field(ge=1930, le=2100)] | None = None
    co_quan: Ma
    khoa: Literal[KHOA] | None = None
    trich_yeu: Text
    nguoi_ky: NguoiKy | None = None
    hieu_luc_tu: Ngay | None = None
    trang_thai: Literal[TRANG_THAI_GHI] | None = None
    ghi_chu_trang_thai: Text | None = None
    kiem_tra_trang_thai: KiemTraTrangThai
    thay_the: RelationList = []
    tiep_tuc: RelationList = []
    huong_dan: RelationList = []
    can_cu: RelationList = []
    nguon: Annotated[list[Nguon], Field(min_length=1)]
    can_kiem_chung: dict[str, Text] = {}

    @model_validator(mode="after")
    def _consistent(self) -> VanBan:
        if not self.so_hieu and not self.ten_goi:
            raise ValueError("cần ít nhất một trong hai trường so_hieu hoặc ten_goi để gọi tên văn bản")
        if self.ngay and self.nam and self.ngay.year != self.nam:
            raise ValueError(f"trường nam ({self.nam}) khác năm của trường ngay ({self.ngay.year}); chỉ giữ một trường")
        if self.ngay and self.ngay > latest_date():
            raise ValueError(f"ngày ban hành {self.ngay.isoformat()} ở tương lai; kiểm tra lại năm, tháng")
        if self.ngay and self.hieu_luc_tu and self.hieu_luc_tu < self.ngay:
            raise ValueError("hieu_luc_tu sớm hơn ngày ban hành (ngay)")
        check = self.kiem_tra_trang_thai
        if self.ngay and check.ngay < self.ngay:
            raise ValueError("kiem_tra_trang_thai.ngay sớm hơn ngày ban hành (ngay)")
        if self.trang_thai in ("con-hieu-luc", "het-hieu-luc") and not check.nguon:
            raise ValueError(
                f'trạng thái "{self.trang_thai}" phải có nguồn cho thấy trạng thái đó (kiem_tra_trang_thai.nguon)')
        if self.trang_thai == "chua-ro" and not check.da_tim:
            raise ValueError(
                'trạng thái "chua-ro" phải ghi đã tìm những gì, ở đâu (kiem_tra_trang_thai.da_tim)')
        for field in self.can_kiem_chung:
            if field not in KIEM_CHUNG_DUOC:
                raise ValueError(
                    f'can_kiem_chung nêu trường "{field}"; chỉ nêu được: {", ".join(KIEM_CHUNG_DUOC)}'
                )
            if getattr(self, field) is None:
                raise ValueError(f'can_kiem_chung nêu trường "{field}" nhưng mục này không có trường đó')
        return self

    @property
    def nam_ban_hanh(self) -> int | None:
        return self.ngay.year if self.ngay else self.nam

    def relations(self) -> dict[str, list[QuanHe]]:
        return {name: getattr(self, name) for name in QUAN_HE}


class NhanTrangThai(_Model):
    nhan: Text
    giai_thich: Text


class QuyUoc(_Model):
    trang_thai: dict[Literal[TRANG_THAI], NhanTrangThai]
    can_kiem_chung: NhanTrangThai

    @field_validator("trang_thai")
    @classmethod
    def _all_statuses(cls, labels: dict) -> dict:
        missing = [s for s in TRANG_THAI if s not in labels]
        if missing:
            raise ValueError(f"thiếu nhãn cho: {', '.join(missing)}")
        return labels


class LienHe(_Model):
    """Who readers write to about an error: the unit, and its e-mail and phone when declared."""

    don_vi: Text
    email: Annotated[str, Field(pattern=r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")] | None = None
    dien_thoai: Annotated[str, Field(pattern=r"^\+?[0-9][0-9 .()-]{5,19}$")] | None = None


class ChuKyRaSoat(_Model):
    """How often, in days, a registry document's status and a page are reviewed."""

    van_ban: Annotated[int, Field(ge=7, le=1100)]
    trang: Annotated[int, Field(ge=7, le=1100)]


class TrangWeb(_Model):
    ten: Text
    mo_ta: Text
    don_vi_bien_soan: Text
    bao_loi: Text
    lien_he: LienHe
    ra_soat: ChuKyRaSoat
    # the site's address on the intranet, when it has one ("http://so-tay.noibo.vn/"): the
    # feeds then link with it; without it they link relative to the site's root
    dia_chi: Annotated[str, AfterValidator(_url), Field(pattern=r"/$")] | None = None


# --- What changed on the site (data/thay_doi.yml) -------------------------------------------

# kind of change -> its label
LOAI_THAY_DOI = {
    "sua-sai": "Sửa nội dung sai",  # a committee that copied the old text must check it again
    "moi": "Mới",
    "cap-nhat": "Cập nhật",
}


class ThayDoi(_Model):
    """One change worth telling the site's users: when, what, which pages."""

    ngay: Ngay
    loai: Literal[tuple(LOAI_THAY_DOI)]
    tieu_de: Annotated[str, Field(min_length=1, max_length=200)]
    noi_dung: Text
    trang: Annotated[list[Annotated[str, Field(pattern=r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$")]], Field(min_length=1)]

    @field_validator("ngay")
    @classmethod
    def _not_ahead(cls, value: date) -> date:
        if value > latest_date():
            raise ValueError(f"ngày {value.isoformat()} chưa tới")
        return value


# --- Guidance data: glossary, the notice's findings, the cell-meeting guide --------------


class ThuatNgu(_Model):
    id: Ma
    viet_tat: Annotated[str, Field(pattern=r"^[A-ZĐ][A-ZĐ/]*$")] | None = None
    thuat_ngu: Text
    giai_thich: Text
    van_ban: Ma | None = None
    can_kiem_chung: Text | None = None


class HanChe(_Model):
    doan: Annotated[int, Field(ge=1)]
    han_che: Text
    viec_can_lam: Text
    van_ban: Ma | None = None  # the document behind viec_can_lam
    can_kiem_chung: Text | None = None  # why viec_can_lam is not confirmed
    trang: Annotated[str, Field(pattern=r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$")]
    nhan_trang: Text | None = None


class ThongBao(_Model):
    van_ban: Ma
    so_doan: Annotated[int, Field(ge=1)]
    han_che: Annotated[list[HanChe], Field(min_length=1)]

    @model_validator(mode="after")
    def _covers_every_paragraph(self) -> ThongBao:
        for row in self.han_che:
            if row.doan > self.so_doan:
                raise ValueError(f"đoạn {row.doan} không có: mục 2 của thông báo chỉ có {self.so_doan} đoạn")
        missing = sorted(set(range(1, self.so_doan + 1)) - {row.doan for row in self.han_che})
        if missing:
            raise ValueError(f"bảng chưa có hạn chế nào của đoạn {', '.join(map(str, missing))} (mục 2 của thông báo)")
        return self


class MucHuongDan(_Model):
    """One item of the cell-meeting guide: a rule with its document, or our suggestion."""

    noi_dung: Text
    van_ban: Ma | None = None
    can_kiem_chung: Text | None = None
    goi_y: bool = False
    ai: Text | None = None
    khi_nao: Text | None = None
    phan: Text | None = None

    @model_validator(mode="after")
    def _sourced_or_suggestion(self) -> MucHuongDan:
        if not self.goi_y and not self.van_ban:
            raise ValueError("mục là quy định thì phải ghi văn bản căn cứ (van_ban); nếu là gợi ý của nhóm biên soạn, ghi goi_y: true")
        return self


class OSoSanh(_Model):
    """A cell of the old/new comparison; without van_ban it states that nothing is known."""

    noi_dung: Text
    van_ban: Ma | None = None
    can_kiem_chung: Text | None = None


class SoSanh(_Model):
    van_de: Text
    cu: OSoSanh
    moi: OSoSanh


class SinhHoatChiBo(_Model):
    quy_dinh: list[MucHuongDan]
    chuan_bi: list[MucHuongDan]
    trinh_tu: list[MucHuongDan]
    bien_ban: list[MucHuongDan]
    so_sanh: list[SoSanh]
    chu_de: list[MucHuongDan]
    tu_danh_gia: list[MucHuongDan]


# --- Model documents: the model working regulation and the other templates ----------------


class Khoan(_Model):
    """A line of text (a recipient), possibly present in some variants only (chi)."""

    chu: Text
    chi: Annotated[list[Ma], Field(min_length=1)] | None = None


KhoanList = list[Annotated[Khoan, _shorthand("chu", Khoan)]]


class BienThe(_Model):
    """A variant of a model document (a kind of party organisation): its name, its pages'
    folder, and the words that change with it, used in the text as {word}."""

    ten: Text
    duong_dan: Ma
    tu: dict[str, Text]


class LoaiHinh(_Model):
    """A type of enterprise by ownership: the rule (van_ban) that sets what a grassroots party
    body may do in it decides the regulation's articles on the party's role there."""

    ten: Text
    duong_dan: Ma
    van_ban: Ma
    pham_vi: Text  # how a committee tells its enterprise is of this type


class CanCu(_Model):
    van_ban: Ma | None = None
    chu: Text | None = None
    # for these enterprise types only (a model document with loai_hinh)
    loai_hinh: Annotated[list[Ma], Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _one(self) -> CanCu:
        _exactly_one([self.van_ban is not None, self.chu is not None],
                     "mỗi căn cứ ghi đúng một trong hai: van_ban (mã văn bản) hoặc chu (câu chữ)")
        return self


class TruongMau(_Model):
    nhan: Text
    goi_y: Text
    ten_o: Text | None = None  # label in the fill-in form, when `nhan` alone is ambiguous
    chung: bool = False  # shared by the templates: shown first in the fill-in form


class Bang(_Model):
    """A table of a template: column headings, then rows of cells (text with {fields})."""

    cot: Annotated[list[Text], Field(min_length=2)]
    dong: Annotated[list[list[Text]], Field(min_length=1)]

    @model_validator(mode="after")
    def _rectangular(self) -> Bang:
        for number, row in enumerate(self.dong, start=1):
            if len(row) != len(self.cot):
                raise ValueError(f"dòng {number} của bảng có {len(row)} ô, bảng có {len(self.cot)} cột")
        return self


class Dong(_Model):
    """A line of a section (a clause of an article): text (chu) or a table (bang); in a model
    document with variants, possibly for some variants (chi) or enterprise types (loai_hinh) only.
    Its id stays the same across versions, whatever its number or text becomes."""

    id: Ma
    chu: Text | None = None
    bang: Bang | None = None
    chi: Annotated[list[Ma], Field(min_length=1)] | None = None
    loai_hinh: Annotated[list[Ma], Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _one(self) -> Dong:
        _exactly_one([self.chu is not None, self.bang is not None],
                     "mỗi dòng là chữ hoặc một bảng (bang), không phải cả hai")
        return self


class MucMau(_Model):
    """A section (an article of the regulation): optional title, lines, guidance and the
    documents behind it."""

    id: Ma
    ten: Text | None = None
    dong: Annotated[list[Dong], Field(min_length=1)]
    chi: Annotated[list[Ma], Field(min_length=1)] | None = None  # in these variants only
    huong_dan: Text | None = None
    van_ban: list[Ma] = []
    # which lines are the editors' wording without a source found, and why
    can_kiem_chung: Text | None = None
    # step of the meeting order (data/sinh_hoat_chi_bo.yml, trinh_tu, from 1) that this section
    # records: its rule, document and marker join the guidance, written once for both pages
    buoc_sinh_hoat: Annotated[int, Field(ge=1)] | None = None


class PhanMau(_Model):
    """A part of a model document (a chapter of the regulation)."""

    ten: Text | None = None
    muc: Annotated[list[MucMau], Field(min_length=1)]


class KyTen(_Model):
    """One side of the signature block: a signer (chuc_vu lines and ho_ten), or noi_nhan."""

    chuc_vu: list[Text] = []
    ho_ten: Text | None = None
    noi_nhan: KhoanList | None = None

    @model_validator(mode="after")
    def _one(self) -> KyTen:
        message = "ghi người ký (chuc_vu và ho_ten) hoặc nơi nhận (noi_nhan), không phải cả hai"
        if bool(self.chuc_vu) != (self.ho_ten is not None):
            raise ValueError(message)  # half a signer
        _exactly_one([bool(self.chuc_vu), self.noi_nhan is not None], message)
        return self


class KhungMau(_Model):
    """The frame of a model document: header, name, grounds, closing lines, signature."""

    cap_tren_dau_trang: Text
    co_quan_ban_hanh: Text
    so: Text | None = None
    dia_danh_ngay: Text
    ten_loai: Text
    trich_yeu: Text | None = None
    trich_yeu_theo_bien_the: dict[Ma, Text] = {}  # a template with variants: one line for each
    can_cu: list[CanCu] = []
    ket_can_cu: Text | None = None
    ket: list[Text] = []
    ky_trai: KyTen
    ky_phai: KyTen

    @model_validator(mode="after")
    def _one_subject(self) -> KhungMau:
        _exactly_one([self.trich_yeu is not None, bool(self.trich_yeu_theo_bien_the)],
                     "ghi trích yếu: trich_yeu (một dòng), hoặc trich_yeu_theo_bien_the (một dòng cho mỗi biến "
                     "thể) ở mẫu có biến thể; không ghi cả hai")
        return self


# How the draft-check page (macros/draft_check.py, docs/assets/javascripts/kiem-tra-du-thao.js)
# answers a checklist question from a committee's own draft.
CACH_KIEM_TRA = ("co-trong-ten-dieu", "co-trong-van-ban", "nhiem-ky-truoc", "can-cu-thay-the", "the-thuc", "can-xem")


class KiemTraDuThao(_Model):
    """One check of a checklist question against a draft: decided by the page (the phrases are
    found or not; a previous term; a replaced document among the grounds; the format), or
    "can-xem": a person judges, and the page shows where to look."""

    cach: Literal[CACH_KIEM_TRA]
    # each phrase must be found (folded: without diacritics, any case); "a | b" is either
    cum_tu: list[Text] = []
    # phrases removed before searching ("phó bí thư" when looking for "bí thư")
    loai_tru: list[Text] = []
    cung_dong: bool = False  # every phrase in the same paragraph, not anywhere in the draft
    thieu: Text | None = None  # what the report says when the check fails
    xem: Text | None = None  # what a person should look at (can-xem)

    @model_validator(mode="after")
    def _phrases(self) -> KiemTraDuThao:
        if self.cach.startswith("co-trong") and not self.cum_tu:
            raise ValueError(f'cách "{self.cach}" cần cum_tu: các cụm từ phải tìm thấy')
        if self.cach.startswith("co-trong") and not self.thieu:
            raise ValueError(f'cách "{self.cach}" cần thieu: báo cáo nói gì khi không tìm thấy')
        if self.cach == "can-xem" and not self.xem:
            raise ValueError('cách "can-xem" cần xem: người đọc cần xem gì')
        return self


class TuRaSoat(_Model):
    """A question of a self-review checklist, the article that answers it, and how the
    draft-check page answers it from a committee's own draft."""

    noi_dung: Text
    dieu: Ma
    kiem_tra: list[KiemTraDuThao] = []


# How a model document's body is laid out: parts "I., II." of sections "1., 2." (the templates),
# or chapters "Chương I" of articles "Điều 1." numbered through the document, whose lines are
# numbered clauses (the regulation).
BO_CUC = ("phan-muc", "chuong-dieu")


class PhienBan(_Model):
    """A version of a model document: its number, date, and one line per change."""

    so: Annotated[int, Field(ge=1)]
    ngay: Ngay
    thay_doi: Annotated[list[Text], Field(min_length=1)]


class MauVanBan(_Model):
    """A model document (data/mau/<id>.yml): the model regulation or another template. With
    variants (bien_the) and enterprise types (loai_hinh), it is built once per pair. Its
    versions (phien_ban), oldest first: the last is this file; each earlier one is kept as
    data/mau/phien-ban/<id>/<so>.yml (a snapshot, which may lack the history)."""

    bo_cuc: Literal[BO_CUC] = "phan-muc"
    huong_dan: Text | None = None  # shown at the top of the page of a template without variants
    van_ban: list[Ma] = []
    can_kiem_chung: Text | None = None
    bien_the: dict[Ma, BienThe] = {}
    loai_hinh: dict[Ma, LoaiHinh] = {}
    khung: KhungMau
    phan: Annotated[list[PhanMau], Field(min_length=1)]
    tu_ra_soat: list[TuRaSoat] = []
    phien_ban: list[PhienBan] = []


class DanhMucMau(_Model):
    """An entry of the template catalogue (data/mau_van_ban.yml), in the order of /mau/."""

    id: Ma
    ten: Text
    dung_khi: Text
    ai_soan: Text
    bao_lau: Text
    # field -> why it is not confirmed
    can_kiem_chung: dict[Literal["dung_khi", "ai_soan", "bao_lau"], Text] = {}


class KhoGiay(_Model):
    ten: Text
    rong_mm: Annotated[int, Field(gt=0)]
    cao_mm: Annotated[int, Field(gt=0)]


class LeGiay(_Model):
    tren: Annotated[int, Field(ge=0)]
    duoi: Annotated[int, Field(ge=0)]
    trai: Annotated[int, Field(ge=0)]
    phai: Annotated[int, Field(ge=0)]


# Where the page number goes: centred in the header or in the footer of every page.
VI_TRI_SO_TRANG = {"dau-giua": "giữa lề trên", "chan-giua": "giữa lề dưới"}


# The font sizes the Word files and the format list use (data/the_thuc.yml, co_chu).
CO_CHU = ("tieu_de", "co_quan_cap_tren", "co_quan_ban_hanh", "so_ky_hieu", "dia_danh_ngay", "ten_loai",
          "trich_yeu", "noi_dung", "chu_ky", "noi_nhan")


class TheThuc(_Model):
    kho_giay: KhoGiay
    le_mm: LeGiay
    phong_chu: Text
    co_chu: dict[str, Annotated[int, Field(ge=6, le=40)]]
    so_trang: Literal[tuple(VI_TRI_SO_TRANG)]
    van_ban: Ma
    can_kiem_chung: dict[str, Text] = {}

    @field_validator("co_chu")
    @classmethod
    def _every_size(cls, sizes: dict) -> dict:
        missing = [key for key in CO_CHU if key not in sizes]
        unknown = [key for key in sizes if key not in CO_CHU]
        if missing or unknown:
            raise ValueError("phải có đúng các cỡ chữ: " + ", ".join(CO_CHU)
                             + (f"; thiếu: {', '.join(missing)}" if missing else "")
                             + (f"; thừa (gõ sai tên?): {', '.join(unknown)}" if unknown else ""))
        return sizes

# --- Training: modules and self-check quizzes -------------------------------------------


class CauHoi(_Model):
    id: Ma
    cau_hoi: Text
    lua_chon: Annotated[list[Text], Field(min_length=2, max_length=8)]  # lettered A to H
    dap_an: Annotated[list[int], Field(min_length=1)]
    giai_thich: Text
    van_ban: Ma

    @model_validator(mode="after")
    def _answers(self) -> CauHoi:
        repeated = sorted({o for o in self.lua_chon if self.lua_chon.count(o) > 1})
        if repeated:
            raise ValueError(f'phương án "{repeated[0]}" được viết hai lần')
        for answer in self.dap_an:
            if not 1 <= answer <= len(self.lua_chon):
                raise ValueError(f"đáp án {answer} không có: câu này có {len(self.lua_chon)} phương án (đánh số từ 1)")
        if len(set(self.dap_an)) != len(self.dap_an):
            raise ValueError("một đáp án được ghi hai lần")
        return self


class YChinh(_Model):
    noi_dung: Text
    van_ban: Ma


class TinhHuong(_Model):
    doan: Annotated[int, Field(ge=1)]
    noi_dung: Text
    cau_hoi: Annotated[list[Text], Field(min_length=1)]


class MoDun(_Model):
    id: Ma
    ten: Text
    thoi_gian_phut: Annotated[int, Field(ge=5, le=480)]
    muc_tieu: Annotated[list[Text], Field(min_length=1)]
    y_chinh: Annotated[list[YChinh], Field(min_length=1)]
    tinh_huong: TinhHuong
    cau_hoi: Annotated[list[CauHoi], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_questions(self) -> MoDun:
        ids = [q.id for q in self.cau_hoi]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f'mã câu hỏi "{repeated[0]}" được dùng hai lần trong chuyên đề')
        return self
