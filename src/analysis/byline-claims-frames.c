/* byline-claims-frames.c: the frame a sentence's claim sits in
 *
 * A frame is the reporting verb of a sentence and the one it speaks for:
 * "X said (that) ...", "..., X said.", "..., said X,", "according to X".
 * frame_at() tells whether a reporting word is the verb of a frame, past
 * adverbs and auxiliaries, and not a noun, an infinitive, a negation, a
 * passive or a relative clause; sentence_frame() takes the outer frame of
 * a sentence and its subject (byline-claims-source.c); according_to()
 * reads "according to X" as the outer source of the whole sentence. The
 * word lists the frames are read by (auxiliaries, determiners, pronouns,
 * documents ...) live here; the source reader uses some of them too.
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

const char *const _byline_claims_auxiliaries[] = {
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
const char *const _byline_claims_determiners[] = {
  "the",  "a",     "an",    "his",  "her", "its",  "their", "our",   "my",   "your",
  "this", "these", "those", "such", "any", "some", "no",    "every", "each", NULL,
};
/* what a body publishes: "according to figures released by the agency" */
const char *const _byline_claims_data_words[] = {
  "figures",   "data",     "statistics",   "results", "estimates", "records",
  "documents", "filings",  "census",       "poll",    "polls",     "survey",  "tally", "count", "audit", "estimate",
  "study",     "analysis", "calculations", "report",  "statement", NULL,
};
const char *const _byline_claims_quantifiers[] = {
  "several", "some",  "many", "most", "few",    "two",      "three", "four",     "five",    "six",
  "seven",   "eight", "nine", "ten",  "dozens", "hundreds", "other", "numerous", "various", NULL,
};
const char *const _byline_claims_pronouns[] = { "he", "she", "they", "we", "i", "it", NULL };
/* nouns for a report that speaks for the outlet or body named before it */
const char *const _byline_claims_documents[] = {
  "report", "dispatch", "study", "survey", "review", "paper", "agency", NULL,
};

/* Adverbs and auxiliaries between a subject and its verb: "Rice has also said" */
static gboolean
is_adverb_or_auxiliary (const Ctx *c, guint k)
{
  if (!is_lower_word (c, k) || in_quote (c, k))
    return FALSE;
  return word_in (c, k, _byline_claims_auxiliaries) || word_in (c, k, adverbs) || word_in (c, k, negations)
         || (ends_with (c, k, "ly")
             && !(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)));
}

/* Verbs by which a court, a study or a body states a finding: "the judge
 * ruled that", "the survey found that", "figures show", "ranked Kenya 121st" */
static const char *const findings[] = {
  "found", "finds", "ruled", "rules", "show", "shows", "showed", "ranked", "ranks", NULL,
};

static gboolean
is_finding_word (const Ctx *c, guint k)
{
  gsize len = byline_token_len (&c->toks[k]);
  char first = c->text[c->toks[k].start];

  return len >= 4 && len <= 6 && (first == 'f' || first == 'r' || first == 's') && word_in (c, k, findings);
}

/* A reporting word of the writer's text, lower case */
static gboolean
is_reporting_word (const Ctx *c, guint k)
{
  guint kinds = 0;

  if (!is_lower_word (c, k) || in_quote (c, k) || is_word (c, k, "according"))
    return FALSE;
  if (!(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)))
    return is_finding_word (c, k);
  /* "state media", "state television", "report" in "media reports": nouns */
  return !(byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds) > 1
           && (kinds & BYLINE_CUE_MEDIA));
}

gboolean
_byline_claims_is_lower_word_in (const Ctx *c, guint k, const char *const *words)
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
  /* "quoted the minister as saying ...": the words of the one quoted */
  if (is_word (c, k, "quoted"))
    for (guint v = k + 2; v + 1 < hi && v < k + 9 && c->toks[v].kind != BYLINE_TOKEN_PUNCT; v++)
      if (is_word (c, v, "as") && (byline_token_cls (&c->toks[v + 1]) & BYLINE_WORD_SPEECH))
        return TRUE;
  /* "figures show household lending grew": what the data show, a clause
   * with its verb; not "showed footage of warships" */
  if (_byline_claims_is_lower_word_in (c, k, (const char *const[]){ "show", "shows", "showed", NULL }))
    {
      for (guint v = k + 2; v < hi && v < k + 9 && c->toks[v].kind != BYLINE_TOKEN_PUNCT; v++)
        if (is_lower_word (c, v)
            && ((ends_with (c, v, "ed") && !(byline_token_cls (&c->toks[v]) & BYLINE_WORD_STOPWORD))
                || word_in (c, v, (const char *const[]){ "grew", "fell", "rose", "lost", "won", "stood", "sank",
                                                        "was", "were", "is", "are", "has", "had", "have", "will",
                                                        "would", "could", "hit", NULL })))
          return TRUE;
      return is_word (c, k + 1, "that");
    }
  /* "reported a 14 percent rise in profit", "ranked Kenya 121st": a figure
   * the subject publishes */
  if (_byline_claims_is_lower_word_in (c, k,
                                       (const char *const[]){ "reported", "reports", "posted", "recorded",
                                                              "ranked", "ranks", NULL }))
    for (guint v = k + 1; v < hi && v < k + 7 && c->toks[v].kind != BYLINE_TOKEN_PUNCT; v++)
      if (c->toks[v].kind == BYLINE_TOKEN_NUMBER)
        return TRUE;
  /* "expects growth to slow", "predicted prices would rise": a forecast */
  if (_byline_claims_is_lower_word_in (c, k,
                        (const char *const[]){ "expect", "expects", "forecast", "forecasts",
                                               "project", "projects", "projected", "predict",
                                               "predicts", NULL }))
    for (guint v = k + 1; v < hi && v < k + 7 && c->toks[v].kind != BYLINE_TOKEN_PUNCT; v++)
      if (is_word (c, v, "to") || is_word (c, v, "will") || is_word (c, v, "would"))
        return TRUE;
  /* emphasis asserts what it stresses: "stressed the need for talks",
   * "underlined the importance of the deal" (not requests: "urged them to") */
  if (g_strcmp0 (byline_lexicon_connotation (c->lex, c->text, &c->toks[k]), "emphatic") == 0
      && !_byline_claims_is_lower_word_in (c, k,
                            (const char *const[]){ "urge", "urges", "urged", "demand", "demands",
                                                   "demanded", "plead", "pleads", "pleaded",
                                                   "implore", "implored", "shout", "shouted",
                                                   "yell", "yelled", "exclaimed", NULL })
      && k + 1 < hi
      && _byline_claims_is_lower_word_in (
          c, k + 1, (const char *const[]){ "the", "a", "an", "his", "her", "their", "its", NULL }))
    return TRUE;
  /* "spoke of the meeting being positive", "spoke about the talks" */
  if (_byline_claims_is_lower_word_in (c, k, (const char *const[]){ "spoke", "speaks", "speak", NULL })
      && k + 1 < hi && _byline_claims_is_lower_word_in (c, k + 1, (const char *const[]){ "of", "about", NULL }))
    return TRUE;
  /* "denied seeking weapons", "admitted taking the money": a gerund clause */
  if (k + 1 < hi && is_lower_word (c, k + 1) && ends_with (c, k + 1, "ing") && !in_quote (c, k + 1)
      && !is_word (c, k + 1, "during") && !is_word (c, k + 1, "following")
      && !is_word (c, k + 1, "according"))
    return TRUE;
  /* "admitted she was willing", "conceded they had erred": a clause */
  if (k + 1 < hi
      && _byline_claims_is_lower_word_in (c, k + 1,
                           (const char *const[]){ "he", "she", "they", "we", "i", "there", NULL }))
    return TRUE;
  for (guint v = k + 1; v < hi && v < k + 8; v++)
    {
      const BylineToken *t = &c->toks[v];

      if (in_quote (c, v) || (t->flags & BYLINE_TOKEN_QUOTE) || is_word (c, v, "that")
          || is_word (c, v, ":"))
        return TRUE;
      if (v == k + 1 && word_in (c, v, wh_words))
        return TRUE;
      if (t->kind == BYLINE_TOKEN_PUNCT && !is_word (c, v, ","))
        return FALSE;
    }
  return FALSE;
}

/* Is the reporting word at k the verb of a frame, with its subject ending at
 * *subject_end? */
/* Verbs that report speech when they follow it: "..., said Anna Berg," */
static const char *const inverted_verbs[] = {
  "said",     "says",     "added",     "adds",     "told",      "wrote",     "writes",
  "noted",    "notes",    "explained", "replied",  "asked",     "continued", "insisted",
  "reported", "reports",  "stated",    "states",   "argued",    "warned",    "stressed",
  "recalled", "observed", "remarked",  "declared", "announced", NULL,
};


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
          || word_in (c, j - 1, _byline_claims_determiners)
          || _byline_claims_is_lower_word_in (c, j - 1,
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
FrameKind
_byline_claims_frame_at (const Ctx *c, guint lo, guint hi, guint k, guint *subject_end)
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
      && word_in (c, k, inverted_verbs) && k + 1 < hi && !in_quote (c, k + 1)
      && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
      && ((c->toks[k + 1].flags & BYLINE_TOKEN_CAP) || (byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_ROLE)
          || is_word (c, k + 1, "the") || is_word (c, k + 1, "a") || is_word (c, k + 1, "an")))
    {
      /* the speaker is a noun group up to a comma or the end: "said the
       * minister, who ..."; not a clause ("said the deal could ...") */
      guint e = k + 1;
      while (e < hi && e < k + 9 && c->toks[e].kind != BYLINE_TOKEN_PUNCT
             && !(is_lower_word (c, e)
                  && (word_in (c, e, _byline_claims_auxiliaries) || is_word (c, e, "that")
                      || ((byline_token_cls (&c->toks[e]) & BYLINE_WORD_STOPWORD) && !word_in (c, e, _byline_claims_determiners)
                          && !is_word (c, e, "of") && !is_word (c, e, "for")))))
        e++;
      if (e == hi || is_word (c, e, ",") || is_word (c, e, ".") || is_word (c, e, ";")
          || (c->toks[e].kind == BYLINE_TOKEN_PUNCT
              && (byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ABBREVIATION)))
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
  if (c->toks[j - 1].kind == BYLINE_TOKEN_POSSESSIVE || word_in (c, j - 1, _byline_claims_determiners)
      || _byline_claims_is_lower_word_in (c, j - 1, (const char *const[]){ "to", "of", "for", "with", NULL }))
    return FRAME_NONE;
  if (is_lower_word (c, j - 1) && (ends_with (c, j - 1, "ed") || ends_with (c, j - 1, "ing"))
      && !(byline_token_cls (&c->toks[j - 1]) & (BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD))
      && byline_mentions_at (c->mentions, j - 1) == NULL)
    return FRAME_NONE;
  /* a relative clause is not the sentence's frame */
  if (_byline_claims_is_lower_word_in (c, j - 1,
                        (const char *const[]){ "who", "which", "that", "whom", "when", "while",
                                               "as", "if", "or", NULL }))
    return FRAME_NONE;
  /* nor is a second predicate, unless the first reports speech too: "X met
   * Y and voiced hope that ..." is the writer's; "X pointed to ... and
   * said, ..." is X's */
  if (_byline_claims_is_lower_word_in (c, j - 1, (const char *const[]){ "and", "but", NULL }))
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

/* "quoted Deputy Prime Minister X as saying": the person quoted, when named,
 * is the source instead of the outlet that quoted him */
static void
quoted_person (Ctx *c, guint k, guint hi, Source *src)
{
  if (!is_word (c, k, "quoted"))
    return;
  for (guint j = k + 1; j < hi && j < k + 8; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j)
        {
          if (r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 1 < hi && is_word (c, r->end_token, "as"))
            {
              Source who = { 0 };

              _byline_claims_source_from_entity (&who, r->entity);
              who.from = r->first_token;
              who.end = r->end_token;
              *src = who;
            }
          return;
        }
      if (!(c->toks[j].flags & BYLINE_TOKEN_CAP) && !is_word (c, j, "of") && !is_word (c, j, "the"))
        return;
    }
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
  return _byline_claims_is_lower_word_in (
      c, v, (const char *const[]){ "on",      "in",    "at",    "during",    "after",   "before",
                                   "earlier", "later", "today", "yesterday", "while",   "when",
                                   "last",    "this",  "late",  "citing",    "quoting", "without",
                                   "adding",  "also",  NULL });
}

/* The token in [lo, hi) that starts at byte, or G_MAXUINT */
guint
_byline_claims_token_at (const Ctx *c, guint lo, guint hi, guint32 byte)
{
  lo = byline_tokens_lower_bound (c->toks, lo, hi, byte);
  return lo < c->n && c->toks[lo].start == byte ? lo : G_MAXUINT;
}

/* The frame a sentence's claim sits in. The outer frame comes last
 * ("X said Y, Z reported"), so a frame whose subject follows a comma or a
 * closing quotation mark wins over one at the start. */
gboolean
_byline_claims_sentence_frame (Ctx *c, guint lo, guint hi, guint first_quote, guint32 sentence_end,
                BylineClaim *claim)
{
  Source best = { 0 }, participle = { 0 };
  gboolean have = FALSE;

  for (guint k = lo; k < hi; k++)
    {
      guint subject_end = 0;
      FrameKind kind;
      const BylineQuote *quote;
      Source src = { 0 };
      gboolean trailing;

      /* a frame, and a participle's, starts at a word of speech or thought,
       * or of a finding */
      if (!(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)) && !is_finding_word (c, k))
        continue;
      kind = _byline_claims_frame_at (c, lo, hi, k, &subject_end);

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
                     || (byline_token_cls (&c->toks[e]) & BYLINE_WORD_ROLE)
                     || _byline_claims_is_lower_word_in (c, e, (const char *const[]){ "the", "and", NULL })))
            e++;
          if (e > lo && e < k && c->toks[e].kind == BYLINE_TOKEN_WORD && !word_in (c, e, _byline_claims_pronouns))
            _byline_claims_read_subject (c, lo, e, NULL, &participle);
          continue;
        }
      if (kind == FRAME_NONE)
        continue;
      quote = _byline_claims_quote_with_cue (c, first_quote, sentence_end, k);
      if (kind == FRAME_INVERTED)
        {
          guint e = k + 1;
          /* "said Sen. Anna Berg," */
          while (e < hi && e < k + 8
                 && (c->toks[e].kind != BYLINE_TOKEN_PUNCT
                     || (is_word (c, e, ".") && (byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ABBREVIATION))))
            e++;
          if (!_byline_claims_read_subject (c, k + 1, e, quote, &src))
            continue;
          trailing = TRUE;
        }
      else
        {
          if (!_byline_claims_frame_subject (c, lo, subject_end, quote, &src))
            continue;
          /* "RIA Novosti quoted Deputy Prime Minister X as saying": X's words */
          quoted_person (c, k, hi, &src);
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
  _byline_claims_claim_take_source (c, claim, &best);
  return TRUE;
}

/* "according to X": the outer source of the whole sentence. X is read as a
 * subject: an outlet, a person ("Foreign Ministry spokeswoman Anna Berg"),
 * the report named before ("according to the report"), media, an
 * organisation, unnamed sources, a role ("the team's coach, Anna Berg,") */
gboolean
_byline_claims_according_to (Ctx *c, guint lo, guint hi, BylineClaim *claim)
{
  for (guint k = lo; k + 2 < hi; k++)
    {
      guint end, at = k + 2;
      Source src = { 0 };

      if (in_quote (c, k))
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
              && (byline_token_cls (&c->toks[k + 2]) & BYLINE_WORD_STOPWORD
                  || byline_mentions_at (c->mentions, k + 2) == NULL))
            {
              Source inner = { 0 };
              _byline_claims_read_subject (c, k + 2, end, NULL, &inner);
              if (inner.entity == NULL || inner.entity->type != BYLINE_ENTITY_PERSON)
                {
                  _byline_claims_source_from_entity (&src, r->entity);
                  src.from = r->first_token;
                  src.end = r->end_token;
                  _byline_claims_claim_take_source (c, claim, &src);
                  return TRUE;
                }
            }
        }
      if (_byline_claims_read_subject (c, k + 2, end, NULL, &src))
        {
          src.from = k + 2;
          src.end = end;
          _byline_claims_claim_take_source (c, claim, &src);
          return TRUE;
        }
      claim->attribution = _byline_claims_attribution_of_words (c, k + 2, end);
      claim->reason
          = claim->attribution == BYLINE_ATTRIBUTION_STATE_MEDIA ? STATE_MEDIA_IN_WORDS : NULL;
      claim->source = NULL;
      g_free (claim->source_name);
      claim->source_name = span_text (c, k + 2, end);
      return TRUE;
    }
  return FALSE;
}
