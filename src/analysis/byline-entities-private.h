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

typedef struct
{
  guint                 first;     /* tokens */
  guint                 end;
  BylineEntityType      type;
  CandKind              kind;
  const BylineLexEntry *lex;
  gint                  date;        /* index into Ctx.dates, -1 none */
  guint32               sub_start;   /* a part of a hyphenated token, in bytes; */
  guint32               sub_end;     /* 0 when the candidate is whole tokens */
  int                   title_first; /* tokens of the title or role before, -1 none */
  int                   title_end;
  int                   aff_first;   /* tokens of the NORP/PLACE/ORG before the title */
  int                   aff_end;
  guint                 person_evidence : 1;
  guint                 acronym : 1;
  guint                 same_as_next : 1; /* "Long Name (ACR)" */
  guint                 sub_only : 1;     /* "Warhol-like": a mention only of a known name */
} Cand;

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
  return i < c->n && (c->toks[i].cls & cls) != 0;
}

static inline gboolean
is_common (const Ctx *c, guint i)
{
  return has (c, BYLINE_WORD_COMMON | BYLINE_WORD_STOPWORD, i);
}

/* byline-entities-candidates.c */
void _byline_entities_mark_weak (Ctx *c);
void _byline_entities_find_candidates (Ctx *c);
guint _byline_entities_title_at (const Ctx *c, guint i);
guint _byline_entities_gazetteer_at (const Ctx *c, guint i, const BylineLexEntry **entry);
guint _byline_entities_chunk_at (const Ctx *c, guint i);
gboolean _byline_entities_is_counted_thing (const Ctx *c, guint i);
gboolean _byline_entities_after_indefinite (const Ctx *c, guint first);
gboolean _byline_entities_after_place_word (const Ctx *c, guint first);
gboolean _byline_entities_followed_by_speech (const Ctx *c, guint end);

/* byline-entities-coreference.c */
char *_byline_entities_cand_text (const Ctx *c, const Cand *cand);
void _byline_entities_build_entities (Ctx *c, GPtrArray *out);
void _byline_entities_assign_gender (Ctx *c, BylineEntity *e);

G_END_DECLS
