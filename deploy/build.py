"""Build the site strictly, and say in Vietnamese what each problem means.

    python deploy/build.py OUTPUT_DIR        (OFFLINE=true for the folder edition)

Runs a strict MkDocs build with its log on (never the quiet flag): MkDocs 1.6 counts warnings
for strict mode only as it logs them, so with the log silenced a dead link, a missing anchor or a page left out of the
navigation would pass. MkDocs says those in English; each is repeated here in Vietnamese,
naming the page, the link and its target. Exit status: MkDocs' own (0 only for a clean build).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

# (English pattern from MkDocs 1.6, Vietnamese explanation); the groups name page, link, target.
EXPLAIN = [
    (re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the target(?: '([^']+)')? is not found among documentation files"),
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới docs/{m[3] or m[2]}, tệp này không có. Sửa liên kết hoặc tạo trang đó.'),
    (re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but there is no such anchor on this page"),
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới một mục không có trên chính trang đó. Sửa tên mục (phần sau dấu #).'),
    (re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the doc '([^']+)' does not contain an anchor '([^']+)'"),
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" trỏ tới mục {m[4]} của docs/{m[3]}, trang đó không có mục này. Sửa tên mục.'),
    (re.compile(r"Doc file '([^']+)' contains an absolute link '([^']+)'"),
     lambda m: f'Trang docs/{m[1]}: liên kết tuyệt đối "{m[2]}"; viết liên kết tương đối tới tệp .md.'),
    (re.compile(r"Doc file '([^']+)' contains an unrecognized relative link '([^']+)'"),
     lambda m: f'Trang docs/{m[1]}: liên kết "{m[2]}" không trỏ tới tệp nào trong docs/. Viết liên kết tới tệp .md.'),
    (re.compile(r"A reference to '([^']+)' is included in the 'nav' configuration, which is not found"),
     lambda m: f'mkdocs.yml, mục nav: có trang "{m[1]}" nhưng không có tệp docs/{m[1]}. Sửa đường dẫn hoặc tạo trang.'),
    (re.compile(r'The following pages exist in the docs directory, but are not included in the "nav" configuration'),
     lambda m: "Có trang trong docs/ nhưng không có trong mục nav của mkdocs.yml (danh sách ngay dưới): thêm vào nav, "
               "hoặc xóa trang nếu không dùng."),
    (re.compile(r"Aborted with (\d+) warnings? in strict mode"),
     lambda m: f"Bản dựng dừng vì {m[1]} cảnh báo ở trên; site chưa được cập nhật."),
]


def explain(line: str) -> str | None:
    for pattern, say in EXPLAIN:
        match = pattern.search(line)
        if match:
            return say(match)
    return None


def main() -> int:
    if len(sys.argv) != 2:
        print("Cách dùng: python deploy/build.py THƯ_MỤC_ĐÍCH", file=sys.stderr)
        return 2
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", sys.argv[1]],
                            env=env, capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        if line.startswith("INFO") and "exist in the docs directory" not in line:
            continue  # progress, not a problem
        print(line, file=sys.stderr)
        said = explain(line)
        if said:
            print(f"  → {said}", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
