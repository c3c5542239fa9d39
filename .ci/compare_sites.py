"""Compare two builds of the site, made by two generators (MkDocs and ProperDocs).

    python .ci/compare_sites.py SITE_A SITE_B

Same set of files; every page the same, except the generator's name in its
<meta name="generator"> line; the search index the same; every Word file (and its script
twin) the same part for part (a zip records when it was written). Prints what differs, in
Vietnamese; exit status 1 if anything does.
"""

from __future__ import annotations

import base64
import io
import re
import sys
import zipfile
from pathlib import Path

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
SCRIPT = re.compile(rb'"([A-Za-z0-9+/=]+)";')


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def comparable(rel: str, content: bytes) -> object:
    if rel.endswith(".docx.js"):
        content, rel = base64.b64decode(SCRIPT.search(content).group(1)), rel[:-3]
    if rel.endswith(".docx"):
        archive = zipfile.ZipFile(io.BytesIO(content))
        return {name: archive.read(name) for name in archive.namelist()}
    if rel.endswith(".html"):
        return GENERATOR.sub(b"", content)
    return content


def main() -> int:
    first, second = (Path(arg) for arg in sys.argv[1:3])
    a, b = files(first), files(second)
    problems = [f"chỉ có trong {first}: {name}" for name in sorted(a - b)]
    problems += [f"chỉ có trong {second}: {name}" for name in sorted(b - a)]
    problems += [f"khác nhau: {name}" for name in sorted(a & b)
                 if comparable(name, (first / name).read_bytes()) != comparable(name, (second / name).read_bytes())]
    pages = sum(name.endswith(".html") for name in a & b)
    if problems:
        print("\n".join(problems))
        return 1
    print(f"Hai bản dựng giống nhau: {len(a)} tệp, trong đó {pages} trang HTML.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
