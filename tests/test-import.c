/* test-import.c: text, HTML and Markdown imports, format guessing, the
 * offset map
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "byline-analysis.h"
#include "byline-import.h"
#include "byline-import-private.h"
#include "test-util.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static BylineImport *
import_fixture (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture_path (name);
  BylineImport *imp = byline_import_file (path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (imp);
  return imp;
}

static BylineImport *
import_string (const char         *s,
               const char         *name,
               BylineImportFormat  format)
{
  g_autoptr (GError) error = NULL;
  BylineImport *imp = byline_import_data (s, strlen (s), name, format, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (imp);
  return imp;
}

static gboolean
text_has (const BylineImport *imp,
          const char         *needle)
{
  return strstr (imp->text->data, needle) != NULL;
}

/* The map holds for every character of @word in the text: each one points at
 * itself in the source, which must start with @expect there. */
static void
assert_maps_to (const BylineImport *imp,
                const char         *source,
                gsize               source_len,
                const char         *word,
                const char         *expect)
{
  const char *hit = strstr (imp->text->data, word);
  gsize offset;
  gsize src;

  if (hit == NULL)
    g_error ("“%s” is not in the imported text", word);
  offset = g_utf8_pointer_to_offset (imp->text->data, hit);
  src = byline_import_source_offset (imp, offset);
  g_assert_cmpuint (src, <, source_len);
  if (strncmp (source + src, expect, strlen (expect)) != 0)
    {
      g_autofree char *got = g_strndup (source + src, MIN (strlen (expect) + 8, source_len - src));

      g_error ("“%s” at %" G_GSIZE_FORMAT " maps to source byte %" G_GSIZE_FORMAT
               ", which starts with “%s”, not “%s”",
               word, offset, src, got, expect);
    }
}

static void
assert_fixture_maps (const BylineImport *imp,
                     const char         *fixture,
                     const char * const *pairs)
{
  g_autofree char *path = fixture_path (fixture);
  g_autofree char *source = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &source, &len, NULL));
  for (guint i = 0; pairs[i] != NULL; i += 2)
    assert_maps_to (imp, source, len, pairs[i], pairs[i + 1]);
}

static guint
count_paragraphs (const char *text)
{
  guint n = 1;

  /* not g_strsplit: ASan's strstr measures the rest of the text at each call */
  for (const char *p = text; *p != '\0'; p++)
    if (p[0] == '\n' && p[1] == '\n')
      n++;
  return n;
}

/* Text */

static void
test_text_identity (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("plain.txt");
  const BylineImportSpan *span;

  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_TEXT);
  g_assert_cmpstr (imp->text->data, ==,
                   "Plain text article about a bridge.\n\nA second paragraph.\n");
  g_assert_null (imp->title);
  g_assert_cmpuint (imp->map->len, ==, 1);
  span = &g_array_index (imp->map, BylineImportSpan, 0);
  g_assert_cmpuint (span->text_start, ==, 0);
  g_assert_cmpuint (span->source_start, ==, 0);
  g_assert_cmpuint (byline_import_source_offset (imp, 6), ==, 6);
}

static void
test_text_bom (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("bom.txt");
  const BylineImportSpan *span;

  g_assert_cmpstr (imp->text->data, ==, "Headline with a BOM\n\nBody text.\n");
  g_assert_cmpuint (imp->map->len, ==, 1);
  span = &g_array_index (imp->map, BylineImportSpan, 0);
  g_assert_cmpuint (span->text_start, ==, 0);
  g_assert_cmpuint (span->source_start, ==, 3);
  g_assert_cmpuint (byline_import_source_offset (imp, 0), ==, 3);
  /* "Body" after the BOM and "Headline with a BOM\n\n" */
  g_assert_cmpuint (byline_import_source_offset (imp, 21), ==, 24);
}

static void
test_text_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) text_error = NULL;
  g_autoptr (BylineImport) imp = NULL;
  g_autoptr (BylineText) t = NULL;

  imp = byline_import_data ("caf\xE9", 4, "latin1.txt", BYLINE_IMPORT_FORMAT_TEXT, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_NOT_UTF8);
  /* the same message as byline-text gives, naming the file */
  t = byline_text_new_from_data ("caf\xE9", 4, "latin1.txt", FALSE, &text_error);
  g_assert_null (t);
  g_assert_cmpstr (error->message, ==, text_error->message);
  g_assert_true (g_str_has_prefix (error->message, "latin1.txt: "));
  g_clear_error (&error);

  imp = byline_import_data ("a\0b", 3, "nul.txt", BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_BINARY);
  g_assert_true (g_str_has_prefix (error->message, "nul.txt: "));
}

static void
test_text_repair (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = NULL;

  imp = byline_import_data ("\xEF\xBB\xBF" "caf\xE9 bar \xFF" "end", 16, "bad.txt",
                            BYLINE_IMPORT_FORMAT_TEXT, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (imp->text->data, ==, "caf\xEF\xBF\xBD bar \xEF\xBF\xBD" "end");
  /* each character still points at itself */
  g_assert_cmpuint (byline_import_source_offset (imp, 0), ==, 3);
  g_assert_cmpuint (byline_import_source_offset (imp, 3), ==, 6);
  g_assert_cmpuint (byline_import_source_offset (imp, 5), ==, 8);
  g_assert_cmpuint (byline_import_source_offset (imp, 9), ==, 12);
  g_assert_cmpuint (byline_import_source_offset (imp, 10), ==, 13);
}

/* Formats */

static void
test_guess_extension (void)
{
  static const struct
  {
    const char         *path;
    BylineImportFormat  format;
  } cases[] = {
    { "a.html", BYLINE_IMPORT_FORMAT_HTML },
    { "dir/a.HTM", BYLINE_IMPORT_FORMAT_HTML },
    { "a.xhtml", BYLINE_IMPORT_FORMAT_HTML },
    { "a.md", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "a.markdown", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "a.mdown", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "/x/y.mkd", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "a.txt", BYLINE_IMPORT_FORMAT_TEXT },
    { "a.csv", BYLINE_IMPORT_FORMAT_TEXT },
    { "dir.html/notes.txt", BYLINE_IMPORT_FORMAT_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* the extension wins over what the data looks like */
      g_assert_cmpint (byline_import_guess_format (cases[i].path, "<html>", 6), ==,
                       cases[i].format);
      g_assert_cmpint (byline_import_guess_format (cases[i].path, "plain", 5), ==,
                       cases[i].format);
    }
}

static void
test_guess_sniff (void)
{
  static const char *html[] = {
    "<!DOCTYPE html><p>x</p>",
    "<!doctype HTML>",
    "\xEF\xBB\xBF  \n<html lang=\"en\">",
    "<HTML>",
  };
  static const char *text[] = {
    "Headline\n\nBody.",
    "# A Markdown heading\n\nis never sniffed.",
    "<p>a fragment</p>",
    "<htmlish>",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (html); i++)
    {
      g_assert_cmpint (byline_import_guess_format ("-", html[i], strlen (html[i])), ==,
                       BYLINE_IMPORT_FORMAT_HTML);
      g_assert_cmpint (byline_import_guess_format (NULL, html[i], strlen (html[i])), ==,
                       BYLINE_IMPORT_FORMAT_HTML);
      g_assert_cmpint (byline_import_guess_format ("README", html[i], strlen (html[i])), ==,
                       BYLINE_IMPORT_FORMAT_HTML);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    g_assert_cmpint (byline_import_guess_format ("-", text[i], strlen (text[i])), ==,
                     BYLINE_IMPORT_FORMAT_TEXT);
  g_assert_cmpint (byline_import_guess_format (NULL, NULL, 0), ==, BYLINE_IMPORT_FORMAT_TEXT);
}

static void
test_guess_html_named_txt (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("accept-html-as-text.txt");

  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_TEXT);
  g_assert_true (g_str_has_prefix (imp->text->data, "<!DOCTYPE html>\n<html><body><p>"));
}

static void
test_format_names (void)
{
  static const struct
  {
    const char         *name;
    BylineImportFormat  format;
  } cases[] = {
    { "auto", BYLINE_IMPORT_FORMAT_AUTO },
    { "text", BYLINE_IMPORT_FORMAT_TEXT },
    { "txt", BYLINE_IMPORT_FORMAT_TEXT },
    { "plain", BYLINE_IMPORT_FORMAT_TEXT },
    { "html", BYLINE_IMPORT_FORMAT_HTML },
    { "HTML", BYLINE_IMPORT_FORMAT_HTML },
    { "markdown", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "md", BYLINE_IMPORT_FORMAT_MARKDOWN },
  };
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (byline_import_format_from_name (cases[i].name, &error), ==, cases[i].format);
      g_assert_no_error (error);
    }
  byline_import_format_from_name ("docx", &error);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "docx"));

  g_assert_cmpstr (byline_import_format_to_string (BYLINE_IMPORT_FORMAT_AUTO), ==, "auto");
  g_assert_cmpstr (byline_import_format_to_string (BYLINE_IMPORT_FORMAT_TEXT), ==, "text");
  g_assert_cmpstr (byline_import_format_to_string (BYLINE_IMPORT_FORMAT_HTML), ==, "html");
  g_assert_cmpstr (byline_import_format_to_string (BYLINE_IMPORT_FORMAT_MARKDOWN), ==,
                   "markdown");
}

/* Files */

static void
test_file_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fixtures", "import", NULL);
  g_autofree char *missing = fixture_path ("no-such-article.html");
  g_autoptr (BylineImport) imp = NULL;

  imp = byline_import_file (dir, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  imp = byline_import_file (missing, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-article.html"));
}

/* Runs byline_import_file ("-") with @data on standard input */
static BylineImport *
import_stdin (const char  *data,
              GError     **error)
{
  int fds[2];
  int saved = dup (0);
  BylineImport *imp;

  g_assert_cmpint (saved, >=, 0);
  g_assert_cmpint (pipe (fds), ==, 0);
  g_assert_cmpint (write (fds[1], data, strlen (data)), ==, (gssize) strlen (data));
  close (fds[1]);
  g_assert_cmpint (dup2 (fds[0], 0), ==, 0);
  close (fds[0]);
  imp = byline_import_file ("-", BYLINE_IMPORT_FORMAT_AUTO, FALSE, error);
  g_assert_cmpint (dup2 (saved, 0), ==, 0);
  close (saved);
  return imp;
}

static void
test_file_stdin (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = NULL;

  imp = import_stdin ("<!DOCTYPE html><title>From a Pipe</title><p>Piped body text.</p>", &error);
  g_assert_no_error (error);
  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==, "From a Pipe\n\nPiped body text.");
  g_clear_pointer (&imp, byline_import_free);

  imp = import_stdin ("caf\xE9", &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_NOT_UTF8);
  g_assert_true (g_str_has_prefix (error->message, "standard input: "));
  g_clear_error (&error);

  imp = import_stdin ("<html><body><script>x()</script></body></html>", &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "standard input: "));
}

/* HTML */

static void
test_html_layout (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.html");

  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==,
                   "Norway and Chile Agree to Share Fisheries Data\n"
                   "\n"
                   "By Anna Berg\n"
                   "March 3, 2026\n"
                   "\n"
                   "OSLO \xE2\x80\x94 Norway\xE2\x80\x99s foreign minister met her Chilean "
                   "counterpart in Oslo on Monday for talks on fisheries, shipping & climate "
                   "research, officials said.\n"
                   "\n"
                   "The two ministers agreed to share catch data from the South Pacific and will "
                   "meet again in Santiago next month.\n"
                   "\n"
                   "\xE2\x80\x9CWe agreed on a great deal,\xE2\x80\x9D Berg told reporters.\n"
                   "\n"
                   "What comes next\n"
                   "\n"
                   "A joint working group on catch quotas.\n"
                   "\n"
                   "Shared research cruises from 2027.\n"
                   "\n"
                   "The harbour in Oslo.\n"
                   "\n"
                   "Officials said the deal covers about 10\xC2\xA0" "000 tonnes of catch a year.");
  g_assert_cmpstr (imp->title, ==, "Norway and Chile Agree to Share Fisheries Data");
  g_assert_cmpstr (imp->author, ==, "Anna Berg");
  g_assert_cmpstr (imp->published, ==, "2026-03-03");
  g_assert_cmpstr (imp->url, ==, "https://example.org/news/fisheries-data");
}

static void
test_html_title_og (void)
{
  g_autoptr (BylineImport) imp = NULL;

  /* og:title beats the h1 and <title>; an h1 that repeats it is not repeated */
  imp = import_string ("<html><head><title>Site | Page</title>"
                       "<meta property=\"og:title\" content=\"The Open Graph Title\"></head>"
                       "<body><h1>The Open Graph Title</h1><p>Body text here.</p></body></html>",
                       "og.html", BYLINE_IMPORT_FORMAT_AUTO);
  g_assert_cmpstr (imp->title, ==, "The Open Graph Title");
  g_assert_cmpstr (imp->text->data, ==, "The Open Graph Title\n\nBody text here.");
  g_clear_pointer (&imp, byline_import_free);

  /* an h1 that says something else stays in the body */
  imp = import_string ("<html><head><meta property=\"og:title\" content=\"Short Title | Site\">"
                       "</head><body><h1>A Different Headline</h1><p>Body.</p></body></html>",
                       "og2.html", BYLINE_IMPORT_FORMAT_AUTO);
  g_assert_cmpstr (imp->title, ==, "Short Title | Site");
  g_assert_cmpstr (imp->text->data, ==, "Short Title | Site\n\nA Different Headline\n\nBody.");
  g_clear_pointer (&imp, byline_import_free);

  /* "Headline | Site" is the h1 "Headline" with the site's name */
  imp = import_string ("<html><head><meta property=\"og:title\" content=\"Headline | Site\">"
                       "</head><body><h1>Headline</h1><p>Body.</p></body></html>",
                       "og3.html", BYLINE_IMPORT_FORMAT_AUTO);
  g_assert_cmpstr (imp->text->data, ==, "Headline | Site\n\nBody.");
}

static void
test_html_title_h1 (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("byline.html");

  /* the article's h1, not the site's logo h1 nor <title> */
  g_assert_cmpstr (imp->title, ==, "Lighthouse Keepers Return to Storm Island");
  g_assert_true (g_str_has_prefix (imp->text->data,
                                   "Lighthouse Keepers Return to Storm Island\n\n"));
  g_assert_false (text_has (imp, "Coastal Ledger"));
  /* the h1 is the title, not also a paragraph */
  g_assert_null (strstr (imp->text->data + 1, "Lighthouse Keepers Return"));
}

static void
test_html_title_element (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("title-element.html");

  g_assert_cmpstr (imp->title, ==, "Council Approves New Bridge");
  g_assert_cmpstr (imp->text->data, ==,
                   "Council Approves New Bridge\n\n"
                   "The town council approved plans for a new footbridge across the river on "
                   "Wednesday evening.");
}

static void
test_html_published_meta (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_fixture ("article.html");
  g_assert_cmpstr (imp->published, ==, "2026-03-03");
  g_assert_true (text_has (imp, "\nMarch 3, 2026\n\n"));
  g_clear_pointer (&imp, byline_import_free);

  imp = import_string ("<html><head><meta name=\"DC.date\" content=\"2019-07-04\"></head>"
                       "<body><p>Text.</p></body></html>", "dc.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->published, ==, "2019-07-04");
  g_assert_cmpstr (imp->text->data, ==, "July 4, 2019\n\nText.");
  g_clear_pointer (&imp, byline_import_free);

  imp = import_string ("<html><head><meta name=\"pubdate\" content=\"not a date\"></head>"
                       "<body><p>Text.</p></body></html>", "bad.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_null (imp->published);
  g_assert_cmpstr (imp->text->data, ==, "Text.");
}

static void
test_html_published_time (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("byline.html");

  g_assert_cmpstr (imp->published, ==, "2025-11-28");
  g_assert_true (text_has (imp, "By Mira Holm\nNovember 28, 2025\n\n"));
}

static void
test_html_author_meta (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_fixture ("article.html");
  g_assert_cmpstr (imp->author, ==, "Anna Berg");
  g_clear_pointer (&imp, byline_import_free);

  /* article:author when it is a name; a URL is no author */
  imp = import_string ("<html><head><meta property=\"article:author\" content=\"Per Lund\">"
                       "</head><body><p>Text.</p></body></html>", "a.html",
                       BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->author, ==, "Per Lund");
  g_assert_cmpstr (imp->text->data, ==, "By Per Lund\n\nText.");
  g_clear_pointer (&imp, byline_import_free);

  imp = import_string ("<html><head><meta property=\"article:author\" "
                       "content=\"https://example.org/per\"></head>"
                       "<body><p>Text.</p></body></html>",
                       "a.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_null (imp->author);
  g_assert_cmpstr (imp->text->data, ==, "Text.");
}

static void
test_html_author_byline (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_fixture ("byline.html");
  g_assert_cmpstr (imp->author, ==, "Mira Holm");
  /* the byline is the header's, not also a paragraph */
  g_assert_null (strstr (strstr (imp->text->data, "By Mira Holm") + 12, "Mira Holm"));
  g_clear_pointer (&imp, byline_import_free);

  /* rel=author inside a sentence: the sentence keeps its words */
  imp = import_string ("<html><body><p>Story by <a rel=\"author\" href=\"/k\">Karen Dahl</a> and "
                       "staff.</p></body></html>", "rel.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->author, ==, "Karen Dahl");
  g_assert_cmpstr (imp->text->data, ==, "By Karen Dahl\n\nStory by Karen Dahl and staff.");
  g_clear_pointer (&imp, byline_import_free);

  /* a byline that also holds the date: the date is not the author's name,
   * and the byline block is the header's */
  imp = import_string ("<html><body><article><div class=\"byline\">By <a rel=\"author\">Ola "
                       "Nordmann</a> on March 3</div><p>Body text.</p></article></body></html>",
                       "both.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->author, ==, "Ola Nordmann");
  g_assert_cmpstr (imp->text->data, ==, "By Ola Nordmann\n\nBody text.");
}

static void
test_html_dropped (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.html");
  static const char *absent[] = {
    "script text", "late script", "font-family", "styled-secret", "Navigation World", "Home",
    "Site header slogan", "comment that must", "Sidebar teaser", "Related", "Footer copyright",
    "hidden paragraph", "aria-hidden block", "Tuesday",
  };

  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    if (text_has (imp, absent[i]))
      g_error ("“%s” should have been dropped", absent[i]);
  g_assert_false (text_has (imp, "<"));
  g_assert_false (text_has (imp, "&"  "amp;"));
}

static void
test_html_entities (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_string ("<html><body><p>Fish &amp; chips, caf&eacute; owner&#8217;s 10&nbsp;km "
                       "&lt;b&gt; &#x41;&#66; &copy;</p></body></html>", "e.html",
                       BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==,
                   "Fish & chips, caf\xC3\xA9 owner\xE2\x80\x99s 10\xC2\xA0km <b> AB \xC2\xA9");
}

static void
test_html_br (void)
{
  g_autoptr (BylineImport) imp = NULL;

  /* <br> is a newline; two in a row end the paragraph */
  imp = import_string ("<html><body><p>line one<br>line two<br/>\n<br>next paragraph</p>"
                       "<p>a\n   b\t\tc</p></body></html>", "br.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==, "line one\nline two\n\nnext paragraph\n\na b c");
}

static void
test_html_malformed (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("malformed.html");

  g_assert_cmpstr (imp->text->data, ==,
                   "First paragraph is never closed\n\n"
                   "Second paragraph follows a stray end tag.\n\n"
                   "Third paragraph has bold crossed tags in it.\n\n"
                   "Fourth paragraph ends before an unclosed comment.");
  g_assert_false (text_has (imp, "Lost paragraph"));
}

static void
test_html_article_preferred (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("sidebars.html");

  g_assert_cmpstr (imp->title, ==, "Rail Strike Ends After Three Days");
  g_assert_true (text_has (imp, "Train drivers returned to work"));
  g_assert_false (text_has (imp, "teaser"));
  g_assert_false (text_has (imp, "Reader comment"));
  g_assert_cmpuint (count_paragraphs (imp->text->data), ==, 3);
}

static void
test_html_no_text (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture_path ("no-text.html");
  g_autoptr (BylineImport) imp = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: no article text found in this HTML", path);

  imp = byline_import_file (path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  imp = byline_import_data ("", 0, "empty.html", BYLINE_IMPORT_FORMAT_HTML, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "empty.html: "));
}

static void
test_html_windows_1252 (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("windows-1252.html");

  g_assert_true (g_utf8_validate (imp->text->data, imp->text->len, NULL));
  g_assert_cmpstr (imp->title, ==, "Caf\xC3\xA9 Owners Fear \xE2\x80\x9CWinter Slump\xE2\x80\x9D");
  g_assert_cmpstr (imp->text->data, ==,
                   "Caf\xC3\xA9 Owners Fear \xE2\x80\x9CWinter Slump\xE2\x80\x9D\n\n"
                   "Owners of the na\xC3\xAFve little caf\xC3\xA9s on the quay say the "
                   "\xE2\x80\x9Cwinter slump\xE2\x80\x9D has started early \xE2\x80\x94 and it "
                   "costs them \xE2\x82\xAC" "200 a day.");
  {
    static const char *const pairs[] = {
      "Owners of", "Owners of",
      "little", "little",
      "winter slump", "winter slump",
      "\xE2\x82\xAC" "200", "\x80" "200",   /* € is one byte there */
      "200 a day", "200 a day",
      NULL,
    };
    assert_fixture_maps (imp, "windows-1252.html", pairs);
  }
}

static void
test_html_invalid_bytes (void)
{
  g_autoptr (BylineImport) imp = NULL;

  /* no charset: UTF-8, a bad byte replaced, and what follows still UTF-8 */
  imp = import_string ("<html><body><p>caf\xC3\xA9 bad \xE9 byte caf\xC3\xA9</p></body></html>",
                       "bad.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==,
                   "caf\xC3\xA9 bad \xEF\xBF\xBD byte caf\xC3\xA9");
  g_clear_pointer (&imp, byline_import_free);

  /* the same when the document says it is UTF-8 */
  imp = import_string ("<html><head><meta charset=\"UTF-8\"></head><body><p>caf\xC3\xA9 bad \xE9 "
                       "byte caf\xC3\xA9</p></body></html>", "bad.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==,
                   "caf\xC3\xA9 bad \xEF\xBF\xBD byte caf\xC3\xA9");
  g_clear_pointer (&imp, byline_import_free);

  /* NUL and control characters never reach the text */
  {
    g_autoptr (GError) error = NULL;
    static const char data[] = "<html><body><p>a\0b\x01" "c</p></body></html>";

    imp = byline_import_data (data, sizeof data - 1, "nul.html", BYLINE_IMPORT_FORMAT_HTML,
                              FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (imp->text->data, ==, "a bc");
  }
}

/* libxml2 reports nothing on stderr, whatever the input */
static void
test_html_silent (void)
{
  if (g_test_subprocess ())
    {
      static const char *const inputs[] = {
        "<html><body><p>unclosed <b>bold <i>x</b></div></span><!-- open",
        "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>a\xE9</p>",
        "<!DOCTYPE html><html><body><p a=\"unterminated>text</p><p>&bogus; &#xZZ; <3 </>",
        "<html><body><p>\xFF\xFE\x00\x01 bytes</p></body></html>",
      };

      for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (BylineImport) imp = NULL;

          imp = byline_import_data (inputs[i], strlen (inputs[i]), "x.html",
                                    BYLINE_IMPORT_FORMAT_HTML, FALSE, &error);

          g_assert_true (imp != NULL || error != NULL);
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
test_html_map (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.html");
  static const char *const pairs[] = {
    /* header lines point at where their values came from */
    "Norway and Chile Agree", "Norway and Chile Agree to Share Fisheries Data\">",
    "Anna Berg", "Anna Berg\">",
    "March 3, 2026", "2026-03-03T09:30",
    /* the body at itself, across entities and collapsed white space */
    "OSLO", "OSLO &mdash;",
    "\xE2\x80\x94 Norway", "&mdash; Norway",
    "\xE2\x80\x99s foreign", "&#8217;s foreign",
    "s foreign minister", "s foreign minister",
    "on Monday", "on Monday",
    "& climate", "&amp; climate",
    "climate research", "climate research",
    "Santiago", "Santiago",
    "\xE2\x80\x9CWe agreed", "&ldquo;We agreed",
    "We agreed", "We agreed",
    "Berg told", "Berg told",
    "What comes next", "What comes next",
    "Shared research", "Shared research",
    "The harbour in Oslo", "The harbour in Oslo",
    "\xC2\xA0" "000 tonnes", "&nbsp;000 tonnes",
    "000 tonnes", "000 tonnes",
    NULL,
  };

  assert_fixture_maps (imp, "article.html", pairs);

  /* every span is in order, and every position is inside the source */
  for (guint i = 1; i < imp->map->len; i++)
    g_assert_cmpuint (g_array_index (imp->map, BylineImportSpan, i - 1).text_start, <,
                      g_array_index (imp->map, BylineImportSpan, i).text_start);
  g_assert_cmpuint (g_array_index (imp->map, BylineImportSpan, 0).text_start, ==, 0);
}

static void
test_html_map_malformed (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("malformed.html");
  static const char *const pairs[] = {
    "First paragraph", "First paragraph",
    "Second paragraph", "Second paragraph",
    "crossed", "crossed",
    " tags in", " tags</i>",
    "in it.", "in it.",
    "Fourth", "Fourth",
    NULL,
  };

  assert_fixture_maps (imp, "malformed.html", pairs);
}

static void
test_html_analysis (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.html");
  g_autoptr (BylineAnalysis) analysis = byline_analysis_new (imp->text);
  const BylineDocument *doc = analysis->document;
  g_autofree char *title = NULL;
  g_autofree char *dateline = NULL;
  g_autofree char *byline = NULL;

  g_assert_cmpuint (doc->title.end, >, doc->title.start);
  title = g_strndup (doc->text->data + doc->title.start, doc->title.end - doc->title.start);
  g_assert_cmpstr (title, ==, imp->title);

  g_assert_cmpuint (doc->dateline.end, >, doc->dateline.start);
  dateline = g_strndup (doc->text->data + doc->dateline.start,
                        doc->dateline.end - doc->dateline.start);
  g_assert_cmpstr (dateline, ==, "March 3, 2026");
  g_assert_cmpint (doc->date.year, ==, 2026);
  g_assert_cmpint (doc->date.month, ==, 3);
  g_assert_cmpint (doc->date.day, ==, 3);

  g_assert_cmpuint (doc->byline.end, >, doc->byline.start);
  byline = g_strndup (doc->text->data + doc->byline.start, doc->byline.end - doc->byline.start);
  g_assert_cmpstr (byline, ==, "By Anna Berg");
}

static void
test_html_big (void)
{
  const guint n = 40000;
  g_autoptr (GString) html = g_string_new ("<!DOCTYPE html>\n<html><head><title>Big</title></head>"
                                           "<body><article><h1>A Very Long Article</h1>\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = NULL;
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (html,
                            "<p>Paragraph %u has <b>some</b> words &amp; an entity, and more "
                            "words after it so that it is about a hundred and thirty bytes.</p>\n",
                            i);
  g_string_append (html, "</article></body></html>\n");
  g_assert_cmpuint (html->len, >, 5000000);

  start = g_get_monotonic_time ();
  imp = byline_import_data (html->str, html->len, "big.html", BYLINE_IMPORT_FORMAT_AUTO, FALSE,
                            &error);
  g_assert_no_error (error);
  g_test_message ("%" G_GSIZE_FORMAT " bytes of HTML in %.2f s", html->len,
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpstr (imp->title, ==, "A Very Long Article");
  /* the title and every paragraph */
  g_assert_cmpuint (count_paragraphs (imp->text->data), ==, n + 1);
  {
    const char *last = strstr (imp->text->data, "Paragraph 39999 has");
    gsize src;

    g_assert_nonnull (last);
    src = byline_import_source_offset (imp, g_utf8_pointer_to_offset (imp->text->data, last));
    g_assert_cmpint (strncmp (html->str + src, "Paragraph 39999 has", 19), ==, 0);
  }
}

static void
test_html_deep_nesting (void)
{
  g_autoptr (GString) html = g_string_new ("<html><body><p>Before the nest.</p>");
  g_autoptr (BylineImport) imp = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "deep");
  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "</body></html>");
  start = g_get_monotonic_time ();
  imp = import_string (html->str, "deep.html", BYLINE_IMPORT_FORMAT_HTML);
  g_test_message ("100 000 nested divs in %.1f ms", (g_get_monotonic_time () - start) / 1e3);
  g_assert_true (g_str_has_prefix (imp->text->data, "Before the nest."));
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 2000);
}


/* Reader mode: which part of a page is the article. Each page is written
 * for the rule it tests; the paragraphs are long enough to score, and where
 * a rule cleans inside the article, the article is long enough (500
 * characters) that the finder does not try again without the rule. */

#define PARA_A "<p>The council voted on Tuesday to rebuild the old harbour wall, which winter " \
               "storms have broken twice since the spring, and work will start in May.</p>"
#define PARA_B "<p>Engineers said the new wall would stand two metres higher, and that its " \
               "cost, about four million, would be shared by the town and the region.</p>"
#define PARA_C "<p>Fishermen, who have moored their boats in the next bay all summer, " \
               "welcomed the decision but asked the council for a quicker timetable.</p>"
#define STORY PARA_A PARA_B PARA_C

typedef struct
{
  const char *rule;
  const char *html;
  const char *keeps[3];
  const char *drops[3];
} FinderCase;

static void
test_reader_finder (void)
{
  static const FinderCase cases[] = {
    { "class and id hints: menus, sidebars and comments around the story",
      "<html><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/w\">World</a></div>"
      "<div id=\"story-body\">" STORY "</div>"
      "<div class=\"sidebar\"><p>Most read today: a list of other stories that many readers "
      "liked this week, with a long line of words.</p></div>"
      "<div class=\"comments\"><p>What a fine plan, wrote a reader, who leaves a long comment "
      "under every single story on this site.</p></div></body></html>",
      { "harbour wall", "Fishermen", "two metres" },
      { "Most read", "fine plan", "World" } },
    { "link density: a block of long links is not the article",
      "<html><body><div>" STORY "</div><div><p><a href=\"/1\">Snow closes the mountain pass "
      "for a third day as the ploughs wait for the wind to drop</a> <a href=\"/2\">The "
      "library opens late on Thursdays, from next month on, for students</a></p></div>"
      "</body></html>",
      { "harbour wall", "Fishermen" },
      { "mountain pass", "library opens" } },
    { "<article> wins over a block of teasers outside it",
      "<html><body><div class=\"teasers\"><p><a href=\"/b\">A teaser for another story, about "
      "the price of bread, with a few words more, and commas, and more.</a></p><p><a "
      "href=\"/t\">A second teaser, about the night trains, with a few words more, and commas, "
      "and more.</a></p></div>"
      "<article>" PARA_A PARA_B "</article></body></html>",
      { "harbour wall", "two metres" },
      { "price of bread", "night trains" } },
    { "itemprop=articleBody marks the body",
      "<html><body><div class=\"box\"><p>Weather for the week: rain on Monday, sun on "
      "Tuesday, and wind, they say, on Wednesday.</p></div>"
      "<div itemprop=\"articleBody\">" STORY STORY "</div></body></html>",
      { "harbour wall", "Fishermen" },
      { "Weather for the week" } },
    { "a share bar and a newsletter box inside the story are dropped",
      "<html><body><div class=\"article-content\">" PARA_A
      "<div class=\"share-tools\"><a href=\"#f\">Share on a network</a> <a href=\"#m\">Email "
      "this page</a></div>" PARA_B
      "<div class=\"newsletter-signup-box\"><p>Get our morning briefing in your inbox: sign "
      "up here, it is free, and you can leave at any time.</p></div>" PARA_C STORY
      "</div></body></html>",
      { "harbour wall", "two metres", "Fishermen" },
      { "Share on", "morning briefing", "Email this" } },
    { "a story split in two by an advert keeps both halves",
      "<html><body><div id=\"wrap\"><div class=\"story-text\">" PARA_A PARA_B "</div>"
      "<div class=\"advert\"><a href=\"/buy\">Buy shoes</a></div>"
      "<div class=\"story-text\">" PARA_C "</div></div></body></html>",
      { "harbour wall", "two metres", "Fishermen" },
      { "Buy shoes" } },
    { "a data table inside the story stays",
      "<html><body><div class=\"entry\">" PARA_A
      "<table><tr><th>Year</th><th>Storms</th></tr><tr><td>2024</td><td>three</td></tr>"
      "<tr><td>2025</td><td>five</td></tr></table>" PARA_B "</div></body></html>",
      { "harbour wall", "Storms", "five" },
      { NULL } },
    { "navigation, asides and elements hidden by style or role are dropped",
      "<html><body><div role=\"navigation\"><p>Sections of the site: news, sport, culture, "
      "weather, and more sections here.</p></div>"
      "<div class=\"content\">" PARA_A "<p style=\"visibility: hidden\">A hidden line that "
      "a reader never sees on the page at all.</p>" PARA_B "</div>"
      "<div role=\"complementary\"><p>Related: other stories about walls, and harbours, "
      "and the sea, and more.</p></div></body></html>",
      { "harbour wall", "two metres" },
      { "Sections of", "hidden line", "Related:" } },
    { "a short story keeps its cleaning: the finder tries again only to find the article",
      "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"story-body\">"
      PARA_A "<div class=\"newsletter-promo\"><p>Get the morning briefing: sign up for our free "
      "letter, every day.</p></div>" PARA_B "</div></body></html>",
      { "harbour wall", "two metres" },
      { "morning briefing", "Home" } },
    { "an advert's box inside the story is dropped",
      "<html><body><div class=\"story\">" PARA_A "<div class=\"ad-slot top\"><p>Sponsored: a "
      "week in the sun for the whole family, book today and save a little.</p></div>" PARA_B
      STORY "</div></body></html>",
      { "harbour wall", "two metres" },
      { "Sponsored", "week in the sun" } },
    { "text for screen readers only is not the article's",
      "<html><body><div class=\"story\">" PARA_A "<a class=\"sr-only skip\" href=\"#more\">Go on "
      "to the rest of this piece</a>" PARA_B "<span class=\"visually-hidden\">Share this "
      "page</span>" PARA_C STORY "</div></body></html>",
      { "harbour wall", "two metres", "Fishermen" },
      { "Go on to", "Share this" } },
    { "headings, lists and quotes in the story are paragraphs",
      "<html><body><div class=\"post\">" PARA_A "<h2>What happens next</h2>"
      "<blockquote><p>We have waited long enough for this wall, said the harbour master, "
      "who has worked here for thirty years.</p></blockquote>"
      "<ul><li>Work starts in May</li><li>The wall is finished next year</li></ul>" PARA_B
      "</div></body></html>",
      { "\n\nWhat happens next\n\n", "said the harbour master", "\n\nWork starts in May\n\n" },
      { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const FinderCase *c = &cases[i];
      g_autoptr (BylineImport) imp = import_string (c->html, "case.html",
                                                    BYLINE_IMPORT_FORMAT_HTML);

      g_test_message ("%s", c->rule);
      for (guint k = 0; k < G_N_ELEMENTS (c->keeps) && c->keeps[k] != NULL; k++)
        if (!text_has (imp, c->keeps[k]))
          g_error ("%s: “%s” is missing from:\n%s", c->rule, c->keeps[k], imp->text->data);
      for (guint k = 0; k < G_N_ELEMENTS (c->drops) && c->drops[k] != NULL; k++)
        if (text_has (imp, c->drops[k]))
          g_error ("%s: “%s” was kept in:\n%s", c->rule, c->drops[k], imp->text->data);
      g_assert_false (imp->whole_page);
    }
}

/* The page's heading that repeats the headline is not a paragraph too */
static void
test_reader_heading_once (void)
{
  g_autoptr (BylineImport) imp = NULL;
  const char *first;

  imp = import_string ("<html><head><meta property=\"og:title\" content=\"Harbour wall to be "
                       "rebuilt after the storms\"></head><body><div class=\"article-text\"><h1>"
                       "Harbour wall to be rebuilt after storms</h1>" STORY STORY
                       "</div></body></html>", "h1.html", BYLINE_IMPORT_FORMAT_HTML);
  first = strstr (imp->text->data, "Harbour wall");
  g_assert_true (first == imp->text->data);
  g_assert_null (strstr (first + 1, "Harbour wall"));
  g_assert_true (text_has (imp, "The council voted"));
}

/* No clear article: all the visible text, never a refusal */
static void
test_reader_whole_page (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_string ("<html><body><div>Open today.</div><div>Closed on Sunday.</div>"
                       "<span>Call us.</span><script>var x = 1;</script></body></html>",
                       "short.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_true (imp->whole_page);
  g_assert_cmpstr (imp->text->data, ==, "Open today.\n\nClosed on Sunday.\n\nCall us.");
}

/* The offsets still point into the source inside what the finder kept */
static void
test_reader_map (void)
{
  const char *html = "<html><head><title>Harbour wall to be rebuilt soon | The Coast Post"
                     "</title><meta name=\"author\" content=\"Mira Holm\"></head><body><nav><a "
                     "href=\"/\">Home</a></nav><div class=\"story\">" STORY
                     "</div><footer>Contact</footer></body></html>";
  g_autoptr (BylineImport) imp = import_string (html, "map.html", BYLINE_IMPORT_FORMAT_HTML);

  g_assert_cmpstr (imp->title, ==, "Harbour wall to be rebuilt soon");
  assert_maps_to (imp, html, strlen (html), "Harbour wall to be", "Harbour wall to be rebuilt soon |");
  assert_maps_to (imp, html, strlen (html), "Mira Holm", "Mira Holm\"");

  assert_maps_to (imp, html, strlen (html), "The council voted", "The council voted");
  assert_maps_to (imp, html, strlen (html), "Fishermen, who", "Fishermen, who");
  assert_maps_to (imp, html, strlen (html), "quicker timetable.", "quicker timetable.");
}

typedef struct
{
  const char *rule;
  const char *head;
  const char *body;
  const char *title;
  const char *author;
  const char *published;
} MetaCase;

static void
test_reader_metadata (void)
{
  static const MetaCase cases[] = {
    { "JSON-LD NewsArticle: headline, authors, date",
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
      "\"NewsArticle\", \"headline\": \"Ferry fares rise in the spring\", \"author\": "
      "[{\"@type\": \"Person\", \"name\": \"Mira Holm\"}, {\"@type\": \"Person\", \"name\": "
      "\"Karen Dahl\"}], \"datePublished\": \"2026-03-03T08:00:00Z\"}</script>"
      "<title>Ferries - The Coast Post</title>",
      "<h1>Ferry fares rise</h1>",
      "Ferry fares rise in the spring", "Mira Holm, Karen Dahl", "2026-03-03" },
    { "HTML entities in JSON-LD are decoded",
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
      "\"BlogPosting\", \"headline\": \"Q&amp;A: the mayor&#8217;s plan\", \"author\": "
      "\"Ann &amp; Bo Berg\"}</script>",
      "", "Q&A: the mayor\xE2\x80\x99s plan", "Ann & Bo Berg", NULL },
    { "JSON-LD in a @graph, beside other things",
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": "
      "[{\"@type\": \"WebSite\", \"name\": \"The Coast Post\"}, {\"@type\": \"Article\", "
      "\"headline\": \"Bridge opens to cyclists\", \"author\": {\"name\": \"Ola Nordmann\"}}]}"
      "</script>",
      "", "Bridge opens to cyclists", "Ola Nordmann", NULL },
    { "a JSON-LD name that is the publisher's is not the headline",
      "<script type=\"application/ld+json\">{\"@context\": \"http://schema.org\", \"@type\": "
      "\"NewsArticle\", \"name\": \"The Coast Post\", \"headline\": \"School roofs to be "
      "mended\", \"publisher\": {\"name\": \"The Coast Post\"}}</script>",
      "", "School roofs to be mended", NULL, NULL },
    { "JSON-LD that is no article, or no JSON, is passed over",
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
      "\"Organization\", \"name\": \"The Coast Post\"}</script>"
      "<script type=\"application/ld+json\">{not json</script>"
      "<meta property=\"og:title\" content=\"Library hours change\">",
      "", "Library hours change", NULL, NULL },
    { "Dublin Core before OpenGraph; og:article:author is article:author",
      "<meta property=\"og:title\" content=\"Open Graph headline\">"
      "<meta name=\"DC.title\" content=\"Dublin Core headline\">"
      "<meta property=\"og:article:author\" content=\"Anna Berg\">",
      "", "Dublin Core headline", "Anna Berg", NULL },
    { "an article:author that is a URL is no name",
      "<meta property=\"article:author\" content=\"https://example.org/staff/anna\">"
      "<meta property=\"article:published_time\" content=\"2025-11-30\">"
      "<title>Winter timetable for the buses</title>",
      "", "Winter timetable for the buses", NULL, "2025-11-30" },
    { "a headline ending with the site's name loses it",
      "<meta property=\"og:site_name\" content=\"The Coast Post\">"
      "<meta property=\"og:title\" content=\"Night buses return | The Coast Post\">",
      "", "Night buses return", NULL, NULL },
    { "a byline element: the first that says it is one, less the date",
      "<title>Harbour works begin</title>",
      "<nav><span class=\"author\">Log in</span></nav>"
      "<p class=\"byline\">By Jonas Lie, May 4, 2026</p>",
      "Harbour works begin", "Jonas Lie", NULL },
    { "an itemprop=author with a name inside",
      "<title>Harbour works begin</title>",
      "<div itemprop=\"author\"><img src=\"x.jpg\" alt=\"\"><span itemprop=\"name\">Sara "
      "Lind</span><span>Staff reporter</span></div>",
      "Harbour works begin", "Sara Lind", NULL },
    { "a dateline is not a byline",
      "<title>Harbour works begin</title>",
      "<div class=\"dateline\">Tuesday, June 2</div>",
      "Harbour works begin", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const MetaCase *c = &cases[i];
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body>%s"
                                               "<div class=\"story\">" STORY "</div>"
                                               "</body></html>", c->head, c->body);
      g_autoptr (BylineImport) imp = import_string (html, "meta.html",
                                                    BYLINE_IMPORT_FORMAT_HTML);

      g_test_message ("%s", c->rule);
      g_assert_cmpstr (imp->title, ==, c->title);
      g_assert_cmpstr (imp->author, ==, c->author);
      g_assert_cmpstr (imp->published, ==, c->published);
    }
}

/* The publisher's name and the canonical URL are kept */
static void
test_reader_publisher (void)
{
  g_autoptr (BylineImport) imp = NULL;

  imp = import_string ("<html><head><link rel=\"canonical\" href=\"https://example.org/a/1\">"
                       "<meta property=\"og:site_name\" content=\"The Coast Post\"></head><body>"
                       "<div class=\"story\">" STORY "</div></body></html>",
                       "pub.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->publisher, ==, "The Coast Post");
  g_assert_cmpstr (imp->url, ==, "https://example.org/a/1");
  g_clear_pointer (&imp, byline_import_free);

  imp = import_string ("<html><head><script type=\"application/ld+json\">{\"@context\": "
                       "\"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": "
                       "\"Tide tables\", \"publisher\": {\"@type\": \"Organization\", \"name\": "
                       "\"Harbour Radio\"}}</script></head><body><div class=\"story\">" STORY
                       "</div></body></html>", "pub.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->publisher, ==, "Harbour Radio");
  g_assert_null (imp->url);
}

static void
test_reader_title_cleaning (void)
{
  static const struct
  {
    const char *title;
    const char *h1;
    const char *heading;
    const char *expect;
  } cases[] = {
    /* the site after a separator goes */
    { "Bridge reopens after the repairs - Evening Post", NULL, NULL,
      "Bridge reopens after the repairs" },
    { "Night trains run again in the north \xE2\x80\x93 Evening Post", NULL, NULL,
      "Night trains run again in the north" },
    /* only the last part */
    { "Bridge reopens after the repairs | Local | Evening Post", NULL, NULL,
      "Bridge reopens after the repairs | Local" },
    /* the site first: what follows it */
    { "Post | Bridge reopens after the long repairs", NULL, NULL,
      "Bridge reopens after the long repairs" },
    /* cutting would leave too little: the whole */
    { "Snow - Evening Post", NULL, NULL, "Snow - Evening Post" },
    /* "Site: Headline" unless a heading says the whole */
    { "Evening Post: Bridge reopens after the winter repairs", NULL, NULL,
      "Bridge reopens after the winter repairs" },
    { "Verdict: the new bridge is worth the wait", NULL,
      "Verdict: the new bridge is worth the wait",
      "Verdict: the new bridge is worth the wait" },
    /* too short: the only h1, if it says more */
    { "Post", "Bridge reopens after the repairs", NULL, "Bridge reopens after the repairs" },
    { "A short test", "Lorem", NULL, "A short test" },
    /* a headline of four words or fewer is not told from a site's name: whole */
    { "Harbour Talks Resume - Evening Post", NULL, NULL, "Harbour Talks Resume - Evening Post" },
    /* no separator: as it is */
    { "Council votes to rebuild the harbour wall", NULL, NULL,
      "Council votes to rebuild the harbour wall" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) headings = g_ptr_array_new ();
      g_autofree char *got = NULL;

      if (cases[i].heading != NULL)
        g_ptr_array_add (headings, (gpointer) cases[i].heading);
      got = _byline_html_clean_title (cases[i].title, headings, cases[i].h1);
      g_assert_cmpstr (got, ==, cases[i].expect);
    }
}

/* The seed article as a web page gives the text, and so the analysis, the
 * text file gives */
static void
test_reader_seed (void)
{
  g_autofree char *seed = test_read_seed ();
  g_auto (GStrv) paras = NULL;
  g_autoptr (GString) html = NULL;
  g_autoptr (BylineImport) imp = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) text = NULL;
  g_autoptr (BylineAnalysis) from_html = NULL;
  g_autoptr (BylineAnalysis) from_text = NULL;
  g_autoptr (GString) json_html = g_string_new (NULL);
  g_autoptr (GString) json_text = g_string_new (NULL);
  g_autofree char *head = NULL;

  if (seed == NULL)
    {
      g_test_skip ("../shared is absent");
      return;
    }
  g_strchomp (seed);
  paras = g_strsplit (seed, "\n\n", -1);
  head = g_markup_escape_text (paras[0], -1);
  html = g_string_new (NULL);
  g_string_append_printf (html, "<!DOCTYPE html><html><head><meta property=\"og:title\" "
                          "content=\"%s\"><title>%s - The Example Times"
                          "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/w\">"
                          "World</a></nav><article><h1>%s</h1>\n", head, head, head);
  for (guint i = 1; paras[i] != NULL; i++)
    {
      g_autofree char *p = g_markup_escape_text (paras[i], -1);
      g_auto (GStrv) lines = g_strsplit (p, "\n", -1);
      g_autofree char *joined = g_strjoinv ("<br>\n", lines);

      g_string_append_printf (html, "<p>%s</p>\n", joined);
    }
  g_string_append (html, "</article><footer>Contact the newsroom</footer></body></html>\n");

  imp = import_string (html->str, "seed.html", BYLINE_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (imp->text->data, ==, seed);
  text = byline_text_new_from_data (seed, strlen (seed), "seed.html", FALSE, &error);
  g_assert_no_error (error);
  from_html = byline_analysis_new (imp->text);
  from_text = byline_analysis_new (text);
  byline_analysis_write_json (from_html, json_html);
  byline_analysis_write_json (from_text, json_text);
  g_assert_cmpstr (json_html->str, ==, json_text->str);
}

/* Hostile pages finish fast with a clear result */
static void
test_reader_hostile (void)
{
  g_autoptr (GString) html = g_string_new ("<html><body>");
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = NULL;
  gint64 start;

  /* a megabyte of links: all of it, as the whole page */
  while (html->len < 1000000)
    g_string_append_printf (html, "<a href=\"/p/%u\">Page %u</a> ", (guint) html->len,
                            (guint) html->len);
  g_string_append (html, "</body></html>");
  start = g_get_monotonic_time ();
  imp = byline_import_data (html->str, html->len, "links.html", BYLINE_IMPORT_FORMAT_HTML, FALSE,
                            &error);
  g_test_message ("1 MB of links in %.1f ms", (g_get_monotonic_time () - start) / 1e3);
  g_assert_no_error (error);
  g_assert_true (imp->whole_page);
  g_assert_true (g_str_has_prefix (imp->text->data, "Page "));
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 2000);
  g_clear_pointer (&imp, byline_import_free);

  /* a page that is all script: nothing to read, said so */
  g_string_assign (html, "<html><head><title></title></head><body><script>");
  while (html->len < 1000000)
    g_string_append (html, "var a = document.createElement('div'); a.innerText = '<p>no</p>';\n");
  g_string_append (html, "</script></body></html>");
  start = g_get_monotonic_time ();
  imp = byline_import_data (html->str, html->len, "script.html", BYLINE_IMPORT_FORMAT_HTML, FALSE,
                            &error);
  g_test_message ("1 MB of script in %.1f ms", (g_get_monotonic_time () - start) / 1e3);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE);
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 2000);
  g_clear_error (&error);

  /* a megabyte of article among boilerplate */
  g_string_assign (html, "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"story\">");
  while (html->len < 1000000)
    g_string_append (html, STORY);
  g_string_append (html, "</div><div class=\"comments\"><p>A comment that goes on for a while, "
                         "and on, and on, as comments do.</p></div></body></html>");
  start = g_get_monotonic_time ();
  imp = byline_import_data (html->str, html->len, "mb.html", BYLINE_IMPORT_FORMAT_HTML, FALSE,
                            &error);
  g_test_message ("1 MB article in %.1f ms", (g_get_monotonic_time () - start) / 1e3);
  g_assert_no_error (error);
  g_assert_false (imp->whole_page);
  g_assert_false (text_has (imp, "A comment"));
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 2000);
}

/* Markdown */

static void
test_markdown_title (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.md");

  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (imp->title, ==, "Ferry Service Resumes");
  g_assert_true (g_str_has_prefix (imp->text->data, "Ferry Service Resumes\n\nThe ferry between"));
  /* other headings are paragraphs */
  g_assert_true (text_has (imp, "\n\nTimetable\n\nBoats leave"));
  g_assert_null (imp->published);
  g_assert_null (imp->author);
}

static void
test_markdown_front_matter (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("front-matter.md");

  g_assert_cmpstr (imp->title, ==, "Ferry Service Resumes After Storm");
  g_assert_cmpstr (imp->author, ==, "Karen Dahl");
  g_assert_cmpstr (imp->published, ==, "2026-02-14");
  /* the heading that repeats the title is not repeated */
  g_assert_cmpstr (imp->text->data, ==,
                   "Ferry Service Resumes After Storm\n\n"
                   "By Karen Dahl\n"
                   "February 14, 2026\n\n"
                   "The ferry between Ribe and Fan\xC3\xB8 runs again after the storm, the "
                   "operator said on Saturday.");
  g_assert_false (text_has (imp, "tags"));
  {
    static const char *const pairs[] = {
      "Ferry Service Resumes After", "Ferry Service Resumes After Storm\"",
      "Karen Dahl", "Karen Dahl\n",
      "February 14", "2026-02-14",
      "The ferry between", "The ferry between",
      NULL,
    };
    assert_fixture_maps (imp, "front-matter.md", pairs);
  }
}

static void
test_markdown_inline (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.md");

  g_assert_cmpstr (imp->text->data, ==,
                   "Ferry Service Resumes\n\n"
                   "The ferry between Ribe and Fan\xC3\xB8 runs again, the operator said on "
                   "Monday. "
                   "A ferry at the quay Tickets cost \xE2\x82\xAC" "12 & up *with* discounts. "
                   "A hard break follows:\n"
                   "and this is the next line. Use ferry --status to check.\n\n"
                   "The crossing takes twelve minutes, said the captain.\n\n"
                   "First item\n\n"
                   "Second item with inline html text\n\n"
                   "ferry --status\n"
                   "  --verbose\n\n"
                   "Timetable\n\n"
                   "Boats leave every forty minutes.");
}

static void
test_markdown_html_dropped (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.md");

  g_assert_false (text_has (imp, "raw block html"));
  g_assert_false (text_has (imp, "<"));
  g_assert_false (text_has (imp, "span"));
  g_assert_true (text_has (imp, "with inline html text"));
}

static void
test_markdown_not_utf8 (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture_path ("not-utf8.md");
  g_autoptr (BylineImport) imp = NULL;

  imp = byline_import_file (path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_null (imp);
  g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_NOT_UTF8);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  /* repaired, it imports */
  imp = byline_import_file (path, BYLINE_IMPORT_FORMAT_AUTO, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (imp->title, ==, "Caf\xEF\xBF\xBD notes");
  {
    static const char *const pairs[] = { "notes", "notes", "This file", "This file", "is Latin",
                                         "is Latin", NULL };
    assert_fixture_maps (imp, "not-utf8.md", pairs);
  }
}

static void
test_markdown_map (void)
{
  g_autoptr (BylineImport) imp = import_fixture ("article.md");
  static const char *const pairs[] = {
    "Ferry Service", "Ferry *Service*",
    "Service Resumes", "Service* Resumes",
    "The ferry", "The ferry",
    "Ribe", "Ribe**",
    "Fan\xC3\xB8", "Fan\xC3\xB8_",
    "operator", "operator](",
    "on Monday", "on Monday",
    "A ferry at the quay", "A ferry at the quay](",
    "\xE2\x82\xAC" "12", "&euro;12",
    "12 &", "12 &amp;",
    "*with*", "\\*with\\*",
    "with* discounts", "with\\* discounts",
    "and this is", "and this is",
    "ferry --status to", "ferry --status` to",
    "The crossing", "The crossing",
    "said the captain", "said the captain",
    "Second item", "Second item",
    "inline html text", "inline html</span>",
    "  --verbose", "  --verbose",
    "Timetable", "Timetable",
    "Boats leave", "Boats leave",
    NULL,
  };

  assert_fixture_maps (imp, "article.md", pairs);
}

static void
test_markdown_empty (void)
{
  g_autoptr (BylineImport) imp = import_string ("", "empty.md", BYLINE_IMPORT_FORMAT_AUTO);

  g_assert_cmpint (imp->format, ==, BYLINE_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpuint (imp->text->len, ==, 0);
  g_assert_cmpuint (imp->map->len, ==, 1);
  g_assert_cmpuint (byline_import_source_offset (imp, 0), ==, 0);
}

/* Bytes in a legacy encoding grow when converted to UTF-8: the end of the
 * text still maps to a byte inside the source (found by the fuzzer) */
static void
test_map_end_in_source (void)
{
  static const guint8 bytes[] = { 0xc6, 0x31, 0x6c, 0x88, 0xa7, 0xc1, 0x4a, 0xd4,
                                  0xad, 0xa3, 0xb8, 0xda, 0x61, 0xc4, 0x24, 0xd8 };
  BylineImportFormat formats[] = { BYLINE_IMPORT_FORMAT_TEXT, BYLINE_IMPORT_FORMAT_HTML,
                                   BYLINE_IMPORT_FORMAT_MARKDOWN };
  guint imported_once = 0;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineImport) imported = byline_import_data ((const char *) bytes, sizeof bytes,
                                                             "fuzz", formats[i], TRUE, &error);

      if (imported == NULL)
        continue;
      imported_once++;
      for (guint c = 0; c <= imported->text->n_chars; c++)
        g_assert_cmpuint (byline_import_source_offset (imported, c), <=, sizeof bytes);
    }
  g_assert_cmpuint (imported_once, >, 0);
}

/* Hostile HTML: a tag's attributes past the limit and nesting past
 * libxml2's depth are left out, the import says so, and the text around
 * them (and its map to the source) is kept */
static void
test_html_limits (void)
{
  static const guint counts[] = { BYLINE_IMPORT_MAX_ATTRIBUTES, BYLINE_IMPORT_MAX_ATTRIBUTES + 1, 50000 };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autoptr (GString) page = g_string_new ("<html><body><p>Anna Berg met Li Wei.</p><div");
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineImport) imported = NULL;
      g_autofree char *said = NULL;

      for (guint a = 0; a < counts[i]; a++)
        g_string_append_printf (page, " data-x%u='a>b'", a);
      g_string_append (page, "><p>Officials said the deal was likely to be signed in May.</p></div>"
                             "<!-- <p many attributes here> --></body></html>");
      imported = byline_import_data (page->str, page->len, "attrs.html", BYLINE_IMPORT_FORMAT_HTML,
                                     FALSE, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (imported->text->data, "Anna Berg met Li Wei."));
      g_assert_nonnull (strstr (imported->text->data, "signed in May."));
      g_assert_cmpuint (byline_import_source_offset (imported, imported->text->n_chars), <=, page->len);
      said = byline_import_describe_cut (imported, "attrs.html");
      if (counts[i] > BYLINE_IMPORT_MAX_ATTRIBUTES)
        {
          g_assert_cmpuint (imported->cut, ==, BYLINE_IMPORT_CUT_ATTRIBUTES);
          g_assert_nonnull (strstr (said, "attrs.html"));
        }
      else
        {
          g_assert_cmpuint (imported->cut, ==, 0);
          g_assert_null (said);
        }
    }
  for (guint depth = 100; depth <= 400; depth += 300)
    {
      g_autoptr (GString) page = g_string_new ("<html><body>");
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineImport) imported = NULL;

      for (guint d = 0; d < depth; d++)
        g_string_append (page, "<div><p>Berg met Li.</p>");
      g_string_append (page, "</body></html>");
      imported = byline_import_data (page->str, page->len, "deep.html", BYLINE_IMPORT_FORMAT_HTML,
                                     FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (imported->cut, ==, depth > 255 ? BYLINE_IMPORT_CUT_DEPTH : 0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/text/identity", test_text_identity);
  g_test_add_func ("/import/text/bom", test_text_bom);
  g_test_add_func ("/import/text/errors", test_text_errors);
  g_test_add_func ("/import/text/repair", test_text_repair);
  g_test_add_func ("/import/guess/extension", test_guess_extension);
  g_test_add_func ("/import/guess/sniff", test_guess_sniff);
  g_test_add_func ("/import/guess/html-named-txt", test_guess_html_named_txt);
  g_test_add_func ("/import/format/names", test_format_names);
  g_test_add_func ("/import/file/errors", test_file_errors);
  g_test_add_func ("/import/file/stdin", test_file_stdin);
  g_test_add_func ("/import/html/layout", test_html_layout);
  g_test_add_func ("/import/html/title-og", test_html_title_og);
  g_test_add_func ("/import/html/title-h1", test_html_title_h1);
  g_test_add_func ("/import/html/title-element", test_html_title_element);
  g_test_add_func ("/import/html/published-meta", test_html_published_meta);
  g_test_add_func ("/import/html/published-time", test_html_published_time);
  g_test_add_func ("/import/html/author-meta", test_html_author_meta);
  g_test_add_func ("/import/html/author-byline", test_html_author_byline);
  g_test_add_func ("/import/html/dropped", test_html_dropped);
  g_test_add_func ("/import/html/entities", test_html_entities);
  g_test_add_func ("/import/html/br", test_html_br);
  g_test_add_func ("/import/html/malformed", test_html_malformed);
  g_test_add_func ("/import/html/article-preferred", test_html_article_preferred);
  g_test_add_func ("/import/html/no-text", test_html_no_text);
  g_test_add_func ("/import/html/windows-1252", test_html_windows_1252);
  g_test_add_func ("/import/html/invalid-bytes", test_html_invalid_bytes);
  g_test_add_func ("/import/html/silent", test_html_silent);
  g_test_add_func ("/import/html/map", test_html_map);
  g_test_add_func ("/import/html/map-malformed", test_html_map_malformed);
  g_test_add_func ("/import/html/analysis", test_html_analysis);
  g_test_add_func ("/import/html/big", test_html_big);
  g_test_add_func ("/import/html/deep-nesting", test_html_deep_nesting);
  g_test_add_func ("/import/reader/finder", test_reader_finder);
  g_test_add_func ("/import/reader/heading-once", test_reader_heading_once);
  g_test_add_func ("/import/reader/whole-page", test_reader_whole_page);
  g_test_add_func ("/import/reader/map", test_reader_map);
  g_test_add_func ("/import/reader/metadata", test_reader_metadata);
  g_test_add_func ("/import/reader/publisher", test_reader_publisher);
  g_test_add_func ("/import/reader/title-cleaning", test_reader_title_cleaning);
  g_test_add_func ("/import/reader/seed", test_reader_seed);
  g_test_add_func ("/import/reader/hostile", test_reader_hostile);
  g_test_add_func ("/import/markdown/title", test_markdown_title);
  g_test_add_func ("/import/markdown/front-matter", test_markdown_front_matter);
  g_test_add_func ("/import/markdown/inline", test_markdown_inline);
  g_test_add_func ("/import/markdown/html-dropped", test_markdown_html_dropped);
  g_test_add_func ("/import/markdown/not-utf8", test_markdown_not_utf8);
  g_test_add_func ("/import/markdown/map", test_markdown_map);
  g_test_add_func ("/import/markdown/empty", test_markdown_empty);
  g_test_add_func ("/import/map/end-in-source", test_map_end_in_source);
  g_test_add_func ("/import/html/limits", test_html_limits);

  return g_test_run ();
}
