"""The print files (PDF) of the site: the model documents, the training handouts and
booklets, the cell-meeting booklet. Plain Python over the site's data and its built pages,
rendered by WeasyPrint; overrides/hooks/ban_pdf.py only calls `site.build_all` after a build.

- render.py: HTML to PDF bytes, with the fonts the files embed, and a Vietnamese message when
  WeasyPrint or the system libraries it needs are missing;
- documents.py: a model document (ModelDocument, the structure the page and the Word file
  come from) as print HTML;
- handouts.py: the training handouts, the answer keys, the course booklet and the
  cell-meeting booklet, from the pages as built;
- site.py: every PDF of the site, where it goes, and the sizes written beside its links.
"""
