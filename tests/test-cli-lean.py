#!/usr/bin/env python3
# test-cli-lean.py: byline-cli analyzes a text file itself, with GLib alone
# (not GIO, json-glib, libxml2, cmark, cairo, pango or SQLite), and gives the
# same output, messages and exit status as the full program, byline-cli-full,
# which it runs for every other command and for HTML, Markdown, standard input
# to sniff and many files. Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
FULL = os.path.join(os.path.dirname(CLI), "byline-cli-full")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(os.path.dirname(SRC), "data", "samples")
HEAVY = ("libxml2", "libcmark", "libcairo", "libpango", "libsqlite3", "libicu")
# what the analysis of a text does without (issue 17: each costs start time)
GLIB_ONLY = ("libgobject", "libgio", "libjson-glib", "libgmodule", "libffi", "libmount")

TMP = tempfile.mkdtemp()


def write(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def run(prog, *args, stdin=None, env=None):
    return subprocess.run([prog, *args], input=stdin, capture_output=True, timeout=120,
                          env=env)


def loaded(*args):
    """The shared libraries byline-cli loads for @args"""
    env = dict(os.environ, LD_DEBUG="libs")
    p = run(CLI, *args, env=env)
    return [l for l in p.stderr.decode(errors="replace").splitlines() if "calling init:" in l]


ARTICLE = b"KABUL, Afghanistan (AP) \xe2\x80\x94 Anna Berg, the foreign minister, said on Monday \xe2\x80\x9cthe talks will go on\xe2\x80\x9d.\n"


@case("analyze of a text file loads no import, export or store library")
def _():
    if not os.path.exists(FULL):
        return "SKIP no byline-cli-full beside byline-cli"
    libs = loaded("analyze", "--format", "json", write("a.txt", ARTICLE))
    if not libs:
        return "SKIP the dynamic loader says nothing with LD_DEBUG"
    assert not [l for l in libs if any(h in l for h in HEAVY)], libs
    # the full program is what loads them
    libs = loaded("analyze", "--format", "json", write("a.html", b"<p>" + ARTICLE + b"</p>"))
    assert [l for l in libs if "libxml2" in l], libs


@case("analyze of a text file loads GLib alone: no GObject, GIO or json-glib")
def _():
    libs = loaded("analyze", "--format", "json", write("a.txt", ARTICLE))
    if not libs:
        return "SKIP the dynamic loader says nothing with LD_DEBUG"
    assert [l for l in libs if "libglib-2.0" in l], libs
    assert not [l for l in libs if any(h in l for h in GLIB_ONLY)], libs


@case("the same output, messages and status as byline-cli-full")
def _():
    if not os.path.exists(FULL):
        return "SKIP no byline-cli-full beside byline-cli"
    text = write("a.txt", ARTICLE)
    cases = [
        ["analyze", "--format", "json", text],
        ["analyze", text],
        ["analyze", "--from", "TXT", "--format", "json", text],
        ["analyze", "--repair", "--format", "json", write("bad.txt", b"Anna \xff Berg said.\x00\n")],
        ["analyze", write("bad2.txt", b"Anna \xff Berg said.\n")],
        ["analyze", write("nul.txt", b"Anna\x00Berg\n")],
        ["analyze", os.path.join(TMP, "missing.txt")],
        ["analyze", "--format", "yaml", text],
        ["analyze"],
        ["analyze", "--jobs", "-1", text],
        ["analyze", "--from", "nonsense", text],
        ["analyze", "--format", "json", write("a.html", b"<title>T</title><p>" + ARTICLE + b"</p>")],
        ["analyze", "--format", "json", write("a.md", b"# Talks\n\n" + ARTICLE)],
        ["analyze", "--format", "json", write("noext", b"<!doctype html><p>" + ARTICLE + b"</p>")],
        ["analyze", "--format", "text", text, text],
        ["analyze", "--jsonl", text],
        ["--version"],
        ["help"],
    ]
    for args in cases:
        lean = run(CLI, *args)
        full = run(FULL, *args)
        assert (lean.returncode, lean.stdout, lean.stderr) == (full.returncode, full.stdout, full.stderr), \
            (args, lean.returncode, full.returncode, lean.stderr[:300], full.stderr[:300])
    for name in sorted(os.listdir(SAMPLES)):
        path = os.path.join(SAMPLES, name)
        assert run(CLI, "analyze", "--format", "json", path).stdout \
            == run(FULL, "analyze", "--format", "json", path).stdout, name


@case("standard input, sniffed or read as --from text")
def _():
    for args in (["analyze", "--format", "json", "-"], ["analyze", "--from", "text", "--format", "json", "-"]):
        lean = run(CLI, *args, stdin=ARTICLE)
        assert lean.returncode == 0, lean.stderr
        assert lean.stdout == run(FULL, *args, stdin=ARTICLE).stdout if os.path.exists(FULL) else True
        assert b'"schema":"byline.analysis/1"' in lean.stdout


@case("a lost standard output is an error")
def _():
    if not os.path.exists("/dev/full"):
        return "SKIP no /dev/full"
    with open("/dev/full", "wb") as out:
        p = subprocess.run([CLI, "analyze", "--format", "json", write("a.txt", ARTICLE)], stdout=out,
                           stderr=subprocess.PIPE, timeout=60)
    assert p.returncode == 1, p.returncode
    assert b"write failed" in p.stderr, p.stderr


if __name__ == "__main__":
    status = run_cases()
    shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(status)
