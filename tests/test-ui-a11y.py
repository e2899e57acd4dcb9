#!/usr/bin/env python3
# test-ui-a11y.py: every control in the GtkBuilder files has a name a screen
# reader can say: its label, a label that names it (mnemonic-widget), the row
# it sits in, or an accessible label; an icon-only button also has a tooltip.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import glob
import os
import sys
import xml.etree.ElementTree as ET

from tap import case, run_cases

SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
UI = sorted(glob.glob(os.path.join(SRCDIR, "..", "ui", "*.ui"))
            + glob.glob(os.path.join(SRCDIR, "..", "ui", "gtk", "*.ui")))

BUTTONS = {"GtkButton", "GtkToggleButton", "GtkMenuButton", "GtkLinkButton"}
INPUTS = {"GtkEntry", "GtkSearchEntry", "GtkPasswordEntry", "GtkTextView", "GtkListView",
          "GtkColumnView", "GtkGridView", "GtkDropDown", "GtkSpinButton", "GtkSwitch",
          "GtkCheckButton", "GtkScale", "GtkComboBoxText"}
# rows that name what they hold (libadwaita reads the row's title)
NAMING_ROWS = {"AdwActionRow", "AdwEntryRow", "AdwComboRow", "AdwExpanderRow", "AdwSwitchRow"}


def prop(obj, name):
    for p in obj.findall("property"):
        if p.get("name") == name:
            return p
    return None


def accessible_label(obj):
    acc = obj.find("accessibility")
    if acc is None:
        return False
    return any(p.get("name") in ("label", "labelled-by") for p in acc.findall("property")) or \
        acc.find("relation[@name='labelled-by']") is not None


def child_has_label(obj):
    child = prop(obj, "child")
    for o in ([child.find("object")] if child is not None else []) + \
             [c.find("object") for c in obj.findall("child")]:
        if o is None:
            continue
        if o.get("class") == "GtkLabel" and prop(o, "label") is not None:
            return True
        if o.get("class") in ("GtkBox", "AdwButtonContent") and (
                prop(o, "label") is not None or child_has_label(o)):
            return True
    return False


def walk(obj, parents, out):
    out.append((obj, parents))
    for holder in obj.iter():
        pass
    for c in list(obj.findall("child")) + [p for p in obj.findall("property") if p.find("object") is not None]:
        o = c.find("object")
        if o is not None:
            walk(o, parents + [obj], out)
    # templates and menus have no nested objects elsewhere we care about


def cases():
    for path in UI:
        root = ET.parse(path).getroot()
        named_by_mnemonic = {prop(o, "mnemonic-widget").text
                             for o in root.iter("object")
                             if prop(o, "mnemonic-widget") is not None}
        activatable = {prop(o, "activatable-widget").text
                       for o in root.iter("object")
                       if prop(o, "activatable-widget") is not None}
        objs = []
        for top in list(root.findall("template")) + list(root.findall("object")):
            walk(top, [], objs)
        for obj, parents in objs:
            cls = obj.get("class")
            if cls not in BUTTONS and cls not in INPUTS:
                continue
            oid = obj.get("id")
            what = f"{os.path.basename(path)}: {cls}" + (f" #{oid}" if oid else "")
            in_row = any(p.get("class") in NAMING_ROWS for p in parents)
            labelled = (prop(obj, "label") is not None or child_has_label(obj)
                        or accessible_label(obj) or (oid in named_by_mnemonic)
                        or (oid in activatable) or in_row)
            if cls in ("GtkSearchEntry", "GtkEntry") and prop(obj, "placeholder-text") is not None \
                    and accessible_label(obj):
                labelled = True
            problems = []
            if not labelled:
                problems.append("has no name a screen reader can say")
            # GTK 4.8 names a toggle after its class when only a child widget
            # shows its label: a toggle needs its own label or an accessible one
            if cls == "GtkToggleButton" and prop(obj, "label") is None and not accessible_label(obj) \
                    and not in_row:
                problems.append("is a toggle without a label of its own")
            if cls in BUTTONS and prop(obj, "icon-name") is not None and prop(obj, "label") is None \
                    and prop(obj, "tooltip-text") is None:
                problems.append("is an icon without a tooltip")
            yield what, problems
        # a list row is read by its name: a title, a label inside, or an accessible label
        for obj, parents in objs:
            cls = obj.get("class")
            if cls not in ("GtkListBoxRow",) + tuple(NAMING_ROWS):
                continue
            oid = obj.get("id")
            what = f"{os.path.basename(path)}: {cls}" + (f" #{oid}" if oid else "")
            title = prop(obj, "title")
            named = (title is not None and (title.text or "").strip() != "") or \
                accessible_label(obj) or child_has_label(obj) or \
                (title is not None and title.get("bind-source") is not None)
            yield what, [] if named else ["is a list row without a name"]


def register():
    by_file = {}
    for what, problems in cases():
        by_file.setdefault(what.split(":")[0], []).append((what, problems))
    for name, found in sorted(by_file.items()):
        @case("%s: %d controls, each named" % (name, len(found)))
        def _(found=found):
            bad = [f"{what} {'; '.join(problems)}" for what, problems in found if problems]
            assert not bad, "%d of %d controls unnamed:\n%s" % (len(bad), len(found), "\n".join(bad))

    @case("the parser found the window's controls")
    def _():
        n = sum(len(r) for r in by_file.values())
        assert n >= 20, "only %d controls: the parser missed them" % n


if __name__ == "__main__":
    register()
    sys.exit(run_cases())
