"""Checks across entries and files, after each entry has passed its schema: that an id
cited somewhere exists (one helper, one message), that relations make sense (no document
replaces itself, a newer one, or itself by a detour), statuses, glossary abbreviations.
Each check appends Vietnamese messages, naming file, entry and field, to `problems`.
"""

from __future__ import annotations

from typing import Any, Collection, Iterable, Mapping, TypeVar

from .errors import DataError
from .paths import CO_QUAN_FILE, DOC_DIR, LOAI_FILE, SINH_HOAT_FILE, TAP_HUAN_FILE, THONG_BAO_FILE, THUAT_NGU_FILE, VAN_BAN_FILE
from .schema import DOC_REFERENCE, CoQuan, LoaiVanBan, MoDun, SinhHoatChiBo, ThongBao, ThuatNgu, VanBan

DOC = "mã văn bản"  # what a registry id is called in messages
T = TypeVar("T")


def unknown_id(where: str, kind: str, value: Any, known: Collection[str], source: str) -> str:
    """The message for an id that `source` does not have: where it was written, what it
    should name, the ids there are."""
    return f'{where}: {kind} "{value}" không có trong {source} (có: {", ".join(known)}).'


def missing(cited: Iterable[tuple[str, Any]], known: Collection[str], kind: str, source: str) -> list[str]:
    """A message for each (where, id) whose id is not in `known` (None: nothing cited)."""
    return [unknown_id(where, kind, value, known, source)
            for where, value in cited if value is not None and value not in known]


def lookup(known: Mapping[str, T], key: Any, where: str, kind: str, source: str) -> T:
    """`known[key]`, or a DataError with the message of `unknown_id` (for macro arguments)."""
    try:
        return known[key]
    except (KeyError, TypeError):
        raise DataError(unknown_id(where, kind, key, known, source)) from None


def registry(
    van_ban: dict[str, VanBan],
    loai: dict[str, LoaiVanBan],
    co_quan: dict[str, CoQuan],
    problems: list[str],
) -> None:
    for doc in van_ban.values():
        where = f'{VAN_BAN_FILE}, mục "{doc.id}"'
        if doc.loai not in loai:
            problems.append(unknown_id(f'{where}, trường "loai"', "loại", doc.loai, loai, LOAI_FILE))
        elif doc.so_hieu and f"-{loai[doc.loai].ky_hieu}/" not in doc.so_hieu:
            problems.append(
                f'{where}, trường "so_hieu": số hiệu "{doc.so_hieu}" không khớp loại {loai[doc.loai].ten} '
                f'(ký hiệu phải là "{loai[doc.loai].ky_hieu}").'
            )
        if doc.co_quan not in co_quan:
            problems.append(unknown_id(f'{where}, trường "co_quan"', "cơ quan", doc.co_quan, co_quan, CO_QUAN_FILE))
        for relation, items in doc.relations().items():
            for item in items:
                target = van_ban.get(item.van_ban)
                if target is None:
                    problems.append(unknown_id(f'{where}, trường "{relation}"', DOC, item.van_ban, van_ban, VAN_BAN_FILE))
                elif target.id == doc.id:
                    problems.append(f'{where}, trường "{relation}": văn bản không thể tự liên hệ với chính nó.')
                elif relation in ("thay_the", "tiep_tuc") and _later(target, doc):
                    problems.append(
                        f'{where}, trường "{relation}": văn bản "{target.id}" ban hành sau văn bản này, '
                        f"nên không thể bị nó thay thế hoặc tiếp tục."
                    )
    _cycles(van_ban, problems)


def guidance(
    van_ban: dict[str, VanBan],
    thuat_ngu: dict[str, ThuatNgu],
    thong_bao: ThongBao,
    sinh_hoat: SinhHoatChiBo,
    problems: list[str],
) -> None:
    """Every document id the guidance data cites exists; abbreviations are unique."""
    cited: list[tuple[str, str | None]] = [(f'{THUAT_NGU_FILE}, mục "{t.id}", trường "van_ban"', t.van_ban)
                                           for t in thuat_ngu.values()]
    cited.append((f'{THONG_BAO_FILE}, trường "van_ban"', thong_bao.van_ban))
    cited += [(f'{THONG_BAO_FILE}, han_che[{n}], trường "van_ban"', row.van_ban)
              for n, row in enumerate(thong_bao.han_che, start=1)]
    problems += [f'{THONG_BAO_FILE}, han_che[{n}], trường "nhan_trang": thiếu chữ cho liên kết tới "{row.trang}" '
                 f"(chỉ bỏ trống được khi trang là một văn bản, van-ban/...)."
                 for n, row in enumerate(thong_bao.han_che, start=1)
                 if row.nhan_trang is None and not row.trang.startswith(f"{DOC_DIR}/")]
    for part in ("quy_dinh", "chuan_bi", "trinh_tu", "bien_ban", "chu_de", "tu_danh_gia"):
        for number, item in enumerate(getattr(sinh_hoat, part), start=1):
            cited.append((f'{SINH_HOAT_FILE}, trường "{part}[{number}].van_ban"', item.van_ban))
    for number, row in enumerate(sinh_hoat.so_sanh, start=1):
        for side in ("cu", "moi"):
            cited.append((f'{SINH_HOAT_FILE}, trường "so_sanh[{number}].{side}.van_ban"', getattr(row, side).van_ban))
    problems += missing(cited, van_ban, DOC, VAN_BAN_FILE)
    seen: dict[str, str] = {}
    for term in thuat_ngu.values():
        if term.viet_tat and term.viet_tat in seen:
            problems.append(f'{THUAT_NGU_FILE}, mục "{term.id}": chữ viết tắt "{term.viet_tat}" đã dùng ở mục "{seen[term.viet_tat]}".')
        elif term.viet_tat:
            seen[term.viet_tat] = term.id


def _later(a: VanBan, b: VanBan) -> bool:
    """True when `a` was certainly issued after `b`."""
    if a.ngay and b.ngay:
        return a.ngay > b.ngay
    return bool(a.nam_ban_hanh and b.nam_ban_hanh and a.nam_ban_hanh > b.nam_ban_hanh)


def _cycles(van_ban: dict[str, VanBan], problems: list[str]) -> None:
    replaces = {doc.id: [r.van_ban for r in doc.thay_the] for doc in van_ban.values()}
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            cycle = path[path.index(node):] + [node]
            problems.append(f'{VAN_BAN_FILE}: vòng thay thế khép kín: {" → ".join(cycle)}. Một văn bản không thể gián tiếp thay thế chính nó.')
            return
        if node in done:
            return
        for nxt in replaces.get(node, []):
            visit(nxt, path + [node])
        done.add(node)

    for doc_id in replaces:
        visit(doc_id, [])


def training(modules: dict[str, MoDun], van_ban: dict, thong_bao: ThongBao, problems: list[str]) -> None:
    """Every document a module cites exists, in its fields and as [[id]] in its text."""
    for module in modules.values():
        where = f'{TAP_HUAN_FILE}, mục "{module.id}"'
        cited = [(f'y_chinh[{i}]', p.van_ban) for i, p in enumerate(module.y_chinh, 1)]
        cited += [(f'cau_hoi "{q.id}"', q.van_ban) for q in module.cau_hoi]
        texts = [p.noi_dung for p in module.y_chinh] + [module.tinh_huong.noi_dung]
        for q in module.cau_hoi:
            texts += [q.cau_hoi, q.giai_thich, *q.lua_chon]
        cited += [("[[...]] trong chữ", m) for text in texts for m in DOC_REFERENCE.findall(text)]
        problems += missing([(f"{where}, {place}", doc_id) for place, doc_id in cited], van_ban, DOC, VAN_BAN_FILE)
        if module.tinh_huong.doan > thong_bao.so_doan:
            problems.append(f'{where}, trường "tinh_huong.doan": thông báo chỉ có {thong_bao.so_doan} đoạn ở mục 2.')


def statuses(van_ban: dict[str, VanBan], inverse: dict, problems: list[str]) -> None:
    for doc in van_ban.values():
        where = f'{VAN_BAN_FILE}, mục "{doc.id}", trường "trang_thai"'
        replaced_by = [r.van_ban for r in inverse.get(doc.id, {}).get("bi_thay_the_boi", [])]
        if replaced_by and doc.trang_thai:
            problems.append(
                f"{where}: văn bản đã được {', '.join(replaced_by)} thay thế, trạng thái tự suy ra là "
                f'"đã được thay thế"; xóa dòng trang_thai: {doc.trang_thai}.'
            )
        if not replaced_by and not doc.trang_thai:
            problems.append(f"{where}: thiếu trạng thái (con-hieu-luc, het-hieu-luc hoặc chua-ro) vì chưa có văn bản nào thay thế văn bản này.")
