#!/usr/bin/env python3
# test-cli-across.py: byline-cli people, timeline, meetings graph and compare
# on a library of hand-written articles (tests/fixtures/across: two reports
# of one invented visit, and short articles written here). Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import html.parser
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(SRC, "fixtures", "across")
STATE = os.path.join(FIXTURES, "visit-state.txt")
WIRE = os.path.join(FIXTURES, "visit-wire.txt")
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

BAKU = """Volkov visits Baku

Saturday, March 7, 2026

BAKU (Byline Sample Wire) - Sergey Volkov met Azerbaijani President Ilham Rasulov in Baku on Friday.

Rasulov said the talks had been useful.
"""

COACH = """Coach promises a win

Sunday, March 8, 2026

ISFAHAN (Byline Sample Press) - Ali Karimi, the coach of the city's football team, said his players were ready.
"""

SURNAME = """Karimi praises talks

Tuesday, March 10, 2026

TEHRAN (Byline Sample Press) - Karimi said on Tuesday that the talks had gone well.
"""


class Library:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="byline-across-")
        self.path = os.path.join(self.dir.name, "library.db")

    def run(self, *args):
        return subprocess.run([CLI, "--library", self.path, *args], capture_output=True, timeout=300)

    def ok(self, *args):
        p = self.run(*args)
        assert p.returncode == 0, "%s: exit %d: %s" % (" ".join(args), p.returncode,
                                                       p.stderr.decode()[-400:])
        return p.stdout.decode()

    def add_file(self, path):
        return int(self.ok("library", "add", path).split("\t")[0])

    def add(self, text, name):
        path = os.path.join(self.dir.name, name)
        with open(path, "w") as f:
            f.write(text)
        return self.add_file(path)

    def json(self, *args):
        return json.loads(self.ok(*args, "--format", "json"))


def visit_library():
    lib = Library()
    a = lib.add_file(STATE)
    b = lib.add_file(WIRE)
    return lib, a, b


def entry(people, name):
    return next((p for p in people if p["name"] == name), None)


@case("people list: Sergei and Sergey, Mohammad and Mohammed are one person each")
def _():
    lib, a, b = visit_library()
    people = lib.json("people", "list", "--type", "person")
    volkov = entry(people, "Sergei Volkov")
    assert volkov is not None and volkov["articles"] == 2, people
    assert volkov["variants"] == ["Sergei Volkov", "Sergey Volkov"], volkov
    karimi = entry(people, "Mohammad Karimi")
    assert karimi is not None and karimi["articles"] == 2 and karimi["source_in"] == 2, karimi
    assert all(p["type"] == "PERSON" for p in people), people
    text = lib.ok("people", "list")
    assert "Sergei Volkov\tPERSON\t2 articles" in text, text


@case("people show: roles, quotes and meetings with article and date, by any spelling")
def _():
    lib, a, b = visit_library()
    page = lib.json("people", "show", "Sergey VOLKOV")
    assert page["name"] == "Sergei Volkov" and page["articles"] == 2, page
    assert {q["article"] for q in page["quotes"]} == {a, b}, page["quotes"]
    assert any("blackmail" in q["text"] for q in page["quotes"]), page["quotes"]
    assert [m["date"] for m in page["meetings"]] == ["2026-03-03"] * 2 + ["2026-03-05"] * 2, page["meetings"]
    assert page["meetings"][0]["with"] == ["Mohammad Karimi"], page["meetings"][0]
    assert page["roles"][0]["role"] == "Foreign Minister", page["roles"]
    text = lib.ok("people", "show", "Volkov")
    assert "Written as: Sergei Volkov, Sergey Volkov" in text and "with Mohammad Karimi, in Tehran" in text, text
    p = lib.run("people", "show", "Nobody Atall")
    assert p.returncode == 1 and b"Nobody Atall" in p.stderr, p


@case("people merge and split: a surname shared by two people, then told apart again")
def _():
    lib = Library()
    lib.add_file(STATE)
    lib.add(COACH, "coach.txt")
    lib.add(SURNAME, "surname.txt")
    people = lib.json("people", "list", "--type", "person")
    assert entry(people, "Karimi") is not None, people   # two Karimis: joins neither
    lib.ok("people", "merge", "Karimi", "Mohammad Karimi")
    people = lib.json("people", "list", "--type", "person")
    assert entry(people, "Karimi") is None and entry(people, "Mohammad Karimi")["articles"] == 2, people
    assert entry(people, "Ali Karimi")["articles"] == 1, people
    lib.ok("people", "split", "Mohammad Karimi", "Karimi")
    people = lib.json("people", "list", "--type", "person")
    assert entry(people, "Karimi")["articles"] == 1, people
    assert lib.run("people", "merge", "Karimi").returncode == 2
    assert lib.run("people", "split", "Mohammad Karimi", "Nobody").returncode == 1


@case("timeline: in date order; one meeting reported twice is one event; filters")
def _():
    lib, a, b = visit_library()
    c = lib.add(BAKU, "baku.txt")
    # (now written Sergey twice and Sergei once: the entry takes the commoner spelling)
    volkov = lib.json("people", "show", "Volkov")["name"]
    assert volkov == "Sergey Volkov", volkov
    events = lib.json("timeline")
    dates = [e["date"] for e in events]
    assert dates == sorted(dates), dates
    meetings = [e for e in events if e["kind"] == "meeting"]
    tehran = [e for e in meetings if e["place"] == "Tehran"]
    assert len(tehran) == 1 and tehran[0]["article"] == a and tehran[0]["also_in"] == [b], tehran
    assert tehran[0]["people"] == [volkov, "Mohammad Karimi"], tehran
    assert [e["date"] for e in meetings] == ["2026-03-03", "2026-03-05", "2026-03-06"], meetings
    only = lib.json("timeline", "--kind", "meeting", "--person", "Rasulov")
    assert [e["article"] for e in only] == [c], only
    places = lib.json("timeline", "--kind", "meeting", "--country", "Baku")
    assert len(places) == 2, places
    lib.ok("library", "tag", str(c), "caucasus")
    tagged = lib.json("timeline", "--tag", "caucasus")
    assert tagged and all(e["article"] == c for e in tagged), tagged
    text = lib.ok("timeline", "--kind", "meeting")
    assert text.splitlines()[0] == "2026-03-03\tmeeting\t%s and Mohammad Karimi, in Tehran (happened)\t%d,%d" % (volkov, a, b), text
    assert lib.run("timeline", "--kind", "party").returncode == 2
    # one article's own timeline
    own = lib.json("timeline", "--article", str(c))
    assert own and all(e["article"] == c for e in own), own
    assert [e["kind"] for e in own] == ["meeting", "article"], own
    assert lib.run("timeline", "--article", "999").returncode == 1
    assert lib.run("timeline", "--article", str(c), "--kind", "meeting").returncode == 2


@case("meetings graph: GraphML read back by an XML parser, CSV by a CSV reader")
def _():
    lib, a, b = visit_library()
    lib.add(BAKU, "baku.txt")
    volkov = "Sergey Volkov"   # the commoner spelling, two to one
    root = ET.fromstring(lib.ok("meetings", "graph", "--to", "graphml"))
    graph = root.find(GRAPHML + "graph")
    assert graph.get("edgedefault") == "undirected"
    names = {}
    for node in graph.findall(GRAPHML + "node"):
        data = {d.get("key"): d.text for d in node.findall(GRAPHML + "data")}
        names[node.get("id")] = data["name"]
    assert sorted(names.values()) == ["Azerbaijan", "Ilham Rasulov", "Mohammad Karimi", volkov], names
    edges = {}
    for edge in graph.findall(GRAPHML + "edge"):
        data = {d.get("key"): d.text for d in edge.findall(GRAPHML + "data")}
        edges[frozenset((names[edge.get("source")], names[edge.get("target")]))] = data
    tehran = edges[frozenset((volkov, "Mohammad Karimi"))]
    assert tehran["count"] == "2" and tehran["first"] == "2026-03-03" and tehran["articles"] == "%d %d" % (a, b), tehran
    assert edges[frozenset((volkov, "Ilham Rasulov"))]["count"] == "1", edges
    out = os.path.join(lib.dir.name, "graph.csv")
    lib.ok("meetings", "graph", "--to", "csv", "-o", out)
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert {(r["Source"], r["Target"], r["Weight"]) for r in rows} == {
        (volkov, "Mohammad Karimi", "2"), (volkov, "Azerbaijan", "2"), (volkov, "Ilham Rasulov", "1")}, rows
    js = json.loads(lib.ok("meetings", "graph", "--to", "json"))
    link = next(l for l in js["links"] if l["count"] == 2 and "Tehran" in l["meetings"][0]["place"])
    assert "held talks" in link["meetings"][1]["evidence"] or "met" in link["meetings"][0]["evidence"], link
    assert lib.run("meetings", "graph", "--to", "dot").returncode == 2


@case("compare: two reports of one visit, aligned by meetings and people, sourcing side by side")
def _():
    lib, a, b = visit_library()
    cmp = json.loads(lib.ok("compare", str(a), str(b), "--to", "json"))
    sa, sb = cmp["articles"]
    assert sa["id"] == a and sb["id"] == b
    assert sa["outlet"] == "Caspian Herald" and sb["outlet"] == "Byline Sample Wire", (sa["outlet"], sb["outlet"])
    # sourcing: state media and loaded words on one side, anonymous witnesses on the other
    assert sa["claims_by_attribution"]["state_media"] == 1 and sb["claims_by_attribution"]["state_media"] == 0
    assert sb["claims_by_attribution"]["anonymous"] == 1
    assert "blatant" in sa["loaded_words"] and sb["loaded_words"] == [], (sa["loaded_words"], sb["loaded_words"])
    assert {v["name"] for v in sa["voices"]} >= {"Sergei Volkov", "IRNA"}
    assert {v["name"] for v in sb["voices"]} >= {"Laura Brennan", "witnesses"}
    # the same meeting in both, aligned
    tehran = [m for m in cmp["meetings"] if m["a"] and m["b"] and m["a"]["place"] == "Tehran"]
    assert len(tehran) == 1 and tehran[0]["a"]["date"] == tehran[0]["b"]["date"] == "2026-03-03", cmp["meetings"]
    assert {p["name"] for p in cmp["shared_people"]} >= {"Sergei Volkov", "Mohammad Karimi", "Tehran"}
    assert "IRNA" in cmp["only_people"][0] and "Laura Brennan" in cmp["only_people"][1], cmp["only_people"]
    # claims: one both report; what each reports alone
    both = [c for c in cmp["claims"] if c["a"] and c["b"]]
    assert any("double trade" in c["a"]["text"] and "double trade" in c["b"]["text"] for c in both), both
    only_a = [c["a"]["text"] for c in cmp["claims"] if c["a"] and not c["b"]]
    only_b = [c["b"]["text"] for c in cmp["claims"] if c["b"] and not c["a"]]
    assert any("blatant" in t for t in only_a) and any("IRNA" in t for t in only_a), only_a
    assert any("protesters" in t for t in only_b), only_b
    assert not any("double trade" in t for t in only_a + only_b)


@case("compare: Markdown, HTML (parsed back), PDF; errors")
def _():
    lib, a, b = visit_library()
    md = lib.ok("compare", str(a), str(b))
    assert md.startswith("# Two reports compared\n") and "## What only B reports" in md, md[:300]
    assert "| Loaded words | triumph, blatant, aggression | — |" in md, md
    out = os.path.join(lib.dir.name, "cmp.html")
    lib.ok("compare", str(a), str(b), "--to", "html", "-o", out)

    class Text(html.parser.HTMLParser):
        def __init__(self):
            super().__init__()
            self.text, self.tags = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

        def handle_data(self, data):
            self.text.append(data)

    parser = Text()
    with open(out) as f:
        parser.feed(f.read())
    text = "".join(parser.text)
    assert "What only A reports" in text and "Laura Brennan" in text, text[:400]
    assert "script" not in parser.tags and parser.tags.count("table") == 1, parser.tags
    pdf = os.path.join(lib.dir.name, "cmp.pdf")
    lib.ok("compare", str(a), str(b), "--to", "pdf", "-o", pdf)
    with open(pdf, "rb") as f:
        assert f.read(5) == b"%PDF-"
    assert lib.run("compare", str(a), "999").returncode == 1
    assert lib.run("compare", str(a)).returncode == 2
    assert lib.run("compare", str(a), str(b), "--to", "docx").returncode == 2
    assert lib.run("compare", str(a), str(b), "--to", "pdf").returncode == 2


@case("compare --lesson: a lesson of the pair, one lesson file a report and the comparison for the teacher")
def _():
    lib, a, b = visit_library()
    prefix = os.path.join(lib.dir.name, "visit")
    out = lib.ok("compare", str(a), str(b), "--lesson", prefix)
    assert "visit-a.json" in out and "visit-comparison.md" in out, out
    la = json.load(open(prefix + "-a.json"))
    lb = json.load(open(prefix + "-b.json"))
    assert la["schema"] == lb["schema"] == "byline.lesson/1"
    # each asks about the other report, by its title
    assert lb["article"]["title"] in la["questions"][0], la["questions"]
    assert la["article"]["title"] in lb["questions"][0], lb["questions"]
    assert len(la["key"]) > 0 and len(lb["key"]) > 0
    # the teacher's sheet is the comparison
    with open(prefix + "-comparison.md") as f:
        assert f.read().startswith("# Two reports compared\n")
    # a worksheet is made from either, as from any lesson
    lib.ok("lesson", "worksheet", prefix + "-a.json", "-o", prefix + "-a.pdf")
    assert lib.run("compare", "--tag", "caspian", "--lesson", prefix).returncode in (1, 2)
    assert lib.run("compare", str(a), "999", "--lesson", prefix + "2").returncode == 1
    assert not os.path.exists(prefix + "2-a.json")


@case("compare --tag: a tag's reports side by side; the meetings each tells of")
def _():
    lib, a, b = visit_library()
    c = lib.add(BAKU, "baku.txt")
    for ident in (a, b, c):
        lib.ok("library", "tag", str(ident), "caspian")
    cmp = json.loads(lib.ok("compare", "--tag", "caspian", "--to", "json"))
    assert [s["id"] for s in cmp["articles"]] == [a, b, c], [s["id"] for s in cmp["articles"]]
    tehran = [m for m in cmp["meetings"] if m["place"] == "Tehran"]
    assert len(tehran) == 1 and tehran[0]["articles"] == [a, b], cmp["meetings"]
    assert cmp["meetings"][0]["articles"] == [a, b]   # the most reported first
    volkov = next(p for p in cmp["people"] if "Volkov" in p["name"])
    assert volkov["articles"] == [a, b, c], cmp["people"]
    md = lib.ok("compare", "--tag", "caspian")
    assert "| | A | B | C |" in md.replace("|  |", "| |") and "in Tehran (happened): A, B" in md, md[:800]
    pdf = os.path.join(lib.dir.name, "tag.pdf")
    lib.ok("compare", "--tag", "caspian", "--to", "pdf", "-o", pdf)
    with open(pdf, "rb") as f:
        assert f.read(5) == b"%PDF-"
    lib.ok("library", "tag", str(a), "lonely")
    assert lib.run("compare", "--tag", "lonely").returncode == 1
    assert lib.run("compare", "--tag", "caspian", str(a), str(b)).returncode == 2


@case("a correction in one article shows in every cross-article view")
def _():
    lib, a, b = visit_library()
    lib.ok("correct", str(b), "Sergey Volkov", "--name", "Pavel Volkov")
    people = lib.json("people", "list", "--type", "person")
    assert entry(people, "Sergei Volkov")["articles"] == 1 and entry(people, "Pavel Volkov")["articles"] == 1, people
    lib.ok("library", "remove", str(b))
    people = lib.json("people", "list", "--type", "person")
    assert entry(people, "Pavel Volkov") is None, people


if __name__ == "__main__":
    sys.exit(run_cases())
