/* byline-entities-private.h: what the parts of the entity finder share: the
 * candidates (Cand), the lookup caches (PhraseCache), the pass's context
 * (Ctx), the token tests every part uses, and the functions one part calls
 * in another: byline-entities.c (the entry, the mention index and its
 * lookups), byline-entities-candidates.c (capitalised chunks, titles,
 * gazetteer names, classification), byline-entities-coreference.c
 * (entities, variants, roles, affiliations, counterparts, gender)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "byline-entities.h"
#include "byline-scan-private.h"

G_BEGIN_DECLS

/* Candidate kinds before coreference settles them */
typedef enum
{
  CAND_TYPED,    /* the type is known */
  CAND_UNKNOWN,  /* a capitalised word with no evidence: coreference decides */
  CAND_COMPOUND, /* "Lavrov-Zarif": split when every part is a known name */
} CandKind;

/* 36 bytes, not 64: the candidate array is the entity finder's largest
 * (a candidate every ten tokens), so the type and the kind take a byte each,
 * the struct is packed to 4-byte alignment, nothing is kept that no one
 * reads (the affiliation before a title was never read), and a date's index
 * shares its place with the start of a part of a token, which a date never
 * has. Do not take the address of a member. */
typedef struct __attribute__ ((packed, aligned (4)))
{
  guint32               first;     /* tokens */
  guint32               end;
  BylineEntityType      type : 8;
  CandKind              kind : 8;
  const BylineLexEntry *lex;
  union
  {
    gint                date;        /* a DATE: its index into Ctx.dates */
    guint32             sub_start;   /* any other: a part of a hyphenated token, in bytes; */
  };
  guint32               sub_end;     /* 0 when the candidate is whole tokens (a DATE always is) */
  int                   title_first; /* tokens of the title or role before, -1 none */
  int                   title_end;
  guint                 person_evidence : 1;
  guint                 acronym : 1;
  guint                 same_as_next : 1; /* "Long Name (ACR)" */
  guint                 sub_only : 1;     /* "Warhol-like": a mention only of a known name */
} Cand;

G_STATIC_ASSERT (sizeof (Cand) == 36);

#define CACHE_SIZE 64

/* _byline_entities_gazetteer_at () and _byline_entities_title_at () are
 * asked about the same few tokens again and again while a name is taken
 * apart: remember the last answers. */
typedef struct
{
  guint                 tag[CACHE_SIZE];  /* token index + 1; 0 is empty */
  guint                 len[CACHE_SIZE];
  const BylineLexEntry *entry[CACHE_SIZE];
} PhraseCache;

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GHashTable           *strong;   /* keys capitalised somewhere not by position */
  GHashTable           *lower;    /* keys written in lower case somewhere */
  GHashTable           *name_parts; /* common words that are a name's part: "Park" of "Park Sung-min" */
  GArray               *cands;
  GArray               *dates;    /* BylineDateMatch of DATE candidates */
  gboolean              sports;   /* a match report: countries are teams */
  int                   title_first; /* the last title skipped: "Secretary of State" */
  int                   title_end;
  PhraseCache          *gazetteer_cache;
  PhraseCache          *title_cache;
  guint                 portfolio_end; /* "Minister of Diaspora Affairs": after its portfolio, 0 none */
} Ctx;

static inline gboolean
is_cap (const Ctx *c, guint i)
{
  return i < c->n && c->toks[i].kind == BYLINE_TOKEN_WORD && (c->toks[i].flags & BYLINE_TOKEN_CAP);
}

static inline gboolean
is_weak (const Ctx *c, guint i)
{
  return (c->toks[i].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP)) != 0;
}

static inline gboolean
is_char (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static inline gboolean
has (const Ctx *c, guint32 cls, guint i)
{
  return i < c->n && (byline_token_cls (&c->toks[i]) & cls) != 0;
}

static inline gboolean
is_common (const Ctx *c, guint i)
{
  return has (c, BYLINE_WORD_COMMON | BYLINE_WORD_STOPWORD, i);
}

/* "Polaroid" and "Polaroids" in one article: a thing that is counted, not a
 * person */
static inline gboolean
is_counted_thing (const Ctx *c, guint i)
{
  char buf[128];
  g_autofree char *heap = NULL;
  const char *key;
  gsize len;
  g_autofree char *other = NULL;

  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD || !(c->toks[i].flags & BYLINE_TOKEN_CAP)
      || (c->toks[i].flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN)))
    return FALSE;
  key = byline_token_key_buf (c->text, &c->toks[i], buf, sizeof buf, &heap);
  len = strlen (key);
  if (len < 4)
    return FALSE;
  if (key[len - 1] == 's')
    other = g_strndup (key, len - 1);
  else
    other = g_strconcat (key, "s", NULL);
  return g_hash_table_contains (c->strong, other) && g_hash_table_contains (c->strong, key);
}

/* "a Polaroid", "a pink Marilyn" */
static inline gboolean
after_indefinite (const Ctx *c, guint first)
{
  guint k = first;

  if (k > 0 && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
      && !byline_token_is (c->text, &c->toks[k - 1], "a") && !byline_token_is (c->text, &c->toks[k - 1], "an")
      && !has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE, k - 1))
    k--;
  return k > 0 && (byline_token_is (c->text, &c->toks[k - 1], "a") || byline_token_is (c->text, &c->toks[k - 1], "an"));
}

/* "in", "at", "from", "near", "to" before a name: a place is meant */
static inline gboolean
after_place_word (const Ctx *c, guint first)
{
  static const char *const words[] = { "in", "at", "from", "near", "to", "of", "across", "outside", NULL };

  if (first == 0)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (byline_token_is (c->text, &c->toks[first - 1], words[k]))
      return TRUE;
  return FALSE;
}

static inline gboolean
followed_by_speech (const Ctx *c, guint end)
{
  guint k = end;

  if (k < c->n && c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
    return FALSE;
  if (is_char (c, k, ','))
    return k + 1 < c->n && byline_token_is (c->text, &c->toks[k + 1], "who");
  /* "Rao said", "Zarif also said" */
  if (k < c->n && (byline_token_is (c->text, &c->toks[k], "also")
                   || byline_token_is (c->text, &c->toks[k], "then")))
    k++;
  return k < c->n && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && has (c, BYLINE_WORD_SPEECH, k);
}

/* byline-entities-candidates.c */
void _byline_entities_mark_weak (Ctx *c);
void _byline_entities_find_candidates (Ctx *c);
guint _byline_entities_title_at (const Ctx *c, guint i);
guint _byline_entities_gazetteer_at (const Ctx *c, guint i, const BylineLexEntry **entry);
guint _byline_entities_chunk_at (const Ctx *c, guint i);

/* byline-entities-coreference.c */
char *_byline_entities_cand_text (const Ctx *c, const Cand *cand);
void _byline_entities_build_entities (Ctx *c, GPtrArray *out);
void _byline_entities_assign_gender (Ctx *c, BylineEntity *e);

G_END_DECLS
