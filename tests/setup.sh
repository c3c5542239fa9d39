#!/usr/bin/env bash
# Install everything the tests need, on a fresh Debian machine or a developer's one:
# Debian packages (Chromium for the browser tests, nginx for the served site, Java for the
# HTML validator, Pango for the PDFs, Poppler to read them back), the Python virtual
# environment from requirements.txt, and the npm packages of tests/package.json (axe-core). Safe to run again: it installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)  # password file of the accounts test
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(npm)
# Pango for WeasyPrint, which makes the PDFs at build time; Poppler's tools read them back in the tests.
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' || need+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Cài gói Debian: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
npm ci --prefix tests --no-audit --no-fund --silent
