/* byline-meetings-unnamed.c: meetings told without two names
 *
 * The sentence reader (byline-meetings.c) keeps a meeting when it finds two
 * sides. Many sentences tell of a meeting without them: "the talks resumed
 * in Geneva", "the two leaders met on Tuesday", "after the summit, the
 * minister said", "officials held a meeting at the border". This pass reads
 * the sentences no meeting has told yet for a meeting word. A sentence near
 * a meeting already found (two sentences before it to one after) tells more
 * of that meeting: it becomes part of its evidence. In an article that names
 * the sides of none of its meetings (a short item: "the summit in Hanoi
 * ended"), it is a meeting of its own, whose sides are the noun groups that stand before and
 * after the word ("union leaders", "the rebels" and "the government"), or a
 * person named there, with its place, date and status read as for any
 * meeting. Phrases that only look like meetings stay out: "meet the
 * deadline", "met with criticism", "a press conference", "a phone call",
 * "visited the website", "talks to reporters".
 *
 * A side may count its people or name two peoples: "the army chiefs of 31
 * allied countries met", "leaders of the five Central Asian states", "the
 * 27 member states will meet" (a count inside the group, a place after a
 * count, a noun that is also a verb of speech, after a wire dateline). Such
 * a side is a meeting of its own even in an article that names other
 * meetings, and not more of one told near ("the three leaders met again"
 * stays the pair told before). "The Indian and Bangladeshi water ministers
 * met" is one minister of each people; "Peru's trade minister met his
 * Chilean counterpart" gives the counterpart the subject's title.
 *
 * In a passage that names no sides, a meeting of another time is a meeting
 * still ("they first met in 1998", "to meet her counterpart next week"), and
 * descriptions are its sides: "the King granted an audience to the new
 * envoys", "received in audience", "received the chairman of the bank", "will
 * welcome a delegation", "paid a courtesy call on the King". A few meeting
 * words outside the lexicon's are read by their neighbours, tried only for
 * words of their first letter and length: "held a one-on-one", "gave a
 * reception for", "negotiators huddled", "the retreat" just after a meeting.
 *
 * A body's session is a meeting of the body alone, by its name as the text
 * gives it, with its place and day, even in an article of named people's
 * meetings: "the GCC Ministerial Council will meet in Riyadh", "the OAS
 * General Assembly will be held in X", "whose next session will be held in
 * Bamako", "the next session of X is expected to be held in Y", "the BRICS
 * summit in Johannesburg". One who attends it meets the body; a body that
 * says, decides or condemns, a body as a place ("at the UN", "on the sidelines
 * of the summit") meets no one. A body two countries hold together ("the
 * joint commission of historians") meets as theirs, by its name and theirs.
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

/* A meeting word outside the lexicon's meeting words, read only for words of its
 * length and first letter: "held a one-on-one", "gave a reception for",
 * "negotiators huddled in a side room" */
static gboolean
rare_meeting_word (const Ctx *c, guint k, guint lo, guint hi, gboolean near)
{
  const BylineToken *t = &c->toks[k];
  gsize len = byline_token_len (t);
  char first = c->text[t->start];

  if (t->kind != BYLINE_TOKEN_WORD || (t->flags & BYLINE_TOKEN_CAP))
    return FALSE;
  /* "held a one-on-one", "had a one-on-one with" */
  if (len == 10 && first == 'o' && is_word (c, k, "one-on-one"))
    return k > lo + 1 && (is_word (c, k - 1, "a") || is_word (c, k - 1, "their"))
           && is_one_of (c, k - 2, (const char *const[]) { "held", "hold", "had", "have", "has", "holding", "for", NULL });
  /* "gave a joint reception for", "hosted a reception in honour of"; not "a warm
   * reception", "mobile reception" */
  if (len == 9 && first == 'r' && is_word (c, k, "reception"))
    {
      for (guint j = k > lo + 3 ? k - 3 : lo; j < k; j++)
        if (is_one_of (c, j, (const char *const[]) { "gave", "give", "gives", "hosted", "host", "hosts", "held", "hold",
                                                     "holds", "offered", "threw", NULL }))
          return is_word (c, k + 1, "for") || is_word (c, k + 1, "in");
      return FALSE;
    }
  /* "The retreat produced no communiqué", just after a meeting told: more of it;
   * not "the retreat of the glaciers", "a retreat from the city" */
  if (len == 7 && first == 'r' && near && is_word (c, k, "retreat"))
    return k > lo && (is_word (c, k - 1, "the") || is_word (c, k - 1, "their") || is_word (c, k - 1, "this"))
           && !is_word (c, k + 1, "of") && !is_word (c, k + 1, "from") && !is_word (c, k + 1, "to");
  /* "negotiators ... huddled in a side room", "the ministers huddled with"; not
   * "residents huddled in basements" */
  if (len == 7 && first == 'h' && is_word (c, k, "huddled"))
    {
      for (guint j = k > lo + 8 ? k - 8 : lo; j < k; j++)
        if (is_one_of (c, j, (const char *const[]) { "negotiators", "officials", "ministers", "leaders", "delegates",
                                                     "envoys", "diplomats", "delegations", "negotiating", NULL }))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}


/* People met by a visitor or greeted by a host: "visited the families of the
 * victims", "greeted the athletes" */
static gboolean
people_noun (const Ctx *c, guint j)
{
  static const char *const people[] = {
    "families", "victims", "survivors", "residents", "patients", "workers", "students", "soldiers", "refugees",
    "villagers", "farmers", "children", "veterans", "staff", "employees", "voters", "supporters", "fans", "elders",
    "relatives", "pilgrims", "athletes", "players", "team", "crew", "troops", "nurses", "doctors", "teachers",
    "pupils", "volunteers", "protesters", "strikers", "miners", "sailors", "officers", NULL,
  };

  return c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && is_one_of (c, j, people);
}

/* A plural of people before "for" ("lawyers for", "negotiators for the
 * union"), in lower case or opening the sentence */
static gboolean
plural_before_for (const Ctx *c, guint k)
{
  const BylineToken *t = &c->toks[k];

  return t->kind == BYLINE_TOKEN_WORD && byline_token_len (t) > 4 && ends_with (c, k, "s")
         && (!(t->flags & BYLINE_TOKEN_CAP) || (t->flags & BYLINE_TOKEN_SENT_START))
         && byline_mentions_at (c->mentions, k) == NULL
         && (people_noun (c, k) || ends_with (c, k, "ers") || ends_with (c, k, "ors") || ends_with (c, k, "ives")
             || ends_with (c, k, "ists") || ends_with (c, k, "ants") || ends_with (c, k, "ents"));
}

/* Is the token at k a possessive or an apostrophe ("the ministers' retreat")? */
static inline gboolean
apostrophe (const Ctx *c, guint k)
{
  const BylineToken *p = &c->toks[k];
  const unsigned char *b = (const unsigned char *) c->text + p->start;

  if (p->kind == BYLINE_TOKEN_POSSESSIVE)
    return TRUE;
  /* ' or U+2019 (E2 80 99), not the other marks that open with E2 */
  return p->kind == BYLINE_TOKEN_PUNCT && (b[0] == '\'' || (b[0] == 0xe2 && b[1] == 0x80 && b[2] == 0x99));
}

/* Is the word at k, one of the lexicon's meeting words, a meeting word, read for
 * what it is and what follows? */
static gboolean
meeting_word_read (const Ctx *c, guint k, guint hi)
{
  static const char *const verbs[] = {
    "met", "meet", "meets", "meeting", "meetings", "summit", "summits", "talks", "negotiations",
    "hosted", "hosts", "host", "hosting", "gathered", "gather", "gathers", "convened", "convene", "visited",
    "reconvene", "reconvened", "reconvenes", "greeted", "greets", "talk", "dialogue", "session", "sessions",
    "assembled", "assemble", "confer", "conferred", "confers",
    "visit", "visits",
    "visiting", "conference", "sat", "encounter", "encounters", "roundtable", "received", "receives", "call",
    "consultations", "negotiating", "negotiated", "audience",
    /* the spoken words for one: "the sit-down", "a get-together", "a brief
     * pull-aside", "a face-to-face with", "chatted with" */
    "sit-down", "get-together", "pull-aside", "face-to-face", "gathering", "meet-and-greet", "discussions",
    "together", "mingled", "chatted", "huddled", "reception", "luncheon", "banquet", "congress",
    "dined", "dine", "dines", "dining", "dinner", "lunch", "breakfast", "hearing", "hearings", NULL,
  };
  /* idioms read below, tried only for words of their first letters */
  static const char *const idioms[] = { "shook", "sit", "sits", "welcomed", "welcomes", "welcome", "called", NULL };
  const BylineToken *t = &c->toks[k];
  char first;
  gsize len;
  gboolean idiom;

  first = g_ascii_tolower (c->text[t->start]);
  len = byline_token_len (t);
  /* (the idioms' words: "sit", "sat", "sits", "shook", "welcome", "welcomed", "welcomes",
   * "call", "called") */
  idiom = (first == 's' && len <= 5) || (first == 'w' && len >= 7 && len <= 8) || (first == 'c' && (len == 6 || len == 4));
  if (!(idiom && is_one_of (c, k, idioms)) && !is_one_of (c, k, verbs))
    return FALSE;
  /* "agreed to reconvene the commission": a body that will meet, told by its own word */
  if ((is_word (c, k, "reconvene") || is_word (c, k, "reconvened") || is_word (c, k, "reconvenes"))
      && (is_word (c, k + 1, "the") || is_word (c, k + 1, "a") || is_word (c, k + 1, "its") || is_word (c, k + 1, "their")))
    return FALSE;
  /* a name: "the Summit of the Americas", "Meeting Street"; but not a word
   * capitalised by its place ("LIMA (Agency) - Talks between ...") */
  if ((t->flags & BYLINE_TOKEN_CAP) && !(t->flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP)))
    return FALSE;
  if (byline_mentions_at (c->mentions, k) != NULL)
    return FALSE;
  if ((is_word (c, k, "meet") || is_word (c, k, "meets") || is_word (c, k, "met") || is_word (c, k, "meeting"))
      && (_byline_meetings_meets_a_thing (c, k + 1 + is_word (c, k + 1, "with"), hi)
          || _byline_meetings_sports_fixture (c, k, hi)))
    return FALSE;
  /* "received a phone call", "Cables of congratulations were received": a thing
   * received, as the sentence reader tells it */
  if ((is_word (c, k, "received") || is_word (c, k, "receives")) && _byline_meetings_trigger_at (c, k, hi) == TRIGGER_NONE)
    return FALSE;
  /* "the gathered crowd", "a hosted event": a participle before its noun */
  if (k > 0 && (is_word (c, k, "gathered") || is_word (c, k, "convened") || is_word (c, k, "hosted")
                || is_word (c, k, "visited") || is_word (c, k, "visiting"))
      && (is_word (c, k - 1, "the") || is_word (c, k - 1, "a") || is_word (c, k - 1, "an")
          || is_word (c, k - 1, "most") || is_word (c, k - 1, "rarely") || is_word (c, k - 1, "frequently")))
    return FALSE;
  /* "a hearing is set before Judge X", "the council held a public hearing"; not
   * "hearing loss", "a hearing aid", "hearing that ..." */
  if (is_word (c, k, "hearing") || is_word (c, k, "hearings"))
    return k > 0
           && (is_word (c, k - 1, "a") || is_word (c, k - 1, "the") || is_word (c, k - 1, "public")
               || is_word (c, k - 1, "court") || is_word (c, k - 1, "bail") || is_word (c, k - 1, "sentencing")
               || is_word (c, k - 1, "preliminary") || is_word (c, k - 1, "committee") || is_word (c, k - 1, "confirmation")
               || is_word (c, k - 1, "congressional") || is_word (c, k - 1, "closed-door") || is_word (c, k - 1, "hearing")
               || is_word (c, k - 1, "disciplinary") || is_word (c, k - 1, "oversight"))
           && !is_word (c, k + 1, "aid") && !is_word (c, k + 1, "aids") && !is_word (c, k + 1, "loss")
           && !is_word (c, k + 1, "test") && !is_word (c, k + 1, "impaired");
  /* "dined with donors", "had dinner with the new manager"; not "the dinner
   * menu", "lunch break" */
  if (is_word (c, k, "dined") || is_word (c, k, "dine") || is_word (c, k, "dines") || is_word (c, k, "dining")
      || is_word (c, k, "dinner") || is_word (c, k, "lunch") || is_word (c, k, "breakfast"))
    return is_word (c, k + 1, "with");
  /* "met reporters", "met the press": questions answered, no meeting */
  if ((is_word (c, k, "met") || is_word (c, k, "meet") || is_word (c, k, "meets") || is_word (c, k, "meeting"))
      && (is_word (c, k + 1 + is_word (c, k + 1, "with"), "reporters")
          || is_word (c, k + 1 + is_word (c, k + 1, "with"), "journalists")
          || (is_word (c, k + 1 + is_word (c, k + 1, "with"), "the")
              && (is_word (c, k + 2 + is_word (c, k + 1, "with"), "press")
                  || is_word (c, k + 2 + is_word (c, k + 1, "with"), "media")))))
    return FALSE;
  /* (the idioms, only for words of their first letters and lengths) */
  if (idiom)
    {
      /* "sat down with", "sat with residents for two hours"; not "sat on the
       * board", "sat with her back to the window" */
      if (is_word (c, k, "sat") || is_word (c, k, "sit") || is_word (c, k, "sits"))
        {
          guint j = k + 2;

          if (is_word (c, k + 1, "down"))
            return TRUE;
          if (!is_word (c, k + 1, "with"))
            return FALSE;
          if (is_word (c, j, "the") || is_word (c, j, "a") || is_word (c, j, "his") || is_word (c, j, "her")
              || is_word (c, j, "their"))
            j++;
          for (guint e = j; e < hi && e < j + 3 && c->toks[e].kind == BYLINE_TOKEN_WORD; e++)
            if (people_noun (c, e))
              return TRUE;
          return byline_mentions_at (c->mentions, j) != NULL
                 && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON;
        }
      /* "the two leaders shook hands" */
      if (is_word (c, k, "shook"))
        return is_word (c, k + 1, "hands");
      /* "welcomed his Greek guest", "will welcome a trade delegation", not
       * "welcomed the decision" */
      if (is_word (c, k, "welcomed") || is_word (c, k, "welcomes") || is_word (c, k, "welcome"))
        {
          guint j = k + 1;

          if (!(is_word (c, j, "his") || is_word (c, j, "her") || is_word (c, j, "their") || is_word (c, j, "the")
                || is_word (c, j, "a")))
            return FALSE;
          for (j++; j < hi && j < k + 5 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
            if (is_word (c, j, "guest") || is_word (c, j, "guests") || is_word (c, j, "visitor")
                || is_word (c, j, "visitors") || is_word (c, j, "counterpart") || is_word (c, j, "delegation")
                || people_noun (c, j))
              return TRUE;
          return FALSE;
        }
      /* "paid a courtesy call on X", not "a call for calm"; "called on the Emir at the
       * palace", not "called on the President to resign" */
      if ((is_word (c, k, "call") || is_word (c, k, "called")) && is_word (c, k + 1, "on") && is_word (c, k + 2, "the")
          && k + 3 < hi && (c->toks[k + 3].flags & BYLINE_TOKEN_CAP) && (byline_token_cls (&c->toks[k + 3]) & BYLINE_WORD_ROLE))
        {
          for (guint j = k + 4; j < hi && j < k + 14; j++)
            if (is_word (c, j, "to") || is_word (c, j, "for"))
              return FALSE;
          return TRUE;
        }
      if (is_word (c, k, "called"))
        return FALSE;
    }
  if (is_word (c, k, "call"))
    return is_word (c, k + 1, "on") && _byline_meetings_person_after_by (c, k + 1) != NULL;
  /* "got together this afternoon", "will get together again"; not "put together a plan" */
  if (is_word (c, k, "together"))
    {
      if (k > 0 && (is_word (c, k - 1, "got") || is_word (c, k - 1, "get") || is_word (c, k - 1, "gets")
                    || is_word (c, k - 1, "getting") || is_word (c, k - 1, "gotten")))
        return TRUE;
      /* "brought the two sides together for a session": people, not "brought the
       * pieces together" */
      for (guint j = k; j > 0 && j + 6 > k; j--)
        if (is_word (c, j - 1, "brought") || is_word (c, j - 1, "bring") || is_word (c, j - 1, "brings")
            || is_word (c, j - 1, "bringing"))
          return j < k && (is_word (c, k - 1, "sides") || is_word (c, k - 1, "parties") || is_word (c, k - 1, "leaders")
                           || is_word (c, k - 1, "delegations") || is_word (c, k - 1, "rivals")
                           || is_word (c, k - 1, "ministers") || is_word (c, k - 1, "negotiators")
                           || is_word (c, k - 1, "them") || is_word (c, k - 1, "factions"));
      return FALSE;
    }
  /* "chatted with", "mingled with", "huddled with", "huddled behind closed
   * doors": people met in person; not "huddled in basements" */
  if (is_word (c, k, "chatted") || is_word (c, k, "mingled") || is_word (c, k, "huddled"))
    return is_word (c, k + 1, "with")
           || (is_word (c, k, "huddled") && (is_word (c, k + 1, "privately")
                                              || (is_word (c, k + 1, "behind") && is_word (c, k + 2, "closed"))));
  /* "held a luncheon", "hosted a banquet", "attended the party congress",
   * "the party congress opened": a gathering by the verb or the phrase it is
   * told in; not "the congress's website" */
  if (is_word (c, k, "luncheon") || is_word (c, k, "banquet") || is_word (c, k, "congress"))
    {
      static const char *const told_by[] = {
        "held", "hold", "holds", "holding", "hosted", "host", "hosts", "hosting", "attended", "attend", "attends",
        "attending", "gave", "give", "opened", "opens", "at", "during", "had", "have", "after", "before", NULL,
      };

      if (is_word (c, k + 1, "website") || (k + 1 < hi && c->toks[k + 1].kind == BYLINE_TOKEN_POSSESSIVE))
        return FALSE;
      for (guint j = k; j > 0 && j + 5 > k; j--)
        if (is_one_of (c, j - 1, told_by))
          return TRUE;
        else if (c->toks[j - 1].kind != BYLINE_TOKEN_WORD || (c->toks[j - 1].flags & BYLINE_TOKEN_CAP))
          break;
      /* "the annual party congress opened in Beijing" */
      return is_word (c, k + 1, "opened") || is_word (c, k + 1, "opens") || is_word (c, k + 1, "began")
             || is_word (c, k + 1, "ended") || is_word (c, k + 1, "closed");
    }
  /* "at a beach reception", "the reception at the embassy"; not "a warm
   * reception", "mobile reception" */
  if (is_word (c, k, "reception"))
    {
      static const char *const kinds[] = {
        "warm", "cool", "cold", "poor", "mixed", "lukewarm", "hostile", "enthusiastic", "rousing", "frosty",
        "good", "bad", "mobile", "phone", "signal", "radio", "television", "tv", "critical", "positive",
        "negative", "chilly", "friendly", "great", "better", "best", NULL,
      };

      return k > 0 && !is_one_of (c, k - 1, kinds) && !is_word (c, k + 1, "was") && !is_word (c, k + 1, "is")
             && (is_word (c, k - 1, "a") || is_word (c, k - 1, "the") || (k > 1 && (is_word (c, k - 2, "a") || is_word (c, k - 2, "the"))));
    }
  /* "was received by the president", "received the delegation", "received in
   * audience", "received the chairman of the bank"; not "received a letter",
   * "received the president's reply" */
  if (is_word (c, k, "received") || is_word (c, k, "receives"))
    {
      if (k > 0 && (is_word (c, k - 1, "was") || is_word (c, k - 1, "were")))
        return TRUE;
      if (is_word (c, k + 1, "in") && is_word (c, k + 2, "audience"))
        return TRUE;
      if (is_word (c, k + 1, "the"))
        for (guint j = k + 2; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
          if (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE)
            return j + 1 >= hi || c->toks[j + 1].kind != BYLINE_TOKEN_POSSESSIVE;
      return is_word (c, k + 1, "the") && (is_word (c, k + 2, "delegation") || is_word (c, k + 2, "visiting")
                                           || is_word (c, k + 2, "envoy") || is_word (c, k + 2, "ambassador"));
    }
  /* "an audience with the Pope", "granted an audience to", "received in
   * audience", "after the audience, the bishop ..."; not the people watching
   * ("told the audience", "the audience applauded") */
  if (is_word (c, k, "audience"))
    return is_word (c, k + 1, "with") || (k > 0 && is_word (c, k - 1, "in") && k > 1 && is_word (c, k - 2, "received"))
           || (k > 1 && is_word (c, k - 1, "an") && _byline_meetings_audience_to (c, k, hi) != 0)
           || (k > 1 && (c->toks[k - 2].flags & BYLINE_TOKEN_SENT_START) && is_word (c, k - 1, "the")
               && is_punct (c, k + 1, ',')
               && (is_word (c, k - 2, "before") || is_word (c, k - 2, "after") || is_word (c, k - 2, "during")));
  /* "talks to reporters", "he talks about": the verb */
  if (is_word (c, k, "talks") && k > 0
      && (is_word (c, k + 1, "to") || is_word (c, k + 1, "about") || byline_mentions_at (c->mentions, k - 1) != NULL
          || is_word (c, k - 1, "he") || is_word (c, k - 1, "she") || is_word (c, k - 1, "who")))
    return FALSE;
  /* "the meeting room", "a meeting hall", "the summit venue": a place named by the noun */
  if ((is_word (c, k, "meeting") || is_word (c, k, "summit") || is_word (c, k, "talks") || is_word (c, k, "session"))
      && _byline_meetings_place_noun (c, k + 1, hi))
    return FALSE;
  /* "a press conference", "a conference call", "the conference room" */
  if (is_word (c, k, "conference")
      && ((k > 0 && (is_word (c, k - 1, "press") || is_word (c, k - 1, "news") || is_word (c, k - 1, "video")))
          || is_word (c, k + 1, "call") || is_word (c, k + 1, "room") || is_word (c, k + 1, "calls")))
    return FALSE;
  /* "visited the website", "a visit to the doctor": a trip needs someone met or a
   * place; "host" a programme or an event is no guest */
  if ((is_word (c, k, "visited") || is_word (c, k, "visit") || is_word (c, k, "visits") || is_word (c, k, "visiting")
       || is_word (c, k, "hosted") || is_word (c, k, "hosts") || is_word (c, k, "host") || is_word (c, k, "hosting")))
    {
      for (guint j = k + 1; j < hi && j < k + 6; j++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

          /* "hosted talks between ...": the talks are the meeting word */
          if (is_word (c, j, "talks") || is_word (c, j, "negotiations") || is_word (c, j, "meeting")
              || is_word (c, j, "summit") || is_word (c, j, "meetings"))
            return FALSE;

          if (r != NULL)
            return r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_PLACE
                   || r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_NORP;
          if (is_word (c, j, "troops") || is_word (c, j, "leaders") || is_word (c, j, "officials")
              || is_word (c, j, "delegation") || is_word (c, j, "counterpart") || is_word (c, j, "ministers")
              || is_word (c, j, "president") || is_word (c, j, "minister") || is_word (c, j, "talks")
              || people_noun (c, j)
              /* "visited him in prison", "visited them at home" */
              || (j == k + 1 && (is_word (c, k, "visited") || is_word (c, k, "visit") || is_word (c, k, "visits"))
                  && (is_word (c, j, "him") || is_word (c, j, "her") || is_word (c, j, "them"))))
            return TRUE;
          if (is_punct (c, j, '.') || is_punct (c, j, ',') || is_word (c, j, "was") || is_word (c, j, "were")
              || is_word (c, j, "is") || is_word (c, j, "are") || is_word (c, j, "has") || is_word (c, j, "had")
              || is_word (c, j, "will") || is_word (c, j, "by"))
            break;
        }
      return FALSE;
    }
  /* "the foreign ministers' session", "at its next session", "an emergency
   * session"; not "a training session", "a photo session" */
  if (is_word (c, k, "session") || is_word (c, k, "sessions"))
    {
      static const char *const kinds[] = {
        "emergency", "plenary", "special", "extraordinary", "closed-door", "joint", "opening", "closing", "next",
        "annual", "final", "regular", "ordinary", "negotiating", "its", "their", "mediation", "bargaining",
        "negotiation", "closed", NULL,
      };
      /* "after the session", "attended the session", "left the session": one
       * told before */
      static const char *const told[] = {
        "after", "during", "before", "attended", "attend", "left", "leaving", "into", "from", NULL,
      };

      return k > 0 && (apostrophe (c, k - 1) || is_one_of (c, k - 1, kinds)
                       || (k > 1 && is_word (c, k - 1, "the") && is_one_of (c, k - 2, told))
                       /* "The session was held in ...", "the session lasted two hours" */
                       || (is_word (c, k - 1, "the") && k + 1 < hi
                           && is_one_of (c, k + 1, (const char *const[]) { "was", "lasted", "ended", "began", "opened",
                                                                            "closed", "took", "ran", NULL }))
                       || (k > 1 && (is_word (c, k - 2, "its") || is_word (c, k - 2, "their"))
                           && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)));
    }
  /* "the delegates assembled in the hall"; not "assembled a team" */
  if (is_word (c, k, "assembled") || is_word (c, k, "assemble"))
    return k + 1 < hi && (is_word (c, k + 1, "in") || is_word (c, k + 1, "at") || is_word (c, k + 1, "on")
                          || is_word (c, k + 1, "for") || is_word (c, k + 1, "outside") || is_punct (c, k + 1, ',')
                          || is_punct (c, k + 1, '.'));
  /* "the two agencies will confer next week", "confer with"; not "confer an award on" */
  if (is_word (c, k, "confer"))
    return k + 1 < hi && !is_word (c, k + 1, "on") && !is_word (c, k + 1, "upon") && !is_word (c, k + 1, "a")
           && !is_word (c, k + 1, "an") && !is_word (c, k + 1, "the")
           && (is_word (c, k + 1, "with") || c->toks[k + 1].kind == BYLINE_TOKEN_PUNCT
               || byline_mentions_at (c->mentions, k + 1) != NULL || is_word (c, k + 1, "next")
               || is_word (c, k + 1, "again") || is_word (c, k + 1, "later") || is_word (c, k + 1, "in"));
  /* "held their first strategic dialogue"; not "called for dialogue" */
  if (is_word (c, k, "dialogue"))
    {
      for (guint j = k; j > 0 && j + 6 > k; j--)
        if (is_hold (c, j - 1))
          return TRUE;
      return FALSE;
    }
  /* "had a long talk with her neighbour"; not "talk to reporters", "peace talk" */
  if (is_word (c, k, "talk"))
    {
      if (!is_word (c, k + 1, "with"))
        return FALSE;
      for (guint j = k; j > 0 && j + 4 > k; j--)
        if (is_word (c, j - 1, "had") || is_word (c, j - 1, "have") || is_word (c, j - 1, "has")
            || is_word (c, j - 1, "held"))
          return TRUE;
      return FALSE;
    }
  /* "greeted the athletes at the airport", not "greeted the news" */
  if (is_word (c, k, "greeted") || is_word (c, k, "greets"))
    {
      for (guint j = k + 1; j < hi && j < k + 5 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
        if (people_noun (c, j) || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE) || is_word (c, j, "guests")
            || is_word (c, j, "visitors") || is_word (c, j, "delegation"))
          return TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Is the word at k a meeting word? Every word read above is in the lexicon's
 * meeting words: the class first, cheaply, at every token */
static inline gboolean
meeting_word (const Ctx *c, guint k, guint hi)
{
  const BylineToken *t = &c->toks[k];

  if (t->kind != BYLINE_TOKEN_WORD || !(byline_token_cls (t) & BYLINE_WORD_MEETING))
    return FALSE;
  return meeting_word_read (c, k, hi);
}

/* "union leaders", "the rebels": a noun group of plain words from first to end,
 * without its determiner */
/* Does a plural of people and its "of" open the clause from @lo before @k
 * ("the leaders of the EU member states" before "and of ...")? */
static gboolean
of_group_before (const Ctx *c, guint lo, guint k)
{
  guint h = lo + is_word (c, lo, "the");

  for (guint j = h; j < k && j < h + 3; j++)
    if (is_word (c, j + 1, "of"))
      return is_word (c, j, "leaders") || is_word (c, j, "heads") || is_word (c, j, "ministers")
             || is_word (c, j, "representatives") || is_word (c, j, "delegates") || is_word (c, j, "presidents")
             || is_word (c, j, "delegations") || is_word (c, j, "members");
  return FALSE;
}

static char *
noun_group (const Ctx *c, guint first, guint end)
{
  static const char *const dets[] = { "the", "a", "an", "some", "several", NULL };
  static const char *const pronouns[] = {
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "there", "those", "these",
    "their", "his", "her", "its", "our", "my", "your", NULL,
  };
  static const char *const adverbs[] = {
    "soon", "again", "later", "today", "tomorrow", "tonight", "yesterday", "now", "then", "there", "here",
    "together", "twice", "once", "often", "next", "first", "last", "alone", "earlier", "already", "afterwards",
    "afterward", "instead", "anyway", "regularly", NULL,
  };

  while (first < end && is_one_of (c, first, dets))
    first++;
  if (first >= end || end - first > (end - first > 2 && is_word (c, first + 1, "of") ? 14 : 8))
    return NULL;
  if (end - first == 1 && is_one_of (c, first, pronouns))
    return NULL;
  /* "between the two", "of all three": a count of people named elsewhere, no group */
  if (end - first == 1 && (c->toks[first].kind == BYLINE_TOKEN_NUMBER || (byline_token_cls (&c->toks[first]) & BYLINE_WORD_NUMBER)
                           || is_word (c, first, "both")))
    return NULL;
  /* "should meet soon", "will meet again": when or how, no side */
  if (end - first == 1 && (is_one_of (c, first, adverbs) || (c->toks[first].kind == BYLINE_TOKEN_WORD && ends_with (c, first, "ly"))))
    return NULL;
  /* "with other industrialized countries": a word that only counts or sets
   * apart; "The body, with 700 members, holds its annual congress": a verb
   * before the owner of the meeting, no side */
  if (end - first == 1
      && (is_one_of (c, first, (const char *const[]) { "other", "another", "many", "all", "each", "such", "more",
                                                        "most", "few", NULL })
          || is_one_of (c, end, (const char *const[]) { "its", "their", "his", "her", "our", NULL })))
    return NULL;
  /* "the fifth round of (talks)", "a new series of": a part of the meeting, no side */
  if (is_word (c, end - 1, "of"))
    return NULL;
  /* "Abenov's (talks)": the owner, without the mark */
  if (end - first > 1 && apostrophe (c, end - 1))
    end--;
  for (guint k = first; k < end; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      /* a person named there takes part by name */
      /* "the army chiefs of 31 countries": a count inside the group */
      if ((c->toks[k].kind != BYLINE_TOKEN_WORD && c->toks[k].kind != BYLINE_TOKEN_POSSESSIVE && !is_punct (c, k, '-')
           && !(c->toks[k].kind == BYLINE_TOKEN_NUMBER && k + 1 < end))
          || (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON))
        return NULL;
    }
  return span_text (c, first, end);
}

static gboolean
boundary (const Ctx *c, guint k)
{
  static const char *const words[] = {
    "in", "on", "at", "for", "to", "after", "before", "during", "since", "with", "that", "who", "which", "and",
    "but", "or", "as", "while", "when", "where", "from", "by", "of", "about", "over", "said", "says", "will",
    "would", "could", "can", "should", "must", "may", "might", "shall", "held", "hold", "had", "has", "have", "was", "were", "is", "are", "be", "been",
    "also", "again", "then", "later", "ended", "resumed", "collapsed", "began", "opened", "failed", "behind",
    "without", "amid", "despite", "under", "inside", "near", "through", "across", "ahead",
    /* irregular verbs of the past: "talks between the union and management broke down" */
    "broke", "went", "took", "came", "fell", "ran", "got", NULL,
  };

  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

  /* "heads of state (and government)": the office's own words */
  if (k >= 2 && is_word (c, k, "state") && is_word (c, k - 1, "of") && (is_word (c, k - 2, "heads") || is_word (c, k - 2, "head")))
    return FALSE;
  /* "member states", "the Caspian littoral states.", "the Gulf states will
   * meet": a noun, not a verb of speech, after "member" or when no clause
   * follows it */
  if (k >= 1 && is_word (c, k, "states") && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && k + 1 < c->n
      && (is_word (c, k - 1, "member") || c->toks[k + 1].kind == BYLINE_TOKEN_PUNCT || is_word (c, k + 1, "will")
          || is_word (c, k + 1, "would") || is_word (c, k + 1, "met") || is_word (c, k + 1, "meet")
          || is_word (c, k + 1, "and") || is_word (c, k + 1, "in") || is_word (c, k + 1, "on")))
    return FALSE;
  /* "Kenya's foreign minister": a place that owns the group is inside it */
  if (r != NULL && r->entity->type == BYLINE_ENTITY_PLACE && r->end_token < c->n
      && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    return FALSE;
  /* "from 21 Pacific economies": a place after a count qualifies the group */
  if (r != NULL && r->entity->type == BYLINE_ENTITY_PLACE && r->first_token > 0 && r->end_token < c->n
      && (c->toks[r->first_token - 1].kind == BYLINE_TOKEN_NUMBER
          || (byline_token_cls (&c->toks[r->first_token - 1]) & BYLINE_WORD_NUMBER))
      && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD && !(c->toks[r->end_token].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_DATE || r->entity->type == BYLINE_ENTITY_PLACE))
    return TRUE;
  /* "the army chiefs of 31 countries": a count before its noun */
  if (c->toks[k].kind == BYLINE_TOKEN_NUMBER)
    return !(k + 1 < c->n && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && k > 0 && c->toks[k - 1].kind == BYLINE_TOKEN_WORD);
  /* a verb in -ed: "delegates attended the conference"; but not an adjective
   * after a count or an article, before its noun: "31 allied countries" */
  if (c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k]) > 4
      && ends_with (c, k, "ed"))
    return !(k > 0 && k + 1 < c->n && (c->toks[k - 1].kind == BYLINE_TOKEN_NUMBER || is_word (c, k - 1, "the"))
             && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
             && !(byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_STOPWORD));
  /* a participle: "an official leading a choir" */
  if (c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k]) > 5
      && ends_with (c, k, "ing") && !is_word (c, k, "ruling"))
    return TRUE;
  /* "the Central Asian states met": a noun that is also a verb of speech, after
   * a name and before the meeting word */
  if (c->toks[k].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH) && k > 0 && k + 1 < c->n
      && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !is_word (c, k - 1, "he") && !is_word (c, k - 1, "she")
      && !is_word (c, k - 1, "it") && !is_word (c, k - 1, "who") && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
      && ends_with (c, k, "s")
      && (byline_token_cls (&c->toks[k + 1]) & (BYLINE_WORD_MEETING | BYLINE_WORD_FUTURE)))
    return FALSE;
  /* "the farmers' federation": a possessive inside the group */
  if (c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE && k + 1 < c->n && c->toks[k + 1].kind == BYLINE_TOKEN_WORD)
    return FALSE;
  return c->toks[k].kind != BYLINE_TOKEN_WORD || is_one_of (c, k, words) || (byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH);
}

/* "the army chiefs of 31 countries met", "leaders of the five states",
 * "the Indian and Pakistani ministers": a side before the meeting word that
 * counts its people (three or more, not "the two", which are a pair told
 * elsewhere) or names two peoples; cheap, by class and kind first */
static gboolean
counted_side_before (const Ctx *c, guint lo, guint t)
{
  /* a crowd gathers, it does not meet: "several dozen protesters gathered" */
  static const char *const crowds[] = {
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores",
    "protesters", "demonstrators", "people", "residents", "supporters", "troops", "soldiers", "police",
    "refugees", "migrants", "fans", "workers", "students", "pilgrims", "mourners", "worshippers", "crowds",
    "civilians", "villagers", "marchers", "rioters", NULL,
  };
  gboolean counted = FALSE;

  for (guint k = lo; k < t; k++)
    {
      const BylineToken *tok = &c->toks[k];

      if (tok->kind == BYLINE_TOKEN_WORD && !(tok->flags & BYLINE_TOKEN_CAP) && is_one_of (c, k, crowds))
        return FALSE;
      if (counted)
        continue;

      /* "the three leaders met again": the few told before, not a group of its
       * own; but "leaders of the five states", "the 27 member states" */
      if (tok->kind == BYLINE_TOKEN_WORD && k > lo && is_word (c, k - 1, "the")
          && !(k > lo + 1 && (is_word (c, k - 2, "of") || is_word (c, k - 2, "from"))))
        continue;

      if (tok->kind == BYLINE_TOKEN_NUMBER && k + 1 < t && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
          && !(byline_token_cls (&c->toks[k + 1]) & (BYLINE_WORD_MONTH | BYLINE_WORD_TIME_UNIT)))
        counted = TRUE;
      if (tok->kind == BYLINE_TOKEN_WORD && (byline_token_cls (tok) & BYLINE_WORD_NUMBER) && !is_word (c, k, "one")
          && !is_word (c, k, "two") && k + 1 < t && !(byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_TIME_UNIT))
        counted = TRUE;
      if (is_word (c, k, "and") && k > lo && byline_mentions_at (c->mentions, k - 1) != NULL
          && byline_mentions_at (c->mentions, k - 1)->entity->type == BYLINE_ENTITY_NORP
          && byline_mentions_at (c->mentions, k + 1) != NULL
          && byline_mentions_at (c->mentions, k + 1)->entity->type == BYLINE_ENTITY_NORP)
        counted = TRUE;
    }
  return counted;
}

/* "ministers", "leaders", "heads of government": the plural of an office
 * whose holders meet among themselves, ending at token end; its first token,
 * or G_MAXUINT */
static guint
office_before (const Ctx *c, guint lo, guint end)
{
  static const char *const offices[] = {
    "ministers", "leaders", "premiers", "presidents", "governors", "mayors", "chiefs", "envoys",
    "ambassadors", "chancellors", "speakers", NULL,
  };

  if (end <= lo || c->toks[end - 1].kind != BYLINE_TOKEN_WORD)
    return G_MAXUINT;
  /* "heads of government", "heads of state" */
  if (end >= lo + 3 && (is_word (c, end - 1, "government") || is_word (c, end - 1, "state"))
      && is_word (c, end - 2, "of") && is_word (c, end - 3, "heads"))
    return end - 3;
  if (byline_mentions_at (c->mentions, end - 1) != NULL || !is_one_of (c, end - 1, offices))
    return G_MAXUINT;
  return end - 1;
}

/* After a gathering's noun, what tells it is an event: "during", "at", "ahead
 * of" or "the sidelines of" before it, or "in" a place or "to be held" after */
static gboolean
told_as_event (const Ctx *c, guint first, guint end, guint hi)
{
  guint b = first - (first > 0 && (is_word (c, first - 1, "the") || is_word (c, first - 1, "a")
                                   || is_word (c, first - 1, "an")));

  if (b > 0 && (is_word (c, b - 1, "during") || is_word (c, b - 1, "at") || is_word (c, b - 1, "attend")
                || is_word (c, b - 1, "attending") || is_word (c, b - 1, "attended")
                || (is_word (c, b - 1, "of") && b > 1
                    && (is_word (c, b - 2, "sidelines") || is_word (c, b - 2, "margins") || is_word (c, b - 2, "ahead")))))
    return TRUE;
  /* past a short name in brackets: "(CHOGM) to be held in Kigali" */
  if (is_punct (c, end, '(') && end + 2 < hi && is_punct (c, end + 2, ')'))
    end += 3;
  if (is_word (c, end, "in") && end + 1 < hi && byline_mentions_at (c->mentions, end + 1) != NULL
      && byline_mentions_at (c->mentions, end + 1)->entity->type == BYLINE_ENTITY_PLACE)
    return TRUE;
  /* "to be held", "is to be held", "would be held in" */
  if (is_word (c, end, "is") || is_word (c, end, "are"))
    end++;
  if (is_word (c, end, "would") || is_word (c, end, "will") || is_word (c, end, "to"))
    end++;
  return is_word (c, end, "be") && is_word (c, end + 1, "held");
}

/* A gathering named as a body's, with no one else, told as an event (at it,
 * during it, on its sidelines, in a place, to be held): "at a summit of the
 * Visegrad Group (V4) prime ministers" ("Visegrad Group prime ministers"),
 * "a meeting of Libya's neighbours would be held in X", "the informal summit
 * of EU leaders in X", "the Commonwealth Heads of Government Meeting, to be
 * held in X"; its name, or NULL. Not "the G7 summit" alone, which annotators
 * leave as a place. @t is at a meeting word */
static char *
named_gathering (const Ctx *c, guint lo, guint hi, guint t)
{
  const BylineMentionRef *r;

  if (c->toks[t].flags & BYLINE_TOKEN_CAP)
    {
      /* "the Commonwealth Heads of Government Meeting", "the X Summit": an
       * event by its name, told as one */
      if (!(is_word (c, t, "meeting") || is_word (c, t, "summit")))
        return NULL;
      r = byline_mentions_at (c->mentions, t);
      if (r == NULL || r->end_token != t + 1 || r->first_token >= t || r->first_token < lo
          || r->entity->type != BYLINE_ENTITY_ORG || !(is_word (c, t, "meeting") || is_word (c, t, "summit"))
          || !told_as_event (c, r->first_token, r->end_token, hi))
        return NULL;
      return g_strdup (r->entity->name);
    }
  if (!(is_word (c, t, "summit") || is_word (c, t, "meeting") || is_word (c, t, "gathering")))
    return NULL;
  if (!is_word (c, t + 1, "of") || t + 3 >= hi)
    return NULL;
  {
    guint j = t + 2 + is_word (c, t + 2, "the");
    guint end, office;

    r = byline_mentions_at (c->mentions, j);
    if (r == NULL || r->first_token != j)
      return NULL;
    /* "a meeting of Libya's neighbours" */
    if (_byline_meetings_is_country (r->entity) && r->end_token + 1 < hi && apostrophe (c, r->end_token)
        && (is_word (c, r->end_token + 1, "neighbours") || is_word (c, r->end_token + 1, "neighbors")))
      return told_as_event (c, t, r->end_token + 2, hi) ? span_text (c, j, r->end_token + 2) : NULL;
    if (r->entity->type != BYLINE_ENTITY_ORG || (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET))
      return NULL;
    end = r->end_token;
    /* past its short name in brackets: "the Visegrad Group (V4)" */
    if (is_punct (c, end, '(') && end + 2 < hi && is_punct (c, end + 2, ')'))
      end += 3;
    /* the body's office: "prime ministers", "leaders", "heads of state" */
    for (guint e = end + 1; e <= end + 4 && e <= hi; e++)
      if ((office = office_before (c, end, e)) != G_MAXUINT)
        {
          g_autofree char *body = span_text (c, j, r->end_token);
          g_autofree char *holders = NULL;

          for (guint q = end; q < office; q++)
            if (c->toks[q].kind != BYLINE_TOKEN_WORD || byline_mentions_at (c->mentions, q) != NULL
                || (byline_token_cls (&c->toks[q]) & BYLINE_WORD_STOPWORD))
              return NULL;
          if (is_word (c, e, "with") || is_word (c, e, "between") || !told_as_event (c, t, e, hi))
            return NULL;
          holders = span_text (c, end, e);
          return g_strdup_printf ("%s %s", body, holders);
        }
    return NULL;
  }
}

/* "the ECOWAS ministerial council in Abuja", "during the OSCE Ministerial
 * Council": a council of ministers told as an event; its name, or NULL */
static char *
council_meets (const Ctx *c, guint lo, guint hi, guint t)
{
  const BylineMentionRef *r;

  /* (not "the council meeting": the meeting's word is after it) */
  if (!is_word (c, t, "council") || is_word (c, t + 1, "meeting") || is_word (c, t + 1, "meetings"))
    return NULL;
  r = byline_mentions_at (c->mentions, t);
  /* the council's own name, ending at the word */
  if (r != NULL && r->end_token == t + 1 && r->first_token + 1 < t && r->first_token >= lo
      && r->entity->type == BYLINE_ENTITY_ORG && is_word (c, t - 1, "ministerial")
      && told_as_event (c, r->first_token, t + 1, hi))
    return g_strdup (r->entity->name);
  /* a body's name, then "ministerial council" */
  if (r == NULL && t > lo + 1 && is_word (c, t - 1, "ministerial")
      && (r = byline_mentions_at (c->mentions, t - 2)) != NULL && r->end_token == t - 1
      && r->entity->type == BYLINE_ENTITY_ORG && r->first_token >= lo
      && told_as_event (c, r->first_token, t + 1, hi))
    return span_text (c, r->first_token, t + 1);
  return NULL;
}

/* The heads of a body's name whose sessions are meetings of the body alone */
static const char *const body_heads[] = {
  "assembly", "council", "commission", "committee", "conference", "forum", "summit", "group", NULL,
};

/* Does the verb group at @k tell that the body before it meets: "will meet in
 * X", "met on Friday", "is scheduled to meet", "will be held in", "opens in",
 * "will take place", "held its 150th session", "concluded its session"; not
 * "met with X", "met the demands", "opened an inquiry", "said". The token after
 * the verb group in *@end */
static gboolean
body_verb_at (const Ctx *c, guint k, guint hi, guint *end)
{
  static const char *const aux[] = {
    "will", "would", "shall", "is", "was", "are", "were", "to", "be", "been", "due", "expected", "scheduled", "set",
    "slated", "also", "again", "has", "have", "had", "now", "then", "formally", "officially", "later", "first", NULL,
  };
  /* a verb of meeting with no one met: what may follow it */
  static const char *const meets[] = {
    "meet", "met", "meets", "meeting", "convene", "convened", "convenes", "convening", "reconvene", "reconvened",
    "gather", "gathered", "gathers", NULL,
  };
  static const char *const after[] = {
    "in", "at", "on", "for", "to", "during", "behind", "via", "next", "this", "last", "every", "later", "early",
    "twice", "annually", "again", "regularly", "today", "tomorrow", "yesterday", "here", "there", "from", "until",
    "after", "before", "and", NULL,
  };
  static const char *const opens[] = {
    "open", "opens", "opened", "opening", "begin", "begins", "began", "start", "starts", "started", "conclude",
    "concludes", "concluded", "close", "closes", "closed", "end", "ends", "ended", "wrap", "wraps", "wrapped", NULL,
  };
  static const char *const holds[] = { "hold", "holds", "held", "holding", NULL };
  static const char *const sessions[] = {
    "session", "sessions", "meeting", "meetings", "summit", "talks", "deliberations", "work", "proceedings",
    "consultations", "discussions", NULL,
  };
  guint from = k;
  gboolean passive = FALSE, planned = FALSE;

  while (k < hi && k < from + 5 && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
         && is_one_of (c, k, aux))
    {
      passive = passive || is_word (c, k, "be") || is_word (c, k, "was") || is_word (c, k, "were")
                || is_word (c, k, "is") || is_word (c, k, "been");
      planned = planned || is_word (c, k, "scheduled") || is_word (c, k, "slated") || is_word (c, k, "due")
                || is_word (c, k, "set");
      k++;
    }
  if (k >= hi || c->toks[k].kind != BYLINE_TOKEN_WORD || (c->toks[k].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  *end = k + 1;
  /* "scheduled in Addis Ababa", "due in Muscat in February" */
  if (planned && (is_word (c, k, "in") || is_word (c, k, "for")) && byline_mentions_at (c->mentions, k + 1) != NULL
      && byline_mentions_at (c->mentions, k + 1)->entity->type == BYLINE_ENTITY_PLACE)
    return TRUE;
  if (is_one_of (c, k, meets))
    {
      if (is_word (c, k, "meeting") && !(k > from && (is_word (c, k - 1, "is") || is_word (c, k - 1, "are"))))
        return FALSE;
      return k + 1 >= hi || is_punct (c, k + 1, ',') || is_punct (c, k + 1, '.') || is_punct (c, k + 1, ';')
             || (c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
                 && is_one_of (c, k + 1, after) && !_byline_meetings_meets_a_thing (c, k + 1, hi));
    }
  /* "will take place", "took place" */
  if ((is_word (c, k, "take") || is_word (c, k, "takes") || is_word (c, k, "took") || is_word (c, k, "taking"))
      && is_word (c, k + 1, "place"))
    {
      *end = k + 2;
      return TRUE;
    }
  /* "will be held", "was held in" */
  if (passive && is_word (c, k, "held"))
    return TRUE;
  /* "is due to take up the matter on Thursday" */
  if ((is_word (c, k, "take") || is_word (c, k, "takes") || is_word (c, k, "took")) && is_word (c, k + 1, "up")
      && (is_word (c, k + 2, "the") || is_word (c, k + 2, "this"))
      && is_one_of (c, k + 3, (const char *const[]) { "matter", "issue", "situation", "question", "crisis", NULL }))
    {
      *end = k + 4;
      return TRUE;
    }
  /* "opens in Pretoria", "concluded its two-day session", "held its 150th
   * session"; not "opened an inquiry", "held talks with X" */
  if (is_one_of (c, k, opens) || is_one_of (c, k, holds))
    {
      guint j = k + 1;

      if (is_one_of (c, k, opens)
          && (j >= hi || is_punct (c, j, ',') || is_punct (c, j, '.') || is_word (c, j, "in") || is_word (c, j, "on")
              || is_word (c, j, "at") || is_word (c, j, "today") || is_word (c, j, "tomorrow")
              || is_word (c, j, "yesterday") || is_word (c, j, "here")))
        return TRUE;
      /* "held emergency closed consultations on Saturday": no determiner, a
       * modifier or two in lower case */
      if (is_one_of (c, k, holds) && !(is_word (c, j, "its") || is_word (c, j, "a") || is_word (c, j, "an")
                                       || is_word (c, j, "the") || is_word (c, j, "their")))
        for (; j < hi && j < k + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP); j++)
          if (is_word (c, j, "consultations") || is_word (c, j, "deliberations") || is_word (c, j, "discussions"))
            {
              *end = j + 1;
              return !is_word (c, j + 1, "with") && !is_word (c, j + 1, "between");
            }
      if (!(is_word (c, j, "its") || is_word (c, j, "a") || is_word (c, j, "an") || is_word (c, j, "the")
            || is_word (c, j, "their")))
        return FALSE;
      for (j++; j < hi && j < k + 8 && (c->toks[j].kind != BYLINE_TOKEN_PUNCT || is_punct (c, j, '-')); j++)
        if (is_one_of (c, j, sessions))
          {
            *end = j + 1;
            return !is_word (c, j + 1, "with") && !is_word (c, j + 1, "between");
          }
    }
  return FALSE;
}

/* Is the token at @k, or past a date or "later this month", "in" a place? */
static gboolean
in_place_at (const Ctx *c, guint k, guint hi)
{
  const BylineMentionRef *r;

  for (guint j = k; j < hi && j < k + 4; j++)
    {
      r = byline_mentions_at (c->mentions, j);
      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_DATE)
        j = r->end_token - 1;
      else if (!(is_word (c, j, "later") || is_word (c, j, "this") || is_word (c, j, "next") || is_word (c, j, "month")
                 || is_word (c, j, "week") || is_word (c, j, "year")))
        {
          k = j;
          break;
        }
    }
  /* "the G20 summit at a hotel in Nusa Dua", "at the convention centre in X":
   * past the site, in lower case, to its town */
  if (is_word (c, k, "at") && (is_word (c, k + 1, "a") || is_word (c, k + 1, "the") || is_word (c, k + 1, "an")))
    for (guint j = k + 2; j < hi && j < k + 6 && c->toks[j].kind == BYLINE_TOKEN_WORD
                          && !(c->toks[j].flags & BYLINE_TOKEN_CAP); j++)
      if (is_word (c, j, "in"))
        {
          k = j;
          break;
        }
  if (!is_word (c, k, "in") || (r = byline_mentions_at (c->mentions, k + 1)) == NULL || r->first_token != k + 1
      || r->entity->type != BYLINE_ENTITY_PLACE)
    return FALSE;
  /* "the World Economic Forum in Davos said", "... decided": the body, not its
   * session */
  k = r->end_token;
  if (k < hi && c->toks[k].kind == BYLINE_TOKEN_WORD
      && ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH)
          || is_one_of (c, k, (const char *const[]) { "decided", "voted", "adopted", "approved", "condemned", "passed",
                                                       "rejected", "urged", "called", "warned", "ruled", NULL })))
    return FALSE;
  return TRUE;
}

/* A session of a body, or an event by its name, told as a meeting of that body
 * alone: "the GCC Ministerial Council will meet in Riyadh", "the OAS General
 * Assembly will be held in X", "the Agreement Monitoring Committee (CSA), whose
 * next session will be held in Bamako", "the next session of the Joint
 * Consultative Commission is expected to be held in X", "the SADC Council of
 * Ministers met on Thursday", "the BRICS summit in Johannesburg", "would host the
 * X summit at Y"; its name as the text gives it, or NULL, and in *@end the token
 * after what tells it. Not a body that says, decides or condemns, a body as a
 * place ("at the UN"), "on the sidelines of" a summit, "the head of the
 * Council met". Cheap: only at the head of a body's name ("Council", "Summit")
 * or a "summit" just after a name */
static char *
body_gathers (const Ctx *c, guint lo, guint hi, guint t, guint *end, guint *span)
{
  static const char *const ordinals[] = {
    "next", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "annual", "regular", "ordinary", "extraordinary", "emergency", "informal", "special", "upcoming", "plenary",
    "general", "ministerial", NULL,
  };
  const BylineMentionRef *r, *p;
  guint first, name_end, k, b;
  gboolean summit = FALSE, session = FALSE, event, relative = FALSE, told = FALSE;
  guint bracket = 0, organ = 0; /* "the X (ABBR) executive committee": its "(" and plain words */

  if (!(c->toks[t].flags & BYLINE_TOKEN_CAP) && !is_word (c, t, "summit"))
    {
      /* "the Nigeria Football Federation (NFF) executive committee will meet":
       * a body's organ, named by the body and plain words */
      static const char *const organs[] = {
        "executive", "standing", "steering", "central", "permanent", "organising", "organizing", "technical",
        "coordinating", "advisory", "governing", NULL,
      };
      guint j = t;

      if (!(is_word (c, t, "committee") || is_word (c, t, "council") || is_word (c, t, "commission")))
        return NULL;
      while (j > lo && j + 2 > t && c->toks[j - 1].kind == BYLINE_TOKEN_WORD
             && !(c->toks[j - 1].flags & BYLINE_TOKEN_CAP) && is_one_of (c, j - 1, organs))
        j--;
      if (j == t)
        return NULL;
      if (j > lo + 3 && is_punct (c, j - 1, ')') && is_punct (c, j - 3, '('))
        bracket = j - 3;
      r = byline_mentions_at (c->mentions, (bracket != 0 ? bracket : j) - 1);
      if (r == NULL || r->end_token != (bracket != 0 ? bracket : j) || r->first_token < lo
          || r->entity->type != BYLINE_ENTITY_ORG)
        return NULL;
      first = r->first_token;
      name_end = t + 1;
      organ = j;
    }
  else if (!(c->toks[t].flags & BYLINE_TOKEN_CAP))
    {
      /* "the BRICS summit", "the European Political Community summit" */
      if (!is_word (c, t, "summit") || t == lo || (r = byline_mentions_at (c->mentions, t - 1)) == NULL
          || r->end_token != t || r->first_token < lo
          || !(r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_OTHER))
        return NULL;
      summit = TRUE;
      first = r->first_token;
      name_end = t;
    }
  else if (byline_mentions_at (c->mentions, t) == NULL && t > lo + 1 && is_word (c, t, "summit")
           && (c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE || apostrophe (c, t - 1))
           && (r = byline_mentions_at (c->mentions, t - 2)) != NULL
           && r->end_token == t - 1 && r->first_token >= lo
           && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_OTHER))
    {
      /* "the G20 Leaders' Summit": a name with its possessive inside */
      first = r->first_token;
      name_end = t + 1;
    }
  else
    {
      r = byline_mentions_at (c->mentions, t);
      if (r == NULL || r->first_token < lo || r->end_token > hi
          || !(r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_OTHER)
          || !is_one_of (c, t, body_heads))
        return NULL;
      /* (once a name: at its first head) */
      for (guint j = r->first_token; j < t; j++)
        if (is_one_of (c, j, body_heads))
          return NULL;
      first = r->first_token;
      name_end = r->end_token;
    }
  /* "the SADC Council of Ministers", "the OAS General Assembly", "the
   * European Political Community": a name just before, of the same name */
  if (first > lo && (p = byline_mentions_at (c->mentions, first - 1)) != NULL && p->end_token == first
      && p->first_token >= lo
      && (p->entity->type == BYLINE_ENTITY_ORG || p->entity->type == BYLINE_ENTITY_NORP
          || p->entity->type == BYLINE_ENTITY_OTHER
          /* "the Caribbean Development Forum" */
          || (p->entity->type == BYLINE_ENTITY_PLACE
              && (p->first_token == lo || is_word (c, p->first_token - 1, "the"))))
      && c->toks[first].start == byline_token_end (&c->toks[first - 1]) + 1)
    first = p->first_token;
  /* "the Peace and Security Council": a name cut at its "and" */
  if (first > lo + 2 && is_word (c, first - 1, "and") && (c->toks[first - 2].flags & BYLINE_TOKEN_CAP)
      && c->toks[first - 2].kind == BYLINE_TOKEN_WORD && byline_mentions_at (c->mentions, first - 2) == NULL
      && !(byline_token_cls (&c->toks[first - 2]) & BYLINE_WORD_STOPWORD)
      && (first - 2 == lo || is_word (c, first - 3, "the")))
    first -= 2;
  /* "the Association of Southeast Asian Nations (ASEAN) Regional Forum" */
  if (first > lo + 3 && is_punct (c, first - 1, ')') && is_punct (c, first - 3, '(')
      && (p = byline_mentions_at (c->mentions, first - 4)) != NULL && p->end_token == first - 3 && p->first_token >= lo)
    first = p->first_token;
  /* (an assembly in a place is a parliament, but a general assembly meets) */
  event = summit || (is_word (c, t, "assembly") && t > first && is_word (c, t - 1, "general"))
          || is_word (c, t, "summit") || is_word (c, t, "conference") || is_word (c, t, "forum");
  /* before it: "the next session of", "the 152nd session of"; not "on the
   * sidelines of", "the head of" */
  b = first;
  /* (past "the 37th", "the next") */
  while (b > lo && b + 3 > first
         && (c->toks[b - 1].kind == BYLINE_TOKEN_NUMBER || is_one_of (c, b - 1, ordinals)
             || (c->toks[b - 1].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[b - 1]) >= 3
                 && g_ascii_isdigit (c->text[c->toks[b - 1].start]))))
    b--;
  if (b > lo && (is_word (c, b - 1, "the") || is_word (c, b - 1, "a") || is_word (c, b - 1, "an")))
    b--;
  if (b > lo + 1 && is_word (c, b - 1, "of")
      && (is_word (c, b - 2, "session") || is_word (c, b - 2, "meeting") || is_word (c, b - 2, "summit")
          || is_word (c, b - 2, "sessions") || is_word (c, b - 2, "meetings")))
    {
      session = TRUE;
      b -= 2;
      while (b > lo && (c->toks[b - 1].kind == BYLINE_TOKEN_NUMBER || is_one_of (c, b - 1, ordinals)
                        || (c->toks[b - 1].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[b - 1]) >= 3
                            && g_ascii_isdigit (c->text[c->toks[b - 1].start]))))
        b--;
      if (b > lo && (is_word (c, b - 1, "the") || is_word (c, b - 1, "a") || is_word (c, b - 1, "an")))
        b--;
    }
  for (guint j = b > lo + 6 ? b - 6 : lo; j < b; j++)
    if (is_word (c, j, "sidelines") || is_word (c, j, "margins") || is_word (c, j, "margin")
        || is_word (c, j, "sideline"))
      return NULL;
  /* "after an ECOWAS summit in Abuja", "since the last summit": the time of
   * what the sentence tells */
  if (b > lo && (is_word (c, b - 1, "after") || is_word (c, b - 1, "since")))
    return NULL;
  /* "the two leaders agreed to meet at the X summit in Y", "speaking at the
   * World Economic Forum in Davos": where another meeting is, or what one
   * does there */
  if (b > lo && is_word (c, b - 1, "at"))
    return NULL;
  /* "NATO's North Atlantic Council met": past its owner */
  if (b > lo + 1 && c->toks[b - 1].kind == BYLINE_TOKEN_POSSESSIVE
      && (p = byline_mentions_at (c->mentions, b - 2)) != NULL && p->end_token == b - 1 && p->first_token >= lo)
    {
      b = p->first_token;
      if (b > lo && is_word (c, b - 1, "the"))
        b--;
    }
  /* a body that is no subject of its own: "the head of the Council", "the
   * Council's decision" */
  if (!session && b > lo
      && (is_word (c, b - 1, "of") || c->toks[b - 1].kind == BYLINE_TOKEN_POSSESSIVE || apostrophe (c, b - 1))
      /* (but "ahead of the IGAD summit in Djibouti", "on the eve of") */
      && !(is_word (c, b - 1, "of") && b > lo + 1 && (is_word (c, b - 2, "ahead") || is_word (c, b - 2, "eve"))))
    relative = TRUE;
  if (name_end < hi && c->toks[name_end].kind == BYLINE_TOKEN_POSSESSIVE)
    return NULL;
  /* after it: past its short name in brackets, "of foreign ministers" */
  k = summit ? t + 1 : name_end;
  if (is_punct (c, k, '(') && k + 2 < hi && is_punct (c, k + 2, ')'))
    k += 3;
  /* "ahead of the OSCE Permanent Council session on Thursday": its session */
  if (!summit && k == name_end && (is_word (c, k, "session") || is_word (c, k, "meeting"))
      && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
    {
      guint d = k + 1 + is_word (c, k + 1, "on");

      session = TRUE;
      k++;
      if (b > lo + 1 && is_word (c, b - 1, "of") && (is_word (c, b - 2, "ahead") || is_word (c, b - 2, "eve"))
          && (p = byline_mentions_at (c->mentions, d)) != NULL && p->first_token == d
          && p->entity->type == BYLINE_ENTITY_DATE)
        {
          *end = k;
          told = TRUE;
        }
    }
  /* "the SADC Summit of Heads of State and Government": its name goes on */
  if (!summit && name_end == k && is_word (c, k, "of") && k + 1 < hi && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
    {
      guint j = k + 1;

      while (j < hi && j < k + 8 && c->toks[j].kind == BYLINE_TOKEN_WORD
             && ((c->toks[j].flags & BYLINE_TOKEN_CAP) || is_word (c, j, "of") || is_word (c, j, "and"))
             && byline_mentions_at (c->mentions, j) == NULL)
        j++;
      if (c->toks[j - 1].flags & BYLINE_TOKEN_CAP)
        k = name_end = j;
    }
  /* "the Executive Council of foreign ministers" */
  if (!summit && is_word (c, k, "of"))
    for (guint e = k + 2; e < hi && e <= k + 4; e++)
      {
        if (c->toks[e - 1].kind != BYLINE_TOKEN_WORD || (c->toks[e - 1].flags & BYLINE_TOKEN_CAP))
          break;
        if (office_before (c, k + 1, e) != G_MAXUINT)
          {
            k = e;
            break;
          }
      }
  /* ", co-chaired by the two foreign ministers, is expected to be held": past
   * a participle's phrase between commas */
  if (is_punct (c, k, ',') && k + 2 < hi && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
      && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k + 1]) > 4
      && ends_with (c, k + 1, "ed") && is_word (c, k + 2, "by"))
    for (guint j = k + 3; j < hi && j < k + 12; j++)
      if (is_punct (c, j, ','))
        {
          if (!relative && body_verb_at (c, j + 1, hi, end))
            k = j + 1;
          break;
        }
  /* ", whose next session will be held in X", ", which will convene in X" */
  if (told)
    ;
  else if (is_punct (c, k, ',')
           && (is_word (c, k + 1, "which") || is_word (c, k + 1, "whose") || is_word (c, k + 1, "that")))
    {
      guint j = k + 2;

      if (is_word (c, k + 1, "whose"))
        {
          while (j < hi && j < k + 5 && !is_word (c, j, "session") && !is_word (c, j, "meeting")
                 && !is_word (c, j, "summit"))
            j++;
          if (!is_word (c, j, "session") && !is_word (c, j, "meeting") && !is_word (c, j, "summit"))
            return NULL;
          j++;
        }
      told = body_verb_at (c, j, hi, end);
      /* ", which has 15 members, will meet on Saturday": past the relative clause */
      if (!told && !is_word (c, k + 1, "whose"))
        for (guint q = j; q < hi && q < j + 20; q++)
          if (is_punct (c, q, ',') || is_punct (c, q, '.') || is_punct (c, q, ';'))
            {
              if (is_punct (c, q, ','))
                told = body_verb_at (c, q + 1, hi, end);
              break;
            }
    }
  /* ", to be held in X", ", scheduled to be held in X" */
  else if (!relative && is_punct (c, k, ',') && (is_word (c, k + 1, "to") || is_word (c, k + 1, "scheduled")
                                                || is_word (c, k + 1, "due") || is_word (c, k + 1, "slated")))
    told = body_verb_at (c, k + 1, hi, end);
  else if (!relative)
    {
      /* the body opens its clause, or a reported clause ("officials said the
       * European Council will meet"), or one after ", and" (not "Russia and the
       * Council will meet") */
      gboolean opens = b == lo || is_punct (c, b - 1, ',') || is_punct (c, b - 1, 0x2014)
                       || is_one_of (c, b - 1, (const char *const[]) { "when", "after", "before", "as", "while",
                                                                       "once", "until", "where", "that", "but", NULL })
                       || (is_word (c, b - 1, "and") && b > lo + 1 && is_punct (c, b - 2, ','))
                       || (c->toks[b - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[b - 1].flags & BYLINE_TOKEN_CAP)
                           && (byline_token_cls (&c->toks[b - 1]) & BYLINE_WORD_SPEECH));

      if (opens)
        told = body_verb_at (c, k, hi, end);
      /* "the OAS General Assembly later this month in Guatemala City", "the
       * BRICS summit in Johannesburg", "the 152nd session of the X in Riyadh" */
      if (!told && (event || session) && in_place_at (c, k, hi))
        {
          told = TRUE;
          /* (the place is the gathering's own, after its word) */
          *end = t + 1;
        }
      /* "would host the European Political Community summit at Mimi Castle" */
      if (!told && summit && b > lo && b < first && is_word (c, b, "the")
          && is_one_of (c, b - 1, (const char *const[]) { "host", "hosts", "hosted", "hosting", NULL }))
        {
          told = TRUE;
          *end = k;
        }
    }
  if (!told)
    return NULL;
  span[0] = first;
  span[1] = name_end;
  /* a head alone, "the Assembly": the body's full name told before */
  if (name_end == first + 1)
    {
      gsize len = byline_token_len (&c->toks[first]);
      const char *w = c->text + c->toks[first].start;

      for (guint e = 0; e < c->entities->len; e++)
        {
          const BylineEntity *o = c->entities->pdata[e];

          if (o->type == BYLINE_ENTITY_ORG && strncmp (o->name, w, len) == 0 && strncmp (o->name + len, " of ", 4) == 0)
            return g_strdup (o->name);
        }
    }
  if (organ != 0)
    {
      g_autofree char *body = span_text (c, first, bracket != 0 ? bracket : organ);
      g_autofree char *rest = span_text (c, organ, name_end);

      return g_strdup_printf ("%s %s", body, rest);
    }
  return span_text (c, first, name_end);
}

/* "Andean trade ministers gather in Quito", "when forum foreign ministers
 * meet", "the last time first ministers met", "the Mercosur foreign
 * ministers' retreat", "leaders of the Andean Community gathered": a group
 * named by its body and office that meets among itself, with no one else;
 * its name as the text gives it ("leaders of the Andean Community"), or
 * NULL. Cheap: only at a meeting word, by the words just
 * before it */
static char *
group_meets_itself (const Ctx *c, guint lo, guint hi, guint t)
{
  /* the portfolio of an office: no name, but part of the group's */
  static const char *const portfolios[] = {
    "foreign", "defence", "defense", "finance", "trade", "health", "energy", "interior", "economy",
    "agriculture", "environment", "justice", "education", "transport", "labour", "labor", "culture",
    "climate", "fisheries", "deputy", "senior", NULL,
  };
  /* a body with no name: "forum leaders", "opposition leaders" */
  static const char *const bodies[] = {
    "first", "forum", "bloc", "alliance", "coalition", "opposition", "cabinet", "regional", NULL,
  };
  /* what a group's clause may open with */
  static const char *const openers[] = {
    "when", "where", "as", "after", "before", "until", "while", "once", "time", "that", "if", NULL,
  };
  /* a verb of meeting among themselves, and what may follow it: no one met */
  static const char *const verbs[] = {
    "met", "meet", "meets", "gather", "gathered", "gathers", "convene", "convened", "convenes", "sat", "sit",
    "meeting", NULL,
  };
  static const char *const after[] = {
    "in", "at", "on", "for", "to", "during", "behind", "via", "next", "this", "last", "every", "later",
    "early", "twice", "annually", "once", "again", "regularly", "together", NULL,
  };
  static const char *const nouns[] = {
    "meeting", "summit", "retreat", "talks", "conference", "session", "gathering", NULL,
  };
  static const char *const aux[] = {
    "will", "would", "to", "are", "were", "have", "had", "also", "expected", "due", "scheduled", "set",
    "be", "again", "last", "regularly", "usually", "normally", "often", NULL,
  };
  guint end, office, first, name_end = 0;
  gboolean named = FALSE, noun = TRUE;

  if (c->toks[t].kind != BYLINE_TOKEN_WORD || t <= lo)
    return NULL;
  if ((is_punct (c, t - 1, '\'') || is_punct (c, t - 1, 0x2019) || c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE)
      && is_one_of (c, t, nouns))
    {
      /* "the Mercosur foreign ministers' retreat"; but "held a Foreign Ministers'
       * Meeting with X" is X's */
      if (is_word (c, t + 1, "with") || is_word (c, t + 1, "between"))
        return NULL;
      end = t - 1;
    }
  /* "the Pacific Islands Forum Leaders Meeting", "an APEC leaders summit" */
  else if (is_one_of (c, t, nouns) && office_before (c, lo, t) != G_MAXUINT)
    {
      if (is_word (c, t + 1, "with") || is_word (c, t + 1, "between"))
        return NULL;
      end = t;
    }
  else if (is_one_of (c, t, verbs))
    {
      guint k = t + 1;

      if (is_word (c, t, "meeting") && !(t > lo && (is_word (c, t - 1, "were") || is_word (c, t - 1, "are"))))
        return NULL;
      if (is_word (c, t, "sat") || is_word (c, t, "sit"))
        {
          if (!is_word (c, k, "down"))
            return NULL;
          k++;
        }
      /* no one met: the clause goes on to a place, a time or an end */
      if (k < hi && c->toks[k].kind == BYLINE_TOKEN_WORD && !is_one_of (c, k, after))
        return NULL;
      if (k < hi && c->toks[k].kind != BYLINE_TOKEN_WORD && !is_punct (c, k, ',') && !is_punct (c, k, '.')
          && !is_punct (c, k, ';'))
        return NULL;
      end = t;
      noun = FALSE;
      while (end > lo && is_one_of (c, end - 1, aux))
        end--;
    }
  else
    return NULL;
  /* "leaders of the Andean Community": the body after the office; "ministers of
   * the X Commission member states": its members */
  {
    guint body_end = end;
    const BylineMentionRef *r;

    if (end > lo + 2 && (is_word (c, end - 1, "states") || is_word (c, end - 1, "countries"))
        && is_word (c, end - 2, "member"))
      body_end = end - 2;
    r = body_end > lo ? byline_mentions_at (c->mentions, body_end - 1) : NULL;
    if (r != NULL && r->end_token == body_end && r->first_token > lo + 1
        && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PLACE))
      {
        guint of = r->first_token - 1 - is_word (c, r->first_token - 1, "the");

        if (of > lo && is_word (c, of, "of") && office_before (c, lo, of) != G_MAXUINT)
          {
            name_end = end;
            named = TRUE;
            end = of;
          }
      }
  }
  if ((office = office_before (c, lo, end)) == G_MAXUINT)
    return NULL;
  first = office;
  /* the words before the office: portfolios, a body, a name */
  while (first > lo && first + 5 > office)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, first - 1);
      const BylineToken *tok = &c->toks[first - 1];

      if (r != NULL && r->end_token == first
          && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_NORP
              || r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_OTHER))
        {
          first = r->first_token;
          named = TRUE;
        }
      /* ("Foreign Ministers": a portfolio, capitalised or not, is no name) */
      else if (r == NULL && tok->kind == BYLINE_TOKEN_WORD && is_one_of (c, first - 1, portfolios))
        first--;
      /* (a capital of its own, not the sentence's: "Foreign ministers met") */
      else if (r == NULL && tok->kind == BYLINE_TOKEN_WORD && (tok->flags & BYLINE_TOKEN_CAP)
               && !(tok->flags & BYLINE_TOKEN_SENT_START) && !(byline_token_cls (tok) & BYLINE_WORD_STOPWORD))
        {
          first--;
          named = TRUE;
        }
      else if (r == NULL && tok->kind == BYLINE_TOKEN_WORD && is_one_of (c, first - 1, bodies))
        {
          first--;
          named = TRUE;
        }
      else
        break;
    }
  if (!named)
    return NULL;
  /* the group opens its clause: not "their foreign ministers", "the two leaders" */
  {
    guint b = first;

    if (b > lo && is_word (c, b - 1, "the"))
      b--;
    if (!(b == lo || is_punct (c, b - 1, ',') || is_punct (c, b - 1, 0x2014) || is_one_of (c, b - 1, openers)
          || (b == first && (is_word (c, b - 1, "a") || is_word (c, b - 1, "an")) && noun)
          || (b < first && noun)))
      return NULL;
  }
  /* "the foreign ministers of the Lublin Triangle": as the text names them */
  if (name_end > 0)
    return span_text (c, first, name_end);
  return span_text (c, first, end);
}

/* The sides of a meeting word with no names: the noun group just before it
 * ("Officials held a meeting", "the two leaders met"), and those after it
 * ("met with union leaders", "between the rebels and the government") */
/* "ministers", "leaders", "envoys": the plural of an office */
static gboolean
plural_role (const Ctx *c, guint k)
{
  gsize len = byline_token_len (&c->toks[k]);
  g_autofree char *one = NULL;

  if (_byline_meetings_role_word (c, k) || is_word (c, k, "leaders") || is_word (c, k, "officials")
      || is_word (c, k, "delegates"))
    return TRUE;
  if (len < 4 || len > 40)
    return FALSE;
  one = g_ascii_strdown (c->text + c->toks[k].start, len - 1);
  return (byline_lexicon_word_class (c->lex, one) & BYLINE_WORD_ROLE) != 0;
}


/* The two countries, and no other, that the sentence of @k or the one before
 * names before @k, added to @m as its sides; FALSE when not two */
static gboolean
two_lands_before (const Ctx *c, guint k, BylineMeeting *m)
{
  guint s = sentence_of (c->doc, c->toks[k].start);
  guint from = g_array_index (c->doc->sentences, BylineSentence, s > 0 ? s - 1 : s).first_token;
  const BylineEntity *two[3] = { NULL, NULL, NULL };
  guint n = 0;

  for (guint j = byline_mentions_lower_bound (c->mentions, from); j < c->mentions->len && n < 3; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);

      if (r->first_token >= k)
        break;
      if (_byline_meetings_is_country (r->entity) && r->entity != two[0] && r->entity != two[1])
        two[n++] = r->entity;
    }
  if (n != 2)
    return FALSE;
  for (guint q = 0; q < 2; q++)
    _byline_meetings_add_participant (m, two[q], g_strdup (two[q]->name));
  return TRUE;
}

static void
sides (const Ctx *c, guint lo, guint hi, guint t, BylineMeeting *m)
{
  guint k = t;
  guint subject_title = 0, subject_end = 0;

  /* "A mediator brought the two sides together": the ones brought, and who
   * brought them when named */
  if (is_word (c, t, "together"))
    for (guint b = t; b > lo && b + 6 > t; b--)
      if (is_word (c, b - 1, "brought") || is_word (c, b - 1, "bring") || is_word (c, b - 1, "brings")
          || is_word (c, b - 1, "bringing"))
        {
          guint from = b + is_word (c, b, "the");

          for (guint q = lo; q + 1 < b; q++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

              if (r != NULL && r->first_token == q && r->entity->type == BYLINE_ENTITY_PERSON)
                {
                  _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
                  break;
                }
            }
          if (from < t)
            _byline_meetings_add_participant (m, NULL, span_text (c, from, t));
          return;
        }
  /* "Meeting in Brussels, EU leaders agreed", "Gathered in Rome, NATO ministers
   * approved": the participle opens the sentence, and the main clause's group
   * met among itself */
  if ((t == lo || (t > lo && byline_span_contains (&c->doc->wire, c->toks[t - 1].start)))
      && c->toks[t].kind == BYLINE_TOKEN_WORD)
    for (guint j = t + 1; j + 1 < hi && j < t + 18; j++)
      if (is_punct (c, j, ','))
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j + 1);
          guint g;

          if (r != NULL && r->first_token == j + 1 && r->entity->type == BYLINE_ENTITY_ORG
              && (g = _byline_meetings_org_group_end (c, r, hi)) != 0)
            {
              _byline_meetings_add_participant (m, r->entity, _byline_meetings_org_group_name (c, r, g));
              return;
            }
          /* "Meeting on the margins of the forum, the two ministers discussed ...":
           * the pair named before */
          if ((is_word (c, j + 1, "the") && (is_word (c, j + 2, "two") || is_word (c, j + 2, "three")))
              || is_word (c, j + 1, "both"))
            {
              guint noun = is_word (c, j + 1, "both") ? j + 2 : j + 3;
              BylineDescribed pair;

              if (noun < hi && c->toks[noun].kind == BYLINE_TOKEN_WORD)
                {
                  _byline_meetings_earlier_pair (c, noun, hi, &pair);
                  if (pair.n > 0)
                    {
                      _byline_meetings_add_described (m, &pair);
                      return;
                    }
                  /* or the two the sentence before joins: "A and her counterpart B agreed" */
                  if (lo > 0 && is_word (c, j + 2, "two"))
                    {
                      const BylineMentionRef *a = NULL, *b = NULL;
                      guint k0 = lo;

                      while (k0 > 0 && !(c->toks[k0 - 1].flags & BYLINE_TOKEN_SENT_START) && k0 + 80 > lo)
                        k0--;
                      if (k0 > 0)
                        k0--;
                      for (guint q = k0; q < lo && b == NULL; q++)
                        {
                          const BylineMentionRef *pr = byline_mentions_at (c->mentions, q);

                          if (pr == NULL || pr->first_token != q || pr->entity->type != BYLINE_ENTITY_PERSON)
                            continue;
                          if (a == NULL)
                            a = pr;
                          else if (pr->entity != a->entity)
                            {
                              gboolean joined = FALSE;

                              for (guint w = a->end_token; w < pr->first_token && !joined; w++)
                                joined = is_word (c, w, "and");
                              if (joined && pr->first_token < a->end_token + 10)
                                b = pr;
                              else
                                break;
                            }
                          q = pr->end_token - 1;
                        }
                      if (b != NULL)
                        {
                          _byline_meetings_add_participant (m, a->entity, g_strdup (a->entity->name));
                          _byline_meetings_add_participant (m, b->entity, g_strdup (b->entity->name));
                          return;
                        }
                    }
                }
            }
          /* "Andean trade ministers": a people's adjective, plain words, a plural */
          if (r != NULL && r->first_token == j + 1 && r->entity->type == BYLINE_ENTITY_NORP)
            {
              for (guint e = r->end_token; e < hi && e < r->end_token + 3 && c->toks[e].kind == BYLINE_TOKEN_WORD
                                             && !(c->toks[e].flags & BYLINE_TOKEN_CAP)
                                             && byline_mentions_at (c->mentions, e) == NULL && !boundary (c, e); e++)
                if (ends_with (c, e, "s") && plural_role (c, e))
                  {
                    _byline_meetings_add_participant (m, NULL, span_text (c, j + 1, e + 1));
                    return;
                  }
            }
          break;
        }
  /* "Russia and Ukraine held a new round of talks", "held their first strategic
   * dialogue", "have held several rounds of secret talks": back to the verb past
   * the noun's own words */
  for (guint j = k; j > lo + 1 && j + 7 > k; j--)
    {
      if (is_hold (c, j - 1) || is_word (c, j - 1, "had"))
        {
          k = j;
          break;
        }
      if (c->toks[j - 1].kind != BYLINE_TOKEN_WORD || (c->toks[j - 1].flags & BYLINE_TOKEN_CAP)
          || byline_mentions_at (c->mentions, j - 1) != NULL
          || (boundary (c, j - 1) && !(is_word (c, j - 1, "of") && j > 1
                                       && (is_word (c, j - 2, "round") || is_word (c, j - 2, "rounds")
                                           || is_word (c, j - 2, "series")))))
        break;
    }
  /* before: past "held a", "will", "have", "also" */
  while (k > lo && (is_word (c, k - 1, "a") || is_word (c, k - 1, "an") || is_word (c, k - 1, "held")
                    || is_word (c, k - 1, "hold") || is_word (c, k - 1, "holding") || is_word (c, k - 1, "had")
                    || is_word (c, k - 1, "will") || is_word (c, k - 1, "would") || is_word (c, k - 1, "have")
                    || is_word (c, k - 1, "has") || is_word (c, k - 1, "also") || is_word (c, k - 1, "again")
                    || is_word (c, k - 1, "last") || is_word (c, k - 1, "previously")
                    || is_word (c, k - 1, "to") || is_word (c, k - 1, "first") || is_word (c, k - 1, "finally")
                    || is_word (c, k - 1, "are") || is_word (c, k - 1, "were") || is_word (c, k - 1, "due")
                    || is_word (c, k - 1, "expected") || is_word (c, k - 1, "set") || is_word (c, k - 1, "been")
                    || is_word (c, k - 1, "is") || is_word (c, k - 1, "was") || is_word (c, k - 1, "be")
                    /* "will continue to meet", "plan to meet", "are scheduled to meet" */
                    || is_word (c, k - 1, "continue") || is_word (c, k - 1, "plan") || is_word (c, k - 1, "scheduled")
                    || is_word (c, k - 1, "likely") || is_word (c, k - 1, "soon")
                    /* "the two sides would probably meet", "could meet" */
                    || is_word (c, k - 1, "could") || is_word (c, k - 1, "may") || is_word (c, k - 1, "might")
                    || is_word (c, k - 1, "should") || is_word (c, k - 1, "shall") || is_word (c, k - 1, "probably")
                    || is_word (c, k - 1, "possibly")
                    /* "finally got together" */
                    || (is_word (c, t, "together")
                        && (is_word (c, k - 1, "got") || is_word (c, k - 1, "get") || is_word (c, k - 1, "gets")
                            || is_word (c, k - 1, "getting") || is_word (c, k - 1, "finally")))
                    /* "had a private meeting", "held an unscheduled meeting": an adjective */
                    || (k > lo + 1 && (is_word (c, k - 2, "a") || is_word (c, k - 2, "an"))
                        && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
                        && !boundary (c, k - 1))
                    /* "the Queen granted an audience", "paid a courtesy call" */
                    || (is_word (c, t, "reception")
                        && (is_word (c, k - 1, "joint") || is_word (c, k - 1, "gave") || is_word (c, k - 1, "hosted")
                            || is_word (c, k - 1, "offered") || is_word (c, k - 1, "threw")))
                    || ((is_word (c, t, "audience") || is_word (c, t, "call"))
                        && (is_word (c, k - 1, "granted") || is_word (c, k - 1, "gave") || is_word (c, k - 1, "given")
                            || is_word (c, k - 1, "paid") || is_word (c, k - 1, "courtesy")))))
    k--;
  /* "Caribbean foreign ministers, many of whose countries depend on its oil,
   * met among themselves": the subject before its relative clause */
  if (k > lo + 3 && is_punct (c, k - 1, ','))
    for (guint j = k - 2; j > lo && j + 24 > k; j--)
      {
        if (is_punct (c, j, '.') || is_punct (c, j, ';'))
          break;
        if (is_punct (c, j, ',')
            && (is_word (c, j + 1, "who") || is_word (c, j + 1, "whose")
                || (is_one_of (c, j + 1, (const char *const[]) { "many", "some", "most", "all", "several", "both",
                                                                  "each", "none", NULL })
                    && is_word (c, j + 2, "of"))))
          {
            k = j;
            break;
          }
      }
  /* "the two leaders agreed at their summit": the sides are the subject of the
   * verb before "at their", "during their", "after their" */
  if (k > lo + 3 && is_word (c, k - 1, "their")
      && (is_word (c, k - 2, "at") || is_word (c, k - 2, "during") || is_word (c, k - 2, "after"))
      && c->toks[k - 3].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 3].flags & BYLINE_TOKEN_CAP)
      && !is_punct (c, k - 4, ',')
      /* the meeting's own noun, not a noun's modifier ("at their meeting point") */
      && (t + 1 >= hi || c->toks[t + 1].kind == BYLINE_TOKEN_PUNCT || byline_token_has (&c->toks[t + 1], BYLINE_WORD_STOPWORD)))
    k -= 3;
  /* "leaders of the Community opened their summit", "the ministers wrapped up
   * their talks": the subject of the verb before "their" */
  else if (k > lo + 2 && is_word (c, k - 1, "their")
           && (is_word (c, k - 2, "opened") || is_word (c, k - 2, "began") || is_word (c, k - 2, "started")
               || is_word (c, k - 2, "concluded") || is_word (c, k - 2, "ended") || is_word (c, k - 2, "closed")
               || is_word (c, k - 2, "resumed") || is_word (c, k - 2, "continued") || is_word (c, k - 2, "open")
               || is_word (c, k - 2, "begin") || is_word (c, k - 2, "start") || is_word (c, k - 2, "conclude")
               || is_word (c, k - 2, "resume")))
    k -= 2;
  /* "ministers and executives from Spain, Portugal and Iceland met": the countries */
  for (guint f = lo; f + 1 < k; f++)
    if (is_word (c, f, "from") || is_word (c, f, "of"))
      {
        guint j = f + 1 + is_word (c, f + 1, "the");
        guint n = 0;
        const BylineMentionRef *list[16];

        for (;;)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

            if (r == NULL || r->first_token != j || !_byline_meetings_is_country (r->entity) || n == G_N_ELEMENTS (list))
              break;
            list[n++] = r;
            j = r->end_token;
            if (is_punct (c, j, ','))
              j++;
            if (is_word (c, j, "and"))
              j++;
          }
        if (n > 0 && j == k)
          {
            for (guint i = 0; i < n; i++)
              _byline_meetings_add_participant (m, list[i]->entity, _byline_meetings_mention_name (c, list[i]));
            break;
          }
      }
  /* "the Indian and Bangladeshi water ministers met": one of each people */
  if (k > lo + 3 && m->participants->len == 0 && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && ends_with (c, k - 1, "s")
      && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    {
      guint r0 = k - 1;
      const BylineMentionRef *b, *a;

      while (r0 > lo && r0 + 4 > k && c->toks[r0 - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[r0 - 1].flags & BYLINE_TOKEN_CAP)
             && !boundary (c, r0 - 1))
        r0--;
      b = byline_mentions_at (c->mentions, r0 - 1);
      /* (a people or a land's name before the noun: "U.S. and Japanese officials") */
      if (b != NULL && b->end_token == r0 && (b->entity->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (b->entity))
          && b->first_token > lo + 1 && is_word (c, b->first_token - 1, "and")
          && (a = byline_mentions_at (c->mentions, b->first_token - 2)) != NULL && a->end_token == b->first_token - 1
          && (a->entity->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (a->entity)))
        {
          guint f = a->first_token - (a->first_token > lo && (is_word (c, a->first_token - 1, "the")
                                                               || is_word (c, a->first_token - 1, "both")));

          if (f == lo || is_punct (c, f - 1, ',') || byline_span_contains (&c->doc->wire, c->toks[f - 1].start))
            {
              g_autofree char *rest = span_text (c, r0, k);
              gsize len = strlen (rest);

              /* the one of each who holds an office: "ministers", "secretaries"; but
               * "officials", "negotiators" are each people's many */
              if (!(is_word (c, k - 1, "ministers") || is_word (c, k - 1, "secretaries")
                    || is_word (c, k - 1, "presidents") || is_word (c, k - 1, "premiers")
                    || is_word (c, k - 1, "ambassadors") || is_word (c, k - 1, "envoys")
                    || is_word (c, k - 1, "speakers") || is_word (c, k - 1, "leaders")
                    || is_word (c, k - 1, "chancellors") || is_word (c, k - 1, "chiefs")
                    || is_word (c, k - 1, "governors") || is_word (c, k - 1, "mayors")))
                ;
              else if (len > 3 && g_str_has_suffix (rest, "ies"))
                {
                  rest[len - 3] = 'y';
                  rest[len - 2] = '\0';
                }
              else if (len > 1)
                rest[len - 1] = '\0';
              for (guint i = 0; i < 2; i++)
                {
                  const BylineMentionRef *p = i == 0 ? a : b;
                  g_autofree char *people = span_text (c, p->first_token, p->end_token);

                  _byline_meetings_add_participant (m, NULL, g_strdup_printf ("%s %s", people, rest));
                }
              subject_title = r0;
              subject_end = k;
            }
        }
    }
  /* "EU foreign ministers will discuss it when they meet": "they" are the
   * group that opens the sentence */
  if (k > lo + 3 && m->participants->len == 0 && is_word (c, k - 1, "they")
      && (is_word (c, k - 2, "when") || is_word (c, k - 2, "after") || is_word (c, k - 2, "before")
          || is_word (c, k - 2, "until") || is_word (c, k - 2, "once")))
    {
      guint end = lo;

      while (end < k - 2 && end < lo + 8 && !boundary (c, end))
        end++;
      if (end > lo && end < k - 2)
        {
          char *group = noun_group (c, lo, end);

          if (group != NULL)
            _byline_meetings_add_participant (m, NULL, group);
        }
    }
  /* "Ramos and Tan met", "Ramos and Tan held a one-on-one": two names that open
   * the clause, whatever their kind */
  if (k > lo + 2 && m->participants->len == 0)
    {
      const BylineMentionRef *b = byline_mentions_at (c->mentions, k - 1), *a = NULL;

      if (b != NULL && b->end_token == k && b->first_token > lo + 1 && is_word (c, b->first_token - 1, "and")
          && (a = byline_mentions_at (c->mentions, b->first_token - 2)) != NULL && a->end_token == b->first_token - 1
          && (a->first_token == lo || is_punct (c, a->first_token - 1, ',')
              /* "The United States and Cuba have held" */
              || (a->first_token == lo + 1 && is_word (c, lo, "the")))
          && a->entity->type != BYLINE_ENTITY_DATE && b->entity->type != BYLINE_ENTITY_DATE
          && a->entity->type != BYLINE_ENTITY_NORP && b->entity->type != BYLINE_ENTITY_NORP)
        {
          _byline_meetings_add_participant (m, a->entity, _byline_meetings_mention_name (c, a));
          _byline_meetings_add_participant (m, b->entity, _byline_meetings_mention_name (c, b));
        }
    }
  /* "a report by an IMF commission which visited Yugoslavia": the group the
   * relative clause tells of */
  if (k > lo + 2 && m->participants->len == 0 && (is_word (c, k - 1, "which") || is_word (c, k - 1, "who"))
      && !is_punct (c, k - 2, ','))
    {
      guint end = k - 1, first = end;
      char *group;

      while (first > lo && first + 5 > end && !boundary (c, first - 1))
        first--;
      /* (people: a plural, or a body sent: "commission", "mission", "team") */
      if (first < end && c->toks[end - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[end - 1].flags & BYLINE_TOKEN_CAP)
          && (ends_with (c, end - 1, "s")
              || is_one_of (c, end - 1, (const char *const[]) { "commission", "mission", "team", "delegation", "committee",
                                                                 "panel", "group", NULL }))
          && (group = noun_group (c, first, end)) != NULL)
        _byline_meetings_add_participant (m, NULL, group);
    }
  /* (not "Many left the session": a meeting's noun after its article has no
   * subject right before it) */
  if (k > lo && m->participants->len == 0
      && !(is_word (c, k - 1, "the") || is_word (c, k - 1, "this") || is_word (c, k - 1, "that")))
    {
      guint end = k, first = k;
      g_autofree char *group = NULL;

      /* "foreign ministers from the Arab League"; "the leaders of the EU and of
       * the Western Balkans", "heads of state and government of the bloc": one
       * group, its "and" inside it */
      while (first > lo && first + 14 > end
             && (!boundary (c, first - 1) || ((is_word (c, first - 1, "of") || is_word (c, first - 1, "from")
                                               /* "lawyers for the two companies" */
                                               || (is_word (c, first - 1, "for") && first > lo + 1
                                                   && plural_before_for (c, first - 2)))
                                              && first - 1 > lo
                                              && (!boundary (c, first - 2)
                                                  || (is_word (c, first - 2, "and") && first - 2 > lo + 2
                                                      && of_group_before (c, lo, first - 2))))
                 || (is_word (c, first - 1, "and") && first - 1 > lo + 2 && of_group_before (c, lo, first - 1)
                     && (is_word (c, first, "of") || is_word (c, first, "the")
                         || (is_word (c, first - 2, "state") && is_word (c, first, "government"))))))
        first--;
      /* "outside the resort where regional leaders were meeting"; "GENEVA
       * (Agency) - Negotiators met": the wire dateline is no part of it */
      /* (not a preposition's phrase, "Throughout the G-7 meeting", nor one
       * word shaped as an adjective before the noun, "Technical meetings",
       * "Informal talks") */
      if (is_one_of (c, first, (const char *const[]) { "throughout", "during", "after", "before", "at", "in", "on",
                                                        "following", "despite", "amid", "since", "until", NULL })
          || (end == first + 1 && k == t && byline_mentions_at (c->mentions, first) == NULL
              /* nor the topic, "debt negotiations", "trade talks": one word, in
               * the singular */
              && ((!(c->toks[first].flags & BYLINE_TOKEN_CAP) && !ends_with (c, first, "s")
                   && _byline_meetings_nominal_trigger (c, t))
                  || ends_with (c, first, "al") || ends_with (c, first, "ic") || ends_with (c, first, "ive")
                  || ends_with (c, first, "ary") || ends_with (c, first, "ory") || ends_with (c, first, "ous")
                  || ends_with (c, first, "ed") || ends_with (c, first, "ful"))))
        ;
      else if (first == lo || is_punct (c, first - 1, ',') || is_word (c, first - 1, "where") || is_word (c, first - 1, "that")
          || byline_span_contains (&c->doc->wire, c->toks[first - 1].start))
        group = noun_group (c, first, end);
      /* "Union leaders and management met", "the unions and the employers met":
       * two groups, each a side */
      else if (first > lo + 1 && is_word (c, first - 1, "and"))
        {
          guint first2 = first - 1;

          while (first2 > lo && first2 + 8 > first && !boundary (c, first2 - 1))
            first2--;
          if (first2 < first - 1 && (first2 == lo || is_punct (c, first2 - 1, ',')
                                     || byline_span_contains (&c->doc->wire, c->toks[first2 - 1].start)))
            {
              g_autofree char *one = noun_group (c, first2, first - 1);
              g_autofree char *two = noun_group (c, first, end);

              if (one != NULL && two != NULL)
                {
                  _byline_meetings_add_participant (m, NULL, g_steal_pointer (&one));
                  _byline_meetings_add_participant (m, NULL, g_steal_pointer (&two));
                }
            }
        }
      if (group != NULL)
        {
          /* the title of "Peru's trade minister", "the Indian foreign minister":
           * the plain words after the owner or the people */
          guint j = first;

          while (j < end && !(c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE
                              || (byline_mentions_at (c->mentions, j) != NULL
                                  && byline_mentions_at (c->mentions, j)->end_token == j + 1
                                  && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_NORP)))
            j++;
          if (j + 1 < end && j + 4 >= end && (byline_token_cls (&c->toks[end - 1]) & BYLINE_WORD_ROLE))
            {
              subject_title = j + 1;
              subject_end = end;
            }
          /* "Japan asked for emergency talks with the United States ... The two
           * sides will meet next week": the two lands told just before */
          if (end == first + 3 && is_word (c, first, "the") && is_word (c, first + 1, "two")
              && is_word (c, first + 2, "sides") && two_lands_before (c, first, m))
            g_clear_pointer (&group, g_free);
          else
            _byline_meetings_add_participant (m, NULL, g_steal_pointer (&group));
        }
    }
  /* "With the OPEC meeting in Vienna ahead, traders ...", "during the G-5
   * annual meeting": the body whose meeting it is, after its article, is its
   * side when the clause names no other */
  if (m->participants->len == 0 && _byline_meetings_nominal_trigger (c, t))
    {
      guint j = t;
      const BylineMentionRef *r;

      while (j > lo && j + 3 > t
             && is_one_of (c, j - 1, (const char *const[]) { "annual", "regional", "ministerial", "emergency",
                                                              "extraordinary", "special", "interim", NULL }))
        j--;
      /* "the Group of Seven (G-7) meeting": the name before its short form */
      if (j > lo + 2 && is_punct (c, j - 1, ')'))
        for (guint p = j - 1; p > lo && p + 5 > j; p--)
          if (is_punct (c, p - 1, '('))
            {
              j = p - 1;
              break;
            }
      r = j > lo ? byline_mentions_at (c->mentions, j - 1) : NULL;
      if (r != NULL && r->end_token == j && r->entity->type == BYLINE_ENTITY_ORG && r->first_token > lo
          && is_word (c, r->first_token - 1, "the"))
        {
          const BylineEntity *who;

          _byline_meetings_add_participant (m, r->entity, _byline_meetings_mention_name (c, r));
          /* "He told the IADB annual meeting that ...": the one who spoke at it */
          if ((who = _byline_meetings_speaker_at_gathering (
                   c, lo, r->first_token - 2,
                   g_array_index (c->clauses, BylineClause, sentence_of (c->doc, c->toks[lo].start)).topic))
              != NULL)
            _byline_meetings_add_participant (m, who, g_strdup (who->name));
        }
    }
  /* "After the talks, the two delegations issued ...": the main clause's subject */
  if (m->participants->len == 0)
    for (guint f = t + 1; f + 2 < hi && f < t + 8; f++)
      if (is_punct (c, f, ','))
        {
          guint e = f + 1;
          g_autofree char *group = NULL;

          /* up to the verb: a word of the past or the future, or one in -ed */
          while (e < hi && e < f + 7 && !boundary (c, e) && !(byline_token_cls (&c->toks[e]) & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE))
                 && !(byline_token_len (&c->toks[e]) > 3 && !(c->toks[e].flags & BYLINE_TOKEN_CAP)
                      && ends_with (c, e, "ed")))
            e++;
          if (e < hi && e > f + 1 && t > lo && (is_word (c, lo, "after") || is_word (c, lo, "during")
                                              || is_word (c, lo, "before") || is_word (c, lo, "at")))
            group = noun_group (c, f + 1, e);
          if (group != NULL)
            _byline_meetings_add_participant (m, NULL, g_steal_pointer (&group));
          break;
        }
  /* after: "with X", "between X and Y", "of X and Y", or the object of "met" */
  k = t + 1;
  if (is_word (c, k, "down"))
    k++;
  /* "have met frequently since the war", "met regularly with X": a manner, no side */
  while (k < hi && k < t + 3 && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
         && byline_token_len (&c->toks[k]) > 4 && ends_with (c, k, "ly"))
    k++;
  if (is_word (c, k, "with") || is_word (c, k, "between") || is_word (c, k, "of"))
    k++;
  /* "granted an audience to the new envoys", "a courtesy call on the governor" */
  else if ((is_word (c, t, "audience") && is_word (c, k, "to")) || (is_word (c, t, "call") && is_word (c, k, "on"))
           || (is_word (c, t, "reception") && is_word (c, k, "for")))
    k++;
  /* "hosted a dinner for visiting leaders" */
  else if ((is_word (c, k, "a") || is_word (c, k, "an"))
           && (is_word (c, k + 1, "dinner") || is_word (c, k + 1, "lunch") || is_word (c, k + 1, "reception")
               || is_word (c, k + 1, "banquet") || is_word (c, k + 1, "breakfast"))
           && is_word (c, k + 2, "for"))
    k += 3 + is_word (c, k + 3, "visiting");
  else if (!(is_word (c, t, "met") || is_word (c, t, "meet") || is_word (c, t, "meets") || is_word (c, t, "hosted")
             || is_word (c, t, "host") || is_word (c, t, "hosts") || is_word (c, t, "visited")))
    return;
  /* "met among themselves", "met each other": no other side */
  if ((is_word (c, k, "among") || is_word (c, k, "amongst"))
      || (m->participants->len > 0
          && ((is_word (c, k, "each") && is_word (c, k + 1, "other")) || (is_word (c, k, "one") && is_word (c, k + 1, "another")))))
    return;
  /* "with Russian, Ukrainian and UN delegations": the land or the body each
   * delegation is of */
  {
    const BylineMentionRef *list[8];
    guint j = k, n = 0;

    /* (past "host a four-way meeting with") */
    for (guint q = k + 1; q < hi && q < k + 5; q++)
      if (is_word (c, q, "with") && (byline_token_cls (&c->toks[q - 1]) & BYLINE_WORD_MEETING))
        {
          j = q + 1;
          break;
        }
    while (j < hi && n < G_N_ELEMENTS (list))
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

        if (r == NULL || r->first_token != j
            || !((r->entity->type == BYLINE_ENTITY_NORP && r->entity->affiliation != NULL)
                 || r->entity->type == BYLINE_ENTITY_ORG))
          break;
        list[n++] = r;
        j = r->end_token;
        if (is_punct (c, j, ',') && !is_word (c, j + 1, "and"))
          {
            j++;
            continue;
          }
        j += is_punct (c, j, ',');
        if (is_word (c, j, "and"))
          {
            j++;
            continue;
          }
        if (n >= 2 && is_one_of (c, j, (const char *const[]) { "delegations", "officials", "negotiators", "teams",
                                                               "representatives", NULL }))
          {
            for (guint q = 0; q < n; q++)
              _byline_meetings_add_participant (m, list[q]->entity->type == BYLINE_ENTITY_ORG ? list[q]->entity : NULL,
                                                g_strdup (list[q]->entity->type == BYLINE_ENTITY_ORG
                                                              ? list[q]->entity->name
                                                              : list[q]->entity->affiliation));
            return;
          }
        break;
      }
  }
  for (guint side = 0; side < 2 && k < hi; side++)
    {
      guint first = k;
      g_autofree char *group = NULL;

      while (k < hi && k < first + 6 && !boundary (c, k))
        k++;
      /* "talks between the two ministers", "a meeting of the two leaders": the
       * pair the article named before */
      if (side == 0 && m->participants->len == 0 && k > first + 2 && is_word (c, first, "the") && is_word (c, first + 1, "two")
          && first >= 2 && (is_word (c, first - 1, "between") || is_word (c, first - 1, "of")))
        {
          BylineDescribed pair;

          _byline_meetings_earlier_pair (c, first + 2, k, &pair);
          if (pair.n == 2)
            {
              _byline_meetings_add_described (m, &pair);
              return;
            }
        }
      /* "Peru's trade minister met his Chilean counterpart": the other's title,
       * of that people */
      if (k == first + 3 && subject_title > 0 && (is_word (c, first, "his") || is_word (c, first, "her"))
          && is_word (c, first + 2, "counterpart") && byline_mentions_at (c->mentions, first + 1) != NULL
          && byline_mentions_at (c->mentions, first + 1)->entity->type == BYLINE_ENTITY_NORP)
        {
          g_autofree char *people = span_text (c, first + 1, first + 2);
          g_autofree char *title = span_text (c, subject_title, subject_end);

          group = g_strdup_printf ("%s %s", people, title);
        }
      else
        group = noun_group (c, first, k);
      if (group == NULL)
        return;
      _byline_meetings_add_participant (m, NULL, g_steal_pointer (&group));
      if (!is_word (c, k, "and"))
        return;
      k++;
    }
}

/* Words of another time before the trigger @t: "last", "previously", "first" */
static gboolean
other_time_near (const Ctx *c, guint lo, guint t)
{
  for (guint k = lo; k < t; k++)
    if (is_word (c, k, "last") || is_word (c, k, "previously") || is_word (c, k, "first") || is_word (c, k, "recently")
        || is_word (c, k, "once") || is_word (c, k, "ago"))
      return TRUE;
  return FALSE;
}

/* Is there no meeting told just before or just after sentence @s, or one of
 * another time? */
static gboolean
none_near_or_background (GPtrArray *found, const guint *told_by, guint s, guint n)
{
  for (guint d = 1; d <= 2; d++)
    if (s >= d && told_by[s - d] != 0)
      return ((BylineMeeting *) found->pdata[told_by[s - d] - 1])->background;
  if (s + 1 < n && told_by[s + 1] != 0)
    return ((BylineMeeting *) found->pdata[told_by[s + 1] - 1])->background;
  return TRUE;
}


static int
compare_told (gconstpointer a, gconstpointer b)
{
  const BylineMeeting *ma = *(BylineMeeting *const *) a;
  const BylineMeeting *mb = *(BylineMeeting *const *) b;
  guint sa = g_array_index (ma->evidence, BylineSpan, 0).start;
  guint sb = g_array_index (mb->evidence, BylineSpan, 0).start;

  return sa < sb ? -1 : sa > sb;
}

/* The country or people the article names by the word at @k ("Germany",
 * "Saudi"), or NULL */
static const BylineEntity *
country_or_people_named (const Ctx *c, guint k)
{
  gsize len = byline_token_len (&c->toks[k]);
  const char *w = c->text + c->toks[k].start;

  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *o = c->entities->pdata[e];

      if (!(o->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (o)))
        continue;
      if ((strncmp (o->name, w, len) == 0 && o->name[len] == '\0')
          || (o->lex != NULL && o->lex->country_name != NULL && strncmp (o->lex->country_name, w, len) == 0
              && o->lex->country_name[len] == '\0'))
        return o;
    }
  return NULL;
}

/* "the two countries will hold the next session of the bilateral commission in
 * Lisbon", "ahead of the joint commission slated for Accra", "the meeting of
 * the Iranian-Omani joint economic committee, due to convene in Tehran", "the
 * binational cabinet between both countries": a body that two countries hold
 * together meets, and that is a meeting of the two countries (the two its name
 * gives, else the two the article's people spoke for), when the text tells of
 * it as a meeting, with the place it meets in, or "between" the two; not the
 * body the sentence's people co-chair, which is their own meeting. Cheap: only
 * at the heads of a body's name the sentence reader saw (@heads, in text order:
 * "Commission", "Dialogue") */
static void
joint_bodies (Ctx *c, const GArray *heads, GPtrArray *sessions)
{
  static const char *const bodies[] = { "commission", "committee", "cabinet", "dialogue", "council", NULL };
  static const char *const joint[] = {
    "joint", "bilateral", "binational", "intergovernmental", "inter-governmental", NULL,
  };
  /* a meeting of the body told: before it ("the next session of"), or after
   * it ("scheduled for", "to convene in") */
  static const char *const held_before[] = {
    "session", "sessions", "meeting", "round", "convene", "reconvene", "hold", "held", "holding", NULL,
  };
  static const char *const held_after[] = {
    "scheduled", "slated", "due", "set", "convene", "meet", "held", "planned", NULL,
  };
  const BylineDocument *doc = c->doc;
  guint told = c->meetings->len;
  guint s = 0;

  for (guint h = 0; h < heads->len; h++)
    {
      guint t = g_array_index (heads, guint, h);
      const BylineToken *tok = &c->toks[t];
      gsize len = byline_token_len (tok);
      char first;
      const BylineSentence *sent;
      const BylineEntity *pair[2] = { NULL, NULL };
      guint lo, hi, k, place_at = 0;
      gboolean qualified = FALSE, between = FALSE, held = FALSE;
      BylineMeeting *m;

      if (tok->kind != BYLINE_TOKEN_WORD || len < 7 || len > 10)
        continue;
      first = c->text[tok->start] | 0x20;
      if ((first != 'c' && first != 'd') || !is_one_of (c, t, bodies))
        continue;
      while (s + 1 < doc->sentences->len && g_array_index (doc->sentences, BylineSentence, s).end_token <= t)
        s++;
      sent = &g_array_index (doc->sentences, BylineSentence, s);
      lo = sent->first_token;
      hi = sent->end_token;
      if (t < lo || t >= hi)
        continue;
      /* "a session of the joint committee, which had been scheduled for May, was
       * cancelled": none */
      if (_byline_meetings_called_off (c, t, hi))
        continue;
      /* its name: "joint", "bilateral", the two peoples or countries, other words */
      for (k = t; k > lo && k + 8 > t;)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 1);
          const BylineToken *p = &c->toks[k - 1];
          guint from = k;

          /* a country or people, or two in one word ("Iranian-Omani"), the
           * second first */
          if (r != NULL)
            for (guint j = byline_mentions_lower_bound (c->mentions, r->first_token); j < c->mentions->len; j++)
              {
                const BylineMentionRef *q = &g_array_index (c->mentions, BylineMentionRef, j);

                if (q->first_token >= k)
                  break;
                if (q->end_token == k || (q->first_token == k - 1 && (p->flags & BYLINE_TOKEN_HYPHEN)))
                  from = MIN (from, q->first_token);
              }
          /* (the body's own name: "the High Joint Commission"; a country or
           * people inside it, "the Kenya-Germany Joint Commission") */
          if (r != NULL && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_OTHER))
            {
              /* (only after a dash: "Kenya-Germany") */
              const BylineEntity *inside = (p->flags & BYLINE_TOKEN_CAP) && k >= lo + 2
                                               && (is_punct (c, k - 2, '-') || is_punct (c, k - 2, 0x2013))
                                             ? country_or_people_named (c, k - 1) : NULL;

              r = NULL;
              from = k;
              if (inside != NULL)
                {
                  if (pair[0] == NULL)
                    pair[0] = inside;
                  else if (pair[1] == NULL && inside != pair[0])
                    pair[1] = inside;
                  k--;
                  continue;
                }
            }
          if (from < k)
            {
              const BylineMentionRef *in[2] = { NULL, NULL };
              guint n_in = 0;

              for (guint j = byline_mentions_lower_bound (c->mentions, from); j < c->mentions->len && n_in < 2; j++)
                {
                  const BylineMentionRef *q = &g_array_index (c->mentions, BylineMentionRef, j);

                  if (q->first_token >= k)
                    break;
                  if (q->entity->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (q->entity))
                    in[n_in++] = q;
                }
              if (n_in == 0)
                break;
              for (guint q = n_in; q > 0; q--)
                if (pair[0] == NULL)
                  pair[0] = in[q - 1]->entity;
                else if (pair[1] == NULL && in[q - 1]->entity != pair[0])
                  pair[1] = in[q - 1]->entity;
              k = from;
            }
          else if (r == NULL && p->kind == BYLINE_TOKEN_WORD && is_one_of (c, k - 1, joint))
            {
              qualified = TRUE;
              k--;
            }
          else if (r == NULL && (is_punct (c, k - 1, '-') || is_punct (c, k - 1, 0x2013)))
            k--;
          else if (r == NULL && p->kind == BYLINE_TOKEN_WORD && !(byline_token_cls (p) & BYLINE_WORD_STOPWORD)
                   && !is_word (c, k - 1, "their") && !is_word (c, k - 1, "next"))
            k--;
          else
            break;
        }
      if (!qualified && pair[1] == NULL)
        continue;
      /* "the Eurasian Economic Union's intergovernmental council", "the EU joint
       * committee": a body of an organisation, not of two countries */
      if (pair[1] == NULL && k > lo
          && (apostrophe (c, k - 1)
              || (byline_mentions_at (c->mentions, k - 1) != NULL
                  && byline_mentions_at (c->mentions, k - 1)->entity->type == BYLINE_ENTITY_ORG)))
        continue;
      /* "the next session of", "convene the" */
      for (guint j = k; j > lo && j + 5 > k && !held; j--)
        held = c->toks[j - 1].kind == BYLINE_TOKEN_WORD && is_one_of (c, j - 1, held_before);
      /* "between both countries", "between the two countries" */
      if (is_word (c, t + 1, "between")
          && (is_word (c, t + 2, "both") || (is_word (c, t + 2, "the") && is_word (c, t + 3, "two"))))
        between = TRUE;
      /* the place it meets in: "in Lisbon", "scheduled for Nouakchott" */
      for (guint j = t + 1; j < hi && j < t + 12 && place_at == 0; j++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

          if (is_punct (c, j, ';'))
            break;
          if (c->toks[j].kind == BYLINE_TOKEN_WORD && is_one_of (c, j, held_after))
            held = TRUE;
          if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PLACE && j > t + 1
              && (is_word (c, j - 1, "in") || is_word (c, j - 1, "for")))
            place_at = j;
          else if (r != NULL)
            j = r->end_token - 1;
        }
      /* "agreed to reconvene the joint commission of historians" */
      if (!between && !(held && place_at != 0)
          && !(k > lo + 1 && is_word (c, k - 1, "the")
               && (is_word (c, k - 2, "reconvene") || is_word (c, k - 2, "convene"))))
        continue;
      /* "X and Y co-chaired the joint commission": their own meeting */
      {
        gboolean chaired = FALSE;

        for (guint j = lo; j < hi && !chaired; j++)
          if (c->toks[j].kind == BYLINE_TOKEN_WORD && (c->text[c->toks[j].start] | 0x20) == 'c')
            chaired = is_word (c, j, "co-chaired") || is_word (c, j, "co-chairs") || is_word (c, j, "co-chair")
                      || is_word (c, j, "co-chairing") || is_word (c, j, "chaired") || is_word (c, j, "chairs");
        if (chaired || _byline_meetings_in_headline (c, sent))
          continue;
      }
      m = _byline_meeting_new ();
      if (pair[1] != NULL)
        {
          _byline_meetings_add_country_of (c, pair[1], m);
          _byline_meetings_add_country_of (c, pair[0], m);
        }
      /* (the meetings told before this one: they are in the order told) */
      else
        {
          guint before = 0;

          while (before < told
                 && g_array_index (((BylineMeeting *) c->meetings->pdata[before])->evidence, BylineSpan, 0).start
                        < tok->start)
            before++;
          /* "the Ivorian minister's visit to Ghana ahead of the joint commission":
           * else the two the sentence names, as countries or peoples */
          if (!_byline_meetings_add_two_countries (c, lo, before, m))
            {
              guint n_named = 0;

              for (guint j = byline_mentions_lower_bound (c->mentions, lo); j < c->mentions->len; j++)
                {
                  const BylineMentionRef *q = &g_array_index (c->mentions, BylineMentionRef, j);
                  guint had = m->participants->len;

                  if (q->first_token >= hi)
                    break;
                  if (!(q->entity->type == BYLINE_ENTITY_NORP || _byline_meetings_is_country (q->entity)))
                    continue;
                  if (!_byline_meetings_add_country_of (c, q->entity, m) || m->participants->len == had)
                    continue;
                  if (++n_named > 2)
                    break;
                }
              /* else the host at home, by the dateline, and the guest's country */
              if (m->participants->len != 2)
                {
                  g_array_set_size (m->participants, 0);
                  _byline_meetings_add_home_and_guest (c, before, m);
                }
            }
        }
      if (m->participants->len != 2)
        {
          byline_meeting_free (m);
          continue;
        }
      /* the body too, by its name as the text gives it: "the joint commission of
       * historians", "the Joint Committee for cooperation" */
      {
        guint e = t + 1;
        BylineParticipant body;

        if ((is_word (c, e, "of") || is_word (c, e, "for") || is_word (c, e, "on")) && e + 1 < hi)
          {
            guint j = e + 1;

            while (j < hi && j < e + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                   && !(byline_token_cls (&c->toks[j]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE))
                   && !is_one_of (c, j, held_after) && byline_mentions_at (c->mentions, j) == NULL)
              j++;
            if (j > e + 1)
              e = j;
          }
        body.entity = NULL;
        body.name = span_text (c, k, e);
        g_array_prepend_val (m->participants, body);
      }
      /* told already by the sentence reader ("the Joint Committee ... between
       * the two countries should meet"): that one, by the body's full name */
      {
        BylineMeeting *same = NULL;
        const BylineParticipant *body = &g_array_index (m->participants, BylineParticipant, 0);

        for (guint i = 0; i < c->meetings->len && same == NULL; i++)
          {
            BylineMeeting *o = c->meetings->pdata[i];

            if (g_array_index (o->evidence, BylineSpan, 0).start == sent->start
                && _byline_meetings_has_participant (o, g_array_index (m->participants, BylineParticipant, 1).entity,
                                                     g_array_index (m->participants, BylineParticipant, 1).name)
                && _byline_meetings_has_participant (o, g_array_index (m->participants, BylineParticipant, 2).entity,
                                                     g_array_index (m->participants, BylineParticipant, 2).name))
              same = o;
          }
        if (same != NULL)
          {
            for (guint q = 0; q < same->participants->len; q++)
              {
                BylineParticipant *pp = &g_array_index (same->participants, BylineParticipant, q);

                if (pp->name != NULL && strlen (pp->name) < strlen (body->name)
                    && g_str_has_prefix (body->name, pp->name) && body->name[strlen (pp->name)] == ' '
                    && !(pp->entity != NULL
                         && (pp->entity->type != BYLINE_ENTITY_ORG || _byline_meetings_is_country (pp->entity))))
                  {
                    g_free (pp->name);
                    pp->name = g_strdup (body->name);
                  }
              }
            byline_meeting_free (m);
            continue;
          }
      }
      _byline_meetings_find_place_and_date (c, m, place_at != 0 ? t : lo, hi, t);
      /* "slated for Abidjan": where it meets */
      if (m->place == NULL && place_at != 0)
        {
          m->place = byline_mentions_at (c->mentions, place_at)->entity;
          m->place_name = g_strdup (m->place->name);
        }
      m->status = _byline_meetings_status_of (c, lo, t);
      {
        BylineSpan ev = { sent->start, sent->end };
        g_array_append_val (m->evidence, ev);
      }
      /* "the next session of the X-Y Joint Commission will convene in Z": the
       * two countries', not the body's session read before */
      for (guint i = 0; i < sessions->len; i++)
        {
          BylineMeeting *o = sessions->pdata[i];

          guint at;

          if (g_array_index (o->evidence, BylineSpan, 0).start == sent->start && g_ptr_array_find (c->meetings, o, &at))
            {
              g_ptr_array_remove_index (sessions, i);
              g_ptr_array_remove_index (c->meetings, at);
              if (at < told)
                told--;
              break;
            }
        }
      g_ptr_array_add (c->meetings, m);
      /* (one a sentence) */
      while (h + 1 < heads->len && g_array_index (heads, guint, h + 1) < hi)
        h++;
    }
}

/* "The meeting was hosted by X", "... was chaired by X", "... was opened by
 * Minister X": the gathering whose word is @t has its host named after it */
static gboolean
hosted_by_after (const Ctx *c, guint t, guint hi)
{
  for (guint k = t + 1; k + 2 < hi && k < t + 4; k++)
    if (is_word (c, k, "was") || is_word (c, k, "were"))
      {
        guint v = k + 1;
        const BylineMentionRef *r;

        if (!(is_word (c, v, "hosted") || is_word (c, v, "chaired") || is_word (c, v, "co-chaired")
              || is_word (c, v, "opened") || is_word (c, v, "presided")))
          return FALSE;
        if (is_word (c, v, "presided") && is_word (c, v + 1, "over"))
          v++;
        if (!is_word (c, v + 1, "by"))
          return FALSE;
        r = _byline_meetings_person_after_by (c, v + 1);
        return r != NULL && r->first_token <= v + 8;
      }
  return FALSE;
}

void
_byline_meetings_unnamed (Ctx *c)
{
  const BylineDocument *doc = c->doc;
  guint n = doc->sentences->len;
  g_autofree guint *told_by = g_new0 (guint, n); /* a meeting's index + 1, or 0 */
  GPtrArray *found = c->meetings;
  guint named = found->len;
  g_autoptr (GArray) heads = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) sessions = g_ptr_array_new (); /* the bodies' sessions found, in found */

  for (guint i = 0; i < named; i++)
    {
      const BylineMeeting *m = found->pdata[i];

      for (guint e = 0; e < m->evidence->len; e++)
        told_by[sentence_of (doc, g_array_index (m->evidence, BylineSpan, e).start)] = i + 1;
    }
  for (guint s = 0; s < n; s++)
    {
      const BylineSentence *sent = &g_array_index (doc->sentences, BylineSentence, s);
      guint lo = sent->first_token, hi = sent->end_token;
      guint t;
      BylineMeeting *near = NULL;
      BylineMeeting *m;
      gboolean counted, own = FALSE, other_time = FALSE, rare = FALSE, hosted = FALSE;
      guint first_t = hi;
      g_autofree char *group = NULL;
      gboolean group_told;
      guint body_end = 0;         /* after a body's session told: its place and day are before it */
      guint body_span[2] = { 0, 0 }; /* the body's name */

      if (_byline_meetings_in_headline (c, sent))
        continue;
      /* the first meeting word, or the one a group meets at among itself */
      for (t = lo; t < hi; t++)
        {
          const BylineToken *tok = &c->toks[t];

          if (tok->kind == BYLINE_TOKEN_WORD)
            {
              guint32 cls = byline_token_cls (tok);

              /* the head of a body's name: "the joint commission", "the strategic
               * dialogue", read below; "the ECOWAS ministerial council in Abuja" */
              if ((cls & (BYLINE_WORD_ORG_HEAD | BYLINE_WORD_OTHER_HEAD)) && byline_token_len (tok) >= 7
                  && byline_token_len (tok) <= 10
                  && ((c->text[tok->start] | 0x20) == 'c' || (c->text[tok->start] | 0x20) == 'd'))
                {
                  g_array_append_val (heads, t);
                  if (!(cls & BYLINE_WORD_MEETING) && byline_token_len (tok) == 7
                      && (group = council_meets (c, lo, hi, t)) != NULL)
                    break;
                }
              /* "the GCC Ministerial Council will meet in Riyadh", "the BRICS
               * summit in Johannesburg": a body's own session */
              if ((((cls & (BYLINE_WORD_ORG_HEAD | BYLINE_WORD_OTHER_HEAD))
                    && ((tok->flags & BYLINE_TOKEN_CAP) || byline_token_len (tok) == 7 || byline_token_len (tok) == 9
                        || byline_token_len (tok) == 10))
                   || ((cls & BYLINE_WORD_MEETING) && byline_token_len (tok) == 6 && c->text[tok->start] == 's'))
                  && (group = body_gathers (c, lo, hi, t, &body_end, body_span)) != NULL)
                break;
              if (!(cls & BYLINE_WORD_MEETING))
                {
                  /* (cheaply: the first letters of "one-on-one", "reception", "retreat", "huddled") */
                  if (G_UNLIKELY ((c->text[tok->start] == 'o' || c->text[tok->start] == 'r' || c->text[tok->start] == 'h')
                                  && (byline_token_len (tok) == 7 || byline_token_len (tok) == 9
                                      || byline_token_len (tok) == 10))
                      && first_t == hi && told_by[s] == 0
                      && rare_meeting_word (c, t, lo, hi, (s > 0 && told_by[s - 1] != 0) || (s > 1 && told_by[s - 2] != 0)))
                    {
                      first_t = t;
                      rare = TRUE;
                    }
                  continue;
                }
              if ((group = group_meets_itself (c, lo, hi, t)) != NULL
                  || (group = named_gathering (c, lo, hi, t)) != NULL)
                break;
              if (first_t == hi && told_by[s] == 0 && meeting_word_read (c, t, hi))
                first_t = t;
            }
          /* "the ministers' retreat": a noun after a possessive, of any class */
          else if (t + 1 < hi && apostrophe (c, t) && c->toks[t + 1].kind == BYLINE_TOKEN_WORD
                   && !(byline_token_cls (&c->toks[t + 1]) & BYLINE_WORD_MEETING)
                   && (group = group_meets_itself (c, lo, hi, t + 1)) != NULL)
            {
              t++;
              break;
            }
        }
      /* "X said the first ministers' meeting would take place in Ottawa", X a side
       * of a meeting told: that meeting, by its group's name; but "on the
       * sidelines of the X ministers' meeting in Y" is the group's own */
      if (group != NULL && (c->toks[t - 1].kind == BYLINE_TOKEN_POSSESSIVE || c->toks[t - 1].kind == BYLINE_TOKEN_PUNCT)
          && is_one_of (c, t + 1, (const char *const[]) { "would", "will", "is", "was", "has", "had", "took",
                                                          "takes", "opened", "ended", "could", NULL }))
        for (guint k = lo; k < hi && group != NULL; k++)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

            if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON)
              for (guint i = 0; i < named && group != NULL; i++)
                if (_byline_meetings_has_participant (found->pdata[i], r->entity, NULL))
                  g_clear_pointer (&group, g_free);
          }
      /* a group already a side of a meeting found: that one; but "will attend a
       * NATO foreign ministers' meeting, where he will hold talks with X" is a
       * meeting of the group and one with X, not one of the three */
      for (guint i = 0; i < found->len && group != NULL; i++)
        {
          BylineMeeting *o = found->pdata[i];

          for (guint q = 0; q < o->participants->len && group != NULL; q++)
            if (g_ascii_strcasecmp (g_array_index (o->participants, BylineParticipant, q).name, group) == 0)
              {
                if (told_by[s] == i + 1 && o->participants->len >= 3 && q > 0 && body_end == 0)
                  g_array_remove_index (o->participants, q);
                else
                  g_clear_pointer (&group, g_free);
                break;
              }
        }
      /* "the SADC Council of Ministers met": a meeting the sentence reader
       * found whose sides are all parts of the body's name is the body's own;
       * "X will attend the Andean General Assembly": one with a side of that name
       * is the body's and one who attends it */
      if (group != NULL && body_end != 0 && told_by[s] != 0)
        for (guint i = 0; i < found->len && group != NULL; i++)
          {
            BylineMeeting *o = found->pdata[i];
            gboolean here = FALSE;
            guint inside = 0;

            for (guint e = 0; e < o->evidence->len && !here; e++)
              here = g_array_index (o->evidence, BylineSpan, e).start <= sent->start
                     && g_array_index (o->evidence, BylineSpan, e).end > sent->start;
            for (guint q = 0; q < o->participants->len && here; q++)
              {
                const BylineParticipant *pp = &g_array_index (o->participants, BylineParticipant, q);
                gboolean in = pp->name != NULL
                              && (strstr (group, pp->name) != NULL || strstr (pp->name, group) != NULL);

                /* (by a short name: "SADC" for "Southern African Development Community") */
                for (guint j = body_span[0]; j < body_span[1] && !in && pp->entity != NULL; j++)
                  in = byline_mentions_at (c->mentions, j) != NULL
                       && byline_mentions_at (c->mentions, j)->entity == pp->entity;
                inside += in;
              }
            if (inside == 0)
              continue;
            if (inside == o->participants->len)
              {
                g_array_set_size (o->participants, 0);
                _byline_meetings_add_participant (o, NULL, g_steal_pointer (&group));
              }
            else
              {
                /* (by its name in full: "Andean General Assembly" for "General Assembly") */
                for (guint q = 0; q < o->participants->len; q++)
                  {
                    BylineParticipant *pp = &g_array_index (o->participants, BylineParticipant, q);

                    if (pp->name != NULL && strlen (pp->name) < strlen (group) && g_str_has_suffix (group, pp->name)
                        && group[strlen (group) - strlen (pp->name) - 1] == ' ')
                      {
                        g_free (pp->name);
                        pp->name = g_strdup (group);
                      }
                  }
                g_clear_pointer (&group, g_free);
              }
          }
      if (group == NULL && body_end != 0)
        continue;
      /* a sentence that tells of a meeting found tells of no other, but of a
       * group's own: "on the sidelines of the X ministers' meeting in Y" */
      if (told_by[s] != 0 && group == NULL)
        continue;
      group_told = told_by[s] != 0;
      if (group == NULL)
        t = first_t;
      /* (a body's session in a sentence of a phone call: by its own words) */
      if (t == hi
          /* a question tells of no meeting, but of one told before by its noun:
           * "what came out of the sit-down?", "... of this meeting?" */
          || (is_punct (c, hi - 1, '?')
              && !(t > lo && (is_word (c, t - 1, "this") || is_word (c, t - 1, "the") || is_word (c, t - 1, "that"))
                   && !is_word (c, t, "met") && !is_word (c, t, "meet") && !is_word (c, t, "visit")))
          || (body_end != 0 ? _byline_meetings_remote (c, body_span[0], MIN (hi, body_end + 8))
                            : _byline_meetings_remote (c, lo, hi)))
        continue;
      /* "asked whether they would meet": a question */
      {
        gboolean question = FALSE;

        for (guint k = t > lo + 8 ? t - 8 : lo; k < t && !question; k++)
          question = is_word (c, k, "whether");
        if (question)
          continue;
      }
      /* "no such meeting had been scheduled", "there was no meeting" */
      if (t > lo && (is_word (c, t - 1, "no") || (t > lo + 1 && is_word (c, t - 1, "such") && is_word (c, t - 2, "no"))))
        continue;
      /* "no sign of formal talks between the two" */
      {
        gboolean none = FALSE;

        for (guint k = t > lo + 4 ? t - 4 : lo; k + 1 < t && !none; k++)
          if (is_word (c, k, "no")
              && (is_word (c, k + 1, "sign") || is_word (c, k + 1, "signs") || is_word (c, k + 1, "indication")
                  || is_word (c, k + 1, "evidence")))
            {
              none = TRUE;
              for (guint j = k + 1; j < t && none; j++)
                none = c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
                       && byline_mentions_at (c->mentions, j) == NULL;
            }
        if (none)
          continue;
      }
      /* "A meeting between the commission and the parties, planned for Monday,
       * was called off": none, unless the sentence sets it again ("..., called
       * off on Monday, will now take place on Friday", "has been rescheduled") */
      if (_byline_meetings_nominal_trigger (c, t) && _byline_meetings_cancelled_before (c, lo, t))
        continue;
      /* "had not been allowed to meet their lawyers", "never met the ministers",
       * "no ministerial meeting of the GCC": a meeting that is not */
      if (_byline_meetings_negated_at (c, lo, t))
        continue;
      if (_byline_meetings_nominal_trigger (c, t) && _byline_meetings_called_off (c, t, hi))
        {
          gboolean again = FALSE;

          for (guint k = t + 1; k < hi && !again; k++)
            again = is_word (c, k, "rescheduled") || is_word (c, k, "reset") || is_word (c, k, "moved")
                    || is_word (c, k, "postponed") || is_word (c, k, "now") || is_word (c, k, "instead")
                    || is_word (c, k, "finally");
          if (!again)
            continue;
        }
      /* "the army chiefs of 31 countries met": a side that counts its people is
       * a meeting of its own, not more of one told near */
      counted = group != NULL || counted_side_before (c, lo, t);
      if (group != NULL)
        own = TRUE;
      /* "The talks between the two leaders, held at the palace": the pair named
       * before meets here, though the article names the sides of other meetings,
       * and is not more of a meeting of another time told next ("The two leaders
       * first met in May") */
      else if (t + 3 < hi && (is_word (c, t + 1, "between") || is_word (c, t + 1, "of")) && is_word (c, t + 2, "the")
               && (is_word (c, t + 3, "two") || is_word (c, t + 3, "both")) && !other_time_near (c, lo, t)
               && none_near_or_background (found, told_by, s, n))
        {
          BylineMeeting *probe = _byline_meeting_new ();

          sides (c, lo, hi, t, probe);
          own = probe->participants->len >= 2;
          byline_meeting_free (probe);
        }
      else if (counted)
        {
          BylineMeeting *probe = _byline_meeting_new ();

          sides (c, lo, hi, t, probe);
          own = probe->participants->len > 0;
          byline_meeting_free (probe);
        }
      /* "The ninth foreign ministers' meeting was hosted by X": a gathering
       * whose host is named is more of the one told before it, or one of its own */
      hosted = !own && hosted_by_after (c, t, hi);
      /* "they last met in Kabul in December": a meeting of another time, not more
       * of this one; but a group's own meeting is one, whenever it was ("the
       * foreign ministers of the three countries last met in Tokyo"), and so is
       * a meeting of another time in a passage that names no sides ("they first
       * met in 1998 in Geneva", "will travel to Lima next week to meet her
       * counterpart") */
      if (!own)
        for (guint k = lo; k < t && !other_time; k++)
          other_time = is_word (c, k, "last") || is_word (c, k, "previously")
                       /* but "their first encounter since the election" is this one */
                       || (is_word (c, k, "first") && !is_word (c, t + 1, "since") && !is_word (c, t + 2, "since"))
                       || is_word (c, k, "recently") || is_word (c, k, "once") || is_word (c, k, "ago")
                       /* "they discussed the upcoming summit in Belem": another, to come */
                       || (k + 4 > t && (is_word (c, k, "upcoming") || is_word (c, k, "forthcoming")
                                         || is_word (c, k, "next")));
      if (other_time && named > 0)
        continue;
      /* more of a meeting told just before, or just after */
      for (guint d = 1; d <= 2 && near == NULL && !own && !other_time; d++)
        if (s >= d && told_by[s - d] != 0)
          near = found->pdata[told_by[s - d] - 1];
      if (near == NULL && !own && !other_time && !hosted && s + 1 < n && told_by[s + 1] != 0 && told_by[s + 1] <= named)
        near = found->pdata[told_by[s + 1] - 1];
      if (near == NULL && hosted)
        own = TRUE;
      if (near != NULL)
        {
          BylineSpan ev = { sent->start, sent->end };

          g_array_append_val (near->evidence, ev);
          /* "after talks between their foreign ministers in Islamabad": the place
           * and day it gives, when the meeting has none */
          /* (not from a sentence of another tense: "will meet again in Quito in
           * September" after a meeting that happened) */
          BylineMeetingStatus st = _byline_meetings_status_of (c, lo, t);
          gboolean other_tense = (st == BYLINE_MEETING_PLANNED && near->status == BYLINE_MEETING_HAPPENED)
                                 || (st == BYLINE_MEETING_HAPPENED && near->status == BYLINE_MEETING_PLANNED);

          if ((near->place == NULL || near->date.year == 0) && !other_tense)
            {
              BylineMeeting *here = _byline_meeting_new ();

              /* near the meeting word: "talks ... in Islamabad", not a place the
               * sentence names for something else */
              _byline_meetings_find_place_and_date (c, here, t > lo + 6 ? t - 6 : lo, MIN (hi, t + 7), t);
              if (near->place == NULL && here->place != NULL)
                {
                  near->place = here->place;
                  g_free (near->place_name);
                  near->place_name = g_strdup (here->place_name);
                }
              if (near->date.year == 0 && here->date.year != 0 && near->time_text == NULL)
                {
                  near->date = here->date;
                  near->time_text = g_strdup (here->time_text);
                }
              byline_meeting_free (here);
            }
          continue;
        }
      /* an article that names the sides of its meetings leaves out those it does
       * not name; one that names none still tells of meetings */
      if (named > 0 && !own)
        continue;
      m = _byline_meeting_new ();
      /* a person named in the sentence takes part: "the president met with Annan";
       * with two named, the sentence reader has judged that they did not meet
       * ("it is not clear who will meet A and B"); a group that meets among
       * itself meets no one the sentence names ("X said ... when ministers meet") */
      for (guint k = lo; k < hi && k < t + 12 && group == NULL; k++)
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

          if (r != NULL && r->first_token == k && r->entity->type == BYLINE_ENTITY_PERSON
              && !byline_span_contains (&doc->wire, r->start))
            _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
        }
      /* (but the sentence reader does not read the words outside the lexicon's: two
       * named there are the sides) */
      if (rare && m->participants->len == 2 && t == first_t)
        {
          BylineSpan ev = { sent->start, sent->end };
          BylineMeeting *same = NULL;

          /* the pair of a meeting found: more of that one */
          for (guint i = 0; i < found->len && same == NULL; i++)
            if (_byline_meetings_has_participant (found->pdata[i], g_array_index (m->participants, BylineParticipant, 0).entity, NULL)
                && _byline_meetings_has_participant (found->pdata[i], g_array_index (m->participants, BylineParticipant, 1).entity, NULL))
              same = found->pdata[i];
          if (same != NULL)
            {
              g_array_append_val (same->evidence, ev);
              byline_meeting_free (m);
              continue;
            }
          g_array_append_val (m->evidence, ev);
          _byline_meetings_find_place_and_date (c, m, lo, hi, t);
          m->status = _byline_meetings_status_of (c, lo, t);
          g_ptr_array_add (found, m);
          told_by[s] = found->len;
          continue;
        }
      if (m->participants->len >= 2 || (named > 0 && m->participants->len > 0 && !hosted))
        {
          byline_meeting_free (m);
          continue;
        }
      /* "the High Joint Commission, scheduled for Nouakchott": a body two
       * countries hold together is theirs too, the two the passage speaks for */
      if (group != NULL && body_end != 0
          && (strstr (group, "Joint") != NULL || strstr (group, "Bilateral") != NULL
              || strstr (group, "Binational") != NULL || strstr (group, "Intergovernmental") != NULL))
        {
          guint before = 0;
          BylineMeeting *two = _byline_meeting_new ();

          while (before < named
                 && g_array_index (((BylineMeeting *) found->pdata[before])->evidence, BylineSpan, 0).start
                        < sent->start)
            before++;
          _byline_meetings_add_participant (m, NULL, g_steal_pointer (&group));
          if (!_byline_meetings_add_two_countries (c, lo, before, two))
            {
              g_array_set_size (two->participants, 0);
              _byline_meetings_add_home_and_guest (c, before, two);
            }
          if (two->participants->len == 2)
            for (guint q = 0; q < 2; q++)
              {
                const BylineParticipant *pp = &g_array_index (two->participants, BylineParticipant, q);

                _byline_meetings_add_participant (m, pp->entity, g_strdup (pp->name));
              }
          byline_meeting_free (two);
          /* (in an article of people's meetings, the commission of two countries
           * it does not name: whose it is stays unsaid) */
          if (m->participants->len == 1 && named > 0)
            {
              byline_meeting_free (m);
              continue;
            }
        }
      else if (group != NULL)
        {
          /* "X opened the Andean Summit": the one who leads it, and the body */
          const BylineEntity *leader = body_end != 0 && body_span[0] > lo
                                         ? _byline_meetings_gathering_leader (c, lo, body_span[0])
                                         : _byline_meetings_gathering_leader (c, lo, t);

          if (leader != NULL)
            _byline_meetings_add_participant (m, leader, g_strdup (leader->name));
          _byline_meetings_add_participant (m, NULL, g_steal_pointer (&group));
        }
      else
        sides (c, lo, hi, t, m);
      /* "The council met in emergency session under the chairmanship of President
       * X", "..., chaired by X": the one in the chair */
      for (guint k = t + 1; k + 3 < hi && k < t + 24 && m->participants->len > 0; k++)
        {
          guint before = 0; /* the word before the one in the chair */

          if (is_word (c, k, "under") && is_word (c, k + 1, "the")
              && (is_word (c, k + 2, "chairmanship") || is_word (c, k + 2, "presidency")) && is_word (c, k + 3, "of"))
            before = k + 3;
          else if ((is_word (c, k, "chaired") || is_word (c, k, "presided")) && k > t + 1 && is_punct (c, k - 1, ','))
            {
              before = k + is_word (c, k + 1, "over");
              before += is_word (c, before + 1, "by");
            }
          if (before != 0)
            {
              const BylineMentionRef *who = _byline_meetings_person_after_by (c, before);

              if (who != NULL && !_byline_meetings_has_participant (m, who->entity, NULL))
                _byline_meetings_add_participant (m, who->entity, _byline_meetings_mention_name (c, who));
              break;
            }
        }
      /* "An IMF team visited Peru", "a commission which visited Yugoslavia": the
       * land visited is the hosts' side, as it is for a person's visit */
      if (group == NULL && t + 1 < hi
          && (is_word (c, t, "visited") || is_word (c, t, "visit") || is_word (c, t, "visits") || is_word (c, t, "visiting")))
        {
          const BylineMentionRef *land = byline_mentions_at (c->mentions, t + 1);

          if (land != NULL && land->first_token == t + 1 && _byline_meetings_is_country (land->entity)
              && !_byline_meetings_has_participant (m, land->entity, NULL))
            _byline_meetings_add_participant (m, land->entity, _byline_meetings_mention_name (c, land));
        }
      /* among named meetings, only a side that counts its people */
      if (named > 0 && m->participants->len == 0)
        {
          byline_meeting_free (m);
          continue;
        }
      /* a group's meeting in a sentence that tells of another: its place and time
       * after its noun ("the X ministers' meeting in Jakarta last month") */
      if (body_end != 0)
        _byline_meetings_find_place_and_date (c, m, t, MIN (hi, body_end + 12), body_end > t + 1 ? body_end - 1 : t);
      else if (group_told)
        _byline_meetings_find_place_and_date (c, m, t, MIN (hi, t + 8), t);
      else
        _byline_meetings_find_place_and_date (c, m, lo, hi, t);
      m->status = _byline_meetings_status_of (c, lo, body_end > t + 1 ? body_end - 1 : t);
      /* "ahead of the upcoming IGAD summit in Djibouti", "on the eve of": to come */
      for (guint k = body_span[0] > lo + 4 ? body_span[0] - 4 : lo; k < body_span[0] && body_end != 0; k++)
        if (is_word (c, k, "ahead") || is_word (c, k, "eve") || is_word (c, k, "upcoming")
            || is_word (c, k, "forthcoming"))
          m->status = BYLINE_MEETING_PLANNED;
      /* "is expected to be held", "whose next session will be held": to come,
       * and its weekday the coming one ("to be held in Riga on Sunday") */
      for (guint k = t + 1; k < body_end; k++)
        if (c->toks[k].kind == BYLINE_TOKEN_WORD
            && is_one_of (c, k, (const char *const[]) { "will", "would", "to", "expected", "scheduled", "due",
                                                         "slated", "next", "shall", NULL }))
          {
            m->status = BYLINE_MEETING_PLANNED;
            break;
          }
      /* "the Summit opens in Pretoria on Saturday": a present that is to come */
      if (body_end > t + 1 && m->status == BYLINE_MEETING_UNKNOWN
          && is_one_of (c, body_end - 1, (const char *const[]) { "opens", "meets", "convenes", "begins", "starts",
                                                                  "gathers", NULL }))
        m->status = BYLINE_MEETING_PLANNED;
      if (body_end != 0 && m->status == BYLINE_MEETING_PLANNED)
        for (guint j = byline_mentions_lower_bound (c->mentions, t); j < c->mentions->len && m->date.year != 0; j++)
          {
            const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);
            BylineDateMatch coming;

            if (r->first_token >= hi)
              break;
            if (r->entity->type != BYLINE_ENTITY_DATE || r->entity->date.rel != BYLINE_DATE_REL_WEEKDAY
                || memcmp (&r->entity->date.from, &m->date, sizeof m->date) != 0)
              continue;
            coming = r->entity->date;
            byline_date_resolve (&coming, &c->doc->date, TRUE);
            if (coming.resolution == BYLINE_DATE_DAY)
              m->date = coming.from;
            break;
          }
      /* "the summit in Hanoi ended on Friday", "talks resumed": the verb after
       * the meeting's noun tells it happened, "will resume" that it is planned */
      if (m->status == BYLINE_MEETING_UNKNOWN)
        for (guint k = t + 1; k < hi && k < t + 8; k++)
          {
            if (is_word (c, k, "will") || is_word (c, k, "would"))
              {
                m->status = BYLINE_MEETING_PLANNED;
                break;
              }
            if (c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
                && is_one_of (c, k, (const char *const[]) { "ended", "resumed", "collapsed", "began", "opened",
                                                             "concluded", "closed", "broke", "failed", "lasted",
                                                             "stalled", "was", "were", "took", NULL }))
              {
                m->status = BYLINE_MEETING_HAPPENED;
                break;
              }
          }
      /* "the meeting was long": nothing to show of it */
      if (m->participants->len == 0 && m->place == NULL && m->time_text == NULL && m->date.year == 0)
        {
          byline_meeting_free (m);
          continue;
        }
      /* "during the G-7 meeting here yesterday ... Throughout the G-7 meeting":
       * one body's meeting told again, at no other time or place */
      if (m->participants->len == 1 && g_array_index (m->participants, BylineParticipant, 0).entity != NULL)
        {
          const BylineEntity *body = g_array_index (m->participants, BylineParticipant, 0).entity;
          BylineMeeting *again = NULL;

          for (guint i = named; i < found->len && again == NULL; i++)
            {
              BylineMeeting *o = found->pdata[i];

              if (o->participants->len == 1 && g_array_index (o->participants, BylineParticipant, 0).entity == body
                  && (m->time_text == NULL || o->time_text == NULL || g_ascii_strcasecmp (m->time_text, o->time_text) == 0)
                  && (m->place == NULL || o->place == NULL || m->place == o->place))
                again = o;
            }
          if (again != NULL)
            {
              BylineSpan ev = { sent->start, sent->end };

              g_array_append_val (again->evidence, ev);
              if (again->place == NULL && m->place != NULL)
                {
                  again->place = m->place;
                  g_free (again->place_name);
                  again->place_name = g_strdup (m->place_name);
                }
              byline_meeting_free (m);
              continue;
            }
        }
      /* "ahead of talks in Muscat next week" */
      if (m->time_text != NULL
          && (g_str_has_prefix (m->time_text, "next ") || g_str_has_prefix (m->time_text, "Next ")
              || g_str_has_prefix (m->time_text, "later this") || g_str_has_prefix (m->time_text, "this coming")))
        m->status = BYLINE_MEETING_PLANNED;
      {
        BylineSpan ev = { sent->start, sent->end };
        g_array_append_val (m->evidence, ev);
      }
      g_ptr_array_add (found, m);
      told_by[s] = found->len;
      if (body_end != 0)
        g_ptr_array_add (sessions, m);
    }
  /* in the order told (GLib's sort is stable) */
  if (found->len > named)
    g_ptr_array_sort (found, compare_told);
  named = found->len;
  joint_bodies (c, heads, sessions);
  if (found->len > named)
    g_ptr_array_sort (found, compare_told);
}
