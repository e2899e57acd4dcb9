#!/usr/bin/env python3
# test-i18n.py: byline-cli under the Spanish and German translations: the help,
# usage errors and file errors come out translated, keep the file's name, and
# plural forms work; both catalogs pass msgfmt --check. Prints TAP.
#
# The catalogs are the ones meson compiles into BYLINE_BUILD_ROOT/po/LANG/
# LC_MESSAGES/byline.mo; when one is missing or older than po/LANG.po (meson
# test rebuilds only byline-cli), po/LANG.po is compiled here with msgfmt. They
# are copied to a temporary folder that BYLINE_LOCALEDIR points the program at.
#
# No system locale is needed: glibc ignores LANGUAGE only under the "C" or
# "POSIX" locale, and C.UTF-8 is neither, so LC_ALL=C.UTF-8 with LANGUAGE=es
# picks the Spanish catalog even where only C, C.UTF-8 and POSIX exist.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later
import locale
import os
import shutil
import subprocess
import sys
import tempfile

from tap import Skip, case, run_cases, skip_all

CLI = os.environ.get("BYLINE_CLI", "build/src/byline-cli")
SRC = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRC)
BUILD_ROOT = os.environ.get("BYLINE_BUILD_ROOT", os.path.join(TOP, "build"))
PO_DIR = os.path.join(TOP, "po")
SAMPLE = os.path.join(TOP, "data", "samples", "byline-harbour-talks.txt")
LANGS = ("es", "de")
MSGFMT = shutil.which("msgfmt")

def utf8_locale():
    """A UTF-8 locale that is not "C": C.UTF-8, else any other installed one"""
    candidates = ["C.UTF-8", "C.utf8"]
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=30).stdout
        candidates += [l for l in out.split() if l.lower().endswith(("utf-8", "utf8"))
                       and not l.startswith(("C.", "POSIX"))]
    except OSError:
        pass
    saved = locale.setlocale(locale.LC_ALL)
    try:
        for name in candidates:
            try:
                locale.setlocale(locale.LC_ALL, name)
                return name
            except locale.Error:
                continue
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    return None


def install_catalogs(localedir):
    """Copies or compiles each catalog into localedir; returns {lang: how}"""
    how = {}
    for lang in LANGS:
        po = os.path.join(PO_DIR, lang + ".po")
        built = os.path.join(BUILD_ROOT, "po", lang, "LC_MESSAGES", "byline.mo")
        dest_dir = os.path.join(localedir, lang, "LC_MESSAGES")
        dest = os.path.join(dest_dir, "byline.mo")
        os.makedirs(dest_dir)
        if os.path.exists(built) and os.path.getmtime(built) >= os.path.getmtime(po):
            shutil.copyfile(built, dest)
            how[lang] = "the build's " + os.path.relpath(built, BUILD_ROOT)
        elif MSGFMT:
            subprocess.run([MSGFMT, "-o", dest, po], check=True, timeout=60)
            how[lang] = "po/%s.po compiled with msgfmt (the build's catalog is missing or stale)" % lang
        else:
            return None
    return how


TMP = tempfile.TemporaryDirectory(prefix="byline-i18n-")
LOCALEDIR = os.path.join(TMP.name, "locale")
LOCALE = utf8_locale()
CATALOGS = install_catalogs(LOCALEDIR)


def run(lang, *args, stdin=None):
    """byline-cli in language lang (None: untranslated, the C locale)"""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    if lang is None:
        env["LC_ALL"] = "C"
    else:
        env["LC_ALL"] = LOCALE
        env["LANGUAGE"] = lang
        env["BYLINE_LOCALEDIR"] = LOCALEDIR
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, env=env, timeout=120)


def text(b):
    return b.decode("utf-8")


def library(name):
    folder = tempfile.mkdtemp(dir=TMP.name)
    return "--library=" + os.path.join(folder, name)


@case("untranslated: --help in the C locale is English")
def _():
    p = run(None, "--help")
    assert p.returncode == 0 and "Commands:" in text(p.stdout), text(p.stdout)[:300]


@case("es: --help is in Spanish")
def _():
    p = run("es", "--help")
    out = text(p.stdout)
    assert p.returncode == 0, p.returncode
    assert "Comandos:" in out and "Commands:" not in out, out[:300]
    assert "Uso: byline-cli [--library RUTA] COMANDO [OPCIÓN…]" in out, out[:300]
    # command names are not translated
    assert "\n  analyze " in out and "\n  corrections " in out, out


@case("de: --help is in German")
def _():
    p = run("de", "--help")
    out = text(p.stdout)
    assert p.returncode == 0, p.returncode
    assert "Befehle:" in out and "Commands:" not in out, out[:300]
    assert "Führen Sie „byline-cli BEFEHL --help“ aus" in out, out


@case("a language with no catalog falls back to English")
def _():
    p = run("xx", "--help")
    assert p.returncode == 0 and "Commands:" in text(p.stdout), text(p.stdout)[:300]


@case("es: a usage error (library show x) is translated, exit 2")
def _():
    p = run("es", library("l.db"), "library", "show", "x")
    err = text(p.stderr)
    assert p.returncode == 2, p.returncode
    assert "byline-cli: library show necesita un ID de artículo (un número)" in err, err[:400]
    assert "needs one article ID" not in err, err[:400]
    # option names stay as they are; the placeholder is translated
    assert "--format=FORMATO" in err, err


@case("de: a usage error (library show x) is translated, exit 2")
def _():
    p = run("de", library("l.db"), "library", "show", "x")
    err = text(p.stderr)
    assert p.returncode == 2, p.returncode
    assert "byline-cli: library show benötigt eine Artikel-ID (eine Zahl)" in err, err[:400]


@case("es: an unknown command is named in a translated message")
def _():
    p = run("es", "frobnicate")
    err = text(p.stderr)
    assert p.returncode == 2 and "byline-cli: comando desconocido «frobnicate»" in err, err[:300]


@case("es: a folder given as the article: translated, names it, exit 1")
def _():
    folder = tempfile.mkdtemp(dir=TMP.name, prefix="carpeta-")
    # (analyze reads a folder's articles; export takes one article)
    p = run("es", "export", folder)
    err = text(p.stderr)
    assert p.returncode == 1, p.returncode
    assert err == "byline-cli: %s: es una carpeta, no un archivo de artículo\n" % folder, err


@case("de: a binary file: translated, names it, exit 1")
def _():
    path = os.path.join(TMP.name, "bild.txt")
    with open(path, "wb") as f:
        f.write(b"GIF89a\0\0\1")
    p = run("de", "analyze", path)
    err = text(p.stderr)
    assert p.returncode == 1, p.returncode
    assert path in err and "Binärdaten (ein NUL-Byte an Byte 6), kein Textartikel" in err, err


@case("de: a folder given as the library: translated, names it, exit 1")
def _():
    folder = tempfile.mkdtemp(dir=TMP.name)
    p = run("de", "--library", folder, "library", "list")
    err = text(p.stderr)
    assert p.returncode == 1, p.returncode
    assert "%s: ist keine Datei" % folder in err, err


@case("es: a missing file still names its path, exit 1")
def _():
    path = os.path.join(TMP.name, "no-existe", "articulo.txt")
    p = run("es", "analyze", path)
    err = text(p.stderr)
    assert p.returncode == 1 and path in err, err
    # The words of this message are GLib's ("Failed to open file …"), from
    # GLib's own catalog glib20.mo, not from byline's
    english = text(run(None, "analyze", path).stderr)
    if err == english:
        raise Skip("the path is named; GLib's Spanish catalog is not installed, so its words are English")


@case("es and de: plural forms (1 nota, 1 Notiz; 0 notas)")
def _():
    lib = library("plural.db")
    p = run("es", lib, "library", "add", SAMPLE)
    assert p.returncode == 0, text(p.stderr)
    article = text(p.stdout).split("\t")[0]
    assert text(p.stdout).rstrip().endswith("\tañadido"), text(p.stdout)
    p = run("es", lib, "library", "list")
    assert p.returncode == 0 and "\t0 notas\t" in text(p.stdout), text(p.stdout)
    p = run("es", lib, "notes", "add", article, "--passage", "Oslo", "--text", "¿Dónde?")
    assert p.returncode == 0, text(p.stderr)
    p = run("es", lib, "library", "list")
    assert "\t1 nota\t" in text(p.stdout), text(p.stdout)
    p = run("de", lib, "library", "list")
    assert "\t1 Notiz\t" in text(p.stdout), text(p.stdout)


@case("es: the analysis text is translated, the data is not")
def _():
    p = run("es", "analyze", SAMPLE)
    out = text(p.stdout)
    assert p.returncode == 0, text(p.stderr)
    assert "\nPersonas\n" in out and "\nCitas\n" in out and "\nSeñales\n" in out, out
    assert "Anna Berg" in out, out


@case("de: the analysis as JSON is not translated")
def _():
    p = run("de", "analyze", "--format", "json", SAMPLE)
    out = text(p.stdout)
    assert p.returncode == 0 and '"entities"' in out and '"PERSON"' in out, out[:300]
    assert "Personen" not in out, out[:300]


for lang in LANGS:
    @case("msgfmt --check: po/%s.po compiles (formats, header, mnemonics)" % lang)
    def _(lang=lang):
        if MSGFMT is None:
            raise Skip("msgfmt is not installed")
        p = subprocess.run([MSGFMT, "--check", "--check-accelerators=_", "--statistics",
                            "-o", os.devnull, os.path.join(PO_DIR, lang + ".po")],
                           capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
        print("# po/%s.po: %s" % (lang, p.stderr.strip()))


if __name__ == "__main__":
    if LOCALE is None:
        skip_all("no UTF-8 locale other than C is available (not even C.UTF-8)")
    if CATALOGS is None:
        skip_all("no compiled catalogs in %s/po and no msgfmt to compile po/*.po" % BUILD_ROOT)
    print("# locale %s; catalogs: %s" % (LOCALE, "; ".join("%s from %s" % kv for kv in CATALOGS.items())))
    sys.exit(run_cases())
