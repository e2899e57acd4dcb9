/* byline-quotes-private.h: what the parts of the quote finder share: the
 * pass's context (Ctx), the quote marks paired (MarkSpan), the speaker found
 * for a cue (Speaker), the token tests every part uses, and the functions
 * one part calls in another: byline-quotes.c (the entry, the pass over
 * sentences, marked quotations), byline-quotes-speaker.c (who is at a
 * token), byline-quotes-reported.c (reported speech, "according to",
 * headline sources, transcripts)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-quotes.h"
#include "byline-scan-private.h"

G_BEGIN_DECLS

#define MAX_DEPTH 2          /* a single-quoted quote inside a double-quoted one */
#define CUE_WINDOW 24        /* tokens between a quote and its reporting verb */
#define CLAUSE_WINDOW 48     /* tokens back from a verb to its subject */
#define DOUBLE_APOSTROPHE 0x2033  /* stands for '' opening a quotation */
#define LOOKBACK 600         /* tokens back to the person or study a description stands for */

typedef enum
{
  MARK_DOUBLE,
  MARK_SINGLE,
  MARK_LOW,      /* „ */
  MARK_GUILLEMET,
} MarkKind;

typedef struct
{
  guint    open;         /* token of the opening mark */
  guint    close;        /* token of the closing mark, or the first token after the span */
  gboolean closed;       /* FALSE: cut at the end of a paragraph */
  gboolean continued;    /* the quotation goes on in the next paragraph */
  gboolean continuation; /* this span continues the previous one */
} MarkSpan;

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GArray               *mentions;
  GPtrArray            *quotes;
  guint64              *in_quote;  /* a bit a token: inside quote marks */
  /* who spoke last, for "he said" and "the statement said" */
  const BylineEntity   *last_person;
  guint                 last_person_sentence;
  const BylineEntity   *last_speaker;
  guint                 last_speaker_sentence;
  const BylineQuote    *previous;
  const char           *last_speaker_country;
  GHashTable           *labels;    /* transcript labels ("smith") -> paragraphs they open */
  gboolean              transcript; /* three labelled paragraphs or more, a label among them again */
  GHashTable           *genders;    /* person -> BylineGender, as "he" and "she" showed it */
  char                 *last_unnamed; /* the last speaker with no name ("a senior official") */
  guint                 last_unnamed_sentence;
  guint                 questions;      /* paragraphs that open with "Q:" (an interview) */
  guint                 first_question; /* the token of the first, or n */
  guint                 line_start; /* the last transcript line's tokens */
  guint                 line_end;
  GArray               *clauses;    /* BylineClause, one per sentence, or NULL */
  guint                *next_according; /* where "according to" is, in order, made once */
  guint                 n_according;
  GPtrArray            *so_called;  /* words in marks after "so-called": a label, no quote; or NULL */
} Ctx;

/* Speaker found for a cue */
typedef struct
{
  const BylineEntity *entity;
  char               *name;
  guint               cue_first;
  guint               cue_end;
  gboolean            found;
  const char         *country;  /* "Russia's Foreign Ministry": RU */
} Speaker;

static inline gunichar
first_char (const Ctx *c, guint i)
{
  return byline_token_first_char (c->text, &c->toks[i]);
}

static inline gboolean
is_char (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static inline gboolean
is_word (const Ctx *c, guint i)
{
  return i < c->n && (c->toks[i].kind == BYLINE_TOKEN_WORD || c->toks[i].kind == BYLINE_TOKEN_NUMBER);
}

static inline gboolean
has (const Ctx *c, guint i, guint32 cls)
{
  return i < c->n && (byline_token_cls (&c->toks[i]) & cls) != 0;
}

static inline guint
sentence_of (const Ctx *c, guint token)
{
  GArray *s = c->doc->sentences;
  guint lo = 0, hi = s->len;

  /* the last sentence starting at or before token */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (s, BylineSentence, mid).first_token <= token)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

static inline const BylineSentence *
sentence (const Ctx *c, guint index)
{
  return &g_array_index (c->doc->sentences, BylineSentence, index);
}

static inline gboolean
is_determiner (const Ctx *c, guint i)
{
  static const char *const words[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "opening", "closing", "such", "of", "in", "on", "to", "for", "with", "by", "from", "whose", "any",
    "no", "some", "recent", "earlier", "latest", "public", "press", NULL,
  };

  for (int k = 0; words[k]; k++)
    if (byline_token_is (c->text, &c->toks[i], words[k]))
      return TRUE;
  return FALSE;
}

/* A reporting phrase: "made clear", "pointed out", "was quoted as saying" */
static inline guint
reporting_phrase (const Ctx *c, guint i)
{
  guint kinds = 0;
  guint len;

  if (i >= c->n || !(byline_token_cls (&c->toks[i]) & BYLINE_WORD_REPORT_START))
    return 0;
  len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, i, &kinds);

  if (len > 1 && (kinds & BYLINE_CUE_REPORTING) && !byline_token_is (c->text, &c->toks[i], "according"))
    return len;
  return 0;
}

/* A reporting verb used as a verb: "said", "told"; not "opening remarks", "the claims" */
static inline gboolean
is_speech (const Ctx *c, guint i)
{
  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  if ((c->toks[i].flags & BYLINE_TOKEN_CAP) && !(c->toks[i].flags & BYLINE_TOKEN_SENT_START))
    return FALSE;
  if (!has (c, i, BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION) || byline_token_is (c->text, &c->toks[i], "according"))
    return FALSE;
  if (i > 0 && (byline_token_is (c->text, &c->toks[i - 1], "would") || byline_token_is (c->text, &c->toks[i - 1], "to")
                || byline_token_is (c->text, &c->toks[i - 1], "could")))
    return FALSE;
  /* "member states met": a noun; the verb says "that" or a quotation follows */
  if (byline_token_is (c->text, &c->toks[i], "states") && i + 1 < c->n && !byline_token_is (c->text, &c->toks[i + 1], "that")
      && c->toks[i + 1].kind == BYLINE_TOKEN_WORD)
    return FALSE;
  /* "amid reports that", "denied claims that": a noun after a preposition or a verb */
  if (i > 0 && (c->text[c->toks[i].start] == 'r' || c->text[c->toks[i].start] == 'c')
      && (byline_token_is (c->text, &c->toks[i], "reports") || byline_token_is (c->text, &c->toks[i], "claims"))
      && (byline_token_is (c->text, &c->toks[i - 1], "amid") || byline_token_is (c->text, &c->toks[i - 1], "following")
          || byline_token_is (c->text, &c->toks[i - 1], "after") || byline_token_is (c->text, &c->toks[i - 1], "despite")
          || byline_token_is (c->text, &c->toks[i - 1], "denied") || byline_token_is (c->text, &c->toks[i - 1], "dismissed")
          || byline_token_is (c->text, &c->toks[i - 1], "rejected") || byline_token_is (c->text, &c->toks[i - 1], "over")
          || byline_token_is (c->text, &c->toks[i - 1], "of") || byline_token_is (c->text, &c->toks[i - 1], "about")))
    return FALSE;
  /* "a joint press conference", "press secretary": a noun's modifier */
  if (byline_token_is (c->text, &c->toks[i], "press") && i + 1 < c->n
      && (byline_token_is (c->text, &c->toks[i + 1], "conference") || byline_token_is (c->text, &c->toks[i + 1], "briefing")
          || byline_token_is (c->text, &c->toks[i + 1], "secretary") || byline_token_is (c->text, &c->toks[i + 1], "release")
          || byline_token_is (c->text, &c->toks[i + 1], "office") || byline_token_is (c->text, &c->toks[i + 1], "officer")))
    return FALSE;
  return i == 0 || !is_determiner (c, i - 1);
}

static inline gboolean
is_pronoun_person (const Ctx *c, guint i)
{
  return i < c->n && (byline_token_is (c->text, &c->toks[i], "he") || byline_token_is (c->text, &c->toks[i], "she"));
}

static inline gboolean
is_pronoun_group (const Ctx *c, guint i)
{
  return i < c->n && (byline_token_is (c->text, &c->toks[i], "they") || byline_token_is (c->text, &c->toks[i], "it"));
}

/* byline-quotes.c */
extern const char *const _byline_quotes_prepositions[];
gboolean _byline_quotes_governed (const Ctx *c, guint first);
BylineQuote *_byline_quotes_quote_new (Ctx *c, guint first, guint end, BylineQuoteKind kind,
                                       const Speaker *sp, guint cue);

/* byline-quotes-speaker.c */
char *_byline_quotes_span_text (const Ctx *c, guint first, guint end);
void _byline_quotes_speaker_clear (Speaker *s);
void _byline_quotes_speaker_set_entity (Speaker *s, const BylineEntity *e);
gboolean _byline_quotes_is_speaker_type (const BylineEntity *e);
void _byline_quotes_remember (Ctx *c, const BylineQuote *q, const char *country);
gboolean _byline_quotes_subject_then_aux (const Ctx *c, guint k, guint hi);
gboolean _byline_quotes_speaker_at (Ctx *c, guint i, guint limit, GPtrArray *entities, Speaker *out,
                                    guint *end);
gboolean _byline_quotes_body_or_group_at (const Ctx *c, guint i, guint limit, Speaker *out, guint *end);
guint _byline_quotes_as_saying_after (const Ctx *c, guint v, guint hi);
gboolean _byline_quotes_subject_of_cue (Ctx *c, guint v, guint lo, guint hi, GPtrArray *entities,
                                        Speaker *out);
void _byline_quotes_find_via (Ctx *c, BylineQuote *q, guint lo, guint hi);

/* byline-quotes-reported.c */
guint _byline_quotes_next_according (Ctx *c, guint k);
gboolean _byline_quotes_according_to (Ctx *c, guint lo, guint hi, GPtrArray *entities, Speaker *out,
                                      guint *cue);
gboolean _byline_quotes_is_aux (const Ctx *c, guint i);
guint _byline_quotes_skip_dateline (const Ctx *c, guint lo, guint hi);
gboolean _byline_quotes_by_count (Ctx *c, guint lo, guint hi, Speaker *out, guint *from, guint *cue);
const BylineEntity *_byline_quotes_person_by_misspelt_surname (GPtrArray *entities,
                                                               const char *word);
void _byline_quotes_indirect_quotes (Ctx *c, guint s, GPtrArray *entities);
void _byline_quotes_learn_possessive (Ctx *c, guint s);
GHashTable *_byline_quotes_count_transcript_labels (const Ctx *c);
gboolean _byline_quotes_is_transcript (GHashTable *labels);
gboolean _byline_quotes_transcript_line (Ctx *c, guint s, GPtrArray *entities);

static inline gboolean
in_quote (const Ctx *c, guint k)
{
  return (c->in_quote[k / 64] >> (k % 64)) & 1;
}

G_END_DECLS
