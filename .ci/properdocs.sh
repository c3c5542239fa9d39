#!/usr/bin/env bash
# The exit from Material's and MkDocs 1.x's end of life: build the site with ProperDocs (a
# maintained MkDocs 1.x fork) and check it gives the same site as MkDocs. Uses its own
# virtual environment (the site's pinned packages plus ProperDocs), so the main one is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${PROPERDOCS_VENV:-/tmp/so-tay-properdocs-venv}
python3 -m venv "$venv"
"$venv/bin/pip" install -q -r requirements.txt -r .ci/requirements-properdocs.txt
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
NO_MKDOCS_2_WARNING=1 .venv/bin/python -m mkdocs build --strict -d "$work/mkdocs" >"$work/mkdocs.log" 2>&1 \
  || { cat "$work/mkdocs.log"; exit 1; }
DISABLE_MKDOCS_2_WARNING=true "$venv/bin/python" -m properdocs build --strict -f mkdocs.yml -d "$work/properdocs" \
  >"$work/properdocs.log" 2>&1 || { echo "ProperDocs không dựng được site:"; cat "$work/properdocs.log"; exit 1; }
.venv/bin/python .ci/compare_sites.py "$work/mkdocs" "$work/properdocs"
