#!/usr/bin/env bash
# Build the "folder" edition (opened from disk, file://) and pack it as a zip.
#
#   deploy/pack-folder.sh [OUTPUT.zip]      (default: so-tay-cap-uy.zip)
#
# Same source as the served site; the offline plugin switches links to .html files and
# inlines the search index so search works without a server.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-so-tay-cap-uy.zip}")
python=${PYTHON:-$repo/.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$repo" && OFFLINE=true "$python" "$repo/deploy/build.py" "$work/so-tay-cap-uy")
(cd "$work" && "$python" -m zipfile -c "$out" so-tay-cap-uy/)
echo "Đã tạo $out: giải nén, rồi mở so-tay-cap-uy/index.html bằng trình duyệt."
