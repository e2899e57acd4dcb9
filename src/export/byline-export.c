/* byline-export.c: the export interface and the content every writer lays out
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-dates.h"
#include "byline-export.h"
#include "byline-export-private.h"

G_DEFINE_QUARK (byline-export-error-quark, byline_export_error)

static const struct
{
  const char *name, *extension, *mime_type;
} formats[] = {
  [BYLINE_EXPORT_MARKDOWN] = { "md", "md", "text/markdown" },
  [BYLINE_EXPORT_HTML] = { "html", "html", "text/html" },
  [BYLINE_EXPORT_JSON] = { "json", "json", "application/json" },
  [BYLINE_EXPORT_PDF] = { "pdf", "pdf", "application/pdf" },
};

/* Helpers: reading the analysis JSON, which may lack any member */

static JsonObject *
member_object (JsonObject *o,
               const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *o,
              const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
member_string (JsonObject *o,
               const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gint64
member_int (JsonObject *o,
            const char *member,
            gint64      fallback)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return (gint64) json_node_get_double (node);
  return fallback;
}

static guint
array_length (JsonArray *a)
{
  return a != NULL ? json_array_get_length (a) : 0;
}

static JsonObject *
array_object (JsonArray *a,
              guint      i)
{
  JsonNode *node = json_array_get_element (a, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Labels */

const char *
_byline_export_span_class (SpanKind kind)
{
  static const char *const classes[N_SPAN_KINDS] = {
    "entity-person", "entity-org", "entity-place", "entity-norp", "entity-date",
    "entity-money", "entity-quantity", "quote", "hedge", "loaded", "note",
  };

  return classes[kind];
}

const char *
_byline_export_span_label (SpanKind kind)
{
  switch (kind)
    {
    case SPAN_PERSON: return _("Person");
    case SPAN_ORG: return _("Organisation");
    case SPAN_PLACE: return _("Place");
    case SPAN_NORP: return _("Nationality or group");
    case SPAN_DATE: return _("Date");
    case SPAN_MONEY: return _("Money");
    case SPAN_QUANTITY: return _("Quantity");
    case SPAN_QUOTE: return _("Quotation");
    case SPAN_HEDGE: return _("Hedge");
    case SPAN_LOADED: return _("Loaded word");
    case SPAN_NOTE: return _("Note");
    case N_SPAN_KINDS:
    default: break;
    }
  g_assert_not_reached ();
}

const char *
_byline_export_kind_label (BylineNoteKind kind)
{
  switch (kind)
    {
    case BYLINE_NOTE_HIGHLIGHT: return C_("note kind", "highlight");
    case BYLINE_NOTE_QUESTION: return C_("note kind", "question");
    case BYLINE_NOTE_COMMENT:
    default: return C_("note kind", "comment");
    }
}

char *
_byline_export_note_tags (const BylineNote *note)
{
  return note->tags != NULL ? g_strjoinv (", ", note->tags) : g_strdup ("");
}

/* Content */

static void
block_free (ExportBlock *b)
{
  g_free (b->label);
  g_free (b->text);
  g_free (b->detail);
  g_clear_pointer (&b->rows, g_ptr_array_unref);
  g_free (b);
}

static void
paragraph_free (ExportParagraph *p)
{
  g_array_unref (p->segments);
  g_ptr_array_unref (p->notes);
  g_free (p);
}

static void
export_note_free (ExportNote *n)
{
  g_free (n->passage);
  g_free (n);
}

static ExportBlock *
add_block (GPtrArray  *blocks,
           BlockKind   kind,
           const char *text)
{
  ExportBlock *b = g_new0 (ExportBlock, 1);

  b->kind = kind;
  b->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (blocks, b);
  return b;
}

static void
add_heading (GPtrArray  *blocks,
             guint       level,
             const char *text)
{
  add_block (blocks, BLOCK_HEADING, text)->level = level;
}

static void
add_meta (GPtrArray  *blocks,
          const char *label,
          const char *value)
{
  if (value != NULL && *value != '\0')
    add_block (blocks, BLOCK_META, value)->label = g_strdup (label);
}

/* A table; the header's cells are given, the rows added with add_row () */
static ExportBlock *
add_table (GPtrArray  *blocks,
           const char *first,
           ...)
{
  ExportBlock *b = add_block (blocks, BLOCK_TABLE, NULL);
  g_autoptr (GStrvBuilder) header = g_strv_builder_new ();
  va_list args;

  b->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (header, cell);
  va_end (args);
  g_ptr_array_add (b->rows, g_strv_builder_end (header));
  return b;
}

static void
add_row (ExportBlock *table,
         const char  *first,
         ...)
{
  g_autoptr (GStrvBuilder) row = g_strv_builder_new ();
  guint n = g_strv_length (table->rows->pdata[0]);
  va_list args;

  va_start (args, first);
  g_strv_builder_add (row, first != NULL ? first : "");
  for (guint i = 1; i < n; i++)
    {
      const char *cell = va_arg (args, const char *);

      g_strv_builder_add (row, cell != NULL ? cell : "");
    }
  va_end (args);
  g_ptr_array_add (table->rows, g_strv_builder_end (row));
}

/* For the worksheet writer: a block of any kind at the end of @list. A table
 * starts empty; its first row, the header, and the rest go in through
 * _byline_export_add_table_row (), each as long as the header. */
ExportBlock *
_byline_export_add_block (GPtrArray  *list,
                          BlockKind   kind,
                          guint       level,
                          const char *label,
                          const char *text)
{
  ExportBlock *b = add_block (list, kind, text);

  b->level = level;
  b->label = g_strdup (label);
  if (kind == BLOCK_TABLE)
    b->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return b;
}

void
_byline_export_add_table_row (ExportBlock       *table,
                              const char *const *cells)
{
  g_ptr_array_add (table->rows, g_strdupv ((char **) cells));
}

typedef struct
{
  const char *text;
  guint32    *bytes;    /* byte offset of every code point, and of the end */
  guint32     n_chars;
} CharMap;

static void
char_map_init (CharMap    *map,
               const char *text)
{
  gsize len = strlen (text);
  guint32 n = 0;

  map->text = text;
  map->bytes = g_new (guint32, g_utf8_strlen (text, len) + 1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    map->bytes[n++] = p - text;
  map->bytes[n] = len;
  map->n_chars = n;
}

static guint32
clamp_char (const CharMap *map,
            gint64         offset)
{
  return (guint32) CLAMP (offset, 0, (gint64) map->n_chars);
}

/* The words between two code point offsets, on one line */
static char *
words_at (const CharMap *map,
          gint64         start,
          gint64         end)
{
  guint32 s = clamp_char (map, start);
  guint32 e = MAX (s, clamp_char (map, end));
  char *words = g_strndup (map->text + map->bytes[s], map->bytes[e] - map->bytes[s]);

  g_strdelimit (words, "\t\r\n", ' ');
  return words;
}

static char *
span_words (const CharMap *map,
            JsonObject    *span)
{
  return words_at (map, member_int (span, "start", 0), member_int (span, "end", 0));
}

/* "likely, is believed to" from an array of spans */
static char *
spans_words (const CharMap *map,
             JsonArray     *spans)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < array_length (spans); i++)
    {
      g_autofree char *w = span_words (map, array_object (spans, i));

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, w);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_entities (ExportContent *c,
              JsonObject    *root)
{
  JsonArray *entities = member_array (root, "entities");
  struct { const char *type; const char *heading; } groups[] = {
    { "PERSON", N_("People") },
    { "PLACE", N_("Places") },
    { "ORG", N_("Organisations") },
  };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      ExportBlock *table;
      guint rows = 0;

      add_heading (c->summary, 2, _(groups[g].heading));
      if (g == 0)
        table = add_table (c->summary, _("Name"), _("Role"), _("Affiliation"), _("Mentions"), NULL);
      else
        table = add_table (c->summary, _("Name"), _("Country"), _("Mentions"), NULL);
      for (guint i = 0; i < array_length (entities); i++)
        {
          JsonObject *e = array_object (entities, i);
          g_autofree char *mentions = NULL;
          g_autofree char *name = NULL;
          JsonObject *outlet;

          if (g_strcmp0 (member_string (e, "type"), groups[g].type) != 0)
            continue;
          mentions = g_strdup_printf ("%u", array_length (member_array (e, "mentions")));
          outlet = member_object (e, "outlet");
          if (outlet != NULL && json_object_get_boolean_member_with_default (outlet, "state_media", FALSE))
            /* Translators: an organisation's name in the export's table */
            name = g_strdup_printf (_("%s (state media)"), member_string (e, "name"));
          else
            name = g_strdup (member_string (e, "name"));
          if (g == 0)
            add_row (table, name, member_string (e, "role"), member_string (e, "affiliation"), mentions);
          else
            add_row (table, name, member_string (e, "country"), mentions);
          rows++;
        }
      if (rows == 0)
        {
          g_ptr_array_remove (c->summary, table);
          add_block (c->summary, BLOCK_TEXT, _("None found."));
        }
    }
}

static void
add_meetings (ExportContent *c,
              JsonObject    *root)
{
  JsonArray *meetings = member_array (root, "meetings");
  ExportBlock *table;

  add_heading (c->summary, 2, _("Meetings"));
  if (array_length (meetings) == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  table = add_table (c->summary, _("Who"), _("Where"), _("When"), _("Status"), _("Topics"), NULL);
  for (guint i = 0; i < array_length (meetings); i++)
    {
      JsonObject *m = array_object (meetings, i);
      JsonArray *people = member_array (m, "participants");
      JsonArray *topics = member_array (m, "topics");
      g_autoptr (GString) who = g_string_new (NULL);
      g_autoptr (GString) about = g_string_new (NULL);
      g_autoptr (GString) when = g_string_new (member_string (m, "date"));
      const char *time_text = member_string (m, "time_text");

      for (guint p = 0; p < array_length (people); p++)
        {
          const char *name = member_string (array_object (people, p), "name");

          g_string_append_printf (who, "%s%s", who->len > 0 ? ", " : "", name != NULL ? name : "?");
        }
      for (guint t = 0; t < array_length (topics); t++)
        {
          const char *topic = json_array_get_string_element (topics, t);

          g_string_append_printf (about, "%s%s", about->len > 0 ? ", " : "", topic != NULL ? topic : "");
        }
      if (time_text != NULL)
        g_string_append_printf (when, when->len > 0 ? " (%s)" : "%s", time_text);
      add_row (table, who->str, member_string (member_object (m, "place"), "name"), when->str,
               byline_meeting_status_label (member_string (m, "status")), about->str);
    }
}

static void
add_quotes (ExportContent *c,
            JsonObject    *root,
            const CharMap *map)
{
  JsonArray *quotes = member_array (root, "quotes");
  g_autoptr (GPtrArray) speakers = g_ptr_array_new ();  /* names, in order of first quote */

  add_heading (c->summary, 2, _("Quotes"));
  if (array_length (quotes) == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  for (guint i = 0; i < array_length (quotes); i++)
    {
      const char *name = member_string (array_object (quotes, i), "speaker_name");

      if (name == NULL)
        name = "";
      if (!g_ptr_array_find_with_equal_func (speakers, name, g_str_equal, NULL))
        g_ptr_array_add (speakers, (gpointer) name);
    }
  for (guint s = 0; s < speakers->len; s++)
    {
      const char *speaker = speakers->pdata[s];

      add_heading (c->summary, 3, *speaker != '\0' ? speaker : _("No speaker found"));
      for (guint i = 0; i < array_length (quotes); i++)
        {
          JsonObject *q = array_object (quotes, i);
          const char *name = member_string (q, "speaker_name");
          const char *via = member_string (member_object (q, "via"), "name");
          g_autofree char *words = NULL;
          ExportBlock *item;

          if (g_strcmp0 (name != NULL ? name : "", speaker) != 0)
            continue;
          {
            g_autofree char *span = span_words (map, q);
            words = byline_quote_display_words (span, -1, member_string (q, "kind"));
          }
          item = add_block (c->summary, BLOCK_ITEM, words);
          if (via != NULL)
            /* Translators: a quote's kind and the outlet it came through: "direct, through Fars News" */
            item->detail = g_strdup_printf (_("%s, through %s"), byline_quote_kind_label (member_string (q, "kind")), via);
          else
            item->detail = g_strdup (byline_quote_kind_label (member_string (q, "kind")));
        }
    }
}

static void
add_claims (ExportContent *c,
            JsonObject    *root,
            const CharMap *map)
{
  JsonArray *claims = member_array (root, "claims");

  add_heading (c->summary, 2, _("Claims"));
  if (array_length (claims) == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  for (guint i = 0; i < array_length (claims); i++)
    {
      JsonObject *claim = array_object (claims, i);
      g_autofree char *words = span_words (map, claim);
      /* the writer's sentence, its own marks kept */
      g_autofree char *shown = byline_quote_display_words (words, -1, NULL);
      g_autofree char *hedges = spans_words (map, member_array (claim, "hedges"));
      g_autofree char *loaded = spans_words (map, member_array (claim, "loaded"));
      const char *source = member_string (claim, "source_name");
      GString *detail = g_string_new (byline_attribution_label (member_string (claim, "attribution")));

      if (source != NULL)
        g_string_append_printf (detail, ": %s", source);
      if (*hedges != '\0')
        /* Translators: the hedging words of a claim follow */
        g_string_append_printf (detail, " · %s %s", _("hedges:"), hedges);
      if (*loaded != '\0')
        /* Translators: the loaded words of a claim follow */
        g_string_append_printf (detail, " · %s %s", _("loaded words:"), loaded);
      add_block (c->summary, BLOCK_ITEM, shown)->detail = g_string_free (detail, FALSE);
    }
}

static void add_signal (ExportContent *c,
                        guint          count,
                        const char    *format,
                        ...) G_GNUC_PRINTF (3, 4);

static void
add_signal (ExportContent *c,
            guint          count,
            const char    *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  if (count == 0)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_block (c->summary, BLOCK_TEXT, text);
}

static void
add_sources (ExportContent *c,
             JsonObject    *root)
{
  JsonObject *sig = member_object (root, "signals");
  JsonObject *by = member_object (sig, "claims_by_attribution");
  JsonArray *voices = member_array (sig, "voices");
  static const char *const order[] = {
    "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
  };
  ExportBlock *table;
  guint count;

  add_heading (c->summary, 2, _("Sources"));
  if (sig == NULL)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  table = add_table (c->summary, _("Claims rest on"), _("Claims"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, member_int (by, order[i], 0));

      add_row (table, byline_attribution_label (order[i]), n);
    }
  if (array_length (voices) > 0)
    {
      table = add_table (c->summary, _("Voice"), _("Country"), _("Quotes"), NULL);
      for (guint i = 0; i < array_length (voices); i++)
        {
          JsonObject *v = array_object (voices, i);
          g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, member_int (v, "quotes", 0));

          add_row (table, member_string (v, "name"), member_string (v, "country"), n);
        }
    }
  count = member_int (sig, "unnamed_sources", 0);
  add_signal (c, count, ngettext ("%u claim rests on unnamed sources.",
                                  "%u claims rest on unnamed sources.", count), count);
  count = member_int (sig, "numbers_without_source", 0);
  add_signal (c, count, ngettext ("%u figure is given with no source.",
                                  "%u figures are given with no source.", count), count);
  count = member_int (sig, "agentless_passives", 0);
  add_signal (c, count, ngettext ("%u passive says no one did it (“is believed to”).",
                                  "%u passives say no one did it (“is believed to”).", count), count);
  count = member_int (sig, "hedged_claims", 0);
  add_signal (c, count, ngettext ("%u claim is hedged (“likely”, “reportedly”).",
                                  "%u claims are hedged (“likely”, “reportedly”).", count), count);
  count = member_int (sig, "loaded_words", 0);
  add_signal (c, count, ngettext ("%u loaded word outside quotations.",
                                  "%u loaded words outside quotations.", count), count);
}

/* The article: spans, then stretches with the same highlights, paragraph by paragraph */

typedef struct
{
  guint32 pos;
  gint8   delta;
  guint8  kind;
} Event;

typedef struct
{
  guint32 pos;
  guint   number;
} Mark;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a, *y = b;

  return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *x = a, *y = b;

  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

static void
add_span (GArray        *events,
          const CharMap *map,
          gint64         start,
          gint64         end,
          SpanKind       kind)
{
  Event open = { clamp_char (map, start), 1, kind };
  Event close = { clamp_char (map, end), -1, kind };

  if (close.pos <= open.pos)
    return;
  g_array_append_val (events, open);
  g_array_append_val (events, close);
}

static void
add_spans (GArray        *events,
           const CharMap *map,
           JsonArray     *spans,
           SpanKind       kind)
{
  for (guint i = 0; i < array_length (spans); i++)
    {
      JsonObject *s = array_object (spans, i);

      add_span (events, map, member_int (s, "start", 0), member_int (s, "end", 0), kind);
    }
}

static void
collect_spans (GArray        *events,
               const CharMap *map,
               JsonObject    *root)
{
  JsonArray *entities = member_array (root, "entities");
  JsonArray *quotes = member_array (root, "quotes");
  JsonArray *claims = member_array (root, "claims");
  static const char *const types[] = { "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY" };

  for (guint i = 0; i < array_length (entities); i++)
    {
      JsonObject *e = array_object (entities, i);
      const char *type = member_string (e, "type");

      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        if (g_strcmp0 (type, types[t]) == 0)
          add_spans (events, map, member_array (e, "mentions"), (SpanKind) (SPAN_PERSON + t));
    }
  for (guint i = 0; i < array_length (quotes); i++)
    {
      JsonObject *q = array_object (quotes, i);

      add_span (events, map, member_int (q, "start", 0), member_int (q, "end", 0), SPAN_QUOTE);
    }
  for (guint i = 0; i < array_length (claims); i++)
    {
      JsonObject *claim = array_object (claims, i);

      add_spans (events, map, member_array (claim, "hedges"), SPAN_HEDGE);
      add_spans (events, map, member_array (claim, "loaded"), SPAN_LOADED);
    }
}

/* The paragraphs: the analysis's, else the text's non-empty lines */
static GArray *
find_paragraphs (const CharMap *map,
                 JsonObject    *root)
{
  JsonArray *spans = member_array (member_object (root, "document"), "paragraphs");
  GArray *paragraphs = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);

  for (guint i = 0; i < array_length (spans); i++)
    {
      JsonObject *s = array_object (spans, i);
      guint32 p[2] = { clamp_char (map, member_int (s, "start", 0)),
                       clamp_char (map, member_int (s, "end", 0)) };

      /* in order and apart, or not at all */
      if (p[1] > p[0] && (paragraphs->len == 0 || p[0] >= g_array_index (paragraphs, guint32, paragraphs->len * 2 - 1)))
        g_array_append_val (paragraphs, p);
    }
  if (paragraphs->len == 0)
    {
      guint32 start = 0;

      for (guint32 i = 0; i <= map->n_chars; i++)
        if (i == map->n_chars || map->text[map->bytes[i]] == '\n')
          {
            guint32 p[2] = { start, i };

            if (i > start)
              g_array_append_val (paragraphs, p);
            start = i + 1;
          }
    }
  return paragraphs;
}

static guint32
mask_of (const int *counts)
{
  guint32 mask = 0;

  for (guint k = 0; k < N_SPAN_KINDS; k++)
    if (counts[k] > 0)
      mask |= 1u << k;
  return mask;
}

static void
build_article (ExportContent *c,
               const CharMap *map,
               JsonObject    *root)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr (GArray) paragraphs = find_paragraphs (map, root);
  int counts[N_SPAN_KINDS] = { 0 };
  guint ei = 0, mi = 0, ni = 0;

  collect_spans (events, map, root);
  for (guint i = 0; i < c->notes->len; i++)
    {
      ExportNote *n = c->notes->pdata[i];
      Mark mark = { n->note->end, n->number };

      if (n->orphaned)
        continue;
      add_span (events, map, n->note->start, n->note->end, SPAN_NOTE);
      g_array_append_val (marks, mark);
    }
  g_array_sort (events, compare_events);
  g_array_sort (marks, compare_marks);

  for (guint p = 0; p < paragraphs->len; p++)
    {
      guint32 start = g_array_index (paragraphs, guint32, 2 * p);
      guint32 end = g_array_index (paragraphs, guint32, 2 * p + 1);
      guint32 limit = p + 1 < paragraphs->len ? g_array_index (paragraphs, guint32, 2 * p + 2) : G_MAXUINT32;
      ExportParagraph *para = g_new0 (ExportParagraph, 1);
      guint32 pos = start;

      para->segments = g_array_new (FALSE, FALSE, sizeof (ExportSegment));
      para->notes = g_ptr_array_new ();
      /* the notes whose passage begins here (or in the gap before the next paragraph) */
      while (ni < c->notes->len)
        {
          ExportNote *n = c->notes->pdata[ni];

          if (n->orphaned || (n->note->start >= limit && p + 1 < paragraphs->len))
            break;
          g_ptr_array_add (para->notes, n);
          ni++;
        }
      for (;;)
        {
          guint32 next = end;

          for (; ei < events->len && g_array_index (events, Event, ei).pos <= pos; ei++)
            counts[g_array_index (events, Event, ei).kind] += g_array_index (events, Event, ei).delta;
          for (; mi < marks->len && g_array_index (marks, Mark, mi).pos <= pos; mi++)
            {
              ExportSegment mark = { map->bytes[pos], map->bytes[pos], 0, g_array_index (marks, Mark, mi).number };

              g_array_append_val (para->segments, mark);
            }
          if (pos >= end)
            break;
          if (ei < events->len && g_array_index (events, Event, ei).pos < next)
            next = g_array_index (events, Event, ei).pos;
          if (mi < marks->len && g_array_index (marks, Mark, mi).pos < next)
            next = g_array_index (marks, Mark, mi).pos;
          {
            ExportSegment seg = { map->bytes[pos], map->bytes[next], mask_of (counts), 0 };

            g_array_append_val (para->segments, seg);
          }
          pos = next;
        }
      /* marks of passages that end in the gap after the paragraph */
      for (; mi < marks->len && g_array_index (marks, Mark, mi).pos <= limit; mi++)
        {
          ExportSegment mark = { map->bytes[end], map->bytes[end], 0, g_array_index (marks, Mark, mi).number };

          g_array_append_val (para->segments, mark);
        }
      g_ptr_array_add (c->paragraphs, para);
    }
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const ExportNote *x = *(const ExportNote *const *) a;
  const ExportNote *y = *(const ExportNote *const *) b;

  if (x->orphaned != y->orphaned)
    return x->orphaned ? 1 : -1;
  if (x->note->start != y->note->start)
    return x->note->start < y->note->start ? -1 : 1;
  if (x->note->end != y->note->end)
    return x->note->end < y->note->end ? -1 : 1;
  return x->note->id < y->note->id ? -1 : x->note->id > y->note->id;
}

/* The line under the title: author, outlet (state media, and why), date of publication */
static void
add_provenance (ExportContent *c,
                JsonObject    *root)
{
  JsonNode *doc = root != NULL ? json_object_get_member (root, "document") : NULL;

  g_clear_pointer (&c->provenance, g_free);
  if (doc != NULL && JSON_NODE_HOLDS_OBJECT (doc))
    c->provenance = byline_provenance_line (json_node_get_object (doc));
  if (c->provenance != NULL)
    add_block (c->head, BLOCK_TEXT, c->provenance);
}

ExportContent *
_byline_export_content_new (BylineExportInput *input)
{
  ExportContent *c = g_new0 (ExportContent, 1);
  JsonObject *root = input->analysis != NULL && JSON_NODE_HOLDS_OBJECT (input->analysis)
                     ? json_node_get_object (input->analysis) : NULL;
  const char *text = input->text != NULL ? input->text : "";
  CharMap map;

  c->input = byline_export_input_ref (input);
  c->sha256 = input->sha256;
  if (c->sha256 == NULL)
    c->sha256 = c->own_sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  if (input->source != NULL
      && (g_str_has_prefix (input->source, "http://") || g_str_has_prefix (input->source, "https://")))
    c->target = g_strdup (input->source);
  else
    c->target = g_strconcat ("urn:sha256:", c->sha256, NULL);
  c->head = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  c->summary = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  c->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  c->tail = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  c->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) export_note_free);

  char_map_init (&map, text);

  /* the notes, numbered in the order of the text, orphaned ones last */
  for (guint i = 0; input->notes != NULL && i < input->notes->len; i++)
    {
      ExportNote *n = g_new0 (ExportNote, 1);

      n->note = input->notes->pdata[i];
      /* a note whose passage is gone, or with a span that does not fit this text */
      n->orphaned = n->note->orphaned || n->note->end > map.n_chars || n->note->start >= n->note->end;
      if (n->orphaned)
        {
          n->passage = g_strdup (n->note->exact != NULL ? n->note->exact : "");
          g_strdelimit (n->passage, "\t\r\n", ' ');
        }
      else
        n->passage = words_at (&map, n->note->start, n->note->end);
      g_ptr_array_add (c->notes, n);
    }
  g_ptr_array_sort (c->notes, compare_notes);
  for (guint i = 0; i < c->notes->len; i++)
    ((ExportNote *) c->notes->pdata[i])->number = i + 1;

  add_heading (c->head, 1, input->title != NULL && *input->title != '\0' ? input->title : _("Untitled article"));
  add_provenance (c, root);
  add_meta (c->head, _("Source"), input->source);
  add_meta (c->head, _("Date"), input->dateline);
  add_meta (c->head, _("Annotated by"), input->reader);

  if (root != NULL && !(input->flags & BYLINE_EXPORT_NOTES_ONLY))
    {
      add_entities (c, root);
      add_meetings (c, root);
      add_quotes (c, root, &map);
      add_claims (c, root, &map);
      add_sources (c, root);
    }
  if (!(input->flags & BYLINE_EXPORT_NO_ARTICLE))
    build_article (c, &map, root);
  g_free (map.bytes);
  return c;
}

void
_byline_export_content_free (ExportContent *c)
{
  g_ptr_array_unref (c->head);
  g_ptr_array_unref (c->summary);
  g_ptr_array_unref (c->paragraphs);
  g_ptr_array_unref (c->tail);
  g_ptr_array_unref (c->notes);
  g_free (c->own_sha256);
  g_free (c->target);
  g_free (c->provenance);
  byline_export_input_unref (c->input);
  g_free (c);
}

/* Public API: formats */

const char *
byline_export_format_to_string (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].name;
}

/**
 * byline_export_format_from_string:
 * @name: "md" (or "markdown"), "html", "json" or "pdf"
 *
 * Returns: FALSE when @name is no format
 */
gboolean
byline_export_format_from_string (const char         *name,
                                  BylineExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "markdown") == 0)
    {
      *format = BYLINE_EXPORT_MARKDOWN;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = (BylineExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
byline_export_format_get_extension (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].extension;
}

const char *
byline_export_format_get_mime_type (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, NULL);
  return formats[format].mime_type;
}

gboolean
byline_export_format_is_binary (BylineExportFormat format)
{
  return format == BYLINE_EXPORT_PDF;
}

/* Public API: input */

static void
input_clear (BylineExportInput *input)
{
  g_free (input->title);
  g_free (input->source);
  g_free (input->dateline);
  g_free (input->sha256);
  g_free (input->reader);
  g_free (input->text);
  g_clear_pointer (&input->analysis, json_node_unref);
  g_clear_pointer (&input->notes, g_ptr_array_unref);
}

/**
 * byline_export_input_new:
 *
 * An empty input, for the caller to fill; its fields are freed with it.
 */
BylineExportInput *
byline_export_input_new (void)
{
  BylineExportInput *input = g_atomic_rc_box_new0 (BylineExportInput);

  input->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_note_free);
  return input;
}

BylineExportInput *
byline_export_input_ref (BylineExportInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  return g_atomic_rc_box_acquire (input);
}

void
byline_export_input_unref (BylineExportInput *input)
{
  g_return_if_fail (input != NULL);
  g_atomic_rc_box_release_full (input, (GDestroyNotify) input_clear);
}

/* A source that is a path in no UTF-8 (a file system's bytes): its file:
 * URI, which is ASCII, else its valid part; exports are UTF-8 throughout */
static char *
utf8_source (char *source)
{
  char *uri;

  if (source == NULL || g_utf8_validate (source, -1, NULL))
    return source;
  uri = g_path_is_absolute (source) ? g_filename_to_uri (source, NULL, NULL) : NULL;
  if (uri == NULL)
    uri = g_utf8_make_valid (source, -1);
  g_free (source);
  return uri;
}

/**
 * byline_export_input_new_from_store:
 *
 * An article of the library with its analysis (the reader's corrections
 * applied) and its notes. Call it where the store is used; the input can
 * then go to another thread.
 */
BylineExportInput *
byline_export_input_new_from_store (BylineStore *store,
                                    gint64       article,
                                    GError     **error)
{
  g_autoptr (BylineExportInput) input = byline_export_input_new ();
  g_autoptr (BylineArticle) a = NULL;
  g_autoptr (GPtrArray) notes = NULL;

  g_return_val_if_fail (store != NULL, NULL);

  a = byline_store_get_article (store, article, error);
  if (a == NULL)
    return NULL;
  input->analysis = byline_store_dup_analysis (store, article, TRUE, error);
  if (input->analysis == NULL)
    return NULL;
  notes = byline_store_list_notes (store, article, NULL, error);
  if (notes == NULL)
    return NULL;
  g_ptr_array_extend_and_steal (input->notes, g_steal_pointer (&notes));
  input->title = g_steal_pointer (&a->title);
  input->source = utf8_source (g_steal_pointer (&a->source));
  input->dateline = g_steal_pointer (&a->dateline);
  input->sha256 = g_steal_pointer (&a->sha256);
  input->text = g_steal_pointer (&a->text);
  return g_steal_pointer (&input);
}

/**
 * byline_export_input_new_from_text:
 * @title: (nullable): else the headline the analysis finds
 * @source: (nullable): the path or URL the text came from
 *
 * A text that is not in the library, analysed now; it has no notes.
 */
BylineExportInput *
byline_export_input_new_from_text (BylineText *text,
                                   const char *title,
                                   const char *source)
{
  return byline_export_input_new_from_page (text, title, source, NULL);
}

/**
 * byline_export_input_new_from_page:
 * @page: (nullable): what the imported page said of itself
 *
 * As byline_export_input_new_from_text (), for a text imported from a page
 * whose URL, author, date and publisher the analysis then shows.
 */
BylineExportInput *
byline_export_input_new_from_page (BylineText           *text,
                                   const char           *title,
                                   const char           *source,
                                   const BylinePageMeta *page)
{
  BylineExportInput *input = byline_export_input_new ();
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (GString) json = g_string_new (NULL);
  const BylineDocument *doc;

  g_return_val_if_fail (text != NULL, NULL);

  analysis = byline_analysis_new_with_page (text, page);
  doc = analysis->document;
  byline_analysis_write_json (analysis, json);
  input->analysis = json_from_string (json->str, NULL);
  input->text = g_strndup (text->data, text->len);
  input->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->data, text->len);
  input->source = utf8_source (g_strdup (source));
  if (title != NULL)
    input->title = g_strdup (title);
  else if (doc->title.end > doc->title.start)
    input->title = g_strndup (text->data + doc->title.start, doc->title.end - doc->title.start);
  if (byline_day_valid (&doc->date))
    input->dateline = byline_day_to_iso (&doc->date);
  return input;
}

/* Public API: writing */

/**
 * byline_export_write:
 * @stream: where the export goes; left open
 *
 * Writes @input in @format. Blocks: call it in a thread (see
 * byline_export_write_file_async ()) for a window.
 */
gboolean
byline_export_write (BylineExportInput  *input,
                     BylineExportFormat  format,
                     GOutputStream      *stream,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr (ExportContent) content = NULL;
  g_autoptr (GString) out = NULL;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (format <= BYLINE_EXPORT_PDF, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  content = _byline_export_content_new (input);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (format == BYLINE_EXPORT_PDF)
    return _byline_export_pdf (content, stream, cancellable, error);

  out = g_string_new (NULL);
  if (format == BYLINE_EXPORT_MARKDOWN)
    _byline_export_markdown (content, out);
  else if (format == BYLINE_EXPORT_HTML)
    _byline_export_html (content, out);
  else
    _byline_export_json (content, out);
  return g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error);
}

/* The file a write to @path lands in: a symbolic link's target (followed
 * to the end, dangling or not), else @path itself */
static char *
write_target (const char *path)
{
  g_autofree char *target = g_strdup (path);

  for (int hops = 0; hops < 40 && g_file_test (target, G_FILE_TEST_IS_SYMLINK); hops++)
    {
      g_autofree char *link = g_file_read_link (target, NULL);
      g_autofree char *dir = NULL;

      if (link == NULL)
        break;
      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (target);
      g_free (target);
      target = g_build_filename (dir, link, NULL);
    }
  return g_steal_pointer (&target);
}

/**
 * _byline_export_write_path:
 * @path: a local file
 * @write: writes the whole file to the stream it is given
 *
 * Writes to a temporary file beside the target, flushes it to disk and
 * renames it over the target, so the target is either the old file or the
 * whole new one, a new file included; the temporary file never stays. A
 * symbolic link is written through: its target is replaced, not the link.
 */
gboolean
_byline_export_write_path (const char          *path,
                           BylineExportWriteFunc write,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autofree char *target = write_target (path);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, tmp_name, NULL);
  g_autoptr (GOutputStream) stream = NULL;
  g_autoptr (GError) local = NULL;
  GStatBuf st;
  gboolean replacing;
  int fd;

  /* a new file gets the usual mode (0666 less the umask), a replaced one its own */
  replacing = g_stat (target, &st) == 0;
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                   g_strerror (saved_errno));
    }
  else
    {
      g_autoptr (GFile) tmp_file = g_file_new_for_path (tmp);
      gboolean ok;

      /* the stream writes, @fd stays open to flush the file to disk */
      stream = G_OUTPUT_STREAM (g_file_append_to (tmp_file, G_FILE_CREATE_NONE, cancellable, &local));
      ok = stream != NULL
           && write (stream, user_data, cancellable, &local)
           && g_output_stream_close (stream, cancellable, &local);
      if (ok && fsync (fd) != 0)
        {
          int saved_errno = errno;
          g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                       g_strerror (saved_errno));
          ok = FALSE;
        }
      close (fd);
      if (ok && replacing)
        g_chmod (tmp, st.st_mode & 07777);
      if (ok && g_rename (tmp, target) != 0)
        {
          int saved_errno = errno;
          g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s",
                       g_strerror (saved_errno));
          ok = FALSE;
        }
      if (ok)
        return TRUE;
      g_unlink (tmp);
    }

  if ((local->domain == G_IO_ERROR && local->code == G_IO_ERROR_CANCELLED)
      || local->domain == BYLINE_EXPORT_ERROR)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE, "%s: %s", path, local->message);
  return FALSE;
}

typedef struct
{
  BylineExportInput  *input;
  BylineExportFormat  format;
} ExportWrite;

static gboolean
write_export (GOutputStream *stream,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  ExportWrite *w = user_data;

  return byline_export_write (w->input, w->format, stream, cancellable, error);
}

/**
 * byline_export_write_file:
 *
 * Writes the export to @file, replacing it only when the whole export is
 * written: a failed or cancelled export leaves an older file as it was, and
 * no file at all where there was none. A symbolic link is written through.
 */
gboolean
byline_export_write_file (BylineExportInput  *input,
                          BylineExportFormat  format,
                          GFile              *file,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      ExportWrite w = { input, format };

      return _byline_export_write_path (path, write_export, &w, cancellable, error);
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (stream != NULL
      && byline_export_write (input, format, G_OUTPUT_STREAM (stream), cancellable, &local)
      && g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local))
    return TRUE;

  if (stream != NULL)
    {
      /* closing with a cancelled cancellable drops the half-written file */
      g_autoptr (GCancellable) drop = g_cancellable_new ();

      g_cancellable_cancel (drop);
      g_output_stream_close (G_OUTPUT_STREAM (stream), drop, NULL);
    }
  if (local->domain == G_IO_ERROR && local->code == G_IO_ERROR_CANCELLED)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE, "%s: %s", name, local->message);
    }
  return FALSE;
}

typedef struct
{
  BylineExportInput  *input;
  BylineExportFormat  format;
  GFile              *file;
} WriteTask;

static void
write_task_free (WriteTask *w)
{
  byline_export_input_unref (w->input);
  g_object_unref (w->file);
  g_free (w);
}

static void
write_file_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  WriteTask *w = data;
  GError *error = NULL;

  if (byline_export_write_file (w->input, w->format, w->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * byline_export_write_file_async:
 *
 * byline_export_write_file () in a thread. @input is held, not copied: do not
 * change it until @callback runs.
 */
void
byline_export_write_file_async (BylineExportInput   *input,
                                BylineExportFormat   format,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  WriteTask *w;

  g_return_if_fail (input != NULL);
  g_return_if_fail (G_IS_FILE (file));

  w = g_new0 (WriteTask, 1);
  w->input = byline_export_input_ref (input);
  w->format = format;
  w->file = g_object_ref (file);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_export_write_file_async);
  g_task_set_task_data (task, w, (GDestroyNotify) write_task_free);
  g_task_run_in_thread (task, write_file_thread);
}

gboolean
byline_export_write_file_finish (GAsyncResult *result,
                                 GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
