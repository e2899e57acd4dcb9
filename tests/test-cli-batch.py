#!/usr/bin/env python3
# test-cli-batch.py: byline-cli analyze over many files and folders: JSON
# Lines in input order whatever the number of jobs, a line on standard error
# naming each file that cannot be read while the others go on, the exit
# status, no progress line when standard error is not a terminal.
# Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import subprocess
import sys
import tempfile

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
SAMPLES = os.path.join(TOP, "data", "samples")



def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=300)


def lines(p):
    return [json.loads(l) for l in p.stdout.decode().splitlines()]


def archive():
    d = tempfile.mkdtemp()
    for name in sorted(os.listdir(SAMPLES)):
        shutil.copy(os.path.join(SAMPLES, name), d)
    os.mkdir(os.path.join(d, "b-sub"))
    with open(os.path.join(d, "b-sub", "one.md"), "w") as f:
        f.write("# Talks\n\nThe foreign minister said on Monday that the talks would go on.\n")
    with open(os.path.join(d, "notes.json"), "w") as f:
        f.write("{}")  # not an article: a folder's walk leaves it out
    return d


@case("a folder: its articles, sub-folders too, in the order of their names")
def _():
    d = archive()
    p = run("analyze", d)
    assert p.returncode == 0, p.stderr
    paths = [os.path.relpath(x["path"], d) for x in lines(p)]
    # "b-sub" sorts before the samples' names ("-" before letters)
    assert paths == ["b-sub/one.md"] + sorted(os.listdir(SAMPLES)), paths
    assert all(x["analysis"]["schema"] == "byline.analysis/1" for x in lines(p))
    assert p.stderr == b"", p.stderr  # no progress line off a terminal
    shutil.rmtree(d)


@case("each line is the analysis --format json prints")
def _():
    path = os.path.join(SAMPLES, "byline-harbour-talks.txt")
    one = json.loads(run("analyze", "--format", "json", path).stdout)
    p = run("analyze", "--jsonl", path)
    assert p.returncode == 0
    [line] = lines(p)
    assert line["path"] == path and line["analysis"] == one


@case("files in the order given, the same with one job and with three")
def _():
    names = sorted(os.listdir(SAMPLES))
    paths = [os.path.join(SAMPLES, n) for n in reversed(names)] * 5
    one = run("analyze", "--jsonl", "--jobs", "1", *paths)
    three = run("analyze", "--jsonl", "-j", "3", *paths)
    assert one.returncode == 0 and three.returncode == 0
    assert [x["path"] for x in lines(one)] == paths
    assert one.stdout == three.stdout


@case("a file that cannot be read is named, the others go on, exit 1")
def _():
    d = tempfile.mkdtemp()
    bad = os.path.join(d, "bad.txt")
    with open(bad, "wb") as f:
        f.write(b"not \xff UTF-8")
    good = os.path.join(SAMPLES, "byline-harbour-talks.txt")
    missing = os.path.join(d, "missing.txt")
    p = run("analyze", "--jsonl", "--jobs", "2", good, bad, missing, good)
    assert p.returncode == 1, p.returncode
    assert [x["path"] for x in lines(p)] == [good, good]
    err = p.stderr.decode()
    assert "bad.txt" in err and "missing.txt" in err, err
    assert len(err.strip().splitlines()) == 2, err
    shutil.rmtree(d)


@case("standard input in a batch is named -")
def _():
    p = run("analyze", "--jsonl", "-", stdin="Anna Berg met Carlos Vidal in Oslo on Monday.".encode())
    assert p.returncode == 0, p.stderr
    [line] = lines(p)
    assert line["path"] == "-" and line["analysis"]["schema"] == "byline.analysis/1"


@case("--format text with several files, or --jobs below 1, is a usage error")
def _():
    path = os.path.join(SAMPLES, "byline-harbour-talks.txt")
    assert run("analyze", "--format", "text", path, path).returncode == 2
    assert run("analyze", "--jobs", "-1", "--jsonl", path).returncode == 2
    assert run("analyze").returncode == 2


@case("an empty folder writes nothing and succeeds")
def _():
    d = tempfile.mkdtemp()
    p = run("analyze", "--jsonl", d)
    assert p.returncode == 0 and p.stdout == b"", (p.returncode, p.stdout)
    os.rmdir(d)


if __name__ == "__main__":
    sys.exit(run_cases())
