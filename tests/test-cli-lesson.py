#!/usr/bin/env python3
# test-cli-lesson.py: byline-cli lesson create, check and report as a teacher
# runs them: a scripted classroom run (a lesson, three synthetic responses of
# known quality, the class report's figures checked exactly), and bad files.
# Prints TAP.
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
SAMPLE = os.path.join(TOP, "data", "samples", "byline-harbour-talks.txt")
OTHER = os.path.join(TOP, "data", "samples", "wikinews-nasa-shuttles.txt")
SEED = os.path.join(SHARED, "eval", "dev", "seed.txt")
CATEGORIES = ["quote", "claim", "meeting", "signal"]



class Room:
    """A temporary folder for a lesson and its responses"""

    def __init__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="byline-lesson-")

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def run(self, *args):
        return subprocess.run([CLI, "--library", self.path("library.db"), *args],
                              capture_output=True, timeout=300)

    def ok(self, *args):
        p = self.run(*args)
        assert p.returncode == 0, "%s: exit %d: %s" % (" ".join(args), p.returncode,
                                                       p.stderr.decode()[-600:])
        return p.stdout.decode()

    def create(self, article, name="lesson.json", *options):
        self.ok("lesson", "create", article, "-o", self.path(name), *options)
        with open(self.path(name), encoding="utf-8") as f:
            return json.load(f)

    def write_json(self, name, obj):
        with open(self.path(name), "w", encoding="utf-8") as f:
            json.dump(obj, f)
        return self.path(name)


def response(lesson, student, marks):
    return {"schema": "byline.response/1", "student": student, "lesson": lesson["id"],
            "article_sha256": lesson["article"]["sha256"],
            "article_title": lesson["article"]["title"], "saved": "2026-03-04T10:00:00Z",
            "marks": marks, "answers": []}


def mark_of(item, **changes):
    m = {k: item[k] for k in ("category", "start", "end", "speaker", "attribution", "kind") if k in item}
    m.update(changes)
    return m


def round3(x):
    # the program prints three decimals, rounding halves up
    return int(x * 1000 + 0.5) / 1000


def figures(expected, marked, matched, right):
    p = matched / marked if marked else 0.0
    r = matched / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"expected": expected, "marked": marked, "matched": matched, "right": right,
            "missed": expected - matched, "extra": marked - matched,
            "precision": round3(p), "recall": round3(r), "f1": round3(f)}


def overlaps(a0, a1, b0, b1):
    return min(a1, b1) > max(a0, b0)


def gap(items, length, width=6):
    """A span of the text that overlaps none of the items"""
    for start in range(0, length - width):
        if not any(overlaps(start, start + width, i["start"], i["end"]) for i in items):
            return start, start + width
    raise AssertionError("no free span in the text")


def classroom_run(room, article):
    """A lesson, three synthetic responses of known quality, the report checked exactly"""
    lesson = room.create(article)
    key = lesson["key"]
    n = lesson["article"]["length"]
    by = {c: [k for k in key if k["category"] == c] for c in CATEGORIES}
    assert len(by["quote"]) >= 2 and len(by["claim"]) >= 2, {c: len(v) for c, v in by.items()}
    claims = by["claim"]
    # the claims must not overlap one another, so that a trimmed mark can match only its own
    for a, b in zip(claims, claims[1:]):
        assert a["end"] <= b["start"], (a, b)

    # Ana marks every key item exactly, with the right speakers, sources and kinds
    ana = response(lesson, "Ana", [mark_of(k) for k in key])

    # Ben marks the first half of the quotes (the first with a wrong speaker) and
    # every claim with its first quarter trimmed off (the first with a wrong source);
    # no meetings, no signal words
    half = len(by["quote"]) // 2
    ben_marks = []
    for i, q in enumerate(by["quote"][:half]):
        ben_marks.append(mark_of(q, speaker="Nobody Atall") if i == 0 else mark_of(q))
    for i, c in enumerate(claims):
        trimmed = c["start"] + (c["end"] - c["start"]) // 4
        wrong = "anonymous" if c["attribution"] != "anonymous" else "unattributed"
        ben_marks.append(mark_of(c, start=trimmed, attribution=wrong) if i == 0 else mark_of(c, start=trimmed))
    ben = response(lesson, "Ben", ben_marks)

    # Cid marks one passage of each category where the key has none: only extras
    cid_marks = []
    for c in CATEGORIES:
        s, e = gap(by[c], n)
        m = {"category": c, "start": s, "end": e}
        m.update({"quote": {"speaker": "Anna Berg"}, "claim": {"attribution": "anonymous"},
                  "signal": {"kind": "loaded"}, "meeting": {}}[c])
        cid_marks.append(m)
    cid = response(lesson, "Cid", cid_marks)

    files = [room.write_json(name + ".json", r) for name, r in (("ana", ana), ("ben", ben), ("cid", cid))]
    report = json.loads(room.ok("lesson", "report", room.path("lesson.json"), *files, "--format", "json"))

    nq, nc, nm, ns = (len(by[c]) for c in CATEGORIES)
    want = {
        "Ana": {c: figures(len(by[c]), len(by[c]), len(by[c]), len(by[c])) for c in CATEGORIES},
        "Ben": {"quote": figures(nq, half, half, half - 1),
                "claim": figures(nc, nc, nc, nc - 1),
                "meeting": figures(nm, 0, 0, 0),
                "signal": figures(ns, 0, 0, 0)},
        "Cid": {c: figures(len(by[c]), 1, 0, 0) for c in CATEGORIES},
    }
    totals = {"Ana": figures(len(key), len(key), len(key), len(key)),
              "Ben": figures(len(key), half + nc, half + nc, half - 1 + nc - 1),
              "Cid": figures(len(key), 4, 0, 0)}
    students = report["students"]
    assert [s["student"] for s in students] == ["Ana", "Ben", "Cid"], students
    for s in students:
        assert s["scores"] == want[s["student"]], (s["student"], s["scores"], want[s["student"]])
        assert s["total"] == totals[s["student"]], (s["student"], s["total"])

    klass = {c: figures(3 * len(by[c]), 0, 0, 0) for c in CATEGORIES}
    for c in CATEGORIES:
        marked = sum(want[w][c]["marked"] for w in want)
        matched = sum(want[w][c]["matched"] for w in want)
        right = sum(want[w][c]["right"] for w in want)
        klass[c] = figures(3 * len(by[c]), marked, matched, right)
    assert report["class"]["scores"] == klass, (report["class"]["scores"], klass)
    assert report["class"]["total"] == figures(3 * len(key), len(key) + half + nc + 4,
                                               len(key) + half + nc, len(key) + half - 1 + nc - 1)

    # who found each key item
    items = {i["key"]: i for i in report["items"]}
    assert list(items) == [k["id"] for k in key]
    for k in key:
        got = items[k["id"]]
        if k in by["quote"][:half]:
            found, right = ["Ana", "Ben"], ["Ana"] if k is by["quote"][0] else ["Ana", "Ben"]
        elif k in claims:
            found, right = ["Ana", "Ben"], ["Ana"] if k is claims[0] else ["Ana", "Ben"]
        else:
            found, right = ["Ana"], ["Ana"]
        assert (got["found_by"], got["right_by"]) == (found, right), (k, got)
        assert (got["found"], got["right"]) == (len(found), len(right)), got

    # the same in text: each student's table and each item's line
    text = room.ok("lesson", "report", room.path("lesson.json"), *files)
    assert "3 students" in text and "Ana (%s)" % files[0] in text, text
    q0 = by["quote"][0]["id"]
    assert any(line.strip().startswith(q0 + "\t") and "found 2/3, right 1\tAna, Ben" in line
               for line in text.splitlines()), text

    # Ben's check lists the missed items with their reasons, and his mistakes
    check = room.ok("lesson", "check", room.path("lesson.json"), files[1])
    assert "Missed:" in check and "Found, with a mistake:" in check, check
    assert "marked: speaker Nobody Atall" in check, check
    assert "Marked, but not in the key:" not in check, check
    return lesson


@case("lesson create makes a key from the analysis: quotes, claims, meetings, signal words")
def _():
    room = Room()
    lesson = room.create(SAMPLE, "lesson.json", "--question", "Who is quoted?", "--title", "Week 3")
    analysis = json.loads(subprocess.run([CLI, "analyze", "--format", "json", SAMPLE],
                                         capture_output=True, check=True).stdout)
    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    assert lesson["schema"] == "byline.lesson/1" and lesson["title"] == "Week 3", lesson["title"]
    assert lesson["article"]["text"] == text
    assert lesson["article"]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert lesson["questions"] == ["Who is quoted?"]
    assert lesson["settings"] == {"categories": CATEGORIES, "show_reasons": True}
    key = lesson["key"]
    assert [k["id"] for k in key] == ["k%d" % i for i in range(1, len(key) + 1)]
    assert [(k["start"], k["end"]) for k in key] == sorted((k["start"], k["end"]) for k in key)
    # the key asks for what is worth finding, once: nothing in the title or the
    # standfirst, no claim of plain narration, a claim holding a whole quote
    # left to the quote, a few quoted words inside a claim left to the claim
    doc = analysis["document"]
    front = doc["title_span"]["end"] if doc.get("title_span") else 0
    for p in doc.get("paragraphs", []):
        if doc.get("standfirst") and text[p["start"]:p["end"]].strip() == doc["standfirst"]:
            front = max(front, p["end"])
            break
    full = [q for q in analysis["quotes"] if q.get("kind") != "partial"]
    kept_claims = [c for c in analysis["claims"]
                   if c["attribution"] != "unattributed" and c["start"] >= front
                   and not any(q["start"] >= c["start"] and q["end"] <= c["end"] for q in full)]
    kept_quotes = [q for q in analysis["quotes"] if q["start"] >= front and not (
        q.get("kind") == "partial"
        and any(c["start"] <= q["start"] and q["end"] <= c["end"] for c in kept_claims))]
    quotes = [k for k in key if k["category"] == "quote"]
    assert [(q["start"], q["end"], q["speaker"]) for q in quotes] == \
        [(q["start"], q["end"], q["speaker_name"]) for q in kept_quotes]
    mapping = {"named_person": "named_person", "named_org": "organisation", "state_media": "state_media",
               "media": "other_media", "anonymous": "anonymous", "unattributed": "unattributed"}
    claims = [k for k in key if k["category"] == "claim"]
    assert [(c["start"], c["end"], c["attribution"]) for c in claims] == \
        [(c["start"], c["end"], mapping[c["attribution"]]) for c in kept_claims]
    assert not any(k["start"] < front for k in key), front
    state = [c for c in claims if c["attribution"] == "state_media"]
    assert state and all(c["reason"] for c in state), state
    signals = {(s["start"], s["end"], s["kind"], s["cue"]) for s in key if s["category"] == "signal"}
    want = {(h["start"], h["end"], kind, text[h["start"]:h["end"]])
            for c in analysis["claims"] for kind, spans in (("hedge", c["hedges"]), ("loaded", c["loaded"]))
            for h in spans if h["start"] >= front}
    assert signals == want and len(signals) > 0, (signals, want)
    assert len([k for k in key if k["category"] == "meeting"]) == \
        len([m for m in analysis["meetings"] if m["evidence"] and m["evidence"][0]["start"] >= front])
    assert all(q["cue"] for q in quotes), quotes


@case("scripted classroom run on a shipped sample: three responses, the report's figures exact")
def _():
    classroom_run(Room(), SAMPLE)


@case("scripted classroom run on the seed article (../shared)")
def _():
    if not os.path.exists(SEED):
        return "SKIP ../shared/eval/dev/seed.txt is absent"
    classroom_run(Room(), SEED)


@case("lesson check: a perfect response scores 1, and JSON gives reasons when the lesson shows them")
def _():
    room = Room()
    lesson = room.create(SAMPLE)
    path = room.write_json("ana.json", response(lesson, "Ana", [mark_of(k) for k in lesson["key"]]))
    check = json.loads(room.ok("lesson", "check", room.path("lesson.json"), path, "--format", "json"))
    assert check["total"]["f1"] == 1.0 and check["total"]["right"] == len(lesson["key"]), check["total"]
    assert all(i["outcome"] == "match" and i["right"] and "reason" in i for i in check["items"])
    text = room.ok("lesson", "check", room.path("lesson.json"), path)
    assert "Missed:" not in text and "Student:\tAna" in text, text


@case("--categories and --no-reasons: other categories are not scored, reasons not shown")
def _():
    room = Room()
    lesson = room.create(SAMPLE, "lesson.json", "--categories", "quote,claim", "--no-reasons")
    assert lesson["settings"] == {"categories": ["quote", "claim"], "show_reasons": False}
    meeting = next(k for k in lesson["key"] if k["category"] == "meeting")
    quote = next(k for k in lesson["key"] if k["category"] == "quote")
    path = room.write_json("r.json", response(lesson, "Dee", [mark_of(meeting), mark_of(quote)]))
    check = json.loads(room.ok("lesson", "check", room.path("lesson.json"), path, "--format", "json"))
    assert set(check["scores"]) == {"quote", "claim"}, check["scores"]
    assert check["scores"]["quote"]["matched"] == 1 and check["total"]["marked"] == 1, check
    assert all("reason" not in i for i in check["items"])
    assert all(i["category"] in ("quote", "claim") for i in check["items"])


@case("lesson create from a library id uses the library's text and corrections")
def _():
    room = Room()
    ident = room.ok("library", "add", SAMPLE).split("\t")[0]
    article = json.loads(room.ok("library", "list", "--format", "json"))[0]
    room.ok("correct", ident, "q2", "--speaker", "Someone Else")
    lesson = room.create(ident)
    assert lesson["article"]["sha256"] == article["sha256"], (lesson["article"], article)
    speakers = [k["speaker"] for k in lesson["key"] if k["category"] == "quote"]
    assert speakers[1] == "Someone Else", speakers
    p = room.run("lesson", "create", "999", "-o", room.path("x.json"))
    assert p.returncode == 1 and b"999" in p.stderr, p.stderr


@case("bad and mismatched files exit 1 and name the file")
def _():
    room = Room()
    lesson = room.create(SAMPLE)
    other = room.create(OTHER, "other.json")
    good = room.write_json("good.json", response(lesson, "Ana", []))
    for_other = room.write_json("for-other.json", response(other, "Eve", []))
    not_json = room.path("broken.json")
    with open(not_json, "w") as f:
        f.write('{"schema": "byline.response/1", "student": ')
    newer = room.write_json("newer.json", dict(response(lesson, "Fay", []), schema="byline.response/2"))
    outside = room.write_json("outside.json", response(lesson, "Gus", [
        {"category": "quote", "start": 5, "end": lesson["article"]["length"] + 1}]))
    unknown = room.write_json("unknown.json", response(lesson, "Hal", [
        {"category": "claim", "start": 5, "end": 9, "attribution": "rumour"}]))
    relesson = dict(response(lesson, "Ivy", []), lesson="another-lesson-id")
    same_article = room.write_json("same-article.json", relesson)
    lesson_path = room.path("lesson.json")
    cases = [
        (for_other, "a response to another article"),
        (not_json, "damaged"),
        (newer, "newer Byline"),
        (outside, "not inside the article"),
        (unknown, "rumour"),
        (same_article, "another lesson"),
        (lesson_path, "a lesson file, not a student's response"),
        (room.path("missing.json"), "missing.json"),
    ]
    for path, words in cases:
        p = room.run("lesson", "check", lesson_path, path)
        err = p.stderr.decode()
        assert p.returncode == 1 and path in err and words in err, (path, p.returncode, err)
    # a report stops at the first bad response and names it
    p = room.run("lesson", "report", lesson_path, good, for_other)
    assert p.returncode == 1 and for_other in p.stderr.decode(), p.stderr
    # a damaged lesson, a response given as the lesson
    p = room.run("lesson", "check", good, good)
    assert p.returncode == 1 and "a student's response file, not a lesson" in p.stderr.decode(), p.stderr
    with open(lesson_path, encoding="utf-8") as f:
        tampered = json.load(f)
    tampered["article"]["text"] = tampered["article"]["text"].replace("Oslo", "Bergen", 1)
    p = room.run("lesson", "check", room.write_json("tampered.json", tampered), good)
    assert p.returncode == 1 and "sha256" in p.stderr.decode(), p.stderr


@case("lesson worksheet: the worksheet and the answer key, as HTML, PDF and Markdown")
def _():
    room = Room()
    lesson = room.create(SAMPLE, "lesson.json", "--question", "Who is quoted?")
    path = room.path("lesson.json")
    room.ok("lesson", "worksheet", path, "-o", room.path("sheet.html"))
    with open(room.path("sheet.html"), encoding="utf-8") as f:
        html = f.read()
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert html.count('class="para-number"') >= 8 and "Who is quoted?" in html
    assert "Named or anonymous?" in html and "<script" not in html
    room.ok("lesson", "worksheet", path, "--answer-key", "-o", room.path("key.pdf"))
    with open(room.path("key.pdf"), "rb") as f:
        assert f.read(5) == b"%PDF-"
    md = room.ok("lesson", "worksheet", path, "--answer-key", "--to", "md")
    speakers = {k["speaker"] for k in lesson["key"] if k["category"] == "quote" and k.get("speaker")}
    assert speakers and all(s in md for s in speakers), (speakers, md[:400])
    assert md.count("\n| ") >= len(lesson["key"]), md[:400]
    p = room.run("lesson", "worksheet", path, "--to", "json")
    assert p.returncode == 2, p.stderr
    p = room.run("lesson", "worksheet", room.path("missing.json"))
    assert p.returncode == 1 and "missing.json" in p.stderr.decode(), p.stderr
    p = room.run("lesson", "worksheet", path, "-o", "/nonexistent-byline-dir/sheet.html")
    assert p.returncode == 1 and "/nonexistent-byline-dir/sheet.html" in p.stderr.decode(), p.stderr


@case("usage errors exit 2")
def _():
    room = Room()
    room.create(SAMPLE)
    lesson = room.path("lesson.json")
    for args in (("lesson",), ("lesson", "frob"), ("lesson", "create", SAMPLE),
                 ("lesson", "create", "-o", room.path("x.json")),
                 ("lesson", "create", SAMPLE, "-o", room.path("x.json"), "--categories", "quote,rumour"),
                 ("lesson", "check", lesson), ("lesson", "report", lesson),
                 ("lesson", "check", lesson, lesson, "--format", "xml")):
        p = room.run(*args)
        assert p.returncode == 2, (args, p.returncode, p.stderr)
    assert b"lesson" in subprocess.run([CLI, "--help"], capture_output=True).stdout


if __name__ == "__main__":
    sys.exit(run_cases())
