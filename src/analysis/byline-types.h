/* byline-types.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BYLINE_ENTITY_PERSON,
  BYLINE_ENTITY_ORG,
  BYLINE_ENTITY_PLACE,
  BYLINE_ENTITY_NORP,
  BYLINE_ENTITY_DATE,
  BYLINE_ENTITY_MONEY,
  BYLINE_ENTITY_QUANTITY,
  BYLINE_ENTITY_OTHER,
  BYLINE_N_ENTITY_TYPES
} BylineEntityType;

/* A span of bytes in the text, end exclusive. */
typedef struct
{
  guint32 start;
  guint32 end;
} BylineSpan;

const char *byline_entity_type_to_string (BylineEntityType type);

G_END_DECLS
