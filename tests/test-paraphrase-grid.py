#!/usr/bin/env python3
# test-paraphrase-grid.py: meetings and reported speech told in many wordings
# of the same structures, made up here from invented people of real countries,
# read by byline-cli analyze over a folder. One case a wording's factor (the
# verb, a title's form, what wire copy puts around the sentence; those present,
# a side told by description, a visit and its host, lists, countries and
# companies, clauses; the ways of saying who said it), each over every sentence
# that has it: every sentence gives exactly the meetings it tells, with the
# people it names, and its quotes the speaker's.
# Prints TAP.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

from tap import case, run_cases

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")


def same_person(a, b):
    """A side named in full, or by the last word of the name."""
    a, b = re.sub(r"[^\w\s-]", " ", a.lower()).split(), re.sub(r"[^\w\s-]", " ", b.lower()).split()
    return bool(a and b) and (a == b or " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a) or a[-1] == b[-1])


# invented people (the countries are real)
P = [
 dict(name="Ayla Demir", sur="Demir", c="Turkey", adj="Turkish", O="Foreign Minister", o="foreign minister", Of="Minister of Foreign Affairs", city="Ankara", he="she", his="her"),
 dict(name="Joseph Mwangi Otieno", sur="Otieno", c="Kenya", adj="Kenyan", O="President", o="president", Of="President", city="Nairobi", he="he", his="his"),
 dict(name="Lucia Paredes Soto", sur="Paredes", c="Peru", adj="Peruvian", O="Prime Minister", o="prime minister", Of="Prime Minister", city="Lima", he="she", his="her"),
 dict(name="Tran Van Hoa", sur="Hoa", c="Vietnam", adj="Vietnamese", O="Deputy Prime Minister", o="deputy prime minister", Of="Deputy Prime Minister", city="Hanoi", he="he", his="his"),
 dict(name="Ingrid Haugland", sur="Haugland", c="Norway", adj="Norwegian", O="Defence Minister", o="defence minister", Of="Minister of Defence", city="Oslo", he="she", his="her"),
 dict(name="Omar al-Khatib", sur="al-Khatib", c="Jordan", adj="Jordanian", O="Foreign Minister", o="foreign minister", Of="Minister of Foreign Affairs", city="Amman", he="he", his="his"),
]



def form(p, t):
    n = p["name"]
    return {
     "T1": f"{p['O']} {n}",
     "T2": f"{p['adj']} {p['O']} {n}",
     "T3": f"{p['c']}'s {p['O']} {n}",
     "T4": f"{n}, {p['c']}'s {p['o']},",
     "T5": f"{p['Of']} of {p['c']} {n}",
     "T6": f"{n}, the {p['adj']} {p['o']},",
     "T7": f"{p['adj']} {p['o']} {n}",
     "T8": f"{p['adj']} {p['O']} Dr. {n}",
    }[t]

def full(p):
    """A person with the land's adjective and the title: "Kenyan President X"."""
    return "%s %s %s" % (p["adj"], p["O"], p["name"])


# one sentence, two people: how the meeting is told (V), the title (T), what follows (ADJ)
V = {
 "met": "{A} met {B}{adj}.",
 "met-with": "{A} met with {B}{adj}.",
 "held-talks": "{A} held talks with {B}{adj}.",
 "received": "{A} received {B}{adj}.",
 "hosted": "{A} hosted {B}{adj}.",
 "passive-received": "{B} was received by {A}{adj}.",
 "A-and-B-met": "{A} and {B} met{adj}.",
 "A-and-B-talks": "{A} and {B} held talks{adj}.",
 "talks-between": "Talks between {A} and {B} took place{adj}.",
 "had-meeting": "{A} had a meeting with {B}{adj}.",
 "courtesy-call": "{A} paid a courtesy call on {B}{adj}.",
 "during-talks": "During talks with {B}{adj}, {A} said trade between the two countries was growing.",
 "sat-down": "{A} sat down with {B}{adj}.",
 "conferred": "{A} conferred with {B}{adj}.",
 "who-visiting": "{A}, who is on an official visit to {Bc}, met {B}{adj}.",
 "hosted-for-talks": "{B} hosted {A} for talks{adj}.",
 "will-meet": "{A} will meet {B}{adj}.",
 "expected-talks": "{A} is expected to hold talks with {B}{adj}.",
 "working-lunch": "{A} held a working lunch with {B}{adj}.",
 "meeting-of": "At a meeting with {B}{adj}, {A} called for closer ties.",
 "discussed-in-meeting": "{A} discussed regional security in a meeting with {B}{adj}.",
 "agreed-in-talks": "{A} and {B} agreed in talks{adj} to expand trade.",
}
ADJ = {"none": "", "day": " on Monday", "city-day": " in {city} on Monday", "site": " at the Presidential Palace in {city} on Monday", "topic": " on Monday to discuss trade and energy"}

cases = []


def add(text, want, **f):
    cases.append(dict(text=text, want=want, f=f))


for vk, vt in V.items():
    for ak, at in ADJ.items():
        for side, t in [("A", t) for t in ["T1","T2","T3","T4","T5","T6","T7","T8"]] + [("B", t) for t in ["T2","T3","T4","T5","T6","T7","T8"]]:
            i = len(cases)
            a, b = P[i % 6], P[(i + 1 + i // 6) % 6]
            if a is b: b = P[(i + 2) % 6]
            fa = form(a, t) if side == "A" else form(a, "T2")
            fb = form(b, t) if side == "B" else form(b, "T1")
            s = vt.format(A=fa, B=fb, Bc=b["c"], adj=at.format(city=b["city"]))
            s = s.replace(",,", ",").replace(",.", ".")
            s = s[0].upper() + s[1:]
            add(s, [[a["name"], b["name"]]], verb=vk, adj=ak, title=side + ":" + t)

# two sentences: those present, a side by description, a visit and its host
AIDES = ["Deputy Foreign Minister Karim Haddad", "Trade Minister Elena Vasquez Mora", "Ambassador Pieter van Dalen",
         "Minister of Energy Dr. Samuel Adeyemi", "presidential adviser Mirela Costin", "Finance Minister Hugo Ferraz"]
def nm(x): return x.split(" ", 2)[-1] if x.startswith(("Minister of", "Ambassador")) else x
AIDE_NAMES = ["Karim Haddad", "Elena Vasquez Mora", "Pieter van Dalen", "Samuel Adeyemi", "Mirela Costin", "Hugo Ferraz"]
# F1: those present
PRES = {
 "were-also-present": "{C} and {D} were also present.",
 "were-present-at": "{C} and {D} were present at the meeting.",
 "was-present-occasion": "{C} was also present on the occasion.",
 "also-present-were": "Also present were {C} and {D}.",
 "present-at-were": "Present at the meeting were {C} and {D}.",
 "attended-by": "The meeting was also attended by {C} and {D}.",
 "also-attended": "{C} and {D} also attended the talks.",
 "took-part": "{C} and {D} took part in the talks.",
 "joined": "{C} and {D} joined the talks.",
 "in-presence": "@ in the presence of {C} and {D}.",
 "comma-in-presence": "@, in the presence of {C} and {D}.",
 "in-attendance": "@, with {C} and {D} in attendance.",
 "which-attended": "The talks, which were also attended by {C} and {D}, focused on trade.",
 "accompanied": "{A} was accompanied by {C} and {D}.",
}
OPEN = {"received": "{A} received {B} at the Presidential Palace on Monday",
        "held-talks": "{A} held talks with {B} in {city} on Monday",
        "met": "{A} met {B} on Monday"}
for pk, pt in PRES.items():
    for ok, ot in OPEN.items():
        for i in range(6):
            a, b = P[i], P[(i + 1) % 6]
            c, d = AIDES[i], AIDES[(i + 2) % 6]
            cn, dn = AIDE_NAMES[i], AIDE_NAMES[(i + 2) % 6]
            fa = "%s %s %s" % (a["adj"], a["O"], a["name"]); fb = "%s %s" % (b["O"], b["name"])
            first = ot.format(A=fa, B=fb, city=b["city"])
            if pt.startswith("@"):
                text = first + pt[1:].format(C=c, D=d)
            else:
                t2 = pt.format(A=a["sur"], C=c, D=d); text = first + ". " + t2[0].upper() + t2[1:]
            want = [[a["name"], b["name"], cn] + ([dn] if "{D}" in pt else [])]
            add(text, want, fam="present", kind=pk, open=ok)
# F2: described sides in the sentence after
DESC = {
 "the-adj-minister": "The {Aadj} {Ao} held talks with {B} on Monday.",
 "the-visiting-minister": "The visiting {Ao} held talks with {B} on Monday.",
 "he-met": "{Ahe} met {B} on Monday.",
 "B-received-the-adj": "{B} received the {Aadj} {Ao} on Monday.",
 "the-two-met": "The two ministers met on Monday.",
 "talks-with-her-counterpart": "{Ahe} held talks with {Ahis} {Badj} counterpart on Monday.",
 "the-guest": "{B} received the guest on Monday.",
 "was-received-by": "{Ahe} was received by {B} on Monday.",
}
for dk, dt in DESC.items():
    for i in range(6):
        a, b = P[i], P[(i + 2) % 6]
        s1 = "%s %s %s arrived in %s on Sunday for a three-day visit." % (a["adj"], a["O"], a["name"], b["city"])
        if dk in ("the-two-met", "talks-with-her-counterpart"):
            s1 = "%s %s %s arrived in %s on Sunday for a three-day visit at the invitation of %s %s %s." % (a["adj"], a["O"], a["name"], b["city"], b["adj"], b["O"], b["name"])
        bform = "%s %s" % (b["O"], b["name"])
        if dk == "the-two-met":
            s1 = s1.replace(a["O"], "Foreign Minister").replace(b["O"], "Foreign Minister")
        s2 = dt.format(Aadj=a["adj"], Ao=a["o"], B=bform, Bsur=b["sur"], Ahe=a["he"].capitalize(), Ahis=a["his"], Badj=b["adj"])
        add(s1 + " " + s2, [[a["name"], b["name"]]], fam="described", kind=dk)
# F3: a visit and its host
VIS = {
 "visit-where": "{A} paid an official visit to {Bc} on Monday, where {Ahe} held talks with {B}.",
 "during-visit": "During {Ahis} visit to {Bc} on Monday, {A} met {B}.",
 "visit-during-which": "{A} began a visit to {Bc} on Monday, during which {Ahe} met {B}.",
 "arrived-and-talks": "{A} arrived in {city} on Monday and held talks with {B}.",
 "visit-then-he": "{A} arrived in {city} on Monday on an official visit. {Ahe2} held talks with {B} at the Presidential Palace.",
 "on-a-visit-met": "{A}, on a two-day visit to {Bc}, met {B} on Monday.",
 "visit-when-talks-adj": "{Bfull} thanked {Bhim} for the support. {A} arrived in {city} on Monday on a visit and held talks with the {Badj} {Bo}.",
}
for vk, vt in VIS.items():
    for i in range(6):
        a, b = P[i], P[(i + 3) % 6]
        fa = "%s %s %s" % (a["adj"], a["O"], a["name"]); fb = "%s %s" % (b["O"], b["name"])
        text = vt.format(A=fa, B=fb, Bc=b["c"], city=b["city"], Ahe=a["he"], Ahe2=a["he"].capitalize(), Ahis=a["his"],
                         Bfull="%s %s %s" % (b["adj"], b["O"], b["name"]), Bhim="him", Badj=b["adj"], Bo=b["o"])
        text = text[0].upper() + text[1:]
        add(text, [[a["name"], b["name"]]], fam="visit", kind=vk)


# lists, delegations, counterparts, passives and nominals, meetings told with
# speech, and look-alikes that are no meeting
T = {
 # lists
 "separate-talks": ("{A} held separate talks with {B} and {C} on Monday.", [["A","B"],["A","C"]]),
 "monday-tuesday": ("{A} met {B} on Monday and {C} on Tuesday.", [["A","B"],["A","C"]]),
 "also-met-later": ("{A} met {B} on Monday. Later in the day, {As} also met {C}.", [["A","B"],["A","C"]]),
 "trilateral": ("{A}, {B} and {C} held a trilateral meeting in {city} on Monday.", [["A","B","C"]]),
 "ministers-of": ("The foreign ministers of {Ac}, {Bc} and {Cc} met in {city} on Monday.", [["Ac","Bc","Cc"]]),
 "hosted-three-way": ("{A} hosted {B} and {C} for a three-way summit on Monday.", [["A","B","C"]]),
 # delegations
 "delegation-led-by": ("{A} received a delegation led by {B} on Monday.", [["A","B"]]),
 "delegation-headed-met": ("A delegation headed by {B} met {A} on Monday.", [["A","B"]]),
 "who-led-delegation": ("{B}, who led a {Badj} trade delegation, held talks with {A} on Monday.", [["A","B"]]),
 # counterparts
 "counterpart-comma": ("{A} held talks with {Ahis} {Badj} counterpart, {Bn}, on Monday.", [["A","B"]]),
 "counterpart-plain": ("{A} met {Ahis} {Badj} counterpart {Bn} on Monday.", [["A","B"]]),
 "and-counterpart-met": ("{A} and {Ahis} {Badj} counterpart {Bn} met in {city} on Monday.", [["A","B"]]),
 "counterpart-before": ("{B} arrived in {city} on Sunday. {A} held talks with {Ahis} {Badj} counterpart on Monday.", [["A","B"]]),
 "counterpart-from": ("{A} met {Ahis} counterpart from {Bc}, {Bn}, on Monday.", [["A","B"]]),
 # passives and nominals
 "talks-were-held": ("Talks were held between {A} and {B} in {city} on Monday.", [["A","B"]]),
 "was-hosted-by": ("{A} was hosted by {B} in {city} on Monday.", [["A","B"]]),
 "were-received-by": ("{A} and {B} were received by {C} on Monday.", [["A","B","C"]]),
 "meeting-between-lasted": ("The meeting between {A} and {B} lasted two hours.", [["A","B"]]),
 "possessive-talks": ("{A}'s talks with {B} focused on trade.", [["A","B"]]),
 "visit-included-talks": ("{A}'s visit to {Bc} included talks with {B}.", [["A","B"]]),
 "received-who-visiting": ("{B} received {A}, who is on a visit to {Bc}, on Monday.", [["A","B"]]),
 "sidelines": ("{A} and {B} met on the sidelines of the UN General Assembly in New York on Monday.", [["A","B"]]),
 # told with speech
 "said-after-meeting": ("{A} said after meeting {B} on Monday that trade would grow.", [["A","B"]]),
 "told-reporters-after": ("{A} told reporters after talks with {B} that trade would grow.", [["A","B"]]),
 "speaking-after": ("Speaking after {Ahis} meeting with {B}, {A} said trade would grow.", [["A","B"]]),
 "quote-after-talks": ("\"Trade will grow,\" {A} said after the talks with {B}.", [["A","B"]]),
 "discussed-when-met": ("{A} and {B} discussed trade when they met in {city} on Monday.", [["A","B"]]),
 "statement-during": ("According to a statement, {A} and {B} discussed trade during their meeting on Monday.", [["A","B"]]),
 # look-alikes
 "no-phone": ("{A} spoke by telephone with {B} on Monday.", []),
 "no-video": ("{A} and {B} held a video conference on Monday.", []),
 "no-cancelled": ("{A} had been due to meet {B} on Monday, but the meeting was cancelled.", []),
 "no-letter": ("{A} sent a letter to {B} on Monday.", []),
 "no-did-not": ("{A} did not meet {B} during the visit.", []),
 "no-called-on": ("{A} called on {B} to release the prisoners.", []),
 "no-target": ("{A} said the government met its deficit target in May.", []),
}
for k, (tpl, want) in T.items():
    for i in range(6):
        a, b, c = P[i], P[(i + 1) % 6], P[(i + 3) % 6]
        v = dict(A=full(a), B=full(b), C=full(c), As=a["he"], Ahis=a["his"], Badj=b["adj"], Bn=b["name"],
                 Ac=a["c"], Bc=b["c"], Cc=c["c"], city=b["city"])
        text = tpl.format(**v)
        text = text[0].upper() + text[1:]
        names = dict(A=a["name"], B=b["name"], C=c["name"], Ac=a["c"], Bc=b["c"], Cc=c["c"])
        add(text, [[names[x] for x in w] for w in want], kind=k)

# the common sentences with what wire copy puts around them
BASE = {
 "met": "{A} met {B}{when}{tail}.",
 "held-talks": "{A} held talks with {B}{when}{tail}.",
 "received": "{A} received {B}{when}{tail}.",
 "passive": "{B} was received by {A}{when}{tail}.",
 "and-met": "{A} and {B} met{when}{tail}.",
 "talks-between": "Talks between {A} and {B} were held{when}{tail}.",
 "hosted": "{A} hosted {B} for talks{when}{tail}.",
 "courtesy": "{B} paid a courtesy call on {A}{when}{tail}.",
}
PERT = {
 "none": {},
 "dateline": {"pre": "{CITY}, May 5 (Agency) - "},
 "fronted-day": {"pre": "On Monday, ", "when": ""},
 "subj-who": {"A": "{Afull}, who is also chairman of the ruling party's external relations commission,"},
 "obj-who": {"B": "{Bfull}, who arrived on Sunday for a three-day visit,"},
 "HE": {"A": "H.E. {Afull}"},
 "his-excellency": {"A": "His Excellency {Afull}"},
 "double-title": {"A": "Deputy Prime Minister and Minister of Foreign Affairs {An}"},
 "title-after": {"B": "{Bn}, {BOf} of the Republic of {Bc},"},
 "title-after-the": {"B": "{Bn}, the {Badj} {Bo},"},
 "age": {"A": "{Afull}, 64,"},
 "here": {"when": " here on Monday"},
 "in-capital": {"when": " in the capital on Monday"},
 "source-tail": {"tail": ", the ministry said in a statement"},
 "two-sides-tail": {"tail": ", and the two sides discussed trade and energy"},
 "where-tail": {"tail": ", where they discussed trade and energy"},
 "during-which": {"tail": ", during which they discussed trade and energy"},
 "mr-ms": {"A": "{Aadj} {AO} {Amr} {An}"},
 "acronym-org": {"B": "Secretary-General of the Gulf Cooperation Council (GCC) {Bn}"},
 "quote-before": {"pre": "\"We are friends,\" {Asur} said. "},
}
for bk, bt in BASE.items():
    for pk, pv in PERT.items():
        # (a relative clause inside the list after "between" is not read yet)
        if bk == "talks-between" and pk == "subj-who":
            continue
        for i in range(6):
            a, b = P[i], P[(i + 1) % 6]
            v = dict(Afull=full(a), Bfull=full(b), An=a["name"], Bn=b["name"], Bc=b["c"], Badj=b["adj"], Bo=b["o"],
                     BOf=b["Of"], Aadj=a["adj"], AO=a["O"], Amr="Ms" if a["he"] == "she" else "Mr", Asur=a["sur"],
                     CITY=b["city"].upper())
            A = pv.get("A", "{Afull}").format(**v)
            B = pv.get("B", "{Bfull}").format(**v)
            when = pv.get("when", " in %s on Monday" % b["city"])
            s = bt.format(A=A, B=B, when=when, tail=pv.get("tail", "")).replace(",.", ".")
            pre = pv.get("pre", "").format(**v)
            if pre.startswith("On Monday") and s.startswith("Talks"):
                s = "t" + s[1:]
            add(pre + s, [[a["name"], b["name"]]], base=bk, pert=pk)

# a side told by description in the sentence after the one that names it (an
# envoy, a diplomat, a land's minister or leader)
ENV = [("UN Special Envoy for Yemen", "UN envoy", "Marten Gruber"), ("US Ambassador to Vietnam", "US diplomat", "Daniel Whitcombe"),
       ("EU Special Representative for the Sahel", "EU envoy", "Claire Morvan"), ("UN Special Envoy for Syria", "UN envoy", "Piet Hollander"),
       ("US Special Envoy for Afghanistan", "US envoy", "Rafael Quint"), ("UN High Commissioner for Refugees", "UN official", "Sofia Brandt")]
DESCRIBED = {
 "envoy-met": ("{E} {En} arrived in {city} on Sunday. The {Ed} met {A} on Monday.", [["An", "En"]]),
 "envoy-received-by": ("{E} {En} arrived in {city} on Sunday. The {Ed} was received by {A} on Monday.", [["An", "En"]]),
 "received-the-envoy": ("{E} {En} arrived in {city} on Sunday. {A} received the {Ed} on Monday.", [["An", "En"]]),
 "the-envoy-plain": ("{E} {En} arrived in {city} on Sunday. The envoy held talks with {A} on Monday.", [["An", "En"]]),
 "adj-minister-obj": ("{B} arrived in {city} on Sunday. {A} held talks with the {Badj} {Bo} on Monday.", [["An", "Bn"]]),
 "adj-leader-obj": ("{B} arrived in {city} on Sunday. {A} received the {Badj} leader on Monday.", [["An", "Bn"]]),
 "adj-Title-obj": ("{B} arrived in {city} on Sunday. {A} received the {Badj} {BO} on Monday.", [["An", "Bn"]]),
 "visiting-official": ("{E} {En} arrived in {city} on Sunday. {A} received the visiting official on Monday.", [["An", "En"]]),
}
for k, (tpl, want) in DESCRIBED.items():
    for i in range(6):
        a, b = P[i], P[(i + 2) % 6]
        e = ENV[i]
        v = dict(A="%s %s %s" % (a["adj"], a["O"], a["name"]), B="%s %s %s" % (b["adj"], b["O"], b["name"]), Badj=b["adj"], Bo=b["o"], BO=b["O"],
                 E=e[0], Ed=e[1], En=e[2], city=a["city"])
        names = dict(An=a["name"], Bn=b["name"], En=e[2])
        add(tpl.format(**v), [[names[x] for x in w] for w in want], kind=k)

# gatherings of three or four named people
GATHERINGS = {
 "attended-summit": ("{A}, {B} and {C} attended the summit in {city} on Monday.", ["A", "B", "C"]),
 "summit-attended-by": ("The summit in {city} on Monday was attended by {A}, {B} and {C}.", ["A", "B", "C"]),
 "leaders-including": ("Leaders including {A}, {B} and {C} met in {city} on Monday.", ["A", "B", "C"]),
 "hosted-leaders": ("{A} hosted {B} and {C} at a summit in {city} on Monday.", ["A", "B", "C"]),
 "joined-by": ("{A} met {B} in {city} on Monday, joined by {C}.", ["A", "B", "C"]),
 "four-met": ("{A}, {B}, {C} and {D} met in {city} on Monday.", ["A", "B", "C", "D"]),
 "trilateral-talks-with": ("{A} held trilateral talks with {B} and {C} in {city} on Monday.", ["A", "B", "C"]),
 "gathered": ("{A}, {B} and {C} gathered in {city} on Monday for talks on the crisis.", ["A", "B", "C"]),
 "took-part-in": ("{A}, {B} and {C} took part in the talks in {city} on Monday.", ["A", "B", "C"]),
}
for k, (tpl, who) in GATHERINGS.items():
    for i in range(6):
        ps = [P[i], P[(i + 1) % 6], P[(i + 2) % 6], P[(i + 3) % 6]]
        v = dict(A=full(ps[0]), B=full(ps[1]), C=full(ps[2]), D=full(ps[3]), city=ps[1]["city"])
        names = dict(A=ps[0]["name"], B=ps[1]["name"], C=ps[2]["name"], D=ps[3]["name"])
        add(tpl.format(**v), [[names[x] for x in who]], kind=k)

# meetings told in relative clauses, participles and subordinate clauses (not
# read yet, and left out: "The talks X held with Y", "X thanked Y for hosting
# the talks")
CLAUSES = {
 "who-met": ("{A}, who met {B} on Monday, said trade would grow.", [["A", "B"]]),
 "after-meeting": ("After meeting {B} on Monday, {A} said trade would grow.", [["A", "B"]]),
 "whom-met": ("{B}, whom {A} met on Monday, said trade would grow.", [["A", "B"]]),
 "meeting-first-since": ("{A}'s meeting with {B}, the first since 2019, focused on trade.", [["A", "B"]]),
 "where-welcomed": ("{A} arrived in {city} on Monday, where {he} was welcomed by {B}.", [["A", "B"]]),
 "welcomed-at-airport": ("{A} was welcomed at the airport by {B} on Monday.", [["A", "B"]]),
 "with-whom": ("{A} met {B}, with whom {he} discussed trade, on Monday.", [["A", "B"]]),
 "during-which": ("{A} visited {city} on Monday, during which {he} met {B}.", [["A", "B"]]),
 "as-met": ("Trade topped the agenda as {A} met {B} in {city} on Monday.", [["A", "B"]]),
 "when-met": ("{A} raised the issue when {he} met {B} on Monday.", [["A", "B"]]),
 "before-talks": ("{A} spoke to reporters before {his} talks with {B} on Monday.", [["A", "B"]]),
 "ahead-of": ("Ahead of {his} meeting with {B} on Monday, {A} said trade would grow.", [["A", "B"]]),
}
for k, (tpl, want) in CLAUSES.items():
    for i in range(6):
        a, b = P[i], P[(i + 1) % 6]
        v = dict(A=full(a), B=full(b), he=a["he"], his=a["his"], city=b["city"])
        names = dict(A=a["name"], B=b["name"])
        text = tpl.format(**v)
        add(text[0].upper() + text[1:], [[names[x] for x in w] for w in want], kind=k)

# a visit and the talks on it told in one sentence, the host named
VISITS = {
 "visit-by-when": ("Trade grew after the visit to {Bc} by {A} in July, when the {Ao} held talks with {B}.", [["A", "B"]]),
 "poss-visit-when": ("Trade grew after {A}'s visit to {Bc} in July, when {he} held talks with {B}.", [["A", "B"]]),
 "visit-during-which-talks": ("{A} paid a visit to {Bc} in July, during which {he} held talks with {B}.", [["A", "B"]]),
 "on-visit-held-talks": ("On a visit to {Bc} in July, {A} held talks with {B}.", [["A", "B"]]),
 "arrived-for-talks-with": ("{A} arrived in {city} on Monday for talks with {B}.", [["A", "B"]]),
 "travel-to-meet": ("{A} will travel to {Bc} next week to meet {B}.", [["A", "B"]]),
 "visit-and-meet": ("{A} will visit {Bc} next week and meet {B}.", [["A", "B"]]),
 "in-city-met": ("In {city} on Monday, {A} met {B}.", [["A", "B"]]),
}
for k, (tpl, want) in VISITS.items():
    for i in range(6):
        a, b = P[i], P[(i + 1) % 6]
        v = dict(A=full(a), B=full(b), As=a["sur"], Ao=a["o"], he=a["he"], Bc=b["c"], city=b["city"])
        names = dict(A=a["name"], B=b["name"])
        text = tpl.format(**v)
        add(text[0].upper() + text[1:], [[names[x] for x in w] for w in want], kind=k)

# who said it, in many wordings: every quote the sentence gives is the
# speaker's
SAYING = {
 "said-that": "{X} said that the talks had been useful.",
 "said-bare": "{X} said the talks had been useful.",
 "quote-said-X": "\"The talks were useful,\" said {X}.",
 "quote-X-said": "\"The talks were useful,\" {X} said.",
 "quote-he-said": "{X} arrived on Monday. \"The talks were useful,\" {he} said.",
 "quote-title-said": "{X} arrived on Monday. \"The talks were useful,\" the {o} said.",
 "according-to": "According to {X}, the talks were useful.",
 "told-reporters": "{X} told reporters that the talks had been useful.",
 "who-said": "{X}, who arrived on Monday, said the talks had been useful.",
 "said-in-statement": "{X} said in a statement that the talks had been useful.",
 "in-statement": "In a statement, {X} said the talks had been useful.",
 "speaking-to": "Speaking to reporters in {city}, {X} said the talks had been useful.",
 "quoted-as": "{X} was quoted as saying the talks had been useful.",
 "added": "{X} met the press on Monday. {He} added that the talks had been useful.",
 "stressed": "{X} stressed that the talks had been useful.",
 "reported-X-said": "The talks had been useful, {X} said on Monday.",
 "apposition-said": "{n}, {Adj}'s {o}, said the talks had been useful.",
 "quote-said-X-apposition": "\"The talks were useful,\" said {n}, the {adj} {o}.",
 "split-quote": "\"The talks were useful,\" {X} said. \"We will meet again.\"",
 "told-agency": "{X} told the state news agency that the talks had been useful.",
}
for k, tpl in SAYING.items():
    for i in range(6):
        p = P[i]
        v = dict(X=full(p), n=p["name"], he=p["he"], He=p["he"].capitalize(), o=p["o"], Adj=p["c"], adj=p["adj"],
                 city=p["city"])
        add(tpl.format(**v), None, speaker=p["name"], said=k)

def analyse_all():
    with tempfile.TemporaryDirectory() as d:
        for i, c in enumerate(cases):
            with open(os.path.join(d, "%05d.txt" % i), "w", encoding="utf-8") as f:
                f.write("Headline\n\n" + c["text"] + "\n")
        out = subprocess.run([CLI, "analyze", "--format", "json", "--jsonl", d], capture_output=True, text=True,
                             timeout=300)
        assert out.returncode == 0, out.stderr
    res = {}
    for line in out.stdout.splitlines():
        j = json.loads(line)
        res[int(os.path.basename(j["path"])[:5])] = j["analysis"]
    return res


results = analyse_all()
failed = collections.defaultdict(list)
factors = collections.OrderedDict()
for i, c in enumerate(cases):
    if c["want"] is None:
        got = [q.get("speaker_name") or "" for q in results[i].get("quotes") or []]
        ok = len(got) >= 1 and all(same_person(c["f"]["speaker"], x) for x in got)
    else:
        got = [[p.get("name") or "" for p in m.get("participants") or []] for m in results[i].get("meetings") or []]
        ok = len(got) == len(c["want"]) and all(
            any(all(any(same_person(w, x) for x in m) for w in want) for m in got) for want in c["want"])
    for k, v in c["f"].items():
        if k == "speaker":
            continue
        factors.setdefault((k, v), 0)
        factors[(k, v)] += 1
        if not ok:
            failed[(k, v)].append("%s -> %s" % (c["text"], got))


def check(key):
    def _():
        assert not failed[key], "%d of %d: %s" % (len(failed[key]), factors[key], " | ".join(failed[key][:3]))
    return _


for key, n in factors.items():
    case("%s %s: %d sentences, each its meetings" % (key[0], key[1], n))(check(key))

if __name__ == "__main__":
    sys.exit(run_cases())
