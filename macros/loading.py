"""Read the YAML files in data/ strictly, with Vietnamese error messages.

Differences from yaml.safe_load, each one a mistake a maintainer can make:
- dates stay text, so a wrong date is reported by the schema with its entry and field
  instead of aborting the whole file inside PyYAML;
- a key written twice in one mapping is an error (PyYAML silently keeps the last one);
- every mapping remembers its line, so messages can say "dòng 12".
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class Mapping(dict):
    """A YAML mapping that knows the (1-based) line it starts on."""

    line: int = 0


class _StrictLoader(yaml.SafeLoader):
    """PyYAML's own parser: slow, but its messages are the ones this module explains."""


# libyaml's parser, when PyYAML has it: ten times faster, the same documents. A file it
# refuses is read again by _StrictLoader for the message (data files are read at every
# rebuild of the preview, where speed counts; errors are rare).
_FastLoader = type("_FastLoader", (yaml.CSafeLoader,), {}) if yaml.__with_libyaml__ else _StrictLoader

for _loader in {_StrictLoader, _FastLoader}:
    _loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise DataError(
                f'{loader.name}, dòng {key_node.start_mark.line + 1}: khóa "{key}" '
                f"được viết hai lần trong cùng một mục. Xóa một dòng."
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


for _loader in {_StrictLoader, _FastLoader}:
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_text(path: Path, label: str) -> str:
    """A data file or a page as text: UTF-8 and NFC, or a DataError naming `label` and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"Không tìm thấy tệp {label}.") from None
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        raise DataError(
            f"{label}, dòng {line}: tệp không ở mã UTF-8 (byte lỗi ở vị trí {err.start}). "
            f"Lưu lại tệp với mã UTF-8."
        ) from None
    if unicodedata.normalize("NFC", text) != text:
        line = _first_non_nfc_line(text)
        raise DataError(
            f"{label}, dòng {line}: chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC), "
            f"thường do dán từ tệp PDF hoặc bộ gõ để chế độ tổ hợp. Gõ lại dòng đó "
            f"hoặc chuyển mã sang Unicode dựng sẵn."
        )
    return text


# The largest data file is about 45 KB; one of megabytes is a paste gone wrong, and would
# hold the build (and the preview) for minutes before any message.
YAML_MAX_BYTES = 2_000_000


def read_yaml(path: Path, label: str) -> Any:
    """Parse one YAML file; `label` is how messages name it (e.g. "data/van_ban.yml")."""
    if path.is_file() and path.stat().st_size > YAML_MAX_BYTES:
        raise DataError(
            f"{label}: tệp dài {path.stat().st_size // 1_000_000} MB, quá giới hạn "
            f"{YAML_MAX_BYTES // 1_000_000} MB của một tệp dữ liệu (dán nhầm cả văn bản?). "
            f"Xóa phần vừa dán."
        )
    text = read_text(path, label)
    if _FastLoader is not _StrictLoader:
        fast = _FastLoader(text)
        fast.name = label
        try:
            return fast.get_single_data()
        except yaml.YAMLError:
            pass  # read again below, for PyYAML's message
        finally:
            fast.dispose()
    loader = _StrictLoader(text)
    loader.name = label
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        quote = _unclosed_quote_line(text, mark.line + 1) if mark else None
        if quote:
            where = f", dòng {quote}"
            why = (f"dấu ngoặc kép mở ở dòng này chưa đóng (trình đọc YAML chỉ nhận ra ở dòng "
                   f"{mark.line + 1}, cột {mark.column + 1}). Thêm dấu \" ở cuối giá trị")
        elif mark and "'\\t'" in str(err.problem):
            where = f", dòng {mark.line + 1}"
            why = "dòng này có ký tự Tab; YAML chỉ cho thụt lề bằng dấu cách. Thay Tab bằng dấu cách"
        else:
            where = f", dòng {mark.line + 1}, cột {mark.column + 1}" if mark else ""
            why = (f"lỗi cú pháp YAML ({err.problem or err.context}). Thường do thụt lề không đều, "
                   f"thiếu dấu hai chấm sau tên trường, hoặc dấu ngoặc kép không đóng")
        raise DataError(f"{label}{where}: {why}.") from None
    finally:
        loader.dispose()


def _unclosed_quote_line(text: str, problem_line: int) -> int | None:
    """The line whose double-quoted value was left open, when that is why PyYAML stopped at
    `problem_line`: PyYAML reads on to the next quote and reports a line or two further down.
    A line counts if it has an odd number of unescaped quotes and the next quote after it is
    on a later line no further down than where PyYAML stopped."""
    lines = text.splitlines()
    for number in range(problem_line - 1, max(0, problem_line - 10), -1):
        line = lines[number - 1].replace('\\"', "")
        if line.lstrip().startswith("#") or line.count('"') % 2 == 0:
            continue
        after = "\n".join(lines[number:problem_line]).replace('\\"', "")
        return number if '"' in after else None
    return None


def _first_non_nfc_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if unicodedata.normalize("NFC", line) != line:
            return number
    return 1
