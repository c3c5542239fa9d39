"""Model documents (templates): from one source in data/ to one structured document per
variant, which the page renderer and the Word writer both walk.

A line of a template is text with `{name}` placeholders: a name is either a word of the
variant (data/quy_che_lam_viec.yml, bien_the.*.tu; it may itself hold fill-in fields) or a
fill-in field (data/truong_mau.yml), which stays a visible blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .formatting import ngay_so
from .errors import DataError
from .schema import QuyCheLamViec, TruongMau, VanBan

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
TEMPLATE_FILE = "data/quy_che_lam_viec.yml"
PAGES = "mau/quy-che-lam-viec"  # docs folder of the variant pages and their Word files


def page_path(slug: str) -> str:
    return f"{PAGES}/{slug}.md"


def docx_path(slug: str) -> str:
    return f"{PAGES}/quy-che-lam-viec-{slug}.docx"

# A segment of a line: ("text", "...") or ("field", field id).
Segment = tuple[str, str]


@dataclass(frozen=True)
class Line:
    segments: tuple[Segment, ...]

    def display(self, labels: dict[str, TruongMau]) -> str:
        """Plain text with each blank shown as its label, "[tên doanh nghiệp]"."""
        return "".join(value if kind == "text" else blank(labels, value) for kind, value in self.segments)


def blank(labels: dict[str, TruongMau], field_id: str) -> str:
    return f"[{labels[field_id].nhan}]"


@dataclass(frozen=True)
class Article:
    id: str
    number: int
    title: Line
    clauses: tuple[Line, ...]
    guidance: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Chapter:
    number: str
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class ModelDocument:
    variant: str
    name: str
    header: dict[str, Line]
    type_name: str
    subject: Line
    grounds: tuple[Line, ...]
    chapters: tuple[Chapter, ...]
    recipients: tuple[Line, ...]
    signer: tuple[str, ...]
    signer_name: Line
    labels: dict[str, TruongMau] = field(default_factory=dict)

    def articles(self) -> list[Article]:
        return [a for c in self.chapters for a in c.articles]

    def body_lines(self) -> list[str]:
        """The regulation's text, line by line: the part a committee copies (type name to the
        last article), as the page and the Word body show it."""
        show = lambda line: line.display(self.labels)  # noqa: E731
        lines = [self.type_name, show(self.subject)] + [show(g) for g in self.grounds]
        for chapter in self.chapters:
            lines.append(f"Chương {chapter.number} {chapter.title}")
            for article in chapter.articles:
                lines.append(f"Điều {article.number}. {show(article.title)}")
                lines += [clause_prefix(article, i) + show(c) for i, c in enumerate(article.clauses, 1)]
        return lines


def clause_prefix(article: Article, index: int) -> str:
    """"1. ", "2. "... when an article has several clauses; nothing for a single clause."""
    return f"{index}. " if len(article.clauses) > 1 else ""


def _in_variant(item, variant: str) -> bool:
    return item.chi is None or variant in item.chi


def fill(text: str, words: dict[str, str], fields: dict[str, TruongMau], where: str) -> Line:
    """Expand the variant's words, then split the fields out as blanks."""
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


def ground_text(doc: VanBan, type_name: str, issuer: str) -> str:
    """"Căn cứ Quyết định số 158-QĐ/TW, ngày 12/5/2008 của Bộ Chính trị về ban hành ...;\""""
    if not doc.so_hieu:
        return f"Căn cứ {doc.ten_goi};"
    subject = doc.trich_yeu[0].lower() + doc.trich_yeu[1:]
    return f"Căn cứ {type_name} số {doc.so_hieu}, ngày {ngay_so(doc.ngay)} của {issuer} {subject};"


def build(template: QuyCheLamViec, variant: str, fields: dict[str, TruongMau], data) -> ModelDocument:
    """The model document for one variant. `data` is the SiteData (for the grounds)."""
    spec = template.bien_the[variant]
    words = spec.tu

    def line(text: str, where: str) -> Line:
        return fill(text, words, fields, f"{TEMPLATE_FILE}, {where}")

    grounds = []
    for number, ground in enumerate(template.can_cu, start=1):
        if ground.van_ban:
            doc = data.van_ban[ground.van_ban]
            text = ground_text(doc, data.loai[doc.loai].ten, data.co_quan[doc.co_quan].ten)
        else:
            text = ground.chu
        grounds.append(line(text, f"can_cu[{number}]"))
    grounds.append(line(template.khung.ket_can_cu, "khung.ket_can_cu"))

    chapters, number = [], 0
    for chapter in template.chuong:
        articles = []
        for article in chapter.dieu:
            if not _in_variant(article, variant):
                continue
            number += 1
            where = f'điều "{article.id}"'
            clauses = tuple(line(k.chu, where) for k in article.khoan if _in_variant(k, variant))
            articles.append(Article(article.id, number, line(article.ten, where), clauses,
                                    article.huong_dan, tuple(article.van_ban)))
        if articles:
            chapters.append(Chapter(chapter.so, chapter.ten, tuple(articles)))

    frame = template.khung
    header = {
        "cap_tren": line(frame.cap_tren_dau_trang, "khung"),
        "co_quan_ban_hanh": line(frame.co_quan_ban_hanh, "khung"),
        "so": line(frame.so, "khung"),
        "dia_danh_ngay": line(frame.dia_danh_ngay, "khung"),
    }
    recipients = tuple(line(k.chu, "khung.noi_nhan") for k in frame.noi_nhan if _in_variant(k, variant))
    return ModelDocument(
        variant=variant,
        name=spec.ten,
        header=header,
        type_name=frame.ten_loai,
        subject=line(frame.trich_yeu[variant], "khung.trich_yeu"),
        grounds=tuple(grounds),
        chapters=tuple(chapters),
        recipients=recipients,
        signer=(words["tm"], words["nguoi_ky"]),
        signer_name=line(frame.ho_ten_nguoi_ky, "khung"),
        labels=fields,
    )


def check(template: QuyCheLamViec, van_ban: dict, problems: list[str]) -> None:
    """Cross-checks of the template source; building every variant also checks every placeholder."""
    variants = set(template.bien_the)
    word_sets = {v: set(spec.tu) for v, spec in template.bien_the.items()}
    first = next(iter(word_sets.values()))
    for v, words in word_sets.items():
        if words != first:
            problems.append(f'{TEMPLATE_FILE}, biến thể "{v}": các từ (tu) phải cùng tên ở mọi biến thể; khác: {", ".join(sorted(words ^ first))}.')
    if set(template.khung.trich_yeu) != variants:
        problems.append(f"{TEMPLATE_FILE}, khung.trich_yeu: cần đúng một dòng cho mỗi biến thể ({', '.join(sorted(variants))}).")
    seen: set[str] = set()
    for chapter in template.chuong:
        for article in chapter.dieu:
            where = f'{TEMPLATE_FILE}, điều "{article.id}"'
            if article.id in seen:
                problems.append(f'{where}: mã điều đã dùng ở trên.')
            seen.add(article.id)
            restrictions = [article.chi or []] + [k.chi or [] for k in article.khoan]
            for chi in restrictions:
                for v in chi:
                    if v not in variants:
                        problems.append(f'{where}, trường "chi": biến thể "{v}" không có (có: {", ".join(sorted(variants))}).')
            for doc_id in article.van_ban:
                if doc_id not in van_ban:
                    problems.append(f'{where}, trường "van_ban": mã văn bản "{doc_id}" không có trong data/van_ban.yml.')
    for number, ground in enumerate(template.can_cu, start=1):
        if ground.van_ban and ground.van_ban not in van_ban:
            problems.append(f'{TEMPLATE_FILE}, can_cu[{number}]: mã văn bản "{ground.van_ban}" không có trong data/van_ban.yml.')
    for number, item in enumerate(template.tu_ra_soat, start=1):
        if item.dieu not in seen:
            problems.append(f'{TEMPLATE_FILE}, tu_ra_soat[{number}]: điều "{item.dieu}" không có trong quy chế mẫu.')

