/* byline-entities.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-dates.h"
#include "byline-document.h"
#include "byline-lexicon.h"
#include "byline-types.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 start;   /* bytes */
  guint32 end;
  guint32 first_token;
  guint32 end_token;
} BylineMention;

typedef enum
{
  BYLINE_GENDER_UNKNOWN,
  BYLINE_GENDER_MALE,
  BYLINE_GENDER_FEMALE,
} BylineGender;

typedef struct
{
  char                 *id;           /* "e1" */
  BylineEntityType      type;
  char                 *name;
  char                 *role;         /* or NULL */
  char                 *affiliation;  /* or NULL */
  GArray               *mentions;     /* BylineMention, in text order */
  const BylineLexEntry *lex;          /* the lexicon entry, or NULL */
  BylineDateMatch       date;         /* DATE: what every mention resolves to */
  BylineGender          gender;       /* PERSON: from a title or role, else unknown */
} BylineEntity;

/* A mention with its entity, for finders that walk the text in order. */
typedef struct
{
  guint32             first_token;
  guint32             end_token;
  guint32             start;   /* bytes */
  guint32             end;
  const BylineEntity *entity;
} BylineMentionRef;

GPtrArray *byline_entities_find          (const BylineDocument *doc);
void       byline_entity_free            (BylineEntity *entity);
gboolean   byline_entity_may_be          (const BylineEntity *entity,
                                          const char         *text,
                                          const BylineToken  *pronoun);
GArray    *byline_entities_mention_index (GPtrArray *entities);
guint      byline_mentions_lower_bound   (GArray    *mentions,
                                          guint      token);
const BylineMentionRef *byline_mentions_at (GArray  *mentions,
                                            guint    token);

G_END_DECLS
