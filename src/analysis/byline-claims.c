/* byline-claims.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-claims"

#include "config.h"

#include <string.h>

#include "byline-claims.h"
#include "byline-lexicon.h"
#include "byline-scan-private.h"

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GArray               *mentions;
  GPtrArray            *quotes;
  guint8               *in_quote;
} Ctx;

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

static gboolean
is_word (const Ctx *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

static char *
span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

/* How an entity as a source is counted */
static BylineAttribution
attribution_of_entity (const BylineEntity *e, const char **reason)
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

/* the reason when no outlet is named: "Russian state media reported" */
#define STATE_MEDIA_IN_WORDS "the article itself calls the source state media"

/* How a source with no entity is counted: "Russian media reports",
 * "reports in Iran's state-run media", "officials from both countries" */
static BylineAttribution
attribution_of_words (const Ctx *c, guint first, guint end)
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
  claim->attribution = attribution_of_entity (e, &claim->reason);
  claim->source = e;
  g_free (claim->source_name);
  claim->source_name = g_strdup (e->name);
}

/* "according to X": the outer source of the whole sentence */
static gboolean
according_to (const Ctx *c, guint lo, guint hi, BylineClaim *claim)
{
  for (guint k = lo; k + 2 < hi; k++)
    {
      guint end;

      if (!(is_word (c, k, "according") && is_word (c, k + 1, "to")) || c->in_quote[k])
        continue;
      end = k + 2;
      while (end < hi && end < k + 14 && c->toks[end].kind != BYLINE_TOKEN_PUNCT)
        end++;
      /* an outlet or a named source among the words */
      for (guint j = k + 2; j < end; j++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
          if (r != NULL && r->entity->lex && r->entity->lex->kind == BYLINE_LEX_OUTLET)
            {
              set_source_entity (claim, r->entity);
              return TRUE;
            }
        }
      for (guint j = k + 2; j < end; j++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
          if (r != NULL && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
            {
              set_source_entity (claim, r->entity);
              return TRUE;
            }
        }
      claim->attribution = attribution_of_words (c, k + 2, end);
      if (claim->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA)
        claim->reason = STATE_MEDIA_IN_WORDS;
      claim->source = NULL;
      g_free (claim->source_name);
      claim->source_name = span_text (c, k + 2, end);
      return TRUE;
    }
  return FALSE;
}

/* "Iran's Fars News reported", "KCNA said", "state media reported": an
 * outlet that carries the whole sentence */
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
      if (c->in_quote[k] || r->entity->lex == NULL || r->entity->lex->kind != BYLINE_LEX_OUTLET
          || byline_span_contains (&c->doc->wire, r->start))
        continue;
      v = r->end_token;
      while (v < hi && v < r->end_token + 3 && (c->toks[v].cls & BYLINE_WORD_DATE_LEAD) == 0
             && !(c->toks[v].cls & BYLINE_WORD_SPEECH))
        v++;
      if (v < hi && (c->toks[v].cls & BYLINE_WORD_SPEECH) && !(c->toks[v].flags & BYLINE_TOKEN_CAP))
        {
          set_source_entity (claim, r->entity);
          return TRUE;
        }
      /* "a report by Fars", "published by Voice of Russia", "quoted by IRNA" */
      if (k >= 2 && (is_word (c, k - 1, "by") || is_word (c, k - 1, "in")) && k > lo
          && (is_word (c, k - 2, "report") || is_word (c, k - 2, "published") || is_word (c, k - 2, "quoted")
              || is_word (c, k - 2, "carried") || is_word (c, k - 2, "reported")))
        {
          set_source_entity (claim, r->entity);
          return TRUE;
        }
    }
  return FALSE;
}

/* Most claims have no hedge, loaded word or agentless passive: the arrays
 * are made when the first one is found. */
static void
add_span (GArray **spans, const Ctx *c, guint first, guint end)
{
  BylineSpan s = { c->toks[first].start, c->toks[end - 1].end };

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

  if (len != 2 || !is_word (c, k, "at") || !(is_word (c, k + 1, "least") || is_word (c, k + 1, "most")))
    return FALSE;
  if (v < c->n && (is_word (c, v, "some") || is_word (c, v, "another")))
    v++;
  if (v < c->n && c->toks[v].kind == BYLINE_TOKEN_PUNCT)
    {
      gunichar ch = byline_token_first_char (c->text, &c->toks[v]);
      /* "at least $7 billion", "at least €2 million" */
      if ((c->toks[v].cls & BYLINE_WORD_CURRENCY_SYMBOL) || ch == '$' || ch == 0x20AC || ch == 0xA3 || ch == 0xA5)
        v++;
    }
  return v < c->n
         && (c->toks[v].kind == BYLINE_TOKEN_NUMBER || (c->toks[v].cls & BYLINE_WORD_NUMBER)
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
  if ((byline_span_contains (&d->title, s->start) && !(d->credit.end > d->credit.start && byline_span_contains (&d->title, d->credit.start)))
      || byline_span_contains (&d->standfirst, s->start))
    return TRUE;
  /* "Reporting by ...; Editing by ...", "Source: ..." */
  if (s->end_token > s->first_token + 1
      && ((is_word (c, s->first_token, "reporting") || is_word (c, s->first_token, "editing")
           || is_word (c, s->first_token, "writing") || is_word (c, s->first_token, "additional"))
          || (is_word (c, s->first_token, "source") && c->toks[s->first_token + 1].kind == BYLINE_TOKEN_PUNCT)))
    return TRUE;
  for (guint k = s->first_token; k < s->end_token; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD)
      words++;
  if (words < 4)
    return TRUE;
  /* a question asserts nothing */
  return c->toks[s->end_token - 1].kind == BYLINE_TOKEN_PUNCT
         && byline_token_first_char (c->text, &c->toks[s->end_token - 1]) == '?'
         && !c->in_quote[s->end_token - 2];
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

      if (c->toks[k].kind == BYLINE_TOKEN_NUMBER && !c->in_quote[k])
        claim->has_number = TRUE;
      if (c->in_quote[k])
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
  claim->kind = opinion ? BYLINE_CLAIM_OPINION : prediction ? BYLINE_CLAIM_PREDICTION : BYLINE_CLAIM_STATEMENT;

  /* the outer source first: "..., according to Fars", "..., Fars News reported" */
  if (according_to (c, lo, hi, claim) || reported_by (c, lo, hi, claim))
    return claim;

  /* a quotation or reported speech in the sentence */
  while (*next_quote < c->quotes->len
         && ((BylineQuote *) c->quotes->pdata[*next_quote])->end <= c->toks[s->first_token].start)
    (*next_quote)++;
  for (guint q = *next_quote; q < c->quotes->len; q++)
    {
      const BylineQuote *quote = c->quotes->pdata[q];

      if (quote->start >= s->end)
        break;
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

              claim->attribution = state ? BYLINE_ATTRIBUTION_STATE_MEDIA : BYLINE_ATTRIBUTION_MEDIA;
              claim->reason = state ? STATE_MEDIA_IN_WORDS : NULL;
            }
          else
            claim->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          claim->source_name = g_strdup (quote->speaker_name);
          return claim;
        }
    }

  /* "Larijani thanked Yıldırım", "Rouhani praised the ties": the subject of a
   * reporting verb in the writer's sentence */
  for (guint k = lo + 1; k < hi; k++)
    {
      const BylineToken *t = &c->toks[k];

      if (c->in_quote[k] || t->kind != BYLINE_TOKEN_WORD || (t->flags & BYLINE_TOKEN_CAP)
          || !(t->cls & BYLINE_WORD_SPEECH))
        continue;
      for (guint j = k; j > lo && j + 6 > k; j--)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j - 1);

          if (r == NULL)
            {
              if (c->toks[j - 1].kind == BYLINE_TOKEN_PUNCT && !is_word (c, j - 1, ","))
                break;
              continue;
            }
          if (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG)
            {
              set_source_entity (claim, r->entity);
              return claim;
            }
          j = r->first_token + 1;
        }
      break;
    }

  /* "Russian state media reported", "local media said": media with no name */
  for (guint k = lo; k < hi && k < lo + 12; k++)
    {
      guint kinds = 0;
      guint len = c->in_quote[k] ? 0 : byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);

      if (len > 0 && (kinds & BYLINE_CUE_MEDIA))
        {
          guint v = k + len;
          if (v < hi && (c->toks[v].cls & BYLINE_WORD_SPEECH) && !(c->toks[v].flags & BYLINE_TOKEN_CAP))
            {
              guint from = k;
              /* "Russian state media": the words before belong to the source */
              while (from > lo && from + 3 > k && (c->toks[from - 1].kind == BYLINE_TOKEN_WORD)
                     && !(c->toks[from - 1].cls & BYLINE_WORD_STOPWORD))
                from--;
              claim->attribution = attribution_of_words (c, from, v);
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
      if ((c->toks[j].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)) && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
        {
          claim->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          claim->source_name = span_text (c, anonymous, anonymous + anonymous_len);
          return claim;
        }
  return claim;
}

/**
 * byline_claims_find:
 * @quotes: the quotes of the document, in text order
 *
 * Makes a claim of every sentence that asserts something (not the credit or
 * the dateline, not a question), and says on whose authority it rests:
 * a named person or organisation, state media (with the reason), other
 * media, anonymous sources, or nobody; with its hedges, loaded words and
 * agentless passives.
 *
 * Returns: (transfer full) (element-type BylineClaim): the claims in text order
 */
GPtrArray *
byline_claims_find (const BylineDocument *doc,
                    GPtrArray            *entities,
                    GArray               *mentions,
                    GPtrArray            *quotes)
{
  Ctx c = {
    doc, byline_lexicon_get (), doc->text->data, (const BylineToken *) doc->tokens->data,
    doc->tokens->len, mentions, quotes, NULL,
  };
  GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_claim_free);
  guint next_quote = 0;

  if (c.n == 0)
    return claims;
  c.in_quote = g_malloc0 (c.n + 1);
  for (guint q = 0; q < quotes->len; q++)
    {
      const BylineQuote *quote = quotes->pdata[q];
      if (quote->kind != BYLINE_QUOTE_INDIRECT)
        memset (c.in_quote + quote->first_token, 1, quote->end_token - quote->first_token);
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      const BylineSentence *sent = &g_array_index (doc->sentences, BylineSentence, s);

      if (skip_sentence (&c, sent))
        continue;
      g_ptr_array_add (claims, claim_for_sentence (&c, s, &next_quote));
    }
  g_free (c.in_quote);
  return claims;
}
