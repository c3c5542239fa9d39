"""The one exception the site's code raises for bad data or a bad macro call, and how the
preview (`mkdocs serve`) shows a problem on the page: the Vietnamese blocks and where they go."""

import re

from mkdocs.exceptions import PluginError
from pydantic import ValidationError


class DataError(PluginError):
    """Bad data or a bad reference; the message is Vietnamese and names file, entry, field.

    A PluginError, so MkDocs logs the message at ERROR and aborts the build before it
    touches the site folder when raised while the configuration loads.
    """


_UNCLOSED = re.compile(r"The innermost block that needs to be closed is '(\w+)'")
# Jinja's tags that open a block closed by end<name>
_BLOCKS = {"if", "for", "block", "macro", "call", "filter", "set", "with", "raw", "trans", "autoescape"}


_BLOCK_TAG = re.compile(r"\{%-?\s*(end)?(\w+)")


def error_line(error, source: str) -> int:
    """The line to show for a Jinja syntax error of `source`: for a block left open, the line
    that opens it (Jinja can only say where the text after it starts); else Jinja's line."""
    unclosed = _UNCLOSED.search(error.message or "")
    if not unclosed:
        return error.lineno
    opened: list[tuple[str, int]] = []
    for match in _BLOCK_TAG.finditer(source):
        end, name = match.groups()
        if end and opened and opened[-1][0] == name:
            opened.pop()
        elif not end and name in _BLOCKS:
            opened.append((name, source.count("\n", 0, match.start()) + 1))
    same = [line for name, line in opened if name == unclosed[1]]
    return same[-1] if same else error.lineno


def syntax_problem(error) -> str:
    """A Jinja syntax error of a page, in Vietnamese: what is wrong, without the line."""
    unclosed = _UNCLOSED.search(error.message or "")
    if unclosed:
        block = unclosed[1]
        return f"khối {{% {block} %}} mở ở dòng này mà chưa đóng (thiếu {{% end{block} %}})"
    return (f"lỗi cú pháp macro ({error.message}). Kiểm tra dấu ngoặc {{{{ }}}} và dấu ngoặc kép "
            f"của lời gọi macro")


def preview_block(error: Exception, src_path: str, line: int | None = None) -> str:
    """The Markdown shown in the preview (`mkdocs serve`) in place of a page whose macro
    failed: what is wrong, in Vietnamese, escaped (`line`: a syntax error's line in the file).
    The published build never shows it: there the same error stops the build."""
    import html

    from jinja2 import TemplateSyntaxError, UndefinedError

    if isinstance(error, (DataError, UndefinedError)):
        what = str(error)  # already Vietnamese (macros/__init__.py gives Jinja its undefined)
    elif isinstance(error, TemplateSyntaxError):
        what = f"Dòng {line or error.lineno}: {syntax_problem(error)}."
    else:
        what = f"Lỗi khi chạy macro ({type(error).__name__}): {error}"
    return _failure("Trang này có lỗi, chưa thể xuất bản",
                    f"Tệp <code>docs/{html.escape(src_path)}</code>: {html.escape(what)}",
                    "Sửa tệp rồi lưu lại: trang sẽ tự cập nhật.")


def data_error_block(error: DataError) -> str:
    """The block the preview puts on every page while data/ has an error: the message (it
    names file, line, entry, field) over the last good data."""
    problems = [line for line in str(error).splitlines() if not line.startswith("Dữ liệu có lỗi")]
    return problems_block("Dữ liệu có lỗi, chưa thể xuất bản", problems,
                          "Trang đang hiện theo dữ liệu đúng lần trước.")


def config_error_block(problems: list[str]) -> str:
    """The block the preview puts on every page while mkdocs.yml has a key MkDocs does not know."""
    return problems_block("Cấu hình mkdocs.yml có lỗi, chưa thể xuất bản", problems,
                          "Trang đang hiện như thể không có dòng sai đó.")


def after_title(markdown: str, block: str) -> str:
    """`block` after the page's "# title" line (MkDocs takes the title from it), else first."""
    first, _, rest = markdown.partition("\n")
    if first.startswith("# "):
        return f"{first}\n\n{block}\n{rest}"
    return f"{block}\n{markdown}"


def problems_block(title: str, problems: list[str], state: str) -> str:
    """A failure block for every page of the preview: the problems escaped, braces too (the
    page may still go through Jinja after it)."""
    import html

    lines = "<br>\n".join(html.escape(line).replace("{", "&#123;") for line in problems)
    return _failure(title, lines, f"{state} Sửa tệp rồi lưu lại: mọi trang sẽ tự cập nhật.")


def _failure(title: str, body_html: str, advice: str) -> str:
    """The preview's failure admonition: title, what is wrong (HTML, escaped by the caller),
    what to do, and that the deploy would refuse it."""
    import html

    return (
        '<div class="admonition failure" role="alert">\n'
        f'<p class="admonition-title">{html.escape(title)}</p>\n'
        f"<p>{body_html}</p>\n"
        f"<p>{html.escape(advice)} Khi còn lỗi này, lệnh triển khai sẽ dừng và site đang chạy "
        "không thay đổi.</p>\n"
        "</div>\n"
    )


# --- The data schema's errors (pydantic), in Vietnamese ------------------------------------

_MESSAGES = {
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là chữ (đặt trong dấu ngoặc kép nếu cần)",
    "string_too_short": "không được để trống",
    "int_type": "phải là một số nguyên",
    "bool_type": "phải là true hoặc false",
    "list_type": "phải là một danh sách (mỗi mục một dòng, bắt đầu bằng dấu gạch ngang)",
    "dict_type": "phải là một nhóm trường dạng tên: giá trị",
    "model_type": "phải là một nhóm trường dạng tên: giá trị",
    "date_type": "phải là ngày dạng NĂM-THÁNG-NGÀY",
}


def _place(loc: tuple) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item + 1}]")
        elif item.startswith("function-") or item in ("literal", "str", "int", "[key]"):
            continue
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts)


def _message(err: dict) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind == "extra_forbidden":
        return "trường này không có trong mẫu dữ liệu (gõ sai tên trường?)"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        return f'giá trị "{err["input"]}" không hợp lệ; chỉ nhận: {expected}'
    if kind == "string_pattern_mismatch":
        return f'giá trị "{err["input"]}" không đúng dạng cho phép'
    if kind == "string_too_long":
        size, limit = (f"{n:,}".replace(",", ".") for n in (len(err["input"]), ctx.get("max_length")))
        return (f"dài {size} ký tự, quá {limit} ký tự của một đoạn (dán nhầm cả văn bản vào một "
                f"trường?). Rút gọn hoặc tách thành nhiều đoạn")
    if kind == "too_short":
        return f"cần ít nhất {ctx.get('min_length', 1)} mục"
    if kind == "too_long":
        return f"nhiều nhất {ctx.get('max_length')} mục"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f'giá trị {err["input"]} nằm ngoài khoảng cho phép'
    return _MESSAGES.get(kind, f"giá trị không hợp lệ ({err['msg']})")


def describe(error: ValidationError, where: str) -> list[str]:
    """One Vietnamese line per problem: `where`, then the field, then what is wrong."""
    lines = []
    for err in error.errors(include_url=False):
        place = _place(err["loc"])
        field = f', trường "{place}"' if place else ""
        lines.append(f"{where}{field}: {_message(err)}.")
    return lines
