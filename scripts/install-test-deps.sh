#!/usr/bin/env bash
# Debian packages the tests need: Chromium (end-to-end test of the task pane), LibreOffice
# Calc (opens generated workbooks as a real spreadsheet would), poppler (PDF → PNG), fonts,
# xmllint (checks the manifests against Microsoft's XSDs).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v xmllint >/dev/null || need+=(libxml2-utils)
[ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
if [ ${#need[@]} -eq 0 ]; then
  echo "Test packages present."
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
