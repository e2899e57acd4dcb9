/* byline-meetings.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-meetings"

#include "config.h"

#include <string.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-meetings.h"
#include "byline-scan-private.h"

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

static void add_participant (BylineMeeting *m, const BylineEntity *e, char *name);

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

static BylineMeeting *
meeting_new (void)
{
  BylineMeeting *m = g_new0 (BylineMeeting, 1);

  m->participants = g_array_new (FALSE, FALSE, sizeof (BylineParticipant));
  g_array_set_clear_func (m->participants, clear_participant);
  m->topics = g_ptr_array_new_with_free_func (g_free);
  m->evidence = g_array_new (FALSE, FALSE, sizeof (BylineSpan));
  return m;
}

static gboolean
is_word (const Ctx *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

static gboolean
is_punct (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static char *
span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

/* The person after "by" at token k, past a title: "a visit by Minister Karl Weber" */
static const BylineMentionRef *
person_after_by (const Ctx *c, guint k)
{
  const BylineMentionRef *r;
  guint j = k + 1;

  /* past a title and a people: "by Mongolian President X" */
  while (j < c->n && j < k + 6)
    {
      r = byline_mentions_at (c->mentions, j);
      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_NORP)
        j = r->end_token;
      else if (r == NULL && c->toks[j].kind == BYLINE_TOKEN_WORD
               && ((c->toks[j].cls & BYLINE_WORD_ROLE) || (c->toks[j].flags & BYLINE_TOKEN_CAP)))
        j++;
      else
        break;
    }
  r = byline_mentions_at (c->mentions, j);
  if (r == NULL || r->first_token != j || r->entity->type != BYLINE_ENTITY_PERSON)
    return NULL;
  return r;
}

/* "a congratulatory letter", "a phone call", "an award": what is received that is
 * no visitor */
static gboolean
received_thing (const Ctx *c, guint k, guint hi)
{
  static const char *const things[] = {
    "letter", "letters", "message", "messages", "call", "calls", "phone", "invitation", "invitations",
    "award", "awards", "prize", "degree", "report", "reports", "support", "criticism", "praise", "aid",
    "doses", "shipment", "votes", "copy", "news", "assurances", "reply", "response", "request", "gift",
    "gifts", "backing", "approval", "funding", "threats", NULL,
  };

  for (guint j = k; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD
                    && byline_mentions_at (c->mentions, j) == NULL; j++)
    {
      /* "the letter of credence of the new ambassador": presented in person */
      if (is_word (c, j + 1, "of") && (is_word (c, j + 2, "credence") || is_word (c, j + 2, "credential")
                                       || is_word (c, j + 2, "credentials")))
        return FALSE;
      for (guint w = 0; things[w]; w++)
        if (is_word (c, j, things[w]))
          return TRUE;
    }
  return FALSE;
}

/* "taken him to", "will also take her to": a trip that took someone somewhere,
 * with the trip named before in the sentence */
static gboolean
taken_to (const Ctx *c, guint i)
{
  guint k = i + 1;

  if (!(is_word (c, i, "taken") || is_word (c, i, "took") || is_word (c, i, "take") || is_word (c, i, "takes")
        || is_word (c, i, "brought") || is_word (c, i, "bring") || is_word (c, i, "brings")))
    return FALSE;
  if (is_word (c, k, "also"))
    k++;
  if (!(is_word (c, k, "him") || is_word (c, k, "her")) || !is_word (c, k + 1, "to"))
    return FALSE;
  for (guint j = i; j > 0 && j + 12 > i; j--)
    {
      if (c->toks[j - 1].flags & BYLINE_TOKEN_SENT_START)
        return is_word (c, j - 1, "tour") || is_word (c, j - 1, "trip") || is_word (c, j - 1, "visit")
               || is_word (c, j - 1, "journey");
      if (is_word (c, j - 1, "tour") || is_word (c, j - 1, "trip") || is_word (c, j - 1, "visit")
          || is_word (c, j - 1, "journey"))
        return TRUE;
    }
  return FALSE;
}

/* The place of a trip: "visit to Cuba", "trip to the Gulf", "travel to Brazil",
 * "visited Hanoi", "visiting Mexico": its mention, or NULL */
static const BylineMentionRef *
trip_place (const Ctx *c, guint i)
{
  const BylineMentionRef *r;
  guint k = i + 1;

  /* "will visit Japan", "toured Vietnam": the verb and its place */
  gboolean verb = is_word (c, i, "visiting") || is_word (c, i, "toured") || is_word (c, i, "touring")
                  || ((is_word (c, i, "visit") || is_word (c, i, "visits") || is_word (c, i, "tour")
                       || is_word (c, i, "tours"))
                      && byline_mentions_at (c->mentions, i + 1) != NULL);

  /* "a tour of Kenya" */
  if ((is_word (c, i, "tour") || is_word (c, i, "tours")) && is_word (c, k, "of"))
    k++;
  /* "his tour, which has taken him to Cuba", "the trip will also take her to Laos" */
  else if (taken_to (c, i))
    k = i + 3 + is_word (c, i + 1, "also");
  else if (is_word (c, i, "flew") || is_word (c, i, "flies") || is_word (c, i, "fly"))
    {
      if (!is_word (c, k, "to"))
        return NULL;
      k++;
    }
  /* "arrived in Canberra for a four-day official visit", "arrived in Moscow for talks";
   * "arrives at an air base in Subang, Malaysia": an arrival abroad is a visit */
  else if ((is_word (c, i, "arrived") || is_word (c, i, "arrives") || is_word (c, i, "arriving")
            || is_word (c, i, "arrive"))
           && (is_word (c, k, "in") || is_word (c, k, "at")))
    {
      if (is_word (c, k, "at"))
        {
          guint j;

          for (j = k + 1; j < c->n && j < k + 10 && c->toks[j].kind == BYLINE_TOKEN_WORD && !is_word (c, j, "in"); j++)
            ;
          if (!is_word (c, j, "in"))
            return NULL;
          k = j;
        }
      k++;
      /* "in Subang, Malaysia": the country when the town is not known */
      r = byline_mentions_at (c->mentions, k);
      if (r != NULL && r->first_token == k && r->entity->lex == NULL && is_punct (c, r->end_token, ','))
        k = r->end_token + 1;
      else if (r == NULL && k + 2 < c->n && (c->toks[k].flags & BYLINE_TOKEN_CAP) && is_punct (c, k + 1, ','))
        k += 2;
    }
  else if (verb)
    ;
  else if (is_word (c, i, "visit") || is_word (c, i, "visits") || is_word (c, i, "trip") || is_word (c, i, "travel")
      || is_word (c, i, "travels") || is_word (c, i, "traveled") || is_word (c, i, "travelled")
      || is_word (c, i, "traveling") || is_word (c, i, "travelling"))
    {
      /* "a recent visit by Cavusoglu to Tehran", "the visit of President X to Y" */
      if ((is_word (c, k, "by") || (is_word (c, k, "of") && person_after_by (c, k) != NULL))
          && !is_word (c, i, "visiting"))
        {
          const BylineMentionRef *by = person_after_by (c, k);

          if (by == NULL)
            return NULL;
          k = by->end_token;
        }
      if (!is_word (c, k, "to"))
        return NULL;
      k++;
    }
  else if (!is_word (c, i, "visited"))
    return NULL;
  if (is_word (c, k, "the"))
    k++;
  r = byline_mentions_at (c->mentions, k);
  if (r == NULL || r->first_token != k || r->entity->type != BYLINE_ENTITY_PLACE)
    return NULL;
  /* a country, or a city whose country is known */
  if (r->entity->lex == NULL
      || !(r->entity->lex->kind == BYLINE_LEX_COUNTRY || r->entity->lex->country_name != NULL))
    return NULL;
  return r;
}

/* The nouns that name a meeting of a pair written before them: "the Singh-Gilani
 * meeting", "the DPRK-Russia summit", "Pakistan-China strategic dialogue" */
static gboolean
pair_noun (const Ctx *c, guint i)
{
  return c->toks[i].kind == BYLINE_TOKEN_WORD
         && (is_word (c, i, "meeting") || is_word (c, i, "meetings") || is_word (c, i, "talks")
             || is_word (c, i, "summit") || is_word (c, i, "dialogue") || is_word (c, i, "negotiations"));
}

/* The person whose surname is the text [start, end) */
static const BylineEntity *
person_by_surname (const Ctx *c, const char *start, gsize len)
{
  const BylineEntity *found = NULL;

  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *p = c->entities->pdata[e];
      const char *space;
      gsize n;

      if (p->type != BYLINE_ENTITY_PERSON)
        continue;
      space = strrchr (p->name, ' ');
      space = space != NULL ? space + 1 : p->name;
      n = strlen (space);
      if (n == len && strncmp (space, start, len) == 0)
        {
          if (found != NULL && found != p)
            return NULL;
          found = p;
        }
    }
  return found;
}

static char *mention_name (const Ctx *c, const BylineMentionRef *r);

/* A hyphenated pair of names or countries just before token t ("the historic
 * DPRK-Russia summit meeting"): its two sides become m's participants. */
static gboolean
pair_before (const Ctx *c, guint lo, guint t, BylineMeeting *m)
{
  guint k = t;
  const BylineToken *tok;
  const BylineEntity *side[2] = { NULL, NULL };
  const BylineMentionRef *said[2] = { NULL, NULL };
  const char *hyphen;

  while (k > lo && k + 4 > t && c->toks[k - 1].kind == BYLINE_TOKEN_WORD
         && !(c->toks[k - 1].flags & BYLINE_TOKEN_HYPHEN))
    {
      /* modifiers only: not "the Israel-Hamas conflict also figured in the talks" */
      if (c->toks[k - 1].cls & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_SPEECH))
        return FALSE;
      /* "summit meeting", "strategic dialogue", "foreign ministers' dialogue"; in a
       * title-case name, capitals all the way: "China-Pakistan Foreign Ministers
       * Strategic Dialogue" */
      if ((c->toks[k - 1].flags & BYLINE_TOKEN_CAP) != (c->toks[t].flags & BYLINE_TOKEN_CAP)
          && !(c->toks[k - 1].flags & BYLINE_TOKEN_WEAK_CAP))
        return FALSE;
      k--;
    }
  if (k > lo && c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE)
    k--;
  while (k > lo && k + 6 > t && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_HYPHEN)
         && !(c->toks[k - 1].cls & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_SPEECH)))
    k--;
  if (k == lo || !(c->toks[k - 1].flags & BYLINE_TOKEN_HYPHEN) || !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  tok = &c->toks[k - 1];
  hyphen = memchr (c->text + tok->start, '-', byline_token_len (tok));
  if (hyphen == NULL || memchr (hyphen + 1, '-', c->text + tok->end - hyphen - 1) != NULL)
    return FALSE;
  /* the mentions inside the word, or the people of those surnames */
  for (guint j = byline_mentions_lower_bound (c->mentions, k - 1); j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->start >= tok->end)
        break;
      if (r->start < tok->start || r->end > tok->end
          || !(r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG
               || (r->entity->type == BYLINE_ENTITY_PLACE && r->entity->lex != NULL
                   && r->entity->lex->kind == BYLINE_LEX_COUNTRY)))
        continue;
      side[c->text + r->start < hyphen ? 0 : 1] = r->entity;
      said[c->text + r->start < hyphen ? 0 : 1] = r;
    }
  if (side[0] == NULL)
    side[0] = person_by_surname (c, c->text + tok->start, hyphen - (c->text + tok->start));
  if (side[1] == NULL)
    side[1] = person_by_surname (c, hyphen + 1, c->text + tok->end - hyphen - 1);
  if (side[0] == NULL || side[1] == NULL || side[0] == side[1])
    return FALSE;
  for (guint p = 0; p < 2; p++)
    add_participant (m, side[p], said[p] != NULL ? mention_name (c, said[p]) : g_strdup (side[p]->name));
  return TRUE;
}

/* "held a summit", "hold a bilateral meeting", "had their first talks" */
static gboolean
held_before (const Ctx *c, guint i)
{
  for (guint k = i; k > 0 && k + 4 > i; k--)
    {
      if (is_word (c, k - 1, "held") || is_word (c, k - 1, "hold") || is_word (c, k - 1, "holds")
          || is_word (c, k - 1, "holding") || is_word (c, k - 1, "had"))
        return TRUE;
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
          || byline_mentions_at (c->mentions, k - 1) != NULL)
        return FALSE;
    }
  return FALSE;
}

static Trigger
trigger_at (const Ctx *c, guint i, guint hi)
{
  const BylineToken *t = &c->toks[i];

  if (!(t->cls & BYLINE_WORD_MEETING) || t->kind != BYLINE_TOKEN_WORD
      || ((t->flags & BYLINE_TOKEN_CAP) && !(t->flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP))))
    return TRIGGER_NONE;
  /* "the "Meeting of the Parliament Speakers"", "the Summit of the Americas": an
   * event's name, not a meeting told */
  if ((t->flags & BYLINE_TOKEN_CAP) && i + 2 < c->n && is_word (c, i + 1, "of")
      && ((c->toks[i + 2].flags & BYLINE_TOKEN_CAP)
          || (is_word (c, i + 2, "the") && i + 3 < c->n && (c->toks[i + 3].flags & BYLINE_TOKEN_CAP))))
    return TRIGGER_NONE;
  if (is_word (c, i, "met") || is_word (c, i, "meet") || is_word (c, i, "meets") || is_word (c, i, "meeting")
      || is_word (c, i, "meetings"))
    {
      /* "meeting" as a noun: "a Monday meeting with X", "X and Y ... in a meeting in Tehran";
       * not "the meeting was long" (two participants are needed anyway) */
      if ((is_word (c, i, "meetings")) && !is_word (c, i + 1, "with") && !is_word (c, i + 1, "between"))
        return TRIGGER_NONE;
      return TRIGGER_MEET;
    }
  if (is_word (c, i, "talks") || is_word (c, i, "talk"))
    {
      if (is_word (c, i + 1, "with") || is_word (c, i + 1, "between") || (i > 0 && (is_word (c, i - 1, "held") || is_word (c, i - 1, "hold")
                                                   || is_word (c, i - 1, "holding") || is_word (c, i - 1, "had")
                                                   || is_word (c, i - 1, "a") || is_word (c, i - 1, "for")
                                                   || is_word (c, i - 1, "their") || is_word (c, i - 1, "started")
                                                   || is_word (c, i - 1, "in") || is_word (c, i - 1, "during")
                                                   || is_word (c, i - 1, "hold") || is_word (c, i - 1, "bilateral")
                                                   || is_word (c, i - 1, "following") || is_word (c, i - 1, "after"))))
        return TRIGGER_TALKS;
      /* "during the talks in Abuja", "after the talks" */
      if (i > 1 && is_word (c, i - 1, "the")
          && (is_word (c, i - 2, "during") || is_word (c, i - 2, "after") || is_word (c, i - 2, "following")
              || is_word (c, i - 2, "before") || is_word (c, i - 2, "at") || is_word (c, i - 2, "in")))
        return TRIGGER_TALKS;
      return TRIGGER_NONE;
    }
  /* "a visit to Cuba", "plans to travel to Brazil", "visited Hanoi": a trip to a place */
  if (trip_place (c, i) != NULL)
    return TRIGGER_TRIP;
  /* "X visited Y"; not "Lavrov's visit", "on a visit to Russia" */
  if (is_word (c, i, "visited") || ((is_word (c, i, "visit") || is_word (c, i, "visits")) && is_word (c, i + 1, "with")))
    return TRIGGER_VISIT;
  /* "received a congratulatory letter from X", "received a phone call": a thing, not a guest */
  if ((is_word (c, i, "received") || is_word (c, i, "receives") || is_word (c, i, "receive")
       || is_word (c, i, "receiving"))
      && received_thing (c, i + 1, hi))
    return TRIGGER_NONE;
  if (is_word (c, i, "hosted") || is_word (c, i, "hosts") || is_word (c, i, "host") || is_word (c, i, "received")
      || is_word (c, i, "receiving") || is_word (c, i, "hosting") || is_word (c, i, "welcomed") || is_word (c, i, "welcomes")
      || is_word (c, i, "greeted") || is_word (c, i, "greets") || is_word (c, i, "greet")
      || (is_word (c, i, "welcome") && !is_word (c, i - 1, "a") && !is_word (c, i - 1, "the")))
    return TRIGGER_HOST;
  /* "I had a discussion regarding the visit with Prime Minister X": a short object
   * between the noun and its partner */
  if ((is_word (c, i, "discussion") || is_word (c, i, "discussions") || is_word (c, i, "conversation"))
      && (is_word (c, i + 1, "regarding") || is_word (c, i + 1, "about") || is_word (c, i + 1, "on")
          || is_word (c, i + 1, "over")))
    for (guint k = i + 2; k < hi && k < i + 9 && c->toks[k].kind == BYLINE_TOKEN_WORD; k++)
      if (is_word (c, k, "with"))
        return TRIGGER_NEGOTIATE;
  if ((is_word (c, i, "negotiations") || is_word (c, i, "negotiated") || is_word (c, i, "summit")
       || is_word (c, i, "summits") || is_word (c, i, "audience") || is_word (c, i, "discussion")
       || is_word (c, i, "discussions") || is_word (c, i, "dinner") || is_word (c, i, "lunch")
       || is_word (c, i, "conversation") || is_word (c, i, "conference") || is_word (c, i, "consultations")
       || is_word (c, i, "encounter") || is_word (c, i, "breakfast"))
      && (is_word (c, i + 1, "with") || is_word (c, i + 1, "between")))
    return TRIGGER_NEGOTIATE;
  /* "since their summit in Helsinki", "their first encounter": the pair's meeting */
  if ((is_word (c, i, "summit") || is_word (c, i, "encounter") || is_word (c, i, "meeting")) && i > 0
      && (is_word (c, i - 1, "their") || (i > 1 && is_word (c, i - 2, "their") && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP))))
    return TRIGGER_MEET;
  /* "held a summit in Seoul", "will hold a bilateral summit": the holders met */
  if ((is_word (c, i, "summit") || is_word (c, i, "meeting") || is_word (c, i, "talks"))
      && held_before (c, i))
    return TRIGGER_MEET;
  /* "presented his credentials to the president": an envoy received by a head of state */
  if (is_word (c, i, "credentials") && (is_word (c, i + 1, "to") || is_word (c, i + 1, "with")))
    return TRIGGER_HOST;
  if ((is_word (c, i, "shook") || is_word (c, i, "shakes") || is_word (c, i, "shake")) && is_word (c, i + 1, "hands"))
    return TRIGGER_MEET;
  /* "X and Y talked on the sidelines", "talked with X" */
  if (is_word (c, i, "talked") && !is_word (c, i + 1, "about") && !is_word (c, i + 1, "to"))
    return TRIGGER_TALKS;
  /* "paid a courtesy visit to Prime Minister X": a visit to a person */
  if ((is_word (c, i, "visit") || is_word (c, i, "call")) && is_word (c, i + 1, "to") && i + 2 < c->n)
    {
      const BylineMentionRef *r = person_after_by (c, i + 1);

      if (r != NULL)
        return TRIGGER_VISIT;
    }
  /* "X conferred with Y" */
  if ((is_word (c, i, "conferred") || is_word (c, i, "confer") || is_word (c, i, "confers")) && is_word (c, i + 1, "with"))
    return TRIGGER_TALKS;
  /* "X and Y exchanged views on ...", "exchanged opinions with X" */
  if ((is_word (c, i, "exchanged") || is_word (c, i, "exchange") || is_word (c, i, "exchanging"))
      && (is_word (c, i + 1, "views") || is_word (c, i + 1, "opinions") || is_word (c, i + 1, "greetings")))
    return TRIGGER_TALKS;
  /* "sat down with X", "will sit down with X" */
  if ((is_word (c, i, "sat") || is_word (c, i, "sit") || is_word (c, i, "sits") || is_word (c, i, "sitting"))
      && is_word (c, i + 1, "down") && is_word (c, i + 2, "with"))
    return TRIGGER_MEET;
  /* "Siddiqui will call on the minister", "paid a courtesy call on"; not "called on
   * Israel to halt", an appeal */
  if ((is_word (c, i, "call") || is_word (c, i, "calls") || is_word (c, i, "called") || is_word (c, i, "calling"))
      && is_word (c, i + 1, "on"))
    {
      for (guint k = i + 2; k < hi && k < i + 12; k++)
        if (is_word (c, k, "to") || is_word (c, k, "for") || is_punct (c, k, ',') || is_punct (c, k, '.'))
          return is_word (c, k, "to") || is_word (c, k, "for") ? TRIGGER_NONE : TRIGGER_VISIT;
      return TRIGGER_VISIT;
    }
  /* "X and his counterpart Y discussed regional developments" */
  if (is_word (c, i, "discussed"))
    return TRIGGER_TALKS;
  /* "leaders of the G20 gathered in Delhi", "ministers will convene in Geneva" */
  if (is_word (c, i, "gather") || is_word (c, i, "gathered") || is_word (c, i, "gathers")
      || is_word (c, i, "convene") || is_word (c, i, "convened") || is_word (c, i, "convenes"))
    return TRIGGER_MEET;
  /* "attend the SCO summit", "attended the 71st Meeting of the General Assembly",
   * "took part in", "participated in", "addressed", "joined" a meeting */
  if (is_word (c, i, "attend") || is_word (c, i, "attended") || is_word (c, i, "attending") || is_word (c, i, "attends")
      || ((is_word (c, i, "participated") || is_word (c, i, "participate") || is_word (c, i, "participates")
           || is_word (c, i, "participating")) && is_word (c, i + 1, "in"))
      || ((is_word (c, i, "took") || is_word (c, i, "take") || is_word (c, i, "takes") || is_word (c, i, "taking"))
          && is_word (c, i + 1, "part") && is_word (c, i + 2, "in"))
      || is_word (c, i, "addressed") || is_word (c, i, "address") || is_word (c, i, "addresses")
      || is_word (c, i, "addressing") || is_word (c, i, "joined") || is_word (c, i, "join") || is_word (c, i, "joins"))
    {
      for (guint k = i + 1; k < hi && k < i + 8; k++)
        if (is_word (c, k, "summit") || is_word (c, k, "meeting") || is_word (c, k, "session")
            || is_word (c, k, "conference") || is_word (c, k, "talks") || is_word (c, k, "assembly")
            || is_word (c, k, "forum"))
          return TRIGGER_MEET;
      return TRIGGER_NONE;
    }
  (void) hi;
  return TRIGGER_NONE;
}

static gboolean
has_participant (const BylineMeeting *m, const BylineEntity *e, const char *name)
{
  for (guint k = 0; k < m->participants->len; k++)
    {
      const BylineParticipant *p = &g_array_index (m->participants, BylineParticipant, k);
      if ((e != NULL && p->entity == e) || (e == NULL && p->entity == NULL && g_strcmp0 (p->name, name) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
add_participant (BylineMeeting *m, const BylineEntity *e, char *name)
{
  BylineParticipant p = { e, name };

  if (has_participant (m, e, name))
    {
      g_free (name);
      return;
    }
  g_array_append_val (m->participants, p);
}

/* "he and Lavrov gave a press conference following talks" */
static gboolean
has_he_and (const Ctx *c, guint from, guint end)
{
  for (guint k = from; k + 1 < end; k++)
    if ((is_word (c, k, "he") || is_word (c, k, "she")) && is_word (c, k + 1, "and"))
      return TRUE;
  return FALSE;
}

/* "Anna Berg and Mateo Fuentes will focus their talks": the subjects are named, joined */
static gboolean
subjects_joined (const Ctx *c, guint clause, guint t)
{
  guint people = 0;

  for (guint k = clause + 1; k < t; k++)
    if (is_word (c, k, "and") && byline_mentions_at (c->mentions, k - 1) != NULL
        && byline_mentions_at (c->mentions, k + 1) != NULL)
      return TRUE;
  /* "X told Y during their meeting": both named in the clause */
  for (guint j = byline_mentions_lower_bound (c->mentions, clause); j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->first_token >= t)
        break;
      if (r->entity->type == BYLINE_ENTITY_PERSON)
        people++;
    }
  return people >= 2;
}

/* A trigger that is a noun ("revealed details of the meeting with X": the one who
 * reveals took part) */
static gboolean
nominal_trigger (const Ctx *c, guint t)
{
  static const char *const nouns[] = {
    "meeting", "meetings", "talks", "summit", "summits", "negotiations", "discussion", "discussions", "visit",
    "visits", "trip", "conference", "consultations", "dinner", "lunch", "audience", "conversation", NULL,
  };

  for (guint w = 0; nouns[w]; w++)
    if (is_word (c, t, nouns[w]))
      return TRUE;
  return FALSE;
}

/* Does token k report a clause before trigger t: a reporting verb in the past or
 * present ("said", "says", "told", "announced"), not a noun ("a statement") */
static gboolean
reports_clause (const Ctx *c, guint k, guint t)
{
  const BylineToken *tok = &c->toks[k];
  gsize len = byline_token_len (tok);

  if (tok->kind != BYLINE_TOKEN_WORD || !(tok->cls & BYLINE_WORD_SPEECH) || (tok->flags & BYLINE_TOKEN_CAP)
      || k + 2 > t)
    return FALSE;
  if (k > 0 && (is_word (c, k - 1, "a") || is_word (c, k - 1, "an") || is_word (c, k - 1, "the")
                || c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE))
    return FALSE;
  return is_word (c, k, "said") || is_word (c, k, "says") || is_word (c, k, "told") || is_word (c, k, "tells")
         || (len > 4 && c->text[tok->end - 2] == 'e' && c->text[tok->end - 1] == 'd');
}

/* The comma that closes an apposition opened by the comma at token k ("X, leader
 * of the party, said"; "X, 45, a former lawyer,"), when it closes before the
 * trigger t; else 0 */
static guint
apposition_end (const Ctx *c, guint k, guint t)
{
  const BylineToken *next;

  if (k + 1 >= t)
    return 0;
  next = &c->toks[k + 1];
  if (!(next->kind == BYLINE_TOKEN_NUMBER || (next->cls & BYLINE_WORD_ROLE) || is_word (c, k + 1, "a")
        || is_word (c, k + 1, "an") || is_word (c, k + 1, "the")
        || (next->kind == BYLINE_TOKEN_WORD && !(next->flags & BYLINE_TOKEN_CAP))))
    return 0;
  if (is_word (c, k + 1, "who") || is_word (c, k + 1, "which") || is_word (c, k + 1, "and"))
    return 0;
  for (guint j = k + 1; j < t && j < k + 24; j++)
    {
      if (is_punct (c, j, ','))
        return j;
      if (is_punct (c, j, '.') || is_punct (c, j, ';') || trigger_at (c, j, t) != TRIGGER_NONE)
        return 0;
    }
  return 0;
}

/* A headline packs two meetings in one phrase: "X reveals details of meeting
 * with A and B" is told by the story as two */
static gboolean
in_headline (const Ctx *c, const BylineSentence *sent)
{
  const BylineSpan *title = &c->doc->title;

  return title->end > 0 && sent->start >= title->start && sent->start < title->end;
}

/* ", a State Department official said.", ", the ministry said": the source of
 * the sentence after its last comma */
static gboolean
trailing_source (const Ctx *c, guint k, guint hi)
{
  if (!(is_word (c, k, "a") || is_word (c, k, "an") || is_word (c, k, "the") || is_word (c, k, "his")
        || is_word (c, k, "her") || is_word (c, k, "its") || is_word (c, k, "their") || byline_mentions_at (c->mentions, k)))
    return FALSE;
  for (guint j = k; j < hi && j < k + 10; j++)
    {
      if (is_punct (c, j, ',') || is_word (c, j, "and"))
        return FALSE;
      if (c->toks[j].cls & BYLINE_WORD_SPEECH)
        return TRUE;
    }
  return FALSE;
}

/* "discussed the crisis with X in a phone call", "spoke by telephone": not face to face */
static gboolean
remote (const Ctx *c, guint lo, guint hi)
{
  for (guint j = lo; j < hi; j++)
    if (is_word (c, j, "phone") || is_word (c, j, "telephone") || is_word (c, j, "videoconference")
        || is_word (c, j, "video") || is_word (c, j, "phoned") || is_word (c, j, "virtual")
        || is_word (c, j, "virtually") || is_word (c, j, "videolink"))
      return TRUE;
  return FALSE;
}

/* "held separate meetings with A and B", "met separately with": one meeting each */
static gboolean
separately (const Ctx *c, guint from, guint end)
{
  for (guint k = from; k < end && k < c->n; k++)
    if (is_word (c, k, "separate") || is_word (c, k, "separately"))
      return TRUE;
  return FALSE;
}

/* "his counterpart" holds the same office */
static gboolean
role_fits (const char *role, const char *stem)
{
  g_autofree char *lower = role != NULL ? g_utf8_strdown (role, -1) : NULL;

  /* "the two leaders": heads of state or government */
  if (lower != NULL && g_str_equal (stem, "leader")
      && (strstr (lower, "president") || strstr (lower, "prime minister") || strstr (lower, "premier")
          || strstr (lower, "chancellor") || strstr (lower, "king") || strstr (lower, "chairman")))
    return TRUE;
  return lower != NULL && stem[0] != '\0' && (strstr (lower, stem) != NULL || g_str_equal (lower, "counterpart"));
}

/* "last", "also", "previously", "have": words between a subject and its verb */
static gboolean
adverb_or_aux (const Ctx *c, guint k)
{
  static const char *const words[] = {
    "last", "also", "again", "first", "have", "had", "has", "already", "never", "finally", "then",
    "later", "earlier", "once", "were", "are", "did", "would", "will", "had", "jointly", NULL,
  };
  gsize len = byline_token_len (&c->toks[k]);

  if (len > 3 && c->text[c->toks[k].end - 2] == 'l' && c->text[c->toks[k].end - 1] == 'y')
    return TRUE;
  for (guint w = 0; words[w]; w++)
    if (is_word (c, k, words[w]))
      return TRUE;
  return FALSE;
}

/* "the two foreign secretaries", "the two ministers", "the two men": the last meeting of
 * two people whose roles both fit the noun, or else the last meeting of two people */
static const BylineMeeting *
earlier_pair (const Ctx *c, guint from, guint end)
{
  const BylineMeeting *any = NULL;
  g_autofree char *stem = NULL;
  guint head = from;

  for (guint k = from; k < end && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].cls & BYLINE_WORD_FUTURE)
                       && trigger_at (c, k, end) == TRIGGER_NONE && !adverb_or_aux (c, k); k++)
    head = k;
  if (head < end && c->toks[head].kind == BYLINE_TOKEN_WORD)
    {
      g_autofree char *word = span_text (c, head, head + 1);
      g_autofree char *lower = g_utf8_strdown (word, -1);
      gsize len = strlen (lower);

      if (g_str_has_suffix (lower, "ies"))
        lower[len - 3] = '\0';
      else if (len > 3 && lower[len - 1] == 's')
        lower[len - 1] = '\0';
      stem = g_steal_pointer (&lower);
    }
  for (guint k = c->meetings->len; k > 0; k--)
    {
      const BylineMeeting *m = c->meetings->pdata[k - 1];
      const BylineParticipant *a, *b;

      if (m->participants->len != 2)
        continue;
      a = &g_array_index (m->participants, BylineParticipant, 0);
      b = &g_array_index (m->participants, BylineParticipant, 1);
      if (a->entity == NULL || b->entity == NULL || a->entity->type != BYLINE_ENTITY_PERSON
          || b->entity->type != BYLINE_ENTITY_PERSON)
        continue;
      if (stem != NULL && role_fits (a->entity->role, stem) && role_fits (b->entity->role, stem))
        return m;
      if (any == NULL)
        any = m;
    }
  return any;
}

/* "his Iranian counterpart", "the Turkish foreign minister": a person named elsewhere */
static const BylineEntity *
resolve_counterpart (const Ctx *c, guint i, guint hi, guint *end)
{
  guint k = i;
  const BylineEntity *norp = NULL;

  if (!(is_word (c, k, "his") || is_word (c, k, "her") || is_word (c, k, "their") || is_word (c, k, "the")))
    return NULL;
  k++;
  if (k < hi)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
      if (r && r->entity->type == BYLINE_ENTITY_NORP)
        {
          norp = r->entity;
          k = r->end_token;
        }
    }
  while (k < hi && k < i + 5 && (c->toks[k].cls & BYLINE_WORD_ROLE) && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
    k++;
  if (k == i + 1 || (norp == NULL) || !(c->toks[k - 1].cls & BYLINE_WORD_ROLE))
    return NULL;
  *end = k;
  /* the person from that country named in the article */
  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *p = c->entities->pdata[e];
      if (p->type == BYLINE_ENTITY_PERSON && p->affiliation && norp->affiliation
          && g_str_equal (p->affiliation, norp->affiliation))
        return p;
    }
  return NULL;
}

/* A group with no name: "lawmakers", "Western nations", "senior Tajik officials" */
static char *
group_at (const Ctx *c, guint i, guint hi, guint *end)
{
  static const char *const nouns[] = {
    "lawmakers", "nations", "officials", "leaders", "ministers", "delegation", "delegations",
    "counterparts", "diplomats", "envoys", "representatives", "senators", "members", "negotiators",
    "students", "executives", "investors", "businessmen", "businesspeople", "entrepreneurs",
    "activists", "journalists", "experts", "scholars", "parliamentarians", "legislators", "deputies",
    "elders", "commanders", "governors", "mayors", "ambassadors", "group",
    /* one person not named, as a subject: "the Pakistani envoy called on ..." */
    "envoy", "ambassador", "diplomat", NULL,
  };
  const guint first_singular = 33; /* "envoy": the singular nouns follow */
  guint k = i;

  /* "at the head of a delegation", "leading a delegation": the visitor's own */
  {
    guint d = i;

    /* past modifiers and the determiner: "head of a high-ranking delegation" */
    while (d >= 1 && d + 5 > i && !(c->toks[d - 1].flags & BYLINE_TOKEN_CAP)
           && (c->toks[d - 1].kind == BYLINE_TOKEN_WORD || is_punct (c, d - 1, '-'))
           && !is_word (c, d - 1, "of") && !is_word (c, d - 1, "leading") && !is_word (c, d - 1, "led")
           && !is_word (c, d - 1, "with") && !is_word (c, d - 1, "to") && !is_word (c, d - 1, "for")
           && !is_word (c, d - 1, "in") && !is_word (c, d - 1, "on") && !is_word (c, d - 1, "at")
           && !is_word (c, d - 1, "by") && !is_word (c, d - 1, "from") && !is_word (c, d - 1, "and")
           && !is_word (c, d - 1, "heading") && !is_word (c, d - 1, "headed"))
      {
        d--;
        if (is_word (c, d, "a") || is_word (c, d, "the") || is_word (c, d, "his") || is_word (c, d, "her"))
          break;
      }
    if (d >= 2 && ((is_word (c, d - 2, "head") && is_word (c, d - 1, "of")) || is_word (c, d - 1, "leading")
                   || is_word (c, d - 1, "led") || is_word (c, d - 1, "heading") || is_word (c, d - 1, "headed")))
      return NULL;
  }
  /* a group starts at its noun phrase, not at "of regional ministers" */
  if (is_word (c, i, "of") || is_word (c, i, "with") || is_word (c, i, "in") || is_word (c, i, "on")
      || is_word (c, i, "at") || is_word (c, i, "for") || is_word (c, i, "to") || is_word (c, i, "by"))
    return NULL;
  /* "the two leaders", "both ministers": the pair of an earlier meeting, read apart */
  if ((is_word (c, i, "the") && (is_word (c, i + 1, "two") || is_word (c, i + 1, "both"))) || is_word (c, i, "two")
      || is_word (c, i, "both") || (i > 0 && (is_word (c, i - 1, "two") || is_word (c, i - 1, "both"))))
    return NULL;

  while (k < hi && k < i + 4)
    {
      for (guint w = 0; nouns[w]; w++)
        if (is_word (c, k, nouns[w]) && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
            && (w < first_singular || !c->object_side)
            /* "a group of investors", not "the group" */
            && (!is_word (c, k, "group") || is_word (c, k + 1, "of")))
          {
            guint first = i;
            *end = k + 1;
            /* "foreign ministers of the six party nations" */
            if (is_word (c, k + 1, "of") && k + 2 < hi)
              {
                guint j = k + 2;
                while (j < hi && j < k + 8 && c->toks[j].kind == BYLINE_TOKEN_WORD
                       && !(is_word (c, j, "and") && j + 1 < hi && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP))
                       /* "a delegation of the parliament led by its speaker": the group ends
                        * before a participle or a preposition of its own */
                       && !(!(c->toks[j].flags & BYLINE_TOKEN_CAP)
                            && (is_word (c, j, "led") || is_word (c, j, "headed") || is_word (c, j, "who")
                                || is_word (c, j, "which") || is_word (c, j, "that") || is_word (c, j, "in")
                                || is_word (c, j, "on") || is_word (c, j, "at") || is_word (c, j, "to")
                                || is_word (c, j, "for") || is_word (c, j, "during") || is_word (c, j, "with"))))
                  j++;
                *end = j;
              }
            if (is_word (c, first, "the") || is_word (c, first, "his") || is_word (c, first, "her"))
              first++;
            return span_text (c, first, *end);
          }
      if (c->toks[k].kind != BYLINE_TOKEN_WORD)
        break;
      /* modifiers only: "senior Tajik officials", not "leading the SPA delegation" */
      {
        const char *w = c->text + c->toks[k].start;
        gsize len = byline_token_len (&c->toks[k]);
        if (!(c->toks[k].flags & BYLINE_TOKEN_CAP) && len > 3
            && ((w[len - 3] == 'i' && w[len - 2] == 'n' && w[len - 1] == 'g') || (w[len - 2] == 'e' && w[len - 1] == 'd')))
          break;
        if (is_word (c, k, "that") || is_word (c, k, "which") || is_word (c, k, "who") || is_word (c, k, "and")
            || (c->toks[k].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)))
          break;
      }
      k++;
    }
  return NULL;
}

/* "DAP's Mr Loke", "Grand National Assembly Speaker Binali Yıldırım", "Yonhap":
 * an organisation that only says whom a person belongs to, or an outlet */
static gboolean
affiliation_of_person (const Ctx *c, const BylineMentionRef *r, guint hi)
{
  if (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)
    return TRUE;
  for (guint j = r->end_token; j < hi && j < r->end_token + 5; j++)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, j);
      if (p && p->entity->type == BYLINE_ENTITY_PERSON)
        return TRUE;
      if (!(c->toks[j].flags & BYLINE_TOKEN_CAP) && !(c->toks[j].cls & BYLINE_WORD_ROLE)
          && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE && !is_punct (c, j, '.'))
        return FALSE;
    }
  return FALSE;
}

static gboolean
is_country (const BylineEntity *e)
{
  return e->type == BYLINE_ENTITY_PLACE && e->lex != NULL && e->lex->kind == BYLINE_LEX_COUNTRY;
}

/* A participant's name: a person by the fullest name, a country as the sentence
 * names it ("the DPRK-Russia summit": "DPRK", not the name in full) */
static char *
mention_name (const Ctx *c, const BylineMentionRef *r)
{
  if (is_country (r->entity) && r->end > r->start)
    {
      g_autofree char *said = g_strndup (c->text + r->start, r->end - r->start);
      gboolean shouted = TRUE;

      for (const char *q = said; *q && shouted; q++)
        if (g_ascii_islower (*q))
          shouted = FALSE;
      /* "RUSSIA" in a headline in capitals: the name */
      if (!shouted || strlen (said) <= 5)
        return g_steal_pointer (&said);
    }
  return g_strdup (r->entity->name);
}

/* A country, or a short form of one named in the article: "the North" for North
 * Korea, when it is the only country whose name starts so */
static const BylineEntity *
country_of_name (const Ctx *c, const BylineEntity *e)
{
  const BylineEntity *found = NULL;
  gsize len;

  if (is_country (e))
    return e;
  if (e->type != BYLINE_ENTITY_PLACE || strchr (e->name, ' ') != NULL)
    return NULL;
  len = strlen (e->name);
  for (guint i = 0; i < c->entities->len; i++)
    {
      const BylineEntity *o = c->entities->pdata[i];

      if (is_country (o) && strncmp (o->name, e->name, len) == 0 && o->name[len] == ' ')
        {
          if (found != NULL)
            return NULL;
          found = o;
        }
    }
  return found;
}

static gboolean
participant_at (const Ctx *c, guint i, guint hi, BylineMeeting *m, guint *end)
{
  const BylineMentionRef *r;

  /* "OSLO (Byline Sample Press) -": the dateline's agency met no one */
  if (i < c->n && byline_span_contains (&c->doc->wire, c->toks[i].start))
    return FALSE;
  r = byline_mentions_at (c->mentions, i);
  const BylineEntity *cp;
  char *group;

  /* a country's meeting with countries */
  if (r != NULL && c->countries && is_country (r->entity))
    {
      *end = r->end_token;
      add_participant (m, r->entity, mention_name (c, r));
      return TRUE;
    }
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
    {
      *end = r->end_token;
      if (r->entity->type == BYLINE_ENTITY_ORG && affiliation_of_person (c, r, hi))
        return TRUE;
      add_participant (m, r->entity, g_strdup (r->entity->name));
      return TRUE;
    }
  if ((cp = resolve_counterpart (c, i, hi, end)) != NULL)
    {
      /* "his Iranian counterpart, Javad Zarif": the name follows */
      guint k = *end;
      if (is_punct (c, k, ','))
        k++;
      r = byline_mentions_at (c->mentions, k);
      if (r && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          cp = r->entity;
          *end = r->end_token;
        }
      add_participant (m, cp, g_strdup (cp->name));
      return TRUE;
    }
  if ((cp = byline_clauses_described_person (&c->reader, i, hi, end)) != NULL)
    {
      add_participant (m, cp, g_strdup (cp->name));
      return TRUE;
    }
  if ((group = group_at (c, i, hi, end)) != NULL)
    {
      /* "talks between delegations of Afghanistan and Pakistan": the countries */
      const BylineMentionRef *of = *end > 0 ? byline_mentions_at (c->mentions, *end - 1) : NULL;

      if (of != NULL && of->end_token == *end && is_country (of->entity) && of->first_token >= 2
          && (is_word (c, of->first_token - 1, "of") || (is_word (c, of->first_token - 1, "the")
                                                          && is_word (c, of->first_token - 2, "of")))
          && (is_word (c, *end, "and") || m->participants->len > 0))
        {
          g_free (group);
          add_participant (m, of->entity, mention_name (c, of));
          ((Ctx *) c)->countries = TRUE; /* the rest of the list is countries too */
          return TRUE;
        }
      add_participant (m, NULL, group);
      return TRUE;
    }
  return FALSE;
}

/* "at the State Duma", "at the building of the State Duma" */
static gboolean
at_before (const Ctx *c, guint first)
{
  for (guint k = first; k > 0 && k + 6 > first; k--)
    {
      if (is_word (c, k - 1, "at"))
        return TRUE;
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
        return FALSE;
    }
  return FALSE;
}

static void
find_place_and_date (const Ctx *c, BylineMeeting *m, guint lo, guint hi, guint trigger)
{
  guint best_place_dist = G_MAXUINT;
  guint best_date_dist = G_MAXUINT;
  guint k = byline_mentions_lower_bound (c->mentions, lo);

  for (; k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);
      guint dist;

      if (r->first_token >= hi)
        break;
      dist = r->first_token > trigger ? r->first_token - trigger : trigger - r->first_token;
      if (r->entity->type == BYLINE_ENTITY_PLACE && r->first_token > 0
          && !(r->entity->lex && r->entity->lex->kind == BYLINE_LEX_REGION && g_strcmp0 (r->entity->lex->subkind, "landmark") != 0)
          && (is_word (c, r->first_token - 1, "in") || is_word (c, r->first_token - 1, "at")
              || (r->first_token > 1 && is_word (c, r->first_token - 1, "the")
                  && (is_word (c, r->first_token - 2, "at") || is_word (c, r->first_token - 2, "in")))
              || (r->first_token > 1 && is_word (c, r->first_token - 1, "to")
                  && (is_word (c, r->first_token - 2, "travel") || is_word (c, r->first_token - 2, "traveled")
                      || is_word (c, r->first_token - 2, "travelled") || is_word (c, r->first_token - 2, "flew")
                      || is_word (c, r->first_token - 2, "fly") || is_word (c, r->first_token - 2, "visit")
                      || is_word (c, r->first_token - 2, "trip") || is_word (c, r->first_token - 2, "went")
                      || is_word (c, r->first_token - 2, "headed") || is_word (c, r->first_token - 2, "arrived")))
              || (r->first_token > 1 && (is_word (c, r->first_token - 1, "capital") || is_word (c, r->first_token - 1, "city"))
                  && (is_word (c, r->first_token - 2, "in") || is_word (c, r->first_token - 2, "the")))
              || (is_word (c, r->first_token - 1, "to") && r->first_token > trigger && r->first_token < trigger + 3)
              /* "welcomed Zelensky to Warsaw" */
              || (is_word (c, r->first_token - 1, "to") && r->first_token > trigger && r->first_token < trigger + 10
                  && (is_word (c, trigger, "welcomed") || is_word (c, trigger, "welcomes")
                      || is_word (c, trigger, "welcome")))
              || (is_word (c, r->first_token - 1, "visited") || is_word (c, r->first_token - 1, "visiting"))))
        {
          /* a city rather than its country: "in Tehran", not "in Iran" */
          gboolean city = r->entity->lex == NULL || r->entity->lex->kind != BYLINE_LEX_COUNTRY;
          if (dist < best_place_dist || (city && m->place && m->place->lex && m->place->lex->kind == BYLINE_LEX_COUNTRY))
            {
              m->place = r->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (r->entity->name);
              best_place_dist = dist;
            }
        }
      /* a building or site: "at the State Duma", "at the Mansudae Assembly Hall" */
      if (m->place == NULL && r->entity->type == BYLINE_ENTITY_ORG && r->first_token > 0
          && at_before (c, r->first_token))
        {
          m->place = r->entity;
          m->place_name = g_strdup (r->entity->name);
        }
      if (r->entity->type == BYLINE_ENTITY_DATE && dist < best_date_dist && r->entity->date.resolution != BYLINE_DATE_DURATION)
        {
          best_date_dist = dist;
          if (r->entity->date.resolution == BYLINE_DATE_DAY)
            m->date = r->entity->date.from;
          else
            memset (&m->date, 0, sizeof m->date);
          g_free (m->time_text);
          m->time_text = g_strndup (c->text + r->start, r->end - r->start);
        }
    }
  /* "earlier in the day", "later in the day": the day of the dateline */
  if (best_date_dist == G_MAXUINT && byline_day_valid (&c->doc->date))
    for (guint w = lo; w + 2 < hi; w++)
      if (is_word (c, w, "in") && is_word (c, w + 1, "the") && is_word (c, w + 2, "day") && w > lo
          && (is_word (c, w - 1, "earlier") || is_word (c, w - 1, "later")))
        {
          m->date = c->doc->date;
          g_free (m->time_text);
          m->time_text = span_text (c, w - 1, w + 3);
          break;
        }
}

static BylineMeetingStatus
status_of (const Ctx *c, guint lo, guint trigger)
{
  for (guint k = trigger + 1; k > lo; k--)
    {
      const BylineToken *t = &c->toks[k - 1];

      if (t->kind != BYLINE_TOKEN_WORD)
        continue;
      if (t->cls & BYLINE_WORD_FUTURE)
        return BYLINE_MEETING_PLANNED;
      if (is_word (c, k - 1, "to") && k - 1 + 1 == trigger)
        return BYLINE_MEETING_PLANNED;
      if (is_word (c, k - 1, "is") || is_word (c, k - 1, "are") || is_word (c, k - 1, "currently"))
        return BYLINE_MEETING_ONGOING;
      if (t->cls & BYLINE_WORD_PAST)
        return BYLINE_MEETING_HAPPENED;
      if (k - 1 < trigger && byline_token_len (t) > 3 && !(t->flags & BYLINE_TOKEN_CAP)
          && c->text[t->end - 2] == 'e' && c->text[t->end - 1] == 'd')
        return BYLINE_MEETING_HAPPENED;
    }
  if (is_word (c, trigger, "met") || is_word (c, trigger, "hosted") || is_word (c, trigger, "visited")
      || is_word (c, trigger, "received") || is_word (c, trigger, "negotiated") || is_word (c, trigger, "shook")
      || is_word (c, trigger, "welcomed") || is_word (c, trigger, "greeted") || is_word (c, trigger, "conferred")
      || is_word (c, trigger, "exchanged") || is_word (c, trigger, "sat") || is_word (c, trigger, "discussed"))
    return BYLINE_MEETING_HAPPENED;
  return BYLINE_MEETING_UNKNOWN;
}

/* Where a topic's noun group ends: at a relative ("that", "which"), an infinitive,
 * a preposition of time or purpose, or a participle after its noun ("the accord
 * meant to freeze ..." is about "the accord"; "the recently announced accord" goes on) */
static gboolean
topic_ends (const Ctx *c, guint start, guint k)
{
  const BylineToken *t = &c->toks[k];
  const char *w = c->text + t->start;
  gsize len = byline_token_len (t);

  if (is_word (c, k, "that") || is_word (c, k, "which") || is_word (c, k, "who") || is_word (c, k, "to")
      || is_word (c, k, "for") || is_word (c, k, "during") || is_word (c, k, "when") || is_word (c, k, "while"))
    return k > start;
  if (k > start && t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP) && len > 3
      && ((w[len - 2] == 'e' && w[len - 1] == 'd') || is_word (c, k, "meant") || is_word (c, k, "aimed")))
    {
      const BylineToken *p = &c->toks[k - 1];
      const char *pw = c->text + p->start;
      gsize plen = byline_token_len (p);

      /* after an adverb or a determiner it is an adjective */
      return !(plen > 2 && pw[plen - 2] == 'l' && pw[plen - 1] == 'y') && !is_word (c, k - 1, "the")
             && !is_word (c, k - 1, "a") && !is_word (c, k - 1, "an") && !is_word (c, k - 1, "newly")
             && p->kind == BYLINE_TOKEN_WORD;
    }
  return FALSE;
}

/* "to discuss trade relations, Syria and the nuclear program" */
static void
find_topics (const Ctx *c, BylineMeeting *m, guint trigger, guint hi)
{
  for (guint k = trigger; k + 1 < hi; k++)
    {
      guint start;

      if (!((is_word (c, k, "discuss") || is_word (c, k, "discussed") || is_word (c, k, "discussing"))
            || ((is_word (c, k, "on") || is_word (c, k, "about")) && k > trigger && k <= trigger + 2)))
        continue;
      start = k + 1;
      while (start < hi)
        {
          guint end = start;
          if (is_word (c, start, "according"))
            break;
          while (end < hi && !is_punct (c, end, ',') && !is_punct (c, end, '.') && !is_punct (c, end, ';')
                 && !is_word (c, end, "and") && end < start + 12 && !topic_ends (c, start, end))
            end++;
          if (end > start)
            {
              guint s = start;
              if (is_word (c, s, "the") || is_word (c, s, "greater") || is_word (c, s, "issues") || is_word (c, s, "a"))
                s++;
              if (end > s)
                g_ptr_array_add (m->topics, span_text (c, s, end));
            }
          if (end >= hi || is_punct (c, end, '.') || is_punct (c, end, ';') || end == start + 12
              || topic_ends (c, start, end))
            break;
          start = end + 1;
          if (start < hi && is_word (c, start, "and"))
            start++;
        }
      break;
    }
}

/* A building or site, somewhere in a city: an organisation's seat, a landmark, a
 * place no gazetteer knows */
static gboolean
is_site (const BylineEntity *place)
{
  return place->type != BYLINE_ENTITY_PLACE || place->lex == NULL
         || g_strcmp0 (place->lex->subkind, "landmark") == 0;
}

static gboolean
same_meeting (const BylineMeeting *a, const BylineMeeting *b)
{
  guint shared = 0, named_a = 0, named_b = 0;
  gboolean same_day;

  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (a->participants, BylineParticipant, i);
      if (p->entity)
        named_a++;
      if (p->entity && has_participant (b, p->entity, NULL))
        shared++;
    }
  for (guint i = 0; i < b->participants->len; i++)
    if (g_array_index (b->participants, BylineParticipant, i).entity)
      named_b++;
  if (a->date.year && b->date.year && (a->date.day != b->date.day || a->date.month != b->date.month))
    return FALSE;
  same_day = a->date.year && b->date.year;
  /* "will hold talks in May" and "have met 40 times": two meetings; but "met ...
   * to exchange views" in one sentence is one */
  if ((a->status == BYLINE_MEETING_PLANNED && b->status == BYLINE_MEETING_HAPPENED)
      || (a->status == BYLINE_MEETING_HAPPENED && b->status == BYLINE_MEETING_PLANNED))
    {
      gboolean same_sentence = FALSE;

      for (guint i = 0; i < a->evidence->len && b->evidence->len > 0 && !same_sentence; i++)
        same_sentence = g_array_index (a->evidence, BylineSpan, i).start
                        == g_array_index (b->evidence, BylineSpan, 0).start;
      if (!same_sentence)
        return FALSE;
    }
  /* told with different times ("on Wednesday", "earlier in August"): two meetings */
  if (a->time_text && b->time_text && g_ascii_strcasecmp (a->time_text, b->time_text) != 0
      && !(a->date.year && b->date.year))
    return FALSE;
  /* the same people on the same day: one meeting, though a later mention names
   * another place (a place from a clause about something else) */
  if (!same_day && a->place && b->place && a->place != b->place
      /* a building is somewhere in a city: "at the Mansudae Assembly Hall", "in Pyongyang" */
      && !is_site (a->place) && !is_site (b->place)
      && !(a->place->lex && a->place->lex->kind == BYLINE_LEX_COUNTRY)
      && !(b->place->lex && b->place->lex->kind == BYLINE_LEX_COUNTRY))
    return FALSE;
  /* groups with the same name count as shared too */
  for (guint i = 0; i < a->participants->len; i++)
    {
      const BylineParticipant *p = &g_array_index (a->participants, BylineParticipant, i);
      if (p->entity == NULL && has_participant (b, NULL, p->name))
        shared++;
    }
  (void) named_a;
  (void) named_b;
  return shared >= 2;
}

static void
merge_into (BylineMeeting *into, BylineMeeting *from)
{
  for (guint i = 0; i < from->participants->len; i++)
    {
      BylineParticipant *p = &g_array_index (from->participants, BylineParticipant, i);
      add_participant (into, p->entity, g_steal_pointer (&p->name));
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
  for (guint i = 0; i < from->topics->len; i++)
    g_ptr_array_add (into->topics, g_strdup (from->topics->pdata[i]));
  g_array_append_vals (into->evidence, from->evidence->data, from->evidence->len);
}

/* The speaker of the quotation that holds token k, a person or body named */
static const BylineEntity *
quote_speaker_at (const Ctx *c, guint k)
{
  guint lo = 0, hi = c->quotes->len;

  /* the quotes are in text order: the last one that starts at or before k */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (((const BylineQuote *) c->quotes->pdata[mid])->first_token <= k)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return NULL;
  {
    const BylineQuote *q = c->quotes->pdata[lo - 1];

    return k < q->end_token && q->kind != BYLINE_QUOTE_INDIRECT ? q->speaker : NULL;
  }
}

/* The person nearest before token k in the sentence, outside a prepositional
 * phrase ("Lavrov said he would meet": he is Lavrov); with @pronoun, one whom the
 * pronoun at k may stand for */
static const BylineEntity *
nearest_person_before (const Ctx *c, guint lo, guint k, gboolean pronoun)
{
  const BylineEntity *found = NULL;

  /* as far back as a clause reaches, so that a sentence of thousands of words stays linear */
  for (guint j = byline_mentions_lower_bound (c->mentions, MAX (lo, k > 48 ? k - 48 : 0)); j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->first_token >= k)
        break;
      if (r->entity->type == BYLINE_ENTITY_PERSON && !byline_clauses_governed (&c->reader, r->first_token)
          && (!pronoun || byline_entity_may_be (r->entity, c->text, &c->toks[k])))
        found = r->entity;
    }
  return found;
}

static void
meeting_in_sentence (Ctx *c, guint s)
{
  const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
  guint lo = sent->first_token, hi = sent->end_token;
  const BylineClause *cl = &g_array_index (c->clauses, BylineClause, s);
  guint front = cl->fronted_comma;
  g_autoptr (GPtrArray) split = g_ptr_array_new ();

  for (guint t = lo; t < hi; t++)
    {
      Trigger trig = trigger_at (c, t, hi);
      BylineMeeting *m;
      guint clause = lo;
      guint end;
      guint after = t;
      guint subjects;
      gboolean joint = FALSE;
      gboolean relative = FALSE;  /* the trigger is in a relative clause: "X, who recently led talks" */
      const BylineEntity *prev_subject = c->last_subject;
      guint prev_sentence = c->last_subject_sentence;

      if (trig == TRIGGER_NONE && !pair_noun (c, t))
        continue;
      m = meeting_new ();
      c->object_side = FALSE;
      c->countries = FALSE;
      /* "the DPRK-Russia summit", "the Singh-Gilani meeting": the pair and no one else */
      if (pair_noun (c, t) && pair_before (c, lo, t, m))
        {
          subjects = 2;
          after = t + 1;
          goto located;
        }
      if (trig == TRIGGER_NONE)
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
        guint marks = 0, last = 0;

        for (guint k = lo; k < t; k++)
          if ((c->toks[k].flags & BYLINE_TOKEN_QUOTE)
              && (is_punct (c, k, '"') || is_punct (c, k, 0x201C) || is_punct (c, k, 0x201D)
                  || is_punct (c, k, 0x00AB) || is_punct (c, k, 0x00BB)))
            {
              marks++;
              last = k + 1;
            }
        if (marks % 2 == 1 && last > clause)
          clause = last;
      }
      /* "X will call on Y on Thursday, and the two will meet again": a clause of its own
       * after a verb, but "Lavrov, Zarif, and Wang met" is one */
      for (guint k = t; k > clause + 1; k--)
        if (is_punct (c, k - 2, ',') && is_word (c, k - 1, "and"))
          {
            guint j;

            for (j = clause; j + 2 < k; j++)
              if (trigger_at (c, j, hi) != TRIGGER_NONE
                  || (c->toks[j].cls & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)))
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
          if (!is_word (c, k - 1, "who"))
            continue;
          {
            guint j = k - 1;
            const BylineMentionRef *r;
            if (j > 0 && is_punct (c, j - 1, ','))
              j--;
            r = j > 0 ? byline_mentions_at (c->mentions, j - 1) : NULL;
            if (r && r->entity->type == BYLINE_ENTITY_PERSON)
              add_participant (m, r->entity, g_strdup (r->entity->name));
            clause = k;
            relative = TRUE;
            break;
          }
        }
      /* "X said (that) he would travel ... for talks with Y", "X told reporters Y
       * had met Z": the reported clause has its own subject */
      for (guint k = t; k > clause + 1 && !nominal_trigger (c, t); k--)
        if (reports_clause (c, k - 1, t))
          {
            clause = is_word (c, k, "that") ? k + 1 : k;
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
               && !is_word (c, k - 1, "a") && trigger_at (c, k - 1, hi) == TRIGGER_NONE
               && !(c->toks[k - 1].cls & (BYLINE_WORD_SPEECH | BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)))
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
            else if (r && country_of_name (c, r->entity) != NULL && trig != TRIGGER_TRIP
                     && m->participants->len == 0 && nearest_person_before (c, clause, k - 2, FALSE) == NULL)
              {
                const BylineEntity *country = country_of_name (c, r->entity);

                clause = t;
                g_array_set_size (m->participants, 0);
                add_participant (m, country, g_strdup (country->name));
                c->countries = TRUE;
              }
          }
      }
      for (guint k = clause; k < t; k++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

          /* "X will hold talks with Y and attend Z": Y is the first verb's partner,
           * not the second's subject */
          if (m->participants->len > 0 && r == NULL && c->toks[k].kind == BYLINE_TOKEN_WORD
              && t > 2 && (is_word (c, t - 1, "and") || is_word (c, t - 2, "and"))
              && trigger_at (c, k, hi) != TRIGGER_NONE)
            break;
          /* "Park Sung-min, leader of the Democratic Party, said ...": the names
           * inside an apposition are not subjects */
          if (r && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON && is_punct (c, r->end_token, ',')
              && apposition_end (c, r->end_token, t) != 0)
            {
              add_participant (m, r->entity, g_strdup (r->entity->name));
              k = apposition_end (c, r->end_token, t);
              continue;
            }
          /* "Putin's envoy met ...": a possessor is not the subject, unless it owns the trigger */
          if (r && r->first_token == k && r->end_token < t && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
              && r->end_token + 1 < t)
            {
              guint j = r->end_token + 1;
              while (j < t && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                     && j < r->end_token + 5)
                j++;
              if (j < t)
                {
                  k = r->end_token;
                  continue;
                }
            }
          if (r && r->first_token == k && !byline_clauses_governed (&c->reader, k) && !byline_span_contains (&c->doc->wire, r->start)
              && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
            {
              if (!(r->entity->type == BYLINE_ENTITY_ORG && affiliation_of_person (c, r, t)))
                add_participant (m, r->entity, g_strdup (r->entity->name));
              k = r->end_token - 1;
              continue;
            }
          if (participant_at (c, k, t, m, &end) && end > k)
            k = end - 1;
        }
      /* "describing their meeting as informal", "their talks": the pair of an earlier
       * meeting, and no one else in the clause */
      if (t > lo && is_word (c, t - 1, "their") && c->toks[t].kind == BYLINE_TOKEN_WORD
          && !(c->toks[t].cls & BYLINE_WORD_PAST) && !subjects_joined (c, clause, t))
        {
          const BylineMeeting *pair = earlier_pair (c, t, t);

          g_array_set_size (m->participants, 0);
          if (pair != NULL)
            for (guint p = 0; p < 2; p++)
              {
                const BylineParticipant *one = &g_array_index (pair->participants, BylineParticipant, p);
                add_participant (m, one->entity, g_strdup (one->name));
              }
        }
      /* "The minister also met opposition leaders": a description of the one the
       * article is about */
      if (m->participants->len == 0 && cl->topic != NULL && is_word (c, clause, "the"))
        {
          guint k = clause + 1;

          while (k < t && (c->toks[k].cls & BYLINE_WORD_ROLE) && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
            k++;
          if (k > clause + 1 && k < t && cl->topic->role != NULL
              && (is_word (c, k, "also") || trigger_at (c, k, hi) != TRIGGER_NONE || (c->toks[k].cls & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))))
            {
              g_autofree char *head = g_ascii_strdown (c->text + c->toks[k - 1].start, byline_token_len (&c->toks[k - 1]));
              g_autofree char *role = g_ascii_strdown (cl->topic->role, -1);

              if (strstr (role, head) != NULL)
                add_participant (m, cl->topic, g_strdup (cl->topic->name));
            }
        }
      /* "The High Representative also met ...": a description with capitals, read
       * as the clause reader reads subjects */
      if (m->participants->len == 0 && is_word (c, clause, "the") && clause + 1 < t
          && (c->toks[clause + 1].flags & BYLINE_TOKEN_CAP)
          && (byline_mentions_at (c->mentions, clause + 1) == NULL
              || byline_mentions_at (c->mentions, clause + 1)->entity->type == BYLINE_ENTITY_NORP))
        {
          const BylineEntity *who = byline_clauses_subject_at (&c->reader, cl->topic, clause, t);

          if (who != NULL)
            add_participant (m, who, g_strdup (who->name));
        }
      /* "the two foreign secretaries will meet again", "both sides held talks": the
       * pair of an earlier meeting */
      if (m->participants->len == 0)
        for (guint k = clause; k + 1 < t; k++)
          if ((is_word (c, k, "the") && (is_word (c, k + 1, "two") || is_word (c, k + 1, "both")))
              || (is_word (c, k, "both") && !is_word (c, k - 1, "the") && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
                  && (is_word (c, k + 1, "sides") || is_word (c, k + 1, "leaders") || is_word (c, k + 1, "ministers")
                      || is_word (c, k + 1, "men") || is_word (c, k + 1, "women") || is_word (c, k + 1, "delegations")
                      || is_word (c, k + 1, "presidents") || is_word (c, k + 1, "officials"))))
            {
              guint noun = is_word (c, k, "both") ? k + 1 : k + 2;
              const BylineMeeting *pair = earlier_pair (c, noun, t);

              if (pair != NULL)
                for (guint p = 0; p < 2; p++)
                  {
                    const BylineParticipant *one = &g_array_index (pair->participants, BylineParticipant, p);
                    add_participant (m, one->entity, g_strdup (one->name));
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
            add_participant (m, who, g_strdup (who->name));
        }
      /* "“I had a discussion with X,” the minister said", "“my meeting with X”": the
       * first person of a quotation is its speaker */
      if (m->participants->len == 0 && c->quotes != NULL)
        for (guint k = clause; k < t; k++)
          if (is_word (c, k, "I") || is_word (c, k, "we")
              || ((is_word (c, k, "my") || is_word (c, k, "our")) && k + 1 == t))
            {
              const BylineEntity *speaker = quote_speaker_at (c, k);

              if (speaker != NULL)
                add_participant (m, speaker, g_strdup (speaker->name));
              break;
            }
      /* "Laine's tour has taken him to ...", "his tour, which took him to ...": the
       * trip's owner, or the one the article is about */
      if (trig == TRIGGER_TRIP && taken_to (c, t))
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
            add_participant (m, who, g_strdup (who->name));
        }
      /* "he met", "she will meet", "his meeting with": who met before, or the person
       * last named as a subject */
      if (m->participants->len == 0 || (m->participants->len == 1 && has_he_and (c, clause, t)))
        for (guint k = clause; k < t; k++)
          if (is_word (c, k, "he") || is_word (c, k, "she")
              || ((is_word (c, k, "his") || is_word (c, k, "her")) && k + 1 == t))
            {
              guint j = byline_mentions_lower_bound (c->mentions, k);

              /* "X said he would ...": the person named before in the sentence */
              {
                const BylineEntity *near = nearest_person_before (c, lo, k, TRUE);

                if (near != NULL && !has_participant (m, near, NULL))
                  {
                    add_participant (m, near, g_strdup (near->name));
                    break;
                  }
              }
              /* the person the article was last about: the subject of an earlier
               * sentence ("Qureshi arrived ... He will also hold meetings") */
              if (cl->topic != NULL && byline_entity_may_be (cl->topic, c->text, &c->toks[k])
                  && !has_participant (m, cl->topic, NULL) && nearest_person_before (c, lo, k, FALSE) == NULL)
                {
                  add_participant (m, cl->topic, g_strdup (cl->topic->name));
                  break;
                }
              /* "he and Lavrov": someone other than Lavrov */
              if (c->last_subject != NULL && s - MIN (s, c->last_subject_sentence) <= 3
                  && byline_entity_may_be (c->last_subject, c->text, &c->toks[k])
                  && !has_participant (m, c->last_subject, NULL))
                {
                  add_participant (m, c->last_subject, g_strdup (c->last_subject->name));
                  break;
                }
              while (j > 0)
                {
                  const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --j);
                  if (r->entity->type == BYLINE_ENTITY_PERSON && !byline_clauses_governed (&c->reader, r->first_token)
                      && byline_entity_may_be (r->entity, c->text, &c->toks[k])
                      && !has_participant (m, r->entity, NULL))
                    {
                      add_participant (m, r->entity, g_strdup (r->entity->name));
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
      /* the side after: "with X", "met X", "hosted X", "between X and Y" */
      {
        guint k = t + 1;
        guint taken = 0;

        after = k;
        joint = is_word (c, k, "with") || is_word (c, k + 1, "with");
        if (is_word (c, k, "with") || is_word (c, k, "between") || is_word (c, k, "hands")
            || (is_word (c, k, "on") && trig == TRIGGER_VISIT))
          k++;
        if (is_word (c, k, "with"))
          k++;
        /* "a discussion regarding the visit with X": the object, then the partner */
        else if ((is_word (c, k, "regarding") || is_word (c, k, "about") || is_word (c, k, "over"))
                 && nominal_trigger (c, t))
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
                     || is_word (c, k, "earlier") || is_word (c, k, "this") || is_word (c, k, "later")))
          for (guint j = k + 1; j < hi && j < k + 6; j++)
            {
              if (c->toks[j].kind != BYLINE_TOKEN_WORD && !is_punct (c, j, ','))
                break;
              if (is_word (c, j, "with"))
                {
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
          for (guint j = t + 1; j < hi && j < t + 10 && !is_punct (c, j, '.') && !is_punct (c, j, ';'); j++)
            if (is_word (c, j, "by"))
              {
                k = j + 1;
                break;
              }
        /* "hosted a dinner for X", "gave a lunch in honour of X" */
        if (trig == TRIGGER_HOST && (is_word (c, k, "a") || is_word (c, k, "an")))
          for (guint j = k + 1; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
            if (is_word (c, j, "for"))
              {
                k = j + 1;
                break;
              }
        c->object_side = TRUE;
        for (; k < hi && k < t + 14 && taken < 4; k++)
          {
            /* "X received him": the person last named as a subject */
            if ((is_word (c, k, "him") || is_word (c, k, "her")) && k == t + 1
                && (trig == TRIGGER_HOST || trig == TRIGGER_MEET) && prev_subject != NULL
                && prev_subject->type == BYLINE_ENTITY_PERSON && s - MIN (s, prev_sentence) <= 2
                && byline_entity_may_be (prev_subject, c->text, &c->toks[k])
                && !has_participant (m, prev_subject, NULL))
              {
                add_participant (m, prev_subject, g_strdup (prev_subject->name));
                taken++;
                after = k + 1;
                break;
              }
            if (is_word (c, k, "to") && k + 1 < hi && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
              continue;
            /* "meet X and attend Y": a second verb, a second meeting */
            if (is_word (c, k, "and") && k + 1 < hi && trigger_at (c, k + 1, hi) != TRIGGER_NONE)
              break;
            /* "Alaska Gov. Elaine Marchetti": an abbreviation's point */
            if (is_punct (c, k, '.') && k > t + 1 && (c->toks[k - 1].cls & BYLINE_WORD_ABBREVIATION)
                && k + 1 < hi
                && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
              continue;
            if (is_punct (c, k, '.') || is_punct (c, k, ';') || is_punct (c, k, '-') || is_punct (c, k, 0x2013)
                || is_punct (c, k, 0x2014) || is_word (c, k, "to") || is_word (c, k, "on")
                || is_word (c, k, "in") || is_word (c, k, "at") || is_word (c, k, "for") || is_word (c, k, "who")
                || is_word (c, k, "which") || is_word (c, k, "that"))
              break;
            /* the fronted phrase ends at its comma */
            if (front != 0 && t < front && k >= front)
              break;
            /* the list of partners ends at the clause's own verb ("between A and B
             * lasted five hours") or at a trailing source (", a ministry official said") */
            if (taken > 0 && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
                && byline_mentions_at (c->mentions, k) == NULL
                && ((c->toks[k].cls & BYLINE_WORD_SPEECH)
                    || (byline_token_len (&c->toks[k]) > 4 && !(c->toks[k].cls & BYLINE_WORD_ROLE)
                        && c->text[c->toks[k].end - 2] == 'e' && c->text[c->toks[k].end - 1] == 'd')))
              break;
            if (taken > 0 && is_punct (c, k, ',') && trailing_source (c, k + 1, hi))
              break;
            if (participant_at (c, k, hi, m, &end))
              {
                taken++;
                k = end - 1;
                /* an apposition: "Pak Thae Song, chairman of the SPA," */
                if (is_punct (c, end, ',') && end + 1 < hi && (c->toks[end + 1].cls & BYLINE_WORD_ROLE))
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
          /* "a visit by X to Y": X is the visitor, whoever the sentence is about */
          const BylineMentionRef *by = person_after_by (c, t + 1);

          g_array_set_size (m->participants, 0);
          add_participant (m, by->entity, g_strdup (by->entity->name));
          subjects = 1;
        }
      if (trig == TRIGGER_TRIP && subjects >= 1 && m->participants->len == subjects)
        {
          const BylineMentionRef *pr = trip_place (c, t);
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
          add_participant (m, pr->entity->lex->kind == BYLINE_LEX_COUNTRY ? pr->entity : NULL, g_strdup (country));
          m->trip = TRUE;
          after = MAX (after, pr->end_token);
          /* "toured Vietnam and Laos", "to Cuba, Mexico and Brazil": a meeting with each */
          for (guint j = pr->end_token; j + 1 < hi && (is_punct (c, j, ',') || is_word (c, j, "and"));)
            {
              const BylineMentionRef *more = byline_mentions_at (c->mentions, is_word (c, j + 1, "and") ? j + 2 : j + 1);

              if (more == NULL || more->entity->type != BYLINE_ENTITY_PLACE || more->entity->lex == NULL
                  || more->entity->lex->kind != BYLINE_LEX_COUNTRY)
                break;
              add_participant (m, more->entity, g_strdup (more->entity->name));
              c->countries = TRUE;
              after = j = more->end_token;
            }
        }
      c->object_side = FALSE;
      /* "X met Y in a phone call": talks, but not a meeting */
      if (m->participants->len >= 2 && trig != TRIGGER_TRIP && remote (c, clause, MIN (hi, after + 8)))
        g_array_set_size (m->participants, 0);
      /* "... is expected to meet A and B" with the subject unknown: not A meeting B */
      if (subjects == 0 && m->participants->len >= 2 && !joint && c->toks[t].kind == BYLINE_TOKEN_WORD
          && !nominal_trigger (c, t) && !is_word (c, t + 1, "between") && !pair_noun (c, t)
          && (is_word (c, t, "met") || is_word (c, t, "meet") || is_word (c, t, "meets") || is_word (c, t, "received")
              || is_word (c, t, "hosted") || is_word (c, t, "welcomed") || is_word (c, t, "visited")
              || is_word (c, t, "greeted") || is_word (c, t, "receive") || is_word (c, t, "host")))
        g_array_set_size (m->participants, 0);
      if (m->participants->len < 2)
        {
          byline_meeting_free (m);
          t = MAX (t, after);
          continue;
        }
      for (guint k = clause; k < t; k++)
        if (is_word (c, k, "recently") || is_word (c, k, "recent") || is_word (c, k, "previous")
            || is_word (c, k, "previously") || is_word (c, k, "earlier")
            || is_word (c, k, "who") || is_word (c, k, "which") || is_word (c, k, "once") || is_word (c, k, "where")
            || is_word (c, k, "formerly") || is_word (c, k, "last"))
          m->background = TRUE;
      /* place, date and topics near the trigger, however long the sentence, but not
       * past ", and ... will meet again in Dhaka": another meeting's clause */
      {
        guint near_hi = MIN (hi, t + 48);

        /* "..., which arrived on Friday": a relative clause about someone else's time */
        for (guint k = after; k + 1 < near_hi; k++)
          if (is_punct (c, k, ',') && (is_word (c, k + 1, "which") || is_word (c, k + 1, "who")
                                       || is_word (c, k + 1, "whose")))
            {
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
                if (trigger_at (c, j, hi) != TRIGGER_NONE)
                  break;
              if (j < near_hi && j < k + 10)
                {
                  near_hi = k;
                  break;
                }
            }
        /* a relative clause has its own time: "Zarif, who recently led talks with ..." does
         * not take the main clause's "on Wednesday" */
        find_place_and_date (c, m, relative ? clause : MAX (lo, t > 48 ? t - 48 : 0), near_hi, t);
      }
      if (m->trip)
        {
          const BylineMentionRef *pr = trip_place (c, t);

          if (m->place == NULL || m->place == pr->entity
              || (m->place->lex != NULL && m->place->lex->kind == BYLINE_LEX_COUNTRY))
            {
              m->place = pr->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (pr->entity->name);
            }
        }
      m->status = status_of (c, MAX (lo, t > 48 ? t - 48 : 0), t);
      find_topics (c, m, t, MIN (hi, t + 48));
      {
        BylineSpan ev = { sent->start, sent->end };
        g_array_append_val (m->evidence, ev);
      }
      /* "He met A, B and C": one meeting with each, when they are all people; "met with
       * A and B" is one meeting of three, unless the list goes on */
      /* "summits with A and B", "meetings with A and B": one each */
      if (subjects == 1
          && m->participants->len > (joint && !separately (c, clause, t + 2) && !is_word (c, t, "summits")
                                     && !is_word (c, t, "meetings") && !in_headline (c, sent) ? 3u : 2u))
        {
          gboolean people = TRUE;
          for (guint p = 1; p < m->participants->len; p++)
            {
              const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

              if (e == NULL || !(e->type == BYLINE_ENTITY_PERSON || (c->countries && is_country (e))))
                people = FALSE;
            }
          if (people)
            {
              for (guint p = 2; p < m->participants->len; p++)
                {
                  BylineMeeting *one = meeting_new ();
                  const BylineParticipant *a = &g_array_index (m->participants, BylineParticipant, 0);
                  const BylineParticipant *b = &g_array_index (m->participants, BylineParticipant, p);

                  add_participant (one, a->entity, g_strdup (a->name));
                  add_participant (one, b->entity, g_strdup (b->name));
                  /* a trip to each country is in that country */
                  one->place = m->trip && b->entity != NULL ? b->entity : m->place;
                  one->place_name = g_strdup (m->trip && b->entity != NULL ? b->entity->name : m->place_name);
                  one->date = m->date;
                  one->time_text = g_strdup (m->time_text);
                  one->status = m->status;
                  one->background = m->background;
                  one->trip = m->trip;
                  g_array_append_vals (one->evidence, m->evidence->data, m->evidence->len);
                  g_ptr_array_add (split, one);
                }
              g_array_set_size (m->participants, 2);
            }
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

static gboolean
trip_told_by_hosts (const Ctx *c, guint i, const BylineEntity *wire_place)
{
  const BylineMeeting *trip = c->meetings->pdata[i];
  const BylineParticipant *visitor = &g_array_index (trip->participants, BylineParticipant, 0);
  const char *country = g_array_index (trip->participants, BylineParticipant, trip->participants->len - 1).name;
  const BylineSpan *ev = &g_array_index (trip->evidence, BylineSpan, 0);

  for (guint j = i > NEARBY ? i - NEARBY : 0; j < c->meetings->len && j < i + NEARBY; j++)
    {
      const BylineMeeting *o = c->meetings->pdata[j];
      const BylineSpan *oev = &g_array_index (o->evidence, BylineSpan, 0);

      if (o == trip || o->trip || visitor->entity == NULL || !has_participant (o, visitor->entity, NULL))
        continue;
      if (oev->start == ev->start || of_country (o->place, country))
        return TRUE;
      /* hosts of that country met somewhere else were not met on this trip */
      if (o->place != NULL)
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

  /* the lead: the first paragraph after the headline block, where a wire dateline stands */
  for (guint p = 0; p < doc->paragraphs->len; p++)
    {
      const BylineSpan *para = &g_array_index (doc->paragraphs, BylineSpan, p);

      if (doc->wire.end > doc->wire.start && para->end > doc->wire.start)
        {
          lead_end = para->end;
          /* a dateline on a line of its own: the lead is the paragraph after it */
          if (para->end <= doc->wire.end + 1 && p + 1 < doc->paragraphs->len)
            lead_end = g_array_index (doc->paragraphs, BylineSpan, p + 1).end;
          break;
        }
    }
  for (guint s = 0; s < doc->sentences->len; s++)
    meeting_in_sentence (&c, s);

  /* a trip on which the visitor met named hosts is told by those meetings */
  for (guint i = c.meetings->len; i > 0; i--)
    {
      BylineMeeting *m = c.meetings->pdata[i - 1];

      if (m->trip && trip_told_by_hosts (&c, i - 1, wire_place))
        g_ptr_array_remove_index (c.meetings, i - 1);
    }

  /* a meeting that happened, told in the first paragraphs with no date of
   * its own: the article's day, as a lead reports the news of the day */
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
      if (m->date.year == 0 && m->status == BYLINE_MEETING_HAPPENED && !m->background && byline_day_valid (&doc->date)
          && para <= 4 && ev->start < doc->text->len / 3)
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
                               : (g_array_index (m->evidence, BylineSpan, 0).start < lead_end
                                  && m->status != BYLINE_MEETING_PLANNED)))
        {
          m->place = wire_place;
          g_free (m->place_name);
          m->place_name = g_strdup (wire_place->name);
          continue;
        }
      if (m->place != NULL)
        continue;
      for (guint j = i > NEARBY ? i - NEARBY : 0; j < c.meetings->len && j < i + NEARBY && m->place == NULL; j++)
        {
          const BylineMeeting *o = c.meetings->pdata[j];
          /* nor does talks held yesterday take the place of the next round */
          if (o == m || o->place == NULL
              || (o->status == BYLINE_MEETING_PLANNED) != (m->status == BYLINE_MEETING_PLANNED))
            continue;
          guint shared = 0;

          /* all of them: Siddiqui's call on the minister is not the secretaries' talks in Dhaka */
          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineParticipant *pp = &g_array_index (m->participants, BylineParticipant, p);
              if (pp->entity && has_participant (o, pp->entity, NULL))
                shared++;
            }
          /* or the same visitor on the same trip: "Lavrov will also meet with Rouhani";
           * not a meeting of another time ("previously met", "on Wednesday") */
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
  return c.meetings;
}
