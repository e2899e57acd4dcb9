/* byline-meetings-private.h: what the parts of the meeting finder share:
 * the pass's context (Ctx), the triggers (Trigger), the token tests every
 * part uses, and the functions one part calls in another: byline-meetings.c
 * (the entry, the sentence reader, merging and the passes after it),
 * byline-meetings-triggers.c (the words that tell of a meeting or trip),
 * byline-meetings-participants.c (who met, where, when, about what)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-meetings.h"
#include "byline-scan-private.h"

G_BEGIN_DECLS

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GArray               *mentions;
  GPtrArray            *entities;
  GPtrArray            *meetings;
  const BylineEntity   *last_subject;   /* for "he met" */
  guint                 last_subject_sentence;
  BylineClauseReader    reader;
  GArray               *clauses;        /* BylineClause, one per sentence */
  GPtrArray            *quotes;         /* BylineQuote, in text order, or NULL */
  gboolean              object_side;    /* reading the side after the trigger */
  gboolean              countries;      /* a meeting of countries: "the North's summits with ..." */
  gboolean              grouped;        /* the countries are one group's: "ministers from A, B and C" */
  guint32               dl_start;       /* the wire dateline, bytes ("ANKARA, March 4 (Reuters) -"): */
  guint32               dl_end;         /* its dates and places are the article's, not a meeting's */
  const BylineEntity   *wire_place;     /* the dateline's place, or NULL */
} Ctx;

/* The meetings near the i-th, in the order told: a story tells its meetings
 * together, and a file of many stories stays linear */
#define NEARBY 64

/* The words that tell of a meeting, and what follows them */
typedef enum
{
  TRIGGER_NONE,
  TRIGGER_MEET,      /* met, meet, meets, meeting with */
  TRIGGER_TALKS,     /* talks with, held talks, had a talk */
  TRIGGER_VISIT,     /* visited, visit to */
  TRIGGER_HOST,      /* hosted, received */
  TRIGGER_NEGOTIATE, /* negotiations with, negotiated with */
  TRIGGER_TRIP,      /* a visit to a place: "visit to Cuba", "travel to Brazil", "visited Hanoi" */
} Trigger;

BYLINE_ALWAYS_INLINE
static inline gboolean
is_word (const Ctx *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

static inline gboolean
is_punct (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static inline gboolean
ends_with (const Ctx *c, guint i, const char *suffix)
{
  return _byline_scan_ends_with (c->text, c->toks, i, suffix);
}

static inline gboolean
is_one_of (const Ctx *c, guint i, const char *const *words)
{
  return _byline_scan_is_one_of (c->text, c->toks, c->n, i, words);
}

/* "hold", "holds", "held", "holding": the verb a meeting's noun is held by */
static inline gboolean
is_hold (const Ctx *c, guint i)
{
  return is_word (c, i, "held") || is_word (c, i, "hold") || is_word (c, i, "holds") || is_word (c, i, "holding");
}

/* The sentence that starts at or before byte @offset (the first for one
 * before them all) */
static inline guint
sentence_of (const BylineDocument *doc, guint offset)
{
  guint lo = 0, hi = doc->sentences->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (doc->sentences, BylineSentence, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

/* After an item of a list that ends at @k: where the next item starts, past
 * ",", "and" or ", and"; or 0 when the list ends there */
static inline guint
list_next (const Ctx *c, guint k)
{
  if (is_punct (c, k, ',') && is_word (c, k + 1, "and"))
    return k + 2;
  if (is_punct (c, k, ',') || is_word (c, k, "and"))
    return k + 1;
  return 0;
}

static inline char *
span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

/* byline-meetings-triggers.c */
const BylineMentionRef *_byline_meetings_person_after_by (const Ctx *c, guint k);
gboolean _byline_meetings_taken_to (const Ctx *c, guint i);
const BylineMentionRef *_byline_meetings_trip_place (const Ctx *c, guint i);
gboolean _byline_meetings_pair_noun (const Ctx *c, guint i);
gboolean _byline_meetings_pair_before (const Ctx *c, guint lo, guint t, BylineMeeting *m);
Trigger _byline_meetings_trigger_at (const Ctx *c, guint i, guint hi);
gboolean _byline_meetings_has_he_and (const Ctx *c, guint from, guint end);
gboolean _byline_meetings_subjects_joined (const Ctx *c, guint clause, guint t);
gboolean _byline_meetings_nominal_trigger (const Ctx *c, guint t);
guint _byline_meetings_audience_to (const Ctx *c, guint i, guint hi);
guint _byline_meetings_held_then_between (const Ctx *c, guint k, guint hi);
gboolean _byline_meetings_reports_clause (const Ctx *c, guint k, guint t);
guint _byline_meetings_apposition_end (const Ctx *c, guint k, guint t);
gboolean _byline_meetings_in_headline (const Ctx *c, const BylineSentence *sent);
gboolean _byline_meetings_trailing_source (const Ctx *c, guint k, guint hi);
gboolean _byline_meetings_remote (const Ctx *c, guint lo, guint hi);
gboolean _byline_meetings_meets_a_thing (const Ctx *c, guint k, guint hi);
gboolean _byline_meetings_place_noun (const Ctx *c, guint k, guint hi);
const BylineEntity *_byline_meetings_guest_of (const Ctx *c, const BylineMeeting *o);
const BylineEntity *_byline_meetings_gathering_leader (const Ctx *c, guint clause, guint t);
gboolean _byline_meetings_sports_fixture (const Ctx *c, guint k, guint hi);
gboolean _byline_meetings_separately (const Ctx *c, guint from, guint end);
gboolean _byline_meetings_called_off (const Ctx *c, guint t, guint hi);
gboolean _byline_meetings_negated_at (const Ctx *c, guint lo, guint t);
gboolean _byline_meetings_group_noun (const Ctx *c, guint k, gboolean subject);
gboolean _byline_meetings_cancelled_before (const Ctx *c, guint lo, guint t);

/* byline-meetings-participants.c */
gboolean _byline_meetings_has_participant (const BylineMeeting *m, const BylineEntity *e,
                                           const char *name);
void _byline_meetings_add_participant (BylineMeeting *m, const BylineEntity *e, char *name);
/* The people a description of those told before stands for: "the two foreign
 * ministers", "the three leaders" */
typedef struct
{
  const BylineMeeting *meeting;  /* the earlier meeting they are of, or NULL */
  const BylineEntity  *who[3];   /* its people the description is of */
  guint                n;        /* how many: 2 or 3, 0 for none */
} BylineDescribed;
const BylineMeeting *_byline_meetings_earlier_pair (const Ctx *c, guint from, guint end, BylineDescribed *sides);
gboolean _byline_meetings_role_fits_noun (const Ctx *c, const char *role, guint k);
void _byline_meetings_add_described (BylineMeeting *m, const BylineDescribed *sides);
gboolean _byline_meetings_told_of_meeting (const Ctx *c, guint t);
gboolean _byline_meetings_affiliation_of_person (const Ctx *c, const BylineMentionRef *r, guint hi);
gboolean _byline_meetings_role_word (const Ctx *c, guint k);
gboolean _byline_meetings_is_country (const BylineEntity *e);
gboolean _byline_meetings_proper_name (const char *name);
const BylineEntity *_byline_meetings_titled_by_country (const Ctx  *c,
                                                        const char *country,
                                                        const char *head,
                                                        guint       at);
char *_byline_meetings_mention_name (const Ctx *c, const BylineMentionRef *r);
const BylineEntity *_byline_meetings_country_of_name (const Ctx *c, const BylineEntity *e);
const BylineEntity *_byline_meetings_people_described (const Ctx *c, guint i, guint hi, guint *end);
gboolean _byline_meetings_add_home_and_guest (Ctx *c, guint told, BylineMeeting *m);
gboolean _byline_meetings_add_country_of (Ctx *c, const BylineEntity *e, BylineMeeting *m);
gboolean _byline_meetings_add_two_countries (Ctx *c, guint i, guint told, BylineMeeting *m);
gboolean _byline_meetings_participant_at (Ctx *c, guint i, guint hi, BylineMeeting *m, guint *end);
gboolean _byline_meetings_marked_by (const Ctx *c, guint k, guint hi);
const BylineMentionRef *_byline_meetings_relative_held_by (const Ctx *c, guint k, guint t);
BylineMeeting *_byline_meeting_new (void);
void _byline_meetings_unnamed (Ctx *c);
guint _byline_meetings_org_group_end (const Ctx *c, const BylineMentionRef *r, guint hi);
char *_byline_meetings_org_group_name (const Ctx *c, const BylineMentionRef *r, guint end);
guint _byline_meetings_country_subjects (Ctx *c, guint clause, guint k, guint t, BylineMeeting *m);
void _byline_meetings_find_place_and_date (const Ctx *c, BylineMeeting *m, guint lo, guint hi,
                                           guint trigger);
BylineMeetingStatus _byline_meetings_status_of (const Ctx *c, guint lo, guint trigger);
void _byline_meetings_find_topics (const Ctx *c, BylineMeeting *m, guint trigger, guint hi);
const BylineEntity *_byline_meetings_quote_speaker_at (const Ctx *c, guint k);
const BylineEntity *_byline_meetings_speaker_at_gathering (const Ctx *c, guint lo, guint v, const BylineEntity *topic);
const BylineEntity *_byline_meetings_nearest_person_before (const Ctx *c, guint lo, guint k,
                                                            gboolean pronoun);

char    *_byline_meetings_pair_misfit (const Ctx *c, const BylineMeeting *pair, guint from, guint end);
char    *_byline_meetings_counted_gathering (const Ctx *c, guint t, guint hi);
gboolean _byline_meetings_gathering_of (const Ctx *c, guint t, guint hi, const BylineEntity **entity, char **name);

G_END_DECLS
