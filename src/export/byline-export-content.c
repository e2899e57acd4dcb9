/* byline-export-content.c: the content every writer lays out, made once
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. _byline_export_content_new () turns an export's input into
 * blocks the writers (byline-export-markdown.c, -html.c, -json.c, -pdf.c,
 * byline-worksheet.c) lay out each their own way: the head (title,
 * provenance, metadata), the summary tables of the analysis (entities,
 * meetings, quotes, claims, sources), read through the typed model
 * (byline-analysis-model.h), the article as paragraphs of stretches with the
 * same highlights, and the reader's notes numbered in the order of the text.
 * byline-export.c has the public interface: formats, input, writing. */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-analysis-model.h"
#include "byline-export.h"
#include "byline-export-private.h"

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

/* The words between two code point offsets, on one line */
static char *
words_at (const BylineCharIndex *map,
          gsize                  start,
          gsize                  end)
{
  char *words = byline_char_index_dup (map, start, end);

  g_strdelimit (words, "\t\r\n", ' ');
  return words;
}

static char *
span_words (const BylineCharIndex *map,
            const BylineCharSpan  *span)
{
  return words_at (map, span->start, span->end);
}

/* "likely, is believed to" from an array of spans */
static char *
spans_words (const BylineCharIndex *map,
             GArray                *spans)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      g_autofree char *w = span_words (map, &g_array_index (spans, BylineCharSpan, i));

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, w);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_entities (ExportContent             *c,
              const BylineAnalysisModel *model)
{
  struct { BylineEntityType type; const char *heading; } groups[] = {
    { BYLINE_ENTITY_PERSON, N_("People") },
    { BYLINE_ENTITY_PLACE, N_("Places") },
    { BYLINE_ENTITY_ORG, N_("Organisations") },
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
      for (guint i = 0; i < model->entities->len; i++)
        {
          const BylineModelEntity *e = &g_array_index (model->entities, BylineModelEntity, i);
          g_autofree char *mentions = NULL;
          g_autofree char *name = NULL;

          if (e->type != groups[g].type)
            continue;
          mentions = g_strdup_printf ("%u", e->mentions->len);
          if (e->outlet != NULL && e->outlet->state_media > 0)
            /* Translators: an organisation's name in the export's table */
            name = g_strdup_printf (_("%s (state media)"), e->name);
          else
            name = g_strdup (e->name);
          if (g == 0)
            add_row (table, name, e->role, e->affiliation, mentions);
          else
            add_row (table, name, e->country, mentions);
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
add_meetings (ExportContent             *c,
              const BylineAnalysisModel *model)
{
  ExportBlock *table;

  add_heading (c->summary, 2, _("Meetings"));
  if (model->meetings->len == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  table = add_table (c->summary, _("Who"), _("Where"), _("When"), _("Status"), _("Topics"), NULL);
  for (guint i = 0; i < model->meetings->len; i++)
    {
      const BylineModelMeeting *m = &g_array_index (model->meetings, BylineModelMeeting, i);
      g_autofree char *who = byline_model_meeting_dup_sides (m);
      g_autoptr (GString) about = g_string_new (NULL);
      g_autoptr (GString) when = g_string_new (m->date);

      for (guint t = 0; t < m->topics->len; t++)
        g_string_append_printf (about, "%s%s", about->len > 0 ? ", " : "", (const char *) m->topics->pdata[t]);
      if (m->time_text != NULL)
        g_string_append_printf (when, when->len > 0 ? " (%s)" : "%s", m->time_text);
      add_row (table, who, m->place.name, when->str,
               byline_meeting_status_get_label (m->status), about->str);
    }
}

static void
add_quotes (ExportContent             *c,
            const BylineAnalysisModel *model)
{
  g_autoptr (GPtrArray) speakers = g_ptr_array_new ();  /* names, in order of first quote */

  add_heading (c->summary, 2, _("Quotes"));
  if (model->quotes->len == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  for (guint i = 0; i < model->quotes->len; i++)
    {
      const char *name = g_array_index (model->quotes, BylineModelQuote, i).speaker.name;

      if (name == NULL)
        name = "";
      if (!g_ptr_array_find_with_equal_func (speakers, name, g_str_equal, NULL))
        g_ptr_array_add (speakers, (gpointer) name);
    }
  for (guint s = 0; s < speakers->len; s++)
    {
      const char *speaker = speakers->pdata[s];

      add_heading (c->summary, 3, *speaker != '\0' ? speaker : _("No speaker found"));
      for (guint i = 0; i < model->quotes->len; i++)
        {
          const BylineModelQuote *q = &g_array_index (model->quotes, BylineModelQuote, i);
          const char *kind = byline_quote_kind_to_string (q->kind);
          g_autofree char *span = NULL;
          g_autofree char *words = NULL;
          ExportBlock *item;

          if (g_strcmp0 (q->speaker.name != NULL ? q->speaker.name : "", speaker) != 0)
            continue;
          span = span_words (model->index, &q->span);
          words = byline_quote_display_words (span, -1, kind);
          item = add_block (c->summary, BLOCK_ITEM, words);
          if (q->via.name != NULL)
            /* Translators: a quote's kind and the outlet it came through: "direct, through Fars News" */
            item->detail = g_strdup_printf (_("%s, through %s"), byline_quote_kind_get_label (q->kind), q->via.name);
          else
            item->detail = g_strdup (byline_quote_kind_get_label (q->kind));
        }
    }
}

static void
add_claims (ExportContent             *c,
            const BylineAnalysisModel *model)
{
  add_heading (c->summary, 2, _("Claims"));
  if (model->claims->len == 0)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *claim = &g_array_index (model->claims, BylineModelClaim, i);
      g_autofree char *words = span_words (model->index, &claim->span);
      /* the writer's sentence, its own marks kept */
      g_autofree char *shown = byline_quote_display_words (words, -1, NULL);
      g_autofree char *hedges = spans_words (model->index, claim->hedges);
      g_autofree char *loaded = spans_words (model->index, claim->loaded);
      GString *detail = g_string_new (byline_attribution_get_label (claim->attribution));

      if (claim->source.name != NULL)
        g_string_append_printf (detail, ": %s", claim->source.name);
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
add_sources (ExportContent             *c,
             const BylineAnalysisModel *model)
{
  const BylineModelSignals *sig = &model->signals;
  static const BylineAttribution order[] = {
    BYLINE_ATTRIBUTION_NAMED_PERSON, BYLINE_ATTRIBUTION_NAMED_ORG, BYLINE_ATTRIBUTION_STATE_MEDIA,
    BYLINE_ATTRIBUTION_MEDIA, BYLINE_ATTRIBUTION_ANONYMOUS, BYLINE_ATTRIBUTION_UNATTRIBUTED,
  };
  ExportBlock *table;
  guint count;

  add_heading (c->summary, 2, _("Sources"));
  if (!sig->present)
    {
      add_block (c->summary, BLOCK_TEXT, _("None found."));
      return;
    }
  table = add_table (c->summary, _("Claims rest on"), _("Claims"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", sig->by_attribution[order[i]]);

      add_row (table, byline_attribution_get_label (order[i]), n);
    }
  if (sig->voices->len > 0)
    {
      table = add_table (c->summary, _("Voice"), _("Country"), _("Quotes"), NULL);
      for (guint i = 0; i < sig->voices->len; i++)
        {
          const BylineModelVoice *v = &g_array_index (sig->voices, BylineModelVoice, i);
          g_autofree char *n = g_strdup_printf ("%u", v->quotes);

          add_row (table, v->voice.name, v->country, n);
        }
    }
  count = sig->unnamed_sources;
  add_signal (c, count, ngettext ("%u claim rests on unnamed sources.",
                                  "%u claims rest on unnamed sources.", count), count);
  count = sig->numbers_without_source;
  add_signal (c, count, ngettext ("%u figure is given with no source.",
                                  "%u figures are given with no source.", count), count);
  count = sig->agentless_passives;
  add_signal (c, count, ngettext ("%u passive says no one did it (“is believed to”).",
                                  "%u passives say no one did it (“is believed to”).", count), count);
  count = sig->hedged_claims;
  add_signal (c, count, ngettext ("%u claim is hedged (“likely”, “reportedly”).",
                                  "%u claims are hedged (“likely”, “reportedly”).", count), count);
  count = sig->loaded_words;
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
add_span (GArray                *events,
          const BylineCharIndex *map,
          gint64                 start,
          gint64                 end,
          SpanKind               kind)
{
  gint64 n = byline_char_index_get_n_chars (map);
  Event open = { (guint32) CLAMP (start, 0, n), 1, kind };
  Event close = { (guint32) CLAMP (end, 0, n), -1, kind };

  if (close.pos <= open.pos)
    return;
  g_array_append_val (events, open);
  g_array_append_val (events, close);
}

static void
add_spans (GArray                *events,
           const BylineCharIndex *map,
           GArray                *spans,
           SpanKind               kind)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const BylineCharSpan *s = &g_array_index (spans, BylineCharSpan, i);

      add_span (events, map, s->start, s->end, kind);
    }
}

static void
collect_spans (GArray                    *events,
               const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (model->entities, BylineModelEntity, i);

      /* every type has its highlight but OTHER */
      if (e->type == BYLINE_ENTITY_OTHER)
        continue;
      for (guint k = 0; k < e->mentions->len; k++)
        {
          const BylineCharSpan *s = &g_array_index (e->mentions, BylineModelMention, k).span;

          add_span (events, model->index, s->start, s->end, (SpanKind) (SPAN_PERSON + e->type));
        }
    }
  for (guint i = 0; i < model->quotes->len; i++)
    {
      const BylineCharSpan *s = &g_array_index (model->quotes, BylineModelQuote, i).span;

      add_span (events, model->index, s->start, s->end, SPAN_QUOTE);
    }
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *claim = &g_array_index (model->claims, BylineModelClaim, i);

      add_spans (events, model->index, claim->hedges, SPAN_HEDGE);
      add_spans (events, model->index, claim->loaded, SPAN_LOADED);
    }
}

/* The paragraphs: the analysis's, else the text's non-empty lines */
static GArray *
find_paragraphs (const BylineCharIndex     *map,
                 const BylineAnalysisModel *model)
{
  GArray *paragraphs = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
  GArray *spans = model != NULL ? model->document.paragraphs : NULL;

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const BylineCharSpan *s = &g_array_index (spans, BylineCharSpan, i);
      guint32 p[2] = { s->start, s->end };

      /* in order and apart, or not at all */
      if (p[1] > p[0] && (paragraphs->len == 0 || p[0] >= g_array_index (paragraphs, guint32, paragraphs->len * 2 - 1)))
        g_array_append_val (paragraphs, p);
    }
  if (paragraphs->len == 0)
    {
      const char *text = byline_char_index_get_text (map);
      const char *end = text + byline_char_index_get_length (map);
      guint32 start = 0, i = 0;

      for (const char *p = text;; p = g_utf8_next_char (p), i++)
        if (p >= end || *p == '\n')
          {
            guint32 para[2] = { start, i };

            if (i > start)
              g_array_append_val (paragraphs, para);
            start = i + 1;
            if (p >= end)
              break;
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
build_article (ExportContent             *c,
               const BylineCharIndex     *map,
               const BylineAnalysisModel *model)
{
  g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr (GArray) paragraphs = find_paragraphs (map, model);
  int counts[N_SPAN_KINDS] = { 0 };
  guint ei = 0, mi = 0, ni = 0;

  if (model != NULL)
    collect_spans (events, model);
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
              ExportSegment mark = { byline_char_index_to_byte (map, pos), byline_char_index_to_byte (map, pos), 0, g_array_index (marks, Mark, mi).number };

              g_array_append_val (para->segments, mark);
            }
          if (pos >= end)
            break;
          if (ei < events->len && g_array_index (events, Event, ei).pos < next)
            next = g_array_index (events, Event, ei).pos;
          if (mi < marks->len && g_array_index (marks, Mark, mi).pos < next)
            next = g_array_index (marks, Mark, mi).pos;
          {
            ExportSegment seg = { byline_char_index_to_byte (map, pos), byline_char_index_to_byte (map, next), mask_of (counts), 0 };

            g_array_append_val (para->segments, seg);
          }
          pos = next;
        }
      /* marks of passages that end in the gap after the paragraph */
      for (; mi < marks->len && g_array_index (marks, Mark, mi).pos <= limit; mi++)
        {
          ExportSegment mark = { byline_char_index_to_byte (map, end), byline_char_index_to_byte (map, end), 0, g_array_index (marks, Mark, mi).number };

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
add_provenance (ExportContent             *c,
                const BylineAnalysisModel *model)
{
  g_clear_pointer (&c->provenance, g_free);
  if (model != NULL)
    c->provenance = byline_analysis_model_dup_provenance (model);
  if (c->provenance != NULL)
    add_block (c->head, BLOCK_TEXT, c->provenance);
}

ExportContent *
_byline_export_content_new (BylineExportInput *input)
{
  ExportContent *c = g_new0 (ExportContent, 1);
  const char *text = input->text != NULL ? input->text : "";
  g_autoptr (BylineAnalysisModel) model = NULL;
  g_autoptr (BylineCharIndex) own_map = NULL;
  const BylineCharIndex *map;

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

  /* an analysis that does not fit the text is left out, as if there were none */
  if (input->analysis != NULL)
    {
      g_autoptr (GError) error = NULL;

      model = byline_analysis_model_new (input->analysis, text, -1, &error);
      if (model == NULL)
        g_debug ("the analysis is left out of the export: %s", error->message);
    }
  if (model != NULL)
    map = model->index;
  else
    map = own_map = byline_char_index_new (text, -1);

  /* the notes, numbered in the order of the text, orphaned ones last */
  for (guint i = 0; input->notes != NULL && i < input->notes->len; i++)
    {
      ExportNote *n = g_new0 (ExportNote, 1);

      n->note = input->notes->pdata[i];
      /* a note whose passage is gone, or with a span that does not fit this text */
      n->orphaned = n->note->orphaned || n->note->end > byline_char_index_get_n_chars (map)
                    || n->note->start >= n->note->end;
      if (n->orphaned)
        {
          n->passage = g_strdup (n->note->exact != NULL ? n->note->exact : "");
          g_strdelimit (n->passage, "\t\r\n", ' ');
        }
      else
        n->passage = words_at (map, n->note->start, n->note->end);
      g_ptr_array_add (c->notes, n);
    }
  g_ptr_array_sort (c->notes, compare_notes);
  for (guint i = 0; i < c->notes->len; i++)
    ((ExportNote *) c->notes->pdata[i])->number = i + 1;

  add_heading (c->head, 1, input->title != NULL && *input->title != '\0' ? input->title : _("Untitled article"));
  add_provenance (c, model);
  add_meta (c->head, _("Source"), input->source);
  add_meta (c->head, _("Date"), input->dateline);
  add_meta (c->head, _("Annotated by"), input->reader);

  if (model != NULL && !(input->flags & BYLINE_EXPORT_NOTES_ONLY))
    {
      add_entities (c, model);
      add_meetings (c, model);
      add_quotes (c, model);
      add_claims (c, model);
      add_sources (c, model);
    }
  if (!(input->flags & BYLINE_EXPORT_NO_ARTICLE))
    build_article (c, map, model);
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
