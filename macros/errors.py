"""The one exception the site's code raises for bad data or a bad macro call, and how the
preview (`mkdocs serve`) shows a problem on the page: the Vietnamese blocks and where they go."""

import re

from mkdocs.exceptions import PluginError


class DataError(PluginError):
    """Bad data or a bad reference; the message is Vietnamese and names file, entry, field.

    A PluginError, so MkDocs logs the message at ERROR and aborts the build before it
    touches the site folder when raised while the configuration loads.
    """


_UNCLOSED = re.compile(r"The innermost block that needs to be closed is '(\w+)'")


def syntax_problem(error) -> str:
    """A Jinja syntax error of a page, in Vietnamese: what is wrong, without the line."""
    unclosed = _UNCLOSED.search(error.message or "")
    if unclosed:
        block = unclosed[1]
        return f"khối {{% {block} %}} mở mà chưa đóng (thiếu {{% end{block} %}})"
    return (f"lỗi cú pháp macro ({error.message}). Kiểm tra dấu ngoặc {{{{ }}}} và dấu ngoặc kép "
            f"của lời gọi macro")


def preview_block(error: Exception, src_path: str) -> str:
    """The Markdown shown in the preview (`mkdocs serve`) in place of a page whose macro
    failed: what is wrong, in Vietnamese, escaped. The published build never shows it: there
    the same error stops the build."""
    import html

    from jinja2 import TemplateSyntaxError, UndefinedError

    if isinstance(error, (DataError, UndefinedError)):
        what = str(error)  # already Vietnamese (macros/__init__.py gives Jinja its undefined)
    elif isinstance(error, TemplateSyntaxError):
        what = f"Dòng {error.lineno}: {syntax_problem(error)}."
    else:
        what = f"Lỗi khi chạy macro ({type(error).__name__}): {error}"
    return (
        '<div class="admonition failure" role="alert">\n'
        '<p class="admonition-title">Trang này có lỗi, chưa thể xuất bản</p>\n'
        f"<p>Tệp <code>docs/{html.escape(src_path)}</code>: {html.escape(what)}</p>\n"
        "<p>Sửa tệp rồi lưu lại: trang sẽ tự cập nhật. Khi còn lỗi này, lệnh triển khai "
        "sẽ dừng và site đang chạy không thay đổi.</p>\n"
        "</div>\n"
    )


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
    """A failure admonition for every page of the preview: the problems escaped, braces too
    (the page may still go through Jinja after it)."""
    import html

    lines = "<br>\n".join(html.escape(line).replace("{", "&#123;") for line in problems)
    return (
        '<div class="admonition failure" role="alert">\n'
        f'<p class="admonition-title">{html.escape(title)}</p>\n'
        f"<p>{lines}</p>\n"
        f"<p>{html.escape(state)} Sửa tệp rồi lưu lại: mọi trang sẽ tự cập nhật. Khi còn lỗi này, "
        "lệnh triển khai sẽ dừng và site đang chạy không thay đổi.</p>\n"
        "</div>\n"
    )
