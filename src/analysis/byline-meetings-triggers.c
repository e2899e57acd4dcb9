/* byline-meetings-triggers.c: the words that tell of a meeting or a trip,
 * and the shape of the clause around them
 *
 * trigger_at() reads the words at a token as a trigger: "met", "held talks
 * with", "visited", "hosted", "negotiations with", or a trip to a place
 * ("visit to Cuba", "travel to Brazil", "taken him to"), with what follows
 * it. Around a trigger: a pair of names written before a meeting noun ("the
 * Singh-Gilani talks"), "held a summit", the person after "by" ("a visit by
 * Minister Weber"), and the clause tests the sentence reader
 * (byline-meetings.c) asks: a noun trigger, a reporting verb before it, an
 * apposition, a headline, a trailing source (", officials said"), talks by
 * telephone, meetings held separately.
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
#include "byline-meetings-private.h"
#include "byline-scan-private.h"

/* The person after "by" at token k, past a title: "a visit by Minister Karl Weber" */
const BylineMentionRef *
_byline_meetings_person_after_by (const Ctx *c, guint k)
{
  const BylineMentionRef *r;
  guint j = k + 1;
  gboolean title_of = FALSE;

  /* past a title and a people: "by Mongolian President X"; "headed by Chairman of
   * the Senate of the Republic of Chile X": a title's "of the" and the bodies
   * and places it names, up to a dozen words */
  while (j < c->n && (j < k + 6 || (title_of && j < k + 18)))
    {
      r = byline_mentions_at (c->mentions, j);
      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_NORP)
        j = r->end_token;
      /* "led by Bundestag member X", "by council member X": a body, then the title;
       * "and Leyte Governor X": a place, then the title; "by Corporate Affairs
       * Minister X": a portfolio read as a name of its own */
      else if (r != NULL && r->first_token == j
               && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PLACE
                   || r->entity->type == BYLINE_ENTITY_OTHER) && r->end_token < c->n
               && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[r->end_token]) & BYLINE_WORD_ROLE)
               && byline_mentions_at (c->mentions, r->end_token) == NULL)
        j = r->end_token;
      /* "headed by its Vice President, X": a comma between the title and the name */
      else if (r == NULL && j > k + 1 && is_punct (c, j, ',') && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE)
               && j + 1 < c->n && byline_mentions_at (c->mentions, j + 1) != NULL
               && byline_mentions_at (c->mentions, j + 1)->first_token == j + 1)
        {
          j++;
          break;
        }
      else if (r == NULL && c->toks[j].kind == BYLINE_TOKEN_WORD
               && ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE) || (c->toks[j].flags & BYLINE_TOKEN_CAP)))
        j++;
      /* "led by its vice-chairman X", "headed by their deputy-director X" */
      else if (r == NULL && j == k + 1 && (is_word (c, j, "its") || is_word (c, j, "his") || is_word (c, j, "her")
                                           || is_word (c, j, "their") || is_word (c, j, "the")))
        j++;
      else if (r == NULL && c->toks[j].kind == BYLINE_TOKEN_WORD && (c->toks[j].flags & BYLINE_TOKEN_HYPHEN)
               && j + 1 < c->n && byline_mentions_at (c->mentions, j + 1) != NULL)
        j++;
      /* "will receive central bank governor X": a body's words before the title */
      else if (r == NULL && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
               && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD) && j + 2 < c->n
               && ((byline_token_cls (&c->toks[j + 1]) & BYLINE_WORD_ROLE)
                   || (c->toks[j + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
                       && (byline_token_cls (&c->toks[j + 2]) & BYLINE_WORD_ROLE))))
        j++;
      /* "Chairman of the Senate of Chile": "of" and "the" after a capitalised title */
      /* (and "for": "led by Under Secretary of State for Political Affairs X") */
      /* (and "member of the CPC Central Committee and Head of its International
       * Department X": a title's own word, and "its") */
      else if (r == NULL && j > k + 1 && (is_word (c, j, "of") || is_word (c, j, "for"))
               && ((c->toks[j - 1].flags & BYLINE_TOKEN_CAP) || (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE))
               && !is_word (c, j - 1, "of") && j + 1 < c->n
               && ((c->toks[j + 1].flags & BYLINE_TOKEN_CAP) || is_word (c, j + 1, "the") || is_word (c, j + 1, "its")))
        {
          title_of = TRUE;
          j += 1 + (is_word (c, j + 1, "the") || is_word (c, j + 1, "its"));
        }
      /* "... Central Committee and Head of ...": a second title of the same one */
      else if (r == NULL && title_of && is_word (c, j, "and") && j + 2 < c->n && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
               && (byline_token_cls (&c->toks[j + 1]) & BYLINE_WORD_ROLE) && byline_mentions_at (c->mentions, j + 1) == NULL)
        j++;
      /* and the bodies and places it names */
      else if (r != NULL && r->first_token == j && title_of && r->entity->type != BYLINE_ENTITY_PERSON
               && r->entity->type != BYLINE_ENTITY_DATE)
        j = r->end_token;
      /* the body's short name: "of the Workers' Party (PT), federal deputy X" */
      else if (r == NULL && title_of && is_punct (c, j, '(') && j + 2 < c->n && is_punct (c, j + 2, ')')
               && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP))
        j += 3;
      /* "the president of the party, federal deputy X": the name after the
       * comma, past the plain words of another title */
      else if (r == NULL && title_of && is_punct (c, j, ','))
        {
          guint w = j + 1;

          while (w < c->n && w < j + 4 && c->toks[w].kind == BYLINE_TOKEN_WORD && !(c->toks[w].flags & BYLINE_TOKEN_CAP)
                 && byline_mentions_at (c->mentions, w) == NULL && !(byline_token_cls (&c->toks[w]) & BYLINE_WORD_STOPWORD))
            w++;
          j = w;
          break;
        }
      else
        break;
    }
  r = byline_mentions_at (c->mentions, j);
  if (r == NULL || r->first_token != j || r->entity->type != BYLINE_ENTITY_PERSON)
    return NULL;
  return r;
}

/* A verb of talks' course right before them, or before a word saying what
 * they are about: "resumed talks", "will continue trade talks", "began peace
 * negotiations" (but negotiations concluded are an agreement reached: "would
 * conclude negotiations on a trade pact") */
static gboolean
course_verb_before (const Ctx *c, guint i)
{
  static const char *const verbs[] = {
    "resume", "resumed", "resumes", "resuming", "restart", "restarted", "reopen", "reopened", "begin", "began",
    "begun", "continue", "continued", "conclude", "concluded", "conduct", "conducted", NULL,
  };
  /* (the last four of talks only) */
  static const char *const ending[] = { "conclude", "concluded", "conduct", "conducted", NULL };
  guint v = i;

  if (v > 1 && c->toks[v - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[v - 1].flags & BYLINE_TOKEN_CAP)
      && !(byline_token_cls (&c->toks[v - 1]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_SPEECH))
      && byline_mentions_at (c->mentions, v - 1) == NULL && !is_one_of (c, v - 1, verbs))
    v--;
  return v > 0 && is_one_of (c, v - 1, verbs) && (is_word (c, i, "talks") || !is_one_of (c, v - 1, ending));
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
    "gifts", "backing", "approval", "funding", "threats", "cable", "cables", "telegram", "telegrams",
    "congratulations", "condolences", "greetings", NULL,
  };

  for (guint j = k; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD
                    && byline_mentions_at (c->mentions, j) == NULL; j++)
    {
      /* "the letter of credence of the new ambassador": presented in person */
      if (is_word (c, j + 1, "of") && (is_word (c, j + 2, "credence") || is_word (c, j + 2, "credential")
                                       || is_word (c, j + 2, "credentials")))
        return FALSE;
      /* "received a courtesy call from the envoy": a visit */
      if (is_word (c, j, "call") && j > k && is_word (c, j - 1, "courtesy"))
        return FALSE;
      if (is_one_of (c, j, things))
        return TRUE;
    }
  return FALSE;
}

/* "taken him to", "will also take her to": a trip that took someone somewhere,
 * with the trip named before in the sentence */
gboolean
_byline_meetings_taken_to (const Ctx *c, guint i)
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

/* Past a time after a verb of travel: "will travel on Tuesday to Bolivia",
 * "flew later to Hanoi" */
static guint
past_time (const Ctx *c, guint k)
{
  for (guint n = 0; n < 3 && k < c->n; n++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k + is_word (c, k, "on"));

      if (r != NULL && r->first_token == k + is_word (c, k, "on") && r->entity->type == BYLINE_ENTITY_DATE)
        k = r->end_token;
      else if (is_one_of (c, k, (const char *const[]) { "later", "today", "tonight", "tomorrow", "then", "soon",
                                                         "also", "directly", NULL }))
        k++;
      else
        break;
    }
  return k;
}

/* The place of a trip: "visit to Cuba", "trip to the Gulf", "travel to Brazil",
 * "visited Hanoi", "visiting Mexico": its mention, or NULL */
const BylineMentionRef *
_byline_meetings_trip_place (const Ctx *c, guint i)
{
  const BylineMentionRef *r;
  guint k = i + 1;

  /* "will visit Japan", "toured Vietnam", "to visit the Philippines": the verb and
   * its place */
  gboolean verb = is_word (c, i, "visiting") || is_word (c, i, "toured") || is_word (c, i, "touring")
                  || ((is_word (c, i, "visit") || is_word (c, i, "visits") || is_word (c, i, "tour")
                       || is_word (c, i, "tours"))
                      && (byline_mentions_at (c->mentions, i + 1) != NULL
                          || (is_word (c, i + 1, "the") && byline_mentions_at (c->mentions, i + 2) != NULL)));

  /* "a tour of Kenya" */
  if ((is_word (c, i, "tour") || is_word (c, i, "tours")) && is_word (c, k, "of"))
    k++;
  /* "his tour, which has taken him to Cuba", "the trip will also take her to Laos" */
  else if (_byline_meetings_taken_to (c, i))
    k = i + 3 + is_word (c, i + 1, "also");
  else if (is_word (c, i, "flew") || is_word (c, i, "flies") || is_word (c, i, "fly"))
    {
      k = past_time (c, k);
      if (!is_word (c, k, "to"))
        return NULL;
      k++;
    }
  /* "De Zeeuw goes to Canada later this week" */
  else if (is_word (c, i, "goes") || is_word (c, i, "go") || is_word (c, i, "went") || is_word (c, i, "going"))
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
      if ((is_word (c, k, "by") || (is_word (c, k, "of") && _byline_meetings_person_after_by (c, k) != NULL))
          && !is_word (c, i, "visiting"))
        {
          const BylineMentionRef *by = _byline_meetings_person_after_by (c, k);

          if (by == NULL)
            return NULL;
          k = by->end_token;
        }
      k = past_time (c, k);
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
gboolean
_byline_meetings_pair_noun (const Ctx *c, guint i)
{
  return c->toks[i].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[i]) & BYLINE_WORD_MEETING)
         && (is_word (c, i, "meeting") || is_word (c, i, "meetings") || is_word (c, i, "talks")
             || is_word (c, i, "summit") || is_word (c, i, "dialogue") || is_word (c, i, "negotiations")
             || is_word (c, i, "consultations"));
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


/* A hyphenated pair of names or countries just before token t ("the historic
 * DPRK-Russia summit meeting"): its two sides become m's participants. */
gboolean
_byline_meetings_pair_before (const Ctx *c, guint lo, guint t, BylineMeeting *m)
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
      if (byline_token_cls (&c->toks[k - 1]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_SPEECH))
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
         && !(byline_token_cls (&c->toks[k - 1]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_SPEECH)))
    k--;
  if (k == lo || !(c->toks[k - 1].flags & BYLINE_TOKEN_HYPHEN) || !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  tok = &c->toks[k - 1];
  hyphen = memchr (c->text + tok->start, '-', byline_token_len (tok));
  if (hyphen == NULL || memchr (hyphen + 1, '-', c->text + byline_token_end (tok) - hyphen - 1) != NULL)
    return FALSE;
  /* the mentions inside the word, or the people of those surnames */
  for (guint j = byline_mentions_lower_bound (c->mentions, k - 1); j < c->mentions->len; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->start >= byline_token_end (tok))
        break;
      if (r->start < tok->start || r->end > byline_token_end (tok)
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
    side[1] = person_by_surname (c, hyphen + 1, c->text + byline_token_end (tok) - hyphen - 1);
  if (side[0] == NULL || side[1] == NULL || side[0] == side[1])
    return FALSE;
  for (guint p = 0; p < 2; p++)
    _byline_meetings_add_participant (m, side[p], said[p] != NULL ? _byline_meetings_mention_name (c, said[p]) : g_strdup (side[p]->name));
  return TRUE;
}

/* "held a summit", "hold a bilateral meeting", "had their first talks" */
static gboolean
held_before (const Ctx *c, guint i)
{
  guint extra = 0;

  /* "held what both sides described as candid talks", "held what officials called
   * a frank meeting": "what ... as" or "what ... called" between the verb and its noun */
  for (guint k = i; k > 1 && k + 9 > i; k--)
    if (is_word (c, k - 1, "what"))
      {
        if (is_hold (c, k - 2) || is_word (c, k - 2, "had"))
          for (guint j = k; j < i; j++)
            if (is_word (c, j, "as") || is_word (c, j, "called") || is_word (c, j, "termed"))
              return TRUE;
        break;
      }
  /* "held talks", "held wide-ranging talks", "hold a new round of direct talks" */
  for (guint k = i; k > 0 && k + 6 + extra > i; k--)
    {
      const BylineMentionRef *r;

      if (is_hold (c, k - 1) || is_word (c, k - 1, "had"))
        return TRUE;
      /* "held two days of talks", "held 12 hours of talks": how long */
      if (c->toks[k - 1].kind == BYLINE_TOKEN_NUMBER)
        {
          extra++;
          continue;
        }
      r = byline_mentions_at (c->mentions, k - 1);
      if (r != NULL && r->entity->type == BYLINE_ENTITY_DATE && is_word (c, r->end_token, "of") && r->first_token + 1 < k)
        {
          extra += k - 1 - r->first_token;
          k = r->first_token + 1;
          continue;
        }
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP) || r != NULL)
        return FALSE;
    }
  return FALSE;
}

/* "held the Foreign Office Consultations", "hold their annual Strategic
 * Dialogue": a meeting by its name, after "held" and its determiners */
static gboolean
held_by_name (const Ctx *c, guint i)
{
  static const char *const dets[] = {
    "the", "their", "its", "a", "an", "annual", "first", "second", "third", "fourth", "fifth", "latest", "next",
    "inaugural", "regular", "biannual", NULL,
  };
  guint k = i;
  gboolean plural_mark = FALSE;

  if (!(is_word (c, i, "consultations") || is_word (c, i, "dialogue") || is_word (c, i, "talks")
        || is_word (c, i, "summit") || is_word (c, i, "meeting"))
      || is_word (c, i + 1, "of"))
    return FALSE;
  /* (and a possessive inside the name: "the G20 Leaders' Summit") */
  while (k > 0 && k + 9 > i
         && ((c->toks[k - 1].kind == BYLINE_TOKEN_WORD && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
              && !(c->toks[k - 1].flags & BYLINE_TOKEN_SENT_START))
             || (c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE && k > 1 && (c->toks[k - 2].flags & BYLINE_TOKEN_CAP))
             /* "the Trilateral Foreign Ministers' Dialogue": a plural's mark, of a
              * name held (not "opened the G20 Leaders' Summit", read apart) */
             || ((is_punct (c, k - 1, '\'') || is_punct (c, k - 1, 0x2019)) && k > 1
                 && (c->toks[k - 2].flags & BYLINE_TOKEN_CAP) && (plural_mark = TRUE))))
    k--;
  while (k > 0 && k + 8 > i && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
         && is_one_of (c, k - 1, dets))
    k--;
  if (k == 0 || k >= i)
    return FALSE;
  /* "held here the second Trilateral Foreign Ministers' Dialogue" */
  if (k > 1 && (is_word (c, k - 1, "here") || is_word (c, k - 1, "today")))
    k--;
  if (plural_mark)
    return is_hold (c, k - 1);
  /* "opened the G20 Leaders' Summit", "chaired the 17th ASEAN Summit", "presided
   * over the Summit": one who leads it, at it */
  if (is_word (c, i, "summit") && k > 1 && is_word (c, k - 1, "over") && is_word (c, k - 2, "presided"))
    return TRUE;
  return is_hold (c, k - 1)
         || (is_word (c, i, "summit")
             && (is_word (c, k - 1, "opened") || is_word (c, k - 1, "opens") || is_word (c, k - 1, "chaired")
                 || is_word (c, k - 1, "chairs") || is_word (c, k - 1, "co-chaired") || is_word (c, k - 1, "hosted")
                 || is_word (c, k - 1, "hosts") || is_word (c, k - 1, "inaugurated")));
}

/* A guest after the verb of welcome at @i, before the clause ends: a name, or
 * a word for people ("his guest", "the delegation", "the visiting minister") */
static gboolean
guest_after (const Ctx *c, guint i, guint hi)
{
  for (guint k = i + 1; k < hi && k < i + 7; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG
                        || r->entity->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (r->entity)))
        return TRUE;
      if (c->toks[k].kind != BYLINE_TOKEN_WORD)
        return FALSE;
      if ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE) || (c->toks[k].flags & BYLINE_TOKEN_CAP)
          || is_one_of (c, k, (const char *const[]) { "guest", "guests", "visitor", "visitors", "delegation", "delegations",
                                                       "counterpart", "counterparts", "him", "her", "them", "envoys",
                                                       "leaders", "ministers", "officials", "team", "members",
                                                       "participants", "delegates", "pilgrims", "refugees", "troops",
                                                       "crew", "players", "students", "children", "families", NULL }))
        return TRUE;
    }
  return FALSE;
}


/* "thanked Y for hosting the talks", "thanked Y for her warm hospitality": a
 * person thanked at @i, then what a host gives */
static gboolean
thanked_host (const Ctx *c, guint i, guint hi)
{
  gboolean person = FALSE;

  for (guint j = i + 1; j + 2 < hi && j < i + 16 && !is_punct (c, j, '.'); j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
        person = TRUE;
      if (!is_word (c, j, "for"))
        continue;
      if (!person)
        return FALSE;
      /* "for hosting the talks", "for hosting him" */
      if (is_word (c, j + 1, "hosting"))
        {
          guint n = j + 2 + (is_word (c, j + 2, "the") || is_word (c, j + 2, "this") || is_word (c, j + 2, "these"));

          return n < hi && ((byline_token_cls (&c->toks[n]) & BYLINE_WORD_MEETING)
                            || is_one_of (c, n, (const char *const[]) { "him", "her", "them", "us", "delegation",
                                                                        "visit", NULL }));
        }
      /* "for his hospitality", "for the warm welcome" */
      for (guint n = j + 1; n < hi && n < j + 4; n++)
        if (is_one_of (c, n, (const char *const[]) { "hospitality", "welcome", NULL }))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* The subject of "held" or "had" in a relative clause after the meeting's noun
 * at @t: "the meeting that X held", "The talks X held" (@k is at "that", or
 * at the name); or NULL */
const BylineMentionRef *
_byline_meetings_relative_held_by (const Ctx *c, guint k, guint t)
{
  const BylineMentionRef *who
    = _byline_meetings_person_after_by (c, is_word (c, k, "that") || is_word (c, k, "which") ? k : t);

  return who != NULL && who->end_token < c->n
             && (is_word (c, who->end_token, "held") || is_word (c, who->end_token, "had"))
           ? who
           : NULL;
}

Trigger
_byline_meetings_trigger_at (const Ctx *c, guint i, guint hi)
{
  const BylineToken *t = &c->toks[i];

  /* "accepted the letters of credence of three new ambassadors", "accepted
   * the credentials of": envoys received */
  if (byline_token_len (t) >= 6 && (is_word (c, i, "accepted") || is_word (c, i, "accepts") || is_word (c, i, "accept")))
    {
      /* (past a place: "accepted in the Alexander Hall of the Kremlin the letters of credence") */
      for (guint j = i + 1; j + 2 < hi && j < i + 16 && !is_punct (c, j, '.'); j++)
        if ((is_word (c, j, "of") || is_word (c, j, "the") || is_word (c, j, "their"))
            && (is_word (c, j + 1, "credence") || is_word (c, j + 1, "credentials")))
          return TRIGGER_HOST;
      return TRIGGER_NONE;
    }
  /* "X thanked Y for hosting the talks", "thanked her host for his hospitality":
   * the guest and the host met */
  if (byline_token_len (t) == 7 && is_word (c, i, "thanked"))
    return thanked_host (c, i, hi) ? TRIGGER_MEET : TRIGGER_NONE;
  /* "X, who saw Kerry in Jerusalem on Friday": a person seen somewhere, met;
   * not "saw him as a threat", "saw Kerry's plan" */
  if (byline_token_len (t) == 3 && is_word (c, i, "saw"))
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, i + 1);

      const BylineMentionRef *who = i > 0 ? byline_mentions_at (c->mentions, i - 1) : NULL;

      /* (a person who saw a person: "who saw", "Netanyahu saw") */
      if (r != NULL && r->first_token == i + 1 && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token < hi
          && (is_word (c, r->end_token, "in") || is_word (c, r->end_token, "at"))
          && (is_word (c, i - 1, "who") || (who != NULL && who->end_token == i && who->entity->type == BYLINE_ENTITY_PERSON)))
        return TRIGGER_MEET;
      return TRIGGER_NONE;
    }
  if (!(byline_token_cls (t) & BYLINE_WORD_MEETING) || t->kind != BYLINE_TOKEN_WORD)
    return TRIGGER_NONE;
  if ((t->flags & BYLINE_TOKEN_CAP) && !(t->flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP)))
    return held_by_name (c, i) ? TRIGGER_MEET : TRIGGER_NONE;
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
      if (_byline_meetings_sports_fixture (c, i, hi))
        return TRIGGER_NONE;
      /* "has met with criticism from senators", "met with a cool response":
       * a reaction, not a meeting */
      if (!is_word (c, i, "meeting") && _byline_meetings_meets_a_thing (c, i + 1 + is_word (c, i + 1, "with"), hi))
        return TRIGGER_NONE;
      /* "far from meeting the goal", "is meeting its targets": the verb's
       * -ing after a preposition or a verb of being, not the noun */
      if (is_word (c, i, "meeting") && i > 0
          && is_one_of (c, i - 1, (const char *const[]) { "from", "of", "in", "for", "by", "without", "toward",
                                                           "towards", "to", "is", "are", "was", "were", "be", "been",
                                                           "not", "on", NULL })
          && _byline_meetings_meets_a_thing (c, i + 1, hi))
        return TRIGGER_NONE;
      /* "a real meeting of minds with Congress": an agreement, no meeting */
      if (is_word (c, i, "meeting") && is_word (c, i + 1, "of") && is_word (c, i + 2, "minds"))
        return TRIGGER_NONE;
      /* "in a meeting room of the ministry", "the meeting hall": a place */
      if (is_word (c, i, "meeting") && _byline_meetings_place_noun (c, i + 1, hi))
        return TRIGGER_NONE;
      return TRIGGER_MEET;
    }
  if (is_word (c, i, "talks") || is_word (c, i, "talk"))
    {
      /* "talks were held between A and B", "the talks held in X last July between" */
      if (_byline_meetings_held_then_between (c, i + 1, hi) != 0)
        return TRIGGER_TALKS;
      if (((is_word (c, i + 1, "were") || is_word (c, i + 1, "was")) && is_word (c, i + 2, "held"))
          || ((is_word (c, i + 1, "took") || is_word (c, i + 1, "take")) && is_word (c, i + 2, "place")))
        return is_word (c, i + 3, "between") ? TRIGGER_TALKS : TRIGGER_NONE;
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
      /* "held delegation-level talks", "held wide-ranging talks" */
      if (held_before (c, i))
        return TRIGGER_TALKS;
      /* "The talks X held with Y": a relative clause of its subject and partner */
      if (i > 0 && is_word (c, i - 1, "the") && _byline_meetings_relative_held_by (c, i + 1, i) != NULL)
        {
          const BylineMentionRef *who = _byline_meetings_relative_held_by (c, i + 1, i);

          for (guint w = who->end_token + 1; w < hi && w < who->end_token + 10 && !is_punct (c, w, '.'); w++)
            if (is_word (c, w, "with"))
              return TRIGGER_TALKS;
        }
      /* "A and B agreed to resume talks", "reopened talks on Monday" */
      if (course_verb_before (c, i))
        return TRIGGER_TALKS;
      return TRIGGER_NONE;
    }
  /* "a visit to Cuba", "plans to travel to Brazil", "visited Hanoi": a trip to a place */
  if (_byline_meetings_trip_place (c, i) != NULL)
    return TRIGGER_TRIP;
  /* "X visited Y"; not "Lavrov's visit", "on a visit to Russia" */
  if (is_word (c, i, "visited") || ((is_word (c, i, "visit") || is_word (c, i, "visits")) && is_word (c, i + 1, "with")))
    return TRIGGER_VISIT;
  /* "received a congratulatory letter from X", "received a phone call": a thing, not a guest */
  if ((is_word (c, i, "received") || is_word (c, i, "receives") || is_word (c, i, "receive")
       || is_word (c, i, "receiving"))
      && received_thing (c, i + 1, hi))
    return TRIGGER_NONE;
  /* "Cables of congratulations were received from leaders": the thing before the
   * passive, no guest */
  if (is_word (c, i, "received") && i >= 2
      && (is_word (c, i - 1, "were") || is_word (c, i - 1, "was") || is_word (c, i - 1, "been")))
    for (guint j = i - 2; j + 6 > i; j--)
      {
        if (received_thing (c, j, i - 1))
          return TRIGGER_NONE;
        if (j == 0 || c->toks[j - 1].kind != BYLINE_TOKEN_WORD)
          break;
      }
  /* "spoke with host Paul Lindqvist", "the show's host": a presenter */
  if ((is_word (c, i, "host") || is_word (c, i, "hosts")) && i > 0
      && (is_word (c, i - 1, "with") || is_word (c, i - 1, "the") || is_word (c, i - 1, "a") || is_word (c, i - 1, "an")
          || is_word (c, i - 1, "his") || is_word (c, i - 1, "her") || is_word (c, i - 1, "its") || is_word (c, i - 1, "by")
          || is_word (c, i - 1, "as") || is_word (c, i - 1, "show") || is_word (c, i - 1, "radio")
          || is_word (c, i - 1, "television") || is_word (c, i - 1, "program") || is_word (c, i - 1, "programme")
          || c->toks[i - 1].kind == BYLINE_TOKEN_POSSESSIVE))
    return TRIGGER_NONE;
  /* "will receive Foreign Minister X", "receives the visiting Y": a person received */
  if ((is_word (c, i, "receive") || is_word (c, i, "receives")) && _byline_meetings_person_after_by (c, i) != NULL)
    return TRIGGER_HOST;
  /* "would receive the Congolese leader": one named before, by description */
  if ((is_word (c, i, "receive") || is_word (c, i, "receives")) && is_word (c, i + 1, "the"))
    {
      guint end = 0;

      if (byline_clauses_described_person (&c->reader, i + 1, hi, &end) != NULL 
          || _byline_meetings_people_described (c, i + 1, hi, &end) != NULL)
        return TRIGGER_HOST;
    }
  /* "welcomed the decisions", "greeted the news": a thing welcomed, no guest */
  if ((is_word (c, i, "welcomed") || is_word (c, i, "welcomes") || is_word (c, i, "welcome") || is_word (c, i, "greeted")
       || is_word (c, i, "greets") || is_word (c, i, "greet"))
      && !guest_after (c, i, hi)
      /* (the guest before a passive: "the delegation was welcomed by X") */
      && !(i > 0 && is_one_of (c, i - 1, (const char *const[]) { "was", "were", "been", "being", "is", "are", "be", NULL })))
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
      && (is_word (c, i + 1, "with") || is_word (c, i + 1, "between")
          /* "a trilateral summit on Syria with X": over a short topic */
          || (is_word (c, i + 1, "on") && i + 3 < hi && c->toks[i + 2].kind == BYLINE_TOKEN_WORD
              && (is_word (c, i + 3, "with")
                  || (i + 4 < hi && c->toks[i + 3].kind == BYLINE_TOKEN_WORD && is_word (c, i + 4, "with"))))))
    return TRIGGER_NEGOTIATE;
  /* "the King granted an audience to the new ambassadors": the grantor received them */
  if (is_word (c, i, "audience") && _byline_meetings_audience_to (c, i, hi) != 0 && i > 1
      && (is_word (c, i - 2, "granted") || is_word (c, i - 2, "grants") || is_word (c, i - 2, "grant")
          || is_word (c, i - 2, "gave") || is_word (c, i - 2, "gives") || is_word (c, i - 2, "give")))
    return TRIGGER_NEGOTIATE;
  /* "since their summit in Helsinki", "their first encounter": the pair's meeting */
  if ((is_word (c, i, "summit") || is_word (c, i, "encounter") || is_word (c, i, "meeting")) && i > 0
      && (is_word (c, i - 1, "their") || (i > 1 && is_word (c, i - 2, "their") && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP))))
    return TRIGGER_MEET;
  /* "A and B agreed at a summit in Tokyo", "in a summit on Monday": a summit of
   * their own (not "at the NATO summit", a gathering) */
  if ((is_word (c, i, "summit") || is_word (c, i, "tete-a-tete") || is_word (c, i, "tête-à-tête")) && i > 1
      && (is_word (c, i - 1, "a") || (i > 2 && is_word (c, i - 2, "a") && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP)))
      && (is_word (c, i - 1 - !is_word (c, i - 1, "a"), "a")
          && (is_word (c, i - 2 - !is_word (c, i - 1, "a"), "at") || is_word (c, i - 2 - !is_word (c, i - 1, "a"), "in"))))
    return TRIGGER_MEET;
  /* "the APEC summit", "a gathering of foreign ministers": a gathering of one party */
  if (_byline_meetings_gathering_of (c, i, hi, NULL, NULL))
    return TRIGGER_MEET;
  /* "held a summit in Seoul", "will hold a bilateral summit": the holders met */
  if ((is_word (c, i, "summit") || is_word (c, i, "meeting") || is_word (c, i, "talks")
       || is_word (c, i, "tete-a-tete") || is_word (c, i, "tête-à-tête") || is_word (c, i, "dialogue")
       /* "A and B held a working dinner", "had an official lunch" */
       || ((is_word (c, i, "lunch") || is_word (c, i, "dinner") || is_word (c, i, "breakfast")
            || is_word (c, i, "luncheon"))
           && i > 0 && (is_word (c, i - 1, "working") || is_word (c, i - 1, "official") || is_word (c, i - 1, "state")
                        || is_word (c, i - 1, "private") || is_word (c, i - 1, "bilateral"))))
      && held_before (c, i))
    return TRIGGER_MEET;
  /* "held consultations in Moscow with X": its partner after a short phrase;
   * "resumed negotiations on Thursday", "will continue trade negotiations" */
  if ((is_word (c, i, "consultations") || is_word (c, i, "negotiations") || is_word (c, i, "discussions")
       || is_word (c, i, "discussion"))
      && (held_before (c, i) || (!is_word (c, i, "discussion") && course_verb_before (c, i))))
    return TRIGGER_TALKS;
  /* "X and Y had a cordial exchange of views" */
  if (is_word (c, i, "exchange") && is_word (c, i + 1, "of")
      && (is_word (c, i + 2, "views") || is_word (c, i + 2, "opinions")) && held_before (c, i))
    return TRIGGER_TALKS;
  /* "presented his credentials to the president": an envoy received by a head of state */
  if ((is_word (c, i, "credentials") || (is_word (c, i, "credence") && i > 0 && is_word (c, i - 1, "of")))
      && (is_word (c, i + 1, "to") || is_word (c, i + 1, "with")))
    return TRIGGER_HOST;
  if ((is_word (c, i, "shook") || is_word (c, i, "shakes") || is_word (c, i, "shake")) && is_word (c, i + 1, "hands"))
    return TRIGGER_MEET;
  /* "X and Y talked on the sidelines", "talked with X" */
  /* "X and his counterpart Y came together in Ankara", "a tete-a-tete with X" */
  if ((is_word (c, i, "came") || is_word (c, i, "come") || is_word (c, i, "comes")) && is_word (c, i + 1, "together"))
    return TRIGGER_MEET;
  if ((is_word (c, i, "tete-a-tete") || is_word (c, i, "tête-à-tête")) && (is_word (c, i + 1, "with") || is_word (c, i + 1, "between")))
    return TRIGGER_NEGOTIATE;
  if (is_word (c, i, "talked") && !is_word (c, i + 1, "about") && !is_word (c, i + 1, "to"))
    return TRIGGER_TALKS;
  /* "paid a courtesy visit to Prime Minister X": a visit to a person */
  if ((is_word (c, i, "visit") || is_word (c, i, "call")) && is_word (c, i + 1, "to") && i + 2 < c->n)
    {
      const BylineMentionRef *r = _byline_meetings_person_after_by (c, i + 1);

      if (r != NULL)
        return TRIGGER_VISIT;
    }
  /* "will visit Agriculture Secretary X", "before visiting X": a visit to a
   * person, after a verb's own word; not "the visiting President X", "met
   * visiting X", the visitor */
  if ((is_word (c, i, "visit") || is_word (c, i, "visits") || is_word (c, i, "visiting")) && i > 0
      && (is_one_of (c, i - 1, (const char *const[]) { "will", "would", "to", "could", "can", "may", "might", "shall",
                                                        "should", "did", "not", "also", "later", "then", "is", "are",
                                                        "was", "were", "be", "been", "after", "before", "while",
                                                        "when", "by", "and", NULL })
          || (byline_mentions_at (c->mentions, i - 1) != NULL
              && byline_mentions_at (c->mentions, i - 1)->entity->type == BYLINE_ENTITY_PERSON)))
    {
      const BylineMentionRef *r = _byline_meetings_person_after_by (c, i);

      if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
        return TRIGGER_VISIT;
    }
  /* "X will co-chair the council with Y", "X and Y co-chaired the commission" */
  if (is_word (c, i, "co-chair") || is_word (c, i, "co-chaired") || is_word (c, i, "co-chairs")
      || is_word (c, i, "co-chairing") || is_word (c, i, "co-hosted") || is_word (c, i, "co-host"))
    return TRIGGER_MEET;
  /* "dined with donors", "will dine with the president" */
  if ((is_word (c, i, "dined") || is_word (c, i, "dine") || is_word (c, i, "dines") || is_word (c, i, "dining"))
      && is_word (c, i + 1, "with"))
    return TRIGGER_MEET;
  /* "X conferred with Y", "conferred here Thursday with Y", "conferred in Sofia on
   * Monday with Y", "consulted with Y"; not "conferred an honour on Y", "consulted
   * experts" */
  if (is_word (c, i, "conferred") || is_word (c, i, "confer") || is_word (c, i, "confers")
      || is_word (c, i, "conferring") || is_word (c, i, "consulted") || is_word (c, i, "consult")
      || is_word (c, i, "consults"))
    for (guint j = i + 1; j < hi && j < i + 8; j++)
      {
        if (is_word (c, j, "with"))
          return TRIGGER_TALKS;
        if (c->toks[j].kind != BYLINE_TOKEN_WORD
            || !(is_word (c, j, "here") || is_word (c, j, "today") || is_word (c, j, "yesterday") || is_word (c, j, "on")
                 || is_word (c, j, "in") || is_word (c, j, "at") || is_word (c, j, "the") || is_word (c, j, "briefly")
                 || is_word (c, j, "privately") || is_word (c, j, "separately") || is_word (c, j, "again")
                 || (byline_mentions_at (c->mentions, j) != NULL
                     && (byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_DATE
                         || byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PLACE))))
          break;
      }
  /* "X and Y exchanged views on ...", "exchanged opinions with X" */
  if ((is_word (c, i, "exchanged") || is_word (c, i, "exchange") || is_word (c, i, "exchanging"))
      && (is_word (c, i + 1, "views") || is_word (c, i + 1, "opinions") || is_word (c, i + 1, "greetings")))
    return TRIGGER_TALKS;
  /* "sat down with X", "will sit down with X"; "A and B are to sit down on the
   * margins of the summit" */
  if ((is_word (c, i, "sat") || is_word (c, i, "sit") || is_word (c, i, "sits") || is_word (c, i, "sitting"))
      && is_word (c, i + 1, "down")
      && (is_word (c, i + 2, "with") || is_word (c, i + 2, "on")
          || is_word (c, i + 2, "in") || is_word (c, i + 2, "at") || is_word (c, i + 2, "for")
          || (i + 2 < hi && c->toks[i + 2].kind == BYLINE_TOKEN_PUNCT)))
    return TRIGGER_MEET;
  /* "sat across the table from X", "will sit across from X" */
  if ((is_word (c, i, "sat") || is_word (c, i, "sit") || is_word (c, i, "sits") || is_word (c, i, "sitting"))
      && is_word (c, i + 1, "across")
      && (is_word (c, i + 2, "from") || (is_word (c, i + 2, "the") && is_word (c, i + 3, "table") && is_word (c, i + 4, "from"))))
    return TRIGGER_MEET;
  /* "Siddiqui will call on the minister", "paid a courtesy call on"; not "called on
   * Israel to halt", an appeal */
  if ((is_word (c, i, "call") || is_word (c, i, "calls") || is_word (c, i, "called") || is_word (c, i, "calling"))
      && is_word (c, i + 1, "on"))
    {
      /* "paid a courtesy call on X to discuss": a visit, whatever follows */
      if (i > 0 && (is_word (c, i - 1, "courtesy") || (i > 1 && is_word (c, i - 1, "a") && is_word (c, i - 2, "paid"))))
        return TRIGGER_VISIT;
      for (guint k = i + 2; k < hi && k < i + 12; k++)
        {
          /* "called on Adviser to the Prime Minister X", "on the Minister for
           * Foreign Affairs": a title's portfolio, not what was asked */
          if ((is_word (c, k, "to") || is_word (c, k, "for")) && k + 1 < hi
              && (byline_token_cls (&c->toks[k - 1]) & BYLINE_WORD_ROLE)
              && ((c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
                  || (is_word (c, k + 1, "the") && k + 2 < hi && (c->toks[k + 2].flags & BYLINE_TOKEN_CAP))))
            continue;
          if (is_word (c, k, "to") || is_word (c, k, "for") || is_punct (c, k, ',') || is_punct (c, k, '.'))
            return is_word (c, k, "to") || is_word (c, k, "for") ? TRIGGER_NONE : TRIGGER_VISIT;
        }
      return TRIGGER_VISIT;
    }
  /* "X and his counterpart Y discussed regional developments"; but "the matter
   * was discussed during his meeting with X" tells the meeting by its noun */
  if (is_word (c, i, "discussed"))
    return (i > 0 && (is_word (c, i - 1, "was") || is_word (c, i - 1, "were") || is_word (c, i - 1, "been")
                      || is_word (c, i - 1, "be") || is_word (c, i - 1, "is") || is_word (c, i - 1, "are")))
               /* "the matters discussed during (at) the talks" */
               || is_word (c, i + 1, "during") || is_word (c, i + 1, "at")
             ? TRIGGER_NONE : TRIGGER_TALKS;
  /* "delivered a special message from President Y to the Chadian President, Mr
   * Z": an envoy received by the one the message is for */
  if (is_word (c, i, "delivered") && (is_word (c, i + 1, "a") || is_word (c, i + 1, "an")))
    {
      for (guint k = i + 2; k < hi && k < i + 6 && c->toks[k].kind == BYLINE_TOKEN_WORD; k++)
        if (is_word (c, k, "message") || is_word (c, k, "letter"))
          return TRIGGER_HOST;
      return TRIGGER_NONE;
    }
  /* "leaders of the G20 gathered in Delhi", "ministers will convene in Geneva" */
  if (is_word (c, i, "gather") || is_word (c, i, "gathered") || is_word (c, i, "gathers")
      || is_word (c, i, "convene") || is_word (c, i, "convened") || is_word (c, i, "convenes")
      /* "the two sides will reconvene on Friday"; not "agreed to reconvene the
       * commission", a body that will meet */
      || ((is_word (c, i, "reconvene") || is_word (c, i, "reconvened") || is_word (c, i, "reconvenes"))
          && !is_word (c, i + 1, "the") && !is_word (c, i + 1, "a") && !is_word (c, i + 1, "its")
          && !is_word (c, i + 1, "their")))
    return TRIGGER_MEET;
  /* "the meeting in Paris, which brought together A, B and C"; not "the
   * committee brings together A, B and C", what it is made of */
  if ((is_word (c, i, "brought") || is_word (c, i, "bring") || is_word (c, i, "bringing"))
      && is_word (c, i + 1, "together") && i + 2 < hi && c->toks[i + 2].kind == BYLINE_TOKEN_WORD)
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

/* "he and Lavrov gave a press conference following talks" */
gboolean
_byline_meetings_has_he_and (const Ctx *c, guint from, guint end)
{
  for (guint k = from; k + 1 < end; k++)
    if ((is_word (c, k, "he") || is_word (c, k, "she")) && is_word (c, k + 1, "and"))
      return TRUE;
  return FALSE;
}

/* "Anna Berg and Mateo Fuentes will focus their talks": the subjects are named, joined */
gboolean
_byline_meetings_subjects_joined (const Ctx *c, guint clause, guint t)
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
gboolean
_byline_meetings_nominal_trigger (const Ctx *c, guint t)
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

/* "(were) held in Nouakchott last July between": the token of "between" after
 * "held" and the talks' place and time, or 0 */
guint
_byline_meetings_held_then_between (const Ctx *c, guint k, guint hi)
{
  guint j = k + (is_word (c, k, "were") || is_word (c, k, "was"));
  guint least = k + 2;

  /* (or no verb: "Talks in Quito between A and B ended") */
  if (!is_word (c, j, "held") && !is_word (c, k, "in") && !is_word (c, k, "at"))
    return 0;
  if (!is_word (c, j, "held"))
    {
      j = k - 1;
      least = k + 1;
    }
  for (j++; j < hi && j < k + 12; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (is_word (c, j, "between"))
        return j > least ? j : 0;
      if (r != NULL && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_DATE))
        j = MAX (r->end_token, j + 1) - 1;
      else if (!(is_word (c, j, "in") || is_word (c, j, "at") || is_word (c, j, "on") || is_word (c, j, "last")
                 || is_word (c, j, "the") || is_word (c, j, "this") || is_word (c, j, "earlier")
                 /* "at the palace", "at the embassy" */
                 || (j > k && is_word (c, j - 1, "the") && c->toks[j].kind == BYLINE_TOKEN_WORD
                     && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                     && !(byline_token_cls (&c->toks[j]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_MEETING)))))
        return 0;
    }
  return 0;
}

/* The "to" after "audience" at i: right after it, or past an adjunct set off
 * by commas ("granted an audience, on the same day, to X"); 0 if none */
guint
_byline_meetings_audience_to (const Ctx *c, guint i, guint hi)
{
  if (is_word (c, i + 1, "to"))
    return i + 1;
  /* "granted an audience on Saturday to X", "an audience yesterday to X" */
  {
    guint j = i + 1 + is_word (c, i + 1, "on");
    const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

    if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_DATE && is_word (c, r->end_token, "to"))
      return r->end_token;
  }
  if (!is_punct (c, i + 1, ','))
    return 0;
  for (guint k = i + 2; k + 1 < hi && k < i + 10; k++)
    {
      if (is_punct (c, k, ','))
        return is_word (c, k + 1, "to") ? k + 1 : 0;
      if (c->toks[k].kind == BYLINE_TOKEN_PUNCT || (byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH))
        return 0;
    }
  return 0;
}

/* Does token k report a clause before trigger t: a reporting verb in the past or
 * present ("said", "says", "told", "announced"), not a noun ("a statement") */
gboolean
_byline_meetings_reports_clause (const Ctx *c, guint k, guint t)
{
  const BylineToken *tok = &c->toks[k];
  gsize len = byline_token_len (tok);

  if (tok->kind != BYLINE_TOKEN_WORD || !(byline_token_cls (tok) & BYLINE_WORD_SPEECH) || (tok->flags & BYLINE_TOKEN_CAP)
      || k + 2 > t)
    return FALSE;
  if (k > 0 && (is_word (c, k - 1, "a") || is_word (c, k - 1, "an") || is_word (c, k - 1, "the")
                || c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE))
    return FALSE;
  /* "X is expected to travel", "was reported to have met", "is also expected to
   * pay": a passive with its infinitive, not a clause reported */
  if (is_word (c, k + 1, "to") && k > 0)
    {
      guint a = k - 1;

      if (a > 0 && (is_word (c, a, "also") || is_word (c, a, "now") || is_word (c, a, "still")
                    || is_word (c, a, "widely") || is_word (c, a, "further")))
        a--;
      if (is_word (c, a, "is") || is_word (c, a, "are") || is_word (c, a, "was") || is_word (c, a, "were")
          || is_word (c, a, "be") || is_word (c, a, "been"))
        return FALSE;
    }
  /* "A and B agreed to meet again", "pledged to hold talks": the infinitive
   * shares its subject */
  if (is_word (c, k + 1, "to") && t <= k + 4)
    return FALSE;
  return is_word (c, k, "said") || is_word (c, k, "says") || is_word (c, k, "told") || is_word (c, k, "tells")
         || (len > 4 && ends_with (c, k, "ed"));
}

/* The comma that closes an apposition opened by the comma at token k ("X, leader
 * of the party, said"; "X, 45, a former lawyer,"), when it closes before the
 * trigger t; else 0 */
guint
_byline_meetings_apposition_end (const Ctx *c, guint k, guint t)
{
  const BylineToken *next;

  if (k + 1 >= t)
    return 0;
  next = &c->toks[k + 1];
  if (!(next->kind == BYLINE_TOKEN_NUMBER || (byline_token_cls (next) & BYLINE_WORD_ROLE) || is_word (c, k + 1, "a")
        || is_word (c, k + 1, "an") || is_word (c, k + 1, "the")
        || (next->kind == BYLINE_TOKEN_WORD && !(next->flags & BYLINE_TOKEN_CAP))))
    return 0;
  if (is_word (c, k + 1, "who") || is_word (c, k + 1, "which") || is_word (c, k + 1, "and"))
    return 0;
  /* state media's long titles: "member of the Political Bureau of the Central
   * Committee of the Workers' Party of Korea and minister of Foreign Affairs" */
  for (guint j = k + 1; j < t && j < k + 40; j++)
    {
      if (is_punct (c, j, ','))
        return j;
      if (is_punct (c, j, '.') || is_punct (c, j, ';') || _byline_meetings_trigger_at (c, j, t) != TRIGGER_NONE)
        return 0;
    }
  return 0;
}

/* A headline packs two meetings in one phrase: "X reveals details of meeting
 * with A and B" is told by the story as two */
gboolean
_byline_meetings_in_headline (const Ctx *c, const BylineSentence *sent)
{
  const BylineSpan *title = &c->doc->title;

  return title->end > 0 && sent->start >= title->start && sent->start < title->end;
}

/* ", a State Department official said.", ", the ministry said": the source of
 * the sentence after its last comma */
gboolean
_byline_meetings_trailing_source (const Ctx *c, guint k, guint hi)
{
  /* ", Presidential Spokesperson X said": past a title in capitals, to the name */
  for (guint j = k; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && (c->toks[j].flags & BYLINE_TOKEN_CAP)
                    && byline_mentions_at (c->mentions, j) == NULL;
       j++)
    if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE) && byline_mentions_at (c->mentions, j + 1) != NULL
        && byline_mentions_at (c->mentions, j + 1)->first_token == j + 1)
      {
        k = j + 1;
        break;
      }
  if (!(is_word (c, k, "a") || is_word (c, k, "an") || is_word (c, k, "the") || is_word (c, k, "his")
        || is_word (c, k, "her") || is_word (c, k, "its") || is_word (c, k, "their") || byline_mentions_at (c->mentions, k)))
    {
      /* ", officials said", ", senior diplomats told reporters": a bare plural */
      for (guint j = k; j < hi && j < k + 4; j++)
        {
          if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP))
            return FALSE;
          if (byline_token_cls (&c->toks[j]) & BYLINE_WORD_SPEECH)
            return j > k && ends_with (c, j - 1, "s");
        }
      return FALSE;
    }
  for (guint j = k; j < hi && j < k + 10; j++)
    {
      if (is_punct (c, j, ',') || is_word (c, j, "and"))
        return FALSE;
      if (byline_token_cls (&c->toks[j]) & BYLINE_WORD_SPEECH)
        return TRUE;
    }
  return FALSE;
}

/* "the NATO target", "the Gramm-Rudman deficit target": after a name at @e, the
 * thing it qualifies, past a lower-case word or two */
static gboolean
thing_after_name (const Ctx *c, guint e, guint hi, const char *const *things)
{
  for (guint j = e; j < hi && j < e + 3 && c->toks[j].kind == BYLINE_TOKEN_WORD
                    && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL;
       j++)
    if (is_one_of (c, j, things))
      return TRUE;
  return FALSE;
}

/* "meet the deadline", "met with criticism", "meeting expectations": an
 * object that is no one */
gboolean
_byline_meetings_meets_a_thing (const Ctx *c, guint k, guint hi)
{
  static const char *const things[] = {
    "deadline", "deadlines", "demand", "demands", "need", "needs", "target", "targets", "goal", "goals",
    "expectations", "requirements", "requirement", "criteria", "standard", "standards", "obligations",
    "conditions", "challenge", "challenges", "criticism", "resistance", "opposition", "protests", "protest",
    "skepticism", "scepticism", "approval", "applause", "silence", "derision", "success", "fate", "end",
    "costs", "cost", "payroll", "quota", "quotas", "threshold", "requests", "request", "disapproval",
    "anger", "outrage", "suspicion", "indifference", "enthusiasm", "response", "responses", "reaction", "reactions",
    "praise", "condemnation", "scorn", "dismay", "disbelief", "alarm", "rejection", "acclaim", "hostility",
    "objections", "complaints", "ridicule", "resentment", "concern", "concerns", "fury", "backlash", "minds",
    "understanding", "sympathy", "support", "acceptance", "interest", "obligation", "commitment", "commitments",
    "pledge", "pledges", "promise", "promises", "objective", "objectives", "benchmark", "benchmarks", "milestone",
    "milestones", "action", "actions", "prerequisites", "expectation", "fraction", "share", "portion", "shortfall",
    "jubilation", "celebration", "celebrations", "cheers", "joy", "relief", "tears", "delays", "delay", "obstacles",
    "hurdle", "hurdles", "violence", "gunfire", "death", "difficulties", "difficulty", "problems", "setbacks",
    "price", "prices", "bill", "payments", "repayments", "competition", "payment", "rule", "rules", "test", "tests",
    "debt", "debts", "schedule", "forecast", "forecasts", "estimate", "estimates", "projection", "projections",
    "prediction", "predictions", "consensus", "quorum", NULL,
  };

  /* words that end the object before its noun: "met at the end of the day",
   * "met in Rome despite protests" */
  static const char *const stops[] = {
    "at", "in", "on", "for", "to", "during", "after", "before", "since", "by", "despite", "amid", "and", "as", NULL,
  };
  /* people after the word: "met with opposition leaders" */
  static const char *const people[] = {
    "leader", "leaders", "party", "parties", "lawmakers", "figures", "members", "groups", "politicians",
    "candidate", "candidates", "senators", "delegation", "delegates", "officials", "activists", "deputies",
    "representatives", "chief", "spokesman", "spokeswoman", "workers", "agencies", "organisations",
    "organizations", "teams", "committee", "group", "union", "unions", NULL,
  };

  /* (past an owner: "met the ministry's expectations"; past a name that is the
   * word's modifier: "met the NATO target") */
  for (guint j = k; j < hi && j < k + 5
                    && (c->toks[j].kind == BYLINE_TOKEN_WORD || (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE && j > k))
                    && !is_one_of (c, j, stops)
                    && (j == k || byline_mentions_at (c->mentions, j) == NULL
                        || thing_after_name (c, byline_mentions_at (c->mentions, j)->end_token, hi, things));
       j++)
    {
      /* "met the representatives of the opposition": people before the word;
       * "met with the opposition": the parties, not a reaction */
      if (is_one_of (c, j, people) || (is_word (c, j, "opposition") && j > 0 && is_word (c, j - 1, "the")))
        return FALSE;
      /* "met with opposition political parties": people a word or two after it */
      if (is_one_of (c, j, things) && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
        return !is_one_of (c, j + 1, people) && !(j + 2 < hi && is_one_of (c, j + 2, people));
      /* "has met with severe congestion", "met with widespread disillusionment":
       * an abstract noun, with no article, is what was met */
      if (j < k + 3 && k > 0 && is_word (c, k - 1, "with") && c->toks[k].kind == BYLINE_TOKEN_WORD
          && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
          && !is_one_of (c, k, (const char *const[]) { "the", "a", "an", "his", "her", "their", "its", "our", "my",
                                                        "several", "some", "two", "three", "four", "many", NULL })
          && (ends_with (c, j, "ion") || ends_with (c, j, "ment") || ends_with (c, j, "ism") || ends_with (c, j, "ity")
              || ends_with (c, j, "ance") || ends_with (c, j, "ence") || ends_with (c, j, "ness"))
          && !is_one_of (c, j, (const char *const[]) { "delegation", "administration", "management", "commission",
                                                        "mission", "coalition", "federation", "association",
                                                        "organization", "organisation", "community", "leadership",
                                                        "opposition", "alliance", "presidency", "majority", "minority",
                                                        "conference", "convention", "legation", "division",
                                                        "university", "faculty", "authority", "confederation", NULL }))
        return !is_one_of (c, j + 1, people) && !(j + 2 < hi && is_one_of (c, j + 2, people));
    }
  return FALSE;
}

/* "the meeting room", "a meeting hall", "the summit venue": after a meeting's
 * word at @k - 1, a noun that makes it a place */
gboolean
_byline_meetings_place_noun (const Ctx *c, guint k, guint hi)
{
  return k < hi
         && is_one_of (c, k, (const char *const[]) { "room", "rooms", "hall", "halls", "venue", "venues", "place",
                                                      "point", "points", "table", "tables", "house", NULL });
}

/* "the national team, which meets Niger in its Cup opener", "the squad meet
 * Wales in the final": a match at @k, the meeting word, not a meeting */
gboolean
_byline_meetings_sports_fixture (const Ctx *c, guint k, guint hi)
{
  static const char *const games[] = {
    "match", "final", "finals", "fixture", "opener", "qualifier", "qualifiers", "semi-final", "semifinal",
    "quarter-final", "quarterfinal", "derby", "play-off", "playoff", "league", "championship", "tournament", NULL,
  };
  const BylineMentionRef *r;

  if (!(is_word (c, k, "meet") || is_word (c, k, "meets") || is_word (c, k, "met") || is_word (c, k, "meeting")))
    return FALSE;
  /* the other side a country or a club, not a person: "the team met President X" */
  r = byline_mentions_at (c->mentions, k + 1 + is_word (c, k + 1, "with"));
  if (r == NULL || !(r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_ORG
                     || r->entity->type == BYLINE_ENTITY_NORP))
    return FALSE;
  for (guint j = k > 4 ? k - 4 : 0; j < k; j++)
    if (is_word (c, j, "team") || is_word (c, j, "squad") || is_word (c, j, "club") || is_word (c, j, "eleven"))
      return TRUE;
  /* "the opening of the World Cup, when Brazil meets Croatia": a tournament
   * told before the verb, in the sentence */
  if (r->entity->type != BYLINE_ENTITY_NORP && r->end_token < hi
      && c->toks[r->end_token].kind != BYLINE_TOKEN_POSSESSIVE)
    for (guint j = k; j > 0 && j + 16 > k && !is_punct (c, j - 1, '.') && !is_punct (c, j - 1, ';'); j--)
      if (is_one_of (c, j - 1, (const char *const[]) { "match", "fixture", "tournament", "qualifier", "semi-final",
                                                        "quarter-final", "play-off", "derby", "olympics", NULL })
          || (is_word (c, j - 1, "cup") && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP)))
        return TRUE;
  for (guint j = k + 1; j < hi && j < k + 12 && !is_punct (c, j, '.') && !is_punct (c, j, ';') && !is_punct (c, j, ',');
       j++)
    if ((c->toks[j].flags & BYLINE_TOKEN_CAP) || byline_mentions_at (c->mentions, j) != NULL)
      continue;
    else if (is_one_of (c, j, games)
        || (is_word (c, j, "international") && j > 0 && is_word (c, j - 1, "one-day")))
      return TRUE;
  return FALSE;
}

/* "discussed the crisis with X in a phone call", "spoke by telephone": not face to face */
gboolean
_byline_meetings_remote (const Ctx *c, guint lo, guint hi)
{
  for (guint j = lo; j < hi; j++)
    if (is_word (c, j, "phone") || is_word (c, j, "telephone") || is_word (c, j, "videoconference")
        || is_word (c, j, "video") || is_word (c, j, "phoned") || is_word (c, j, "virtual")
        || is_word (c, j, "virtually") || is_word (c, j, "videolink"))
      return TRUE;
  return FALSE;
}

/* "held separate meetings with A and B", "met separately with": one meeting each */
gboolean
_byline_meetings_separately (const Ctx *c, guint from, guint end)
{
  for (guint k = from; k < end && k < c->n; k++)
    if (is_word (c, k, "separate") || is_word (c, k, "separately"))
      return TRUE;
  return FALSE;
}

/* "cancelled a scheduled meeting with X", "scrapped his visit to Y", "called off
 * their talks": the meeting the noun at @t names, cancelled by the verb before
 * it (past an article, an owner and a modifier or two), from @lo */
gboolean
_byline_meetings_cancelled_before (const Ctx *c, guint lo, guint t)
{
  for (guint k = t; k > lo && k + 5 > t; k--)
    {
      if (is_one_of (c, k - 1, (const char *const[]) { "cancelled", "canceled", "cancels", "cancel", "cancelling",
                                                        "canceling", "scrapped", "scraps", "scrap", NULL })
          || (is_word (c, k - 1, "off") && k >= 2
              && is_one_of (c, k - 2, (const char *const[]) { "called", "calls", "call", "calling", NULL })))
        return TRUE;
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
          || byline_mentions_at (c->mentions, k - 1) != NULL)
        return FALSE;
    }
  return FALSE;
}

/* "had not been allowed to meet", "never met", "did not hold talks with", "no
 * ministerial meeting of": the meeting word at @t denied by "not", "never" or
 * "no" right before its verb or noun, past auxiliaries and modifiers only
 * (not "has not joined the talks", "have never seen an annual meeting") */
gboolean
_byline_meetings_negated_at (const Ctx *c, guint lo, guint t)
{
  static const char *const between[] = {
    "be", "been", "being", "have", "has", "had", "to", "allowed", "able", "permitted", "yet", "a", "an", "any",
    "the", "their", "his", "her", "its", "formal", "new", "further", "ministerial", "direct", "official", "hold",
    "held", "holding", "even", "once", "again", "also", "so", "far", "in-person", "face-to-face", "bilateral",
    "separate", "high-level", "substantive", "such", NULL,
  };

  for (guint k = t; k > lo && k + 8 > t; k--)
    {
      if (is_one_of (c, k - 1, (const char *const[]) { "not", "n't", "never", "no", NULL })
          || (c->toks[k - 1].kind == BYLINE_TOKEN_WORD && (ends_with (c, k - 1, "n't") || ends_with (c, k - 1, "n’t"))))
        return TRUE;
      if (!is_one_of (c, k - 1, between))
        return FALSE;
    }
  return FALSE;
}

/* Whether the meeting the noun at @t names is told as called off or never
 * held: "A planned meeting between X and Y was cancelled", "..., which had been
 * planned for March, was called off", "..., proposed by diplomats last year,
 * never took place", "did not take place" */
gboolean
_byline_meetings_called_off (const Ctx *c, guint t, guint hi)
{
  for (guint k = t + 1, limit = t + 20; k + 1 < hi && k < limit; k++)
    {
      if (is_punct (c, k, '.') || is_punct (c, k, ';') || is_word (c, k, "but"))
        return FALSE;
      /* past a relative clause without commas: "... that had been scheduled for
       * this week in Tokyo was called off" */
      if ((is_word (c, k, "that") || is_word (c, k, "which"))
          && is_one_of (c, k + 1, (const char *const[]) { "had", "has", "was", "were", "is", "are", NULL }))
        limit += 8;
      /* past a relative or a participle's clause between commas; not the
       * predicate itself (", was cancelled") */
      if (is_punct (c, k, ',') && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
          && !is_one_of (c, k + 1, (const char *const[]) { "was", "were", "has", "had", "is", "are", "will", "would",
                                                            "did", "never", "failed", "have", NULL }))
        for (guint j = k + 2; j < hi && j < k + 16; j++)
          {
            /* (a clause that runs to the sentence's end is the predicate's own:
             * ", that had been planned for May in Lima was called off.") */
            if (is_punct (c, j, '.') || is_punct (c, j, ';'))
              break;
            if (is_punct (c, j, ','))
              {
                limit += j - k;
                k = j;
                break;
              }
          }
      if ((is_word (c, k, "was") || is_word (c, k, "were") || is_word (c, k, "has") || is_word (c, k, "had")
           || is_word (c, k, "have"))
          && (is_word (c, k + 1, "cancelled") || is_word (c, k + 1, "canceled") || is_word (c, k + 1, "scrapped")
              || (is_word (c, k + 1, "called") && is_word (c, k + 2, "off"))
              || (is_word (c, k + 1, "been") && (is_word (c, k + 2, "cancelled") || is_word (c, k + 2, "canceled")
                                                    || (is_word (c, k + 2, "called") && is_word (c, k + 3, "off"))))))
        return TRUE;
      if ((is_word (c, k, "never") && (is_word (c, k + 1, "took") || is_word (c, k + 1, "happened")
                                       || is_word (c, k + 1, "materialised") || is_word (c, k + 1, "materialized")))
          || ((is_word (c, k, "did") || is_word (c, k, "failed") || is_word (c, k, "will") || is_word (c, k, "would"))
              && (is_word (c, k + 1, "not") || (is_word (c, k + 1, "to") && is_word (c, k, "failed")))
              && k + 2 < hi
              && (is_word (c, k + 2, "take") || is_word (c, k + 2, "materialise") || is_word (c, k + 2, "materialize")
                  || is_word (c, k + 2, "happen"))))
        return TRUE;
      /* "the meeting cannot go forward", "would not go ahead" */
      if ((is_word (c, k, "cannot") && is_word (c, k + 1, "go") && k + 2 < hi
           && (is_word (c, k + 2, "ahead") || is_word (c, k + 2, "forward")))
          || ((is_word (c, k, "will") || is_word (c, k, "would") || is_word (c, k, "can") || is_word (c, k, "could")
               || is_word (c, k, "did"))
              && is_word (c, k + 1, "not") && k + 3 < hi && is_word (c, k + 2, "go")
              && (is_word (c, k + 3, "ahead") || is_word (c, k + 3, "forward"))))
        return TRUE;
    }
  return FALSE;
}
