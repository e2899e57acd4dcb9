/* byline-analysis.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-input.h"
#include "byline-json-writer.h"

static int
compare_voices (gconstpointer a, gconstpointer b)
{
  const BylineVoice *x = a, *y = b;

  if (x->quotes != y->quotes)
    return x->quotes > y->quotes ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* One claim's share of the signals */
static void
count_claim (BylineSignals *sig, const BylineClaimFacts *c)
{
  g_return_if_fail (c->attribution < BYLINE_N_ATTRIBUTIONS);
  sig->by_attribution[c->attribution]++;
  if (c->attribution == BYLINE_ATTRIBUTION_ANONYMOUS)
    sig->unnamed_sources++;
  if (c->attribution == BYLINE_ATTRIBUTION_UNATTRIBUTED && c->has_number)
    sig->numbers_without_source++;
  sig->agentless_passives += c->agentless;
  sig->loaded_words += c->loaded;
  if (c->hedges > 0)
    sig->hedged_claims++;
}

/**
 * byline_signals_count:
 * @signals: where to count; its voices array is made anew
 *
 * The media-literacy signals of an article's claims and quotes: claims by
 * attribution, unnamed sources, figures with no source, agentless passives,
 * hedged claims, loaded words; and its voices, one a name, most quoted
 * first, then by name.
 */
void
byline_signals_count (BylineSignals          *sig,
                      const BylineClaimFacts *claims,
                      guint                   n_claims,
                      const BylineQuoteFacts *quotes,
                      guint                   n_quotes)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (sig != NULL);

  byline_signals_clear (sig);
  sig->voices = g_array_new (FALSE, FALSE, sizeof (BylineVoice));
  for (guint i = 0; i < n_claims; i++)
    count_claim (sig, &claims[i]);
  /* voices: who is quoted, by name */
  for (guint i = 0; i < n_quotes; i++)
    {
      const BylineQuoteFacts *q = &quotes[i];
      gpointer index;

      if (q->name == NULL)
        continue;
      if (g_hash_table_lookup_extended (seen, q->name, NULL, &index))
        g_array_index (sig->voices, BylineVoice, GPOINTER_TO_UINT (index)).quotes++;
      else
        {
          BylineVoice v = { q->entity, q->name, 1, q->country, q->data };

          g_hash_table_insert (seen, (gpointer) q->name, GUINT_TO_POINTER (sig->voices->len));
          g_array_append_val (sig->voices, v);
        }
    }
  g_array_sort (sig->voices, compare_voices);
}

void
byline_signals_clear (BylineSignals *sig)
{
  g_return_if_fail (sig != NULL);

  g_clear_pointer (&sig->voices, g_array_unref);
  memset (sig, 0, sizeof *sig);
}

static void
compute_signals (BylineAnalysis *self)
{
  g_autofree BylineQuoteFacts *quotes = g_new0 (BylineQuoteFacts, self->quotes->len + 1);

  for (guint i = 0; i < self->quotes->len; i++)
    {
      const BylineQuote *q = self->quotes->pdata[i];
      BylineQuoteFacts facts = { q->speaker, q->speaker ? q->speaker->name : q->speaker_name, NULL, NULL };

      if (q->speaker != NULL)
        facts.country = q->speaker->affiliation ? q->speaker->affiliation
                        : (q->speaker->lex ? q->speaker->lex->country_name : NULL);
      quotes[i] = facts;
    }
  byline_signals_count (&self->signals, NULL, 0, quotes, self->quotes->len);
  /* the claims one at a time: their facts in an array would be a claim's
   * size again, at the peak */
  for (guint i = 0; i < self->claims->len; i++)
    {
      BylineClaimView c;

      byline_claims_view (self->claims, i, &c);
      {
        BylineClaimFacts facts = { c.attribution, c.has_number, c.n_hedges, c.n_loaded, c.n_agentless };

        count_claim (&self->signals, &facts);
      }
    }
}

/**
 * byline_analysis_new:
 *
 * Analyses @text. Total, like a parser: any text gives an analysis.
 */
BylineAnalysis *
byline_analysis_new (BylineText *text)
{
  return byline_analysis_new_with_page (text, NULL);
}

/**
 * byline_analysis_new_with_page:
 * @page: (nullable): the imported page's metadata: URL, author, date, publisher
 *
 * Analyses @text, which came from a page that says this of itself: the
 * document then has its URL, author, date of publication and outlet.
 */
BylineAnalysis *
byline_analysis_new_with_page (BylineText           *text,
                               const BylinePageMeta *page)
{
  BylineAnalysis *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (BylineAnalysis, 1);
  self->text = byline_text_ref (text);
  self->document = byline_document_new (text);
  if (page != NULL)
    byline_document_set_page (self->document, page);
  self->entities = byline_entities_find (self->document);
  self->mentions = byline_entities_mention_index (self->entities);
  {
    BylineClauseReader reader;
    g_autoptr (GArray) clauses = NULL;

    /* the clause reader's structure serves the quotes and the meetings,
     * and is gone before the claims, the peak */
    byline_clause_reader_init (&reader, self->document, self->entities, self->mentions);
    clauses = byline_clauses_read (&reader);
    self->quotes = byline_quotes_find (self->document, self->entities, self->mentions, clauses);
    self->meetings = byline_meetings_find (self->document, self->entities, self->mentions, clauses,
                                          self->quotes);
  }
  self->claims = byline_claims_find (self->document, self->entities, self->mentions, self->quotes);
  compute_signals (self);
  return self;
}

void
byline_analysis_free (BylineAnalysis *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->signals.voices, g_array_unref);
  g_clear_pointer (&self->claims, byline_claims_free);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->document, byline_document_free);
  g_clear_pointer (&self->text, byline_text_unref);
  g_free (self);
}

static char *
span_dup (const BylineAnalysis *self, const BylineSpan *span)
{
  if (span->end <= span->start)
    return NULL;
  return g_strndup (self->text->data + span->start, span->end - span->start);
}

/* The JSON writer and a cursor that turns byte offsets into code point
 * offsets: spans mostly come in text order, so each conversion scans only
 * the bytes since the last one. */
typedef struct
{
  BylineJsonWriter  json;
  const BylineText *text;
  gsize             byte;
  gsize             chars;
} W;

static gsize
char_offset (W *w, gsize byte)
{
  const guchar *p = (const guchar *) w->text->data;

  if (byte < w->byte || byte - w->byte > 64)
    {
      w->byte = MIN (byte, w->text->len);
      w->chars = byline_text_char_offset (w->text, w->byte);
      return w->chars;
    }
  for (; w->byte < byte && w->byte < w->text->len; w->byte++)
    if ((p[w->byte] & 0xC0) != 0x80)
      w->chars++;
  return w->chars;
}

static void
write_span (W *w, const BylineText *text, guint32 start, guint32 end)
{
  guint64 from = char_offset (w, start);

  byline_json_writer_span (&w->json, from, char_offset (w, end));
}

static void
write_span_member (W *w, const BylineText *text, const char *name, const BylineSpan *span)
{
  byline_json_writer_key (&w->json, name);
  if (span->end <= span->start)
    byline_json_writer_null (&w->json);
  else
    write_span (w, text, span->start, span->end);
}

static void
write_text_member (W *w, const BylineAnalysis *self, const char *name, const BylineSpan *span)
{
  byline_json_writer_key (&w->json, name);
  if (span->end <= span->start)
    byline_json_writer_null (&w->json);
  else
    byline_json_writer_string_len (&w->json, self->text->data + span->start, span->end - span->start);
}

static void
write_spans (W *w, const BylineText *text, const char *name, GArray *spans, gsize stride)
{
  byline_json_writer_key (&w->json, name);
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const BylineSpan *s = (const BylineSpan *) (spans->data + i * stride);
      write_span (w, text, s->start, s->end);
    }
  byline_json_writer_end_array (&w->json);
}

/* Where the article comes from: optional members, written only when known */
static void
write_provenance (W *w, const BylineDocument *doc)
{
  const char *members[][2] = {
    { "url", doc->url }, { "author", doc->author }, { "published", doc->published },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    if (members[i][1] != NULL)
      {
        byline_json_writer_key (&w->json, members[i][0]);
        byline_json_writer_string (&w->json, members[i][1]);
      }
  if (doc->outlet_name == NULL)
    return;
  byline_json_writer_key (&w->json, "outlet");
  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "name");
  byline_json_writer_string (&w->json, doc->outlet_name);
  /* an outlet the lexicon does not know: whether it is state media is unknown */
  byline_json_writer_key (&w->json, "state_media");
  if (doc->outlet != NULL)
    byline_json_writer_bool (&w->json, doc->outlet->state_media);
  else
    byline_json_writer_null (&w->json);
  byline_json_writer_key (&w->json, "reason");
  byline_json_writer_string (&w->json, doc->outlet ? doc->outlet->reason : NULL);
  if (doc->outlet != NULL && doc->outlet->ownership != NULL)
    {
      byline_json_writer_key (&w->json, "ownership");
      byline_json_writer_string (&w->json, doc->outlet->ownership);
    }
  if (doc->outlet != NULL && doc->outlet->country != NULL)
    {
      byline_json_writer_key (&w->json, "country");
      byline_json_writer_string (&w->json, doc->outlet->country);
    }
  byline_json_writer_end_object (&w->json);
}

static void
write_document (W *w, const BylineAnalysis *self)
{
  const BylineDocument *doc = self->document;
  g_autofree char *date = byline_day_valid (&doc->date) ? byline_day_to_iso (&doc->date) : NULL;

  byline_json_writer_key (&w->json, "document");
  byline_json_writer_begin_object (&w->json);
  write_text_member (w, self, "title", &doc->title);
  write_text_member (w, self, "standfirst", &doc->standfirst);
  write_text_member (w, self, "credit", &doc->credit);
  write_text_member (w, self, "byline", &doc->byline);
  byline_json_writer_key (&w->json, "dateline");
  byline_json_writer_string (&w->json, date);
  write_text_member (w, self, "dateline_text", &doc->dateline);
  write_text_member (w, self, "wire_place", &doc->wire_place);
  write_text_member (w, self, "wire_agency", &doc->wire_agency);
  byline_json_writer_key (&w->json, "length");
  byline_json_writer_int (&w->json, (gint64) self->text->n_chars);
  write_provenance (w, doc);
  write_span_member (w, self->text, "title_span", &doc->title);
  write_span_member (w, self->text, "credit_span", &doc->credit);
  write_span_member (w, self->text, "dateline_span", &doc->dateline);
  write_spans (w, self->text, "paragraphs", doc->paragraphs, sizeof (BylineSpan));
  byline_json_writer_newline (&w->json);
  write_spans (w, self->text, "sentences", doc->sentences, sizeof (BylineSentence));
  byline_json_writer_end_object (&w->json);
}

static void
write_date_fields (W *w, const BylineDateMatch *m)
{
  if (m->resolution == BYLINE_DATE_DAY)
    {
      g_autofree char *iso = byline_day_to_iso (&m->from);
      byline_json_writer_key (&w->json, "date");
      byline_json_writer_string (&w->json, iso);
    }
  else if (m->resolution == BYLINE_DATE_RANGE)
    {
      g_autofree char *from = byline_day_to_iso (&m->from);
      g_autofree char *to = byline_day_to_iso (&m->to);
      byline_json_writer_key (&w->json, "from");
      byline_json_writer_string (&w->json, from);
      byline_json_writer_key (&w->json, "to");
      byline_json_writer_string (&w->json, to);
    }
  else if (m->resolution == BYLINE_DATE_DURATION)
    {
      byline_json_writer_key (&w->json, "duration");
      byline_json_writer_bool (&w->json, TRUE);
    }
}

static void
write_entity (W *w, const BylineAnalysis *self, const BylineEntity *e)
{
  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "id");
  byline_json_writer_string (&w->json, e->id);
  byline_json_writer_key (&w->json, "type");
  byline_json_writer_string (&w->json, byline_entity_type_to_string (e->type));
  byline_json_writer_key (&w->json, "name");
  byline_json_writer_string (&w->json, e->name);
  if (e->role)
    {
      byline_json_writer_key (&w->json, "role");
      byline_json_writer_string (&w->json, e->role);
    }
  if (e->affiliation)
    {
      byline_json_writer_key (&w->json, "affiliation");
      byline_json_writer_string (&w->json, e->affiliation);
    }
  if (e->lex != NULL)
    {
      if (g_strcmp0 (e->lex->name, e->name) != 0)
        {
          byline_json_writer_key (&w->json, "canonical");
          byline_json_writer_string (&w->json, e->lex->name);
        }
      if (e->lex->subkind)
        {
          byline_json_writer_key (&w->json, "kind");
          byline_json_writer_string (&w->json, e->lex->subkind);
        }
      if (e->lex->country)
        {
          byline_json_writer_key (&w->json, "country");
          byline_json_writer_string (&w->json, e->lex->country);
        }
      if (e->lex->kind == BYLINE_LEX_OUTLET)
        {
          byline_json_writer_key (&w->json, "outlet");
          byline_json_writer_begin_object (&w->json);
          byline_json_writer_key (&w->json, "state_media");
          byline_json_writer_bool (&w->json, e->lex->state_media);
          byline_json_writer_key (&w->json, "ownership");
          byline_json_writer_string (&w->json, e->lex->ownership);
          byline_json_writer_key (&w->json, "reason");
          byline_json_writer_string (&w->json, e->lex->reason);
          byline_json_writer_end_object (&w->json);
        }
    }
  byline_json_writer_key (&w->json, "mentions");
  byline_json_writer_begin_array (&w->json);
  for (guint k = 0; k < e->mentions->len; k++)
    {
      const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);

      if (e->type != BYLINE_ENTITY_DATE)
        {
          write_span (w, self->text, m->start, m->end);
          continue;
        }
      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "start");
      byline_json_writer_int (&w->json, (gint64) char_offset (w, m->start));
      byline_json_writer_key (&w->json, "end");
      byline_json_writer_int (&w->json, (gint64) char_offset (w, m->end));
      if (e->type == BYLINE_ENTITY_DATE)
        write_date_fields (w, &e->date);
      byline_json_writer_end_object (&w->json);
    }
  byline_json_writer_end_array (&w->json);
  byline_json_writer_end_object (&w->json);
}

static void
write_quote (W *w, const BylineAnalysis *self, const BylineQuote *q)
{
  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "start");
  byline_json_writer_int (&w->json, (gint64) char_offset (w, q->start));
  byline_json_writer_key (&w->json, "end");
  byline_json_writer_int (&w->json, (gint64) char_offset (w, q->end));
  byline_json_writer_key (&w->json, "kind");
  byline_json_writer_string (&w->json, byline_quote_kind_to_string (q->kind));
  byline_json_writer_key (&w->json, "speaker");
  byline_json_writer_string (&w->json, q->speaker ? q->speaker->id : NULL);
  byline_json_writer_key (&w->json, "speaker_name");
  byline_json_writer_string (&w->json, q->speaker_name);
  byline_json_writer_key (&w->json, "cue");
  if (q->cue.end > q->cue.start)
    write_span (w, self->text, q->cue.start, q->cue.end);
  else
    byline_json_writer_null (&w->json);
  if (q->connotation)
    {
      byline_json_writer_key (&w->json, "connotation");
      byline_json_writer_string (&w->json, q->connotation);
    }
  if (q->via_name)
    {
      byline_json_writer_key (&w->json, "via");
      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "entity");
      byline_json_writer_string (&w->json, q->via ? q->via->id : NULL);
      byline_json_writer_key (&w->json, "name");
      byline_json_writer_string (&w->json, q->via_name);
      byline_json_writer_end_object (&w->json);
    }
  byline_json_writer_end_object (&w->json);
}

static void
write_span_array (W *w, const BylineText *text, const char *name, GArray *spans)
{
  byline_json_writer_key (&w->json, name);
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const BylineSpan *s = &g_array_index (spans, BylineSpan, i);
      write_span (w, text, s->start, s->end);
    }
  byline_json_writer_end_array (&w->json);
}

static void
write_meeting (W *w, const BylineAnalysis *self, const BylineMeeting *m)
{
  g_autofree char *date = byline_day_valid (&m->date) ? byline_day_to_iso (&m->date) : NULL;

  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "participants");
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; i < m->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (m->participants, BylineParticipant, i);
      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "entity");
      byline_json_writer_string (&w->json, p->entity ? p->entity->id : NULL);
      byline_json_writer_key (&w->json, "name");
      byline_json_writer_string (&w->json, p->name);
      byline_json_writer_end_object (&w->json);
    }
  byline_json_writer_end_array (&w->json);
  byline_json_writer_key (&w->json, "place");
  if (m->place_name)
    {
      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "entity");
      byline_json_writer_string (&w->json, m->place ? m->place->id : NULL);
      byline_json_writer_key (&w->json, "name");
      byline_json_writer_string (&w->json, m->place_name);
      byline_json_writer_end_object (&w->json);
    }
  else
    byline_json_writer_null (&w->json);
  byline_json_writer_key (&w->json, "date");
  byline_json_writer_string (&w->json, date);
  byline_json_writer_key (&w->json, "time_text");
  byline_json_writer_string (&w->json, m->time_text);
  byline_json_writer_key (&w->json, "status");
  byline_json_writer_string (&w->json, byline_meeting_status_to_string (m->status));
  byline_json_writer_key (&w->json, "topics");
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; i < m->topics->len; i++)
    byline_json_writer_string (&w->json, m->topics->pdata[i]);
  byline_json_writer_end_array (&w->json);
  write_span_array (w, self->text, "evidence", m->evidence);
  byline_json_writer_end_object (&w->json);
}

static void
write_spans_n (W *w, const BylineText *text, const char *name, const BylineSpan *spans, guint n)
{
  byline_json_writer_key (&w->json, name);
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; i < n; i++)
    write_span (w, text, spans[i].start, spans[i].end);
  byline_json_writer_end_array (&w->json);
}

static void
write_claim (W *w, const BylineAnalysis *self, const BylineClaimView *c)
{
  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "start");
  byline_json_writer_int (&w->json, (gint64) char_offset (w, c->start));
  byline_json_writer_key (&w->json, "end");
  byline_json_writer_int (&w->json, (gint64) char_offset (w, c->end));
  byline_json_writer_key (&w->json, "attribution");
  byline_json_writer_string (&w->json, byline_attribution_to_string (c->attribution));
  byline_json_writer_key (&w->json, "source");
  byline_json_writer_string (&w->json, c->source ? c->source->id : NULL);
  byline_json_writer_key (&w->json, "source_name");
  byline_json_writer_string (&w->json, c->source_name);
  if (c->reason)
    {
      byline_json_writer_key (&w->json, "reason");
      byline_json_writer_string (&w->json, c->reason);
    }
  write_spans_n (w, self->text, "hedges", c->hedges, c->n_hedges);
  write_spans_n (w, self->text, "loaded", c->loaded, c->n_loaded);
  write_spans_n (w, self->text, "agentless", c->agentless, c->n_agentless);
  byline_json_writer_key (&w->json, "kind");
  byline_json_writer_string (&w->json, byline_claim_kind_to_string (c->kind));
  byline_json_writer_end_object (&w->json);
}

static void
write_signals (W *w, const BylineAnalysis *self)
{
  const BylineSignals *sig = &self->signals;

  byline_json_writer_key (&w->json, "signals");
  byline_json_writer_begin_object (&w->json);
  byline_json_writer_key (&w->json, "claims_by_attribution");
  byline_json_writer_begin_object (&w->json);
  for (int a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
    {
      byline_json_writer_key (&w->json, byline_attribution_to_string (a));
      byline_json_writer_int (&w->json, sig->by_attribution[a]);
    }
  byline_json_writer_end_object (&w->json);
  byline_json_writer_key (&w->json, "voices");
  byline_json_writer_begin_array (&w->json);
  for (guint i = 0; i < sig->voices->len; i++)
    {
      const BylineVoice *v = &g_array_index (sig->voices, BylineVoice, i);

      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "entity");
      byline_json_writer_string (&w->json, v->entity ? v->entity->id : NULL);
      byline_json_writer_key (&w->json, "name");
      byline_json_writer_string (&w->json, v->name);
      byline_json_writer_key (&w->json, "quotes");
      byline_json_writer_int (&w->json, v->quotes);
      byline_json_writer_key (&w->json, "country");
      byline_json_writer_string (&w->json, v->country);
      byline_json_writer_end_object (&w->json);
    }
  byline_json_writer_end_array (&w->json);
  byline_json_writer_key (&w->json, "unnamed_sources");
  byline_json_writer_int (&w->json, sig->unnamed_sources);
  byline_json_writer_key (&w->json, "numbers_without_source");
  byline_json_writer_int (&w->json, sig->numbers_without_source);
  byline_json_writer_key (&w->json, "agentless_passives");
  byline_json_writer_int (&w->json, sig->agentless_passives);
  byline_json_writer_key (&w->json, "hedged_claims");
  byline_json_writer_int (&w->json, sig->hedged_claims);
  byline_json_writer_key (&w->json, "loaded_words");
  byline_json_writer_int (&w->json, sig->loaded_words);
  byline_json_writer_key (&w->json, "photo_credit");
  if (self->document->credit.end > self->document->credit.start)
    {
      byline_json_writer_begin_object (&w->json);
      byline_json_writer_key (&w->json, "text");
      byline_json_writer_string_len (&w->json, self->text->data + self->document->credit.start,
                                     self->document->credit.end - self->document->credit.start);
      byline_json_writer_key (&w->json, "counted_as_source");
      byline_json_writer_bool (&w->json, FALSE);
      byline_json_writer_end_object (&w->json);
    }
  else
    byline_json_writer_null (&w->json);
  byline_json_writer_end_object (&w->json);
}

/**
 * byline_analysis_write_json:
 * @out: where to append the JSON
 *
 * Writes the analysis as the JSON contract of DESIGN.md, streaming, so that a
 * big text costs no tree of nodes.
 */
static gboolean
write_json (const BylineAnalysis *self,
            GString              *out,
            BylineJsonSink        sink,
            gpointer              user_data)
{
  W w = { .text = self->text };

  byline_json_writer_init (&w.json, out);
  byline_json_writer_set_sink (&w.json, sink, user_data);
  byline_json_writer_begin_object (&w.json);
  byline_json_writer_key (&w.json, "schema");
  byline_json_writer_string (&w.json, BYLINE_ANALYSIS_SCHEMA);
  byline_json_writer_newline (&w.json);
  write_document (&w, self);
  byline_json_writer_newline (&w.json);
  byline_json_writer_key (&w.json, "entities");
  byline_json_writer_begin_array (&w.json);
  for (guint i = 0; i < self->entities->len; i++)
    {
      byline_json_writer_newline (&w.json);
      write_entity (&w, self, self->entities->pdata[i]);
    }
  byline_json_writer_end_array (&w.json);
  byline_json_writer_newline (&w.json);
  byline_json_writer_key (&w.json, "quotes");
  byline_json_writer_begin_array (&w.json);
  for (guint i = 0; i < self->quotes->len; i++)
    {
      byline_json_writer_newline (&w.json);
      write_quote (&w, self, self->quotes->pdata[i]);
    }
  byline_json_writer_end_array (&w.json);
  byline_json_writer_newline (&w.json);
  byline_json_writer_key (&w.json, "meetings");
  byline_json_writer_begin_array (&w.json);
  for (guint i = 0; i < self->meetings->len; i++)
    {
      byline_json_writer_newline (&w.json);
      write_meeting (&w, self, self->meetings->pdata[i]);
    }
  byline_json_writer_end_array (&w.json);
  byline_json_writer_newline (&w.json);
  byline_json_writer_key (&w.json, "claims");
  byline_json_writer_begin_array (&w.json);
  for (guint i = 0; i < self->claims->len; i++)
    {
      BylineClaimView c;

      byline_claims_view (self->claims, i, &c);
      byline_json_writer_newline (&w.json);
      write_claim (&w, self, &c);
    }
  byline_json_writer_end_array (&w.json);
  byline_json_writer_newline (&w.json);
  write_signals (&w, self);
  byline_json_writer_end_object (&w.json);
  byline_json_writer_newline (&w.json);
  return byline_json_writer_flush (&w.json);
}

void
byline_analysis_write_json (const BylineAnalysis *self,
                            GString              *out)
{
  write_json (self, out, NULL, NULL);
}

/**
 * byline_analysis_write_json_to:
 * @sink: takes the JSON in chunks of about 64 KiB
 *
 * Returns: FALSE when @sink failed
 */
gboolean
byline_analysis_write_json_to (const BylineAnalysis *self,
                               BylineJsonSink        sink,
                               gpointer              user_data)
{
  g_autoptr (GString) out = g_string_sized_new (1 << 17);

  return write_json (self, out, sink, user_data);
}

static void
append_type (GString *out, const BylineAnalysis *self, BylineEntityType type, const char *heading)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->entities->len; i++)
    {
      const BylineEntity *e = self->entities->pdata[i];

      if (e->type != type)
        continue;
      if (!any)
        g_string_append_printf (out, "\n%s\n", heading);
      any = TRUE;
      g_string_append_printf (out, "  %s", e->name);
      if (e->role && e->affiliation)
        g_string_append_printf (out, " — %s, %s", e->role, e->affiliation);
      else if (e->role)
        g_string_append_printf (out, " — %s", e->role);
      else if (e->affiliation && type != BYLINE_ENTITY_NORP)
        g_string_append_printf (out, " — %s", e->affiliation);
      if (type == BYLINE_ENTITY_DATE)
        {
          g_autofree char *from = byline_day_to_iso (&e->date.from);
          g_autofree char *to = byline_day_to_iso (&e->date.to);
          if (e->date.resolution == BYLINE_DATE_DAY)
            g_string_append_printf (out, " = %s", from);
          else if (e->date.resolution == BYLINE_DATE_RANGE)
            g_string_append_printf (out, " = %s … %s", from, to);
        }
      if (e->lex && e->lex->kind == BYLINE_LEX_OUTLET && e->lex->state_media)
        /* Translators: shown after an outlet's name */
        g_string_append_printf (out, " [%s]", _("state media"));
      g_string_append_printf (out,
                              /* Translators: how often a name occurs */
                              ngettext (" (%u mention)", " (%u mentions)", e->mentions->len),
                              e->mentions->len);
      g_string_append_c (out, '\n');
    }
}

static void
append_quotes (GString *out, const BylineAnalysis *self)
{
  if (self->quotes->len == 0)
    return;
  g_string_append_printf (out, "\n%s\n", _("Quotes"));
  for (guint i = 0; i < self->quotes->len; i++)
    {
      const BylineQuote *q = self->quotes->pdata[i];
      g_autofree char *words = g_strndup (self->text->data + q->start, q->end - q->start);
      const char *kind = byline_quote_kind_get_label (q->kind);

      g_strdelimit (words, "\n", ' ');
      /* Translators: speaker (kind): words */
      g_string_append_printf (out, "  %s (%s): %s%s%s\n", q->speaker_name ? q->speaker_name : _("unknown speaker"),
                              kind, q->kind == BYLINE_QUOTE_INDIRECT ? "" : "“", words,
                              q->kind == BYLINE_QUOTE_INDIRECT ? "" : "”");
      if (q->via_name)
        /* Translators: the outlet a quote came through */
        g_string_append_printf (out, "      %s %s\n", _("via"), q->via_name);
    }
}

static void
append_meetings (GString *out, const BylineAnalysis *self)
{
  if (self->meetings->len == 0)
    return;
  g_string_append_printf (out, "\n%s\n", _("Meetings"));
  for (guint i = 0; i < self->meetings->len; i++)
    {
      const BylineMeeting *m = self->meetings->pdata[i];
      g_autofree char *date = byline_day_valid (&m->date) ? byline_day_to_iso (&m->date) : NULL;

      g_string_append (out, "  ");
      for (guint p = 0; p < m->participants->len; p++)
        {
          const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
          if (p > 0)
            g_string_append (out, p + 1 == m->participants->len ? _(" and ") : ", ");
          g_string_append (out, pp->name);
        }
      if (m->place_name)
        /* Translators: a meeting's place */
        g_string_append_printf (out, _(", in %s"), m->place_name);
      if (date)
        /* Translators: a meeting's date */
        g_string_append_printf (out, _(", on %s"), date);
      g_string_append_printf (out, " (%s)", byline_meeting_status_to_string (m->status));
      if (m->topics->len > 0)
        {
          g_string_append_printf (out, " — %s ", _("about"));
          for (guint t = 0; t < m->topics->len; t++)
            g_string_append_printf (out, "%s%s", t > 0 ? "; " : "", (char *) m->topics->pdata[t]);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_claims (GString *out, const BylineAnalysis *self)
{
  const BylineSignals *sig = &self->signals;
  static const char *labels[BYLINE_N_ATTRIBUTIONS] = {
    N_("a named person"), N_("a named organisation"), N_("state media"), N_("other media"),
    N_("anonymous sources"), N_("no one (the writer)"),
  };

  if (self->claims->len == 0)
    return;
  g_string_append_printf (out, "\n%s\n", _("Claims, by whose authority they rest on"));
  for (int a = 0; a < BYLINE_N_ATTRIBUTIONS; a++)
    if (sig->by_attribution[a] > 0)
      g_string_append_printf (out, "  %-24s %u\n", _(labels[a]), sig->by_attribution[a]);
  for (guint i = 0; i < self->claims->len; i++)
    {
      BylineClaimView view;
      const BylineClaimView *c = &view;

      byline_claims_view (self->claims, i, &view);
      if (c->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA && c->source_name)
        {
          g_autofree char *t = g_strndup (self->text->data + c->start, MIN (c->end - c->start, 90));
          g_strdelimit (t, "\n", ' ');
          if (c->reason)
            /* Translators: a claim resting on state media, and why the outlet counts as such */
            g_string_append_printf (out, _("  state media: %s… (%s: %s)\n"), t, c->source_name, c->reason);
          else
            /* Translators: a claim resting on state media */
            g_string_append_printf (out, _("  state media: %s… (%s)\n"), t, c->source_name);
        }
    }
  g_string_append_printf (out, "\n%s\n", _("Signals"));
  g_string_append_printf (out, _("  claims on unnamed sources: %u\n"), sig->unnamed_sources);
  g_string_append_printf (out, _("  figures with no source: %u\n"), sig->numbers_without_source);
  g_string_append_printf (out, _("  agentless passives (\"is believed to\"): %u\n"), sig->agentless_passives);
  g_string_append_printf (out, _("  hedged claims: %u, loaded words: %u\n"), sig->hedged_claims, sig->loaded_words);
  if (sig->voices->len > 0)
    {
      g_string_append_printf (out, _("  voices:"));
      for (guint v = 0; v < sig->voices->len; v++)
        {
          const BylineVoice *voice = &g_array_index (sig->voices, BylineVoice, v);
          g_string_append_printf (out, "%s %s ×%u", v > 0 ? "," : "", voice->name, voice->quotes);
        }
      g_string_append_c (out, '\n');
    }
}

/**
 * byline_analysis_to_text:
 *
 * Returns: (transfer full): a summary for a terminal
 */
char *
byline_analysis_to_text (const BylineAnalysis *self)
{
  GString *out = g_string_new (NULL);
  const BylineDocument *doc = self->document;
  g_autofree char *title = span_dup (self, &doc->title);
  g_autofree char *standfirst = span_dup (self, &doc->standfirst);
  g_autofree char *credit = span_dup (self, &doc->credit);
  g_autofree char *byline = span_dup (self, &doc->byline);
  g_autofree char *date = byline_day_valid (&doc->date) ? byline_day_to_iso (&doc->date) : NULL;

  g_string_append_printf (out, "%s\n", title ? title : _("(no headline)"));
  if (standfirst)
    g_string_append_printf (out, "%s\n", standfirst);
  if (date)
    g_string_append_printf (out, _("Dated: %s\n"), date);
  if (byline)
    g_string_append_printf (out, _("Byline: %s\n"), byline);
  if (doc->author != NULL && byline == NULL)
    g_string_append_printf (out, _("Byline: %s\n"), doc->author);
  if (doc->outlet_name != NULL)
    {
      g_autofree char *label = byline_outlet_label (doc->outlet_name,
                                                    doc->outlet ? doc->outlet->state_media : -1,
                                                    doc->outlet ? doc->outlet->reason : NULL);
      /* Translators: the outlet that published the article */
      g_string_append_printf (out, _("Outlet: %s\n"), label);
    }
  if (doc->url != NULL)
    g_string_append_printf (out, _("URL: %s\n"), doc->url);
  if (credit)
    g_string_append_printf (out, _("Photo credit: %s (a credit, not a source)\n"), credit);
  g_string_append_printf (out,
                          _("%u paragraphs, %u sentences, %lu characters\n"),
                          doc->paragraphs->len, doc->sentences->len, (unsigned long) self->text->n_chars);

  append_type (out, self, BYLINE_ENTITY_PERSON, _("People"));
  append_type (out, self, BYLINE_ENTITY_ORG, _("Organisations"));
  append_type (out, self, BYLINE_ENTITY_PLACE, _("Places"));
  append_type (out, self, BYLINE_ENTITY_NORP, _("Nationalities and groups"));
  append_type (out, self, BYLINE_ENTITY_DATE, _("Dates"));
  append_type (out, self, BYLINE_ENTITY_MONEY, _("Money"));
  append_type (out, self, BYLINE_ENTITY_QUANTITY, _("Quantities"));
  append_quotes (out, self);
  append_meetings (out, self);
  append_claims (out, self);
  return g_string_free (out, FALSE);
}

/**
 * byline_outlet_label:
 * @state_media: TRUE, FALSE, or -1 when the outlet lexicon does not know it
 * @reason: (nullable): the lexicon's reason
 *
 * Returns: (transfer full): "Press TV — state media: English-language news
 *   channel of Iran's state broadcaster IRIB", or the outlet's name alone
 */
char *
byline_outlet_label (const char *name,
                     int         state_media,
                     const char *reason)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (state_media > 0 && reason != NULL && *reason)
    {
      /* the reason is a sentence: its full stop would end the line too soon */
      int len = (int) strlen (reason);

      if (len > 1 && reason[len - 1] == '.')
        len--;
      /* Translators: an outlet's name, and why it counts as state media */
      return g_strdup_printf (_("%s — state media: %.*s"), name, len, reason);
    }
  if (state_media > 0)
    /* Translators: an outlet's name */
    return g_strdup_printf (_("%s — state media"), name);
  return g_strdup (name);
}

/**
 * byline_provenance_line_for:
 * @author: (nullable): the article's author
 * @outlet: (nullable): its outlet's name
 * @state_media: TRUE, FALSE, or -1 when the outlet lexicon does not know it
 * @reason: (nullable): why the outlet counts as state media
 * @published: (nullable): the date of publication
 *
 * byline_provenance_line () from its parts.
 *
 * Returns: (transfer full) (nullable): the line, or NULL when there is
 *   nothing to say
 */
char *
byline_provenance_line_for (const char *author,
                            const char *outlet,
                            int         state_media,
                            const char *reason,
                            const char *published)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (author != NULL && *author)
    /* Translators: the article's author */
    g_ptr_array_add (parts, g_strdup_printf (_("By %s"), author));
  if (outlet != NULL)
    g_ptr_array_add (parts, byline_outlet_label (outlet, state_media, reason));
  if (published != NULL && *published)
    /* Translators: the date a page was published */
    g_ptr_array_add (parts, g_strdup_printf (_("published %s"), published));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
