/* byline-clauses.c: the clause reader
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it finds, and how. A sentence of news opens, often, with something other
 * than its subject: a fronted phrase ("During his talks with X, the High
 * Representative stated"), a quotation ("\"...,\" the minister said"), a
 * nationality and a title ("Czech Foreign Minister Jan Lipavsky"), a possessor
 * ("Pakistan's Ambassador in China Moeenul Haq"). The reader finds where each
 * sentence's main clause starts and the person its subject names: a name, or a
 * description of someone named elsewhere ("the newly installed Iranian
 * ambassador", "Brazil's foreign minister", "the High Representative"; of two
 * who fit, the one the article is about, else the most mentioned). The subjects
 * make a thread through the article, the topic: the person the sentences before
 * were about, which is who "he" and "she" stand for when nothing nearer does.
 *
 * It reads tokens, entities and lexicon word classes only, in one pass over the
 * sentences with bounded look-ahead, so it stays linear. The meeting and quote
 * finders read it: who met, who said.
 *
 * A title alone stands for the one who holds it: "the Premier" is the prime
 * minister named before, "the Secretary" the secretary of state, "the Chinese
 * vice minister" the deputy foreign minister whose country is China or not
 * given, "His Highness" the one styled so or titled prince or emir
 * (byline_clauses_title_fits() tells whether a description fits a title).
 * When two fit, or none, the description stays as it is.
 */

#define G_LOG_DOMAIN "byline-clauses"

#include "config.h"

#include <string.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-scan-private.h"

BYLINE_ALWAYS_INLINE
static inline gboolean
is_word (const BylineClauseReader *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

static gboolean
is_punct (const BylineClauseReader *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

/* "the minister" is never the prime minister: whether a description by @word,
 * with @before the word before it, leaves out one of @role (in lower case), a
 * prime minister's, not a deputy's; "the prime minister" and "the visiting
 * minister" leave out no one */
static gboolean
not_the_premier (const BylineClauseReader *c, guint before, const char *word, const char *role)
{
  return g_str_equal (word, "minister") && !is_word (c, before, "prime") && !is_word (c, before, "visiting")
         && g_str_has_suffix (role, "prime minister") && strstr (role, "deputy") == NULL && strstr (role, "vice") == NULL;
}

gboolean
byline_clauses_governed (const BylineClauseReader *c, guint first)
{
  static const char *const preps[] = {
    "in", "at", "to", "from", "of", "for", "on", "by", "about", "near", "into", "after", "before",
    "during", "between", "among", "against", "over", "across", "toward", "towards", NULL,
  };
  guint k = first;

  while (k > 0 && k + 4 > first && ((c->toks[k - 1].flags & BYLINE_TOKEN_CAP) || is_word (c, k - 1, "the")
                                    || c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE))
    k--;
  if (k == 0)
    return FALSE;
  for (int w = 0; preps[w]; w++)
    if (is_word (c, k - 1, preps[w]))
      return TRUE;
  return FALSE;
}



/* A title's words folded for comparison: lower case, "prime minister" one word
 * ("premier", which it is), "vice" the same rank as "deputy"; at most @max */
static guint
title_words (const char *title, char words[][24], guint max)
{
  g_autofree char *low = g_ascii_strdown (title, -1);
  guint n = 0;

  for (char *s = low; *s != '\0' && n < max;)
    {
      gsize len;

      while (*s == ' ' || *s == ',' || *s == '.')
        s++;
      len = strcspn (s, " ,.");
      if (len == 0)
        break;
      if (len < 24)
        {
          memcpy (words[n], s, len);
          words[n][len] = '\0';
          if (g_str_equal (words[n], "vice"))
            strcpy (words[n], "deputy");
          /* the Gulf's spelling */
          if (g_str_equal (words[n], "amir"))
            strcpy (words[n], "emir");
          if (g_str_equal (words[n], "minister") && n > 0 && g_str_equal (words[n - 1], "prime"))
            strcpy (words[n - 1], "premier");
          else
            n++;
        }
      s += len;
    }
  return n;
}

/* The head of a title's words: the last before "of", "for", "to" ("secretary" of
 * "secretary of state", "minister" of "minister for trade") */
static guint
title_head (char words[][24], guint n)
{
  for (guint k = 1; k < n; k++)
    if (g_str_equal (words[k], "of") || g_str_equal (words[k], "for") || g_str_equal (words[k], "to")
        || g_str_equal (words[k], "in") || g_str_equal (words[k], "at"))
      return k - 1;
  return n - 1;
}

/* Does the title of the words @rw (@rn of them) fit a description's @dw? */
static gboolean
title_words_fit (char rw[][24], guint rn, char dw[][24], guint dn)
{
  static const char *const ranks[] = { "deputy", "assistant", "under", "former", "junior", "acting", NULL };
  guint rh = title_head (rw, rn), dh = dn - 1;

  if (!g_str_equal (rw[rh], dw[dh])
      && !(g_str_equal (dw[dh], "envoy")
           && (g_str_equal (rw[rh], "ambassador") || g_str_equal (rw[rh], "representative"))))
    return FALSE;
  for (guint k = 0; k < dh; k++)
    {
      gboolean in = FALSE;

      for (guint j = 0; j < rn && !in; j++)
        in = j != rh && g_str_equal (rw[j], dw[k]);
      if (!in)
        return FALSE;
    }
  for (guint j = 0; j < rh; j++)
    for (guint r = 0; ranks[r] != NULL; r++)
      if (g_str_equal (rw[j], ranks[r]))
        {
          gboolean said = FALSE;

          for (guint k = 0; k < dh && !said; k++)
            said = g_str_equal (dw[k], ranks[r]);
          if (!said)
            return FALSE;
        }
  return TRUE;
}

/* Does @w appear in @s, in any case? */
static gboolean
has_ascii_ci (const char *s, const char *w)
{
  gsize wl = strlen (w);

  for (; *s != '\0'; s++)
    if (g_ascii_tolower (*s) == w[0] && g_ascii_strncasecmp (s, w, wl) == 0)
      return TRUE;
  return FALSE;
}

/* Does the title @role fit a description's words @dw? "Prime Minister and
 * Minister of Foreign Affairs": two titles, either fits. Cheap first: the
 * title must hold the description's head word (or what it stands for) */
static gboolean
title_fits_words (const char *role, char dw[][24], guint dn)
{
  const char *head = dw[dn - 1];
  char rw[10][24];
  guint rn, part = 0;

  if (!has_ascii_ci (role, head)
      && !(g_str_equal (head, "premier") && has_ascii_ci (role, "prime"))
      && !(g_str_equal (head, "emir") && has_ascii_ci (role, "amir"))
      && !(g_str_equal (head, "envoy") && (has_ascii_ci (role, "ambassador") || has_ascii_ci (role, "representative"))))
    return FALSE;
  rn = title_words (role, rw, G_N_ELEMENTS (rw));
  for (guint k = 0; k <= rn; k++)
    if (k == rn || g_str_equal (rw[k], "and"))
      {
        if (k > part && title_words_fit (rw + part, k - part, dw, dn))
          return TRUE;
        part = k + 1;
      }
  return FALSE;
}

/**
 * byline_clauses_heads:
 * @role: a person's title, in lower case
 * @state: whether of a state (else of a government)
 *
 * Is the title a head of state's ("president", "king", "emir": no prime
 * minister's) or a head of government's ("prime minister", "premier",
 * "chancellor")? A deputy's or a former holder's is neither.
 */
gboolean
byline_clauses_heads (const char *role, gboolean state)
{
  static const char *const of_state[] = { "president", "king", "queen", "emir", "amir", "sultan", "monarch",
                                          "emperor", NULL };
  static const char *const of_government[] = { "premier", "chancellor", NULL };

  if (strstr (role, "vice") != NULL || strstr (role, "deputy") != NULL || strstr (role, "former") != NULL)
    return FALSE;
  if (strstr (role, state ? "head of state" : "head of government") != NULL)
    return TRUE;
  if (!state && strstr (role, "prime minister") != NULL)
    return TRUE;
  for (const char *const *w = state ? of_state : of_government; *w != NULL; w++)
    if (_byline_scan_role_has_word (role, *w))
      return !state || strstr (role, "prime") == NULL;
  return FALSE;
}

/**
 * byline_clauses_title_fits:
 * @role: a person's title ("Prime Minister", "Deputy Foreign Minister",
 *   "Secretary of State")
 * @description: the title words a description gives ("Premier", "vice
 *   minister", "Secretary")
 *
 * Does a description by title alone fit the person's title? Its head is the
 * title's head ("the Secretary" a secretary of state, "the Premier" a prime
 * minister), each of its other words is in the title ("vice" is "deputy"), and
 * the title has no lower rank the description leaves out ("the minister" is no
 * deputy minister). An envoy is an ambassador or a representative too.
 * A title of two joined by "and" fits when either does.
 */
gboolean
byline_clauses_title_fits (const char *role, const char *description)
{
  char dw[4][24];
  guint dn = title_words (description, dw, G_N_ELEMENTS (dw));

  return dn > 0 && title_fits_words (role, dw, dn);
}

/* "Ambassador X of France", "X from France": a country after the name at
 * @end, other than @country */
static gboolean
of_other_country (const BylineClauseReader *c, guint end, const char *country)
{
  const BylineMentionRef *r;

  if (!(is_word (c, end, "of") || is_word (c, end, "from")))
    return FALSE;
  r = byline_mentions_at (c->mentions, end + 1 + is_word (c, end + 1, "the"));
  return r != NULL && r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_COUNTRY
         && g_strcmp0 (r->entity->lex->country_name, country) != 0 && g_strcmp0 (r->entity->name, country) != 0;
}

/* The one person named around token @i whose title @description fits, of the
 * country @country when it is given (or of no country the article gives, when
 * no one of it fits); NULL when none or several fit */
static const BylineEntity *
title_holder (const BylineClauseReader *c, guint i, const char *description, const char *country)
{
  /* of those it fits: [0] whose title has its words as written, [1] the others;
   * each of the country given, or of none given */
  const BylineEntity *found[2][2] = { { NULL, NULL }, { NULL, NULL } };
  gboolean several[2][2] = { { FALSE, FALSE }, { FALSE, FALSE } };
  g_autofree char *words = g_ascii_strdown (description, -1);
  char dw[4][24];
  guint dn = title_words (description, dw, G_N_ELEMENTS (dw));
  /* the people read already (a person is mentioned many times in a row) */
  const BylineEntity *seen[16] = { NULL };
  guint n_seen = 0;
  /* the people named before it, a few hundred mentions back: a description
   * stands for someone the story has named, and a long file stays linear */
  guint to = byline_mentions_lower_bound (c->mentions, i);
  guint from = to > 400 ? to - 400 : 0;

  if (dn == 0)
    return NULL;
  for (guint j = to; j-- > from;)
    {
      const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j).entity;
      g_autofree char *role = NULL;
      guint literal, placed, k;

      if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL)
        continue;
      for (k = 0; k < G_N_ELEMENTS (seen) && seen[k] != p; k++)
        ;
      if (k < G_N_ELEMENTS (seen))
        continue;
      seen[n_seen++ % G_N_ELEMENTS (seen)] = p;
      if (!title_fits_words (p->role, dw, dn))
        continue;
      if (country == NULL || g_strcmp0 (p->affiliation, country) == 0)
        placed = 0;
      else if (p->affiliation == NULL
               && !of_other_country (c, g_array_index (c->mentions, BylineMentionRef, j).end_token, country))
        placed = 1;
      else
        continue;
      role = g_ascii_strdown (p->role, -1);
      literal = strstr (role, words) != NULL ? 0 : 1;
      if (found[literal][placed] == p)
        continue;
      several[literal][placed] = several[literal][placed] || found[literal][placed] != NULL;
      found[literal][placed] = p;
    }
  /* "the premier" is the one titled "Premier" when another is "Prime Minister" */
  for (guint placed = 0; placed < 2; placed++)
    for (guint literal = 0; literal < 2; literal++)
      if (found[literal][placed] != NULL)
        return several[literal][placed] ? NULL : found[literal][placed];
  return NULL;
}

/* "His Highness", "Her Majesty", "His Excellency" at @i, no name after it: the
 * one person the article styles so, or (a highness, a majesty) titles by an
 * office so styled ("Prince X", "King X", "the Emir"); NULL when none or
 * several. Sets *end past the style */
static const BylineEntity *
styled_person (const BylineClauseReader *c, guint i, guint hi, guint *end)
{
  /* a woman's titles after a man's, from @women on */
  static const char *const highness[] = { "prince", "emir", "amir", "sheikh", "princess", "sheikha", NULL };
  static const char *const majesty[] = { "king", "sultan", "emperor", "queen", "empress", NULL };
  const guint women = 4;
  const char *const *titles;
  gboolean her = is_word (c, i, "her");
  guint s = i + 1 + is_word (c, i + 1, "royal"), from, to;
  /* [0] styled so before the name, [1] titled by an office so styled */
  const BylineEntity *found[2] = { NULL, NULL };
  gboolean several[2] = { FALSE, FALSE };

  if (!(her || is_word (c, i, "his")) || s >= hi || !(c->toks[s].flags & BYLINE_TOKEN_CAP))
    return NULL;
  if (is_word (c, s, "highness"))
    titles = highness;
  else if (is_word (c, s, "majesty"))
    titles = majesty;
  else if (is_word (c, s, "excellency"))
    titles = NULL;
  else
    return NULL;
  /* "His Highness the Amir held talks", "His Majesty the King received": the
   * title after it, and no name, stands for the one who holds it */
  if (s + 2 < hi && is_word (c, s + 1, "the") && (c->toks[s + 2].flags & BYLINE_TOKEN_CAP)
      && byline_mentions_at (c->mentions, s + 2) == NULL)
    return byline_clauses_described_person (c, s + 1, hi, end);
  /* "His Highness Prince X", "His Majesty the King Y": the name or the title
   * follows, and names him */
  if (s + 1 < hi && ((c->toks[s + 1].flags & BYLINE_TOKEN_CAP) || is_word (c, s + 1, "the")
                     || c->toks[s + 1].kind == BYLINE_TOKEN_POSSESSIVE))
    return NULL;
  /* the people named before it, a few hundred mentions back */
  to = byline_mentions_lower_bound (c->mentions, i);
  from = to > 400 ? to - 400 : 0;
  for (guint j = from; j < to; j++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, j);
      const BylineEntity *p = r->entity;
      int fits = -1;

      if (p->type != BYLINE_ENTITY_PERSON || p->gender == (her ? BYLINE_GENDER_MALE : BYLINE_GENDER_FEMALE))
        continue;
      /* the style right before the name, over a capitalised word or two ("His
       * Highness Sheikh X"), or a title so styled ("Crown Prince X") */
      for (guint b = r->first_token; fits != 0 && b > 0 && b + 5 > r->first_token
                                     && (c->toks[b - 1].flags & BYLINE_TOKEN_CAP); b--)
        if (b >= 2 && byline_token_len (&c->toks[b - 1]) == byline_token_len (&c->toks[s])
            && g_ascii_strncasecmp (c->text + c->toks[b - 1].start, c->text + c->toks[s].start,
                                    byline_token_len (&c->toks[s])) == 0
            && (is_word (c, b - 2, her ? "her" : "his")
                || (b >= 3 && is_word (c, b - 2, "royal") && is_word (c, b - 3, her ? "her" : "his"))))
          fits = 0;
        else if (titles != NULL && fits < 0)
          {
            /* (a his, a man's title; a her, a woman's) */
            for (guint w = her ? women : 0; titles[w] != NULL && (her || w < women); w++)
              if (is_word (c, b - 1, titles[w]))
                fits = 1;
            if (fits < 0 && _byline_scan_is_one_of (c->text, c->toks, c->n, b - 1, titles))
              fits = 2;
          }
      /* or the title the person holds: "the Emir" */
      for (guint w = her ? women : 0; fits < 0 && titles != NULL && p->role != NULL && titles[w] != NULL
                                      && (her || w < women); w++)
        if (byline_clauses_title_fits (p->role, titles[w]))
          fits = 1;
      /* "Sheikha X" is not "His Highness" */
      if (fits == 2)
        continue;
      if (fits < 0 || p == found[fits])
        continue;
      several[fits] = several[fits] || found[fits] != NULL;
      found[fits] = p;
    }
  for (guint t = 0; t < 2; t++)
    if (found[t] != NULL)
      {
        if (several[t])
          return NULL; /* two of them: which one? */
        *end = s + 1;
        return found[t];
      }
  return NULL;
}

/* A description by title from @first, its role word at @k ("the Premier",
 * "the Secretary of State", "the Chinese vice minister"): the one person whose
 * title it fits, of @country when given, and no name after it; sets *end past
 * the title */
static const BylineEntity *
described_by_title (const BylineClauseReader *c, guint first, guint k, guint hi, const char *country, guint *end)
{
  const BylineEntity *holder;
  g_autofree char *words = NULL;
  guint e = k + 1;

  for (guint j = first; j < k; j++)
    if (c->toks[j].kind != BYLINE_TOKEN_WORD || byline_mentions_at (c->mentions, j) != NULL)
      return NULL;
  /* the title's words after its role word: "Prime Minister", "Secretary of State" */
  while (e < hi && e < k + 3 && c->toks[e].kind == BYLINE_TOKEN_WORD && byline_mentions_at (c->mentions, e) == NULL
         && (byline_token_cls (&c->toks[e]) & BYLINE_WORD_ROLE)
         && (c->toks[e].flags & BYLINE_TOKEN_CAP) == (c->toks[k].flags & BYLINE_TOKEN_CAP))
    e++;
  if (is_word (c, e, "of") && (c->toks[k].flags & BYLINE_TOKEN_CAP) && e + 1 < hi
      && (c->toks[e + 1].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, e + 1) == NULL)
    {
      /* "Secretary of State", "Minister of Foreign Affairs" */
      guint of = e;

      for (e = of + 1; e < hi && e < of + 4 && c->toks[e].kind == BYLINE_TOKEN_WORD
                       && (c->toks[e].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, e) == NULL;
           e++)
        ;
    }
  /* a name or another capitalised word after it: a title before a name */
  if (e < hi && (byline_mentions_at (c->mentions, e) != NULL || is_word (c, e, "of")
                 || (c->toks[e].kind == BYLINE_TOKEN_WORD && (c->toks[e].flags & BYLINE_TOKEN_CAP))))
    return NULL;
  words = g_strndup (c->text + c->toks[first].start, byline_token_end (&c->toks[e - 1]) - c->toks[first].start);
  holder = title_holder (c, first, words, country);
  if (holder != NULL)
    *end = e;
  return holder;
}

/* "the newly installed Iranian ambassador to Russia": the person of that role
 * and country named somewhere in the article */
const BylineEntity *
byline_clauses_described_person (const BylineClauseReader *c, guint i, guint hi, guint *end)
{
  const BylineEntity *norp = NULL;
  const char *country = NULL;
  guint k, first;

  /* "His Highness received X": the one styled so */
  if (c->toks[i].kind == BYLINE_TOKEN_WORD && (c->toks[i].flags & BYLINE_TOKEN_CAP)
      && byline_token_len (&c->toks[i]) == 3 && (is_word (c, i, "his") || is_word (c, i, "her")))
    return styled_person (c, i, hi, end);
  if (!is_word (c, i, "the"))
    {
      /* "Brazil's foreign minister": the country stands for the article */
      const BylineMentionRef *r = byline_mentions_at (c->mentions, i);

      if (r == NULL || r->first_token != i || r->entity->type != BYLINE_ENTITY_PLACE || r->entity->lex == NULL
          || r->entity->lex->kind != BYLINE_LEX_COUNTRY || r->end_token >= hi
          || c->toks[r->end_token].kind != BYLINE_TOKEN_POSSESSIVE)
        return NULL;
      country = r->entity->name;
      i = r->end_token;
    }
  first = i + 1;
  /* "the head of state", "the head of government": the one whose title says
   * so ("Head of Government Aziz Lahlou"), else the one whose title is a head
   * of state's (a president, a monarch) or a government's (a prime minister, a
   * chancellor), when one alone is named before it */
  if (country == NULL && i + 3 < hi && is_word (c, i + 1, "head") && is_word (c, i + 2, "of")
      && (is_word (c, i + 3, "state") || is_word (c, i + 3, "government")))
    {
      gboolean of_state = is_word (c, i + 3, "state");
      const char *literal = of_state ? "head of state" : "head of government";
      /* (named before it: "The head of state held talks with President X") */
      guint to = byline_mentions_lower_bound (c->mentions, i);
      guint from = to > 400 ? to - 400 : 0;
      const BylineEntity *found[2] = { NULL, NULL }; /* [0] by the title's own words */
      gboolean several[2] = { FALSE, FALSE };

      for (guint j = from; j < to; j++)
        {
          const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j).entity;
          g_autofree char *role = NULL;
          guint tier;

          if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL)
            continue;
          role = g_ascii_strdown (p->role, -1);
          if (!byline_clauses_heads (role, of_state))
            continue;
          tier = strstr (role, literal) != NULL ? 0 : 1;
          if (found[tier] != NULL && found[tier] != p)
            several[tier] = TRUE;
          found[tier] = p;
        }
      for (guint tier = 0; tier < 2; tier++)
        if (found[tier] != NULL)
          {
            if (several[tier])
              break; /* two of them: which one? */
            *end = i + 4;
            return found[tier];
          }
    }
  for (k = i + 1; k < hi && k < i + 6; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r && r->entity->type == BYLINE_ENTITY_NORP)
        {
          norp = r->entity;
          k = r->end_token - 1;
          first = r->end_token;
          continue;
        }
      if (c->toks[k].kind != BYLINE_TOKEN_WORD || r != NULL)
        return NULL;
      /* "the visiting premier": the title after it */
      if (is_word (c, k, "visiting") && first == k)
        {
          first = k + 1;
          continue;
        }
      /* "the Premier", "the Secretary": a capitalised title alone, the one
       * whose title it fits */
      if (((byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE) || is_word (c, k, "amir"))
          && (c->toks[k].flags & BYLINE_TOKEN_CAP) && norp == NULL && country == NULL && first == k)
        {
          const BylineEntity *holder = described_by_title (c, first, k, hi, NULL, end);

          if (holder != NULL)
            return holder;
        }
      /* "the foreign minister", and with capitals after a people or a country
       * ("the Ghanaian President"): a name would have been a mention */
      if ((byline_token_cls (&c->toks[k]) & BYLINE_WORD_ROLE)
          && (!(c->toks[k].flags & BYLINE_TOKEN_CAP) || norp != NULL || country != NULL))
        {
          g_autofree char *word = g_ascii_strdown (c->text + c->toks[k].start, byline_token_len (&c->toks[k]));
          const BylineEntity *found = NULL;

          /* the people named around it, a few hundred mentions either side: a
           * description stands for someone in the story, and a long file stays linear */
          guint at = byline_mentions_lower_bound (c->mentions, i);
          guint from = at > 400 ? at - 400 : 0, to = MIN (c->mentions->len, at + 400);

          for (guint j = from; j < to; j++)
            {
              const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j).entity;
              g_autofree char *role = NULL;

              if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || p == found)
                continue;
              role = g_ascii_strdown (p->role, -1);
              if (_byline_scan_role_has_word (role, word) && !not_the_premier (c, k - 1, word, role)
                  && (norp == NULL || g_strcmp0 (p->affiliation, norp->affiliation) == 0)
                  && (country == NULL || g_strcmp0 (p->affiliation, country) == 0))
                {
                  if (found != NULL)
                    return NULL; /* two of them: which one? */
                  found = p;
                }
            }
          if (found)
            {
              *end = k + 1;
              /* "ambassador to Russia" */
              if (is_word (c, k + 1, "to") || is_word (c, k + 1, "of"))
                {
                  const BylineMentionRef *r2 = byline_mentions_at (c->mentions, k + 2);
                  if (r2 && r2->entity->type == BYLINE_ENTITY_PLACE)
                    *end = r2->end_token;
                }
            }
          /* "the Chinese vice minister": none has the word, and one the title fits */
          else
            found = described_by_title (c, first, k, hi, norp != NULL ? norp->affiliation : country, end);
          return found;
        }
    }
  return NULL;
}

/* The comma that ends a fronted phrase whose first comma, at j, is inside a list
 * of names: "After meetings with A, Secretary of State B and C, D said": the
 * comma after "C". The phrase leads to the list by a preposition, each item is a
 * name (titles before it), and the last item follows "and"; otherwise j. */
static guint
list_end (const BylineClauseReader *c, guint lo, guint j, guint hi)
{
  gboolean led = FALSE;
  const BylineMentionRef *r = j > lo ? byline_mentions_at (c->mentions, j - 1) : NULL;

  for (guint k = lo; k < j && !led; k++)
    led = is_word (c, k, "with") || is_word (c, k, "to") || is_word (c, k, "by") || is_word (c, k, "between")
          || is_word (c, k, "among") || is_word (c, k, "from") || is_word (c, k, "including");
  if (!led || r == NULL || r->end_token != j || r->entity->type == BYLINE_ENTITY_DATE)
    return j;
  for (guint items = 0, s = j + 1; items < 6; items++)
    {
      gboolean last = FALSE;
      guint e = s;

      for (; e < hi && e < s + 20 && !is_punct (c, e, ','); e++)
        {
          const BylineMentionRef *m = byline_mentions_at (c->mentions, e);

          if (m != NULL && m->entity->type != BYLINE_ENTITY_DATE)
            continue;
          if (is_word (c, e, "and"))
            last = TRUE;
          else if (c->toks[e].kind != BYLINE_TOKEN_WORD
                   || !((c->toks[e].flags & BYLINE_TOKEN_CAP) || is_word (c, e, "of") || is_word (c, e, "the")))
            return j;
        }
      r = e > s ? byline_mentions_at (c->mentions, e - 1) : NULL;
      if (e >= hi || !is_punct (c, e, ',') || r == NULL || r->end_token != e || r->entity->type == BYLINE_ENTITY_DATE)
        return j;
      if (last)
        return e;
      s = e + 1;
    }
  return j;
}

/* The comma @j after a person's name, then an apposition of the person's title
 * ("X, the Jordanian foreign minister,", "X, Peru's prime minister,") and a time
 * or place after it ("on Monday,", "in Lima on Monday,"): the comma that ends
 * them, or @j */
static guint
past_apposition (const BylineClauseReader *c, guint j, guint hi)
{
  const BylineMentionRef *r = j > 0 ? byline_mentions_at (c->mentions, j - 1) : NULL;
  guint e = j + 1, role = 0;

  if (r == NULL || r->end_token != j || r->entity->type != BYLINE_ENTITY_PERSON || e >= hi
      || !(is_word (c, e, "the") || is_word (c, e, "a") || is_word (c, e, "his") || is_word (c, e, "her")
           || (byline_mentions_at (c->mentions, e) != NULL && byline_mentions_at (c->mentions, e)->entity->type != BYLINE_ENTITY_PERSON)))
    return j;
  for (; e < hi && e < j + 12 && !is_punct (c, e, ','); e++)
    {
      const BylineMentionRef *q = byline_mentions_at (c->mentions, e);

      if (q != NULL && q->entity->type == BYLINE_ENTITY_PERSON)
        return j;
      if (q != NULL)
        {
          e = q->end_token - 1;
          continue;
        }
      if (c->toks[e].kind == BYLINE_TOKEN_POSSESSIVE)
        continue;
      if (c->toks[e].kind != BYLINE_TOKEN_WORD
          || (byline_token_cls (&c->toks[e]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE | BYLINE_WORD_MEETING)))
        return j;
      if (byline_token_cls (&c->toks[e]) & BYLINE_WORD_ROLE)
        role = e;
    }
  if (e >= hi || !is_punct (c, e, ',') || role == 0 || role + 1 != e)
    return j;
  /* (and a time or place: "on Monday,", "in Lima on Monday,") */
  if (e + 2 < hi && (is_word (c, e + 1, "on") || is_word (c, e + 1, "in") || is_word (c, e + 1, "at")))
    for (guint w = e + 2; w < hi && w < e + 12; w++)
      {
        if (is_punct (c, w, ','))
          return w;
        if (c->toks[w].kind != BYLINE_TOKEN_WORD && c->toks[w].kind != BYLINE_TOKEN_NUMBER)
          break;
        if (byline_token_cls (&c->toks[w]) & (BYLINE_WORD_SPEECH | BYLINE_WORD_PAST | BYLINE_WORD_FUTURE | BYLINE_WORD_MEETING))
          break;
      }
  return e;
}

/* A fronted phrase: "During his visit, ...", "After the meeting with X, ...": the
 * token of its comma, or 0 when the sentence does not open with one */
guint
byline_clauses_fronted_comma (const BylineClauseReader *c, guint lo, guint hi)
{
  guint j;

  /* "Meeting with X on Tuesday, Y praised ...": a participle of a meeting or
   * reporting verb opens a phrase too */
  gboolean participle = lo < hi && c->toks[lo].kind == BYLINE_TOKEN_WORD
                        && (byline_token_cls (&c->toks[lo]) & (BYLINE_WORD_MEETING | BYLINE_WORD_SPEECH))
                        && byline_token_len (&c->toks[lo]) > 4
                        && g_str_has_prefix (c->text + byline_token_end (&c->toks[lo]) - 3, "ing");

  /* "A day after meeting X in Ankara, Y ...", "Shortly before the talks, ...":
   * the time before "after" or "before" opens the phrase too */
  gboolean timed = FALSE;

  for (guint k = lo + 1; k < hi && k <= lo + 3 && !timed; k++)
    {
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD && c->toks[k - 1].kind != BYLINE_TOKEN_NUMBER)
        break;
      if ((c->toks[k - 1].flags & BYLINE_TOKEN_CAP) && k - 1 > lo)
        break;
      timed = (is_word (c, k, "after") || is_word (c, k, "before"))
              && (is_word (c, lo, "a") || is_word (c, lo, "shortly") || is_word (c, lo, "soon") || is_word (c, lo, "just")
                  || is_word (c, lo, "hours") || is_word (c, lo, "days") || is_word (c, lo, "weeks")
                  || is_word (c, lo, "minutes") || is_word (c, lo, "one") || is_word (c, lo, "two")
                  || is_word (c, lo, "three") || c->toks[lo].kind == BYLINE_TOKEN_NUMBER);
    }
  if (!participle && !timed && !(is_word (c, lo, "during") || is_word (c, lo, "after") || is_word (c, lo, "before")
        || is_word (c, lo, "following") || is_word (c, lo, "prior") || is_word (c, lo, "earlier")
        || is_word (c, lo, "later") || is_word (c, lo, "as") || is_word (c, lo, "while") || is_word (c, lo, "when")
        || is_word (c, lo, "on") || is_word (c, lo, "in") || is_word (c, lo, "at") || is_word (c, lo, "meanwhile")
        /* "Ahead of her meeting with X, Y said" */
        || (is_word (c, lo, "ahead") && lo + 1 < hi && is_word (c, lo + 1, "of"))
        /* "Asked about the report, the spokesman said ..." */
        || is_word (c, lo, "asked")))
    return 0;
  for (j = lo; j < hi && j < lo + 24 && !is_punct (c, j, ','); j++)
    ;
  if (!(j < hi && j < lo + 24))
    return 0;
  /* "During the visit, held from July 1 to 5, the Prime Minister ...": a
   * participle's phrase of the fronted noun ends at the comma after it */
  if (j + 2 < hi && c->toks[j + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
      && (byline_token_cls (&c->toks[j + 1]) & BYLINE_WORD_PAST) && !is_word (c, j + 1, "said"))
    {
      guint e = j + 2;

      while (e < hi && e < j + 14 && !is_punct (c, e, ',') && !is_punct (c, e, '.'))
        e++;
      if (e < hi && is_punct (c, e, ','))
        return e;
    }
  return list_end (c, lo, past_apposition (c, j, hi), hi);
}

/* The most mentioned person whose role has this head word ("the foreign minister"
 * when two are named: the one the article is about), or NULL on a tie */
static const BylineEntity *
salient_with_role (const BylineClauseReader *c, const BylineEntity *topic, const char *head, guint k)
{
  const BylineEntity *best = NULL;
  guint best_n = 0;
  gboolean tie = FALSE;
  /* the people named around it, a few hundred mentions either side: the story's
   * people, and a long file stays linear */
  guint at = byline_mentions_lower_bound (c->mentions, k);
  guint from = at > 400 ? at - 400 : 0, to = MIN (c->mentions->len, at + 400);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint j = from; j < to; j++)
    {
      const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j).entity;
      g_autofree char *role = NULL;

      if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || !g_hash_table_add (seen, (gpointer) p))
        continue;
      role = g_ascii_strdown (p->role, -1);
      /* ("the State leader", "the Cuban leader": a head of state or government) */
      if (g_str_equal (head, "leader") && strstr (role, "leader") == NULL && !g_str_has_prefix (role, "vice")
          && !g_str_has_prefix (role, "deputy") && !g_str_has_prefix (role, "former")
          && (g_str_has_suffix (role, "president") || g_str_has_suffix (role, "prime minister")
              || g_str_has_suffix (role, "premier") || g_str_has_suffix (role, "chancellor")))
        {
          g_free (role);
          role = g_strdup ("leader");
        }
      if (!_byline_scan_role_has_word (role, head) || not_the_premier (c, k + 1, head, role))
        continue;
      if (p == topic)
        return p;
      if (p->mentions->len > best_n)
        {
          best = p;
          best_n = p->mentions->len;
          tie = FALSE;
        }
      else if (p->mentions->len == best_n)
        tie = TRUE;
    }
  return tie ? NULL : best;
}

/* The person a noun group at token k names, read as a subject: a name past a
 * nationality and a title ("Czech Foreign Minister Jan Lipavsky"), a name after a
 * possessive ("Pakistan's Ambassador in China Moeenul Haq"), or a description of
 * someone named ("the foreign minister", the one the article is about when two
 * fit). NULL for anything else, pronouns included. */
/* Do the words from @j on, in lower case, make a title that a person's name
 * follows: "deputy prime minister X", "foreign minister X"? */
static gboolean
lower_title_words (const BylineClauseReader *c, guint j, guint hi)
{
  guint e = j;

  while (e < hi && e < j + 4 && byline_token_title_word (&c->toks[e]) && byline_mentions_at (c->mentions, e) == NULL)
    e++;
  return e > j && e < hi && (byline_token_cls (&c->toks[e - 1]) & BYLINE_WORD_ROLE)
         && byline_mentions_at (c->mentions, e) != NULL && byline_mentions_at (c->mentions, e)->first_token == e
         && byline_mentions_at (c->mentions, e)->entity->type == BYLINE_ENTITY_PERSON;
}

const BylineEntity *
byline_clauses_subject_at (const BylineClauseReader *c, const BylineEntity *topic, guint k, guint hi)
{
  const BylineMentionRef *r;
  const BylineEntity *who;
  guint end;

  if (k >= hi || is_word (c, k, "he") || is_word (c, k, "she"))
    return NULL;
  for (guint j = k; j < hi && j < k + 10; j++)
    {
      const BylineMentionRef *q = byline_mentions_at (c->mentions, j);

      if (q != NULL && q->first_token == j && q->entity->type == BYLINE_ENTITY_NORP)
        {
          j = q->end_token - 1;
          continue;
        }
      /* the land or body a title is of: "Minister of Defence of Norway X" */
      if (q != NULL && q->first_token == j && j > k && is_word (c, j - 1, "of")
          && (q->entity->type == BYLINE_ENTITY_ORG || q->entity->type == BYLINE_ENTITY_PLACE))
        {
          j = q->end_token - 1;
          continue;
        }
      /* a title in lower case: "Vietnamese deputy prime minister X" (its words,
       * the last a title's, right before the name) */
      if (q == NULL && j > k && c->toks[j].kind == BYLINE_TOKEN_WORD && lower_title_words (c, j, hi))
        continue;
      /* the body or place a title is of: "Commonwealth Secretary-General X", "Ohio
       * Governor X" */
      if (q != NULL && q->first_token == j && (q->entity->type == BYLINE_ENTITY_ORG || q->entity->type == BYLINE_ENTITY_PLACE) && q->end_token < hi
          && (byline_token_cls (&c->toks[q->end_token]) & BYLINE_WORD_ROLE) && (c->toks[q->end_token].flags & BYLINE_TOKEN_CAP))
        {
          j = q->end_token - 1;
          continue;
        }
      /* a title: "Foreign Minister", "Secretary of State" */
      if (q == NULL && ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE) || (c->toks[j].flags & BYLINE_TOKEN_CAP)
                        || (is_word (c, j, "of") && j > k)))
        continue;
      /* the period of a shortened title: "State Rep. X", "Lt. Gov. X" */
      if (q == NULL && j > k && is_punct (c, j, '.') && !(c->toks[j].flags & BYLINE_TOKEN_SPACE)
          && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[j - 1]) <= 4)
        continue;
      if (q != NULL && q->first_token == j && q->entity->type == BYLINE_ENTITY_PERSON && j > k)
        k = j;
      break;
    }
  r = byline_mentions_at (c->mentions, k);
  if (r != NULL && r->first_token == k && r->end_token < hi && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      guint j = r->end_token + 1;

      r = NULL;
      while (j < hi && j < k + 10 && r == NULL)
        {
          const BylineMentionRef *q = byline_mentions_at (c->mentions, j);

          if (q != NULL && q->entity->type == BYLINE_ENTITY_PERSON)
            r = q;
          /* "Orlov's deputy, Igor Sokolov, was ...": the name in apposition */
          else if (is_punct (c, j, ',') && j > 0 && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE))
            ;
          else if (c->toks[j].kind != BYLINE_TOKEN_WORD || is_word (c, j, "said") || (byline_token_cls (&c->toks[j]) & (BYLINE_WORD_MEETING | BYLINE_WORD_SPEECH)))
            break;
          j = q != NULL ? q->end_token : j + 1;
        }
    }
  if (r != NULL && r->first_token >= k && r->entity->type == BYLINE_ENTITY_PERSON)
    return r->entity;
  if (r != NULL)
    return NULL;
  who = byline_clauses_described_person (c, k, hi, &end);
  if (who == NULL && is_word (c, k, "the"))
    {
      /* "the foreign minister" when two are named */
      guint j = k + 1;

      /* the title's head, after a modifier or two ("the foreign minister"), written
       * with capitals too ("the High Representative") */
      while (j < hi && j < k + 3 && c->toks[j].kind == BYLINE_TOKEN_WORD && byline_mentions_at (c->mentions, j) == NULL
             && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE))
        j++;
      while (j < hi && j < k + 5 && c->toks[j].kind == BYLINE_TOKEN_WORD && byline_mentions_at (c->mentions, j) == NULL
             && (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE))
        j++;
      if (j > k + 1 && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE))
        {
          g_autofree char *head = g_ascii_strdown (c->text + c->toks[j - 1].start, byline_token_len (&c->toks[j - 1]));
          g_autofree char *whole = g_ascii_strdown (c->text + c->toks[k + 1].start,
                                                    byline_token_end (&c->toks[j - 1]) - c->toks[k + 1].start);

          /* "the Foreign Minister": the one who holds it as written, before the
           * most mentioned minister */
          who = j > k + 2 ? salient_with_role (c, NULL, whole, k) : NULL;
          if (who == NULL)
            who = salient_with_role (c, topic, head, k);
        }
    }
  return who;
}

/**
 * byline_clause_reader_init:
 *
 * Sets up @reader over an analysis's document, entities and mentions, which it
 * borrows.
 */
void
byline_clause_reader_init (BylineClauseReader   *reader,
                           const BylineDocument *doc,
                           GPtrArray            *entities,
                           GArray               *mentions)
{
  reader->doc = doc;
  reader->text = doc->text->data;
  reader->toks = (const BylineToken *) doc->tokens->data;
  reader->n = doc->tokens->len;
  reader->entities = entities;
  reader->mentions = mentions;
}

/**
 * byline_clauses_read:
 *
 * Reads every sentence's clause structure: where its main clause starts, its
 * subject when a person, and the topic before it (the last such subject within
 * four sentences; a pronoun subject keeps it).
 *
 * Returns: (transfer full) (element-type BylineClause): one per sentence
 */
/* The token after a live blog's time stamp opening a sentence ("14:50 –",
 * "9.05 GMT -"), or @lo */
static guint
after_time_stamp (const BylineClauseReader *c, guint lo, guint hi)
{
  guint k = lo;

  if (k >= hi || c->toks[k].kind != BYLINE_TOKEN_NUMBER)
    return lo;
  if (memchr (c->text + c->toks[k].start, ':', byline_token_len (&c->toks[k])) == NULL
      && memchr (c->text + c->toks[k].start, '.', byline_token_len (&c->toks[k])) == NULL)
    {
      /* "14", ":", "50" */
      if (!(k + 2 < hi && is_punct (c, k + 1, ':') && c->toks[k + 2].kind == BYLINE_TOKEN_NUMBER))
        return lo;
      k += 2;
    }
  k++;
  /* "GMT", "AST", "local time" */
  while (k < hi && k < lo + 6 && c->toks[k].kind == BYLINE_TOKEN_WORD && (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS))
    k++;
  if (k + 1 < hi && c->toks[k].kind == BYLINE_TOKEN_PUNCT && byline_is_dash (byline_token_first_char (c->text, &c->toks[k])))
    return k + 1;
  return lo;
}

GArray *
byline_clauses_read (const BylineClauseReader *c)
{
  GArray *clauses = g_array_sized_new (FALSE, TRUE, sizeof (BylineClause), c->doc->sentences->len);
  const BylineEntity *topic = NULL;
  guint topic_sentence = 0;

  for (guint s = 0; s < c->doc->sentences->len; s++)
    {
      const BylineSentence *sent = &g_array_index (c->doc->sentences, BylineSentence, s);
      guint lo = sent->first_token, hi = sent->end_token;
      BylineClause cl = { lo, 0, NULL, NULL, 0 };

      if (topic != NULL && s - topic_sentence <= 4)
        {
          cl.topic = topic;
          cl.topic_sentence = topic_sentence;
        }
      if (lo < hi && (c->toks[lo].flags & BYLINE_TOKEN_QUOTE))
        {
          guint k;

          for (k = lo + 1; k < hi && !(c->toks[k].flags & BYLINE_TOKEN_QUOTE); k++)
            ;
          k++;
          if (is_punct (c, k, ','))
            k++;
          cl.main_start = MIN (k, hi);
        }
      else if ((cl.fronted_comma = byline_clauses_fronted_comma (c, lo, hi)) != 0)
        cl.main_start = cl.fronted_comma + 1;
      /* "14:50 – Foreign Minister X met Y": a live blog's time before its entry */
      else if (after_time_stamp (c, lo, hi) != lo)
        cl.main_start = after_time_stamp (c, lo, hi);
      /* "Luanda - The President ... received": the lead after its wire dateline */
      else if (c->doc->wire.end > c->toks[lo].start && lo + 1 < hi && c->doc->wire.end < c->toks[hi - 1].start)
        {
          guint k = lo;

          while (k < hi && c->toks[k].start < c->doc->wire.end)
            k++;
          cl.main_start = k;
        }
      /* "... our leadership,” the minister said in the message.": a quotation that
       * began in a sentence before ends here, and the clause after it reports it */
      {
        guint last = hi;

        for (guint k = hi; k > lo + 1 && k + 14 > hi; k--)
          if (c->toks[k - 1].flags & BYLINE_TOKEN_QUOTE)
            {
              last = k - 1;
              break;
            }
        if (last < hi && last > cl.main_start)
          {
            gboolean reports = FALSE;

            for (guint k = last + 1; k < hi; k++)
              reports = reports || (byline_token_cls (&c->toks[k]) & BYLINE_WORD_SPEECH) != 0;
            if (reports)
              cl.main_start = is_punct (c, last + 1, ',') ? last + 2 : last + 1;
          }
      }
      cl.subject = byline_clauses_subject_at (c, topic, cl.main_start, hi);
      if (cl.subject != NULL)
        {
          topic = cl.subject;
          topic_sentence = s;
        }
      g_array_append_val (clauses, cl);
    }
  return clauses;
}
