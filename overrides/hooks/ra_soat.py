"""Review dates (macros/reviews.py): each page's last review and due date, given to the
theme's template (overrides/main.html), which shows the date and the banner for an overdue
page (revealed by assets/javascripts/ra-soat.js with the reader's clock)."""

from __future__ import annotations


def on_page_context(context, page, config, nav):
    from macros.reviews import page_review  # the macros plugin put the project on sys.path

    data = config.plugins["macros"].variables["du_lieu"]
    # A page generated from data (an earlier version, a comparison) is not reviewed: it is
    # as current as the data it comes from.
    generated = page.file.generated_by is not None
    context["ra_soat"] = None if generated else page_review(page.file.src_uri, page.meta, data)
    return context
