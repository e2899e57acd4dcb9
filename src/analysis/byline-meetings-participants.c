/* byline-meetings-participants.c: who met, where, when and about what
 *
 * participant_at() reads the words at a token as a side of a meeting: a
 * person or organisation named (with the body they speak for), a country
 * or its short form ("the North"), "his Iranian counterpart" resolved to a
 * person named elsewhere, "the two ministers" of an earlier meeting, or a
 * group with no name ("Western nations"). Then the details of a meeting:
 * its place and date near the trigger, its status from the verb's tense
 * (planned, happened, ongoing), its topics ("to discuss trade relations,
 * Syria and the nuclear program"), and the speaker of the quotation or the
 * person nearest before a token, for "he met".
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

gboolean
_byline_meetings_has_participant (const BylineMeeting *m, const BylineEntity *e, const char *name)
{
  for (guint k = 0; k < m->participants->len; k++)
    {
      const BylineParticipant *p = &g_array_index (m->participants, BylineParticipant, k);
      if ((e != NULL && p->entity == e) || (e == NULL && p->entity == NULL && g_strcmp0 (p->name, name) == 0))
        return TRUE;
    }
  return FALSE;
}

void
_byline_meetings_add_participant (BylineMeeting *m, const BylineEntity *e, char *name)
{
  BylineParticipant p = { e, name };

  if (_byline_meetings_has_participant (m, e, name))
    {
      g_free (name);
      return;
    }
  g_array_append_val (m->participants, p);
}

/* "foreign minister" in "Minister of Foreign Affairs", "defence minister" in
 * "Minister of Defence": the qualified title told the other way round */
static gboolean
qualified_inverted (const char *lower, const char *stem)
{
  const char *space = strchr (stem, ' ');
  const char *at;

  if (space == NULL || strchr (space + 1, ' ') != NULL)
    return FALSE;
  at = strstr (lower, space + 1);
  if (at == NULL)
    return FALSE;
  at += strlen (space + 1);
  if (g_str_has_prefix (at, " of ") || g_str_has_prefix (at, " for "))
    at = strchr (at + 1, ' ') + 1;
  else
    return FALSE;
  if (g_str_has_prefix (at, "the "))
    at += 4;
  return strncmp (at, stem, space - stem) == 0;
}

/* "his counterpart" holds the same office; the office itself, not one named by
 * it: a prime minister is no minister, a vice (or former) president no
 * president, and the vice president of the council of ministers no minister */
static gboolean
role_fits (const char *role, const char *stem)
{
  g_autofree char *lower = role != NULL ? g_utf8_strdown (role, -1) : NULL;
  const char *at, *of;

  /* two offices: "Deputy Prime Minister and Minister of Defence" */
  if (lower != NULL && (at = strstr (lower, " and ")) != NULL)
    {
      g_autofree char *first = g_strndup (lower, at - lower);

      return role_fits (first, stem) || role_fits (at + 5, stem);
    }
  if (lower != NULL
      && (g_str_has_prefix (lower, "vice ") || g_str_has_prefix (lower, "vice-") || g_str_has_prefix (lower, "deputy ")
          || g_str_has_prefix (lower, "former ")))
    return FALSE;
  /* "the two heads of state": presidents and monarchs, not prime ministers;
   * "the heads of government": prime ministers and chancellors */
  if (lower != NULL && (g_str_equal (stem, "head of state") || g_str_equal (stem, "head of government")))
    return byline_clauses_heads (lower, g_str_equal (stem, "head of state"));
  /* "the two leaders": heads of state or government */
  if (lower != NULL && g_str_equal (stem, "leader")
      && (strstr (lower, "president") || strstr (lower, "prime minister") || strstr (lower, "premier")
          || strstr (lower, "chancellor") || strstr (lower, "king") || strstr (lower, "chairman")))
    return TRUE;
  if (lower == NULL || stem[0] == '\0')
    return FALSE;
  if (g_str_equal (lower, "counterpart"))
    return TRUE;
  /* (any of its offices: "Prime Minister and Minister of Foreign Affairs") */
  of = strstr (lower, " of ");
  for (at = strstr (lower, stem); at != NULL && (of == NULL || at < of); at = strstr (at + 1, stem))
    if (!(at - lower >= 6 && strncmp (at - 6, "prime ", 6) == 0))
      return TRUE;
  return qualified_inverted (lower, stem);
}

/* A role of the office a plural noun names: "leaders", "ministers", "presidents" */
gboolean
_byline_meetings_role_fits_noun (const Ctx *c, const char *role, guint k)
{
  g_autofree char *lower = NULL;
  gsize len;

  if (role == NULL || k >= c->n || c->toks[k].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  /* (any holds an office of the other's; "the heads of state" are leaders) */
  if (is_word (c, k, "counterparts"))
    return TRUE;
  if (is_word (c, k, "heads"))
    return role_fits (role, !is_word (c, k + 1, "of") ? "leader"
                            : is_word (c, k + 2, "state") && !is_word (c, k + 3, "and") ? "head of state"
                            : is_word (c, k + 2, "government") ? "head of government" : "leader");
  lower = g_ascii_strdown (c->text + c->toks[k].start, byline_token_len (&c->toks[k]));
  len = strlen (lower);
  if (g_str_has_suffix (lower, "ies"))
    lower[len - 3] = '\0';
  else if (len > 3 && lower[len - 1] == 's')
    lower[len - 1] = '\0';
  return role_fits (role, lower);
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

  if (len > 3 && c->text[byline_token_end (&c->toks[k]) - 2] == 'l' && c->text[byline_token_end (&c->toks[k]) - 1] == 'y')
    return TRUE;
  for (guint w = 0; words[w]; w++)
    if (is_word (c, k, words[w]))
      return TRUE;
  return FALSE;
}

/* The two people named before token @from, and only they, who hold the office
 * @stem (and @qualified, if given) */
static gboolean
titled_pair (const Ctx *c, guint from, const char *stem, const char *qualified, gboolean loose_ok, BylineDescribed *sides)
{
  guint32 before = c->toks[from].start;
  guint n = 0;

  /* (a word any pair fits is no office) */
  if (g_str_equal (stem, "men") || g_str_equal (stem, "women") || g_str_equal (stem, "side")
      || g_str_equal (stem, "counterpart"))
    return FALSE;
  /* and, if no two hold it and @loose_ok, a secretary of state for a minister:
   * "talks between the two ministers" after the US Secretary of State and his
   * counterpart */
  for (guint loose = 0; loose < 2 && n < 2; loose++)
    {
      if (loose && (!loose_ok || qualified != NULL || !g_str_equal (stem, "minister")))
        break;
      n = 0;
      for (guint e = 0; e < c->entities->len; e++)
        {
          const BylineEntity *p = c->entities->pdata[e];
          gboolean fits;

          if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || p->mentions->len == 0
              || g_array_index (p->mentions, BylineMention, 0).start >= before || g_str_equal (p->role, "counterpart"))
            continue;
          fits = role_fits (p->role, stem) && (qualified == NULL || role_fits (p->role, qualified));
          if (!fits && loose)
            {
              g_autofree char *lower = g_ascii_strdown (p->role, -1);

              fits = strstr (lower, "secretary of state") != NULL;
            }
          if (!fits)
            continue;
          if (n == 2)
            return FALSE;
          sides->who[n++] = p;
        }
    }
  if (n != 2)
    return FALSE;
  /* (the two hold it for two sides, not one) */
  if (sides->who[0]->affiliation != NULL && g_strcmp0 (sides->who[0]->affiliation, sides->who[1]->affiliation) == 0)
    return FALSE;
  sides->meeting = NULL;
  sides->n = 2;
  return TRUE;
}

/* A meeting word at @t, or soon after what they discussed: "the two leaders
 * met", "discussed a possible meeting"; not "the two ministers discussed
 * fishing" after a call */
gboolean
_byline_meetings_told_of_meeting (const Ctx *c, guint t)
{
  static const char *const words[] = { "meet", "met", "meeting", "talks", "summit", NULL };

  if (is_one_of (c, t, words))
    return TRUE;
  for (guint k = t + 1; k < c->n && k < t + 8; k++)
    {
      if (c->toks[k].kind != BYLINE_TOKEN_WORD)
        return FALSE;
      if (is_one_of (c, k, words))
        return TRUE;
    }
  return FALSE;
}

/* The last meeting of a group among itself named by the plural at @from
 * ("Andean leaders" for "the leaders"), filling @sides */
static gboolean
group_told (const Ctx *c, guint from, BylineDescribed *sides)
{
  gsize len = byline_token_len (&c->toks[from]);
  const char *noun = c->text + c->toks[from].start;

  if (c->toks[from].kind != BYLINE_TOKEN_WORD || noun[len - 1] != 's')
    return FALSE;
  for (guint k = c->meetings->len; k > 0 && k + NEARBY > c->meetings->len; k--)
    {
      const BylineMeeting *m = c->meetings->pdata[k - 1];
      const BylineParticipant *p;
      gsize n;

      if (m->participants->len != 1)
        continue;
      p = &g_array_index (m->participants, BylineParticipant, 0);
      n = p->name != NULL ? strlen (p->name) : 0;
      /* (a qualified group: "Andean leaders", not "leaders") */
      if (n > len + 1 && p->name[n - len - 1] == ' ' && g_ascii_strncasecmp (p->name + n - len, noun, len) == 0
          && (p->entity == NULL || p->entity->type != BYLINE_ENTITY_PERSON))
        {
          sides->meeting = m;
          sides->who[0] = p->entity;
          sides->n = 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* The people a description stands for join @m */
void
_byline_meetings_add_described (BylineMeeting *m, const BylineDescribed *sides)
{
  for (guint p = 0; p < sides->n; p++)
    {
      const char *name = sides->meeting != NULL ? g_array_index (sides->meeting->participants, BylineParticipant, p).name
                                                : sides->who[p]->name;

      _byline_meetings_add_participant (m, sides->who[p], g_strdup (name));
    }
}

/* How well the people of a meeting fit a description: 2 when every one holds
 * its qualified title ("foreign minister"), 1 its head ("minister"), else 0 */
static guint
sides_fit (const BylineMeeting *m, guint n, const char *stem, const char *qualified)
{
  guint level = 2;

  if (stem == NULL)
    return 0;
  /* "the two sides": any pair is a pair of sides */
  if (g_str_equal (stem, "side"))
    return 1;
  for (guint p = 0; p < n; p++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

      if (!role_fits (e->role, stem))
        return 0;
      if (qualified != NULL && !role_fits (e->role, qualified))
        level = 1;
    }
  return level;
}

/* The first n sides of m are people */
static gboolean
people_first (const BylineMeeting *m, guint n)
{
  for (guint p = 0; p < n; p++)
    {
      const BylineEntity *e = g_array_index (m->participants, BylineParticipant, p).entity;

      if (e == NULL || e->type != BYLINE_ENTITY_PERSON)
        return FALSE;
    }
  return TRUE;
}

/* A side's name alone that is a proper name, every word capitalised: "United
 * States", not "other officials" or "Russian counterpart" */
gboolean
_byline_meetings_proper_name (const char *name)
{
  if (name == NULL || !g_ascii_isupper (name[0]))
    return FALSE;
  for (const char *w = strchr (name, ' '); w != NULL; w = strchr (w + 1, ' '))
    if (!g_ascii_isupper (w[1]))
      return FALSE;
  return TRUE;
}

/* The third side of a meeting is a country, by its entity or by a proper name
 * alone ("United States" for a trip to Washington), not a group ("other
 * officials") */
static gboolean
third_is_a_land (const BylineMeeting *m)
{
  const BylineParticipant *p = &g_array_index (m->participants, BylineParticipant, 2);

  if (p->entity != NULL)
    return _byline_meetings_is_country (p->entity);
  return _byline_meetings_proper_name (p->name);
}

/* "the two foreign secretaries", "the two ministers", "the two men", "the three
 * leaders": the meeting of two (or three) people whose roles fit the noun best,
 * the last told, or the article's first when the description tells of another
 * time ("last met", "had already met"); else the last meeting of two people.
 * Fills sides with the meeting and its people the description stands for */
const BylineMeeting *
_byline_meetings_earlier_pair (const Ctx *c, guint from, guint end, BylineDescribed *sides)
{
  const BylineMeeting *best = NULL, *first = NULL;
  guint best_level = 0, best_n = 0, first_level = 0, first_n = 0;
  g_autofree char *stem = NULL;
  g_autofree char *qualified = NULL;
  guint head = from;
  /* how many: "the two", "both"; "the three"; or any ("the leaders") */
  guint count = from > 0 && (is_word (c, from - 1, "two") || is_word (c, from - 1, "both")) ? 2
                : from > 0 && is_word (c, from - 1, "three") ? 3 : 0;
  gboolean other_time = FALSE;

  memset (sides, 0, sizeof *sides);

  /* (the noun ends at the verb: "the two leaders agreed to meet") */
  for (guint k = from; k < end && c->toks[k].kind == BYLINE_TOKEN_WORD
                       && !(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST)) && !is_word (c, k, "to")
                       && _byline_meetings_trigger_at (c, k, end) == TRIGGER_NONE && !adverb_or_aux (c, k); k++)
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
      /* "the two foreign ministers": a pair of foreign ministers before a pair
       * of ministers */
      if (head > from && c->toks[head - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[head - 1].flags & BYLINE_TOKEN_CAP))
        {
          g_autofree char *before = span_text (c, head - 1, head);
          g_autofree char *low = g_utf8_strdown (before, -1);

          qualified = g_strdup_printf ("%s %s", low, stem);
        }
    }
  /* "X met separately with the delegation of A and with that of B ... the two
   * delegations agreed": the two X met each, not X and the last of them */
  if (count == 2 && stem != NULL
      && (g_str_equal (stem, "delegation") || g_str_equal (stem, "side") || g_str_equal (stem, "party")
          || g_str_equal (stem, "parti")))
    for (guint k = c->meetings->len; k > 1 && k + 4 > c->meetings->len; k--)
      {
        const BylineMeeting *a = c->meetings->pdata[k - 2], *b = c->meetings->pdata[k - 1];
        const BylineParticipant *a0, *b0, *a1, *b1;

        if (a->participants->len != 2 || b->participants->len != 2 || a->evidence->len == 0 || b->evidence->len == 0
            || g_array_index (a->evidence, BylineSpan, 0).start != g_array_index (b->evidence, BylineSpan, 0).start
            || g_array_index (a->evidence, BylineSpan, 0).start >= c->toks[from].start)
          continue;
        a0 = &g_array_index (a->participants, BylineParticipant, 0);
        b0 = &g_array_index (b->participants, BylineParticipant, 0);
        a1 = &g_array_index (a->participants, BylineParticipant, 1);
        b1 = &g_array_index (b->participants, BylineParticipant, 1);
        if (a0->entity == NULL || a0->entity != b0->entity || a1->entity == NULL || b1->entity == NULL
            || a1->entity == b1->entity
            || g_strstr_len (c->text + g_array_index (a->evidence, BylineSpan, 0).start,
                             g_array_index (a->evidence, BylineSpan, 0).end - g_array_index (a->evidence, BylineSpan, 0).start,
                             "separate") == NULL)
          continue;
        sides->n = 2;
        sides->who[0] = a1->entity;
        sides->who[1] = b1->entity;
        return NULL;
      }
  /* "the heads of state", "the heads of government": leaders */
  if (is_word (c, from, "heads") && is_word (c, from + 1, "of"))
    {
      g_free (stem);
      stem = g_strdup (is_word (c, from + 2, "state") && !is_word (c, from + 3, "and") ? "head of state"
                       : is_word (c, from + 2, "government") ? "head of government" : "leader");
      g_clear_pointer (&qualified, g_free);
    }
  /* "Malhotra had visited Hanoi last year, when the two leaders first met": a
   * pair with the person the sentence names before, if there is one */
  {
    const BylineEntity *named = NULL;

    for (guint k = from; k > 0 && k + 30 > from && named == NULL; k--)
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 1);

        if (is_punct (c, k - 1, '.') || (c->toks[k - 1].flags & BYLINE_TOKEN_NEWLINE))
          break;
        if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
          named = r->entity;
      }
    /* (by a word any pair fits: "the two leaders", "the two men") */
    if (stem == NULL || count == 3
        || !(g_str_equal (stem, "leader") || g_str_equal (stem, "men") || g_str_equal (stem, "women")))
      named = NULL;
    for (guint k = c->meetings->len; k > 0 && k + NEARBY > c->meetings->len && named != NULL; k--)
      {
        const BylineMeeting *m = c->meetings->pdata[k - 1];

        if (m->participants->len == 2 && _byline_meetings_has_participant (m, named, NULL)
            && g_array_index (m->participants, BylineParticipant, 0).entity != NULL
            && g_array_index (m->participants, BylineParticipant, 1).entity != NULL
            && g_array_index (m->participants, BylineParticipant, 0).entity->type == BYLINE_ENTITY_PERSON
            && g_array_index (m->participants, BylineParticipant, 1).entity->type == BYLINE_ENTITY_PERSON)
          {
            sides->meeting = m;
            sides->n = 2;
            sides->who[0] = g_array_index (m->participants, BylineParticipant, 0).entity;
            sides->who[1] = g_array_index (m->participants, BylineParticipant, 1).entity;
            return m;
          }
      }
    /* "A spoke to the Polish president by phone, and the two leaders agreed to meet":
     * A and the one A spoke to, not the last pair the article told of */
    if (named != NULL && from > 0)
      for (guint k = from; k > 0 && k + 30 > from; k--)
        {
          if (is_punct (c, k - 1, '.') || (c->toks[k - 1].flags & BYLINE_TOKEN_NEWLINE))
            break;
          if (_byline_meetings_remote (c, k - 1, k))
            return NULL;
        }
  }
  /* "The two ministers had already met in late January", "They first met in
   * 2019": a meeting of another time, told of the article's own pair */
  for (guint k = head + 1; k < end && k < head + 4 && !other_time; k++)
    other_time = is_word (c, k, "last") || is_word (c, k, "first") || is_word (c, k, "previously")
                 || is_word (c, k, "already") || is_word (c, k, "earlier") || is_word (c, k, "once")
                 /* "had met", not "had a working dinner" */
                 || (is_word (c, k, "had") && k + 1 < c->n && (byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_PAST));
  for (guint k = c->meetings->len; k > 0; k--)
    {
      const BylineMeeting *m = c->meetings->pdata[k - 1];
      guint n = 0, level;

      /* two people, and perhaps the country visited: "A's visit at the invitation of B" */
      if (count != 3
          && (m->participants->len == 2
              || (m->participants->len == 3
                  && (m->trip
                      || third_is_a_land (m)))))
        n = 2;
      /* three people: "the three leaders", and "the leaders" when each is one */
      if (m->participants->len == 3 && count != 2 && people_first (m, 3)
          && (count == 3 || sides_fit (m, 3, stem, qualified) > 0))
        n = 3;
      if (n == 0 || !people_first (m, n))
        continue;
      level = sides_fit (m, n, stem, qualified);
      if (best == NULL || level > best_level)
        {
          best = m;
          best_level = level;
          best_n = n;
        }
      first = m;
      first_level = level;
      first_n = n;
    }
  /* the article's first meeting, when it fits as well as any */
  if (other_time && first != NULL && first_level == best_level)
    {
      best = first;
      best_n = first_n;
    }
  /* no meeting of two who hold the office: the only two the article names
   * before with it ("The two foreign ministers last met in X", after one
   * received the other in words the finder did not read); not for "the
   * leaders", who may be more */
  /* "talks between the two ministers", "a meeting of the two leaders" */
  gboolean between = from >= 4 && is_word (c, from - 2, "the")
                     && (is_word (c, from - 3, "between") || is_word (c, from - 3, "of"))
                     && _byline_meetings_nominal_trigger (c, from - 4);

  if (best_level == 0 && count == 2 && stem != NULL && from > 0 && end < c->n
      && (_byline_meetings_told_of_meeting (c, end) || between)
      && titled_pair (c, from, stem, qualified, between, sides))
    return NULL;
  /* "The leaders last met in Nassau": the group whose meeting the article told,
   * "CARICOM leaders", not two of them */
  if (best_level == 0 && count == 0 && stem != NULL && from < c->n && group_told (c, from, sides))
    return sides->meeting;
  if (best == NULL)
    return NULL;
  sides->meeting = best;
  sides->n = best_n;
  for (guint p = 0; p < best_n; p++)
    sides->who[p] = g_array_index (best->participants, BylineParticipant, p).entity;
  return best;
}

/* "the two foreign secretaries" after a meeting of two prime ministers: a
 * qualified title that neither of the pair holds; the title's words, singular
 * ("foreign secretary"), or NULL when it may be theirs */
char *
_byline_meetings_pair_misfit (const Ctx *c, const BylineMeeting *pair, guint from, guint end)
{
  guint head = from;
  g_autofree char *word = NULL;
  g_autofree char *title = NULL;
  gsize len;

  for (guint k = from; k < end && k < from + 4 && c->toks[k].kind == BYLINE_TOKEN_WORD
                       && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
                       && !(byline_token_cls (&c->toks[k]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_PAST))
                       && _byline_meetings_trigger_at (c, k, end) == TRIGGER_NONE && !adverb_or_aux (c, k); k++)
    head = k;
  if (head == from
      || !(is_word (c, head, "ministers") || is_word (c, head, "secretaries") || is_word (c, head, "envoys")
           || is_word (c, head, "ambassadors") || is_word (c, head, "advisers") || is_word (c, head, "advisors")
           || is_word (c, head, "negotiators") || is_word (c, head, "chiefs") || is_word (c, head, "speakers")))
    return NULL;
  word = g_utf8_strdown (c->text + c->toks[head].start, byline_token_len (&c->toks[head]));
  len = strlen (word);
  if (g_str_has_suffix (word, "ies"))
    {
      word[len - 3] = 'y';
      word[len - 2] = '\0';
    }
  else
    word[len - 1] = '\0';
  for (guint p = 0; p < 2 && p < pair->participants->len; p++)
    {
      const BylineEntity *e = g_array_index (pair->participants, BylineParticipant, p).entity;

      if (e == NULL || e->role == NULL || role_fits (e->role, word))
        return NULL;
    }
  title = span_text (c, from, head);
  return g_strdup_printf ("%s %s", title, word);
}

static guint past_honorific (const Ctx *c, guint k, guint hi);

/* Does @p hold the office of @subject, "his counterpart"'s? */
static gboolean
same_office (const BylineEntity *p, const BylineEntity *subject)
{
  g_autofree char *lower = NULL;
  const char *stem = NULL;

  if (subject == NULL || subject->role == NULL || p->role == NULL)
    return FALSE;
  lower = g_ascii_strdown (subject->role, -1);
  if (strstr (lower, "foreign") != NULL)
    return strstr (p->role, "oreign") != NULL;
  if (strstr (lower, "prime minister") != NULL)
    stem = "prime minister";
  else if (strstr (lower, "president") != NULL && strstr (lower, "vice") == NULL)
    stem = "president";
  else if (strstr (lower, "defen") != NULL)
    stem = "defen";
  if (stem == NULL)
    return FALSE;
  g_free (lower);
  lower = g_ascii_strdown (p->role, -1);
  return strstr (lower, stem) != NULL;
}

/* "his Iranian counterpart", "the Turkish foreign minister": a person named elsewhere */
static const BylineEntity *
resolve_counterpart (const Ctx *c, guint i, guint hi, guint *end, const BylineEntity *subject)
{
  const BylineEntity *first = NULL;

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
  while (k < hi && k < i + 5 && (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE) && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
    k++;
  /* "his Russian opposite number": a counterpart */
  if (k + 1 < hi && is_word (c, k, "opposite") && is_word (c, k + 1, "number") && norp != NULL)
    k += 2;
  else if (k == i + 1 || (norp == NULL) || !(byline_token_cls (&c->toks[k - 1]) & BYLINE_WORD_ROLE))
    return NULL;
  *end = k;
  /* the name right after it: "his Russian opposite number Mikhail Bogov" */
  {
    const BylineMentionRef *r = byline_mentions_at (c->mentions, past_honorific (c, k + is_punct (c, k, ','), hi));

    if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && r->first_token >= k)
      return r->entity;
  }
  /* the person from that country named in the article, the one who holds the
   * subject's office first */
  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *p = c->entities->pdata[e];
      if (p->type == BYLINE_ENTITY_PERSON && p->affiliation && norp->affiliation
          && g_str_equal (p->affiliation, norp->affiliation))
        {
          if (same_office (p, subject))
            return p;
          if (first == NULL)
            first = p;
        }
    }
  if (first != NULL)
    return first;
  /* "DOHA (QNA) - ... Minister of Foreign Affairs X ... Jerandi held talks with his
   * Qatari counterpart": the one of the subject's office with no country said,
   * in the dateline's country */
  if (subject != NULL && norp->affiliation != NULL && c->wire_place != NULL
      && (g_strcmp0 (c->wire_place->name, norp->affiliation) == 0
          || (c->wire_place->lex != NULL && g_strcmp0 (c->wire_place->lex->country_name, norp->affiliation) == 0)))
    {
      const BylineEntity *found = NULL;

      for (guint e = 0; e < c->entities->len; e++)
        {
          const BylineEntity *p = c->entities->pdata[e];

          if (p->type != BYLINE_ENTITY_PERSON || p == subject || p->affiliation != NULL || !same_office (p, subject))
            continue;
          if (found != NULL)
            {
              found = NULL;
              break;
            }
          found = p;
        }
      if (found != NULL)
        return found;
    }
  /* or one titled by that country where named, past an honorific the title
   * reader leaves: "Oman's Foreign Minister Sayyid X", "Omani Foreign Minister
   * Sheikh X" */
  return norp->affiliation != NULL ? _byline_meetings_titled_by_country (c, norp->affiliation, NULL, i) : NULL;
}

/* "officials", "delegations": people who speak for their country, so that
 * "officials from Ghana and Togo" are Ghana and Togo, but "investors from Ghana"
 * are not */
static gboolean
state_noun (const Ctx *c, guint k)
{
  static const char *const nouns[] = {
    "officials", "delegations", "delegation", "ministers", "diplomats", "envoys", "representatives",
    "negotiators", "leaders", "counterparts", "lawmakers", "parliamentarians", "legislators",
    "ambassadors", "commanders", "governments", "presidents", "premiers", NULL,
  };

  return is_one_of (c, k, nouns);
}

/* "ASEAN leaders", "NATO foreign ministers": the end of an organisation's people
 * named by it, or 0 */
/* "the Kenya Rugby Union (KRU) executive committee": past the short name in brackets */
static guint
past_short_name (const Ctx *c, const BylineMentionRef *r, guint hi)
{
  guint k = r->end_token;

  if (k + 3 < hi && is_punct (c, k, '(') && (c->toks[k + 1].flags & BYLINE_TOKEN_ALLCAPS) && is_punct (c, k + 2, ')'))
    return k + 3;
  return k;
}

/* The group's name: "ASEAN leaders", "Kenya Rugby Union executive committee" */
char *
_byline_meetings_org_group_name (const Ctx *c, const BylineMentionRef *r, guint end)
{
  guint from = past_short_name (c, r, end);
  g_autofree char *org = NULL;
  g_autofree char *rest = NULL;

  if (from == r->end_token)
    return span_text (c, r->first_token, end);
  org = span_text (c, r->first_token, r->end_token);
  rest = span_text (c, from, end);
  return g_strdup_printf ("%s %s", org, rest);
}

guint
_byline_meetings_org_group_end (const Ctx *c, const BylineMentionRef *r, guint hi)
{
  guint from = past_short_name (c, r, hi);

  for (guint k = from; k < hi && k < from + 3; k++)
    {
      if (c->toks[k].kind != BYLINE_TOKEN_WORD || (c->toks[k].flags & BYLINE_TOKEN_CAP)
          || (byline_token_cls (&c->toks[k]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE
                                | BYLINE_WORD_MEETING | BYLINE_WORD_COGNITION)))
        return 0;
      if (state_noun (c, k))
        return k + 1;
      /* "the federation's executive committee", "the KRU board": a body of the body */
      if (is_word (c, k, "committee") || is_word (c, k, "board") || is_word (c, k, "panel")
          || (is_word (c, k, "executive") && is_word (c, k + 1, "committee")))
        return is_word (c, k, "executive") ? k + 2 : k + 1;
      /* "Senate appropriators", "Fed staffers": a plural that ends the noun group */
      if (byline_token_len (&c->toks[k]) > 4 && c->text[byline_token_end (&c->toks[k]) - 1] == 's'
          && c->text[byline_token_end (&c->toks[k]) - 2] != 's'
          && !(k + 1 < hi && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
               && !(byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_STOPWORD)))
        return k + 1;
    }
  return 0;
}

/* The nouns of a group with no name; the plurals apart, tested only for a word
 * that ends in "s", and each only when its first letter is the word's */
static const char *const group_plurals[] = {
  "lawmakers", "nations", "officials", "leaders", "ministers", "delegations",
  "counterparts", "diplomats", "envoys", "representatives", "senators", "members", "negotiators",
  "students", "executives", "investors", "businesspeople", "entrepreneurs",
  "activists", "journalists", "experts", "scholars", "parliamentarians", "legislators", "deputies",
  "elders", "commanders", "governors", "mayors", "ambassadors", "powers", "governments", "presidents",
  "premiers",
  /* people by their trade or standing: "met with county commissioners", "sat down with
   * growers", "will meet with dockworkers and union leaders" */
  "commissioners", "councillors", "councilors", "directors", "chiefs", "heads", "trustees",
  "appropriators", "mediators", "bankers", "farmers", "growers", "producers", "dockworkers",
  "employees", "unionists", "residents", "voters", "donors", "supporters", "families", "survivors",
  "veterans", "protesters", "clerics", "generals", "officers", "teachers", "parents", "owners",
  "manufacturers", "exporters", "traders", "industrialists", "CEOs", "authorities", "rulers", "chieftains",
  "monarchs", "emirs", "kings", "sultans",
  /* the sides of a trade or a debt: "consultations with producers and consumers",
   * "talks with creditor banks", "negotiations with its lenders" */
  "consumers", "importers", "buyers", "creditors", "lenders", "banks", "shareholders",
  /* the sides of a contract: "negotiations with foreign oil contractors", "talks
   * between the unions and the employers" */
  "contractors", "suppliers", "unions", "employers", NULL,
};
static const char *const group_singulars[] = {
  "delegation", "group", "government", "businessmen", "chairmen", NULL,
};
/* one person not named, only as a subject: "the Pakistani envoy called on ..." */
static const char *const group_subject_nouns[] = { "envoy", "ambassador", "diplomat", NULL };

/* Is the word at @k the noun of a group with no name ("officials", "banks",
 * "delegation")? */
gboolean
_byline_meetings_group_noun (const Ctx *c, guint k, gboolean subject)
{
  const BylineToken *t = &c->toks[k];
  gsize len = byline_token_len (t);
  const char *w = c->text + t->start;
  const char *const *list;
  char first;

  if (t->kind != BYLINE_TOKEN_WORD || len < 4 || len > 16)
    return FALSE;
  first = w[0] | 0x20;
  list = w[len - 1] == 's' ? group_plurals : group_singulars;
  /* "Minister X heads to Quito", "heads for talks": a verb, not "heads of state" */
  if (first == 'h' && len == 5 && byline_token_is (c->text, t, "heads") && k + 1 < c->n
      && (byline_token_is (c->text, &c->toks[k + 1], "to") || byline_token_is (c->text, &c->toks[k + 1], "for")
          || byline_token_is (c->text, &c->toks[k + 1], "home") || byline_token_is (c->text, &c->toks[k + 1], "back")))
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if ((list[i][0] | 0x20) == first && byline_token_is (c->text, t, list[i]))
      return TRUE;
  if (subject && list == group_singulars)
    for (guint i = 0; group_subject_nouns[i] != NULL; i++)
      if (group_subject_nouns[i][0] == first && byline_token_is (c->text, t, group_subject_nouns[i]))
        return TRUE;
  return FALSE;
}

/* A group with no name: "lawmakers", "Western nations", "senior Tajik officials" */
static char *
group_at (const Ctx *c, guint i, guint hi, guint *end)
{
  guint k = i;

  /* no group noun in the four words from here: none (a quick no, before the
   * tests below, for most words of a clause) */
  {
    gboolean any = FALSE;

    for (guint j = i; j < hi && j < i + 4 && !any; j++)
      any = _byline_meetings_group_noun (c, j, TRUE);
    if (!any)
      return NULL;
  }
  /* "the first exchange between the two ministers": a preposition starts no
   * group; what follows it is told of the meeting, not a side of it */
  if (is_word (c, i, "between") || is_word (c, i, "among"))
    return NULL;
  /* "presses ahead with vote as US envoy meets Suu Kyi": a clause's conjunction
   * before the group's noun; the group starts after it */
  /* (not "hold talks as world leaders gather": another meeting's clause) */
  for (guint j = i; j < hi && j < i + 3 && !_byline_meetings_group_noun (c, j, TRUE)
                    && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING);
       j++)
    if (is_one_of (c, j, (const char *const[]) { "as", "while", "when", "because", "if", "since", "until", NULL }))
      return NULL;
  /* "brought together the envoys of ...": a verb and its particle are no part
   * of the group, which starts after them */
  if (is_word (c, i, "brought") || is_word (c, i, "brings") || is_word (c, i, "bring") || is_word (c, i, "bringing")
      || is_word (c, i, "together"))
    return NULL;
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
  /* "is lobbying legislators and plans to meet X": the object of another verb is
   * no subject */
  if (!c->object_side && i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP)
      && byline_token_len (&c->toks[i - 1]) > 4 && (ends_with (c, i - 1, "ing") || ends_with (c, i - 1, "ed"))
      && !(byline_token_cls (&c->toks[i - 1]) & BYLINE_WORD_MEETING)
      /* (but "Newly appointed ambassadors", "recently elected leaders": a
       * participle after its adverb, a modifier of the group's noun) */
      && !(ends_with (c, i - 1, "ed") && i > 1 && c->toks[i - 2].kind == BYLINE_TOKEN_WORD && ends_with (c, i - 2, "ly")
           && byline_token_len (&c->toks[i - 2]) > 4))
    return NULL;
  /* "ASEAN leaders": the organisation's, which takes part by its name */
  if (i > 0 && byline_mentions_at (c->mentions, i - 1) != NULL
      && byline_mentions_at (c->mentions, i - 1)->end_token == i
      && byline_mentions_at (c->mentions, i - 1)->entity->type == BYLINE_ENTITY_ORG)
    return NULL;
  /* a group starts at its noun phrase, not at "of regional ministers" or "led
   * the delegation" */
  if (is_word (c, i, "led") || is_word (c, i, "leads") || is_word (c, i, "lead") || is_word (c, i, "headed")
      || is_word (c, i, "heads") || is_word (c, i, "leading") || is_word (c, i, "heading"))
    return NULL;
  if (is_word (c, i, "of") || is_word (c, i, "with") || is_word (c, i, "in") || is_word (c, i, "on")
      || is_word (c, i, "at") || is_word (c, i, "for") || is_word (c, i, "to") || is_word (c, i, "by"))
    return NULL;
  /* "The ministers last met in Kabul": the pair of an earlier meeting, read apart
   * (but "would meet the leaders again" is an object) */
  if (is_word (c, i, "the") && i + 2 < hi && !(c->object_side && !is_word (c, i + 2, "last") && !is_word (c, i + 2, "first"))
      && (is_word (c, i + 1, "ministers") || is_word (c, i + 1, "leaders") || is_word (c, i + 1, "presidents")
          || is_word (c, i + 1, "premiers") || is_word (c, i + 1, "secretaries") || is_word (c, i + 1, "counterparts"))
      && ((byline_token_cls (&c->toks[i + 2]) & BYLINE_WORD_MEETING) || is_word (c, i + 2, "last") || is_word (c, i + 2, "also")
          || is_word (c, i + 2, "again") || is_word (c, i + 2, "first") || is_word (c, i + 2, "have")
          || is_word (c, i + 2, "had") || is_word (c, i + 2, "will") || is_word (c, i + 2, "previously")))
    return NULL;
  /* "the two leaders", "both ministers": the pair of an earlier meeting, read apart */
  if ((is_word (c, i, "the") && (is_word (c, i + 1, "two") || is_word (c, i + 1, "both"))) || is_word (c, i, "two")
      || is_word (c, i, "both") || (i > 0 && (is_word (c, i - 1, "two") || is_word (c, i - 1, "both")))
      /* "the two foreign ministers last met": the pair again (but "in the meeting,
       * the two top diplomats discussed" is more of the one told) */
      || (i > 2 && is_word (c, i - 2, "two") && is_word (c, i - 3, "the") && c->toks[i - 1].kind == BYLINE_TOKEN_WORD
          && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP) && !is_word (c, hi, "discussed")))
    return NULL;

  while (k < hi && k < i + 4)
    {
      gboolean noun = _byline_meetings_group_noun (c, k, !c->object_side);
      /* "Officials from ...", capitalised by the sentence only, but not a title
       * before a name: "Ambassador Lewis Hartley" */
      if (noun && (!(c->toks[k].flags & BYLINE_TOKEN_CAP)
                   || ((c->toks[k].flags & BYLINE_TOKEN_SENT_START) && k + 1 < hi
                       && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)))
          /* "a group of investors", not "the group" */
          && (!is_word (c, k, "group") || is_word (c, k + 1, "of"))
          /* "teachers' union leaders": a possessor, not the group's head */
          && !(k + 1 < hi && (c->toks[k + 1].kind == BYLINE_TOKEN_POSSESSIVE || is_punct (c, k + 1, '\'')
                              || is_punct (c, k + 1, 0x2019)))
          /* "the Colombian government", not "government officials" */
          && !((is_word (c, k, "government") || is_word (c, k, "governments")) && k + 1 < hi
               && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
               && !is_word (c, k + 1, "and") && !is_word (c, k + 1, "of") && !is_word (c, k + 1, "in")
               && !is_word (c, k + 1, "on") && !is_word (c, k + 1, "at") && !is_word (c, k + 1, "to")
               && !is_word (c, k + 1, "for") && !is_word (c, k + 1, "with")))
        {
          guint first = i;
          *end = k + 1;
          /* "foreign ministers of the six party nations", "officials from Chile" */
          if ((is_word (c, k + 1, "of") || is_word (c, k + 1, "from")) && k + 2 < hi)
            {
              guint j = k + 2, limit = k + 8;
              /* ("leaders of the EU member states and of the six Western Balkan
               * partners": a second "of" after "and" goes on as far again) */
              for (guint a = k + 3; a + 1 < hi && a < k + 8; a++)
                if (is_word (c, a, "and") && is_word (c, a + 1, "of"))
                  limit = a + 8;
              while (j < hi && j < limit
                     && (c->toks[j].kind == BYLINE_TOKEN_WORD
                         /* "from 14 Pacific Rim economies", "the Group of 20" */
                         || (c->toks[j].kind == BYLINE_TOKEN_NUMBER && j > k + 2)
                         || (c->toks[j].kind == BYLINE_TOKEN_NUMBER && j + 1 < hi && c->toks[j + 1].kind == BYLINE_TOKEN_WORD)
                         /* "of the Lao People's Democratic Republic" */
                         || (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE && j + 1 < hi
                             && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP)))
                     && !(is_word (c, j, "and") && j + 1 < hi && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP))
                     /* "a delegation of the parliament led by its speaker": the group ends
                      * before a participle or a preposition of its own */
                     && !(!(c->toks[j].flags & BYLINE_TOKEN_CAP)
                          && (is_word (c, j, "led") || is_word (c, j, "headed") || is_word (c, j, "who")
                              || is_word (c, j, "which") || is_word (c, j, "that") || is_word (c, j, "in")
                              || is_word (c, j, "on") || is_word (c, j, "at") || is_word (c, j, "to")
                              || is_word (c, j, "for") || is_word (c, j, "during") || is_word (c, j, "with")
                              /* "lawmakers from Chile here today", "envoys who will meet" */
                              || is_word (c, j, "here") || is_word (c, j, "today") || is_word (c, j, "yesterday")
                              || (byline_token_cls (&c->toks[j]) & (BYLINE_WORD_FUTURE | BYLINE_WORD_MEETING))
                              /* "... Balkan countries held a joint session" */
                              || (j > k + 3 && (byline_token_cls (&c->toks[j]) & BYLINE_WORD_PAST)))))
                j++;
              /* (a long name is whole: "the delegation of the Government of the
               * Republic of Chad") */
              if (j > k + 2 && j < hi && byline_mentions_at (c->mentions, j - 1) != NULL
                  && byline_mentions_at (c->mentions, j - 1)->end_token > j
                  && byline_mentions_at (c->mentions, j - 1)->first_token >= k + 2)
                j = byline_mentions_at (c->mentions, j - 1)->end_token;
              *end = j;
            }
          if (is_word (c, first, "the") || is_word (c, first, "his") || is_word (c, first, "her"))
            first++;
          /* "ministers from the Alliance of Small Island States": the body's people,
           * named as the body names them ("Alliance of Small Island States ministers") */
          if (*end > k + 2 && (is_word (c, k + 1, "of") || is_word (c, k + 1, "from"))
              && is_one_of (c, k, (const char *const[]) { "ministers", "leaders", "officials", "representatives",
                                                         "envoys", "delegates", "negotiators", "governors",
                                                         "mayors", NULL }))
            {
              guint b = k + 2 + is_word (c, k + 2, "the");
              const BylineMentionRef *body = byline_mentions_at (c->mentions, b);

              /* (and not "late", a word of the clause after the name) */
              if (body != NULL && body->first_token == b && body->end_token <= *end
                  && body->entity->type == BYLINE_ENTITY_ORG && *end <= body->end_token + 1)
                {
                  *end = body->end_token;
                  g_autofree char *name = span_text (c, b, *end);
                  g_autofree char *people = span_text (c, first, k + 1);

                  if ((c->toks[first].flags & BYLINE_TOKEN_SENT_START) && g_ascii_isupper (people[0]))
                    people[0] = g_ascii_tolower (people[0]);
                  return g_strdup_printf ("%s %s", name, people);
                }
            }
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
        /* "peanut and cotton growers", "business and civic leaders": two modifiers
         * of one noun */
        if (is_word (c, k, "and") && k > i && k + 2 < hi && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
            && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_STOPWORD)
            && !_byline_meetings_group_noun (c, k + 1, !c->object_side) && _byline_meetings_group_noun (c, k + 2, !c->object_side)
            && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
          {
            k++;
            continue;
          }
        if (is_word (c, k, "that") || is_word (c, k, "which") || is_word (c, k, "who") || is_word (c, k, "and")
            /* "..., when the two leaders first met": a clause of its own */
            || is_word (c, k, "when") || is_word (c, k, "where") || is_word (c, k, "while")
            || is_word (c, k, "after") || is_word (c, k, "before") || is_word (c, k, "since")
            || is_word (c, k, "until") || is_word (c, k, "because") || is_word (c, k, "whom")
            || (byline_token_cls (&c->toks[k]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)))
          break;
        /* "met here Monday with a delegation": a day or a preposition is no modifier */
        if (is_word (c, k, "with") || is_word (c, k, "here")
            || (byline_mentions_at (c->mentions, k) != NULL
                && byline_mentions_at (c->mentions, k)->entity->type == BYLINE_ENTITY_DATE))
          break;
      }
      k++;
    }
  return NULL;
}

/* "DAP's Mr Loke", "Grand National Assembly Speaker Binali Yıldırım", "Yonhap":
 * an organisation that only says whom a person belongs to, or an outlet */
/* An office's word, whole or as a part of a hyphenated title ("vice-chairman",
 * "Under-Secretary-General") */
gboolean
_byline_meetings_role_word (const Ctx *c, guint k)
{
  const char *w = c->text + c->toks[k].start, *end = w + byline_token_len (&c->toks[k]);

  if (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE)
    return TRUE;
  if (c->toks[k].kind != BYLINE_TOKEN_WORD || !(c->toks[k].flags & BYLINE_TOKEN_HYPHEN))
    return FALSE;
  while (w < end)
    {
      const char *dash = memchr (w, '-', end - w);
      const char *stop = dash != NULL ? dash : end;
      g_autofree char *part = g_ascii_strdown (w, stop - w);

      if (byline_lexicon_word_class (c->lex, part) & BYLINE_WORD_ROLE)
        return TRUE;
      w = stop + 1;
    }
  return FALSE;
}

gboolean
_byline_meetings_affiliation_of_person (const Ctx *c, const BylineMentionRef *r, guint hi)
{
  /* (past the body's short name in brackets: "the Communist Party of Vietnam
   * (CPV) Central Committee Nguyen Phu Trong") */
  guint reach = 5 + (is_punct (c, r->end_token, '(') ? 3 : 0);

  if (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)
    return TRUE;
  for (guint j = r->end_token; j < hi && j < r->end_token + reach; j++)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, j);
      if (p && p->entity->type == BYLINE_ENTITY_PERSON)
        return TRUE;
      if (!(c->toks[j].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE)
          && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE && !is_punct (c, j, '.') && !is_punct (c, j, '(')
          && !is_punct (c, j, ')'))
        break;
    }

  /* "the Minister of Commerce, Industry and Investment Promotion, Saleh Al
   * Rawahi", "the Cabinet Secretary for Foreign Affairs, Hon. Ruth Wambui": an
   * office's long title, then its holder; not "the ministry, Lavrov said" */
  {
    guint first = r->first_token;
    gboolean title = FALSE;
    guint commas = 0;

    /* "Secretary for Foreign and Diaspora Affairs": back over the title's words */
    /* (and over a body's name and its short name in brackets: "Secretary of the
     * Communist Party of China (CPC) Central Committee") */
    guint back = 6;

    while (first >= 2 && first + back > r->first_token
           && ((c->toks[first - 1].flags & BYLINE_TOKEN_CAP) || is_word (c, first - 1, "and") || is_punct (c, first - 1, ',')
               || (first >= 4 && is_punct (c, first - 1, ')') && is_punct (c, first - 3, '('))
               || (back > 6 && (is_word (c, first - 1, "the") || is_word (c, first - 1, "of")) && first >= 3
                   && (c->toks[first - 2].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, first - 2) != NULL)))
      {
        if (is_punct (c, first - 1, ')'))
          {
            first -= 3;
            back = 14;
          }
        else
          first--;
      }
    if (first >= 3 && is_word (c, first - 1, "the") && is_word (c, first - 2, "of"))
      first--;
    if (first >= 2 && (is_word (c, first - 1, "of") || is_word (c, first - 1, "for"))
        && (byline_token_cls (&c->toks[first - 2]) & BYLINE_WORD_ROLE))
      title = TRUE;
    /* "UN Under-Secretary-General", "EU High Representative": a title after the body */
    for (guint j = r->end_token; j < hi && j < r->end_token + 3 && !title && (c->toks[j].flags & BYLINE_TOKEN_CAP); j++)
      title = _byline_meetings_role_word (c, j);
    for (guint j = r->end_token; title && j < hi && j < r->end_token + 14; j++)
      {
        const BylineMentionRef *p = byline_mentions_at (c->mentions, j);

        if (p && p->entity->type == BYLINE_ENTITY_PERSON)
          return !(p->end_token < hi && (byline_token_cls (&c->toks[p->end_token]) & BYLINE_WORD_SPEECH));
        if (is_punct (c, j, ',') && ++commas > 2)
          return FALSE;
        if (!(c->toks[j].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE)
            && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE && !is_punct (c, j, '.') && !is_punct (c, j, ',')
            && !is_punct (c, j, '(') && !is_punct (c, j, ')')
            && !is_word (c, j, "of") && !is_word (c, j, "for") && !is_word (c, j, "and") && !is_word (c, j, "the"))
          return FALSE;
      }
  }
  return FALSE;
}

gboolean
_byline_meetings_is_country (const BylineEntity *e)
{
  return e->type == BYLINE_ENTITY_PLACE && e->lex != NULL && e->lex->kind == BYLINE_LEX_COUNTRY;
}

/* A participant's name: a person by the fullest name, a country as the sentence
 * names it ("the DPRK-Russia summit": "DPRK", not the name in full) */
char *
_byline_meetings_mention_name (const Ctx *c, const BylineMentionRef *r)
{
  if (_byline_meetings_is_country (r->entity) && r->end > r->start)
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
const BylineEntity *
_byline_meetings_country_of_name (const Ctx *c, const BylineEntity *e)
{
  const BylineEntity *found = NULL;
  gsize len;

  if (_byline_meetings_is_country (e))
    return e;
  if (e->type != BYLINE_ENTITY_PLACE || strchr (e->name, ' ') != NULL)
    return NULL;
  len = strlen (e->name);
  for (guint i = 0; i < c->entities->len; i++)
    {
      const BylineEntity *o = c->entities->pdata[i];

      if (_byline_meetings_is_country (o) && strncmp (o->name, e->name, len) == 0 && o->name[len] == ' ')
        {
          if (found != NULL)
            return NULL;
          found = o;
        }
    }
  return found;
}

/* A person told by a long title first, then named after a comma, as state
 * media and readouts write: "the Federal Minister for Foreign Affairs of the
 * Republic of X, H.E. Dr. NAME", "The Cabinet Secretary for Trade and
 * Industry, Hon. NAME", "the Danish Minister for Economic Affairs, NAME",
 * "the Deputy Prime Minister, Minister of Foreign Affairs of X, NAME". @i is at
 * "the"; the title holds an office, and only capitalised words, names and
 * "of", "for", "and", "the" */
static const BylineMentionRef *
titled_person (const Ctx *c, guint i, guint hi, guint *end)
{
  gboolean office = FALSE;
  guint k, titles = 0;

  for (k = i + 1; k < hi && k < i + 18 + 12 * titles; k++)
    {
      const BylineToken *t = &c->toks[k];
      const BylineMentionRef *r;

      /* "the Deputy Prime Minister, Minister of Foreign Affairs of X, NAME": a
       * second title after the first one's comma */
      if (is_punct (c, k, ',') && office && titles == 0 && k + 1 < hi && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
          && (byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_ROLE) && byline_mentions_at (c->mentions, k + 1) == NULL)
        {
          titles++;
          continue;
        }
      if (is_punct (c, k, ','))
        break;
      if (t->kind == BYLINE_TOKEN_WORD && (byline_token_cls (t) & BYLINE_WORD_ROLE))
        {
          office = TRUE;
          continue;
        }
      r = byline_mentions_at (c->mentions, k);
      /* a name after "for", "of", "and" in a title is the office's field, however read:
       * "Secretary for Foreign and Diaspora Affairs" */
      if (r != NULL && r->entity->type != BYLINE_ENTITY_DATE
          && (r->entity->type != BYLINE_ENTITY_PERSON
              || (r->first_token == k && (is_word (c, k - 1, "for") || is_word (c, k - 1, "of") || is_word (c, k - 1, "and")))))
        {
          k = r->end_token - 1;
          continue;
        }
      if (t->kind != BYLINE_TOKEN_WORD || r != NULL
          || !((t->flags & BYLINE_TOKEN_CAP) || is_word (c, k, "of") || is_word (c, k, "for")
               || is_word (c, k, "and") || is_word (c, k, "the")))
        return NULL;
    }
  if (!office || !is_punct (c, k, ','))
    return NULL;
  /* past the honorifics: "H.E. Dr.", "Hon.", "Mr" */
  for (guint j = k + 1; j < hi && j < k + 7; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          *end = r->end_token;
          return r;
        }
      if (r != NULL
          || (!is_punct (c, j, '.')
              && !(c->toks[j].kind == BYLINE_TOKEN_WORD && (c->toks[j].flags & BYLINE_TOKEN_CAP)
                   && byline_token_len (&c->toks[j]) <= 4)))
        return NULL;
    }
  return NULL;
}

/* The country the article names whose short name is @name ("Turkey" for
 * "Türkiye"), or NULL */
static const BylineEntity *
country_named (const Ctx *c, const char *name)
{
  for (guint e = 0; e < c->entities->len && name != NULL; e++)
    {
      const BylineEntity *o = c->entities->pdata[e];

      if (_byline_meetings_is_country (o)
          && (g_strcmp0 (o->name, name) == 0 || g_strcmp0 (o->lex->country_name, name) == 0))
        return o;
    }
  return NULL;
}

/* The country a side of a meeting speaks for, by its short name, one the
 * article names or whose people it names: the country itself, or a person's
 * affiliation (not "ABC News", a byline's); or NULL */
static const char *
side_country (const Ctx *c, const BylineParticipant *p)
{
  const char *name;

  if (p->entity == NULL)
    return NULL;
  if (_byline_meetings_is_country (p->entity))
    return p->entity->lex->country_name != NULL ? p->entity->lex->country_name : p->entity->name;
  if (p->entity->type != BYLINE_ENTITY_PERSON || (name = p->entity->affiliation) == NULL)
    return NULL;
  if (country_named (c, name) != NULL)
    return name;
  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *o = c->entities->pdata[e];

      if (o->type == BYLINE_ENTITY_NORP && g_strcmp0 (o->affiliation, name) == 0)
        return name;
    }
  return NULL;
}

/* The two countries "the two countries" stands for at token @i, added to @m as
 * its sides: the two the sentence names before @i ("A has no ties with B,
 * though envoys from the two countries have met"), else the two of the last
 * meeting whose sides speak for two countries, among the first @told of
 * c->meetings; FALSE when there are none */
gboolean
_byline_meetings_add_two_countries (Ctx *c, guint i, guint told, BylineMeeting *m)
{
  const char *two[2] = { NULL, NULL };

  {
    guint s0 = i;
    const BylineMentionRef *named[3] = { NULL, NULL, NULL };
    guint n_named = 0;

    while (s0 > 0 && s0 + 60 > i && !(c->toks[s0].flags & BYLINE_TOKEN_SENT_START))
      s0--;
    for (guint q = s0; q < i && n_named < 3; q++)
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, q);

        if (r != NULL && r->first_token == q && _byline_meetings_is_country (r->entity)
            && (n_named == 0 || named[0]->entity != r->entity) && (n_named < 2 || named[1]->entity != r->entity))
          named[n_named++] = r;
      }
    if (n_named == 2)
      {
        for (guint q = 0; q < 2; q++)
          _byline_meetings_add_participant (m, named[q]->entity, g_strdup (named[q]->entity->name));
        return TRUE;
      }
  }
  for (guint e = told; e > 0 && e + NEARBY > told && two[1] == NULL; e--)
    {
      const BylineMeeting *o = c->meetings->pdata[e - 1];

      two[0] = two[1] = NULL;
      for (guint q = 0; q < o->participants->len; q++)
        {
          const char *country = side_country (c, &g_array_index (o->participants, BylineParticipant, q));

          if (country == NULL || g_strcmp0 (country, two[0]) == 0 || g_strcmp0 (country, two[1]) == 0)
            continue;
          if (two[0] == NULL)
            two[0] = country;
          else if (two[1] == NULL)
            two[1] = country;
          else
            {
              two[1] = NULL; /* three countries: not "the two" */
              break;
            }
        }
    }
  if (two[1] == NULL)
    return FALSE;
  for (guint q = 0; q < 2; q++)
    {
      /* the country as the article names it ("Türkiye"), when it does */
      const BylineEntity *country = country_named (c, two[q]);

      _byline_meetings_add_participant (m, country, g_strdup (country != NULL ? country->name : two[q]));
    }
  return TRUE;
}

/* The country @e stands for, a country or its people ("Iranian"), added to @m
 * as a side, by the name the article gives it; FALSE when it is neither */
gboolean
_byline_meetings_add_country_of (Ctx *c, const BylineEntity *e, BylineMeeting *m)
{
  const BylineEntity *country;
  const char *name;

  if (_byline_meetings_is_country (e))
    {
      _byline_meetings_add_participant (m, e, g_strdup (e->name));
      return TRUE;
    }
  if (e->type != BYLINE_ENTITY_NORP || (name = e->affiliation) == NULL)
    return FALSE;
  country = country_named (c, name);
  _byline_meetings_add_participant (m, country, g_strdup (country != NULL ? country->name : name));
  return TRUE;
}

/* The two countries of a body's meeting when the article's people speak for one
 * only: that one and the country of the wire dateline, the host at home
 * ("LUANDA - The President received Portugal's secretary of state ... the two
 * countries will hold the next session of the commission in Lisbon"); added to
 * @m, or FALSE. The meetings are the first @told of c->meetings */
gboolean
_byline_meetings_add_home_and_guest (Ctx *c, guint told, BylineMeeting *m)
{
  const char *home = NULL, *guest = NULL;

  if (c->dl_end <= c->dl_start)
    return FALSE;
  for (guint k = byline_mentions_lower_bound (c->mentions, 0); k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->start >= c->dl_end)
        break;
      if (r->start < c->dl_start || r->entity->type != BYLINE_ENTITY_PLACE || r->entity->lex == NULL)
        continue;
      home = r->entity->lex->country_name != NULL ? r->entity->lex->country_name
             : _byline_meetings_is_country (r->entity) ? r->entity->name : NULL;
      break;
    }
  if (home == NULL)
    return FALSE;
  for (guint e = told; e > 0 && e + NEARBY > told && guest == NULL; e--)
    {
      const BylineMeeting *o = c->meetings->pdata[e - 1];

      for (guint q = 0; q < o->participants->len && guest == NULL; q++)
        {
          const char *country = side_country (c, &g_array_index (o->participants, BylineParticipant, q));

          if (country != NULL && g_strcmp0 (country, home) != 0)
            guest = country;
        }
    }
  if (guest == NULL)
    return FALSE;
  {
    const BylineEntity *a = country_named (c, home), *b = country_named (c, guest);

    _byline_meetings_add_participant (m, a, g_strdup (a != NULL ? a->name : home));
    _byline_meetings_add_participant (m, b, g_strdup (b != NULL ? b->name : guest));
  }
  return TRUE;
}

/* "the two countries", "the two governments", "the two countries' foreign
 * ministers", "special envoys from the two countries": the two countries whose people met last,
 * as the sides of a meeting; FALSE when the text says none of that or no
 * meeting told before has two countries. @i is at the side's first word */
static gboolean
two_countries_at (Ctx *c, guint i, guint hi, BylineMeeting *m, guint *end)
{
  guint k = i, j;

  /* "envoys from the two countries", "the trade ministers of both countries": a
   * few plain words, then "from" or "of" (cheap: "the two" or "both" at most
   * four words on) */
  if (!(is_word (c, k, "the") && is_word (c, k + 1, "two")) && !is_word (c, k, "both"))
    {
      if (is_word (c, k, "the") && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP))
        return FALSE;
      for (k = i + 1; k < hi && k < i + 4; k++)
        if (c->toks[k].kind != BYLINE_TOKEN_WORD)
          return FALSE;
        else if (is_word (c, k, "from") || is_word (c, k, "of"))
          break;
      if (k >= hi || k == i + 4
          || !((is_word (c, k + 1, "the") && is_word (c, k + 2, "two")) || is_word (c, k + 1, "both")))
        return FALSE;
      for (guint q = i; q < k; q++)
        if (byline_mentions_at (c->mentions, q) != NULL)
          return FALSE;
      k++;
    }
  if (is_word (c, k, "the") && is_word (c, k + 1, "two"))
    k += 2;
  else if (is_word (c, k, "both"))
    k += 1;
  else
    return FALSE;
  if (!(is_word (c, k, "countries") || is_word (c, k, "nations") || is_word (c, k, "governments")))
    return FALSE;
  j = k + 1;
  /* "the two countries' foreign ministers" */
  if (j < hi && (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE || is_punct (c, j, '\'') || is_punct (c, j, 0x2019)))
    for (j++; j < hi && j < k + 5 && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
              && byline_mentions_at (c->mentions, j) == NULL && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD);
         j++)
      ;
  if (!_byline_meetings_add_two_countries (c, i, c->meetings->len, m))
    return FALSE;
  *end = j;
  return TRUE;
}

/* A city the gazetteer knows (capitals among them) */
static gboolean
is_capital (const BylineEntity *e)
{
  return e->type == BYLINE_ENTITY_PLACE && e->lex != NULL && e->lex->kind == BYLINE_LEX_CITY;
}

/* A capital that stands for its government as a side: "between Belgrade and
 * Pristina", two cities right after "between" */
static gboolean
capital_side (const Ctx *c, const BylineMentionRef *r)
{
  const BylineMentionRef *other;
  guint i = r->first_token;

  if (!is_capital (r->entity) || i < 2)
    return FALSE;
  /* (the meeting's noun before "between", not "relations between") */
  if (is_word (c, i - 1, "between") && c->toks[i - 2].kind == BYLINE_TOKEN_WORD
      && (byline_token_cls (&c->toks[i - 2]) & BYLINE_WORD_MEETING))
    {
      other = byline_mentions_at (c->mentions, r->end_token + 1);
      return is_word (c, r->end_token, "and") && other != NULL && other->first_token == r->end_token + 1
             && is_capital (other->entity) && other->entity != r->entity;
    }
  if (i >= 2 && is_word (c, i - 1, "and"))
    {
      other = byline_mentions_at (c->mentions, i - 2);
      return other != NULL && other->end_token == i - 1 && is_capital (other->entity) && other->entity != r->entity
             && other->first_token > 1 && is_word (c, other->first_token - 1, "between")
             && c->toks[other->first_token - 2].kind == BYLINE_TOKEN_WORD
             && (byline_token_cls (&c->toks[other->first_token - 2]) & BYLINE_WORD_MEETING);
    }
  return FALSE;
}

/* The person the article names by the office of a description from @first to
 * @end ("President", "Polish Prime Minister": of that people, when it names
 * one): *holder is the one, or NULL when none; FALSE when several hold it */
static gboolean
office_holder (const Ctx *c, guint first, guint end, const BylineEntity **holder)
{
  const BylineMentionRef *p = byline_mentions_at (c->mentions, first);
  const char *people = NULL;
  g_autofree char *office = NULL;
  guint n = 0;

  *holder = NULL;
  if (p != NULL && p->first_token == first && p->entity->type == BYLINE_ENTITY_NORP)
    {
      people = p->entity->affiliation;
      first = p->end_token;
    }
  if (first >= end || is_word (c, first, "senior") || is_word (c, end, "of"))
    return TRUE;
  office = span_text (c, first, end);
  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *o = c->entities->pdata[e];

      if (o->type == BYLINE_ENTITY_PERSON && o->role != NULL && g_ascii_strcasecmp (o->role, office) == 0
          && (people == NULL || g_strcmp0 (o->affiliation, people) == 0))
        {
          *holder = o;
          n++;
        }
    }
  if (n > 1)
    *holder = NULL;
  return n <= 1;
}

/* "the Polish Prime Minister", "the Governor-General",
 * "a senior official of the port operator": a side met, told by office alone,
 * with no name after it; the description as the text gives it (without its
 * article), or NULL; @i is at its first word. Cheap: an article or a possessive
 * first, and an office word within three words */
static char *
office_description (const Ctx *c, guint i, guint hi, guint *end)
{
  const BylineMentionRef *r = byline_mentions_at (c->mentions, i);
  guint first, j, office = 0;

  /* (not "the visiting leader", the visitor of a trip, read above; nor "Peru's
   * ambassador", one a probe of unnamed sides keeps out) */
  if ((is_word (c, i, "the") || is_word (c, i, "a")) && !is_word (c, i + 1, "visiting"))
    {
      first = i + 1;
      j = i + 1;
      r = byline_mentions_at (c->mentions, j);
      /* "the Polish Prime Minister" */
      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_NORP && is_word (c, i, "the"))
        j = r->end_token;
      else if (r != NULL)
        return NULL;
    }
  else
    return NULL;
  /* up to the office: two words more at most, no name among them */
  for (guint k = j; k < hi && k < j + 3; k++)
    {
      const BylineToken *t = &c->toks[k];

      if (t->kind != BYLINE_TOKEN_WORD || byline_mentions_at (c->mentions, k) != NULL)
        break;
      if (byline_token_cls (t) & BYLINE_WORD_ROLE)
        {
          office = k + 1;
          break;
        }
      if (byline_token_cls (t) & BYLINE_WORD_STOPWORD)
        break;
    }
  if (office == 0 || ends_with (c, office - 1, "s") || is_word (c, office - 1, "counterpart"))
    return NULL;
  /* "the Governor-General": one title, capitalised, the one the country has */
  if (office == first + 1 && first == i + 1 && !(c->toks[first].flags & BYLINE_TOKEN_CAP))
    return NULL;
  /* "a senior official of the port operator": its body, in plain words */
  if (is_word (c, i, "a"))
    {
      guint k = office;

      if (!(is_word (c, k, "of") && is_word (c, k + 1, "the")))
        return NULL;
      for (k += 2; k < hi && k < office + 6 && c->toks[k].kind == BYLINE_TOKEN_WORD
                   && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, k) == NULL
                   && !(byline_token_cls (&c->toks[k]) & BYLINE_WORD_STOPWORD);
           k++)
        ;
      if (k == office + 2 || k - office > 5)
        return NULL;
      office = k;
    }
  /* a name follows: "the Polish Prime Minister, X", "the President of Chile X",
   * "Peru's ambassador to Chile, X"; or the office owns what was met: "the
   * minister's staff" */
  if (office < hi
      && (byline_mentions_at (c->mentions, office) != NULL || is_word (c, office, "of")
          || c->toks[office].kind == BYLINE_TOKEN_POSSESSIVE
          || (c->toks[office].kind == BYLINE_TOKEN_WORD && (c->toks[office].flags & BYLINE_TOKEN_CAP))))
    return NULL;
  for (guint k = office; k < hi && k < office + 7; k++)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, k);

      if (p != NULL && p->entity->type == BYLINE_ENTITY_PERSON)
        return NULL;
      if (c->toks[k].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[k]) & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)))
        break;
    }
  *end = office;
  return span_text (c, first, office);
}

/* Past "Mr", "Mrs", "Ms", "Dr" (with its point) at @k: "his Chadian counterpart,
 * Mr X" */
static guint
past_honorific (const Ctx *c, guint k, guint hi)
{
  guint j = k;

  if (k + 1 < hi && c->toks[k].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[k]) <= 3
      && (is_word (c, k, "Mr") || is_word (c, k, "Mrs") || is_word (c, k, "Ms") || is_word (c, k, "Dr")))
    return k + 1 + (k + 2 < hi && is_punct (c, k + 1, '.'));
  /* "his Mozambican counterpart, President X", "her counterpart, Minister of
   * Foreign Affairs and Regional Integration Y": past a title of capitalised
   * words, one of them an office, and the small words between them, to the
   * person it names */
  gboolean office = FALSE;

  while (j < hi && j < k + 12
         && (c->toks[j].kind == BYLINE_TOKEN_WORD
             /* "Minister for Planning, Development and Reform X": a portfolio's list */
             || (is_punct (c, j, ',') && office && j + 1 < hi && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
                 && (byline_mentions_at (c->mentions, j + 1) == NULL
                     || byline_mentions_at (c->mentions, j + 1)->entity->type != BYLINE_ENTITY_PERSON)))
         && (byline_mentions_at (c->mentions, j) == NULL
             || byline_mentions_at (c->mentions, j)->entity->type != BYLINE_ENTITY_PERSON)
         && ((c->toks[j].flags & BYLINE_TOKEN_CAP) || is_punct (c, j, ',')
             || (j > k && (is_word (c, j, "of") || is_word (c, j, "for") || is_word (c, j, "and") || is_word (c, j, "the")))))
    office |= (byline_token_cls (&c->toks[j++]) & BYLINE_WORD_ROLE) != 0;
  if (office && j > k && j < hi && byline_mentions_at (c->mentions, j) != NULL
      && byline_mentions_at (c->mentions, j)->first_token == j
      && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
    return j;
  return k;
}

/* Do the words from @k run to the trigger at @hi through a verb group only
 * ("also held", "will", "had earlier")? */
static gboolean
verb_group_to (const Ctx *c, guint k, guint hi)
{
  static const char *const words[] = {
    "also", "held", "hold", "had", "has", "have", "will", "would", "is", "was", "to", "later", "earlier", "then", NULL,
  };

  if (hi < k || hi > k + 3)
    return FALSE;
  for (; k < hi; k++)
    if (!is_one_of (c, k, words))
      return FALSE;
  return TRUE;
}

/* The one person named before token @i whose title holds the word after it
 * ("the minister"), or NULL when none or several */
static const BylineEntity *
titled_before (const Ctx *c, guint i, guint e)
{
  g_autofree char *word = g_ascii_strdown (c->text + c->toks[i + 1].start,
                                           byline_token_end (&c->toks[e - 1]) - c->toks[i + 1].start);
  const BylineEntity *found = NULL;

  for (guint at = byline_mentions_lower_bound (c->mentions, i), j = at; j > 0 && j + 200 > at; j--)
    {
      const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j - 1).entity;
      g_autofree char *role = NULL;

      if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || p == found)
        continue;
      role = g_ascii_strdown (p->role, -1);
      if (strstr (role, word) == NULL)
        continue;
      if (found != NULL)
        return NULL;
      found = p;
    }
  return found;
}

/* "the Omani guest", "the Congolese leader", "the head of Polish diplomacy": a
 * person of that people named before, by what they are in the story: the
 * guest or visitor, one who met someone in a meeting told before; the leader,
 * a head of state or government by title; the head of diplomacy, a foreign
 * minister by title. The one named nearest before @i, or NULL. Cheap: only at
 * "the" before a people or "head of" */
const BylineEntity *
_byline_meetings_people_described (const Ctx *c, guint i, guint hi, guint *end)
{
  static const char *const heads[] = { "president", "prime minister", "premier", "chancellor", "king", "emir",
                                       "sultan", "head of state", "head of government", NULL };
  static const char *const diplomats[] = { "foreign", "external", "secretary of state", NULL };
  const BylineMentionRef *r;
  const char *people;
  enum { GUEST, LEADER, DIPLOMACY } kind;
  guint k, top = 0;

  if (i + 2 >= hi || c->toks[i + 1].kind != BYLINE_TOKEN_WORD || !is_word (c, i, "the"))
    return NULL;
  /* "the top U.S. diplomat", "the U.S. diplomat": a country's name as its people's
   * word, and the head of its diplomacy */
  if (is_word (c, i + 1, "top"))
    top = 1;
  if ((r = byline_mentions_at (c->mentions, i + 1 + top)) != NULL && r->first_token == i + 1 + top
      && r->entity->type == BYLINE_ENTITY_PLACE && r->entity->lex != NULL
      && r->entity->lex->kind == BYLINE_LEX_COUNTRY && r->entity->lex->country_name != NULL)
    {
      guint w = r->end_token + (r->end_token < hi && is_punct (c, r->end_token, '.'));

      if (w < hi && is_word (c, w, "diplomat"))
        {
          people = r->entity->lex->country_name;
          kind = DIPLOMACY;
          k = w + 1;
          goto people_known;
        }
    }
  if (top != 0)
    return NULL;
  /* (a people's name has a capital) */
  if (!(c->toks[i + 1].flags & BYLINE_TOKEN_CAP) && !is_word (c, i + 1, "head"))
    return NULL;
  if (is_word (c, i + 1, "head") && is_word (c, i + 2, "of") && (r = byline_mentions_at (c->mentions, i + 3)) != NULL
      && r->first_token == i + 3 && r->entity->type == BYLINE_ENTITY_NORP && is_word (c, r->end_token, "diplomacy"))
    {
      kind = DIPLOMACY;
      k = r->end_token + 1;
    }
  else if ((r = byline_mentions_at (c->mentions, i + 1)) != NULL && r->first_token == i + 1
           && r->entity->type == BYLINE_ENTITY_NORP && r->end_token < hi
           && (is_word (c, r->end_token, "guest") || is_word (c, r->end_token, "visitor")
               || is_word (c, r->end_token, "leader")))
    {
      kind = is_word (c, r->end_token, "leader") ? LEADER : GUEST;
      k = r->end_token + 1;
    }
  else
    return NULL;
  if ((people = r->entity->affiliation) == NULL)
    return NULL;
people_known:
  for (guint at = byline_mentions_lower_bound (c->mentions, i), j = at; j > 0 && j + 400 > at; j--)
    {
      const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j - 1).entity;
      gboolean fits = FALSE;

      if (p->type != BYLINE_ENTITY_PERSON || g_strcmp0 (p->affiliation, people) != 0)
        continue;
      if (kind == GUEST)
        for (guint e = 0; e < c->meetings->len && !fits; e++)
          fits = _byline_meetings_has_participant (c->meetings->pdata[e], p, NULL);
      else if (p->role != NULL)
        {
          g_autofree char *role = g_ascii_strdown (p->role, -1);
          const char *const *words = kind == LEADER ? heads : diplomats;

          for (guint w = 0; words[w] != NULL && !fits; w++)
            fits = strstr (role, words[w]) != NULL;
        }
      if (fits)
        {
          *end = k;
          return p;
        }
    }
  return NULL;
}

/* The guest of a meeting a host told: the person named after "received",
 * "hosted" or "welcomed" in the sentence that first tells it; or NULL */
const BylineEntity *
_byline_meetings_guest_of (const Ctx *c, const BylineMeeting *o)
{
  const BylineSpan *ev;
  guint k;

  if (o->evidence->len == 0 || o->participants->len != 2)
    return NULL;
  ev = &g_array_index (o->evidence, BylineSpan, 0);
  for (k = byline_tokens_lower_bound (c->toks, 0, c->n, ev->start); k < c->n && c->toks[k].start < ev->end; k++)
    if (is_word (c, k, "received") || is_word (c, k, "hosted") || is_word (c, k, "welcomed")
        || is_word (c, k, "receives") || is_word (c, k, "hosts") || is_word (c, k, "welcomes"))
      break;
  if (k >= c->n || c->toks[k].start >= ev->end)
    return NULL;
  /* the first person after the verb, within its object */
  for (guint j = k + 1; j < c->n && j < k + 24 && c->toks[j].start < ev->end; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_PERSON)
        return _byline_meetings_has_participant (o, r->entity, NULL) ? r->entity : NULL;
      if (is_punct (c, j, '.') && !(byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ABBREVIATION))
        break;
    }
  return NULL;
}

/* The officer an organisation's name and an office's word stand for, right
 * after the name: "the AUC Chairperson" (the one person named before whose
 * title has the word and the body's name), "the NATO chief" (the one named
 * right after the body's name before); or NULL */
static const BylineEntity *
org_officer (const Ctx *c, const BylineMentionRef *r, guint hi)
{
  guint w = r->end_token;
  const BylineEntity *found = NULL;
  g_autofree char *word = NULL;
  gboolean chief;

  if (w >= hi || c->toks[w].kind != BYLINE_TOKEN_WORD || byline_mentions_at (c->mentions, w) != NULL
      || !(byline_token_cls (&c->toks[w]) & BYLINE_WORD_ROLE) || r->first_token == 0
      || !is_word (c, r->first_token - 1, "the"))
    return NULL;
  word = g_ascii_strdown (c->text + c->toks[w].start, byline_token_len (&c->toks[w]));
  chief = g_str_equal (word, "chief") || g_str_equal (word, "head") || g_str_equal (word, "boss");
  for (guint k = r->first_token; k > 0 && k + 600 > r->first_token; k--)
    {
      const BylineMentionRef *p = byline_mentions_at (c->mentions, k - 1);
      gboolean fits;

      if (p == NULL || p->first_token != k - 1 || p->entity->type != BYLINE_ENTITY_PERSON || p->entity == found)
        continue;
      if (chief)
        {
          /* "NATO Secretary General X": the body's name just before the person */
          fits = FALSE;
          for (guint q = p->first_token; q > 0 && q + 5 > p->first_token && !fits; q--)
            fits = byline_mentions_at (c->mentions, q - 1) != NULL
                   && byline_mentions_at (c->mentions, q - 1)->entity == r->entity;
        }
      else
        {
          g_autofree char *role = p->entity->role != NULL ? g_ascii_strdown (p->entity->role, -1) : NULL;
          g_autofree char *org = g_ascii_strdown (r->entity->name, -1);

          fits = role != NULL && strstr (role, word) != NULL;
          /* (of that body, when its title names one) */
          if (fits && strstr (role, " of ") != NULL && strstr (role, org) == NULL)
            fits = FALSE;
        }
      if (!fits)
        continue;
      if (found != NULL)
        return NULL;
      found = p->entity;
    }
  return found;
}

gboolean
_byline_meetings_participant_at (Ctx *c, guint i, guint hi, BylineMeeting *m, guint *end)
{
  const BylineMentionRef *r;

  /* "It said the minister also held talks with X": a subject told by a title in
   * lower case, right before the meeting's verb, is the one person named before
   * with that title (not one named after it, the partner) */
  /* (and "the defence minister held talks": a word of the title before it) */
  guint te = i + 2 + (i + 3 <= hi && c->toks[i + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i + 1].flags & BYLINE_TOKEN_CAP)
                      && !(byline_token_cls (&c->toks[i + 1]) & (BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD))
                      && byline_mentions_at (c->mentions, i + 1) == NULL);

  if (!c->object_side && te <= hi && c->toks[te - 1].kind == BYLINE_TOKEN_WORD
      && !(c->toks[te - 1].flags & BYLINE_TOKEN_CAP) && (byline_token_cls (&c->toks[te - 1]) & BYLINE_WORD_ROLE)
      && is_word (c, i, "the") && verb_group_to (c, te, hi)
      && byline_mentions_at (c->mentions, te - 1) == NULL && titled_before (c, i, te) != NULL)
    {
      const BylineEntity *who = titled_before (c, i, te);

      *end = te;
      _byline_meetings_add_participant (m, who, g_strdup (who->name));
      return TRUE;
    }
  /* "OSLO (Byline Sample Press) -": the dateline's agency met no one */
  if (i < c->n && byline_span_contains (&c->doc->wire, c->toks[i].start))
    return FALSE;
  /* "met Biden administration officials", "Reagan administration officials": a
   * person's name that qualifies a body's people is no side; the people are */
  if ((r = byline_mentions_at (c->mentions, i)) != NULL && r->first_token == i && r->entity->type == BYLINE_ENTITY_PERSON
      && r->end_token + 1 < hi
      && is_one_of (c, r->end_token, (const char *const[]) { "administration", "government", "campaign", "camp",
                                                              "cabinet", "transition", NULL }))
    {
      guint e = r->end_token + 1;

      while (e < hi && e < r->end_token + 3 && c->toks[e].kind == BYLINE_TOKEN_WORD && !(c->toks[e].flags & BYLINE_TOKEN_CAP)
             && !(byline_token_cls (&c->toks[e]) & BYLINE_WORD_STOPWORD))
        e++;
      if (e > r->end_token + 1 && ends_with (c, e - 1, "s"))
        {
          *end = e;
          _byline_meetings_add_participant (m, NULL, span_text (c, i, e));
          return TRUE;
        }
    }
  /* "meet Minister for Planning, Development and Reform X": past a long title
   * with its portfolio's list to the person */
  if (c->object_side && i < hi && (c->toks[i].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, i) == NULL
      && (byline_token_cls (&c->toks[i]) & BYLINE_WORD_ROLE))
    {
      guint j = past_honorific (c, i, hi);

      if (j >= i + 3 && (r = byline_mentions_at (c->mentions, j)) != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          *end = r->end_token;
          _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
          return TRUE;
        }
    }
  /* nor does one the document did not read: "New Delhi, Mar 2 (PTI) India and ..." */
  if (i < c->n && c->toks[i].start >= c->dl_start && c->toks[i].start < c->dl_end)
    return FALSE;
  r = byline_mentions_at (c->mentions, i);
  const BylineEntity *cp;
  char *group;

  /* "the two countries", "envoys from the two countries" */
  if (r == NULL && c->toks[i].kind == BYLINE_TOKEN_WORD && two_countries_at (c, i, hi, m, end))
    return TRUE;
  /* "talks between Belgrade and Pristina": two capitals for their governments */
  if (r != NULL && r->first_token == i && capital_side (c, r))
    {
      *end = r->end_token;
      _byline_meetings_add_participant (m, r->entity, span_text (c, r->first_token, r->end_token));
      return TRUE;
    }
  /* "received the US diplomat", "met the EU envoy": one of the land's told by
   * an envoy's word, no one named (the one named before is found later) */
  if (r != NULL && c->object_side && r->first_token == i && _byline_meetings_is_country (r->entity) && r->end_token < hi
      && is_one_of (c, r->end_token, (const char *const[]) { "envoy", "diplomat", "emissary", "mediator", NULL })
      && (r->end_token + 1 >= hi || byline_mentions_at (c->mentions, r->end_token + 1) == NULL))
    {
      *end = r->end_token + 1;
      _byline_meetings_add_participant (m, NULL, span_text (c, i, r->end_token + 1));
      return TRUE;
    }
  /* a country's meeting with countries */
  if (r != NULL && c->countries && _byline_meetings_is_country (r->entity))
    {
      *end = r->end_token;
      _byline_meetings_add_participant (m, r->entity, _byline_meetings_mention_name (c, r));
      return TRUE;
    }
  /* "Karimi's predecessor", "the president's wife": another person, by the one
   * named, no one named; "Ramaphosa's predecessor Jacob Zuma": the one named
   * after */
  if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 1 < hi
      && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
      && is_one_of (c, r->end_token + 1, (const char *const[]) { "predecessor", "successor", "wife", "husband", "son",
                                                                 "daughter", "deputy", "aide", "aides", "envoy",
                                                                 "spokesman", "spokeswoman", "lawyer", "lawyers",
                                                                 "father", "mother", "brother", "sister", NULL }))
    {
      guint n = r->end_token + 2 + is_punct (c, r->end_token + 2, ',');
      const BylineMentionRef *named = n < hi ? byline_mentions_at (c->mentions, n) : NULL;

      if (named == NULL)
        {
          *end = r->end_token + 2;
          _byline_meetings_add_participant (m, NULL, span_text (c, r->first_token, r->end_token + 2));
          return TRUE;
        }
      if (named->first_token == n && named->entity->type == BYLINE_ENTITY_PERSON && named->end_token <= hi)
        {
          *end = named->end_token;
          _byline_meetings_add_participant (m, named->entity, g_strdup (named->entity->name));
          return TRUE;
        }
    }
  /* "the AUC Chairperson", "the NATO chief": the body's officer named before */
  {
    const BylineMentionRef *o = r != NULL ? r : is_word (c, i, "the") ? byline_mentions_at (c->mentions, i + 1) : NULL;
    const BylineEntity *officer = o != NULL && o->entity->type == BYLINE_ENTITY_ORG && o->first_token >= i
                                    ? org_officer (c, o, hi)
                                    : NULL;

    if (officer != NULL)
      {
        *end = o->end_token + 1;
        _byline_meetings_add_participant (m, officer, g_strdup (officer->name));
        return TRUE;
      }
  }
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG))
    {
      *end = r->end_token;
      if (r->entity->type == BYLINE_ENTITY_ORG && _byline_meetings_affiliation_of_person (c, r, hi))
        return TRUE;
      /* "ASEAN leaders", "NATO foreign ministers": the organisation's people, as a group */
      if (r->entity->type == BYLINE_ENTITY_ORG && _byline_meetings_org_group_end (c, r, hi) != 0)
        {
          *end = _byline_meetings_org_group_end (c, r, hi);
          _byline_meetings_add_participant (m, r->entity, _byline_meetings_org_group_name (c, r, *end));
          return TRUE;
        }
      _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
      return TRUE;
    }
  if ((cp = resolve_counterpart (c, i, hi, end,
                                 m->participants->len > 0 ? g_array_index (m->participants, BylineParticipant, 0).entity
                                                          : NULL)) != NULL)
    {
      /* "his Iranian counterpart, Javad Zarif": the name follows */
      guint k = *end;
      if (is_punct (c, k, ','))
        k = past_honorific (c, k + 1, hi);
      r = byline_mentions_at (c->mentions, k);
      if (r && r->entity->type == BYLINE_ENTITY_PERSON)
        {
          cp = r->entity;
          *end = r->end_token;
        }
      _byline_meetings_add_participant (m, cp, g_strdup (cp->name));
      return TRUE;
    }
  /* "the Chilean president met his Peruvian counterpart", none of that people
   * named: the subject's office, of that people */
  if ((is_word (c, i, "his") || is_word (c, i, "her")) && i + 2 < hi && is_word (c, i + 2, "counterpart")
      && m->participants->len > 0 && !(i > 0 && is_punct (c, i - 1, ','))
      && byline_mentions_at (c->mentions, past_honorific (c, i + 3 + is_punct (c, i + 3, ','), hi)) == NULL
      && (r = byline_mentions_at (c->mentions, i + 1)) != NULL
      && r->first_token == i + 1 && r->end_token == i + 2 && r->entity->type == BYLINE_ENTITY_NORP)
    {
      const BylineEntity *side = g_array_index (m->participants, BylineParticipant, 0).entity;

      if (side != NULL && side->type == BYLINE_ENTITY_PERSON && side->role != NULL
          && g_ascii_strcasecmp (side->role, "counterpart") != 0)
        {
          g_autofree char *people = span_text (c, i + 1, i + 2);
          g_autofree char *office = g_ascii_strdown (side->role, -1);

          *end = i + 3;
          _byline_meetings_add_participant (m, NULL, g_strdup_printf ("%s %s", people, office));
          return TRUE;
        }
    }
  /* "will host his Egyptian and Sudanese counterparts": the subject's office, of
   * each people (none of them named after it) */
  if ((is_word (c, i, "his") || is_word (c, i, "her")) && i + 4 < hi && is_word (c, i + 2, "and")
      && is_word (c, i + 4, "counterparts") && m->participants->len > 0
      && byline_mentions_at (c->mentions, i + 1) != NULL && byline_mentions_at (c->mentions, i + 1)->end_token == i + 2
      && byline_mentions_at (c->mentions, i + 1)->entity->type == BYLINE_ENTITY_NORP
      && byline_mentions_at (c->mentions, i + 3) != NULL && byline_mentions_at (c->mentions, i + 3)->end_token == i + 4
      && byline_mentions_at (c->mentions, i + 3)->entity->type == BYLINE_ENTITY_NORP
      && !(i + 5 < hi && is_punct (c, i + 5, ',') && byline_mentions_at (c->mentions, i + 6) != NULL))
    {
      const BylineEntity *side = g_array_index (m->participants, BylineParticipant, 0).entity;

      if (side != NULL && side->type == BYLINE_ENTITY_PERSON && side->role != NULL
          && g_ascii_strcasecmp (side->role, "counterpart") != 0)
        {
          g_autofree char *one = span_text (c, i + 1, i + 2);
          g_autofree char *two = span_text (c, i + 3, i + 4);
          g_autofree char *office = g_ascii_strdown (side->role, -1);

          *end = i + 5;
          _byline_meetings_add_participant (m, NULL, g_strdup_printf ("%s %s", one, office));
          _byline_meetings_add_participant (m, NULL, g_strdup_printf ("%s %s", two, office));
          c->grouped = TRUE;  /* one meeting of the three */
          return TRUE;
        }
    }
  if (is_word (c, i, "the") && (r = titled_person (c, i, hi, end)) != NULL)
    {
      _byline_meetings_add_participant (m, r->entity, g_strdup (r->entity->name));
      return TRUE;
    }
  if ((cp = _byline_meetings_people_described (c, i, hi, end)) != NULL || (cp = byline_clauses_described_person (&c->reader, i, hi, end)) != NULL)
    {
      _byline_meetings_add_participant (m, cp, g_strdup (cp->name));
      return TRUE;
    }
  if ((group = group_at (c, i, hi, end)) != NULL)
    {
      /* "talks between delegations of Afghanistan and Pakistan": the countries */
      const BylineMentionRef *of = *end > 0 ? byline_mentions_at (c->mentions, *end - 1) : NULL;

      /* "met the parliament speakers of Peru, Bolivia and Ecuador": people of a list of
       * countries, as one group */
      /* "and his counterparts from the UAE, Bahrain and Egypt": the lands, as for
       * heads of state below */
      gboolean from = of != NULL && of->first_token >= 3
                      && (is_word (c, of->first_token - 1, "from")
                          || (is_word (c, of->first_token - 1, "the") && is_word (c, of->first_token - 2, "from")));

      if (of != NULL && of->end_token == *end && _byline_meetings_is_country (of->entity) && m->participants->len > 0
          && of->first_token >= 2 && (is_word (c, of->first_token - 1, "of") || from) && is_punct (c, *end, ','))
        {
          guint j = *end;

          while (j + 1 < hi && (is_punct (c, j, ',') || is_word (c, j, "and")))
            {
              const BylineMentionRef *next;

              j += is_punct (c, j, ',') && is_word (c, j + 1, "and") ? 2 : 1;
              next = byline_mentions_at (c->mentions, j);
              if (next == NULL || next->first_token != j || !_byline_meetings_is_country (next->entity))
                break;
              j = next->end_token;
              if (is_word (c, next->first_token - 1, "and"))
                {
                  guint h = i;

                  /* but heads of state and government stand for their countries: "meet
                   * the presidents of Chile, Peru and Bolivia" */
                  while (h + 1 < of->first_token && !is_word (c, h + 1, "of") && !is_word (c, h + 1, "from"))
                    h++;
                  if (from ? is_word (c, h, "counterparts")
                           : (is_word (c, h, "presidents") || is_word (c, h, "premiers") || is_word (c, h, "leaders")))
                    {
                      for (guint q = of->first_token; q < j; q++)
                        {
                          const BylineMentionRef *cr = byline_mentions_at (c->mentions, q);

                          if (cr != NULL && cr->first_token == q && _byline_meetings_is_country (cr->entity))
                            {
                              _byline_meetings_add_participant (m, cr->entity, _byline_meetings_mention_name (c, cr));
                              q = cr->end_token - 1;
                            }
                        }
                      g_free (group);
                      *end = j;
                      c->countries = TRUE;
                      c->grouped = TRUE;
                      return TRUE;
                    }
                  g_free (group);
                  group = span_text (c, i + (is_word (c, i, "the") || is_word (c, i, "his") || is_word (c, i, "her")), j);
                  *end = j;
                  _byline_meetings_add_participant (m, NULL, group);
                  return TRUE;
                }
            }
        }
      if (of != NULL && of->end_token == *end && _byline_meetings_is_country (of->entity) && of->first_token >= 2
          && (is_word (c, of->first_token - 1, "of") || (is_word (c, of->first_token - 1, "from") && state_noun (c, of->first_token - 2))
              || (is_word (c, of->first_token - 1, "the")
                                                          && is_word (c, of->first_token - 2, "of")))
          && (is_word (c, *end, "and") || m->participants->len > 0
              || (is_punct (c, *end, ',') && byline_mentions_at (c->mentions, *end + 1) != NULL
                  && _byline_meetings_is_country (byline_mentions_at (c->mentions, *end + 1)->entity))))
        {
          g_free (group);
          _byline_meetings_add_participant (m, of->entity, _byline_meetings_mention_name (c, of));
          c->countries = TRUE; /* the rest of the list is countries too */
          c->grouped = TRUE;   /* and one meeting with the group, not one with each */
          return TRUE;
        }
      _byline_meetings_add_participant (m, NULL, group);
      return TRUE;
    }
  /* "called on the visiting prime minister", "the visiting minister was received
   * by X": the visitor of the trip told last, or the guest a host received,
   * when no people is named */
  /* (and "received the guest", "the visitor": no title) */
  gboolean guest = is_word (c, i, "the") && i + 1 < hi && (is_word (c, i + 1, "guest") || is_word (c, i + 1, "visitor"))
                   && !(i + 2 < hi && ((c->toks[i + 2].flags & BYLINE_TOKEN_CAP) || byline_mentions_at (c->mentions, i + 2) != NULL
                                       || c->toks[i + 2].kind == BYLINE_TOKEN_POSSESSIVE));

  if ((is_word (c, i, "the") && is_word (c, i + 1, "visiting") && i + 2 < hi
       && byline_mentions_at (c->mentions, i + 2) == NULL) || guest)
    {
      guint j = i + 2;

      /* (the title's words: "the visiting prime minister", "defence minister") */
      while (j < hi && j < i + 5 && byline_token_title_word (&c->toks[j]) && byline_mentions_at (c->mentions, j) == NULL)
        j++;
      while (j > i + 2 && !(byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE))
        j--;
      if (guest)
        j = i + 2;
      if ((j > i + 2 || guest) && !(j < hi && (c->toks[j].flags & BYLINE_TOKEN_CAP)))
        for (guint k = c->meetings->len; k > 0 && k + NEARBY > c->meetings->len; k--)
          {
            const BylineMeeting *o = c->meetings->pdata[k - 1];
            const BylineEntity *visitor = o->participants->len > 0
                                            ? g_array_index (o->participants, BylineParticipant, 0).entity : NULL;

            if (!o->trip)
              visitor = _byline_meetings_guest_of (c, o);
            if (visitor != NULL && visitor->type == BYLINE_ENTITY_PERSON
                && !_byline_meetings_has_participant (m, visitor, NULL))
              {
                _byline_meetings_add_participant (m, visitor, g_strdup (visitor->name));
                *end = j;
                return TRUE;
              }
          }
    }
  /* "received the visiting Omani foreign minister": one of a people by title, not
   * named (a name would have been found above) */
  if (is_word (c, i, "the") && c->object_side)
    {
      guint k = i + 1 + is_word (c, i + 1, "visiting");
      const BylineMentionRef *p = byline_mentions_at (c->mentions, k);

      if (p != NULL && p->first_token == k && p->entity->type == BYLINE_ENTITY_NORP)
        {
          guint j = p->end_token;

          while (j < hi && j < p->end_token + 3 && c->toks[j].kind == BYLINE_TOKEN_WORD
                 && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
                 && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE))
            j++;
          if (j < hi && c->toks[j].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE)
              && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && !ends_with (c, j, "s")
              && byline_mentions_at (c->mentions, j + 1) == NULL && !is_punct (c, j + 1, ','))
            {
              g_autofree char *role = span_text (c, p->end_token, j + 1);
              const BylineEntity *named = NULL;

              /* the one of that people with that title, named elsewhere: "the
               * Turkish foreign minister" is Turkey's foreign minister told before */
              for (guint e = 0; e < c->entities->len && p->entity->affiliation != NULL; e++)
                {
                  const BylineEntity *o = c->entities->pdata[e];

                  if (o->type == BYLINE_ENTITY_PERSON && o->role != NULL && o->affiliation != NULL
                      && g_ascii_strcasecmp (o->role, role) == 0 && strcmp (o->affiliation, p->entity->affiliation) == 0)
                    {
                      named = named == NULL ? o : NULL;
                      if (named == NULL)
                        break;
                    }
                }
              /* or the one of that people who met this side before: "Pompeo and his
               * Turkish counterpart, X, ... Pompeo met the Turkish foreign minister" */
              for (guint e = c->meetings->len; e > 0 && named == NULL && m->participants->len > 0
                                                 && p->entity->affiliation != NULL; e--)
                {
                  const BylineMeeting *o = c->meetings->pdata[e - 1];
                  const BylineEntity *side = g_array_index (m->participants, BylineParticipant, 0).entity;

                  if (side == NULL || !_byline_meetings_has_participant (o, side, NULL))
                    continue;
                  for (guint q = 0; q < o->participants->len; q++)
                    {
                      const BylineEntity *x = g_array_index (o->participants, BylineParticipant, q).entity;

                      if (x != NULL && x != side && x->type == BYLINE_ENTITY_PERSON && x->affiliation != NULL
                          && strcmp (x->affiliation, p->entity->affiliation) == 0)
                        {
                          named = x;
                          break;
                        }
                    }
                }
              *end = j + 1;
              if (named != NULL)
                _byline_meetings_add_participant (m, named, g_strdup (named->name));
              else
                _byline_meetings_add_participant (m, NULL, span_text (c, k, j + 1));
              return TRUE;
            }
        }
    }
  /* "The Pope received X", "The Emir also hosted Y": a subject told by one
   * capitalised title alone, at the head of its sentence, right before the
   * meeting's verb: the one the article names by that office, or the office */
  if (!c->object_side && i + 2 <= hi && (c->toks[i + 1].flags & BYLINE_TOKEN_CAP)
      && (byline_token_cls (&c->toks[i + 1]) & BYLINE_WORD_ROLE) && is_word (c, i, "the")
      && ((c->toks[i].flags & BYLINE_TOKEN_SENT_START) || (i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_PUNCT))
      && byline_mentions_at (c->mentions, i + 1) == NULL
      && (i + 2 == hi || (i + 3 == hi && is_word (c, i + 2, "also"))))
    {
      const BylineEntity *holder = NULL;

      if (!office_holder (c, i + 1, i + 2, &holder))
        return FALSE;
      *end = i + 2;
      _byline_meetings_add_participant (m, holder, holder != NULL ? g_strdup (holder->name) : span_text (c, i + 1, i + 2));
      return TRUE;
    }
  /* "the Prime Minister, President X and President Y met": an office of one or
   * more capitalised words first in a list of subjects, the one the article
   * names by it */
  if (!c->object_side && is_word (c, i, "the") && i + 3 < hi && (c->toks[i + 1].flags & BYLINE_TOKEN_CAP)
      && byline_mentions_at (c->mentions, i + 1) == NULL)
    {
      guint e = i + 1;
      const BylineEntity *holder = NULL;

      while (e < hi && e < i + 4 && c->toks[e].kind == BYLINE_TOKEN_WORD && (c->toks[e].flags & BYLINE_TOKEN_CAP)
             && byline_mentions_at (c->mentions, e) == NULL)
        e++;
      if (e < hi && (byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ROLE) && (is_punct (c, e, ',') || is_word (c, e, "and"))
          && office_holder (c, i + 1, e, &holder) && holder != NULL)
        {
          *end = e;
          _byline_meetings_add_participant (m, holder, g_strdup (holder->name));
          return TRUE;
        }
    }
  /* "talks with the Polish Prime Minister", "was received by the Governor-General",
   * "met a senior official of the port operator": the office, no one named */
  if (c->object_side && (group = office_description (c, i, hi, end)) != NULL)
    {
      const BylineEntity *holder = NULL;

      /* the one the article names by that office, when it does: "the President"
       * after "President X"; none when it names several */
      if (!office_holder (c, i + 1, *end, &holder))
        {
          g_free (group);
          return FALSE;
        }
      if (holder != NULL)
        {
          g_free (group);
          _byline_meetings_add_participant (m, holder, g_strdup (holder->name));
        }
      else
        _byline_meetings_add_participant (m, NULL, group);
      return TRUE;
    }
  return FALSE;
}

/* "will hold the next round of talks", "will hold the council's next meeting":
 * a meeting to come after the one told, named just before the trigger @t (from
 * @j, after the subjects) */
static gboolean
next_one_before (const Ctx *c, guint j, guint t)
{
  for (guint k = t; k > j && k + 5 > t; k--)
    if (is_word (c, k - 1, "next"))
      return TRUE;
  return FALSE;
}

/* "Poland met the Paris Club", "Chile will meet the IMF": a land's verb of
 * meeting with a named body or person for its object, not a thing ("met the
 * NATO target") nor a side of a match ("met Brazil in the final") */
static gboolean
met_a_body (const Ctx *c, guint t)
{
  const BylineMentionRef *o;
  guint at = t + 1;

  if (!(is_word (c, t, "met") || is_word (c, t, "meet") || is_word (c, t, "meets")))
    return FALSE;
  at += is_word (c, at, "the");
  o = byline_mentions_at (c->mentions, at);
  return o != NULL && o->first_token == at
         /* the whole object, not its modifier: "met the NATO target" */
         && (o->end_token >= c->n || c->toks[o->end_token].kind != BYLINE_TOKEN_WORD
             || byline_token_has (&c->toks[o->end_token], BYLINE_WORD_STOPWORD))
         && (o->entity->type == BYLINE_ENTITY_PERSON
             || (o->entity->type == BYLINE_ENTITY_ORG && !(o->entity->lex != NULL && o->entity->lex->kind == BYLINE_LEX_OUTLET)))
         && !_byline_meetings_sports_fixture (c, t, c->n);
}

/* "Norway held talks with Finland": a country as the subject of a meeting
 * with another, when it reaches the trigger past a few auxiliaries and
 * adverbs only; returns the token after it, or 0 ("In Russia, ...", "Russia's
 * envoy met", "Russia said it would meet") */
guint
_byline_meetings_country_subjects (Ctx *c, guint clause, guint k, guint t, BylineMeeting *m)
{
  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  guint j;

  if (r == NULL || r->first_token != k || !_byline_meetings_is_country (r->entity))
    return 0;
  /* the list opens the clause, or follows "the" ("the United States and Cuba"),
   * or is the one a verb lets act: "the plan should enable Brazil to renew
   * negotiations with creditors" */
  if (k > clause && !(k == clause + 1 && is_word (c, clause, "the"))
      && !(k > 0 && is_one_of (c, k - 1, (const char *const[]) { "enable", "enables", "enabled", "allow", "allows",
                                                                  "allowed", "help", "helps", "helped", "permit",
                                                                  "permits", NULL })
           && is_word (c, r->end_token, "to")))
    return 0;
  j = k;
  for (;;)
    {
      r = byline_mentions_at (c->mentions, j);
      if (r == NULL || r->first_token != j || !_byline_meetings_is_country (r->entity))
        return 0;
      g_ptr_array_add (found, (gpointer) r);
      j = r->end_token;
      if (is_punct (c, j, ',') && !is_word (c, j + 1, "and"))
        j++;
      else if (is_word (c, j, "and") || (is_punct (c, j, ',') && is_word (c, j + 1, "and")))
        j += is_word (c, j, "and") ? 1 : 2;
      else
        break;
      if (is_word (c, j, "the"))
        j++;
    }
  /* "Norway held talks with Finland": a country and its partner after "with";
   * a list of countries alone before the verb ("India and Pakistan held talks")
   * is most often the countries of people whose meeting the article tells
   * too, so it is left to that meeting */
  guint verb_end = t;

  if (!(found->len == 1 && (is_word (c, t + 1, "with") || (t + 2 < c->n && is_word (c, t + 2, "with"))))
      && !(found->len == 1 && met_a_body (c, t)))
    {
      if (!(found->len == 2 && next_one_before (c, j, t)))
        return 0;
      /* "will hold the next round of talks": the verb up to the meeting's article */
      for (verb_end = j; verb_end < t && !is_word (c, verb_end, "the"); verb_end++)
        ;
    }
  /* then the verb: "will", "have held", "are due to hold", "met" */
  for (guint w = j; w < verb_end; w++)
    if (c->toks[w].kind != BYLINE_TOKEN_WORD || (c->toks[w].flags & BYLINE_TOKEN_CAP) || w >= j + 6
        || byline_mentions_at (c->mentions, w) != NULL
        /* (a verb of speech or thought, not "continue" of the talks: "would continue talks") */
        || ((byline_token_cls (&c->toks[w]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
            && !is_one_of (c, w, (const char *const[]) { "continue", "continued", "continues", NULL }))
        || is_word (c, w, "in") || is_word (c, w, "on") || is_word (c, w, "at") || is_word (c, w, "of")
        || is_word (c, w, "with") || is_word (c, w, "for") || is_word (c, w, "from") || is_word (c, w, "that")
        || is_word (c, w, "who") || is_word (c, w, "which") || is_word (c, w, "not") || is_word (c, w, "never"))
      return 0;
  for (guint i = 0; i < found->len; i++)
    {
      const BylineMentionRef *one = found->pdata[i];
      _byline_meetings_add_participant (m, one->entity, _byline_meetings_mention_name (c, one));
    }
  c->countries = TRUE;
  return j;
}

/* An office just before "at" (@a): "Minister of State at the Ministry", "a
 * senior official at the Foreign Office" */
static gboolean
title_before_at (const Ctx *c, guint a)
{
  static const char *const titles[] = {
    "minister", "secretary", "undersecretary", "director", "head", "ambassador", "official", "officials",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "counsellor", "counselor", "envoy", NULL,
  };

  for (guint k = a; k > 0 && k + 4 > a; k--)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 1);

      /* (not the title of one named: "met Minister X at the Secretariat") */
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON))
        return FALSE;
      if (is_one_of (c, k - 1, titles))
        return TRUE;
      /* only the words of an office: "Minister of State at"; not "minister was
       * hosted at" */
      if (!(c->toks[k - 1].flags & BYLINE_TOKEN_CAP) && !is_word (c, k - 1, "of") && !is_word (c, k - 1, "senior"))
        return FALSE;
    }
  return FALSE;
}

/* "at the State Duma", "at the building of the State Duma", "at the Mansudae
 * Assembly Hall": a body's seat or a building, where the meeting was; not a
 * body where someone works or goes ("head of the department at the Central
 * Committee", "before joining their counterparts at the Council") */
static gboolean
at_before (const Ctx *c, const BylineMentionRef *r)
{
  guint first = r->first_token;
  const BylineToken *last = &c->toks[r->end_token - 1];

  /* "at the Foreign Ministry's Reception House": the body owns the place */
  if (r->end_token < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    return FALSE;
  /* "at the Ministry headquarters": a body's common noun names no building */
  if (r->end_token == first + 1 && (byline_token_cls (last) & BYLINE_WORD_ORG_HEAD)
      && !(byline_token_cls (last) & (BYLINE_WORD_FACILITY | BYLINE_WORD_PLACE_HEAD)))
    return FALSE;

  for (guint k = first; k > 0 && k + 6 > first; k--)
    {
      if (is_word (c, k - 1, "at"))
        {
          guint a = k - 1;
          const BylineToken *before;

          /* a building by its name, or a body's building */
          if (byline_token_cls (last) & (BYLINE_WORD_FACILITY | BYLINE_WORD_PLACE_HEAD))
            return TRUE;
          for (guint j = k; j < first; j++)
            if (is_word (c, j, "building") || is_word (c, j, "headquarters") || is_word (c, j, "premises")
                || is_word (c, j, "seat") || is_word (c, j, "office") || is_word (c, j, "offices"))
              return TRUE;
          if (a == 0)
            return FALSE;
          /* "Minister of State at the Ministry of Foreign Affairs": where one works */
          if (title_before_at (c, a))
            return FALSE;
          before = &c->toks[a - 1];
          /* after a name, a day, a comma or the meeting's own word: "received X at the
           * State Duma", "met on Monday at the ..."; not after a common noun */
          /* (or a time: "held talks for about an hour at the Academy") */
          return before->kind != BYLINE_TOKEN_WORD || (before->flags & BYLINE_TOKEN_CAP)
                 || (byline_token_cls (before) & (BYLINE_WORD_MEETING | BYLINE_WORD_WEEKDAY | BYLINE_WORD_TIME_UNIT))
                 || byline_mentions_at (c->mentions, a - 1) != NULL
                 || ends_with (c, a - 1, "ed");
        }
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
        return FALSE;
    }
  return FALSE;
}

/* Is the noun group from @k a meeting noun that the name before it qualifies:
 * "(Laos) border talks", "(Korea) peace negotiations"? */
static gboolean
modifies_meeting_noun (const Ctx *c, guint k)
{
  for (guint j = k; j < c->n && j < k + 2; j++)
    {
      const BylineToken *t = &c->toks[j];

      if (t->kind != BYLINE_TOKEN_WORD || (t->flags & BYLINE_TOKEN_CAP) || (byline_token_cls (t) & BYLINE_WORD_STOPWORD))
        return FALSE;
      if ((byline_token_cls (t) & BYLINE_WORD_MEETING) && ends_with (c, j, "s"))
        return TRUE;
    }
  return FALSE;
}

/* The day of the telling, not of the meeting: "said on Wednesday (that he had
 * met ...)", "told reporters Monday", "said in a statement on Friday"; or a
 * bound of another time: "(press for it) before the end of the year" */
static gboolean
said_on (const Ctx *c, guint k, guint trigger)
{
  static const char *const telling[] = {
    "said", "says", "told", "tells", "announced", "stated", "added", "reported", "noted", "wrote",
    "reporters", "journalists", "statement", "briefed", "informed", "lawmakers", "senators", "MPs", NULL,
  };
  static const char *const bound[] = { "before", "since", "until", "till", "by", "through", NULL };
  guint j = k;

  if (j > 0 && is_word (c, j - 1, "on"))
    j--;
  if (j > 0 && is_one_of (c, j - 1, telling))
    return TRUE;
  /* nor a bound of some other time: "before the end of the year", "since March" */
  j = k;
  if (j > 0 && is_word (c, j - 1, "the"))
    j--;
  if (j > 0 && is_one_of (c, j - 1, bound))
    return TRUE;
  /* "before the Group of Seven summit in June", "ahead of the vote in May": the
   * time of what bounds it, after the trigger (but "ahead of talks next week"
   * is the talks') */
  for (j = k; j > trigger + 1 && j + 8 > k; j--)
    {
      if (c->toks[j - 1].kind != BYLINE_TOKEN_WORD)
        return FALSE;
      if (is_word (c, j - 1, "before") || (is_word (c, j - 1, "ahead") && is_word (c, j, "of")))
        return TRUE;
    }
  return FALSE;
}

/* "in the (southern port) city": "in" or "at" and "the" a few words before @k */
static gboolean
in_the_before (const Ctx *c, guint k)
{
  for (guint j = k; j > 1 && j + 6 > k; j--)
    {
      if (is_word (c, j - 1, "the"))
        return is_word (c, j - 2, "in") || is_word (c, j - 2, "at");
      if (c->toks[j - 1].kind != BYLINE_TOKEN_WORD)
        return FALSE;
    }
  return FALSE;
}

/* "in X" after a word of what talks are about ("the crisis in Iraq", "peace in
 * the region"), or after another meeting's word and its time to come ("the
 * joint committee due in Muscat", "a summit scheduled in Rome") */
static int
topic_or_other_meeting_in (const Ctx *c, guint first, guint trigger)
{
  static const char *const topics[] = {
    "crisis", "situation", "developments", "conflict", "war", "violence", "fighting", "tensions", "peace",
    "stability", "security", "elections", "bloodshed", "presence", "investments", "investment", "projects",
    "operations", "unrest", "turmoil", "reconstruction", "offensive", NULL,
  };
  static const char *const due[] = { "due", "scheduled", "planned", "set", NULL };
  static const char *const bodies[] = { "session", "committee", "commission", "council", "round", "forum", NULL };
  guint in;

  if (first < 2 || !(is_word (c, first - 1, "in") || (is_word (c, first - 1, "the") && first > 2 && is_word (c, first - 2, "in"))))
    return 0;
  in = is_word (c, first - 1, "in") ? first - 1 : first - 2;
  if (in == 0)
    return 0;
  if (is_one_of (c, in - 1, topics) && in - 1 != trigger)
    return 1;
  if (!is_one_of (c, in - 1, due) || in - 1 <= trigger)
    return 0;
  /* a meeting's word before, that is not the trigger's */
  for (guint k = in - 1; k > trigger + 1 && k + 14 > in; k--)
    if (c->toks[k - 1].kind == BYLINE_TOKEN_WORD
        && ((byline_token_cls (&c->toks[k - 1]) & BYLINE_WORD_MEETING) || is_one_of (c, k - 1, bodies)))
      return 2;
  return 0;
}

/* Is the day @r, before the trigger, another verb's: 2 when surely, in a
 * relative clause closed before the trigger (", which arrived on Tuesday,") or
 * in another clause (", and ..."); 1 when maybe, before "and" and the
 * trigger's verb ("visit the park on Friday and meet"); else 0 */
static int
other_verbs_day (const Ctx *c, const BylineMentionRef *r, guint trigger)
{
  gboolean comma_after = FALSE;

  for (guint j = r->end_token; j < trigger; j++)
    {
      /* another clause: "spoke by phone earlier this month, and the two agreed
       * to hold a meeting": never the meeting's */
      if (is_punct (c, j, ',') && (is_word (c, j + 1, "and") || is_word (c, j + 1, "but")))
        return 2;
      if (is_punct (c, j, ','))
        comma_after = TRUE;
      /* "and meet", "and to meet", "and will meet": the meeting's when no other */
      if (is_word (c, j, "and") && j + 3 >= trigger)
        return 1;
    }
  if (!comma_after)
    return 0;
  for (guint j = r->first_token; j > 1 && j + 10 > r->first_token; j--)
    {
      if (is_punct (c, j - 1, ','))
        return 0;
      if ((is_word (c, j - 1, "which") || is_word (c, j - 1, "who")) && is_punct (c, j - 2, ','))
        return 2;
    }
  return 0;
}

/* Is token @k in a phrase that opens the sentence before a comma, of another
 * verb's time: "After arriving in Hanoi on Monday,", "Upon landing on Friday," */
static gboolean
fronted_phrase (const Ctx *c, guint k)
{
  guint j = k;

  while (j > 0 && j + 12 > k && !is_punct (c, j - 1, ',') && !(c->toks[j].flags & BYLINE_TOKEN_SENT_START))
    j--;
  return (c->toks[j].flags & BYLINE_TOKEN_SENT_START) && j < k
         && (is_word (c, j, "after") || is_word (c, j, "upon") || is_word (c, j, "on") || is_word (c, j, "before")
             || is_word (c, j, "following") || is_word (c, j, "having")
             || (c->toks[j].kind == BYLINE_TOKEN_WORD && ends_with (c, j, "ing")));
}

/* Is there a comma in tokens [@from, @to)? */
static gboolean
comma_between (const Ctx *c, guint from, guint to)
{
  for (guint j = from; j < to; j++)
    if (is_punct (c, j, ','))
      return TRUE;
  return FALSE;
}

/* The capital of @country (a code) the article names: the city the gazetteer
 * knows as its capital, or else the one city of that country it names */
static const BylineEntity *
capital_named (const Ctx *c, const char *country)
{
  const BylineEntity *only = NULL;
  guint n = 0;

  if (country == NULL)
    return NULL;
  for (guint e = 0; e < c->entities->len; e++)
    {
      const BylineEntity *p = c->entities->pdata[e];

      if (p->type != BYLINE_ENTITY_PLACE || p->lex == NULL || p->lex->kind != BYLINE_LEX_CITY
          || g_strcmp0 (p->lex->country, country) != 0)
        continue;
      if (g_strcmp0 (p->lex->subkind, "capital") == 0)
        return p;
      only = p;
      n++;
    }
  return n == 1 ? only : NULL;
}

/* Is token @k inside a relative clause opened after a comma between @lo and
 * it (", who", ", where", ", which"), with no comma closing it before @k? */
static gboolean
in_relative (const Ctx *c, guint lo, guint k)
{
  for (guint j = k; j > lo + 1; j--)
    {
      if (is_punct (c, j - 1, ','))
        return FALSE;
      if ((is_word (c, j - 1, "who") || is_word (c, j - 1, "where") || is_word (c, j - 1, "which"))
          && is_punct (c, j - 2, ','))
        return TRUE;
    }
  return FALSE;
}

/* "in a meeting overshadowed by the case of X", "talks dominated by the
 * arrest of X": a participle and "by" at @k that tell what marked a meeting,
 * not who led, hosted or attended it */
gboolean
_byline_meetings_marked_by (const Ctx *c, guint k, guint hi)
{
  return k + 1 < hi && is_word (c, k + 1, "by") && c->toks[k].kind == BYLINE_TOKEN_WORD && ends_with (c, k, "ed")
         && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
         && !is_one_of (c, k, (const char *const[]) { "led", "headed", "chaired", "co-chaired", "hosted", "attended",
                                                       "accompanied", "joined", "organised", "organized", "convened",
                                                       "received", "welcomed", "represented", "flanked", "followed",
                                                       "met", "greeted", "hailed", "mediated", "brokered", NULL });
}

void
_byline_meetings_find_place_and_date (const Ctx *c, BylineMeeting *m, guint lo, guint hi, guint trigger)
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
      /* not past what marked the meeting: "in a meeting overshadowed by the case
       * of X, accused in Lisbon" */
      if (r->first_token > trigger)
        {
          gboolean marked = FALSE;

          for (guint j = trigger + 1; j + 1 < r->first_token && !marked; j++)
            marked = _byline_meetings_marked_by (c, j, hi);
          if (marked)
            break;
        }
      /* the wire dateline's place and day are the article's */
      if (r->start >= c->dl_start && r->start < c->dl_end)
        continue;
      dist = r->first_token > trigger ? r->first_token - trigger : trigger - r->first_token;
      /* before the trigger, in a phrase of its own ("After arriving in Hanoi on
       * Monday, X met Y on Tuesday", "X, who visited Paris last week, met Y in
       * Hanoi"): the trigger's own clause first */
      if (r->first_token < trigger && (r->entity->type == BYLINE_ENTITY_PLACE || fronted_phrase (c, r->first_token))
          && comma_between (c, r->end_token, trigger))
        dist += 32;
      /* "arrived in Seoul on Sunday after meeting Kim in Pyongyang": the place
       * before "after" is the main verb's */
      else if (r->first_token < trigger && r->entity->type == BYLINE_ENTITY_PLACE && trigger > lo
               && (is_word (c, trigger - 1, "after") || is_word (c, trigger - 1, "before")
                   || is_word (c, trigger - 1, "following")))
        dist += 32;
      /* in a relative clause closed before the trigger ("X, who met Kim on
       * Tuesday, was received by Y today"): another time's */
      else if (r->first_token < trigger && r->entity->type == BYLINE_ENTITY_DATE && comma_between (c, r->end_token, trigger)
               && in_relative (c, lo, r->first_token))
        dist += 64;
      if (r->entity->type == BYLINE_ENTITY_PLACE && r->first_token > 0
          /* a region is no meeting's place, but a landmark, a province or an island
           * is: "in Hainan province", "talks in Bali" */
          && !(r->entity->lex && r->entity->lex->kind == BYLINE_LEX_REGION && g_strcmp0 (r->entity->lex->subkind, "landmark") != 0
               && g_strcmp0 (r->entity->lex->subkind, "subdivision") != 0 && g_strcmp0 (r->entity->lex->subkind, "island") != 0)
          && (is_word (c, r->first_token - 1, "in") || is_word (c, r->first_token - 1, "at")
              || (r->first_token > 1 && is_word (c, r->first_token - 1, "the")
                  && (is_word (c, r->first_token - 2, "at") || is_word (c, r->first_token - 2, "in")))
              || (r->first_token > 1 && is_word (c, r->first_token - 1, "to")
                  && (is_word (c, r->first_token - 2, "travel") || is_word (c, r->first_token - 2, "traveled")
                      || is_word (c, r->first_token - 2, "travelled") || is_word (c, r->first_token - 2, "flew")
                      || is_word (c, r->first_token - 2, "fly") || is_word (c, r->first_token - 2, "visit")
                      || is_word (c, r->first_token - 2, "trip") || is_word (c, r->first_token - 2, "went")
                      || is_word (c, r->first_token - 2, "headed") || is_word (c, r->first_token - 2, "arrived")))
              /* "in the southern port city of Busan" */
              || (r->first_token > 2 && is_word (c, r->first_token - 1, "of")
                  && (is_word (c, r->first_token - 2, "city") || is_word (c, r->first_token - 2, "capital")
                      || is_word (c, r->first_token - 2, "town") || is_word (c, r->first_token - 2, "village"))
                  && in_the_before (c, r->first_token - 2))
              /* "in her Capitol office", "at his Paris residence" */
              || (r->first_token > 1 && r->end_token < c->n
                  && (is_word (c, r->first_token - 1, "his") || is_word (c, r->first_token - 1, "her")
                      || is_word (c, r->first_token - 1, "their") || is_word (c, r->first_token - 1, "its"))
                  && (is_word (c, r->first_token - 2, "in") || is_word (c, r->first_token - 2, "at"))
                  && (is_word (c, r->end_token, "office") || is_word (c, r->end_token, "offices")
                      || is_word (c, r->end_token, "residence") || is_word (c, r->end_token, "home")))
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

          /* "involved in Laos border talks": a name that qualifies a meeting noun is
           * what the talks are about, not where they are */
          if (modifies_meeting_noun (c, r->end_token))
            continue;
          /* "focusing on the crisis in Iraq", "a committee due in Muscat": what the
           * talks were about, or where another meeting is to be */
          switch (topic_or_other_meeting_in (c, r->first_token, trigger))
            {
            case 1:
              continue;
            case 2:
              /* (and the time after it is that meeting's too) */
              goto done;
            default:
              break;
            }
          /* "met to coordinate ahead of the NATO summit in Ankara": the place of
           * another meeting, to come */
          if (r->first_token > 2 && is_word (c, r->first_token - 1, "in") && r->first_token - 2 != trigger
              && (byline_token_cls (&c->toks[r->first_token - 2]) & BYLINE_WORD_MEETING))
            {
              gboolean ahead = FALSE;

              for (guint q = r->first_token - 2; q > 0 && q + 6 > r->first_token - 2 && !ahead; q--)
                ahead = (is_word (c, q - 1, "ahead") && is_word (c, q, "of")) || is_word (c, q - 1, "before")
                        || is_word (c, q - 1, "preparations") || is_word (c, q - 1, "prepare");
              if (ahead)
                continue;
            }
          if (dist < best_place_dist || (city && m->place && m->place->lex && m->place->lex->kind == BYLINE_LEX_COUNTRY))
            {
              m->place = r->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (r->entity->name);
              best_place_dist = dist;
            }
        }
      /* "in the Ethiopian capital": that country's capital, named in the article */
      if (r->entity->type == BYLINE_ENTITY_NORP && r->end_token < c->n && is_word (c, r->end_token, "capital")
          && r->first_token > 1 && is_word (c, r->first_token - 1, "the")
          && (is_word (c, r->first_token - 2, "in") || is_word (c, r->first_token - 2, "at"))
          && dist < best_place_dist && r->entity->lex != NULL)
        {
          const BylineEntity *city = capital_named (c, r->entity->lex->country);

          if (city != NULL)
            {
              m->place = city;
              g_free (m->place_name);
              m->place_name = g_strdup (city->name);
              best_place_dist = dist;
            }
        }
      /* a building or site: "at the State Duma", "at the Mansudae Assembly Hall" */
      if ((m->place == NULL || (m->place->lex && m->place->lex->kind == BYLINE_LEX_COUNTRY))
          && r->entity->type == BYLINE_ENTITY_ORG && r->first_token > 0 && at_before (c, r))
        {
          m->place = r->entity;
          g_free (m->place_name);
          m->place_name = g_strdup (r->entity->name);
        }
      /* a day told of another verb before the trigger: "which arrived on Tuesday,
       * also called on X on Wednesday", "visit the park on Friday and meet X on
       * Saturday" */
      if (r->entity->type == BYLINE_ENTITY_DATE && r->first_token < trigger)
        switch (other_verbs_day (c, r, trigger))
          {
          case 1:
            dist += 64;
            break;
          case 2:
            continue;
          default:
            break;
          }
      if (r->entity->type == BYLINE_ENTITY_DATE && dist < best_date_dist && r->entity->date.resolution != BYLINE_DATE_DURATION
          && !said_on (c, r->first_token, trigger))
        {
          best_date_dist = dist;
          /* "yesterday [Wednesday]", "Tuesday (May 17)": the day the writer adds */
          if (r->end_token + 1 < hi && (is_punct (c, r->end_token, '[') || is_punct (c, r->end_token, '(')))
            {
              const BylineMentionRef *added = byline_mentions_at (c->mentions, r->end_token + 1);

              if (added != NULL && added->first_token == r->end_token + 1 && added->entity->type == BYLINE_ENTITY_DATE
                  && added->entity->date.resolution == BYLINE_DATE_DAY)
                r = added;
            }
          if (r->entity->date.resolution == BYLINE_DATE_DAY)
            m->date = r->entity->date.from;
          else
            memset (&m->date, 0, sizeof m->date);
          g_free (m->time_text);
          m->time_text = g_strndup (c->text + r->start, r->end - r->start);
        }
    }
done:
  /* "flew in from Pyongyang, where he met X": the place the relative "where"
   * is of */
  for (guint w = trigger; w > lo + 2 && w + 8 > trigger; w--)
    {
      if (c->toks[w - 1].kind == BYLINE_TOKEN_PUNCT)
        break;
      if (is_word (c, w - 1, "where") && is_punct (c, w - 2, ','))
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, w - 3);

          if (r != NULL && r->end_token == w - 2 && r->entity->type == BYLINE_ENTITY_PLACE && r->first_token > lo
              && (is_word (c, r->first_token - 1, "from") || is_word (c, r->first_token - 1, "in")
                  || is_word (c, r->first_token - 1, "to") || is_word (c, r->first_token - 1, "visited")))
            {
              m->place = r->entity;
              g_free (m->place_name);
              m->place_name = g_strdup (r->entity->name);
            }
          break;
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
  /* "Earlier, X held talks with Y": another time than the meeting told before */
  if (best_date_dist == G_MAXUINT && m->time_text == NULL && lo + 1 < hi && is_punct (c, lo + 1, ',')
      && (is_word (c, lo, "earlier") || is_word (c, lo, "previously")))
    m->time_text = span_text (c, lo, lo + 1);
}

/* "the preparations for a summit", "ahead of the talks", "in the run-up to the
 * meeting": a meeting's noun told as still to come */
static gboolean
prepared_for (const Ctx *c, guint lo, guint trigger)
{
  guint k = trigger;

  if (!_byline_meetings_nominal_trigger (c, trigger))
    return FALSE;
  /* past its determiner and a modifier or two: "a second summit", "the next round of" */
  while (k > lo + 1 && k + 4 > trigger && c->toks[k - 1].kind == BYLINE_TOKEN_WORD
         && !is_word (c, k - 1, "for") && !is_word (c, k - 1, "of") && !is_word (c, k - 1, "to")
         && byline_mentions_at (c->mentions, k - 1) == NULL)
    k--;
  if (k < lo + 2)
    return FALSE;
  if (is_word (c, k - 1, "for"))
    return is_word (c, k - 2, "preparations") || is_word (c, k - 2, "preparation") || is_word (c, k - 2, "preparing")
           || is_word (c, k - 2, "prepare") || is_word (c, k - 2, "prepares") || is_word (c, k - 2, "way");
  if (is_word (c, k - 1, "of"))
    return is_word (c, k - 2, "ahead") || is_word (c, k - 2, "eve");
  if (is_word (c, k - 1, "to"))
    return is_word (c, k - 2, "run-up") || is_word (c, k - 2, "prelude") || is_word (c, k - 2, "lead-up");
  return FALSE;
}

BylineMeetingStatus
_byline_meetings_status_of (const Ctx *c, guint lo, guint trigger)
{
  if (prepared_for (c, lo, trigger))
    return BYLINE_MEETING_PLANNED;
  for (guint k = trigger + 1; k > lo; k--)
    {
      const BylineToken *t = &c->toks[k - 1];

      if (t->kind != BYLINE_TOKEN_WORD)
        continue;
      /* "said X would receive Y": the future of a past telling */
      if ((byline_token_cls (t) & BYLINE_WORD_FUTURE) || is_word (c, k - 1, "would"))
        return BYLINE_MEETING_PLANNED;
      if (is_word (c, k - 1, "to") && k - 1 + 1 == trigger)
        return BYLINE_MEETING_PLANNED;
      /* "agreed to hold their first face-to-face meeting" */
      if (is_word (c, k - 1, "to") && k < trigger && k + 5 > trigger && (is_word (c, k, "hold")
              || (is_word (c, k, "have") && !(byline_token_cls (&c->toks[trigger]) & BYLINE_WORD_PAST)
                  && !ends_with (c, trigger, "ed"))))
        return BYLINE_MEETING_PLANNED;
      if (is_word (c, k - 1, "is") || is_word (c, k - 1, "are") || is_word (c, k - 1, "currently"))
        return BYLINE_MEETING_ONGOING;
      if (byline_token_cls (t) & BYLINE_WORD_PAST)
        return BYLINE_MEETING_HAPPENED;
      if (k - 1 < trigger && byline_token_len (t) > 3 && !(t->flags & BYLINE_TOKEN_CAP)
          && ends_with (c, k - 1, "ed"))
        return BYLINE_MEETING_HAPPENED;
    }
  if (is_word (c, trigger, "met") || is_word (c, trigger, "hosted") || is_word (c, trigger, "visited")
      || is_word (c, trigger, "received") || is_word (c, trigger, "negotiated") || is_word (c, trigger, "shook")
      || is_word (c, trigger, "welcomed") || is_word (c, trigger, "greeted") || is_word (c, trigger, "conferred")
      || is_word (c, trigger, "exchanged") || is_word (c, trigger, "sat") || is_word (c, trigger, "discussed")
      || is_word (c, trigger, "delivered"))
    return BYLINE_MEETING_HAPPENED;
  /* "Talks between A, head of X, and B took place at the hotel", "The meeting
   * will be held in Lima": the verb after the meeting's noun and its sides */
  if (_byline_meetings_nominal_trigger (c, trigger))
    for (guint k = trigger + 1; k + 1 < c->n && k < trigger + 24; k++)
      {
        if (is_punct (c, k, '.') || is_punct (c, k, ';'))
          break;
        if ((is_word (c, k, "took") && is_word (c, k + 1, "place"))
            || ((is_word (c, k, "was") || is_word (c, k, "were")) && is_word (c, k + 1, "held"))
            || is_word (c, k, "ended") || is_word (c, k, "concluded"))
          return BYLINE_MEETING_HAPPENED;
        if ((is_word (c, k, "will") || is_word (c, k, "would"))
            && ((is_word (c, k + 1, "take") && is_word (c, k + 2, "place")) || (is_word (c, k + 1, "be") && is_word (c, k + 2, "held"))))
          return BYLINE_MEETING_PLANNED;
        /* "A summit between the two leaders is being planned for the autumn", "is
         * scheduled for May", "is to be held in June" */
        if (is_word (c, k, "is") || is_word (c, k, "are"))
          {
            guint v = k + 1 + is_word (c, k + 1, "being");

            if (is_word (c, v, "planned") || is_word (c, v, "scheduled") || is_word (c, v, "expected")
                || is_word (c, v, "due") || is_word (c, v, "slated")
                || (is_word (c, v, "to") && is_word (c, v + 1, "be") && is_word (c, v + 2, "held")))
              return BYLINE_MEETING_PLANNED;
          }
      }
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
  /* "talks on trade with X": the partner, not more of the topic (but
   * "cooperation with China" is) */
  if (is_word (c, k, "with") && k > start && _byline_meetings_person_after_by (c, k) != NULL
      && _byline_meetings_person_after_by (c, k)->first_token <= k + 4)
    return TRUE;
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
void
_byline_meetings_find_topics (const Ctx *c, BylineMeeting *m, guint trigger, guint hi)
{
  for (guint k = trigger; k + 1 < hi; k++)
    {
      guint start;

      if (!((is_word (c, k, "discuss") || is_word (c, k, "discussed") || is_word (c, k, "discussing"))
            || ((is_word (c, k, "on") || is_word (c, k, "about")) && k > trigger && k <= trigger + 2)))
        continue;
      /* "a meeting on Monday between A and B": a day, not a topic */
      if (is_word (c, k, "on") && byline_mentions_at (c->mentions, k + 1) != NULL
          && byline_mentions_at (c->mentions, k + 1)->first_token == k + 1
          && byline_mentions_at (c->mentions, k + 1)->entity->type == BYLINE_ENTITY_DATE)
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

/* The speaker of the quotation that holds token k, a person or body named */
const BylineEntity *
_byline_meetings_quote_speaker_at (const Ctx *c, guint k)
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
const BylineEntity *
_byline_meetings_nearest_person_before (const Ctx *c, guint lo, guint k, gboolean pronoun)
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

/* "He told the IADB annual meeting that ...", "X addressed the OPEC meeting":
 * the one who spoke at a body's gathering, the subject of the verb at @v
 * before it (a name, or "he" or "she" at the sentence's start @lo: @topic, the
 * one the sentences before were about, or the last one named); NULL when none */
const BylineEntity *
_byline_meetings_speaker_at_gathering (const Ctx *c, guint lo, guint v, const BylineEntity *topic)
{
  const BylineMentionRef *who;

  if (v <= lo || v >= c->n || !(is_word (c, v, "told") || is_word (c, v, "addressed") || is_word (c, v, "briefed")))
    return NULL;
  who = byline_mentions_at (c->mentions, v - 1);
  if (who != NULL && who->end_token == v && who->entity->type == BYLINE_ENTITY_PERSON)
    return who->entity;
  if (v == lo + 1 && (is_word (c, lo, "he") || is_word (c, lo, "she")))
    return topic != NULL ? topic : _byline_meetings_nearest_person_before (c, 0, lo, TRUE);
  return NULL;
}

static void
set_gathering (const BylineEntity *owner, char *group, const BylineEntity **entity, char **name)
{
  if (entity != NULL)
    *entity = owner;
  if (name != NULL)
    *name = group != NULL ? group : g_strdup (owner->name);
  else
    g_free (group);
}

/* "a gathering of foreign ministers from 22 nations": the group, when it counts
 * its people, or NULL; @t is at the gathering's noun */
char *
_byline_meetings_counted_gathering (const Ctx *c, guint t, guint hi)
{
  char *group;
  guint end;

  if (!is_word (c, t + 1, "of") || t + 2 >= hi
      || !(is_word (c, t, "summit") || is_word (c, t, "conference") || is_word (c, t, "gathering")
           || is_word (c, t, "meeting")))
    return NULL;
  if ((group = group_at (c, t + 2, hi, &end)) == NULL)
    return NULL;
  for (guint j = t + 2; j < end; j++)
    if (c->toks[j].kind == BYLINE_TOKEN_NUMBER)
      return group;
  g_free (group);
  return NULL;
}

/* The one party of a gathering, with no one else named: "the APEC summit",
 * "a gathering of foreign ministers from 22 nations"; its name, and the
 * entity when it is one (else NULL), or FALSE; @entity and @name may be NULL */
gboolean
_byline_meetings_gathering_of (const Ctx *c, guint t, guint hi, const BylineEntity **entity, char **name)
{
  guint k = t;
  guint end;
  char *group;

  /* "the agency would convene its Advisory Group of Experts in Geneva": the body's
   * own meeting */
  if ((is_word (c, t, "convene") || is_word (c, t, "convened") || is_word (c, t, "convenes")
       || is_word (c, t, "convening")) && t + 2 < hi)
    {
      guint j = t + 1 + (is_word (c, t + 1, "its") || is_word (c, t + 1, "the") || is_word (c, t + 1, "their"));
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r != NULL && r->first_token == j && r->entity->type == BYLINE_ENTITY_ORG)
        {
          set_gathering (r->entity, NULL, entity, name);
          return TRUE;
        }
      return FALSE;
    }
  if (!(is_word (c, t, "summit") || is_word (c, t, "conference") || is_word (c, t, "gathering")
        || is_word (c, t, "summits") || is_word (c, t, "gatherings")) || (c->toks[t].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  /* "ahead of a gathering of foreign ministers from 22 nations": a group that counts
   * its people meets, even in a frame */
  if ((group = _byline_meetings_counted_gathering (c, t, hi)) != NULL)
    {
      set_gathering (NULL, group, entity, name);
      return TRUE;
    }
  /* the event the main clause tells of, not a frame: "on the sidelines of the NATO
   * summit", "ahead of a gathering of ...", "at the APEC summit" */
  {
    guint j = t;

    while (j > 0 && j + 6 > t && c->toks[j - 1].kind == BYLINE_TOKEN_WORD
           && !(is_word (c, j - 1, "of") || is_word (c, j - 1, "at") || is_word (c, j - 1, "during")
                || is_word (c, j - 1, "after") || is_word (c, j - 1, "before") || is_word (c, j - 1, "on")
                || is_word (c, j - 1, "to") || is_word (c, j - 1, "for") || is_word (c, j - 1, "from")
                || is_word (c, j - 1, "in") || is_word (c, j - 1, "ahead") || is_word (c, j - 1, "attend")
                || is_word (c, j - 1, "attended") || is_word (c, j - 1, "attending")))
      j--;
    if (j > 0 && j + 6 > t && c->toks[j - 1].kind == BYLINE_TOKEN_WORD)
      return FALSE;
  }
  /* "a gathering of foreign ministers from 22 nations", "a summit of Arab leaders" */
  if (is_word (c, t + 1, "of") && t + 2 < hi)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, t + 2 + is_word (c, t + 2, "the"));

      if (r != NULL && r->first_token == t + 2 + is_word (c, t + 2, "the") && r->entity->type == BYLINE_ENTITY_ORG)
        {
          set_gathering (r->entity, NULL, entity, name);
          return TRUE;
        }
      if ((group = group_at (c, t + 2, hi, &end)) != NULL)
        {
          set_gathering (NULL, group, entity, name);
          return TRUE;
        }
      return FALSE;
    }
  /* "the APEC summit", "the annual ASEAN summit conference" */
  while (k > 0 && k + 3 > t && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
         && byline_mentions_at (c->mentions, k - 1) == NULL
         && (is_word (c, k - 1, "summit") || is_word (c, k - 1, "annual") || is_word (c, k - 1, "regional")))
    k--;
  if (k > 0 && is_punct (c, k - 1, ')'))
    k--;
  if (k > 0)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k - 1);

      if (r != NULL && r->end_token == k && r->entity->type == BYLINE_ENTITY_ORG)
        {
          set_gathering (r->entity, NULL, entity, name);
          return TRUE;
        }
    }
  return FALSE;
}
