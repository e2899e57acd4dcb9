#!/usr/bin/env bash
# test-parallel-recipe.sh: runs the README's GNU parallel recipe (the block
# after "<!-- recipe: parallel -->") on a few files, in shards of two, and
# checks that its JSON Lines are those of one `analyze --jsonl` over the same
# files, in the order of the file list, and that a bad file is named on
# standard error. Skipped when parallel is not installed. Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
src=${G_TEST_SRCDIR:-$(dirname "$0")}
top=$(cd "$src/.." && pwd)
cli=$(realpath "${BYLINE_CLI:-$top/build/src/byline-cli}")

if ! command -v parallel >/dev/null; then
  echo "1..0 # SKIP GNU parallel is not installed"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/archive/sub" "$tmp/.parallel"
ln -s "$cli" "$tmp/bin/byline-cli"
touch "$tmp/.parallel/will-cite"
cp "$top"/data/samples/*.txt "$tmp/archive/"
printf '# A heading\n\nThe minister said on Monday that talks would go on.\n' >"$tmp/archive/sub/note.md"
printf 'bad \377 bytes\n' >"$tmp/archive/broken.txt"

recipe=$(awk '/<!-- recipe: parallel -->/ { on = 1; next }
              on && /^```sh/ { inside = 1; next }
              inside && /^```/ { exit }
              inside { print }' "$top/README.md")
n=0
fail=0
check() {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}

[ -n "$recipe" ] && echo "$recipe" | grep -q 'parallel'
check $? "the README has the recipe"

# shards of two files, so that there are several jobs to merge
recipe=${recipe//-n 200/-n 2}
(cd "$tmp" && HOME="$tmp" PATH="$tmp/bin:$PATH" bash -c "$recipe" 2>"$tmp/stderr")
status=$?
[ "$status" -ne 0 ]
check $? "a bad file makes the exit status say so"
grep -q 'broken.txt' "$tmp/stderr"
check $? "the bad file is named on standard error"

expected=$(cd "$tmp" && find archive -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) \
           ! -name broken.txt | LC_ALL=C sort)
got=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    assert d["analysis"]["schema"] == "byline.analysis/1"
    print(d["path"])' "$tmp/archive.jsonl")
[ "$got" = "$expected" ]
check $? "one line a good file, in the order of the file list"

(cd "$tmp" && "$cli" analyze --jsonl archive 2>/dev/null) | LC_ALL=C sort >"$tmp/one.jsonl"
LC_ALL=C sort "$tmp/archive.jsonl" | cmp -s - "$tmp/one.jsonl"
check $? "the same lines as one analyze --jsonl over the folder"

echo "1..$n"
exit $fail
