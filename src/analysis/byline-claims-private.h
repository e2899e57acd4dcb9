/* byline-claims-private.h: what the parts of the claim finder share: the
 * pass's context (Ctx), the frame kinds (FrameKind), the source of a frame
 * (Source), the token tests every part uses, and the functions one part
 * calls in another: byline-claims.c (the entry, a claim for each
 * sentence, its attribution, hedges and loaded words),
 * byline-claims-frames.c (the frame a claim sits in),
 * byline-claims-source.c (who stands behind a frame)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "byline-claims.h"
#include "byline-lexicon.h"
#include "byline-scan-private.h"

G_BEGIN_DECLS

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon *lex;
  const char *text;
  const BylineToken *toks;
  guint n;
  GArray *mentions;
  GPtrArray *quotes;
  guint64 *quoted;   /* a bit a token: inside a quotation (not an indirect one) */
  const BylineEntity *last_person;   /* the last person a claim rested on: "he said" */
  const BylineEntity *last_document; /* the last outlet or report named: "the report said" */
  guint *by_cue;    /* the quotes with a cue, by the cue's start then their index, or NULL */
  guint n_by_cue;
} Ctx;

/* the reason when no outlet is named: "Russian state media reported" */
#define STATE_MEDIA_IN_WORDS "the article itself calls the source state media"

typedef enum
{
  FRAME_NONE,
  FRAME_VERB,       /* a verb with its subject before it */
  FRAME_VERB_AFTER, /* the same with its content before it: "..., X reported." */
  FRAME_INVERTED,   /* "..., said X," */
} FrameKind;
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

static inline gboolean
in_quote (const Ctx *c, guint k)
{
  return (c->quoted[k / 64] >> (k % 64)) & 1;
}

BYLINE_ALWAYS_INLINE
static inline gboolean
is_word (const Ctx *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

static inline char *
span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

static inline gboolean
is_lower_word (const Ctx *c, guint k)
{
  return k < c->n && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP);
}

static inline gboolean
word_in (const Ctx *c, guint k, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (is_word (c, k, words[i]))
      return TRUE;
  return FALSE;
}

static inline gboolean
ends_with (const Ctx *c, guint k, const char *suffix)
{
  return byline_token_len (&c->toks[k]) > strlen (suffix) + 2 && _byline_scan_ends_with (c->text, c->toks, k, suffix);
}

/* byline-claims.c */
BylineAttribution _byline_claims_attribution_of_entity (const BylineEntity *e, const char **reason);
BylineAttribution _byline_claims_attribution_of_words (const Ctx *c, guint first, guint end);
gboolean _byline_claims_object_of_preposition (const Ctx *c, guint lo, guint k);

/* byline-claims-frames.c */
extern const char *const _byline_claims_auxiliaries[];
extern const char *const _byline_claims_determiners[];
extern const char *const _byline_claims_data_words[];
extern const char *const _byline_claims_quantifiers[];
extern const char *const _byline_claims_pronouns[];
extern const char *const _byline_claims_documents[];
gboolean _byline_claims_is_lower_word_in (const Ctx *c, guint k, const char *const *words);
FrameKind _byline_claims_frame_at (const Ctx *c, guint lo, guint hi, guint k, guint *subject_end);
guint _byline_claims_token_at (const Ctx *c, guint lo, guint hi, guint32 byte);
gboolean _byline_claims_sentence_frame (Ctx *c, guint lo, guint hi, guint first_quote,
                                        guint32 sentence_end, BylineClaim *claim);
gboolean _byline_claims_according_to (Ctx *c, guint lo, guint hi, BylineClaim *claim);

/* byline-claims-source.c */
void _byline_claims_index_cues (Ctx *c);
const BylineQuote *_byline_claims_quote_with_cue (const Ctx *c, guint first_quote,
                                                  guint32 sentence_end, guint k);
void _byline_claims_source_from_entity (Source *src, const BylineEntity *e);
gboolean _byline_claims_read_subject (Ctx *c, guint from, guint end, const BylineQuote *quote,
                                      Source *src);
void _byline_claims_claim_take_source (Ctx *c, BylineClaim *claim, const Source *src);
gboolean _byline_claims_frame_subject (Ctx *c, guint lo, guint end, const BylineQuote *quote,
                                       Source *src);

G_END_DECLS
