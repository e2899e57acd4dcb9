/* byline-corrections.h: a reader's fixes to an analysis, applied over every
 * later analysis of the same article
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BYLINE_CORRECTION_ERROR (byline_correction_error_quark ())

typedef enum
{
  BYLINE_CORRECTION_ERROR_NOT_FOUND,  /* no such entity, quote, claim or meeting */
  BYLINE_CORRECTION_ERROR_INVALID,    /* a type or attribution name that does not exist */
} BylineCorrectionError;

typedef enum
{
  BYLINE_TARGET_ENTITY,
  BYLINE_TARGET_QUOTE,
  BYLINE_TARGET_CLAIM,
  BYLINE_TARGET_MEETING,
} BylineCorrectionTarget;

typedef enum
{
  BYLINE_FIX_TYPE,         /* entity: PERSON, ORG, ... */
  BYLINE_FIX_NAME,         /* entity: its name */
  BYLINE_FIX_SPEAKER,      /* quote: who said it */
  BYLINE_FIX_ATTRIBUTION,  /* claim: named_person, anonymous, ... */
  BYLINE_FIX_REMOVE,       /* any: not a real item */
} BylineCorrectionAction;

/* The item is found again by its span (code points) and, for an entity, by
 * its name as the analyser gave it: analyser versions renumber ids. */
typedef struct
{
  gint64                  id;        /* in the store; 0 before it is saved */
  gint64                  article;
  BylineCorrectionTarget  target;
  BylineCorrectionAction  action;
  char                   *key;       /* entity name, or the item's exact text */
  guint32                 start;     /* entity: its first mention; others: the item */
  guint32                 end;
  char                   *value;     /* type, name, speaker or attribution; NULL to remove */
  gint64                  created;   /* Unix seconds */
} BylineCorrection;

GQuark            byline_correction_error_quark      (void);
BylineCorrection *byline_correction_new_for          (JsonNode               *analysis,
                                                      const char             *text,
                                                      BylineCorrectionTarget  target,
                                                      const char             *ref,
                                                      BylineCorrectionAction  action,
                                                      const char             *value,
                                                      GError                **error);
void              byline_corrections_apply           (JsonNode               *analysis,
                                                      const char             *text,
                                                      GPtrArray              *corrections);
const char       *byline_correction_target_to_string (BylineCorrectionTarget  target);
const char       *byline_correction_action_to_string (BylineCorrectionAction  action);
gboolean          byline_correction_target_from_string (const char           *name,
                                                        BylineCorrectionTarget *target);
gboolean          byline_correction_action_from_string (const char           *name,
                                                        BylineCorrectionAction *action);
BylineCorrection *byline_correction_copy             (const BylineCorrection *correction);
void              byline_correction_free             (BylineCorrection       *correction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCorrection, byline_correction_free)

G_END_DECLS
