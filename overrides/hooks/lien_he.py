"""The contact for reporting an error (data/trang_web.yml, lien_he), given to the theme's
templates for the footer of every page (overrides/partials/copyright.html)."""

from __future__ import annotations


def _contact(config):
    return config.plugins["macros"].variables["du_lieu"].trang_web.lien_he


def on_page_context(context, page, config, nav):
    context["lien_he"] = _contact(config)
    return context


def on_template_context(context, template_name, config):
    context["lien_he"] = _contact(config)  # 404.html
    return context
