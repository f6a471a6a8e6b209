#!/usr/bin/env bash
# Installs the Debian packages the full test run needs, only when missing:
# xmllint validates manifest.xml offline; LibreOffice recalculates the reviewed workbook as a
# spreadsheet program that is not ours, and its Writer (Calc alone cannot open .docx) renders the
# Word drafts; python3-uno lets the suites hand their files to one LibreOffice per test run
# (tests/libreoffice/office.ts) instead of starting one per suite; pdftoppm/pdftotext read the PDFs;
# Chromium with a CJK font runs the browser test.
set -euo pipefail
need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
dpkg -s python3-uno >/dev/null 2>&1 || need+=(python3-uno)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v chromium >/dev/null || need+=(chromium)
[ -d /usr/share/fonts/truetype/wqy ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${need[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
