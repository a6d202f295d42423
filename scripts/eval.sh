#!/usr/bin/env bash
# Quality figures of the extraction (see README «Quality»): the dev gold of ../shared/eval and ANERcorp's test split;
# `pages`: what the extension learns from the real pages of ../shared/pages, against their SOURCES.md checklist.
#   bash scripts/eval.sh [dev|seeds|anercorp|pages|all]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "eval: $eval_dir not found (the evaluation data sits beside the project)"; exit 2; }
out=${TMPDIR:-/tmp}/kashif-eval
mkdir -p "$out"
what=${1:-all}
kashif() { npx tsx lib/cli/main.ts "$@"; }

if [ "$what" = dev ] || [ "$what" = all ]; then
  echo "== dev set (seed articles 000 and 003, gold by hand)"
  kashif build seeds/000_42a1e7181d965724.txt seeds/003_61b9580f4d7e862c.txt -o "$out/dev.json" -q
  node "$eval_dir/score-dictionary.mjs" "$out/dev.json" "$eval_dir/dev-gold.json"
fi
if [ "$what" = seeds ] || [ "$what" = all ]; then
  echo "== all five seed articles, against the same gold (entities of 001, 002, 004 have no gold: read the junk line)"
  kashif build seeds -o "$out/seeds.json" -q
  node "$eval_dir/score-dictionary.mjs" "$out/seeds.json" "$eval_dir/dev-gold.json"
fi
if [ "$what" = anercorp ] || [ "$what" = all ] || [ "$what" = anercorp-train ]; then
  split=test; [ "$what" = anercorp-train ] && split=train
  echo "== ANERcorp: dictionary from the raw text of train+test, annotate $split"
  node "$eval_dir/anercorp/anercorp.mjs" text "$eval_dir/anercorp/ANERCorp_CamelLab_train.reconstructed.txt" > "$out/train.txt"
  node "$eval_dir/anercorp/anercorp.mjs" text "$eval_dir/anercorp/ANERCorp_CamelLab_test.reconstructed.txt" > "$out/test.txt"
  kashif build "$out/train.txt" "$out/test.txt" -o "$out/aner.json" -q
  kashif annotate --dict "$out/aner.json" "$out/$split.txt" > "$out/aner-$split.jsonl"
  node "$eval_dir/anercorp/anercorp.mjs" score "$eval_dir/anercorp/ANERCorp_CamelLab_${split}.reconstructed.txt" "$out/aner-$split.jsonl"
fi
if [ "$what" = pages ] || [ "$what" = all ]; then
  echo "== real pages (../shared/pages): the body's listed officials and organizations learned, and furniture"
  npx tsx scripts/eval-pages/main.ts ../shared/pages
fi
