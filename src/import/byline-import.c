/* byline-import.c: plain text, HTML and Markdown articles turned into the
 * plain text that the analysis, the store and notes use
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* What an import produces
 * =======================
 *
 * HTML and Markdown become text laid out the way the analyser reads an
 * article (see byline-document.c):
 *
 *   Headline
 *
 *   By Author
 *   March 3, 2026
 *
 *   First paragraph.
 *
 *   Second paragraph.
 *
 * The byline and date lines are there only when the source names an author or
 * a date. Inside a paragraph white space collapses to one space; an HTML <br>
 * or a Markdown hard break becomes a newline, and two <br> in a row end the
 * paragraph. <pre> and code blocks keep their line breaks and indentation, but
 * never a blank line, which would split the paragraph.
 *
 * The offset map
 * ==============
 *
 * A span says "the text from this code point on is a copy of the source from
 * this byte on". Every piece of output goes through a Builder, which starts a
 * new span whenever the copy stops being verbatim: a decoded entity or
 * backslash escape, a collapsed run of white space, dropped markup, inserted
 * separators and header lines. Text that is not a copy gets a span for each
 * character, all pointing at the place it came from, so no offset ever runs
 * past it.
 *
 * HTML: libxml2 gives line numbers, not byte offsets, so an Aligner walks the
 * source alongside the tree. Its cursor only moves forward. At each element
 * it skips end tags and comments to the element's start tag when that tag is
 * next (an element libxml implied has none); at each text node it skips
 * markup and then compares the node's text with the source byte by byte,
 * reading entities, white space runs and runs of non-ASCII bytes (a
 * legacy-encoded document: libxml gives UTF-8, the source has something else)
 * as one unit each. Where the two disagree it searches a few KiB ahead for
 * the next few characters of the text. So positions are exact in UTF-8 and
 * ASCII-compatible sources; inside a run of windows-1252 or other legacy bytes
 * they point at the start of the run; where libxml's recovery rewrote the
 * text beyond recognition they point at the cursor, the last place known to
 * come before the text. Speculative scans share a budget proportional to the
 * input, so the whole alignment stays linear even on hostile input.
 *
 * Markdown: cmark's source positions (line, byte column) of each text and
 * code node give the start; the same aligner then follows entities and
 * backslash escapes. Code block lines are found in their own source lines.
 *
 * Header lines map to where their value came from: the meta element's
 * attribute, the <h1> or <title> text, the <time> element's datetime, the
 * front-matter value. "By " and the date line are written by us: each of
 * their characters points at the start of the author's name or of the date.
 *
 * Where it is
 * ===========
 *
 * This file: the public API, choosing the reader, assembling the header
 * lines. byline-import-builder.c: the Builder. byline-import-aligner.c: the
 * Aligner. byline-import-html.c: the two passes over an HTML page, with the
 * tree walks of byline-html-tree.c, the article finder of
 * byline-readability.c and the metadata of byline-html-meta.c.
 * byline-import-markdown.c and byline-import-text.c: the other two formats.
 * What they share is declared in byline-import-private.h.
 */

G_DEFINE_QUARK (byline-import-error-quark, byline_import_error)

static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};


/* Assembling the article */

char *
_byline_import_format_date_line (int year,
                                 int month,
                                 int day)
{
  /* English, whatever the locale: the analyser reads English dates */
  return g_strdup_printf ("%s %d, %d", month_names[month - 1], day, year);
}

/* title, blank line, "By AUTHOR" and date lines, blank line, paragraphs */
void
_byline_import_assemble (Builder       *out,
                         const Builder *title,
                         const Builder *author,
                         gsize          by_src,
                         const char    *date_line,
                         gsize          date_src,
                         const Builder *body)
{
  gboolean header = author->out->len > 0 || date_line != NULL;

  if (title->out->len > 0)
    _byline_import_builder_append (out, title);
  if (header)
    {
      gsize first = author->out->len > 0 ? by_src : date_src;

      if (out->out->len > 0)
        _byline_import_builder_insert (out, "\n\n", 2, first);
      if (author->out->len > 0)
        {
          _byline_import_builder_insert (out, "By ", 3, by_src);
          _byline_import_builder_append (out, author);
          if (date_line != NULL)
            _byline_import_builder_insert (out, "\n", 1, date_src);
        }
      if (date_line != NULL)
        _byline_import_builder_insert (out, date_line, strlen (date_line), date_src);
    }
  if (body->out->len > 0)
    {
      if (out->out->len > 0)
        _byline_import_builder_insert (out, "\n\n", 2, _byline_import_builder_first_src (body));
      _byline_import_builder_append (out, body);
    }
}

/* Where a date or time starts in a byline: "Jane Doe on March 3", "Jane
 * Doe | Updated 9:30 am", "Jane Doe, Feb. 2, 2015"; or 0 */
static gsize
byline_date_start (const char *s)
{
  static const char *const joins[] = {
    " on ", ", ", " - ", " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 ", " ",
  };
  static const char *const days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const char *const stamps[] = { "Updated", "Published", "Posted", "Last updated" };

  for (const char *p = s; *p != '\0'; p++)
    for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
      {
        gsize jl = strlen (joins[j]);
        const char *q = p + jl;
        gboolean date = FALSE;

        if (p == s || strncmp (p, joins[j], jl) != 0)
          continue;
        for (guint k = 0; k < G_N_ELEMENTS (stamps) && !date; k++)
          date = g_ascii_strncasecmp (q, stamps[k], strlen (stamps[k])) == 0
                 && !g_ascii_isalpha (q[strlen (stamps[k])]);
        if (j == G_N_ELEMENTS (joins) - 1)
          {
            /* after a bare space, only "Updated ..." */
            if (date)
              return p - s;
            continue;
          }
        date = date || g_ascii_isdigit (*q);
        for (guint m = 0; m < G_N_ELEMENTS (month_names) && !date; m++)
          {
            gsize ml = strlen (month_names[m]);

            date = (strncmp (q, month_names[m], ml) == 0 && !g_ascii_isalpha (q[ml]))
                   || (strncmp (q, month_names[m], 3) == 0 && (q[3] == '.' || q[3] == ' '));
          }
        for (guint d = 0; d < G_N_ELEMENTS (days) && !date; d++)
          date = strncmp (q, days[d], strlen (days[d])) == 0;
        if (date)
          return p - s;
      }
  return 0;
}

/* Takes "By " off an author, and a date after it, remembering where the
 * name came from */
gsize
_byline_import_author_finish (Builder *author)
{
  gsize by_src = _byline_import_builder_first_src (author);
  gsize n;

  if (author->out->len == 0)
    return 0;
  n = byline_date_start (author->out->str);
  if (n > 0)
    _byline_import_builder_truncate (author, n);
  n = _byline_import_strip_by_prefix (author->out->str);
  if (n > 0)
    _byline_import_builder_drop_prefix (author, n);
  return by_src;
}

char *
_byline_import_builder_dup_or_null (const Builder *b)
{
  return b->out->len > 0 ? g_strndup (b->out->str, b->out->len) : NULL;
}

void
_byline_import_set_from_text_error (GError **error,
                                    GError  *local)
{
  int code = BYLINE_IMPORT_ERROR_IO;

  if (local->domain == BYLINE_TEXT_ERROR)
    switch (local->code)
      {
      case BYLINE_TEXT_ERROR_NOT_UTF8:
        code = BYLINE_IMPORT_ERROR_NOT_UTF8;
        break;
      case BYLINE_TEXT_ERROR_BINARY:
        code = BYLINE_IMPORT_ERROR_BINARY;
        break;
      default:
        code = BYLINE_IMPORT_ERROR_IO;
        break;
      }
  g_set_error_literal (error, BYLINE_IMPORT_ERROR, code, local->message);
}

/* The result from what a builder wrote. The output is valid UTF-8 by
 * construction; should it not be, it is repaired and the map degrades to one
 * span rather than pointing into the wrong places. */
BylineImport *
_byline_import_new (BylineImportFormat   format,
                    Builder             *out,
                    const char          *name,
                    gsize                source_len,
                    GError             **error)
{
  g_autoptr (BylineImport) self = g_new0 (BylineImport, 1);
  g_autoptr (GError) local = NULL;

  self->format = format;
  if (!g_utf8_validate (out->out->str, out->out->len, NULL)
      || (out->out->len >= 3 && memcmp (out->out->str, "\xEF\xBB\xBF", 3) == 0))
    {
      g_autofree char *valid = g_utf8_make_valid (out->out->str, out->out->len);

      g_critical ("import produced invalid UTF-8 for %s", name);
      g_string_assign (out->out, valid);
      g_array_set_size (out->map, 0);
      while (g_str_has_prefix (out->out->str, "\xEF\xBB\xBF"))
        g_string_erase (out->out, 0, 3);
    }
  self->text = byline_text_new_from_data (out->out->str, out->out->len, name, FALSE, &local);
  if (self->text == NULL)
    {
      _byline_import_set_from_text_error (error, local);
      return NULL;
    }
  self->map = g_steal_pointer (&out->map);
  if (self->map->len == 0 || g_array_index (self->map, BylineImportSpan, 0).text_start != 0)
    {
      BylineImportSpan first = { 0, 0 };

      g_array_prepend_val (self->map, first);
    }
  /* a text that libxml found after the last byte it could place: the last byte */
  for (guint i = 0; i < self->map->len && source_len > 0; i++)
    {
      BylineImportSpan *span = &g_array_index (self->map, BylineImportSpan, i);

      span->source_start = MIN (span->source_start, (guint32) MIN (source_len - 1, G_MAXUINT32));
    }
  return g_steal_pointer (&self);
}

/* Reading */

static BylineImport *
import_data (const char          *data,
             gsize                len,
             const char          *guess_path,
             const char          *name,
             BylineImportFormat   format,
             gboolean             repair,
             GError             **error)
{
  if (data == NULL)
    data = "";
  BylineImport *imported;

  if (format == BYLINE_IMPORT_FORMAT_AUTO)
    format = byline_import_guess_format (guess_path, data, len);
  switch (format)
    {
    case BYLINE_IMPORT_FORMAT_HTML:
      imported = _byline_import_html (data, len, name, error);
      break;
    case BYLINE_IMPORT_FORMAT_MARKDOWN:
      imported = _byline_import_markdown (data, len, name, repair, error);
      break;
    case BYLINE_IMPORT_FORMAT_TEXT:
    case BYLINE_IMPORT_FORMAT_AUTO:
    default:
      imported = _byline_import_text (data, len, name, repair, error);
      break;
    }
  if (imported != NULL)
    imported->source_len = len;
  return imported;
}

/* Public API */

/**
 * byline_import_format_from_name:
 * @name: "auto", "text" ("txt", "plain"), "html", "markdown" ("md")
 *
 * Returns: the format, or %BYLINE_IMPORT_FORMAT_AUTO with
 * %BYLINE_IMPORT_ERROR_FORMAT set for a name it does not know.
 */
BylineImportFormat
byline_import_format_from_name (const char  *name,
                                GError     **error)
{
  static const struct
  {
    const char         *name;
    BylineImportFormat  format;
  } names[] = {
    { "auto", BYLINE_IMPORT_FORMAT_AUTO },
    { "text", BYLINE_IMPORT_FORMAT_TEXT },
    { "txt", BYLINE_IMPORT_FORMAT_TEXT },
    { "plain", BYLINE_IMPORT_FORMAT_TEXT },
    { "html", BYLINE_IMPORT_FORMAT_HTML },
    { "markdown", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "md", BYLINE_IMPORT_FORMAT_MARKDOWN },
  };

  g_return_val_if_fail (error == NULL || *error == NULL, BYLINE_IMPORT_FORMAT_AUTO);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      return names[i].format;
  g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_FORMAT,
               /* Translators: %s is what the user typed after --input-format */
               _("unknown format “%s” (use auto, text, html or markdown)"),
               name != NULL ? name : "");
  return BYLINE_IMPORT_FORMAT_AUTO;
}

const char *
byline_import_format_to_string (BylineImportFormat format)
{
  switch (format)
    {
    case BYLINE_IMPORT_FORMAT_TEXT:
      return "text";
    case BYLINE_IMPORT_FORMAT_HTML:
      return "html";
    case BYLINE_IMPORT_FORMAT_MARKDOWN:
      return "markdown";
    case BYLINE_IMPORT_FORMAT_AUTO:
    default:
      return "auto";
    }
}

/**
 * byline_import_guess_format:
 * @path: (nullable): the file name, or "-" for standard input
 * @data: (nullable): the first bytes of the file, for sniffing
 *
 * By extension: .html .htm .xhtml are HTML; .md .markdown .mdown .mkd are
 * Markdown; any other extension is text. With no extension (or standard
 * input) the data decides: "<!doctype html" or "<html" at the start, after a
 * BOM and white space, is HTML, anything else text. Markdown is never
 * sniffed: plain text is valid Markdown.
 *
 * Returns: never %BYLINE_IMPORT_FORMAT_AUTO
 */
BylineImportFormat
byline_import_guess_format (const char *path,
                            const char *data,
                            gsize       len)
{
  const char *p;
  const char *end;

  if (path != NULL && !g_str_equal (path, "-"))
    {
      g_autofree char *base = g_path_get_basename (path);
      const char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base && dot[1] != '\0')
        {
          static const char *const html[] = { "html", "htm", "xhtml" };
          static const char *const markdown[] = { "md", "markdown", "mdown", "mkd" };

          for (guint i = 0; i < G_N_ELEMENTS (html); i++)
            if (g_ascii_strcasecmp (dot + 1, html[i]) == 0)
              return BYLINE_IMPORT_FORMAT_HTML;
          for (guint i = 0; i < G_N_ELEMENTS (markdown); i++)
            if (g_ascii_strcasecmp (dot + 1, markdown[i]) == 0)
              return BYLINE_IMPORT_FORMAT_MARKDOWN;
          return BYLINE_IMPORT_FORMAT_TEXT;
        }
    }

  if (data == NULL)
    return BYLINE_IMPORT_FORMAT_TEXT;
  p = data;
  end = data + len;
  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && is_space (*p))
    p++;
  if ((gsize) (end - p) >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
    return BYLINE_IMPORT_FORMAT_HTML;
  if ((gsize) (end - p) >= 5 && g_ascii_strncasecmp (p, "<html", 5) == 0
      && (end - p == 5 || !g_ascii_isalnum (p[5])))
    return BYLINE_IMPORT_FORMAT_HTML;
  return BYLINE_IMPORT_FORMAT_TEXT;
}

/**
 * byline_import_data:
 * @data: the bytes of the article
 * @name: (nullable): its file name, for messages and for guessing the format
 *   by extension; NULL for standard input
 * @format: what to read it as, or %BYLINE_IMPORT_FORMAT_AUTO
 * @repair: text and Markdown: replace invalid UTF-8 and NUL bytes instead of
 *   refusing them
 *
 * Returns: (transfer full): the import, or NULL with @error set: IO,
 * NOT_UTF8 or BINARY as byline_text_new_from_data () says for text and
 * Markdown, PARSE for HTML with no text in it.
 */
BylineImport *
byline_import_data (const char          *data,
                    gsize                len,
                    const char          *name,
                    BylineImportFormat   format,
                    gboolean             repair,
                    GError             **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_data (data, len, name, name != NULL ? name : _("standard input"), format, repair,
                      error);
}

/**
 * byline_import_file:
 * @path: a file name, or "-" for standard input
 */
BylineImport *
byline_import_file (const char          *path,
                    BylineImportFormat   format,
                    gboolean             repair,
                    GError             **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!byline_text_read_file (path, &contents, &len, &local_error))
    {
      /* the message names the file already */
      g_set_error_literal (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_IO, local_error->message);
      return NULL;
    }
  if (g_str_equal (path, "-"))
    return import_data (contents, len, "-", _("standard input"), format, repair, error);
  return import_data (contents, len, path, path, format, repair, error);
}

/* The byte at which code point @c starts, in O(log n) */
static gsize
char_to_byte (const BylineText *text,
              gsize             c)
{
  gsize lo = 0, hi = text->len;

  if (c >= text->n_chars)
    return text->len;
  /* the first byte whose character offset reaches @c, then past the rest
   * of the character before it */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (byline_text_char_offset (text, mid) < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  while (lo < text->len && ((guchar) text->data[lo] & 0xC0) == 0x80)
    lo++;
  return lo;
}

/**
 * byline_import_source_offset:
 * @text_offset: a code point offset into self->text
 *
 * Returns: the byte offset in the source file of the character at
 * @text_offset (see the comment at the top of this file for how exact).
 */
gsize
byline_import_source_offset (const BylineImport *self,
                             gsize               text_offset)
{
  const BylineImportSpan *spans;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  if (self->map == NULL || self->map->len == 0)
    return 0;
  text_offset = MIN (text_offset, self->text->n_chars);
  spans = (const BylineImportSpan *) self->map->data;
  hi = self->map->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans[mid].text_start <= text_offset)
        lo = mid;
      else
        hi = mid;
    }
  /* within a run the text and the source have the same bytes, except where
   * a legacy encoding was converted: never past the next run or the end */
  {
    gsize offset = spans[lo].source_start + (char_to_byte (self->text, text_offset)
                                             - char_to_byte (self->text, spans[lo].text_start));
    /* (runs are in text order; a title or byline taken from the head may
     * come from later in the source than the run after it) */
    gsize limit = lo + 1 < self->map->len && spans[lo + 1].source_start > spans[lo].source_start
                  ? spans[lo + 1].source_start : self->source_len;

    return MIN (offset, MAX (limit, spans[lo].source_start));
  }
}

/**
 * byline_import_describe_cut:
 * @name: (nullable): the file's name, for the message
 *
 * Returns: (transfer full) (nullable): a sentence saying what a limit on
 * hostile HTML left out of the page, or NULL when nothing was
 */
char *
byline_import_describe_cut (const BylineImport *self,
                            const char         *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->cut == 0)
    return NULL;
  if (name == NULL)
    name = _("the page");
  if ((self->cut & BYLINE_IMPORT_CUT_DEPTH) && (self->cut & BYLINE_IMPORT_CUT_ATTRIBUTES))
    /* Translators: %s is a file name, %d a number */
    return g_strdup_printf (_("%s: the page is cut: elements nested deeper than 255 levels and "
                              "attributes past %d in a tag were not read"),
                            name, BYLINE_IMPORT_MAX_ATTRIBUTES);
  if (self->cut & BYLINE_IMPORT_CUT_DEPTH)
    return g_strdup_printf (_("%s: the page is cut: elements nested deeper than 255 levels were "
                              "not read"), name);
  return g_strdup_printf (_("%s: attributes past %d in a tag were not read"), name,
                          BYLINE_IMPORT_MAX_ATTRIBUTES);
}

void
byline_import_free (BylineImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->text, byline_text_unref);
  g_free (self->title);
  g_free (self->published);
  g_free (self->author);
  g_free (self->url);
  g_free (self->publisher);
  g_clear_pointer (&self->map, g_array_unref);
  g_free (self);
}
