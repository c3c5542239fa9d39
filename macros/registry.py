"""Load data/ once per build, validate it, and derive what pages show.

`load_site_data(root)` is the only entry point: it reads every data file, checks each
entry against its schema and the entries against each other, and returns a frozen
`SiteData`. Everything the pages show about a document's status and relations is
computed here from the registry, never typed into a page.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import checks
from .model_documents import build
from .model_documents.structure import ModelDocument
from .errors import DataError, describe
from .loading import Mapping, read_yaml
from .paths import (
    CATALOGUE_FILE,
    TEMPLATE_DATA_DIR,
    THE_THUC_FILE,
    VAN_BAN_FILE,
    VERSION_DATA_DIR,
    data_file,
    template_file,
)
from .schema import (
    QUAN_HE,
    CoQuan,
    DanhMucMau,
    MauVanBan,
    LoaiVanBan,
    QuanHe,
    QuyUoc,
    MoDun,
    SinhHoatChiBo,
    TheThuc,
    ThongBao,
    TruongMau,
    ThuatNgu,
    ThayDoi,
    TrangWeb,
    VanBan,
)

_MAX_LINES = 30

# Inverse of each relation, as the target document's page names it.
INVERSE = {
    "thay_the": "bi_thay_the_boi",
    "tiep_tuc": "duoc_tiep_tuc_boi",
    "huong_dan": "duoc_huong_dan_boi",
    "can_cu": "la_can_cu_cua",
}

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class SiteData:
    van_ban: dict[str, VanBan]
    loai: dict[str, LoaiVanBan]
    co_quan: dict[str, CoQuan]
    quy_uoc: QuyUoc
    trang_web: TrangWeb
    thuat_ngu: dict[str, ThuatNgu]
    thong_bao: ThongBao
    sinh_hoat_chi_bo: SinhHoatChiBo
    truong_mau: dict[str, TruongMau]
    the_thuc: TheThuc
    tap_huan: dict[str, MoDun]
    # inverse[target_id][inverse_relation] -> relations pointing at target (van_ban = source id)
    inverse: dict[str, dict[str, list[QuanHe]]] = field(default_factory=dict)
    # the template catalogue (data/mau_van_ban.yml) and each template's source (data/mau/)
    danh_muc_mau: dict[str, DanhMucMau] = field(default_factory=dict)
    mau: dict[str, MauVanBan] = field(default_factory=dict)
    # what changed on the site (data/thay_doi.yml), newest first
    thay_doi: list[ThayDoi] = field(default_factory=list)
    # each template built (build.build): by template id, then by (variant, enterprise type),
    # build.SINGLE for a template without variants
    models: dict[str, dict[tuple[str, str], ModelDocument]] = field(default_factory=dict)
    # the snapshots of earlier versions (data/mau/phien-ban/<id>/<so>.yml), and each built
    snapshots: dict[str, dict[int, MauVanBan]] = field(default_factory=dict)
    old_models: dict[str, dict[int, dict[tuple[str, str], ModelDocument]]] = field(default_factory=dict)

    def model_documents(self) -> list[ModelDocument]:
        """Every model document with a page and a Word file."""
        return [doc for built in self.models.values() for doc in built.values()]

    def model(self, template_id: str, variant: str = "", enterprise: str = "") -> ModelDocument:
        """A built model document: a template, or one variant and enterprise type of it."""
        return self.models[template_id][variant, enterprise]

    def doc(self, doc_id: Any, where: str) -> VanBan:
        """The document `doc_id`, or a DataError naming `where` and the valid ids."""
        return checks.lookup(self.van_ban, doc_id, where, checks.DOC, VAN_BAN_FILE)

    def related(self, doc_id: str, relation: str) -> list[QuanHe]:
        """Relations of `doc_id`: a forward one (thay_the...) or an inverse one (bi_thay_the_boi...)."""
        if relation in QUAN_HE:
            return getattr(self.van_ban[doc_id], relation)
        return self.inverse.get(doc_id, {}).get(relation, [])

    def trang_thai(self, doc_id: str) -> str:
        if self.related(doc_id, "bi_thay_the_boi"):
            return "da-thay-the"
        return self.van_ban[doc_id].trang_thai


# Every data file but the templates' (data/mau/, see _load_templates): its namespace, how its
# entries are laid out, and the schema of an entry. The JSON Schemas for editors are made from
# this same table (json_schema.py).
TABLE, SINGLE, LIST, ENTRIES = "table", "single", "list", "entries"  # id: {...} | {...} | [- id: ...] | [- ...]
DATA_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "loai_van_ban": (TABLE, LoaiVanBan),
    "co_quan": (TABLE, CoQuan),
    "quy_uoc": (SINGLE, QuyUoc),
    "trang_web": (SINGLE, TrangWeb),
    "van_ban": (LIST, VanBan),
    "thuat_ngu": (LIST, ThuatNgu),
    "thong_bao": (SINGLE, ThongBao),
    "sinh_hoat_chi_bo": (SINGLE, SinhHoatChiBo),
    "truong_mau": (TABLE, TruongMau),
    "the_thuc": (SINGLE, TheThuc),
    "tap_huan": (LIST, MoDun),
    "mau_van_ban": (LIST, DanhMucMau),
    "thay_doi": (ENTRIES, ThayDoi),
}
TEMPLATE_NAMESPACE = "mau"  # data/mau/<id>.yml: one MauVanBan


def load_site_data(root: Path) -> SiteData:
    problems: list[str] = []
    loaders = {TABLE: _load_table, SINGLE: _load_single, LIST: _load_list, ENTRIES: _load_entries}
    files = {name: loaders[shape](root, name, model, problems) for name, (shape, model) in DATA_FILES.items()}
    loai, co_quan, quy_uoc, trang_web = files["loai_van_ban"], files["co_quan"], files["quy_uoc"], files["trang_web"]
    van_ban, thuat_ngu, thong_bao, sinh_hoat = files["van_ban"], files["thuat_ngu"], files["thong_bao"], files["sinh_hoat_chi_bo"]
    truong_mau, the_thuc, tap_huan, danh_muc = files["truong_mau"], files["the_thuc"], files["tap_huan"], files["mau_van_ban"]
    thay_doi = files["thay_doi"]
    templates = _load_templates(root, danh_muc, problems)
    snapshots = _load_snapshots(root, templates, problems)
    if not problems:
        checks.registry(van_ban, loai, co_quan, problems)
        checks.guidance(van_ban, thuat_ngu, thong_bao, sinh_hoat, problems)
        for template_id, template in templates.items():
            build.check(template_id, template, van_ban, len(sinh_hoat.trinh_tu), problems)
            build.check_versions(template_id, template, snapshots.get(template_id, {}), problems)
            for number, snapshot in snapshots.get(template_id, {}).items():
                build.check(template_id, snapshot, van_ban, len(sinh_hoat.trinh_tu), problems, version=number)
        checks.training(tap_huan, van_ban, thong_bao, problems)
        problems += checks.missing([(f'{THE_THUC_FILE}, trường "van_ban"', the_thuc.van_ban)], van_ban, checks.DOC, VAN_BAN_FILE)
    if problems:
        _fail(problems)
    inverse = _inverse_relations(van_ban)
    checks.statuses(van_ban, inverse, problems)
    if problems:
        _fail(problems)
    loaded = SiteData(van_ban, loai, co_quan, quy_uoc, trang_web, thuat_ngu, thong_bao, sinh_hoat,
                      truong_mau, the_thuc, tap_huan, inverse, danh_muc, templates,
                      thay_doi=sorted(thay_doi, key=lambda change: change.ngay, reverse=True), snapshots=snapshots)
    models = _build_templates(loaded, problems)
    old_models = _build_snapshots(loaded, problems)
    if problems:
        _fail(problems)
    # A new object with the built documents: the loaded one is never changed.
    return dataclasses.replace(loaded, models=models, old_models=old_models)


def dates_after(data: SiteData, today: date) -> list[str]:
    """The registry's dates later than `today` (accepted up to a year ahead: a server clock
    that is behind), each as "ngày … (mục …, trường …)", for a warning."""
    found = []
    for doc in data.van_ban.values():
        for name, day in (("ngay", doc.ngay), ("kiem_tra_trang_thai.ngay", doc.kiem_tra_trang_thai.ngay)):
            if day and day > today:
                found.append(f'{day.isoformat()} (mục "{doc.id}", trường "{name}")')
    return found


def _load_templates(root: Path, catalogue: dict[str, DanhMucMau], problems: list[str]) -> dict[str, MauVanBan]:
    """data/mau/<id>.yml for every catalogue entry, and nothing else there."""
    templates: dict[str, MauVanBan] = {}
    folder = root / TEMPLATE_DATA_DIR
    for template_id in catalogue:
        path = folder / f"{template_id}.yml"
        label = template_file(template_id)
        if not path.is_file():
            problems.append(f'{CATALOGUE_FILE}, mục "{template_id}": chưa có tệp {label} (nguồn của mẫu).')
            continue
        content = read_yaml(path, label)
        if not isinstance(content, dict) or list(content) != [TEMPLATE_NAMESPACE]:
            raise DataError(f'{label}, dòng 1: tệp phải bắt đầu bằng đúng một khóa gốc "{TEMPLATE_NAMESPACE}:" (không thụt lề).')
        try:
            templates[template_id] = MauVanBan.model_validate(content[TEMPLATE_NAMESPACE])
        except ValidationError as err:
            problems.extend(describe(err, label))
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        if path.stem not in catalogue:
            problems.append(f"{TEMPLATE_DATA_DIR}/{path.name}: không có mục \"{path.stem}\" trong {CATALOGUE_FILE}; "
                            f"thêm mục vào danh mục hoặc đổi tên tệp cho đúng mã.")
    return templates


def _load_snapshots(root: Path, templates: dict[str, MauVanBan], problems: list[str]) -> dict[str, dict[int, MauVanBan]]:
    """data/mau/phien-ban/<id>/<so>.yml: the earlier versions of each template."""
    snapshots: dict[str, dict[int, MauVanBan]] = {}
    folder = root / VERSION_DATA_DIR
    for template_folder in sorted(folder.iterdir()) if folder.is_dir() else []:
        where = f"{VERSION_DATA_DIR}/{template_folder.name}"
        if not template_folder.is_dir() or template_folder.name not in templates:
            problems.append(f"{where}: không có mẫu nào mã \"{template_folder.name}\" (thư mục bản lưu phải mang mã "
                            f"của một mẫu trong {CATALOGUE_FILE}).")
            continue
        for path in sorted(template_folder.iterdir()):
            label = f"{where}/{path.name}"
            if path.suffix != ".yml" or not path.stem.isdigit() or path.stem.startswith("0"):
                problems.append(f"{label}: tên bản lưu là số phiên bản, ví dụ 1.yml.")
                continue
            content = read_yaml(path, label)
            if not isinstance(content, dict) or list(content) != [TEMPLATE_NAMESPACE]:
                raise DataError(f'{label}, dòng 1: tệp phải bắt đầu bằng đúng một khóa gốc "{TEMPLATE_NAMESPACE}:" (không thụt lề).')
            try:
                snapshots.setdefault(template_folder.name, {})[int(path.stem)] = MauVanBan.model_validate(
                    content[TEMPLATE_NAMESPACE])
            except ValidationError as err:
                problems.extend(describe(err, label))
    return snapshots


def _build_snapshots(data: SiteData, problems: list[str]) -> dict[str, dict[int, dict[tuple[str, str], ModelDocument]]]:
    """Every earlier version, built as it was (its grounds may cite documents replaced since:
    the page says it is an old version)."""
    built: dict[str, dict[int, dict[tuple[str, str], ModelDocument]]] = {}
    for template_id, versions in data.snapshots.items():
        for number, snapshot in sorted(versions.items()):
            documents = built.setdefault(template_id, {})[number] = {}
            for variant, enterprise in build.pairs(snapshot):
                try:
                    documents[variant, enterprise] = build.build(template_id, data.danh_muc_mau[template_id].ten, snapshot,
                                                                 data.truong_mau, data, variant, enterprise, version=number)
                except DataError as err:
                    problems.append(str(err))
    return built


def _build_templates(data: SiteData, problems: list[str]) -> dict[str, dict[tuple[str, str], ModelDocument]]:
    """Build every model document once (this checks every placeholder) and refuse grounds
    that cite a replaced document: a template must not send committees to an outdated text."""
    models: dict[str, dict[tuple[str, str], ModelDocument]] = {}
    for template_id, template in data.mau.items():
        built = models[template_id] = {}
        for variant, enterprise in build.pairs(template):
            try:
                built[variant, enterprise] = build.build(template_id, data.danh_muc_mau[template_id].ten, template,
                                                         data.truong_mau, data, variant, enterprise)
            except DataError as err:
                problems.append(str(err))
        for number, ground in enumerate(template.khung.can_cu, start=1):
            if ground.van_ban and data.trang_thai(ground.van_ban) == "da-thay-the":
                successors = ", ".join(r.van_ban for r in data.related(ground.van_ban, "bi_thay_the_boi"))
                problems.append(f'{template_file(template_id)}, khung, can_cu[{number}]: văn bản "{ground.van_ban}" '
                                f"đã được thay thế bởi {successors}; đổi căn cứ.")
    return models


def _fail(problems: list[str]) -> None:
    problems = list(dict.fromkeys(problems))  # the same fault found in several variants, once
    shown = problems[:_MAX_LINES]
    more = len(problems) - len(shown)
    tail = [f"... và {more} lỗi khác."] if more else []
    raise DataError("Dữ liệu có lỗi, site chưa được dựng:\n" + "\n".join(shown + tail))


def _read_namespace(root: Path, name: str) -> tuple[str, Any]:
    label = data_file(name)
    content = read_yaml(root / label, label)
    if not isinstance(content, dict) or list(content) != [name]:
        raise DataError(f'{label}, dòng 1: tệp phải bắt đầu bằng đúng một khóa gốc "{name}:" (không thụt lề).')
    return label, content[name]


def _load_table(root: Path, name: str, model: type[M], problems: list[str]) -> dict[str, M]:
    label, raw = _read_namespace(root, name)
    if not isinstance(raw, dict):
        raise DataError(f"{label}: dưới khóa {name} phải là các mục dạng mã: {{...}}.")
    table = {}
    for key, value in raw.items():
        where = f'{label}{_line(value)}, mục "{key}"'
        try:
            table[key] = model.model_validate(value)
        except ValidationError as err:
            problems.extend(describe(err, where))
    return table


def _load_single(root: Path, name: str, model: type[M], problems: list[str]) -> M | None:
    label, raw = _read_namespace(root, name)
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        problems.extend(describe(err, label))
        return None


def _load_list(root: Path, name: str, model: type[M], problems: list[str]) -> dict[str, M]:
    """A file whose namespace holds a list of entries, each with a unique `id`."""
    label, raw = _read_namespace(root, name)
    if not isinstance(raw, list):
        raise DataError(f'{label}, khóa "{name}": phải là một danh sách, mỗi mục bắt đầu bằng "- id:".')
    entries: dict[str, M] = {}
    for number, entry in enumerate(raw, start=1):
        key = entry.get("id") if isinstance(entry, dict) else None
        where = f'{label}{_line(entry)}, mục "{key}"' if isinstance(key, str) else f"{label}, mục thứ {number}"
        try:
            item = model.model_validate(entry)
        except ValidationError as err:
            problems.extend(describe(err, where))
            continue
        if item.id in entries:
            problems.append(f'{where}: mã "{item.id}" đã dùng cho một mục khác ở trên; mỗi mục một mã riêng.')
            continue
        entries[item.id] = item
    return entries


def _load_entries(root: Path, name: str, model: type[M], problems: list[str]) -> list[M]:
    """A file whose namespace holds a list of entries without ids (each named by its number)."""
    label, raw = _read_namespace(root, name)
    if not isinstance(raw, list):
        raise DataError(f'{label}, khóa "{name}": phải là một danh sách, mỗi mục bắt đầu bằng "- ".')
    entries = []
    for number, entry in enumerate(raw, start=1):
        try:
            entries.append(model.model_validate(entry))
        except ValidationError as err:
            problems.extend(describe(err, f"{label}{_line(entry)}, mục thứ {number}"))
    return entries


def _line(value: Any) -> str:
    return f", dòng {value.line}" if isinstance(value, Mapping) else ""


def _inverse_relations(van_ban: dict[str, VanBan]) -> dict[str, dict[str, list[QuanHe]]]:
    inverse: dict[str, dict[str, list[QuanHe]]] = {}
    for doc in van_ban.values():
        for relation, items in doc.relations().items():
            for item in items:
                back = QuanHe(van_ban=doc.id, can_kiem_chung=item.can_kiem_chung)
                inverse.setdefault(item.van_ban, {}).setdefault(INVERSE[relation], []).append(back)
    return inverse


