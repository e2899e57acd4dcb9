#!/usr/bin/env python3
# test-cli.py: byline-cli as a user runs it: exit codes, messages that name the
# file, JSON that parses, standard input, the bad-input corpus, the samples.
# Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import subprocess
import sys
import tempfile

from tap import case, run_cases, skip

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
SHARED = os.environ.get("BYLINE_SHARED", os.path.join(TOP, "..", "shared"))

def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=300)


def analyse_json(path):
    p = run("analyze", "--format", "json", path)
    assert p.returncode == 0, "exit %d: %s" % (p.returncode, p.stderr.decode()[-300:])
    return json.loads(p.stdout)


@case("help exits 0")
def _():
    p = run("--help")
    assert p.returncode == 0 and b"analyze" in p.stdout


@case("analyze --help exits 0")
def _():
    p = run("analyze", "--help")
    assert p.returncode == 0 and b"--format" in p.stdout


@case("no command is a usage error (2)")
def _():
    assert run().returncode == 2


@case("unknown command is a usage error (2)")
def _():
    p = run("frobnicate")
    assert p.returncode == 2 and b"frobnicate" in p.stderr


@case("bad --format is a usage error (2)")
def _():
    assert run("analyze", "--format", "xml", "x.txt").returncode == 2


@case("missing FILE is a usage error (2)")
def _():
    assert run("analyze").returncode == 2


@case("missing file exits 1 naming it")
def _():
    p = run("analyze", "/nonexistent/article.txt")
    assert p.returncode == 1 and b"/nonexistent/article.txt" in p.stderr


@case("standard input with -")
def _():
    p = run("analyze", "--format", "json", "-", stdin="Sergei Lavrov met Javad Zarif in Tehran.".encode())
    assert p.returncode == 0
    d = json.loads(p.stdout)
    names = {e["name"] for e in d["entities"]}
    assert "Tehran" in names, names


@case("invalid UTF-8 exits 1 with file and byte offset; --repair accepts it")
def _():
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write("Caf\xe9 talks".encode("latin-1"))
    try:
        p = run("analyze", f.name)
        assert p.returncode == 1
        assert f.name.encode() in p.stderr and b"byte 3" in p.stderr, p.stderr
        p = run("analyze", "--repair", "--format", "json", f.name)
        assert p.returncode == 0
        json.loads(p.stdout)
    finally:
        os.unlink(f.name)


@case("offsets are code points and mentions match the text")
def _():
    text = "\ufeffBinali Yıldırım met José Muñoz in São Paulo on Monday.\r\n“Yes,” Yıldırım said."
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        d = analyse_json(f.name)
        body = text[1:]  # the BOM is dropped
        assert d["document"]["length"] == len(body)
        seen = set()
        for e in d["entities"]:
            for m in e["mentions"]:
                seen.add(body[m["start"]:m["end"]])
        for want in ("Binali Yıldırım", "José Muñoz", "São Paulo", "Yıldırım"):
            assert want in seen, (want, seen)
    finally:
        os.unlink(f.name)


@case("text format prints people and places")
def _():
    p = run("analyze", os.path.join(TOP, "data", "samples", "byline-harbour-talks.txt"))
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "Anna Berg" in out and "Oslo" in out, out


for sample in sorted(os.listdir(os.path.join(TOP, "data", "samples"))):
    if sample.endswith(".txt"):
        @case("sample %s gives the JSON contract" % sample)
        def _(sample=sample):
            d = analyse_json(os.path.join(TOP, "data", "samples", sample))
            assert d["schema"] == "byline.analysis/1"
            for key in ("document", "entities", "quotes", "meetings", "claims"):
                assert key in d, key
            assert d["document"]["title"]
            n = d["document"]["length"]
            for e in d["entities"]:
                assert e["id"] and e["type"] and e["name"]
                for m in e["mentions"]:
                    assert 0 <= m["start"] < m["end"] <= n


BAD = os.path.join(SHARED, "eval", "bad", "make-bad-inputs.py")
if os.path.exists(BAD):
    bad_dir = tempfile.mkdtemp(prefix="byline-bad-")
    subprocess.run([sys.executable, BAD, bad_dir], check=True, capture_output=True)
    for name in sorted(os.listdir(bad_dir)):
        @case("bad input %s" % name)
        def _(name=name):
            path = os.path.join(bad_dir, name)
            p = run("analyze", "--format", "json", path)
            if name.startswith("refuse-"):
                assert p.returncode == 1, p.returncode
                assert path.encode() in p.stderr, p.stderr
            else:
                assert p.returncode == 0, (p.returncode, p.stderr[-300:])
                json.loads(p.stdout)
else:
    skip("bad-input corpus", "../shared/eval/bad is absent")

SEED = os.path.join(SHARED, "eval", "dev", "seed.txt")
if os.path.exists(SEED):
    @case("seed article: structure and key entities")
    def _():
        d = analyse_json(SEED)
        doc = d["document"]
        assert doc["title"] == "Iran, Russia Boost Ties", doc["title"]
        assert doc["credit"] == "Sergei Lavrov / AP", doc["credit"]
        assert doc["dateline"] == "2013-12-11"
        by = {e["name"]: e for e in d["entities"]}
        lav = by.get("Sergei Lavrov")
        assert lav and lav["type"] == "PERSON", lav
        assert lav.get("role") == "Foreign Minister" and lav.get("affiliation") == "Russia", lav
        assert len(lav["mentions"]) >= 10
        fars = by.get("Fars News", {})
        assert fars.get("canonical") == "Fars News Agency", fars
        assert fars.get("outlet", {}).get("state_media") is True
else:
    skip("seed article", "../shared is absent")

if __name__ == "__main__":
    sys.exit(run_cases())
