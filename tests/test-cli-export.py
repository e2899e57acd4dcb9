#!/usr/bin/env python3
# test-cli-export.py: byline-cli export and import-notes as a user runs them,
# each against libraries in a temporary folder. Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
SAMPLES = os.path.join(TOP, "data", "samples")
SHARED = os.environ.get("BYLINE_SHARED", os.path.join(TOP, "..", "shared"))

ARTICLE = """Ministers agree to share fisheries data

OSLO (Byline Sample Press) - Norwegian Foreign Minister Anna Berg met her Chilean counterpart, Mateo Fuentes, in Oslo on Monday for talks on fisheries.

"We agreed on a common approach," Berg said after the meeting in the café.

Officials familiar with the negotiations said the deal was likely to be signed in May.
"""

HOSTILE = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "\"q\" & 'a' <b>b</b>"]



class Library:
    def __init__(self, tmp=None):
        self.dir = tmp or tempfile.TemporaryDirectory(prefix="byline-cli-export-")
        self.path = os.path.join(self.dir.name, "library-%d.db" % id(self))

    def run(self, *args, stdin=None):
        return subprocess.run([CLI, "--library", self.path, *args], input=stdin,
                              capture_output=True, timeout=300)

    def ok(self, *args):
        p = self.run(*args)
        assert p.returncode == 0, "%s: exit %d: %s" % (" ".join(args), p.returncode,
                                                       p.stderr.decode()[-400:])
        return p.stdout.decode()

    def file(self, name, text=None):
        path = os.path.join(self.dir.name, name)
        if text is not None:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        return path

    def add(self, text, name="article.txt"):
        return int(self.ok("library", "add", self.file(name, text)).split("\t")[0])

    def note(self, article, passage, text, *tags, kind="comment"):
        args = ["notes", "add", str(article), "--passage", passage, "--text", text, "--kind", kind]
        for t in tags:
            args += ["--tag", t]
        return int(self.ok(*args).strip())

    def notes(self, article):
        return json.loads(self.ok("notes", "list", str(article), "--format", "json"))


class Html(html.parser.HTMLParser):
    """Elements, attributes and text of an HTML file"""

    def __init__(self, text):
        super().__init__()
        self.tags = []
        self.attrs = []
        self.text = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def import_counts(out):
    m = re.search(r"article (\d+): (\d+) notes? added, (\d+) already there, (\d+) orphaned", out)
    assert m, out
    return tuple(int(x) for x in m.groups())


@case("export --to md|html|json of a library article goes to standard output")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.note(a, "Anna Berg", "Who is she?", "people", kind="question")
    md = lib.ok("export", str(a), "--to", "md", "--reader", "Ana Q")
    assert md.startswith("# Ministers agree to share fisheries data\n"), md[:200]
    for heading in ("## People", "## Meetings", "## Quotes", "## Claims", "## Sources", "## Article", "## Notes"):
        assert "\n%s\n" % heading in md, heading
    assert "**Annotated by:** Ana Q" in md and "Who is she?" in md
    page = Html(lib.ok("export", str(a), "--to", "html"))
    assert "script" not in page.tags and "mark" in page.tags
    csp = [d.get("content") for t, d in page.attrs if t == "meta" and d.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none'"), csp
    doc = json.loads(lib.ok("export", str(a), "--to", "json"))
    assert doc["schema"] == "byline.export/1" and doc["analysis"]["schema"] == "byline.analysis/1"
    items = doc["annotations"]["first"]["items"]
    assert len(items) == 1 and items[0]["motivation"] == "questioning", items
    assert {"type": "TextualBody", "purpose": "tagging", "value": "people"} in items[0]["body"], items[0]
    quote = [s for s in items[0]["target"]["selector"] if s["type"] == "TextQuoteSelector"][0]
    assert quote["exact"] == "Anna Berg"


@case("export -o FILE writes the file; the format follows its name; a PDF needs -o or a pipe")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    out = lib.file("summary.html")
    assert lib.ok("export", str(a), "-o", out) == ""
    assert open(out, encoding="utf-8").read().startswith("<!DOCTYPE html>")
    pdf = lib.file("summary.pdf")
    lib.ok("export", str(a), "--to", "pdf", "-o", pdf)
    assert open(pdf, "rb").read(5) == b"%PDF-"
    piped = lib.run("export", str(a), "--to", "pdf")
    assert piped.returncode == 0 and piped.stdout.startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode()
        assert "Ministers agree to share fisheries data" in text and "Notes" in text, text[:300]


@case("export of a FILE analyses it now: no library, no notes")
def _():
    lib = Library()
    path = lib.file("loose.txt", ARTICLE)
    doc = json.loads(lib.ok("export", path, "--to", "json"))
    assert doc["article"]["title"] == "Ministers agree to share fisheries data"
    assert doc["article"]["text"] == ARTICLE
    assert doc["annotations"]["total"] == 0 and doc["annotations"]["first"]["items"] == []
    assert not os.path.exists(lib.path)
    for sample in sorted(os.listdir(SAMPLES)):
        if sample.endswith(".txt"):
            md = lib.ok("export", os.path.join(SAMPLES, sample), "--to", "md")
            assert "\n## Quotes\n" in md and "\n## Notes\n\nNo notes.\n" in md, sample


@case("--notes-only and --no-article leave out the summary and the text")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.note(a, "Oslo", "the place")
    md = lib.ok("export", str(a), "--notes-only", "--no-article")
    assert "## People" not in md and "## Article" not in md and "the place" in md, md
    doc = json.loads(lib.ok("export", str(a), "--to", "json", "--notes-only", "--no-article"))
    assert "analysis" not in doc and "text" not in doc["article"], doc.keys()
    assert len(doc["annotations"]["first"]["items"]) == 1


@case("hostile notes and tags come out as text in every format")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    for h, passage in zip(HOSTILE, ("Oslo", "Monday", "fisheries")):
        lib.note(a, passage, h, h)
    md = lib.ok("export", str(a), "--to", "md")
    assert "<script" not in md and "](javascript" not in md and "<b>" not in md
    page = Html(lib.ok("export", str(a), "--to", "html"))
    assert "script" not in page.tags and "b" not in page.tags
    assert not any(k.startswith("on") or "javascript:" in (v or "") for _, d in page.attrs for k, v in d.items())
    text = "".join(page.text)
    for h in HOSTILE:
        assert h in text, h
    doc = json.loads(lib.ok("export", str(a), "--to", "json"))
    values = [b["value"] for item in doc["annotations"]["first"]["items"] for b in item["body"]]
    for h in HOSTILE:
        assert values.count(h) == 2, (h, values)


@case("import-notes brings an export into a fresh library; a second import adds nothing")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.note(a, "Anna Berg", "first", "people", "check")
    lib.note(a, "Mateo Fuentes", "", kind="highlight")
    lib.note(a, "likely to be signed", "hedged?", kind="question")
    exported = lib.file("notes.json")
    lib.ok("export", str(a), "--to", "json", "-o", exported)
    fresh = Library(lib.dir)
    out = fresh.ok("import-notes", exported)
    b, added, dup, orphaned = import_counts(out)
    assert (added, dup, orphaned) == (3, 0, 0), out
    before = sorted((n["start"], n["end"], n["body"], n["kind"], n["tags"]) for n in lib.notes(a))
    after = sorted((n["start"], n["end"], n["body"], n["kind"], n["tags"]) for n in fresh.notes(b))
    assert before == after, (before, after)
    assert import_counts(fresh.ok("import-notes", exported))[1:] == (0, 3, 0)
    assert import_counts(lib.ok("import-notes", exported)) == (a, 0, 3, 0)
    assert len(fresh.notes(b)) == 3


@case("import-notes: a note whose passage is gone is kept as orphaned")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.note(a, "Anna Berg", "kept")
    exported = lib.file("notes.json")
    lib.ok("export", str(a), "--to", "json", "-o", exported)
    doc = json.load(open(exported, encoding="utf-8"))
    item = doc["annotations"]["first"]["items"][0]
    for s in item["target"]["selector"]:
        if s["type"] == "TextQuoteSelector":
            s["exact"] = "Olga Nowhere"
    del doc["article"]["sha256"]
    with open(exported, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    assert import_counts(lib.ok("import-notes", exported, "--article", str(a)))[1:] == (1, 0, 1)
    listed = lib.ok("notes", "list", str(a))
    assert "orphaned" in listed, listed


@case("import-notes: bad files exit 1 naming the file; usage errors exit 2")
def _():
    lib = Library()
    lib.add(ARTICLE)
    cases = {
        "missing.json": None,
        "not.json": "this is not json",
        "other.json": '{"hello": "world"}',
        "numbers.json": "[1, 2, 3]",
    }
    for name, content in cases.items():
        path = lib.file(name, content) if content is not None else lib.file(name)
        p = lib.run("import-notes", path)
        assert p.returncode == 1, (name, p.returncode, p.stderr)
        assert path in p.stderr.decode(), p.stderr
    # an export without its text, of an article this library does not have
    a = lib.add(ARTICLE.replace("Oslo", "Bergen"), "other.txt")
    lib.note(a, "Bergen", "x")
    no_text = lib.file("no-text.json")
    lib.ok("export", str(a), "--to", "json", "--no-article", "-o", no_text)
    p = Library(lib.dir).run("import-notes", no_text)
    assert p.returncode == 1 and "no-text.json" in p.stderr.decode() and "not in the library" in p.stderr.decode(), p.stderr
    for args in (("import-notes",), ("import-notes", "x.json", "--article", "abc"),
                 ("export",), ("export", "1", "--to", "docx"), ("export", "1", "2"), ("export", "1", "--frob")):
        p = lib.run(*args)
        assert p.returncode == 2, (args, p.returncode, p.stderr)


@case("export: an unknown article or file exits 1 naming it")
def _():
    lib = Library()
    lib.add(ARTICLE)
    p = lib.run("export", "99")
    assert p.returncode == 1 and "99" in p.stderr.decode() and lib.path in p.stderr.decode(), p.stderr
    missing = lib.file("missing.txt")
    p = lib.run("export", missing)
    assert p.returncode == 1 and missing in p.stderr.decode(), p.stderr
    p = lib.run("export", "1", "-o", os.path.join(lib.dir.name, "no", "such", "dir.md"))
    assert p.returncode == 1 and "dir.md" in p.stderr.decode(), p.stderr


@case("--help lists export and import-notes")
def _():
    out = subprocess.run([CLI, "--help"], capture_output=True).stdout.decode()
    assert "export" in out and "import-notes" in out, out
    out = subprocess.run([CLI, "export", "--help"], capture_output=True).stdout.decode()
    assert "--to" in out and "--notes-only" in out and "--no-article" in out and "--reader" in out, out


@case("the seed article exports in every format (skipped without ../shared)")
def _():
    seed = os.path.join(SHARED, "eval", "dev", "seed.txt")
    if not os.path.exists(seed):
        return "SKIP no seed article"
    lib = Library()
    a = int(lib.ok("library", "add", seed).split("\t")[0])
    lib.note(a, "Lavrov", "who?", "people")
    for fmt in ("md", "html", "json", "pdf"):
        out = lib.file("seed." + fmt)
        lib.ok("export", str(a), "--to", fmt, "-o", out)
        assert os.path.getsize(out) > 10000, fmt
    doc = json.load(open(lib.file("seed.json"), encoding="utf-8"))
    assert doc["article"]["title"] == "Iran, Russia Boost Ties"


if __name__ == "__main__":
    sys.exit(run_cases())
