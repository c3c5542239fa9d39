"""Write the Vietnamese error pages nginx shows for a release (outside the site itself).

    python deploy/error_pages.py FOLDER

They are self-contained (no style sheet, font or script to fetch), because a visitor who is
refused (403) may not fetch anything else from the server either. The site's own themed page
stays the answer for a missing page (404) to allowed visitors.
"""

from __future__ import annotations

import sys
from pathlib import Path

# status -> (title, what happened and what to do); the 5xx page serves 500, 502, 503 and 504
PAGES = {
    "400": ("Yêu cầu không hợp lệ",
            "Máy chủ không hiểu yêu cầu này. Hãy mở lại trang từ trang chủ của Sổ tay."),
    "401": ("Cần đăng nhập",
            "Sổ tay trên máy chủ này chỉ mở cho người có tài khoản. Hãy đăng nhập bằng tài khoản "
            "người quản trị đã cấp; nếu chưa có, hãy liên hệ người quản trị máy chủ của cơ quan."),
    "403": ("Không được phép truy cập",
            "Sổ tay chỉ mở cho máy tính trong mạng nội bộ của cơ quan. Nếu cần dùng, hãy liên "
            "hệ người quản trị máy chủ của cơ quan."),
    "405": ("Thao tác không được hỗ trợ",
            "Sổ tay chỉ cho phép xem và tải về; không nhận gửi dữ liệu lên máy chủ."),
    "413": ("Dữ liệu gửi lên quá lớn",
            "Sổ tay không nhận dữ liệu gửi lên máy chủ. Hãy mở lại trang từ trang chủ."),
    "414": ("Địa chỉ trang quá dài",
            "Địa chỉ trang dài quá mức máy chủ nhận. Hãy kiểm tra lại đường dẫn hoặc mở từ trang chủ."),
    "5xx": ("Máy chủ đang gặp sự cố",
            "Máy chủ tạm thời không trả lời được. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo "
            "người quản trị máy chủ của cơ quan."),
}

TEMPLATE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Sổ tay cấp ủy cơ sở</title>
<style>
body {{ font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; margin: 0; color: #1f1f1f; background: #fff; }}
main {{ max-width: 40rem; margin: 4rem auto; padding: 0 1.25rem; line-height: 1.6; font-size: 1.125rem; overflow-wrap: break-word; }}
h1 {{ color: #8e0f0f; font-size: 1.75rem; line-height: 1.3; }}
</style>
</head>
<body>
<main>
<p>Sổ tay cấp ủy cơ sở</p>
<h1>{title}</h1>
<p>{text}</p>
<p><a href="/">Về trang chủ</a></p>
</main>
</body>
</html>
"""


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for status, (title, text) in PAGES.items():
        (folder / f"{status}.html").write_text(TEMPLATE.format(title=title, text=text), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Cách dùng: python deploy/error_pages.py THƯ_MỤC")
    write(Path(sys.argv[1]))
