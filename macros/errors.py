"""The one exception the site's code raises for bad data or a bad macro call."""

from mkdocs.exceptions import PluginError


class DataError(PluginError):
    """Bad data or a bad reference; the message is Vietnamese and names file, entry, field.

    A PluginError, so MkDocs logs the message at ERROR and aborts the build before it
    touches the site folder when raised while the configuration loads.
    """


def preview_block(error: Exception, src_path: str) -> str:
    """The Markdown shown in the preview (`mkdocs serve`) in place of a page whose macro
    failed: what is wrong, in Vietnamese, escaped. The published build never shows it: there
    the same error stops the build."""
    import html

    from jinja2 import TemplateSyntaxError, UndefinedError

    if isinstance(error, (DataError, UndefinedError)):
        what = str(error)  # already Vietnamese (macros/__init__.py gives Jinja its undefined)
    elif isinstance(error, TemplateSyntaxError):
        what = f"Lỗi cú pháp {{{{ }}}} ở dòng {error.lineno}: {error.message}."
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
