"""The model documents (the model working regulation in its variants, and the other
templates a committee copies): one home for each step from source to file.

- structure.py: the one structure every model document is built into, and filling blanks;
- build.py: building that structure from data/mau/<id>.yml (one schema, one builder, for the
  regulation and the other templates), and the checks of those sources;
- page.py: the page of a model document (text, guidance, fill-in form, copy buttons);
- word.py: the Word file, and what the build adds to the site from the model documents.

Nothing is imported here: each module is imported by its own name.
"""
