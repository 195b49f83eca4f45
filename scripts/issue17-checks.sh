#!/usr/bin/env bash
# Issue #17's faults as a user meets them, as commands against one built Senesim jar, so the same
# checks can be run on the main the issue was filed against (0f0f32c) and on today's main.
# docs/regressions.md records what each printed on both and which JUnit test guards each fault.
#
#   scripts/issue17-checks.sh JAR WORKDIR       e.g. senesim-cli/target/senesim.jar /tmp/i17
#
# WORKDIR is created empty; every check prints one "== name" header, the facts it found and the
# commands' exit codes. The checks are small (2D patches of 0.4 mm, one or two years) except the
# interrupted runs, which are stopped within seconds. Needs python3 (XML check) and timeout.
set -uo pipefail
jar="$(realpath "$1")"
work="$2"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
java_() { java -Xmx1g -Djava.awt.headless=true -jar "$jar" "$@"; }

cat > small.yaml <<'EOF'
name: small
duration: 2 years
person: {age: 60 years}
tissue: {dimension: 2D, size: [400 um, 400 um], voxel: 20 um}
outputs: {every: 30 days, snapshots: []}
EOF
cat > long.yaml <<'EOF'
name: long
duration: 60 years
tissue: {dimension: 2D, size: [1 mm, 1 mm], voxel: 20 um}
outputs: {snapshots: []}
EOF

echo "== progress when stderr is not a terminal (a plain line every 10 %)"
java_ run small.yaml --out p --threads 1 > /dev/null 2> p.err; echo "exit $?"
echo "carriage returns: $(tr -cd '\r' < p.err | wc -c); lines with a percentage: $(grep -c '%' p.err)"
head -3 p.err

echo "== a single run with a protocol lists its treatments in the report"
{ cat small.yaml; printf 'protocol:\n  - {drug: fisetin, start: 60.2 years, sessions: 3, interval: 4 weeks}\n'; } > single.yaml
java_ run single.yaml --out single --threads 1 > single.out 2>&1; echo "exit $?"
echo "report mentions fisetin: $(grep -c -i 'fisetin' single/report.html) lines; console: $(grep -i 'protocol' single.out | head -1)"

echo "== two runs started in the same second without --out"
# the folder name carries the start second: two processes started together, tried until they share it
for attempt in 1 2 3; do
  rm -rf same && mkdir same
  python3 -c "import time; time.sleep(1.05 - time.time() % 1)"
  (cd same && { java_ run ../small.yaml --threads 1 > a.out 2> a.err & first=$!
    java_ run ../small.yaml --threads 1 > b.out 2> b.err; b=$?; wait $first; a=$?; echo "attempt $attempt: exits $a and $b"; })
  echo "runs/: $(ls -A same/runs 2>/dev/null | tr '\n' ' ')"; grep -h -v '^$' same/a.err same/b.err | grep -v '%' | head -2
  [ "$(ls -A same/runs | cut -c1-21 | sort -u | wc -l)" = 1 ] && break
done
# the same clash made certain: the folders of the next 20 seconds' names exist when a run starts
rm -rf same2 && mkdir -p same2/runs
now=$(date +%s); for k in $(seq 0 20); do mkdir -p "same2/runs/small-$(date -d "@$((now + k))" +%Y%m%d-%H%M%S)"; done
(cd same2 && java_ run ../small.yaml --threads 1 > c.out 2> c.err; echo "a run whose name is taken: exit $?; $(grep -h -v '%' c.err | head -1)"; grep -h 'Report' c.out)

echo "== a patch that cannot fit the heap (98 M voxels, -Xmx512m)"
printf 'duration: 1 year\ntissue: {dimension: 3D, size: [20 mm, 20 mm, 1.96 mm], voxel: 20 um}\n' > huge.yaml
start=$(date +%s.%N)
timeout 120 java -Xmx512m -Djava.awt.headless=true -jar "$jar" run huge.yaml --out huge > /dev/null 2> huge.err; code=$?
echo "exit $code after $(echo "$(date +%s.%N) - $start" | bc) s; stderr lines: $(wc -l < huge.err); first: $(head -c 300 huge.err | head -1)"
grep -c '^\s*at ' huge.err | sed 's/^/stack-trace lines: /'

echo "== hostile sizes: a 20 MB scalar (limit 30 s), and long bad values"
python3 -c "open('big.yaml','w').write('name: \"' + 'a'*20_000_000 + '\"\n')"
start=$(date +%s.%N)
timeout 30 java -Xmx1g -Djava.awt.headless=true -jar "$jar" run big.yaml > /dev/null 2> big.err; code=$?
echo "exit $code after $(echo "$(date +%s.%N) - $start" | bc) s (124 = still running at 30 s); stderr $(wc -c < big.err) bytes: $(head -c 200 big.err)"
python3 -c "open('longvalue.yaml','w').write('person: {fitzpatrick: ' + '9'*3000 + '}\n')"
java_ run longvalue.yaml > /dev/null 2> longvalue.err; echo "fitzpatrick of 3000 digits: exit $?, stderr $(wc -c < longvalue.err) bytes"
python3 -c "open('dev.yaml','w').write('protocol:\n  - {device: ' + 'q'*100000 + ', start: 30 years}\n')"
java_ run dev.yaml > /dev/null 2> dev.err; echo "device name of 100,000 characters: exit $?, stderr $(wc -c < dev.err) bytes"

echo "== Ctrl-C (SIGINT) during a run, then a run killed with SIGKILL, then the next run"
mkdir ctl
set -m # job control: a background job keeps SIGINT (a non-interactive shell would start it ignored)
java -Xmx512m -Djava.awt.headless=true -jar "$jar" run long.yaml --out ctl/a --threads 1 > /dev/null 2> int.err &
pid=$!; sleep 8; kill -INT $pid; wait $pid; echo "SIGINT: exit $?; stderr: $(grep -v '%' int.err | tr '\n' ' ' | head -c 300)"
echo "left in ctl/: $(ls -A ctl | tr '\n' ' ')"
java -Xmx512m -Djava.awt.headless=true -jar "$jar" run long.yaml --out ctl/b --threads 1 > /dev/null 2>&1 &
pid=$!; sleep 8; kill -KILL $pid; wait $pid 2>/dev/null
echo "after SIGKILL, left in ctl/: $(ls -A ctl | tr '\n' ' ')"
java_ run small.yaml --out ctl/c --threads 1 > /dev/null 2> next.err; echo "next run: exit $?; says: $(grep -i -E 'remov|partial' next.err | head -2)"
echo "left in ctl/ after the next run: $(ls -A ctl | tr '\n' ' ')"
set +m

echo "== export-sbml to stdout is valid XML; --out over an existing file; permissions"
java_ export-sbml > sbml.xml 2> sbml.err; echo "exit $?; stdout starts: $(head -c 40 sbml.xml | tr '\n' ' '); stderr: $(head -c 200 sbml.err)"
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse('sbml.xml'); print('stdout parses as XML')" 2>&1 | tail -1
echo "files left in the working directory besides the checks': $(ls -A | grep -v -E '^(small|long|single|huge|big|longvalue|dev)\.yaml$|\.err$|\.out$|^(p|single|same|same2|ctl|sbml\.xml)$' | tr '\n' ' ')"
echo mine > organism.xml
java_ export-sbml --out organism.xml > /dev/null 2> over.err; echo "--out over an existing file: exit $?; file now: $(head -c 30 organism.xml | tr '\n' ' '); stderr: $(head -c 200 over.err)"
rm -f fresh.xml; java_ export-sbml --out fresh.xml > /dev/null 2>&1; echo "new file's permissions: $(stat -c %A fresh.xml)"

echo "== --force over a folder holding a provenance.json and a user's file"
mkdir -p mine && echo '{}' > mine/provenance.json && echo "years of work" > mine/thesis.tex
java_ run small.yaml --out mine --force --threads 1 > /dev/null 2> force.err; echo "exit $?; thesis.tex: $(cat mine/thesis.tex 2>&1)"

echo "== an arm called '..' and a label that is a spreadsheet formula"
cat > hostile.yaml <<'EOF'
name: hostile
seed: 2
duration: 1 year
person: {age: 60 years}
tissue: {dimension: 2D, size: [400 um, 400 um], voxel: 20 um}
outputs: {every: 60 days, snapshots: []}
protocol:
  - arm: none
  - arm: ".."
    steps: [{drug: fisetin, start: 60.2 years, sessions: 2, interval: 4 weeks}]
  - arm: third
    label: "=HYPERLINK(\"http://x\")"
    steps: [{drug: fisetin, start: 60.3 years, sessions: 2, interval: 4 weeks}]
EOF
java_ compare hostile.yaml --out hostile/out --quiet --threads 1 > /dev/null 2> hostile.err; echo "exit $?"
echo "combined timeseries.csv header: $(head -1 hostile/out/timeseries.csv | cut -c1-120)"
echo "arms/: $(ls -A hostile/out/arms | tr '\n' ' ')"

echo "== a name and a label that a spreadsheet would run as formulas (arm -A1, label =HYPERLINK)"
sed -e 's/arm: none/arm: "-A1"/' -e '/arm: "\.\."/,+1d' hostile.yaml > formula.yaml
java_ compare formula.yaml --out formula --quiet --threads 1 > /dev/null 2> formula.err; echo "exit $? $(head -1 formula.err)"
echo "comparison.csv arm column: $(cut -d, -f6 formula/comparison.csv | sort -u | tr '\n' ' ')"
echo "a timeseries.columns.csv row with the label: $(grep -h 'HYPERLINK' formula/timeseries.columns.csv | head -1)"

echo "== output places that cannot be written"
echo x > not-a-folder
for bad in not-a-folder/out /proc/senesim-out; do
  java_ run small.yaml --out "$bad" --threads 1 > /dev/null 2> bad.err; echo "--out $bad: exit $?, $(wc -l < bad.err) stderr lines: $(head -c 200 bad.err | head -1)"
done
(cd /proc && timeout 20 java -Xmx1g -Djava.awt.headless=true -jar "$jar" run > /dev/null 2> "$work/flagship-proc.err"); echo "flagship without --out in /proc: exit $? (124 = still computing after 20 s); stderr: $(grep -v '%' flagship-proc.err | head -c 200)"

echo "== checkpoints"
java_ run small.yaml --out ck --checkpoint-every "1 year" > /dev/null 2> ck.err; echo "run --checkpoint-every: exit $?: $(head -1 ck.err)"
java_ resume .ck.partial > /dev/null 2> resume.err; echo "resume of a folder that holds no checkpoint: exit $?: $(head -1 resume.err)"

echo "== counts in docs/scenario.md against the loader"
printf 'parameters:\n  organism.clearance.betta: 0.1\n  clearance.betta: 0.1\n' > count.yaml
java_ run count.yaml > /dev/null 2> count.err; echo "exit $?: $(grep -o 'The registry has [0-9]* parameters' count.err | head -1)"
