"""MkDocs' own messages (English) said again in Vietnamese, naming the file and what to fix.

Plain Python, no MkDocs import: deploy/build.py applies it to a build's output, and
overrides/hooks/xem_truoc.py to the preview's log. Each pattern is MkDocs 1.6's wording (or
Material's, or mkdocs-macros'); the groups name the page, link, target or configuration key.
"""

from __future__ import annotations

import re
from typing import Callable

_LINKS = [
    (r"Doc file '([^']+)' contains a link '([^']+)', but the target(?: '([^']+)')? is not found among documentation files",
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới docs/{m[3] or m[2]}, tệp này không có. Sửa liên kết hoặc tạo trang đó.'),
    (r"Doc file '([^']+)' contains a link '([^']+)', but there is no such anchor on this page",
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới một mục không có trên chính trang đó. Sửa tên mục (phần sau dấu #).'),
    (r"Doc file '([^']+)' contains a link '([^']+)', but the doc '([^']+)' does not contain an anchor '([^']+)'",
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới mục {m[4]} của docs/{m[3]}, trang đó không có mục này. Sửa tên mục.'),
    (r"Doc file '([^']+)' contains an absolute link '([^']+)'",
     lambda m: f'Trang docs/{m[1]}: liên kết tuyệt đối "{m[2]}"; viết liên kết tương đối tới tệp .md.'),
    (r"Doc file '([^']+)' contains an unrecognized relative link '([^']+)'",
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" không trỏ tới tệp nào trong docs/. Viết liên kết tới tệp .md.'),
    (r"A reference to '([^']+)' is included in the 'nav' configuration, which is not found",
     lambda m: f'mkdocs.yml, mục nav: có trang "{m[1]}" nhưng không có tệp docs/{m[1]}. Sửa đường dẫn hoặc tạo trang.'),
    (r'The following pages exist in the docs directory, but are not included in the "nav" configuration',
     lambda m: "Có trang trong docs/ nhưng không có trong mục nav của mkdocs.yml (danh sách ngay dưới): thêm vào nav, "
               "hoặc xóa trang nếu không dùng."),
]

# Configuration: the most specific wording first, the catch-all last.
_CONFIG = [
    (r"Config value 'plugins': Plugin '([^']+)' option '([^']+)': Unrecognised configuration name",
     lambda m: f'mkdocs.yml, mục plugins › {m[1]}: tùy chọn "{m[2]}" không có (gõ sai tên?). Sửa hoặc xóa dòng đó.'),
    (r"Config value '([^']+)': Unrecognised configuration name: (\S+)",
     lambda m: f'mkdocs.yml: khóa "{m[2]}" không có trong cấu hình của MkDocs (gõ sai tên?). Sửa hoặc xóa dòng đó.'),
    (r"Config value '([^']+)': Required configuration not provided",
     lambda m: f'mkdocs.yml: thiếu mục bắt buộc "{m[1]}".'),
    (r"Config value 'theme': Unrecognised theme name: '([^']+)'",
     lambda m: f'mkdocs.yml, mục theme › name: không có giao diện "{m[1]}"; site dùng "material".'),
    (r"Config value '([^']+)': The path '([^']+)' isn't an existing (file|directory)",
     lambda m: f'mkdocs.yml, mục {m[1]}: không có {"tệp" if m[3] == "file" else "thư mục"} {m[2]}. Sửa đường dẫn.'),
    (r"Config value 'markdown_extensions': Failed to load extension '([^']+)'",
     lambda m: f'mkdocs.yml, mục markdown_extensions: không có phần mở rộng "{m[1]}" (gõ sai tên, hoặc gói chưa cài).'),
    (r"Config value 'plugins': The \"([^\"]+)\" plugin is not installed",
     lambda m: f'mkdocs.yml, mục plugins: không có plugin "{m[1]}" (gõ sai tên, hoặc chưa cài: pip install -r requirements.txt).'),
    (r"Config value '([^']+)': (.+)",
     lambda m: f"mkdocs.yml, mục {m[1]}: giá trị không hợp lệ ({m[2]})."),
    (r"Macro plugin could not find custom '([^']+)' module",
     lambda m: f'mkdocs.yml, mục plugins › macros › module_name: không có thư mục mã "{m[1]}" (phải là "macros").'),
    (r"TemplateNotFound: 'partials/languages/([^']+)\.html'",
     lambda m: f'mkdocs.yml, mục theme › language: giao diện không có ngôn ngữ "{m[1]}"; site dùng "vi".'),
    (r"Aborted with (?:a configuration error|\d+ configuration warnings in 'strict' mode)",
     lambda m: "Cấu hình mkdocs.yml có lỗi (ở trên); site chưa được cập nhật."),
    (r"Aborted with (\d+) warnings? in strict mode",
     lambda m: f"Bản dựng dừng vì {m[1]} cảnh báo ở trên; site chưa được cập nhật."),
]

EXPLAIN: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(pattern), say) for pattern, say in _LINKS + _CONFIG
]

_CONFIG_YAML = re.compile(r'in "[^"]*mkdocs\.yml", line (\d+), column (\d+)')


def explain(line: str) -> str | None:
    """The Vietnamese for one line of MkDocs' log, or None if it is not a known problem."""
    for pattern, say in EXPLAIN:
        match = pattern.search(line)
        if match:
            return say(match)
    return None


def explain_config_yaml(output: str) -> str | None:
    """mkdocs.yml that is not valid YAML: MkDocs quotes PyYAML over several lines; the last
    position it names is where the parser stopped."""
    if "error parsing the configuration file" not in output:
        return None
    marks = _CONFIG_YAML.findall(output)
    where = f", dòng {marks[-1][0]}, cột {marks[-1][1]}" if marks else ""
    return (f"mkdocs.yml{where}: lỗi cú pháp YAML. Thường do thụt lề không đều, thiếu dấu hai chấm "
            f"hoặc dấu ngoặc không đóng; xem cả dòng ngay trên.")
