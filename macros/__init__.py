"""mkdocs-macros entry point: loads the data once and registers the macros.

Nothing here renders or validates; see registry.py (data), documents.py (renderers),
navigation.py (document pages), formatting.py (Vietnamese text helpers).
"""

from __future__ import annotations

import functools
import logging
import types
from datetime import date
from pathlib import Path

from jinja2 import StrictUndefined, TemplateSyntaxError

from . import documents, guidance, navigation, tap_huan, trang_mau
from .errors import DataError, after_title, data_error_block, syntax_problem
from .formatting import ngay_chu, ngay_so, slugify
from .paths import VAN_BAN_FILE
from .registry import dates_after, load_site_data
from .render import title_text

log = logging.getLogger("mkdocs.plugins.so_tay")


# The preview only (on_error_fail off, see overrides/hooks/xem_truoc.py): the last data that
# loaded, and the error of the data being edited. MkDocs keeps this package imported between
# the preview's rebuilds, so a bad save shows the error on every page, over the last good data,
# instead of stopping the rebuild and leaving the browser on stale pages.
_preview = types.SimpleNamespace(last_good=None, error=None)


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

    def page() -> str:
        return env.page.file.src_uri

    def where() -> str:
        return f'Trang "docs/{page()}"'

    def macro(func):
        """Register `func`. Any error fails the build; it is logged at ERROR first, because
        mkdocs-macros reports it only as a warning, which `mkdocs build -q` hides."""
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except DataError as err:
                log.error(str(err))
                raise
            except Exception as err:
                log.error(f"{where()}: macro {func.__name__} gặp lỗi ({type(err).__name__}: {err}).")
                raise
        return env.macro(wrapper)

    @macro
    def ten_van_ban(doc_id):
        """Short name of a document, for headings: "Chỉ thị 10-CT/TW"."""
        return documents.render_title(data, doc_id, where())

    @macro
    def van_ban(doc_id, day_du=True):
        """Citation with link, date, issuer, successor: {{ van_ban("ct-10-2007") }}."""
        return documents.render_citation(data, doc_id, page(), where(), full=day_du)

    @macro
    def the_van_ban(doc_id):
        """Status banner and metadata card, at the top of a document's page."""
        return documents.render_card(data, doc_id, page(), where())

    @macro
    def quan_he_van_ban(doc_id):
        return documents.render_relations(data, doc_id, page(), where())

    @macro
    def nguon_van_ban(doc_id):
        return documents.render_sources(data, doc_id, page(), where())

    @macro
    def lich_su_van_ban(doc_id):
        """The document's lineage (replaces, continues, guides), oldest first."""
        return documents.render_lineage(data, doc_id, page(), where())

    @macro
    def bang_van_ban():
        return documents.render_table(data, page())

    @macro
    def quy_uoc_trang_thai():
        return documents.render_status_legend(data, page())

    @macro
    def huong_dan_sinh_hoat(phan):
        """A list of the cell-meeting guide: quy_dinh, bien_ban, chu_de or tu_danh_gia."""
        return guidance.render_guide_list(data, phan, page(), where())

    @macro
    def chuan_bi_sinh_hoat():
        return guidance.render_preparation(data, page())

    @macro
    def trinh_tu_sinh_hoat():
        return guidance.render_meeting_order(data, page())

    @macro
    def so_sanh_huong_dan():
        return guidance.render_comparison(data, page())

    @macro
    def bang_han_che():
        """The notice's findings, each with what to do and the page that helps."""
        return guidance.render_findings(data, page())

    @macro
    def lien_he():
        """Where to report an error: the unit, its e-mail and phone (data/trang_web.yml)."""
        return guidance.render_contact(data, page())

    @macro
    def bang_thuat_ngu():
        return guidance.render_glossary(data, page())

    @macro
    def quy_che_mau(bien_the, loai_hinh):
        """The model working regulation of one variant (co-btv, khong-btv, chi-bo) for one
        enterprise type (nha-nuoc, von-nha-nuoc-it, tu-nhan)."""
        return trang_mau.render_regulation(data, bien_the, loai_hinh, page(), where())

    @macro
    def bien_the_ten(bien_the, loai_hinh=None):
        """Name of a variant of the model regulation (with the enterprise type, if given), for headings."""
        return trang_mau.variant_name(data, bien_the, loai_hinh, where())

    @macro
    def tai_word(bien_the, loai_hinh):
        """Markdown link to the Word file of the model regulation of one variant and enterprise type."""
        return trang_mau.render_download(data, bien_the, loai_hinh, page(), where())

    @macro
    def loai_hinh_quy_che(bien_the):
        """A variant's enterprise types: how to tell them apart, their rule, page and Word file."""
        return trang_mau.render_enterprise_types(data, bien_the, page(), where())

    @macro
    def tu_ra_soat_quy_che():
        """The self-review checklist, each question linked to the article that answers it."""
        return trang_mau.render_checklist(data, page())

    @macro
    def the_thuc_van_ban():
        """The party-document format used by the Word files and the print rules."""
        return trang_mau.render_format(data, page())

    @macro
    def bien_the_quy_che():
        """Every variant of the model regulation for every enterprise type: pages and Word files."""
        return trang_mau.render_variants(data, page())

    @macro
    def mau_van_ban(mau):
        """One of the other templates (data/mau/<mau>.yml) with its guidance, form and Word file."""
        return trang_mau.render_template_page(data, mau, page(), where())

    @macro
    def ten_mau(mau):
        """Name of a template, for its page's heading."""
        return trang_mau.template_name(data, mau, where())

    @macro
    def danh_muc_mau():
        """Every template: when to use it, who prepares it, how often, with its Word file."""
        return trang_mau.render_catalogue(data, page())

    @macro
    def lo_trinh_tap_huan():
        """The learning path: modules in order, with their time and first objective."""
        return tap_huan.render_path(data, page())

    @macro
    def ten_mo_dun(mo_dun):
        """Name of a training module, for its page's heading."""
        return title_text(tap_huan.module_name(data, mo_dun, where()))

    @macro
    def mo_dun(mo_dun):
        """A training module: objectives, key points, case, self-check quiz, answer key."""
        return tap_huan.render_module(data, mo_dun, page(), where())

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
    # A syntax error in a page's {{ }} would otherwise be reported only as a warning.
    if env.page.meta.get("render_macros", True) is not False:
        try:
            env.env.parse(env.markdown)
        except TemplateSyntaxError as err:
            log.error(f'Trang "docs/{env.page.file.src_uri}", dòng {err.lineno}: {syntax_problem(err)}.')
            if env.config["on_error_fail"]:
                raise
            # The preview (overrides/hooks/xem_truoc.py): mkdocs-macros meets the same error
            # when it renders the page and shows it there.


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
