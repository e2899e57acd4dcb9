/* byline-export-across.c: the cross-article views as files: two reports
 * compared (Markdown, HTML, JSON, PDF), the meetings network (GraphML, CSV)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The comparison (byline_store_compare ()) is first turned into a list of
 * blocks (a title, headings, paragraphs, list items, table rows) in plain
 * text; each writer then escapes and lays out the same blocks, so the four
 * formats say the same things. */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-input.h"
#include "byline-export-across.h"
#include "byline-export-html-text.h"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARA,
  BLOCK_ITEM,
  BLOCK_ROW,      /* cells; the first row of a run is the table's head */
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
  GStrv      cells;
} Block;

static void
block_free (Block *b)
{
  g_free (b->text);
  g_strfreev (b->cells);
  g_free (b);
}

static void
add_block (GPtrArray  *blocks,
           BlockKind   kind,
           const char *text)
{
  Block *b = g_new0 (Block, 1);

  b->kind = kind;
  b->text = g_strdup (text);
  g_ptr_array_add (blocks, b);
}

G_GNUC_PRINTF (3, 4)
static void
add_blockf (GPtrArray  *blocks,
            BlockKind   kind,
            const char *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_block (blocks, kind, text);
}

static void
add_cells (GPtrArray *blocks,
           GPtrArray *cells)
{
  Block *block = g_new0 (Block, 1);

  g_ptr_array_add (cells, NULL);
  block->kind = BLOCK_ROW;
  block->cells = g_strdupv ((char **) cells->pdata);
  g_ptr_array_add (blocks, block);
}

static void
add_row (GPtrArray  *blocks,
         const char *a,
         const char *b,
         const char *c)
{
  Block *block = g_new0 (Block, 1);
  const char *cells[] = { a, b, c, NULL };

  block->kind = BLOCK_ROW;
  block->cells = g_strdupv ((char **) cells);
  g_ptr_array_add (blocks, block);
}

/* JSON readers that take what is there (byline_json_get_* (), byline-input.h) */

static JsonObject *
obj (JsonObject *o,
     const char *member)
{
  return byline_json_get_object (o, member);
}

static char *
join_strings (JsonArray  *a,
              const char *none)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, json_node_get_string (n));
    }
  return g_strdup (out->len > 0 ? out->str : none);
}

static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};

static char *
describe_side (JsonObject *side)
{
  const char *outlet = byline_json_get_string (side, "outlet");
  const char *date = byline_json_get_string (side, "dateline");

  if (outlet != NULL && date != NULL)
    /* Translators: an article in a comparison: "Title (Outlet, 2026-03-04)" */
    return g_strdup_printf (_("%s (%s, %s)"), byline_json_get_string (side, "title"), outlet, date);
  if (outlet != NULL || date != NULL)
    return g_strdup_printf ("%s (%s)", byline_json_get_string (side, "title"), outlet != NULL ? outlet : date);
  return g_strdup (byline_json_get_string (side, "title"));
}

static char *
describe_meeting (JsonObject *m)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char *place = byline_json_get_string (m, "place");

  if (m == NULL)
    return g_strdup (_("not reported"));
  g_string_append (out, byline_json_get_string (m, "date") != NULL ? byline_json_get_string (m, "date") : _("no date"));
  if (place != NULL)
    /* Translators: a meeting's place after its date: "2026-03-03, in Tehran" */
    g_string_append_printf (out, _(", in %s"), place);
  g_string_append_printf (out, " (%s)", byline_meeting_status_label (byline_json_get_string (m, "status")));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
describe_claim (JsonObject *c)
{
  const char *source = byline_json_get_string (c, "source");

  if (source != NULL)
    /* Translators: a claim, then on whose authority it rests: “...” (named person: Lavrov) */
    return g_strdup_printf (_("“%s” (%s: %s)"), byline_json_get_string (c, "text"),
                            byline_attribution_label (byline_json_get_string (c, "attribution")), source);
  return g_strdup_printf (_("“%s” (%s)"), byline_json_get_string (c, "text"), byline_attribution_label (byline_json_get_string (c, "attribution")));
}

static GPtrArray *
comparison_blocks (JsonNode *comparison)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (comparison) ? json_node_get_object (comparison) : NULL;
  JsonArray *sides = byline_json_get_array (root, "articles");
  JsonObject *a = byline_json_array_get_object (sides, 0), *b = byline_json_array_get_object (sides, 1);
  JsonArray *only = byline_json_get_array (root, "only_people");
  JsonArray *claims = byline_json_get_array (root, "claims");
  JsonArray *meetings = byline_json_get_array (root, "meetings");
  g_autofree char *da = describe_side (a);
  g_autofree char *db = describe_side (b);
  guint shared = 0;

  add_block (blocks, BLOCK_TITLE, _("Two reports compared"));
  /* Translators: A and B name the two articles compared */
  add_blockf (blocks, BLOCK_PARA, _("A: %s"), da);
  add_blockf (blocks, BLOCK_PARA, _("B: %s"), db);

  add_block (blocks, BLOCK_HEADING, _("Sourcing"));
  add_row (blocks, "", "A", "B");
  {
    g_autofree char *qa = g_strdup_printf ("%u", byline_json_get_array (a, "quotes") ? json_array_get_length (byline_json_get_array (a, "quotes")) : 0);
    g_autofree char *qb = g_strdup_printf ("%u", byline_json_get_array (b, "quotes") ? json_array_get_length (byline_json_get_array (b, "quotes")) : 0);
    g_autofree char *ca = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (a, "claims"));
    g_autofree char *cb = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (b, "claims"));
    g_autofree char *ha = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (a, "hedged_claims"));
    g_autofree char *hb = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (b, "hedged_claims"));
    g_autofree char *la = join_strings (byline_json_get_array (a, "loaded_words"), "—");
    g_autofree char *lb = join_strings (byline_json_get_array (b, "loaded_words"), "—");

    add_row (blocks, _("Quotes"), qa, qb);
    add_row (blocks, _("Claims"), ca, cb);
    for (guint i = 0; i < G_N_ELEMENTS (attributions); i++)
      {
        g_autofree char *label = g_strdup_printf (_("… resting on: %s"), byline_attribution_label (attributions[i]));
        g_autofree char *na = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (obj (a, "claims_by_attribution"), attributions[i]));
        g_autofree char *nb = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (obj (b, "claims_by_attribution"), attributions[i]));

        add_row (blocks, label, na, nb);
      }
    add_row (blocks, _("Hedged claims"), ha, hb);
    add_row (blocks, _("Loaded words"), la, lb);
  }

  add_block (blocks, BLOCK_HEADING, _("Who each quotes"));
  for (guint s = 0; s < 2; s++)
    {
      JsonObject *side = s == 0 ? a : b;
      JsonArray *quotes = byline_json_get_array (side, "quotes");

      add_blockf (blocks, BLOCK_SUBHEADING, "%s: %s", s == 0 ? "A" : "B", s == 0 ? da : db);
      if (quotes == NULL || json_array_get_length (quotes) == 0)
        add_block (blocks, BLOCK_PARA, _("No one is quoted."));
      for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
        {
          JsonObject *q = byline_json_array_get_object (quotes, i);
          const char *via = byline_json_get_string (q, "via");

          if (via != NULL)
            /* Translators: speaker, quoted words, kind of quote, the outlet it came through */
            add_blockf (blocks, BLOCK_ITEM, _("%s: “%s” (%s, via %s)"), byline_json_get_string (q, "speaker"), byline_json_get_string (q, "text"),
                        byline_quote_kind_label (byline_json_get_string (q, "kind")), via);
          else
            add_blockf (blocks, BLOCK_ITEM, _("%s: “%s” (%s)"), byline_json_get_string (q, "speaker"), byline_json_get_string (q, "text"),
                        byline_quote_kind_label (byline_json_get_string (q, "kind")));
        }
    }

  add_block (blocks, BLOCK_HEADING, _("Meetings"));
  if (meetings == NULL || json_array_get_length (meetings) == 0)
    add_block (blocks, BLOCK_PARA, _("Neither reports a meeting."));
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = byline_json_array_get_object (meetings, i);
      /* Translators: between the people of a meeting */
      g_autofree char *people = join_strings (byline_json_get_array (m, "people"), "?");
      g_autofree char *ma = describe_meeting (obj (m, "a"));
      g_autofree char *mb = describe_meeting (obj (m, "b"));

      /* Translators: a meeting's people, then how each article reports it */
      add_blockf (blocks, BLOCK_ITEM, _("%s — A: %s; B: %s"), people, ma, mb);
    }

  add_block (blocks, BLOCK_HEADING, _("People, organisations and places"));
  {
    JsonArray *both = byline_json_get_array (root, "shared_people");
    g_autoptr (GString) names = g_string_new (NULL);
    g_autofree char *oa = NULL;
    g_autofree char *ob = NULL;

    for (guint i = 0; both != NULL && i < json_array_get_length (both); i++)
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", byline_json_get_string (byline_json_array_get_object (both, i), "name"));
    oa = only != NULL && json_array_get_length (only) > 0
         ? join_strings (json_array_get_array_element (only, 0), "—") : g_strdup ("—");
    ob = only != NULL && json_array_get_length (only) > 1
         ? join_strings (json_array_get_array_element (only, 1), "—") : g_strdup ("—");
    add_blockf (blocks, BLOCK_PARA, _("Both name: %s"), names->len > 0 ? names->str : "—");
    add_blockf (blocks, BLOCK_PARA, _("Only A names: %s"), oa);
    add_blockf (blocks, BLOCK_PARA, _("Only B names: %s"), ob);
  }

  add_block (blocks, BLOCK_HEADING, _("Claims both report"));
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = byline_json_array_get_object (claims, i);

      if (obj (c, "a") != NULL && obj (c, "b") != NULL)
        {
          g_autofree char *ca = describe_claim (obj (c, "a"));
          g_autofree char *cb = describe_claim (obj (c, "b"));

          add_blockf (blocks, BLOCK_ITEM, _("A: %s — B: %s"), ca, cb);
          shared++;
        }
    }
  if (shared == 0)
    add_block (blocks, BLOCK_PARA, _("None."));
  for (guint s = 0; s < 2; s++)
    {
      guint n = 0;

      add_block (blocks, BLOCK_HEADING, s == 0 ? _("What only A reports") : _("What only B reports"));
      for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
        {
          JsonObject *c = byline_json_array_get_object (claims, i);
          JsonObject *mine = obj (c, s == 0 ? "a" : "b");

          if (mine != NULL && obj (c, s == 0 ? "b" : "a") == NULL)
            {
              g_autofree char *text = describe_claim (mine);

              add_block (blocks, BLOCK_ITEM, text);
              n++;
            }
        }
      if (n == 0)
        add_block (blocks, BLOCK_PARA, _("Nothing."));
    }
  return blocks;
}

/* "A", "B", … "Z", "AA"… */
static char *
column_letter (guint i)
{
  return i < 26 ? g_strdup_printf ("%c", 'A' + i) : g_strdup_printf ("%c%c", 'A' + i / 26 - 1, 'A' + i % 26);
}

/* The letters of the articles with these ids, "A, C" */
static char *
letters_of (JsonArray  *ids,
            JsonArray  *sides)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < json_array_get_length (ids); i++)
    for (guint k = 0; k < json_array_get_length (sides); k++)
      if (byline_json_get_number (byline_json_array_get_object (sides, k), "id") == json_array_get_int_element (ids, i))
        {
          g_autofree char *letter = column_letter (k);

          g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", letter);
        }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
tag_blocks (JsonNode *comparison)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (comparison) ? json_node_get_object (comparison) : NULL;
  JsonArray *sides = byline_json_get_array (root, "articles");
  JsonArray *meetings = byline_json_get_array (root, "meetings");
  JsonArray *people = byline_json_get_array (root, "people");
  guint n = sides != NULL ? json_array_get_length (sides) : 0;
  static const struct { const char *member; const char *label; } counts[] = {
    { "claims", N_("Claims") }, { "hedged_claims", N_("Hedged claims") },
  };

  /* Translators: %s is a tag */
  add_blockf (blocks, BLOCK_TITLE, _("The reports tagged “%s” compared"), byline_json_get_string (root, "tag"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *letter = column_letter (i);
      g_autofree char *side = describe_side (byline_json_array_get_object (sides, i));

      add_blockf (blocks, BLOCK_PARA, "%s: %s", letter, side);
    }

  add_block (blocks, BLOCK_HEADING, _("Sourcing"));
  {
    g_autoptr (GPtrArray) head = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (head, g_strdup (""));
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (head, column_letter (i));
    add_cells (blocks, head);
  }
  for (guint c = 0; c < G_N_ELEMENTS (counts) + G_N_ELEMENTS (attributions) + 2; c++)
    {
      g_autoptr (GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      if (c == 0)
        g_ptr_array_add (row, g_strdup (_("Quotes")));
      else if (c <= G_N_ELEMENTS (counts))
        g_ptr_array_add (row, g_strdup (_(counts[c - 1].label)));
      else if (c <= G_N_ELEMENTS (counts) + G_N_ELEMENTS (attributions))
        g_ptr_array_add (row, g_strdup_printf (_("… resting on: %s"),
                                               byline_attribution_label (attributions[c - 1 - G_N_ELEMENTS (counts)])));
      else
        g_ptr_array_add (row, g_strdup (_("Loaded words")));
      for (guint i = 0; i < n; i++)
        {
          JsonObject *side = byline_json_array_get_object (sides, i);

          if (c == 0)
            g_ptr_array_add (row, g_strdup_printf ("%u", byline_json_get_array (side, "quotes") ? json_array_get_length (byline_json_get_array (side, "quotes")) : 0));
          else if (c <= G_N_ELEMENTS (counts))
            g_ptr_array_add (row, g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (side, counts[c - 1].member)));
          else if (c <= G_N_ELEMENTS (counts) + G_N_ELEMENTS (attributions))
            g_ptr_array_add (row, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   byline_json_get_number (obj (side, "claims_by_attribution"),
                                                        attributions[c - 1 - G_N_ELEMENTS (counts)])));
          else
            g_ptr_array_add (row, join_strings (byline_json_get_array (side, "loaded_words"), "—"));
        }
      add_cells (blocks, row);
    }

  add_block (blocks, BLOCK_HEADING, _("Meetings, and which reports tell of them"));
  if (meetings == NULL || json_array_get_length (meetings) == 0)
    add_block (blocks, BLOCK_PARA, _("None reports a meeting."));
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = byline_json_array_get_object (meetings, i);
      g_autofree char *names = join_strings (byline_json_get_array (m, "people"), "?");
      g_autofree char *when = describe_meeting (m);
      g_autofree char *which = letters_of (byline_json_get_array (m, "articles"), sides);

      /* Translators: a meeting's people, date and place, then the reports that tell of it: "A, C" */
      add_blockf (blocks, BLOCK_ITEM, _("%s — %s: %s"), names, when, which);
    }

  add_block (blocks, BLOCK_HEADING, _("Named by several reports"));
  if (people == NULL || json_array_get_length (people) == 0)
    add_block (blocks, BLOCK_PARA, _("None."));
  for (guint i = 0; people != NULL && i < json_array_get_length (people); i++)
    {
      JsonObject *e = byline_json_array_get_object (people, i);
      g_autofree char *which = letters_of (byline_json_get_array (e, "articles"), sides);

      add_blockf (blocks, BLOCK_ITEM, "%s: %s", byline_json_get_string (e, "name"), which);
    }
  return blocks;
}

/* Writers */

static void
append_markdown_escaped (GString    *out,
                         const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      /* a list or heading mark only counts at the start of a line */
      if (strchr ("\\`*_{}[]<>|~", *p) != NULL || (p == text && strchr ("#+-!", *p) != NULL))
        g_string_append_c (out, '\\');
      if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static char *
write_markdown (GPtrArray *blocks)
{
  GString *out = g_string_new (NULL);
  BlockKind last = BLOCK_PARA;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      if (i > 0 && (b->kind != last || (b->kind != BLOCK_ITEM && b->kind != BLOCK_ROW)))
        g_string_append_c (out, '\n');
      switch (b->kind)
        {
        case BLOCK_TITLE:
          g_string_append (out, "# ");
          break;
        case BLOCK_HEADING:
          g_string_append (out, "## ");
          break;
        case BLOCK_SUBHEADING:
          g_string_append (out, "### ");
          break;
        case BLOCK_ITEM:
          g_string_append (out, "- ");
          break;
        case BLOCK_PARA:
        case BLOCK_ROW:
        default:
          break;
        }
      if (b->kind == BLOCK_ROW)
        {
          g_string_append (out, "|");
          for (guint c = 0; b->cells[c] != NULL; c++)
            {
              g_string_append_c (out, ' ');
              append_markdown_escaped (out, b->cells[c]);
              g_string_append (out, " |");
            }
          g_string_append_c (out, '\n');
          if (last != BLOCK_ROW)
            {
              g_string_append (out, "|");
              for (guint c = 0; b->cells[c] != NULL; c++)
                g_string_append (out, " --- |");
              g_string_append_c (out, '\n');
            }
        }
      else
        {
          append_markdown_escaped (out, b->text);
          g_string_append_c (out, '\n');
        }
      last = b->kind;
    }
  return g_string_free (out, FALSE);
}

static char *
write_html (GPtrArray *blocks)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
  BlockKind last = BLOCK_PARA;
  Block *first = blocks->len > 0 ? g_ptr_array_index (blocks, 0) : NULL;

  _byline_export_html_append_element (out, "title", NULL, first != NULL ? first->text : "");
  g_string_append (out, "\n<style>\n"
                        "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; }\n"
                        "table { border-collapse: collapse; }\n"
                        "th, td { border: 1px solid #999; padding: 0.2em 0.6em; text-align: left; }\n"
                        "</style>\n</head>\n<body>\n");
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      if (last == BLOCK_ITEM && b->kind != BLOCK_ITEM)
        g_string_append (out, "</ul>\n");
      if (last == BLOCK_ROW && b->kind != BLOCK_ROW)
        g_string_append (out, "</table>\n");
      switch (b->kind)
        {
        case BLOCK_TITLE:
          _byline_export_html_append_element (out, "h1", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_HEADING:
          _byline_export_html_append_element (out, "h2", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_SUBHEADING:
          _byline_export_html_append_element (out, "h3", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_PARA:
          _byline_export_html_append_element (out, "p", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_ITEM:
          if (last != BLOCK_ITEM)
            g_string_append (out, "<ul>\n");
          _byline_export_html_append_element (out, "li", NULL, b->text);
          g_string_append_c (out, '\n');
          break;
        case BLOCK_ROW:
        default:
          {
            const char *cell = last != BLOCK_ROW ? "th" : "td";

            if (last != BLOCK_ROW)
              g_string_append (out, "<table>\n");
            g_string_append (out, "<tr>");
            for (guint c = 0; b->cells[c] != NULL; c++)
              {
                g_string_append_printf (out, "<%s>", c == 0 && last == BLOCK_ROW ? "th" : cell);
                _byline_export_html_append_escaped (out, b->cells[c], -1);
                g_string_append_printf (out, "</%s>", c == 0 && last == BLOCK_ROW ? "th" : cell);
              }
            g_string_append (out, "</tr>\n");
          }
          break;
        }
      last = b->kind;
    }
  if (last == BLOCK_ITEM)
    g_string_append (out, "</ul>\n");
  if (last == BLOCK_ROW)
    g_string_append (out, "</table>\n");
  g_string_append (out, "</body>\n</html>\n");
  return g_string_free (out, FALSE);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A4 in points, and the margins */
#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0
#define MARGIN      56.0

static GBytes *
write_pdf (GPtrArray *blocks,
           GError   **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  double width = PAGE_WIDTH - 2 * MARGIN;
  double y = MARGIN;
  cairo_status_t status;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      g_autoptr (PangoFontDescription) font = NULL;
      g_autofree char *text = NULL;
      double indent = b->kind == BLOCK_ITEM ? 14 : 0;
      double space = 4;
      PangoRectangle extent;

      switch (b->kind)
        {
        case BLOCK_TITLE:
          font = pango_font_description_from_string ("Sans Bold 17");
          space = 10;
          break;
        case BLOCK_HEADING:
          font = pango_font_description_from_string ("Sans Bold 13");
          space = 12;
          break;
        case BLOCK_SUBHEADING:
          font = pango_font_description_from_string ("Sans Bold 11");
          space = 8;
          break;
        case BLOCK_PARA:
        case BLOCK_ITEM:
        case BLOCK_ROW:
        default:
          font = pango_font_description_from_string ("Sans 10");
          break;
        }
      if (b->kind == BLOCK_ROW)
        {
          /* the first column wide, the others shared out */
          guint n = g_strv_length (b->cells);
          g_autoptr (PangoTabArray) tabs = pango_tab_array_new (MAX (n, 2) - 1, TRUE);

          for (guint t = 1; t < n; t++)
            pango_tab_array_set_tab (tabs, t - 1, PANGO_TAB_LEFT,
                                     (int) (n == 3 ? (t == 1 ? 250 : 360)
                                                   : 170 + (t - 1) * (width - 170) / (n - 1)));
          pango_layout_set_tabs (layout, tabs);
          text = g_strjoinv ("\t", b->cells);
          space = 1;
        }
      else
        {
          pango_layout_set_tabs (layout, NULL);
          text = b->kind == BLOCK_ITEM ? g_strconcat ("• ", b->text, NULL) : g_strdup (b->text);
        }
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((width - indent) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_extents (layout, NULL, &extent);
      y += space;
      if (y + extent.height / (double) PANGO_SCALE > PAGE_HEIGHT - MARGIN && y > MARGIN + space)
        {
          cairo_show_page (cr);
          y = MARGIN;
        }
      cairo_move_to (cr, MARGIN + indent, y);
      pango_cairo_show_layout (cr, layout);
      y += extent.height / (double) PANGO_SCALE;
    }
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE,
                   _("could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * byline_export_comparison:
 * @comparison: what byline_store_compare () returned
 *
 * Returns: the comparison as a Markdown, HTML, JSON or PDF file
 */
GBytes *
byline_export_comparison (JsonNode           *comparison,
                          BylineExportFormat  format,
                          GError            **error)
{
  g_autoptr (GPtrArray) blocks = NULL;
  char *text;

  g_return_val_if_fail (comparison != NULL, NULL);

  if (format == BYLINE_EXPORT_JSON)
    {
      g_autoptr (JsonGenerator) gen = json_generator_new ();

      json_generator_set_root (gen, comparison);
      json_generator_set_pretty (gen, TRUE);
      text = json_generator_to_data (gen, NULL);
      return g_bytes_new_take (text, strlen (text));
    }
  blocks = comparison_blocks (comparison);
  if (format == BYLINE_EXPORT_PDF)
    return write_pdf (blocks, error);
  text = format == BYLINE_EXPORT_HTML ? write_html (blocks) : write_markdown (blocks);
  return g_bytes_new_take (text, strlen (text));
}

/**
 * byline_export_tag_comparison:
 * @comparison: what byline_store_compare_tag () returned
 *
 * Returns: a tag's reports compared, as a Markdown, HTML, JSON or PDF file
 */
GBytes *
byline_export_tag_comparison (JsonNode           *comparison,
                              BylineExportFormat  format,
                              GError            **error)
{
  g_autoptr (GPtrArray) blocks = NULL;
  char *text;

  g_return_val_if_fail (comparison != NULL, NULL);

  if (format == BYLINE_EXPORT_JSON)
    return byline_export_comparison (comparison, format, error);
  blocks = tag_blocks (comparison);
  if (format == BYLINE_EXPORT_PDF)
    return write_pdf (blocks, error);
  text = format == BYLINE_EXPORT_HTML ? write_html (blocks) : write_markdown (blocks);
  return g_bytes_new_take (text, strlen (text));
}

/* The meetings network */

/* XML 1.0 has no place for most control characters, even escaped */
static void
append_xml_escaped (GString    *out,
                    const char *text)
{
  g_autoptr (GString) clean = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n')
      g_string_append_c (clean, *p);
  escaped = g_markup_escape_text (clean->str, clean->len);
  g_string_append (out, escaped);
}

static void
append_data (GString    *out,
             const char *key,
             const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, "      <data key=\"%s\">", key);
  append_xml_escaped (out, value);
  g_string_append (out, "</data>\n");
}

/* A CSV field, quoted; a leading = + - @ cannot start a spreadsheet formula */
static void
append_csv_field (GString    *out,
                  const char *text)
{
  g_string_append_c (out, '"');
  if (text != NULL && strchr ("=+-@", *text) != NULL && *text != '\0')
    g_string_append_c (out, '\'');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p == '\n' || *p == '\r' ? ' ' : *p);
    }
  g_string_append_c (out, '"');
}

static char *
link_articles (JsonObject *link)
{
  JsonArray *meetings = byline_json_get_array (link, "meetings");
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      gint64 id = byline_json_get_number (byline_json_array_get_object (meetings, i), "article");

      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < ids->len; i++)
    if (g_hash_table_add (seen, &g_array_index (ids, gint64, i)))
      g_string_append_printf (out, "%s%" G_GINT64_FORMAT, out->len > 0 ? " " : "",
                              g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * byline_export_graph:
 * @graph: what byline_store_meetings_graph () returned
 *
 * Returns: the network as GraphML (nodes with name, type and meetings;
 *   undirected edges with count, weight, first, last, articles), or as CSV,
 *   one edge a line (Source, Target, Weight, First, Last, Articles: the
 *   columns Gephi's edge table reads)
 */
char *
byline_export_graph (JsonNode          *graph,
                     BylineGraphFormat  format)
{
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (graph) ? json_node_get_object (graph) : NULL;
  JsonArray *nodes = byline_json_get_array (root, "nodes");
  JsonArray *links = byline_json_get_array (root, "links");
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GString *out = g_string_new (NULL);

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonObject *n = byline_json_array_get_object (nodes, i);

      if (byline_json_get_string (n, "id") != NULL)
        g_hash_table_insert (names, (gpointer) byline_json_get_string (n, "id"), (gpointer) byline_json_get_string (n, "name"));
    }
  if (format == BYLINE_GRAPH_CSV)
    {
      g_string_append (out, "Source,Target,Weight,First,Last,Articles\n");
      for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
        {
          JsonObject *l = byline_json_array_get_object (links, i);
          g_autofree char *articles = link_articles (l);

          append_csv_field (out, g_hash_table_lookup (names, byline_json_get_string (l, "source") ? byline_json_get_string (l, "source") : ""));
          g_string_append_c (out, ',');
          append_csv_field (out, g_hash_table_lookup (names, byline_json_get_string (l, "target") ? byline_json_get_string (l, "target") : ""));
          g_string_append_printf (out, ",%" G_GINT64_FORMAT ",", byline_json_get_number (l, "count"));
          append_csv_field (out, byline_json_get_string (l, "first"));
          g_string_append_c (out, ',');
          append_csv_field (out, byline_json_get_string (l, "last"));
          g_string_append_c (out, ',');
          append_csv_field (out, articles);
          g_string_append_c (out, '\n');
        }
      return g_string_free (out, FALSE);
    }

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                        "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                        "  <key id=\"meetings\" for=\"node\" attr.name=\"meetings\" attr.type=\"int\"/>\n"
                        "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
                        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                        "  <key id=\"first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n"
                        "  <key id=\"last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n"
                        "  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n"
                        "  <graph id=\"meetings\" edgedefault=\"undirected\">\n");
  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonObject *n = byline_json_array_get_object (nodes, i);
      g_autofree char *meetings = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (n, "meetings"));

      g_string_append (out, "    <node id=\"");
      append_xml_escaped (out, byline_json_get_string (n, "id"));
      g_string_append (out, "\">\n");
      append_data (out, "name", byline_json_get_string (n, "name"));
      append_data (out, "type", byline_json_get_string (n, "type") != NULL && *byline_json_get_string (n, "type") != '\0' ? byline_json_get_string (n, "type") : NULL);
      append_data (out, "meetings", meetings);
      g_string_append (out, "    </node>\n");
    }
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = byline_json_array_get_object (links, i);
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, byline_json_get_number (l, "count"));
      g_autofree char *articles = link_articles (l);

      g_string_append_printf (out, "    <edge id=\"e%u\" source=\"", i + 1);
      append_xml_escaped (out, byline_json_get_string (l, "source"));
      g_string_append (out, "\" target=\"");
      append_xml_escaped (out, byline_json_get_string (l, "target"));
      g_string_append (out, "\">\n");
      append_data (out, "count", count);
      append_data (out, "weight", count);
      append_data (out, "first", byline_json_get_string (l, "first"));
      append_data (out, "last", byline_json_get_string (l, "last"));
      append_data (out, "articles", articles);
      g_string_append (out, "    </edge>\n");
    }
  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free (out, FALSE);
}

gboolean
byline_graph_format_from_string (const char        *name,
                                 BylineGraphFormat *format)
{
  if (g_strcmp0 (name, "graphml") == 0)
    *format = BYLINE_GRAPH_GRAPHML;
  else if (g_strcmp0 (name, "csv") == 0)
    *format = BYLINE_GRAPH_CSV;
  else
    return FALSE;
  return TRUE;
}
