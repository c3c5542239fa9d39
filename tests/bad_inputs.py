"""The corpus of bad inputs: careless edits of the data, of a page and of mkdocs.yml, each with
the Vietnamese message that must stop it (naming the file and the line, entry or field).

Used by test_data_schema.py (the data cases, loaded in-process, exact messages), by
test_bad_inputs.py (every case through deploy/deploy.sh onto a served release: stopped, said
clearly, nothing published, nothing lost) and by tests/bench/bad_inputs.py (the counts).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from conftest import ROOT, copy_project
from macros.registry import load_site_data


@functools.cache
def ids() -> str:
    return ", ".join(load_site_data(ROOT).van_ban)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def change_number(text: str, needle: str) -> int:
    """Which entry of data/thay_doi.yml (from 1) holds `needle`, counted in the edited text."""
    return text[: text.index(needle)].count("\n  - ngay:") + (1 if needle.startswith("  - ngay:") else 0)


# The data: (file in data/, old text (None: new is the whole file), new text, the message
# given the edited text).
ENTRY_CT10 = "  - id: ct-10-2007\n"
BOOK = "Về nâng cao chất lượng sinh hoạt chi bộ. " * 30_000  # a book pasted into one field
SECOND_CT10 = "  - id: ct-10-2007\n    loai: ket-luan"
DATA = {
    "missing-field": (
        "van_ban.yml", "    co_quan: ban-bi-thu\n    khoa: X\n", "    khoa: X\n",
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "co_quan": thiếu trường bắt buộc.',
    ),
    "impossible-date": (
        "van_ban.yml", "ngay: 2007-03-30", "ngay: 2007-02-30",
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "ngay": ngày "2007-02-30" không có thật trên lịch.',
    ),
    "date-written-the-vietnamese-way": (
        "van_ban.yml", "ngay: 2007-03-30", 'ngay: "30/3/2007"',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "ngay": ngày "30/3/2007" không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2007-03-30 cho ngày 30/3/2007.',
    ),
    "future-date": (
        "van_ban.yml", "ngay: 2007-03-30", "ngay: 2099-03-30",
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007": ngày ban hành 2099-03-30 ở tương lai; kiểm tra lại năm, tháng.',
    ),
    "misspelt-field": (
        "van_ban.yml", '    trich_yeu: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:',
        '    trich_yue: "Về nâng cao chất lượng sinh hoạt chi bộ"\n    kiem_tra_trang_thai:',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "trich_yue": trường này không có trong mẫu dữ liệu (gõ sai tên trường?).',
    ),
    "unknown-status": (
        "van_ban.yml", "    trang_thai: con-hieu-luc\n    huong_dan: [ct-50-2025]",
        "    trang_thai: hieu-luc\n    huong_dan: [ct-50-2025]",
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: hd-42-2025")}, mục "hd-42-2025", trường "trang_thai": giá trị "hieu-luc" không hợp lệ; chỉ nhận: \'con-hieu-luc\', \'het-hieu-luc\' hoặc \'chua-ro\'.',
    ),
    "unknown-relation-id": (
        "van_ban.yml", "    tiep_tuc: [ct-10-2007]", "    tiep_tuc: [ct-11-2007]",
        lambda t: f'data/van_ban.yml, mục "kl-18-2017", trường "tiep_tuc": mã văn bản "ct-11-2007" không có trong data/van_ban.yml (có: {ids()}).',
    ),
    "duplicate-id": (
        "van_ban.yml", "  - id: kl-18-2017\n", "  - id: ct-10-2007\n",
        lambda t: f'data/van_ban.yml, dòng {line_of(t, SECOND_CT10)}, mục "ct-10-2007": mã "ct-10-2007" đã dùng cho một mục khác ở trên; mỗi mục một mã riêng.',
    ),
    "number-does-not-match-type": (
        "van_ban.yml", 'so_hieu: "10-CT/TW"', 'so_hieu: "10-KL/TW"',
        lambda t: 'data/van_ban.yml, mục "ct-10-2007", trường "so_hieu": số hiệu "10-KL/TW" không khớp loại Chỉ thị (ký hiệu phải là "CT").',
    ),
    "number-with-prefix": (
        "van_ban.yml", 'so_hieu: "10-CT/TW"', 'so_hieu: "Số 10-CT/TW"',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "so_hieu": số hiệu "Số 10-CT/TW" không đúng dạng SỐ-LOẠI/CƠ QUAN, ví dụ "10-CT/TW" (không có chữ "Số", không có khoảng trắng).',
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
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: ct-05-2016")}, mục "ct-05-2016": can_kiem_chung nêu trường "hieu_luc_tu" nhưng mục này không có trường đó.',
    ),
    "key-written-twice": (
        "van_ban.yml", '    so_hieu: "10-CT/TW"\n', '    so_hieu: "10-CT/TW"\n    so_hieu: "10-CT/TW"\n',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10) + 3}: khóa "so_hieu" được viết hai lần trong cùng một mục. Xóa một dòng.',
    ),
    "missing-status-label": (
        "quy_uoc.yml", "    het-hieu-luc:\n      nhan: \"Hết hiệu lực\"\n      giai_thich: \"Văn bản không còn được áp dụng, nhưng không có văn bản nào thay thế trực tiếp.\"\n", "",
        lambda t: 'data/quy_uoc.yml, trường "trang_thai": thiếu nhãn cho: het-hieu-luc.',
    ),
    "issuer-without-name": (
        "co_quan.yml", '  ubkt-tw:\n    ten: "Ủy ban Kiểm tra Trung ương"\n', "  ubkt-tw:\n    con_ton_tai: true\n",
        lambda t: f'data/co_quan.yml, dòng {line_of(t, "  ubkt-tw:") + 1}, mục "ubkt-tw", trường "ten": thiếu trường bắt buộc.',
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
        lambda t: f'data/thuat_ngu.yml, mục "ubkttw", trường "van_ban": mã văn bản "hd-15-2009" không có trong data/van_ban.yml (có: {ids()}).',
    ),
    "abbreviation-used-twice": (
        "thuat_ngu.yml", 'viet_tat: "UBKTTW"', 'viet_tat: "UBKT"',
        lambda t: 'data/thuat_ngu.yml, mục "ubkttw": chữ viết tắt "UBKT" đã dùng ở mục "ubkt".',
    ),
    "template-placeholder-not-declared": (
        "mau/quy-che-lam-viec.yml", '"Giúp Bí thư chỉ đạo công việc chung;', '"Giúp Bí thư {chuc_danh} chỉ đạo công việc chung;',
        lambda t: 'data/mau/quy-che-lam-viec.yml, mục "trach-nhiem-pho-bi-thu": "{chuc_danh}" không phải từ của biến thể hay ô cần điền nào (ô cần điền khai báo trong data/truong_mau.yml).',
    ),
    "template-ground-is-replaced": (
        "mau/quy-che-lam-viec.yml", "      - van_ban: qd-294-2025\n      - van_ban: qd-158-2008", "      - van_ban: qd-294-2025\n      - van_ban: hd-12-2018",
        lambda t: 'data/mau/quy-che-lam-viec.yml, khung, can_cu[3]: văn bản "hd-12-2018" đã được thay thế bởi hd-42-2025; đổi căn cứ.',
    ),
    "template-checklist-unknown-article": (
        "mau/quy-che-lam-viec.yml", "      dieu: chuong-trinh-cong-tac\n", "      dieu: chuong-trinh\n",
        lambda t: 'data/mau/quy-che-lam-viec.yml, tu_ra_soat[11]: điều "chuong-trinh" không có trong mẫu.',
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
        lambda t: f'data/mau/bien-ban-thuong-ky.yml, mục "thao-luan", trường "van_ban": mã văn bản "tb-giam-sat-2019" không có trong data/van_ban.yml (có: {ids()}).',
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
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004", trường "kiem_tra_trang_thai": thiếu trường bắt buộc.',
    ),
    "unverified-status-without-search": (
        "van_ban.yml", '      da_tim: "Tìm văn bản thay thế Quy định 100 về tổ chức cơ sở đảng trong doanh nghiệp tư nhân: không thấy trong các trang đã lưu."',
        '      nguon: [{nhan: "Một trang tin"}]',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004": trạng thái "chua-ro" phải ghi đã tìm những gì, ở đâu (kiem_tra_trang_thai.da_tim).',
    ),
    "confirmed-status-without-source": (
        "van_ban.yml", '    trang_thai: chua-ro\n    ghi_chu_trang_thai: "Chưa tìm thấy văn bản thay thế."\n    kiem_tra_trang_thai:\n      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        '    trang_thai: con-hieu-luc\n    ghi_chu_trang_thai: "Chưa tìm thấy văn bản thay thế."\n    kiem_tra_trang_thai:\n      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004": trạng thái "con-hieu-luc" phải có nguồn cho thấy trạng thái đó (kiem_tra_trang_thai.nguon).',
    ),
    "status-checked-in-the-future": (
        "van_ban.yml", '      ngay: 2026-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100', '      ngay: 2099-12-02\n      da_tim: "Tìm văn bản thay thế Quy định 100',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, "  - id: qd-100-2004")}, mục "qd-100-2004", trường "kiem_tra_trang_thai": ngày kiểm tra 2099-12-02 ở tương lai.',
    ),
    "finding-cites-unknown-document": (
        "thong_bao.yml", "      van_ban: hd-42-2025\n", "      van_ban: hd-43-2025\n",
        lambda t: f'data/thong_bao.yml, han_che[9], trường "van_ban": mã văn bản "hd-43-2025" không có trong data/van_ban.yml (có: {ids()}).',
    ),
    "ground-for-unknown-enterprise-type": (
        "mau/quy-che-lam-viec.yml", "{van_ban: qd-100-2004, loai_hinh: [tu-nhan]}", "{van_ban: qd-100-2004, loai_hinh: [tu-nhan-2]}",
        lambda t: 'data/mau/quy-che-lam-viec.yml, khung, can_cu[7], trường "loai_hinh": loại hình "tu-nhan-2" không có (có: nha-nuoc, tu-nhan, von-nha-nuoc-it).',
    ),
    "enterprise-type-without-its-rule": (
        "mau/quy-che-lam-viec.yml", "      van_ban: qd-47-2021\n", "      van_ban: qd-48-2021\n",
        lambda t: f'data/mau/quy-che-lam-viec.yml, loai_hinh "von-nha-nuoc-it", trường "van_ban": mã văn bản "qd-48-2021" không có trong data/van_ban.yml (có: {ids()}).',
    ),
    "article-without-guidance": (
        "mau/quy-che-lam-viec.yml", '          huong_dan: "Ghi cụ thể lĩnh vực của từng phó bí thư nếu có nhiều phó bí thư."\n', "",
        lambda t: 'data/mau/quy-che-lam-viec.yml, mục "trach-nhiem-pho-bi-thu": điều cần trường "huong_dan".',
    ),
    "variant-without-its-subject": (
        "mau/quy-che-lam-viec.yml", '      chi-bo: "làm việc của Chi ủy Chi bộ {ten_don_vi} nhiệm kỳ {nhiem_ky}"\n', "",
        lambda t: 'data/mau/quy-che-lam-viec.yml, khung.trich_yeu_theo_bien_the: cần đúng một dòng cho mỗi biến thể (chi-bo, co-btv, khong-btv).',
    ),
    "template-line-for-a-variant-it-lacks": (
        "mau/nghi-quyet-chi-bo.yml", '              chu: "……"\n          huong_dan: "Vài dòng, có số liệu; không chép lại báo cáo."',
        '              chu: "……"\n              chi: [chi-bo]\n          huong_dan: "Vài dòng, có số liệu; không chép lại báo cáo."',
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, mục "uu-diem", trường "chi": biến thể "chi-bo" không có (mẫu này không có biến thể nào).',
    ),
    "template-with-two-subjects": (
        "mau/nghi-quyet-chi-bo.yml", '    trich_yeu: "về lãnh đạo thực hiện nhiệm vụ tháng {thang_thuc_hien}"\n',
        '    trich_yeu: "về lãnh đạo thực hiện nhiệm vụ tháng {thang_thuc_hien}"\n    trich_yeu_theo_bien_the: {chi-bo: "về nhiệm vụ"}\n',
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, trường "khung": ghi trích yếu: trich_yeu (một dòng), hoặc trich_yeu_theo_bien_the (một dòng cho mỗi biến thể) ở mẫu có biến thể; không ghi cả hai.',
    ),
    "article-without-source-or-marker": (
        "mau/quy-che-lam-viec.yml", '          can_kiem_chung: "Cách viết của nhóm biên soạn; chưa tìm thấy văn bản nêu trách nhiệm của phó bí thư cấp ủy cơ sở."\n', "",
        lambda t: 'data/mau/quy-che-lam-viec.yml, mục "trach-nhiem-pho-bi-thu": điều phải ghi văn bản căn cứ (van_ban), hoặc ghi can_kiem_chung nói điều này là cách viết của nhóm biên soạn, chưa tìm thấy căn cứ.',
    ),
    "catalogue-marker-on-unknown-field": (
        "mau_van_ban.yml", "    can_kiem_chung:\n      bao_lau:", "    can_kiem_chung:\n      bao_lao:",
        lambda t: f'data/mau_van_ban.yml, dòng {line_of(t, "  - id: ke-hoach-chuyen-de")}, mục "ke-hoach-chuyen-de", trường "can_kiem_chung.bao_lao": giá trị "bao_lao" không hợp lệ; chỉ nhận: \'dung_khi\', \'ai_soan\' hoặc \'bao_lau\'.',
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
        "mau/quy-che-lam-viec.yml", '    ket_can_cu: "{bch} ban hành', '    ket_can_cu: "bch} ban hành',
        lambda t: 'data/mau/quy-che-lam-viec.yml, khung.ket_can_cu: dấu ngoặc nhọn sai ở "…bch} ban hành Quy chế làm việc như sau:…". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
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
        "mau/bien-ban-thuong-ky.yml", '              chu: "Chủ trì: đồng chí {ho_ten_chu_tri}, chức vụ ……"', '              chu: "Chủ trì: đồng chí {ho_ten_chu_tri, chức vụ ……"',
        lambda t: 'data/mau/bien-ban-thuong-ky.yml, mục "thoi-gian-dia-diem": dấu ngoặc nhọn sai ở "… trì: đồng chí {ho_ten_chu_tri, chức vụ …". Ô cần điền viết liền trong một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {ten_don_vi}.',
    ),
    "format-size-missing": (
        "the_thuc.yml", "    tieu_de: 15        # ĐẢNG CỘNG SẢN VIỆT NAM: in hoa, đứng, đậm\n", "",
        lambda t: 'data/the_thuc.yml, trường "co_chu": phải có đúng các cỡ chữ: tieu_de, co_quan_cap_tren, co_quan_ban_hanh, so_ky_hieu, dia_danh_ngay, ten_loai, trich_yeu, noi_dung, chu_ky, noi_nhan; thiếu: tieu_de.',
    ),
    "quiz-nine-options": (
        "tap_huan.yml", '["45 phút", "60 phút", "90 phút", "120 phút"]', '["1", "2", "3", "4", "5", "6", "7", "8", "9"]',
        lambda t: f'data/tap_huan.yml, dòng {line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1].lua_chon": nhiều nhất 8 mục.',
    ),
    "quiz-without-answer": (
        "tap_huan.yml", "        dap_an: [3]\n        giai_thich: \"Ít nhất 90 phút;", "        dap_an: []\n        giai_thich: \"Ít nhất 90 phút;",
        lambda t: f'data/tap_huan.yml, dòng {line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1].dap_an": cần ít nhất 1 mục.',
    ),
    "quiz-answer-out-of-range": (
        "tap_huan.yml", "        dap_an: [3]\n        giai_thich: \"Ít nhất 90 phút;", "        dap_an: [5]\n        giai_thich: \"Ít nhất 90 phút;",
        lambda t: f'data/tap_huan.yml, dòng {line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1]": đáp án 5 không có: câu này có 4 phương án (đánh số từ 1).',
    ),
    "quiz-duplicate-options": (
        "tap_huan.yml", '["45 phút", "60 phút", "90 phút", "120 phút"]', '["45 phút", "90 phút", "90 phút", "120 phút"]',
        lambda t: f'data/tap_huan.yml, dòng {line_of(t, "  - id: sinh-hoat-chi-bo")}, mục "sinh-hoat-chi-bo", trường "cau_hoi[1]": phương án "90 phút" được viết hai lần.',
    ),
    "whole-book-in-a-field": (
        "van_ban.yml", 'trich_yeu: "Về nâng cao chất lượng sinh hoạt chi bộ"', f'trich_yeu: "{BOOK}"',
        lambda t: f'data/van_ban.yml, dòng {line_of(t, ENTRY_CT10)}, mục "ct-10-2007", trường "trich_yeu": dài '
                  f'{len(BOOK) // 1_000_000}.{len(BOOK) // 1000 % 1000:03}.{len(BOOK) % 1000:03} ký tự, quá 5.000 ký tự của một đoạn',
    ),
    "tab-indentation": (
        "co_quan.yml", '  bch-tw:\n    ten: "Ban', '  bch-tw:\n\tten: "Ban',
        lambda t: f'data/co_quan.yml, dòng {line_of(t, chr(9))}: dòng này có ký tự Tab; YAML chỉ cho thụt lề bằng dấu cách.',
    ),
    "quote-not-closed": (
        "co_quan.yml", 'ten: "Ban Chấp hành Trung ương Đảng"', 'ten: "Ban Chấp hành Trung ương Đảng',
        lambda t: f'data/co_quan.yml, dòng {line_of(t, "Ban Chấp hành Trung ương Đảng")}: dấu ngoặc kép mở ở dòng này chưa đóng',
    ),
    "data-not-utf8": (
        # saved by Notepad as "Unicode" (UTF-16 with its byte-order mark)
        "co_quan.yml", None, 'co_quan:\n  bch-tw:\n    ten: "Ban Chấp hành Trung ương Đảng"\n'.encode("utf-16"),
        lambda t: "data/co_quan.yml, dòng 1: tệp không ở mã UTF-8",
    ),
    "data-file-emptied": (
        "co_quan.yml", None, "",
        lambda t: 'data/co_quan.yml, dòng 1: tệp phải bắt đầu bằng đúng một khóa gốc "co_quan:" (không thụt lề).',
    ),
    "change-on-a-day-not-in-the-calendar": (
        "thay_doi.yml", "  - ngay: 2026-11-27\n    loai: moi", "  - ngay: 2026-11-31\n    loai: moi",
        lambda t: f'data/thay_doi.yml, dòng {line_of(t, "  - ngay: 2026-11-31")}, mục thứ {change_number(t, "  - ngay: 2026-11-31")}, trường "ngay": ngày "2026-11-31" không có thật trên lịch.',
    ),
    "change-of-an-unknown-kind": (
        "thay_doi.yml", "    loai: cap-nhat\n", "    loai: cap_nhat\n",
        lambda t: f'data/thay_doi.yml, dòng {line_of(t, "    loai: cap_nhat") - 1}, mục thứ {change_number(t, "    loai: cap_nhat")}, trường "loai": giá trị "cap_nhat" không hợp lệ; chỉ nhận: \'sua-sai\', \'moi\' hoặc \'cap-nhat\'.',
    ),
    "list-written-as-a-value": (
        "van_ban.yml", None, "van_ban: 5\n",
        lambda t: 'data/van_ban.yml, khóa "van_ban": phải là một danh sách, mỗi mục bắt đầu bằng "- id:".',
    ),
    "version-without-its-snapshot": (
        "mau/chuong-trinh-nam.yml", '        - "Bản đầu tiên."\n',
        '        - "Bản đầu tiên."\n    - so: 2\n      ngay: 2026-12-05\n      thay_doi: ["Sửa một dòng."]\n',
        lambda t: 'data/mau/chuong-trinh-nam.yml, trường "phien_ban": phiên bản 1 chưa có bản lưu data/mau/phien-ban/chuong-trinh-nam/1.yml. Chép tệp ở phiên bản đó vào chỗ này (README: Phiên bản của văn bản mẫu).',
    ),
    "versions-out-of-order": (
        "mau/nghi-quyet-chi-bo.yml", "    - so: 2\n", "    - so: 3\n",
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, phien_ban[2], trường "so": phiên bản thứ 2 phải có số 2 (đang ghi 3); các phiên bản ghi theo thứ tự 1, 2, 3..., cũ trước mới sau.',
    ),
    "clause-id-used-twice": (
        "mau/nghi-quyet-chi-bo.yml", "            - id: han-che-k1\n", "            - id: uu-diem-k1\n",
        lambda t: 'data/mau/nghi-quyet-chi-bo.yml, mục "han-che", dòng "uu-diem-k1": mã dòng đã dùng ở mục "uu-diem"; mỗi dòng một mã riêng, không đổi qua các phiên bản (dòng mới: đặt mã mới chưa dùng).',
    ),
    "quiz-unknown-source": (
        "tap_huan.yml", "        van_ban: hd-15-2008\n      - id: khong-phai-chat-van", "        van_ban: hd-16-2008\n      - id: khong-phai-chat-van",
        lambda t: f'data/tap_huan.yml, mục "kiem-tra-chat-van", cau_hoi "noi-chat-van": mã văn bản "hd-16-2008" không có trong data/van_ban.yml (có: {ids()}).',
    ),
}


# A page: (file, old text or None for the whole file, new text or None to delete the file, message).
ABOUT = "docs/gioi-thieu/index.md"
CALL = "{{ trang_web.bao_loi }}"  # a line of ABOUT that new text is added after


def _after_call(extra: str) -> tuple[str, str, str]:
    return ABOUT, CALL, f"{CALL}\n\n{extra}\n"


PAGES = {
    "unknown-document-id": (
        "docs/index.md", '{{ van_ban("hd-42-2025", day_du=false) }}', '{{ van_ban("hd-43-2025", day_du=false) }}',
        lambda t: f'Trang "docs/index.md": mã văn bản "hd-43-2025" không có trong data/van_ban.yml (có: {ids()}).',
    ),
    "undefined-name": (
        ABOUT, CALL, "{{ trang_web_bao_loi }}",
        lambda t: 'Trang "docs/gioi-thieu/index.md": "trang_web_bao_loi" chưa được khai báo (không phải macro hay biến của site; kiểm tra chính tả).',
    ),
    "macro-called-without-its-argument": (
        "docs/index.md", '{{ van_ban("hd-42-2025", day_du=false) }}', "{{ van_ban() }}",
        lambda t: 'Trang "docs/index.md": macro van_ban gặp lỗi (TypeError:',
    ),
    "macro-brace-not-closed": (
        ABOUT, CALL, "{{ trang_web.bao_loi }",
        lambda t: f'Trang "docs/gioi-thieu/index.md", dòng {line_of(t, "{{ trang_web.bao_loi }")}: lỗi cú pháp macro (unexpected \'}}\').',
    ),
    "block-not-closed": (
        *_after_call("{% if true %}\nx"),
        # Jinja notices at the end of the page; the message names the line that opens the block
        lambda t: f'Trang "docs/gioi-thieu/index.md", dòng {line_of(t, "{% if true %}")}: khối {{% if %}} mở ở dòng này mà chưa đóng (thiếu {{% endif %}}).',
    ),
    "unknown-template-id": (
        "docs/mau/ke-hoach-chuyen-de.md", '{{ mau_van_ban() }}', '{{ mau_van_ban("ke-hoach") }}',
        lambda t: 'Trang "docs/mau/ke-hoach-chuyen-de.md": mẫu "ke-hoach" không có trong data/mau_van_ban.yml',
    ),
    "unknown-module-id": (
        *_after_call('{{ mo_dun("khong-co") }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": chuyên đề "khong-co" không có trong data/tap_huan.yml',
    ),
    "unknown-regulation-variant": (
        *_after_call('{{ quy_che_mau("x", "nha-nuoc", mau="quy-che-lam-viec") }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": biến thể "x" không có trong data/mau/quy-che-lam-viec.yml (có: co-btv, khong-btv, chi-bo).',
    ),
    "variant-macro-outside-its-folder": (
        *_after_call('{{ quy_che_mau("co-btv", "nha-nuoc") }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": trang này không nằm trong thư mục của một mẫu có biến thể (docs/mau/<mã>/); ghi mã mẫu: mau="…" (có: quy-che-lam-viec).',
    ),
    "unknown-booklet": (
        *_after_call('{{ tai_pdf("tap_huan") }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": tai_pdf("tap_huan"): không có tập tài liệu in tên này. Các tên có: tap-huan, sinh-hoat-chi-bo.',
    ),
    "unknown-guide-part": (
        *_after_call('{{ huong_dan_sinh_hoat("khong") }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": phần "khong" không có; chọn một trong: quy_dinh, bien_ban, chu_de, tu_danh_gia.',
    ),
    "undefined-argument": (
        *_after_call('{{ van_ban("ct-10-2007", day_du=khong) }}'),
        lambda t: 'Trang "docs/gioi-thieu/index.md": "khong" chưa được khai báo',
    ),
    "document-without-page": (
        "docs/van-ban/qd-66-2017.md", None, None,
        lambda t: 'Văn bản "qd-66-2017" có trong data/van_ban.yml nhưng chưa có trang docs/van-ban/qd-66-2017.md.',
    ),
    "template-without-page": (
        "docs/mau/nghi-quyet-chi-bo.md", None, None,
        lambda t: 'Mẫu "nghi-quyet-chi-bo" có trong data/mau_van_ban.yml nhưng chưa có trang docs/mau/nghi-quyet-chi-bo.md.',
    ),
    "regulation-variant-without-page": (
        "docs/mau/quy-che-lam-viec/chi-bo-co-so.md", None, None,
        lambda t: 'Biến thể "chi-bo" của data/mau/quy-che-lam-viec.yml chưa có trang docs/mau/quy-che-lam-viec/chi-bo-co-so.md.',
    ),
    "page-for-no-document": (
        "docs/van-ban/ct-99-2030.md", None, "# Chỉ thị 99\n",
        lambda t: "Trang docs/van-ban/ct-99-2030.md không ứng với mục nào trong data/van_ban.yml.",
    ),
    "page-left-out-of-nav": (
        "docs/gioi-thieu/moi.md", None, "---\nra_soat: 2026-12-07\n---\n\n# Trang mới\n\nNội dung.\n",
        lambda t: "Trang docs/gioi-thieu/moi.md không có trong mục nav của mkdocs.yml",
    ),
    "link-to-missing-page": (
        *_after_call("[Trang khác](../khong-co.md)"),
        lambda t: 'Trang docs/gioi-thieu/index.md: liên kết "../khong-co.md" trỏ tới docs/khong-co.md, tệp này không có.',
    ),
    "link-to-missing-section": (
        *_after_call("[Quy ước](quy-uoc.md#khong-co)"),
        lambda t: 'Trang docs/gioi-thieu/index.md: liên kết "quy-uoc.md#khong-co" trỏ tới mục #khong-co của docs/gioi-thieu/quy-uoc.md, trang đó không có mục này.',
    ),
    "link-to-missing-section-here": (
        *_after_call("[Ở trên](#khong-co)"),
        lambda t: 'Trang docs/gioi-thieu/index.md: liên kết "#khong-co" trỏ tới một mục không có trên chính trang đó.',
    ),
    "missing-image": (
        *_after_call("![Sơ đồ](so-do.png)"),
        lambda t: 'Trang docs/gioi-thieu/index.md: liên kết "so-do.png" trỏ tới docs/gioi-thieu/so-do.png, tệp này không có.',
    ),
    "absolute-link": (
        *_after_call("[Văn bản](/van-ban/)"),
        lambda t: 'Trang docs/gioi-thieu/index.md: liên kết tuyệt đối "/van-ban/"; viết liên kết tương đối tới tệp .md.',
    ),
    "page-without-review-date": (
        "docs/gioi-thieu/quy-uoc.md", "ra_soat: 2026-11-27  # ngày rà soát gần nhất (README: Rà soát trang)\n", "",
        lambda t: 'Trang "docs/gioi-thieu/quy-uoc.md": thiếu ngày rà soát. Ghi ở đầu trang, giữa hai dòng "---": ra_soat: NĂM-THÁNG-NGÀY',
    ),
    "page-review-date-malformed": (
        "docs/gioi-thieu/quy-uoc.md", "ra_soat: 2026-11-27", "ra_soat: 2/12/2026",
        lambda t: 'Trang "docs/gioi-thieu/quy-uoc.md", "ra_soat": ngày "2/12/2026" không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-07.',
    ),
    "change-names-a-page-that-does-not-exist": (
        "data/thay_doi.yml", "    trang: [van-ban/index.md, gioi-thieu/quy-uoc.md]", "    trang: [van-ban/index.md, gioi-thieu/quy-uoc-moi.md]",
        lambda t: f'data/thay_doi.yml, mục thứ {change_number(t, "gioi-thieu/quy-uoc-moi.md")} (2026-12-02), trường "trang": trang "gioi-thieu/quy-uoc-moi.md" không có trong docs/.',
    ),
    "page-not-utf8": (
        # saved by Notepad as "Unicode" (UTF-16 with its byte-order mark)
        ABOUT, None, "# Giới thiệu\n\nSổ tay của chi bộ.\n".encode("utf-16"),
        lambda t: "docs/gioi-thieu/index.md, dòng 1: tệp không ở mã UTF-8",
    ),
    "page-decomposed-unicode": (
        ABOUT, "biên soạn cho", unicodedata.normalize("NFD", "biên soạn cho"),
        lambda t: f"docs/gioi-thieu/index.md, dòng {line_of(t, unicodedata.normalize('NFD', 'biên soạn cho'))}: chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC)",
    ),
}

# mkdocs.yml: (old text, new text, message).
CONFIG = {
    "plugin-option-misspelt": (
        "on_error_fail: true", "on_eror_fail: true",
        'mkdocs.yml, mục plugins › macros: tùy chọn "on_eror_fail" không có (gõ sai tên?).',
    ),
    "key-misspelt": (
        "site_description: >-", "site_descripton: >-",
        'mkdocs.yml: khóa "site_descripton" không có trong cấu hình của MkDocs (gõ sai tên?).',
    ),
    "required-key-missing": (
        "site_name: Sổ tay cấp ủy cơ sở\n", "",
        'mkdocs.yml: thiếu mục bắt buộc "site_name".',
    ),
    "theme-misspelt": (
        "  name: material\n", "  name: materail\n",
        'mkdocs.yml, mục theme › name: không có giao diện "materail"; site dùng "material".',
    ),
    "theme-language-unknown": (
        "  language: vi\n", "  language: vn\n",
        'mkdocs.yml, mục theme › language: giao diện không có ngôn ngữ "vn"; site dùng "vi".',
    ),
    "hook-file-missing": (
        "  - overrides/hooks/lien_he.py\n", "  - overrides/hooks/lien-he.py\n",
        "mkdocs.yml, mục hooks: không có tệp ",
    ),
    "extension-misspelt": (
        "  - def_list\n", "  - deflist\n",
        'mkdocs.yml, mục markdown_extensions: không có phần mở rộng "deflist"',
    ),
    "plugin-misspelt": (
        "  - search:\n", "  - serach:\n",
        'mkdocs.yml, mục plugins: không có plugin "serach"',
    ),
    "docs-folder-misspelt": (
        "docs_dir: docs\n", "docs_dir: doc\n",
        "mkdocs.yml, mục docs_dir: không có thư mục ",
    ),
    "macros-module-misspelt": (
        "      module_name: macros\n", "      module_name: macro\n",
        'mkdocs.yml, mục plugins › macros › module_name: không có thư mục mã "macro" (phải là "macros").',
    ),
    "validation-value-misspelt": (
        "  anchors: warn\n", "  anchors: warm\n",
        "mkdocs.yml, mục validation: giá trị không hợp lệ (Sub-option 'links': Sub-option 'anchors': Expected one of",
    ),
    "nav-entry-to-missing-page": (
        "  - Tra cứu: tra-cuu/index.md\n", "  - Tra cứu: tra-cuu/trang.md\n",
        'mkdocs.yml, mục nav: có trang "tra-cuu/trang.md" nhưng không có tệp docs/tra-cuu/trang.md.',
    ),
    "indentation": (
        "  - Tra cứu: tra-cuu/index.md\n", "  - Tra cứu: tra-cuu/index.md\n - Khác: khac.md\n",
        None,  # the line is computed from the text
    ),
    "bracket-not-closed": (
        "site_description: >-", "site_description: [>-",
        None,
    ),
}


@dataclass(frozen=True)
class Bad:
    """One bad input: `file` (in the project) edited by replacing `old` (which must occur
    once) with `new`; `old` None: `new` is the whole file; both None: the file is deleted.
    `expect` gives the message that must stop it, from the edited file's text."""

    name: str
    file: str
    old: str | None
    new: str | bytes | None
    expect: Callable[[str], str]

    def apply(self, project: Path) -> str:
        path = project / self.file
        if self.old is None and self.new is None:
            path.unlink()
            return ""
        if self.old is None:
            path.write_bytes(self.new if isinstance(self.new, bytes) else self.new.encode("utf-8"))
            return path.read_bytes().decode("utf-8", errors="replace")
        text = path.read_text(encoding="utf-8")
        assert text.count(self.old) == 1, f"{self.name}: {self.old!r} must occur once in {self.file}"
        text = text.replace(self.old, self.new)
        path.write_text(text, encoding="utf-8")
        return text


def _yaml_error_of(text: str) -> str:
    """The message for an mkdocs.yml that is not YAML: the place PyYAML itself gives."""
    import yaml

    try:
        yaml.safe_load(text.replace("!ENV", ""))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        return f"mkdocs.yml, dòng {mark.line + 1}, cột {mark.column + 1}: lỗi cú pháp YAML."
    raise AssertionError("the edit must break mkdocs.yml")


def _corpus() -> dict[str, Bad]:
    cases = {}
    for name, (file, old, new, expect) in DATA.items():
        if expect is not None:  # two cases of test_data_schema need a second edit
            cases[f"du-lieu/{name}"] = Bad(f"du-lieu/{name}", f"data/{file}", old, new, expect)
    for name, (file, old, new, expect) in PAGES.items():
        cases[f"trang/{name}"] = Bad(f"trang/{name}", file, old, new, expect)
    for name, (old, new, message) in CONFIG.items():
        expect = (lambda t, m=message: m) if message else _yaml_error_of
        cases[f"cau-hinh/{name}"] = Bad(f"cau-hinh/{name}", "mkdocs.yml", old, new, expect)
    return cases


CORPUS = _corpus()

# What a good message names besides its file: a line, an entry, a field, a link or a key.
LOCATOR = re.compile(
    r'dòng \d+|mục |trường "|điều "|liên kết |khóa "|tùy chọn "|loai_hinh "|cau_hoi "|can_cu\[|'
    r'khung[.,]|\w+\[\d+\]|^(Văn bản|Mẫu|Biến thể|Trang) "?[\w/.-]+"?')
SUMMARY = "--- Tóm tắt: cần sửa ---"


# --- Running a case through the deploy -----------------------------------------------------

SERVED = "releases/20260101-000000-1"


def served_root(root: Path) -> Path:
    """A deploy root with one complete release being served, as deploy.sh leaves it."""
    release = root / SERVED
    (release / "site").mkdir(parents=True)
    (release / "site" / "index.html").write_text("<!doctype html><title>Bản đang chạy</title>", encoding="utf-8")
    (release / "loi").mkdir()
    (release / "loi" / "404.html").write_text("<!doctype html><title>Không có trang</title>", encoding="utf-8")
    (release / "headers.conf").write_text("add_header X-Content-Type-Options nosniff always;\n", encoding="utf-8")
    (release / ".hoan-tat").write_text("", encoding="utf-8")
    (root / "current").symlink_to(release)
    return root


def manifest(folder: Path) -> dict[str, str]:
    """Every file and link under `folder` with a hash of its content (or its link target)."""
    files = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            files[key] = "-> " + os.readlink(path)
        elif path.is_file():
            files[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


@dataclass
class Outcome:
    case: Bad
    expected: str
    returncode: int
    output: str
    published: bool  # the served site changed: a new release went live
    lost: list[str]  # files of the served release or the maintainer's sources changed or gone

    @property
    def stopped(self) -> bool:
        return self.returncode != 0 and "Đã triển khai" not in self.output

    @property
    def said_clearly(self) -> bool:
        """The expected Vietnamese message is in the summary printed last."""
        summary = self.output.partition(SUMMARY)[2]
        return self.stopped and self.expected in summary

    @property
    def crashed(self) -> bool:
        """Stopped on something no check foresaw (deploy/build.py's UNFORESEEN)."""
        return "lỗi chưa được kiểm tra trước" in self.output


def run_case(case: Bad, workdir: Path) -> Outcome:
    """Copy the project, make the bad edit, run deploy/deploy.sh onto a served release."""
    from webserver import deploy

    project = copy_project(workdir / "du-an")
    text = case.apply(project)
    sources = {k: v for k, v in manifest(project).items() if k != case.file}
    root = served_root(workdir / "trien khai")  # a space in the path, as on some servers
    served = manifest(root)
    result = deploy(root, repo=project)
    now, after = manifest(root), manifest(project)
    lost = [f"trien khai/{k}" for k, v in served.items() if now.get(k) != v]
    lost += [k for k, v in sources.items() if after.get(k) != v]
    releases = {k: v for k, v in now.items() if k == "current" or k.startswith("releases/")}
    return Outcome(case, case.expect(text), result.returncode, result.stdout + result.stderr,
                   published=releases != served, lost=lost)
