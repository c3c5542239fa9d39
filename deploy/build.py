"""Build the site strictly, and say in Vietnamese what each problem means.

    python deploy/build.py OUTPUT_DIR        (OFFLINE=true for the folder edition)

Runs a strict MkDocs build with its log on (never the quiet flag): MkDocs 1.6 counts warnings
for strict mode only as it logs them, so with the log silenced a dead link, a missing anchor or a page left out of the
navigation would pass. MkDocs says those in English; each is repeated here in Vietnamese,
naming the page, the link and its target. Exit status: MkDocs' own (0 only for a clean build).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path


def _load_messages():
    """macros/build_messages.py by its path: not through the macros package, whose
    __init__ (the site's macros, MkDocs) a broken edit may be what the build reports."""
    path = Path(__file__).resolve().parent.parent / "macros" / "build_messages.py"
    spec = importlib.util.spec_from_file_location("build_messages", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


messages = _load_messages()

# What the maintainer reads last when the build failed without a message of ours: MkDocs,
# a plugin or Python stopped on something the checks did not foresee.
UNFORESEEN = ("Dựng site thất bại vì một lỗi chưa được kiểm tra trước (chi tiết tiếng Anh ở trên). "
              "Hãy hoàn tác thay đổi vừa làm rồi báo nhóm kỹ thuật; site chưa được cập nhật.")


def main() -> int:
    if len(sys.argv) != 2:
        print("Cách dùng: python deploy/build.py THƯ_MỤC_ĐÍCH", file=sys.stderr)
        return 2
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", sys.argv[1]],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = result.stdout  # both streams, in the order MkDocs wrote them
    problems = []  # the Vietnamese lines, repeated at the end where the maintainer looks
    follows = None  # what the indented or unprefixed lines after a message belong to
    for line in output.splitlines():
        if line.startswith("INFO") and "exist in the docs directory" not in line and "Cảnh báo:" not in line:
            continue  # progress, not a problem
        print(line, file=sys.stderr)
        said = messages.explain(line)
        if said:
            print(f"  → {said}", file=sys.stderr)
            follows = "nav" if said.startswith("Có trang trong docs/") else None
            if not follows:
                problems.append(said)
        elif follows == "nav" and line.startswith("  - "):
            problems.append(f"Trang docs/{line[4:]} không có trong mục nav của mkdocs.yml: thêm vào nav, "
                            f"hoặc xóa trang nếu không dùng.")
        elif line.startswith("ERROR") and _is_vietnamese(line):
            problems.append(line.removeprefix("ERROR").lstrip(" -"))
            follows = "data" if "Dữ liệu có lỗi" in line else None
        elif follows == "data" and line and not line[0].isspace():
            problems.append(line)  # the data problems, one a line under their heading
        else:
            follows = None
    said = messages.explain_config_yaml(output)
    if said:
        problems.append(said)
    if result.returncode != 0:
        print("\n--- Tóm tắt: cần sửa ---", file=sys.stderr)
        for problem in dict.fromkeys(problems) or [UNFORESEEN]:
            print(problem, file=sys.stderr)
    return result.returncode


def _is_vietnamese(text: str) -> bool:
    return any(ch in text for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


if __name__ == "__main__":
    sys.exit(main())
