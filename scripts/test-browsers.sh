#!/usr/bin/env bash
# The browsers the tests drive: Debian's Chromium (with its translations, so the Spanish tests run
# in a Spanish browser) and Firefox ESR (Playwright's own browsers cannot be downloaded here), and
# poppler's tools, which read back the text and pages of the printed session summary.
# Installs what is missing when root with apt-get; otherwise says what to install, in one line.
set -euo pipefail

packages=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
[ -e /usr/lib/chromium/locales/es.pak ] || [ -n "${CHROME_PATH:-}" ] || packages+=(chromium-l10n)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || packages+=(firefox-esr)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || packages+=(poppler-utils)
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need browsers and tools that are not installed: apt-get install ${packages[*]} (or set CHROME_PATH and FIREFOX_PATH)" >&2
  exit 1
fi
echo "Installing ${packages[*]} for the tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${packages[@]}" >/dev/null
