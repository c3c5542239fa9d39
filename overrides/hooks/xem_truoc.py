"""The maintainer's preview (`mkdocs serve`) survives a bad edit.

mkdocs-macros stops the whole process on a macro error when on_error_fail is true (the
right choice for `mkdocs build` and the deploy, which must refuse to publish). In the
preview that would kill the server. So, only under `mkdocs serve`, the error is written
into the page it concerns, in Vietnamese (macros.errors.preview_block), the log still
names it, and the next save rebuilds the page as usual. An error in data/ concerns every
page: macros/__init__.py then keeps the last data that loaded and puts the message on every
page (macros.errors.data_error_block) until a save fixes it. The deploy and the tests build with
`mkdocs build --strict`, never through this path.
"""

from __future__ import annotations

import logging

import jinja2
from jinja2 import TemplateSyntaxError
from watchdog.events import EVENT_TYPE_ATTRIB, EVENT_TYPE_CLOSED_NO_WRITE, EVENT_TYPE_OPENED, FileSystemEventHandler
from watchdog.observers import Observer

from mkdocs.plugins import event_priority
from mkdocs.utils import CountHandler
from mkdocs_macros import errors as macros_errors

from macros import build_messages
from macros.errors import after_title, config_error_block, error_line, preview_block

log = logging.getLogger("mkdocs.plugins.so_tay")


class _ConfigProblems(logging.Handler):
    """What MkDocs says about mkdocs.yml as it loads it, in Vietnamese (macros.build_messages).

    Attached when MkDocs first imports this hook, which happens while it validates
    mkdocs.yml: its warnings are logged after that. In the preview (started with --no-strict,
    as the README does), an unknown key or option does not stop the rebuild; on_config takes
    the list and every page shows it. An error that stops the rebuild (an unknown theme or
    plugin) is said in Vietnamese in the terminal at once."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.said: list[str] = []

    def emit(self, record):
        said = build_messages.explain(record.getMessage())
        if said and not said.startswith("Cấu hình mkdocs.yml có lỗi"):
            self.said.append(said)
            if _serving and record.levelno >= logging.ERROR:
                log.error(said)


_config_problems = _ConfigProblems()
logging.getLogger("mkdocs.config").addHandler(_config_problems)
_shown: list[str] = []  # this rebuild's problems with mkdocs.yml, on every page

# Set once by on_startup; kept across the preview's rebuilds because MkDocs loads a hook
# module once per process (config_options.Hooks._load_hook is cached), while on_config
# below runs on each rebuild's fresh configuration.
_serving = False


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """The theme's templates compiled once per preview, not on every rebuild (Jinja checks
    each template's source against the compiled one, so an edited template compiles again)."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_theme_cache = _MemoryBytecodeCache()


def on_serve(server, config, builder):
    """Notice a save at once: MkDocs looks for changed files every 0.5 s, by listing the
    folders; here the system tells (inotify on Linux, and the like elsewhere: watchdog's
    Observer), which costs nothing while the site rebuilds. Only changes count: that watcher
    also reports files being read, which every build does. The paths watched so far are watched
    again by the new watcher; data/ and macros/ (mkdocs.yml, watch) are added after this hook."""
    watched = dict(server._watched_paths)
    server.observer = _ChangesObserver()
    server._watched_paths.clear()
    server._watch_refs.clear()
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    return server


class _ChangesOnly(FileSystemEventHandler):
    """Passes on the events of a file written, created, deleted or moved; not of one read."""

    READS = {EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE, EVENT_TYPE_ATTRIB}

    def __init__(self, handler):
        self.handler = handler

    def dispatch(self, event):
        if event.event_type not in self.READS:
            self.handler.dispatch(event)


class _ChangesObserver(Observer):
    def schedule(self, event_handler, path, **options):
        return super().schedule(_ChangesOnly(event_handler), path, **options)


def on_env(env, config, files):
    if _serving:
        env.bytecode_cache = _theme_cache
    return env


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


@event_priority(100)  # before mkdocs-macros' on_config, which loads the data (macros/__init__.py)
def on_config(config):
    _shown[:] = _config_problems.said if _serving else []
    _config_problems.said = []
    for problem in _shown:
        log.error(problem)
    if _serving:
        config.plugins["macros"].config["on_error_fail"] = False
        # Strict mode would refuse the whole rebuild for that warning and leave the preview
        # stuck on the old pages: the preview is never strict (the deploy always is).
        config.strict = False
        mkdocs_log = logging.getLogger("mkdocs")
        for handler in list(mkdocs_log.handlers):
            if isinstance(handler, CountHandler):
                mkdocs_log.removeHandler(handler)
        # mkdocs-macros asks this (single-dispatch) function for the text of the error
        # it puts in the page; every exception gets our Vietnamese block instead.
        for kind in (Exception, *macros_errors.format_error.registry):
            if kind is not object:
                macros_errors.format_error.register(kind)(_vietnamese)
    return config


@event_priority(-100)  # after mkdocs-macros has rendered the page
def on_page_markdown(markdown, page, config, files):
    if not _shown:
        return markdown
    return after_title(markdown, config_error_block(_shown))


def _vietnamese(error, markdown, page):
    if "\n" not in markdown.strip():
        # mkdocs-macros also renders the page's title (from "# {{ ... }}") on its own: a short
        # text there (window title, navigation), the block once, in the page.
        return "Trang có lỗi"
    # a syntax error's line in the file: the page's front matter comes before the Markdown
    offset = page.file.content_string.count("\n") - markdown.count("\n")
    line = error_line(error, markdown) + offset if isinstance(error, TemplateSyntaxError) else None
    return preview_block(error, page.file.src_path, line)
