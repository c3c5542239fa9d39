"""Every document number and date on the site comes from the registry: pages cite documents
through macros, never by typing "10-CT/TW" or "Chỉ thị 10" in the prose."""

from __future__ import annotations

import re

from conftest import ROOT

MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
NUMBER = re.compile(r"\d+\s*-\s*(CT|KL|HD|NQ|QĐ|CV|ĐA|TB|QC)\s*/")
SHORT = re.compile(r"\b(Chỉ thị|Kết luận|Hướng dẫn|Nghị quyết|Quyết định|Quy định|Công văn|Đề án|Thông báo)\s+(số\s+)?\d+",
                   re.IGNORECASE)


def hand_typed_numbers(text: str) -> list[tuple[int, str]]:
    """(line, match) of every document number typed outside macro calls and code."""
    blank = lambda m: re.sub(r"[^\n]", " ", m.group(0))  # keep line numbers
    prose = CODE.sub(blank, MACRO.sub(blank, text))
    found = []
    for number, line in enumerate(prose.splitlines(), start=1):
        for pattern in (NUMBER, SHORT):
            found += [(number, m.group(0)) for m in pattern.finditer(line)]
    return found


def test_pattern_catches_hand_typed_numbers_and_spares_macros():
    text = 'Theo {{ van_ban("ct-10-2007") }} và Chỉ thị số 10, tức 10-CT/TW.\n`42-HD/BTCTW` trong mã.'
    assert hand_typed_numbers(text) == [(1, "10-CT/"), (1, "Chỉ thị số 10")]


def test_no_document_number_typed_by_hand_in_docs():
    problems = [
        f"docs/{path.relative_to(ROOT / 'docs')}:{line}: \"{match}\" — dùng macro van_ban(...)"
        for path in sorted((ROOT / "docs").rglob("*.md"))
        for line, match in hand_typed_numbers(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "\n".join(problems)


def test_every_text_file_is_utf8_nfc():
    import unicodedata

    suffixes = {".md", ".yml", ".j2", ".html", ".py", ".js", ".css", ".sh", ".conf", ".txt"}
    problems = []
    for path in sorted(ROOT.rglob("*")):
        parts = set(path.relative_to(ROOT).parts)
        if path.suffix not in suffixes or parts & {".venv", "node_modules", ".git", "site", "__pycache__"}:
            continue
        text = path.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", text) != text:
            problems.append(str(path.relative_to(ROOT)))
    assert problems == []
