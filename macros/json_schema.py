"""JSON Schemas of the data files, for editing them with a schema-aware editor (VS Code with
the YAML extension): validation, completion and Vietnamese descriptions while typing.

Generated from the pydantic models (schema.py) and the table of data files
(registry.DATA_FILES), committed in docs/schema/ (so the site publishes them at
/schema/<file>.schema.json) and named on the first line of each data file:

    # yaml-language-server: $schema=../docs/schema/van_ban.schema.json

After changing schema.py, write them again:

    .venv/bin/python -m macros.json_schema

(the tests fail while a committed schema differs from what the models give). The schemas say
what one entry may contain; what needs several entries or files (an unknown id, a cycle of
replacements) is checked only by the build.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from .registry import DATA_FILES, ENTRIES, LIST, SINGLE, TABLE, TEMPLATE_NAMESPACE
from .schema import MauVanBan

SCHEMA_DIR = "schema"  # in docs/, so in the site
TEMPLATES = "mau"  # the schema of data/mau/<id>.yml
_ROOT = Path(__file__).resolve().parent.parent

# Vietnamese descriptions: of an entry (""), and of its fields, by model. Shown by the editor
# while typing; the data files' own header comments say the same for those who read them.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "VanBan": {
        "": "Một văn bản trong sổ đăng ký.",
        "id": "Mã ASCII cố định, ví dụ ct-10-2007; trang của văn bản là docs/van-ban/<mã>.md.",
        "loai": "Mã loại văn bản trong data/loai_van_ban.yml.",
        "so_hieu": "Số và ký hiệu, ví dụ \"10-CT/TW\" (bỏ trống nếu chưa xác minh được).",
        "ten_goi": "Tên thường gọi; bắt buộc khi không có số hiệu.",
        "ngay": "Ngày ban hành, dạng NĂM-THÁNG-NGÀY (2007-03-30); hoặc ghi \"nam\" nếu chỉ biết năm.",
        "nam": "Năm ban hành, khi không biết ngày.",
        "co_quan": "Mã cơ quan ban hành trong data/co_quan.yml.",
        "khoa": "Khóa (X, XI, XII...).",
        "trich_yeu": "Trích yếu (tên văn bản).",
        "nguoi_ky": "Họ tên và chức vụ người ký, chỉ khi đã thấy trong nguồn.",
        "hieu_luc_tu": "Ngày có hiệu lực, nếu khác ngày ban hành.",
        "trang_thai": "con-hieu-luc | het-hieu-luc | chua-ro; BỎ TRỐNG khi văn bản đã bị thay thế "
                      "(trạng thái \"đã được thay thế\" tự suy ra từ trường thay_the của văn bản mới).",
        "thay_the": "Văn bản cũ mà văn bản này thay thế: mã, hoặc {van_ban: <mã>, can_kiem_chung: \"<lý do>\"}.",
        "tiep_tuc": "Văn bản mà văn bản này tiếp tục thực hiện.",
        "huong_dan": "Văn bản mà văn bản này hướng dẫn.",
        "can_cu": "Văn bản làm căn cứ cho văn bản này.",
        "kiem_tra_trang_thai": "Lần đối chiếu trạng thái gần nhất (bắt buộc). Hạn rà soát lại tính từ ngày này.",
        "nguon": "Nơi đã đọc thấy thông tin: {nhan: ..., url: ...}.",
        "can_kiem_chung": "Trường nào chưa xác minh được: {<tên trường>: \"<lý do>\"}. Thông tin chỉ nhớ mà "
                          "không có nguồn: không ghi.",
        "ghi_chu_trang_thai": "Giải thích trạng thái, hiện trên trang văn bản.",
    },
    "KiemTraTrangThai": {
        "": "Lần đối chiếu trạng thái gần nhất.",
        "ngay": "Ngày đối chiếu, dạng NĂM-THÁNG-NGÀY.",
        "nguon": "Nguồn cho thấy trạng thái; bắt buộc khi trạng thái là con-hieu-luc hoặc het-hieu-luc.",
        "da_tim": "Đã tìm gì, ở đâu mà chưa thấy; bắt buộc khi trạng thái là chua-ro.",
    },
    "Nguon": {"": "Một nguồn đã đọc.", "nhan": "Tên nguồn.", "url": "Địa chỉ, bắt đầu bằng http:// hoặc https://."},
    "QuanHe": {"": "Một quan hệ với văn bản khác.", "van_ban": "Mã văn bản trong data/van_ban.yml.",
               "can_kiem_chung": "Lý do, khi quan hệ chưa được xác minh."},
    "NguoiKy": {"": "Người ký.", "ho_ten": "Họ và tên.", "chuc_vu": "Chức vụ khi ký."},
    "ThayDoi": {
        "": "Một thay đổi cần báo cho người dùng sổ tay.",
        "ngay": "Ngày thay đổi có trên site, dạng NĂM-THÁNG-NGÀY.",
        "loai": "sua-sai (sửa nội dung sai) | moi (thêm mới) | cap-nhat (bổ sung, thay đổi khác).",
        "tieu_de": "Một dòng: đã thay đổi gì.",
        "noi_dung": "Vài câu: thay đổi thế nào, ai cần làm gì.",
        "trang": "Các trang liên quan: đường dẫn trong docs/, ví dụ mau/nghi-quyet-chi-bo.md.",
    },
    "DanhMucMau": {
        "": "Một văn bản mẫu trong danh mục (trang /mau/).",
        "id": "Mã mẫu; nguồn ở data/mau/<mã>.yml.",
        "ten": "Tên mẫu.", "dung_khi": "Dùng khi nào.", "ai_soan": "Ai soạn, ai ký.", "bao_lau": "Bao lâu một lần.",
        "can_kiem_chung": "Trường nào chưa đối chiếu được với nguồn chính thức, và vì sao: {bao_lau: \"lý do\"}.",
    },
    "MauVanBan": {
        "": "Một văn bản mẫu: một nguồn cho trang, nút sao chép và tệp Word.",
        "bo_cuc": "phan-muc (phần I, II; mục 1, 2) | chuong-dieu (chương, điều đánh số liền, khoản).",
        "huong_dan": "Hướng dẫn chung ở đầu trang: dùng mẫu thế nào.",
        "van_ban": "Các văn bản mẫu dựa vào (mã trong data/van_ban.yml).",
        "can_kiem_chung": "Điều trong mẫu chưa đối chiếu được với nguồn chính thức.",
        "bien_the": "Các biến thể (loại tổ chức đảng); \"tu\" là các từ đổi theo biến thể, dùng trong chữ là {từ}.",
        "loai_hinh": "Các loại hình doanh nghiệp, mỗi loại với quy định của Ban Bí thư cho loại đó.",
        "khung": "Phần đầu và phần cuối văn bản.",
        "phan": "Các phần (hoặc chương); mỗi phần có các mục (hoặc điều).",
        "tu_ra_soat": "Câu hỏi tự rà soát dự thảo; mỗi câu trỏ tới điều trả lời.",
        "phien_ban": "Các phiên bản của mẫu, cũ trước mới sau; phiên bản cuối là tệp này, mỗi phiên bản trước có "
                     "bản lưu data/mau/phien-ban/<mã>/<số>.yml.",
    },
    "PhienBan": {
        "": "Một phiên bản của mẫu.",
        "so": "Số phiên bản: 1, 2, 3... theo thứ tự.",
        "ngay": "Ngày của phiên bản, dạng NĂM-THÁNG-NGÀY.",
        "thay_doi": "Các thay đổi so với phiên bản trước, mỗi thay đổi một dòng.",
    },
    "KhungMau": {
        "": "Phần đầu và phần cuối văn bản (thể thức văn bản của Đảng).",
        "cap_tren_dau_trang": "Tên cấp ủy cấp trên ở đầu trang.",
        "co_quan_ban_hanh": "Cơ quan ban hành.",
        "so": "Số và ký hiệu.",
        "dia_danh_ngay": "Địa danh, ngày tháng năm.",
        "ten_loai": "Tên loại văn bản (QUY CHẾ, NGHỊ QUYẾT...).",
        "trich_yeu": "Trích yếu: một dòng.",
        "trich_yeu_theo_bien_the": "Mẫu có biến thể: trích yếu, một dòng cho mỗi biến thể (thay cho trich_yeu).",
        "can_cu": "Căn cứ: van_ban (mã văn bản) hoặc chu (câu chữ).",
        "ket_can_cu": "Câu sau căn cứ.",
        "ket": "Các dòng cuối, trước chữ ký.",
        "ky_trai": "Bên trái khối chữ ký: người ký (chuc_vu, ho_ten) hoặc noi_nhan.",
        "ky_phai": "Bên phải khối chữ ký: người ký (chuc_vu, ho_ten) hoặc noi_nhan.",
    },
    "PhanMau": {"": "Một phần (hoặc chương).", "ten": "Tên phần; có tên thì được đánh số.", "muc": "Các mục (hoặc điều)."},
    "MucMau": {
        "": "Một mục (hoặc một điều).",
        "id": "Mã ASCII cố định của mục (neo liên kết).",
        "ten": "Tên mục (tên điều).",
        "dong": "Các dòng (các khoản): chữ, hoặc bang: {cot: [...], dong: [[...], ...]}; {mã} là ô cần điền.",
        "chi": "Mục chỉ có ở các biến thể này.",
        "huong_dan": "Hướng dẫn bên cạnh mục.",
        "van_ban": "Văn bản làm căn cứ cho hướng dẫn (mã trong data/van_ban.yml).",
        "can_kiem_chung": "Phần nào chưa tìm thấy căn cứ, và vì sao.",
        "buoc_sinh_hoat": "Bước thứ mấy của trình tự sinh hoạt chi bộ mà mục này ghi.",
    },
    "Dong": {"": "Một dòng: chữ, hoặc một bảng.", "id": "Mã cố định của dòng (khoản), không đổi qua các phiên bản; "
             "dòng mới đặt mã mới chưa dùng.", "chu": "Chữ; {mã} là ô cần điền.", "bang": "Một bảng.",
             "chi": "Chỉ có ở các biến thể này.", "loai_hinh": "Chỉ có ở các loại hình doanh nghiệp này."},
    "CanCu": {"": "Một căn cứ.", "van_ban": "Mã văn bản.", "chu": "Câu chữ.",
              "loai_hinh": "Chỉ có ở các loại hình doanh nghiệp này."},
    "KyTen": {"": "Một bên khối chữ ký.", "chuc_vu": "Các dòng chức vụ (T/M ..., BÍ THƯ).", "ho_ten": "Họ tên (ô cần điền).",
              "noi_nhan": "Nơi nhận."},
    "BienThe": {"": "Một biến thể.", "ten": "Tên biến thể.", "duong_dan": "Thư mục trang của biến thể.",
                "tu": "Các từ đổi theo biến thể."},
    "LoaiHinh": {"": "Một loại hình doanh nghiệp.", "ten": "Tên loại hình.", "duong_dan": "Tên trang.",
                 "van_ban": "Quy định cho loại hình này (mã văn bản).", "pham_vi": "Cách nhận biết loại hình."},
    "ThuatNgu": {"": "Một thuật ngữ.", "id": "Mã.", "viet_tat": "Chữ viết tắt, nếu có.", "thuat_ngu": "Tên đầy đủ.",
                 "giai_thich": "Giải thích ngắn.", "van_ban": "Văn bản làm căn cứ (mã).",
                 "can_kiem_chung": "Lý do, nếu giải thích chưa đối chiếu được với nguồn."},
    "TruongMau": {"": "Một ô cần điền.", "nhan": "Chữ hiện trong ô khi chưa điền, và nhãn của ô.",
                  "goi_y": "Gợi ý cách điền.", "ten_o": "Nhãn riêng trong biểu mẫu điền.",
                  "chung": "true: ô dùng chung cho mọi mẫu."},
    "TrangWeb": {"": "Thông tin chung của site.", "ten": "Tên site.", "mo_ta": "Mô tả ngắn.",
                 "don_vi_bien_soan": "Đơn vị biên soạn.", "bao_loi": "Cách báo lỗi.", "lien_he": "Nơi nhận báo lỗi.",
                 "ra_soat": "Bao lâu phải rà soát lại, tính bằng ngày.",
                 "dia_chi": "Địa chỉ site trên mạng nội bộ, kết thúc bằng /; bản tin dùng địa chỉ này."},
    "ChuKyRaSoat": {"": "Chu kỳ rà soát, tính bằng ngày.", "van_ban": "Mỗi văn bản, tính từ kiem_tra_trang_thai.ngay.",
                    "trang": "Mỗi trang, tính từ ngày ra_soat ở đầu trang."},
    "LienHe": {"": "Nơi nhận báo lỗi.", "don_vi": "Đơn vị.", "email": "Địa chỉ thư.", "dien_thoai": "Số điện thoại."},
    "HanChe": {"": "Một hạn chế thông báo nêu.", "doan": "Đoạn thứ mấy của mục 2.", "han_che": "Hạn chế.",
               "viec_can_lam": "Việc cấp ủy cần làm.", "van_ban": "Văn bản làm căn cứ (mã).",
               "can_kiem_chung": "Vì sao việc cần làm chưa đối chiếu được.", "trang": "Trang trả lời (trong docs/).",
               "nhan_trang": "Chữ của liên kết tới trang đó."},
    "LoaiVanBan": {"": "Một loại văn bản.", "ten": "Tên gọi.", "ky_hieu": "Chữ viết tắt trong số hiệu."},
    "CoQuan": {"": "Một cơ quan ban hành.", "ten": "Tên đầy đủ.",
               "con_ton_tai": "false: cơ quan đã kết thúc hoạt động.", "ghi_chu": "Giải thích, khi cơ quan không còn."},
    "QuyUoc": {"": "Quy ước hiển thị, dùng chung cho mọi trang.",
               "trang_thai": "Nhãn và lời giải thích của từng trạng thái văn bản (mã bên trái không đổi).",
               "can_kiem_chung": "Nhãn và lời giải thích của dấu \"cần kiểm chứng\"."},
    "NhanTrangThai": {"": "Một nhãn.", "nhan": "Chữ hiện trên trang.", "giai_thich": "Lời giải thích khi rê chuột."},
    "ThongBao": {"": "Thông báo kết luận giám sát và các hạn chế nó nêu.", "van_ban": "Mã của thông báo.",
                 "so_doan": "Số đoạn của mục 2 \"Hạn chế, khuyết điểm\".", "han_che": "Các hạn chế, mỗi đoạn ít nhất một."},
    "SinhHoatChiBo": {"": "Hướng dẫn sinh hoạt chi bộ.", "quy_dinh": "Các quy định.", "chuan_bi": "Các bước chuẩn bị.",
                      "trinh_tu": "Trình tự buổi sinh hoạt (các mẫu biên bản dẫn bước theo số thứ tự).",
                      "bien_ban": "Yêu cầu về biên bản.", "so_sanh": "So sánh quy định cũ và mới.",
                      "chu_de": "Gợi ý chủ đề sinh hoạt chuyên đề.", "tu_danh_gia": "Câu hỏi tự đánh giá sau buổi sinh hoạt."},
    "MucHuongDan": {"": "Một mục của hướng dẫn: quy định có văn bản căn cứ, hoặc gợi ý của nhóm biên soạn.",
                    "noi_dung": "Nội dung.", "van_ban": "Văn bản căn cứ (mã); bắt buộc, trừ khi goi_y: true.",
                    "can_kiem_chung": "Lý do, nếu chưa đối chiếu được với nguồn.",
                    "goi_y": "true: gợi ý của nhóm biên soạn, không phải quy định.", "ai": "Ai làm.",
                    "khi_nao": "Khi nào.", "phan": "Phần của buổi sinh hoạt."},
    "SoSanh": {"": "Một điểm so sánh.", "van_de": "Vấn đề.", "cu": "Quy định cũ.", "moi": "Quy định mới."},
    "OSoSanh": {"": "Một ô so sánh.", "noi_dung": "Nội dung; không có van_ban thì nói là chưa rõ.",
                "van_ban": "Văn bản căn cứ (mã).", "can_kiem_chung": "Lý do, nếu chưa đối chiếu được."},
    "TheThuc": {"": "Thể thức văn bản của Đảng, dùng cho tệp Word và bản in.", "kho_giay": "Khổ giấy.",
                "le_mm": "Lề trang, tính bằng mm.", "phong_chu": "Phông chữ.", "co_chu": "Cỡ chữ của từng phần văn bản.",
                "so_trang": "Vị trí số trang: dau-giua (giữa lề trên) | chan-giua (giữa lề dưới).",
                "van_ban": "Hướng dẫn thể thức làm căn cứ (mã).",
                "can_kiem_chung": "Trường nào chưa đối chiếu được: {<trường>: \"<lý do>\"}."},
    "KhoGiay": {"": "Khổ giấy.", "ten": "Tên khổ (A4).", "rong_mm": "Chiều rộng, mm.", "cao_mm": "Chiều cao, mm."},
    "LeGiay": {"": "Lề trang, mm.", "tren": "Lề trên.", "duoi": "Lề dưới.", "trai": "Lề trái.", "phai": "Lề phải."},
    "MoDun": {"": "Một chuyên đề tập huấn.", "id": "Mã; trang của chuyên đề là docs/tap-huan/<mã>.md.",
              "ten": "Tên chuyên đề.", "thoi_gian_phut": "Thời lượng, phút.", "muc_tieu": "Mục tiêu.",
              "y_chinh": "Ý chính, mỗi ý có văn bản căn cứ.", "tinh_huong": "Tình huống thảo luận.",
              "cau_hoi": "Câu hỏi tự kiểm tra."},
    "YChinh": {"": "Một ý chính.", "noi_dung": "Nội dung; [[mã]] hiện tên văn bản.", "van_ban": "Văn bản căn cứ (mã)."},
    "TinhHuong": {"": "Một tình huống.", "doan": "Dựa trên đoạn thứ mấy của mục 2 trong thông báo giám sát.",
                  "noi_dung": "Tình huống.", "cau_hoi": "Câu hỏi thảo luận."},
    "CauHoi": {"": "Một câu hỏi tự kiểm tra.", "id": "Mã câu hỏi, riêng trong chuyên đề.", "cau_hoi": "Câu hỏi.",
               "lua_chon": "Các phương án (2 đến 8).", "dap_an": "Số thứ tự (từ 1) của phương án đúng.",
               "giai_thich": "Giải thích, hiện sau khi trả lời.", "van_ban": "Văn bản căn cứ (mã)."},
    "Bang": {"": "Một bảng.", "cot": "Tên các cột.", "dong": "Các dòng, mỗi dòng đủ số ô như số cột."},
    "Khoan": {"": "Một dòng chữ (nơi nhận).", "chu": "Chữ; {mã} là ô cần điền.", "chi": "Chỉ có ở các biến thể này."},
    "TuRaSoat": {"": "Một câu hỏi tự rà soát.", "noi_dung": "Câu hỏi.", "dieu": "Mã điều trả lời câu hỏi.",
                 "kiem_tra": "Trang Kiểm tra dự thảo trả lời câu hỏi từ tệp Word của đơn vị thế nào."},
    "KiemTraDuThao": {
        "": "Một cách kiểm tra dự thảo.",
        "cach": "Cách kiểm tra: co-trong-ten-dieu (cụm từ có trong tên chương, điều), co-trong-van-ban (có trong văn bản), "
                "nhiem-ky-truoc, can-cu-thay-the, the-thuc, hoặc can-xem (người đọc đánh giá).",
        "cum_tu": "Các cụm từ phải tìm thấy (không phân biệt hoa thường, có dấu hay không); \"a | b\" là a hoặc b.",
        "loai_tru": "Các cụm bỏ đi trước khi tìm, ví dụ \"phó bí thư\" khi tìm \"bí thư\".",
        "cung_dong": "Mọi cụm từ phải ở cùng một đoạn (không chỉ ở đâu đó trong dự thảo).",
        "thieu": "Báo cáo ghi gì khi kiểm tra không đạt.",
        "xem": "Người đọc cần xem gì (cách can-xem).",
    },
}


def _shape(shape: str, model: type) -> Any:
    if shape == TABLE:
        return dict[str, model]
    if shape in (LIST, ENTRIES):
        return list[model]
    return model


def _untitled(node: Any) -> Any:
    """Without pydantic's generated titles ("Trich Yeu")."""
    if isinstance(node, dict):
        return {key: _untitled(value) for key, value in node.items() if key != "title"}
    if isinstance(node, list):
        return [_untitled(value) for value in node]
    return node


def _describe(schema: dict[str, Any]) -> dict[str, Any]:
    """Vietnamese descriptions in place of the models' English docstrings."""
    for name, definition in schema.get("$defs", {}).items():
        texts = DESCRIPTIONS.get(name, {})
        definition.pop("description", None)
        if "" in texts:
            definition["description"] = texts[""]
        for field, prop in definition.get("properties", {}).items():
            prop.pop("description", None)
            if field in texts:
                prop["description"] = texts[field]
    return schema


def file_schema(namespace: str, shape: str, model: type, title: str) -> dict[str, Any]:
    """The schema of a data file: one key, `namespace`, holding its entries."""
    inner = TypeAdapter(_shape(shape, model)).json_schema(ref_template="#/$defs/{model}")
    defs = inner.pop("$defs", {})
    if shape == SINGLE:  # the entry is the whole value: into $defs like the others, to be described
        defs[model.__name__], inner = inner, {"$ref": f"#/$defs/{model.__name__}"}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_DIR}/{title}.schema.json",
        "description": DESCRIPTIONS.get(model.__name__, {}).get("", ""),
        "type": "object",
        "properties": {namespace: inner},
        "required": [namespace],
        "additionalProperties": False,
        "$defs": defs,
    }
    return _describe(_untitled(schema))


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by file name (without .schema.json)."""
    found = {name: file_schema(name, shape, model, name) for name, (shape, model) in DATA_FILES.items()}
    found[TEMPLATES] = file_schema(TEMPLATE_NAMESPACE, SINGLE, MauVanBan, TEMPLATES)
    return found


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def schema_line(data_file: str) -> str:
    """The first line of a data file (a path under data/): where its schema is."""
    depth = data_file.count("/")
    name = TEMPLATES if data_file.startswith("data/mau/") else Path(data_file).stem
    return f"# yaml-language-server: $schema={'../' * depth}docs/{SCHEMA_DIR}/{name}.schema.json"


def write(root: Path = _ROOT) -> list[Path]:
    """Write every schema into docs/schema/; returns the files written."""
    folder = root / "docs" / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(schema_text(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(path.relative_to(_ROOT))
    sys.exit(0)
