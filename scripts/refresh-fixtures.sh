#!/usr/bin/env bash
# Copies the real data the tests use from ../shared (present on the team's machines, absent
# on a user's clone) into test/fixtures/. The fixtures are committed, so tests never need ../shared.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$here/../shared}"
if [ ! -d "$shared/data" ]; then
  echo "Không thấy thư mục shared ($shared): giữ nguyên test/fixtures." >&2
  exit 0
fi
dest="$here/test/fixtures"
mkdir -p "$dest/seed-tables" "$dest/seeds" "$dest/portal-2026"
for f in a1_2023_departments a2_2023_districts a3_2023_communes a4_targets_departments a5_targets_districts a6_rule_check b1_2026_criteria b1_2026_groups b2_2026_tasks c1_indicators_responsibility quirks; do
  cp "$shared/data/seed-tables/$f.csv" "$dest/seed-tables/"
done
cp "$shared/data/seed-tables/a6_assignment_rule.md" "$dest/seed-tables/"
cp "$shared/seeds/000_9a28599ce0f1e557.txt" "$shared/seeds/002_30f9dd7e08b5a1f9.txt" "$dest/seeds/"
cp "$shared/data/portal-2026/"*.csv "$dest/portal-2026/"
echo "Đã làm mới test/fixtures từ $shared"
