"""mkdocs-macros entry point: loads the data once and registers the macros.

The macros are one table (`MACROS`: each name, its renderer, its conventions); one wrapper
gives every renderer the data, the page and how messages name it. Nothing here renders or
validates: see registry.py (loading), checks.py, documents.py, guidance.py, tap_huan.py and
model_documents/ (renderers), navigation.py (the per-entry pages in the navigation).
"""

from __future__ import annotations

import functools
import inspect
import logging
import types
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from jinja2 import StrictUndefined, TemplateSyntaxError

from . import changes, documents, draft_check, editor_report, guidance, navigation, open_data, tap_huan
from .model_documents import page as model_page
from .pdf import links as pdf_links
from .errors import DataError, after_title, data_error_block, error_line, syntax_problem
from .formatting import ngay_chu, ngay_so, slugify
from .paths import DOC_DIR, MODULE_DIR, TEMPLATE_DIR, VAN_BAN_FILE
from .registry import dates_after, load_site_data
from .render import title_text

log = logging.getLogger("mkdocs.plugins.so_tay")


# The preview only (on_error_fail off, see overrides/hooks/xem_truoc.py): the last data that
# loaded, and the error of the data being edited. MkDocs keeps this package imported between
# the preview's rebuilds, so a bad save shows the error on every page, over the last good data,
# instead of stopping the rebuild and leaving the browser on stale pages.
_preview = types.SimpleNamespace(last_good=None, error=None)


@dataclass(frozen=True)
class Macro:
    """A macro that pages call: the renderer it runs, and its conventions.

    The renderer takes the loaded data first, then the macro's own arguments, then (by
    keyword, when it declares them) `from_page`, the page it renders into, and `where`, how
    messages name that page. `own_page`: on a page of that docs folder, the first argument
    defaults to the page's own id (docs/van-ban/ct-10-2007.md: `{{ the_van_ban() }}`).
    `options`: keyword names of the macro that the renderer calls otherwise."""

    render: Callable[..., str]
    own_page: str | None = None
    options: dict[str, str] = field(default_factory=dict)


def _module_title(data, mo_dun, where):
    """Name of a training module, for its page's heading."""
    return title_text(tap_huan.module_name(data, mo_dun, where))


MACROS = {
    # the registry
    "ten_van_ban": Macro(documents.render_title, own_page=DOC_DIR),
    "van_ban": Macro(documents.render_citation, options={"day_du": "full"}),
    "the_van_ban": Macro(documents.render_card, own_page=DOC_DIR),
    "quan_he_van_ban": Macro(documents.render_relations, own_page=DOC_DIR),
    "nguon_van_ban": Macro(documents.render_sources, own_page=DOC_DIR),
    "lich_su_van_ban": Macro(documents.render_lineage, own_page=DOC_DIR),
    "bang_van_ban": Macro(documents.render_table),
    "quy_uoc_trang_thai": Macro(documents.render_status_legend),
    # guidance
    "huong_dan_sinh_hoat": Macro(guidance.render_guide_list),
    "chuan_bi_sinh_hoat": Macro(guidance.render_preparation),
    "trinh_tu_sinh_hoat": Macro(guidance.render_meeting_order),
    "so_sanh_huong_dan": Macro(guidance.render_comparison),
    "bang_han_che": Macro(guidance.render_findings),
    "lien_he": Macro(guidance.render_contact),
    "bang_thuat_ngu": Macro(guidance.render_glossary),
    # what changed on the site
    "co_gi_moi": Macro(changes.render_changes),
    "bao_cao_bien_tap": Macro(editor_report.render_report),
    # model documents
    "quy_che_mau": Macro(model_page.render_variant_document),
    "bien_the_ten": Macro(model_page.variant_name),
    "tai_word": Macro(model_page.render_download),
    "loai_hinh_quy_che": Macro(model_page.render_enterprise_types),
    "tu_ra_soat_quy_che": Macro(model_page.render_checklist),
    "the_thuc_van_ban": Macro(model_page.render_format),
    "bien_the_quy_che": Macro(model_page.render_variants),
    "mau_van_ban": Macro(model_page.render_template_page, own_page=TEMPLATE_DIR),
    "ten_mau": Macro(model_page.template_name, own_page=TEMPLATE_DIR),
    "danh_muc_mau": Macro(model_page.render_catalogue),
    "kiem_tra_du_thao": Macro(draft_check.render_page),
    # training
    "lo_trinh_tap_huan": Macro(tap_huan.render_path),
    "ten_mo_dun": Macro(_module_title, own_page=MODULE_DIR),
    "mo_dun": Macro(tap_huan.render_module, own_page=MODULE_DIR),
    # print files
    "tai_pdf": Macro(pdf_links.render_booklet_link),
    # open data
    "du_lieu_mo": Macro(open_data.render_page),
}


def _macro(name: str, spec: Macro, data, page: Callable[[], str]) -> Callable[..., str]:
    """The function a page calls as `name`: it fills in the data, the page, where it is,
    the page's own id; any error fails the build, logged at ERROR first (mkdocs-macros
    reports it only as a warning, which `mkdocs build -q` hides)."""
    takes = inspect.signature(spec.render).parameters

    @functools.wraps(spec.render)
    def macro(*args, **kwargs):
        src = page()
        where = f'Trang "docs/{src}"'
        folder, _, stem = src.removesuffix(".md").rpartition("/")
        if not args and spec.own_page == folder and not kwargs:
            args = (stem,)
        context = {key: value for key, value in (("from_page", src), ("where", where)) if key in takes}
        try:
            return spec.render(data, *args, **context, **{spec.options.get(k, k): v for k, v in kwargs.items()})
        except DataError as err:
            log.error(str(err))
            raise
        except Exception as err:
            log.error(f"{where}: macro {name} gặp lỗi ({type(err).__name__}: {err}).")
            raise

    return macro


def define_env(env):
    docs_dir = Path(env.conf["docs_dir"])
    try:
        data = load_site_data(Path(env.project_dir))
        navigation.check_pages(docs_dir, data)
    except DataError as err:
        if env.config["on_error_fail"] or _preview.last_good is None:
            raise  # the build, the deploy, or a preview started on bad data: stop
        log.error(str(err))
        data, _preview.error = _preview.last_good, err
    else:
        _preview.last_good, _preview.error = data, None
    later = dates_after(data, date.today())
    if later:
        # at INFO: a warning would stop the strict build, which is what this must not do
        log.info(f"Cảnh báo: đồng hồ của máy này chỉ ngày {date.today().isoformat()}, sớm hơn ngày ghi trong "
                 f"{VAN_BAN_FILE}: {'; '.join(later)}. Site vẫn được dựng; hãy kiểm tra đồng hồ máy chủ.")
    navigation.add_pages(env.conf["nav"], data)
    # ASCII heading anchors that keep Vietnamese readable: "Điều 5" -> "dieu-5".
    env.conf["mdx_configs"].setdefault("toc", {})["slugify"] = slugify
    # The site's name and texts for the pages, as text: markup in the data shows as written.
    env.variables["trang_web"] = types.SimpleNamespace(
        **{name: title_text(value) for name, value in data.trang_web.model_dump().items() if isinstance(value, str)})
    # The loaded data, also read by overrides/hooks/ (search expansions, Word files).
    env.variables["du_lieu"] = data

    for name, spec in MACROS.items():
        env.macro(_macro(name, spec, data, lambda: env.page.file.src_uri), name)
    env.filter(ngay_so)
    env.filter(ngay_chu)


def on_pre_page_macros(env):
    if _preview.error is not None:
        env.markdown = after_title(env.markdown, data_error_block(_preview.error))
    # The Jinja environment exists only from here on; give it Vietnamese undefined errors.
    env.env.undefined = _undefined_for(env.page.file.src_uri, sorted(env.macros))
    if not env.has_j2(env.markdown):
        # Nothing for Jinja to do: skip compiling the page (about 1.5 ms a page).
        env.page.meta["render_macros"] = False
        return
    # A syntax error in a page's {{ }} would otherwise be reported only as a warning. (The
    # preview skips this second parse: mkdocs-macros shows the error on the page there.)
    if env.page.meta.get("render_macros", True) is not False and env.config["on_error_fail"]:
        try:
            env.env.parse(env.markdown)
        except TemplateSyntaxError as err:
            # the line in the file: the page's front matter comes before the Markdown
            raw = env.page.file.content_string
            line = error_line(err, env.markdown) + raw.count("\n") - env.page.markdown.count("\n")
            log.error(f'Trang "docs/{env.page.file.src_uri}", dòng {line}: {syntax_problem(err)}.')
            raise


def on_post_page_macros(env):
    # Hover/focus explanations of BTV, HĐQT... on every page (Markdown abbreviations).
    definitions = guidance.abbreviation_definitions(env.variables["du_lieu"].thuat_ngu, env.markdown)
    if definitions:
        env.markdown += "\n\n" + definitions + "\n"


def _undefined_for(src_uri: str, macros: list[str]):
    class ViUndefined(StrictUndefined):
        @property
        def _undefined_message(self) -> str:
            message = (
                f'Trang "docs/{src_uri}": "{self._undefined_name}" chưa được khai báo '
                f"(không phải macro hay biến của site; kiểm tra chính tả). "
                f"Các macro có: {', '.join(macros)}."
            )
            log.error(message)
            return message

    return ViUndefined
