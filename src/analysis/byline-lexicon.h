/* byline-lexicon.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-tokens.h"
#include "byline-types.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_LEX_COUNTRY,
  BYLINE_LEX_DEMONYM,
  BYLINE_LEX_CITY,
  BYLINE_LEX_REGION,
  BYLINE_LEX_OUTLET,
  BYLINE_LEX_GOVERNMENT,
  BYLINE_LEX_ORGANISATION,
} BylineLexKind;

/* What the word lists say of one word, looked up once per token. */
typedef enum
{
  BYLINE_WORD_STOPWORD        = 1 << 0,
  BYLINE_WORD_COMMON          = 1 << 1,
  BYLINE_WORD_SPEECH          = 1 << 2,
  BYLINE_WORD_ROLE            = 1 << 3,
  BYLINE_WORD_FIRST_NAME      = 1 << 4,
  BYLINE_WORD_SURNAME         = 1 << 5,
  BYLINE_WORD_ORG_HEAD        = 1 << 6,
  BYLINE_WORD_PLACE_HEAD      = 1 << 7,
  BYLINE_WORD_FACILITY        = 1 << 8,
  BYLINE_WORD_CONNECTOR       = 1 << 9,
  BYLINE_WORD_PARTICLE        = 1 << 10,
  BYLINE_WORD_PLACE_BEFORE    = 1 << 11,
  BYLINE_WORD_ABBREVIATION    = 1 << 12,
  BYLINE_WORD_DAY_PART        = 1 << 13,
  BYLINE_WORD_CURRENCY        = 1 << 14,
  BYLINE_WORD_CURRENCY_SYMBOL = 1 << 15,
  BYLINE_WORD_SCALE           = 1 << 16,
  BYLINE_WORD_QUANTITY_UNIT   = 1 << 17,
  BYLINE_WORD_TIME_UNIT       = 1 << 18,
  BYLINE_WORD_MONTH           = 1 << 19,
  BYLINE_WORD_WEEKDAY         = 1 << 20,
  BYLINE_WORD_NUMBER          = 1 << 21,
  BYLINE_WORD_DATE_LEAD       = 1 << 22,
  BYLINE_WORD_REPORT_START    = 1 << 23,  /* the first word of a reporting phrase: "made" (clear) */
  BYLINE_WORD_AMBIGUOUS_NAME  = 1 << 24,
  BYLINE_WORD_OTHER_HEAD      = 1 << 25,
  BYLINE_WORD_SPORTS          = 1 << 26,
  BYLINE_WORD_FUTURE          = 1 << 27,
  BYLINE_WORD_PAST            = 1 << 28,
  BYLINE_WORD_COGNITION       = 1 << 29,
  BYLINE_WORD_CUE_START       = 1 << 30,  /* the first word of a reporting or claim phrase */
  BYLINE_WORD_MEETING         = 1u << 31, /* met, talks, visited, hosted... */
} BylineWordClass;

static inline gboolean
byline_token_has (const BylineToken *tok,
                  guint32            cls)
{
  return (byline_token_cls (tok) & cls) != 0;
}

/* A word in lower case a title may hold ("deputy", "prime", "defence"): no
 * stopword, nor a verb of speech, of a tense or of meeting */
static inline gboolean
byline_token_title_word (const BylineToken *tok)
{
  return tok->kind == BYLINE_TOKEN_WORD && !(tok->flags & BYLINE_TOKEN_CAP)
         && !byline_token_has (tok, BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE
                                      | BYLINE_WORD_MEETING);
}

/* One real-world thing the lexicons name, reached from each of its names. */
typedef struct
{
  char             *name;          /* canonical name */
  char             *subkind;       /* "city", "ministry", "party"... or NULL */
  char             *country;       /* ISO 3166-1 alpha-2 or NULL */
  char             *country_name;  /* short name of that country, or NULL */
  char             *ownership;     /* outlets */
  char             *reason;        /* outlets: why state media or not */
  BylineEntityType  type;
  BylineLexKind     kind;
  guint             state_media : 1;
  guint             ambiguous : 1;
} BylineLexEntry;

/* A table of multi-word phrases matched over tokens. */
typedef struct _BylinePhrases BylinePhrases;

/* What a phrase of claims.json or reporting-verbs.json is */
typedef enum
{
  BYLINE_CUE_REPORTING  = 1 << 0,  /* "made clear", "pointed out" */
  BYLINE_CUE_HEDGE      = 1 << 1,  /* "likely", "is believed to" */
  BYLINE_CUE_LOADED     = 1 << 2,  /* "blatant", "embattled" */
  BYLINE_CUE_ANONYMOUS  = 1 << 3,  /* "officials", "sources" */
  BYLINE_CUE_MEDIA      = 1 << 4,  /* "media reports", "state media" */
  BYLINE_CUE_PREDICTION = 1 << 5,  /* "will", "is expected to" */
  BYLINE_CUE_OPINION    = 1 << 6,  /* "should", "must" */
  BYLINE_CUE_AGENTLESS  = 1 << 7,  /* "is believed", "was reported" */
} BylineCueKind;

/* A table of the blob, looked up where it lies (byline_lex_table_lookup ()) */
typedef struct
{
  const guint8 *blob;
  guint32       offset;   /* of the table in the blob */
  gboolean      strings;  /* its values are strings, else numbers */
} BylineLexTable;

/* The lexicons as compiled at build time (byline-lexicon-blob.h): every table
 * is read in the blob where it lies, nothing is parsed or copied. */
typedef struct
{
  BylinePhrases *names;       /* key -> BylineLexEntry */
  BylinePhrases *titles;      /* key -> GINT_TO_POINTER (1) */
  BylinePhrases *cues;        /* key -> BylineCueKind bits */
  BylineLexTable months;      /* word -> month number */
  BylineLexTable weekdays;    /* word -> 1..7 */
  BylineLexTable number_words;/* word -> value */
  BylineLexTable time_units;  /* word -> unit code (words.json) */
  BylineLexTable connotations;/* reporting verb form -> connotation */
  guint          n_entries;   /* byline_lexicon_entry () gives them */
  BylineLexTable title_countries; /* folded title -> the one country that uses it */
  /* private */
  GBytes         *bytes;       /* the blob */
  const guint8   *blob;
  guint32         word_classes;/* the table of word -> BylineWordClass bits */
  guint           n_words;     /* the number of words in it */
  BylineLexEntry *entry_data;  /* set up on first use */
  gint           *entry_ready;
} BylineLexicon;

const BylineLexicon *byline_lexicon_get           (void);
BylineLexicon       *byline_lexicon_new           (GError **error);
void                 byline_lexicon_free          (BylineLexicon *self);

const BylineLexEntry *byline_lexicon_entry        (const BylineLexicon *self,
                                                   guint                i);
guint32              byline_lexicon_word_class    (const BylineLexicon *self,
                                                   const char          *word);
guint                _byline_lexicon_cue_match    (const BylineLexicon *self,
                                                   const char          *text,
                                                   const BylineToken   *tokens,
                                                   guint                n_tokens,
                                                   guint                i,
                                                   guint               *kinds);
const char          *byline_lexicon_connotation   (const BylineLexicon *self,
                                                   const char          *text,
                                                   const BylineToken   *tok);
const char          *byline_lexicon_outlet_extras (const BylineLexicon *self,
                                                   const char          *name);
/* byline-outlets.c */
const BylineLexEntry *byline_lexicon_find_outlet   (const BylineLexicon *self,
                                                   const char          *name);
const BylineLexEntry *byline_lexicon_find_outlet_host (const BylineLexicon *self,
                                                     const char          *host);
char                *byline_url_get_host          (const char *url);
void                 byline_tokens_classify       (GArray     *tokens,
                                                   const char *text);
gpointer             byline_lex_table_lookup      (const BylineLexTable *table,
                                                   const char           *key);
gpointer             byline_lexicon_lookup_token  (const BylineLexTable *table,
                                                   const char           *text,
                                                   const BylineToken    *tok);

guint                byline_phrases_match         (const BylinePhrases *self,
                                                   const char          *text,
                                                   const BylineToken   *tokens,
                                                   guint                n_tokens,
                                                   guint                i,
                                                   gpointer            *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineLexicon, byline_lexicon_free)

/**
 * byline_lexicon_cue_at:
 * @kinds: (out): the #BylineCueKind bits of the phrase
 *
 * Returns: the number of tokens of the longest claim or reporting cue at @i,
 * or 0. Asked at every token: a word that starts no cue is turned down here,
 * inlined, without a call.
 */
BYLINE_ALWAYS_INLINE
static inline guint
byline_lexicon_cue_at (const BylineLexicon *self,
                       const char          *text,
                       const BylineToken   *tokens,
                       guint                n_tokens,
                       guint                i,
                       guint               *kinds)
{
  if (i >= n_tokens || !(byline_token_cls (&tokens[i]) & BYLINE_WORD_CUE_START))
    return 0;
  return _byline_lexicon_cue_match (self, text, tokens, n_tokens, i, kinds);
}

G_END_DECLS
