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


def person(name, sur, land, adj, title, title_of, city, he):
    return dict(name=name, sur=sur, c=land, adj=adj, O=title, o=title.lower(), Of=title_of, city=city, he=he,
                his="her" if he == "she" else "his")


# invented people (the countries are real)
P = [
    person("Ayla Demir", "Demir", "Turkey", "Turkish", "Foreign Minister", "Minister of Foreign Affairs", "Ankara", "she"),
    person("Joseph Mwangi Otieno", "Otieno", "Kenya", "Kenyan", "President", "President", "Nairobi", "he"),
    person("Lucia Paredes Soto", "Paredes", "Peru", "Peruvian", "Prime Minister", "Prime Minister", "Lima", "she"),
    person("Tran Van Hoa", "Hoa", "Vietnam", "Vietnamese", "Deputy Prime Minister", "Deputy Prime Minister", "Hanoi", "he"),
    person("Ingrid Haugland", "Haugland", "Norway", "Norwegian", "Defence Minister", "Minister of Defence", "Oslo", "she"),
    person("Omar al-Khatib", "al-Khatib", "Jordan", "Jordanian", "Foreign Minister", "Minister of Foreign Affairs", "Amman",
           "he"),
]


def full(p):
    """A person with the land's adjective and the title: "Kenyan President X"."""
    return "%s %s %s" % (p["adj"], p["O"], p["name"])


def words(*people):
    """What a template may name of the people in the roles A, B, C, D: {A} the
    person in full, {An} the name, {As} the surname, {Ahe} and {Ahis}, {Ao} and
    {AO} the title, {Aadj} and {Ac} the land; {city} is B's city."""
    v = {}
    for role, p in zip("ABCD", people):
        v.update({role: full(p), role + "n": p["name"], role + "s": p["sur"], role + "he": p["he"],
                  role + "He": p["he"].capitalize(), role + "his": p["his"], role + "o": p["o"], role + "O": p["O"],
                  role + "Of": p["Of"], role + "adj": p["adj"], role + "c": p["c"]})
    v["city"] = people[1]["city"] if len(people) > 1 else people[0]["city"]
    return v


def names(*people):
    """The sides a template's "want" names by role: A the person, Ac the land."""
    n = {}
    for role, p in zip("ABCD", people):
        n[role] = p["name"]
        n[role + "c"] = p["c"]
    return n


cases = []


def add(text, want, **factors):
    """A sentence, the meetings it tells (each a list of sides) or None for a
    speaker's case, and the factors of its wording."""
    cases.append(dict(text=text[0].upper() + text[1:], want=want, f=factors))


def family(templates, steps=(1, 2, 3), **factors):
    """Each (template, meetings by role) over six rotations of the people."""
    for k, (tpl, want) in templates.items():
        for i in range(6):
            people = [P[i]] + [P[(i + s) % 6] for s in steps]
            n = names(*people)
            add(tpl.format(**words(*people)), [[n[x] for x in w] for w in want], kind=k, **factors)


# one sentence, two people: how the meeting is told, the title's form on either
# side, what follows the sentence
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


VERBS = {
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
AFTER = {"none": "", "day": " on Monday", "city-day": " in {city} on Monday",
         "site": " at the Presidential Palace in {city} on Monday", "topic": " on Monday to discuss trade and energy"}
TITLES = [("A", t) for t in ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]] + \
         [("B", t) for t in ["T2", "T3", "T4", "T5", "T6", "T7", "T8"]]
for vk, vt in VERBS.items():
    for ak, at in AFTER.items():
        for side, t in TITLES:
            i = len(cases)
            a, b = P[i % 6], P[(i + 1 + i // 6) % 6]
            if a is b:
                b = P[(i + 2) % 6]
            fa = form(a, t) if side == "A" else form(a, "T2")
            fb = form(b, t) if side == "B" else form(b, "T1")
            s = vt.format(A=fa, B=fb, Bc=b["c"], adj=at.format(city=b["city"])).replace(",,", ",").replace(",.", ".")
            add(s, [[a["name"], b["name"]]], verb=vk, adj=ak, title=side + ":" + t)

# those present, after a meeting told in the sentence before or the same one ("@")
AIDES = [("Deputy Foreign Minister", "Karim Haddad"), ("Trade Minister", "Elena Vasquez Mora"),
         ("Ambassador", "Pieter van Dalen"), ("Minister of Energy Dr.", "Samuel Adeyemi"),
         ("presidential adviser", "Mirela Costin"), ("Finance Minister", "Hugo Ferraz")]
PRESENT = {
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
    "accompanied": "{As} was accompanied by {C} and {D}.",
}
OPENING = {"received": "{A} received {BO} {Bn} at the Presidential Palace on Monday",
           "held-talks": "{A} held talks with {BO} {Bn} in {city} on Monday",
           "met": "{A} met {BO} {Bn} on Monday"}
for pk, pt in PRESENT.items():
    for ok, ot in OPENING.items():
        for i in range(6):
            a, b = P[i], P[(i + 1) % 6]
            v = words(a, b)
            v.update(C="%s %s" % AIDES[i], D="%s %s" % AIDES[(i + 2) % 6])
            first = ot.format(**v)
            if pt.startswith("@"):
                text = first + pt[1:].format(**v)
            else:
                second = pt.format(**v)
                text = first + ". " + second[0].upper() + second[1:]
            want = [a["name"], b["name"], AIDES[i][1]] + ([AIDES[(i + 2) % 6][1]] if "{D}" in pt else [])
            add(text, [want], fam="present", kind=pk, open=ok)

# a side by description in the sentence after a visitor's arrival
ARRIVED = "{A} arrived in {city} on Sunday for a three-day visit."
INVITED = "{A} arrived in {city} on Sunday for a three-day visit at the invitation of {B}."
family({
    "the-adj-minister": (ARRIVED + " The {Aadj} {Ao} held talks with {BO} {Bn} on Monday.", [["A", "B"]]),
    "the-visiting-minister": (ARRIVED + " The visiting {Ao} held talks with {BO} {Bn} on Monday.", [["A", "B"]]),
    "he-met": (ARRIVED + " {AHe} met {BO} {Bn} on Monday.", [["A", "B"]]),
    "B-received-the-adj": (ARRIVED + " {BO} {Bn} received the {Aadj} {Ao} on Monday.", [["A", "B"]]),
    "talks-with-her-counterpart": (INVITED + " {AHe} held talks with {Ahis} {Badj} counterpart on Monday.",
                                   [["A", "B"]]),
    "the-guest": (ARRIVED + " {BO} {Bn} received the guest on Monday.", [["A", "B"]]),
    "was-received-by": (ARRIVED + " {AHe} was received by {BO} {Bn} on Monday.", [["A", "B"]]),
}, steps=(2,), fam="described")
# ("the two ministers": two foreign ministers)
for i in range(6):
    a, b = P[i], P[(i + 2) % 6]
    add("Foreign Minister %s arrived in %s on Sunday for a three-day visit at the invitation of Foreign Minister %s. "
        "The two ministers met on Monday." % (a["name"], b["city"], b["name"]), [[a["name"], b["name"]]],
        fam="described", kind="the-two-met")

# a visit and its host
family({
    "visit-where": ("{A} paid an official visit to {Bc} on Monday, where {Ahe} held talks with {BO} {Bn}.", [["A", "B"]]),
    "during-visit": ("During {Ahis} visit to {Bc} on Monday, {A} met {BO} {Bn}.", [["A", "B"]]),
    "visit-during-which": ("{A} began a visit to {Bc} on Monday, during which {Ahe} met {BO} {Bn}.", [["A", "B"]]),
    "arrived-and-talks": ("{A} arrived in {city} on Monday and held talks with {BO} {Bn}.", [["A", "B"]]),
    "visit-then-he": ("{A} arrived in {city} on Monday on an official visit. {AHe} held talks with {BO} {Bn} at the "
                      "Presidential Palace.", [["A", "B"]]),
    "on-a-visit-met": ("{A}, on a two-day visit to {Bc}, met {BO} {Bn} on Monday.", [["A", "B"]]),
    "visit-when-talks-adj": ("{B} thanked him for the support. {A} arrived in {city} on Monday on a visit and held talks "
                             "with the {Badj} {Bo}.", [["A", "B"]]),
    "visit-by-when": ("Trade grew after the visit to {Bc} by {A} in July, when the {Ao} held talks with {B}.", [["A", "B"]]),
    "poss-visit-when": ("Trade grew after {A}'s visit to {Bc} in July, when {Ahe} held talks with {B}.", [["A", "B"]]),
    "visit-during-which-talks": ("{A} paid a visit to {Bc} in July, during which {Ahe} held talks with {B}.", [["A", "B"]]),
    "on-visit-held-talks": ("On a visit to {Bc} in July, {A} held talks with {B}.", [["A", "B"]]),
    "arrived-for-talks-with": ("{A} arrived in {city} on Monday for talks with {B}.", [["A", "B"]]),
    "travel-to-meet": ("{A} will travel to {Bc} next week to meet {B}.", [["A", "B"]]),
    "visit-and-meet": ("{A} will visit {Bc} next week and meet {B}.", [["A", "B"]]),
    "in-city-met": ("In {city} on Monday, {A} met {B}.", [["A", "B"]]),
}, steps=(3,), fam="visit")

# lists, delegations, counterparts, passives and nominals, meetings told with
# speech, and look-alikes that are no meeting
family({
    "separate-talks": ("{A} held separate talks with {B} and {C} on Monday.", [["A", "B"], ["A", "C"]]),
    "monday-tuesday": ("{A} met {B} on Monday and {C} on Tuesday.", [["A", "B"], ["A", "C"]]),
    "also-met-later": ("{A} met {B} on Monday. Later in the day, {Ahe} also met {C}.", [["A", "B"], ["A", "C"]]),
    "trilateral": ("{A}, {B} and {C} held a trilateral meeting in {city} on Monday.", [["A", "B", "C"]]),
    "ministers-of": ("The foreign ministers of {Ac}, {Bc} and {Cc} met in {city} on Monday.", [["Ac", "Bc", "Cc"]]),
    "hosted-three-way": ("{A} hosted {B} and {C} for a three-way summit on Monday.", [["A", "B", "C"]]),
    "delegation-led-by": ("{A} received a delegation led by {B} on Monday.", [["A", "B"]]),
    "delegation-headed-met": ("A delegation headed by {B} met {A} on Monday.", [["A", "B"]]),
    "who-led-delegation": ("{B}, who led a {Badj} trade delegation, held talks with {A} on Monday.", [["A", "B"]]),
    "counterpart-comma": ("{A} held talks with {Ahis} {Badj} counterpart, {Bn}, on Monday.", [["A", "B"]]),
    "counterpart-plain": ("{A} met {Ahis} {Badj} counterpart {Bn} on Monday.", [["A", "B"]]),
    "and-counterpart-met": ("{A} and {Ahis} {Badj} counterpart {Bn} met in {city} on Monday.", [["A", "B"]]),
    "counterpart-before": ("{B} arrived in {city} on Sunday. {A} held talks with {Ahis} {Badj} counterpart on Monday.",
                           [["A", "B"]]),
    "counterpart-from": ("{A} met {Ahis} counterpart from {Bc}, {Bn}, on Monday.", [["A", "B"]]),
    "talks-were-held": ("Talks were held between {A} and {B} in {city} on Monday.", [["A", "B"]]),
    "was-hosted-by": ("{A} was hosted by {B} in {city} on Monday.", [["A", "B"]]),
    "were-received-by": ("{A} and {B} were received by {C} on Monday.", [["A", "B", "C"]]),
    "meeting-between-lasted": ("The meeting between {A} and {B} lasted two hours.", [["A", "B"]]),
    "possessive-talks": ("{A}'s talks with {B} focused on trade.", [["A", "B"]]),
    "visit-included-talks": ("{A}'s visit to {Bc} included talks with {B}.", [["A", "B"]]),
    "received-who-visiting": ("{B} received {A}, who is on a visit to {Bc}, on Monday.", [["A", "B"]]),
    "sidelines": ("{A} and {B} met on the sidelines of the UN General Assembly in New York on Monday.", [["A", "B"]]),
    "said-after-meeting": ("{A} said after meeting {B} on Monday that trade would grow.", [["A", "B"]]),
    "told-reporters-after": ("{A} told reporters after talks with {B} that trade would grow.", [["A", "B"]]),
    "speaking-after": ("Speaking after {Ahis} meeting with {B}, {A} said trade would grow.", [["A", "B"]]),
    "quote-after-talks": ("\"Trade will grow,\" {A} said after the talks with {B}.", [["A", "B"]]),
    "discussed-when-met": ("{A} and {B} discussed trade when they met in {city} on Monday.", [["A", "B"]]),
    "statement-during": ("According to a statement, {A} and {B} discussed trade during their meeting on Monday.",
                         [["A", "B"]]),
    "no-phone": ("{A} spoke by telephone with {B} on Monday.", []),
    "no-video": ("{A} and {B} held a video conference on Monday.", []),
    "no-cancelled": ("{A} had been due to meet {B} on Monday, but the meeting was cancelled.", []),
    "no-letter": ("{A} sent a letter to {B} on Monday.", []),
    "no-did-not": ("{A} did not meet {B} during the visit.", []),
    "no-called-on": ("{A} called on {B} to release the prisoners.", []),
    "no-target": ("{A} said the government met its deficit target in May.", []),
}, steps=(1, 3))

# meetings told in relative clauses, participles and subordinate clauses, and
# by thanks for hosting them
family({
    "thanked-hosting": ("{A} thanked {B} for hosting the talks on Monday.", [["A", "B"]]),
    "talks-held-with": ("The talks {A} held with {B} on Monday focused on trade.", [["A", "B"]]),
    "who-met": ("{A}, who met {B} on Monday, said trade would grow.", [["A", "B"]]),
    "after-meeting": ("After meeting {B} on Monday, {A} said trade would grow.", [["A", "B"]]),
    "whom-met": ("{B}, whom {A} met on Monday, said trade would grow.", [["A", "B"]]),
    "meeting-first-since": ("{A}'s meeting with {B}, the first since 2019, focused on trade.", [["A", "B"]]),
    "where-welcomed": ("{A} arrived in {city} on Monday, where {Ahe} was welcomed by {B}.", [["A", "B"]]),
    "welcomed-at-airport": ("{A} was welcomed at the airport by {B} on Monday.", [["A", "B"]]),
    "with-whom": ("{A} met {B}, with whom {Ahe} discussed trade, on Monday.", [["A", "B"]]),
    "during-which": ("{A} visited {city} on Monday, during which {Ahe} met {B}.", [["A", "B"]]),
    "as-met": ("Trade topped the agenda as {A} met {B} in {city} on Monday.", [["A", "B"]]),
    "when-met": ("{A} raised the issue when {Ahe} met {B} on Monday.", [["A", "B"]]),
    "before-talks": ("{A} spoke to reporters before {Ahis} talks with {B} on Monday.", [["A", "B"]]),
    "ahead-of": ("Ahead of {Ahis} meeting with {B} on Monday, {A} said trade would grow.", [["A", "B"]]),
})

# gatherings of three or four named people
family({
    "attended-summit": ("{A}, {B} and {C} attended the summit in {city} on Monday.", [["A", "B", "C"]]),
    "summit-attended-by": ("The summit in {city} on Monday was attended by {A}, {B} and {C}.", [["A", "B", "C"]]),
    "leaders-including": ("Leaders including {A}, {B} and {C} met in {city} on Monday.", [["A", "B", "C"]]),
    "hosted-leaders": ("{A} hosted {B} and {C} at a summit in {city} on Monday.", [["A", "B", "C"]]),
    "joined-by": ("{A} met {B} in {city} on Monday, joined by {C}.", [["A", "B", "C"]]),
    "four-met": ("{A}, {B}, {C} and {D} met in {city} on Monday.", [["A", "B", "C", "D"]]),
    "trilateral-talks-with": ("{A} held trilateral talks with {B} and {C} in {city} on Monday.", [["A", "B", "C"]]),
    "gathered": ("{A}, {B} and {C} gathered in {city} on Monday for talks on the crisis.", [["A", "B", "C"]]),
    "took-part-in": ("{A}, {B} and {C} took part in the talks in {city} on Monday.", [["A", "B", "C"]]),
})

# a side told by description in the sentence after the one that names it (an
# envoy, a diplomat, a land's minister or leader)
ENVOYS = [("UN Special Envoy for Yemen", "UN envoy", "Marten Gruber"),
          ("US Ambassador to Vietnam", "US diplomat", "Daniel Whitcombe"),
          ("EU Special Representative for the Sahel", "EU envoy", "Claire Morvan"),
          ("UN Special Envoy for Syria", "UN envoy", "Piet Hollander"),
          ("US Special Envoy for Afghanistan", "US envoy", "Rafael Quint"),
          ("UN High Commissioner for Refugees", "UN official", "Sofia Brandt")]
ENVOY = "{E} {En} arrived in {Acity} on Sunday."
NAMED = "{B} arrived in {Acity} on Sunday."
DESCRIBED = {
    "envoy-met": (ENVOY + " The {Ed} met {A} on Monday.", ["A", "E"]),
    "envoy-received-by": (ENVOY + " The {Ed} was received by {A} on Monday.", ["A", "E"]),
    "received-the-envoy": (ENVOY + " {A} received the {Ed} on Monday.", ["A", "E"]),
    "the-envoy-plain": (ENVOY + " The envoy held talks with {A} on Monday.", ["A", "E"]),
    "adj-minister-obj": (NAMED + " {A} held talks with the {Badj} {Bo} on Monday.", ["A", "B"]),
    "adj-leader-obj": (NAMED + " {A} received the {Badj} leader on Monday.", ["A", "B"]),
    "adj-Title-obj": (NAMED + " {A} received the {Badj} {BO} on Monday.", ["A", "B"]),
    "visiting-official": (ENVOY + " {A} received the visiting official on Monday.", ["A", "E"]),
}
for k, (tpl, want) in DESCRIBED.items():
    for i in range(6):
        a, b = P[i], P[(i + 2) % 6]
        v = words(a, b)
        v.update(E=ENVOYS[i][0], Ed=ENVOYS[i][1], En=ENVOYS[i][2], Acity=a["city"])
        n = dict(A=a["name"], B=b["name"], E=ENVOYS[i][2])
        add(tpl.format(**v), [[n[x] for x in want]], kind=k)

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
AROUND = {
    "none": {},
    "dateline": {"pre": "{CITY}, May 5 (Agency) - "},
    "fronted-day": {"pre": "On Monday, ", "when": ""},
    "subj-who": {"A": "{A}, who is also chairman of the ruling party's external relations commission,"},
    "obj-who": {"B": "{B}, who arrived on Sunday for a three-day visit,"},
    "HE": {"A": "H.E. {A}"},
    "his-excellency": {"A": "His Excellency {A}"},
    "double-title": {"A": "Deputy Prime Minister and Minister of Foreign Affairs {An}"},
    "title-after": {"B": "{Bn}, {BOf} of the Republic of {Bc},"},
    "title-after-the": {"B": "{Bn}, the {Badj} {Bo},"},
    "age": {"A": "{A}, 64,"},
    "here": {"when": " here on Monday"},
    "in-capital": {"when": " in the capital on Monday"},
    "source-tail": {"tail": ", the ministry said in a statement"},
    "two-sides-tail": {"tail": ", and the two sides discussed trade and energy"},
    "where-tail": {"tail": ", where they discussed trade and energy"},
    "during-which": {"tail": ", during which they discussed trade and energy"},
    "mr-ms": {"A": "{Aadj} {AO} {Amr} {An}"},
    "acronym-org": {"B": "Secretary-General of the Gulf Cooperation Council (GCC) {Bn}"},
    "quote-before": {"pre": "\"We are friends,\" {As} said. "},
}
for bk, bt in BASE.items():
    for pk, pv in AROUND.items():
        for i in range(6):
            a, b = P[i], P[(i + 1) % 6]
            v = words(a, b)
            v.update(Amr="Ms" if a["he"] == "she" else "Mr", CITY=b["city"].upper())
            s = bt.format(A=pv.get("A", "{A}").format(**v), B=pv.get("B", "{B}").format(**v),
                          when=pv.get("when", " in %s on Monday" % b["city"]), tail=pv.get("tail", "")).replace(",.", ".")
            pre = pv.get("pre", "").format(**v)
            if pre.startswith("On Monday") and s.startswith("Talks"):
                s = "t" + s[1:]
            add(pre + s, [[a["name"], b["name"]]], base=bk, pert=pk)

# who said it, in many wordings: every quote the sentence gives is the
# speaker's
SAYING = {
    "said-that": "{A} said that the talks had been useful.",
    "said-bare": "{A} said the talks had been useful.",
    "quote-said-X": "\"The talks were useful,\" said {A}.",
    "quote-X-said": "\"The talks were useful,\" {A} said.",
    "quote-he-said": "{A} arrived on Monday. \"The talks were useful,\" {Ahe} said.",
    "quote-title-said": "{A} arrived on Monday. \"The talks were useful,\" the {Ao} said.",
    "according-to": "According to {A}, the talks were useful.",
    "told-reporters": "{A} told reporters that the talks had been useful.",
    "who-said": "{A}, who arrived on Monday, said the talks had been useful.",
    "said-in-statement": "{A} said in a statement that the talks had been useful.",
    "in-statement": "In a statement, {A} said the talks had been useful.",
    "speaking-to": "Speaking to reporters in {city}, {A} said the talks had been useful.",
    "quoted-as": "{A} was quoted as saying the talks had been useful.",
    "added": "{A} met the press on Monday. {AHe} added that the talks had been useful.",
    "stressed": "{A} stressed that the talks had been useful.",
    "reported-X-said": "The talks had been useful, {A} said on Monday.",
    "apposition-said": "{An}, {Ac}'s {Ao}, said the talks had been useful.",
    "quote-said-X-apposition": "\"The talks were useful,\" said {An}, the {Aadj} {Ao}.",
    "split-quote": "\"The talks were useful,\" {A} said. \"We will meet again.\"",
    "told-agency": "{A} told the state news agency that the talks had been useful.",
}
for k, tpl in SAYING.items():
    for i in range(6):
        add(tpl.format(**words(P[i])), None, speaker=P[i]["name"], said=k)


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
