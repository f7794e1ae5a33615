#!/usr/bin/env bash
# Runs every line of commands.txt with one ppsnet binary on two datasets, the built-in one and the first 3,000
# rows of the Dutch CORDIS subset, and writes the outputs to OUTDIR/builtin and OUTDIR/cordis_nl:
#   bash tests/same_answers/run.sh PPSNET SHARED_DATA_DIR OUTDIR
# <n>.out is line n's standard output, <n>.file the file it wrote (OUT), <n>.rc its exit status. The commands
# run inside OUTDIR with relative paths, so no absolute path enters an output; the evaluate-recommender
# "seconds" column (a timing) is cut.
set -euo pipefail
ppsnet=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shared=$2; top=$3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$top"
cd "$top"
head -n 3001 "$shared/derived_cordis_h2020_participations_NLprojects.csv" > cordis_nl.csv
run_all() {
dataset=$1; out=$2
mkdir -p "$out"
n=0
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  file="$out/$n.file"
  cmd=${line//DATASET/$dataset}
  cmd=${cmd//OUT.dot/$file.dot}
  cmd=${cmd//OUT/$file}
  read -r -a argv <<< "$cmd"
  set +e
  "$ppsnet" "${argv[@]}" > "$out/$n.out" 2> "$out/$n.err"
  echo $? > "$out/$n.rc"
  set -e
  [ -f "$file.dot" ] && mv "$file.dot" "$file"
  case "$line" in
    evaluate-recommender*) # drop the timing column (seconds) by its header position
      awk -F, 'NR==1{for(i=1;i<=NF;i++) if($i=="seconds") c=i} {if(c){s=""; for(i=1;i<=NF;i++) if(i!=c) s=s (s==""?"":",") $i; print s} else print}' \
        "$out/$n.out" > "$out/$n.tmp" && mv "$out/$n.tmp" "$out/$n.out" ;;
  esac
  rm -f "$out/$n.err"
done < "$here/commands.txt"
echo "$out: $n commands" >&2
}
run_all builtin:katapult builtin
run_all cordis:cordis_nl.csv cordis_nl
rm -f cordis_nl.csv
