/* byline-export-html.c: the annotated summary as one self-contained HTML file
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-export-private.h"
#include "byline-palette.h"

/* Nothing may be fetched and nothing run: styles are inline, images data: only */
#define CSP "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

/* Each highlight has a colour and a second cue, as in the window (WCAG 1.4.1):
 * entities by background and underline style, quotations by colour and the
 * sans face, notes by a yellow marker with a solid bottom border. */
static const char css_head[] =
  ":root { color-scheme: light; }\n"
  "body { font: 16px/1.55 \"DejaVu Serif\", Georgia, serif; color: #1d1d1d; background: #fff;"
  " margin: 2em auto; max-width: 62em; padding: 0 1.5em; }\n"
  "h1, h2, h3, th, .meta, .legend, aside, .detail, .notes { font-family: \"DejaVu Sans\", Helvetica, Arial, sans-serif; }\n"
  "h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .4em; }\n"
  "h2 { font-size: 1.3em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 1.8em; }\n"
  "h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }\n"
  ".meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0 0 1em;"
  " color: #444; font-size: .9em; }\n"
  ".meta dt { font-weight: bold; } .meta dd { margin: 0; overflow-wrap: anywhere; }\n"
  "table { border-collapse: collapse; width: 100%; font-size: .9em; margin: .5em 0 1em; }\n"
  "th, td { text-align: left; vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #ddd; }\n"
  "th { background: #f3f3f3; }\n"
  "ul.items { list-style: none; padding: 0; margin: .4em 0 1em; }\n"
  "ul.items li { margin: 0 0 .7em; padding-left: .8em; border-left: 3px solid #ccc; }\n"
  ".detail { color: #555; font-size: .85em; }\n"
  ".legend { font-size: .85em; display: flex; flex-wrap: wrap; gap: .4em .9em; margin: 0 0 1em; }\n"
  ".para { display: grid; grid-template-columns: minmax(0, 1fr) 15em; column-gap: 2em; }\n"
  ".para > p { margin: 0 0 1em; }\n"
  ".para-number { font-family: \"DejaVu Sans\", sans-serif; font-size: .75em; color: #77767b; margin-right: .3em; }\n"
  ".tail td { height: 3.2em; }\n"
  "aside { font-size: .8em; line-height: 1.4; }\n"
  ".margin-note { background: #fdf6d3; border-left: 3px solid #e5a50a; padding: .3em .5em; margin: 0 0 .6em; }\n"
  ".num { font-weight: bold; margin-right: .3em; }\n"
  ".kind { text-transform: uppercase; font-size: .8em; letter-spacing: .05em; color: #6b5200; }\n"
  ".body { white-space: pre-wrap; margin: .2em 0; }\n"
  ".tags { margin: .2em 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3em; }\n"
  ".tags li { background: #eee; border-radius: .8em; padding: 0 .5em; font-size: .9em; }\n"
  ".notes ol { padding-left: 1.5em; } .notes li { margin-bottom: .8em; }\n"
  ".passage { font-style: italic; } .orphaned { color: #a51d2d; font-size: .85em; }\n"
  "sup.note-mark { font: bold .7em sans-serif; color: #9c6e03; }\n"
  "sup.note-mark a { color: inherit; text-decoration: none; }\n";

/* the highlights' rules (append_highlight_css ()) come between the two */
static const char css_tail[] =
  "@media (max-width: 50em) { .para { grid-template-columns: 1fr; } }\n"
  "@media print {\n"
  "  @page { size: A4; margin: 16mm 14mm; }\n"
  "  body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }\n"
  "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "  .para { grid-template-columns: minmax(0, 1fr) 13em; column-gap: 1.2em; }\n"
  "  h1, h2, h3 { break-after: avoid; }\n"
  "  tr, li, .margin-note, .para { break-inside: avoid; }\n"
  "  sup.note-mark a { color: inherit; }\n"
  "}\n";

/* A colour of the palette as the stylesheet writes it: "rgba(53,132,228,.20)", "#c01c28", "#777" */
static char *
css_colour (BylineHighlight highlight,
            int             which)
{
  const BylinePaletteEntry *entry = byline_palette_get (highlight);
  const BylineColour *c = which == 0 ? &entry->background : which == 1 ? &entry->line : &entry->text;

  g_assert (c->alpha > 0);
  if (c->alpha < 100)
    return g_strdup_printf ("rgba(%u,%u,%u,.%02u)", c->red, c->green, c->blue, c->alpha);
  if (c->red % 17 == 0 && c->green % 17 == 0 && c->blue % 17 == 0)
    return g_strdup_printf ("#%x%x%x", c->red / 17, c->green / 17, c->blue / 17);
  return g_strdup_printf ("#%02x%02x%02x", c->red, c->green, c->blue);
}

#define BACKGROUND 0
#define LINE 1
#define TEXT 2

/* Each highlight's colours from the palette (byline-palette.c), and its
 * second cue */
static void
append_highlight_css (GString *out)
{
  static const struct { BylineHighlight highlight; const char *cue; } entities[] = {
    { BYLINE_HIGHLIGHT_PERSON, "text-decoration: underline;" },
    { BYLINE_HIGHLIGHT_ORG, "text-decoration: underline double;" },
    { BYLINE_HIGHLIGHT_PLACE, "text-decoration: underline; text-underline-offset: .3em;" },
    { BYLINE_HIGHLIGHT_NORP, "text-decoration: underline wavy;" },
    { BYLINE_HIGHLIGHT_DATE, "font-style: italic;" },
    { BYLINE_HIGHLIGHT_MONEY, "font-weight: bold;" },
    { BYLINE_HIGHLIGHT_QUANTITY, "font-weight: 600;" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_autofree char *background = css_colour (entities[i].highlight, BACKGROUND);

      g_string_append_printf (out, ".%s { background: %s; %s }\n",
                              byline_palette_get (entities[i].highlight)->name, background, entities[i].cue);
    }
  {
    g_autofree char *quote = css_colour (BYLINE_HIGHLIGHT_QUOTE, TEXT);
    g_autofree char *hedge = css_colour (BYLINE_HIGHLIGHT_HEDGE, LINE);
    g_autofree char *loaded = css_colour (BYLINE_HIGHLIGHT_LOADED, LINE);
    g_autofree char *note = css_colour (BYLINE_HIGHLIGHT_NOTE, BACKGROUND);
    g_autofree char *note_line = css_colour (BYLINE_HIGHLIGHT_NOTE, LINE);

    g_string_append_printf (out, ".quote { color: %s; font-family: \"DejaVu Sans\", Helvetica, Arial, sans-serif;"
                                 " font-size: .92em; }\n", quote);
    g_string_append_printf (out, ".hedge { font-style: oblique; text-decoration: underline;"
                                 " text-decoration-color: %s; }\n", hedge);
    g_string_append_printf (out, ".loaded { font-weight: 600; text-decoration: underline wavy %s; }\n", loaded);
    g_string_append_printf (out, "mark.note, .legend .note { background: %s; color: inherit;"
                                 " border-bottom: 2px solid %s; }\n", note, note_line);
  }
}

/* U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates) */
static gboolean
has_bidi_controls (const char *s,
                   gsize       len)
{
  for (gsize i = 0; i + 2 < len; i++)
    if ((guchar) s[i] == 0xE2 && (guchar) s[i + 1] == 0x80 && (guchar) s[i + 2] >= 0xAA
        && (guchar) s[i + 2] <= 0xAE)
      return TRUE;
    else if ((guchar) s[i] == 0xE2 && (guchar) s[i + 1] == 0x81 && (guchar) s[i + 2] >= 0xA6
             && (guchar) s[i + 2] <= 0xA9)
      return TRUE;
  return FALSE;
}

/* Text from the article or the reader: a run with bidirectional controls in
 * it is isolated in <bdi>, so an override cannot reach past it */
void
_byline_export_html_append_escaped (GString    *out,
                                    const char *s,
                                    gssize      len)
{
  g_autofree char *escaped = NULL;
  gboolean isolate;

  if (s == NULL)
    s = "";
  if (len < 0)
    len = strlen (s);
  escaped = g_markup_escape_text (s, len);
  isolate = has_bidi_controls (s, len);
  if (isolate)
    g_string_append (out, "<bdi>");
  g_string_append (out, escaped);
  if (isolate)
    g_string_append (out, "</bdi>");
}

/* <tag class="cls">escaped text</tag> */
void
_byline_export_html_append_element (GString    *out,
                                     const char *tag,
                                     const char *cls,
                                     const char *text)
{
  g_string_append_printf (out, "<%s", tag);
  if (cls != NULL)
    g_string_append_printf (out, " class=\"%s\"", cls);
  g_string_append_c (out, '>');
  if (g_str_equal (tag, "title"))
    {
      /* the title holds no elements: its bidirectional controls are dropped */
      g_autoptr (GString) plain = g_string_new (text);
      g_autofree char *escaped = NULL;

      for (gsize i = 0; i + 2 < plain->len;)
        if (has_bidi_controls (plain->str + i, 3))
          g_string_erase (plain, i, 3);
        else
          i++;
      escaped = g_markup_escape_text (plain->str, plain->len);
      g_string_append (out, escaped);
    }
  else
    _byline_export_html_append_escaped (out, text, -1);
  g_string_append_printf (out, "</%s>", tag);
}

static void
append_blocks (GString   *out,
               GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      ExportBlock *b = blocks->pdata[i];
      ExportBlock *prev = i > 0 ? blocks->pdata[i - 1] : NULL;
      ExportBlock *next = i + 1 < blocks->len ? blocks->pdata[i + 1] : NULL;

      switch (b->kind)
        {
        case BLOCK_HEADING:
          {
            char tag[3] = { 'h', (char) ('0' + CLAMP (b->level, 1, 6)), '\0' };

            _byline_export_html_append_element (out, tag, NULL, b->text);
            g_string_append_c (out, '\n');
          }
          break;
        case BLOCK_META:
          if (prev == NULL || prev->kind != BLOCK_META)
            g_string_append (out, "<dl class=\"meta\">\n");
          _byline_export_html_append_element (out, "dt", NULL, b->label);
          _byline_export_html_append_element (out, "dd", NULL, b->text);
          g_string_append_c (out, '\n');
          if (next == NULL || next->kind != BLOCK_META)
            g_string_append (out, "</dl>\n");
          break;
        case BLOCK_TEXT:
          _byline_export_html_append_element (out, "p", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_ITEM:
          if (prev == NULL || prev->kind != BLOCK_ITEM)
            g_string_append (out, "<ul class=\"items\">\n");
          g_string_append (out, "<li>");
          /* the text carries its own marks, or none for reported speech: no <q> */
          _byline_export_html_append_element (out, "span", "words", b->text);
          if (b->detail != NULL && *b->detail != '\0')
            _byline_export_html_append_element (out, "div", "detail", b->detail);
          g_string_append (out, "</li>\n");
          if (next == NULL || next->kind != BLOCK_ITEM)
            g_string_append (out, "</ul>\n");
          break;
        case BLOCK_TABLE:
          g_string_append (out, "<table>\n");
          for (guint r = 0; r < b->rows->len; r++)
            {
              GStrv row = b->rows->pdata[r];

              g_string_append (out, r == 0 ? "<thead><tr>" : "<tr>");
              for (guint c = 0; row[c] != NULL; c++)
                _byline_export_html_append_element (out, r == 0 ? "th" : "td", NULL, row[c]);
              g_string_append (out, r == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
            }
          g_string_append (out, "</tbody>\n</table>\n");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
append_tags (GString          *out,
             const BylineNote *note)
{
  if (note->tags == NULL || note->tags[0] == NULL)
    return;
  g_string_append (out, "<ul class=\"tags\">");
  for (guint t = 0; note->tags[t] != NULL; t++)
    _byline_export_html_append_element (out, "li", NULL, note->tags[t]);
  g_string_append (out, "</ul>");
}

static void
append_note_body (GString    *out,
                  ExportNote *n)
{
  _byline_export_html_append_element (out, "span", "kind", _byline_export_kind_label (n->note->kind));
  if (n->note->body != NULL && *n->note->body != '\0')
    _byline_export_html_append_element (out, "div", "body", n->note->body);
  append_tags (out, n->note);
}

static void
append_paragraph (GString         *out,
                  ExportContent   *c,
                  ExportParagraph *para)
{
  guint number = 0;

  g_string_append (out, "<div class=\"para\"><p>");
  if (c->worksheet)
    g_string_append_printf (out, "<span class=\"para-number\">%u</span> ",
                            (guint) (g_ptr_array_find (c->paragraphs, para, &number) ? number + 1 : 0));
  for (guint s = 0; s < para->segments->len; s++)
    {
      ExportSegment *seg = &g_array_index (para->segments, ExportSegment, s);
      g_autoptr (GString) classes = NULL;
      const char *tag;

      if (seg->mark > 0)
        {
          g_string_append_printf (out, "<sup class=\"note-mark\"><a href=\"#note-%u\">%u</a></sup>",
                                  seg->mark, seg->mark);
          continue;
        }
      if (seg->kinds == 0)
        {
          _byline_export_html_append_escaped (out, c->input->text + seg->from, seg->to - seg->from);
          continue;
        }
      classes = g_string_new (NULL);
      for (guint k = 0; k < N_SPAN_KINDS; k++)
        if (seg->kinds & (1u << k))
          g_string_append_printf (classes, "%s%s", classes->len > 0 ? " " : "", _byline_export_span_class (k));
      tag = (seg->kinds & (1u << SPAN_NOTE)) ? "mark" : "span";
      g_string_append_printf (out, "<%s class=\"%s\">", tag, classes->str);
      _byline_export_html_append_escaped (out, c->input->text + seg->from, seg->to - seg->from);
      g_string_append_printf (out, "</%s>", tag);
    }
  g_string_append (out, "</p>");
  if (para->notes->len > 0)
    {
      g_string_append (out, "<aside>");
      for (guint i = 0; i < para->notes->len; i++)
        {
          ExportNote *n = para->notes->pdata[i];

          g_string_append (out, "<div class=\"margin-note\">");
          g_string_append_printf (out, "<span class=\"num\">%u</span>", n->number);
          append_note_body (out, n);
          g_string_append (out, "</div>");
        }
      g_string_append (out, "</aside>");
    }
  g_string_append (out, "</div>\n");
}

void
_byline_export_html (ExportContent *c,
                     GString       *out)
{
  ExportBlock *title = c->head->pdata[0];

  g_string_append (out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append (out, "<meta http-equiv=\"Content-Security-Policy\" content=\"" CSP "\">\n");
  g_string_append (out, "<meta name=\"referrer\" content=\"no-referrer\">\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append (out, "<meta name=\"generator\" content=\"Byline " PACKAGE_VERSION "\">\n");
  _byline_export_html_append_element (out, "title", NULL, title->text);
  g_string_append (out, "\n<style>\n");
  g_string_append (out, css_head);
  append_highlight_css (out);
  g_string_append (out, css_tail);
  g_string_append (out, "</style>\n</head>\n<body>\n<header>\n");
  append_blocks (out, c->head);
  g_string_append (out, "</header>\n<main>\n");

  if (c->summary->len > 0)
    {
      g_string_append (out, "<section class=\"summary\">\n");
      append_blocks (out, c->summary);
      g_string_append (out, "</section>\n");
    }

  if (c->paragraphs->len > 0)
    {
      g_string_append (out, "<section class=\"article\">\n");
      _byline_export_html_append_element (out, "h2", NULL, _("Article"));
      if (!c->worksheet)
        {
          g_string_append (out, "\n<div class=\"legend\">");
          for (guint k = 0; k < N_SPAN_KINDS; k++)
            _byline_export_html_append_element (out, k == SPAN_NOTE ? "mark" : "span", _byline_export_span_class (k),
                            _byline_export_span_label (k));
          g_string_append (out, "</div>\n");
        }
      for (guint p = 0; p < c->paragraphs->len; p++)
        append_paragraph (out, c, c->paragraphs->pdata[p]);
      g_string_append (out, "</section>\n");
    }

  if (c->tail->len > 0)
    {
      g_string_append (out, "<section class=\"tail\">\n");
      append_blocks (out, c->tail);
      g_string_append (out, "</section>\n");
    }
  if (c->worksheet)
    {
      g_string_append (out, "</main>\n</body>\n</html>\n");
      return;
    }
  g_string_append (out, "<section class=\"notes\">\n");
  _byline_export_html_append_element (out, "h2", NULL, _("Notes"));
  g_string_append_c (out, '\n');
  if (c->notes->len == 0)
    {
      _byline_export_html_append_element (out, "p", NULL, _("No notes."));
      g_string_append_c (out, '\n');
    }
  else
    {
      g_string_append (out, "<ol>\n");
      for (guint i = 0; i < c->notes->len; i++)
        {
          ExportNote *n = c->notes->pdata[i];

          g_string_append_printf (out, "<li id=\"note-%u\" value=\"%u\">", n->number, n->number);
          _byline_export_html_append_element (out, "q", "passage", n->passage);
          if (n->orphaned)
            {
              g_string_append_c (out, ' ');
              _byline_export_html_append_element (out, "span", "orphaned", _("(its passage is no longer in the text)"));
            }
          g_string_append (out, "<br>");
          append_note_body (out, n);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "</section>\n</main>\n</body>\n</html>\n");
}
