#!/usr/bin/env bash
# Debian packages the tests need: Chromium (end-to-end test of the task pane), LibreOffice
# Calc (opens generated workbooks as a real spreadsheet would), poppler (PDF → PNG, text),
# and a serif font that carries Vietnamese. Debian 12's fonts-liberation (1.07) has no ị, ế, ộ:
# LibreOffice then falls back to another font for those letters, and pdftotext splits the
# words. fonts-liberation2 has them; we check the glyphs, not a file name.
# xmllint checks the manifests against Microsoft's XSDs.
set -euo pipefail
VIETNAMESE_GLYPHS="1ecb 1ebf 1ed9" # ị ế ộ
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v fc-list >/dev/null || need+=(fontconfig)
has_vietnamese_serif() {
  command -v fc-list >/dev/null && [ -n "$(fc-list ":family=Liberation Serif:charset=$VIETNAMESE_GLYPHS" family)" ]
}
has_vietnamese_serif || need+=(fonts-liberation2)
if [ ${#need[@]} -eq 0 ]; then
  echo "Test packages present."
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
if ! has_vietnamese_serif; then
  echo "Không có phông Liberation Serif mang đủ chữ tiếng Việt (ị, ế, ộ) sau khi cài fonts-liberation2." >&2
  exit 1
fi
