"""Broken copies of the real site must fail to build, with a Vietnamese message that
names the file, the entry and the field, visible even under `mkdocs build -q`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build


def edit(project: Path, file: str, old: str, new: str) -> None:
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


CASES = {
    "unknown-id-in-page": (
        "docs/index.md", '{{ van_ban("hd-42-2025", day_du=false) }}', '{{ van_ban("hd-43-2025", day_du=false) }}',
        'Trang "docs/index.md": mã văn bản "hd-43-2025" không có trong data/van_ban.yml (có: tb-giam-sat-quy-che-2019,',
    ),
    "missing-field": (
        "data/van_ban.yml", '    trich_yeu: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:', "    kiem_tra_trang_thai:",
        'mục "ct-10-2007", trường "trich_yeu": thiếu trường bắt buộc.',
    ),
    "yaml-syntax-error": (
        "data/co_quan.yml", '  bch-tw:\n    ten: "Ban Chấp hành Trung ương Đảng"', '  bch-tw:\n    ten: "Ban Chấp hành Trung ương Đảng',
        "data/co_quan.yml, dòng",
    ),
    "undefined-variable": (
        "docs/gioi-thieu/index.md", "{{ trang_web.bao_loi }}", "{{ trang_web_bao_loi }}",
        'Trang "docs/gioi-thieu/index.md": "trang_web_bao_loi" chưa được khai báo',
    ),
    "macro-called-wrongly": (
        "docs/index.md", '{{ van_ban("hd-42-2025", day_du=false) }}', "{{ van_ban() }}",
        'Trang "docs/index.md": macro van_ban gặp lỗi (TypeError:',
    ),
    "macro-syntax-error": (
        "docs/gioi-thieu/index.md", "{{ trang_web.bao_loi }}", "{{ trang_web.bao_loi }",
        'Trang "docs/gioi-thieu/index.md", dòng',
    ),
    "findings-table-links-a-missing-page": (
        "data/thong_bao.yml", "trang: sinh-hoat-chi-bo/index.md#chuan-bi", "trang: sinh-hoat/index.md#chuan-bi",
        'data/thong_bao.yml: trang "sinh-hoat/index.md#chuan-bi" (trường "trang") không có trong docs/.',
    ),
    "document-without-page": (
        "docs/van-ban/qd-66-2017.md", '# {{ ten_van_ban("qd-66-2017") }}', "",  # then deleted below
        'Văn bản "qd-66-2017" có trong data/van_ban.yml nhưng chưa có trang docs/van-ban/qd-66-2017.md.',
    ),
    "template-without-page": (
        "docs/mau/nghi-quyet-chi-bo.md", '# {{ ten_mau("nghi-quyet-chi-bo") }}', "",  # then deleted below
        'Mẫu "nghi-quyet-chi-bo" có trong data/mau_van_ban.yml nhưng chưa có trang docs/mau/nghi-quyet-chi-bo.md.',
    ),
    "unknown-template-in-page": (
        "docs/mau/ke-hoach-chuyen-de.md", '{{ mau_van_ban("ke-hoach-chuyen-de") }}', '{{ mau_van_ban("ke-hoach") }}',
        'Trang "docs/mau/ke-hoach-chuyen-de.md": mẫu "ke-hoach" không có trong data/mau_van_ban.yml',
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_broken_site_fails_with_message(project, tmp_path, case):
    file, old, new, expected = CASES[case]
    edit(project, file, old, new)
    if case in ("document-without-page", "template-without-page"):
        (project / file).unlink()
    site = tmp_path / "out"
    result = build(project, site)
    assert result.returncode != 0
    assert expected in result.stderr + result.stdout


def test_data_error_leaves_the_previous_site_untouched(project, tmp_path):
    site = tmp_path / "out"
    assert build(project, site).returncode == 0
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    edit(project, "data/van_ban.yml", "ngay: 2007-03-30", "ngay: 2007-02-30")
    result = build(project, site)
    assert result.returncode != 0 and 'trường "ngay": ngày "2007-02-30" không có thật trên lịch.' in result.stderr
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
