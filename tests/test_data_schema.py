"""The data files: the real ones load; broken ones are rejected with an exact Vietnamese message."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from conftest import ROOT
from macros.errors import DataError
from macros.registry import load_site_data
from macros.schema import KIEM_CHUNG_DUOC

def _ids() -> str:
    return ", ".join(load_site_data(ROOT).van_ban)


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _break(tmp_path: Path, file: str, old: str, new: str) -> tuple[Path, str]:
    """Copy data/ with one edit (`old` must occur exactly once); return root and new text."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / file
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


# (file, old text, new text, expected line builder(text) -> str)
ENTRY_CT10 = "  - id: ct-10-2007\n"
SECOND_CT10 = "  - id: ct-10-2007\n    loai: ket-luan"
REJECT = {
    "missing-field": (
        "van_ban.yml", "    co_quan: ban-bi-thu\n    khoa: X\n", "    khoa: X\n",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "co_quan": thiếu trường bắt buộc.',
    ),
    "impossible-date": (
        "van_ban.yml", "ngay: 2007-03-30", "ngay: 2007-02-30",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "ngay": ngày "2007-02-30" không có thật trên lịch.',
    ),
    "date-written-the-vietnamese-way": (
        "van_ban.yml", "ngay: 2007-03-30", 'ngay: "30/3/2007"',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "ngay": ngày "30/3/2007" không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2007-03-30 cho ngày 30/3/2007.',
    ),
    "future-date": (
        "van_ban.yml", "ngay: 2007-03-30", "ngay: 2099-03-30",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007": ngày ban hành 2099-03-30 ở tương lai; kiểm tra lại năm, tháng.',
    ),
    "misspelt-field": (
        "van_ban.yml", '    trich_yeu: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:',
        '    trich_yue: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "trich_yue": trường này không có trong mẫu dữ liệu (gõ sai tên trường?).',
    ),
    "unknown-status": (
        "van_ban.yml", "    trang_thai: con-hieu-luc\n    huong_dan: [ct-50-2025]",
        "    trang_thai: hieu-luc\n    huong_dan: [ct-50-2025]",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: hd-42-2025")}, mục "hd-42-2025", trường "trang_thai": giá trị "hieu-luc" không hợp lệ; chỉ nhận: \'con-hieu-luc\', \'het-hieu-luc\' hoặc \'chua-ro\'.',
    ),
    "unknown-relation-id": (
        "van_ban.yml", "    tiep_tuc: [ct-10-2007]", "    tiep_tuc: [ct-11-2007]",
        lambda t: f'data/van_ban.yml, mục "kl-18-2017", trường "tiep_tuc": mã văn bản "ct-11-2007" không có trong data/van_ban.yml (có: {_ids()}).',
    ),
    "duplicate-id": (
        "van_ban.yml", "  - id: kl-18-2017\n", "  - id: ct-10-2007\n",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, SECOND_CT10)}, mục "ct-10-2007": mã "ct-10-2007" đã dùng cho một mục khác ở trên; mỗi mục một mã riêng.',
    ),
    "number-does-not-match-type": (
        "van_ban.yml", 'so_hieu: "10-CT/TW"', 'so_hieu: "10-KL/TW"',
        lambda t: 'data/van_ban.yml, mục "ct-10-2007", trường "so_hieu": số hiệu "10-KL/TW" không khớp loại Chỉ thị (ký hiệu phải là "CT").',
    ),
    "number-with-prefix": (
        "van_ban.yml", 'so_hieu: "10-CT/TW"', 'so_hieu: "Số 10-CT/TW"',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "so_hieu": số hiệu "Số 10-CT/TW" không đúng dạng SỐ-LOẠI/CƠ QUAN, ví dụ "10-CT/TW" (không có chữ "Số", không có khoảng trắng).',
    ),
    "replacement-cycle": (
        "van_ban.yml", "    trich_yeu: \"Một số vấn đề cấp bách về xây dựng Đảng hiện nay\"\n",
        "    trich_yeu: \"Một số vấn đề cấp bách về xây dựng Đảng hiện nay\"\n    thay_the: [qd-251-2019]\n",
        None,  # built below: two edits
    ),
    "replaced-document-keeps-a-status": (
        "van_ban.yml", "    khoa: X\n    trich_yeu: \"Về nâng cao chất lượng sinh hoạt chi bộ\"\n",
        "    khoa: X\n    trich_yeu: \"Về nâng cao chất lượng sinh hoạt chi bộ\"\n    trang_thai: con-hieu-luc\n",
        lambda t: 'data/van_ban.yml, mục "ct-10-2007", trường "trang_thai": văn bản đã được ct-50-2025 thay thế, trạng thái tự suy ra là "đã được thay thế"; xóa dòng trang_thai: con-hieu-luc.',
    ),
    "successor-older-than-replaced": (
        "van_ban.yml", "    ngay: 2025-07-23\n", "    ngay: 2005-07-23\n",
        lambda t: 'data/van_ban.yml, mục "ct-50-2025", trường "thay_the": văn bản "ct-10-2007" ban hành sau văn bản này, nên không thể bị nó thay thế hoặc tiếp tục.',
    ),
    "unknown-issuer": (
        "van_ban.yml", "    co_quan: ban-bi-thu\n    khoa: X\n", "    co_quan: ban-bi-thu-tw\n    khoa: X\n",
        lambda t: 'data/van_ban.yml, mục "ct-10-2007", trường "co_quan": cơ quan "ban-bi-thu-tw" không có trong data/co_quan.yml (có: dai-hoi-dang, bch-tw, bo-chinh-tri, ban-bi-thu, ban-to-chuc-tw, van-phong-tw, ubkt-tw, bch-dang-bo-khoi-doanh-nghiep-tinh, btv-duk-doanh-nghiep-tinh).',
    ),
    "unconfirmed-field-that-is-absent": (
        "van_ban.yml", '      nguoi_ky: "Đoạn nguồn bị cắt', '      hieu_luc_tu: "Đoạn nguồn bị cắt',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: ct-05-2016")}, mục "ct-05-2016": can_kiem_chung nêu trường "hieu_luc_tu" nhưng mục này không có trường đó.',
    ),
    "key-written-twice": (
        "van_ban.yml", '    so_hieu: "10-CT/TW"\n', '    so_hieu: "10-CT/TW"\n    so_hieu: "10-CT/TW"\n',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, ENTRY_CT10) + 3}: khóa "so_hieu" được viết hai lần trong cùng một mục. Xóa một dòng.',
    ),
    "missing-status-label": (
        "quy_uoc.yml", "    het-hieu-luc:\n      nhan: \"Hết hiệu lực\"\n      giai_thich: \"Văn bản không còn được áp dụng, nhưng không có văn bản nào thay thế trực tiếp.\"\n", "",
        lambda t: "data/quy_uoc.yml: trang_thai thiếu nhãn cho: het-hieu-luc.",
    ),
    "issuer-without-name": (
        "co_quan.yml", '  ubkt-tw:\n    ten: "Ủy ban Kiểm tra Trung ương"\n', "  ubkt-tw:\n    con_ton_tai: true\n",
        lambda t: f'data/co_quan.yml, dòng {_line_of(t, "  ubkt-tw:") + 1}, mục "ubkt-tw", trường "ten": thiếu trường bắt buộc.',
    ),
    "findings-miss-a-paragraph": (
        "thong_bao.yml", "    - doan: 4\n      han_che: \"Vai trò", "    - doan: 3\n      han_che: \"Vai trò",
        None,  # two rows of paragraph 4: see test_rejects_findings_table_that_skips_a_paragraph
    ),
    "rule-without-source": (
        "sinh_hoat_chi_bo.yml", "      van_ban: dieu-le-dang\n    - noi_dung: \"Mỗi buổi", "\n    - noi_dung: \"Mỗi buổi",
        lambda t: 'data/sinh_hoat_chi_bo.yml, trường "quy_dinh[1]": mục là quy định thì phải ghi văn bản căn cứ (van_ban); nếu là gợi ý của nhóm biên soạn, ghi goi_y: true.',
    ),
    "glossary-cites-unknown-document": (
        "thuat_ngu.yml", "    van_ban: hd-15-2008\n  - id: duk", "    van_ban: hd-15-2009\n  - id: duk",
        lambda t: f'data/thuat_ngu.yml, mục "ubkttw", trường "van_ban": mã văn bản "hd-15-2009" không có trong data/van_ban.yml (có: {_ids()}).',
    ),
    "abbreviation-used-twice": (
        "thuat_ngu.yml", 'viet_tat: "UBKTTW"', 'viet_tat: "UBKT"',
        lambda t: 'data/thuat_ngu.yml, mục "ubkttw": chữ viết tắt "UBKT" đã dùng ở mục "ubkt".',
    ),
    "template-placeholder-not-declared": (
        "quy_che_lam_viec.yml", '"Giúp Bí thư chỉ đạo công việc chung;', '"Giúp Bí thư {chuc_danh} chỉ đạo công việc chung;',
        lambda t: 'data/quy_che_lam_viec.yml, điều "trach-nhiem-pho-bi-thu": "{chuc_danh}" không phải từ của biến thể hay ô cần điền nào (ô cần điền khai báo trong data/truong_mau.yml).',
    ),
    "template-ground-is-replaced": (
        "quy_che_lam_viec.yml", "    - van_ban: qd-294-2025\n    - van_ban: qd-158-2008", "    - van_ban: qd-294-2025\n    - van_ban: hd-12-2018",
        lambda t: 'data/quy_che_lam_viec.yml, can_cu[3]: văn bản "hd-12-2018" đã được thay thế bởi hd-42-2025; đổi căn cứ.',
    ),
    "template-checklist-unknown-article": (
        "quy_che_lam_viec.yml", "      dieu: chuong-trinh-cong-tac\n", "      dieu: chuong-trinh\n",
        lambda t: 'data/quy_che_lam_viec.yml, tu_ra_soat[11]: điều "chuong-trinh" không có trong quy chế mẫu.',
    ),
    "other-template-unknown-field": (
        "mau/nghi-quyet-chi-bo.yml", "tháng {thang_thuc_hien}\"", "tháng {thang_nghi_quyet}\"",
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, khung.trich_yeu: "{thang_nghi_quyet}" không phải từ của biến thể hay ô cần điền nào (ô cần điền khai báo trong data/truong_mau.yml).',
    ),
    "other-template-ragged-table": (
        "mau/ke-hoach-chuyen-de.yml", '["Soạn tài liệu chuyên đề", "……", "……"]', '["Soạn tài liệu chuyên đề", "……"]',
        lambda t: 'data/mau/ke-hoach-chuyen-de.yml, trường "phan[4].muc[1].dong[1].bang": dòng 1 của bảng có 2 ô, bảng có 3 cột.',
    ),
    "other-template-ground-is-replaced": (
        "mau/nghi-quyet-chi-bo.yml", "      - van_ban: dieu-le-dang", "      - van_ban: hd-12-2018",
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, khung, can_cu[1]: văn bản "hd-12-2018" đã được thay thế bởi hd-42-2025; đổi căn cứ.',
    ),
    "catalogue-entry-without-source": (
        "mau_van_ban.yml", "  - id: nghi-quyet-chi-bo", "  - id: nghi-quyet",
        lambda t: 'data/mau_van_ban.yml, mục "nghi-quyet": chưa có tệp data/mau/nghi-quyet.yml (nguồn của mẫu).',
    ),
    "other-template-unknown-document": (
        "mau/bien-ban-thuong-ky.yml", "          van_ban: [tb-giam-sat-quy-che-2019]", "          van_ban: [tb-giam-sat-2019]",
        lambda t: 'data/mau/bien-ban-thuong-ky.yml, mục "thao-luan", trường "van_ban": mã văn bản "tb-giam-sat-2019" không có trong data/van_ban.yml.',
    ),
    "meeting-step-out-of-range": (
        "mau/bien-ban-thuong-ky.yml", "          buoc_sinh_hoat: 3\n", "          buoc_sinh_hoat: 4\n",
        lambda t: 'data/mau/bien-ban-thuong-ky.yml, mục "ket-thuc", trường "buoc_sinh_hoat": trình tự sinh hoạt trong data/sinh_hoat_chi_bo.yml chỉ có 3 bước.',
    ),
    "signature-side-is-both": (
        "mau/bien-ban-thuong-ky.yml", '    ky_trai: {chuc_vu: ["THƯ KÝ"], ho_ten: "{ho_ten_thu_ky}"}', '    ky_trai: {chuc_vu: ["THƯ KÝ"], noi_nhan: ["Lưu chi bộ."]}',
        lambda t: 'data/mau/bien-ban-thuong-ky.yml, trường "khung.ky_trai": ghi người ký (chuc_vu và ho_ten) hoặc nơi nhận (noi_nhan), không phải cả hai.',
    ),
    "status-never-checked": (
        "van_ban.yml", '    kiem_tra_trang_thai:\n      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100 về tổ chức cơ sở đảng trong doanh nghiệp tư nhân: không thấy trong các trang đã lưu."\n', "",
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004", trường "kiem_tra_trang_thai": thiếu trường bắt buộc.',
    ),
    "unverified-status-without-search": (
        "van_ban.yml", '      da_tim: "Tìm văn bản thay thế Quy định 100 về tổ chức cơ sở đảng trong doanh nghiệp tư nhân: không thấy trong các trang đã lưu."',
        '      nguon: [{nhan: "Một trang tin"}]',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004": trạng thái "chua-ro" phải ghi đã tìm những gì, ở đâu (kiem_tra_trang_thai.da_tim).',
    ),
    "confirmed-status-without-source": (
        "van_ban.yml", '    trang_thai: chua-ro\n    ghi_chu_trang_thai: "Chưa tìm thấy văn bản thay thế."\n    kiem_tra_trang_thai:\n      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        '    trang_thai: con-hieu-luc\n    ghi_chu_trang_thai: "Chưa tìm thấy văn bản thay thế."\n    kiem_tra_trang_thai:\n      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004": trạng thái "con-hieu-luc" phải có nguồn cho thấy trạng thái đó (kiem_tra_trang_thai.nguon).',
    ),
    "status-checked-in-the-future": (
        "van_ban.yml", '      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100', '      ngay: 2099-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        lambda t: f'data/van_ban.yml, dòng {_line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004", trường "kiem_tra_trang_thai": ngày kiểm tra 2099-12-02 ở tương lai.',
    ),
    "finding-cites-unknown-document": (
        "thong_bao.yml", "      van_ban: hd-42-2025\n", "      van_ban: hd-43-2025\n",
        lambda t: f'data/thong_bao.yml, han_che[9], trường "van_ban": mã văn bản "hd-43-2025" không có trong data/van_ban.yml (có: {_ids()}).',
    ),
    "ground-for-unknown-enterprise-type": (
        "quy_che_lam_viec.yml", "{van_ban: qd-100-2004, loai_hinh: [tu-nhan]}", "{van_ban: qd-100-2004, loai_hinh: [tu-nhan-2]}",
        lambda t: 'data/quy_che_lam_viec.yml, can_cu, trường "loai_hinh": loại hình "tu-nhan-2" không có (có: nha-nuoc, tu-nhan, von-nha-nuoc-it).',
    ),
    "enterprise-type-without-its-rule": (
        "quy_che_lam_viec.yml", "      van_ban: qd-47-2021\n", "      van_ban: qd-48-2021\n",
        lambda t: 'data/quy_che_lam_viec.yml, loai_hinh "von-nha-nuoc-it", trường "van_ban": mã văn bản "qd-48-2021" không có trong data/van_ban.yml.',
    ),
    "article-without-source-or-marker": (
        "quy_che_lam_viec.yml", '          can_kiem_chung: "Cách viết của nhóm biên soạn; chưa tìm thấy văn bản nêu trách nhiệm của phó bí thư cấp ủy cơ sở."\n', "",
        lambda t: 'data/quy_che_lam_viec.yml, trường "chuong[2].dieu[4]": điều phải ghi văn bản căn cứ (van_ban), hoặc ghi can_kiem_chung nói điều này là cách viết của nhóm biên soạn, chưa tìm thấy căn cứ.',
    ),
    "catalogue-marker-on-unknown-field": (
        "mau_van_ban.yml", "    can_kiem_chung:\n      bao_lau:", "    can_kiem_chung:\n      bao_lao:",
        lambda t: f'data/mau_van_ban.yml, dòng {_line_of(t, "  - id: ke-hoach-chuyen-de")}, mục "ke-hoach-chuyen-de", trường "can_kiem_chung.bao_lao": giá trị "bao_lao" không hợp lệ; chỉ nhận: \'dung_khi\', \'ai_soan\' hoặc \'bao_lau\'.',
    ),
    "finding-link-without-label": (
        "thong_bao.yml", '      nhan_trang: "Sinh hoạt chi bộ: chủ đề sinh hoạt chuyên đề"\n', "",
        lambda t: 'data/thong_bao.yml, han_che[6], trường "nhan_trang": thiếu chữ cho liên kết tới "sinh-hoat-chi-bo/index.md#chuyen-de" (chỉ bỏ trống được khi trang là một văn bản, van-ban/...).',
    ),
    "contact-email-malformed": (
        "trang_web.yml", '    don_vi: "Bộ phận quản trị sổ tay, Ban Tổ chức của cấp ủy cấp trên"\n',
        '    don_vi: "Bộ phận quản trị sổ tay, Ban Tổ chức của cấp ủy cấp trên"\n    email: "quantri at example"\n',
        lambda t: 'data/trang_web.yml, trường "lien_he.email": giá trị "quantri at example" không đúng dạng cho phép.',
    ),
    "placeholder-not-closed": (
        "mau/bao-cao-kiem-diem-quy-che.yml", '    cap_tren_dau_trang: "{dang_bo_cap_tren}"', '    cap_tren_dau_trang: "{dang_bo_cap_tren"',
        lambda t: 'data/mau/bao-cao-kiem-diem-quy-che.yml, khung.cap_tren_dau_trang: dấu ngoặc nhọn sai ở "…{dang_bo_cap_tren…". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "placeholder-not-opened": (
        "quy_che_lam_viec.yml", '    ket_can_cu: "{bch} ban hành', '    ket_can_cu: "bch} ban hành',
        lambda t: 'data/quy_che_lam_viec.yml, khung.ket_can_cu: dấu ngoặc nhọn sai ở "…bch} ban hành Quy chế làm việc như sau:…". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "placeholder-in-capitals": (
        "mau/nghi-quyet-chi-bo.yml", '    co_quan_ban_hanh: "CHI BỘ {ten_chi_bo}"', '    co_quan_ban_hanh: "CHI BỘ {Ten_chi_bo}"',
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, khung.co_quan_ban_hanh: dấu ngoặc nhọn sai ở "…CHI BỘ {Ten_chi_bo}…". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "placeholder-with-spaces": (
        "mau/nghi-quyet-chi-bo.yml", '    co_quan_ban_hanh: "CHI BỘ {ten_chi_bo}"', '    co_quan_ban_hanh: "CHI BỘ { ten_chi_bo }"',
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, khung.co_quan_ban_hanh: dấu ngoặc nhọn sai ở "…CHI BỘ { ten_chi_bo }…". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "placeholder-run-into-text": (
        "mau/bien-ban-thuong-ky.yml", '            - "Chủ trì: đồng chí {ho_ten_chu_tri}, chức vụ ……"', '            - "Chủ trì: đồng chí {ho_ten_chu_tri, chức vụ ……"',
        lambda t: 'data/mau/bien-ban-thuong-ky.yml, mục "thoi-gian-dia-diem": dấu ngoặc nhọn sai ở "… trì: đồng chí {ho_ten_chu_tri, chức vụ …". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "format-size-missing": (
        "the_thuc.yml", "    tieu_de: 15        # ĐẢNG CỘNG SẢN VIỆT NAM: in hoa, đứng, đậm\n", "",
        lambda t: "data/the_thuc.yml: co_chu phải có đúng các cỡ chữ: tieu_de, co_quan_cap_tren, co_quan_ban_hanh, so_ky_hieu, dia_danh_ngay, ten_loai, trich_yeu, noi_dung, chu_ky, noi_nhan; thiếu: tieu_de.",
    ),
    "quiz-nine-options": (
        "tap_huan.yml", '["45 phút", "60 phút", "90 phút", "120 phút"]', '["1", "2", "3", "4", "5", "6", "7", "8", "9"]',
        lambda t: f'data/tap_huan.yml, dòng {_line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1].lua_chon": nhiều nhất 8 mục.',
    ),
    "quiz-without-answer": (
        "tap_huan.yml", "        dap_an: [3]\n        giai_thich: \"Ít nhất 90 phút;", "        dap_an: []\n        giai_thich: \"Ít nhất 90 phút;",
        lambda t: f'data/tap_huan.yml, dòng {_line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1].dap_an": cần ít nhất 1 mục.',
    ),
    "quiz-answer-out-of-range": (
        "tap_huan.yml", "        dap_an: [3]\n        giai_thich: \"Ít nhất 90 phút;", "        dap_an: [5]\n        giai_thich: \"Ít nhất 90 phút;",
        lambda t: f'data/tap_huan.yml, dòng {_line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1]": đáp án 5 không có: câu này có 4 phương án (đánh số từ 1).',
    ),
    "quiz-duplicate-options": (
        "tap_huan.yml", '["45 phút", "60 phút", "90 phút", "120 phút"]', '["45 phút", "90 phút", "90 phút", "120 phút"]',
        lambda t: f'data/tap_huan.yml, dòng {_line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1]": phương án "90 phút" được viết hai lần.',
    ),
    "quiz-unknown-source": (
        "tap_huan.yml", "        van_ban: hd-15-2008\n      - id: khong-phai-chat-van", "        van_ban: hd-16-2008\n      - id: khong-phai-chat-van",
        lambda t: f'data/tap_huan.yml, mục "kiem-tra-chat-van", cau_hoi "noi-chat-van": mã văn bản "hd-16-2008" không có trong data/van_ban.yml (có: {_ids()}).',
    ),
}


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
    assert expected(text) in _problems(root)


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
