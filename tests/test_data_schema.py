"""The data files: the real ones load; broken ones are rejected with an exact Vietnamese message."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from bad_inputs import DATA as REJECT, line_of as _line_of
from conftest import ROOT
from macros.errors import DataError
from macros.registry import load_site_data
from macros.schema import KIEM_CHUNG_DUOC


def _break(tmp_path: Path, file: str, old: str, new: str) -> tuple[Path, str]:
    """Copy data/ with one edit (`old` must occur exactly once; None: `new` is the whole
    file); return root and new text."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / file
    if old is None:
        path.write_bytes(new if isinstance(new, bytes) else new.encode("utf-8"))
        return tmp_path, path.read_bytes().decode("utf-8", errors="replace")
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return tmp_path, text


def _problems(root: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_site_data(root)
    return str(caught.value).splitlines()


def test_real_data_loads():
    data = load_site_data(ROOT)
    assert {"ct-10-2007", "kl-18-2017", "hd-12-2018", "ct-50-2025", "hd-42-2025"} <= set(data.van_ban)


def test_every_unconfirmed_field_names_a_field_that_is_present():
    for doc in load_site_data(ROOT).van_ban.values():
        for field in doc.can_kiem_chung:
            assert field in KIEM_CHUNG_DUOC and getattr(doc, field) is not None


def test_rejects_template_source_without_catalogue_entry(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(tmp_path / "data/mau/nghi-quyet-chi-bo.yml", tmp_path / "data/mau/nghi-quyet-chuyen-de.yml")
    assert _problems(tmp_path) == [
        "Dữ liệu có lỗi, site chưa được dựng:",
        'data/mau/nghi-quyet-chuyen-de.yml: không có mục "nghi-quyet-chuyen-de" trong data/mau_van_ban.yml; '
        "thêm mục vào danh mục hoặc đổi tên tệp cho đúng mã.",
    ]


def test_rejects_findings_table_that_skips_a_paragraph(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "thong_bao.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("    - doan: 4\n", "    - doan: 3\n"), encoding="utf-8")
    assert 'data/thong_bao.yml: bảng chưa có hạn chế nào của đoạn 4 (mục 2 của thông báo).' in _problems(tmp_path)


@pytest.mark.parametrize("case", [c for c in REJECT if REJECT[c][3] is not None])
def test_rejects_with_exact_message(tmp_path, case):
    file, old, new, expected = REJECT[case]
    root, text = _break(tmp_path, file, old, new)
    problems = _problems(root)
    assert any(line.startswith(expected(text)) for line in problems), problems


def test_rejects_replacement_cycle(tmp_path):
    file, old, new, _ = REJECT["replacement-cycle"]
    root, _text = _break(tmp_path, file, old, new)
    # ...and make the decision of 2019 replace the undated resolution back.
    path = root / "data" / file
    text = path.read_text(encoding="utf-8").replace(
        "giám sát; ngày 6-6-2019 Ban Thường vụ đã họp nghe kết quả giám sát.\"\n",
        "giám sát; ngày 6-6-2019 Ban Thường vụ đã họp nghe kết quả giám sát.\"\n    thay_the: [nq-tw4-khoa-xi]\n",
    )
    path.write_text(text, encoding="utf-8")
    assert (
        "data/van_ban.yml: vòng thay thế khép kín: qd-251-2019 → nq-tw4-khoa-xi → qd-251-2019. "
        "Một văn bản không thể gián tiếp thay thế chính nó."
    ) in _problems(root)


def test_rejects_decomposed_unicode_with_its_line(tmp_path):
    nfd = unicodedata.normalize("NFD", "Về nâng cao chất lượng sinh hoạt chi bộ")
    root, text = _break(tmp_path, "van_ban.yml", 'trich_yeu: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:',
                        f'trich_yeu: "{nfd}"\n    kiem_tra_trang_thai:')
    line = _line_of(text, nfd)
    assert _problems(root) == [
        f"data/van_ban.yml, dòng {line}: chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC), "
        f"thường do dán từ tệp PDF hoặc bộ gõ để chế độ tổ hợp. Gõ lại dòng đó hoặc chuyển mã sang Unicode dựng sẵn."
    ]


def test_rejects_yaml_syntax_error_with_line_and_column(tmp_path):
    root, text = _break(tmp_path, "van_ban.yml", "    loai: chi-thi\n    so_hieu: \"10-CT/TW\"", "    loai: chi-thi\n   so_hieu: \"10-CT/TW\"")
    [message] = _problems(root)
    line = _line_of(text, "\n   so_hieu") + 1
    assert message.startswith(f"data/van_ban.yml, dòng {line}, cột ")
    assert "lỗi cú pháp YAML" in message and "thụt lề" in message


def test_collects_several_problems_in_one_run(tmp_path):
    root, _ = _break(tmp_path, "van_ban.yml", "ngay: 2007-03-30", "ngay: 2007-02-30")
    path = root / "data" / "van_ban.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("ngay: 2017-09-22", "ngay: 2017-09-31"), encoding="utf-8")
    problems = _problems(root)
    assert any('"ct-10-2007"' in p for p in problems) and any('"kl-18-2017"' in p for p in problems)


def test_a_clock_a_few_months_behind_does_not_stop_the_build(tmp_path):
    """Dates just after the machine's today (a wrong server clock) are accepted; a year off is a typo."""
    from datetime import date, timedelta

    soon = (date.today() + timedelta(days=60)).isoformat()
    root, _ = _break(tmp_path, "van_ban.yml", "    ngay: 2025-07-23\n", f"    ngay: {soon}\n")
    text = (root / "data/van_ban.yml").read_text(encoding="utf-8")
    (root / "data/van_ban.yml").write_text(text.replace("      ngay: 2026-12-02\n", f"      ngay: {soon}\n"), encoding="utf-8")
    assert load_site_data(root).van_ban["ct-50-2025"].ngay.isoformat() == soon


def test_rejects_a_data_file_of_megabytes_before_reading_it(tmp_path):
    """A paste of a whole book: refused at once, not after minutes of parsing."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "thuat_ngu.yml"
    path.write_text(path.read_text(encoding="utf-8") + "# " + "chữ " * 600_000 + "\n", encoding="utf-8")
    assert _problems(tmp_path) == [
        "data/thuat_ngu.yml: tệp dài 3 MB, quá giới hạn 2 MB của một tệp dữ liệu (dán nhầm cả văn bản?). Xóa phần vừa dán.",
    ]
