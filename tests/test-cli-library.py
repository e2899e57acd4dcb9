#!/usr/bin/env python3
# test-cli-library.py: byline-cli library, notes, tags, search, correct and
# corrections as a user runs them, each against a library in a temporary
# folder. Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import subprocess
import sys
import tempfile

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
SHARED = os.environ.get("BYLINE_SHARED", os.path.join(TOP, "..", "shared"))

ARTICLE = """Ministers agree to share fisheries data

OSLO (Byline Sample Press) - Norwegian Foreign Minister Anna Berg met her Chilean counterpart, Mateo Fuentes, in Oslo on Monday for talks on fisheries.

"We agreed on a common approach," Berg said after the meeting in the café.

Officials familiar with the negotiations said the deal was likely to be signed in May.
"""

HTML = """<!DOCTYPE html>
<html><head><title>Port strike ends | Example News</title>
<meta property="og:title" content="Port strike ends after two weeks">
<meta property="article:published_time" content="2025-06-02T08:00:00Z">
<meta name="author" content="Lena Ortiz">
<style>body { color: red }</style>
<script>var secret = "TRACKING-SCRIPT-TEXT";</script>
</head><body>
<nav>Home | World | NAVIGATION-TEXT</nav>
<article>
<h1>Port strike ends after two weeks</h1>
<p>Dock workers in Rotterdam returned to work on Monday, the union said.</p>
<!-- a comment COMMENT-TEXT -->
<p>&ldquo;We got most of what we asked for,&rdquo; said union leader Piet de Vries &amp; colleagues.</p>
</article>
<footer>FOOTER-TEXT</footer>
</body></html>
"""

MARKDOWN = """# Library opens late

The *city library* in [Porto](https://example.org) opened its new wing on Friday.

- longer hours
- more seats
"""



class Library:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="byline-cli-")
        self.path = os.path.join(self.dir.name, "library.db")

    def run(self, *args, stdin=None, env=None):
        return subprocess.run([CLI, "--library", self.path, *args], input=stdin,
                              capture_output=True, timeout=300, env=env)

    def ok(self, *args, stdin=None):
        p = self.run(*args, stdin=stdin)
        assert p.returncode == 0, "%s: exit %d: %s" % (" ".join(args), p.returncode,
                                                       p.stderr.decode()[-400:])
        return p.stdout.decode()

    def write(self, name, text, mode="w"):
        path = os.path.join(self.dir.name, name)
        with open(path, mode) as f:
            f.write(text)
        return path

    def add(self, text, name="article.txt"):
        out = self.ok("library", "add", self.write(name, text))
        return int(out.split("\t")[0])

    def json(self, *args):
        return json.loads(self.ok(*args, "--format", "json"))


def char_offset(text, needle):
    return text.index(needle)


@case("library add prints the id and title; list begins each line with them")
def _():
    lib = Library()
    out = lib.ok("library", "add", lib.write("fish.txt", ARTICLE))
    ident, title, what = out.rstrip("\n").split("\t")
    assert title == "Ministers agree to share fisheries data" and what == "added", out
    listed = lib.ok("library", "list").splitlines()
    assert len(listed) == 1 and listed[0].startswith(ident + "\tMinisters agree"), listed
    assert os.path.exists(lib.path)


@case("the same text twice is the same article, from any path")
def _():
    lib = Library()
    a = lib.add(ARTICLE, "one.txt")
    out = lib.ok("library", "add", lib.write("two.txt", ARTICLE))
    assert out.startswith("%d\t" % a) and "already" in out, out
    assert len(lib.ok("library", "list").splitlines()) == 1


@case("library add reads HTML: title, date, author; scripts, styles, navigation, comments dropped")
def _():
    lib = Library()
    a = lib.add(HTML, "strike.html")
    meta = lib.json("library", "list")[0]
    assert meta["title"] == "Port strike ends after two weeks", meta
    assert meta["dateline"] == "2025-06-02" and meta["format"] == "html", meta
    shown = lib.ok("library", "show", str(a))
    for hidden in ("TRACKING-SCRIPT-TEXT", "NAVIGATION-TEXT", "COMMENT-TEXT", "FOOTER-TEXT", "color: red"):
        assert hidden not in shown, hidden
    assert "Piet de Vries & colleagues" in shown and "\u201cWe got most" in shown, shown


@case("library add reads Markdown without its markup")
def _():
    lib = Library()
    a = lib.add(MARKDOWN, "library.md")
    shown = lib.ok("library", "show", str(a))
    assert "Title:\tLibrary opens late" in shown, shown
    assert "The city library in Porto opened" in shown and "*" not in shown.split("Entities:")[0], shown


@case("library add - reads standard input")
def _():
    lib = Library()
    out = lib.ok("library", "add", "-", stdin=ARTICLE.encode())
    assert "Ministers agree" in out


@case("a file that cannot be read is named, exit 1, and the others are still added")
def _():
    lib = Library()
    good = lib.write("good.txt", ARTICLE)
    bad = lib.write("latin1.txt", "Caf\xe9 society\n".encode("latin-1"), mode="wb")
    p = lib.run("library", "add", bad, good, "/nonexistent/missing.txt")
    assert p.returncode == 1
    err = p.stderr.decode()
    assert bad in err and "/nonexistent/missing.txt" in err, err
    assert len(lib.ok("library", "list").splitlines()) == 1


@case("the bad-input corpus through library add: refuse exits 1 naming the file, accept adds")
def _():
    maker = os.path.join(SHARED, "eval", "bad", "make-bad-inputs.py")
    if not os.path.exists(maker):
        return "SKIP ../shared is absent"
    lib = Library()
    corpus = os.path.join(lib.dir.name, "bad")
    subprocess.run([sys.executable, maker, corpus], check=True, capture_output=True)
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        p = lib.run("library", "add", path)
        if name.startswith("refuse"):
            assert p.returncode == 1 and path.encode() in p.stderr, (name, p.returncode, p.stderr)
        else:
            assert p.returncode == 0, (name, p.stderr.decode()[-300:])
    lib.ok("library", "check")


@case("notes add, list, list --tag, edit and delete")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    start = char_offset(ARTICLE, "Mateo Fuentes")
    note = int(lib.ok("notes", "add", str(a), "--start", str(start), "--end", str(start + 13),
                      "--text", "the counterpart", "--tag", "people", "--tag", "chile").strip())
    other = int(lib.ok("notes", "add", str(a), "--passage", "likely to be signed",
                       "--text", "hedge", "--kind", "question").strip())
    notes = lib.json("notes", "list", str(a))
    assert [n["id"] for n in notes] == [note, other], notes
    assert notes[0]["exact"] == "Mateo Fuentes" and notes[0]["tags"] == ["chile", "people"], notes
    assert notes[1]["kind"] == "question" and notes[1]["start"] == char_offset(ARTICLE, "likely"), notes
    line = lib.ok("notes", "list", "--tag", "people").splitlines()
    assert len(line) == 1 and line[0].startswith("%d\t%d\t" % (note, a)), line
    lib.ok("notes", "edit", str(note), "--text", "changed", "--tag", "latam")
    n = lib.json("notes", "list", str(a))[0]
    assert n["body"] == "changed" and n["tags"] == ["latam"], n
    lib.ok("notes", "delete", str(note))
    assert [n["id"] for n in lib.json("notes", "list")] == [other]
    p = lib.run("notes", "delete", str(note))
    assert p.returncode == 1 and str(note).encode() in p.stderr, p.stderr


@case("notes add refuses a passage outside the article and an unknown article")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    p = lib.run("notes", "add", str(a), "--start", "10", "--end", "100000", "--text", "x")
    assert p.returncode == 1 and b"inside the article" in p.stderr, p.stderr
    p = lib.run("notes", "add", "999", "--start", "0", "--end", "3")
    assert p.returncode == 1 and b"999" in p.stderr, p.stderr
    p = lib.run("notes", "add", str(a), "--passage", "words that are not there")
    assert p.returncode == 1
    assert lib.run("notes", "add", "abc", "--start", "0", "--end", "3").returncode == 2
    assert lib.run("notes", "add", str(a)).returncode == 2
    assert lib.json("notes", "list") == []


@case("SQL-looking notes and tags are stored literally")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    body = "'); DROP TABLE notes; --"
    tag = "x' OR '1'='1"
    lib.ok("notes", "add", str(a), "--passage", "Oslo", "--text", body, "--tag", tag)
    n = lib.json("notes", "list")[0]
    assert n["body"] == body and n["tags"] == [tag], n
    assert lib.ok("tags", "list").startswith(tag + "\t1 note")
    assert len(lib.json("notes", "list", "--tag", "x")) == 0
    lib.ok("library", "check")


@case("tags list, rename and merge")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.ok("notes", "add", str(a), "--passage", "Officials familiar", "--tag", "anon")
    lib.ok("notes", "add", str(a), "--passage", "likely", "--tag", "anonymous", "--tag", "hedge")
    lib.ok("library", "tag", str(a), "anon")
    assert lib.run("tags", "rename", "anon", "anonymous").returncode == 1
    lib.ok("tags", "rename", "hedge", "hedging")
    lib.ok("tags", "merge", "anon", "anonymous")
    rows = [line.split("\t") for line in lib.ok("tags", "list").splitlines()]
    assert rows == [["anonymous", "2 notes", "1 article"], ["hedging", "1 note", "0 articles"]], rows
    p = lib.run("tags", "rename", "nothing", "x")
    assert p.returncode == 1 and b"nothing" in p.stderr


@case("search finds article text and notes, best first, with the match marked")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    b = lib.add("Rail strike called off\n\nThe union called off the strike after a late offer.\n", "rail.txt")
    lib.ok("notes", "add", str(a), "--passage", "Officials familiar", "--text", "who are these officials?")
    out = lib.ok("search", "strike").splitlines()
    assert len(out) == 1 and out[0].startswith("article %d\tRail strike called off\t" % b), out
    assert "[strike]" in out[0], out
    hits = lib.json("search", "officials")
    assert {h["kind"] for h in hits} == {"article", "note"} and all(h["article"] == a for h in hits), hits
    assert lib.json("search", "nothing-like-this") == []
    for hostile in ('"unclosed', "NEAR(", "*", "don't", "AND OR"):
        assert lib.run("search", hostile).returncode == 0, hostile


@case("correct an entity's type and a quote's speaker; every later show applies them; undo")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    fix = int(lib.ok("correct", str(a), "Oslo", "--type", "ORG").strip())
    lib.ok("correct", str(a), "q1", "--speaker", "Mateo Fuentes")
    analysis = lib.json("library", "show", str(a))
    oslo = [e for e in analysis["entities"] if e["name"] == "Oslo"][0]
    assert oslo["type"] == "ORG" and oslo["corrected"] is True, oslo
    assert analysis["quotes"][0]["speaker_name"] == "Mateo Fuentes", analysis["quotes"][0]
    text = lib.ok("library", "show", str(a), "--no-text")
    assert "q1\tdirect\tMateo Fuentes" in text, text
    assert len(lib.ok("corrections", "list", str(a)).splitlines()) == 2
    lib.ok("corrections", "delete", str(fix))
    oslo = [e for e in lib.json("library", "show", str(a))["entities"] if e["name"] == "Oslo"][0]
    assert oslo["type"] == "PLACE", oslo
    p = lib.run("correct", str(a), "Nobody Here", "--type", "ORG")
    assert p.returncode == 1 and b"Nobody Here" in p.stderr, p.stderr
    assert lib.run("correct", str(a), "Oslo", "--type", "CITY").returncode == 1
    assert lib.run("correct", str(a), "Oslo").returncode == 2
    assert lib.run("correct", str(a), "Oslo", "--type", "ORG", "--remove").returncode == 2


@case("correct --remove drops a quote and an entity")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    before = lib.json("library", "show", str(a))
    lib.ok("correct", str(a), "q1", "--remove")
    lib.ok("correct", str(a), "Mateo Fuentes", "--remove")
    after = lib.json("library", "show", str(a))
    assert len(after["quotes"]) == len(before["quotes"]) - 1
    assert "Mateo Fuentes" not in [e["name"] for e in after["entities"]]


@case("an edited file imported again from the same path keeps its notes, re-anchored or orphaned")
def _():
    lib = Library()
    path = lib.write("fish.txt", ARTICLE)
    a = int(lib.ok("library", "add", path).split("\t")[0])
    lib.ok("notes", "add", str(a), "--passage", "Mateo Fuentes", "--text", "moves")
    lib.ok("notes", "add", str(a), "--passage", "likely to be signed", "--text", "goes")
    edited = ARTICLE.replace("OSLO (Byline", "Updated at noon.\n\nOSLO (Byline").replace(
        "the deal was likely to be signed in May", "the deal would be signed in May")
    lib.write("fish.txt", edited)
    out = lib.ok("library", "add", path)
    assert out.startswith("%d\t" % a) and "updated" in out and "orphaned" in out, out
    notes = {n["body"]: n for n in lib.json("notes", "list", str(a))}
    assert notes["moves"]["start"] == edited.index("Mateo Fuentes") and not notes["moves"]["orphaned"]
    assert notes["goes"]["orphaned"] and notes["goes"]["exact"] == "likely to be signed", notes
    assert "1 orphaned" in lib.ok("library", "show", str(a))


@case("library remove takes the article's notes with it")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.ok("notes", "add", str(a), "--passage", "Oslo")
    lib.ok("library", "remove", str(a))
    assert lib.ok("library", "list") == "" and lib.json("notes", "list") == []
    p = lib.run("library", "show", str(a))
    assert p.returncode == 1 and str(a).encode() in p.stderr


@case("the default library is $XDG_DATA_HOME/byline/library.db")
def _():
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=home)
        p = subprocess.run([CLI, "library", "add", "-"], input=ARTICLE.encode(), capture_output=True,
                           env=env, timeout=60)
        assert p.returncode == 0, p.stderr
        assert os.path.exists(os.path.join(home, "byline", "library.db"))


@case("a damaged library is named, refused with exit 1, and left as it was")
def _():
    lib = Library()
    with open(lib.path, "wb") as f:
        f.write(b"garbage, not a database" * 100)
    before = hashlib.sha256(open(lib.path, "rb").read()).hexdigest()
    for args in (("library", "list"), ("notes", "add", "1", "--start", "0", "--end", "2"),
                 ("library", "add", lib.write("a.txt", ARTICLE))):
        p = lib.run(*args)
        assert p.returncode == 1 and lib.path.encode() in p.stderr, (args, p.stderr)
        assert b"untouched" in p.stderr, p.stderr
    assert hashlib.sha256(open(lib.path, "rb").read()).hexdigest() == before


@case("analyze reads HTML and Markdown through the same import")
def _():
    lib = Library()
    p = subprocess.run([CLI, "analyze", "--format", "json", lib.write("s.html", HTML)],
                       capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)["document"]
    assert doc["title"] == "Port strike ends after two weeks", doc
    p = subprocess.run([CLI, "analyze", "--format", "json", "--from", "markdown", "-"],
                       input=MARKDOWN.encode(), capture_output=True, timeout=60)
    assert p.returncode == 0 and json.loads(p.stdout)["document"]["title"] == "Library opens late"
    assert subprocess.run([CLI, "analyze", "--from", "pdf", "x"], capture_output=True).returncode == 2


@case("usage errors exit 2")
def _():
    lib = Library()
    for args in (("library",), ("library", "frob"), ("notes", "frob"), ("notes", "edit", "1"),
                 ("tags", "rename", "a"), ("search",), ("corrections", "delete", "x"),
                 ("library", "show", "x"), ("library", "add")):
        p = lib.run(*args)
        assert p.returncode == 2, (args, p.returncode, p.stderr)
    assert subprocess.run([CLI, "--library"], capture_output=True).returncode == 2
    assert subprocess.run([CLI, "--library", "", "library", "list"], capture_output=True).returncode == 2


# Issue 19 part B: the store, search and output under hostile conditions

@case("every command whose output is lost (/dev/full) exits 1")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    lib.ok("notes", "add", str(a), "--passage", "Oslo", "--text", "capital", "--tag", "place")
    lib.ok("correct", str(a), "Oslo", "--type", "PLACE")
    if not os.path.exists("/dev/full"):
        return "SKIP no /dev/full"
    for args in (("notes", "list"), ("library", "list"), ("library", "list", "--format", "json"),
                 ("library", "show", str(a)), ("tags", "list"), ("corrections", "list"),
                 ("search", "Oslo"), ("search", "capital", "--format", "json")):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([CLI, "--library", lib.path, *args], stdout=full,
                               stderr=subprocess.PIPE, timeout=60)
        assert p.returncode == 1, (args, p.returncode, p.stderr)
        assert p.stderr.count(b"write failed") == 1, (args, p.stderr)


@case("export -o writes a temporary file and renames it: a symlink is written through")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    real = lib.write("real.md", "old\n")
    link = os.path.join(lib.dir.name, "link.md")
    os.symlink("real.md", link)
    lib.ok("export", str(a), "-o", link)
    assert os.path.islink(link) and "Ministers agree" in open(real).read()
    fresh = os.path.join(lib.dir.name, "sub-new.html")
    lib.ok("export", str(a), "-o", fresh)
    assert "Ministers agree" in open(fresh).read()
    leftovers = [n for n in os.listdir(lib.dir.name) if n.startswith(".")]
    assert leftovers == [], leftovers
    # a folder that cannot be written: no file, no temporary file, exit 1
    if os.geteuid() != 0:
        ro = os.path.join(lib.dir.name, "ro")
        os.mkdir(ro)
        os.chmod(ro, 0o500)
        p = lib.run("export", str(a), "-o", os.path.join(ro, "x.pdf"))
        os.chmod(ro, 0o700)
        assert p.returncode == 1 and os.listdir(ro) == [], (p.returncode, os.listdir(ro))


@case("another program's database is refused by name and left unchanged")
def _():
    import sqlite3
    lib = Library()
    other = os.path.join(lib.dir.name, "recipes.sqlite")
    con = sqlite3.connect(other)
    con.executescript("CREATE TABLE recipe (name TEXT, minutes INT);"
                      "INSERT INTO recipe VALUES ('soup', 40);")
    con.commit()
    con.close()
    before = hashlib.sha256(open(other, "rb").read()).hexdigest()
    for args in (("library", "list"), ("search", "soup"), ("library", "check"),
                 ("library", "add", lib.write("a.txt", ARTICLE))):
        p = subprocess.run([CLI, "--library", other, *args], capture_output=True, timeout=60)
        assert p.returncode == 1 and other.encode() in p.stderr, (args, p.returncode, p.stderr)
        assert b"another program" in p.stderr, p.stderr
    assert hashlib.sha256(open(other, "rb").read()).hexdigest() == before
    assert sorted(os.listdir(lib.dir.name)) == ["a.txt", "recipes.sqlite"], os.listdir(lib.dir.name)


@case("a library found damaged opens read-only until library repair, which keeps a copy")
def _():
    lib = Library()
    a = lib.add(ARTICLE)
    b = lib.add("Bridge reopens\n\nThe old bridge over the river reopened on Sunday after "
                "repairs to its cracked piers took longer than planned.\n", "b.txt")
    lib.ok("notes", "add", str(a), "--passage", "Oslo", "--text", "kept")
    data = bytearray(open(lib.path, "rb").read())
    at = data.find(b"cracked piers took longer")
    assert at > 0
    for i in range(at, at + 20, 3):
        data[i] ^= 0xa0
    open(lib.path, "wb").write(bytes(data))
    p = lib.run("library", "check")
    assert p.returncode == 1 and b"damaged" in p.stderr and b"repair" in p.stderr, p.stderr
    for args in (("notes", "add", str(a), "--passage", "Berg"), ("library", "remove", str(a)),
                 ("library", "add", lib.write("c.txt", MARKDOWN)), ("library", "tag", str(a), "x")):
        p = lib.run(*args)
        assert p.returncode == 1 and b"read-only" in p.stderr, (args, p.stderr)
    assert len(lib.ok("library", "list").splitlines()) == 2
    assert "Oslo" in lib.ok("library", "show", str(a))
    out = lib.ok("library", "repair")
    assert "article %d" % b in out and "original" in out, out
    copies = [n for n in os.listdir(lib.dir.name) if ".before-repair-" in n]
    assert len(copies) == 1, os.listdir(lib.dir.name)
    assert "no damage" in lib.ok("library", "check")
    lib.ok("notes", "add", str(a), "--passage", "Berg")
    bodies = sorted(n["body"] for n in lib.json("notes", "list", str(a)))
    assert bodies == ["", "kept"], bodies


@case("read-only folders and files: list, search, check and show work; writes are refused")
def _():
    if os.geteuid() == 0:
        return "SKIP root writes to read-only folders"
    lib = Library()
    a = lib.add(ARTICLE)
    os.chmod(lib.path, 0o400)
    os.chmod(lib.dir.name, 0o500)
    try:
        assert lib.ok("library", "list").startswith(str(a))
        assert "fisheries" in lib.ok("search", "fisheries")
        assert "no damage" in lib.ok("library", "check")
        assert "Oslo" in lib.ok("library", "show", str(a))
        p = lib.run("notes", "add", str(a), "--passage", "Oslo")
        assert p.returncode == 1 and b"read-only" in p.stderr, p.stderr
    finally:
        os.chmod(lib.dir.name, 0o700)
        os.chmod(lib.path, 0o600)


@case("search: a long query is cut, and the words left out are named")
def _():
    lib = Library()
    lib.add(ARTICLE)
    words = ["ministers", "agree", "share", "fisheries", "data", "oslo", "norwegian", "foreign",
             "minister", "anna", "berg", "met", "her", "chilean", "counterpart", "mateo",
             "fuentes", "monday", "talks"]
    p = lib.run("search", *words)
    assert p.returncode == 0 and b"fuentes monday talks" in p.stderr, p.stderr
    assert p.stdout.startswith(b"article"), p.stdout


if __name__ == "__main__":
    sys.exit(run_cases())
