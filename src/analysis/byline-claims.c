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
  const BylineLexicon *lex;
  const char *text;
  const BylineToken *toks;
  guint n;
  GArray *mentions;
  GPtrArray *quotes;
  guint8 *in_quote;
  const BylineEntity *last_person;   /* the last person a claim rested on: "he said" */
  const BylineEntity *last_document; /* the last outlet or report named: "the report said" */
  guint *by_cue;    /* the quotes with a cue, by the cue's start then their index, or NULL */
  guint n_by_cue;
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

/* Is the noun group starting at k (after "the") the object of a
 * preposition or a verb: "with the Times", "told Reuters"? */
static gboolean
object_of_preposition (const Ctx *c, guint lo, guint k)
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
      /* the outlet is the subject, not the venue: "in an interview with
       * the Times, the senator said", "told Reuters" */
      if (v < hi && (c->toks[v].cls & BYLINE_WORD_SPEECH) && !(c->toks[v].flags & BYLINE_TOKEN_CAP)
          && !object_of_preposition (c, lo, k))
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

/* Frames: the reporting verb of a sentence and the one it speaks for.
 *
 * A claim rests on the speaker of the frame it sits in: "X said (that) ...",
 * "..., X said.", "..., said X,", "according to X". The reading is shallow:
 * a reporting word is a verb of the sentence's frame when its subject comes
 * right before it (after adverbs and auxiliaries), when it is not a noun
 * ("the remarks", "heaped praise"), an infinitive ("declined to comment"),
 * negated ("have not said"), passive ("is said to"), or the verb of a
 * relative clause ("Singh, who expressed ...") or of a second predicate
 * ("X opened talks and voiced hope ..."). */

static gboolean
is_lower_word (const Ctx *c, guint k)
{
  return k < c->n && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP);
}

static gboolean
word_in (const Ctx *c, guint k, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (is_word (c, k, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
ends_with (const Ctx *c, guint k, const char *suffix)
{
  gsize len = byline_token_len (&c->toks[k]), n = strlen (suffix);

  return len > n + 2 && g_ascii_strncasecmp (c->text + c->toks[k].end - n, suffix, n) == 0;
}

static const char *const auxiliaries[] = {
  "has",   "have", "had",   "was",   "were",   "is",  "are", "be",   "been", "will",
  "would", "may",  "might", "could", "should", "can", "did", "does", "do",   NULL,
};
static const char *const modals[] = {
  "will", "would", "could", "may", "might", "should", "can", "shall", "must", NULL,
};
static const char *const be_forms[] = { "is", "are", "was", "were", "be", "been", "being", NULL };
static const char *const negations[] = {
  "not",   "never",   "didn't", "hasn't",   "haven't",  "hadn't", "wasn't", "weren't",
  "won't", "doesn't", "don't",  "wouldn't", "couldn't", "cannot", NULL,
};
static const char *const adverbs[] = {
  "also",       "then",      "later",     "further", "again",   "once",         "earlier",
  "previously", "meantime",  "meanwhile", "still",   "already", "subsequently", "separately",
  "today",      "yesterday", "just",      "too",     "first",   "last",         "now",
  "often",      "always",    "however",   NULL,
};
static const char *const determiners[] = {
  "the",  "a",     "an",    "his",  "her", "its",  "their", "our",   "my",   "your",
  "this", "these", "those", "such", "any", "some", "no",    "every", "each", NULL,
};
/* what a body publishes: "according to figures released by the agency" */
static const char *const data_words[] = {
  "figures",   "data",     "statistics",   "results", "estimates", "records",
  "documents", "filings",  "census",       "poll",    "polls",     "survey",
  "study",     "analysis", "calculations", "report",  "statement", NULL,
};
static const char *const quantifiers[] = {
  "several", "some",  "many", "most", "few",    "two",      "three", "four",     "five",    "six",
  "seven",   "eight", "nine", "ten",  "dozens", "hundreds", "other", "numerous", "various", NULL,
};
static const char *const pronouns[] = { "he", "she", "they", "we", "i", "it", NULL };
/* nouns for a report that speaks for the outlet or body named before it */
static const char *const documents[] = {
  "report", "dispatch", "study", "survey", "review", "paper", "agency", NULL,
};

/* Adverbs and auxiliaries between a subject and its verb: "Rice has also said" */
static gboolean
is_adverb_or_auxiliary (const Ctx *c, guint k)
{
  if (!is_lower_word (c, k) || c->in_quote[k])
    return FALSE;
  return word_in (c, k, auxiliaries) || word_in (c, k, adverbs) || word_in (c, k, negations)
         || (ends_with (c, k, "ly")
             && !(c->toks[k].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)));
}

/* A reporting word of the writer's text, lower case */
static gboolean
is_reporting_word (const Ctx *c, guint k)
{
  guint kinds = 0;

  if (!is_lower_word (c, k) || c->in_quote[k]
      || !(c->toks[k].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
      || is_word (c, k, "according"))
    return FALSE;
  /* "state media", "state television", "report" in "media reports": nouns */
  return !(byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds) > 1
           && (kinds & BYLINE_CUE_MEDIA));
}

static gboolean
is_lower_word_in (const Ctx *c, guint k, const char *const *words)
{
  return is_lower_word (c, k) && word_in (c, k, words);
}

/* Verbs whose content may follow with no "that": "said the talks went well" */
static const char *const bare_content[] = {
  "say",       "says",     "said",     "saying",    "tell",    "tells",    "told",     "telling",
  "add",       "adds",     "added",    "adding",    "claim",   "claims",   "claimed",  "believe",
  "believes",  "believed", "think",    "thinks",    "thought", "insist",   "insists",  "insisted",
  "argue",     "argues",   "argued",   "reckon",    "reckons", "reckoned", "estimate", "estimates",
  "estimated", "predict",  "predicts", "predicted", "warn",    "warns",    "warned",   "write",
  "writes",    "wrote",    NULL,
};
static const char *const wh_words[] = { "how", "what", "why", "whether", "where", "who", NULL };

/* Does the reporting verb at k carry content: a clause after it, a quotation,
 * a colon? An object may come first: "told reporters that", "assured Singh that" */
static gboolean
says_something (const Ctx *c, guint k, guint hi)
{
  if (word_in (c, k, bare_content))
    return k + 1 < hi && !is_word (c, k + 1, "to") && !is_word (c, k + 1, "by");
  /* "expects growth to slow", "predicted prices would rise": a forecast */
  if (is_lower_word_in (c, k,
                        (const char *const[]){ "expect", "expects", "forecast", "forecasts",
                                               "project", "projects", "projected", "predict",
                                               "predicts", NULL }))
    for (guint v = k + 1; v < hi && v < k + 7 && c->toks[v].kind != BYLINE_TOKEN_PUNCT; v++)
      if (is_word (c, v, "to") || is_word (c, v, "will") || is_word (c, v, "would"))
        return TRUE;
  /* emphasis asserts what it stresses: "stressed the need for talks",
   * "underlined the importance of the deal" (not requests: "urged them to") */
  if (g_strcmp0 (byline_lexicon_connotation (c->lex, c->text, &c->toks[k]), "emphatic") == 0
      && !is_lower_word_in (c, k,
                            (const char *const[]){ "urge", "urges", "urged", "demand", "demands",
                                                   "demanded", "plead", "pleads", "pleaded",
                                                   "implore", "implored", "shout", "shouted",
                                                   "yell", "yelled", "exclaimed", NULL })
      && k + 1 < hi
      && is_lower_word_in (
          c, k + 1, (const char *const[]){ "the", "a", "an", "his", "her", "their", "its", NULL }))
    return TRUE;
  /* "spoke of the meeting being positive", "spoke about the talks" */
  if (is_lower_word_in (c, k, (const char *const[]){ "spoke", "speaks", "speak", NULL })
      && k + 1 < hi && is_lower_word_in (c, k + 1, (const char *const[]){ "of", "about", NULL }))
    return TRUE;
  /* "denied seeking weapons", "admitted taking the money": a gerund clause */
  if (k + 1 < hi && is_lower_word (c, k + 1) && ends_with (c, k + 1, "ing") && !c->in_quote[k + 1]
      && !is_word (c, k + 1, "during") && !is_word (c, k + 1, "following")
      && !is_word (c, k + 1, "according"))
    return TRUE;
  /* "admitted she was willing", "conceded they had erred": a clause */
  if (k + 1 < hi
      && is_lower_word_in (c, k + 1,
                           (const char *const[]){ "he", "she", "they", "we", "i", "there", NULL }))
    return TRUE;
  for (guint v = k + 1; v < hi && v < k + 8; v++)
    {
      const BylineToken *t = &c->toks[v];

      if (c->in_quote[v] || (t->flags & BYLINE_TOKEN_QUOTE) || is_word (c, v, "that")
          || is_word (c, v, ":"))
        return TRUE;
      if (v == k + 1 && word_in (c, v, wh_words))
        return TRUE;
      if (t->kind == BYLINE_TOKEN_PUNCT && !is_word (c, v, ","))
        return FALSE;
    }
  return FALSE;
}

typedef enum
{
  FRAME_NONE,
  FRAME_VERB,       /* a verb with its subject before it */
  FRAME_VERB_AFTER, /* the same with its content before it: "..., X reported." */
  FRAME_INVERTED,   /* "..., said X," */
} FrameKind;

/* Is the reporting word at k the verb of a frame, with its subject ending at
 * *subject_end? */
/* Verbs that report speech when they follow it: "..., said Anna Berg," */
static const char *const inverted_verbs[] = {
  "said",     "says",     "added",     "adds",     "told",      "wrote",     "writes",
  "noted",    "notes",    "explained", "replied",  "asked",     "continued", "insisted",
  "reported", "reports",  "stated",    "states",   "argued",    "warned",    "stressed",
  "recalled", "observed", "remarked",  "declared", "announced", NULL,
};

static FrameKind frame_at (const Ctx *c, guint lo, guint hi, guint k, guint *subject_end);

/* "X pointed to the visit and said, ...": a second reporting predicate
 * shares the subject of the first, when the first is one too */
static gboolean
first_predicate (const Ctx *c, guint lo, guint before, guint *subject_end)
{
  /* the first predicate is near the start of the sentence */
  for (guint v = lo + 1; v < before && v < lo + 40; v++)
    {
      guint j = v;

      if (!is_reporting_word (c, v))
        continue;
      while (j > lo && is_adverb_or_auxiliary (c, j - 1))
        j--;
      if (j == lo || c->toks[j - 1].kind == BYLINE_TOKEN_POSSESSIVE
          || word_in (c, j - 1, determiners)
          || is_lower_word_in (c, j - 1,
                               (const char *const[]){ "to", "of", "for", "with", "and", "who",
                                                      "which", "that", NULL }))
        continue;
      *subject_end = j;
      return TRUE;
    }
  return FALSE;
}

/* Is the reporting word at k the verb of a frame, with its subject ending at
 * *subject_end? FRAME_VERB_AFTER: a verb with no content after it, a frame
 * only when its content came before ("..., Tanjug reports.") */
static FrameKind
frame_at (const Ctx *c, guint lo, guint hi, guint k, guint *subject_end)
{
  guint j = k;
  gboolean be = FALSE;

  if (!is_reporting_word (c, k))
    return FRAME_NONE;
  while (j > lo && is_adverb_or_auxiliary (c, j - 1))
    {
      /* "have not said"; "could elaborate", "will say": speech that has not happened */
      if (word_in (c, j - 1, negations) || word_in (c, j - 1, modals))
        return FRAME_NONE;
      if (word_in (c, j - 1, be_forms))
        be = TRUE;
      j--;
    }
  /* "..., said the foreign secretary.", "Institutional recipients, said Mauer, are" */
  if (j == k && j > lo && (is_word (c, j - 1, ",") || (c->toks[j - 1].flags & BYLINE_TOKEN_QUOTE))
      && word_in (c, k, inverted_verbs) && k + 1 < hi && !c->in_quote[k + 1]
      && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
      && ((c->toks[k + 1].flags & BYLINE_TOKEN_CAP) || (c->toks[k + 1].cls & BYLINE_WORD_ROLE)
          || is_word (c, k + 1, "the") || is_word (c, k + 1, "a") || is_word (c, k + 1, "an")))
    {
      /* the speaker is a noun group up to a comma or the end: "said the
       * minister, who ..."; not a clause ("said the deal could ...") */
      guint e = k + 1;
      while (e < hi && e < k + 9 && c->toks[e].kind != BYLINE_TOKEN_PUNCT
             && !(is_lower_word (c, e)
                  && (word_in (c, e, auxiliaries) || is_word (c, e, "that")
                      || ((c->toks[e].cls & BYLINE_WORD_STOPWORD) && !word_in (c, e, determiners)
                          && !is_word (c, e, "of") && !is_word (c, e, "for")))))
        e++;
      if (e == hi || is_word (c, e, ",") || is_word (c, e, ".") || is_word (c, e, ";")
          || (c->toks[e].kind == BYLINE_TOKEN_PUNCT
              && (c->toks[e - 1].cls & BYLINE_WORD_ABBREVIATION)))
        return FRAME_INVERTED;
    }
  if (j == lo)
    return FRAME_NONE;
  /* "X was quoted as saying that ...": X's words */
  if (be && is_word (c, k, "quoted") && k + 2 < hi && is_word (c, k + 1, "as")
      && is_reporting_word (c, k + 2) && j > lo && says_something (c, k + 2, hi))
    {
      *subject_end = j;
      return FRAME_VERB;
    }
  /* "is said to", "was reported": passive, nobody behind it */
  if (be
      && (ends_with (c, k, "ed") || is_word (c, k, "said") || is_word (c, k, "told")
          || is_word (c, k, "thought") || is_word (c, k, "known")))
    {
      if (!(k + 1 < hi && is_word (c, k + 1, "by")))
        return FRAME_NONE;
    }
  /* a noun or an infinitive: "the remarks", "opening remarks", "heaped praise", "to comment",
   * "Iran's claims" */
  if (c->toks[j - 1].kind == BYLINE_TOKEN_POSSESSIVE || word_in (c, j - 1, determiners)
      || is_lower_word_in (c, j - 1, (const char *const[]){ "to", "of", "for", "with", NULL }))
    return FRAME_NONE;
  if (is_lower_word (c, j - 1) && (ends_with (c, j - 1, "ed") || ends_with (c, j - 1, "ing"))
      && !(c->toks[j - 1].cls & (BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD))
      && byline_mentions_at (c->mentions, j - 1) == NULL)
    return FRAME_NONE;
  /* a relative clause is not the sentence's frame */
  if (is_lower_word_in (c, j - 1,
                        (const char *const[]){ "who", "which", "that", "whom", "when", "while",
                                               "as", "if", "or", NULL }))
    return FRAME_NONE;
  /* nor is a second predicate, unless the first reports speech too: "X met
   * Y and voiced hope that ..." is the writer's; "X pointed to ... and
   * said, ..." is X's */
  if (is_lower_word_in (c, j - 1, (const char *const[]){ "and", "but", NULL }))
    {
      if (!says_something (c, k, hi) || !first_predicate (c, lo, j - 1, &j))
        return FRAME_NONE;
      *subject_end = j;
      return FRAME_VERB;
    }
  *subject_end = j;
  /* reported speech has content: "said (that) ...", "told reporters that ...",
   * "stressed that ...", "added: ..."; "spoke through a translator", "asked
   * the council to help", "explained the support" report an act */
  return says_something (c, k, hi) ? FRAME_VERB : FRAME_VERB_AFTER;
}

/* Who stands behind a frame whose subject is [from, end): the last entity in
 * it, or its words */
typedef struct
{
  const BylineEntity *entity;
  BylineAttribution attribution;
  guint from;
  guint end;
  gboolean found;
} Source;

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
static void
index_cues (Ctx *c)
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
static const BylineQuote *
quote_with_cue (const Ctx *c, guint first_quote, guint32 sentence_end, guint k)
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

static void
source_from_entity (Source *src, const BylineEntity *e)
{
  const char *reason;

  src->entity = e;
  src->attribution = attribution_of_entity (e, &reason);
  src->found = TRUE;
}

/* A role, singular or plural: "the minister", "both ministers" */
static gboolean
is_role (const Ctx *c, guint k)
{
  char buf[64];
  gsize len = byline_token_len (&c->toks[k]);

  if (c->toks[k].cls & BYLINE_WORD_ROLE)
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
static const char *const noun_prepositions[]
    = { "in", "at", "of", "from", "for", "with", "by", "on", "close", NULL };

/* The subject noun group ending before `end`: back over words, names,
 * possessives, a parenthesis "(KCNA)" and a phrase attached to the noun
 * ("officials in the ministry", "experts contacted by the paper"), to a
 * punctuation mark, a verb-like word or a function word */
static guint
noun_group_start (const Ctx *c, guint lo, guint end)
{
  guint f = end;

  if (end > lo && word_in (c, end - 1, pronouns))
    return end - 1;

  while (f > lo && f + 16 > end)
    {
      const BylineToken *t = &c->toks[f - 1];
      const BylineMentionRef *r = byline_mentions_at (c->mentions, f - 1);

      if (c->in_quote[f - 1])
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
      if (f < end && f >= lo + 2 && is_lower_word_in (c, f - 1, noun_prepositions)
          && c->toks[f - 2].kind == BYLINE_TOKEN_WORD && !c->in_quote[f - 2]
          && (!is_lower_word (c, f - 2) || !(c->toks[f - 2].cls & BYLINE_WORD_STOPWORD)))
        {
          f -= 1;
          if (f >= lo + 1 && is_lower_word (c, f - 1) && ends_with (c, f - 1, "ed"))
            f--;
          continue;
        }
      if (word_in (c, f - 1, determiners) || is_lower_word_in (c, f - 1, quantifiers))
        {
          f--;
          /* "officials at the ministry": go on past the preposition */
          if (f >= lo + 2 && is_lower_word_in (c, f - 1, noun_prepositions)
              && c->toks[f - 2].kind == BYLINE_TOKEN_WORD && !c->in_quote[f - 2]
              && (!is_lower_word (c, f - 2) || !(c->toks[f - 2].cls & BYLINE_WORD_STOPWORD)))
            continue;
          break;
        }
      if (is_lower_word (c, f - 1)
          && ((t->cls & BYLINE_WORD_STOPWORD) || word_in (c, f - 1, auxiliaries)))
        break;
      /* a verb ends the group; "the North's state media", "Iran's claims" are nouns */
      if (is_lower_word (c, f - 1) && (t->cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_MEETING))
          && !(f >= lo + 2
               && (c->toks[f - 2].kind == BYLINE_TOKEN_POSSESSIVE
                   || word_in (c, f - 2, determiners)))
          && !is_word (c, f - 1, "state"))
        break;
      f--;
    }
  return f;
}

/* Reads the subject [from, end) of a frame by its head: the noun group before
 * any attached phrase and after any possessive. A name at the head speaks
 * ("Foreign Ministry spokeswoman Anna Berg"); so do unnamed sources
 * ("Energy Ministry officials", "officials in the ministry", "several
 * experts"), the media ("the North's state media"), a report named before
 * ("the report"), the body behind a report ("a report by the agency"), a
 * role ("the envoy", with the speaker the quotation finder gave), a body
 * ("the ministry"), a place for its government ("Moscow"). */
static gboolean
read_subject (Ctx *c, guint from, guint end, const BylineQuote *quote, Source *src)
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
      if (is_lower_word_in (c, k, noun_prepositions))
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
  if (last_entity == NULL && pp < end && (c->toks[last].cls & BYLINE_WORD_ROLE)
      && (c->toks[last].flags & BYLINE_TOKEN_CAP))
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, end - 1);
      if (r != NULL && r->end_token == end
          && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
        {
          source_from_entity (src, r->entity);
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
          source_from_entity (src, last_entity);
          return TRUE;
        case BYLINE_ENTITY_PLACE:
          /* "Moscow said"; not "in Ankara" */
          if (object_of_preposition (c, 0, from))
            return FALSE;
          source_from_entity (src, last_entity);
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

  /* unnamed sources: "officials", "Energy Ministry officials", "a person
   * familiar with"; "the diplomat" is someone named before */
  for (guint k = head; k <= last; k++)
    if (byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds) > 0
        && (kinds & BYLINE_CUE_ANONYMOUS)
        && !(definite && (c->toks[last].cls & BYLINE_WORD_ROLE) && !ends_with (c, last, "s")))
      {
        src->attribution = BYLINE_ATTRIBUTION_ANONYMOUS;
        src->found = TRUE;
        return TRUE;
      }
  /* "several palaeontologists", "two diplomats", "many economists": an unnamed group */
  if (is_lower_word (c, last) && ends_with (c, last, "s")
      && !(c->toks[last].cls & BYLINE_WORD_ORG_HEAD)
      && (word_in (c, from, quantifiers) || c->toks[from].kind == BYLINE_TOKEN_NUMBER))
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
          source_from_entity (src, r->entity);
          return TRUE;
        }
    }
  if (is_lower_word_in (c, last, data_words) && tail_entity != NULL
      && tail_entity->type != BYLINE_ENTITY_PERSON)
    {
      source_from_entity (src, tail_entity);
      return TRUE;
    }
  if (is_lower_word_in (c, last, documents)
      || (byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, last, &kinds) > 0
          && (kinds & BYLINE_CUE_MEDIA))
      || media_before)
    {
      if (tail_entity != NULL && tail_entity->type != BYLINE_ENTITY_PERSON)
        {
          source_from_entity (src, tail_entity);
          return TRUE;
        }
      if (definite && is_lower_word_in (c, last, documents) && head == from
          && c->last_document != NULL)
        {
          source_from_entity (src, c->last_document);
          return TRUE;
        }
      src->attribution = attribution_of_words (c, from, end);
      if (src->attribution == BYLINE_ATTRIBUTION_ANONYMOUS)
        src->attribution = BYLINE_ATTRIBUTION_MEDIA;
      src->found = TRUE;
      return TRUE;
    }
  /* a role or a body: the one the quotation finder found, or the words */
  if (quote != NULL && quote->speaker != NULL)
    {
      source_from_entity (src, quote->speaker);
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
  if (c->toks[last].cls & BYLINE_WORD_ORG_HEAD)
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
              && !(c->toks[last].cls & BYLINE_WORD_COMMON))))
    {
      src->attribution = is_word (c, from, "the") || (c->toks[last].flags & BYLINE_TOKEN_ALLCAPS)
                             ? BYLINE_ATTRIBUTION_NAMED_ORG
                             : BYLINE_ATTRIBUTION_NAMED_PERSON;
      src->found = TRUE;
      return TRUE;
    }
  if (last == from && word_in (c, from, pronouns))
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
            source_from_entity (src, c->last_person);
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

static void
claim_take_source (Ctx *c, BylineClaim *claim, const Source *src)
{
  claim->attribution = src->attribution;
  claim->source = src->entity;
  claim->reason = NULL;
  g_free (claim->source_name);
  if (src->entity != NULL)
    {
      const char *reason;
      claim->source_name = g_strdup (src->entity->name);
      attribution_of_entity (src->entity, &reason);
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
static gboolean
frame_subject (Ctx *c, guint lo, guint end, const BylineQuote *quote, Source *src)
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
          if (c->in_quote[p - 1])
            break;
          if (is_word (c, p - 1, ","))
            commas[n_commas++] = p - 1;
        }
      /* a name in the first group that has one: the subject, its appositions after it */
      for (guint i = n_commas; i > 0; i--)
        {
          Source named = { 0 };
          guint seg_end = commas[i - 1];

          if (read_subject (c, noun_group_start (c, lo, seg_end), seg_end, quote, &named)
              && named.entity != NULL
              && (named.entity->type == BYLINE_ENTITY_PERSON
                  || named.entity->type == BYLINE_ENTITY_ORG))
            {
              *src = named;
              /* an apposition headed by a role names a person's job */
              if (src->attribution == BYLINE_ATTRIBUTION_NAMED_ORG
                  && src->entity->type == BYLINE_ENTITY_ORG
                  && (c->toks[seg_end + 1].cls & BYLINE_WORD_ROLE) && src->entity->lex == NULL)
                src->attribution = BYLINE_ATTRIBUTION_NAMED_PERSON;
              return TRUE;
            }
        }
      /* else the group before the apposition: "Energy Ministry officials, speaking on condition of
       * anonymity, said" */
      if (n_commas > 0)
        {
          from = noun_group_start (c, lo, commas[0]);
          if (read_subject (c, from, commas[0], quote, src))
            return TRUE;
          /* "The speaker, Anna Berg, said" */
          {
            Source inner = { 0 };
            if (read_subject (c, commas[0] + 1, end - 1, quote, &inner) && inner.entity != NULL)
              {
                *src = inner;
                return TRUE;
              }
          }
        }
      return FALSE;
    }
  from = noun_group_start (c, lo, end);
  return read_subject (c, from, end, quote, src);
}

/* After a trailing frame's verb: the end, or when and where it was said
 * ("reported on Tuesday", "said in a statement", "said earlier this week
 * while announcing the trip"), not an object ("called for talks") */
static gboolean
adjunct_follows (const Ctx *c, guint v, guint hi)
{
  const BylineMentionRef *r;

  if (v >= hi || c->toks[v].kind == BYLINE_TOKEN_PUNCT)
    return TRUE;
  r = byline_mentions_at (c->mentions, v);
  if (r != NULL && r->entity->type == BYLINE_ENTITY_DATE)
    return TRUE;
  return is_lower_word_in (
      c, v, (const char *const[]){ "on",      "in",    "at",    "during",    "after",   "before",
                                   "earlier", "later", "today", "yesterday", "while",   "when",
                                   "last",    "this",  "late",  "citing",    "quoting", "without",
                                   "adding",  "also",  NULL });
}

/* The token in [lo, hi) that starts at byte, or G_MAXUINT */
static guint
token_at (const Ctx *c, guint lo, guint hi, guint32 byte)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (c->toks[mid].start < byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < c->n && c->toks[lo].start == byte ? lo : G_MAXUINT;
}

/* The frame a sentence's claim sits in. The outer frame comes last
 * ("X said Y, Z reported"), so a frame whose subject follows a comma or a
 * closing quotation mark wins over one at the start. */
static gboolean
sentence_frame (Ctx *c, guint lo, guint hi, guint first_quote, guint32 sentence_end,
                BylineClaim *claim)
{
  Source best = { 0 }, participle = { 0 };
  gboolean have = FALSE;

  for (guint k = lo; k < hi; k++)
    {
      guint subject_end = 0;
      FrameKind kind = frame_at (c, lo, hi, k, &subject_end);
      const BylineQuote *quote;
      Source src = { 0 };
      gboolean trailing;

      /* "Russia vetoed the draft, saying it was one-sided": the subject of
       * the sentence speaks */
      if (k > lo + 1 && is_word (c, k - 1, ",") && is_reporting_word (c, k)
          && ends_with (c, k, "ing"))
        {
          if (participle.found || !says_something (c, k, hi))
            continue;
          guint e = lo;
          while (e < k && e < lo + 10
                 && (byline_mentions_at (c->mentions, e) != NULL
                     || (c->toks[e].flags & BYLINE_TOKEN_CAP)
                     || c->toks[e].kind == BYLINE_TOKEN_POSSESSIVE
                     || (c->toks[e].cls & BYLINE_WORD_ROLE)
                     || is_lower_word_in (c, e, (const char *const[]){ "the", "and", NULL })))
            e++;
          if (e > lo && e < k && c->toks[e].kind == BYLINE_TOKEN_WORD && !word_in (c, e, pronouns))
            read_subject (c, lo, e, NULL, &participle);
          continue;
        }
      if (kind == FRAME_NONE)
        continue;
      quote = quote_with_cue (c, first_quote, sentence_end, k);
      if (kind == FRAME_INVERTED)
        {
          guint e = k + 1;
          /* "said Sen. Anna Berg," */
          while (e < hi && e < k + 8
                 && (c->toks[e].kind != BYLINE_TOKEN_PUNCT
                     || (is_word (c, e, ".") && (c->toks[e - 1].cls & BYLINE_WORD_ABBREVIATION))))
            e++;
          if (!read_subject (c, k + 1, e, quote, &src))
            continue;
          trailing = TRUE;
        }
      else
        {
          if (!frame_subject (c, lo, subject_end, quote, &src))
            continue;
          trailing = src.from > lo + 2
                     && (is_word (c, src.from - 1, ",")
                         || (c->toks[src.from - 1].flags & BYLINE_TOKEN_QUOTE));
          /* "..., Tanjug reports.", "..., the ministry said on Monday.": the
           * content came before and little follows */
          if (kind == FRAME_VERB_AFTER
              && (!trailing || hi > k + 12 || !adjunct_follows (c, k + 1, hi)))
            continue;
        }
      /* the first frame holds unless an outer one follows */
      if (!have || trailing)
        {
          best = src;
          have = TRUE;
        }
    }
  if (!have && participle.found)
    {
      best = participle;
      have = TRUE;
    }
  if (!have)
    return FALSE;
  claim_take_source (c, claim, &best);
  return TRUE;
}

/* "according to X": the outer source of the whole sentence. X is read as a
 * subject: an outlet, a person ("Foreign Ministry spokeswoman Anna Berg"),
 * the report named before ("according to the report"), media, an
 * organisation, unnamed sources, a role ("the team's coach, Anna Berg,") */
static gboolean
according_to (Ctx *c, guint lo, guint hi, BylineClaim *claim)
{
  for (guint k = lo; k + 2 < hi; k++)
    {
      guint end, at = k + 2;
      Source src = { 0 };

      if (c->in_quote[k])
        continue;
      /* "in the words of the prosecutor, Anna Berg," */
      if (is_word (c, k, "in") && is_word (c, k + 1, "the") && is_word (c, k + 2, "words")
          && is_word (c, k + 3, "of"))
        at = k + 4;
      else if (!(is_word (c, k, "according") && is_word (c, k + 1, "to")))
        continue;
      k = at - 2;
      end = k + 2;
      while (end < hi && end < k + 14 && c->toks[end].kind != BYLINE_TOKEN_PUNCT)
        end++;
      /* an apposition names the one the words describe: "according to the coach, Anna Berg," */
      if (end + 2 < hi && is_word (c, end, ","))
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, end + 1);
          if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token < hi
              && c->toks[r->end_token].kind == BYLINE_TOKEN_PUNCT
              && (c->toks[k + 2].cls & BYLINE_WORD_STOPWORD
                  || byline_mentions_at (c->mentions, k + 2) == NULL))
            {
              Source inner = { 0 };
              read_subject (c, k + 2, end, NULL, &inner);
              if (inner.entity == NULL || inner.entity->type != BYLINE_ENTITY_PERSON)
                {
                  source_from_entity (&src, r->entity);
                  src.from = r->first_token;
                  src.end = r->end_token;
                  claim_take_source (c, claim, &src);
                  return TRUE;
                }
            }
        }
      if (read_subject (c, k + 2, end, NULL, &src))
        {
          src.from = k + 2;
          src.end = end;
          claim_take_source (c, claim, &src);
          return TRUE;
        }
      claim->attribution = attribution_of_words (c, k + 2, end);
      claim->reason
          = claim->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA ? STATE_MEDIA_IN_WORDS : NULL;
      claim->source = NULL;
      g_free (claim->source_name);
      claim->source_name = span_text (c, k + 2, end);
      return TRUE;
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

  if (len != 2 || !is_word (c, k, "at")
      || !(is_word (c, k + 1, "least") || is_word (c, k + 1, "most")))
    return FALSE;
  if (v < c->n && (is_word (c, v, "some") || is_word (c, v, "another")))
    v++;
  if (v < c->n && c->toks[v].kind == BYLINE_TOKEN_PUNCT)
    {
      gunichar ch = byline_token_first_char (c->text, &c->toks[v]);
      /* "at least $7 billion", "at least €2 million" */
      if ((c->toks[v].cls & BYLINE_WORD_CURRENCY_SYMBOL) || ch == '$' || ch == 0x20AC || ch == 0xA3
          || ch == 0xA5)
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
  claim->kind = opinion      ? BYLINE_CLAIM_OPINION
                : prediction ? BYLINE_CLAIM_PREDICTION
                             : BYLINE_CLAIM_STATEMENT;

  /* the outer source first: "..., according to Fars", "..., Fars News reported" */
  if (according_to (c, lo, hi, claim) || reported_by (c, lo, hi, claim))
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
  if (sentence_frame (c, lo, hi, *next_quote, s->end, claim))
    return claim;

  /* "Said she had shaken hands ...": a frame with no subject goes on with the last speaker */
  if (hi > lo + 2 && (c->toks[lo].cls & BYLINE_WORD_SPEECH)
      && (is_word (c, lo + 1, "she") || is_word (c, lo + 1, "he") || is_word (c, lo + 1, "that"))
      && c->last_person != NULL && !c->in_quote[lo])
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
        cue = token_at (c, lo, hi, quote->cue.start);
      if (cue != G_MAXUINT)
        {
          guint subject_end;
          FrameKind kind = frame_at (c, lo, hi, cue, &subject_end);
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
          = c->in_quote[k] ? 0 : byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);

      if (len > 0 && (kinds & BYLINE_CUE_MEDIA))
        {
          guint v = k + len;
          if (v < hi && (c->toks[v].cls & BYLINE_WORD_SPEECH)
              && !(c->toks[v].flags & BYLINE_TOKEN_CAP))
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
      if ((c->toks[j].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
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
          for (guint i = 0; documents[i] != NULL; i++)
            if (g_ascii_strcasecmp (last, documents[i]) == 0
                || g_ascii_strcasecmp (last, "study") == 0)
              c->last_document = e;
        }
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
 * Returns: (transfer full) (element-type BylineClaim): the claims in text order
 */
GPtrArray *
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
  GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify)byline_claim_free);
  guint next_quote = 0;

  if (c.n == 0)
    return claims;
  c.in_quote = g_malloc0 (c.n + 1);
  index_cues (&c);
  for (guint q = 0; q < quotes->len; q++)
    {
      const BylineQuote *quote = quotes->pdata[q];
      if (quote->kind != BYLINE_QUOTE_INDIRECT)
        memset (c.in_quote + quote->first_token, 1, quote->end_token - quote->first_token);
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      const BylineSentence *sent = &g_array_index (doc->sentences, BylineSentence, s);

      BylineClaim *claim;

      if (skip_sentence (&c, sent))
        continue;
      claim = claim_for_sentence (&c, s, &next_quote);
      g_ptr_array_add (claims, claim);
      remember_sources (&c, sent, claim);
    }
  g_free (c.in_quote);
  g_free (c.by_cue);
  return claims;
}
