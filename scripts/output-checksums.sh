#!/usr/bin/env bash
# Records the sha256 of every output file Senesim writes for a fixed set of runs, so that a
# restructuring can show its outputs are bit-identical to before (issue #10).
#
#   scripts/output-checksums.sh record LIST      run everything, write "sha256  name" lines to LIST
#   scripts/output-checksums.sh compare A B      name every file whose hash differs (exit 1 if any)
#   scripts/output-checksums.sh normalise-report|normalise-times FILE   print the normalised copy hashed
#
# What runs (fixed seeds: every scenario file's own seed; --threads 2, which changes no result but
# appears in the report's facts table):
#   run                                  the flagship comparison (./senesim run, no scenario)
#   run examples/NAME.yaml               every examples/*.yaml (a file with arms runs as compare)
#   run --uncertainty 3 --tier-cuts examples/uncertainty.yaml
#                                        the uncertainty samples and the evidence cuts
#   reproduce --all --markdown FILE      every published reproduction and its validation table
# and the console output (stdout) of each, with the temporary folder replaced by OUT.
#
# Files hashed as they are: every file of every run folder except provenance.json, which holds
# wall-clock times, the JDK, the command line and the git commit, so it differs on every run.
# Files hashed after normalisation (the normalised copy is hashed, the file itself is untouched):
#   report.html       the facts rows "Started", "Duration" and "Senesim version" (commit) blanked
#   validation.md     the date, git commit and wall-time rows, every "N.N s" time and the --markdown
#                     path of the command line it quotes (a temporary folder) blanked
#   stdout of reproduce: every "N.N s" time and the "Validation table: PATH" line blanked
# Nothing else is excluded. The jar is copied to the temporary folder first, so the sources may be
# rebuilt while this runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { sed -n '2,8p' "$0" >&2; exit 2; }

normalise_report() {
  sed -E -e 's#(<th scope="row">(Started|Duration|Senesim version)</th><td>)[^<]*#\1-#' "$1"
}
normalise_times() {
  sed -E -e 's/[0-9]+(\.[0-9]+)? s\b/- s/g' \
         -e 's/^\| (date|git commit|wall time) \|.*$/| \1 | - |/' \
         -e 's#--markdown [^ `]+#--markdown FILE#g' \
         -e 's#^Validation table: .*#Validation table: FILE#' "$1"
}

record() {
  local list="$1"
  cd "$here"
  # build if needed through the launcher (it rebuilds when sources are newer than the jar)
  ./senesim --version >/dev/null
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  cp senesim-cli/target/senesim.jar "$tmp/senesim.jar"
  local commit; commit="$(git rev-parse --short=12 HEAD 2>/dev/null || true)"
  sen() { java -Xmx3g -Djava.awt.headless=true -Dsenesim.git.commit="$commit" -jar "$tmp/senesim.jar" "$@"; }
  local runs="$tmp/runs"; mkdir -p "$runs"

  echo "flagship" >&2
  sen run --threads 2 --quiet --out "$runs/flagship" >"$runs/flagship.stdout"
  for f in examples/*.yaml; do
    local n; n="$(basename "$f" .yaml)"
    echo "$f" >&2
    sen run "$f" --threads 2 --quiet --out "$runs/$n" >"$runs/$n.stdout"
  done
  echo "uncertainty + tier cuts" >&2
  sen run examples/uncertainty.yaml --uncertainty 3 --tier-cuts --threads 2 --out "$runs/uncertainty-bands" \
    >"$runs/uncertainty-bands.stdout" 2>/dev/null
  echo "reproduce --all" >&2
  set +e
  sen reproduce --all --threads 2 --quiet --markdown "$runs/validation.md" >"$runs/reproduce.stdout"
  local rc=$?
  set -e
  [ "$rc" -le 1 ] || { echo "reproduce failed with exit $rc" >&2; exit 1; }

  (
    cd "$runs"
    find . -type f ! -name provenance.json | LC_ALL=C sort | while read -r p; do
      p="${p#./}"
      case "$p" in
        */report.html) h="$(normalise_report "$p" | sha256sum | cut -d' ' -f1)" ;;
        validation.md|reproduce.stdout) h="$(normalise_times "$p" | sha256sum | cut -d' ' -f1)" ;;
        *.stdout) h="$(sed "s#$runs#OUT#g" "$p" | sha256sum | cut -d' ' -f1)" ;;
        *) h="$(sha256sum "$p" | cut -d' ' -f1)" ;;
      esac
      echo "$h  $p"
    done
  ) >"$list"
  echo "$(wc -l <"$list") files hashed into $list" >&2
}

compare() {
  local a="$1" b="$2" bad=0
  while read -r name; do
    ha="$(awk -v n="$name" '$2 == n {print $1}' "$a")"
    hb="$(awk -v n="$name" '$2 == n {print $1}' "$b")"
    if [ -z "$ha" ]; then echo "only in $b: $name"; bad=1
    elif [ -z "$hb" ]; then echo "only in $a: $name"; bad=1
    elif [ "$ha" != "$hb" ]; then echo "differs: $name"; bad=1
    fi
  done < <(cat "$a" "$b" | awk '{print $2}' | LC_ALL=C sort -u)
  if [ "$bad" -eq 0 ]; then echo "identical: $(wc -l <"$a") files"; fi
  return "$bad"
}

case "${1:-}" in
  normalise-report) normalise_report "$2" ;;
  normalise-times) normalise_times "$2" ;;
  record) [ $# -eq 2 ] || usage; record "$(realpath -m "$2")" ;;
  compare) [ $# -eq 3 ] || usage; compare "$2" "$3" ;;
  *) usage ;;
esac
