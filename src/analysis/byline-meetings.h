/* byline-meetings.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-document.h"
#include "byline-entities.h"
#include "byline-quotes.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_MEETING_UNKNOWN,
  BYLINE_MEETING_PLANNED,
  BYLINE_MEETING_HAPPENED,
  BYLINE_MEETING_ONGOING,
} BylineMeetingStatus;

typedef struct
{
  const BylineEntity *entity;  /* or NULL for a group: "lawmakers" */
  char               *name;
} BylineParticipant;

/* Who met whom, where, when, about what; told once or more. */
typedef struct
{
  GArray              *participants;  /* BylineParticipant */
  const BylineEntity  *place;         /* or NULL */
  char                *place_name;
  BylineDay            date;          /* 0 fields: not resolved */
  char                *time_text;     /* "Wednesday", or NULL */
  BylineMeetingStatus  status;
  GPtrArray           *topics;        /* char * */
  GArray              *evidence;      /* BylineSpan of the sentences that tell it */
  gboolean             background;    /* told in passing: "who recently led talks with" */
  gboolean             trip;          /* a visit to a country whose hosts are not named */
  gboolean             also;          /* told as one more: "also met", "later held talks" */
  gboolean             apart;         /* told as held apart: "a separate meeting", "a one-on-one" */
} BylineMeeting;

GPtrArray  *byline_meetings_find               (const BylineDocument *doc,
                                                GPtrArray            *entities,
                                                GArray               *mentions,
                                                GArray               *clauses,
                                                GPtrArray            *quotes);
void        byline_meeting_free                (BylineMeeting *meeting);
const char *byline_meeting_status_to_string    (BylineMeetingStatus status);

G_END_DECLS
