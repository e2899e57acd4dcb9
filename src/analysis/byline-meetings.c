/* byline-meetings.c: who met whom, where, when and about what; trips to
 * places
 *
 * byline_meetings_find() reads the article sentence by sentence
 * (meeting_in_sentence): at each trigger (byline-meetings-triggers.c) it
 * takes the clause's subject and the sides after the trigger as
 * participants (byline-meetings-participants.c), then the meeting's place,
 * date, status and topics; "he met" is the last subject or speaker. The
 * same meeting told twice, among the last few dozen, is merged into the one
 * told first (same_meeting, merge_into). Passes after the reader: a trip
 * whose visitor met named hosts is told by those meetings; a delegation is
 * its head, and the meeting so named twice is one; a meeting told again by
 * a group of one word ("hosted a dinner for the senators"), or by what the
 * same two discussed, is the one told first; a meeting on the sidelines of
 * a gathering is where the gathering was; a meeting that happened, told in
 * the first paragraphs with no date, takes the article's day; a meeting
 * with no place takes the place of another meeting of the same people (of
 * the same day: "later in the day"), or the city of the wire dateline.
 * Last, sides that are no party (a building, an outlet, the dateline's
 * agency) leave, and a meeting left with one side, or told as a habit ("meet
 * regularly"), is none; a building takes its city ("Palace, Lima"); a trip's
 * country takes the article's name for it.
 *
 * Descriptions: "the two foreign secretaries" are the pair of an earlier
 * meeting, or the two people the sentence before names, or, when the pair
 * holds another office, one of each one's people by that title ("Indian
 * foreign secretary"); "received the visiting Omani foreign minister" is the
 * one of that people named elsewhere, or the description. "Ahead of a
 * gathering of ministers from 22 nations" is the group's own meeting, beside
 * the main clause's. A trip is told by talks with a host of that country at
 * a building told after it.
 * "Held talks with Peru's President and with Foreign Minister X" is a
 * meeting with each, the office no one names standing for its country; two
 * countries before the verb of a next meeting ("will hold the council's next
 * meeting in Z") are its sides.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-meetings"

#include "config.h"

#include <string.h>

#include "byline-clauses.h"
#include "byline-dates.h"
#include "byline-lexicon.h"
#include "byline-meetings.h"
#include "byline-meetings-private.h"
#include "byline-scan-private.h"

const char *
byline_meeting_status_to_string (BylineMeetingStatus status)
{
  switch (status)
    {
    case BYLINE_MEETING_PLANNED:
      return "planned";
    case BYLINE_MEETING_HAPPENED:
      return "happened";
    case BYLINE_MEETING_ONGOING:
      return "ongoing";
    case BYLINE_MEETING_UNKNOWN:
    default:
      return "unknown";
    }
}

static void
clear_participant (gpointer data)
{
  BylineParticipant *p = data;
  g_free (p->name);
}

void
byline_meeting_free (BylineMeeting *m)
{
  if (m == NULL)
    return;
  g_array_unref (m->participants);
  g_free (m->place_name);
  g_free (m->time_text);
  g_ptr_array_unref (m->topics);
  g_array_unref (m->evidence);
  g_free (m);
}

BylineMeeting *
_byline_meeting_new (void)
{
  BylineMeeting *m = g_new0 (BylineMeeting, 1);

  m->participants = g_array_new (FALSE, FALSE, sizeof (BylineParticipant));
  g_array_set_clear_func (m->participants, clear_participant);
  m->topics = g_ptr_array_new_with_free_func (g_free);
  m->evidence = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  return m;
}


/* A building or site, somewhere in a city: an organisation's seat, a landmark, a
 * place no gazetteer knows */
static gboolean
is_site (const BylineEntity *place)
{
  return place->type != BYLINE_ENTITY_PLACE || place->lex == NULL
         || g_strcmp0 (place->lex->subkind, "landmark") == 0;
}

/* The person of a meeting who speaks for a country */
static const BylineEntity *
person_of_country (const BylineMeeting *m, const char *country)
{
  for (guint i = 0; i < m->participants->len; i++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, i).entity;

      if (e != NULL && e->type == BYLINE_ENTITY_PERSON && g_strcmp0 (e->affiliation, country) == 0)
        return e;
    }
  return NULL;
}

/* How many countries among @a's sides are not @b's but have a person of
 * theirs among @b's ("Russia and China held talks" after "Putin met Xi") */
static guint
countries_spoken_for (const BylineMeeting *a, const BylineMeeting *b)
{
  guint n = 0;

  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (a->participants, BylineParticipant, i);

      if (p->entity != NULL && _byline_meetings_is_country (p->entity) && !_byline_meetings_has_participant (b, p->entity, NULL)
          && person_of_country (b, p->entity->name) != NULL)
        n++;
    }
  return n;
}

/* The words right before @ha in @a and @hb in @b, the same in any case? */
static gboolean
word_before_equal (const char *a, const char *ha, const char *b, const char *hb)
{
  const char *ea = ha - 1, *eb = hb - 1, *sa = ea, *sb = eb;

  while (sa > a && sa[-1] != ' ')
    sa--;
  while (sb > b && sb[-1] != ' ')
    sb--;
  return ea - sa == eb - sb && g_ascii_strncasecmp (sa, sb, (gsize) (ea - sa)) == 0;
}

/* A group's head word: the plural before "of" or "from" ("ministers" of "the
 * foreign ministers of Denmark and Norway"), or its last word */
static void
group_head (const char *name, const char **head, gsize *len)
{
  const char *of = strstr (name, " of "), *from = strstr (name, " from ");
  const char *end, *s;

  /* "leaders from across the Caribbean" */
  if (from != NULL && (of == NULL || from < of))
    of = from;
  end = of != NULL ? of : name + strlen (name);
  s = end;

  while (s > name && s[-1] != ' ')
    s--;
  *head = s;
  *len = (gsize) (end - s);
}

/* Do two groups' descriptions have the same head, a plural of people? */
static gboolean
same_group_head (const char *a, const char *b)
{
  const char *ha, *hb;
  gsize la, lb;

  group_head (a, &ha, &la);
  group_head (b, &hb, &lb);
  return la > 3 && la == lb && g_ascii_strncasecmp (ha, hb, la) == 0 && ha[la - 1] == 's'
         /* and the same modifier before it, if both have one: not "foreign
          * ministers" and "defence ministers" */
         && (ha == a || hb == b || word_before_equal (a, ha, b, hb));
}

static guint people_in (const BylineMeeting *m);

/* Whether @a and @b are told in one sentence: an evidence of each starts at the same place */
static gboolean
told_together (const BylineMeeting *a, const BylineMeeting *b)
{
  for (guint i = 0; i < a->evidence->len; i++)
    for (guint j = 0; j < b->evidence->len; j++)
      if (g_array_index (a->evidence, BylineSpan, i).start == g_array_index (b->evidence, BylineSpan, j).start)
        return TRUE;
  return FALSE;
}

/* A land among a's sides that is none of b's */
static gboolean
other_land (const BylineMeeting *a, const BylineMeeting *b)
{
  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineEntity *e = g_array_index (a->participants, BylineParticipant, i).entity;

      if (e != NULL && _byline_meetings_is_country (e) && !_byline_meetings_has_participant (b, e, NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_meeting (const BylineMeeting *a, const BylineMeeting *b)
{
  guint shared = 0;
  gboolean same_day;

  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (a->participants, BylineParticipant, i);
      if (p->entity && _byline_meetings_has_participant (b, p->entity, NULL))
        shared++;
    }
  if (a->date.year && b->date.year && (a->date.day != b->date.day || a->date.month != b->date.month))
    return FALSE;
  same_day = a->date.year && b->date.year;
  /* "will hold talks in May" and "have met 40 times": two meetings; but "met ...
   * to exchange views" in one sentence is one */
  if ((a->status == BYLINE_MEETING_PLANNED && b->status == BYLINE_MEETING_HAPPENED)
      || (a->status == BYLINE_MEETING_HAPPENED && b->status == BYLINE_MEETING_PLANNED))
    {
      /* but one day told in the future and in the past is one meeting */
      if (!told_together (a, b) && !same_day)
        return FALSE;
    }
  /* "is on a visit to Malaysia" and "is to visit Santiago next year": a trip
   * told for a later period is not the one under way */
  if (a->status != b->status && (a->status == BYLINE_MEETING_PLANNED || b->status == BYLINE_MEETING_PLANNED))
    {
      const BylineMeeting *later = a->status == BYLINE_MEETING_PLANNED ? a : b;
      const BylineMeeting *now = later == a ? b : a;

      /* (a meeting told with no tense of its own, "the dates for the A-B meeting
       * have yet to be set", is either) */
      if (later->time_text != NULL && now->time_text == NULL && !same_day && now->status != BYLINE_MEETING_UNKNOWN
          && g_ascii_strncasecmp (later->time_text, "next ", 5) == 0)
        return FALSE;
    }
  /* "The ministers last met in Kabul in December": a meeting of another time */
  if (a->background != b->background)
    {
      const BylineMeeting *then = a->background ? a : b, *now = a->background ? b : a;

      if ((then->time_text != NULL && (now->time_text == NULL || g_ascii_strcasecmp (then->time_text, now->time_text) != 0))
          || (then->place != NULL && now->place != NULL && then->place != now->place))
        return FALSE;
    }
  /* told with different times ("on Wednesday", "earlier in August"): two meetings;
   * but a trip "next week" and its talks "on June 17", both to come, are one */
  if (a->time_text && b->time_text && g_ascii_strcasecmp (a->time_text, b->time_text) != 0
      && !(a->date.year && b->date.year)
      && !(a->status == BYLINE_MEETING_PLANNED && b->status == BYLINE_MEETING_PLANNED
           && ((a->date.year == 0 && b->date.year != 0 && g_ascii_strcasecmp (a->time_text, "next week") == 0)
               || (b->date.year == 0 && a->date.year != 0 && g_ascii_strcasecmp (b->time_text, "next week") == 0))))
    return FALSE;
  /* the same people on the same day: one meeting, though a later mention names
   * another place (a place from a clause about something else) */
  if (!same_day && a->place && b->place && a->place != b->place
      /* a building is somewhere in a city: "at the Mansudae Assembly Hall", "in Pyongyang" */
      && !is_site (a->place) && !is_site (b->place)
      && !(a->place->lex && a->place->lex->kind == BYLINE_LEX_COUNTRY)
      && !(b->place->lex && b->place->lex->kind == BYLINE_LEX_COUNTRY))
    return FALSE;
  /* "A and B will visit Britain and France": trips to two lands, each a land the
   * other's sides lack */
  if (a->trip && b->trip && other_land (a, b) && other_land (b, a))
    return FALSE;
  /* "Russia and China held talks" after "Putin met Xi": a country counts as
   * shared with the person who speaks for it on the other side */
  shared += countries_spoken_for (a, b) + countries_spoken_for (b, a);
  /* "Moon is also to meet Li" after a summit of the three, "A and B held a
   * separate meeting": two of them on their own, another meeting */
  if ((b->also || b->apart) && people_in (b) >= 2 && people_in (b) < people_in (a) && shared >= people_in (b))
    return FALSE;
  /* "The two also met Prime Minister X": someone new, told as another meeting */
  if (b->also)
    for (guint i = 0; i < b->participants->len; i++)
      {
        const BylineParticipant *p = &g_array_index (b->participants, BylineParticipant, i);

        if (p->entity != NULL && !_byline_meetings_has_participant (a, p->entity, NULL)
            && !(_byline_meetings_is_country (p->entity) && person_of_country (a, p->entity->name) != NULL))
          return FALSE;
      }
  /* groups with the same name count as shared too, and a group told by another
   * description of the same kind of people ("Nordic foreign ministers", "the
   * foreign ministers of Denmark, Finland and Norway") */
  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (a->participants, BylineParticipant, i);
      if (p->entity == NULL && _byline_meetings_has_participant (b, NULL, p->name))
        shared++;
      else if (p->entity == NULL && p->name != NULL && shared == 1)
        for (guint j = 0; j < b->participants->len; j++)
          {
            const BylineParticipant *q = &g_array_index (b->participants, BylineParticipant, j);

            if (q->entity == NULL && q->name != NULL && same_group_head (p->name, q->name))
              {
                shared++;
                break;
              }
          }
    }
  /* "X received Y, who is paying a visit to Cuba": the trip told with its
   * traveller's reception is that visit */
  if (shared == 1 && a->trip != b->trip && told_together (a, b))
    {
      const BylineMeeting *trip = a->trip ? a : b, *other = a->trip ? b : a;

      /* (not "arrived in Seoul after meeting X in Pyongyang": another city) */
      if (trip->place != NULL && other->place != NULL && trip->place != other->place && !is_site (other->place)
          && !is_site (trip->place) && !(trip->place->lex && trip->place->lex->kind == BYLINE_LEX_COUNTRY))
        return FALSE;

      /* (the traveller is a side of the other: not "X's deputy met Y, who said X's trip ...") */
      for (guint i = 0; i < trip->participants->len; i++)
        {
          const BylineEntity *e = g_array_index (trip->participants, BylineParticipant, i).entity;

          if (e != NULL && e->type == BYLINE_ENTITY_PERSON && _byline_meetings_has_participant (other, e, NULL))
            return TRUE;
        }
    }
  return shared >= 2;
}

/* A side that is a land: a country's entity, or a name alone ("Peru" of a trip to Lima) */
static gboolean
land_side (const BylineParticipant *p)
{
  return p->entity != NULL ? _byline_meetings_is_country (p->entity) : _byline_meetings_proper_name (p->name);
}

static guint
people_in (const BylineMeeting *m)
{
  guint n = 0;

  for (guint i = 0; i < m->participants->len; i++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, i).entity;

      n += e != NULL && e->type == BYLINE_ENTITY_PERSON;
    }
  return n;
}

/* The side of @m of the name @name, or NULL */
static BylineParticipant *
side_named (const BylineMeeting *m, const char *name)
{
  for (guint i = 0; i < m->participants->len; i++)
    if (g_strcmp0 (g_array_index (m->participants, BylineParticipant, i).name, name) == 0)
      return &g_array_index (m->participants, BylineParticipant, i);
  return NULL;
}

static void
merge_into (BylineMeeting *into, BylineMeeting *from)
{
  /* "During a visit to Peru, X met Y": a trip told with talks with its hosts
   * is those talks, the land visited no side of them */
  gboolean hosts_named = into->trip != from->trip && told_together (into, from)
                         && people_in (into->trip ? from : into) >= 2;

  if (hosts_named && into->trip)
    for (guint i = into->participants->len; i > 0; i--)
      {
        const BylineParticipant *p = &g_array_index (into->participants, BylineParticipant, i - 1);

        if (land_side (p) && side_named (from, p->name) == NULL)
          g_array_remove_index (into->participants, i - 1);
      }
  for (guint i = 0; i < from->participants->len; i++)
    {
      BylineParticipant *p = &g_array_index (from->participants, BylineParticipant, i);

      if (hosts_named && from->trip && land_side (p) && side_named (into, p->name) == NULL)
        continue;

      /* a country whose person is there already */
      if (p->entity != NULL && _byline_meetings_is_country (p->entity) && person_of_country (into, p->entity->name) != NULL)
        continue;
      /* a country there by its name alone ("Peru" of a trip to Lima) or by its
       * entity: one side, with the entity */
      {
        BylineParticipant *same = p->name != NULL ? side_named (into, p->name) : NULL;

        if (same != NULL && (p->entity == NULL || (same->entity == NULL && _byline_meetings_is_country (p->entity))))
          {
            if (same->entity == NULL)
              same->entity = p->entity;
            continue;
          }
      }
      _byline_meetings_add_participant (into, p->entity, g_steal_pointer (&p->name));
    }
  /* "the two" after a trip merged with its talks: the people first, then the
   * country visited ("X", "Cuba", "Y" read as X and Y with Cuba); the first
   * side stays first */
  for (guint i = 2, last = into->participants->len; i < last; i++)
    {
      BylineParticipant p = g_array_index (into->participants, BylineParticipant, i - 1);
      const BylineEntity *next = g_array_index (into->participants, BylineParticipant, i).entity;

      if ((p.entity == NULL || _byline_meetings_is_country (p.entity)) && next != NULL
          && next->type == BYLINE_ENTITY_PERSON)
        {
          BylineParticipant *all = (BylineParticipant *) (gpointer) into->participants->data;

          /* (moved by hand: the array's clear function would free the name) */
          memmove (&all[i - 1], &all[i], (into->participants->len - i) * sizeof *all);
          all[into->participants->len - 1] = p;
          i--;
          last--;
        }
    }
  if (from->place && (into->place == NULL
                      || (into->place->lex && into->place->lex->kind == BYLINE_LEX_COUNTRY
                          && !(from->place->lex && from->place->lex->kind == BYLINE_LEX_COUNTRY))))
    {
      g_free (into->place_name);
      into->place = from->place;
      into->place_name = g_steal_pointer (&from->place_name);
    }
  if (into->date.year == 0 && from->date.year)
    {
      into->date = from->date;
      g_free (into->time_text);
      into->time_text = g_steal_pointer (&from->time_text);
    }
  if (into->status == BYLINE_MEETING_UNKNOWN)
    into->status = from->status;
  /* a trip told again as talks with named hosts is those talks */
  into->trip = into->trip && from->trip;
  for (guint i = 0; i < from->topics->len; i++)
    g_ptr_array_add (into->topics, g_strdup (from->topics->pdata[i]));
  g_array_append_vals (into->evidence, from->evidence->data, from->evidence->len);
}

/* Is the mention the meeting's day, written with its month and no year
 * ("on March 3"), so that its year is only the reader's guess? */
static gboolean
yearless_day_of (const BylineMentionRef *r, const BylineMeeting *m)
{
  return r->entity->type == BYLINE_ENTITY_DATE && r->entity->date.resolution == BYLINE_DATE_DAY
         && r->entity->date.from.year == m->date.year && r->entity->date.from.month == m->date.month
         && r->entity->date.from.day == m->date.day && r->entity->date.written.year == 0
         && !r->entity->date.explicit_year && r->entity->date.written.month != 0;
}

/* "last met on March 3", told in December: the March before, when the year is
 * not written and the meeting has happened */
static void
past_day_back (const Ctx *c, BylineMeeting *m, guint lo, guint hi)
{
  if (!(m->status == BYLINE_MEETING_HAPPENED || m->background) || m->date.year == 0
      || !byline_day_valid (&c->doc->date)
      || !(m->date.year > c->doc->date.year
           || (m->date.year == c->doc->date.year
               && (m->date.month > c->doc->date.month
                   || (m->date.month == c->doc->date.month && m->date.day > c->doc->date.day)))))
    return;
  for (guint k = byline_mentions_lower_bound (c->mentions, lo); k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= hi)
        break;
      if (yearless_day_of (r, m) && g_date_valid_dmy (m->date.day, m->date.month, m->date.year - 1))
        {
          m->date.year--;
          break;
        }
    }
}

/* "He said the Prime Minister would travel to X to meet Y": a reported clause
 * (from @d, after a verb of speech) whose subject is "the" and an office before
 * the trigger @t. Its subject is the one person of that office the article
 * names, but none named after the trigger (the one met); *@described is TRUE
 * when the clause has such a subject, whoever it is */
static const BylineEntity *
described_subject_after_saying (const Ctx *c, guint lo, guint d, guint t, guint hi, gboolean *described)
{
  guint e, v = d;
  const BylineEntity *found = NULL;
  g_autofree char *office = NULL;

  *described = FALSE;
  if (v > lo && is_word (c, v - 1, "that"))
    v--;
  if (v <= lo || !is_word (c, d, "the") || !(byline_token_cls (&c->toks[v - 1]) & BYLINE_WORD_SPEECH)
      || (c->toks[v - 1].flags & BYLINE_TOKEN_CAP))
    return NULL;
  for (e = d + 1; e < t && e < d + 4 && c->toks[e].kind == BYLINE_TOKEN_WORD && (c->toks[e].flags & BYLINE_TOKEN_CAP)
                  && byline_mentions_at (c->mentions, e) == NULL; e++)
    ;
  if (e == d + 1 || e >= t || !(byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ROLE)
      || c->toks[e].kind != BYLINE_TOKEN_WORD || (c->toks[e].flags & BYLINE_TOKEN_CAP))
    return NULL;
  *described = TRUE;
  office = span_text (c, d + 1, e);
  for (guint i = 0; i < c->entities->len; i++)
    {
      const BylineEntity *p = c->entities->pdata[i];
      gboolean met = FALSE;

      if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || g_ascii_strcasecmp (p->role, office) != 0)
        continue;
      for (guint q = byline_mentions_lower_bound (c->mentions, t); q < c->mentions->len && !met; q++)
        {
          const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, q);

          if (r->first_token >= hi)
            break;
          met = r->entity == p;
        }
      if (met)
        continue;
      if (found != NULL)
        return NULL;
      found = p;
    }
  return found;
}

/* "The delegation, which arrived on Tuesday, also called on X": the relative
 * clause from @k closes (a comma after a comma before it) before the trigger,
 * which is the main clause's */
static gboolean
relative_closed (const Ctx *c, guint k, guint t)
{
  if (k == 0 || !is_punct (c, k - 1, ','))
    return FALSE;
  for (guint j = k + 1; j < t; j++)
    if (is_punct (c, j, ','))
      return TRUE;
  return FALSE;
}

/* In a transcript, the speaker of the nearest turn before this one who is not
 * this turn's: the one "you" means */
static const BylineEntity *
transcript_other (const Ctx *c, guint turn, const BylineEntity *speaker)
{
  for (guint k = turn; k > 0 && k + 2000 > turn; k--)
    {
      const BylineMentionRef *r;

      if (!(c->toks[k - 1].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_PARA)))
        continue;
      r = byline_mentions_at (c->mentions, k - 1);
      if (r != NULL && r->first_token == k - 1 && r->entity != speaker && r->entity->type == BYLINE_ENTITY_PERSON
          && is_punct (c, r->end_token, ':'))
        return r->entity;
    }
  return NULL;
}

/* Only adverbs and auxiliaries from k up to the trigger t: "last", "have already" */
static gboolean
adverb_before (const Ctx *c, guint k, guint t)
{
  for (; k < t; k++)
    if (!(is_word (c, k, "last") || is_word (c, k, "also") || is_word (c, k, "again") || is_word (c, k, "first")
          || is_word (c, k, "have") || is_word (c, k, "had") || is_word (c, k, "will") || is_word (c, k, "would")
          || is_word (c, k, "previously") || is_word (c, k, "later") || is_word (c, k, "then")))
      return FALSE;
  return TRUE;
}

/* "accepted in the Alexander Hall the letters of credence of", "accepted on
 * Tuesday the credentials of four new heads of mission": an envoy's papers,
 * at @j, after the verb before @k (not "the letters of support") */
static gboolean
credentials_received (const Ctx *c, guint k, guint j, guint hi)
{
  if (k == 0 || !is_word (c, j, "the") || j + 3 >= hi
      || !(is_word (c, k - 1, "accepted") || is_word (c, k - 1, "accepts") || is_word (c, k - 1, "received")
           || is_word (c, k - 1, "receives")))
    return FALSE;
  if (is_word (c, j + 1, "credentials"))
    return is_word (c, j + 2, "of");
  return (is_word (c, j + 1, "letters") || is_word (c, j + 1, "letter")) && is_word (c, j + 2, "of")
         && (is_word (c, j + 3, "credence") || is_word (c, j + 3, "credentials"));
}

/* "a delegation of the party", "the high-level Eritrean delegation": a
 * delegation told at @j, after its article and modifiers */
static gboolean
delegation_after (const Ctx *c, guint j, guint hi)
{
  if (!(is_word (c, j, "a") || is_word (c, j, "an") || is_word (c, j, "the")))
    return FALSE;
  for (guint w = j + 1; w < hi && w < j + 5; w++)
    {
      if (is_word (c, w, "delegation") || is_word (c, w, "delegations"))
        return TRUE;
      if (c->toks[w].kind != BYLINE_TOKEN_WORD && !is_punct (c, w, '-'))
        return FALSE;
    }
  return FALSE;
}

/* Where the object starts past adjuncts of place and time after the verb: "at
 * his office today", "at Al-Salam Palace in Jeddah on Sunday", "here"; @k when
 * what follows is no name or title */
static guint
object_past_adjuncts (const Ctx *c, guint k, guint hi)
{
  guint j = k;

  for (guint n = 0; n < 4 && j < hi; n++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (is_word (c, j, "here") || is_word (c, j, "today") || is_word (c, j, "yesterday"))
        j++;
      /* "received on Tuesday, in Luanda, the envoy": commas around an adjunct */
      else if (is_punct (c, j, ',') && j + 1 < hi
               && (is_word (c, j + 1, "at") || is_word (c, j + 1, "in") || is_word (c, j + 1, "on")
                   || (n > 0 && j > k
                       && ((c->toks[j + 1].flags & BYLINE_TOKEN_CAP) || is_word (c, j + 1, "the")
                           || is_word (c, j + 1, "his") || is_word (c, j + 1, "her") || is_word (c, j + 1, "their")))))
        j++;
      else if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_DATE)
        j = r->end_token;
      else if (is_word (c, j, "at") || is_word (c, j, "in") || is_word (c, j, "on"))
        {
          guint w = j + 1;

          r = byline_mentions_at (c->mentions, w);
          if (r == NULL && (is_word (c, w, "the") || is_word (c, w, "his") || is_word (c, w, "her")
                            || is_word (c, w, "its") || is_word (c, w, "their")))
            {
              w++;
              r = byline_mentions_at (c->mentions, w);
            }
          /* (a palace's name read as a person's: "at Qasr Al Watan") */
          if (r != NULL && r->first_token == w
              && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_ORG
                  || r->entity->type == BYLINE_ENTITY_DATE
                  || (r->entity->type == BYLINE_ENTITY_PERSON && is_word (c, j, "at")
                      && !(r->end_token < hi && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE))))
            {
              w = r->end_token;
              /* "at the MAE headquarters": a body's building, in plain words */
              if (r->entity->type == BYLINE_ENTITY_ORG)
                while (w < hi && w < r->end_token + 2 && c->toks[w].kind == BYLINE_TOKEN_WORD
                       && !(c->toks[w].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, w) == NULL
                       && !(byline_token_cls (&c->toks[w]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE)))
                  w++;
            }
          else
            {
              guint start = w;

              /* "at his office", or a name no gazetteer knows: "at Qasr Al Watan" */
              if (c->toks[w].flags & BYLINE_TOKEN_CAP)
                while (w < hi && w < start + 4 && c->toks[w].kind == BYLINE_TOKEN_WORD && (c->toks[w].flags & BYLINE_TOKEN_CAP)
                       && byline_mentions_at (c->mentions, w) == NULL)
                  w++;
              else
                while (w < hi && w < start + 3 && c->toks[w].kind == BYLINE_TOKEN_WORD
                       && !(c->toks[w].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[w]) & BYLINE_WORD_STOPWORD))
                  w++;
              if (w == start)
                return k;
            }
          /* "at the seat of the ministry", "at the headquarters of the Ministry of
           * Foreign Affairs": the building's owner */
          /* (and "in the Alexander Hall of the palace": a room of a building) */
          if (w + 1 < hi && is_word (c, w, "of") && w > j + 1
              && (!(c->toks[w - 1].flags & BYLINE_TOKEN_CAP)
                  || (byline_token_cls (&c->toks[w - 1]) & (BYLINE_WORD_FACILITY | BYLINE_WORD_PLACE_HEAD))
                  || is_word (c, w - 1, "Hall") || is_word (c, w - 1, "Room")))
            {
              guint o = w + 1 + is_word (c, w + 1, "the");

              r = byline_mentions_at (c->mentions, o);
              if (r != NULL && r->first_token == o
                  && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PLACE))
                w = r->end_token;
              else if (o < hi && c->toks[o].kind == BYLINE_TOKEN_WORD && !(c->toks[o].flags & BYLINE_TOKEN_CAP)
                       && !(byline_token_cls (&c->toks[o]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE)))
                w = o + 1;
            }
          /* "at the Ministry's branch", "at the Embassy's residence": the body's
           * or the place's building */
          if (w + 1 < hi && c->toks[w].kind == BYLINE_TOKEN_POSSESSIVE && c->toks[w + 1].kind == BYLINE_TOKEN_WORD
              && !(c->toks[w + 1].flags & BYLINE_TOKEN_CAP)
              && !(byline_token_cls (&c->toks[w + 1]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE)))
            w += 2;
          j = w;
        }
      else
        break;
    }
  /* a name or a title follows: "the Ambassador of X", "President Y", "his
   * Barbadian counterpart", "her guest" */
  if (j < hi && j > k
      && ((c->toks[j].flags & BYLINE_TOKEN_CAP) || is_word (c, j, "visiting")
          || ((is_word (c, j, "his") || is_word (c, j, "her") || is_word (c, j, "their")) && j + 2 < hi
              && (is_word (c, j + 1, "counterpart") || is_word (c, j + 1, "guest") || _byline_meetings_role_word (c, j + 1)
                  || ((c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
                      && (is_word (c, j + 2, "counterpart") || is_word (c, j + 2, "guest") || _byline_meetings_role_word (c, j + 2)))))
          || (is_word (c, j, "the") && j + 1 < hi
              && ((c->toks[j + 1].flags & BYLINE_TOKEN_CAP) || is_word (c, j + 1, "visiting")))
          || delegation_after (c, j, hi)
          /* "accepted in the Alexander Hall the letters of credence of" */
          || credentials_received (c, k, j, hi)))
    return j;
  return k;
}

/* "agreed to", "plan to", "are expected to", "hope to": an intent or a plan
 * from @k up to the trigger @t, perhaps with "also" or "again" */
static gboolean
intent_before (const Ctx *c, guint k, guint t)
{
  static const char *const words[] = {
    "agreed", "agree", "decided", "decide", "plan", "planned", "plans", "hope", "hoped", "intend", "intended",
    "expect", "expected", "are", "were", "due", "set", "scheduled", "also", "will", "would", "again", "later",
    "to", NULL,
  };

  if (k >= t || !is_word (c, t - 1, "to"))
    return FALSE;
  for (; k < t; k++)
    if (!is_one_of (c, k, words))
      return FALSE;
  return TRUE;
}

/* "will", "is to", "plans to": a word of the future before the trigger */
static gboolean
future_before (const Ctx *c, guint from, guint t)
{
  for (guint k = from; k < t; k++)
    if (byline_token_cls (&c->toks[k]) & BYLINE_WORD_FUTURE)
      return TRUE;
  return FALSE;
}

/* The "and" before the trigger at @t, past its auxiliaries ("and was later
 * received", "and will be received"), after @clause; or 0 */
static guint
second_verb_and (const Ctx *c, guint clause, guint t, guint hi)
{
  static const char *const aux[] = {
    "will", "would", "was", "were", "is", "are", "be", "been", "later", "also", "then", "has", "had", "have", NULL,
  };
  guint a = t;

  /* "and will hold talks with", "and held a working lunch with": the noun's verb */
  for (guint h = t; h > clause + 1 && h + 4 > t && c->toks[h - 1].kind == BYLINE_TOKEN_WORD
                    && !(c->toks[h - 1].flags & BYLINE_TOKEN_CAP); h--)
    if (is_hold (c, h - 1) || is_word (c, h - 1, "had") || is_word (c, h - 1, "have") || is_word (c, h - 1, "has"))
      {
        a = h - 1;
        break;
      }
  while (a > clause + 1 && a + 4 > t && c->toks[a - 1].kind == BYLINE_TOKEN_WORD && is_one_of (c, a - 1, aux))
    a--;
  return a > clause + 1 && is_word (c, a - 1, "and") ? a - 1 : 0;
}

/* Is a meeting told by a verb between tokens @from and @end? */
static gboolean
meeting_verb_in (const Ctx *c, guint from, guint end, guint hi)
{
  for (guint j = from; j < end; j++)
    if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING) && _byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE)
      return TRUE;
  return FALSE;
}

/* Is @e named between tokens @from and @end? */
static gboolean
named_in (const Ctx *c, const BylineEntity *e, guint from, guint end)
{
  for (guint j = byline_mentions_lower_bound (c->mentions, from); j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->first_token >= end)
        break;
      if (r->entity == e)
        return TRUE;
    }
  return FALSE;
}

/* At @k a body's name after a title from @from ("the Secretary-General of"),
 * its short name in brackets perhaps, then a comma and a person by name (past
 * a style): the token after the body, or 0 */
static guint
body_of_title_then_name (const Ctx *c, guint from, guint k, guint hi)
{
  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
  guint j;

  if (r == NULL || r->first_token != k || r->entity->type != BYLINE_ENTITY_ORG
      || !(is_word (c, k - 1, "of") || (is_word (c, k - 1, "the") && is_word (c, k - 2, "of"))))
    return 0;
  for (guint q = from + is_word (c, from, "the"); q + 1 < k; q++)
    if (!((c->toks[q].flags & BYLINE_TOKEN_CAP) || is_word (c, q, "of") || is_word (c, q, "the")
          || is_word (c, q, "for") || is_word (c, q, "and") || is_punct (c, q, ',')))
      return 0;
  if (!_byline_meetings_role_word (c, from + is_word (c, from, "the")))
    return 0;
  j = r->end_token;
  if (is_punct (c, j, '(') && j + 2 < hi && is_punct (c, j + 2, ')'))
    j += 3;
  if (!is_punct (c, j, ','))
    return 0;
  for (guint q = j + 1; q < hi && q < j + 5; q++)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, q);

      if (p != NULL && p->first_token == q)
        return p->entity->type == BYLINE_ENTITY_PERSON ? j : 0;
      if (!((c->toks[q].flags & BYLINE_TOKEN_CAP) || is_punct (c, q, '.')))
        return 0;
    }
  return 0;
}

/* Only plain words in lower case, no names, from @k up to @t */
static gboolean
lower_words_between (const Ctx *c, guint k, guint t)
{
  for (; k < t; k++)
    if (c->toks[k].kind != BYLINE_TOKEN_WORD || (c->toks[k].flags & BYLINE_TOKEN_CAP)
        || byline_mentions_at (c->mentions, k) != NULL)
      return FALSE;
  return TRUE;
}

/* The "with" after a day or a length of time at @k ("today", "on Monday",
 * "here", "for more than an hour"), up to two of them; or 0. Not past a place
 * ("met today in Riga with"): read so, it added more wrong meetings than right
 * ones */
static guint
with_past_time (const Ctx *c, guint k, guint hi)
{
  for (guint n = 0; n < 2 && k < hi; n++)
    {
      const BylineMentionRef *r;
      guint j = k;

      if (is_word (c, j, "today") || is_word (c, j, "yesterday") || is_word (c, j, "here"))
        j++;
      /* how long: "met for more than an hour with X", "for 40 minutes" */
      else if (is_word (c, j, "for"))
        {
          j++;
          while (j < hi && j < k + 4
                 && is_one_of (c, j, (const char *const[]) { "more", "less", "than", "about", "nearly", "almost", "over",
                                                              "some", "around", "roughly", "just", "well", NULL }))
            j++;
          r = byline_mentions_at (c->mentions, j);
          if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_DATE)
            j = r->end_token;
          else if (j + 1 < hi && (is_word (c, j, "an") || is_word (c, j, "a") || c->toks[j].kind == BYLINE_TOKEN_NUMBER
                                  || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_NUMBER))
                   && is_one_of (c, j + 1, (const char *const[]) { "hour", "hours", "minutes", NULL }))
            j += 2;
          else
            return 0;
        }
      else
        {
          if (is_word (c, j, "on"))
            j++;
          r = byline_mentions_at (c->mentions, j);
          if (r == NULL || r->first_token != j || r->entity->type != BYLINE_ENTITY_DATE)
            return 0;
          j = r->end_token;
        }
      if (is_word (c, j, "with"))
        return j;
      k = j;
    }
  return 0;
}

/* Two people named after @k ("between"), by name and title, joined by "and"
 * ("between President A and his counterpart B"), none named in the clause
 * from @clause to the trigger @t */
static gboolean
two_sides_after (const Ctx *c, guint k, guint clause, guint t)
{
  const BylineMentionRef *a = _byline_meetings_person_after_by (c, k), *b;

  if (a == NULL || !is_word (c, a->end_token, "and"))
    return FALSE;
  b = _byline_meetings_person_after_by (c, a->end_token);
  return b != NULL && b->entity != a->entity && !named_in (c, a->entity, clause, t) && !named_in (c, b->entity, clause, t);
}

/* A verb whose subject takes part in the meeting it names: "hosted a summit
 * between", "chaired the talks between", "mediated the talks of" */
static gboolean
sponsor_verb (const Ctx *c, guint v)
{
  static const char *const verbs[] = {
    "host", "hosts", "hosted", "hosting", "chair", "chairs", "chaired", "chairing", "mediate", "mediates",
    "mediated", "mediating", "broker", "brokered", "attend", "attends", "attended", "attending", "join",
    "joined", "facilitated", "facilitate", "convened", "convene", "organised", "organized", "held", "hold",
    "holds", "holding", "had", "has", "have", "at", "in", "during", "after", "before", NULL,
  };

  return _byline_scan_is_one_of (c->text, c->toks, c->n, v, verbs);
}

/* At "and": is a meeting's verb next, past its auxiliaries ("and will be
 * received by", "and was later hosted")? */
static gboolean
second_verb_after_and (const Ctx *c, guint k, guint hi)
{
  static const char *const aux[] = {
    "will", "would", "was", "were", "is", "are", "be", "been", "later", "also", "then", "has", "had", "have", NULL,
  };
  guint j = k + 1;

  while (j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
         && is_one_of (c, j, aux))
    j++;
  /* "and will hold talks with", "and held a working lunch with": the noun's */
  if (j < hi && (is_hold (c, j) || is_word (c, j, "have") || is_word (c, j, "has") || is_word (c, j, "had")))
    for (guint w = j + 1; w < hi && w < j + 4 && c->toks[w].kind == BYLINE_TOKEN_WORD
                          && !(c->toks[w].flags & BYLINE_TOKEN_CAP); w++)
      if (_byline_meetings_trigger_at (c, w, hi) != TRIGGER_NONE)
        return TRUE;
  return j < hi && _byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE;
}

/* "Minister of State for the Middle East X", "Secretary for Foreign Affairs X",
 * "Adviser to the Prime Minister on Foreign Affairs X": at the "for", "to" or
 * "on" of a title that runs from @from (capitals and titles), its portfolio
 * (capitals, "the", places and bodies, a portfolio's own "on", "of", "for"),
 * then a person by name; that person's first token, or 0 */
static guint
title_for_then_person (const Ctx *c, guint from, guint k, guint hi)
{
  gboolean titled = FALSE;

  for (guint q = from; q < k; q++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
        return 0;
      if (r == NULL && (c->toks[q].kind != BYLINE_TOKEN_WORD
                        || !((c->toks[q].flags & BYLINE_TOKEN_CAP) || is_word (c, q, "of")
                             || (q == from && is_word (c, q, "the")))))
        return 0;
      titled |= _byline_meetings_role_word (c, q);
    }
  if (!titled)
    return 0;
  for (guint q = k + 1; q < hi && q < k + 9; q++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

      if (r != NULL && r->first_token == q && r->entity->type == BYLINE_ENTITY_PERSON)
        return q;
      if (r != NULL)
        {
          q = r->end_token - 1;
          continue;
        }
      /* "Special Envoy for the Horn of Africa, Ambassador X": a comma before
       * the name or another title */
      if (is_punct (c, q, ',') && q > k + 1 && q + 1 < hi
          && ((byline_mentions_at (c->mentions, q + 1) != NULL
               && byline_mentions_at (c->mentions, q + 1)->entity->type == BYLINE_ENTITY_PERSON)
              || ((c->toks[q + 1].flags & BYLINE_TOKEN_CAP) && _byline_meetings_role_word (c, q + 1))))
        continue;
      /* "Adviser to the Prime Minister on Foreign Affairs X": a portfolio's own
       * "on", "of", "for" */
      if (c->toks[q].kind != BYLINE_TOKEN_WORD
          || !((c->toks[q].flags & BYLINE_TOKEN_CAP) || is_word (c, q, "the") || is_word (c, q, "and")
               || ((is_word (c, q, "on") || is_word (c, q, "of") || is_word (c, q, "for"))
                   && q + 1 < hi && (c->toks[q + 1].flags & BYLINE_TOKEN_CAP))))
        return 0;
    }
  return 0;
}

/* "in Ain el-Tineh and Prime Minister B", "at the palace and Speaker B": at
 * "in" or "at" after a partner, the place of that partner's meeting, then
 * "and" and a person named past a title; the token of that "and", or 0 */
static guint
partner_after_place (const Ctx *c, guint k, guint hi)
{
  guint j = k + 1 + is_word (c, k + 1, "the");
  const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

  /* "met A on Monday and Prime Minister B on Tuesday": that partner's day */
  if (is_word (c, k, "on"))
    {
      if (r == NULL || r->first_token != j || r->entity->type != BYLINE_ENTITY_DATE)
        return 0;
      j = r->end_token;
    }
  else if (r != NULL && r->first_token == j && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_ORG))
    j = r->end_token;
  else
    {
      guint from = j;

      /* a place the article does not know: "the Grand Serail", a few capitals */
      while (j < hi && j < from + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && (c->toks[j].flags & BYLINE_TOKEN_CAP)
             && byline_mentions_at (c->mentions, j) == NULL && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE))
        j++;
      if (j == from)
        return 0;
    }
  /* "in Ulan Bator on Feb. 13 and Kazakh Foreign Minister Y": that partner's day too */
  {
    guint d = j + is_word (c, j, "on");
    const BylineMentionRef *day = byline_mentions_at (c->mentions, d);

    if (day != NULL && day->first_token == d && day->entity->type == BYLINE_ENTITY_DATE && is_word (c, day->end_token, "and"))
      j = day->end_token;
  }
  if (!is_word (c, j, "and"))
    return 0;
  /* past a title, a person by name */
  for (guint q = j + 1; q < hi && q < j + 7; q++)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, q);

      /* (past a people's word: "and Kazakh Foreign Minister Y") */
      if (p != NULL && p->first_token == q && p->entity->type == BYLINE_ENTITY_NORP)
        {
          q = p->end_token - 1;
          continue;
        }
      if (p != NULL && p->first_token == q)
        return p->entity->type == BYLINE_ENTITY_PERSON ? j : 0;
      if (c->toks[q].kind != BYLINE_TOKEN_WORD
          || !((c->toks[q].flags & BYLINE_TOKEN_CAP) || (byline_token_cls (&c->toks[q]) & BYLINE_WORD_ROLE)))
        return 0;
    }
  return 0;
}

/* After a trip's place, past a time, "for the X Meeting" (Summit, Conference,
 * Council, Assembly, Session, Forum): the gathering's name by its capitalised
 * words, as (end << 16 | first), or 0 */
static guint
gathering_after (const Ctx *c, guint k, guint hi)
{
  guint j = k, first, end, head = 0;

  /* past "in February", "next week", "on 20 July" */
  while (j < hi && j < k + 5 && !is_word (c, j, "for"))
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_DATE)
        j = r->end_token;
      else if (is_word (c, j, "in") || is_word (c, j, "on") || is_word (c, j, "next") || is_word (c, j, "this"))
        j++;
      else
        return 0;
    }
  if (!is_word (c, j, "for") || !is_word (c, j + 1, "the") || j + 2 >= hi || hi > 0xffff)
    return 0;
  first = j + 2;
  for (end = first; end < hi && end < first + 12; end++)
    {
      if (is_word (c, end, "meeting") || is_word (c, end, "summit") || is_word (c, end, "conference")
          || is_word (c, end, "council") || is_word (c, end, "assembly") || is_word (c, end, "session")
          || is_word (c, end, "forum") || is_word (c, end, "ministerial"))
        head = end;
      if (c->toks[end].kind == BYLINE_TOKEN_WORD && (c->toks[end].flags & BYLINE_TOKEN_CAP))
        continue;
      /* "for the Quad summit", "the G20 leaders' meeting": a name, then its noun in lower case */
      if (head == end && end > first && ((c->toks[end - 1].flags & BYLINE_TOKEN_CAP) || c->toks[end - 1].kind == BYLINE_TOKEN_POSSESSIVE
                                         || is_punct (c, end - 1, '\'') || is_punct (c, end - 1, 0x2019)))
        {
          end++;
          break;
        }
      if (c->toks[end].kind == BYLINE_TOKEN_NUMBER || c->toks[end].kind == BYLINE_TOKEN_POSSESSIVE
          || is_punct (c, end, '\'') || is_punct (c, end, 0x2019)
          || ((is_word (c, end, "of") || is_word (c, end, "the")) && end + 1 < hi && (c->toks[end + 1].flags & BYLINE_TOKEN_CAP))
          || (is_word (c, end, "of") && is_word (c, end + 1, "the") && end + 2 < hi && (c->toks[end + 2].flags & BYLINE_TOKEN_CAP)))
        continue;
      break;
    }
  if (head == 0 || (!(c->toks[head].flags & BYLINE_TOKEN_CAP) && head + 1 != end))
    return 0;
  return (end << 16) | first;
}

/* "along with", "together with", "accompanied by": one more on the same side */
static gboolean
along_with (const Ctx *c, guint k)
{
  return ((is_word (c, k, "along") || is_word (c, k, "together")) && is_word (c, k + 1, "with"))
         || (is_word (c, k, "accompanied") && is_word (c, k + 1, "by"));
}

/* Does the title @role hold the office @word names ("governor" in "Gov.",
 * "president" in "Vice President"? no: the whole last word) */
static gboolean
office_of (const char *role, const char *word)
{
  static const char *const short_forms[][2] = {
    { "gov", "governor" }, { "sen", "senator" }, { "rep", "representative" }, { "pres", "president" },
    { "gen", "general" }, { "amb", "ambassador" }, { "sec", "secretary" },
  };
  g_autofree char *lower = g_utf8_strdown (role, -1);
  g_autofree char *w = g_utf8_strdown (word, -1);
  char *last = strrchr (lower, ' ');
  gsize n;

  last = last != NULL ? last + 1 : lower;
  n = strlen (last);
  if (n > 0 && last[n - 1] == '.')
    last[n - 1] = '\0';
  /* "Vice President X" is not "the president" */
  if (last != lower && (g_str_has_prefix (lower, "vice") || g_str_has_prefix (lower, "deputy")
                        || g_str_has_prefix (lower, "former")))
    return FALSE;
  if (g_str_equal (last, w))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (short_forms); i++)
    if (g_str_equal (last, short_forms[i][0]) && g_str_equal (w, short_forms[i][1]))
      return TRUE;
  return FALSE;
}

/**
 * _byline_meetings_titled_by_country:
 * @country: the country's name
 * @head: (nullable): a word of the title the person must carry ("minister"),
 *   or NULL for any
 * @at: the token the reading is at (only people named within 2 000 tokens
 *   of it are asked, so that a long file stays linear)
 *
 * Returns: (nullable): a person of no known affiliation whose name follows
 *   the country's name or its people's word, past capitalised title words,
 *   possessives and honorifics ("Oman's Foreign Minister Sayyid X", "Omani
 *   Foreign Minister Dr. X")
 */
const BylineEntity *
_byline_meetings_titled_by_country (const Ctx  *c,
                                    const char *country,
                                    const char *head,
                                    guint       at)
{
  for (guint mi = byline_mentions_lower_bound (c->mentions, at > 2000 ? at - 2000 : 0); mi < c->mentions->len; mi++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, mi);
      gboolean titled = head == NULL;

      if (r->first_token > at + 2000)
        break;
      if (r->entity->type != BYLINE_ENTITY_PERSON || r->entity->affiliation != NULL)
        continue;
      for (guint q = r->first_token; q > 0 && q + 7 > r->first_token; q--)
        {
          const BylineMentionRef *o = byline_mentions_at (c->mentions, q - 1);

          if (o != NULL && o->end_token == q - (q > 1 && c->toks[q - 1].kind == BYLINE_TOKEN_POSSESSIVE ? 1 : 0)
              && ((o->entity->type == BYLINE_ENTITY_NORP && g_strcmp0 (o->entity->affiliation, country) == 0)
                  || (_byline_meetings_is_country (o->entity) && g_str_equal (o->entity->name, country))))
            {
              if (titled)
                return r->entity;
              break;
            }
          /* (past "Dr." too) */
          if (c->toks[q - 1].kind != BYLINE_TOKEN_POSSESSIVE && !is_punct (c, q - 1, '.')
              && (c->toks[q - 1].kind != BYLINE_TOKEN_WORD || !(c->toks[q - 1].flags & BYLINE_TOKEN_CAP)))
            break;
          if (head != NULL && c->toks[q - 1].kind == BYLINE_TOKEN_WORD
              && byline_token_len (&c->toks[q - 1]) == strlen (head)
              && g_ascii_strncasecmp (c->text + c->toks[q - 1].start, head, strlen (head)) == 0)
            titled = TRUE;
        }
    }
  return NULL;
}

/* Does the role hold every word of the title from @j up to @w ("prime minister" in
 * "Prime Minister")? */
static gboolean
role_fits_words (const Ctx *c, const char *role, guint j, guint w)
{
  g_autofree char *lower = g_ascii_strdown (role, -1);

  for (guint q = j; q < w; q++)
    {
      g_autofree char *word = g_ascii_strdown (c->text + c->toks[q].start, byline_token_len (&c->toks[q]));

      if (strstr (lower, word) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Is [clause, t) "the [people's word] head of state" or "the [people's word]
 * president", a subject that stands for @topic by the office it holds, its
 * people the topic's or unknown ("The Angolan Head of State also received X")? */
static gboolean
topic_by_office (const Ctx *c, guint clause, guint t, guint hi, const BylineEntity *topic)
{
  static const char *const heads_of_state[] = { "president", "king", "emir", "sultan", "monarch", "head of state", NULL };
  static const char *const heads_of_government[] = { "prime minister", "premier", "chancellor", "head of government", NULL };
  const char *const *offices = NULL;
  const BylineMentionRef *r;
  g_autofree char *role = NULL;
  guint k = clause + 1;

  if (topic->role == NULL || topic->type != BYLINE_ENTITY_PERSON)
    return FALSE;
  r = byline_mentions_at (c->mentions, k);
  if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_NORP)
    {
      if (topic->affiliation != NULL && g_strcmp0 (r->entity->affiliation, topic->affiliation) != 0)
        return FALSE;
      k = r->end_token;
    }
  if (is_word (c, k, "head") && is_word (c, k + 1, "of") && (is_word (c, k + 2, "state") || is_word (c, k + 2, "government")))
    {
      offices = is_word (c, k + 2, "state") ? heads_of_state : heads_of_government;
      k += 3;
    }
  else if (k > clause + 1 && (is_word (c, k, "president") || is_word (c, k, "king") || is_word (c, k, "premier")))
    {
      offices = is_word (c, k, "premier") ? heads_of_government : heads_of_state;
      k++;
    }
  if (offices == NULL || k > t
      || !(k == t || is_word (c, k, "also") || is_word (c, k, "later") || is_word (c, k, "then")
           || is_word (c, k, "subsequently") || is_word (c, k, "separately") || is_word (c, k, "again")
           || _byline_meetings_trigger_at (c, k, hi) != TRIGGER_NONE
           || (byline_token_cls (&c->toks[k]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))))
    return FALSE;
  role = g_ascii_strdown (topic->role, -1);
  if (g_str_has_prefix (role, "vice") || g_str_has_prefix (role, "deputy") || g_str_has_prefix (role, "former"))
    return FALSE;
  for (guint i = 0; offices[i]; i++)
    if (strstr (role, offices[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "hosted the talks", "held the meeting": a verb by which the subject takes
 * part in the meeting named after it at token @the */
static gboolean
held_before_the (const Ctx *c, guint the)
{
  return the > 0
         && (is_hold (c, the - 1) || is_word (c, the - 1, "hosted") || is_word (c, the - 1, "host") || is_word (c, the - 1, "hosts")
             || is_word (c, the - 1, "attended") || is_word (c, the - 1, "attend") || is_word (c, the - 1, "joined")
             || is_word (c, the - 1, "chaired") || is_word (c, the - 1, "mediated") || is_word (c, the - 1, "led"));
}

/* "will", "has", "also": a word between a subject and its verb */
static gboolean
adverb_or_aux_word (const Ctx *c, guint k)
{
  return adverb_before (c, k, k + 1) || is_word (c, k, "held") || is_word (c, k, "had") || is_word (c, k, "has")
         || is_word (c, k, "is") || is_word (c, k, "was");
}

/* ", who carried a letter from Y, was received by Z": from the comma @k before
 * "who" or "which", the comma that closes the relative clause before the main
 * clause's verb at or before @t, where an adverb, an auxiliary or a verb of
 * the past or future follows; not one whose verb reports ("X, who met Y, said
 * the talks ..."); or 0 */
static guint
relative_close (const Ctx *c, guint k, guint t)
{
  guint close = 0;

  if (!is_punct (c, k, ',') || k + 2 >= t || !(is_word (c, k + 1, "who") || is_word (c, k + 1, "which")))
    return 0;
  for (guint j = k + 2; j < t && close == 0; j++)
    if (is_punct (c, j, ',')
        && (adverb_or_aux_word (c, j + 1) || j + 1 == t
            || (byline_token_cls (&c->toks[j + 1]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))))
      close = j;
  for (guint j = close + 1; close != 0 && j < t; j++)
    if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_SPEECH) || is_punct (c, j, ','))
      return 0;
  return close;
}

/* "Secretary of State B" after "A,": a title and the name of its holder, the
 * next of a list, not an apposition of A's */
static gboolean
title_then_person (const Ctx *c, guint k, guint hi)
{
  for (guint j = k; j < hi && j < k + 10; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j)
        return j > k && r->entity->type == BYLINE_ENTITY_PERSON;
      if (c->toks[j].kind != BYLINE_TOKEN_WORD
          || !((c->toks[j].flags & BYLINE_TOKEN_CAP) || is_word (c, j, "of") || is_word (c, j, "the")))
        return FALSE;
    }
  return FALSE;
}

/* "the Chilean ambassador", "his deputy", "a senior adviser": a description by
 * office, of at most two words before the office */
static gboolean
described_role (const Ctx *c, guint k, guint hi)
{
  if (!(is_word (c, k, "the") || is_word (c, k, "his") || is_word (c, k, "her") || is_word (c, k, "a")))
    return FALSE;
  for (guint j = k + 1; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
    if (_byline_meetings_role_word (c, j))
      return TRUE;
  return FALSE;
}

/* Is the person just before token k ("press secretary Ann Lee said", "Ann
 * Lee, the ministry's spokeswoman, said") one who speaks for another? */
static gboolean
spokesperson_before (const Ctx *c, guint k)
{
  const BylineMentionRef *r = NULL;

  for (guint j = k; j > 0 && j + 8 > k && r == NULL; j--)
    {
      r = byline_mentions_at (c->mentions, j - 1);
      if (r != NULL && r->entity->type != BYLINE_ENTITY_PERSON)
        return FALSE;
    }
  return r != NULL && r->entity->role != NULL
         && (strstr (r->entity->role, "spokes") != NULL || strstr (r->entity->role, "press secretary") != NULL
             || strstr (r->entity->role, "Press Secretary") != NULL || strstr (r->entity->role, "Spokes") != NULL);
}

/* "X opened the summit", "chaired", "hosted", "presided over": the person who
 * leads the gathering whose word is @t, the subject of such a verb right before
 * it, or NULL */
const BylineEntity *
_byline_meetings_gathering_leader (const Ctx *c, guint clause, guint t)
{
  for (guint k = t > clause + 8 ? t - 8 : clause; k < t; k++)
    if (is_word (c, k, "opened") || is_word (c, k, "opens") || is_word (c, k, "chaired") || is_word (c, k, "chairs")
        || is_word (c, k, "co-chaired") || is_word (c, k, "hosted") || is_word (c, k, "hosts") || is_word (c, k, "presided")
        || is_word (c, k, "inaugurated"))
      {
        const BylineEntity *who = NULL;

        /* the first person of the clause, past a relative clause */
        for (guint j = clause; j < k && who == NULL; j++)
          if (byline_mentions_at (c->mentions, j) != NULL
              && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
            who = byline_mentions_at (c->mentions, j)->entity;
        return who;
      }
  return NULL;
}

/* "reports", "claims" or "rumours" within a few words from @k, before @t */
static gboolean
reports_within (const Ctx *c, guint k, guint t)
{
  for (guint j = k; j < t && j < k + 6; j++)
    if (is_word (c, j, "reports") || is_word (c, j, "claims") || is_word (c, j, "rumours") || is_word (c, j, "rumors"))
      return TRUE;
  return FALSE;
}

static gboolean
negated (const Ctx *c, guint from, guint t)
{
  static const char *const words[] = {
    "never", "not", "n't", "refused", "refuses", "refuse", "declined", "declines", "cancelled", "canceled",
    "cancels", "cancel", "scrapped", "scraps", "without", "rejected", "rejects", "snubbed", "possible", "potential",
    "hypothetical",
    /* "denied reports that X had met Y", "offered to host a summit" */
    "denied", "denies", "deny", "offered", "offers", NULL,
  };

  for (guint k = from; k < t; k++)
    {
      for (guint w = 0; words[w]; w++)
        if (is_word (c, k, words[w]))
          return TRUE;
      if (is_word (c, k, "no") && (is_word (c, k + 1, "plans") || is_word (c, k + 1, "plan")
                                   || is_word (c, k + 1, "intention")))
        return TRUE;
      /* "held no formal talks", "no meeting is planned" */
      if (is_word (c, k, "no") && k + 3 >= t)
        return TRUE;
      /* "had been due to hold talks with X", "had been scheduled to meet": a plan
       * told in the past perfect, which did not come about */
      if (is_word (c, k, "had") && is_word (c, k + 1, "been") && k + 3 <= t
          && (is_word (c, k + 2, "due") || is_word (c, k + 2, "scheduled") || is_word (c, k + 2, "expected")
              || is_word (c, k + 2, "set") || is_word (c, k + 2, "supposed"))
          && is_word (c, k + 3, "to"))
        return TRUE;
      /* "decided to call off a meeting with X" */
      if (is_word (c, k, "off") && k > from
          && (is_word (c, k - 1, "call") || is_word (c, k - 1, "called") || is_word (c, k - 1, "calls")
              || is_word (c, k - 1, "calling")))
        return TRUE;
      /* "has yet to visit Ukraine", "have yet to meet": not so far, nor planned */
      if (is_word (c, k, "yet") && is_word (c, k + 1, "to") && k > from
          && (is_word (c, k - 1, "has") || is_word (c, k - 1, "have") || is_word (c, k - 1, "had")))
        return TRUE;
      /* "ruled out a meeting with X" */
      if ((is_word (c, k, "ruled") || is_word (c, k, "rules") || is_word (c, k, "rule")) && is_word (c, k + 1, "out"))
        return TRUE;
      if (c->toks[k].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[k]) > 3
          && (ends_with (c, k, "n't") || ends_with (c, k, "n’t")))
        return TRUE;
    }
  return FALSE;
}

/* A new meeting of @a and @b, where, when and in what tense @like was */
static BylineMeeting *
meeting_like (const BylineMeeting *like)
{
  BylineMeeting *one = _byline_meeting_new ();

  one->place = like->place;
  one->place_name = g_strdup (like->place_name);
  one->date = like->date;
  one->time_text = g_strdup (like->time_text);
  one->status = like->status;
  one->background = like->background;
  return one;
}

static BylineMeeting *
pair_like (const BylineMeeting *like, const BylineEntity *a, const BylineEntity *b)
{
  BylineMeeting *one = meeting_like (like);

  _byline_meetings_add_participant (one, a, g_strdup (a->name));
  _byline_meetings_add_participant (one, b, g_strdup (b->name));
  return one;
}

/* "The session was attended by A, B and C", "..., chaired by X", "received Y
 * at Z, in the presence of W": the people named are at the meeting told last,
 * in this sentence or the one before */
/* "Among those received by the Minister were A and B", "Among the leaders she met
 * were A and B": the ones the meeting told just before was with, one meeting
 * each, where and when that one was; a group it named ("counterparts") is
 * told by them */
static void
among_those (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token, list = 0;
  gboolean verb = FALSE;
  BylineMeeting *last = NULL;
  const BylineEntity *host;
  guint made = 0;
  gboolean attend = FALSE;

  if (hi < lo + 6 || !is_word (c, lo, "among") || s == 0)
    return;
  for (guint k = lo + 1; k < hi && k < lo + 14 && list == 0; k++)
    {
      if (c->toks[k].kind != BYLINE_TOKEN_WORD)
        return;
      if (_byline_meetings_trigger_at (c, k, hi) != TRIGGER_NONE)
        verb = TRUE;
      else if (verb && (is_word (c, k, "were") || is_word (c, k, "was") || is_word (c, k, "are")))
        list = k + 1;
    }
  if (list == 0)
    return;
  /* "Among the leaders attending the session were A and B": all at the one
   * meeting told */
  for (guint k = lo + 1; k < list; k++)
    if (is_word (c, k, "attending") || is_word (c, k, "present"))
      attend = TRUE;
  /* the meeting told last, in the sentence or two before */
  {
    guint32 from = g_array_index (c->doc->sentences, BylineSentence, s > 2 ? s - 2 : 0).start;

    for (guint i = c->meetings->len; i > 0 && last == NULL; i--)
      {
        BylineMeeting *m = c->meetings->pdata[i - 1];

        for (guint e = 0; e < m->evidence->len && last == NULL; e++)
          {
            const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, e);

            if (ev->start >= from && ev->start < sent->start && m->participants->len > 0)
              last = m;
          }
      }
  }
  if (last == NULL)
    return;
  if (attend)
    {
      BylineSpan ev = { sent->start, sent->end };

      for (guint k = list; k < hi; k++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

          if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
            {
              _byline_meetings_add_participant (last, r->entity, g_strdup (r->entity->name));
              k = r->end_token - 1;
            }
          else if (is_word (c, k, "who") || is_word (c, k, "which") || is_punct (c, k, ';'))
            break;
        }
      g_array_append_val (last->evidence, ev);
      return;
    }
  host = g_array_index (last->participants, BylineParticipant, 0).entity;
  if (host == NULL || host->type != BYLINE_ENTITY_PERSON)
    return;
  /* (the ones this sentence was read to tell) */
  for (guint i = c->meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];
      const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, 0);

      if (m != last && ev->start >= sent->start && ev->start < sent->end)
        g_ptr_array_remove_index (c->meetings, i - 1);
    }
  for (guint k = list; k < hi; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && r->entity != host)
        {
          BylineMeeting *one = pair_like (last, host, r->entity);
          BylineSpan ev = { sent->start, sent->end };

          g_array_append_val (one->evidence, ev);
          g_ptr_array_add (c->meetings, one);
          made++;
          k = r->end_token - 1;
        }
      else if (is_word (c, k, "who") || is_word (c, k, "which") || is_punct (c, k, ';'))
        break;
    }
  /* "with counterparts who have arrived": the group is told by them */
  if (made > 0 && (last->participants->len == 1
                   || (last->participants->len == 2
                       && g_array_index (last->participants, BylineParticipant, 1).entity == NULL)))
    g_ptr_array_remove (c->meetings, last);
}

/* A word of a title before a name that a list of those present may hold, and
 * is no name itself: "Dr." and "Lt." (a short word's period), "(retd)", or a
 * title's word in lower case ("presidential adviser X"); how many tokens, or 0 */
static guint
title_filler (const Ctx *c, guint k, guint hi)
{
  if (is_punct (c, k, '.') && k > 0 && !(c->toks[k].flags & BYLINE_TOKEN_SPACE) && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
      && byline_token_len (&c->toks[k - 1]) <= 4)
    return 1;
  if (is_punct (c, k, '(') && k + 2 < hi && is_punct (c, k + 2, ')') && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
      && byline_mentions_at (c->mentions, k + 1) == NULL)
    return 3;
  if (byline_token_title_word (&c->toks[k]))
    for (guint j = k; j < hi && j < k + 3; j++)
      {
        if (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE)
          return 1;
        if (c->toks[j].kind != BYLINE_TOKEN_WORD || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD))
          break;
      }
  return 0;
}

/* The person whose name follows at @k, past a title ("Minister of Energy Dr.
 * X", "Presidential adviser X"), or NULL */
static const BylineMentionRef *
titled_person_at (const Ctx *c, guint k, guint hi)
{
  for (guint q = k; q < hi && q < k + 10;)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
        return r;
      if (r != NULL && r->entity->type != BYLINE_ENTITY_DATE)
        q = r->end_token;
      else if (title_filler (c, q, hi) != 0)
        q += title_filler (c, q, hi);
      else if (c->toks[q].kind == BYLINE_TOKEN_WORD
               && ((c->toks[q].flags & BYLINE_TOKEN_CAP) || is_word (c, q, "of") || is_word (c, q, "the")))
        q++;
      /* "Jordan's King X": a land's owner mark before the title */
      else if (c->toks[q].kind == BYLINE_TOKEN_POSSESSIVE && q > k && byline_mentions_at (c->mentions, q - 1) != NULL
               && byline_mentions_at (c->mentions, q - 1)->entity->type == BYLINE_ENTITY_PLACE)
        q++;
      else
        return NULL;
    }
  return NULL;
}

/* "X was speaking on Saturday at the Cairo Peace Summit, which was attended by
 * A, B and C": a gathering named with the one who spoke at it and those who
 * attended it, a meeting of them all (or more of the one the sentence tells) */
static void
gathering_attended_by (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token, by = 0, at = 0;
  const BylineMentionRef *first = NULL;
  BylineMeeting *m = NULL;
  gboolean made = FALSE;

  /* ", which was (also) attended by" */
  if (hi < lo + 8)
    return;
  for (guint v = lo + 5; v + 2 < hi && by == 0; v++)
    if (byline_token_len (&c->toks[v]) == 8 && c->text[c->toks[v].start] == 'a' && is_word (c, v, "attended")
        && is_word (c, v + 1, "by"))
      {
        guint k = v - 2 - is_word (c, v - 1, "also");

        if (is_word (c, k, "which") && is_punct (c, k - 1, ',') && (is_word (c, k + 1, "was") || is_word (c, k + 1, "were")))
          {
            by = v + 2;
            at = k - 1;
          }
      }
  if (by == 0)
    return;
  /* the gathering before it, after "at the": a meeting's word, or a name that
   * ends in one ("the Cairo Peace Summit"), perhaps then its place */
  {
    guint g = 0;

    for (guint k = at; k > lo + 1 && k + 14 > at && g == 0; k--)
      if ((is_word (c, k - 1, "at") || is_word (c, k - 1, "in")) && is_word (c, k, "the"))
        for (guint j = k + 1; j < at && j < k + 6 && g == 0; j++)
          if (is_one_of (c, j, (const char *const[]) { "summit", "conference", "forum", "meeting", "talks", NULL }))
            g = j;
    if (g == 0)
      return;
    /* the one who was at it: the first person the sentence names before it */
    for (guint k = lo; k < g && first == NULL; k++)
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

        if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
          first = r;
      }
  }
  /* the meeting the sentence tells, if any */
  for (guint i = c->meetings->len; i > 0 && m == NULL; i--)
    {
      BylineMeeting *o = c->meetings->pdata[i - 1];
      guint32 start = g_array_index (o->evidence, BylineSpan, 0).start;

      if (start >= sent->start && start < sent->end)
        m = o;
    }
  if (m == NULL)
    {
      BylineSpan ev = { sent->start, sent->end };

      m = _byline_meeting_new ();
      made = TRUE;
      g_array_append_val (m->evidence, ev);
      if (first != NULL)
        _byline_meetings_add_participant (m, first->entity, g_strdup (first->entity->name));
    }
  /* those it lists, each past a title, up to the list's end */
  for (guint k = by; k < hi;)
    {
      const BylineMentionRef *r = titled_person_at (c, k, hi);

      if (r == NULL)
        break;
      if (!_byline_meetings_has_participant (m, r->entity, NULL))
        _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
      k = list_next (c, r->end_token);
      if (k == 0)
        break;
    }
  if (!made)
    return;
  if (m->participants->len < 3)
    {
      byline_meeting_free (m);
      return;
    }
  _byline_meetings_find_place_and_date (c, m, lo, hi, at);
  m->status = _byline_meetings_status_of (c, lo, at);
  g_ptr_array_add (c->meetings, m);
}

/* "Foreign Minister X and Sweden's Y attended the meeting", "X took part in the
 * talks, which ...": a sentence whose subjects, people by name and title, join
 * a meeting told before ("the meeting", not "a meeting" nor "the meeting of");
 * the verb's token, or 0 */
static guint
attendants_joined (const Ctx *c, guint lo, guint hi)
{
  guint people = 0;

  for (guint k = lo; k + 2 < hi && k < lo + 40; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      guint o = 0;

      if (r != NULL)
        {
          people += r->entity->type == BYLINE_ENTITY_PERSON;
          k = r->end_token - 1;
          /* past the person's apposition: "X, the coalition's secretary, also
           * took part" */
          if (r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 2 < hi && is_punct (c, r->end_token, ',')
              && is_one_of (c, r->end_token + 1, (const char *const[]) { "the", "a", "an", "his", "her", "its",
                                                                           "their", NULL }))
            {
              for (guint j = r->end_token + 2; j < hi && j < r->end_token + 12; j++)
                {
                  if (is_punct (c, j, ','))
                    {
                      k = j;
                      break;
                    }
                  if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_PAST))
                    break;
                }
            }
          continue;
        }
      if (is_word (c, k, "attended") || is_word (c, k, "joined"))
        o = k + 1;
      /* "X, Y and Z were present at the talks" */
      else if (is_word (c, k, "present") && is_word (c, k + 1, "at") && k > lo
               && (is_word (c, k - 1, "were") || is_word (c, k - 1, "was") || is_word (c, k - 1, "also")))
        o = k + 2;
      else if ((is_word (c, k, "participated") && is_word (c, k + 1, "in"))
               || (is_word (c, k, "took") && is_word (c, k + 1, "part") && is_word (c, k + 2, "in")))
        o = k + 2 + is_word (c, k, "took");
      if (o != 0)
        {
          if (people == 0 || o + 1 >= hi || !is_word (c, o, "the")
              || !(is_word (c, o + 1, "meeting") || is_word (c, o + 1, "talks") || is_word (c, o + 1, "session")
                   || is_word (c, o + 1, "discussions")))
            return 0;
          /* "the meeting of ...", "the talks with ...": one told here */
          if (o + 2 < hi && (is_word (c, o + 2, "of") || is_word (c, o + 2, "with") || is_word (c, o + 2, "between")
                             || is_word (c, o + 2, "on")))
            return 0;
          return k;
        }
      /* the subjects: names, titles, "and", commas, possessives */
      if (title_filler (c, k, hi) != 0)
        {
          k += title_filler (c, k, hi) - 1;
          continue;
        }
      if (!(c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE || is_punct (c, k, ',')
            || (c->toks[k].kind == BYLINE_TOKEN_WORD
                && ((c->toks[k].flags & BYLINE_TOKEN_CAP) || is_word (c, k, "and") || is_word (c, k, "also")
                    || ((is_word (c, k, "were") || is_word (c, k, "was"))
                        && (is_word (c, k + 1, "present") || is_word (c, k + 1, "also")))
                    || is_word (c, k, "of") || _byline_meetings_role_word (c, k)))))
        return 0;
    }
  return 0;
}

/* "..., who opened the session opposite Iranian Foreign Minister X": the one
 * across the table is at the meeting the sentence tells */
static void
opposite_side (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);

  for (guint k = sent->first_token + 1; k + 1 < sent->end_token; k++)
    if (byline_token_len (&c->toks[k]) == 8 && is_word (c, k, "opposite"))
      {
        const BylineMentionRef *r = _byline_meetings_person_after_by (c, k);

        if (r == NULL || r->first_token > k + 6)
          continue;
        for (guint i = c->meetings->len; i > 0; i--)
          {
            BylineMeeting *m = c->meetings->pdata[i - 1];
            gboolean here = FALSE;

            for (guint e = 0; e < m->evidence->len && !here; e++)
              here = g_array_index (m->evidence, BylineSpan, e).start == sent->start;
            if (here)
              {
                _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                break;
              }
          }
      }
}

/* "The session was attended by", "The delegation-level talks were attended
 * by": the meeting's noun after the sentence's "the" at @lo, maybe after a
 * modifier, before @k */
static gboolean
meeting_noun_after_the (const Ctx *c, guint lo, guint k)
{
  for (guint j = lo + 1; j < k && j < lo + 3; j++)
    {
      if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING) || is_word (c, j, "session") || is_word (c, j, "council"))
        return TRUE;
      if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP))
        return FALSE;
    }
  return FALSE;
}

/* "Present at the meeting were X and Y", "Also present were X", "Attending the
 * talks were X", "Also taking part in the talks were X, Y and Z": a sentence
 * that opens with those present at a meeting told; the token after its "were",
 * or 0 */
static guint
attendance_opener (const Ctx *c, guint lo, guint hi)
{
  guint k = lo + is_word (c, lo, "also");
  gboolean present;

  if (k + 2 >= hi)
    return 0;
  present = is_word (c, k, "present");
  if (present || is_word (c, k, "attending") || is_word (c, k, "participating") || is_word (c, k, "joining"))
    k++;
  else if (is_word (c, k, "taking") && is_word (c, k + 1, "part"))
    k += 2;
  else
    return 0;
  /* "Also attending were X"; else the meeting's noun comes first: "Attending the
   * talks were", "Taking part in the session were", "present at the meeting" */
  {
    gboolean told = present || is_word (c, k, "were") || is_word (c, k, "was");

    for (guint j = k; j < hi && j < k + 7; j++)
      {
        if (is_word (c, j, "were") || is_word (c, j, "was"))
          return told ? j + 1 : 0;
        if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP)
            || byline_mentions_at (c->mentions, j) != NULL)
          return 0;
        if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING) || is_word (c, j, "session")
            || is_word (c, j, "discussions") || is_word (c, j, "ceremony") || is_word (c, j, "reception"))
          told = TRUE;
      }
  }
  return 0;
}

/* Is the meeting's time a month, a year or "last ..." ("in October", "in 2019",
 * "last year"), not a day of the story? */
static gboolean
told_of_another_month (const Ctx *c, const BylineMeeting *m)
{
  g_autofree char *first = NULL;
  const char *sp;

  if (m->time_text == NULL || m->time_text[0] == '\0')
    return FALSE;
  if (g_ascii_isdigit (m->time_text[0]))
    return strlen (m->time_text) == 4 || (strlen (m->time_text) > 4 && m->time_text[4] == ' ');
  sp = strchr (m->time_text, ' ');
  first = g_ascii_strdown (m->time_text, sp != NULL ? sp - m->time_text : -1);
  if (g_str_equal (first, "last") || g_str_equal (first, "earlier") || g_str_equal (first, "previous"))
    return TRUE;
  /* "October", "October 2019"; not "October 12" */
  return (byline_lexicon_word_class (c->lex, first) & BYLINE_WORD_MONTH) && (sp == NULL || !g_ascii_isdigit (sp[1]));
}

/* Drop the meetings the sentence @sent tells that are no more than @last:
 * each of their sides, a person at least, is at @last (or, with @bodies, a
 * body named for its officer) */
static void
drop_read_here (Ctx *c, const BylineSentence *sent, const BylineMeeting *last, gboolean bodies)
{
  for (guint i = c->meetings->len; i > 0; i--)
    {
      const BylineMeeting *m = c->meetings->pdata[i - 1];
      gboolean all = m != last && m->evidence->len > 0;
      guint people = 0;

      if (!all || g_array_index (m->evidence, BylineSpan, 0).start < sent->start
          || g_array_index (m->evidence, BylineSpan, 0).start >= sent->end)
        continue;
      for (guint p = 0; p < m->participants->len && all; p++)
        {
          const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

          all = e != NULL && (_byline_meetings_has_participant (last, e, NULL) || (bodies && e->type == BYLINE_ENTITY_ORG));
          people += e != NULL && e->type == BYLINE_ENTITY_PERSON;
        }
      if (all && people > 0)
        g_ptr_array_remove_index (c->meetings, i - 1);
    }
}

/* @e among @m's sides, once: 1 when added, 0 when there already */
static guint
add_once (BylineMeeting *m, const BylineEntity *e)
{
  if (_byline_meetings_has_participant (m, e, NULL))
    return 0;
  _byline_meetings_add_participant (m, e, g_strdup (e->name));
  return 1;
}

/* The people named from @from, up to the clause's end (a relative pronoun, a
 * semicolon, a verb of speech), added to @m once each; how many were new */
static guint
people_listed (const Ctx *c, guint from, guint hi, BylineMeeting *m)
{
  guint n = 0;

  for (guint k = from; k < hi; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (is_word (c, k, "who") || is_word (c, k, "which") || is_punct (c, k, ';')
          || ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH) && !(c->toks[k].flags & BYLINE_TOKEN_CAP)))
        break;
      if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          n += add_once (m, r->entity);
          k = r->end_token - 1;
        }
    }
  return n;
}

/* The people after "signed by" in [lo, hi), up to "in the presence of" or a
 * clause's end, added to @m; how many */
static guint
signers (const Ctx *c, guint lo, guint hi, BylineMeeting *m)
{
  guint n = 0;

  for (guint k = lo; k + 2 < hi; k++)
    if (byline_token_len (&c->toks[k]) == 6 && is_word (c, k, "signed") && is_word (c, k + 1, "by"))
      {
        for (guint j = k + 2; j < hi && j < k + 30; j++)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

            if (is_word (c, j, "in") || is_word (c, j, "who") || is_word (c, j, "on") || is_punct (c, j, ';')
                || is_punct (c, j, '.'))
              break;
            if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON)
              {
                n += add_once (m, r->entity);
                j = r->end_token - 1;
              }
          }
        break;
      }
  return n;
}

/* "The contract was signed by A and B in the presence of C and D"; "X and Y
 * signed the contract in the presence of C and D. The document was signed by
 * A and B": a ceremony where they met */
static void
signed_in_presence (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token, v = 0, presence = 0;
  BylineMeeting *m;
  guint people = 0;

  for (guint k = lo; k + 4 < hi && presence == 0; k++)
    if (v == 0 && byline_token_len (&c->toks[k]) == 6 && is_word (c, k, "signed"))
      v = k;
    else if (v != 0 && is_word (c, k, "in") && is_word (c, k + 1, "the") && is_word (c, k + 2, "presence")
             && is_word (c, k + 3, "of"))
      presence = k;
  if (presence == 0 || presence > v + 40)
    return;
  m = _byline_meeting_new ();
  people = signers (c, lo, hi, m);
  /* (or the next sentence's: "The document was signed by A and B") */
  if (people == 0 && s + 1 < c->doc->sentences->len)
    {
      const BylineSentence *next = &g_array_index (c->doc->sentences, BylineSentence, s + 1);

      people = signers (c, next->first_token, next->end_token, m);
    }
  people += people_listed (c, presence + 4, hi, m);
  if (people < 3)
    {
      byline_meeting_free (m);
      return;
    }
  {
    BylineSpan ev = { sent->start, sent->end };

    g_array_append_val (m->evidence, ev);
  }
  m->status = BYLINE_MEETING_HAPPENED;
  _byline_meetings_find_place_and_date (c, m, lo, hi, v);
  g_ptr_array_add (c->meetings, m);
}

/* "Khan was accompanied by Foreign Minister A and Finance Minister B": those
 * with one at the meeting told before were at it too; the sentence's own
 * reading of them is no other meeting */
static void
accompanied_by (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token;

  for (guint k = lo + 2; k + 2 < hi; k++)
    {
      const BylineMentionRef *who;
      BylineMeeting *last = NULL;

      if (byline_token_len (&c->toks[k]) != 11 || !is_word (c, k, "accompanied") || !is_word (c, k + 1, "by")
          || !(is_word (c, k - 1, "was") || is_word (c, k - 1, "were")))
        continue;
      who = byline_mentions_at (c->mentions, k - 2);
      if (who == NULL || who->end_token != k - 1 || who->entity->type != BYLINE_ENTITY_PERSON)
        return;
      /* the last meeting told before, with the one accompanied at it */
      for (guint i = c->meetings->len; i > 0 && last == NULL; i--)
        {
          BylineMeeting *m = c->meetings->pdata[i - 1];
          guint32 at = m->evidence->len > 0 ? g_array_index (m->evidence, BylineSpan, 0).start : G_MAXUINT32;

          if (at < sent->start && at + 1200 >= sent->start && !m->background
              && _byline_meetings_has_participant (m, who->entity, NULL))
            last = m;
        }
      if (last == NULL)
        return;
      people_listed (c, k + 2, hi, last);
      /* the sentence's own reading, all of whose people are now at the meeting */
      drop_read_here (c, sent, last, FALSE);
      return;
    }
}

static void
attended_by (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token;
  guint32 prev = s > 0 ? g_array_index (c->doc->sentences, BylineSentence, s - 1).start : sent->start;
  BylineMeeting *last = NULL;
  guint32 last_start = 0;
  gboolean same = FALSE, own = FALSE, alongside = FALSE, arrived = FALSE;
  guint from = 0, until = hi, joined = 0, subject_noun = 0;
  const BylineEntity *who = NULL;

  if (hi < lo + 4)
    return;
  joined = attendants_joined (c, lo, hi);
  if (joined != 0)
    {
      from = lo;
      until = joined;
      own = TRUE;
    }
  for (guint k = lo + 2; k + 1 < hi && from == 0 && who == NULL; k++)
    {
      if (c->toks[k].kind != BYLINE_TOKEN_WORD)
        continue;
      /* "House Speaker X, who attended the meeting, said": X was at the meeting told
       * just before */
      if (byline_token_len (&c->toks[k]) == 8 && is_word (c, k, "attended") && is_word (c, k - 1, "who")
          && is_word (c, k + 1, "the") && k + 2 < hi
          && ((byline_token_cls (&c->toks[k + 2]) & BYLINE_WORD_MEETING) || is_word (c, k + 2, "session")))
        {
          for (guint q = k - 1; q > lo && q + 16 > k; q--)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, q - 1);

              if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                {
                  who = r->entity;
                  break;
                }
            }
          if (who != NULL && s > 1)
            prev = g_array_index (c->doc->sentences, BylineSentence, s - 2).start;
          continue;
        }
      /* "X told reporters as he arrived at the meeting, chaired by Y": X, and Y,
       * were at the meeting told just before */
      if (byline_token_len (&c->toks[k]) == 7 && is_word (c, k, "arrived")
          && (is_word (c, k + 1, "at") || is_word (c, k + 1, "for")) && is_word (c, k + 2, "the") && k + 3 < hi
          && (is_word (c, k + 3, "meeting") || is_word (c, k + 3, "talks") || is_word (c, k + 3, "session")
              || is_word (c, k + 3, "summit")))
        {
          for (guint q = k; q > lo && q + 16 > k && who == NULL; q--)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, q - 1);

              if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                who = r->entity;
            }
          arrived = who != NULL;
          continue;
        }
      /* "..., with Foreign Minister A and Foreign Minister B in attendance": at
       * the meeting the sentence tells */
      if (byline_token_len (&c->toks[k]) == 4 && is_word (c, k, "with") && is_punct (c, k - 1, ',')
          && titled_person_at (c, k + 1, hi) != NULL)
        {
          guint in = 0;

          for (guint j = k + 2; j + 1 < hi && j < k + 24 && in == 0; j++)
            if (is_punct (c, j, ';') || (is_punct (c, j, '.') && title_filler (c, j, hi) == 0))
              break;
            else if (is_word (c, j, "in") && is_word (c, j + 1, "attendance"))
              in = j;
          if (in != 0)
            {
              from = k + 1;
              until = in;
              same = TRUE;
              continue;
            }
        }
      /* "will attend the IGAD summit in Addis Ababa, alongside A, B and C": others
       * at the meeting told */
      if (byline_token_len (&c->toks[k]) == 9 && is_word (c, k, "alongside") && is_punct (c, k - 1, ','))
        {
          from = k + 1;
          same = alongside = TRUE;
          continue;
        }
      /* "will bring together leaders from Africa including A, B and C": the
       * people of the group told */
      if (byline_token_len (&c->toks[k]) == 9 && is_word (c, k, "including") && k > lo + 2
          && _byline_meetings_person_after_by (c, k) != NULL
          && _byline_meetings_person_after_by (c, k)->first_token <= k + 6)
        {
          from = k + 1;
          same = TRUE;
          continue;
        }
      if (byline_token_len (&c->toks[k]) != 2)
        continue;
      /* ", chaired by X", "in the presence of X": told with the meeting */
      if ((is_word (c, k, "by") && is_punct (c, k - 2, ',')
           && (is_word (c, k - 1, "chaired") || is_word (c, k - 1, "attended") || is_word (c, k - 1, "joined")))
          || (is_word (c, k, "of") && is_word (c, k - 1, "presence") && is_word (c, k - 2, "the")
              && k > lo + 2 && is_word (c, k - 3, "in"))
          /* "held talks with X, with the participation of Y" */
          || (is_word (c, k, "of") && is_word (c, k - 1, "participation") && k > lo + 3
              && (is_word (c, k - 2, "the") || is_word (c, k - 2, "active")) && is_word (c, k - 3, "with")))
        {
          from = k + 1;
          same = TRUE;
        }
      /* "The session was (also) attended by": a sentence of its own about it */
      else if (is_word (c, k, "by") && (is_word (c, k - 1, "attended") || is_word (c, k - 1, "chaired"))
               && is_word (c, lo, "the") && meeting_noun_after_the (c, lo, k))
        {
          guint v = k - 1;

          while (v > lo + 2 && (is_word (c, v - 1, "also") || is_word (c, v - 1, "jointly")))
            v--;
          if (is_word (c, v - 1, "was") || is_word (c, v - 1, "were"))
            {
              subject_noun = v - 1;
              from = k + 1;
              own = is_word (c, lo + 1, "meeting") || is_word (c, lo + 1, "talks")
                    || (lo + 2 < k && (is_word (c, lo + 2, "meeting") || is_word (c, lo + 2, "talks")));
            }
        }
      /* "During the meeting, which was also attended by X and Y, the two sides
       * discussed": the meeting told, by its noun and a relative clause */
      else if (is_word (c, k, "by") && is_word (c, k - 1, "attended") && k > lo + 5)
        {
          guint v = k - 1;

          while (v > lo + 4 && (is_word (c, v - 1, "also") || is_word (c, v - 1, "jointly")))
            v--;
          if ((is_word (c, v - 1, "was") || is_word (c, v - 1, "were")) && is_word (c, v - 2, "which")
              && is_punct (c, v - 3, ',')
              && ((byline_token_cls (&c->toks[v - 4]) & BYLINE_WORD_MEETING) || is_word (c, v - 4, "session"))
              && (is_word (c, v - 5, "the") || is_word (c, v - 5, "this")))
            {
              from = k + 1;
              own = TRUE;
            }
        }
    }
  /* "Present at the meeting were X and Y", "Also present were X", "Attending
   * the talks were X and Y": a sentence of its own about the story's meeting */
  if (from == 0 && who == NULL && attendance_opener (c, lo, hi) != 0)
    {
      from = attendance_opener (c, lo, hi);
      own = TRUE;
    }
  /* "X and Y were also present", "X was also present at the talks": the people
   * the sentence opens with, at the story's meeting */
  if (from == 0 && who == NULL)
    for (guint k = lo + 2; k + 1 < hi && k < lo + 30; k++)
      {
        if (c->toks[k].kind == BYLINE_TOKEN_PUNCT && !is_punct (c, k, ',') && !is_punct (c, k, '.'))
          break;
        if ((is_word (c, k, "were") || is_word (c, k, "was"))
            && (is_word (c, k + 1, "present") || (is_word (c, k + 1, "also") && is_word (c, k + 2, "present")))
            && (k + 2 >= hi || is_punct (c, k + 2 + is_word (c, k + 1, "also"), '.')
                || is_word (c, k + 2 + is_word (c, k + 1, "also"), "at")
                /* "was also present on the occasion", "during the talks" */
                || is_word (c, k + 2 + is_word (c, k + 1, "also"), "on")
                || is_word (c, k + 2 + is_word (c, k + 1, "also"), "during")))
          {
            /* the first person, past a title's words: "Minister of Energy Dr. X" */
            const BylineMentionRef *first = titled_person_at (c, lo, k);

            if (first != NULL)
              {
                from = lo;
                until = k;
                own = TRUE;
              }
            break;
          }
      }
  if (from == 0 && who == NULL)
    return;
  /* "The meeting was attended by X", a sentence of its own some way after the
   * meeting: the last one told that took place, between people named */
  /* (first past one of another month or year: "Li, who presented his
   * credentials to the President in October, ..." before "Also present were") */
  for (guint pass = 0; own && pass < 2 && last == NULL; pass++)
    for (guint i = c->meetings->len; i > 0 && i + NEARBY > c->meetings->len && last == NULL; i--)
      {
        BylineMeeting *m = c->meetings->pdata[i - 1];
        guint people = 0;

        if (m->status == BYLINE_MEETING_PLANNED || m->background || m->trip || m->evidence->len == 0
            || g_array_index (m->evidence, BylineSpan, 0).start >= sent->start
            || g_array_index (m->evidence, BylineSpan, 0).start + 1200 < sent->start
            || (pass == 0 && told_of_another_month (c, m)))
          continue;
        for (guint p = 0; p < m->participants->len; p++)
          {
            const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

            people += e != NULL && e->type == BYLINE_ENTITY_PERSON;
          }
        /* (or one person and a group: "received the letters of credence of five
         * new ambassadors") */
        if (people >= 2 || (people >= 1 && m->participants->len >= 2 && (joined != 0 || own)))
          last = m;
      }
  /* the meeting told last, in this sentence (or the one before) */
  for (guint i = c->meetings->len; i > 0 && i + NEARBY > c->meetings->len && !own; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];

      for (guint e = 0; e < m->evidence->len; e++)
        {
          const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, e);

          if (ev->start >= (same ? sent->start : prev) && ev->start < sent->start + (same ? 1 : 0)
              && (last == NULL || ev->start > last_start))
            {
              last = m;
              last_start = ev->start;
            }
        }
    }
  /* "The summit in Nairobi was attended by A, B and C", no meeting told before:
   * the sentence's own reading of it, or one of those it lists */
  if (last == NULL && subject_noun != 0)
    {
      guint at = c->meetings->len;

      for (guint i = 0; i < c->meetings->len && last == NULL; i++)
        {
          BylineMeeting *m = c->meetings->pdata[i];

          if (m->evidence->len > 0 && g_array_index (m->evidence, BylineSpan, 0).start >= sent->start
              && g_array_index (m->evidence, BylineSpan, 0).start < sent->end)
            last = m;
          else if (at == c->meetings->len && m->evidence->len > 0
                   && g_array_index (m->evidence, BylineSpan, 0).start >= sent->end)
            at = i;
        }
      /* (not one held by video link) */
      if (last == NULL && titled_person_at (c, from, hi) != NULL && !_byline_meetings_remote (c, lo, hi))
        {
          BylineSpan ev = { sent->start, sent->end };

          last = _byline_meeting_new ();
          g_array_append_val (last->evidence, ev);
          last->status = BYLINE_MEETING_HAPPENED;
          _byline_meetings_find_place_and_date (c, last, lo, hi, subject_noun);
          g_ptr_array_insert (c->meetings, at, last);
        }
    }
  if (last == NULL)
    return;
  if (who != NULL)
    {
      _byline_meetings_add_participant (last, who, g_strdup (who->name));
      /* (and the one who chaired it; the sentence's own reading of it is that one) */
      for (guint k = lo + 2; arrived && k + 1 < hi; k++)
        if (is_word (c, k, "by") && is_word (c, k - 1, "chaired"))
          {
            const BylineMentionRef *r = _byline_meetings_person_after_by (c, k);

            if (r != NULL)
              _byline_meetings_add_participant (last, r->entity, g_strdup (r->entity->name));
          }
      for (guint i = c->meetings->len; arrived && i > 0; i--)
        {
          BylineMeeting *m = c->meetings->pdata[i - 1];

          if (m != last && m->evidence->len > 0 && g_array_index (m->evidence, BylineSpan, 0).start >= sent->start
              && g_array_index (m->evidence, BylineSpan, 0).start < sent->end)
            {
              merge_into (last, m);
              g_ptr_array_remove_index (c->meetings, i - 1);
            }
        }
      return;
    }
  /* "X chaired the summit in Hanoi, attended by A and B": the one who chaired
   * it is at it too, the subject of the verb before the list */
  if (same)
    for (guint k = lo + 1; k + 1 < from; k++)
      if (is_word (c, k, "chaired") || is_word (c, k, "hosted") || is_word (c, k, "opened") || is_word (c, k, "convened")
          || is_word (c, k, "presided") || is_word (c, k, "inaugurated") || is_word (c, k, "co-chaired"))
        {
          const BylineMentionRef *r = NULL;

          for (guint q = lo; r == NULL && q < k; q++)
            if (byline_mentions_at (c->mentions, q) != NULL
                && byline_mentions_at (c->mentions, q)->entity->type == BYLINE_ENTITY_PERSON)
              r = byline_mentions_at (c->mentions, q);
          if (r != NULL)
            _byline_meetings_add_participant (last, r->entity, g_strdup (r->entity->name));
          break;
        }
  /* a sentence of its own about the meeting tells it too */
  if (own)
    {
      BylineSpan ev = { sent->start, sent->end };

      g_array_append_val (last->evidence, ev);
    }
  /* the list: one person an item, up to the end of the list */
  for (guint k = from, item = from; k < until; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          if (item != G_MAXUINT)
            _byline_meetings_add_participant (last, r->entity, g_strdup (r->entity->name));
          item = G_MAXUINT;
          k = r->end_token - 1;
          continue;
        }
      if (is_punct (c, k, ',') || is_word (c, k, "and"))
        {
          item = k + 1;
          continue;
        }
      /* "the president of the Workers' Party (PT), federal deputy X": a body's
       * short name */
      if (is_punct (c, k, '(') && k + 2 < until && is_punct (c, k + 2, ')') && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
        {
          k += 2;
          continue;
        }
      if (c->toks[k].kind == BYLINE_TOKEN_PUNCT && !is_punct (c, k, '.') && !is_punct (c, k, '\''))
        break;
      /* the list ends at a verb of the clause: "..., who said" */
      if (is_word (c, k, "who") || is_word (c, k, "which")
          || ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH) && !(c->toks[k].flags & BYLINE_TOKEN_CAP)))
        break;
    }
  /* "A and B will attend the summit, alongside C and D": one meeting of the four,
   * the sentence's others joined to it */
  if (alongside)
    for (guint i = c->meetings->len; i > 0; i--)
      {
        BylineMeeting *m = c->meetings->pdata[i - 1];

        if (m == last || m->evidence->len == 0 || g_array_index (m->evidence, BylineSpan, 0).start < sent->start
            || g_array_index (m->evidence, BylineSpan, 0).start >= sent->end)
          continue;
        merge_into (last, m);
        g_ptr_array_remove_index (c->meetings, i - 1);
      }
  /* "X and Y attended the meeting", "The meeting was attended by X and Y": not a
   * meeting of their own as well (nor one that names the party for its
   * president: "attended by the president of the party, X") */
  if (joined != 0 || own)
    drop_read_here (c, sent, last, own);
}

static gboolean role_is_envoy (const char *role);

/* Are the sides after the first three people or more, each of another land
 * than the others and than the first (when the first's is known), and none
 * an envoy? */
static gboolean
of_other_lands (const BylineMeeting *m)
{
  if (m->participants->len < 4)
    return FALSE;
  for (guint p = 0; p < m->participants->len; p++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

      if (e == NULL || e->type != BYLINE_ENTITY_PERSON)
        return FALSE;
      /* (the first's land may be unknown) */
      if (p == 0)
        continue;
      if (e->affiliation == NULL || (e->role != NULL && role_is_envoy (e->role)))
        return FALSE;
      for (guint q = 0; q < p; q++)
        {
          const char *other = g_array_index (m->participants, BylineParticipant, q).entity->affiliation;

          if (other != NULL && g_str_equal (other, e->affiliation))
            return FALSE;
        }
    }
  return TRUE;
}

/* A plural title right before the names after the meeting's "with" at @t:
 * "with US Senators A, B and C" */
static gboolean
plural_title_before_list (const Ctx *c, guint t, guint hi)
{
  for (guint k = t + 1; k + 1 < hi && k < t + 5; k++)
    if (is_word (c, k, "with"))
      {
        for (guint j = k + 1; j + 1 < hi && j < k + 4; j++)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, j + 1);

            if (r != NULL && r->first_token == j + 1 && r->entity->type == BYLINE_ENTITY_PERSON)
              return (c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
                     && ends_with (c, j, "s") && byline_token_len (&c->toks[j]) > 4;
          }
        return FALSE;
      }
  return FALSE;
}

/* One leg of a trip told with others: a meeting at @place, of @m's time and
 * tense, told where @m is; its sides are the caller's */
static BylineMeeting *
trip_leg (const BylineMeeting *m, const BylineEntity *place)
{
  BylineMeeting *one = _byline_meeting_new ();

  one->place = place;
  one->place_name = g_strdup (place->name);
  one->date = m->date;
  one->time_text = g_strdup (m->time_text);
  one->status = m->status;
  one->background = m->background;
  one->trip = TRUE;
  g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
  return one;
}

/* "he", "she", "they", "we", "I", "it": a pronoun that may be a clause's subject */
static gboolean
subject_pronoun (const Ctx *c, guint k)
{
  return is_word (c, k, "he") || is_word (c, k, "she") || is_word (c, k, "they") || is_word (c, k, "we")
         || is_word (c, k, "i") || is_word (c, k, "it");
}

/* "a trip to Vientiane by X", "the visit to Tokyo by X": the traveller after
 * the place, or NULL */
static const BylineMentionRef *
trip_by (const Ctx *c, guint t)
{
  const BylineMentionRef *pr = _byline_meetings_trip_place (c, t);

  return pr != NULL && is_word (c, pr->end_token, "by") ? _byline_meetings_person_after_by (c, pr->end_token) : NULL;
}

/* Is the name at @k told as another's kin: "his wife Y", "her husband Y"? */
static gboolean
kin_before (const Ctx *c, guint k)
{
  return k > 0 && is_one_of (c, k - 1, (const char *const[]) { "wife", "husband", "spouse", "son", "daughter", NULL });
}

/* Is @name a body's people by its short name in capitals: "EC farm
 * ministers", "G-7 leaders" (not "Trade unions")? */
static gboolean
body_people_name (const char *name)
{
  gboolean upper = FALSE;
  const char *p;

  for (p = name; *p != '\0' && *p != ' '; p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      upper = upper || g_ascii_isupper (*p);
    }
  return upper && *p == ' ' && p - name >= 2;
}

/* Are the words from @k up to @j only a time and a place: "on Monday", "in
 * Geneva last week" (not "at that level")? */
static gboolean
when_or_where_only (const Ctx *c, guint k, guint j)
{
  for (guint q = k; q < j;)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

      if (r != NULL && r->first_token == q
          && (r->entity->type == BYLINE_ENTITY_DATE || r->entity->type == BYLINE_ENTITY_PLACE))
        q = r->end_token;
      else if (is_one_of (c, q, (const char *const[]) { "on", "in", "at", "the", "last", "this", "earlier", "later",
                                                         "today", "yesterday", NULL }))
        q++;
      else
        return FALSE;
    }
  return TRUE;
}

static void
meeting_in_sentence (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token;
  const BylineClause *cl = &g_array_index (c->clauses, BylineClause, s);
  guint front = cl->fronted_comma;
  g_autoptr (GPtrArray) split = g_ptr_array_new ();

  /* "Did you also meet business leaders?": a question tells of no meeting */
  if (hi > lo && is_punct (c, hi - 1, '?'))
    return;
  /* "Present at the meeting were X and Y": those at the meeting told, read
   * with its attendants; and "Among the leaders attending were X and Y" */
  if (hi > lo + 3 && attendance_opener (c, lo, hi) != 0)
    return;
  if (hi > lo + 5 && is_word (c, lo, "among") && s > 0)
    for (guint k = lo + 1; k + 1 < hi && k < lo + 10; k++)
      if ((is_word (c, k, "attending") || is_word (c, k, "present")) && c->toks[k + 1].kind == BYLINE_TOKEN_WORD)
        return;
  /* "LIMA (Agency) - During his talks with X, the envoy said": the phrase fronted
   * after the wire dateline */
  if (front == 0 && hi > lo && byline_span_contains (&c->doc->wire, c->toks[lo].start))
    {
      guint k = lo;

      while (k < hi && byline_span_contains (&c->doc->wire, c->toks[k].start))
        k++;
      if (k < hi)
        front = byline_clauses_fronted_comma (&c->reader, k, hi);
    }
  for (guint t = lo; t < hi; t++)
    {
      Trigger trig;
      BylineMeeting *m;
      const BylineEntity *more_places[4] = { NULL };  /* "travel to Nairobi and Kampala" */
      const BylineEntity *partner_places[8] = { NULL };  /* "meet A in X and B in Y": each partner's own */
      guint n_more = 0;
      const BylineEntity *list_places[4] = { NULL };  /* "held talks in Tokyo, Osaka and ..." */
      guint n_list = 0;
      guint clause = lo;
      guint end;
      guint after = t;
      guint subjects;
      gboolean joint = FALSE;
      gboolean each_with = FALSE;
      gboolean relative = FALSE;  /* the trigger is in a relative clause: "X, who recently led talks" */
      const BylineEntity *whom = NULL; /* "X, who he met last week": X, met by the clause's own subject */
      const BylineEntity *prev_subject = c->last_subject;
      guint prev_sentence = c->last_subject_sentence;

      /* a trigger and a pair's noun are words of the meeting class: the
       * test of the class, here, spares the others a call at every token */
      if (c->toks[t].kind != BYLINE_TOKEN_WORD
          || (!(byline_token_cls (&c->toks[t]) & BYLINE_WORD_MEETING)
              /* (and "accepted", of the letters of credence, and "saw" someone somewhere) */
              && !(c->text[c->toks[t].start] == 'a' && byline_token_len (&c->toks[t]) >= 6)
              && !(c->text[c->toks[t].start] == 's' && byline_token_len (&c->toks[t]) == 3)
              /* ("thanked" a host) */
              && !(c->text[c->toks[t].start] == 't' && byline_token_len (&c->toks[t]) == 7)))
        continue;
      trig = _byline_meetings_trigger_at (c, t, hi);
      if (trig == TRIGGER_NONE && !_byline_meetings_pair_noun (c, t))
        continue;
      m = _byline_meeting_new ();
      c->object_side = FALSE;
      c->countries = FALSE;
      c->grouped = FALSE;
      /* "the DPRK-Russia summit", "the Singh-Gilani meeting": the pair and no one else */
      if (_byline_meetings_pair_noun (c, t) && _byline_meetings_pair_before (c, lo, t, m))
        {
          /* "X is expected to attend the ASEAN-China summit": and the one who attends */
          for (guint k = t; k > lo && k + 8 > t; k--)
            if (is_word (c, k - 1, "attend") || is_word (c, k - 1, "attended") || is_word (c, k - 1, "attending")
                || is_word (c, k - 1, "attends") || is_word (c, k - 1, "join") || is_word (c, k - 1, "joined"))
              {
                const BylineEntity *who = _byline_meetings_nearest_person_before (c, lo, k - 1, FALSE);

                if (who != NULL)
                  _byline_meetings_add_participant (m, who, g_strdup (who->name));
                break;
              }
          /* "A and B co-chaired the Pakistan-China Strategic Dialogue": the two who
           * chaired it are its sides, for their countries */
          for (guint k = t; k > lo && k + 10 > t; k--)
            if (is_word (c, k - 1, "co-chaired") || is_word (c, k - 1, "co-chair") || is_word (c, k - 1, "co-chairs")
                || is_word (c, k - 1, "co-chairing"))
              {
                const BylineEntity *two[2] = { NULL, NULL };
                guint n = 0;

                for (guint j = byline_mentions_lower_bound (c->mentions, lo); j < c->mentions->len; j++)
                  {
                    const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

                    if (r->first_token >= k - 1)
                      break;
                    if (r->entity->type == BYLINE_ENTITY_PERSON && n < 2 && (n == 0 || two[0] != r->entity))
                      two[n++] = r->entity;
                  }
                if (n == 2)
                  {
                    g_array_set_size (m->participants, 0);
                    for (guint p = 0; p < 2; p++)
                      _byline_meetings_add_participant (m, two[p], g_strdup (two[p]->name));
                  }
                break;
              }
          subjects = 2;
          after = t + 1;
          goto located;
        }
      if (trig == TRIGGER_NONE)
        {
          byline_meeting_free (m);
          continue;
        }
      /* "the agenda of any meeting with the rebels", "kept informed about
       * Wednesday's meeting": a meeting asked about, or one told before, is
       * no new meeting of the clause's people */
      if (_byline_meetings_nominal_trigger (c, t) && t > lo + 1 && (is_word (c, t - 1, "any") || is_word (c, t - 1, "every")))
        {
          byline_meeting_free (m);
          continue;
        }
      if (_byline_meetings_nominal_trigger (c, t) && t > lo + 1
          && (is_word (c, t - 1, "no") || (is_word (c, t - 1, "such") && is_word (c, t - 2, "no"))
              || ((is_word (c, t - 2, "about") || is_word (c, t - 2, "on") || is_word (c, t - 2, "of"))
                  && (is_word (c, t - 1, "the") || is_word (c, t - 1, "that") || is_word (c, t - 1, "this")
                      || c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE))
              || (c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE && t > lo + 2
                  && byline_mentions_at (c->mentions, t - 2) != NULL
                  && byline_mentions_at (c->mentions, t - 2)->entity->type == BYLINE_ENTITY_DATE
                  /* but "next week's visit to Tokyo by X" tells who travels */
                  && !(trig == TRIGGER_TRIP && trip_by (c, t) != NULL)))
          && !is_word (c, t + 1, "with") && !is_word (c, t + 1, "between"))
        {
          byline_meeting_free (m);
          continue;
        }

      /* the side before: the subjects of the clause, "X and Y met", "X, who ..., met" */
      if (t > lo + 48)
        clause = t - 48;
      /* inside a quotation the clause starts at its opening mark: "and said it was
       * "a pleasure to meet..."" has no subject before "meet" */
      {
        guint marks = 0, last = 0, first_mark = hi;

        for (guint k = lo; k < t; k++)
          if ((c->toks[k].flags & BYLINE_TOKEN_QUOTE)
              && (is_punct (c, k, '"') || is_punct (c, k, 0x201C) || is_punct (c, k, 0x201D)
                  || is_punct (c, k, 0x00AB) || is_punct (c, k, 0x00BB)))
            {
              if (marks == 0)
                first_mark = k;
              marks++;
              last = k + 1;
            }
        /* and after one that opens the sentence: ""Getting both delegations into one
         * room was a step," X said after the talks": the quotation's words are not
         * subjects (but a word in quotation marks inside the clause is its own) */
        if ((marks % 2 == 1 || first_mark == lo) && marks > 0 && last > clause)
          clause = last;
      }
      /* "X will call on Y on Thursday, and the two will meet again": a clause of its own
       * after a verb, but "Lavrov, Zarif, and Wang met" is one */
      for (guint k = t; k > clause + 1; k--)
        if (is_punct (c, k - 2, ',') && is_word (c, k - 1, "and")
            /* (but ", and will hold talks with": no subject of its own, the first verb's) */
            && !(k < t && (is_word (c, k, "will") || is_word (c, k, "would") || is_word (c, k, "later")
                           || is_word (c, k, "then") || is_word (c, k, "also"))
                 && second_verb_and (c, clause, t, hi) == k - 1 && meeting_verb_in (c, clause, k - 2, hi)))
          {
            guint j;

            for (j = clause; j + 2 < k; j++)
              if (_byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE
                  || (byline_token_cls (&c->toks[j]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)))
                break;
            if (j + 2 < k)
              {
                clause = k;
                break;
              }
          }
      for (guint k = t; k > clause; k--)
        if (is_punct (c, k - 1, ';'))
          {
            clause = k;
            break;
          }
      /* "X arrived from London, where G7 foreign ministers met with Y": a
       * relative clause of place with a subject of its own (not "where he met") */
      for (guint k = t; k > clause + 2 && k + 8 > t; k--)
        if ((is_word (c, k - 1, "where") || is_word (c, k - 1, "when")) && is_punct (c, k - 2, ',') && k < t
            && c->toks[k].kind == BYLINE_TOKEN_WORD && !subject_pronoun (c, k) && !adverb_or_aux_word (c, k) && !(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)))
          {
            clause = k;
            break;
          }
      /* "As Lavrov is entertained in Tehran, the ambassador was hosted...": the main clause */
      if (clause == lo && t < lo + 48 && (is_word (c, lo, "as") || is_word (c, lo, "while") || is_word (c, lo, "when")
                           || is_word (c, lo, "after") || is_word (c, lo, "before") || is_word (c, lo, "although")
                           || is_word (c, lo, "since") || is_word (c, lo, "if") || is_word (c, lo, "though")))
        for (guint k = lo; k < t; k++)
          if (is_punct (c, k, ','))
            {
              clause = k + 1;
              break;
            }
      /* "Javad Zarif, who recently led negotiations with ...": the one before "who";
       * but "X, who leads the delegation, met Y": the relative clause is over */
      for (guint k = t; k > clause + 1; k--)
        {
          if (is_punct (c, k - 1, ','))
            break;
          if (!is_word (c, k - 1, "who") && !(is_word (c, k - 1, "whom") && is_punct (c, k - 2, ',')))
            continue;
          {
            guint j = k - 1;
            const BylineMentionRef *r;
            if (j > 0 && is_punct (c, j - 1, ','))
              j--;
            r = j > 0 ? byline_mentions_at (c->mentions, j - 1) : NULL;
            /* "Funaro, who he met with last week": the one before "who" is the
             * one met, and the pronoun after it the subject */
            if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && k < t && subject_pronoun (c, k)
                && (k + 1 == t || adverb_before (c, k + 1, t)))
              {
                const BylineEntity *who = cl->subject != NULL && cl->subject != r->entity ? cl->subject
                                          : cl->topic != NULL && cl->topic != r->entity ? cl->topic
                                          : c->last_subject != r->entity ? c->last_subject : NULL;

                /* (or, with none known, the last person named before the one met) */
                for (guint q = byline_mentions_lower_bound (c->mentions, r->first_token); who == NULL && q > 0; q--)
                  {
                    const BylineMentionRef *p = &g_array_index (c->mentions, BylineMentionRef, q - 1);

                    if (p->first_token + 80 < r->first_token)
                      break;
                    if (p->entity->type == BYLINE_ENTITY_PERSON && p->entity != r->entity
                        && byline_entity_may_be (p->entity, c->text, &c->toks[k]))
                      who = p->entity;
                  }
                whom = r->entity;
                clause = k;
                relative = TRUE;
                /* (the pronoun is the one the sentence is about, not the one met) */
                if (who != NULL && who->type == BYLINE_ENTITY_PERSON)
                  _byline_meetings_add_participant (m, who, g_strdup (who->name));
                break;
              }
            /* "X, the U.S. Assistant Secretary of State for South Asian Affairs, who
             * was received by Y": the person the apposition before "who" is of */
            if ((r == NULL || r->entity->type != BYLINE_ENTITY_PERSON) && j > clause + 2)
              {
                guint comma = j - 1;

                while (comma > clause && comma + 24 > j && !is_punct (c, comma, ','))
                  comma--;
                if (is_punct (c, comma, ',') && comma > clause && (is_word (c, comma + 1, "the") || is_word (c, comma + 1, "a")))
                  {
                    const BylineMentionRef *who = byline_mentions_at (c->mentions, comma - 1);

                    if (who != NULL && who->entity->type == BYLINE_ENTITY_PERSON
                        && _byline_meetings_apposition_end (c, comma, j + 1) == j)
                      r = who;
                  }
              }
            if (r && r->entity->type == BYLINE_ENTITY_PERSON)
              {
                /* "Arslan and Aliyev, who met in Ankara": both */
                const BylineMentionRef *first = r->first_token >= 2 && is_word (c, r->first_token - 1, "and")
                                                ? byline_mentions_at (c->mentions, r->first_token - 2) : NULL;

                if (first != NULL && first->entity->type == BYLINE_ENTITY_PERSON && first->entity != r->entity
                    && (first->first_token == lo || is_punct (c, first->first_token - 1, ',')))
                  _byline_meetings_add_participant (m, first->entity, g_strdup (first->entity->name));
                _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
              }
            /* "EU leaders, who are due to meet at a summit": the body's people */
            else if (r == NULL && j > 1 && c->toks[j - 1].kind == BYLINE_TOKEN_WORD
                     && (r = byline_mentions_at (c->mentions, j - 2)) != NULL && r->end_token == j - 1
                     && r->entity->type == BYLINE_ENTITY_ORG && _byline_meetings_org_group_end (c, r, j) == j)
              _byline_meetings_add_participant (m, r->entity, span_text (c, r->first_token, j));
            /* "The Jordanian official, who also delivered a message to X": the one
             * the description stands for */
            else if (byline_mentions_at (c->mentions, j - 1) == NULL && is_word (c, clause, "the") && clause + 1 < j)
              {
                guint dend = 0;
                if (!_byline_meetings_participant_at (c, clause, j, m, &dend) || dend != j)
                  g_array_set_size (m->participants, 0);
              }
            clause = k;
            relative = TRUE;
            break;
          }
        }
      /* "X said (that) he would travel ... for talks with Y", "X told reporters Y
       * had met Z": the reported clause has its own subject; and "press
       * secretary X said the meeting with Y would go ahead": a spokesperson
       * speaks of a meeting of the one she speaks for */
      for (guint k = t; k > clause + 1 && (!_byline_meetings_nominal_trigger (c, t) || is_word (c, t - 1, "the")); k--)
        if (_byline_meetings_reports_clause (c, k - 1, t)
            /* (not "called on Y and met Z": a visit's verb) */
            && _byline_meetings_trigger_at (c, k - 1, hi) == TRIGGER_NONE
            && (!_byline_meetings_nominal_trigger (c, t)
                || ((k + 1 == t || (k + 2 == t && is_word (c, k, "that"))) && spokesperson_before (c, k - 1))))
          {
            clause = is_word (c, k, "that") ? k + 1 : k;
            break;
          }
      /* "said that the talks were useful and that the governor would meet them
       * again": the second reported clause has its own subject */
      for (guint k = t; k > clause + 1; k--)
        if (is_word (c, k - 1, "that") && is_word (c, k - 2, "and"))
          {
            clause = k;
            break;
          }
      /* "officials hope a deal can be signed when Harcourt makes a return visit":
       * a clause of its own after "when", "once", "if", "until", "because" */
      for (guint k = t; k > clause + 1; k--)
        if ((is_word (c, k - 1, "when") || is_word (c, k - 1, "once") || is_word (c, k - 1, "if")
             || is_word (c, k - 1, "until") || is_word (c, k - 1, "because") || is_word (c, k - 1, "whereas")
             || (is_word (c, k - 1, "while") && k > 1 && is_punct (c, k - 2, ',')))
            && k < t && (byline_mentions_at (c->mentions, k) != NULL || is_word (c, k, "he") || is_word (c, k, "she")
                         || is_word (c, k, "they")
                         /* "..., when the two leaders first met" */
                         || (is_word (c, k, "the") && (is_word (c, k + 1, "two") || is_word (c, k + 1, "leaders")
                                                       || is_word (c, k + 1, "ministers")))))
          {
            clause = k;
            break;
          }
      /* "The last time the two presidents met was in Moscow": the clause after
       * "time" has the subjects, and the meeting is of another time */
      for (guint k = clause; k + 2 < t && k < clause + 3; k++)
        if ((is_word (c, k, "last") || is_word (c, k, "previous") || is_word (c, k, "first"))
            && is_word (c, k + 1, "time"))
          {
            clause = k + 2;
            m->background = TRUE;
            break;
          }
      /* "At the invitation of President X, Y will visit ...": the fronted phrase's
       * names are not the main clause's subjects */
      if (front != 0 && t > front && clause <= front)
        clause = front + 1;
      /* "Xi Jinping's likely visit to Islamabad", "his talks with": the possessor of a
       * nominal trigger is its subject, and the clause starts there */
      {
        guint k = t;

        while (k > clause && k > t - MIN (t, 4u) && c->toks[k - 1].kind == BYLINE_TOKEN_WORD
               && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP) && !is_word (c, k - 1, "his")
               && !is_word (c, k - 1, "her") && !is_word (c, k - 1, "their") && !is_word (c, k - 1, "the")
               && !is_word (c, k - 1, "a") && _byline_meetings_trigger_at (c, k - 1, hi) == TRIGGER_NONE
               && !(byline_token_cls (&c->toks[k - 1]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)))
          k--;
        if (k > clause && c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 2);
            if (r && r->entity->type == BYLINE_ENTITY_PERSON)
              {
                /* and no one else: "Morgulov, who said that Lavrov's trip ..." */
                clause = r->first_token;
                g_array_set_size (m->participants, 0);
              }
            /* "the North's summits with South Korea and the United States": a
             * country's meeting, with countries */
            else if (r && _byline_meetings_country_of_name (c, r->entity) != NULL && trig != TRIGGER_TRIP
                     && m->participants->len == 0 && _byline_meetings_nearest_person_before (c, clause, k - 2, FALSE) == NULL)
              {
                const BylineEntity *country = _byline_meetings_country_of_name (c, r->entity);

                clause = t;
                g_array_set_size (m->participants, 0);
                _byline_meetings_add_participant (m, country, g_strdup (country->name));
                c->countries = TRUE;
              }
          }
      }
      /* a transcript's "HOST: The senators you met with ...": the label is who
       * speaks, and "you" the other one in the conversation */
      const BylineEntity *turn_speaker = NULL;
      {
        const BylineMentionRef *label = byline_mentions_at (c->mentions, lo);

        if (label != NULL && label->first_token == lo && is_punct (c, label->end_token, ':')
            && label->entity->type == BYLINE_ENTITY_PERSON)
          {
            turn_speaker = label->entity;
            if (clause <= label->end_token)
              clause = label->end_token + 1;
            for (guint k = clause; k < t && m->participants->len == 0; k++)
              /* "PARK: I met X on Thursday": "I" is the label's */
              if (is_word (c, k, "I") && (c->toks[k].flags & BYLINE_TOKEN_CAP) && adverb_before (c, k + 1, t))
                _byline_meetings_add_participant (m, label->entity, g_strdup (label->entity->name));
              else if (is_word (c, k, "you") || (is_word (c, k, "your") && k + 1 == t))
                {
                  const BylineEntity *other = transcript_other (c, lo, label->entity);

                  if (other != NULL)
                    _byline_meetings_add_participant (m, other, g_strdup (other->name));
                }
          }
      }
      /* "X will meet Y on Tuesday before flying to Z for talks with W": the
       * participle's subject is X's, and Y, an object, is not */
      guint subj_end = t;

      for (guint k = t; k > clause + 2 && k + 12 > t; k--)
        if ((is_word (c, k - 2, "before") || is_word (c, k - 2, "after")) && k - 1 < t && ends_with (c, k - 1, "ing"))
          {
            for (guint j = clause; j + 2 < k; j++)
              if (c->toks[j].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING)
                  && _byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE)
                {
                  subj_end = j;
                  break;
                }
            break;
          }
      /* "X addressed the Senate on Tuesday after meeting Y": the meeting's own
       * participle, whose subject is the main clause's, up to its verb */
      /* (or the participle of a meeting's noun: "is expected to hand the mandate
       * to Y after holding consultations with Z"; the verb after the subject an
       * auxiliary too) */
      guint part = t;

      if (t > clause + 3 && _byline_meetings_nominal_trigger (c, t)
          && (is_word (c, t - 1, "holding") || is_word (c, t - 1, "having") || is_word (c, t - 1, "conducting")))
        part = t - 1;
      if (subj_end == t && part > clause + 2 && ends_with (c, part, "ing")
          && (is_word (c, part - 1, "after") || is_word (c, part - 1, "before") || is_word (c, part - 1, "while")
              || is_word (c, part - 1, "upon")))
        for (guint j = part - 2; j > clause; j--)
          if (c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
              && byline_mentions_at (c->mentions, j) == NULL && byline_mentions_at (c->mentions, j - 1) != NULL
              && ((byline_token_cls (&c->toks[j]) & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE | BYLINE_WORD_SPEECH))
                  || (ends_with (c, j, "ed") && byline_token_len (&c->toks[j]) > 4)
                  || is_one_of (c, j, (const char *const[]) { "is", "was", "are", "were", "has", "have", "had",
                                                               "can", "could", "may", "might", "should", "must",
                                                               NULL })))
            {
              subj_end = j;
              break;
            }
      /* "Four new ambassadors presented their credentials to X": the envoys, up
       * to the verb before their papers */
      if (subj_end == t && t > clause + 2 && (is_word (c, t, "credentials") || is_word (c, t, "credence")))
        for (guint j = t - 1; j > clause && j + 6 > t; j--)
          if (is_one_of (c, j, (const char *const[]) { "presented", "presents", "present", "presenting", "handed",
                                                        "hands", "submitted", "submits", NULL }))
            {
              subj_end = j;
              break;
            }
      /* "Officials said Turkey will host a meeting with X": the ones who report it
       * are not at it; the subject is the reported clause's, a name right after
       * the verb of speech */
      for (guint j = clause + 1; j + 2 < subj_end; j++)
        if ((is_word (c, j, "said") || is_word (c, j, "says")) && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
          {
            guint w = j + 1 + is_word (c, j + 1, "that");
            const BylineMentionRef *r = byline_mentions_at (c->mentions, w);

            if (r != NULL && r->first_token == w && r->end_token < subj_end
                && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG
                    || _byline_meetings_is_country (r->entity))
                && !is_punct (c, r->end_token, ','))
              clause = w;
            break;
          }
      for (guint k = clause; k < subj_end; k++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

          /* "The ministers last met", "the heads of state held talks": the pair of
           * an earlier meeting, read below */
          if ((is_word (c, k, "the") && k + 2 <= t
               && (is_word (c, k + 1, "ministers") || is_word (c, k + 1, "leaders") || is_word (c, k + 1, "presidents")
                   || is_word (c, k + 1, "premiers") || is_word (c, k + 1, "secretaries")
                   || is_word (c, k + 1, "counterparts"))
               && adverb_before (c, k + 2, t))
              || (is_word (c, k, "the") && is_word (c, k + 1, "heads") && is_word (c, k + 2, "of")))
            break;
          /* "X will hold talks with Y and attend Z": Y is the first verb's partner,
           * not the second's subject */
          if (m->participants->len > 0 && r == NULL && c->toks[k].kind == BYLINE_TOKEN_WORD
              && t > 2 && (is_word (c, t - 1, "and") || is_word (c, t - 2, "and"))
              && _byline_meetings_trigger_at (c, k, hi) != TRIGGER_NONE)
            break;
          /* "X, along with Y, met Z", "X, accompanied by Y, met Z": Y too */
          if (r && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && is_punct (c, r->end_token, ',')
              && r->end_token + 3 < t && along_with (c, r->end_token + 1))
            {
              const BylineMentionRef *with = _byline_meetings_person_after_by (c, r->end_token + 2);

              _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
              if (with != NULL && with->end_token <= t)
                {
                  _byline_meetings_add_participant (m, with->entity, g_strdup (with->entity->name));
                  k = with->end_token - 1;
                }
              else
                k = r->end_token;
              continue;
            }
          /* "Park Sung-min, leader of the Democratic Party, said ...": the names
           * inside an apposition are not subjects */
          if (r && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && is_punct (c, r->end_token, ',')
              && _byline_meetings_apposition_end (c, r->end_token, t) != 0)
            {
              _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
              k = _byline_meetings_apposition_end (c, r->end_token, t);
              continue;
            }
          /* "Wang, who flew in from Pyongyang, where he met Kim, is to be received
           * by X": a relative clause of another place or time, up to the last
           * comma before the verb, is the subject's own, its names no subjects */
          if (r && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && is_punct (c, r->end_token, ',')
              && r->end_token + 2 < t && is_word (c, r->end_token + 1, "who"))
            {
              guint last = 0;
              gboolean elsewhere = FALSE;

              /* (of another place or time: "where he met Kim on Tuesday") */
              for (guint j = r->end_token + 2; j < t; j++)
                {
                  if (is_punct (c, j, ','))
                    last = j;
                  elsewhere = elsewhere || is_word (c, j, "where")
                              || (byline_mentions_at (c->mentions, j) != NULL
                                  && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_DATE);
                }
              /* (or any relative clause whose names would read as subjects: "X, who
               * carried a letter from President Y, was received by Z") */
              for (guint j = r->end_token + 2; j < last && !elsewhere; j++)
                elsewhere = byline_mentions_at (c->mentions, j) != NULL
                            && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON;
              if (last != 0 && elsewhere && (adverb_or_aux_word (c, last + 1) || last + 1 == t
                                || (byline_token_cls (&c->toks[last + 1]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))))
                {
                  _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                  k = last;
                  continue;
                }
            }
          /* "The Jordanian official, who also delivered a message from King X, was
           * received by Y": a relative clause closed before the verb, after one
           * told by description, names no subjects */
          if (k > clause && is_punct (c, k, ',') && relative_close (c, k, t) != 0)
            {
              k = relative_close (c, k, t);
              continue;
            }
          /* "Modi had earlier, in a written message to the Iranian president,
           * welcomed": a phrase of a preposition between commas, no subject */
          if (k > clause && is_punct (c, k, ',')
              && is_one_of (c, k + 1, (const char *const[]) { "in", "during", "through", "via", NULL })
              && c->toks[k + 2].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 2].flags & BYLINE_TOKEN_CAP))
            {
              guint j = k + 2;

              while (j < subj_end && j < k + 16 && !is_punct (c, j, ','))
                j++;
              if (j < subj_end && j + 3 >= subj_end)
                {
                  k = j;
                  continue;
                }
            }
          /* "Business leaders accompanying President X met Y", "journalists travelling
           * with X met Y": the one they go with is no subject */
          if (r == NULL && k > clause + 1 && c->toks[k].kind == BYLINE_TOKEN_WORD && (c->toks[k].flags & BYLINE_TOKEN_CAP)
              && _byline_meetings_role_word (c, k)
              && (is_word (c, k - 1, "accompanying")
                  || (is_word (c, k - 1, "with") && (is_word (c, k - 2, "travelling") || is_word (c, k - 2, "traveling")))))
            {
              guint j = k;

              /* (the titles, then the name) */
              while (j < subj_end && j < k + 6 && byline_mentions_at (c->mentions, j) == NULL)
                j++;
              if (j < subj_end && byline_mentions_at (c->mentions, j) != NULL
                  && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
                {
                  k = byline_mentions_at (c->mentions, j)->end_token - 1;
                  continue;
                }
            }
          if (r && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && k > clause + 1)
            {
              guint j = k;

              while (j > clause + 1 && c->toks[j - 1].kind == BYLINE_TOKEN_WORD && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP)
                     && _byline_meetings_role_word (c, j - 1))
                j--;
              if (is_word (c, j - 1, "accompanying")
                  || (j > clause + 2 && is_word (c, j - 1, "with")
                      && (is_word (c, j - 2, "travelling") || is_word (c, j - 2, "traveling"))))
                {
                  k = r->end_token - 1;
                  continue;
                }
            }
          /* "Putin's envoy met ...": a possessor is not the subject, unless it owns the trigger */
          if (r && r->first_token == k && r->end_token < t && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
              && r->end_token + 1 < t)
            {
              guint j = r->end_token + 1;

              /* "X's visit to Norway included talks with Y": the traveller's, when
               * the trip's verb holds the meeting */
              static const char *const holds[] = { "included", "includes", "include", "featured", "features",
                                                   "involved", "saw", NULL };

              if (r->entity->type == BYLINE_ENTITY_PERSON
                  && is_one_of (c, j, (const char *const[]) { "visit", "trip", "tour", "stay", NULL }))
                {
                  guint v = t;

                  while (v > j + 1 && (is_word (c, v - 1, "a") || is_word (c, v - 1, "an") || is_word (c, v - 1, "also")
                                       || (c->toks[v - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[v - 1].flags & BYLINE_TOKEN_CAP)
                                           && !is_one_of (c, v - 1, holds) && v + 3 > t)))
                    v--;
                  if (v > j + 1 && is_one_of (c, v - 1, holds))
                    {
                      _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                      k = v - 1;
                      continue;
                    }
                }
              while (j < t && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                     && j < r->end_token + 5)
                j++;
              /* (and "Weber's deputy met": a noun between the possessor and the verb) */
              if (j < t)
                {
                  k = r->end_token;
                  continue;
                }
              /* "Weber's deputy met X": the one of Weber's, by that description */
              if (j > r->end_token + 1 && r->entity->type == BYLINE_ENTITY_PERSON
                  && !_byline_meetings_nominal_trigger (c, t)
                  && _byline_meetings_role_word (c, r->end_token + 1))
                {
                  guint noun = r->end_token + 1;

                  while (noun + 1 < t && _byline_meetings_role_word (c, noun + 1))
                    noun++;
                  _byline_meetings_add_participant (m, NULL, span_text (c, r->first_token, noun + 1));
                  k = noun;
                  continue;
                }
            }
          /* (not one who came with the subject: "X, who arrived with his wife Y,") */
          if (r && r->first_token == k && k > clause && kin_before (c, k))
            {
              k = r->end_token - 1;
              continue;
            }
          /* "India and Pakistan will hold talks": countries as subjects */
          if (r && r->first_token == k && m->participants->len == 0 && !byline_span_contains (&c->doc->wire, r->start)
              && (end = _byline_meetings_country_subjects (c, clause, k, t, m)) != 0)
            {
              k = end - 1;
              continue;
            }
          if (r && r->first_token == k && !byline_clauses_governed (&c->reader, k) && !byline_span_contains (&c->doc->wire, r->start)
              && !(r->start >= c->dl_start && r->start < c->dl_end)
              && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
            {
              if (r->entity->type == BYLINE_ENTITY_ORG && _byline_meetings_org_group_end (c, r, t) != 0)
                {
                  guint end_group = _byline_meetings_org_group_end (c, r, t);

                  _byline_meetings_add_participant (m, r->entity, _byline_meetings_org_group_name (c, r, end_group));
                  k = end_group - 1;
                  continue;
                }
              /* "The Republican Senate nominee sat down with ...": a description of
               * the one the article is about, not the body */
              if (r->entity->type == BYLINE_ENTITY_ORG && r->end_token < t && cl->topic != NULL
                  && cl->topic->type == BYLINE_ENTITY_PERSON && _byline_meetings_role_word (c, r->end_token)
                  && !(c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)
                  && (is_word (c, r->first_token - 1, "the") || (r->first_token > lo + 1 && is_word (c, r->first_token - 2, "the"))))
                {
                  _byline_meetings_add_participant (m, cl->topic, g_strdup (cl->topic->name));
                  k = r->end_token;
                  continue;
                }
              if (!(r->entity->type == BYLINE_ENTITY_ORG && _byline_meetings_affiliation_of_person (c, r, t)))
                _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
              k = r->end_token - 1;
              continue;
            }
          if (_byline_meetings_participant_at (c, k, subj_end, m, &end) && end > k)
            k = end - 1;
        }
      /* "describing their meeting as informal", "their talks": the pair of an earlier
       * meeting, and no one else in the clause */
      if (t > lo && c->toks[t].kind == BYLINE_TOKEN_WORD && !is_word (c, t, "credentials")
          && (is_word (c, t - 1, "their")
              /* "Their previous meeting was in Moscow", "their last summit" */
              || (t > lo + 1 && is_word (c, t - 2, "their")
                  && (is_word (c, t - 1, "previous") || is_word (c, t - 1, "last") || is_word (c, t - 1, "latest")
                      || is_word (c, t - 1, "earlier") || is_word (c, t - 1, "next"))))
          && !(byline_token_cls (&c->toks[t]) & BYLINE_WORD_PAST) && !_byline_meetings_subjects_joined (c, clause, t))
        {
          BylineDescribed sides;

          _byline_meetings_earlier_pair (c, t, t, &sides);
          g_array_set_size (m->participants, 0);
          _byline_meetings_add_described (m, &sides);
        }
      /* "The minister also met opposition leaders": a description of the one the
       * article is about */
      if (m->participants->len == 0 && cl->topic != NULL && is_word (c, clause, "the"))
        {
          guint k = clause + 1;

          while (k < t && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE) && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
            k++;
          /* "The President will also host X": one title, capitalised */
          if (k == clause + 1 && (c->toks[k].flags & BYLINE_TOKEN_CAP) && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE)
              && byline_mentions_at (c->mentions, k) == NULL)
            k++;
          if (k > clause + 1 && k <= t && cl->topic->role != NULL
              && (is_word (c, k, "also") || is_word (c, k, "later") || is_word (c, k, "then")
                  || is_word (c, k, "subsequently") || is_word (c, k, "separately") || is_word (c, k, "again")
                  || _byline_meetings_trigger_at (c, k, hi) != TRIGGER_NONE || (byline_token_cls (&c->toks[k]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))
                  || is_word (c, k, "would")))
            {
              g_autofree char *head = g_ascii_strdown (c->text + c->toks[k - 1].start, byline_token_len (&c->toks[k - 1]));
              g_autofree char *role = g_ascii_strdown (cl->topic->role, -1);

              /* "the governor" is not the deputy governor */
              if ((g_str_has_prefix (role, "deputy ") || g_str_has_prefix (role, "vice ") || g_str_has_prefix (role, "vice-")
                   || g_str_has_prefix (role, "former ") || g_str_has_prefix (role, "lieutenant "))
                  && !is_word (c, clause + 1, "deputy") && !is_word (c, clause + 1, "vice") && !is_word (c, clause + 1, "former")
                  && !is_word (c, clause + 1, "lieutenant"))
                role[0] = '\0';

              /* (the whole title: "Gov." is a governor's; "Vice President" is no president's) */
              if ((k == clause + 2 && role[0] != '\0' && office_of (cl->topic->role, head))
                  || (strstr (role, head) != NULL && (k > clause + 2 || !(c->toks[clause + 1].flags & BYLINE_TOKEN_CAP))))
                _byline_meetings_add_participant (m, cl->topic, g_strdup (cl->topic->name));
            }
        }
      /* "The Angolan Head of State also received X", "the Angolan president
       * received X": the one the article is about, by the office he holds */
      if (m->participants->len == 0 && cl->topic != NULL && is_word (c, clause, "the")
          && topic_by_office (c, clause, t, hi, cl->topic))
        _byline_meetings_add_participant (m, cl->topic, g_strdup (cl->topic->name));
      /* "The High Representative also met ...": a description with capitals, read
       * as the clause reader reads subjects */
      if (m->participants->len == 0 && is_word (c, clause, "the") && clause + 1 < t
          && (c->toks[clause + 1].flags & BYLINE_TOKEN_CAP)
          && (byline_mentions_at (c->mentions, clause + 1) == NULL
              || byline_mentions_at (c->mentions, clause + 1)->entity->type == BYLINE_ENTITY_NORP))
        {
          const BylineEntity *who = byline_clauses_subject_at (&c->reader, cl->topic, clause, t);

          if (who != NULL)
            _byline_meetings_add_participant (m, who, g_strdup (who->name));
        }
      /* "PARK: ... And I plan to visit Jeju in August to meet families": "I" opens the
       * clause, in a turn whose label opens the paragraph */
      if (m->participants->len == 0 && (is_word (c, clause, "I") || (is_word (c, clause, "and") && is_word (c, clause + 1, "I")))
          && (c->toks[clause + is_word (c, clause, "and")].flags & BYLINE_TOKEN_CAP))
        {
          if (turn_speaker == NULL)
            {
              guint first = s;

              while (first > 0 && s - first < 8
                     && g_array_index (c->doc->sentences, BylineSentence, first - 1).paragraph == sent->paragraph)
                first--;
              if (first < s)
                {
                  guint ft = g_array_index (c->doc->sentences, BylineSentence, first).first_token;
                  const BylineMentionRef *label = byline_mentions_at (c->mentions, ft);

                  if (label != NULL && label->first_token == ft && is_punct (c, label->end_token, ':')
                      && label->entity->type == BYLINE_ENTITY_PERSON)
                    turn_speaker = label->entity;
                }
            }
          if (turn_speaker != NULL)
            _byline_meetings_add_participant (m, turn_speaker, g_strdup (turn_speaker->name));
        }
      /* "the distinguished guest was welcomed by X": the visitor of the trip told
       * last; "the guest and his entourage paid a courtesy call on X": the one
       * received at the meeting told last */
      for (guint k = clause; k < t && k < clause + 4 && m->participants->len == 0; k++)
        if (is_word (c, k, "guest") || is_word (c, k, "visitor"))
          {
            for (guint i = c->meetings->len; i > 0 && i + NEARBY > c->meetings->len; i--)
              {
                const BylineMeeting *o = c->meetings->pdata[i - 1];
                const BylineEntity *visitor = o->participants->len > 0
                                                ? g_array_index (o->participants, BylineParticipant, 0).entity : NULL;

                if (!o->trip)
                  visitor = o->background ? NULL : _byline_meetings_guest_of (c, o);
                if (visitor != NULL && visitor->type == BYLINE_ENTITY_PERSON)
                  {
                    _byline_meetings_add_participant (m, visitor, g_strdup (visitor->name));
                    break;
                  }
              }
            break;
          }
      /* "Chile's deputy foreign minister held talks with X", "a Chilean vice-minister
       * met X": an official no one names, on the country's side */
      if (m->participants->len == 0 && clause + 2 < t)
        {
          guint k = clause + (is_word (c, clause, "the") || is_word (c, clause, "a") || is_word (c, clause, "an"));
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
          const BylineEntity *country = NULL;
          const char *country_name = NULL;
          guint j = 0;

          if (r != NULL && r->first_token == k && _byline_meetings_is_country (r->entity)
              && r->end_token < t && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
            {
              country = r->entity;
              country_name = r->entity->name;
              j = r->end_token + 1;
            }
          else if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_NORP && r->entity->affiliation != NULL
                   && k > clause)
            {
              country_name = r->entity->affiliation;
              j = r->end_token;
              for (guint e = 0; e < c->entities->len && country == NULL; e++)
                {
                  const BylineEntity *ce = c->entities->pdata[e];

                  if (_byline_meetings_is_country (ce) && g_str_equal (ce->name, country_name))
                    country = ce;
                }
            }
          if (country_name != NULL)
            {
              guint w = j;

              while (w < t && w < j + 3 && c->toks[w].kind == BYLINE_TOKEN_WORD && !(c->toks[w].flags & BYLINE_TOKEN_CAP)
                     && byline_mentions_at (c->mentions, w) == NULL && !adverb_or_aux_word (c, w))
                w++;
              /* the official's title ends the noun group, then only the verb's words */
              gboolean verb_only = w > j && _byline_meetings_role_word (c, w - 1);

              /* then only the verb's words: "will", "was", "held" */
              for (guint q = w; q < t && verb_only; q++)
                verb_only = adverb_or_aux_word (c, q) || is_word (c, q, "were");
              /* "Uruguay's vice-minister will be in the capital on Friday for
               * consultations with X": in a place for talks */
              if (!verb_only && w > j && _byline_meetings_role_word (c, w - 1) && t > 1 && t < w + 12 && is_word (c, t - 1, "for")
                  && (is_word (c, w, "will") || is_word (c, w, "is") || is_word (c, w, "was")))
                {
                  verb_only = TRUE;
                  for (guint q = w; q + 1 < t && verb_only; q++)
                    verb_only = c->toks[q].kind != BYLINE_TOKEN_PUNCT && !(byline_token_cls (&c->toks[q]) & BYLINE_WORD_SPEECH);
                }
              if (verb_only)
                {
                  g_autofree char *head = g_ascii_strdown (c->text + c->toks[w - 1].start, byline_token_len (&c->toks[w - 1]));
                  const BylineEntity *named = NULL;
                  guint n_named = 0;

                  /* the one of that country with that title, if the article names one */
                  for (guint e = 0; e < c->entities->len; e++)
                    {
                      const BylineEntity *pe = c->entities->pdata[e];

                      if (pe->type == BYLINE_ENTITY_PERSON && pe->affiliation != NULL && pe->role != NULL
                          && g_str_equal (pe->affiliation, country_name) && strstr (pe->role, head) != NULL
                          && role_fits_words (c, pe->role, j, w))
                        {
                          named = pe;
                          n_named++;
                        }
                    }
                  /* or one titled so where named, past an honorific: "Saudi Foreign
                   * Minister Prince X" */
                  if (n_named == 0)
                    {
                      named = _byline_meetings_titled_by_country (c, country_name, head, t);
                      n_named = named != NULL ? 1 : 0;
                    }
                  if (n_named == 1)
                    _byline_meetings_add_participant (m, named, g_strdup (named->name));
                  /* (but "the Saudi foreign minister" is someone the article names) */
                  else if (!(is_word (c, clause, "the") && r->entity->type == BYLINE_ENTITY_NORP))
                    _byline_meetings_add_participant (m, country, g_strdup (country_name));
                }
            }
        }
      /* "the two foreign secretaries will meet again", "both sides held talks": the
       * pair of an earlier meeting */
      /* ("the three leaders" read as a group of its own: the few told before, when
       * there are) */
      gboolean counted_group = m->participants->len == 1
                               && g_array_index (m->participants, BylineParticipant, 0).entity == NULL
                               && is_word (c, clause, "the")
                               && (is_word (c, clause + 1, "three")
                                   || (clause + 1 < t && c->toks[clause + 1].kind == BYLINE_TOKEN_WORD
                                       && g_array_index (m->participants, BylineParticipant, 0).name != NULL
                                       && byline_token_is (c->text, &c->toks[clause + 1],
                                                           g_array_index (m->participants, BylineParticipant, 0).name)));

      if (m->participants->len == 0 || counted_group)
        for (guint k = clause; k < t; k++)
          if ((is_word (c, k, "the") && k + 1 < t
               && (is_word (c, k + 1, "two") || is_word (c, k + 1, "both") || is_word (c, k + 1, "three")))
              /* "The ministers last met in Kabul": the pair whose office it is */
              || (is_word (c, k, "the") && k + 2 <= t
                  && (is_word (c, k + 1, "ministers") || is_word (c, k + 1, "leaders") || is_word (c, k + 1, "presidents")
                      || is_word (c, k + 1, "premiers") || is_word (c, k + 1, "secretaries")
                      || is_word (c, k + 1, "counterparts"))
                  && (k + 2 == t || adverb_before (c, k + 2, t)))
              /* "the heads of state held talks", "They last met in Tashkent" */
              || (is_word (c, k, "the") && is_word (c, k + 1, "heads") && is_word (c, k + 2, "of")
                  && (is_word (c, k + 3, "state") || is_word (c, k + 3, "government")) && k + 4 <= t
                  && (k + 4 == t || adverb_before (c, k + 4, t)))
              || (k == clause && is_word (c, k, "they")
                  && (k + 1 == t || adverb_before (c, k + 1, t) || intent_before (c, k + 1, t)
                      /* "they have held talks in Tokyo" */
                      || (t >= k + 2 && (is_word (c, t - 1, "held") || is_word (c, t - 1, "hold"))
                          && adverb_before (c, k + 1, t - 1)))
                  && !is_word (c, t, "discussed") && !is_word (c, t, "talked"))
              || (is_word (c, k, "both") && !is_word (c, k - 1, "the") && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
                  && (is_word (c, k + 1, "sides") || is_word (c, k + 1, "leaders") || is_word (c, k + 1, "ministers")
                      || is_word (c, k + 1, "men") || is_word (c, k + 1, "women") || is_word (c, k + 1, "delegations")
                      || is_word (c, k + 1, "presidents") || is_word (c, k + 1, "officials"))))
            {
              guint noun = is_word (c, k, "both")
                               || !(is_word (c, k + 1, "two") || is_word (c, k + 1, "both") || is_word (c, k + 1, "three"))
                             ? k + 1
                             : k + 2;
              guint noun_end = t;
              const BylineMeeting *pair;
              BylineDescribed sides;
              g_autofree char *misfit = NULL;

              /* "It was the second meeting between the two ministers. They previously met
               * in Almaty": the pair the sentence before names */
              if (is_word (c, k, "they") && s > 0)
                {
                  const BylineSentence *prev = &g_array_index (c->doc->sentences, BylineSentence, s - 1);

                  for (guint j = prev->first_token + 1; j + 1 < prev->end_token; j++)
                    if (is_word (c, j, "two") && is_word (c, j - 1, "the"))
                      {
                        noun = j + 1;
                        noun_end = j + 2;
                        break;
                      }
                }
              /* "X held a telephone conversation with Y. The ministers discussed
               * ...": the call's, no meeting */
              if (s > 0 && !is_word (c, k, "they") && !_byline_meetings_told_of_meeting (c, t))
                {
                  const BylineSentence *prev = &g_array_index (c->doc->sentences, BylineSentence, s - 1);

                  if (_byline_meetings_remote (c, prev->first_token, prev->end_token))
                    break;
                }
              pair = _byline_meetings_earlier_pair (c, noun, noun_end, &sides);
              misfit = pair != NULL && sides.n == 2 ? _byline_meetings_pair_misfit (c, pair, noun, noun_end) : NULL;

              /* "the two foreign secretaries" after the prime ministers met: one of
               * each one's people, by title ("Indian foreign secretary") */
              if (misfit != NULL)
                for (guint p = 0; p < 2; p++)
                  {
                    const BylineEntity *one = g_array_index (pair->participants, BylineParticipant, p).entity;
                    const char *people = one->affiliation;

                    for (guint e = 0; e < c->entities->len && one->affiliation != NULL; e++)
                      {
                        const BylineEntity *o = c->entities->pdata[e];

                        if (o->type == BYLINE_ENTITY_NORP && g_strcmp0 (o->affiliation, one->affiliation) == 0)
                          {
                            people = o->name;
                            break;
                          }
                      }
                    if (people == NULL)
                      {
                        g_array_set_size (m->participants, 0);
                        break;
                      }
                    _byline_meetings_add_participant (m, NULL, g_strdup_printf ("%s %s", people, misfit));
                  }
              else if (sides.n > 0)
                {
                  if (counted_group)
                    g_array_set_size (m->participants, 0);
                  _byline_meetings_add_described (m, &sides);
                }
              /* "A spoke by telephone with his counterpart B. The two foreign
               * secretaries will meet in Colombo": no meeting of theirs yet, the two
               * people the sentence before names */
              else if (s > 0 && !is_word (c, k, "they") && !is_word (c, k + 1, "three") && !counted_group
                       /* (not when this sentence names one of the two: "A spoke to the
                        * Polish president by phone, and the two leaders agreed to meet") */
                       && _byline_meetings_nearest_person_before (c, lo, k, FALSE) == NULL
                       /* a meeting word, not "the ministers discussed" after a call */
                       && (is_word (c, t, "meet") || is_word (c, t, "met") || is_word (c, t, "meeting")
                           || is_word (c, t, "talks") || is_word (c, t, "summit")))
                {
                  const BylineSentence *prev = &g_array_index (c->doc->sentences, BylineSentence, s - 1);
                  const BylineEntity *two[3] = { NULL, NULL, NULL };
                  guint n_two = 0;

                  for (guint j = prev->first_token; j < prev->end_token && n_two < 3; j++)
                    {
                      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

                      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON
                          && !byline_span_contains (&c->doc->wire, r->start) && r->entity != two[0]
                          && (n_two < 2 || r->entity != two[1])
                          /* (not one who came with another: "arrived with his wife Y") */
                          && !(j > prev->first_token && kin_before (c, j)))
                        {
                          /* "Chancellor A and President B agreed ..., spokesman C said":
                           * the two joined by "and" */
                          const BylineMentionRef *and = is_word (c, r->end_token, "and")
                                                          ? _byline_meetings_person_after_by (c, r->end_token) : NULL;

                          if (and != NULL && and->entity != r->entity)
                            {
                              two[0] = r->entity;
                              two[1] = and->entity;
                              n_two = 2;
                              break;
                            }
                          two[n_two++] = r->entity;
                        }
                    }
                  /* "X keeps a photograph ... The other person at that table was Y. The
                   * two first met in 2015": one named each sentence, the one before first */
                  for (guint back = 2; n_two == 1 && back <= 4 && back <= s; back++)
                    {
                      const BylineSentence *pp = &g_array_index (c->doc->sentences, BylineSentence, s - back);
                      const BylineEntity *other = NULL;
                      gboolean many = FALSE;

                      for (guint j = pp->first_token; j < pp->end_token; j++)
                        {
                          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

                          if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON
                              && !byline_span_contains (&c->doc->wire, r->start) && r->entity != two[0])
                            {
                              many = other != NULL && other != r->entity;
                              other = r->entity;
                            }
                        }
                      if (other != NULL && !many)
                        {
                          two[1] = two[0];
                          two[0] = other;
                          n_two = 2;
                        }
                      else if (other != NULL)
                        break;
                    }
                  /* "The leaders last met in Nassau": two only when both hold the office */
                  if (n_two == 2 && !is_word (c, k, "both") && !is_word (c, k + 1, "two") && !is_word (c, k + 1, "both")
                      && !(_byline_meetings_role_fits_noun (c, two[0]->role, noun)
                           && _byline_meetings_role_fits_noun (c, two[1]->role, noun)))
                    n_two = 0;
                  if (n_two == 2)
                    for (guint p = 0; p < 2; p++)
                      _byline_meetings_add_participant (m, two[p], g_strdup (two[p]->name));
                }
              break;
            }
      /* "During his talks with X, the High Representative stated ...", "After the meeting
       * with X, Tang held ...": a meeting told in a fronted phrase is the main clause
       * subject's */
      if (front != 0 && t < front && m->participants->len == 0)
        {
          const BylineEntity *who = byline_clauses_subject_at (&c->reader, cl->topic, front + 1, hi);

          if (who != NULL)
            _byline_meetings_add_participant (m, who, g_strdup (who->name));
          /* "During his talks with X, the High Commissioner stated": one named by
           * office only, up to the verb */
          else if (is_word (c, front + 1, "the") && front + 3 < hi)
            {
              guint e = front + 2;

              while (e < hi && e < front + 6 && c->toks[e].kind == BYLINE_TOKEN_WORD
                     && byline_mentions_at (c->mentions, e) == NULL
                     && !(byline_token_cls (&c->toks[e]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE
                                                            | BYLINE_WORD_STOPWORD)))
                e++;
              if (e > front + 2 && e < hi && (byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ROLE)
                  && (byline_token_cls (&c->toks[e]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)))
                _byline_meetings_add_participant (m, NULL, span_text (c, front + 2, e));
            }
          /* "At a meeting in Tokyo, A and B agreed": the main clause's subjects */
          for (guint k = front + 1; k < hi && who != NULL;)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

              if (r == NULL || r->first_token != k || r->entity->type != BYLINE_ENTITY_PERSON)
                break;
              _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
              k = list_next (c, r->end_token);
              if (k == 0)
                break;
            }
        }
      /* "The parliamentary foreign affairs committee received X": a body by its
       * kind, in lower case, right before a host's verb */
      if (m->participants->len == 0 && trig == TRIGGER_HOST && t > clause + 1 && is_word (c, clause, "the")
          && (is_word (c, t - 1, "committee") || is_word (c, t - 1, "commission") || is_word (c, t - 1, "council")
              || is_word (c, t - 1, "panel") || is_word (c, t - 1, "caucus"))
          && lower_words_between (c, clause + 1, t))
        _byline_meetings_add_participant (m, NULL, span_text (c, clause + 1, t));
      /* "“I had a discussion with X,” the minister said", "“my meeting with X”": the
       * first person of a quotation is its speaker */
      if (m->participants->len == 0 && c->quotes != NULL)
        for (guint k = clause; k < t; k++)
          if (is_word (c, k, "I") || is_word (c, k, "we")
              || ((is_word (c, k, "my") || is_word (c, k, "our")) && k + 1 == t))
            {
              const BylineEntity *speaker = _byline_meetings_quote_speaker_at (c, k);

              if (speaker != NULL)
                _byline_meetings_add_participant (m, speaker, g_strdup (speaker->name));
              break;
            }
      /* "Laine's tour has taken him to ...", "his tour, which took him to ...": the
       * trip's owner, or the one the article is about */
      if (trig == TRIGGER_TRIP && _byline_meetings_taken_to (c, t))
        {
          guint pron = t + 1 + is_word (c, t + 1, "also");
          const BylineEntity *who = NULL;

          g_array_set_size (m->participants, 0);
          for (guint k = t; k > lo && k + 12 > t && who == NULL; k--)
            if (c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE && k >= 2)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 2);

                if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                  who = r->entity;
                break;
              }
          /* "Rossi ended a tour that took him to ...": the sentence's own subject */
          if (who == NULL && cl->subject != NULL && byline_entity_may_be (cl->subject, c->text, &c->toks[pron]))
            who = cl->subject;
          if (who == NULL && cl->topic != NULL && byline_entity_may_be (cl->topic, c->text, &c->toks[pron]))
            who = cl->topic;
          if (who == NULL && c->last_subject != NULL && s - MIN (s, c->last_subject_sentence) <= 3
              && byline_entity_may_be (c->last_subject, c->text, &c->toks[pron]))
            who = c->last_subject;
          if (who != NULL)
            _byline_meetings_add_participant (m, who, g_strdup (who->name));
        }
      /* "He said the Prime Minister would travel to X to meet Y": the office's holder,
       * not one named outside the reported clause */
      if (m->participants->len == 1 && clause > lo && is_word (c, clause, "the")
          && g_array_index (m->participants, BylineParticipant, 0).entity != NULL
          && !named_in (c, g_array_index (m->participants, BylineParticipant, 0).entity, clause, t))
        {
          gboolean described = FALSE;
          const BylineEntity *holder = described_subject_after_saying (c, lo, clause, t, hi, &described);

          if (described)
            {
              g_array_set_size (m->participants, 0);
              if (holder != NULL)
                _byline_meetings_add_participant (m, holder, g_strdup (holder->name));
            }
        }
      /* "China said it would hold talks with Japan", "the company said it was in
       * talks with": the land or body that says so */
      if (m->participants->len == 0)
        for (guint k = clause; k < t && k < clause + 3; k++)
          if (is_word (c, k, "it") && k >= lo + 2 && (byline_token_cls (&c->toks[k - 1]) & BYLINE_WORD_SPEECH))
            {
              guint w = k - 1;
              const BylineMentionRef *who;

              /* (past "has", "also": "China has also said it") */
              while (w > lo + 1 && (is_word (c, w - 1, "has") || is_word (c, w - 1, "had") || is_word (c, w - 1, "also")))
                w--;
              who = byline_mentions_at (c->mentions, w - 1);
              if (who != NULL && who->end_token == w && !byline_span_contains (&c->doc->wire, who->start)
                  && (_byline_meetings_is_country (who->entity)
                      || (who->entity->type == BYLINE_ENTITY_ORG
                          && !(who->entity->lex != NULL && who->entity->lex->kind == BYLINE_LEX_OUTLET))))
                {
                  _byline_meetings_add_participant (m, who->entity, _byline_meetings_mention_name (c, who));
                  c->countries = c->countries || _byline_meetings_is_country (who->entity);
                }
              break;
            }
      /* "he met", "she will meet", "his meeting with": who met before, or the person
       * last named as a subject */
      if (m->participants->len == 0 || (m->participants->len == 1 && _byline_meetings_has_he_and (c, clause, t)))
        for (guint k = clause; k < t; k++)
          if (is_word (c, k, "he") || is_word (c, k, "she")
              || ((is_word (c, k, "his") || is_word (c, k, "her")) && k + 1 == t)
              /* "his bilateral meeting with X", "her first official talks with" */
              || ((is_word (c, k, "his") || is_word (c, k, "her")) && k + 4 > t && k + 1 < t
                  && lower_words_between (c, k + 1, t) && _byline_meetings_nominal_trigger (c, t)))
            {
              guint j = byline_mentions_lower_bound (c->mentions, k);

              /* "During his talks with X, the envoy Y stated": the main clause's subject
               * (the phrase may follow a wire dateline, which the clause reader takes for
               * the sentence's start) */
              guint fr = front;

              if (fr == 0 && k + 1 == t && k > lo
                  && (is_word (c, k - 1, "during") || is_word (c, k - 1, "after") || is_word (c, k - 1, "following")
                      || is_word (c, k - 1, "before") || is_word (c, k - 1, "at") || is_word (c, k - 1, "in")
                      || (k > lo + 1 && is_word (c, k - 1, "of") && is_word (c, k - 2, "ahead"))))
                for (guint w = t + 1; w < hi && w < t + 24; w++)
                  if (is_punct (c, w, ','))
                    {
                      fr = w;
                      break;
                    }
              if (fr != 0 && t < fr && k + 1 == t)
                {
                  const BylineEntity *who = cl->subject != NULL ? cl->subject
                                            : byline_clauses_subject_at (&c->reader, cl->topic, fr + 1, hi);

                  /* past a title the reader does not know: "the bloc's special envoy X stated" */
                  for (guint q = byline_mentions_lower_bound (c->mentions, fr + 1); who == NULL && q < c->mentions->len; q++)
                    {
                      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, q);

                      if (r->first_token >= fr + 10 || r->first_token >= hi)
                        break;
                      if (r->entity->type == BYLINE_ENTITY_PERSON && r->end_token < hi
                          && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD && !(c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)
                          && !(byline_token_cls (&c->toks[r->end_token]) & BYLINE_WORD_STOPWORD))
                        who = r->entity;
                      /* not one met after the clause's own verb: "he also met X and Y" */
                      for (guint w = fr + 1; who != NULL && w < r->first_token; w++)
                        if ((byline_token_cls (&c->toks[w]) & (BYLINE_WORD_MEETING | BYLINE_WORD_SPEECH | BYLINE_WORD_PAST))
                            || is_word (c, w, "he") || is_word (c, w, "she") || is_word (c, w, "they"))
                          who = NULL;
                      if (r->entity->type == BYLINE_ENTITY_PERSON)
                        break;
                    }

                  if (who != NULL && byline_entity_may_be (who, c->text, &c->toks[k])
                      && !_byline_meetings_has_participant (m, who, NULL))
                    {
                      _byline_meetings_add_participant (m, who, g_strdup (who->name));
                      break;
                    }
                }
              /* "On Monday he met A, and on Tuesday he will meet B": the one who met
               * in the clause before, not the one met */
              if (clause > lo && c->meetings->len > 0)
                {
                  const BylineMeeting *before = c->meetings->pdata[c->meetings->len - 1];
                  const BylineParticipant *first = &g_array_index (before->participants, BylineParticipant, 0);
                  const BylineSpan *ev = &g_array_index (before->evidence, BylineSpan, before->evidence->len - 1);

                  if (ev->start == sent->start && before->participants->len > 0 && first->entity != NULL
                      && first->entity->type == BYLINE_ENTITY_PERSON
                      && byline_entity_may_be (first->entity, c->text, &c->toks[k])
                      && !_byline_meetings_has_participant (m, first->entity, NULL))
                    {
                      _byline_meetings_add_participant (m, first->entity, g_strdup (first->entity->name));
                      break;
                    }
                }
              /* "X said he would ...": the person named before in the sentence */
              {
                const BylineEntity *near = _byline_meetings_nearest_person_before (c, lo, k, TRUE);

                if (near != NULL && !_byline_meetings_has_participant (m, near, NULL))
                  {
                    _byline_meetings_add_participant (m, near, g_strdup (near->name));
                    break;
                  }
              }
              /* the person the article was last about: the subject of an earlier
               * sentence ("Qureshi arrived ... He will also hold meetings") */
              if (cl->topic != NULL && byline_entity_may_be (cl->topic, c->text, &c->toks[k])
                  && !_byline_meetings_has_participant (m, cl->topic, NULL) && _byline_meetings_nearest_person_before (c, lo, k, FALSE) == NULL)
                {
                  _byline_meetings_add_participant (m, cl->topic, g_strdup (cl->topic->name));
                  break;
                }
              /* "he and Lavrov": someone other than Lavrov */
              if (c->last_subject != NULL && s - MIN (s, c->last_subject_sentence) <= 3
                  && byline_entity_may_be (c->last_subject, c->text, &c->toks[k])
                  && !_byline_meetings_has_participant (m, c->last_subject, NULL))
                {
                  _byline_meetings_add_participant (m, c->last_subject, g_strdup (c->last_subject->name));
                  break;
                }
              while (j > 0)
                {
                  const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --j);
                  if (r->entity->type == BYLINE_ENTITY_PERSON && !byline_clauses_governed (&c->reader, r->first_token)
                      && byline_entity_may_be (r->entity, c->text, &c->toks[k])
                      && !_byline_meetings_has_participant (m, r->entity, NULL))
                    {
                      _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                      break;
                    }
                }
              break;
            }
      if (m->participants->len > 0)
        {
          const BylineParticipant *first = &g_array_index (m->participants, BylineParticipant, 0);
          if (first->entity && first->entity->type == BYLINE_ENTITY_PERSON)
            {
              c->last_subject = first->entity;
              c->last_subject_sentence = s;
            }
        }

      subjects = m->participants->len;
      /* "X held talks with Y and was later received by Z", "X called on Y and
       * met Z": the second verb's subject is the first one's, not its partner */
      if (subjects >= 1 && t > clause + 2)
        {
          guint a = second_verb_and (c, clause, t, hi);

          if (a != 0)
            {
              guint t0 = clause;

              while (t0 < a && _byline_meetings_trigger_at (c, t0, hi) == TRIGGER_NONE)
                t0++;
              for (guint p = m->participants->len; p > 0 && t0 < a; p--)
                {
                  const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p - 1).entity;

                  if (e != NULL && named_in (c, e, t0, a) && !named_in (c, e, clause, t0))
                    g_array_remove_index (m->participants, p - 1);
                }
              /* the partner was all it had: the first verb's subject, the first
               * person of the clause */
              if (m->participants->len == 0 && subjects == 1 && t0 < a)
                for (guint j = byline_mentions_lower_bound (c->mentions, clause); j < c->mentions->len; j++)
                  {
                    const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

                    if (r->first_token >= t0)
                      break;
                    if (r->entity->type == BYLINE_ENTITY_PERSON)
                      {
                        _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                        break;
                      }
                  }
              subjects = m->participants->len;
            }
        }
      if (whom != NULL && m->participants->len > 0 && !_byline_meetings_has_participant (m, whom, NULL))
        _byline_meetings_add_participant (m, whom, g_strdup (whom->name));
      /* the side after: "with X", "met X", "hosted X", "between X and Y" */
      {
        guint k = t + 1;
        guint taken = 0;
        guint object, adjuncts = 0;

        after = k;
        joint = is_word (c, k, "with") || is_word (c, k + 1, "with");
        /* "met separately with A and B": one meeting each, read below */
        if (is_word (c, k, "separately") && c->toks[t].kind == BYLINE_TOKEN_WORD)
          k++;
        if (is_word (c, k, "with") || is_word (c, k, "between") || is_word (c, k, "hands")
            || (is_word (c, k, "of") && _byline_meetings_nominal_trigger (c, t) && two_sides_after (c, k, clause, t))
            || (is_word (c, k, "down") && is_word (c, k + 1, "with"))
            || (is_word (c, k, "on") && trig == TRIGGER_VISIT)
            /* "granted an audience to X", "an audience, that day, to X" */
            || (is_word (c, t, "audience") && _byline_meetings_audience_to (c, t, hi) != 0
                && (k = _byline_meetings_audience_to (c, t, hi)) != 0))
          {
            /* "Officials welcomed the talks between A and B": both sides are
             * after "between", none is the clause's subject */
            if (is_word (c, k, "between") && k == t + 1 && t > lo
                && ((is_word (c, t - 1, "the") && !held_before_the (c, t - 1))
                    /* "Bankers said talks between A and B would resume", "said
                     * that debt talks between": the ones who report them are
                     * not at them */
                    || (byline_token_cls (&c->toks[t - 1]) & BYLINE_WORD_SPEECH)
                    || (t > lo + 1 && is_word (c, t - 1, "that") && (byline_token_cls (&c->toks[t - 2]) & BYLINE_WORD_SPEECH))
                    || (t > lo + 1 && c->toks[t - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[t - 1].flags & BYLINE_TOKEN_CAP)
                        && ((byline_token_cls (&c->toks[t - 2]) & BYLINE_WORD_SPEECH)
                            || (t > lo + 2 && is_word (c, t - 2, "that")
                                && (byline_token_cls (&c->toks[t - 3]) & BYLINE_WORD_SPEECH)))))
                && _byline_meetings_nominal_trigger (c, t))
              {
                g_array_set_size (m->participants, 0);
                subjects = 0;
              }
            /* "X said the visit prepared a meeting between A and B", "a summit of
             * A and his counterpart B": two people after it are its sides, not
             * the clause's subject, unless the subject hosted or chaired it */
            else if ((is_word (c, k, "between") || is_word (c, k, "of")) && k == t + 1 && subjects > 0
                     && _byline_meetings_nominal_trigger (c, t) && two_sides_after (c, k, clause, t)
                     && !(t > lo + 1 && (is_word (c, t - 1, "a") || is_word (c, t - 1, "an") || is_word (c, t - 1, "the"))
                          && sponsor_verb (c, t - 2)))
              {
                g_array_set_size (m->participants, 0);
                subjects = 0;
              }
            /* "A and B agreed to hold a summit between President X and Prime
             * Minister Y": the summit's sides are X and Y, not those who agreed */
            else if (is_word (c, k, "between") && k == t + 1 && t > lo + 2 && _byline_meetings_nominal_trigger (c, t)
                     && (is_word (c, t - 1, "a") || is_word (c, t - 1, "an")) && is_word (c, t - 2, "hold")
                     && is_word (c, t - 3, "to") && subjects > 0)
              {
                const BylineMentionRef *x = _byline_meetings_person_after_by (c, k);

                if (x != NULL && !named_in (c, x->entity, clause, t))
                  {
                    g_array_set_size (m->participants, 0);
                    subjects = 0;
                  }
              }
            /* "talks between Russia and China", "negotiations between Iran and the
             * IAEA": the countries, or a country and a body, by their names */
            if (is_word (c, k, "between") && k == t + 1 && subjects == 0 && _byline_meetings_nominal_trigger (c, t))
              {
                const BylineMentionRef *a = byline_mentions_at (c->mentions, k + 1), *b = NULL;

                if (a != NULL && a->first_token == k + 1 && _byline_meetings_is_country (a->entity)
                    && is_word (c, a->end_token, "and"))
                  {
                    b = byline_mentions_at (c->mentions, a->end_token + 1 + is_word (c, a->end_token + 1, "the"));
                    /* "talks between Brazil and its creditor banks began in New York":
                     * a country and a group with no name */
                    if (b == NULL)
                      for (guint j = a->end_token + 1; j < hi && j < a->end_token + 6 && b == NULL
                                                       && c->toks[j].kind == BYLINE_TOKEN_WORD
                                                       && !(c->toks[j].flags & BYLINE_TOKEN_CAP);
                           j++)
                        if (_byline_meetings_group_noun (c, j, FALSE))
                          {
                            for (guint w = j + 1; w < hi && w < j + 10 && !c->countries; w++)
                              {
                                const BylineMentionRef *e = byline_mentions_at (c->mentions, w);

                                c->countries = e != NULL && e->first_token == w
                                               && (e->entity->type == BYLINE_ENTITY_DATE
                                                   || e->entity->type == BYLINE_ENTITY_PLACE);
                              }
                            break;
                          }
                  }
                if (b != NULL && b->first_token > a->end_token
                    && (_byline_meetings_is_country (b->entity)
                        || (b->entity->type == BYLINE_ENTITY_ORG && (b->entity->lex == NULL
                                                                    || b->entity->lex->kind != BYLINE_LEX_OUTLET))))
                  /* an event, somewhere or some day ("concluded in Moscow on
                   * Monday"), not a process ("would complicate the negotiations
                   * between China and ASEAN") */
                  for (guint j = b->end_token; j < hi && j < b->end_token + 10 && !c->countries; j++)
                    {
                      const BylineMentionRef *w = byline_mentions_at (c->mentions, j);

                      c->countries = w != NULL && w->first_token == j
                                     && (w->entity->type == BYLINE_ENTITY_DATE || w->entity->type == BYLINE_ENTITY_PLACE);
                    }
              }
            k++;
          }
        /* "met behind closed doors with X", "met privately with X", "met in private
         * with X": the manner, then the partner */
        if (c->toks[t].kind == BYLINE_TOKEN_WORD && is_word (c, k, "behind") && is_word (c, k + 1, "closed")
            && is_word (c, k + 2, "doors") && is_word (c, k + 3, "with"))
          {
            k += 4;
            joint = TRUE;
          }
        else if (c->toks[t].kind == BYLINE_TOKEN_WORD
                 && (is_word (c, k, "privately") || is_word (c, k, "secretly") || is_word (c, k, "briefly")
                     || is_word (c, k, "separately") || is_word (c, k, "informally") || is_word (c, k, "face-to-face"))
                 && is_word (c, k + 1, "with"))
          {
            k += 2;
            joint = TRUE;
          }
        else if (c->toks[t].kind == BYLINE_TOKEN_WORD && is_word (c, k, "in") && (is_word (c, k + 1, "private") || is_word (c, k + 1, "secret"))
                 && is_word (c, k + 2, "with"))
          {
            k += 3;
            joint = TRUE;
          }
        /* "met face to face with X" */
        else if (c->toks[t].kind == BYLINE_TOKEN_WORD && is_word (c, k, "face") && is_word (c, k + 1, "to")
                 && is_word (c, k + 2, "face") && is_word (c, k + 3, "with"))
          {
            k += 4;
            joint = TRUE;
          }
        /* "sat across the table from X" */
        else if (is_word (c, k, "across") && (is_word (c, k + 1, "from") || is_word (c, k + 3, "from")))
          {
            k += is_word (c, k + 1, "from") ? 2 : 4;
            joint = TRUE;
          }
        /* "held talks today with X", "held discussion on Monday with X": past
         * when, then the partner */
        if (k == t + 1 && with_past_time (c, k, hi) != 0)
          {
            k = with_past_time (c, k, hi);
            joint = TRUE;
          }
        if (is_word (c, k, "with"))
          k++;
        /* "agreed to hold a joint meeting of the two governments": the two countries
         * are its sides, not the clause's subjects */
        else if (k == t + 1 && is_word (c, k, "of") && is_word (c, k + 1, "the") && is_word (c, k + 2, "two")
                 && (is_word (c, k + 3, "governments") || is_word (c, k + 3, "countries"))
                 && _byline_meetings_nominal_trigger (c, t))
          {
            g_array_set_size (m->participants, 0);
            subjects = 0;
            k++;
            joint = TRUE;
          }
        /* "talks were held between A and B", "a meeting took place between" */
        else if (_byline_meetings_nominal_trigger (c, t)
                 && (((is_word (c, k, "were") || is_word (c, k, "was")) && is_word (c, k + 1, "held"))
                     || ((is_word (c, k, "took") || is_word (c, k, "takes")) && is_word (c, k + 1, "place")))
                 && is_word (c, k + 2, "between"))
          {
            k += 3;
            joint = TRUE;
          }
        /* "the talks held in Nouakchott last July between A and B": past the
         * talks' place and time */
        else if (_byline_meetings_nominal_trigger (c, t) && _byline_meetings_held_then_between (c, k, hi) != 0)
          {
            /* both sides are after "between": not "Officials recalled the talks" */
            k = _byline_meetings_held_then_between (c, k, hi) + 1;
            g_array_set_size (m->participants, 0);
            subjects = 0;
            joint = TRUE;
          }
        /* "referred to the meeting that X held last Friday at the palace with Y": the
         * relative clause's subject, then its partner */
        /* (and with no word of the clause: "The talks X held with Y", after "the") */
        else if ((is_word (c, k, "that") || is_word (c, k, "which")
                  || (k == t + 1 && t > lo && is_word (c, t - 1, "the") && c->toks[t].kind == BYLINE_TOKEN_WORD
                      && (c->toks[k].flags & BYLINE_TOKEN_CAP)))
                 && _byline_meetings_nominal_trigger (c, t) && _byline_meetings_relative_held_by (c, k, t) != NULL)
          {
            const BylineMentionRef *who = _byline_meetings_relative_held_by (c, k, t);

            for (guint w = who->end_token + 1; w < hi && w < who->end_token + 12; w++)
              {
                if (is_punct (c, w, '.') || is_punct (c, w, ';') || _byline_meetings_trigger_at (c, w, hi) != TRIGGER_NONE)
                  break;
                if (is_word (c, w, "with"))
                  {
                    g_array_set_size (m->participants, 0);
                    _byline_meetings_add_participant (m, who->entity, g_strdup (who->entity->name));
                    subjects = 1;
                    k = w + 1;
                    joint = TRUE;
                    break;
                  }
              }
          }
        /* "a discussion regarding the visit with X": the object, then the partner */
        else if ((is_word (c, k, "regarding") || is_word (c, k, "about") || is_word (c, k, "over"))
                 && _byline_meetings_nominal_trigger (c, t))
          {
            for (guint w = k + 1; w < hi && w < k + 8 && c->toks[w].kind == BYLINE_TOKEN_WORD; w++)
              if (is_word (c, w, "with"))
                {
                  k = w + 1;
                  joint = TRUE;
                  break;
                }
          }
        /* "in a meeting on Monday with X", "talks in Singapore with X": a nominal
         * trigger, a short phrase, then its partner */
        else if (trig != TRIGGER_HOST && c->toks[t].kind == BYLINE_TOKEN_WORD
                 && (is_word (c, k, "on") || is_word (c, k, "in") || is_word (c, k, "at") || is_word (c, k, "last")
                     || is_word (c, k, "earlier") || is_word (c, k, "this") || is_word (c, k, "later")
                     /* "met today in Geneva with X" */
                     || ((is_word (c, k, "today") || is_word (c, k, "yesterday"))
                         && (is_word (c, k + 1, "in") || is_word (c, k + 1, "at")))))
          /* (and "met in Brussels on Wednesday in a trilateral format with X": a
           * place, a day and a manner, past no one named) */
          for (guint j = k + 1; j < hi && j < k + 11; j++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

              if (c->toks[j].kind != BYLINE_TOKEN_WORD && !is_punct (c, j, ',')
                  && !(j >= k + 6 && c->toks[j].kind == BYLINE_TOKEN_NUMBER))
                break;
              if (j >= k + 6 && r != NULL && r->entity->type != BYLINE_ENTITY_PLACE && r->entity->type != BYLINE_ENTITY_DATE)
                break;
              if (j >= k + 6 && _byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE)
                break;
              if (is_word (c, j, "with"))
                {
                  k = j + 1;
                  joint = TRUE;
                  break;
                }
              /* "a trilateral meeting on Monday between A, B and C": both sides
               * after "between", none the clause's subject */
              if (is_word (c, j, "between") && _byline_meetings_nominal_trigger (c, t) && when_or_where_only (c, k, j))
                {
                  g_array_set_size (m->participants, 0);
                  subjects = 0;
                  k = j + 1;
                  joint = TRUE;
                  break;
                }
            }
        /* a trip's other side is its place */
        if (trig == TRIGGER_TRIP)
          k = hi;
        /* "was met at the airport by X", "will be received by X": the agent */
        if (t > lo && (is_word (c, t - 1, "was") || is_word (c, t - 1, "were") || is_word (c, t - 1, "be")
                       || is_word (c, t - 1, "been") || is_word (c, t - 1, "being") || is_word (c, t - 1, "is")
                       || is_word (c, t - 1, "are") || is_word (c, t - 2, "was") || is_word (c, t - 2, "were")))
          /* (past a place and a time: "had been received on his arrival at X
           * International Airport on Tuesday evening by Y") */
          for (guint j = t + 1; j < hi && (j < t + 10 || (j < t + 20 && !is_punct (c, j, ',')))
                                && !is_punct (c, j, '.') && !is_punct (c, j, ';'); j++)
            if (is_word (c, j, "by"))
              {
                k = j + 1;
                break;
              }
        /* "Oman has hosted talks between A and B", "hosted a round of negotiations
         * with": the host gives the place; the talks are A's and B's, read at
         * their own word */
        if (trig == TRIGGER_HOST)
          {
            guint j = k;

            while (j < hi && j < k + 5 && c->toks[j].kind == BYLINE_TOKEN_WORD
                   && _byline_meetings_trigger_at (c, j, hi) == TRIGGER_NONE
                   && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
                   && !is_word (c, j, "for") && !is_word (c, j, "with"))
              j++;
            if (j < hi && (is_word (c, j, "talks") || is_word (c, j, "negotiations") || is_word (c, j, "meeting")
                           || is_word (c, j, "meetings") || is_word (c, j, "summit") || is_word (c, j, "consultations"))
                && (is_word (c, j + 1, "between") || is_word (c, j + 1, "with")))
              {
                byline_meeting_free (m);
                t = j - 1;
                continue;
              }
          }
        /* "delivered a message from President Y to X": the one it is for */
        if (trig == TRIGGER_HOST && is_word (c, t, "delivered"))
          {
            guint j = k;

            while (j < hi && j < k + 16 && !is_word (c, j, "to") && !is_punct (c, j, '.') && !is_punct (c, j, ';'))
              j++;
            k = is_word (c, j, "to") ? j + 1 : hi;
          }
        /* "hosted a dinner for X", "gave a lunch in honour of X" */
        if (trig == TRIGGER_HOST && (is_word (c, k, "a") || is_word (c, k, "an")))
          for (guint j = k + 1; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
            {
              if (is_word (c, j, "for")
                  /* "received a courtesy call from X" */
                  || (is_word (c, j, "from") && is_word (c, j - 1, "call")))
                {
                  k = j + 1;
                  break;
                }
              if (is_word (c, j, "in") && (is_word (c, j + 1, "honor") || is_word (c, j + 1, "honour"))
                  && is_word (c, j + 2, "of"))
                {
                  k = j + 3;
                  break;
                }
            }
        /* "the forum brought together A, B and C": the ones brought, at one
         * table, and the forum no side of its own */
        if (trig == TRIGGER_MEET && k == t + 1 && is_word (c, k, "together"))
          {
            k++;
            for (guint p = m->participants->len; p > 0; p--)
              {
                const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p - 1).entity;

                if (e == NULL || e->type != BYLINE_ENTITY_PERSON)
                  g_array_remove_index (m->participants, p - 1);
              }
            /* "The summit, which A and B will co-chair, will bring together":
             * the hosts its relative clause names */
            for (guint w = lo; w < t && m->participants->len == 0; w++)
              if (is_word (c, w, "which"))
                for (guint q = w + 1; q < t; q++)
                  {
                    const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

                    if (r != NULL && r->first_token == q && r->entity->type == BYLINE_ENTITY_PERSON)
                      {
                        _byline_meetings_add_participant (m, r->entity, _byline_meetings_mention_name (c, r));
                        q = r->end_token - 1;
                      }
                  }
            subjects = m->participants->len;
            c->grouped = TRUE;
          }
        /* "received at his office today the Ambassador of X, Y", "received at Al-Salam
         * Palace in Jeddah on Sunday President Y", "received in audience today X",
         * "received in his office in Riyadh today X", "received on Sunday X": the
         * object past where and when */
        if ((trig == TRIGGER_HOST || trig == TRIGGER_MEET) && k == t + 1
            && (is_word (c, k, "at") || is_word (c, k, "here") || is_word (c, k, "today")
                || is_word (c, k, "yesterday") || is_word (c, k, "in") || is_word (c, k, "on")
                /* "received Monday in Algiers the Malian minister" */
                || (byline_mentions_at (c->mentions, k) != NULL
                    && byline_mentions_at (c->mentions, k)->first_token == k
                    && byline_mentions_at (c->mentions, k)->entity->type == BYLINE_ENTITY_DATE)))
          {
            k = object_past_adjuncts (c, k, hi);
            /* a long title after them has as many words to run */
            adjuncts = k - (t + 1);
          }
        c->object_side = TRUE;
        object = k;
        /* "the Secretary-General of the Cooperation Council for the Arab States
         * of the Gulf (GCC), Dr. X": a title first runs long before its name */
        if (is_word (c, k, "the") && k + 1 < hi && _byline_meetings_role_word (c, k + 1)
            && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
          adjuncts += 8;
        for (guint lim = t + 20 + adjuncts; k < hi && k < lim && taken < 4; k++)
          {
            /* "are set to meet in Sochi next week, Kremlin spokesman X said": the
             * source after the place and time, no side */
            if (k == object && k > t + 1 && is_punct (c, k - 1, ',') && _byline_meetings_trailing_source (c, k, hi))
              break;
            /* "X received him": the person last named as a subject */
            if ((is_word (c, k, "him") || is_word (c, k, "her")) && k == t + 1
                && (trig == TRIGGER_HOST || trig == TRIGGER_MEET) && prev_subject != NULL
                && prev_subject->type == BYLINE_ENTITY_PERSON && s - MIN (s, prev_sentence) <= 2
                && byline_entity_may_be (prev_subject, c->text, &c->toks[k])
                && !_byline_meetings_has_participant (m, prev_subject, NULL))
              {
                _byline_meetings_add_participant (m, prev_subject, g_strdup (prev_subject->name));
                taken++;
                after = k + 1;
                break;
              }
            if (is_word (c, k, "to") && k + 1 < hi && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
              continue;
            /* "the meeting brought together the foreign ministers of ...": who it
             * brought, not "together" */
            if (is_word (c, k, "together") && k > 0
                && (is_word (c, k - 1, "brought") || is_word (c, k - 1, "brings") || is_word (c, k - 1, "bring")
                    || is_word (c, k - 1, "bringing")))
              continue;
            /* "the Ambassador of Japan to the UAE, X" */
            if (is_word (c, k, "to") && is_word (c, k + 1, "the") && k + 2 < hi && (c->toks[k + 2].flags & BYLINE_TOKEN_CAP)
                && taken == 0 && k > t + 2 && (_byline_meetings_role_word (c, k - 3) || (k > t + 4 && _byline_meetings_role_word (c, k - 4))))
              {
                k++;
                continue;
              }
            /* "meet X and attend Y", "hold talks with X and will be received by Y":
             * a second verb, a second meeting */
            if (is_word (c, k, "and") && k + 1 < hi && second_verb_after_and (c, k, hi))
              break;
            /* "Alaska Gov. Elaine Marchetti", "H.E. Dr. X": an abbreviation's or an
             * initial's point */
            if (is_punct (c, k, '.') && k > t + 1
                && ((byline_token_cls (&c->toks[k - 1]) & BYLINE_WORD_ABBREVIATION)
                    || (byline_token_len (&c->toks[k - 1]) == 1 && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP)))
                && k + 1 < hi
                && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
              continue;
            /* "received UK Minister of State for the Middle East X": a title's
             * portfolio after "for", then the person */
            if (taken == 0 && k > object && (is_word (c, k, "for") || is_word (c, k, "to") || is_word (c, k, "on"))
                && title_for_then_person (c, object, k, hi) != 0)
              {
                k = title_for_then_person (c, object, k, hi) - 1;
                continue;
              }
            /* "with X and UN Special Envoy for Syria Y": the next partner's title
             * has its portfolio too */
            if (taken > 0 && (is_word (c, k, "for") || is_word (c, k, "to") || is_word (c, k, "on")))
              {
                guint a = k - 1;

                /* (its body may have been read as a side: "and EU High Representative") */
                while (a > object && a + 8 > k && !is_word (c, a, "and"))
                  a--;
                if (a > object && a + 1 < k && is_word (c, a, "and") && a + 2 >= after
                    && title_for_then_person (c, a + 1, k, hi) != 0)
                  {
                    k = title_for_then_person (c, a + 1, k, hi) - 1;
                    continue;
                  }
              }
            /* "met Speaker A in X and Prime Minister B at Y": a partner's own
             * place, then the next partner */
            if (taken > 0 && (is_word (c, k, "in") || is_word (c, k, "at") || is_word (c, k, "on"))
                && partner_after_place (c, k, hi) != 0)
              {
                const BylineMentionRef *pl = byline_mentions_at (c->mentions, k + 1 + is_word (c, k + 1, "the"));

                if (pl != NULL && pl->entity->type == BYLINE_ENTITY_PLACE && m->participants->len > 0
                    && m->participants->len <= G_N_ELEMENTS (partner_places))
                  partner_places[m->participants->len - 1] = pl->entity;
                k = partner_after_place (c, k, hi) - 1;
                /* and the last partner's own: "... and B in Astana" */
                {
                  guint b = k + 1;

                  while (b < hi && b < k + 10 && !is_word (c, b, "in") && !is_punct (c, b, '.') && !is_punct (c, b, ','))
                    b++;
                  if (is_word (c, b, "in") && byline_mentions_at (c->mentions, b + 1) != NULL
                      && byline_mentions_at (c->mentions, b + 1)->entity->type == BYLINE_ENTITY_PLACE
                      && m->participants->len < G_N_ELEMENTS (partner_places))
                    partner_places[m->participants->len] = byline_mentions_at (c->mentions, b + 1)->entity;
                }
                continue;
              }
            /* "talks between A, who is also the party's leader, and B": past the
             * first side's relative clause to the second */
            if (taken == 1 && is_word (c, k, "who") && is_punct (c, k - 1, ',') && m->participants->len > 0
                && g_array_index (m->participants, BylineParticipant, m->participants->len - 1).entity != NULL)
              {
                guint j = k + 1, between = t + 1;

                while (between < k && !is_word (c, between, "between"))
                  between++;
                while (between < k && j < hi && j < k + 24 && !is_punct (c, j, '.') && !is_punct (c, j, ';')
                       && !(is_punct (c, j, ',') && is_word (c, j + 1, "and")))
                  j++;
                if (between < k && j < hi && is_punct (c, j, ',') && is_word (c, j + 1, "and"))
                  {
                    lim += j - k;
                    k = j;
                    continue;
                  }
              }
            if (is_punct (c, k, '.') || is_punct (c, k, ';') || is_punct (c, k, '-') || is_punct (c, k, 0x2013)
                || is_punct (c, k, 0x2014) || is_word (c, k, "to") || is_word (c, k, "on")
                || is_word (c, k, "in") || is_word (c, k, "at") || is_word (c, k, "for") || is_word (c, k, "who")
                /* "their first meeting as leaders": in what capacity, not with whom */
                || is_word (c, k, "as")
                /* "in a meeting overshadowed by the case of X": what marked the
                 * meeting, not who was at it */
                || _byline_meetings_marked_by (c, k, hi)
                || is_word (c, k, "which") || is_word (c, k, "that") || is_word (c, k, "while") || is_word (c, k, "whereas")
                /* "has welcomed his programme, but her spokesman X told": another clause */
                || (is_word (c, k, "but") && is_punct (c, k - 1, ','))
                /* "sit down with him after the Rwanda game": when, not with whom */
                || (k > t + 1 && (is_word (c, k, "after") || is_word (c, k, "before") || is_word (c, k, "during")
                                  || is_word (c, k, "until") || is_word (c, k, "since")
                                  || (is_word (c, k, "ahead") && is_word (c, k + 1, "of"))))
                /* "gathered outside the Foreign Ministry": where, not with whom */
                || is_word (c, k, "outside") || is_word (c, k, "near") || is_word (c, k, "inside")
                || is_word (c, k, "around") || is_word (c, k, "behind") || is_word (c, k, "opposite"))
              break;
            /* the fronted phrase ends at its comma */
            if (front != 0 && t < front && k >= front)
              break;
            /* "met Z, along with his deputy W": one meeting, W at Z's side */
            if (taken > 0 && along_with (c, k))
              {
                joint = TRUE;
                k++;
                continue;
              }
            /* "a delegation headed by X", "led by Deputy Minister X": its head takes part */
            if (taken > 0 && (is_word (c, k, "headed") || is_word (c, k, "led")) && is_word (c, k + 1, "by"))
              {
                const BylineMentionRef *head = _byline_meetings_person_after_by (c, k + 1);

                if (head != NULL)
                  {
                    BylineParticipant *last = &g_array_index (m->participants, BylineParticipant, m->participants->len - 1);

                    /* "received a delegation of lawmakers led by X", "met separately with
                     * the delegation of A, headed by X, and with ...": the head stands
                     * for the delegation, a person each meeting */
                    if (last->entity == NULL && last->name != NULL && strstr (last->name, "delegation") != NULL
                        && !_byline_meetings_has_participant (m, head->entity, NULL))
                      {
                        g_free (last->name);
                        last->entity = head->entity;
                        last->name = g_strdup (head->entity->name);
                      }
                    else
                      _byline_meetings_add_participant (m, head->entity, g_strdup (head->entity->name));
                    after = head->end_token;
                    /* "between the delegations, led by A and her counterpart B": a head each;
                     * "local officials led by Mayor A and Governor B", "the delegation led
                     * by Foreign Minister A and Presidential Adviser B": both at it */
                    if (is_word (c, head->end_token, "and"))
                      {
                        const BylineMentionRef *other = _byline_meetings_person_after_by (c, head->end_token);

                        if (other != NULL && other->entity != head->entity && other->first_token < head->end_token + 8)
                          {
                            _byline_meetings_add_participant (m, other->entity, g_strdup (other->entity->name));
                            after = other->end_token;
                            break;
                          }
                      }
                    /* "with a delegation led by X, and with another led by Y" */
                    k = head->end_token + (is_punct (c, head->end_token, ',') ? 1 : 0);
                    if (is_word (c, k, "and") && is_word (c, k + 1, "with"))
                      {
                        k++;
                        lim = k + 20;
                        continue;
                      }
                  }
                break;
              }
            /* the list of partners ends at the clause's own verb ("between A and B
             * lasted five hours") or at a trailing source (", a ministry official said") */
            if (taken > 0 && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
                && byline_mentions_at (c->mentions, k) == NULL
                && ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH)
                    || (byline_token_len (&c->toks[k]) > 4 && !(byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE)
                        && ends_with (c, k, "ed"))))
              break;
            if ((taken > 0 || subjects > 0) && is_punct (c, k, ',') && _byline_meetings_trailing_source (c, k + 1, hi))
              break;
            /* "the delegation of the Union of Forces (UFR)": the short name is no
             * other side; "the Secretary-General of the Cooperation Council for
             * the Arab States of the Gulf (GCC), Dr. X": nor the end of the title */
            if ((taken > 0 || k > object) && is_punct (c, k, '(') && k + 2 < hi && (c->toks[k + 1].flags & BYLINE_TOKEN_ALLCAPS))
              {
                guint j = k + 1;

                while (j < hi && j < k + 5 && !is_punct (c, j, ')'))
                  j++;
                if (is_punct (c, j, ')'))
                  {
                    /* (a short name read past is no reach spent on partners) */
                    lim += j + 1 - k;
                    k = j;
                    /* (and the body's part named after it: "of the Communist
                     * Party of China (CPC) Central Committee") */
                    if (k + 1 < hi && byline_mentions_at (c->mentions, k + 1) != NULL
                        && byline_mentions_at (c->mentions, k + 1)->first_token == k + 1
                        && byline_mentions_at (c->mentions, k + 1)->entity->type == BYLINE_ENTITY_ORG)
                      {
                        lim += byline_mentions_at (c->mentions, k + 1)->end_token - (k + 1);
                        k = byline_mentions_at (c->mentions, k + 1)->end_token - 1;
                      }
                    continue;
                  }
              }
            /* "last met in Baku, during a trilateral meeting with Bolivia's foreign
             * minister": an official no one names stands for the country */
            if (k == t + 2 && t > lo + 2 && (is_word (c, t - 2, "during") || is_word (c, t - 3, "during"))
                && is_word (c, t, "meeting") && byline_mentions_at (c->mentions, k) != NULL)
              {
                const BylineMentionRef *cr = byline_mentions_at (c->mentions, k);
                guint j = cr->end_token + 1;

                if (cr->first_token == k && _byline_meetings_is_country (cr->entity) && cr->end_token + 1 < hi
                    && c->toks[cr->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
                  {
                    while (j < hi && j < cr->end_token + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD
                           && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
                           && !is_word (c, j, "that") && !is_word (c, j, "who") && !is_word (c, j, "which"))
                      j++;
                    if (j > cr->end_token + 1 && _byline_meetings_role_word (c, j - 1) && (j >= hi || byline_mentions_at (c->mentions, j) == NULL))
                      {
                        _byline_meetings_add_participant (m, cr->entity, g_strdup (cr->entity->name));
                        taken++;
                        k = j - 1;
                        after = j;
                        continue;
                      }
                  }
              }
            /* "held talks with Azerbaijan's President and with Foreign Minister X": an
             * office no one names stands for its country, and "and with" tells of a
             * meeting with each */
            if (c->toks[k].kind == BYLINE_TOKEN_WORD && (c->toks[k].flags & BYLINE_TOKEN_CAP)
                && byline_mentions_at (c->mentions, k) != NULL)
              {
                const BylineMentionRef *cr = byline_mentions_at (c->mentions, k);
                guint j = cr->end_token + 1;

                if (cr->first_token == k && _byline_meetings_is_country (cr->entity) && cr->end_token + 2 < hi
                    && c->toks[cr->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
                  {
                    while (j < hi && j < cr->end_token + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && !is_word (c, j, "and")
                           && byline_mentions_at (c->mentions, j) == NULL)
                      j++;
                    if (j > cr->end_token + 1 && _byline_meetings_role_word (c, j - 1) && is_word (c, j, "and") && is_word (c, j + 1, "with")
                        && !_byline_meetings_has_participant (m, cr->entity, NULL))
                      {
                        _byline_meetings_add_participant (m, cr->entity, g_strdup (cr->entity->name));
                        taken++;
                        joint = FALSE;
                        each_with = TRUE;
                        k = j + 1;
                        after = j;
                        continue;
                      }
                  }
              }
            /* "the Secretary-General of the OSCE (OSCE), Dr. X": the body a
             * title first is of is the person's, no side of its own */
            if (taken == 0 && k > object + 1 && body_of_title_then_name (c, object, k, hi) != 0)
              {
                k = body_of_title_then_name (c, object, k, hi) - 1;
                continue;
              }
            guint had = m->participants->len;

            if (_byline_meetings_participant_at (c, k, hi, m, &end))
              {
                /* (a body read as the affiliation of the person after it adds no one) */
                taken += m->participants->len > had;
                k = end - 1;
                /* an apposition: "Pak Thae Song, chairman of the SPA,", "Ms. Ana
                 * Ruiz, the Chilean ambassador," */
                if (is_punct (c, end, ',') && end + 1 < hi && !title_then_person (c, end + 1, hi)
                    && (_byline_meetings_role_word (c, end + 1)
                        || (m->participants->len > 0
                            && g_array_index (m->participants, BylineParticipant, m->participants->len - 1).entity != NULL
                            && g_array_index (m->participants, BylineParticipant, m->participants->len - 1).entity->type
                                 == BYLINE_ENTITY_PERSON
                            && described_role (c, end + 1, hi))))
                  {
                    guint j = end + 1;
                    while (j < hi && !is_punct (c, j, ','))
                      j++;
                    k = j;
                  }
                after = k + 1;
              }
          }
      }

    located:
      /* a visit to a country whose hosts are not named: a meeting with that country */
      if (trig == TRIGGER_TRIP && (is_word (c, t + 1, "by") || is_word (c, t + 1, "of")))
        {
          /* "a visit by X to Y": X is the visitor, whoever the sentence is about;
           * but "a tour of Kenya" names no one after "of" */
          const BylineMentionRef *by = _byline_meetings_person_after_by (c, t + 1);

          if (by != NULL)
            {
              g_array_set_size (m->participants, 0);
              _byline_meetings_add_participant (m, by->entity, g_strdup (by->entity->name));
              subjects = 1;
            }
        }
      /* "he had invited his Saudi counterpart to visit Warsaw": the one invited is
       * the visitor */
      if (trig == TRIGGER_TRIP && t > lo + 2 && is_word (c, t - 1, "to") && m->participants->len == subjects)
        for (guint j = t - 2; j > lo && j + 8 > t; j--)
          if (is_word (c, j - 1, "invited") || is_word (c, j - 1, "invite") || is_word (c, j - 1, "invites")
              || is_word (c, j - 1, "inviting"))
            {
              BylineMeeting *probe = _byline_meeting_new ();
              const BylineMentionRef *invited = byline_mentions_at (c->mentions, t - 2);
              guint e2 = 0;

              c->object_side = TRUE;
              /* a person by name ("Egyptian President X"), or one the words stand for */
              if (invited != NULL && invited->end_token == t - 1 && invited->first_token >= j
                  && invited->entity->type == BYLINE_ENTITY_PERSON)
                _byline_meetings_add_participant (probe, invited->entity, g_strdup (invited->entity->name));
              else if (!(_byline_meetings_participant_at (c, j, t - 1, probe, &e2) && e2 == t - 1))
                g_array_set_size (probe->participants, 0);
              if (probe->participants->len == 1)
                {
                  const BylineParticipant *v = &g_array_index (probe->participants, BylineParticipant, 0);

                  g_array_set_size (m->participants, 0);
                  _byline_meetings_add_participant (m, v->entity, g_strdup (v->name));
                  subjects = 1;
                }
              c->object_side = FALSE;
              byline_meeting_free (probe);
              break;
            }
      /* "a trip to Vientiane by Son in March", "the first visit to Japan by a
       * Kenyan president, X": the traveller after "by" */
      if (trig == TRIGGER_TRIP && (is_word (c, t, "trip") || is_word (c, t, "visit") || is_word (c, t, "tour")))
        {
          const BylineMentionRef *who = trip_by (c, t);

          if (who != NULL && who->entity->type == BYLINE_ENTITY_PERSON)
            {
              g_array_set_size (m->participants, 0);
              _byline_meetings_add_participant (m, who->entity, g_strdup (who->entity->name));
              subjects = 1;
            }
        }
      if (trig == TRIGGER_TRIP && subjects >= 1 && m->participants->len == subjects)
        {
          const BylineMentionRef *pr = _byline_meetings_trip_place (c, t);
          const BylineEntity *visitor = g_array_index (m->participants, BylineParticipant, 0).entity;
          const char *country = pr->entity->lex->kind == BYLINE_LEX_COUNTRY ? pr->entity->name
                                                                           : pr->entity->lex->country_name;

          /* not a trip home */
          if (visitor == NULL || visitor->type != BYLINE_ENTITY_PERSON
              || (visitor->affiliation != NULL && g_str_equal (visitor->affiliation, country)))
            {
              byline_meeting_free (m);
              continue;
            }
          _byline_meetings_add_participant (m, pr->entity->lex->kind == BYLINE_LEX_COUNTRY ? pr->entity : NULL, g_strdup (country));
          m->trip = TRUE;
          after = MAX (after, pr->end_token);
          /* "will travel to Rio in February for the G20 Foreign Ministers' Meeting":
           * a trip to a gathering is a meeting with the gathering, not with the
           * country that hosts it */
          {
            guint g = gathering_after (c, pr->end_token, hi);

            if (g != 0)
              {
                BylineParticipant *side = &g_array_index (m->participants, BylineParticipant, m->participants->len - 1);
                guint g_first = g & 0xffff, g_end = g >> 16;

                g_free (side->name);
                side->entity = NULL;
                side->name = span_text (c, g_first, g_end);
                m->trip = FALSE;
                after = MAX (after, g_end);
              }
          }
          /* "will travel to Port Sudan on Friday to brief the army chief, General X":
           * whom the trip is to see, when the verb is no meeting word of its own */
          for (guint j = after; j + 2 < hi && j < after + 8; j++)
            {
              if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP))
                continue;
              if (is_word (c, j, "to") && (is_word (c, j + 1, "brief") || is_word (c, j + 1, "consult")
                                            || is_word (c, j + 1, "lobby") || is_word (c, j + 1, "see")
                                            || is_word (c, j + 1, "press") || is_word (c, j + 1, "court")))
                {
                  guint e2 = 0;

                  /* a person past a title ("army chief General X"), or a group */
                  for (guint q = j + 2; q < hi && q < j + 8; q++)
                    {
                      const BylineMentionRef *pr2 = byline_mentions_at (c->mentions, q);

                      if (pr2 != NULL && pr2->first_token == q && pr2->entity->type == BYLINE_ENTITY_PERSON)
                        {
                          _byline_meetings_add_participant (m, pr2->entity, g_strdup (pr2->entity->name));
                          after = MAX (after, pr2->end_token);
                          e2 = pr2->end_token;
                          break;
                        }
                      if (c->toks[q].kind != BYLINE_TOKEN_WORD || is_word (c, q, "on") || is_word (c, q, "about")
                          || is_word (c, q, "to") || is_word (c, q, "and"))
                        break;
                    }
                  c->object_side = TRUE;
                  if (e2 == 0 && _byline_meetings_participant_at (c, j + 2, hi, m, &e2))
                    after = MAX (after, e2);
                  break;
                }
              if (_byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE)
                break;
            }
          /* "will travel to Nairobi and Kampala": a trip to each city */
          if (pr->entity->lex->kind != BYLINE_LEX_COUNTRY)
            for (guint j = pr->end_token; j + 1 < hi && n_more < G_N_ELEMENTS (more_places)
                                          && (is_punct (c, j, ',') || is_word (c, j, "and"));)
              {
                guint k2 = is_punct (c, j, ',') && is_word (c, j + 1, "and") ? j + 2 : j + 1;
                const BylineMentionRef *r2 = byline_mentions_at (c->mentions, k2);

                if (r2 == NULL || r2->first_token != k2 || r2->entity->type != BYLINE_ENTITY_PLACE
                    || r2->entity->lex == NULL || r2->entity->lex->kind == BYLINE_LEX_COUNTRY
                    || r2->entity->lex->country_name == NULL || r2->entity == pr->entity)
                  break;
                more_places[n_more++] = r2->entity;
                j = r2->end_token;
                after = MAX (after, j);
              }
          /* "arrived in Dushanbe on a state visit at the invitation of President X":
           * the host who invited, met on the visit */
          for (guint j = lo; j + 2 < hi; j++)
            if (is_word (c, j, "invitation") && is_word (c, j + 1, "of"))
              {
                const BylineMentionRef *host = _byline_meetings_person_after_by (c, j + 1);

                if (host == NULL)
                  {
                    /* past "the President of the Republic of X" */
                    for (guint k = j + 2; k < hi && k < j + 14 && host == NULL; k++)
                      {
                        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

                        if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
                          host = r;
                        else if (c->toks[k].kind != BYLINE_TOKEN_WORD || !((c->toks[k].flags & BYLINE_TOKEN_CAP)
                                                                           || is_word (c, k, "of") || is_word (c, k, "the")))
                          break;
                      }
                  }
                /* before the country, which stays last: a meeting with the hosts told
                 * elsewhere tells this trip */
                if (host != NULL && host->entity != visitor && m->participants->len == 2)
                  {
                    BylineParticipant inviter = { host->entity, g_strdup (host->entity->name) };

                    g_array_insert_val (m->participants, 1, inviter);
                  }
                break;
              }
          /* "toured Vietnam and Laos", "to Cuba, Mexico and Brazil": a meeting with each */
          for (guint j = pr->end_token; j + 1 < hi && (is_punct (c, j, ',') || is_word (c, j, "and"));)
            {
              const BylineMentionRef *more = byline_mentions_at (c->mentions, is_word (c, j + 1, "and") ? j + 2 : j + 1);

              if (more == NULL || more->entity->type != BYLINE_ENTITY_PLACE || more->entity->lex == NULL
                  || more->entity->lex->kind != BYLINE_LEX_COUNTRY)
                break;
              _byline_meetings_add_participant (m, more->entity, g_strdup (more->entity->name));
              c->countries = TRUE;
              after = j = more->end_token;
            }
        }
      c->object_side = FALSE;
      /* "have never met", "did not meet", "refused to meet", "had no plans to meet",
       * "cancelled his meeting with": a meeting that is not */
      /* (past an owner's name and title: "called off Secretary of State Mike
       * Pompeo's planned trip") */
      guint deny_from = t > 6 ? t - 6 : 0;

      for (guint k = t; k > lo && k + 4 > t; k--)
        if (c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE && k >= 2 && byline_mentions_at (c->mentions, k - 2) != NULL)
          {
            guint owner = byline_mentions_at (c->mentions, k - 2)->first_token;

            deny_from = MIN (deny_from, owner > 6 ? owner - 6 : 0);
            break;
          }
      if (negated (c, MAX (clause, deny_from), t))
        g_array_set_size (m->participants, 0);
      /* "Asked whether the Secretary-General would meet X", "it was unclear whether
       * they would meet": a question, not a meeting; "denied reports that X had
       * met Y": a meeting denied */
      for (guint k = t > lo + 8 ? t - 8 : lo; k < t && m->participants->len > 0; k++)
        if (is_word (c, k, "whether"))
          g_array_set_size (m->participants, 0);
      /* "there was no sign of formal talks between the two", "no meeting took place" */
      for (guint k = t > lo + 4 ? t - 4 : lo; k < t && m->participants->len > 0; k++)
        if (is_word (c, k, "no") && c->toks[t].kind == BYLINE_TOKEN_WORD && _byline_meetings_nominal_trigger (c, t))
          {
            gboolean plain = TRUE;

            for (guint j = k + 1; j < t && plain; j++)
              plain = c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                      && byline_mentions_at (c->mentions, j) == NULL;
            if (plain)
              g_array_set_size (m->participants, 0);
          }
      /* "A planned meeting between X and Y was cancelled", "... was called off" */
      if (m->participants->len > 0 && _byline_meetings_nominal_trigger (c, t) && _byline_meetings_called_off (c, t, hi))
        g_array_set_size (m->participants, 0);
      for (guint k = t > lo + 16 ? t - 16 : lo; k + 1 < t && m->participants->len > 0; k++)
        if ((is_word (c, k, "denied") || is_word (c, k, "denies") || is_word (c, k, "deny")
             /* "dismissed reports that she would meet X", "rejected claims that" */
             || is_word (c, k, "dismissed") || is_word (c, k, "dismisses") || is_word (c, k, "rejected")
             || is_word (c, k, "rejects"))
            && (is_word (c, k + 1, "reports") || is_word (c, k + 1, "that") || is_word (c, k + 1, "claims")
                || is_word (c, k + 1, "rumours") || is_word (c, k + 1, "rumors")
                /* "dismissed as "baseless" media reports that" */
                || (is_word (c, k + 1, "as") && reports_within (c, k + 2, t))))
          g_array_set_size (m->participants, 0);
      /* "X met Y in a phone call": talks, but not a meeting; but a relative clause
       * closed before the verb is another time's ("X, who had spoken with Y by
       * phone, met Z") */
      guint remote_from = clause;

      for (guint k = clause; k + 2 < t; k++)
        {
          guint close = relative_close (c, k, t);

          if (close != 0)
            remote_from = close;
        }
      /* (up to the end of the clause: "would meet Y at the summit after a
       * telephone conversation" is face to face) */
      guint remote_to = MIN (hi, after);

      /* "discussed cooperation against the disease (Covid-19) in a telephone
       * conversation": the clause's own way of talking, past a long object */
      /* (a clause of a few dozen words: a text with no stops stays linear) */
      while (remote_to < hi && remote_to < after + 40 && !is_punct (c, remote_to, ',') && !is_punct (c, remote_to, ';')
             && !is_word (c, remote_to, "after") && !is_word (c, remote_to, "before") && !is_word (c, remote_to, "while")
             && !is_word (c, remote_to, "when") && !is_word (c, remote_to, "since") && !is_word (c, remote_to, "but"))
        remote_to++;
      if (m->participants->len >= 2 && trig != TRIGGER_TRIP && _byline_meetings_remote (c, remote_from, remote_to)
          /* but "agreed by phone to hold their first face-to-face meeting" is one */
          && !(t > lo && (is_word (c, t - 1, "face-to-face") || is_word (c, t - 1, "in-person"))))
        g_array_set_size (m->participants, 0);
      /* "The King granted an audience to the ambassadors of A and B", the King not
       * named: not A meeting B */
      if (subjects == 0 && is_word (c, t, "audience") && is_word (c, t + 1, "to"))
        g_array_set_size (m->participants, 0);
      /* "... is expected to meet A and B" with the subject unknown: not A meeting B */
      if (subjects == 0 && m->participants->len >= 2 && !joint && c->toks[t].kind == BYLINE_TOKEN_WORD
          && !_byline_meetings_nominal_trigger (c, t) && !is_word (c, t + 1, "between") && !_byline_meetings_pair_noun (c, t)
          && (is_word (c, t, "met") || is_word (c, t, "meet") || is_word (c, t, "meets") || is_word (c, t, "received")
              || is_word (c, t, "hosted") || is_word (c, t, "welcomed") || is_word (c, t, "visited")
              || is_word (c, t, "greeted") || is_word (c, t, "receive") || is_word (c, t, "host")))
        g_array_set_size (m->participants, 0);
      /* "the programme includes meeting A and B": a gerund with its object, no one
       * who meets */
      /* (not "a trilateral meeting on Monday between A, B and C") */
      if (subjects == 0 && m->participants->len >= 2 && is_word (c, t, "meeting") && t + 1 < hi && !joint
          && !is_word (c, t + 1, "with") && !is_word (c, t + 1, "between") && !is_word (c, t + 1, "of")
          && t > lo && c->toks[t - 1].kind == BYLINE_TOKEN_WORD && !is_word (c, t - 1, "a")
          && !is_word (c, t - 1, "the"))
        g_array_set_size (m->participants, 0);
      /* "A and B held a lunch ahead of a gathering of ministers from 22 nations":
       * the gathering is the group's own meeting */
      g_autofree char *frame_group = NULL;

      if (c->toks[t].kind == BYLINE_TOKEN_WORD && is_word (c, t + 1, "of"))
        {
          char *counted = _byline_meetings_counted_gathering (c, t, hi);

          /* the pair of the main clause met too: their own meeting, below */
          if (counted != NULL && m->participants->len >= 2)
            {
              /* not one of the pair's partners */
              for (guint p = m->participants->len; p > 0; p--)
                if (g_array_index (m->participants, BylineParticipant, p - 1).entity == NULL
                    && g_strcmp0 (g_array_index (m->participants, BylineParticipant, p - 1).name, counted) == 0)
                  g_array_remove_index (m->participants, p - 1);
              frame_group = counted;
            }
          else if (counted != NULL)
            {
              g_array_set_size (m->participants, 0);
              _byline_meetings_add_participant (m, NULL, counted);
            }
        }
      /* "EC farm ministers are expected to decide it at a meeting in X", "will
       * attend a meeting": the body's people the clause opens with are at the
       * meeting, a meeting among themselves */
      gboolean at_meeting = FALSE;

      if (m->participants->len <= 1 && subjects <= 1 && t > clause + 3)
        {
          guint d = t - 1;

          while (d > clause + 1 && d + 4 > t && c->toks[d].kind == BYLINE_TOKEN_WORD
                 && !(c->toks[d].flags & BYLINE_TOKEN_CAP) && !is_one_of (c, d, (const char *const[]) { "a", "an", "the", NULL }))
            d--;
          at_meeting = is_one_of (c, d, (const char *const[]) { "a", "an", "the", NULL })
                       && is_one_of (c, d - 1, (const char *const[]) { "at", "attend", "attends", "attended", "attending", NULL })
                       && _byline_meetings_nominal_trigger (c, t);
          if (at_meeting && m->participants->len == 0
              && (_byline_meetings_group_noun (c, clause + 1, TRUE) || _byline_meetings_group_noun (c, clause + 2, TRUE)))
            {
              guint gend = 0;

              c->object_side = FALSE;
              if (_byline_meetings_participant_at (c, clause, t, m, &gend))
                subjects = m->participants->len;
            }
        }
      /* a gathering of one party, with no one else named: "the APEC summit will take
       * place in Shanghai", "a gathering of foreign ministers from 22 nations" */
      if (m->participants->len < 2)
        {
          const BylineEntity *owner = NULL;
          g_autofree char *owner_name = NULL;
          const BylineParticipant *one = m->participants->len == 1 ? &g_array_index (m->participants, BylineParticipant, 0)
                                                                    : NULL;

          /* "X opened the G20 summit", "chaired the ASEAN Summit": the one who
           * leads it is at it */
          const BylineEntity *leader = _byline_meetings_gathering_leader (c, clause, t);

          gboolean led = leader != NULL
                         && (one == NULL || one->entity == leader || (one->entity != NULL && one->entity->type != BYLINE_ENTITY_PERSON));

          /* "ASEAN leaders are scheduled to meet", "foreign ministers gathered": a
           * group that meets among itself */
          if (one != NULL && subjects == 1 && one->entity != NULL
              && g_strcmp0 (one->name, one->entity->name) != 0 && one->entity->type == BYLINE_ENTITY_ORG
              && ((trig == TRIGGER_MEET && !_byline_meetings_nominal_trigger (c, t)) || at_meeting))
            ;
          /* (and "EC farm ministers will attend a meeting": a body's short name
           * in capitals, then its people) */
          else if (one != NULL && subjects == 1 && one->entity == NULL && at_meeting && body_people_name (one->name))
            ;
          else if (led && _byline_meetings_gathering_of (c, t, hi, &owner, &owner_name))
            {
              g_array_set_size (m->participants, 0);
              _byline_meetings_add_participant (m, leader, g_strdup (leader->name));
              _byline_meetings_add_participant (m, owner, g_steal_pointer (&owner_name));
            }
          else if (_byline_meetings_gathering_of (c, t, hi, &owner, &owner_name)
              && (m->participants->len == 0
                  || (owner != NULL && g_array_index (m->participants, BylineParticipant, 0).entity == owner)
                  /* "the bank convened its committee": the convener is no side */
                  || (is_word (c, t, "convene") || is_word (c, t, "convened") || is_word (c, t, "convenes")
                      || is_word (c, t, "convening"))
                  || (owner == NULL && g_strcmp0 (g_array_index (m->participants, BylineParticipant, 0).name,
                                                  owner_name) == 0)))
            {
              g_array_set_size (m->participants, 0);
              _byline_meetings_add_participant (m, owner, g_steal_pointer (&owner_name));
              /* "He told the APEA annual conference that ...": the one who spoke at it */
              for (guint j = t; j > lo + 2 && j + 8 > t && owner != NULL; j--)
                {
                  const BylineMentionRef *r = byline_mentions_at (c->mentions, j - 1);
                  const BylineEntity *who;

                  if (r == NULL || r->entity != owner || r->first_token < lo + 2 || !is_word (c, r->first_token - 1, "the"))
                    continue;
                  if ((who = _byline_meetings_speaker_at_gathering (c, lo, r->first_token - 2, cl->topic)) != NULL)
                    _byline_meetings_add_participant (m, who, g_strdup (who->name));
                  break;
                }
            }
          else
            {
              byline_meeting_free (m);
              t = MAX (t, after);
              continue;
            }
        }
      for (guint k = clause; k < t; k++)
        if (is_word (c, k, "recently") || is_word (c, k, "recent") || is_word (c, k, "previous")
            || is_word (c, k, "previously") || is_word (c, k, "earlier")
            || ((is_word (c, k, "who") || is_word (c, k, "which") || is_word (c, k, "where")) && !relative_closed (c, k, t))
            || is_word (c, k, "once") || is_word (c, k, "formerly") || is_word (c, k, "last"))
          m->background = TRUE;
      /* "Since then, they have held talks in Tokyo": meetings of other times */
      if (is_word (c, lo, "since") && clause > lo)
        m->background = TRUE;
      /* "The two ministers had met in Lima", "had already held talks": the past
       * perfect tells of a meeting before the story's */
      if ((byline_token_cls (&c->toks[t]) & BYLINE_WORD_PAST)
          && ((t > clause && is_word (c, t - 1, "had"))
              || (t > clause + 1 && is_word (c, t - 2, "had") && is_word (c, t - 1, "already"))))
        m->background = TRUE;
      else if (t > clause + 1 && is_word (c, t - 2, "had") && (byline_token_cls (&c->toks[t - 1]) & BYLINE_WORD_PAST)
               && c->toks[t].kind == BYLINE_TOKEN_WORD && !(c->toks[t].flags & BYLINE_TOKEN_CAP))
        m->background = TRUE;
      /* "X first met Y in 2019": a meeting of another time */
      if (t > clause && is_word (c, t - 1, "first") && (is_word (c, t, "met") || is_word (c, t, "visited")))
        m->background = TRUE;
      for (guint k = MAX (clause, t > 3 ? t - 3 : 0); k < t; k++)
        if (is_word (c, k, "also") || is_word (c, k, "later") || is_word (c, k, "separately")
            || is_word (c, k, "then") || is_word (c, k, "subsequently"))
          m->also = TRUE;
      /* "A and B also held a separate one-on-one meeting before the summit": a
       * meeting held apart, though its noun stands further on */
      for (guint k = MAX (clause, t > 6 ? t - 6 : 0); k < t; k++)
        if (is_word (c, k, "separate") || is_word (c, k, "one-on-one")
            || (is_word (c, k, "also") && (is_word (c, k + 1, "held") || is_word (c, k + 1, "had") || is_word (c, k + 1, "hold"))))
          m->apart = TRUE;
      /* "..., where she was due to meet X, but the trip was called off", "but the
       * event, where they were to hold talks, was cancelled": the plan undone */
      gboolean in_relative = FALSE;

      /* (not "X, who last met Y in February, had planned a trip ..., but the
       * trip was called off": the meeting of the relative clause stands) */
      for (guint k = t; k > lo + 1 && k + 12 > t && !is_punct (c, k - 1, ','); k--)
        in_relative = in_relative || ((is_word (c, k - 1, "who") || is_word (c, k - 1, "which")) && is_punct (c, k - 2, ','));
      for (guint k = t + 1; k + 3 < hi && k < t + 40 && m->participants->len > 0 && !in_relative; k++)
        if (is_word (c, k, "but") && (is_word (c, k + 1, "the") || is_word (c, k + 1, "that"))
            && is_one_of (c, k + 2, (const char *const[]) { "trip", "visit", "event", "meeting", "talks", "summit",
                                                             "forum", "tour", "journey", "conference", NULL })
            && _byline_meetings_called_off (c, k + 2, hi))
          g_array_set_size (m->participants, 0);
      /* "Trump, who had been expected to hold his first meeting with Zelensky in
       * Warsaw, cancelled his trip": a plan in the relative clause, undone by the
       * main clause's verb */
      if (in_relative && m->participants->len > 0 && m->status != BYLINE_MEETING_HAPPENED)
        {
          gboolean expected = FALSE;

          for (guint k = t; k > lo + 1 && k + 12 > t && !is_punct (c, k - 1, ','); k--)
            expected = expected || is_one_of (c, k - 1, (const char *const[]) { "expected", "due", "scheduled", "planned",
                                                                                 "set", "supposed", NULL });
          for (guint k = t + 1; k + 2 < hi && k < t + 20 && expected; k++)
            if (is_punct (c, k, ','))
              {
                guint v = k + 1 + (is_word (c, k + 1, "has") || is_word (c, k + 1, "had"));

                if (is_one_of (c, v, (const char *const[]) { "cancelled", "canceled", "postponed", "scrapped", NULL })
                    || (is_word (c, v, "called") && is_word (c, v + 1, "off")))
                  g_array_set_size (m->participants, 0);
                break;
              }
        }
      /* place, date and topics near the trigger, however long the sentence, but not
       * past ", and ... will meet again in Dhaka": another meeting's clause */
      {
        guint near_hi = MIN (hi, t + 48);
        guint resume = 0, resume_hi = near_hi;

        /* "..., which arrived on Friday": a relative clause about someone else's time;
         * but the clause goes on after it: "met X, who is here for the summit, in
         * Beijing on Tuesday" */
        for (guint k = after; k + 1 < near_hi; k++)
          if (is_punct (c, k, ',') && (is_word (c, k + 1, "which") || is_word (c, k + 1, "who")
                                       || is_word (c, k + 1, "whose"))
              /* (but "The meeting between A and B, which took place in Geneva": the
               * meeting's own place and time) */
              && !(is_word (c, k + 1, "which") && _byline_meetings_nominal_trigger (c, t)
                   && ((is_word (c, k + 2, "took") && is_word (c, k + 3, "place"))
                       || ((is_word (c, k + 2, "was") || is_word (c, k + 2, "were")) && is_word (c, k + 3, "held")))))
            {
              for (guint j = k + 2; j < near_hi && j < k + 20 && !is_punct (c, j, '.') && !is_punct (c, j, ';'); j++)
                if (is_punct (c, j, ','))
                  {
                    if (is_word (c, j + 1, "in") || is_word (c, j + 1, "on") || is_word (c, j + 1, "at"))
                      resume = j + 1;
                    break;
                  }
              near_hi = k;
              break;
            }

        for (guint k = after; k + 1 < near_hi; k++)
          if ((is_punct (c, k, ',') || is_punct (c, k, ';') || is_word (c, k, "and"))
              && (is_word (c, k + 1, "and") || is_word (c, k + 1, "the") || is_word (c, k + 1, "they")
                  || is_word (c, k + 1, "he") || is_word (c, k + 1, "she") || is_word (c, k + 1, "while")))
            {
              guint j;

              for (j = k + 1; j < near_hi && j < k + 10; j++)
                if (_byline_meetings_trigger_at (c, j, hi) != TRIGGER_NONE)
                  break;
              if (j < near_hi && j < k + 10)
                {
                  near_hi = k;
                  break;
                }
            }
        /* a relative clause has its own time: "Zarif, who recently led talks with ..." does
         * not take the main clause's "on Wednesday" */
        _byline_meetings_find_place_and_date (c, m, relative ? clause : MAX (lo, t > 48 ? t - 48 : 0), near_hi, t);
        /* (what the clause tells after the relative one, where the first reading
         * found nothing: its place, its day) */
        if (resume != 0 && (m->place == NULL || m->time_text == NULL))
          {
            BylineMeeting *after_relative = _byline_meeting_new ();

            _byline_meetings_find_place_and_date (c, after_relative, resume, MIN (resume_hi, resume + 8), t);
            if (m->place == NULL && after_relative->place != NULL)
              {
                m->place = after_relative->place;
                m->place_name = g_strdup (after_relative->place_name);
              }
            if (m->time_text == NULL && after_relative->time_text != NULL)
              {
                m->date = after_relative->date;
                m->time_text = g_strdup (after_relative->time_text);
              }
            byline_meeting_free (after_relative);
          }
        /* "they have held talks in Tokyo, Osaka and on the margins of the summit in
         * Rome": a meeting in each place of the list */
        if (m->place != NULL && !m->trip)
          for (guint k = t + 1; k + 1 < near_hi && k < t + 8; k++)
            {
              const BylineMentionRef *p0 = byline_mentions_at (c->mentions, k + 1);

              if (!is_word (c, k, "in") || p0 == NULL || p0->first_token != k + 1 || p0->entity != m->place)
                continue;
              for (guint j = p0->end_token; j + 1 < near_hi && n_list < G_N_ELEMENTS (list_places)
                                            && (is_punct (c, j, ',') || is_word (c, j, "and"));)
                {
                  guint q = j + 1 + (is_punct (c, j, ',') && is_word (c, j + 1, "and"));
                  const BylineMentionRef *pn = byline_mentions_at (c->mentions, q);

                  /* "and on the margins of the G20 summit in Rome" */
                  if ((pn == NULL || pn->first_token != q) && is_word (c, q - 1, "and"))
                    for (guint w = q; w + 1 < near_hi && w < q + 12
                                      && (c->toks[w].kind == BYLINE_TOKEN_WORD || c->toks[w].kind == BYLINE_TOKEN_NUMBER); w++)
                      {
                        /* (not past a partner: "and Foreign Minister Y in Astana") */
                        if (byline_mentions_at (c->mentions, w) != NULL
                            && byline_mentions_at (c->mentions, w)->entity->type == BYLINE_ENTITY_PERSON)
                          break;
                        if (is_word (c, w, "in"))
                          {
                            q = w + 1;
                            pn = byline_mentions_at (c->mentions, q);
                            break;
                          }
                      }
                  if (pn == NULL || pn->first_token != q || pn->entity->type != BYLINE_ENTITY_PLACE
                      || pn->entity == m->place || (pn->entity->lex != NULL && pn->entity->lex->kind == BYLINE_LEX_COUNTRY))
                    break;
                  list_places[n_list++] = pn->entity;
                  j = pn->end_token;
                  after = MAX (after, j);
                }
              break;
            }
        /* "back from New York where he attended X": a place right before "where"
         * and the clause's subject is the meeting's, whatever came before */
        for (guint k = t; k > lo + 1 && k + 4 > t; k--)
          if (is_word (c, k - 1, "where"))
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 2);

              if (r != NULL && r->end_token == k - 1 && r->entity->type == BYLINE_ENTITY_PLACE && m->place != r->entity
                  && (is_word (c, k, "he") || is_word (c, k, "she") || is_word (c, k, "they")))
                {
                  m->place = r->entity;
                  g_free (m->place_name);
                  m->place_name = g_strdup (r->entity->name);
                }
              break;
            }
        /* "to visit Kunming, where she will meet X": the place before "where" */
        if (m->place == NULL)
          for (guint k = t; k > lo + 2 && k + 12 > t; k--)
            if (is_word (c, k - 1, "where") && is_punct (c, k - 2, ','))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 3);

                /* past the day of getting there: "to Doha on Thursday, where", "to the
                 * Hill last month, where" */
                if (r != NULL && r->entity->type == BYLINE_ENTITY_DATE && r->first_token > lo + 1)
                  {
                    guint j = r->first_token - is_word (c, r->first_token - 1, "on");
                    const BylineMentionRef *p = byline_mentions_at (c->mentions, j - 1);

                    if (p != NULL && p->end_token == j && p->entity->type == BYLINE_ENTITY_PLACE)
                      {
                        m->place = p->entity;
                        m->place_name = g_strdup (p->entity->name);
                        break;
                      }
                  }

                /* past an apposition: "visit Kunming, capital of Yunnan Province, where" */
                for (guint j = k - 3; j > lo + 1 && j + 12 > k; j--)
                  {
                    const BylineMentionRef *v = byline_mentions_at (c->mentions, j);

                    if (v != NULL && v->first_token == j && v->entity->type == BYLINE_ENTITY_PLACE
                        && is_punct (c, v->end_token, ',')
                        && (is_word (c, j - 1, "visit") || is_word (c, j - 1, "visiting") || is_word (c, j - 1, "to")
                            || is_word (c, j - 1, "in")))
                      {
                        r = v;
                        break;
                      }
                  }
                if (r != NULL && (r->end_token == k - 2 || is_punct (c, r->end_token, ','))
                    && r->entity->type == BYLINE_ENTITY_PLACE)
                  {
                    m->place = r->entity;
                    m->place_name = g_strdup (r->entity->name);
                  }
                break;
              }
      }
      if (m->trip)
        {
          const BylineMentionRef *pr = _byline_meetings_trip_place (c, t);

          if (m->place == NULL || m->place == pr->entity
              || (m->place->lex != NULL && m->place->lex->kind == BYLINE_LEX_COUNTRY))
            {
              m->place = pr->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (pr->entity->name);
            }
        }
      m->status = _byline_meetings_status_of (c, MAX (lo, t > 48 ? t - 48 : 0), t);
      /* "are scheduled to meet from Nov. 10 to 12", told in May: the coming November */
      if (m->status == BYLINE_MEETING_PLANNED && m->date.year != 0 && byline_day_valid (&c->doc->date)
          && (m->date.year < c->doc->date.year
              || (m->date.year == c->doc->date.year
                  && (m->date.month < c->doc->date.month
                      || (m->date.month == c->doc->date.month && m->date.day < c->doc->date.day)))))
        for (guint k = byline_mentions_lower_bound (c->mentions, lo); k < c->mentions->len; k++)
          {
            const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

            if (r->first_token >= hi)
              break;
            if (yearless_day_of (r, m))
              {
                m->date.year++;
                break;
              }
            /* "will meet on Friday", read back to last Friday: the coming one */
            if (future_before (c, MAX (clause, t > 12 ? t - 12 : 0), t) && r->entity->type == BYLINE_ENTITY_DATE && r->entity->date.resolution == BYLINE_DATE_DAY
                && r->entity->date.from.year == m->date.year && r->entity->date.from.month == m->date.month
                && r->entity->date.from.day == m->date.day && r->entity->date.weekday != 0
                && r->entity->date.written.month == 0 && r->entity->date.written.day == 0
                && g_date_valid_dmy (m->date.day, m->date.month, m->date.year))
              {
                GDate d;

                g_date_clear (&d, 1);
                g_date_set_dmy (&d, m->date.day, m->date.month, m->date.year);
                g_date_add_days (&d, 7);
                m->date.year = g_date_get_year (&d);
                m->date.month = g_date_get_month (&d);
                m->date.day = g_date_get_day (&d);
                break;
              }
          }
      past_day_back (c, m, lo, hi);
      _byline_meetings_find_topics (c, m, t, MIN (hi, t + 48));
      {
        BylineSpan ev = { sent->start, sent->end };
        g_array_append_val (m->evidence, ev);
      }
      /* "is expected to meet A and B again": the three met together before, and will again */
      if (after < hi && is_word (c, after, "again") && m->participants->len == 3)
        joint = TRUE;
      /* "He met A, B and C": one meeting with each, when they are all people; "met with
       * A and B" is one meeting of three, unless the list goes on */
      /* "summits with A and B", "meetings with A and B": one each */
      /* "hosted A and B for a session": a host's two guests named together are
       * guests at one meeting */
      if (subjects == 1 && trig == TRIGGER_HOST && m->participants->len == 3 && !_byline_meetings_separately (c, clause, hi))
        ;
      /* "Lavrov will meet US Secretary of State A, Saudi Foreign Minister B and
       * Turkish Foreign Minister C in Vienna", "X will host President A of Brazil,
       * Prime Minister B of India and President C of China": three or more of as
       * many other lands, met at one table */
      else if (subjects == 1 && (trig == TRIGGER_MEET || trig == TRIGGER_TALKS || trig == TRIGGER_HOST) && of_other_lands (m)
               && !_byline_meetings_separately (c, clause, hi))
        ;
      /* "Oresharski's meeting with US Senators A, B and C": one meeting's noun,
       * and a plural title before the names, a party of them */
      else if (subjects == 1 && is_word (c, t, "meeting") && t > lo
               && (c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE || is_word (c, t - 1, "a") || is_word (c, t - 1, "his")
                   || is_word (c, t - 1, "her"))
               && plural_title_before_list (c, t, hi))
        ;
      else if (subjects == 1 && !c->grouped
          /* "met separately with A and B", "met with A and B separately" */
          && m->participants->len > (joint && !_byline_meetings_separately (c, clause, MAX (t + 2, after + 2))
                                     && !is_word (c, t, "summits")
                                     && !is_word (c, t, "meetings") && !_byline_meetings_in_headline (c, sent) ? 3u : 2u))
        {
          gboolean people = TRUE;
          for (guint p = 1; p < m->participants->len; p++)
            {
              const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

              if (e == NULL || !(e->type == BYLINE_ENTITY_PERSON || ((c->countries || each_with) && _byline_meetings_is_country (e))))
                people = FALSE;
            }
          if (people)
            {
              for (guint p = 2; p < m->participants->len; p++)
                {
                  BylineMeeting *one = _byline_meeting_new ();
                  const BylineParticipant *a = &g_array_index (m->participants, BylineParticipant, 0);
                  const BylineParticipant *b = &g_array_index (m->participants, BylineParticipant, p);

                  _byline_meetings_add_participant (one, a->entity, g_strdup (a->name));
                  _byline_meetings_add_participant (one, b->entity, g_strdup (b->name));
                  /* a trip to each country is in that country */
                  one->place = m->trip && b->entity != NULL ? b->entity : m->place;
                  one->place_name = g_strdup (m->trip && b->entity != NULL ? b->entity->name : m->place_name);
                  one->date = m->date;
                  one->time_text = g_strdup (m->time_text);
                  /* "A in X on Monday and B in Y": B's own place, and not A's day */
                  if (p < G_N_ELEMENTS (partner_places) && partner_places[p] != NULL)
                    {
                      one->place = partner_places[p];
                      g_free (one->place_name);
                      one->place_name = g_strdup (partner_places[p]->name);
                      if (partner_places[1] != NULL)
                        {
                          memset (&one->date, 0, sizeof one->date);
                          g_clear_pointer (&one->time_text, g_free);
                        }
                    }
                  one->status = m->status;
                  one->background = m->background;
                  one->trip = m->trip;
                  g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
                  g_ptr_array_add (split, one);
                }
              g_array_set_size (m->participants, 2);
              if (partner_places[1] != NULL && partner_places[1] != m->place)
                {
                  m->place = partner_places[1];
                  g_free (m->place_name);
                  m->place_name = g_strdup (partner_places[1]->name);
                }
            }
        }
      /* "A and B will visit Britain, France and Italy": both visitors, a meeting
       * in each land */
      else if (subjects >= 2 && (trig == TRIGGER_VISIT || trig == TRIGGER_TRIP) && !c->grouped
               && m->participants->len >= subjects + 2 && !_byline_meetings_separately (c, clause, hi))
        {
          gboolean lands = TRUE;

          for (guint p = subjects; p < m->participants->len && lands; p++)
            lands = g_array_index (m->participants, BylineParticipant, p).entity != NULL
                    && _byline_meetings_is_country (g_array_index (m->participants, BylineParticipant, p).entity);
          for (guint p = subjects + 1; lands && p < m->participants->len; p++)
            {
              const BylineParticipant *land = &g_array_index (m->participants, BylineParticipant, p);
              BylineMeeting *one = trip_leg (m, land->entity);

              for (guint q = 0; q < subjects; q++)
                {
                  const BylineParticipant *a = &g_array_index (m->participants, BylineParticipant, q);

                  _byline_meetings_add_participant (one, a->entity, g_strdup (a->name));
                }
              _byline_meetings_add_participant (one, land->entity, g_strdup (land->name));
              g_ptr_array_add (split, one);
            }
          if (lands)
            {
              const BylineParticipant *land = &g_array_index (m->participants, BylineParticipant, subjects);

              m->place = land->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (land->entity->name);
              g_array_set_size (m->participants, subjects + 1);
            }
        }
      for (guint p = 0; p < n_list; p++)
        {
          BylineMeeting *one = _byline_meeting_new ();

          for (guint q = 0; q < m->participants->len; q++)
            {
              const BylineParticipant *a = &g_array_index (m->participants, BylineParticipant, q);

              _byline_meetings_add_participant (one, a->entity, g_strdup (a->name));
            }
          one->place = list_places[p];
          one->place_name = g_strdup (list_places[p]->name);
          one->date = m->date;
          one->time_text = g_strdup (m->time_text);
          one->status = m->status;
          one->background = m->background;
          g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
          g_ptr_array_add (split, one);
        }
      for (guint p = 0; p < n_more && m->participants->len == 2; p++)
        {
          BylineMeeting *one = trip_leg (m, more_places[p]);
          const BylineParticipant *a = &g_array_index (m->participants, BylineParticipant, 0);
          const char *country = more_places[p]->lex->country_name;
          const BylineEntity *country_entity = NULL;

          _byline_meetings_add_participant (one, a->entity, g_strdup (a->name));
          /* the country's entity, when the article names it */
          for (guint e = 0; e < c->entities->len && country_entity == NULL; e++)
            {
              const BylineEntity *ce = c->entities->pdata[e];

              if (ce->type == BYLINE_ENTITY_PLACE && ce->lex != NULL && ce->lex->kind == BYLINE_LEX_COUNTRY
                  && g_str_equal (ce->name, country))
                country_entity = ce;
            }
          _byline_meetings_add_participant (one, country_entity, g_strdup (country));
          g_ptr_array_add (split, one);
        }
      if (frame_group != NULL)
        {
          BylineMeeting *group = _byline_meeting_new ();

          _byline_meetings_add_participant (group, NULL, g_steal_pointer (&frame_group));
          group->place = m->place;
          group->place_name = g_strdup (m->place_name);
          g_array_append_vals (group->evidence, m->evidence->data, m->evidence->len);
          /* the time read at the gathering's word is neither's for sure: "were to
           * hold a lunch, ahead of a gathering" */
          m->status = BYLINE_MEETING_UNKNOWN;
          g_ptr_array_add (split, group);
        }
      /* in the order told; the same meeting told twice is one meeting */
      g_ptr_array_insert (split, 0, m);
      for (guint p = 0; p < split->len; p++)
        {
          BylineMeeting *one = split->pdata[p];

          /* the last few dozen meetings: a meeting is told again within its story,
           * and a long file of many stories stays linear */
          for (guint k = c->meetings->len > NEARBY ? c->meetings->len - NEARBY : 0; k < c->meetings->len; k++)
            {
              BylineMeeting *old = c->meetings->pdata[k];
              if (same_meeting (old, one))
                {
                  merge_into (old, one);
                  byline_meeting_free (one);
                  one = NULL;
                  break;
                }
            }
          if (one != NULL)
            g_ptr_array_add (c->meetings, one);
        }
      g_ptr_array_set_size (split, 0);
      t = after;
    }
}

/* A dateline the document did not read as one, at the head of one of the
 * first paragraphs: "ANKARA, December 11. /TASS/.", "QINGDAO, China (AFP)",
 * "Muscat, IRNA -", "New Delhi, Dec 3, 2025 (IANS)": a place, a comma or a
 * bracket or a dash, then only capitalised words, numbers and dates up to
 * a bracket, a dash, a colon, a slash or a full stop. Its place's mention,
 * and its tokens' end in *@end */
/* Does the meeting have a person of @country and a person of another (a host
 * at home and a visitor from abroad)? */
static gboolean
host_at_home (const BylineMeeting *m, const char *country)
{
  gboolean home = FALSE, abroad = FALSE;

  for (guint p = 0; p < m->participants->len; p++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

      if (e == NULL || e->type != BYLINE_ENTITY_PERSON || e->affiliation == NULL)
        continue;
      if (g_strcmp0 (e->affiliation, country) == 0)
        home = TRUE;
      else
        abroad = TRUE;
    }
  return home && abroad;
}

static const BylineMentionRef *
lead_dateline (const Ctx *c, guint *end)
{
  const GArray *sents = c->doc->sentences;

  for (guint s = 0; s < sents->len && s < 16; s++)
    {
      const BylineSentence *sent = &g_array_index (sents, BylineSentence, s);
      const BylineMentionRef *r;
      guint k;

      if (sent->paragraph > 4)
        break;
      if ((s > 0 && g_array_index (sents, BylineSentence, s - 1).paragraph == sent->paragraph)
          || byline_document_is_header (c->doc, sent->start))
        continue;
      r = byline_mentions_at (c->mentions, sent->first_token);
      if (r == NULL || r->first_token != sent->first_token || r->entity->type != BYLINE_ENTITY_PLACE
          || r->end_token >= c->n || c->toks[r->end_token].kind != BYLINE_TOKEN_PUNCT)
        continue;
      k = r->end_token;
      if (!(is_punct (c, k, ',') || is_punct (c, k, '(') || byline_is_dash (byline_token_first_char (c->text, &c->toks[k]))))
        continue;
      if (!is_punct (c, k, ','))
        {
          *end = k + 1;
          return r;
        }
      for (guint j = k + 1; j < c->n && j < k + 14; j++)
        {
          const BylineToken *t = &c->toks[j];

          if (t->kind == BYLINE_TOKEN_PUNCT)
            {
              gunichar ch = byline_token_first_char (c->text, t);

              if (ch == '(' || ch == ')' || ch == ':' || ch == '/' || ch == '.' || byline_is_dash (ch))
                {
                  *end = j + 1;
                  /* past the agency in its brackets: "New Delhi, Mar 2 (PTI)" */
                  for (guint b = j + 1; ch == '(' && b < c->n && b < j + 6; b++)
                    if (is_punct (c, b, ')'))
                      {
                        *end = b + 1;
                        break;
                      }
                  return r;
                }
              if (ch != ',')
                break;
            }
          else if (t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP)
                   && !(byline_token_cls (t) & BYLINE_WORD_MONTH))
            break;
        }
    }
  return NULL;
}

/* The i-th meeting, whose sides were just named, told again: "X received a
 * delegation led by Y ... X had a conversation with the delegation" is one
 * meeting, told first where it is first told */
static void
merge_told_again (Ctx *c, guint i)
{
  BylineMeeting *m = c->meetings->pdata[i];

  for (guint j = i > NEARBY ? i - NEARBY : 0; j < c->meetings->len && j < i + NEARBY; j++)
    {
      BylineMeeting *o = c->meetings->pdata[j];

      if (o == m || !same_meeting (j < i ? o : m, j < i ? m : o))
        continue;
      if (j < i)
        {
          merge_into (o, m);
          g_array_set_size (m->participants, 0);
        }
      else
        {
          merge_into (m, o);
          g_array_set_size (o->participants, 0);
        }
      break;
    }
}

/* "headed by Chairman of the Assembly of the Republic X": the person after the
 * titles, in the same clause */
static const BylineMentionRef *
head_after_titles (const Ctx *c, guint k)
{
  for (guint j = k; j < c->n && j < k + 14; j++)
    {
      const BylineMentionRef *r;

      if (c->toks[j].kind == BYLINE_TOKEN_PUNCT && !is_punct (c, j, '-') && !is_punct (c, j, '\''))
        return NULL;
      if (c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
          && !is_word (c, j, "of") && !is_word (c, j, "the") && !is_word (c, j, "and"))
        return NULL;
      r = byline_mentions_at (c->mentions, j);
      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON)
        return r;
    }
  return NULL;
}

/* The head of the delegation a meeting names only as a group: "received the
 * delegation of X headed by Y ... The delegation was also received by Z" is Y's
 * meeting with Z. The head named in the 400 tokens before, or NULL */
static const BylineEntity *
delegation_head (const Ctx *c, guint32 before, guint32 until, const char *name)
{
  /* the first token at or after @before */
  guint lo = byline_tokens_lower_bound (c->toks, 0, c->n, before), end;
  const BylineEntity *head = NULL;
  gboolean head_fits = FALSE;

  /* (and the meeting's own sentence: "received a delegation headed by X") */
  for (end = lo; end < c->n && c->toks[end].start < until; end++)
    ;
  for (guint k = lo > 400 ? lo - 400 : 0; k + 1 < end; k++)
    if ((is_word (c, k, "headed") || is_word (c, k, "led")) && is_word (c, k + 1, "by"))
      for (guint j = k; j > 0 && j + 16 > k; j--)
        if (is_word (c, j - 1, "delegation"))
          {
            const BylineMentionRef *r = _byline_meetings_person_after_by (c, k + 1);

            if (r == NULL)
              r = head_after_titles (c, k + 2);
            if (r != NULL)
              {
                /* "the Congolese government delegation": the one whose words say so,
                 * "the delegation of the Government of ..., headed by X" */
                gboolean fits = FALSE;

                for (guint w = j; w < k && !fits && name != NULL; w++)
                  if (c->toks[w].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[w]) > 3
                      && !is_word (c, w, "delegation"))
                    {
                      g_autofree char *word = g_ascii_strdown (c->text + c->toks[w].start, byline_token_len (&c->toks[w]));
                      g_autofree char *lower = g_ascii_strdown (name, -1);
                      const char *at = strstr (lower, word);
                      gsize n = strlen (word);

                      /* a whole word: "Congo" is not "Congolese" */
                      fits = at != NULL && (at == lower || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' ');
                    }
                if (fits || !head_fits)
                  head = r->entity;
                head_fits = head_fits || fits;
              }
            break;
          }
  return head;
}

/* Is the place, or the person, of this country? */
static gboolean
of_country (const BylineEntity *e, const char *country)
{
  if (e == NULL || country == NULL)
    return FALSE;
  if (g_strcmp0 (e->name, country) == 0 || g_strcmp0 (e->affiliation, country) == 0)
    return TRUE;
  return e->lex != NULL && g_strcmp0 (e->lex->country_name, country) == 0;
}

/* Is @r a word of @country's: its name, its people's, the country's own
 * ("Pakistan's", "the Indian", "Bangladesh")? */
static gboolean
country_word (const BylineMentionRef *r, const BylineEntity *country)
{
  return r->entity == country || of_country (r->entity, country->name);
}

/* The person who led a country's side of a meeting told in tokens [@lo, @hi):
 * "X led the Pakistani delegation", "with X leading the Bangladesh side and Y
 * leading his country's delegation", "the Indian side was headed by Y", "the
 * Afghan team, led by Z"; or NULL */
static const BylineEntity *
side_leader (const Ctx *c, guint lo, guint hi, const BylineEntity *country)
{
  for (guint k = lo + 1; k < hi; k++)
    {
      const BylineMentionRef *who = NULL;
      gboolean fits = FALSE, own = FALSE;
      guint g = k, w = k + 1;

      if (!(is_word (c, k, "delegation") || is_word (c, k, "side") || is_word (c, k, "team")))
        continue;
      /* the country's words just before: "the Bangladesh side", "Pakistan's
       * delegation", "his country's delegation" */
      while (g > lo && g + 4 > k && !fits)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, g - 1);

          if (r != NULL)
            {
              fits = country_word (r, country);
              g = r->first_token;
              if (!fits)
                break;
            }
          else if (is_word (c, g - 1, "country") && g >= lo + 2 && (is_word (c, g - 2, "his") || is_word (c, g - 2, "her")))
            {
              own = fits = TRUE;
              g -= 2;
            }
          else if (c->toks[g - 1].kind == BYLINE_TOKEN_POSSESSIVE
                   || (c->toks[g - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[g - 1].flags & BYLINE_TOKEN_CAP)
                       && !(byline_token_cls (&c->toks[g - 1]) & BYLINE_WORD_STOPWORD)))
            g--;
          else
            break;
        }
      if (!fits)
        continue;
      /* after: "was headed by X", ", led by X" */
      if (is_punct (c, w, ','))
        w++;
      if (is_word (c, w, "was") || is_word (c, w, "is") || is_word (c, w, "were"))
        w++;
      if ((is_word (c, w, "led") || is_word (c, w, "headed")) && is_word (c, w + 1, "by"))
        who = _byline_meetings_person_after_by (c, w + 1);
      /* before: "X led the ...", "with X leading the ...": the nearest person
       * before the verb, in the same clause */
      else
        {
          guint v = g - (g > lo && is_word (c, g - 1, "the"));

          if (v > lo + 1 && (is_word (c, v - 1, "led") || is_word (c, v - 1, "headed") || is_word (c, v - 1, "leading")
                             || is_word (c, v - 1, "heading") || is_word (c, v - 1, "leads") || is_word (c, v - 1, "heads")))
            for (guint j = v - 1; j > lo && j + 12 > v; j--)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, j - 1);

                if (is_punct (c, j - 1, '.') || is_punct (c, j - 1, ';'))
                  break;
                if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                  {
                    who = r;
                    break;
                  }
              }
        }
      if (who != NULL && who->entity->type == BYLINE_ENTITY_PERSON && (!own || of_country (who->entity, country->name)))
        return who->entity;
    }
  return NULL;
}

/* A meeting told by its countries whose sides' leaders are named in its
 * sentences, or in the one after: the leaders are its participants
 * ("Bangladesh and India held consultations, with Foreign Secretary X leading
 * the Bangladesh side ..."; "... The Pakistani delegation was led by Y.") */
static void
sides_by_leaders (Ctx *c)
{
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];
      const BylineSpan *ev;
      guint lo, hi;

      if (m->participants->len < 2 || m->evidence->len == 0)
        continue;
      ev = &g_array_index (m->evidence, BylineSpan, 0);
      lo = byline_tokens_lower_bound (c->toks, 0, c->n, ev->start);
      hi = byline_tokens_lower_bound (c->toks, lo, c->n, ev->end);
      /* and the sentence after */
      for (guint j = hi; j < c->n && j < hi + 60; j++)
        if (is_punct (c, j, '.') || j + 1 == c->n)
          {
            hi = j + 1;
            break;
          }
      for (guint p = 0; p < m->participants->len; p++)
        {
          BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
          const BylineEntity *leader;

          if (pp->entity == NULL || !_byline_meetings_is_country (pp->entity))
            continue;
          leader = side_leader (c, lo, hi, pp->entity);
          if (leader != NULL && !_byline_meetings_has_participant (m, leader, NULL))
            {
              g_free (pp->name);
              pp->entity = leader;
              pp->name = g_strdup (leader->name);
            }
        }
    }
}


/* The day of the week a time names ("on Monday"), 1 to 7 by the dates'
 * lexicon, or 0 */
static int
weekday_named (const char *time_text)
{
  for (const char *w = time_text; w != NULL && *w != '\0';)
    {
      gsize len = strcspn (w, " ,.");
      int day = len > 0 ? byline_weekday_from_word (w, len) : 0;

      if (day != 0)
        return day;
      w += len + (w[len] != '\0');
    }
  return 0;
}

/* Is @o told on a day of its own ("on Monday") that is @m's or up to @days
 * after it: "arrived on Sunday for a three-day visit. On Monday she met X"? */
static gboolean
days_into (const BylineMeeting *m, const BylineMeeting *o, int days)
{
  int a = weekday_named (m->time_text), b = weekday_named (o->time_text);

  if (a == 0 || b == 0)
    return FALSE;
  return (b - a + 7) % 7 <= days;
}

static gboolean
trip_told_by_hosts (const Ctx *c, guint i, const BylineEntity *wire_place)
{
  const BylineMeeting *trip = c->meetings->pdata[i];
  const BylineParticipant *visitor = &g_array_index (trip->participants, BylineParticipant, 0);
  const BylineParticipant *land = &g_array_index (trip->participants, BylineParticipant, trip->participants->len - 1);
  /* (by the country's own name: "the Islamic Republic of Iran" is Iran) */
  const char *country = land->entity != NULL && land->entity->lex != NULL && land->entity->lex->country_name != NULL
                            && *land->entity->lex->country_name != '\0'
                          ? land->entity->lex->country_name : land->name;
  const BylineSpan *ev = &g_array_index (trip->evidence, BylineSpan, 0);
  /* "at the invitation of President X": the trip is told by a meeting with X, not
   * by the welcome at the airport */
  const BylineEntity *inviter = trip->participants->len == 3
                                  ? g_array_index (trip->participants, BylineParticipant, 1).entity : NULL;

  if (inviter != NULL && inviter->type != BYLINE_ENTITY_PERSON)
    inviter = NULL;
  for (guint j = i > NEARBY ? i - NEARBY : 0; j < c->meetings->len && j < i + NEARBY; j++)
    {
      const BylineMeeting *o = c->meetings->pdata[j];
      const BylineSpan *oev = &g_array_index (o->evidence, BylineSpan, 0);

      if (o == trip || o->trip || visitor->entity == NULL || !_byline_meetings_has_participant (o, visitor->entity, NULL)
          || (inviter != NULL && !_byline_meetings_has_participant (o, inviter, NULL)))
        continue;
      if (oev->start == ev->start || of_country (o->place, country))
        return TRUE;
      /* "X arrived at the invitation of Y. The two ministers met on Monday": the
       * inviter met, told right after */
      if (inviter != NULL && oev->start > ev->start && oev->start < ev->end + 300 && !o->background)
        return TRUE;
      /* hosts of that country met somewhere else were not met on this trip; but a
       * building told after the trip is on it ("arrived in Manila ... held talks
       * with the president at the palace") */
      if (o->place != NULL && !(is_site (o->place) && (oev->start > ev->start
                                                       /* or one the dateline puts in that country */
                                                       || of_country (wire_place, country))))
        continue;
      /* a meeting told from the visited country's capital, with no place of its own */
      if (of_country (wire_place, country))
        return TRUE;
      for (guint p = 0; p < o->participants->len; p++)
        if (of_country (g_array_index (o->participants, BylineParticipant, p).entity, country))
          return TRUE;
    }
  return FALSE;
}

/* The word classes of the last word of a name: "Centre", "Palace", "May" */
static guint32
last_word_class (const Ctx *c, const char *name)
{
  const char *sp = strrchr (name, ' ');

  return byline_lexicon_word_class (c->lex, sp != NULL ? sp + 1 : name);
}

/* Is @name told something in the sentence @ev: "told MPs", "briefed
 * reporters"? */
static gboolean
told_to (const Ctx *c, const BylineSpan *ev, const char *name)
{
  static const char *const verbs[] = { "told ", "briefed ", "informed ", NULL };
  gsize n = strlen (name);

  for (guint v = 0; verbs[v]; v++)
    {
      gsize vn = strlen (verbs[v]);
      const char *at = c->text + ev->start, *end = c->text + ev->end;

      while (at < end && (at = g_strstr_len (at, end - at, verbs[v])) != NULL)
        {
          at += vn;
          if (at + n <= end && strncmp (at, name, n) == 0 && (at + n == end || !g_ascii_isalnum (at[n])))
            return TRUE;
        }
    }
  return FALSE;
}

/* A side that is no party to the meeting: a building or site named as one
 * ("visited the Riverside Trade Centre, where they met", "the Presidential
 * Office"), the meeting's own place, or a news outlet someone spoke to */
/* Is @e named in the sentence @ev only after "on" or "via" ("posted on
 * Facebook", "wrote on Instagram"), a place of writing? */
static gboolean
only_written_on (const Ctx *c, const BylineSpan *ev, const BylineEntity *e)
{
  gboolean seen = FALSE;

  for (guint j = byline_mentions_lower_bound (c->mentions, byline_tokens_lower_bound (c->toks, 0, c->n, ev->start));
       j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->start >= ev->end)
        break;
      if (r->entity != e)
        continue;
      if (r->first_token == 0 || !(is_word (c, r->first_token - 1, "on") || is_word (c, r->first_token - 1, "via")))
        return FALSE;
      seen = TRUE;
    }
  return seen;
}

static guint token_at (const Ctx *c, guint32 at);

/* Is @e told in @ev only as the one that issued or carried a text: "a
 * statement issued by the Presidency", "released by the ministry"? */
static gboolean
issued_by (const Ctx *c, const BylineSpan *ev, const BylineEntity *e)
{
  gboolean issuer = FALSE;

  for (guint k = token_at (c, ev->start); k < c->n && c->toks[k].start < ev->end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r == NULL || r->first_token != k || r->entity != e)
        continue;
      {
        guint b = k > 0 && is_word (c, k - 1, "the") ? k - 1 : k;

        if (b < 2 || !is_word (c, b - 1, "by")
            || !is_one_of (c, b - 2, (const char *const[]) { "issued", "released", "published", "distributed", "posted",
                                                              "carried", "circulated", "signed", NULL }))
          return FALSE;
        issuer = TRUE;
      }
    }
  return issuer;
}

/* Is @e named in @ev as the body whose gathering it is: "the summit of the
 * Organization of American States", "a meeting of the League of Arab States"? */
static gboolean
gathering_of (const Ctx *c, const BylineSpan *ev, const BylineEntity *e)
{
  for (guint k = byline_tokens_lower_bound (c->toks, 0, c->n, ev->start); k < c->n && c->toks[k].start < ev->end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      guint of;

      if (r == NULL || r->first_token != k || r->entity != e || k < 2)
        continue;
      of = k - 1 - is_word (c, k - 1, "the");
      if (is_word (c, of, "of") && of > 0
          && is_one_of (c, of - 1, (const char *const[]) { "summit", "meeting", "session", "assembly", "conference",
                                                            "gathering", "council", NULL }))
        return TRUE;
    }
  return FALSE;
}

static gboolean
false_side (const Ctx *c, const BylineMeeting *m, const BylineParticipant *p)
{
  const BylineEntity *e = p->entity;
  const char *sp;

  /* a group or body told of it: "He told MPs that he had held talks with X" */
  if ((e == NULL || e->type == BYLINE_ENTITY_ORG) && p->name != NULL && p->name[0] != '\0' && m->evidence->len > 0
      && told_to (c, &g_array_index (m->evidence, BylineSpan, 0), p->name))
    return TRUE;
  /* the meeting's own name, told once: "an informal meeting known as Tambo",
   * "talks dubbed Geneva II" */
  if (e != NULL && e->mentions->len == 1)
    {
      guint k = g_array_index (e->mentions, BylineMention, 0).first_token;
      guint v = k >= 2 && is_word (c, k - 1, "as") && is_word (c, k - 2, "known") ? k - 2
                : k >= 1 && (is_word (c, k - 1, "dubbed") || is_word (c, k - 1, "codenamed")) ? k - 1 : 0;

      v -= v > 1 && is_punct (c, v - 1, ',');
      if (v > 1 && (byline_token_cls (&c->toks[v - 1]) & BYLINE_WORD_MEETING))
        return TRUE;
    }
  if (e == NULL || e->type != BYLINE_ENTITY_ORG)
    return FALSE;
  if (e == m->place || (e->lex != NULL && e->lex->kind == BYLINE_LEX_OUTLET))
    return TRUE;
  /* a platform written on: "wrote on Instagram after the talks" */
  if (m->evidence->len > 0 && only_written_on (c, &g_array_index (m->evidence, BylineSpan, 0), e))
    return TRUE;
  /* the body that put out the words: "in a statement issued by the Presidency
   * after the meeting" */
  if (m->evidence->len > 0 && issued_by (c, &g_array_index (m->evidence, BylineSpan, 0), e))
    return TRUE;
  /* the agency of the dateline, a web address: "www.example.org" */
  if (strchr (e->name, '.') != NULL && strchr (e->name, ' ') == NULL)
    return TRUE;
  if (c->doc->wire_agency.end > c->doc->wire_agency.start
      && strlen (e->name) == c->doc->wire_agency.end - c->doc->wire_agency.start
      && strncmp (e->name, c->text + c->doc->wire_agency.start, strlen (e->name)) == 0)
    return TRUE;
  sp = strrchr (e->name, ' ');
  if (sp == NULL)
    return FALSE;
  sp++;
  /* (a body the lexicon knows whose gathering is told, whatever its last word:
   * "the summit of the Organization of American States") */
  if (e->lex != NULL && e->lex->kind != BYLINE_LEX_OUTLET && m->evidence->len > 0
      && gathering_of (c, &g_array_index (m->evidence, BylineSpan, 0), e))
    return FALSE;
  /* a building, or an outlet by its kind: "Vatican Radio", "Channel Television" */
  return g_str_equal (sp, "Office") || g_str_equal (sp, "Residence") || g_str_equal (sp, "Radio")
         || g_str_equal (sp, "Television") || g_str_equal (sp, "TV")
         || (last_word_class (c, e->name) & (BYLINE_WORD_FACILITY | BYLINE_WORD_PLACE_HEAD)) != 0;
}

/* The first token at or after byte @at */
static guint
token_at (const Ctx *c, guint32 at)
{
  return byline_tokens_lower_bound (c->toks, 0, c->n, at);
}

/* "The two leaders meet regularly", "officials have met frequently since the
 * war": a habit, not a meeting (told first so) */
static gboolean
told_as_habit (const Ctx *c, const BylineMeeting *m)
{
  static const char *const often[] = {
    "regularly", "frequently", "often", "routinely", "periodically", "repeatedly", NULL,
  };
  const BylineSpan *ev;

  gboolean habit = FALSE;

  /* told once, and with no other meeting's word: "X and Y, who meet
   * regularly, held talks on Monday" is a meeting */
  if (m->evidence->len != 1)
    return FALSE;
  ev = &g_array_index (m->evidence, BylineSpan, 0);
  for (guint k = token_at (c, ev->start); k < c->n && c->toks[k].start < ev->end; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_MEETING))
      {
        if (habit || !(is_word (c, k, "meet") || is_word (c, k, "met")))
          return FALSE;
        /* "meet regularly", "have met frequently", "often meet" */
        habit = (k > 0 && is_one_of (c, k - 1, often)) || is_one_of (c, k + 1, often);
        if (!habit)
          return FALSE;
      }
  return habit;
}

/* "The leaders last met in Nassau" after "CARICOM leaders met": the group told
 * before, by its name, not bare "leaders" */
static void
name_bare_groups (Ctx *c)
{
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];
      BylineParticipant *bare;
      const BylineMeeting *named = NULL;
      guint32 at;
      gsize len;

      if (m->participants->len != 1)
        continue;
      bare = &g_array_index (m->participants, BylineParticipant, 0);
      if (bare->entity != NULL || bare->name == NULL || strchr (bare->name, ' ') != NULL)
        continue;
      len = strlen (bare->name);
      if (len < 4 || bare->name[len - 1] != 's')
        continue;
      at = g_array_index (m->evidence, BylineSpan, 0).start;
      /* (among the meetings near: a file of many stories stays linear) */
      for (guint j = i > NEARBY ? i - NEARBY : 0; j < c->meetings->len && j < i + NEARBY; j++)
        {
          const BylineMeeting *o = c->meetings->pdata[j];
          const BylineParticipant *p = &g_array_index (o->participants, BylineParticipant, 0);
          gsize n;

          if (o == m || o->participants->len != 1 || g_array_index (o->evidence, BylineSpan, 0).start >= at
              || p->name == NULL || (p->entity != NULL && p->entity->type == BYLINE_ENTITY_PERSON))
            continue;
          n = strlen (p->name);
          if (n > len + 1 && p->name[n - len - 1] == ' ' && g_ascii_strcasecmp (p->name + n - len, bare->name) == 0
              && (named == NULL
                  || g_array_index (named->evidence, BylineSpan, 0).start < g_array_index (o->evidence, BylineSpan, 0).start))
            named = o;
        }
      if (named != NULL)
        {
          const BylineParticipant *p = &g_array_index (named->participants, BylineParticipant, 0);

          g_free (bare->name);
          bare->name = g_strdup (p->name);
          bare->entity = p->entity;
        }
    }
}

/* Sides that are no party leave the meetings; a meeting left with one side was
 * none. A place that is a date ("in mid-June") is no place */
/* Does the meeting's first sentence tell one who chaired, hosted or attended
 * it ("X, who chaired the final round of talks")? Then one person is a side. */
static gboolean
led_or_attended (const Ctx *c, const BylineMeeting *m)
{
  const BylineSpan *ev;
  guint lo;

  if (m->evidence->len == 0)
    return FALSE;
  ev = &g_array_index (m->evidence, BylineSpan, 0);
  for (lo = byline_tokens_lower_bound (c->toks, 0, c->n, ev->start); lo < c->n && c->toks[lo].start < ev->end; lo++)
    if (c->toks[lo].kind == BYLINE_TOKEN_WORD && !(c->toks[lo].flags & BYLINE_TOKEN_CAP)
        && (is_word (c, lo, "chaired") || is_word (c, lo, "chairs") || is_word (c, lo, "chair") || is_word (c, lo, "presided")
            || is_word (c, lo, "attended") || is_word (c, lo, "attends") || is_word (c, lo, "attend")
            || is_word (c, lo, "hosted") || is_word (c, lo, "hosts") || is_word (c, lo, "host")
            || is_word (c, lo, "mediated") || is_word (c, lo, "addressed")))
      return TRUE;
  return FALSE;
}

/* Are the two the same person, or people of one family name ("Suu Kyi" in a
 * headline, "Aung San Suu Kyi" in the story)? */
static gboolean
same_family (const BylineEntity *e, const BylineEntity *who)
{
  const char *a, *b;

  if (e == who)
    return TRUE;
  if (e == NULL || who == NULL || e->type != BYLINE_ENTITY_PERSON || e->name == NULL || who->name == NULL)
    return FALSE;
  a = strrchr (e->name, ' ');
  b = strrchr (who->name, ' ');
  return g_strcmp0 (a != NULL ? a + 1 : e->name, b != NULL ? b + 1 : who->name) == 0;
}

/* Does @m have @who, or a person of @who's family name? */
static gboolean
has_person_named (const BylineMeeting *m, const BylineEntity *who)
{
  for (guint p = 0; p < m->participants->len; p++)
    if (same_family (g_array_index (m->participants, BylineParticipant, p).entity, who))
      return TRUE;
  return FALSE;
}

/* "PM Lee meets Dr Mahathir in Putrajaya" over "Prime Minister Lee Hsien Loong
 * met Malaysian Prime Minister Mahathir Mohamad on Saturday": a headline's
 * meeting of people all at a meeting the story tells is that one, whatever the
 * headline's tense; TRUE when it was */
static gboolean
headline_all_named (Ctx *c, guint i)
{
  BylineMeeting *h = c->meetings->pdata[i];
  guint named = 0;

  for (guint p = 0; p < h->participants->len; p++)
    {
      const BylineEntity *e = g_array_index (h->participants, BylineParticipant, p).entity;

      named += e != NULL && e->type == BYLINE_ENTITY_PERSON;
    }
  if (named < 2 || named != h->participants->len)
    return FALSE;
  for (guint j = 0; j < c->meetings->len && j < NEARBY; j++)
    {
      BylineMeeting *o = c->meetings->pdata[j];
      gboolean all = TRUE;

      if (o == h || o->evidence->len == 0 || g_array_index (o->evidence, BylineSpan, 0).start < c->doc->title.end
          || o->background)
        continue;
      for (guint p = 0; p < h->participants->len && all; p++)
        all = has_person_named (o, g_array_index (h->participants, BylineParticipant, p).entity);
      if (!all)
        continue;
      g_array_prepend_vals (o->evidence, h->evidence->data, h->evidence->len);
      g_ptr_array_remove_index (c->meetings, i);
      return TRUE;
    }
  return FALSE;
}

/* Does the headline name @e? (Not so for a place the dateline gave a meeting
 * the headline tells) */
static gboolean
told_in_title (const Ctx *c, const BylineEntity *e)
{
  for (guint k = token_at (c, c->doc->title.start); k < c->n && c->toks[k].start < c->doc->title.end; k++)
    if (byline_mentions_at (c->mentions, k) != NULL && byline_mentions_at (c->mentions, k)->entity == e)
      return TRUE;
  return FALSE;
}

/* "Armenian, Azerbaijani leaders hold talks in Brussels with European Council
 * head": a meeting the headline tells by descriptions only is the story's
 * first meeting of its sides by name, in the same place */
static void
headline_told_again (Ctx *c)
{
  const BylineSpan *title = &c->doc->title;

  if (title->end == 0)
    return;
  for (guint i = c->meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];
      gboolean described = m->evidence->len > 0;
      const BylineEntity *named_one = NULL;

      for (guint e = 0; e < m->evidence->len && described; e++)
        described = g_array_index (m->evidence, BylineSpan, e).start < title->end;
      if (described && headline_all_named (c, i - 1))
        continue;
      /* (or one by name and the other by description: "Suu Kyi meets UN envoy") */
      for (guint p = 0; p < m->participants->len && described; p++)
        {
          const BylineEntity *pe = g_array_index (m->participants, BylineParticipant, p).entity;

          if (pe != NULL && pe->type == BYLINE_ENTITY_PERSON)
            {
              described = named_one == NULL && m->participants->len >= 2;
              named_one = pe;
            }
        }
      if (!described)
        continue;
      for (guint j = 0; j < c->meetings->len && j < NEARBY; j++)
        {
          BylineMeeting *o = c->meetings->pdata[j];
          guint named = 0;

          if (o == m || o->evidence->len == 0 || g_array_index (o->evidence, BylineSpan, 0).start < title->end)
            continue;
          for (guint p = 0; p < o->participants->len; p++)
            {
              const BylineEntity *pe = g_array_index (o->participants, BylineParticipant, p).entity;

              named += pe != NULL && pe->type == BYLINE_ENTITY_PERSON;
            }
          /* the first meeting told after the headline, of two people or more; or
           * of the one it names ("Pandor welcomes BRICS counterparts" over "Pandor
           * hosted her counterparts from the BRICS countries") */
          if (named < 2 && !(named_one != NULL && has_person_named (o, named_one)))
            break;
          if ((m->place == NULL || o->place == NULL || m->place == o->place || !told_in_title (c, m->place))
              && (named_one == NULL || has_person_named (o, named_one))
              && (m->status == o->status || m->status == BYLINE_MEETING_UNKNOWN || o->status == BYLINE_MEETING_UNKNOWN))
            {
              g_array_prepend_vals (o->evidence, m->evidence->data, m->evidence->len);
              g_ptr_array_remove_index (c->meetings, i - 1);
            }
          break;
        }
    }
}

/* Is the role an envoy's: "ambassador", "envoy", "chargé d'affaires"? */
static gboolean
role_is_envoy (const char *role)
{
  g_autofree char *lower = g_utf8_strdown (role, -1);

  return strstr (lower, "ambassador") != NULL || strstr (lower, "envoy") != NULL || strstr (lower, "chargé") != NULL
         || strstr (lower, "charge d") != NULL || strstr (lower, "high commissioner") != NULL;
}

/* Is every sentence that tells @a one that tells @b too? */
static gboolean
evidence_within (const BylineMeeting *a, const BylineMeeting *b)
{
  for (guint e = 0; e < a->evidence->len; e++)
    {
      const BylineSpan *x = &g_array_index (a->evidence, BylineSpan, e);
      gboolean in = FALSE;

      for (guint f = 0; f < b->evidence->len && !in; f++)
        in = g_array_index (b->evidence, BylineSpan, f).start == x->start;
      if (!in)
        return FALSE;
    }
  return TRUE;
}

/* Do the two meetings have the same sides? */
static gboolean
same_sides (const BylineMeeting *a, const BylineMeeting *b)
{
  if (a->participants->len != b->participants->len)
    return FALSE;
  for (guint p = 0; p < a->participants->len; p++)
    {
      const BylineParticipant *x = &g_array_index (a->participants, BylineParticipant, p);

      if (!_byline_meetings_has_participant (b, x->entity, x->name))
        return FALSE;
    }
  return TRUE;
}

/* Is every person among @a's sides one of @b's? How many, in @n */
static gboolean
people_within (const BylineMeeting *a, const BylineMeeting *b, guint *n)
{
  *n = 0;
  for (guint p = 0; p < a->participants->len; p++)
    {
      const BylineEntity *e = g_array_index (a->participants, BylineParticipant, p).entity;

      if (e != NULL && e->type == BYLINE_ENTITY_PERSON)
        {
          if (!_byline_meetings_has_participant (b, e, NULL))
            return FALSE;
          (*n)++;
        }
    }
  return TRUE;
}

/* Do the two meetings have the same people among their sides (two or more)? */
static gboolean
same_people (const BylineMeeting *a, const BylineMeeting *b)
{
  guint na, nb;

  return people_within (a, b, &na) && people_within (b, a, &nb) && na >= 2;
}

/* The head word of a description of an envoy or an official ("envoy",
 * "diplomat", "official", "representative"), and the words a role must have
 * for it; or NULL */
static const char *const *
envoy_description (const char *head)
{
  static const char *const envoy[] = { "envoy", "ambassador", "representative", "commissioner", "mediator", "emissary", NULL };
  static const char *const diplomat[] = { "ambassador", "envoy", "diplomat", "chargé", "consul", "representative",
                                          "secretary of state", "foreign minister", "foreign affairs", NULL };
  static const char *const official[] = { "", NULL };

  if (g_str_equal (head, "envoy") || g_str_equal (head, "representative") || g_str_equal (head, "mediator")
      || g_str_equal (head, "emissary"))
    return envoy;
  if (g_str_equal (head, "diplomat"))
    return diplomat;
  if (g_str_equal (head, "official"))
    return official;
  return NULL;
}

/* Does @e's title, body or land carry the qualifier @q ("UN", "US", "EU"), or
 * the title told around the name (@before: "US Special Envoy for X", @after:
 * "X, the US Assistant Secretary of State")? */
static gboolean
qualifier_fits (const BylineEntity *e, const char *before, const char *after, const char *q, gsize len)
{
  const char *fields[] = { e->role, e->affiliation, before, after };

  if (len == 0)
    return TRUE;
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    for (const char *at = fields[f] != NULL ? strstr (fields[f], q) : NULL; at != NULL; at = strstr (at + 1, q))
      {
        gboolean start = at == fields[f] || !g_ascii_isalnum (at[-1]);
        gboolean end = !g_ascii_isalnum (at[len]);

        if (start && end && strncmp (at, q, len) == 0)
          return TRUE;
      }
  return FALSE;
}

/* Is the person of @r one a description with @words and the qualifier @qual
 * may stand for, not yet a side of @m? */
static gboolean
envoy_fits (const Ctx *c, const BylineMeeting *m, const BylineMentionRef *r, const char *const *words, const char *qual)
{
  g_autofree char *role = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean fits = FALSE;
  guint32 from = r->start > 80 ? r->start - 80 : 0;
  const char *stop;

  if (r->entity->type != BYLINE_ENTITY_PERSON || _byline_meetings_has_participant (m, r->entity, NULL))
    return FALSE;
  /* (the title before the name, back to the sentence's start, and after it, up
   * to the sentence's end) */
  before = g_strndup (c->text + from, r->start - from);
  stop = strrchr (before, '.');
  /* the title, or one told before the name and a comma: "China's Ambassador to
   * South Africa, X" */
  if (r->entity->role != NULL)
    role = g_utf8_strdown (r->entity->role, -1);
  else if (g_str_has_suffix (before, ", "))
    role = g_utf8_strdown (stop != NULL ? stop + 1 : before, -1);
  else
    return FALSE;
  for (guint w = 0; words[w] != NULL && !fits; w++)
    fits = words[w][0] != '\0' ? strstr (role, words[w]) != NULL : r->entity->role != NULL;
  if (!fits)
    return FALSE;
  after = g_strndup (c->text + r->end, MIN ((gsize) 80, strlen (c->text + r->end)));
  after[strcspn (after, ".")] = '\0';
  return qualifier_fits (r->entity, stop != NULL ? stop + 1 : before, after, qual, strlen (qual));
}

/* "UN Special Envoy X arrived in Sanaa. The UN envoy met Y", "The US diplomat
 * also held talks with", "The UN official": a side told as an envoy or an
 * official of a body or land is the one named before whose title says so (the
 * nearest, within the few paragraphs before) */
static void
described_envoys (Ctx *c)
{
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];
      guint32 at;

      if (m->evidence->len == 0)
        continue;
      at = g_array_index (m->evidence, BylineSpan, 0).start;
      for (guint p = 0; p < m->participants->len; p++)
        {
          BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
          const char *const *words = NULL;
          g_autofree char *qual = NULL;
          const BylineEntity *who = NULL;

          if (pp->name == NULL)
            continue;
          /* a name with no one behind it ending in the description's head: "UN
           * envoy"; or a body's name the sentence goes on with one: "The UN
           * official met" */
          if (pp->entity == NULL)
            {
              const char *sp = strrchr (pp->name, ' ');

              words = envoy_description (sp != NULL ? sp + 1 : pp->name);
              qual = sp != NULL ? g_strndup (pp->name, sp - pp->name) : g_strdup ("");
            }
          else if (pp->entity->type == BYLINE_ENTITY_ORG || _byline_meetings_is_country (pp->entity))
            {
              const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, 0);
              g_autofree char *sent = g_strndup (c->text + ev->start, ev->end - ev->start);
              gsize nl = strlen (pp->name);

              /* (after "the" or "a", and with no name after it: not "Pertamina
               * official X said") */
              for (const char *f = strstr (sent, pp->name); f != NULL && words == NULL; f = strstr (f + 1, pp->name))
                if (f[nl] == ' ' && ((f - sent >= 4 && g_ascii_strncasecmp (f - 4, "the ", 4) == 0)
                                     || (f - sent >= 2 && g_ascii_strncasecmp (f - 2, "a ", 2) == 0)))
                  {
                    const char *w = f + nl + 1;
                    gsize wl = strcspn (w, " ,.;");
                    g_autofree char *head = g_strndup (w, wl);

                    /* (nor "a Pertamina official said": a source) */
                    if (!(w[wl] == ' ' && g_ascii_isupper (w[wl + 1]))
                        && !(w[wl] == ' ' && (g_str_has_prefix (w + wl + 1, "said") || g_str_has_prefix (w + wl + 1, "says")
                                              || g_str_has_prefix (w + wl + 1, "told") || g_str_has_prefix (w + wl + 1, "added"))))
                      words = envoy_description (head);
                  }
              qual = g_strdup (pp->name);
            }
          if (words == NULL)
            continue;
          /* the nearest person before, whose title is an envoy's and carries the
           * body or land; or, when none, the one the sentence after names so
           * ("met a visiting senior US diplomat. X, the US Assistant Secretary
           * of State, ...") */
          guint first = byline_mentions_lower_bound (c->mentions, byline_tokens_lower_bound (c->toks, 0, c->n, at));
          guint32 ev_end = g_array_index (m->evidence, BylineSpan, 0).end;

          for (guint q = first; q > 0 && who == NULL; q--)
            {
              const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, q - 1);

              if (r->start + 3000 < at)
                break;
              if (envoy_fits (c, m, r, words, qual))
                who = r->entity;
            }
          for (guint q = byline_mentions_lower_bound (c->mentions, byline_tokens_lower_bound (c->toks, 0, c->n, ev_end));
               q < c->mentions->len && who == NULL; q++)
            {
              const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, q);

              if (r->start > ev_end + 400)
                break;
              if (envoy_fits (c, m, r, words, qual))
                who = r->entity;
            }
          /* "X received Y, the former president who led the observers. The
           * envoy, who also called on Z": a bare envoy no title names, the guest
           * of the meeting told just before */
          for (guint j = i; j > 0 && who == NULL && qual[0] == '\0' && words[0] != NULL
                            && g_str_equal (words[0], "envoy");
               j--)
            {
              const BylineMeeting *o = c->meetings->pdata[j - 1];
              const BylineEntity *guest;

              if (o->evidence->len == 0 || g_array_index (o->evidence, BylineSpan, 0).start + 600 < at)
                break;
              guest = _byline_meetings_guest_of (c, o);
              if (guest != NULL && !_byline_meetings_has_participant (m, guest, NULL))
                who = guest;
            }
          if (who == NULL)
            continue;
          g_free (pp->name);
          pp->entity = who;
          pp->name = g_strdup (who->name);
        }
    }
}

/* "The leaders, including A, B and C, will gather on Thursday for the East
 * Asia Summit": the gathering read by its verb and by the summit's name, of the
 * same people at the same time and place, from the same sentence: one */
static void
drop_read_twice (Ctx *c)
{
  for (guint i = c->meetings->len; i > 1; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];
      BylineMeeting *o = c->meetings->pdata[i - 2];

      if (m->evidence->len != 1 || o->evidence->len != 1
          || g_array_index (m->evidence, BylineSpan, 0).start != g_array_index (o->evidence, BylineSpan, 0).start
          || !same_people (m, o)
          || (m->time_text != NULL && o->time_text != NULL && g_strcmp0 (m->time_text, o->time_text) != 0)
          || !(m->place == NULL || o->place == NULL || m->place == o->place))
        continue;
      for (guint p = 0; p < m->participants->len; p++)
        {
          const BylineParticipant *x = &g_array_index (m->participants, BylineParticipant, p);

          if (!_byline_meetings_has_participant (o, x->entity, x->name))
            _byline_meetings_add_participant (o, x->entity, g_strdup (x->name));
        }
      if (o->time_text == NULL && m->time_text != NULL)
        {
          o->time_text = g_strdup (m->time_text);
          o->date = m->date;
          o->status = m->status;
        }
      if (o->place == NULL && m->place != NULL)
        {
          o->place = m->place;
          g_free (o->place_name);
          o->place_name = g_strdup (m->place_name);
        }
      g_ptr_array_remove_index (c->meetings, i - 1);
    }
}

/* The same meeting read twice, once with the headline and once without it,
 * from the same sentences of the story: one (not two meetings of the story's
 * sentences, "last met in May, after their first summit in April") */
static void
drop_told_twice (Ctx *c)
{
  for (guint i = c->meetings->len; i > 0; i--)
    {
      const BylineMeeting *m = c->meetings->pdata[i - 1];

      for (guint j = 0; j < c->meetings->len; j++)
        {
          const BylineMeeting *o = c->meetings->pdata[j];

          /* (not "met in Paris on Monday and in Rome on Tuesday": two places or
           * days; but a land and a place in it, of a trip and its talks, are one) */
          if (j != i - 1 && m->evidence->len > 0 && m->evidence->len <= o->evidence->len && same_sides (m, o)
              && (m->place == NULL || o->place == NULL || m->place == o->place
                  || _byline_meetings_is_country (m->place) || _byline_meetings_is_country (o->place))
              && (m->date.year == 0 || o->date.year == 0
                  || (m->date.year == o->date.year && m->date.month == o->date.month && m->date.day == o->date.day))
              && m->evidence->len < o->evidence->len && evidence_within (m, o)
              /* (the other is told in the headline too) */
              && c->doc->title.end > 0 && g_array_index (o->evidence, BylineSpan, 0).start < c->doc->title.end
              && g_array_index (m->evidence, BylineSpan, 0).start >= c->doc->title.end)
            {
              BylineMeeting *keep = c->meetings->pdata[j];

              /* the talks' own place, day and tense over the trip's */
              if (m->place != NULL && !_byline_meetings_is_country (m->place)
                  && (keep->place == NULL || _byline_meetings_is_country (keep->place)))
                {
                  keep->place = m->place;
                  g_free (keep->place_name);
                  keep->place_name = g_strdup (m->place_name);
                  if (m->status != BYLINE_MEETING_UNKNOWN)
                    keep->status = m->status;
                }
              if (keep->date.year == 0)
                keep->date = m->date;
              g_ptr_array_remove_index (c->meetings, i - 1);
              break;
            }
        }
    }
}

/* Is the word at @k a plural of envoys: "ambassadors", "envoys", "heads of mission"? */
static gboolean
envoys_word (const Ctx *c, guint k)
{
  return is_one_of (c, k, (const char *const[]) { "ambassadors", "envoys", "diplomats", "commissioners", NULL })
         || (is_word (c, k, "heads") && is_word (c, k + 1, "of") && is_word (c, k + 2, "mission"));
}

/* Is a side's name, with no entity, envoys in the plural: "four new ambassadors",
 * "the diplomats", "heads of mission"? */
static gboolean
envoys_name (const char *name)
{
  return name != NULL
         && (strstr (name, "ambassadors") != NULL || strstr (name, "envoys") != NULL
             || strstr (name, "heads of mission") != NULL || strstr (name, "diplomats") != NULL);
}

/* Is the span's sentence one that tells of envoys in the plural, before its
 * meeting's word: "New ambassadors of Peru and Chile presented ..." */
static gboolean
envoys_told (const Ctx *c, guint lo, guint hi)
{
  for (guint k = lo; k < hi; k++)
    if (envoys_word (c, k))
      return TRUE;
  return FALSE;
}

/* "X received the letters of credence of four new ambassadors. The first was
 * A, of Vietnam, followed by B of Angola and C of Norway", "New ambassadors of
 * A, B and C presented their credentials to X. ... Ambassador D of A ...": the
 * envoys named after, one meeting each with the one who received them; a
 * meeting told later of the host and some of them is one of these */
static void
envoys_named (Ctx *c)
{
  for (guint i = c->meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];
      const BylineParticipant *host, *group;
      const BylineEntity *host_e;
      const BylineSpan *ev;
      guint lo, hi, s, named = 0, lands = 0;
      const BylineEntity *envoys[16];

      if (m->participants->len < 2 || m->evidence->len == 0)
        continue;
      /* the one who received them, the first person among the sides (past a
       * title's body: "The President of the Councils of State, X") */
      host = NULL;
      for (guint p = 0; p < m->participants->len && host == NULL; p++)
        if (g_array_index (m->participants, BylineParticipant, p).entity != NULL
            && g_array_index (m->participants, BylineParticipant, p).entity->type == BYLINE_ENTITY_PERSON)
          host = &g_array_index (m->participants, BylineParticipant, p);
      /* the envoys as a group: "accepted the letters of credence of three new
       * ambassadors, A of X, B of Y and C of Z", "Four new envoys presented ..." */
      group = NULL;
      for (guint p = 0; p < m->participants->len && group == NULL; p++)
        {
          const BylineParticipant *g = &g_array_index (m->participants, BylineParticipant, p);

          if (g->entity == NULL && envoys_name (g->name))
            group = g;
          lands += g->entity != NULL && _byline_meetings_is_country (g->entity);
        }
      if (host == NULL)
        continue;
      /* the sentence of the meeting and the one after it */
      ev = &g_array_index (m->evidence, BylineSpan, 0);
      for (s = 0; s < c->doc->sentences->len
                  && g_array_index (c->doc->sentences, BylineSentence, s).end <= ev->start; s++)
        ;
      if (s >= c->doc->sentences->len)
        continue;
      lo = g_array_index (c->doc->sentences, BylineSentence, s).first_token;
      /* or the envoys of the lands that are its other sides */
      if (group == NULL
          && !(lands >= 1 && lands + people_in (m) == m->participants->len
               && envoys_told (c, lo, g_array_index (c->doc->sentences, BylineSentence, s).end_token)))
        continue;
      hi = g_array_index (c->doc->sentences, BylineSentence, MIN (s + 1, c->doc->sentences->len - 1)).end_token;
      for (guint k = lo; k < hi && named < G_N_ELEMENTS (envoys); k++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
          gboolean seen = FALSE;

          if (r == NULL || r->first_token != k || r->entity->type != BYLINE_ENTITY_PERSON || r->entity == host->entity)
            continue;
          for (guint q = 0; q < named; q++)
            seen |= envoys[q] == r->entity;
          /* (the head of state an envoy speaks for is no envoy: "a message from
           * President X") */
          if (!seen && !(r->entity->role != NULL && !role_is_envoy (r->entity->role)))
            envoys[named++] = r->entity;
          k = r->end_token - 1;
        }
      /* named further on, by an envoy's title: "The first to be received was
       * Ambassador A of X. ... later welcomed Ambassador B" */
      if (named < 2)
        {
          guint far = MIN (s + 5, c->doc->sentences->len - 1);

          for (guint k = hi; k < g_array_index (c->doc->sentences, BylineSentence, far).end_token
                             && named < G_N_ELEMENTS (envoys); k++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
              gboolean seen = FALSE;

              if (r == NULL || r->first_token != k || r->entity->type != BYLINE_ENTITY_PERSON
                  || r->entity == host->entity || r->entity->role == NULL || !role_is_envoy (r->entity->role))
                continue;
              for (guint q = 0; q < named; q++)
                seen |= envoys[q] == r->entity;
              if (!seen)
                envoys[named++] = r->entity;
              k = r->end_token - 1;
            }
        }
      if (named < 2)
        continue;
      for (guint q = 0; q < named; q++)
        {
          BylineMeeting *one = pair_like (m, host->entity, envoys[q]);

          /* and those present at the ceremony, at each: "Also present were X" */
          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;
              gboolean envoy = e == host->entity;

              for (guint w = 0; w < named; w++)
                envoy |= envoys[w] == e;
              if (e != NULL && e->type == BYLINE_ENTITY_PERSON && !envoy)
                _byline_meetings_add_participant (one, e, g_strdup (e->name));
            }
          g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
          g_ptr_array_insert (c->meetings, i + q, one);
        }
      host_e = host->entity;
      g_ptr_array_remove_index (c->meetings, i - 1);
      /* a later meeting of the host and some of them, or of one of them alone,
       * is one of these: "X later welcomed Ambassador B and Ambassador C" */
      for (guint j = c->meetings->len; j > i - 1 + named; j--)
        {
          BylineMeeting *o = c->meetings->pdata[j - 1];
          gboolean within = TRUE, any = FALSE;

          for (guint p = 0; p < o->participants->len && within; p++)
            {
              const BylineParticipant *op = &g_array_index (o->participants, BylineParticipant, p);
              const BylineEntity *e = op->entity;
              gboolean envoy = FALSE;

              for (guint w = 0; w < named; w++)
                envoy |= envoys[w] == e;
              /* "After each ceremony, the President exchanged views with the
               * diplomats": the envoys as a group, the host by title */
              if (e == NULL && envoys_name (op->name))
                envoy = TRUE;
              any |= envoy;
              within = envoy || (e != NULL && e == host_e)
                       || (e == NULL && op->name != NULL && strchr (op->name, ' ') == NULL && g_ascii_isupper (op->name[0]));
            }
          if (!within || !any)
            continue;
          for (guint w = 0; w < named; w++)
            if (_byline_meetings_has_participant (o, envoys[w], NULL) || people_in (o) == 0)
              {
                BylineMeeting *one = c->meetings->pdata[i - 1 + w];

                g_array_append_vals (one->evidence, o->evidence->data, o->evidence->len);
              }
          g_ptr_array_remove_index (c->meetings, j - 1);
        }
    }
}

/* "Wang Yi calls on Sheikh Hasina" over "Wang Yi paid a courtesy call on the
 * Prime Minister": the story's meeting with one named and one by title is the
 * headline's with both named */
static void
headline_names_the_title (Ctx *c)
{
  const BylineSpan *title = &c->doc->title;

  if (title->end == 0)
    return;
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *h = c->meetings->pdata[i];
      const BylineEntity *a, *b;

      if (h->participants->len != 2 || h->evidence->len != 1
          || g_array_index (h->evidence, BylineSpan, 0).start >= title->end)
        continue;
      a = g_array_index (h->participants, BylineParticipant, 0).entity;
      b = g_array_index (h->participants, BylineParticipant, 1).entity;
      if (a == NULL || b == NULL || a->type != BYLINE_ENTITY_PERSON || b->type != BYLINE_ENTITY_PERSON)
        continue;
      for (guint j = 0; j < c->meetings->len; j++)
        {
          BylineMeeting *m = c->meetings->pdata[j];
          BylineParticipant *named, *titled;

          if (m == h || m->participants->len != 2 || m->evidence->len == 0
              || g_array_index (m->evidence, BylineSpan, 0).start < title->end)
            continue;
          named = &g_array_index (m->participants, BylineParticipant, 0);
          titled = &g_array_index (m->participants, BylineParticipant, 1);
          if (named->entity == NULL)
            {
              BylineParticipant *x = named;

              named = titled;
              titled = x;
            }
          /* (a title alone: "Prime Minister", "the Emir") */
          if (named->entity == NULL || titled->entity != NULL || titled->name == NULL
              || !g_ascii_isupper (titled->name[0]) || !has_person_named (h, named->entity))
            continue;
          {
            const char *last = strrchr (titled->name, ' ');
            g_autofree char *word = g_ascii_strdown (last != NULL ? last + 1 : titled->name, -1);

            if (!(byline_lexicon_word_class (c->lex, word) & BYLINE_WORD_ROLE))
              continue;
          }
          {
            const BylineEntity *other = same_family (a, named->entity) ? b : a;

            g_free (titled->name);
            titled->name = g_strdup (other->name);
            titled->entity = other;
          }
          g_array_prepend_vals (m->evidence, h->evidence->data, h->evidence->len);
          g_ptr_array_remove_index (c->meetings, i);
          i--;
          break;
        }
    }
}

static void
drop_false_sides (Ctx *c)
{
  /* (a story, not a short passage of a few sentences) */
  gboolean story = c->doc->sentences->len > 5;

  for (guint i = c->meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c->meetings->pdata[i - 1];
      guint before = m->participants->len;

      if (m->place_name != NULL && m->place != NULL && m->place->type != BYLINE_ENTITY_DATE
          && (last_word_class (c, m->place_name) & BYLINE_WORD_MONTH))
        {
          m->place = NULL;
          g_clear_pointer (&m->place_name, g_free);
        }
      for (guint p = m->participants->len; p > 0; p--)
        if (false_side (c, m, &g_array_index (m->participants, BylineParticipant, p - 1)))
          g_array_remove_index (m->participants, p - 1);
      if ((before >= 2 && m->participants->len < 2) || told_as_habit (c, m)
          /* one person alone meets no one ("Reed said the talks went well"), in a
           * story; a short passage keeps the meeting it tells, whoever it names */
          || (m->participants->len == 1 && g_array_index (m->participants, BylineParticipant, 0).entity != NULL
              && g_array_index (m->participants, BylineParticipant, 0).entity->type == BYLINE_ENTITY_PERSON
              && story && !led_or_attended (c, m)))
        g_ptr_array_remove_index (c->meetings, i - 1);
    }
}

/* The city of a meeting held at a building: the city the sentence names with
 * "in" ("In Bogota, the minister received ... at the Palace"), or the city of
 * the dateline when one who met is of its country, at home; "Venue, City" */
static void
place_with_city (Ctx *c, const BylineEntity *wire_place)
{
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];
      const BylineSpan *ev;
      const BylineEntity *city = NULL;
      gboolean other_city = FALSE;

      guint first, venue_end = 0;

      /* a building: a body's seat, or a name of words ("Serena Hotel", "Palace of
       * San Carlos"); not a town of one word that no gazetteer knows */
      if (m->place == NULL || m->place_name == NULL || !is_site (m->place) || m->evidence->len == 0
          || !(m->place->type == BYLINE_ENTITY_ORG || strchr (m->place->name, ' ') != NULL))
        continue;
      ev = &g_array_index (m->evidence, BylineSpan, 0);
      first = token_at (c, ev->start);
      {
        guint lo = 0, hi = c->mentions->len;

        /* the first mention at or after the evidence */
        while (lo < hi)
          {
            guint mid = lo + (hi - lo) / 2;

            if (g_array_index (c->mentions, BylineMentionRef, mid).start < ev->start)
              lo = mid + 1;
            else
              hi = mid;
          }
        for (guint k = lo; k < c->mentions->len; k++)
          {
            const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

            if (r->start >= ev->end)
              break;
            if (r->entity == m->place)
              venue_end = r->end_token;
            if (r->entity->type != BYLINE_ENTITY_PLACE || r->entity->lex == NULL || r->entity->lex->kind != BYLINE_LEX_CITY
                || (r->start >= c->dl_start && r->start < c->dl_end))
              continue;
            /* "at the Palace in Bogota", "In Nairobi, ...", "..., in New York" */
            if (r->first_token > 1 && is_word (c, r->first_token - 1, "in")
                && (r->first_token - 1 == first || r->first_token - 1 == venue_end || is_punct (c, r->first_token - 2, ',')))
              {
                if (city != NULL && city != r->entity)
                  other_city = TRUE;
                city = r->entity;
              }
            else if (r->entity != wire_place)
              other_city = TRUE;
          }
      }
      if (other_city)
        continue;
      /* a host at home and a visitor from abroad */
      if (city == NULL && wire_place != NULL && wire_place->lex != NULL && wire_place->lex->kind == BYLINE_LEX_CITY
          && wire_place->lex->country_name != NULL)
        {
          if (host_at_home (m, wire_place->lex->country_name))
            city = wire_place;
        }
      if (city == NULL || strstr (m->place_name, city->name) != NULL)
        continue;
      {
        char *both = g_strdup_printf ("%s, %s", m->place_name, city->name);

        g_free (m->place_name);
        m->place_name = both;
      }
    }
}

/* "The two discussed regional security", "The ministers exchanged views on":
 * a sentence whose first meeting word is one of what was said, not of a
 * meeting */
static gboolean
told_what_was_discussed (const Ctx *c, const BylineSpan *sent)
{
  for (guint k = token_at (c, sent->start); k < c->n && c->toks[k].start < sent->end; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_MEETING))
      return is_word (c, k, "discussed") || (is_word (c, k, "exchanged") && is_word (c, k + 1, "views"))
             || is_word (c, k, "talked");
  return FALSE;
}

/* What the same people discussed, told just after their meeting, is more of
 * that meeting, whatever its time: "X will hold talks with Y on Monday. The
 * two discussed ...", "X and Y last met in May. The ministers discussed ..." */
static void
merge_discussed (Ctx *c)
{
  for (guint i = 1; i < c->meetings->len; i++)
    {
      BylineMeeting *b = c->meetings->pdata[i];
      const BylineSpan *bev = &g_array_index (b->evidence, BylineSpan, 0);
      guint named = 0;

      /* (its time and place, if any, are of what was discussed: "the next round
       * of talks in Cairo on Sunday") */
      if (b->evidence->len != 1 || b->trip || b->background || !told_what_was_discussed (c, bev))
        continue;
      for (guint p = 0; p < b->participants->len; p++)
        if (g_array_index (b->participants, BylineParticipant, p).entity != NULL)
          named++;
      if (named < 2)
        continue;
      for (guint j = i; j > 0 && j + 4 > i; j--)
        {
          BylineMeeting *a = c->meetings->pdata[j - 1];
          gboolean near = FALSE, all = TRUE;

          for (guint e = 0; e < a->evidence->len && !near; e++)
            {
              const BylineSpan *aev = &g_array_index (a->evidence, BylineSpan, e);

              near = aev->end <= bev->start && bev->start - aev->end <= 600;
            }
          for (guint p = 0; p < b->participants->len && all; p++)
            {
              const BylineParticipant *pp = &g_array_index (b->participants, BylineParticipant, p);

              all = pp->entity == NULL || _byline_meetings_has_participant (a, pp->entity, NULL);
            }
          if (!near || !all)
            continue;
          b->place = NULL;
          g_clear_pointer (&b->place_name, g_free);
          g_clear_pointer (&b->time_text, g_free);
          memset (&b->date, 0, sizeof b->date);
          merge_into (a, b);
          g_ptr_array_remove_index (c->meetings, i);
          i--;
          break;
        }
    }
}

/* "Secretary X's Call with Foreign Minister Y ... The Secretary and Foreign
 * Minister Y discussed ...": what the two discussed, told only so, after a call
 * of theirs (told before it, headline too, naming both), was said on that
 * call, not at a meeting */
static void
drop_discussed_on_call (Ctx *c)
{
  for (guint i = c->meetings->len; i > 0; i--)
    {
      BylineMeeting *b = c->meetings->pdata[i - 1];
      const BylineSpan *bev;
      gboolean call = FALSE;

      gboolean discussed = TRUE;

      if (b->evidence->len == 0 || b->participants->len < 2)
        continue;
      bev = &g_array_index (b->evidence, BylineSpan, 0);
      for (guint e = 0; e < b->evidence->len && discussed; e++)
        discussed = told_what_was_discussed (c, &g_array_index (b->evidence, BylineSpan, e));
      if (!discussed)
        continue;
      guint from = byline_tokens_lower_bound (c->toks, 0, c->n, bev->start);

      /* (the calls told in the few thousand words before: a long file stays linear) */
      for (guint k = from > 3000 ? from - 3000 : 0; k < c->n && c->toks[k].start < bev->start && !call; k++)
        {
          const BylineMentionRef *r;
          guint s0, s1;

          if (!((is_word (c, k, "call") && (is_word (c, k + 1, "with") || (k > 0 && is_word (c, k - 1, "phone"))))
                || is_word (c, k, "telephone") || is_word (c, k, "phone") || is_word (c, k, "videoconference")))
            continue;
          /* the sentence of the call names one of them */
          for (s0 = k; s0 > 0 && s0 + 60 > k && !(c->toks[s0].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_NEWLINE)); s0--)
            ;
          for (s1 = k + 1; s1 < c->n && s1 < k + 60 && !(c->toks[s1].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_NEWLINE));
               s1++)
            ;
          /* (both of them: "Secretary X's Call with Foreign Minister Y") */
          const BylineEntity *one = NULL;

          for (guint j = s0; j < s1 && !call; j++)
            if ((r = byline_mentions_at (c->mentions, j)) != NULL && r->first_token == j
                && r->entity->type == BYLINE_ENTITY_PERSON && r->entity != one && has_person_named (b, r->entity))
              {
                call = one != NULL;
                one = r->entity;
              }
        }
      if (call)
        g_ptr_array_remove_index (c->meetings, i - 1);
    }
}

/* Does the group of one word ("ministers") name a group of the meeting ("Nato
 * defence ministers")? */
static gboolean
group_named_in (const BylineMeeting *m, const char *word)
{
  gsize n = strlen (word);

  for (guint p = 0; p < m->participants->len; p++)
    {
      const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
      gsize len = pp->name != NULL ? strlen (pp->name) : 0;

      /* (a group may be an organisation's: "Nato defence ministers") */
      if ((pp->entity == NULL || pp->entity->type != BYLINE_ENTITY_PERSON) && len > n && pp->name[len - n - 1] == ' '
          && g_ascii_strcasecmp (pp->name + len - n, word) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Could two meetings told near each other be one, by their times, places and
 * kinds? */
static gboolean
may_be_one (const BylineMeeting *a, const BylineMeeting *b)
{
  if (a->background != b->background || a->trip || b->trip || b->also
      || (a->status == BYLINE_MEETING_PLANNED) != (b->status == BYLINE_MEETING_PLANNED))
    return FALSE;
  if (a->date.year && b->date.year && (a->date.day != b->date.day || a->date.month != b->date.month))
    return FALSE;
  if (a->time_text && b->time_text && g_ascii_strcasecmp (a->time_text, b->time_text) != 0
      && !(a->date.year && b->date.year))
    return FALSE;
  return !(a->place && b->place && a->place != b->place && !is_site (a->place) && !is_site (b->place));
}

/* A meeting told again in the next sentences by a group of one word: "X also
 * called on Lin on Wednesday. Lin hosted a dinner for the lawmakers", "She
 * attends a meeting of Nato defence ministers ... Y is due to host the
 * ministers": one meeting, with everyone named in either */
static void
merge_group_told_again (Ctx *c)
{
  for (guint i = 1; i < c->meetings->len; i++)
    {
      BylineMeeting *b = c->meetings->pdata[i];
      const BylineSpan *bev = &g_array_index (b->evidence, BylineSpan, 0);
      const char *group = NULL;
      guint named_shared = 0, named_new = 0;

      for (guint p = 0; p < b->participants->len; p++)
        {
          const BylineParticipant *pp = &g_array_index (b->participants, BylineParticipant, p);

          if (pp->entity == NULL && pp->name != NULL && pp->name[0] != '\0' && strchr (pp->name, ' ') == NULL
              && g_ascii_islower (pp->name[0]) && group == NULL)
            group = pp->name;
          else if (pp->entity == NULL)
            {
              group = NULL;
              break;
            }
        }
      if (group == NULL)
        continue;
      for (guint j = i; j > 0 && j + 3 > i; j--)
        {
          BylineMeeting *a = c->meetings->pdata[j - 1];
          gboolean near = FALSE;

          /* told in the sentence before, or the one before it */
          for (guint e = 0; e < a->evidence->len && !near; e++)
            {
              const BylineSpan *aev = &g_array_index (a->evidence, BylineSpan, e);

              near = aev->end <= bev->start && bev->start - aev->end <= 400;
            }
          if (!near || !may_be_one (a, b))
            continue;
          named_shared = named_new = 0;
          for (guint p = 0; p < b->participants->len; p++)
            {
              const BylineParticipant *pp = &g_array_index (b->participants, BylineParticipant, p);

              if (pp->entity != NULL && _byline_meetings_has_participant (a, pp->entity, NULL))
                named_shared++;
              else if (pp->entity != NULL)
                named_new++;
            }
          if ((named_shared == 1 && named_new == 0 && !group_named_in (a, group))
              || (named_shared == 0 && named_new <= 1 && group_named_in (a, group)))
            {
              /* the group stands for those named in the one told first */
              for (guint p = 0; p < b->participants->len; p++)
                if (g_array_index (b->participants, BylineParticipant, p).name == group)
                  {
                    g_array_remove_index (b->participants, p);
                    break;
                  }
              merge_into (a, b);
              g_ptr_array_remove_index (c->meetings, i);
              i--;
              break;
            }
        }
    }
}

/* "earlier in the day", "later that day": the day of another meeting told */
static gboolean
same_day_phrase (const char *time_text)
{
  gsize n = time_text != NULL ? strlen (time_text) : 0;

  return n > 3 && (g_ascii_strncasecmp (time_text, "earlier", 7) == 0 || g_ascii_strncasecmp (time_text, "later", 5) == 0)
         && g_ascii_strcasecmp (time_text + n - 3, "day") == 0;
}

/* "the sidelines of the Munich Security Conference": the gathering named after
 * the words at byte @at, a body whose name ends in a gathering's word */
static const BylineEntity *
gathering_named_at (const Ctx *c, guint32 at)
{
  static const char *const words[] = {
    "Conference", "Summit", "Forum", "Assembly", "Meeting", "Dialogue", "Session", "Congress", NULL,
  };
  guint k = token_at (c, at);

  if (!is_word (c, k + 1, "of") || !is_word (c, k + 2, "the"))
    return NULL;
  for (guint j = k + 3; j < c->n && j < k + 6; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j
          && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_OTHER)
          && is_one_of (c, r->end_token - 1, words))
        return r->entity;
      if (c->toks[j].kind != BYLINE_TOKEN_WORD)
        break;
    }
  return NULL;
}

/* Is @abbrev the initials of @name, with or without periods ("U.S.", "UAE" of
 * "United Arab Emirates")? */
static gboolean
initials_of (const char *abbrev, const char *name)
{
  const char *n = name;

  for (const char *a = abbrev; *a != '\0'; a++)
    {
      if (*a == '.')
        continue;
      if (!g_ascii_isupper (*a) || *n != *a)
        return FALSE;
      /* the next word's first letter */
      while (*n != '\0' && *n != ' ')
        n++;
      while (*n == ' ')
        n++;
    }
  return *n == '\0' && strlen (abbrev) <= 6;
}

/* A country a trip names by the gazetteer's short name ("Kyrgyzstan"), that
 * the article names only by a longer name of the same stem ("the Kyrgyz
 * Republic") or by its initials ("U.S."): the article's name */
/* Does the article's text hold @word as a word of its own? */
static gboolean
word_in_text (const Ctx *c, const char *word)
{
  gsize n = strlen (word);

  for (const char *at = strstr (c->text, word); at != NULL; at = strstr (at + 1, word))
    if ((at == c->text || !g_ascii_isalnum (at[-1])) && !g_ascii_isalnum (at[n]))
      return TRUE;
  return FALSE;
}

static void
country_by_article_name (Ctx *c)
{
  g_autoptr (GHashTable) named = NULL;    /* an article's name of a country: TRUE */
  g_autoptr (GHashTable) by_short = NULL; /* short name -> the article's entity */

  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];

      for (guint p = 0; p < m->participants->len; p++)
        {
          BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
          const BylineEntity *ce;

          if (pp->entity != NULL || pp->name == NULL || !g_ascii_isupper (pp->name[0]))
            continue;
          /* the article's countries, once, when a side may be one */
          if (named == NULL)
            {
              named = g_hash_table_new (g_str_hash, g_str_equal);
              by_short = g_hash_table_new (g_str_hash, g_str_equal);
              for (guint e = 0; e < c->entities->len; e++)
                {
                  const BylineEntity *x = c->entities->pdata[e];

                  if (x->type != BYLINE_ENTITY_PLACE || x->lex == NULL || x->lex->kind != BYLINE_LEX_COUNTRY
                      || x->lex->country_name == NULL)
                    continue;
                  g_hash_table_add (named, x->name);
                }
              for (guint e = 0; e < c->entities->len; e++)
                {
                  const BylineEntity *x = c->entities->pdata[e];

                  if (x->type != BYLINE_ENTITY_PLACE || x->lex == NULL || x->lex->kind != BYLINE_LEX_COUNTRY
                      || x->lex->country_name == NULL)
                    continue;
                  /* a name of the same stem, not a description: "Kyrgyz Republic" for
                   * "Kyrgyzstan", "Slovak Republic" for "Slovakia"; not "Islamic Republic";
                   * or the only short form the article uses: "U.S." for "United States";
                   * or the only name it has for the land: "the Soviet Union" of a 1987
                   * story, for Russia */
                  if (!g_str_equal (x->name, x->lex->country_name) && strstr (x->name, x->lex->country_name) == NULL
                      && ((strlen (x->lex->country_name) > 5 && strncmp (x->name, x->lex->country_name, 5) == 0)
                          || initials_of (x->name, x->lex->country_name)
                          || (g_ascii_isupper (x->name[0]) && strchr (x->name, ' ') != NULL
                              && !word_in_text (c, x->lex->country_name)))
                      && !g_hash_table_contains (by_short, x->lex->country_name))
                    g_hash_table_insert (by_short, x->lex->country_name, (gpointer) x);
                }
            }
          ce = g_hash_table_lookup (by_short, pp->name);
          if (ce == NULL || g_hash_table_contains (named, pp->name) || _byline_meetings_has_participant (m, ce, NULL))
            continue;
          g_free (pp->name);
          pp->entity = ce;
          pp->name = g_strdup (ce->name);
        }
    }
}

/* "EU foreign ministers met in Bucharest for an informal meeting, hosted by
 * X": a group's meeting read alone from a sentence whose other reading has the
 * group and more is that one meeting */
static void
drop_group_told_within (Ctx *c)
{
  for (guint i = c->meetings->len; i > 0; i--)
    {
      const BylineMeeting *m = c->meetings->pdata[i - 1];
      const BylineParticipant *one;

      if (m->participants->len != 1 || m->evidence->len != 1)
        continue;
      one = &g_array_index (m->participants, BylineParticipant, 0);
      for (guint j = 0; j < c->meetings->len; j++)
        {
          const BylineMeeting *o = c->meetings->pdata[j];

          if (o == m || o->participants->len < 2 || o->evidence->len == 0
              || g_array_index (o->evidence, BylineSpan, 0).start != g_array_index (m->evidence, BylineSpan, 0).start
              || !_byline_meetings_has_participant (o, one->entity, one->name)
              /* (not "ASEAN leaders meet from Nov. 10, and X will attend the
               * ASEAN-China summit on the final day": another time) */
              || g_strcmp0 (m->time_text, o->time_text) != 0)
            continue;
          g_ptr_array_remove_index (c->meetings, i - 1);
          break;
        }
    }
}

/* "met Y on Monday, their first meeting since talks in Vienna in May", "came
 * after summits in Hanoi and in Singapore": earlier meetings of the same sides,
 * named by their noun after "since" or "after", one for each place */
static void
background_named_after (Ctx *c)
{
  for (guint i = 0, n = c->meetings->len; i < n; i++)
    {
      const BylineMeeting *m = c->meetings->pdata[i];
      const BylineSpan ev = g_array_index (m->evidence, BylineSpan, 0);

      if (m->background || m->participants->len < 2 || m->status == BYLINE_MEETING_PLANNED)
        continue;
      for (guint k = token_at (c, ev.start); k + 3 < c->n && c->toks[k].start < ev.end; k++)
        {
          guint w = k + 1;

          if (!is_word (c, k, "since") && !is_word (c, k, "after"))
            continue;
          /* ("since the talks", "after their summit", "after a failed summit") */
          while (w < k + 4 && w < c->n && c->toks[w].kind == BYLINE_TOKEN_WORD && !(c->toks[w].flags & BYLINE_TOKEN_CAP)
                 && !is_one_of (c, w, (const char *const[]) { "talks", "summit", "summits", "meeting", "meetings", NULL }))
            w++;
          if (!is_one_of (c, w, (const char *const[]) { "talks", "summit", "summits", "meeting", "meetings", NULL }))
            continue;
          /* each place after "in": "in Hanoi in February and in Singapore" */
          for (guint j = w + 1; j + 1 < c->n && c->toks[j].start < ev.end;)
            {
              const BylineMentionRef *r = is_word (c, j, "in") ? byline_mentions_at (c->mentions, j + 1) : NULL;
              gboolean told = FALSE;

              if (r == NULL || r->first_token != j + 1 || r->entity->type != BYLINE_ENTITY_PLACE)
                break;
              /* (not one told with sides of its own: "after talks in Ankara
               * between A and B", nor one read already) */
              if (is_word (c, r->end_token, "between") || is_word (c, r->end_token, "with"))
                break;
              for (guint o = 0; o < c->meetings->len && !told; o++)
                {
                  const BylineMeeting *x = c->meetings->pdata[o];

                  told = x->place == r->entity && same_sides (x, m);
                }
              if (!told && r->entity != m->place)
                {
                  BylineMeeting *b = _byline_meeting_new ();

                  for (guint p = 0; p < m->participants->len; p++)
                    {
                      const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);

                      _byline_meetings_add_participant (b, pp->entity, g_strdup (pp->name));
                    }
                  b->place = r->entity;
                  b->place_name = g_strdup (r->entity->name);
                  b->status = BYLINE_MEETING_HAPPENED;
                  b->background = TRUE;
                  g_array_append_val (b->evidence, ev);
                  g_ptr_array_add (c->meetings, b);
                }
              j = r->end_token;
              /* past its time: "in February", "last year" */
              if (is_word (c, j, "in") && byline_mentions_at (c->mentions, j + 1) != NULL
                  && byline_mentions_at (c->mentions, j + 1)->entity->type == BYLINE_ENTITY_DATE)
                j = byline_mentions_at (c->mentions, j + 1)->end_token;
              /* (and ", in Y": the next place) */
              if (is_punct (c, j, ',') && is_word (c, j + 1, "in"))
                j++;
              else if ((j = list_next (c, j)) == 0)
                break;
            }
        }
    }
}

/* The land an envoy's word names, at @k: a country ("ambassador of Japan") or
 * its people's word ("the Cuban envoy"); its short name, or NULL */
static const char *
land_at (const Ctx *c, guint k)
{
  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

  if (r == NULL || r->entity->lex == NULL
      || (r->entity->lex->kind != BYLINE_LEX_COUNTRY && r->entity->lex->kind != BYLINE_LEX_DEMONYM))
    return NULL;
  return r->entity->lex->country_name != NULL ? r->entity->lex->country_name : r->entity->name;
}

/* Is the word at @k one envoy's: "ambassador", "envoy"? */
static gboolean
envoy_word (const Ctx *c, guint k)
{
  return is_word (c, k, "ambassador") || is_word (c, k, "envoy");
}

/* "received the letters of credence of the newly appointed ambassadors of
 * Japan, Cuba and Norway": each envoy is received apart, one meeting each, of
 * the head of state and the envoy's land; and "Talks between the President
 * and the Cuban envoy", told after, is that envoy's */
static void
envoys_received_each (Ctx *c)
{
  for (guint i = 0; i < c->meetings->len; i++)
    {
      BylineMeeting *m = c->meetings->pdata[i];
      const BylineSpan ev = g_array_index (m->evidence, BylineSpan, 0);
      g_autoptr (GPtrArray) lands = g_ptr_array_new ();
      guint group = G_MAXUINT, first = token_at (c, ev.start), list = 0;
      gboolean papers = FALSE;

      for (guint p = 0; p < m->participants->len; p++)
        {
          const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);

          if (pp->entity == NULL && envoys_name (pp->name) && strstr (pp->name, " of ") != NULL)
            group = p;
        }
      if (m->participants->len < 2 || m->background)
        continue;
      /* the envoys' papers, in the sentence, and the list of their lands */
      for (guint k = first; k < c->n && c->toks[k].start < ev.end; k++)
        {
          papers = papers || is_word (c, k, "credence") || is_word (c, k, "credentials");
          /* ("ambassadors of", "heads of mission of") */
          if (list == 0 && k > first && is_word (c, k, "of")
              && ((envoys_word (c, k - 1) && !is_word (c, k - 1, "heads"))
                  || (k >= first + 3 && is_word (c, k - 3, "heads") && envoys_word (c, k - 3))))
            list = k + 1 + is_word (c, k + 1, "the");
        }
      if (!papers || list == 0)
        continue;
      for (guint k = list; k < c->n && c->toks[k].start < ev.end;)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
          const char *land = land_at (c, k);

          if (land == NULL || r->entity->lex->kind != BYLINE_LEX_COUNTRY)
            break;
          g_ptr_array_add (lands, (gpointer) r->entity);
          k = list_next (c, r->end_token);
          if (k == 0)
            break;
        }
      if (lands->len < 2)
        continue;
      /* (the envoys as a group, or each land a side of its own: "The
       * ambassadors of Norway and Kenya presented their credentials to X") */
      if (group == G_MAXUINT)
        {
          guint sides = 0;

          for (guint l = 0; l < lands->len; l++)
            sides += _byline_meetings_has_participant (m, lands->pdata[l], NULL);
          if (sides < lands->len || m->participants->len == lands->len)
            continue;
        }
      /* one meeting each, in the list's order, in the place of the one */
      for (guint l = 0; l < lands->len; l++)
        {
          const BylineEntity *land = lands->pdata[l];
          BylineMeeting *one = meeting_like (m);

          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);

              if (p == group)
                _byline_meetings_add_participant (one, land, g_strdup (land->name));
              else if (group != G_MAXUINT || !g_ptr_array_find (lands, pp->entity, NULL))
                _byline_meetings_add_participant (one, pp->entity, g_strdup (pp->name));
            }
          if (group == G_MAXUINT)
            _byline_meetings_add_participant (one, land, g_strdup (land->name));
          for (guint t = 0; t < m->topics->len; t++)
            g_ptr_array_add (one->topics, g_strdup (m->topics->pdata[t]));
          g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
          g_ptr_array_insert (c->meetings, (gint) (i + 1 + l), one);
        }
      g_ptr_array_remove_index (c->meetings, i);
      /* the envoys' meetings told after, each by its land: that envoy's */
      for (guint j = i + lands->len; j < c->meetings->len; j++)
        {
          BylineMeeting *o = c->meetings->pdata[j];
          const BylineSpan oev = g_array_index (o->evidence, BylineSpan, 0);
          guint envoys = 0, found = 0, others = 0;

          if (oev.start > ev.end + 2000)
            break;
          if (o->background || o->status == BYLINE_MEETING_PLANNED)
            continue;
          for (guint p = 0; p < o->participants->len; p++)
            {
              const char *name = g_array_index (o->participants, BylineParticipant, p).name;
              const char *last = name != NULL ? strrchr (name, ' ') : NULL;

              last = last != NULL ? last + 1 : name;
              if (last != NULL && (g_ascii_strcasecmp (last, "ambassador") == 0 || g_ascii_strcasecmp (last, "envoy") == 0))
                envoys++;
              else
                others++;
            }
          if (envoys == 0 || others > 1)
            continue;
          /* ("the Cuban envoy", "the ambassador of Senegal", "Norway's envoy") */
          for (guint k = token_at (c, oev.start); k < c->n && c->toks[k].start < oev.end; k++)
            {
              const char *land = land_at (c, k);
              guint after = land != NULL ? byline_mentions_at (c->mentions, k)->end_token : k;

              if (land == NULL)
                continue;
              if (c->toks[after].kind == BYLINE_TOKEN_POSSESSIVE)
                after++;
              if (!envoy_word (c, after) && !(k >= 2 && is_word (c, k - 1, "of") && envoy_word (c, k - 2))
                  && !(k >= 3 && is_word (c, k - 1, "the") && is_word (c, k - 2, "of") && envoy_word (c, k - 3)))
                continue;
              for (guint l = 0; l < lands->len; l++)
                {
                  const BylineEntity *e = lands->pdata[l];
                  BylineMeeting *one = c->meetings->pdata[i + l];

                  if (g_strcmp0 (land, e->lex->country_name != NULL ? e->lex->country_name : e->name) == 0)
                    {
                      g_array_append_vals (one->evidence, o->evidence->data, o->evidence->len);
                      found++;
                      break;
                    }
                }
            }
          if (found >= envoys)
            g_ptr_array_remove_index (c->meetings, j--);
        }
      i += lands->len - 1;
    }
}

/**
 * byline_meetings_find:
 *
 * Finds the meetings an article reports: who met, held talks with, visited or
 * hosted whom, where and when (resolved against the dateline), whether it
 * happened or is planned, and what about. A meeting told twice is one, with
 * two evidence spans.
 *
 * Returns: (transfer full) (element-type BylineMeeting): the meetings
 */
GPtrArray *
byline_meetings_find (const BylineDocument *doc,
                      GPtrArray            *entities,
                      GArray               *mentions,
                      GArray               *clauses,
                      GPtrArray            *quotes)
{
  Ctx c = {
    doc, byline_lexicon_get (), doc->text->data, (const BylineToken *) doc->tokens->data,
    doc->tokens->len, mentions, entities,
    g_ptr_array_new_with_free_func ((GDestroyNotify) byline_meeting_free), NULL, 0,
  };
  const BylineEntity *wire_place = NULL;
  guint lead_end = 0;

  g_return_val_if_fail (clauses != NULL && clauses->len == doc->sentences->len, c.meetings);
  byline_clause_reader_init (&c.reader, doc, entities, mentions);
  c.clauses = clauses;
  c.quotes = quotes;

  if (doc->wire_place.end > doc->wire_place.start)
    for (guint k = 0; k < mentions->len; k++)
      {
        const BylineMentionRef *r = &g_array_index (mentions, BylineMentionRef, k);
        if (r->start == doc->wire_place.start && r->entity->type == BYLINE_ENTITY_PLACE)
          {
            wire_place = r->entity;
            break;
          }
      }

  /* "UNITED NATIONS, New York, 24 September 2025 —": the city after a place that
   * is no city */
  if (wire_place == NULL && doc->wire_place.end > doc->wire_place.start)
    for (guint k = 0; k < mentions->len; k++)
      {
        const BylineMentionRef *r = &g_array_index (mentions, BylineMentionRef, k);

        if (r->start >= doc->wire.end)
          break;
        if (r->start >= doc->wire_place.end && r->entity->type == BYLINE_ENTITY_PLACE && r->entity->lex != NULL && r->entity->lex->kind != BYLINE_LEX_COUNTRY)
          {
            wire_place = r->entity;
            break;
          }
      }
  if (doc->wire.end > doc->wire.start)
    {
      c.dl_start = doc->wire.start;
      c.dl_end = doc->wire.end;
    }
  /* (or one whose place the document did not find: "MOSCOW, 12 APR - RIA Novosti.") */
  if (wire_place == NULL)
    {
      guint end = 0;
      const BylineMentionRef *dl = lead_dateline (&c, &end);

      if (dl != NULL)
        {
          const BylineMentionRef *r = byline_mentions_at (mentions, end - 1);

          wire_place = dl->entity;
          c.dl_start = dl->start;
          /* past a date that the end stands in: "ANKARA, December 11." */
          c.dl_end = byline_token_end (&c.toks[end - 1]);
          if (r != NULL && r->end > c.dl_end)
            c.dl_end = r->end;
        }
    }
  c.wire_place = wire_place;
  /* the lead: the first paragraph after the headline block, where a wire dateline stands */
  for (guint p = 0; p < doc->paragraphs->len; p++)
    {
      const BylineSpan *para = &g_array_index (doc->paragraphs, BylineSpan, p);

      if (c.dl_end > c.dl_start && para->end > c.dl_start)
        {
          lead_end = para->end;
          /* a dateline on a line of its own: the lead is the paragraph after it */
          if (para->end <= c.dl_end + 1 && p + 1 < doc->paragraphs->len)
            lead_end = g_array_index (doc->paragraphs, BylineSpan, p + 1).end;
          break;
        }
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      meeting_in_sentence (&c, s);
    }

  /* "arrived in Havana on Sunday for a visit to Cuba": one trip, in the city */
  for (guint i = c.meetings->len; i > 1; i--)
    {
      BylineMeeting *b = c.meetings->pdata[i - 1], *a = c.meetings->pdata[i - 2];

      if (!a->trip || !b->trip || a->place == NULL || b->place == NULL || a->place == b->place
          || a->participants->len == 0 || b->participants->len == 0 || a->evidence->len == 0 || b->evidence->len == 0
          || g_array_index (a->evidence, BylineSpan, 0).start != g_array_index (b->evidence, BylineSpan, 0).start
          || g_array_index (a->participants, BylineParticipant, 0).entity == NULL
          || g_array_index (a->participants, BylineParticipant, 0).entity
               != g_array_index (b->participants, BylineParticipant, 0).entity)
        continue;
      if (of_country (a->place, b->place->name))
        g_ptr_array_remove_index (c.meetings, i - 1);
      else if (of_country (b->place, a->place->name))
        g_ptr_array_remove_index (c.meetings, i - 2);
    }
  /* "The UN envoy met X": the envoy named before, before the trips are read */
  described_envoys (&c);
  /* a trip on which the visitor met named hosts is told by those meetings */
  for (guint i = c.meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c.meetings->pdata[i - 1];

      if (m->trip && trip_told_by_hosts (&c, i - 1, wire_place))
        g_ptr_array_remove_index (c.meetings, i - 1);
      /* "X arrived in Rabat on Monday. He was received by Prime Minister Y": the
       * visitor's next meeting, told right after with no place of its own, is on
       * the trip and there */
      /* (a trip at the invitation of Y is told by a meeting with Y alone) */
      else if (m->trip && m->place != NULL && m->status != BYLINE_MEETING_PLANNED && !m->background
               && m->participants->len == 2 && g_array_index (m->participants, BylineParticipant, 0).entity != NULL)
        {
          const BylineEntity *visitor = g_array_index (m->participants, BylineParticipant, 0).entity;
          const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, 0);
          gboolean told = FALSE;

          for (guint j = i; j < c.meetings->len; j++)
            {
              BylineMeeting *o = c.meetings->pdata[j];
              const BylineSpan *oev = &g_array_index (o->evidence, BylineSpan, 0);

              /* (not one of another time: "toured Cusco last week. On Monday she met X";
               * but "arrived on Sunday for a three-day visit. On Monday she met X" is
               * on it, and so is a meeting at a building there, "at the palace") */
              if (o->trip || (o->place != NULL && !is_site (o->place)) || o->background
                  || (o->time_text != NULL
                      && (m->time_text == NULL || g_ascii_strcasecmp (o->time_text, m->time_text) != 0)
                      && !days_into (m, o, 3))
                  || oev->start <= ev->start || oev->start > ev->end + 400
                  || !_byline_meetings_has_participant (o, visitor, NULL) || o->participants->len < 2)
                continue;
              if (o->place == NULL)
                {
                  o->place = m->place;
                  o->place_name = g_strdup (m->place_name);
                }
              told = TRUE;
            }
          if (told)
            g_ptr_array_remove_index (c.meetings, i - 1);
        }
    }

  /* "the (Lao) delegation was received by X": the delegation's head, named before */
  for (guint i = 0; i < c.meetings->len; i++)
    {
      BylineMeeting *m = c.meetings->pdata[i];

      for (guint p = 0; p < m->participants->len; p++)
        {
          BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
          gsize len = pp->name != NULL ? strlen (pp->name) : 0;
          const BylineEntity *head;

          if (pp->entity != NULL || len < 10 || strcmp (pp->name + len - 10, "delegation") != 0)
            continue;
          head = delegation_head (&c, g_array_index (m->evidence, BylineSpan, 0).start,
                                  g_array_index (m->evidence, BylineSpan, 0).end, pp->name);
          if (head != NULL && !_byline_meetings_has_participant (m, head, NULL))
            {
              g_free (pp->name);
              pp->entity = head;
              pp->name = g_strdup (head->name);
              merge_told_again (&c, i);
            }
          break;
        }
    }
  /* (the ones merged into another) */
  for (guint i = c.meetings->len; i > 0; i--)
    if (((BylineMeeting *) c.meetings->pdata[i - 1])->participants->len == 0)
      g_ptr_array_remove_index (c.meetings, i - 1);

  /* the sentences that tell of a meeting without two names */
  _byline_meetings_unnamed (&c);
  name_bare_groups (&c);
  sides_by_leaders (&c);

  /* signing ceremonies "in the presence of" others */
  for (guint s = 0; s < doc->sentences->len; s++)
    signed_in_presence (&c, s);

  /* the sentences of a meeting and the ones after them, where its attendants are
   * told (and "The summit was attended by A, B and C" where none is told yet) */
    {
      g_autofree guint8 *near = g_new0 (guint8, doc->sentences->len + 2);

      for (guint i = 0; i < c.meetings->len; i++)
        {
          const BylineMeeting *m = c.meetings->pdata[i];

          for (guint e = 0; e < m->evidence->len; e++)
            {
              /* the sentence that starts at or before the evidence, and the two after */
              guint at = sentence_of (doc, g_array_index (m->evidence, BylineSpan, e).start);

              near[at] = near[at + 1] = 1;
              if (at + 2 < doc->sentences->len)
                near[at + 2] = 1;
            }
        }
      /* (the sentences that say "attended by", found by one search of the text:
       * 2 marks one) */
      for (const char *at = strstr (c.text, "attended by"); at != NULL && doc->sentences->len > 0;
           at = strstr (at + 1, "attended by"))
        near[sentence_of (doc, (guint) (at - c.text))] |= 2;
      for (guint s = 0; s < doc->sentences->len; s++)
        {
          const BylineSentence *sent = &g_array_index (doc->sentences, BylineSentence, s);

          if (near[s] & 2)
            gathering_attended_by (&c, s);
          near[s] &= 1;
          /* and "The meeting was attended by X", "Present at the talks were X"
           * further on, of the story's meeting */
          if (near[s] || (sent->end_token > sent->first_token + 4
                          && ((is_word (&c, sent->first_token, "the")
                               && meeting_noun_after_the (&c, sent->first_token, sent->end_token))
                              || attendance_opener (&c, sent->first_token, sent->end_token) != 0)))
            attended_by (&c, s);
          if (near[s])
            {
              among_those (&c, s);
              opposite_side (&c, s);
              accompanied_by (&c, s);
            }
        }
    }

  merge_group_told_again (&c);
  merge_discussed (&c);
  drop_discussed_on_call (&c);

  /* "On the sidelines of the summit, A and B held talks": where and when the
   * gathering told before was */
  for (guint i = 0; i < c.meetings->len; i++)
    {
      BylineMeeting *m = c.meetings->pdata[i];
      const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, 0);
      const char *at;
      gsize len = MIN (ev->end - ev->start, 160u);

      if (m->place != NULL && m->date.year != 0)
        continue;
      at = g_strstr_len (doc->text->data + ev->start, len, "sidelines");
      if (at == NULL)
        at = g_strstr_len (doc->text->data + ev->start, len, "margins of the ");
      if (at == NULL)
        continue;
      /* "on the sidelines of the Munich Security Conference": the gathering
       * itself, when the article gives it no place */
      if (m->place == NULL)
        {
          const BylineEntity *event = gathering_named_at (&c, at - doc->text->data);

          if (event != NULL)
            {
              m->place = event;
              m->place_name = g_strdup (event->name);
            }
        }
      /* (a meeting of another time is where its own gathering was, not the one
       * told before) */
      for (guint j = i; j > 0 && j + NEARBY > i && !m->background; j--)
        {
          const BylineMeeting *o = c.meetings->pdata[j - 1];
          /* not the time of one to come for one that was: "met on the margins of
           * the forum last month", after "will hold talks on Tuesday" */
          gboolean same_time = (o->status == BYLINE_MEETING_PLANNED) == (m->status == BYLINE_MEETING_PLANNED);

          if (g_array_index (o->evidence, BylineSpan, 0).start >= ev->start || o->background
              || (o->place == NULL && (o->date.year == 0 || !same_time))
              /* (nor the place of one to come: "would meet again in Amman") */
              || (!same_time && o->status == BYLINE_MEETING_PLANNED))
            continue;
          if (m->place == NULL && o->place != NULL)
            {
              m->place = o->place;
              g_free (m->place_name);
              m->place_name = g_strdup (o->place_name);
            }
          /* a meeting told with a time of its own keeps it: "last month" */
          if (m->date.year == 0 && o->date.year != 0 && m->time_text == NULL && same_time)
            m->date = o->date;
          break;
        }
    }

  /* a meeting that happened, told in the first paragraphs (the first half of
   * the story) with no date of its own: the article's day, as a wire story
   * reports the news of the day; not another meeting of one told before */
  for (guint i = 0; i < c.meetings->len; i++)
    {
      BylineMeeting *m = c.meetings->pdata[i];
      const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, 0);
      guint para = 0, lo = 0, hi = doc->paragraphs->len;

      /* the last paragraph that starts at or before the evidence */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (doc->paragraphs, BylineSpan, mid).start <= ev->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo > 0)
        para = lo - 1;
      /* (or told in the wire's lead with no tense: "During his talks with X, Y stated") */
      if (m->date.year == 0
          /* not one told with a time that is no day: "last month", "in September" */
          && (m->time_text == NULL || g_ascii_strcasecmp (m->time_text, "today") == 0)
          && (m->status == BYLINE_MEETING_HAPPENED || (m->status == BYLINE_MEETING_UNKNOWN && ev->start < lead_end))
          && !m->background && byline_day_valid (&doc->date)
          && ((para <= 4 && ev->start < doc->text->len / 3)
              || (para <= 6 && ev->start < doc->text->len / 2 && !m->also && !m->trip)))
        m->date = doc->date;
    }

  /* a meeting with no place: the place of another meeting of the same people,
   * or the wire dateline's city */
  for (guint i = 0; i < c.meetings->len; i++)
    {
      BylineMeeting *m = c.meetings->pdata[i];

      if (m->place != NULL && !(m->place->lex && m->place->lex->kind == BYLINE_LEX_COUNTRY))
        continue;
      /* the city of the wire dateline, rather than its country; with no place at all,
       * a meeting the lead tells happened where the dateline says */
      if (wire_place != NULL
          && (m->place != NULL ? of_country (wire_place, m->place->name)
                               : ((g_array_index (m->evidence, BylineSpan, 0).start < lead_end
                                   /* or the story's next paragraphs, of the same day */
                                   || (g_array_index (m->evidence, BylineSpan, 0).start < lead_end + doc->text->len / 4
                                       && !m->background && !m->also && m->time_text == NULL)
                                   /* or a meeting told as today's: "In a separate reception
                                    * today, X received Y" */
                                   || (m->time_text != NULL && g_ascii_strcasecmp (m->time_text, "today") == 0
                                       && !m->background))
                                  && m->status != BYLINE_MEETING_PLANNED)))
        {
          m->place = wire_place;
          g_free (m->place_name);
          m->place_name = g_strdup (wire_place->name);
          continue;
        }
      if (m->place != NULL)
        continue;
      /* "X held talks with Y in Beijing on Tuesday. On Tuesday, he was also received
       * by Z": X's next meeting of that day, with no place of its own, was there */
      if (m->also && m->time_text != NULL && !m->background && m->status != BYLINE_MEETING_PLANNED
          && m->participants->len > 0 && g_array_index (m->participants, BylineParticipant, 0).entity != NULL)
        for (guint j = i > NEARBY ? i - NEARBY : 0; j < i && m->place == NULL; j++)
          {
            const BylineMeeting *o = c.meetings->pdata[j];

            if (o->place != NULL && !o->background && o->status != BYLINE_MEETING_PLANNED && o->time_text != NULL
                && g_ascii_strcasecmp (o->time_text, m->time_text) == 0
                && _byline_meetings_has_participant (o, g_array_index (m->participants, BylineParticipant, 0).entity, NULL))
              {
                m->place = o->place;
                m->place_name = g_strdup (o->place_name);
              }
          }
      if (m->place != NULL)
        continue;
      /* a host of the dateline's country and a visitor from another, with no place
       * told: the host received the visitor at home ("TEHRAN - ... Rahimi made the
       * remarks in a meeting with Pakistani Foreign Minister Khattak") */
      if (wire_place != NULL && wire_place->lex != NULL && wire_place->lex->country_name != NULL && !m->background
          /* not one planned abroad: "Park will travel to Tokyo ... to meet X" */
          && m->status != BYLINE_MEETING_PLANNED)
        {
          if (host_at_home (m, wire_place->lex->country_name))
            {
              m->place = wire_place;
              m->place_name = g_strdup (wire_place->name);
              continue;
            }
        }
      for (guint j = i > NEARBY ? i - NEARBY : 0; j < c.meetings->len && j < i + NEARBY && m->place == NULL; j++)
        {
          const BylineMeeting *o = c.meetings->pdata[j];
          /* "Later in the day, the minister was to meet Z": where he met Y that day */
          if (o != m && o->place != NULL && j < i && same_day_phrase (m->time_text) && !m->background
              && !o->background && o->status != BYLINE_MEETING_PLANNED && m->participants->len > 0
              && _byline_meetings_has_participant (o, g_array_index (m->participants, BylineParticipant, 0).entity, NULL))
            {
              m->place = o->place;
              m->place_name = g_strdup (o->place_name);
              if (o->date.year != 0)
                m->date = o->date;
              continue;
            }
          /* nor does talks held yesterday take the place of the next round */
          /* but a trip holds the meetings planned on it: "arrived in Tokyo ...
           * During the visit, he will meet ..." */
          if (o == m || o->place == NULL
              || ((o->status == BYLINE_MEETING_PLANNED) != (m->status == BYLINE_MEETING_PLANNED) && !o->trip))
            continue;
          guint shared = 0;

          /* all of them: Siddiqui's call on the minister is not the secretaries' talks in Dhaka */
          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
              if (pp->entity && _byline_meetings_has_participant (o, pp->entity, NULL))
                shared++;
            }
          /* "X held talks with Y in Abuja on Thursday. Y also met Z": Y's next meeting
           * told with no place or time of its own was there and then */
          if (m->also && m->time_text == NULL && !m->background && m->participants->len > 0
              && g_array_index (m->participants, BylineParticipant, 0).entity != NULL
              && o->status != BYLINE_MEETING_PLANNED && m->status != BYLINE_MEETING_PLANNED
              && _byline_meetings_has_participant (o, g_array_index (m->participants, BylineParticipant, 0).entity, NULL)
              && j < i)
            {
              m->place = o->place;
              m->place_name = g_strdup (o->place_name);
              if (m->date.year == 0 && o->date.year != 0)
                m->date = o->date;
              continue;
            }
          /* or the same visitor on the same trip: "Lavrov will also meet with Rouhani";
           * not a meeting of another time ("previously met", "on Wednesday"), nor
           * today's where they "last met", nor the other way round */
          if (o->background != m->background)
            continue;
          if ((shared >= 2 && shared == m->participants->len)
              || (m->participants->len > 0 && o->participants->len > 0
                  && g_array_index (m->participants, BylineParticipant, 0).entity != NULL
                  && g_array_index (m->participants, BylineParticipant, 0).entity
                       == g_array_index (o->participants, BylineParticipant, 0).entity
                  && !m->background
                  && !((m->status == BYLINE_MEETING_PLANNED) != (o->status == BYLINE_MEETING_PLANNED)
                       && m->status != BYLINE_MEETING_UNKNOWN && o->status != BYLINE_MEETING_UNKNOWN)
                  && !(m->time_text != NULL && (o->time_text == NULL || g_ascii_strcasecmp (m->time_text, o->time_text) != 0)
                       && !(m->date.year && o->date.year && m->date.day == o->date.day))
                  && !(m->date.year && o->date.year && m->date.day != o->date.day)))
            {
              m->place = o->place;
              m->place_name = g_strdup (o->place_name);
            }
        }
    }
  /* "X met Y in Beijing on Wednesday ... Premier Z held talks with Y on Tuesday":
   * the same visitor's meeting a day or two apart, with no place of its own, was
   * in the city of the visit */
  for (guint i = 0; i < c.meetings->len; i++)
    {
      BylineMeeting *m = c.meetings->pdata[i];

      if (m->place != NULL || m->background || m->status == BYLINE_MEETING_PLANNED || !byline_day_valid (&m->date))
        continue;
      for (guint j = i > NEARBY ? i - NEARBY : 0; j < c.meetings->len && j < i + NEARBY && m->place == NULL; j++)
        {
          const BylineMeeting *o = c.meetings->pdata[j];
          GDate *a, *b;
          int apart;

          if (o == m || o->place == NULL || o->background || o->status == BYLINE_MEETING_PLANNED
              || !byline_day_valid (&o->date) || is_site (o->place)
              || (o->place->lex != NULL && o->place->lex->kind == BYLINE_LEX_COUNTRY))
            continue;
          a = g_date_new_dmy ((GDateDay) m->date.day, (GDateMonth) m->date.month, (GDateYear) m->date.year);
          b = g_date_new_dmy ((GDateDay) o->date.day, (GDateMonth) o->date.month, (GDateYear) o->date.year);
          apart = ABS (g_date_days_between (a, b));
          g_date_free (a);
          g_date_free (b);
          if (apart > 2)
            continue;
          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;
              gboolean abroad = FALSE;

              if (e == NULL || e->type != BYLINE_ENTITY_PERSON || !_byline_meetings_has_participant (o, e, NULL))
                continue;
              /* (not when the other side is of another country than the city's:
               * "met X in Warsaw on Monday ... met the Lithuanian premier on
               * Tuesday") */
              for (guint q = 0; q < m->participants->len && !abroad; q++)
                {
                  const BylineEntity *f = g_array_index (m->participants, BylineParticipant, q).entity;

                  abroad = f != NULL && f != e && f->affiliation != NULL && o->place->lex != NULL
                           && o->place->lex->country_name != NULL && !g_str_equal (f->affiliation, o->place->lex->country_name);
                }
              if (!abroad)
                {
                  m->place = o->place;
                  m->place_name = g_strdup (o->place->name);
                }
              break;
            }
        }
    }
  headline_told_again (&c);
  headline_names_the_title (&c);
  envoys_named (&c);
  drop_false_sides (&c);
  place_with_city (&c, wire_place);
  country_by_article_name (&c);
  drop_told_twice (&c);
  drop_read_twice (&c);
  drop_group_told_within (&c);
  envoys_received_each (&c);
  background_named_after (&c);
  return c.meetings;
}
