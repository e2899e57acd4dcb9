/* byline-claims-source.c: who stands behind a frame
 *
 * frame_subject() reads the subject of a frame: the noun group before the
 * verb (noun_group_start), read by its head (read_subject): a person or
 * body named, a pronoun for the last person a claim rested on, "the
 * report" for the last outlet or report named, a role ("the minister",
 * "both ministers"), officials with no name, or the speaker the quote
 * finder gave the quotation whose reporting verb this is (quote_with_cue,
 * over the quotes indexed by their cue).
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

static int
compare_cues (gconstpointer a, gconstpointer b, gpointer data)
{
  GPtrArray *quotes = data;
  const BylineQuote *x = quotes->pdata[*(const guint *) a];
  const BylineQuote *y = quotes->pdata[*(const guint *) b];

  if (x->cue.start != y->cue.start)
    return x->cue.start < y->cue.start ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

/* The quotes by their cue, so that a sentence of thousands of quotations is
 * not scanned whole for each reporting verb; only when the quotes come in
 * text order (then the search below finds what the scan would) */
void
_byline_claims_index_cues (Ctx *c)
{
  for (guint q = 1; q < c->quotes->len; q++)
    if (((const BylineQuote *) c->quotes->pdata[q - 1])->start
        > ((const BylineQuote *) c->quotes->pdata[q])->start)
      return;
  c->by_cue = g_new (guint, c->quotes->len + 1);
  for (guint q = 0; q < c->quotes->len; q++)
    if (((const BylineQuote *) c->quotes->pdata[q])->cue.end > 0)
      c->by_cue[c->n_by_cue++] = q;
  g_qsort_with_data (c->by_cue, c->n_by_cue, sizeof (guint), compare_cues, c->quotes);
}

/* The quote whose reporting verb is token k, with a speaker */
const BylineQuote *
_byline_claims_quote_with_cue (const Ctx *c, guint first_quote, guint32 sentence_end, guint k)
{
  if (c->by_cue != NULL)
    {
      guint32 at = c->toks[k].start;
      guint lo = 0, hi = c->n_by_cue;

      /* the first (cue start, index) at or after (at, first_quote) */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          const BylineQuote *m = c->quotes->pdata[c->by_cue[mid]];

          if (m->cue.start < at || (m->cue.start == at && c->by_cue[mid] < first_quote))
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo == c->n_by_cue || ((const BylineQuote *) c->quotes->pdata[c->by_cue[lo]])->cue.start != at)
        return NULL;
      /* the scan would have stopped at a quote of a later sentence first */
      if (((const BylineQuote *) c->quotes->pdata[c->by_cue[lo]])->start < sentence_end)
        return c->quotes->pdata[c->by_cue[lo]];
    }
  for (guint q = first_quote; q < c->quotes->len; q++)
    {
      const BylineQuote *quote = c->quotes->pdata[q];

      if (quote->start >= sentence_end && quote->cue.start >= sentence_end)
        break;
      if (quote->cue.end > 0 && quote->cue.start == c->toks[k].start)
        return quote;
    }
  return NULL;
}

void
_byline_claims_source_from_entity (Source *src, const BylineEntity *e)
{
  const char *reason;

  src->entity = e;
  src->attribution = _byline_claims_attribution_of_entity (e, &reason);
  src->found = TRUE;
}

/* A role, singular or plural: "the minister", "both ministers" */
static gboolean
is_role (const Ctx *c, guint k)
{
  char buf[64];
  gsize len = byline_token_len (&c->toks[k]);

  if (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE)
    return TRUE;
  if (c->toks[k].kind != BYLINE_TOKEN_WORD || len < 4 || len >= sizeof buf
      || !ends_with (c, k, "s"))
    return FALSE;
  for (gsize i = 0; i + 1 < len; i++)
    buf[i] = g_ascii_tolower (c->text[c->toks[k].start + i]);
  buf[len - 1] = '\0';
  return (byline_lexicon_word_class (c->lex, buf) & BYLINE_WORD_ROLE) != 0;
}

/* Prepositions that attach a phrase to a noun: "officials in the ministry",
 * "a report by the agency", "sources close to the talks" */
/* people whose work a body publishes */
static const char *const analysts[] = { "analysts", "economists", "researchers", "scientists", "strategists",
                                        "observers", "monitors", "inspectors", "auditors", NULL };

static const char *const noun_prepositions[]
    = { "in", "at", "of", "from", "for", "with", "by", "on", "close", NULL };

/* Words for an outlet, before its name: "the newspaper The Nation" */
static const char *const outlet_kinds[] = { "newspaper", "daily", "weekly", "broadcaster", "channel", "magazine",
                                            "tabloid", "website", "agency", NULL };

/* The subject noun group ending before `end`: back over words, names,
 * possessives, a parenthesis "(KCNA)" and a phrase attached to the noun
 * ("officials in the ministry", "experts contacted by the paper"), to a
 * punctuation mark, a verb-like word or a function word */
static guint
noun_group_start (const Ctx *c, guint lo, guint end)
{
  guint f = end;

  if (end > lo && word_in (c, end - 1, _byline_claims_pronouns))
    return end - 1;

  while (f > lo && f + 16 > end)
    {
      const BylineToken *t = &c->toks[f - 1];
      const BylineMentionRef *r = byline_mentions_at (c->mentions, f - 1);

      if (in_quote (c, f - 1))
        break;
      if (r != NULL)
        {
          f = MIN (f - 1, r->first_token);
          continue;
        }
      if (t->kind == BYLINE_TOKEN_POSSESSIVE)
        {
          f--;
          continue;
        }
      if (t->kind == BYLINE_TOKEN_PUNCT)
        {
          /* "(KCNA)" */
          if (byline_token_first_char (c->text, t) == ')')
            {
              guint p = f - 1;
              while (p > lo && p + 6 > f && !is_word (c, p - 1, "("))
                p--;
              if (p > lo && is_word (c, p - 1, "("))
                {
                  f = p - 1;
                  continue;
                }
            }
          break;
        }
      if (t->kind != BYLINE_TOKEN_WORD && t->kind != BYLINE_TOKEN_NUMBER)
        break;
      /* "officials in the ministry", "palaeontologists contacted by the site":
       * the phrase belongs to the noun before it */
      if (f < end && f >= lo + 2 && _byline_claims_is_lower_word_in (c, f - 1, noun_prepositions)
          && c->toks[f - 2].kind == BYLINE_TOKEN_WORD && !in_quote (c, f - 2)
          && (!is_lower_word (c, f - 2) || !(byline_token_cls (&c->toks[f - 2]) & BYLINE_WORD_STOPWORD)))
        {
          f -= 1;
          if (f >= lo + 1 && is_lower_word (c, f - 1) && ends_with (c, f - 1, "ed"))
            f--;
          continue;
        }
      if (word_in (c, f - 1, _byline_claims_determiners) || _byline_claims_is_lower_word_in (c, f - 1, _byline_claims_quantifiers))
        {
          f--;
          /* "the newspaper The Nation", "the broadcaster NHK": the outlet's kind before its name */
          if (f >= lo + 2 && _byline_claims_is_lower_word_in (c, f - 1, outlet_kinds)
              && word_in (c, f - 2, _byline_claims_determiners))
            {
              f -= 2;
              break;
            }
          /* "people close to his campaign": past "close to" */
          if (f >= lo + 3 && is_word (c, f - 1, "to") && is_word (c, f - 2, "close")
              && c->toks[f - 3].kind == BYLINE_TOKEN_WORD)
            {
              f -= 2;
              continue;
            }
          /* "officials at the ministry": go on past the preposition */
          if (f >= lo + 2 && _byline_claims_is_lower_word_in (c, f - 1, noun_prepositions)
              && c->toks[f - 2].kind == BYLINE_TOKEN_WORD && !in_quote (c, f - 2)
              && (!is_lower_word (c, f - 2) || !(byline_token_cls (&c->toks[f - 2]) & BYLINE_WORD_STOPWORD)))
            continue;
          break;
        }
      if (is_lower_word (c, f - 1)
          && ((byline_token_cls (t) & BYLINE_WORD_STOPWORD) || word_in (c, f - 1, _byline_claims_auxiliaries)))
        break;
      /* a verb ends the group; "the North's state media", "Iran's claims" are nouns */
      if (is_lower_word (c, f - 1) && (byline_token_cls (t) & (BYLINE_WORD_SPEECH | BYLINE_WORD_MEETING))
          && !(f >= lo + 2
               && (c->toks[f - 2].kind == BYLINE_TOKEN_POSSESSIVE
                   || word_in (c, f - 2, _byline_claims_determiners)))
          && !is_word (c, f - 1, "state"))
        break;
      f--;
    }
  return f;
}

/* The first organisation named in the sentence before token k, the one an
 * "its" after it stands for; else the last one named in the sentence before
 * ("... it said in a filing. Sales fell, according to its results") */
static const BylineEntity *
sentence_body_before (const Ctx *c, guint k)
{
  guint f = k;
  const BylineEntity *last = NULL;

  while (f > 0 && f + 60 > k && !(c->toks[f].flags & BYLINE_TOKEN_SENT_START))
    f--;
  for (guint j = f; j < k; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r == NULL)
        continue;
      if (r->entity->type == BYLINE_ENTITY_ORG)
        return r->entity;
      j = MAX (j, r->end_token) - 1;
    }
  for (guint j = f; j > 0 && j + 60 > f && last == NULL; j--)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j - 1);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_ORG && !(r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET))
        last = r->entity;
    }
  return last;
}

/* A word for what a body publishes, lower case or opening the sentence:
 * "figures", "Figures released by the bank show" */
static gboolean
data_word (const Ctx *c, guint k)
{
  return (is_lower_word (c, k) || (c->toks[k].flags & BYLINE_TOKEN_SENT_START)) && word_in (c, k, _byline_claims_data_words);
}

/* Reads the subject [from, end) of a frame by its head: the noun group before
 * any attached phrase and after any possessive. A name at the head speaks
 * ("Foreign Ministry spokeswoman Anna Berg"); so do unnamed sources
 * ("Energy Ministry officials", "officials in the ministry", "several
 * experts"), the media ("the North's state media"), a report named before
 * ("the report"), the body behind a report ("a report by the agency"), a
 * role ("the envoy", with the speaker the quotation finder gave), a body
 * ("the ministry"), a place for its government ("Moscow"). */
gboolean
_byline_claims_read_subject (Ctx *c, guint from, guint end, const BylineQuote *quote, Source *src)
{
  const BylineEntity *last_entity = NULL, *tail_entity = NULL;
  guint pp = end, head = from, last = end;
  gboolean definite, media_before = FALSE;
  guint kinds = 0;

  src->from = from;
  src->end = end;
  if (end <= from)
    return FALSE;
  /* the attached phrase */
  for (guint k = from + 1; k < end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      if (r != NULL)
        {
          k = MAX (k, r->end_token) - 1;
          continue;
        }
      if (_byline_claims_is_lower_word_in (c, k, noun_prepositions))
        {
          pp = k;
          break;
        }
    }
  /* "experts contacted by": the participle belongs to the phrase */
  while (pp > from + 1 && is_lower_word (c, pp - 1) && ends_with (c, pp - 1, "ed"))
    pp--;
  /* the words after the last possessive say who speaks */
  for (guint k = from; k + 1 < pp; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
      head = k + 1;
  definite = head > from
             || word_in (
                 c, from,
                 (const char *const[]){ "the", "his", "her", "its", "their", "our", "both", NULL });
  /* the last element of the head: a name, or a word */
  for (guint k = head; k < pp; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      if (r != NULL && r->first_token >= head)
        {
          last_entity = r->entity;
          last = k;
          k = MAX (k, r->end_token) - 1;
          if (r->end_token >= pp)
            break;
          last_entity = NULL;
          continue;
        }
      if (c->toks[k].kind == BYLINE_TOKEN_WORD || c->toks[k].kind == BYLINE_TOKEN_NUMBER)
        last = k;
    }
  for (guint k = pp; k < end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      if (r != NULL && tail_entity == NULL
          && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PERSON
              || (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)))
        tail_entity = r->entity;
    }
  for (guint k = head; k < pp && k < last; k++)
    {
      guint kk = 0;
      if (byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kk) > 0
          && (kk & BYLINE_CUE_MEDIA))
        media_before = TRUE;
    }
  if (last == end)
    return FALSE;
  /* "Secretary of State Anna Berg", "Minister of Foreign Affairs Anna Berg":
   * a title with its phrase, then the name */
  if (last_entity == NULL && pp < end && (byline_token_cls (&c->toks[last]) & BYLINE_WORD_ROLE)
      && (c->toks[last].flags & BYLINE_TOKEN_CAP))
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, end - 1);
      if (r != NULL && r->end_token == end
          && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
        {
          _byline_claims_source_from_entity (src, r->entity);
          return TRUE;
        }
    }

  if (last_entity != NULL)
    {
      /* "Ivorian news site Abidjan.net": an outlet the entity finder did not know */
      if (media_before && last_entity->type != BYLINE_ENTITY_PLACE
          && !(last_entity->lex != NULL && last_entity->lex->kind == BYLINE_LEX_OUTLET))
        {
          src->entity = last_entity;
          src->attribution = BYLINE_ATTRIBUTION_MEDIA;
          src->found = TRUE;
          return TRUE;
        }
      switch (last_entity->type)
        {
        case BYLINE_ENTITY_PERSON:
        case BYLINE_ENTITY_ORG:
          _byline_claims_source_from_entity (src, last_entity);
          return TRUE;
        case BYLINE_ENTITY_PLACE:
          /* "Moscow said"; not "in Ankara" */
          if (_byline_claims_object_of_preposition (c, 0, from))
            return FALSE;
          _byline_claims_source_from_entity (src, last_entity);
          return TRUE;
        case BYLINE_ENTITY_NORP:
          /* "the Russians said" */
          src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          src->found = TRUE;
          return TRUE;
        case BYLINE_ENTITY_OTHER:
          /* a name the finder could not type: "said Mauer" */
          if ((c->toks[last].flags & BYLINE_TOKEN_CAP)
              && !(c->toks[last].flags & (BYLINE_TOKEN_WEAK_CAP | BYLINE_TOKEN_SENT_START)))
            {
              src->attribution = BYLINE_ATTRIBUTION_NAMED_PERSON;
              src->found = TRUE;
              return TRUE;
            }
          return FALSE;
        default:
          return FALSE;
        }
    }

  /* "people close to his campaign", "a person familiar with the talks": no
   * one named, whoever they are close to */
  if (pp + 1 < end && ((is_word (c, pp, "close") && is_word (c, pp + 1, "to"))
                       || (is_word (c, pp, "familiar") && is_word (c, pp + 1, "with"))))
    {
      src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
      src->found = TRUE;
      return TRUE;
    }
  /* "analysts at Morgan Stanley", "economists from the central bank": the
   * body publishes their work under its name; not "officials at the
   * ministry", who speak unnamed */
  if (pp < end && tail_entity != NULL && tail_entity->type == BYLINE_ENTITY_ORG && pp == last + 1
      && (is_word (c, pp, "at") || is_word (c, pp, "from") || is_word (c, pp, "of"))
      && word_in (c, last, analysts) && (is_lower_word (c, last) || (c->toks[last].flags & BYLINE_TOKEN_SENT_START)))
    {
      _byline_claims_source_from_entity (src, tail_entity);
      return TRUE;
    }
  /* unnamed sources: "officials", "Energy Ministry officials", "a person
   * familiar with"; "the diplomat" is someone named before */
  for (guint k = head; k <= last; k++)
    if (!((c->toks[k].flags & BYLINE_TOKEN_CAP) && !(c->toks[k].flags & BYLINE_TOKEN_SENT_START)
          && (byline_mentions_at (c->mentions, k) != NULL || (k > head && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP))))
        && byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds) > 0
        && (kinds & BYLINE_CUE_ANONYMOUS)
        && !(definite && (byline_token_cls (&c->toks[last]) & BYLINE_WORD_ROLE) && !ends_with (c, last, "s")))
      {
        src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
        src->found = TRUE;
        return TRUE;
      }
  /* "several palaeontologists", "two diplomats", "many economists": an unnamed group */
  if (is_lower_word (c, last) && ends_with (c, last, "s")
      && !(byline_token_cls (&c->toks[last]) & BYLINE_WORD_ORG_HEAD)
      && (word_in (c, from, _byline_claims_quantifiers) || c->toks[from].kind == BYLINE_TOKEN_NUMBER))
    {
      src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
      src->found = TRUE;
      return TRUE;
    }
  /* a report: the one named before ("the report said"), the body that made it
   * ("a report by the agency"), or the media */
  /* "a translation of a report in the Gazette": the outlet */
  for (guint k = from; k < end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      if (r != NULL && r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)
        {
          _byline_claims_source_from_entity (src, r->entity);
          return TRUE;
        }
    }
  if (data_word (c, last) && tail_entity != NULL
      && tail_entity->type != BYLINE_ENTITY_PERSON)
    {
      _byline_claims_source_from_entity (src, tail_entity);
      return TRUE;
    }
  /* "The Riksbank's latest data show": the owner of the data */
  if (data_word (c, last) && tail_entity == NULL && head > from + 1
      && c->toks[head - 1].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      const BylineMentionRef *owner = byline_mentions_at (c->mentions, head - 2);

      if (owner != NULL && owner->end_token == head - 1
          && (owner->entity->type == BYLINE_ENTITY_ORG || owner->entity->type == BYLINE_ENTITY_PERSON))
        {
          _byline_claims_source_from_entity (src, owner->entity);
          return TRUE;
        }
    }
  /* "a 2023 estimate by the commission": a body by its kind, named before */
  if (data_word (c, last) && tail_entity == NULL && pp + 2 < end && is_word (c, pp, "by")
      && is_word (c, pp + 1, "the") && is_lower_word (c, pp + 2)
      && (byline_token_cls (&c->toks[pp + 2]) & BYLINE_WORD_ORG_HEAD))
    {
      src->attribution = BYLINE_ATTRIBUTION_NAMED_ORG;
      src->found = TRUE;
      return TRUE;
    }
  /* "SK On lost $1 billion, according to its latest results": the body the
   * sentence is about published them */
  if (data_word (c, last) && tail_entity == NULL
      && is_word (c, from, "its"))
    {
      const BylineEntity *body = sentence_body_before (c, from);

      if (body != NULL)
        {
          _byline_claims_source_from_entity (src, body);
          return TRUE;
        }
    }
  if (_byline_claims_is_lower_word_in (c, last, _byline_claims_documents)
      || (byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, last, &kinds) > 0
          && (kinds & BYLINE_CUE_MEDIA))
      || media_before)
    {
      if (tail_entity != NULL && tail_entity->type != BYLINE_ENTITY_PERSON)
        {
          _byline_claims_source_from_entity (src, tail_entity);
          return TRUE;
        }
      if (definite && _byline_claims_is_lower_word_in (c, last, _byline_claims_documents) && head == from
          && c->last_document != NULL)
        {
          _byline_claims_source_from_entity (src, c->last_document);
          return TRUE;
        }
      src->attribution = _byline_claims_attribution_of_words (c, from, end);
      if (src->attribution == BYLINE_ATTRIBUTION_ANONYMOUS)
        src->attribution = BYLINE_ATTRIBUTION_MEDIA;
      src->found = TRUE;
      return TRUE;
    }
  /* a role or a body: the one the quotation finder found, or the words */
  if (quote != NULL && quote->speaker != NULL)
    {
      _byline_claims_source_from_entity (src, quote->speaker);
      /* "The U.S. envoy said": a person, whatever the country */
      if (is_role (c, last) && src->attribution != BYLINE_ATTRIBUTION_NAMED_PERSON && definite)
        {
          src->entity = NULL;
          src->attribution = BYLINE_ATTRIBUTION_NAMED_PERSON;
        }
      return TRUE;
    }
  if (is_role (c, last))
    {
      /* "the minister said" stands for someone named; "a spokesman said" does not */
      src->attribution = definite ? BYLINE_ATTRIBUTION_NAMED_PERSON : BYLINE_ATTRIBUTION_ANONYMOUS;
      src->found = TRUE;
      return TRUE;
    }
  if (byline_token_cls (&c->toks[last]) & BYLINE_WORD_ORG_HEAD)
    {
      /* "the ministry said", "Iran's foreign ministry said" */
      src->attribution = BYLINE_ATTRIBUTION_NAMED_ORG;
      src->found = TRUE;
      return TRUE;
    }
  /* a capitalised word that is no dictionary word: a name ("Mauer", "the MEA") */
  if (c->toks[last].kind == BYLINE_TOKEN_WORD && (c->toks[last].flags & BYLINE_TOKEN_CAP)
      && last - from < 4
      && (c->toks[last].flags & BYLINE_TOKEN_ALLCAPS
          || (!(c->toks[last].flags & (BYLINE_TOKEN_WEAK_CAP | BYLINE_TOKEN_SENT_START))
              && !(byline_token_cls (&c->toks[last]) & BYLINE_WORD_COMMON))))
    {
      src->attribution = is_word (c, from, "the") || (c->toks[last].flags & BYLINE_TOKEN_ALLCAPS)
                             ? BYLINE_ATTRIBUTION_NAMED_ORG
                             : BYLINE_ATTRIBUTION_NAMED_PERSON;
      src->found = TRUE;
      return TRUE;
    }
  if (last == from && word_in (c, from, _byline_claims_pronouns))
    {
      if (quote != NULL && quote->speaker_name != NULL)
        {
          src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          src->found = TRUE;
          return TRUE;
        }
      /* "he said": the last person who spoke, or someone the writer named */
      if (is_word (c, from, "he") || is_word (c, from, "she"))
        {
          if (c->last_person != NULL)
            _byline_claims_source_from_entity (src, c->last_person);
          else
            src->attribution = BYLINE_ATTRIBUTION_NAMED_PERSON;
          src->found = TRUE;
          return TRUE;
        }
      /* "they said": unnamed */
      if (is_word (c, from, "they"))
        {
          src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
          src->found = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

void
_byline_claims_claim_take_source (Ctx *c, BylineClaim *claim, const Source *src)
{
  claim->attribution = src->attribution;
  claim->source = src->entity;
  claim->reason = NULL;
  g_free (claim->source_name);
  if (src->entity != NULL)
    {
      const char *reason;
      claim->source_name = g_strdup (src->entity->name);
      _byline_claims_attribution_of_entity (src->entity, &reason);
      claim->reason = reason;
    }
  else
    {
      claim->source_name = span_text (c, src->from, src->end);
      if (claim->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA)
        claim->reason = STATE_MEDIA_IN_WORDS;
    }
}

/* The subject of a frame: the noun group before the verb, or, past an
 * apposition between commas, the name before it ("K.C. Maurer, chief
 * financial officer at the foundation, said") */
gboolean
_byline_claims_frame_subject (Ctx *c, guint lo, guint end, const BylineQuote *quote, Source *src)
{
  guint from;

  if (end > lo && is_word (c, end - 1, ","))
    {
      guint commas[4];
      guint n_commas = 0;

      /* the commas before the verb's, back to the clause's start: "Anna
       * Berg, director of the museum, and chair of the trust, said" */
      for (guint p = end - 1; p > lo && p + 40 > end && n_commas < G_N_ELEMENTS (commas); p--)
        {
          if (in_quote (c, p - 1))
            break;
          if (is_word (c, p - 1, ","))
            commas[n_commas++] = p - 1;
        }
      /* a name in the first group that has one: the subject, its appositions after it */
      for (guint i = n_commas; i > 0; i--)
        {
          Source named = { 0 };
          guint seg_end = commas[i - 1];

          if (_byline_claims_read_subject (c, noun_group_start (c, lo, seg_end), seg_end, quote, &named)
              && named.entity != NULL
              && (named.entity->type == BYLINE_ENTITY_PERSON
                  || named.entity->type == BYLINE_ENTITY_ORG))
            {
              *src = named;
              /* an apposition headed by a role names a person's job */
              if (src->attribution == BYLINE_ATTRIBUTION_NAMED_ORG
                  && src->entity->type == BYLINE_ENTITY_ORG
                  && (byline_token_cls (&c->toks[seg_end + 1]) & BYLINE_WORD_ROLE) && src->entity->lex == NULL)
                src->attribution = BYLINE_ATTRIBUTION_NAMED_PERSON;
              return TRUE;
            }
        }
      /* else the group before the apposition: "Energy Ministry officials, speaking on condition of
       * anonymity, said" */
      if (n_commas > 0)
        {
          from = noun_group_start (c, lo, commas[0]);
          if (_byline_claims_read_subject (c, from, commas[0], quote, src))
            return TRUE;
          /* "The speaker, Anna Berg, said" */
          {
            Source inner = { 0 };
            if (_byline_claims_read_subject (c, commas[0] + 1, end - 1, quote, &inner) && inner.entity != NULL)
              {
                *src = inner;
                return TRUE;
              }
          }
        }
      return FALSE;
    }
  from = noun_group_start (c, lo, end);
  return _byline_claims_read_subject (c, from, end, quote, src);
}
