#!/usr/bin/env bash
# Installs the Debian packages the full test run needs, only when missing:
# xmllint validates manifest.xml offline; LibreOffice recalculates the reviewed workbook as a
# spreadsheet program that is not ours (and prints it to PDF, read back with poppler-utils); Chromium with a CJK font runs the browser test.
set -euo pipefail
need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
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
