/* byline-claims.c: what each sentence asserts, and who it rests on
 *
 * byline_claims_find() makes one claim of each sentence of the body (not
 * the headline and standfirst, a caption, a credit line or a question),
 * with its kind (statement, prediction, opinion), hedges, loaded words and
 * agentless passives. The source comes from the outer "according to X" or
 * the outlet that reported it ("Fars News reported"), then the frame the
 * sentence sits in (byline-claims-frames.c) and its subject
 * (byline-claims-source.c), then the speaker of a quotation in the
 * sentence; media with no name, officials with no name, or nobody at all
 * are counted as such. A person or report a claim rested on is remembered
 * for "he said" and "the report said" in later sentences.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-claims"

#include "config.h"

#include <string.h>

#include "byline-claims.h"
#include "byline-claims-private.h"
#include "byline-lexicon.h"
#include "byline-scan-private.h"

const char *
byline_attribution_to_string (BylineAttribution a)
{
  static const char *names[] = {
    "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
  };

  g_return_val_if_fail (a < BYLINE_N_ATTRIBUTIONS, "unattributed");
  return names[a];
}

const char *
byline_claim_kind_to_string (BylineClaimKind kind)
{
  switch (kind)
    {
    case BYLINE_CLAIM_PREDICTION:
      return "prediction";
    case BYLINE_CLAIM_OPINION:
      return "opinion";
    case BYLINE_CLAIM_STATEMENT:
    default:
      return "statement";
    }
}

void
byline_claim_free (BylineClaim *claim)
{
  if (claim == NULL)
    return;
  g_free (claim->source_name);
  g_clear_pointer (&claim->hedges, g_array_unref);
  g_clear_pointer (&claim->loaded, g_array_unref);
  g_clear_pointer (&claim->agentless, g_array_unref);
  g_free (claim);
}

G_STATIC_ASSERT (sizeof (BylineClaimRow) == 28);

void
byline_claims_free (BylineClaims *claims)
{
  if (claims == NULL)
    return;
  g_free (claims->rows);
  g_array_unref (claims->spans);
  g_array_unref (claims->runs);
  g_string_free (claims->names, TRUE);
  g_ptr_array_unref (claims->entities);
  g_clear_pointer (&claims->other_reasons, g_hash_table_unref);
  g_free (claims);
}

/**
 * byline_claims_view:
 * @view: (out caller-allocates): the claim at @index, its pointers borrowed
 *   from @claims
 */
void
byline_claims_view (const BylineClaims *claims, guint index, BylineClaimView *view)
{
  const BylineClaimRow *row;

  g_return_if_fail (claims != NULL && index < claims->len);

  row = &claims->rows[index];
  memset (view, 0, sizeof *view);
  view->start = row->start;
  view->end = row->end;
  view->sentence = row->sentence;
  view->attribution = row->attribution;
  view->kind = row->kind;
  view->has_number = row->has_number;
  view->source = row->source ? claims->entities->pdata[row->source - 1] : NULL;
  view->source_name = row->source_name ? claims->names->str + row->source_name : NULL;
  switch ((BylineClaimReason) row->reason)
    {
    case BYLINE_CLAIM_REASON_IN_WORDS:
      view->reason = STATE_MEDIA_IN_WORDS;
      break;
    case BYLINE_CLAIM_REASON_SOURCE:
      view->reason = view->source->lex->reason;
      break;
    case BYLINE_CLAIM_REASON_OTHER:
      view->reason = claims->names->str
                     + GPOINTER_TO_UINT (g_hash_table_lookup (claims->other_reasons, GUINT_TO_POINTER (index)));
      break;
    case BYLINE_CLAIM_REASON_NONE:
    default:
      view->reason = NULL;
      break;
    }
  if (row->run > 0)
    {
      const BylineClaimRun *run = &g_array_index (claims->runs, BylineClaimRun, row->run - 1);
      const BylineSpan *spans = &g_array_index (claims->spans, BylineSpan, run->first);

      view->hedges = spans;
      view->n_hedges = run->n_hedges;
      view->loaded = spans + run->n_hedges;
      view->n_loaded = run->n_loaded;
      view->agentless = spans + run->n_hedges + run->n_loaded;
      view->n_agentless = run->n_agentless;
    }
}

/* How an entity as a source is counted */
BylineAttribution
_byline_claims_attribution_of_entity (const BylineEntity *e, const char **reason)
{
  *reason = NULL;
  if (e->lex != NULL && e->lex->kind == BYLINE_LEX_OUTLET)
    {
      if (e->lex->state_media)
        {
          *reason = e->lex->reason;
          return BYLINE_ATTRIBUTION_STATE_MEDIA;
        }
      return BYLINE_ATTRIBUTION_MEDIA;
    }
  switch (e->type)
    {
    case BYLINE_ENTITY_PERSON:
      return BYLINE_ATTRIBUTION_NAMED_PERSON;
    case BYLINE_ENTITY_ORG:
    case BYLINE_ENTITY_PLACE: /* "Moscow said": a government */
      return BYLINE_ATTRIBUTION_NAMED_ORG;
    default:
      return BYLINE_ATTRIBUTION_ANONYMOUS;
    }
}


/* How a source with no entity is counted: "Russian media reports",
 * "reports in Iran's state-run media", "officials from both countries" */
BylineAttribution
_byline_claims_attribution_of_words (const Ctx *c, guint first, guint end)
{
  gboolean media = FALSE, anonymous = FALSE, state = FALSE;

  for (guint k = first; k < end; k++)
    {
      guint kinds = 0;
      guint len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);

      if (is_word (c, k, "state-run") || is_word (c, k, "state-owned") || is_word (c, k, "state")
          || is_word (c, k, "official") || is_word (c, k, "government-run"))
        state = TRUE;
      if (len > 0)
        {
          if (kinds & BYLINE_CUE_MEDIA)
            media = TRUE;
          if (kinds & BYLINE_CUE_ANONYMOUS)
            anonymous = TRUE;
        }
    }
  if (media)
    return state ? BYLINE_ATTRIBUTION_STATE_MEDIA : BYLINE_ATTRIBUTION_MEDIA;
  if (anonymous)
    return BYLINE_ATTRIBUTION_ANONYMOUS;
  return BYLINE_ATTRIBUTION_ANONYMOUS;
}

static void
set_source_entity (BylineClaim *claim, const BylineEntity *e)
{
  claim->attribution = _byline_claims_attribution_of_entity (e, &claim->reason);
  claim->source = e;
  g_free (claim->source_name);
  claim->source_name = g_strdup (e->name);
}

/* Is the noun group starting at k (after "the") the object of a
 * preposition or a verb: "with the Times", "told Reuters"? */
gboolean
_byline_claims_object_of_preposition (const Ctx *c, guint lo, guint k)
{
  static const char *const before[] = {
    "with", "to", "told", "on", "for", "from", "at", "of", "about", "against", "into", "by", NULL,
  };

  if (k > lo && _byline_scan_is_word (c->text, c->toks, c->n, k - 1, "the"))
    k--;
  if (k == lo || c->toks[k - 1].kind != BYLINE_TOKEN_WORD
      || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  for (guint i = 0; before[i] != NULL; i++)
    if (_byline_scan_is_word (c->text, c->toks, c->n, k - 1, before[i]))
      return TRUE;
  return FALSE;
}

/* "Iran's Fars News reported", "KCNA said", "state media reported": an
 * outlet that carries the whole sentence */
/* "quoted Deputy Prime Minister X as saying" at token v: a person named, then "as" */
static gboolean
quotes_a_person (const Ctx *c, guint v, guint hi)
{
  if (!is_word (c, v, "quoted"))
    return FALSE;
  for (guint j = v + 1; j < hi && j < v + 8; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j)
        return r->entity->type == BYLINE_ENTITY_PERSON && r->end_token < hi && is_word (c, r->end_token, "as");
      if (!(c->toks[j].flags & BYLINE_TOKEN_CAP) && !is_word (c, j, "of") && !is_word (c, j, "the"))
        return FALSE;
    }
  return FALSE;
}

static gboolean
reported_by (const Ctx *c, guint lo, guint hi, BylineClaim *claim)
{
  for (guint m = byline_mentions_lower_bound (c->mentions, lo); m < c->mentions->len; m++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, m);
      guint k = r->first_token;
      guint v;

      if (k >= hi)
        break;
      if (in_quote (c, k) || r->entity->lex == NULL || r->entity->lex->kind != BYLINE_LEX_OUTLET
          || byline_span_contains (&c->doc->wire, r->start))
        continue;
      v = r->end_token;
      while (v < hi && v < r->end_token + 3 && (byline_token_cls (&c->toks[v]) & BYLINE_WORD_DATE_LEAD) == 0
             && !(byline_token_cls (&c->toks[v]) & BYLINE_WORD_SPEECH))
        v++;
      /* the outlet is the subject, not the venue: "in an interview with
       * the Times, the senator said", "told Reuters" */
      if (v < hi && (byline_token_cls (&c->toks[v]) & BYLINE_WORD_SPEECH) && !(c->toks[v].flags & BYLINE_TOKEN_CAP)
          && !_byline_claims_object_of_preposition (c, lo, k)
          /* not "RIA Novosti quoted Deputy Prime Minister X as saying": X speaks */
          && !quotes_a_person (c, v, hi))
        {
          set_source_entity (claim, r->entity);
          return TRUE;
        }
      /* "a report by Fars", "published by Voice of Russia", "quoted by IRNA" */
      if (k >= 2 && (is_word (c, k - 1, "by") || is_word (c, k - 1, "in")) && k > lo
          && (is_word (c, k - 2, "report") || is_word (c, k - 2, "published")
              || is_word (c, k - 2, "quoted") || is_word (c, k - 2, "carried")
              || is_word (c, k - 2, "reported")))
        {
          set_source_entity (claim, r->entity);
          return TRUE;
        }
    }
  return FALSE;
}
static inline guint
n_spans (const GArray *spans)
{
  return spans ? spans->len : 0;
}

/* Most claims have no hedge, loaded word or agentless passive: the arrays
 * are made when the first one is found. */
static void
add_span (GArray **spans, const Ctx *c, guint first, guint end)
{
  BylineSpan s = { c->toks[first].start, byline_token_end (&c->toks[end - 1]) };

  if (*spans == NULL)
    *spans = g_array_sized_new (FALSE, FALSE, sizeof (BylineSpan), 2);
  g_array_append_val (*spans, s);
}

/* "at least two more reactors", "at most 40 people": a bound on a figure
 * states it, it does not soften it */
static gboolean
bound_of_figure (const Ctx *c, guint k, guint len)
{
  guint v = k + len;

  if (len != 2 || !is_word (c, k, "at")
      || !(is_word (c, k + 1, "least") || is_word (c, k + 1, "most")))
    return FALSE;
  if (v < c->n && (is_word (c, v, "some") || is_word (c, v, "another")))
    v++;
  if (v < c->n && c->toks[v].kind == BYLINE_TOKEN_PUNCT)
    {
      gunichar ch = byline_token_first_char (c->text, &c->toks[v]);
      /* "at least $7 billion", "at least €2 million" */
      if ((byline_token_cls (&c->toks[v]) & BYLINE_WORD_CURRENCY_SYMBOL) || ch == '$' || ch == 0x20AC || ch == 0xA3
          || ch == 0xA5)
        v++;
    }
  return v < c->n
         && (c->toks[v].kind == BYLINE_TOKEN_NUMBER || (byline_token_cls (&c->toks[v]) & BYLINE_WORD_NUMBER)
             || is_word (c, v, "a") || is_word (c, v, "an") || is_word (c, v, "one")
             || is_word (c, v, "half") || is_word (c, v, "twice") || is_word (c, v, "double"));
}

static gboolean
skip_sentence (const Ctx *c, const BylineSentence *s)
{
  const BylineDocument *d = c->doc;
  guint words = 0;

  if (byline_span_contains (&d->credit, s->start) || byline_span_contains (&d->dateline, s->start)
      || byline_span_contains (&d->byline, s->start))
    return TRUE;
  /* the headline and the standfirst are the article's framing, not claims;
   * a first line that carries the photo credit is a caption, which asserts
   * what the picture shows */
  if ((byline_span_contains (&d->title, s->start)
       && !(d->credit.end > d->credit.start && byline_span_contains (&d->title, d->credit.start)))
      || byline_span_contains (&d->standfirst, s->start))
    return TRUE;
  /* "Reporting by ...; Editing by ...", "Source: ..." */
  if (s->end_token > s->first_token + 1
      && ((is_word (c, s->first_token, "reporting") || is_word (c, s->first_token, "editing")
           || is_word (c, s->first_token, "writing") || is_word (c, s->first_token, "additional"))
          || (is_word (c, s->first_token, "source")
              && c->toks[s->first_token + 1].kind == BYLINE_TOKEN_PUNCT)))
    return TRUE;
  for (guint k = s->first_token; k < s->end_token; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD)
      words++;
  if (words < 4)
    return TRUE;
  /* a question asserts nothing */
  return c->toks[s->end_token - 1].kind == BYLINE_TOKEN_PUNCT
         && byline_token_first_char (c->text, &c->toks[s->end_token - 1]) == '?'
         && !in_quote (c, s->end_token - 2);
}

static BylineClaim *
claim_for_sentence (Ctx *c, guint index, guint *next_quote)
{
  const BylineSentence *s = &g_array_index (c->doc->sentences, BylineSentence, index);
  BylineClaim *claim = g_new0 (BylineClaim, 1);
  guint lo = s->first_token, hi = s->end_token;
  gboolean prediction = FALSE, opinion = FALSE;
  guint anonymous = G_MAXUINT, anonymous_len = 0;

  claim->sentence = index;
  claim->attribution = BYLINE_ATTRIBUTION_UNATTRIBUTED;

  /* the wire dateline is not part of the claim */
  if (c->doc->wire.end > 0 && byline_span_contains (&c->doc->wire, c->toks[lo].start))
    while (lo < hi && c->toks[lo].start < c->doc->wire.end)
      lo++;
  claim->start = c->toks[lo < hi ? lo : s->first_token].start;
  claim->end = s->end;

  /* cues outside quotations */
  for (guint k = lo; k < hi; k++)
    {
      guint kinds = 0;
      guint len;

      if (c->toks[k].kind == BYLINE_TOKEN_NUMBER && !in_quote (c, k))
        claim->has_number = TRUE;
      if (in_quote (c, k))
        continue;
      len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);
      if (len == 0)
        continue;
      if ((kinds & BYLINE_CUE_HEDGE) && !bound_of_figure (c, k, len))
        add_span (&claim->hedges, c, k, k + len);
      if (kinds & BYLINE_CUE_LOADED)
        add_span (&claim->loaded, c, k, k + len);
      if (kinds & BYLINE_CUE_AGENTLESS)
        {
          /* "is believed ... by X" names someone after all */
          gboolean by = FALSE;
          for (guint j = k + len; j < hi && j < k + len + 3; j++)
            if (is_word (c, j, "by"))
              by = TRUE;
          if (!by)
            add_span (&claim->agentless, c, k, k + len);
        }
      if ((kinds & BYLINE_CUE_ANONYMOUS) && anonymous == G_MAXUINT)
        {
          anonymous = k;
          anonymous_len = len;
        }
      if (kinds & BYLINE_CUE_PREDICTION)
        prediction = TRUE;
      if (kinds & BYLINE_CUE_OPINION)
        opinion = TRUE;
      k += len - 1;
    }
  claim->kind = opinion      ? BYLINE_CLAIM_OPINION
                : prediction ? BYLINE_CLAIM_PREDICTION
                             : BYLINE_CLAIM_STATEMENT;

  /* the outer source first: "..., according to Fars", "..., Fars News reported" */
  if (_byline_claims_according_to (c, lo, hi, claim) || reported_by (c, lo, hi, claim))
    return claim;

  /* "It is learned that ...", "It is understood that ...": the writer's unnamed sources */
  if (hi > lo + 4 && is_word (c, lo, "it")
      && (is_word (c, lo + 1, "is") || is_word (c, lo + 1, "was"))
      && (is_word (c, lo + 2, "learned") || is_word (c, lo + 2, "learnt")
          || is_word (c, lo + 2, "understood"))
      && is_word (c, lo + 3, "that"))
    {
      claim->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
      return claim;
    }

  while (*next_quote < c->quotes->len
         && ((BylineQuote *)c->quotes->pdata[*next_quote])->end <= c->toks[s->first_token].start)
    (*next_quote)++;

  /* the frame of the sentence: "X said ...", "..., X said", "..., said X" */
  if (_byline_claims_sentence_frame (c, lo, hi, *next_quote, s->end, claim))
    return claim;

  /* "Said she had shaken hands ...": a frame with no subject goes on with the last speaker */
  if (hi > lo + 2 && (byline_token_cls (&c->toks[lo]) & BYLINE_WORD_SPEECH)
      && (is_word (c, lo + 1, "she") || is_word (c, lo + 1, "he") || is_word (c, lo + 1, "that"))
      && c->last_person != NULL && !in_quote (c, lo))
    {
      set_source_entity (claim, c->last_person);
      return claim;
    }

  /* a quotation in the sentence: a whole quoted sentence, or words whose
   * reporting verb is a frame here or in the sentence before */
  for (guint q = *next_quote; q < c->quotes->len; q++)
    {
      const BylineQuote *quote = c->quotes->pdata[q];
      guint cue = G_MAXUINT;

      if (quote->start >= s->end)
        break;
      if (quote->cue.end > 0 && quote->cue.start >= c->toks[lo].start && quote->cue.start < s->end)
        cue = _byline_claims_token_at (c, lo, hi, quote->cue.start);
      if (cue != G_MAXUINT)
        {
          guint subject_end;
          FrameKind kind = _byline_claims_frame_at (c, lo, hi, cue, &subject_end);
          if (kind != FRAME_VERB && kind != FRAME_INVERTED)
            continue;
        }
      else if (quote->kind == BYLINE_QUOTE_PARTIAL && quote->start >= s->start
               && quote->end <= s->end)
        /* quoted words inside the writer's own sentence: "referred to him as 'my friend'" */
        continue;
      if (quote->speaker != NULL)
        {
          set_source_entity (claim, quote->speaker);
          if (quote->via && claim->attribution != BYLINE_ATTRIBUTION_NAMED_PERSON)
            set_source_entity (claim, quote->via);
          return claim;
        }
      if (quote->speaker_name != NULL)
        {
          /* "Russian state media reported", "Turkish media reported": media, unnamed */
          if (strstr (quote->speaker_name, "media") != NULL)
            {
              gboolean state = strstr (quote->speaker_name, "state") != NULL
                               || strstr (quote->speaker_name, "official") != NULL;

              claim->attribution
                  = state ? BYLINE_ATTRIBUTION_STATE_MEDIA : BYLINE_ATTRIBUTION_MEDIA;
              claim->reason = state ? STATE_MEDIA_IN_WORDS : NULL;
            }
          else
            claim->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          claim->source_name = g_strdup (quote->speaker_name);
          return claim;
        }
    }

  /* "Russian state media reported", "local media said": media with no name */
  for (guint k = lo; k < hi && k < lo + 12; k++)
    {
      guint kinds = 0;
      guint len
          = in_quote (c, k) ? 0 : byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);

      if (len > 0 && (kinds & BYLINE_CUE_MEDIA))
        {
          guint v = k + len;
          if (v < hi && (byline_token_cls (&c->toks[v]) & BYLINE_WORD_SPEECH)
              && !(c->toks[v].flags & BYLINE_TOKEN_CAP))
            {
              guint from = k;
              /* "Russian state media": the words before belong to the source */
              while (from > lo && from + 3 > k && (c->toks[from - 1].kind == BYLINE_TOKEN_WORD)
                     && !(byline_token_cls (&c->toks[from - 1]) & BYLINE_WORD_STOPWORD))
                from--;
              claim->attribution = _byline_claims_attribution_of_words (c, from, v);
              if (claim->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA)
                claim->reason = STATE_MEDIA_IN_WORDS;
              claim->source_name = span_text (c, from, v);
              return claim;
            }
          k += len - 1;
        }
    }

  /* "officials said", "sources say", "experts believe",
   * "officials familiar with the talks said" */
  if (anonymous != G_MAXUINT)
    for (guint j = anonymous + anonymous_len; j < hi && j < anonymous + anonymous_len + 6; j++)
      if ((byline_token_cls (&c->toks[j]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
          && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
        {
          claim->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          claim->source_name = span_text (c, anonymous, anonymous + anonymous_len);
          return claim;
        }
  return claim;
}

/* What later sentences may point back to: the person who spoke ("he
 * said"), the outlet or report named ("the report said") */
static void
remember_sources (Ctx *c, const BylineSentence *s, const BylineClaim *claim)
{
  if (claim->source != NULL && claim->source->type == BYLINE_ENTITY_PERSON)
    c->last_person = claim->source;
  for (guint m = byline_mentions_lower_bound (c->mentions, s->first_token); m < c->mentions->len;
       m++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, m);
      const BylineEntity *e = r->entity;

      if (r->first_token >= s->end_token)
        break;
      if (e->lex != NULL && e->lex->kind == BYLINE_LEX_OUTLET)
        c->last_document = e;
      else if (e->type == BYLINE_ENTITY_ORG)
        {
          const char *last = strrchr (e->name, ' ');
          last = last ? last + 1 : e->name;
          for (guint i = 0; _byline_claims_documents[i] != NULL; i++)
            if (g_ascii_strcasecmp (last, _byline_claims_documents[i]) == 0
                || g_ascii_strcasecmp (last, "study") == 0)
              c->last_document = e;
        }
    }
}

/* Where byline_claims_find () keeps each claim as it is found: the names
 * each once, by their offsets; the entities by their indices */
typedef struct
{
  BylineClaims *claims;
  GHashTable   *names;     /* a name -> its offset */
  GHashTable   *entities;  /* an entity -> 1 + its index */
} Packer;

static guint32
pack_name (Packer *p, const char *name)
{
  gpointer offset;

  if (name == NULL)
    return 0;
  if (!g_hash_table_lookup_extended (p->names, name, NULL, &offset))
    {
      offset = GUINT_TO_POINTER (p->claims->names->len);
      g_string_append_len (p->claims->names, name, (gssize) strlen (name) + 1);
      g_hash_table_insert (p->names, g_strdup (name), offset);
    }
  return GPOINTER_TO_UINT (offset);
}

static void
pack_spans (BylineClaims *claims, const GArray *spans)
{
  if (spans != NULL)
    g_array_append_vals (claims->spans, spans->data, spans->len);
}

static void
pack_claim (Packer *p, const BylineClaim *claim)
{
  BylineClaimRow *row = &p->claims->rows[p->claims->len++];

  row->start = claim->start;
  row->end = claim->end;
  row->sentence = claim->sentence;
  row->attribution = (guint8) claim->attribution;
  row->kind = (guint8) claim->kind;
  row->has_number = claim->has_number ? 1 : 0;
  row->source = claim->source ? GPOINTER_TO_UINT (g_hash_table_lookup (p->entities, claim->source)) : 0;
  g_assert (claim->source == NULL || row->source > 0);
  row->source_name = pack_name (p, claim->source_name);
  if (claim->reason == NULL)
    row->reason = BYLINE_CLAIM_REASON_NONE;
  else if (strcmp (claim->reason, STATE_MEDIA_IN_WORDS) == 0)
    row->reason = BYLINE_CLAIM_REASON_IN_WORDS;
  else if (claim->source != NULL && claim->source->lex != NULL
           && g_strcmp0 (claim->reason, claim->source->lex->reason) == 0)
    row->reason = BYLINE_CLAIM_REASON_SOURCE;
  else
    {
      guint32 offset = pack_name (p, claim->reason);

      row->reason = BYLINE_CLAIM_REASON_OTHER;
      if (p->claims->other_reasons == NULL)
        p->claims->other_reasons = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (p->claims->other_reasons, GUINT_TO_POINTER (p->claims->len - 1),
                           GUINT_TO_POINTER (offset));
    }
  row->run = 0;
  if (claim->hedges != NULL || claim->loaded != NULL || claim->agentless != NULL)
    {
      BylineClaimRun run = { p->claims->spans->len, n_spans (claim->hedges),
                             n_spans (claim->loaded), n_spans (claim->agentless) };

      pack_spans (p->claims, claim->hedges);
      pack_spans (p->claims, claim->loaded);
      pack_spans (p->claims, claim->agentless);
      g_array_append_val (p->claims->runs, run);
      row->run = p->claims->runs->len;
    }
}

/**
 * byline_claims_find:
 * @quotes: the quotes of the document, in text order
 *
 * Makes a claim of every sentence that asserts something (not the headline
 * or the standfirst, which frame the article; not the credit or the
 * dateline, not a question), and says on whose authority it rests: the
 * speaker of the frame it sits in ("X said", "..., X reported", "according
 * to X"), a named person or organisation, state media (with the reason),
 * other media, anonymous sources, or nobody; with its hedges, loaded words
 * and agentless passives.
 *
 * Returns: (transfer full): the claims in text order
 */
BylineClaims *
byline_claims_find (const BylineDocument *doc, GPtrArray *entities, GArray *mentions,
                    GPtrArray *quotes)
{
  Ctx c = {
    doc,
    byline_lexicon_get (),
    doc->text->data,
    (const BylineToken *)doc->tokens->data,
    doc->tokens->len,
    mentions,
    quotes,
    NULL,
  };
  BylineClaims *claims = g_new0 (BylineClaims, 1);
  Packer p = { claims, NULL, NULL };
  guint next_quote = 0;

  claims->spans = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  claims->runs = g_array_new (FALSE, FALSE, sizeof (BylineClaimRun));
  claims->names = g_string_new_len ("", 1);
  claims->entities = g_ptr_array_ref (entities);
  if (c.n == 0)
    return claims;
  /* a claim a sentence at most: room for them all, the rest never touched */
  claims->rows = g_new (BylineClaimRow, MAX (doc->sentences->len, 1));
  p.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.entities = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < entities->len; i++)
    g_hash_table_insert (p.entities, entities->pdata[i], GUINT_TO_POINTER (i + 1));
  c.quoted = g_new0 (guint64, (c.n + 1) / 64 + 1);
  _byline_claims_index_cues (&c);
  for (guint q = 0; q < quotes->len; q++)
    {
      const BylineQuote *quote = quotes->pdata[q];
      if (quote->kind != BYLINE_QUOTE_INDIRECT)
        for (guint k = quote->first_token; k < quote->end_token; k++)
          c.quoted[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      const BylineSentence *sent = &g_array_index (doc->sentences, BylineSentence, s);

      BylineClaim *claim;

      if (skip_sentence (&c, sent))
        continue;
      claim = claim_for_sentence (&c, s, &next_quote);
      remember_sources (&c, sent, claim);
      pack_claim (&p, claim);
      byline_claim_free (claim);
    }
  g_free (c.quoted);
  g_free (c.by_cue);
  g_hash_table_unref (p.names);
  g_hash_table_unref (p.entities);
  claims->rows = g_renew (BylineClaimRow, claims->rows, MAX (claims->len, 1));
  return claims;
}
