"""The one structure every model document is built into (`ModelDocument`: header, grounds,
parts of sections of blocks, closing, signature), which the page (page.py), the copy
buttons and the Word writer (word.py) all walk; and `fill`, which turns a line of a source,
text with `{name}` placeholders, into text and blanks.

A name is either a word of the regulation's variant (bien_the.*.tu; it may itself hold
fill-in fields) or a fill-in field (data/truong_mau.yml), which stays a visible blank,
"[label]", until someone fills it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import DataError
from ..schema import TruongMau

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# Bookmark names of the blanks in the Word files: "_o_<field>_<n>". A name starting with "_"
# is a hidden bookmark in Word; the page's fill-in script (dien-mau.js) finds the blanks by
# this prefix, which it reads from the form (data-tien-to-o), never written twice.
BLANK_BOOKMARK = "_o_"


# A segment of a line: ("text", "...") or ("field", field id).
Segment = tuple[str, str]


@dataclass(frozen=True)
class Line:
    segments: tuple[Segment, ...]

    def display(self, labels: dict[str, TruongMau]) -> str:
        """Plain text with each blank shown as its label, "[tên doanh nghiệp]"."""
        return "".join(value if kind == "text" else blank(labels, value) for kind, value in self.segments)

    def fields(self) -> list[str]:
        return [value for kind, value in self.segments if kind == "field"]


def blank(labels: dict[str, TruongMau], field_id: str) -> str:
    return f"[{labels[field_id].nhan}]"


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Line, ...], ...]


@dataclass(frozen=True)
class Block:
    """A paragraph (prefix + line: "1. " before a clause) or a table of a section; `id` is the
    clause's stable id in the source (dong.id), the same in every version."""
    prefix: str = ""
    line: Line | None = None
    table: Table | None = None
    id: str = ""

    def lines(self) -> list[Line]:
        if self.table:
            return [cell for row in self.table.rows for cell in row]
        return [self.line]


@dataclass(frozen=True)
class Section:
    """An article of the regulation, or a section of another template."""
    id: str
    anchor: str
    number: int | None  # the article's or section's number; None for an untitled section
    label: str  # "Điều 5." or "1." or ""
    title: Line | None
    blocks: tuple[Block, ...]
    guidance: str | None
    guidance_title: str
    documents: tuple[str, ...]
    check: str | None = None  # why part of the guidance is "cần kiểm chứng"
    rule: str | None = None  # the meeting-order step this section records (meeting guide)
    rule_check: str | None = None  # why that step is "cần kiểm chứng"


@dataclass(frozen=True)
class Part:
    """A chapter of the regulation ("Chương I", centred), or a numbered part ("I.")."""
    anchor: str
    label: str
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Signer:
    """One side of the signature block: a signer (capacity lines, then the name), or the
    list of recipients ("Nơi nhận")."""
    lines: tuple[str, ...] = ()
    name: Line | None = None
    recipients: tuple[Line, ...] | None = None


@dataclass(frozen=True)
class ModelDocument:
    id: str  # variant of the regulation, or template id
    name: str
    page: str  # docs path of its page
    docx: str  # docs path of its Word file
    header: dict[str, Line]  # cap_tren, co_quan_ban_hanh, so (may be absent), dia_danh_ngay
    type_name: str
    subject: Line
    grounds: tuple[Line, ...]
    parts: tuple[Part, ...]
    closing: tuple[Line, ...]
    signature: tuple[Signer, Signer]
    chapters: bool  # parts are chapters (centred two-line headings) and sections articles
    labels: dict[str, TruongMau] = field(default_factory=dict)

    def sections(self) -> list[Section]:
        return [s for p in self.parts for s in p.sections]

    def all_lines(self) -> list[Line]:
        """Every line with text that can hold blanks, header and signature included."""
        lines = list(self.header.values()) + [self.subject, *self.grounds, *self.closing]
        for section in self.sections():
            lines += [section.title] if section.title else []
            lines += [line for block in section.blocks for line in block.lines()]
        for signer in self.signature:
            lines += [signer.name] if signer.name else []
            lines += list(signer.recipients or ())
        return lines

    def fields(self) -> list[str]:
        """The fields this document uses, in order of first use."""
        used: list[str] = []
        for line in self.all_lines():
            used += [f for f in line.fields() if f not in used]
        return used

    def body_lines(self) -> list[str]:
        """The text a committee copies (type name to the closing lines), line by line, as the
        page and the Word body show it; a table gives its header cells, then its cells."""
        show = lambda line: line.display(self.labels)  # noqa: E731
        lines = [self.type_name, show(self.subject)] + [show(g) for g in self.grounds]
        for part in self.parts:
            if part.label or part.title:
                lines.append(f"{part.label} {part.title}".strip())
            for section in part.sections:
                if section.title:
                    lines.append(f"{section.label} {show(section.title)}".strip())
                for block in section.blocks:
                    if block.table:
                        lines += list(block.table.columns) + [show(cell) for cell in block.lines()]
                    else:
                        lines.append(block.prefix + show(block.line))
        return lines + [show(line) for line in self.closing]


def _check_braces(text: str, where: str) -> None:
    """A brace outside a well-formed {name} is a typo that would be published as text and
    lose its blank: refuse it."""
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        start = max(0, min(i for i in (rest.find("{"), rest.find("}")) if i >= 0) - 15)
        raise DataError(
            f'{where}: dấu ngoặc nhọn sai ở "…{rest[start:start + 40]}…". Ô cần điền viết liền trong '
            f"một cặp ngoặc nhọn, chữ thường không dấu, không khoảng trắng, ví dụ {{ten_don_vi}}."
        )


def fill(text: str, words: dict[str, str], fields: dict[str, TruongMau], where: str) -> Line:
    """Expand the variant's words, then split the fields out as blanks."""
    _check_braces(text, where)
    for _ in range(3):  # words may contain words or fields
        text = PLACEHOLDER.sub(lambda m: words.get(m.group(1), m.group(0)), text)
    segments: list[Segment] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name not in fields:
            raise DataError(
                f'{where}: "{{{name}}}" không phải từ của biến thể hay ô cần điền nào '
                f"(ô cần điền khai báo trong data/truong_mau.yml)."
            )
        if match.start() > position:
            segments.append(("text", text[position:match.start()]))
        segments.append(("field", name))
        position = match.end()
    if position < len(text):
        segments.append(("text", text[position:]))
    return Line(tuple(segments))
