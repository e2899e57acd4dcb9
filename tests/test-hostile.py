#!/usr/bin/env python3
# test-hostile.py: every reader of byline-cli on hostile input (issue 19):
# nothing crashes, nothing waits forever, nothing is imported in part, and
# whatever is refused is refused with the file's name. Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
SHARED = os.environ.get("BYLINE_SHARED", os.path.join(TOP, "..", "shared"))

ARTICLE = """Ministers agree to share fisheries data

OSLO - Norwegian Foreign Minister Anna Berg met her Chilean counterpart, Mateo Fuentes, in Oslo on Monday.

"We agreed on a common approach," Berg said after the meeting.

Officials familiar with the talks said the deal was likely to be signed in May.
"""

ESC = "\x1b]0;pwned\x07\x1b[2J\x9b31m"


class Room:
    """A temporary folder with a library in it"""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="byline-hostile-")
        self.lib = os.path.join(self.dir, "library.db")

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, data):
        with open(self.path(name), "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return self.path(name)

    def run(self, *args, stdin=None, timeout=60, env=None):
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run([CLI, "--library", self.lib, *args], input=stdin, capture_output=True,
                           timeout=timeout, env=e)
        assert p.returncode >= 0, "%s: killed by signal %d" % (" ".join(args), -p.returncode)
        return p

    def ok(self, *args, **kw):
        p = self.run(*args, **kw)
        assert p.returncode == 0, "%s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr.decode()[-500:])
        return p.stdout.decode("utf-8")

    def refused(self, name, *args, **kw):
        """exit 1, a message naming @name, nothing on a terminal taken over"""
        p = self.run(*args, **kw)
        err = p.stderr.decode("utf-8", "replace")
        assert p.returncode == 1, "%s: exit %d, want 1: %s" % (" ".join(args), p.returncode, err[-500:])
        assert os.path.basename(name) in err, "%s: the message does not name %s: %s" % (" ".join(args), name, err)
        return err

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def deep(n, open_="[", close="]"):
    return open_ * n + close * n


def lesson_and_response(room):
    article = room.write("article.txt", ARTICLE)
    room.ok("lesson", "create", article, "-o", room.path("lesson.json"))
    lesson = json.load(open(room.path("lesson.json"), encoding="utf-8"))
    resp = {"schema": "byline.response/1", "student": "Ana", "lesson": lesson["id"],
            "article_sha256": lesson["article"]["sha256"], "article_title": lesson["article"]["title"],
            "saved": "2026-03-04T10:00:00Z", "marks": [], "answers": []}
    return lesson, resp


@case("finding 1: JSON nested 100 000 (and 201) deep is refused by every reader, by name")
def _():
    room = Room()
    lesson, resp = lesson_and_response(room)
    for n in (100000, 201):
        for shape in ("[]", "{}"):
            body = ('{"a":' * n + "1" + "}" * n) if shape == "{}" else deep(n)
            d = room.write("deep-%d.json" % n, body)
            room.refused(d, "import-notes", d)
            room.refused(d, "lesson", "check", d, d)
            room.refused(d, "lesson", "worksheet", d)
            room.refused(d, "lesson", "report", room.path("lesson.json"), d)
            room.refused(d, "lesson", "check", room.path("lesson.json"), d)
    # deep inside files that are otherwise what the reader wants
    inside = room.write("inside-export.json", json.dumps(
        {"schema": "byline.export/1", "article": {"text": ARTICLE}, "annotations": {"type": "AnnotationCollection"}})
        .replace('"AnnotationCollection"', '"AnnotationCollection", "x": ' + deep(100000)))
    room.refused(inside, "import-notes", inside)
    les = json.dumps(lesson).replace('"questions": []', '"questions": ' + deep(50000))
    room.refused("inside-lesson.json", "lesson", "worksheet", room.write("inside-lesson.json", les))
    r = json.dumps(resp).replace('"answers": []', '"answers": ' + deep(70000, "[{\"x\":", "}]"))
    room.refused("inside-response.json", "lesson", "check", room.path("lesson.json"),
                 room.write("inside-response.json", r))
    # 150 levels is not too deep: refused for what it is, not for its depth
    ok = room.write("shallow.json", deep(150))
    err = room.refused(ok, "import-notes", ok)
    assert "nested" not in err, err
    # a page's JSON-LD is read only within the limit, and the page still is
    page = room.write("ld.html", "<html><head><title>T</title><script type=\"application/ld+json\">"
                      + deep(100000) + "</script></head><body><p>Anna Berg met Li Wei in Oslo.</p></body></html>")
    assert "Oslo" in room.ok("analyze", page)
    room.close()


@case("finding 2: FIFOs and devices refused by name at once; a size limit on files and standard input")
def _():
    room = Room()
    fifo = room.path("a-fifo.txt")
    os.mkfifo(fifo)
    start = time.monotonic()
    room.refused(fifo, "analyze", fifo, timeout=20)
    room.refused(fifo, "library", "add", fifo, timeout=20)
    room.refused(fifo, "import-notes", fifo, timeout=20)
    room.refused(fifo, "lesson", "worksheet", fifo, timeout=20)
    room.refused(fifo, "lesson", "create", fifo, "-o", room.path("l.json"), timeout=20)
    for dev in ("/dev/zero", "/dev/null"):
        if os.path.exists(dev):
            room.refused(dev, "analyze", dev, timeout=20)
            room.refused(dev, "import-notes", dev, timeout=20)
    assert time.monotonic() - start < 20
    # a pipe the shell opened is read as standard input is, within the limit
    if os.path.exists("/dev/stdin"):
        p = subprocess.run([CLI, "analyze", "/dev/stdin"], input=ARTICLE.encode(), capture_output=True, timeout=60)
        assert p.returncode == 0 and b"Berg" in p.stdout, p.stderr
        p = subprocess.run([CLI, "--max-input-size", "1", "analyze", "/dev/stdin"], input=b"x" * 1500000,
                           capture_output=True, timeout=60)
        assert p.returncode == 1 and b"/dev/stdin" in p.stderr, p.stderr
    # standard input without end: stopped at the limit (here raised from 1 MB to 2)
    p = subprocess.Popen([CLI, "--max-input-size", "2", "analyze", "-"], stdin=open("/dev/zero", "rb"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 1 and b"standard input" in err and b"2 MB" in err, (p.returncode, err)
    # a file over the limit; the option and the environment raise it
    big = room.write("big.txt", "Anna Berg met Li Wei in Oslo. " * 120000)   # 3.6 MB
    err = room.refused(big, "--max-input-size", "3", "analyze", big)
    assert "--max-input-size" in err, err
    room.refused(big, "analyze", big, env={"BYLINE_MAX_INPUT_MB": "1"})
    room.ok("--max-input-size=4", "analyze", big)
    room.ok("analyze", big, env={"BYLINE_MAX_INPUT_MB": "5"})
    p = room.run("--max-input-size", "lots", "analyze", big)
    assert p.returncode == 2, p.returncode
    room.close()


@case("finding 3: many attributes in a tag parse in linear time, and the cut is said")
def _():
    room = Room()
    times = []
    for n in (20000, 200000):
        tags = " ".join("a%d=\"v\"" % i for i in range(n))
        page = room.write("attrs-%d.html" % n, "<html><body><p %s>Anna Berg met Li Wei in Oslo.</p>"
                          "<script>if (a<b " % tags + "x " * 2000 + ") {}</script>"
                          "<p>Officials said the deal was likely.</p></body></html>")
        t = time.monotonic()
        p = room.run("analyze", "--format", "json", page)
        times.append(time.monotonic() - t)
        assert p.returncode == 0, p.stderr
        assert b"attributes past" in p.stderr and os.path.basename(page).encode() in p.stderr, p.stderr
        doc = json.loads(p.stdout)
        assert doc["document"]["length"] > 40, doc["document"]
    assert times[1] < 10, times
    # many tags of many attributes each: also linear
    page = room.write("many.html", "<html><body>" + ("<p %s>Berg met Li.</p>" % " ".join(
        "b%d=1" % i for i in range(600))) * 200 + "</body></html>")
    t = time.monotonic()
    room.ok("analyze", page)
    assert time.monotonic() - t < 10
    # a page nested past libxml2's depth is read in part, and says so
    for inner in ("<div><p>Berg met Li.</p>", "<div><font><p>Li met Berg.</p>"):
        page = room.write("deep.html", "<html><body>" + inner * 300 + "</body></html>")
        p = room.run("analyze", page)
        assert p.returncode == 0 and b"nested deeper" in p.stderr, p.stderr
        p = room.run("library", "add", page)
        assert p.returncode == 0 and b"nested deeper" in p.stderr, p.stderr
    room.close()


def damage_analysis(room, change):
    db = sqlite3.connect(room.lib)
    (text,) = db.execute("SELECT analysis FROM articles WHERE id = 1").fetchone()
    a = json.loads(text)
    change(a)
    db.execute("UPDATE articles SET analysis = ? WHERE id = 1", (json.dumps(a),))
    db.commit()
    db.close()


@case("finding 6: a stored analysis with bad offsets or types is never trusted")
def _():
    changes = [
        lambda a: a["quotes"][0].update(end=10 ** 6),
        lambda a: a["quotes"][0].update(start=-3),
        lambda a: a["quotes"][0].update(start="7"),
        lambda a: a["claims"][0].update(end=4294967295),
        lambda a: a.update(claims="none"),
        lambda a: a.update(meetings=[7, None]),
        lambda a: a["entities"][0].update(name=12),
        lambda a: a["entities"][0]["mentions"].append({"start": 5}),
        lambda a: a["entities"][0]["mentions"].append({"start": 9, "end": 2}),
        lambda a: a["document"]["paragraphs"].append({"start": 0, "end": 99999}),
        lambda a: a.update(quotes={"start": 1}),
    ]
    for i, change in enumerate(changes):
        room = Room()
        room.ok("library", "add", room.write("a.txt", ARTICLE))
        damage_analysis(room, change)
        out = room.ok("library", "show", "1")
        assert "Quotes:" in out and "We agreed on a common approach" in out, (i, out[-400:])
        doc = json.loads(room.ok("export", "1", "--to", "json"))
        assert doc["analysis"]["quotes"][0]["end"] <= len(ARTICLE), i
        room.ok("export", "1", "--to", "html")
        room.ok("export", "1", "--to", "md")
        room.close()
    # a cache that is not JSON at all, or nested too deep
    for bad in ("{not json", deep(100000)):
        room = Room()
        room.ok("library", "add", room.write("a.txt", ARTICLE))
        db = sqlite3.connect(room.lib)
        db.execute("UPDATE articles SET analysis = ? WHERE id = 1", (bad,))
        db.commit()
        db.close()
        assert "Quotes:" in room.ok("library", "show", "1")
        room.close()


def no_control(text, what):
    for c in text:
        o = ord(c)
        assert not ((o < 0x20 and c not in "\n\t") or 0x7f <= o < 0xa0 or 0x202a <= o <= 0x202e), \
            "%s: a raw control character %r in %r" % (what, c, text[-300:])


@case("finding 11: text from files and the library is escaped on the terminal")
def _():
    room = Room()
    lesson, resp = lesson_and_response(room)
    resp["student"] = "Eve" + ESC + "\u202e"
    r = room.write("resp.json", json.dumps(resp))
    for args in (("lesson", "check", room.path("lesson.json"), r),
                 ("lesson", "report", room.path("lesson.json"), r)):
        out = room.ok(*args)
        assert "Eve" in out and "\\x1b" in out, out
        no_control(out, " ".join(args[:2]))
    article = room.write("article.txt", ARTICLE)
    room.ok("library", "add", article)
    notes = room.write("notes.json", json.dumps([{
        "type": "Annotation", "motivation": "commenting",
        "body": [{"type": "TextualBody", "value": "body" + ESC},
                 {"type": "TextualBody", "purpose": "tagging", "value": "tag" + ESC}],
        "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Anna Berg"}}}]))
    room.ok("import-notes", "--article", "1", notes)
    for args in (("notes", "list"), ("tags", "list"), ("search", "body"), ("library", "show", "1"),
                 ("library", "list")):
        out = room.ok(*args)
        no_control(out, " ".join(args))
    assert "\\x1b" in room.ok("notes", "list")
    # a file name in an error
    name = room.write("evil" + "\x1b[2J\x07" + ".json", "{")
    err = room.run("import-notes", name).stderr.decode("utf-8", "replace")
    assert "evil" in err, err
    no_control(err, "an error")
    # the text summary of an article with controls in it
    room.write("ctl.txt", "Anna Berg\x1b[31m met Li Wei\x07 in Oslo.\x9b")
    no_control(room.ok("analyze", room.path("ctl.txt")), "analyze")
    room.close()


@case("finding 12: null, wrong-typed and out-of-range annotations and NULs are refused, nothing imported")
def _():
    room = Room()
    room.ok("library", "add", room.write("a.txt", ARTICLE))
    good = {"type": "Annotation", "bodyValue": "fine",
            "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Anna Berg"}}}
    bad = [
        {"type": "Annotation", "target": None, "body": None},
        {"type": "Annotation", "target": None},
        {"type": "Annotation", "target": 12, "bodyValue": "x"},
        {"type": "Annotation", "body": False, "target": good["target"]},
        {"type": "Annotation", "bodyValue": {"text": 1}, "target": good["target"]},
        {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": "0", "end": 4}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 0.5, "end": 4}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 10, "end": 3}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 2 ** 40}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": ["Anna"]}}},
        {"type": "Annotation", "bodyValue": "cut\u0000here", "target": good["target"]},
        {"type": "Annotation", "body": {"type": "TextualBody", "value": "a\u0000"}, "target": good["target"]},
    ]
    for i, b in enumerate(bad):
        f = room.write("bad-%d.json" % i, json.dumps([good, b]))
        room.refused(f, "import-notes", "--article", "1", f)
        assert json.loads(room.ok("notes", "list", "1", "--format", "json")) == [], i
    f = room.write("good.json", json.dumps([good]))
    room.ok("import-notes", "--article", "1", f)
    assert len(json.loads(room.ok("notes", "list", "1", "--format", "json"))) == 1
    room.close()


@case("finding 13: every exported annotation passes the W3C suite's MUSTs; no empty body")
def _():
    w3c = os.path.realpath(os.path.join(SHARED, "eval", "w3c"))
    tests = os.path.join(w3c, "web-annotation-tests")
    if not os.path.isdir(tests):
        return "SKIP no ../shared/eval/w3c"
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return "SKIP no python3-jsonschema"
    room = Room()
    room.ok("library", "add", room.write("a.txt", ARTICLE))
    for args in (["--passage", "Anna Berg", "--kind", "highlight"],
                 ["--passage", "Oslo", "--text", "where?", "--kind", "question"],
                 ["--passage", "Monday", "--kind", "highlight", "--tag", "day"],
                 ["--passage", "the deal", "--text", "which deal?", "--tag", "a", "--tag", "b"]):
        room.ok("notes", "add", "1", *args)
    # an orphaned one, with only its quote
    room.ok("import-notes", "--article", "1", room.write("o.json", json.dumps(
        {"type": "Annotation", "bodyValue": "gone", "target": {"source": "x", "selector": {
            "type": "TextQuoteSelector", "exact": "words that are nowhere"}}})))
    out = room.path("export.json")
    room.ok("export", "1", "-o", out)
    items = json.load(open(out, encoding="utf-8"))["annotations"]["first"]["items"]
    assert len(items) == 5, [a.get("body") for a in items]
    for a in items:
        assert a.get("body", None) != [], a
    p = subprocess.run([sys.executable, os.path.join(w3c, "validate_annotations.py"), tests, out],
                       capture_output=True, timeout=120)
    assert p.returncode == 0, (p.stdout.decode()[-1500:], p.stderr.decode()[-1500:])
    room.close()


@case("finding 14: non-UTF-8 paths, U+202E, -o onto the input or through a symlink, empty marks")
def _():
    room = Room()
    raw = os.path.join(room.dir.encode(), b"caf\xe9-talks.txt")
    with open(raw, "wb") as f:
        f.write(ARTICLE.encode())
    p = subprocess.run([CLI.encode(), b"--library", room.lib.encode(), b"library", b"add", raw], capture_output=True)
    assert p.returncode == 0, p.stderr
    for fmt in ("json", "html", "md"):
        out = room.ok("export", "1", "--to", fmt)   # decodes as UTF-8 or fails
        if fmt == "json":
            assert json.loads(out)["article"]["source"].startswith("file://"), out[:300]
    # the same file exported without the library, and a library that kept such a path
    p = subprocess.run([CLI.encode(), b"export", raw, b"--to", b"json"], capture_output=True)
    assert p.returncode == 0 and "caf%E9" in json.loads(p.stdout.decode("utf-8"))["article"]["source"], p.stdout[:300]
    db = sqlite3.connect(room.lib)
    db.execute("UPDATE articles SET source = CAST(X'2F746D702F636166E92E747874' AS TEXT) WHERE id = 1")
    db.commit()
    db.close()
    for fmt in ("json", "html", "md"):
        room.ok("export", "1", "--to", fmt)
    # a right-to-left override in the article and a note is isolated
    text = ARTICLE.replace("in Oslo", "in \u202eOslo") + "\n\u202eReversed to the end.\n"
    room.ok("library", "add", room.write("rtl.txt", text))
    room.ok("notes", "add", "2", "--passage", "Anna Berg", "--text", "a note \u202e reversed")
    html = room.ok("export", "2", "--to", "html")
    import re
    for m in re.finditer("\u202e", html):
        before = html[:m.start()]
        assert before.rfind("<bdi>") > before.rfind("</bdi>"), html[m.start() - 80:m.start() + 20]
    title = html[html.index("<title>"):html.index("</title>")]
    assert "\u202e" not in title
    # -o the input itself, by its name and through a link; -o a link writes its target
    src = room.write("in.html", "<p>Anna Berg met Li Wei in Oslo.</p>")
    before = open(src, "rb").read()
    room.refused(src, "export", src, "-o", src)
    os.symlink(src, room.path("to-input.html"))
    room.refused("to-input.html", "export", src, "-o", room.path("to-input.html"))
    assert open(src, "rb").read() == before
    target = room.write("target.md", "old")
    os.symlink(target, room.path("link.md"))
    room.ok("export", "1", "-o", room.path("link.md"))
    assert os.path.islink(room.path("link.md")) and open(target, encoding="utf-8").read() != "old"
    lesson_path = room.path("lesson.json")
    room.ok("lesson", "create", room.write("a.txt", ARTICLE), "-o", lesson_path)
    room.refused(lesson_path, "lesson", "worksheet", lesson_path, "-o", lesson_path)
    # a backwards mark in a response: no 4294967295-character article
    lesson = json.load(open(lesson_path, encoding="utf-8"))
    for start, end in ((10, 2), (5, 5)):
        r = room.write("r.json", json.dumps({
            "schema": "byline.response/1", "student": "Ana", "lesson": lesson["id"],
            "article_sha256": lesson["article"]["sha256"], "marks": [
                {"category": "quote", "start": start, "end": end}], "answers": []}))
        err = room.refused("r.json", "lesson", "check", lesson_path, r)
        assert "4294967295" not in err, err
    room.close()


@case("the bad-input corpus (../shared/eval/bad): refuse-* exit 1 naming the file, accept-* valid JSON")
def _():
    maker = os.path.join(SHARED, "eval", "bad", "make-bad-inputs.py")
    if not os.path.exists(maker):
        return "SKIP no ../shared/eval/bad"
    room = Room()
    corpus = room.path("bad")
    subprocess.run([sys.executable, maker, corpus], check=True, capture_output=True)
    names = sorted(os.listdir(corpus))
    assert names
    for name in names:
        path = os.path.join(corpus, name)
        t = time.monotonic()
        p = room.run("analyze", "--format", "json", path, timeout=120)
        if name.startswith("refuse-"):
            assert p.returncode == 1 and name.encode() in p.stderr, (name, p.returncode, p.stderr)
        else:
            assert name.startswith("accept-"), name
            assert p.returncode == 0, (name, p.returncode, p.stderr[-300:])
            json.loads(p.stdout)
        assert time.monotonic() - t < 60, name
        # the same through the library
        p = room.run("library", "add", path, timeout=120)
        assert p.returncode == (1 if name.startswith("refuse-") else 0), (name, p.stderr[-300:])
    room.close()


if __name__ == "__main__":
    sys.exit(run_cases())
