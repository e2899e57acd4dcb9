/* byline-quotes-speaker.c: who is at a token, for the quotations
 * (byline-quotes.c) and the reported speech (byline-quotes-reported.c)
 *
 * speaker_at() reads the words at a token as the one who speaks: a named
 * entity (past a title, shortened or in lower case: "Sen. X", "ministry
 * spokesman X"), "he" or "she" (the last person quoted or named, of the gender
 * a pronoun showed before), "they" and "it", a definite description ("the
 * envoy", "the foreign minister", "the ministry", "the study") resolved to the
 * person, organisation or study named before it, a description in a lede
 * resolved to the one named just after ("Iran's ambassador said ... Speaking
 * to IRNA, X said"), "his counterpart", or a group ("officials", "moderate
 * senators", "diplomats familiar with the talks", "the two ministers"), those who
 * speak for someone ("X's chairman, Rep. Y", "the candidate's spokeswoman"), the
 * other one of a pair ("Lavrov's Iranian counterpart", "the Iranian side") and a
 * country's office ("Iran's top diplomat"; unnamed, never the country), the one
 * named in a group ("Critics, including X, said"), the name in apposition after
 * a description ("replied the party's spokesman, X"), "the statement" of the
 * body that opens the sentence before (and "It said" that body, its subject
 * past a fronted phrase, or the one body it names), and a headline's bare title
 * ("..., councillor says": the one of that title named below). After a
 * sentence whose subject is two ("X and the aides left"), "he" is the one who
 * spoke last; "X said her union ..." or "X thanked the crowd. She ..." shows
 * X a woman, so a later "he" is someone else; '"A. B," she says' after a
 * quotation of two sentences is the subject before it opened; "X will travel
 * ..., she insists, "..."" is X. A body speaks through its press service
 * ("the Akorda press service reports"), as a country's body ("the Foreign
 * Ministry of X informs") or where it is ("the Chilean embassy in Oslo told Reuters"); "the
 * head of state" is the president named before, "the minister" never the prime
 * minister, "the society" the body its name holds. subject_of_cue() and
 * quoted_as_saying() find that speaker around a reporting verb ("said Rice",
 * "Rice said", "quoted X as saying"); find_via() the outlet the words came
 * through ("told state media", "in an interview with Reuters"). "X's
 * campaign" speaks as itself, named with X's full name; "One of them, X," is
 * X; "the Moldovan minister" is the one whose title before the name ends in
 * that country; "he said" after a quotation given to a bare title ("the
 * president told reporters") is that title.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-quotes"

#include "config.h"

#include <string.h>

#include "byline-clauses.h"
#include "byline-lexicon.h"
#include "byline-quotes.h"
#include "byline-quotes-private.h"
#include "byline-scan-private.h"

/* Names and mentions */

char *
_byline_quotes_span_text (const Ctx *c, guint first, guint end)
{
  return _byline_scan_text (c->text, c->toks, first, end);
}

void
_byline_quotes_speaker_clear (Speaker *s)
{
  g_clear_pointer (&s->name, g_free);
  s->entity = NULL;
  s->found = FALSE;
}

void
_byline_quotes_speaker_set_entity (Speaker *s, const BylineEntity *e)
{
  g_free (s->name);
  s->country = NULL;
  s->entity = e;
  s->name = g_strdup (e->name);
  s->found = TRUE;
}

gboolean
_byline_quotes_is_speaker_type (const BylineEntity *e)
{
  return e->type == BYLINE_ENTITY_PERSON || e->type == BYLINE_ENTITY_ORG || e->type == BYLINE_ENTITY_PLACE;
}

void
_byline_quotes_remember (Ctx *c, const BylineQuote *q, const char *country)
{
  c->previous = q;
  if (q->speaker == NULL && q->speaker_name != NULL)
    {
      g_free (c->last_unnamed);
      c->last_unnamed = g_strdup (q->speaker_name);
      c->last_unnamed_sentence = q->sentence;
    }
  if (q->speaker == NULL)
    return;
  if (q->speaker != c->last_speaker || country != NULL)
    c->last_speaker_country = country;
  c->last_speaker = q->speaker;
  c->last_speaker_sentence = q->sentence;
  if (q->speaker->type == BYLINE_ENTITY_PERSON)
    {
      c->last_person = q->speaker;
      c->last_person_sentence = q->sentence;
    }
}

/* "government spokesman", "senior official": one person with no name, a
 * singular noun of a source's trade after up to three words */
static gboolean
unnamed_one (const char *name)
{
  static const char *const nouns[] = { "spokesman", "spokeswoman", "spokesperson", "official", "source",
                                       "diplomat", "aide", "analyst", "economist", "banker", "dealer", "trader",
                                       "negotiator", "delegate", "executive", NULL };
  const char *last = strrchr (name, ' ');
  guint words = 1;

  for (const char *p = name; *p != '\0'; p++)
    words += *p == ' ';
  return words <= 4 && last != NULL && g_strv_contains (nouns, last + 1);
}

/* "he" and "she": the last person quoted, or the last person named before */
/* What "he" or "she" at token @at may stand for: the entity's gender, or the
 * one the article showed before ("Mayor Ana Ruiz spoke. She said ..." makes
 * Ruiz "she", so a later "he" is someone else) */
static gboolean
may_be (const Ctx *c, const BylineEntity *e, guint at)
{
  gpointer known;

  if (!byline_entity_may_be (e, c->text, &c->toks[at]))
    return FALSE;
  if (c->genders == NULL || e->gender != BYLINE_GENDER_UNKNOWN
      || !g_hash_table_lookup_extended (c->genders, e, NULL, &known))
    return TRUE;
  if (byline_token_is (c->text, &c->toks[at], "he"))
    return GPOINTER_TO_INT (known) != BYLINE_GENDER_FEMALE;
  if (byline_token_is (c->text, &c->toks[at], "she"))
    return GPOINTER_TO_INT (known) != BYLINE_GENDER_MALE;
  return TRUE;
}

/* "She said ..." right after a sentence about X: X is a woman from here on */
static void
learn_gender (const Ctx *c, const BylineEntity *e, guint at)
{
  if (c->genders == NULL || e->gender != BYLINE_GENDER_UNKNOWN || g_hash_table_contains (c->genders, e))
    return;
  if (byline_token_is (c->text, &c->toks[at], "he"))
    g_hash_table_insert (c->genders, (gpointer) e, GINT_TO_POINTER (BYLINE_GENDER_MALE));
  else if (byline_token_is (c->text, &c->toks[at], "she"))
    g_hash_table_insert (c->genders, (gpointer) e, GINT_TO_POINTER (BYLINE_GENDER_FEMALE));
}

/* "Solis said her group would sue": the first "his" or "her" after the name
 * that opens a sentence, before anyone else or a quotation, is that person's,
 * so a later "he" is not a woman named last. Called once a sentence, gated on
 * a subject of unknown gender. */
void
_byline_quotes_learn_possessive (Ctx *c, guint s)
{
  const BylineClause *cl;
  const BylineSentence *sent;
  gboolean reported = FALSE;
  guint k, end;

  if (c->clauses == NULL || s >= c->clauses->len)
    return;
  /* "X thanked her parents. She vowed to ...": a sentence that opens with "He"
   * or "She" after one whose only person is its subject, named first */
  sent = sentence (c, s);
  if (s > 0 && sent->first_token < sent->end_token && (c->toks[sent->first_token].flags & BYLINE_TOKEN_CAP)
      && byline_token_len (&c->toks[sent->first_token]) <= 3
      && (byline_token_is (c->text, &c->toks[sent->first_token], "He")
          || byline_token_is (c->text, &c->toks[sent->first_token], "She")))
    {
      const BylineClause *pc = &g_array_index (c->clauses, BylineClause, s - 1);
      const BylineSentence *ps = sentence (c, s - 1);
      const BylineMentionRef *r = byline_mentions_at (c->mentions, pc->main_start);

      if (pc->subject != NULL && pc->subject->type == BYLINE_ENTITY_PERSON && pc->subject->gender == BYLINE_GENDER_UNKNOWN
          && !g_hash_table_contains (c->genders, pc->subject) && r != NULL && r->first_token == pc->main_start
          && r->entity == pc->subject && !in_quote (c, pc->main_start))
        {
          gboolean alone = TRUE;

          for (k = byline_mentions_lower_bound (c->mentions, ps->first_token); k < c->mentions->len && alone; k++)
            {
              const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

              if (m->first_token >= ps->end_token)
                break;
              alone = m->entity == pc->subject || m->entity->type != BYLINE_ENTITY_PERSON;
            }
          if (alone)
            learn_gender (c, pc->subject, sent->first_token);
        }
    }
  cl = &g_array_index (c->clauses, BylineClause, s);
  if (cl->subject == NULL || cl->subject->type != BYLINE_ENTITY_PERSON || cl->subject->gender != BYLINE_GENDER_UNKNOWN
      || g_hash_table_contains (c->genders, cl->subject))
    return;
  k = byline_mentions_lower_bound (c->mentions, cl->main_start);
  if (k >= c->mentions->len)
    return;
  {
    const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

    if (r->entity != cl->subject || r->first_token >= sent->end_token || in_quote (c, r->first_token))
      return;
    k = r->end_token;
  }
  end = MIN (sent->end_token, k + 16);
  for (; k < end; k++)
    {
      const BylineToken *t = &c->toks[k];

      if (t->kind != BYLINE_TOKEN_WORD)
        {
          if (t->flags & BYLINE_TOKEN_QUOTE)
            return;
          continue;
        }
      if (in_quote (c, k) || (t->flags & BYLINE_TOKEN_CAP) || (byline_token_cls (t) & BYLINE_WORD_ROLE))
        return;
      /* only in what the subject reports: "X said (that) her ...", not "X
       * disputed her account" */
      if (byline_token_cls (t) & BYLINE_WORD_SPEECH)
        {
          if (k + 1 < sent->end_token && byline_token_is (c->text, &c->toks[k + 1], "that"))
            {
              k++;
              reported = TRUE;
            }
          else
            reported = reported || byline_token_is (c->text, t, "said") || byline_token_is (c->text, t, "says");
          continue;
        }
      if (byline_token_len (t) != 3 || !reported)
        continue;
      if (byline_token_is (c->text, t, "his"))
        {
          g_hash_table_insert (c->genders, (gpointer) cl->subject, GINT_TO_POINTER (BYLINE_GENDER_MALE));
          return;
        }
      /* (the possessive, not the object: "told her that") */
      if (byline_token_is (c->text, t, "her"))
        {
          if (k + 1 < sent->end_token && c->toks[k + 1].kind == BYLINE_TOKEN_WORD
              && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[k + 1]) & BYLINE_WORD_STOPWORD))
            g_hash_table_insert (c->genders, (gpointer) cl->subject, GINT_TO_POINTER (BYLINE_GENDER_FEMALE));
          return;
        }
    }
}

/* "has long maintained", "has repeatedly said": an adverb of time or manner
 * between the subject (and its auxiliary) and the reporting verb */
static gboolean
pre_verb_adverb (const Ctx *c, guint i)
{
  static const char *const words[] = { "long", "repeatedly", "previously", "already", "consistently", "publicly",
                                       "privately", "often", "frequently", "always", "since", "have", NULL };

  if (c->toks[i].kind != BYLINE_TOKEN_WORD || (c->toks[i].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  for (int w = 0; words[w] != NULL; w++)
    if (byline_token_is (c->text, &c->toks[i], words[w]))
      return TRUE;
  return FALSE;
}

/* "a spokesman for the army in Port Sudan," before the comma at @comma: a role
 * word, then "for", "of" or "at" and the body, with no verb or comma between */
static gboolean
role_for_before (const Ctx *c, guint comma, guint lo)
{
  for (guint j = comma; j > lo + 1 && j + 10 > comma; j--)
    {
      const BylineToken *t = &c->toks[j - 1];

      if (t->kind == BYLINE_TOKEN_PUNCT || in_quote (c, j - 1) || is_speech (c, j - 1))
        return FALSE;
      if ((byline_token_is (c->text, t, "for") || byline_token_is (c->text, t, "of") || byline_token_is (c->text, t, "at"))
          && has (c, j - 2, BYLINE_WORD_ROLE) && byline_mentions_at (c->mentions, j - 2) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @who, named as the subject of the sentence at token @k or soon after,
 * is one of two or more joined by "and", "or" or "&" ("Roelofs and the
 * executives left") */
static gboolean
coordinated_subject (const Ctx *c, const BylineEntity *who, guint k, guint hi)
{
  for (guint j = k; j < hi && j < k + 12; j++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

      if (r == NULL || r->first_token != j)
        continue;
      if (r->entity != who)
        {
          j = r->end_token - 1;
          continue;
        }
      return r->end_token + 1 < hi
             && (byline_token_is (c->text, &c->toks[r->end_token], "and")
                 || byline_token_is (c->text, &c->toks[r->end_token], "or") || is_char (c, r->end_token, '&'));
    }
  return FALSE;
}

/* Whether the quotation @q was given to its body by an office, "a Treasury
 * spokesman said", "the spokesman said": a role word in lower case before its
 * cue in its sentence */
static gboolean
spoken_for_by_office (const Ctx *c, const BylineQuote *q)
{
  const BylineSentence *s = sentence (c, q->sentence);

  for (guint k = s->first_token; k < s->end_token && c->toks[k].start < q->cue.start; k++)
    if (c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && !in_quote (c, k)
        && has (c, k, BYLINE_WORD_ROLE))
      return TRUE;
  return FALSE;
}

/* Whether a person is named outside quotations between tokens @from and @to */
static gboolean
person_named_between (const Ctx *c, guint from, guint to)
{
  for (guint k = byline_mentions_lower_bound (c->mentions, from); k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= to)
        break;
      if (r->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, r->first_token))
        return TRUE;
    }
  return FALSE;
}

/* "LIMA, Peru — The envoy said ...", "HARTFORD, Conn. - Voters ...": a place in
 * capitals and a dash opening the sentence are its dateline, neither speaker
 * nor content; the token after the dash, or @lo */
guint
_byline_quotes_skip_dateline (const Ctx *c, guint lo, guint hi)
{
  if (lo >= hi || !(c->toks[lo].flags & BYLINE_TOKEN_ALLCAPS) || c->toks[lo].kind != BYLINE_TOKEN_WORD)
    return lo;
  for (guint k = lo + 1; k + 1 < hi && k < lo + 7; k++)
    {
      if (is_char (c, k, 0x2014) || is_char (c, k, 0x2013) || is_char (c, k, '-'))
        return (c->toks[k].flags & BYLINE_TOKEN_SPACE) && (c->toks[k + 1].flags & BYLINE_TOKEN_CAP) ? k + 1 : lo;
      if (c->toks[k].kind == BYLINE_TOKEN_PUNCT && !is_char (c, k, ',') && !is_char (c, k, '.'))
        return lo;
      if (c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
        return lo;
    }
  return lo;
}

static const BylineEntity *
resolve_person_pronoun (const Ctx *c, guint at)
{
  guint here = sentence_of (c, at);
  guint k;

  /* "In May X will travel to see Y, this time, she insists, "..."": a
   * reporting clause set off by commas in a sentence a person opens (the
   * subject, whoever the object) is that person's */
  if (at > 0 && is_char (c, at - 1, ',') && at + 2 < c->n && is_speech (c, at + 1)
      && (is_char (c, at + 2, ',') || (c->toks[at + 2].flags & BYLINE_TOKEN_QUOTE)))
    {
      const BylineSentence *cs = sentence (c, here);
      const BylineEntity *opener = NULL;

      for (k = byline_mentions_lower_bound (c->mentions, cs->first_token); k < c->mentions->len; k++)
        {
          const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

          if (r->first_token >= at)
            break;
          if (r->entity->type != BYLINE_ENTITY_PERSON || in_quote (c, r->first_token))
            continue;
          if (r->first_token <= cs->first_token + 3)
            opener = r->entity;
          break;
        }
      if (opener != NULL && may_be (c, opener, at))
        {
          learn_gender (c, opener, at);
          return opener;
        }
    }
  /* "His rival, Senator Kay Lund, was not convinced. ... she said": the name in
   * apposition to the subject that opens the sentence before */
  if (here > 0)
    {
      gboolean spokes = FALSE;
      const BylineSentence *ps = sentence (c, here - 1);

      if (ps->first_token + 4 < ps->end_token && ps->first_token < at && c->toks[ps->first_token].kind == BYLINE_TOKEN_WORD
          && (c->toks[ps->first_token].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, ps->first_token) == NULL)
        for (guint j = ps->first_token + 1; j < ps->first_token + 8 && j + 2 < ps->end_token; j++)
          {
            const BylineMentionRef *named;
            guint t = j + 1;

            /* (over the body a spokeswoman speaks for: "A spokeswoman for the
             * ministry, X, declined ...") */
            if (c->toks[j].kind == BYLINE_TOKEN_WORD || c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE)
              {
                if (j == ps->first_token + 2 && byline_token_is (c->text, &c->toks[j], "for")
                    && g_ascii_strncasecmp (c->text + c->toks[j - 1].start, "spokes", 6) == 0)
                  spokes = TRUE;
                continue;
              }
            if (!is_char (c, j, ','))
              break;
            /* over a title: ", Senator Kay Lund,", ", Sen. Kay Lund," */
            while (t < j + 4 && byline_mentions_at (c->mentions, t) == NULL
                   && ((c->toks[t].flags & BYLINE_TOKEN_CAP) || (is_char (c, t, '.') && t > j + 1)))
              t++;
            named = byline_mentions_at (c->mentions, t);
            if (named != NULL && named->first_token == t && named->entity->type == BYLINE_ENTITY_PERSON
                && named->end_token < ps->end_token && is_char (c, named->end_token, ',')
                && (has (c, j - 1, BYLINE_WORD_ROLE) || spokes || byline_token_is (c->text, &c->toks[j - 1], "counterpart")
                    || byline_token_is (c->text, &c->toks[j - 1], "rival") || byline_token_is (c->text, &c->toks[j - 1], "deputy")
                    || byline_token_is (c->text, &c->toks[j - 1], "successor")
                    || byline_token_is (c->text, &c->toks[j - 1], "predecessor"))
                && may_be (c, named->entity, at))
              {
                learn_gender (c, named->entity, at);
                return named->entity;
              }
            break;
          }
    }
  /* the subject of the sentence before, when it is someone else than the
   * last person quoted: "Rice met Pak. She said ..."; the clause reader finds it
   * past a title, a fronted phrase or a possessor, and keeps it over a sentence
   * about something else */
  if (c->clauses != NULL && here < c->clauses->len)
    {
      const BylineClause *cl = &g_array_index (c->clauses, BylineClause, here);

      /* but after "X and the aides left" (a subject of two), the one who spoke
       * last, when there is one: the last subject of speech, not of any verb */
      if (cl->topic != NULL && cl->topic_sentence + 1 == here
          && may_be (c, cl->topic, at)
          && !(c->last_person != NULL && c->last_person != cl->topic
               && here - MIN (here, c->last_person_sentence) <= 4 && may_be (c, c->last_person, at)
               && here > 0 && here - 1 < c->clauses->len
               && coordinated_subject (c, cl->topic, g_array_index (c->clauses, BylineClause, here - 1).main_start,
                                       sentence (c, here - 1)->end_token)))
        {
          learn_gender (c, cl->topic, at);
          return cl->topic;
        }
    }
  /* 'X is speaking to reporters. "A. B," she says': after a quotation of more
   * than one sentence, the sentence before the one it opened in */
  if (c->clauses != NULL && here < c->clauses->len && at >= 2 && (c->toks[at - 1].flags & BYLINE_TOKEN_QUOTE)
      && !(c->toks[at].flags & BYLINE_TOKEN_CAP) && in_quote (c, at - 2))
    {
      const BylineClause *cl = &g_array_index (c->clauses, BylineClause, here);
      guint open = at - 2;

      while (open > 0 && in_quote (c, open - 1))
        open--;
      if (cl->topic != NULL && cl->topic_sentence + 1 == sentence_of (c, open) && cl->topic_sentence + 1 < here
          && may_be (c, cl->topic, at))
        {
          learn_gender (c, cl->topic, at);
          return cl->topic;
        }
    }
  /* "X declined to say. Asked whether ..., he paused. "...," he said": the same
   * pronoun as the subject of the sentence before goes on with the one it stood
   * for, not with someone quoted before X */
  if (c->clauses != NULL && here < c->clauses->len && here >= 2)
    {
      const BylineClause *cl = &g_array_index (c->clauses, BylineClause, here);
      guint ms = g_array_index (c->clauses, BylineClause, here - 1).main_start;

      if (cl->topic != NULL && cl->topic_sentence + 2 == here && ms < at && ms < sentence (c, here - 1)->end_token
          && c->toks[ms].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[ms]) == byline_token_len (&c->toks[at])
          && g_ascii_strncasecmp (c->text + c->toks[ms].start, c->text + c->toks[at].start, byline_token_len (&c->toks[at])) == 0
          && may_be (c, cl->topic, at)
          /* (not when that pronoun was quoted as someone else: "X and Y left.
           * "...," he said. He added ...") */
          && !(c->previous != NULL && c->previous->sentence + 1 >= here && c->previous->speaker != cl->topic))
        {
          learn_gender (c, cl->topic, at);
          return cl->topic;
        }
    }
  if (here > 0)
    {
      const BylineSentence *ps = sentence (c, here - 1);
      const BylineMentionRef *r = ps->first_token < at ? byline_mentions_at (c->mentions, ps->first_token) : NULL;


      if (r != NULL && r->first_token == ps->first_token && r->entity->type == BYLINE_ENTITY_PERSON
          && !in_quote (c, r->first_token) && !_byline_quotes_governed (c, r->first_token)
          && may_be (c, r->entity, at)
          /* not one of two: "X and the executives left" */
          && !(is_word (c, r->end_token) && (byline_token_is (c->text, &c->toks[r->end_token], "and")
                                             || byline_token_is (c->text, &c->toks[r->end_token], "or"))))
        {
          /* "X said ... He added ...": X is "he" from here on */
          learn_gender (c, r->entity, at);
          return r->entity;
        }
    }
  /* "The minister met Y. She said ...": the subject of the sentence before is
   * not "she", the one it met is */
  if (here > 0 && c->clauses != NULL && here - 1 < c->clauses->len)
    {
      const BylineClause *pc = &g_array_index (c->clauses, BylineClause, here - 1);
      const BylineSentence *ps = sentence (c, here - 1);

      if (pc->subject != NULL && !may_be (c, pc->subject, at))
        {
          const BylineEntity *other = NULL;
          guint n = 0;

          for (k = byline_mentions_lower_bound (c->mentions, ps->first_token); k < c->mentions->len; k++)
            {
              const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

              if (r->first_token >= ps->end_token)
                break;
              if (r->entity->type == BYLINE_ENTITY_PERSON && r->entity != pc->subject && !in_quote (c, r->first_token)
                  && may_be (c, r->entity, at) && r->entity != other)
                {
                  other = r->entity;
                  n++;
                }
            }
          if (n == 1)
            {
              learn_gender (c, other, at);
              return other;
            }
        }
    }
  if (c->last_person != NULL && here - MIN (here, c->last_person_sentence) <= 4
      && may_be (c, c->last_person, at))
    {
      /* "He added ..." after X spoke: a later "she" is someone else */
      learn_gender (c, c->last_person, at);
      return c->last_person;
    }
  /* the person the paragraphs before were about, as their subject, a few
   * sentences back: "X arrived for talks with her counterpart, Y. ... She said"
   * is X, not Y named nearer */
  if (c->clauses != NULL && here < c->clauses->len)
    {
      const BylineClause *cl = &g_array_index (c->clauses, BylineClause, here);

      if (cl->topic != NULL && cl->topic_sentence + 5 >= here && may_be (c, cl->topic, at))
        {
          learn_gender (c, cl->topic, at);
          return cl->topic;
        }
    }
  /* the nearest person mentioned before, outside quotations */
  k = byline_mentions_lower_bound (c->mentions, at);
  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k - 1);
      k--;
      if (r->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, r->first_token)
          && may_be (c, r->entity, at))
        return r->entity;
      if (sentence_of (c, r->first_token) + 6 < here)
        break;
    }
  return c->last_person;
}

/* "the company", "the agency", "the museum": a head word of organisation names,
 * written in lower case, stands for a body named before */
static gboolean
is_org_noun (const Ctx *c, guint k)
{
  return c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
         && ((byline_token_cls (&c->toks[k]) & (BYLINE_WORD_ORG_HEAD | BYLINE_WORD_FACILITY))
             /* "the entity said", "the bloc said": a body named before, whatever its kind */
             || ((c->text[c->toks[k].start] == 'e' || c->text[c->toks[k].start] == 'b')
                 && (byline_token_is (c->text, &c->toks[k], "entity") || byline_token_is (c->text, &c->toks[k], "bloc")
                     || byline_token_is (c->text, &c->toks[k], "body"))));
}

/* the organisation named last before token @at, outside quotations, within a few
 * sentences: "the museum" is the one with Museum in its name, else the nearest body */
static const BylineEntity *
org_named_before (const Ctx *c, guint at, guint noun)
{
  g_autofree char *word = _byline_quotes_span_text (c, noun, noun + 1);
  g_autofree char *head = g_utf8_strdown (word, -1);
  const BylineEntity *nearest = NULL;
  guint here = sentence_of (c, at);
  guint k = byline_mentions_lower_bound (c->mentions, at);

  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);

      if (sentence_of (c, r->first_token) + 4 < here)
        break;
      if (in_quote (c, r->first_token) || byline_span_contains (&c->doc->wire, r->start)
          || r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_DATE)
        continue;
      {
        g_autofree char *name = g_utf8_strdown (r->entity->name, -1);
        if (strstr (name, head) != NULL)
          return r->entity;
      }
      if (nearest == NULL && r->entity->type == BYLINE_ENTITY_ORG)
        {
          nearest = r->entity;
          /* "the National Confederation of Industry (CNI)": the full name, not
           * its short one in brackets */
          if (r->first_token >= 2 && is_char (c, r->first_token - 1, '('))
            {
              const BylineMentionRef *full = byline_mentions_at (c->mentions, r->first_token - 2);

              if (full != NULL && full->entity->type == BYLINE_ENTITY_ORG && full->end_token == r->first_token - 1)
                nearest = full->entity;
            }
        }
    }
  /* "the company said" is the company named last; "the ministry said" is a
   * ministry, not the broadcaster named last */
  if (g_str_equal (head, "ministry") || g_str_equal (head, "embassy") || g_str_equal (head, "government")
      || g_str_equal (head, "department") || g_str_equal (head, "office") || g_str_equal (head, "court")
      || g_str_equal (head, "parliament") || g_str_equal (head, "army") || g_str_equal (head, "police"))
    return NULL;
  return nearest;
}

static const char *const study_words[] = { "report", "study", "survey", "review", "inquiry", "audit", "poll",
                                            "analysis", "assessment", NULL };

static gboolean
is_study_word (const char *word)
{
  for (int w = 0; study_words[w]; w++)
    if (g_ascii_strcasecmp (word, study_words[w]) == 0)
      return TRUE;
  return FALSE;
}

/* Does the mention name a study, report or survey: by its name ("the Nutrition
 * Study", whatever type the entity was given), or by the head word after it ("the
 * National Nutrition | Study"; capitalised, when @cap) */
static gboolean
names_study (const Ctx *c, const BylineMentionRef *r, gboolean cap)
{
  const char *last;

  if (in_quote (c, r->first_token) || r->entity->type == BYLINE_ENTITY_DATE)
    return FALSE;
  last = strrchr (r->entity->name, ' ');
  if (last != NULL && is_study_word (last + 1))
    return TRUE;
  if (r->entity->type == BYLINE_ENTITY_PERSON)
    return FALSE;
  if (r->end_token < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD
      && (!cap || (c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)))
    {
      g_autofree char *head = _byline_quotes_span_text (c, r->end_token, r->end_token + 1);
      return is_study_word (head);
    }
  return FALSE;
}

/* "the report says", "the study found": a report, study or survey named before
 * ("the National Nutrition Study"), within a few paragraphs */
static const BylineEntity *
study_named_before (const Ctx *c, guint at, guint noun)
{
  g_autofree char *word = _byline_quotes_span_text (c, noun, noun + 1);
  guint here = sentence_of (c, at);
  guint k = byline_mentions_lower_bound (c->mentions, at);

  /* "the authors" of the study */
  if (!is_study_word (word) && g_ascii_strcasecmp (word, "authors") != 0)
    return NULL;
  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);

      if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < at)
        break;
      if (names_study (c, r, FALSE))
        return r->entity;
    }
  /* a lede may name the study just after: "The report's authors say ... The
   * results of the National Nutrition Study ..." */
  for (k = byline_mentions_lower_bound (c->mentions, at); k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (sentence_of (c, r->first_token) > here + 2 || r->first_token > at + 2 * CLAUSE_WINDOW)
        break;
      if (names_study (c, r, TRUE))
        return r->entity;
    }
  return NULL;
}

/* "the U.S. envoy": a country's name used as its adjective, before a person's role */
static gboolean
country_before_role (const Ctx *c, const BylineMentionRef *r, guint limit)
{
  const BylineLexEntry *lex = r->entity->lex;

  return r->entity->type == BYLINE_ENTITY_PLACE && lex != NULL && lex->country_name != NULL
         && g_strcmp0 (lex->name, lex->country_name) == 0 && r->end_token < limit
         && c->toks[r->end_token].kind == BYLINE_TOKEN_WORD && !(c->toks[r->end_token].flags & BYLINE_TOKEN_CAP)
         && ((byline_token_cls (&c->toks[r->end_token]) & BYLINE_WORD_ROLE)
             /* "the U.S. special envoy", "the U.S. top diplomat": one word before the role */
             || (r->end_token + 1 < limit && !(byline_token_cls (&c->toks[r->end_token]) & BYLINE_WORD_STOPWORD)
                 && c->toks[r->end_token + 1].kind == BYLINE_TOKEN_WORD
                 && !(c->toks[r->end_token + 1].flags & BYLINE_TOKEN_CAP)
                 && (byline_token_cls (&c->toks[r->end_token + 1]) & BYLINE_WORD_ROLE)));
}

/* Whether a person of @affiliation may be the one of the nationality or
 * country @r names: "the Turkish president", "the U.S. envoy" */
static gboolean
same_country (const BylineMentionRef *r, const char *affiliation)
{
  if (affiliation == NULL)
    return FALSE;
  if (r->entity->type == BYLINE_ENTITY_NORP)
    return g_strcmp0 (r->entity->affiliation, affiliation) == 0;
  return r->entity->lex != NULL && (g_strcmp0 (r->entity->lex->country_name, affiliation) == 0
                                    || g_strcmp0 (r->entity->lex->name, affiliation) == 0
                                    || g_strcmp0 (r->entity->name, affiliation) == 0);
}

/* Does the title @their (lower case) hold the role word @role, written out or
 * shortened: "the governor" of "Gov.", "the senator" of "Sen.", "the
 * congresswoman" of "Rep." */
static gboolean
role_has (const char *their, const char *role)
{
  static const struct { const char *word; const char *shortened[4]; } forms[] = {
    { "governor", { "gov.", NULL } },
    { "senator", { "sen.", NULL } },
    { "representative", { "rep.", NULL } },
    { "congressman", { "rep.", "representative", NULL } },
    { "congresswoman", { "rep.", "representative", NULL } },
    { "lawmaker", { "sen.", "rep.", "senator", "representative" } },
    { "legislator", { "sen.", "rep.", "senator", "representative" } },
    { "lieutenant", { "lt.", NULL } },
    { "general", { "gen.", NULL } },
    { "secretary", { "sec.", NULL } },
    { "ambassador", { "amb.", NULL } },
    { "attorney", { "atty.", NULL } },
    { "superintendent", { "supt.", NULL } },
    { "commissioner", { "comm.", NULL } },
    { "president", { "pres.", NULL } },
  };

  if (_byline_scan_role_has_word (their, role))
    return TRUE;
  /* a shortened title has a dot ("Gov.", "Sen."); the others are a senator's or a
   * representative's */
  if (strchr (their, '.') == NULL && strstr (their, "senator") == NULL && strstr (their, "representative") == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
    if (g_str_equal (role, forms[k].word))
      for (guint f = 0; f < G_N_ELEMENTS (forms[k].shortened) && forms[k].shortened[f] != NULL; f++)
        {
          const char *at = strstr (their, forms[k].shortened[f]);

          /* a word of its own: "rep." is not "prep." */
          if (at != NULL && (at == their || at[-1] == ' '))
            return TRUE;
        }
  return FALSE;
}

/* "the envoy" is the ambassador; "the leader" a president or prime minister */
static gboolean
role_fits (const char *their, const char *role)
{
  static const struct { const char *word; const char *fits[10]; } synonyms[] = {
    { "envoy", { "ambassador", "envoy", "representative", NULL } },
    { "diplomat", { "ambassador", "envoy", "minister", "diplomat", NULL } },
    /* "the Kremlin aide" of "Kremlin spokesman X" */
    { "aide", { "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "press secretary", NULL } },
    /* a party's general secretary leads it; a king, an emir or a chancellor a country */
    { "leader", { "president", "prime minister", "premier", "chairman", "leader", "general secretary", "king", "emir",
                  "amir", "chancellor" } },
    /* a foreign secretary or a secretary of state is a minister by another name */
    { "minister", { "foreign secretary", "secretary of state", "cabinet secretary", NULL } },
  };

  /* "the minister" is not the prime minister */
  if (their[0] != '\0' && g_str_equal (role, "minister") && strstr (their, "prime minister") != NULL
      && strstr (strstr (their, "prime minister") + 14, "minister") == NULL)
    return FALSE;
  /* "the official", "the politician": anyone who holds an office */
  if (role_has (their, role) || g_str_equal (role, "official") || g_str_equal (role, "officer")
      || g_str_equal (role, "politician"))
    return TRUE;
  /* "the speaker": who presides over a parliament, whatever the title */
  if (g_str_equal (role, "speaker") && (strstr (their, "chair") != NULL || strstr (their, "president") != NULL)
      && (strstr (their, "parliament") != NULL || strstr (their, "assembly") != NULL || strstr (their, "khural") != NULL
          || strstr (their, "majlis") != NULL || strstr (their, "duma") != NULL || strstr (their, "house of") != NULL))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (synonyms); k++)
    if (g_str_equal (role, synonyms[k].word))
      for (guint f = 0; f < G_N_ELEMENTS (synonyms[k].fits) && synonyms[k].fits[f] != NULL; f++)
        if (strstr (their, synonyms[k].fits[f]) != NULL)
          return TRUE;
  return FALSE;
}

/* "the statement", "the Turkish president", "the ministry", "the Russian side" */
static gboolean
definite_description (const Ctx *c, guint i, guint limit, guint *end)
{
  guint k = i;
  gboolean noun = FALSE;

  if (!(byline_token_is (c->text, &c->toks[i], "the")))
    return FALSE;
  for (k = i + 1; k < limit && k < i + 5; k++)
    {
      const BylineToken *t = &c->toks[k];

      /* "the state's top prosecutor": over a possessive before the role */
      if (t->kind == BYLINE_TOKEN_POSSESSIVE && !noun && k == i + 2 && k + 1 < limit)
        continue;
      if (t->kind != BYLINE_TOKEN_WORD)
        break;
      /* "the Foreign Ministry", "the Norwegian Foreign Ministry": a name after
       * all, found at its first word; "the U.S. envoy" is a description */
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

        if (r != NULL && r->first_token == k && country_before_role (c, r, limit))
          {
            k = r->end_token - 1;
            continue;
          }
        if (r != NULL && r->entity->type != BYLINE_ENTITY_NORP)
          return FALSE;
      }
      /* "the Russian head of state": the whole office */
      if (byline_token_is (c->text, t, "head") && k + 2 < limit && byline_token_is (c->text, &c->toks[k + 1], "of")
          && (byline_token_is (c->text, &c->toks[k + 2], "state") || byline_token_is (c->text, &c->toks[k + 2], "government")))
        {
          *end = k + 3;
          return TRUE;
        }
      if (has (c, k, BYLINE_WORD_ROLE) || byline_token_is (c->text, t, "statement")
          || byline_token_is (c->text, t, "note") || byline_token_is (c->text, t, "readout")
          || byline_token_is (c->text, t, "side") || byline_token_is (c->text, t, "ministry")
          || byline_token_is (c->text, t, "government") || byline_token_is (c->text, t, "report")
          || byline_token_is (c->text, t, "study") || byline_token_is (c->text, t, "survey")
          || byline_token_is (c->text, t, "analysis") || byline_token_is (c->text, t, "assessment")
          || byline_token_is (c->text, t, "authors")
          || byline_token_is (c->text, t, "communique") || byline_token_is (c->text, t, "embassy")
          || is_org_noun (c, k))
        {
          noun = TRUE;
          *end = k + 1;
          continue;
        }
      if (noun)
        break;
    }
  return noun;
}

/* The person named last before token @first right after a title that ends in
 * a place of the country @nat names: "..., Minister of Foreign Affairs of the
 * Republic of Moldova, X" (a title the entities did not keep as a role) */
static const BylineEntity *
person_placed_before (const Ctx *c, const BylineMentionRef *nat, guint first)
{
  guint here = sentence_of (c, first);
  guint k = byline_mentions_lower_bound (c->mentions, first);

  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);

      if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < first)
        break;
      if (r->entity->type != BYLINE_ENTITY_PERSON || r->first_token < 2 || in_quote (c, r->first_token)
          || !is_char (c, r->first_token - 1, ','))
        continue;
      {
        const BylineMentionRef *p = byline_mentions_at (c->mentions, r->first_token - 2);
        const char *land;

        if (p == NULL || (p->entity->type != BYLINE_ENTITY_PLACE && p->entity->type != BYLINE_ENTITY_NORP))
          continue;
        if (p->entity->type == BYLINE_ENTITY_NORP)
          land = p->entity->affiliation;
        else if (p->entity->lex != NULL)
          land = p->entity->lex->country_name != NULL ? p->entity->lex->country_name : p->entity->lex->name;
        else
          land = p->entity->name;
        if (land != NULL && same_country (nat, land))
          return r->entity;
      }
    }
  return NULL;
}

/* The person whose relative clause holds token @at: "Vucic, who spoke with
 * President X on Tuesday, said ..." gives Vucic for X's place; NULL when @at is
 * in no such clause */
static const BylineEntity *
relative_clause_head (const Ctx *c, guint at)
{
  guint lo = sentence (c, sentence_of (c, at))->first_token;

  for (guint k = at; k > lo + 1 && k + 40 > at; k--)
    {
      if (!is_char (c, k - 1, ','))
        continue;
      if (byline_token_is (c->text, &c->toks[k], "who") || byline_token_is (c->text, &c->toks[k], "whose"))
        {
          const BylineMentionRef *r = k >= 2 ? byline_mentions_at (c->mentions, k - 2) : NULL;

          return r != NULL && r->end_token == k - 1 && r->entity->type == BYLINE_ENTITY_PERSON ? r->entity : NULL;
        }
      /* a comma that closes nothing: the clause would have begun after it */
      return NULL;
    }
  return NULL;
}

static const BylineEntity *
person_with_role (const Ctx *c, guint first, guint end, GPtrArray *entities)
{
  /* the role word is the last word of the description; "head of state" is a leader */
  gboolean head_of = end >= first + 3 && byline_token_is (c->text, &c->toks[end - 2], "of")
                     && byline_token_is (c->text, &c->toks[end - 3], "head");
  g_autofree char *word = head_of ? g_strdup ("leader") : _byline_quotes_span_text (c, end - 1, end);
  g_autofree char *role = g_ascii_strdown (word, -1);
  const BylineEntity *found = NULL;
  guint n = 0;
  /* "The President, for his part, said": the other side, not the one who spoke last */
  const BylineEntity *not_him = end + 4 < c->n && is_char (c, end, ',') && byline_token_is (c->text, &c->toks[end + 1], "for")
                                        && byline_token_is (c->text, &c->toks[end + 3], "part")
                                    ? c->last_speaker
                                    : NULL;

  /* the whole description first: "the foreign minister" is the foreign minister
   * named before, not a deputy prime minister named nearer */
  if (end >= first + 3)
  {
    GString *phrase = g_string_new (NULL);
    guint here = sentence_of (c, first);
    guint k = byline_mentions_lower_bound (c->mentions, first);
    const BylineEntity *whole = NULL, *seen = NULL, *qualified = NULL;

    for (guint t = first + 1; t < end; t++)
      if (byline_mentions_at (c->mentions, t) == NULL && c->toks[t].kind == BYLINE_TOKEN_WORD)
        {
          g_autofree char *w = _byline_quotes_span_text (c, t, t + 1);
          g_autofree char *lw = g_ascii_strdown (w, -1);

          if (phrase->len > 0)
            g_string_append_c (phrase, ' ');
          g_string_append (phrase, lw);
        }
    /* two words or more: one is the role word alone, read below */
    while (strchr (phrase->str, ' ') != NULL && k > 0 && whole == NULL)
      {
        const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);
        const BylineEntity *e = r->entity;

        if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < first)
          break;
        /* (each person once in a row of mentions of the same one) */
        if (e->type == BYLINE_ENTITY_PERSON && e->role != NULL && e != seen && e != not_him && !in_quote (c, r->first_token))
          {
            g_autofree char *their = g_ascii_strdown (e->role, -1);
            const char *at = strstr (their, phrase->str);

            seen = e;

            gboolean ok = at != NULL && !(at - their >= 7 && strncmp (at - 7, "deputy ", 7) == 0);

            /* "foreign minister" in "Foreign Minister", not in "Deputy Foreign Minister";
             * "the Thai foreign minister" of that country, when the article gives it */
            for (guint t = first + 1; ok && t + 1 < end; t++)
              {
                const BylineMentionRef *nat = byline_mentions_at (c->mentions, t);

                if (nat && (nat->entity->type == BYLINE_ENTITY_NORP || nat->entity->type == BYLINE_ENTITY_PLACE)
                    && e->affiliation != NULL && !same_country (nat, e->affiliation))
                  ok = FALSE;
              }
            if (ok)
              {
                const BylineEntity *head = relative_clause_head (c, r->first_token);
                g_autofree char *theirs = head != NULL && head != e && head->role != NULL
                                              ? g_ascii_strdown (head->role, -1) : NULL;
                /* and the one whose relative clause named it, when the title is his too */
                const BylineEntity *who = theirs != NULL && strstr (theirs, phrase->str) != NULL ? head : e;

                /* "the Foreign Minister" is the one titled so alone, the outlet's
                 * own, over a "Foreign Minister of the Republic of X" named nearer */
                if (g_str_equal (their, phrase->str) || at != their || strstr (their, " of ") == NULL)
                  whole = who;
                else if (qualified == NULL)
                  qualified = who;
              }
          }
      }
    g_string_free (phrase, TRUE);
    if (whole == NULL)
      whole = qualified;
    if (whole != NULL)
      return whole;
  }

  /* the person named last before it with that role: "the minister" after
   * "Foreign Minister X" rather than a prime minister named earlier */
  {
    guint here = sentence_of (c, first);
    guint k = byline_mentions_lower_bound (c->mentions, first);
    const BylineEntity *unplaced = NULL;

    while (k > 0)
      {
        const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);
        const BylineEntity *e = r->entity;

        if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < first)
          break;
        if (e->type != BYLINE_ENTITY_PERSON || e->role == NULL || in_quote (c, r->first_token) || e == not_him)
          continue;
        {
          g_autofree char *their = g_ascii_strdown (e->role, -1);
          gboolean ok = role_fits (their, role);
          gboolean country = FALSE;

          for (guint t = first + 1; ok && t + 1 < end; t++)
            {
              const BylineMentionRef *nat = byline_mentions_at (c->mentions, t);
              /* "the Turkish president", "the U.S. envoy": the country must be the person's */
              if (nat && (nat->entity->type == BYLINE_ENTITY_NORP || nat->entity->type == BYLINE_ENTITY_PLACE))
                {
                  country = TRUE;
                  if (!same_country (nat, e->affiliation))
                    ok = FALSE;
                }
            }
          if (ok)
            {
              /* "the president" after "Vucic, who met President X on Tuesday,
               * said": the one the clause is about, when the title fits him too */
              const BylineEntity *head = relative_clause_head (c, r->first_token);

              if (head != NULL && head != e && head->role != NULL)
                {
                  g_autofree char *theirs = g_ascii_strdown (head->role, -1);

                  if (role_fits (theirs, role))
                    return head;
                }
              return e;
            }
          /* "the Ghanaian leader" of "President Kwame Asante", whose country the
           * article does not give: when no one of that country fits */
          if (country && e->affiliation == NULL && unplaced == NULL && role_fits (their, role))
            unplaced = e;
        }
      }
    if (unplaced != NULL)
      {
        /* but one whose title, before the name, gives that country: "the
         * Moldovan minister" of "..., Minister of Foreign Affairs of the
         * Republic of Moldova, X", not a minister whose country is not given */
        for (guint t = first + 1; t + 1 < end; t++)
          {
            const BylineMentionRef *nat = byline_mentions_at (c->mentions, t);

            if (nat != NULL && (nat->entity->type == BYLINE_ENTITY_NORP || nat->entity->type == BYLINE_ENTITY_PLACE))
              {
                const BylineEntity *placed = person_placed_before (c, nat, first);

                if (placed != NULL)
                  return placed;
                break;
              }
          }
        return unplaced;
      }
  }

  /* anyone with that role named around it, a few hundred mentions either side */
  guint at = byline_mentions_lower_bound (c->mentions, first);
  guint from = at > 400 ? at - 400 : 0, to = MIN (c->mentions->len, at + 400);

  /* whether a person's role has the word, read once a person: a person is
   * mentioned many times in the window (1 yes, 2 no) */
  g_autoptr (GHashTable) has_role = g_hash_table_new (NULL, NULL);

  (void) entities;
  /* the last mention in the window of a person who fits: read from the end,
   * the first found is the answer */
  for (guint k = to; k-- > from && found == NULL;)
    {
      const BylineEntity *e = g_array_index (c->mentions, BylineMentionRef, k).entity;
      guint known;

      if (e->type != BYLINE_ENTITY_PERSON || e->role == NULL)
        continue;
      known = GPOINTER_TO_UINT (g_hash_table_lookup (has_role, e));
      if (known == 0)
        {
          g_autofree char *their = g_ascii_strdown (e->role, -1);

          known = role_has (their, role) ? 1 : 2;
          g_hash_table_insert (has_role, (gpointer) e, GUINT_TO_POINTER (known));
        }
      if (known == 1)
        {
          /* a nationality in the description must agree: "the Turkish president" */
          gboolean ok = TRUE;
          for (guint t = first + 1; t + 1 < end; t++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, t);
              if (r && r->entity->type == BYLINE_ENTITY_NORP && e->affiliation
                  && g_strcmp0 (r->entity->affiliation, e->affiliation) != 0)
                ok = FALSE;
            }
          if (ok)
            {
              found = e;
              n++;
            }
        }
    }
  return n >= 1 ? found : NULL;
}

/* Does the entity's name hold the noun at token k: "ministry" in "Foreign Ministry"? */
static gboolean
names_noun (const BylineEntity *e, const Ctx *c, guint k)
{
  g_autofree char *noun = g_ascii_strdown (c->text + c->toks[k].start, byline_token_len (&c->toks[k]));
  g_autofree char *name = g_ascii_strdown (e->name, -1);

  return strstr (name, noun) != NULL;
}


/* "claimed the figures were false": a short noun group, then its verb; a
 * clause, not the object "claimed the seat" */
gboolean
_byline_quotes_subject_then_aux (const Ctx *c, guint k, guint hi)
{
  for (guint w = k + 1; w < hi && w < k + 6; w++)
    {
      if (c->toks[w].kind != BYLINE_TOKEN_WORD)
        return FALSE;
      if (_byline_quotes_is_aux (c, w))
        return w > k + 1;
      /* "the plan would": a noun that also names the future is still a noun */
      if (byline_token_cls (&c->toks[w]) & (BYLINE_WORD_PAST | BYLINE_WORD_STOPWORD))
        {
          /* (and "the former senator had", "the other side would": an
           * adjective the stop words hold, right after the determiner) */
          if (w == k + 1 && (c->toks[w].flags & BYLINE_TOKEN_CAP) == 0
              && (byline_token_is (c->text, &c->toks[w], "former") || byline_token_is (c->text, &c->toks[w], "other")
                  || byline_token_is (c->text, &c->toks[w], "same")))
            continue;
          return FALSE;
        }
    }
  return FALSE;
}

/* Does the last speaker's office fit the role word at token k? */
static gboolean
last_speaker_fits (const Ctx *c, guint k)
{
  g_autofree char *word = _byline_quotes_span_text (c, k, k + 1);
  g_autofree char *role = g_ascii_strdown (word, -1);
  g_autofree char *their = g_ascii_strdown (c->last_speaker->role, -1);

  return role_fits (their, role);
}

/* Who is at token i? An entity, a pronoun, a definite description, a group. */
/* the last word of "familiar with", "close to", "briefed on", "knowledge of" */
static gboolean
is_preposition (const Ctx *c, guint i)
{
  return byline_token_is (c->text, &c->toks[i], "with") || byline_token_is (c->text, &c->toks[i], "to")
         || byline_token_is (c->text, &c->toks[i], "on") || byline_token_is (c->text, &c->toks[i], "of");
}

/* The person who is the subject of one of the two sentences before token @at:
 * "X received him. ... the official said" is X */
static const BylineEntity *
recent_subject (const Ctx *c, guint at)
{
  guint here = sentence_of (c, at);

  for (guint back = 1; back <= 2 && back <= here; back++)
    {
      const BylineSentence *ps = sentence (c, here - back);
      guint k = byline_mentions_lower_bound (c->mentions, ps->first_token);

      for (; k < c->mentions->len; k++)
        {
          const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

          /* a subject stands near its sentence's start */
          if (r->first_token >= ps->end_token || r->first_token >= ps->first_token + CLAUSE_WINDOW)
            break;
          if (r->entity->type != BYLINE_ENTITY_PERSON || in_quote (c, r->first_token))
            continue;
          if (!_byline_quotes_governed (c, r->first_token))
            return r->entity;
        }
    }
  return NULL;
}

/* The body or person that opens the sentence before token @at, its subject:
 * "The ministry condemned the launch." */
static const BylineEntity *
statement_maker (const Ctx *c, guint at)
{
  const BylineSentence *ps = sentence (c, sentence_of (c, at) - 1);
  guint k = byline_mentions_lower_bound (c->mentions, ps->first_token);

  for (; k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= ps->end_token || r->first_token >= ps->first_token + 6)
        break;
      if (in_quote (c, r->first_token) || _byline_quotes_governed (c, r->first_token))
        continue;
      if (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG)
        return r->entity;
    }
  /* "Her office released a statement.": the one "her" stands for, the person
   * the sentences before were about */
  if (c->clauses != NULL && sentence_of (c, at) - 1 < c->clauses->len
      && (byline_token_is (c->text, &c->toks[ps->first_token], "Her")
          || byline_token_is (c->text, &c->toks[ps->first_token], "His")))
    return g_array_index (c->clauses, BylineClause, sentence_of (c, at) - 1).topic;
  return NULL;
}

/* Past a short name in brackets after a name, "(KPL)", "(CHP)": the token after
 * the closing bracket, or @k */
static guint
skip_short_name (const Ctx *c, guint k, guint limit)
{
  if (k + 2 < limit && is_char (c, k, '('))
    for (guint j = k + 1; j < limit && j < k + 5; j++)
      {
        if (is_char (c, j, ')'))
          return j > k + 1 ? j + 1 : k;
        if (c->toks[j].kind != BYLINE_TOKEN_WORD)
          break;
      }
  return k;
}

/* "saying", "adding": a reporting verb as a participle */
static gboolean
is_speech_participle_at (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];

  return byline_token_len (t) > 5 && strncmp (c->text + byline_token_end (t) - 3, "ing", 3) == 0;
}

/* "the spokesperson" after "... by his Spokesperson, Jane Roe": the person
 * named in apposition after that word before token @at, within a few
 * paragraphs; the entities give no role from an apposition */
static const BylineEntity *
apposed_role_holder (const Ctx *c, guint at, guint noun)
{
  guint k = byline_mentions_lower_bound (c->mentions, at);
  guint here = sentence_of (c, at);
  gsize len = byline_token_len (&c->toks[noun]);

  while (k > 0)
    {
      const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, --k);
      const BylineToken *w;

      if (sentence_of (c, m->first_token) + 30 < here)
        break;
      if (m->entity->type != BYLINE_ENTITY_PERSON || m->first_token < 2 || in_quote (c, m->first_token))
        continue;
      /* "his Spokesperson, Jane Roe", or the title before the name over the
       * body it heads: "President of the Republic of Tarvia Jonas Balde" */
      for (guint j = m->first_token - 1, first = TRUE; j > 0 && j + 9 > m->first_token; j--, first = FALSE)
        {
          w = &c->toks[j];
          if (first && is_char (c, j, ','))
            continue;
          if (w->kind != BYLINE_TOKEN_WORD)
            break;
          if (byline_token_len (w) == len && g_ascii_strncasecmp (c->text + w->start, c->text + c->toks[noun].start, len) == 0)
            return m->entity;
          if (!(w->flags & BYLINE_TOKEN_CAP) && !byline_token_is (c->text, w, "of") && !byline_token_is (c->text, w, "the"))
            break;
        }
    }
  return NULL;
}

/* A headline's "..., councillor says": the one person of that title the
 * article names */
static const BylineEntity *
headline_role_holder (const Ctx *c, guint i, GPtrArray *entities)
{
  g_autofree char *word = _byline_quotes_span_text (c, i, i + 1);
  g_autofree char *role = g_ascii_strdown (word, -1);
  const BylineEntity *holder = NULL;

  for (guint e = 0; e < entities->len; e++)
    {
      const BylineEntity *ent = entities->pdata[e];

      if (ent->type == BYLINE_ENTITY_PERSON && ent->role != NULL)
        {
          g_autofree char *their = g_ascii_strdown (ent->role, -1);

          if (role_fits (their, role))
            {
              if (holder != NULL)
                return NULL;
              holder = ent;
            }
        }
    }
  return holder;
}

/* Speakers a body or a group is, read before the other readings by a reporting
 * clause after a comma, each only where a reporting verb follows it:
 * - a body's press service: "the Akorda press service reports", "the
 *   government press office said", "the Commission's spokesperson's service
 *   said" (its words, the body's name among them);
 * - a body of a country: "the Foreign Ministry of Ruritania informs" (the body);
 * - a description with a name in apposition: "her chief of staff, Ana Ruiz,
 *   confirmed" (the name);
 * - a group where it was: "several people in the room said", "officials on
 *   both sides insisted" (no name: the words). */
gboolean
_byline_quotes_body_or_group_at (const Ctx *c, guint i, guint limit, Speaker *out, guint *end)
{
  static const char *const starts[] = { "the", "a", "his", "her", "their", "its", "several", "some", "many",
                                        "two", "three", "four", "officials", "people", "diplomats", "delegates",
                                        "participants", "sources", NULL };
  static const char *const groups[] = { "officials", "people", "diplomats", "delegates", "participants", "sources",
                                        "observers", "aides", "embassy", "consulate", "mission", NULL };
  static const char *const places[] = { "in", "on", "at", "from", "inside", "around", "across", NULL };
  const BylineMentionRef *r, *at_i;
  guint k = i;

  if (i >= limit || c->toks[i].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  /* each reading ends at a verb of speech a few words on: without one, none applies */
  for (k = i + 1; k < limit && k < i + 12 && !has (c, k, BYLINE_WORD_SPEECH); k++)
    ;
  if (k >= limit || k >= i + 12)
    return FALSE;
  r = at_i = byline_mentions_at (c->mentions, i);
  /* the body of a country: "the Foreign Ministry of Ruritania informs" */
  if (r == NULL && byline_token_is (c->text, &c->toks[i], "the") && i + 1 < limit)
    r = byline_mentions_at (c->mentions, i + 1);
  if (r != NULL && r->entity->type == BYLINE_ENTITY_ORG && r->first_token >= i && r->end_token + 2 < limit
      && byline_token_is (c->text, &c->toks[r->end_token], "of"))
    {
      const BylineMentionRef *place = byline_mentions_at (c->mentions, r->end_token + 1);

      if (place != NULL && place->first_token == r->end_token + 1 && place->entity->type == BYLINE_ENTITY_PLACE
          && place->end_token < limit && is_speech (c, place->end_token))
        {
          _byline_quotes_speaker_set_entity (out, r->entity);
          *end = place->end_token;
          return TRUE;
        }
    }
  if (at_i == NULL && !_byline_scan_is_one_of (c->text, c->toks, c->n, i, starts))
    return FALSE;
  /* a press service: its words, over the body's name */
  if (!byline_token_is (c->text, &c->toks[i], "his") && !byline_token_is (c->text, &c->toks[i], "her")
      && !byline_token_is (c->text, &c->toks[i], "their") && !byline_token_is (c->text, &c->toks[i], "its"))
    for (k = i + 1; k < limit && k < i + 8 && k + 1 < c->n
                    && (c->toks[k].kind == BYLINE_TOKEN_WORD || c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE); k++)
      if ((c->text[c->toks[k].start] == 's' || c->text[c->toks[k].start] == 'o')
          && (byline_token_is (c->text, &c->toks[k], "service") || byline_token_is (c->text, &c->toks[k], "office"))
          && k > i + 1
          && (byline_token_is (c->text, &c->toks[k - 1], "press") || byline_token_is (c->text, &c->toks[k - 1], "information")
              || (c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE
                  && g_ascii_strncasecmp (c->text + c->toks[k - 2].start, "spokes", 6) == 0))
          && is_speech (c, k + 1))
        {
          guint first = i + (byline_token_is (c->text, &c->toks[i], "the") || byline_token_is (c->text, &c->toks[i], "a"));

          g_free (out->name);
          out->name = _byline_quotes_span_text (c, first, k + 1);
          out->entity = NULL;
          out->found = TRUE;
          *end = k + 1;
          return TRUE;
        }
  if (at_i != NULL)
    return FALSE;
  /* a description, then the name in apposition: "his press secretary, X, confirmed" */
  {
    gboolean role = FALSE;

    for (k = i + 1; k < limit && k < i + 5 && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP); k++)
      role = role || has (c, k, BYLINE_WORD_ROLE);
    if (!role)
      k = i;
  }
  if (k > i + 1 && k + 3 < limit && is_char (c, k, ','))
    {
      const BylineMentionRef *name = byline_mentions_at (c->mentions, k + 1);

      if (name != NULL && name->first_token == k + 1 && name->entity->type == BYLINE_ENTITY_PERSON
          && name->end_token + 1 < limit && is_char (c, name->end_token, ',') && is_speech (c, name->end_token + 1)
          && !is_speech_participle_at (c, name->end_token + 1))
        {
          _byline_quotes_speaker_set_entity (out, name->entity);
          *end = name->end_token + 1;
          return TRUE;
        }
    }
  /* a group where it was: "several people in the room said"; a body where it is:
   * "the Chilean embassy in Oslo told ..." */
  k = i + !_byline_scan_is_one_of (c->text, c->toks, c->n, i, groups);
  if (k == i + 1 && k < limit)
    {
      const BylineMentionRef *norp = byline_mentions_at (c->mentions, k);

      if (norp != NULL && norp->first_token == k && norp->entity->type == BYLINE_ENTITY_NORP)
        k = norp->end_token;
    }
  if (k + 2 < limit && _byline_scan_is_one_of (c->text, c->toks, c->n, k, groups)
      && _byline_scan_is_one_of (c->text, c->toks, c->n, k + 1, places))
    {
      guint j;

      for (j = k + 2; j < limit && j < k + 7 && c->toks[j].kind == BYLINE_TOKEN_WORD && !is_speech (c, j)
                      && (byline_mentions_at (c->mentions, j) == NULL
                          || byline_mentions_at (c->mentions, j)->entity->type != BYLINE_ENTITY_PERSON); j++)
        ;
      if (j > k + 2 && j < limit && is_speech (c, j) && !is_speech_participle_at (c, j))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, i + byline_token_is (c->text, &c->toks[i], "the"), j);
          out->entity = NULL;
          out->found = TRUE;
          *end = j;
          return TRUE;
        }
    }
  return FALSE;
}

/* "the head of state": the president, king or emir named last before token @i */
static const BylineEntity *
head_of_state (const Ctx *c, guint i)
{
  static const char *const heads[] = { "president", "king", "queen", "emir", "sultan", "monarch", NULL };
  guint here = sentence_of (c, i);
  guint k = byline_mentions_lower_bound (c->mentions, i);

  while (k > 0)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, --k);
      const BylineEntity *e = r->entity;

      if (sentence_of (c, r->first_token) + 8 < here || r->first_token + LOOKBACK < i)
        break;
      if (e->type != BYLINE_ENTITY_PERSON || e->role == NULL || in_quote (c, r->first_token))
        continue;
      {
        g_autofree char *their = g_ascii_strdown (e->role, -1);

        if (strstr (their, "vice") != NULL || strstr (their, "former") != NULL)
          continue;
        for (guint h = 0; heads[h] != NULL; h++)
          if (g_str_has_prefix (their, heads[h]))
            return e;
      }
    }
  return NULL;
}

gboolean
_byline_quotes_speaker_at (Ctx *c, guint i, guint limit, GPtrArray *entities, Speaker *out, guint *end)
{
  const BylineMentionRef *r;

  /* "SINGAPORE (Reuters) -": the agency of the dateline is no speaker */
  if (i < c->n && byline_span_contains (&c->doc->wire, c->toks[i].start))
    return FALSE;
  /* "HE the Prime Minister said", "HH the Amir said": a style in capitals before
   * a description, no pronoun */
  if (i + 2 < limit && byline_token_len (&c->toks[i]) == 2 && c->toks[i].kind == BYLINE_TOKEN_WORD
      && (c->toks[i].flags & BYLINE_TOKEN_ALLCAPS) && c->text[c->toks[i].start] == 'H'
      && (c->text[c->toks[i].start + 1] == 'E' || c->text[c->toks[i].start + 1] == 'H')
      && byline_token_is (c->text, &c->toks[i + 1], "the"))
    return _byline_quotes_speaker_at (c, i + 1, limit, entities, out, end);
  /* "the head of state noted": the president named before */
  if (i + 4 <= limit && (c->text[c->toks[i].start] | 0x20) == 't' && (c->text[c->toks[i + 1].start] | 0x20) == 'h'
      && byline_token_is (c->text, &c->toks[i], "the") && byline_token_is (c->text, &c->toks[i + 1], "head")
      && byline_token_is (c->text, &c->toks[i + 2], "of") && byline_token_is (c->text, &c->toks[i + 3], "state"))
    {
      const BylineEntity *e = head_of_state (c, i);

      if (e != NULL)
        {
          _byline_quotes_speaker_set_entity (out, e);
          *end = i + 4;
          return TRUE;
        }
    }
  /* "One of them, Judge X, said": the one named in apposition to the part of a
   * group */
  if (i + 5 < limit && c->toks[i].kind == BYLINE_TOKEN_WORD && (c->text[c->toks[i].start] | 0x20) == 'o'
      && byline_token_is (c->text, &c->toks[i], "one") && byline_token_is (c->text, &c->toks[i + 1], "of")
      && (byline_token_is (c->text, &c->toks[i + 2], "them") || byline_token_is (c->text, &c->toks[i + 2], "those"))
      && is_char (c, i + 3, ','))
    {
      guint t = i + 4;
      const BylineMentionRef *named;

      /* (over a title and the body it holds: ", Central Bank Governor X,") */
      while (t < i + 9 && t + 1 < limit)
        {
          const BylineMentionRef *m = byline_mentions_at (c->mentions, t);

          if (m != NULL && m->first_token == t && m->entity->type != BYLINE_ENTITY_PERSON && m->end_token > t)
            t = m->end_token;
          else if (m == NULL && ((c->toks[t].flags & BYLINE_TOKEN_CAP) || has (c, t, BYLINE_WORD_ROLE) || is_char (c, t, '.')))
            t++;
          else
            break;
        }
      named = byline_mentions_at (c->mentions, t);
      if (named != NULL && named->first_token == t && named->entity->type == BYLINE_ENTITY_PERSON
          && named->end_token < limit && is_char (c, named->end_token, ','))
        {
          _byline_quotes_speaker_set_entity (out, named->entity);
          *end = named->end_token + 1;
          return TRUE;
        }
    }
  r = byline_mentions_at (c->mentions, i);
  /* "..., councillor says" in a headline: a bare title of one named below */
  if (r == NULL && i + 1 < c->n && (byline_token_cls (&c->toks[i]) & BYLINE_WORD_ROLE)
      && ((!(c->toks[i].flags & BYLINE_TOKEN_CAP) && i > 0 && is_char (c, i - 1, ','))
          /* "Minister Says Port Deal Is Dead" */
          || i == 0 || (c->toks[i].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_NEWLINE)))
      && c->toks[i + 1].kind == BYLINE_TOKEN_WORD && has (c, i + 1, BYLINE_WORD_SPEECH)
      && byline_document_is_header (c->doc, c->toks[i].start))
    {
      const BylineEntity *holder = headline_role_holder (c, i, entities);

      if (holder != NULL)
        {
          _byline_quotes_speaker_set_entity (out, holder);
          *end = i + 1;
          return TRUE;
        }
    }
  /* "..., his office said", "her campaign said": the person the sentence is about
   * (its first person named), else the last one named */
  /* (and "her spokesperson now says": the one spoken for) */
  if (r == NULL && i + 1 < limit && (c->text[c->toks[i].start] | 0x20) == 'h'
      && (byline_token_is (c->text, &c->toks[i], "his") || byline_token_is (c->text, &c->toks[i], "her"))
      && (byline_token_is (c->text, &c->toks[i + 1], "office") || byline_token_is (c->text, &c->toks[i + 1], "campaign")
          || byline_token_is (c->text, &c->toks[i + 1], "spokesperson") || byline_token_is (c->text, &c->toks[i + 1], "spokesman")
          || byline_token_is (c->text, &c->toks[i + 1], "spokeswoman"))
      && (i + 2 == limit || is_speech (c, i + 2)
          || (i + 2 < limit && (byline_token_is (c->text, &c->toks[i + 2], "now") || byline_token_is (c->text, &c->toks[i + 2], "also"))
              && (i + 3 == limit || is_speech (c, i + 3)))))
    {
      const BylineSentence *here = sentence (c, sentence_of (c, i));
      const BylineEntity *who = NULL;

      for (guint k = byline_mentions_lower_bound (c->mentions, here->first_token); k < c->mentions->len && who == NULL; k++)
        {
          const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

          if (m->first_token >= i)
            break;
          if (m->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, m->first_token)
              && byline_entity_may_be (m->entity, c->text, &c->toks[i]))
            who = m->entity;
        }
      /* a spokesperson's: the subject of the sentence before ("... that X would
       * meet Y. Her spokesperson now says") */
      if (who == NULL && byline_token_len (&c->toks[i + 1]) > 6
          && g_ascii_strncasecmp (c->text + c->toks[i + 1].start, "spokes", 6) == 0)
        {
          const BylineEntity *subject = recent_subject (c, i);

          if (subject != NULL && byline_entity_may_be (subject, c->text, &c->toks[i]))
            who = subject;
        }
      /* else the last person named before, a few sentences back at most */
      for (guint k = byline_mentions_lower_bound (c->mentions, i); k > 0 && who == NULL; k--)
        {
          const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k - 1);

          if (sentence_of (c, m->first_token) + 3 < sentence_of (c, i))
            break;
          if (m->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, m->first_token)
              && byline_entity_may_be (m->entity, c->text, &c->toks[i]))
            who = m->entity;
        }
      if (who != NULL)
        {
          _byline_quotes_speaker_set_entity (out, who);
          *end = i + 2 + (i + 2 < limit && byline_token_is (c->text, &c->toks[i + 2], "now"));
          return TRUE;
        }
    }
  /* "a spokesperson for the Gulf Council said", "a company spokesman said", no
   * name in apposition after: the body they speak for */
  if (r == NULL && i + 2 < limit && c->toks[i].kind == BYLINE_TOKEN_WORD)
    {
      guint w = i + (byline_token_is (c->text, &c->toks[i], "a") || byline_token_is (c->text, &c->toks[i], "the"));

      w += is_org_noun (c, w);
      if (w + 1 < limit
          && (byline_token_is (c->text, &c->toks[w], "spokesman") || byline_token_is (c->text, &c->toks[w], "spokeswoman")
          || byline_token_is (c->text, &c->toks[w], "spokesperson")))
        {
          const BylineEntity *body = NULL;
          guint after = w + 1;

          if (w > i && is_org_noun (c, w - 1))
            body = org_named_before (c, i, w - 1);
          else if (byline_token_is (c->text, &c->toks[w + 1], "for"))
            {
              guint b = byline_token_is (c->text, &c->toks[w + 2], "the") ? w + 3 : w + 2;
              const BylineMentionRef *m = b < limit ? byline_mentions_at (c->mentions, b) : NULL;

              if (m != NULL && m->first_token == b && m->end_token <= limit
                  && (m->entity->type == BYLINE_ENTITY_ORG || m->entity->type == BYLINE_ENTITY_PLACE))
                {
                  body = m->entity;
                  after = m->end_token;
                }
              /* a body the entities do not hold ("for the Arab Group"): its words */
              else if (b < limit && (c->toks[b].flags & BYLINE_TOKEN_CAP))
                {
                  guint e = b;

                  while (e < limit && e < b + 6 && c->toks[e].kind == BYLINE_TOKEN_WORD && (c->toks[e].flags & BYLINE_TOKEN_CAP)
                         && (byline_mentions_at (c->mentions, e) == NULL
                             || byline_mentions_at (c->mentions, e)->entity->type == BYLINE_ENTITY_NORP))
                    e++;
                  if (e == limit && e > b + 1)
                    {
                      g_free (out->name);
                      out->name = _byline_quotes_span_text (c, b, e);
                      out->entity = NULL;
                      out->found = TRUE;
                      *end = e;
                      return TRUE;
                    }
                }
            }
          /* (not "ministry spokesman Tan Lei said": the name after is the speaker) */
          if (body != NULL && after <= limit
              && (after == limit || (!is_char (c, after, ',') && !(c->toks[after].flags & BYLINE_TOKEN_CAP))))
            {
              _byline_quotes_speaker_set_entity (out, body);
              *end = after;
              return TRUE;
            }
        }
    }
  /* "Foreign Minister Claire Thibodeau said": a title before the name */
  if (r == NULL)
    {
      gboolean role = FALSE;
      guint j;

      for (j = i; j < limit && j < i + 5 && byline_mentions_at (c->mentions, j) == NULL; j++)
        /* "ministry spokesman Gao Lin", "press secretary Dana Pruitt": a title in lower case */
        if (c->toks[j].kind == BYLINE_TOKEN_WORD
            && ((c->toks[j].flags & BYLINE_TOKEN_CAP)
                || !(byline_token_cls (&c->toks[j]) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
                /* "Secretary of State X" */
                || (j > i && byline_token_is (c->text, &c->toks[j], "of") && j + 1 < limit
                    && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP) && (c->toks[j + 1].flags & BYLINE_TOKEN_CAP))))
          role = role || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE);
        /* the period of a shortened title: "Sen. X", "State Rep. X" */
        else if (j > i && is_char (c, j, '.') && !(c->toks[j].flags & BYLINE_TOKEN_SPACE)
                 && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[j - 1]) <= 4)
          role = TRUE;
        else
          break;
      if (role && j < limit && byline_mentions_at (c->mentions, j) != NULL
          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
        r = byline_mentions_at (c->mentions, j);
    }

  /* "said European Council President Charles Martel", "Hamas political chief X": a
   * body, then a title, then the person who holds it */
  /* ("Republican People's Party (CHP) lawmaker X": over the body's short name) */
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_ORG || r->entity->type == BYLINE_ENTITY_PLACE)
      && r->end_token < limit
      && (c->toks[r->end_token].kind == BYLINE_TOKEN_WORD || is_char (c, r->end_token, '(')))
    {
      gboolean role = FALSE;
      guint j = skip_short_name (c, r->end_token, limit);

      for (guint from = j; j < limit && j < from + 4 && byline_mentions_at (c->mentions, j) == NULL
                           && c->toks[j].kind == BYLINE_TOKEN_WORD && !is_speech (c, j); j++)
        role = role || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_ROLE);
      if (role && j < limit && byline_mentions_at (c->mentions, j) != NULL
          && byline_mentions_at (c->mentions, j)->first_token == j
          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON)
        r = byline_mentions_at (c->mentions, j);
      /* "an MEA spokesperson said": one who speaks for the body, unnamed, is the body */
      else if (role && r->entity->type == BYLINE_ENTITY_ORG && j <= limit && j < c->n && j > r->end_token
               && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE) && is_speech (c, j)
               && g_ascii_strncasecmp (c->text + c->toks[j - 1].start, "spokes", 6) == 0)
        {
          _byline_quotes_speaker_set_entity (out, r->entity);
          *end = j;
          return TRUE;
        }
      /* "the GCC General Secretariat said": a body of the body, its name in
       * capitals the entities left out */
      else if (!(byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE) && r->entity->type == BYLINE_ENTITY_ORG
               && j <= limit && j < c->n && j > r->end_token
               && j <= r->end_token + 3 && is_speech (c, j) && (c->toks[j - 1].flags & BYLINE_TOKEN_CAP)
               && (c->toks[r->end_token].flags & BYLINE_TOKEN_CAP))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, r->first_token, j);
          out->entity = NULL;
          out->found = TRUE;
          *end = j;
          return TRUE;
        }
      /* "a senior EU diplomat described ...": someone of the body, unnamed, not the body */
      else if (role && j <= limit && j < c->n && j > r->end_token && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE)
               && is_speech (c, j))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, r->first_token, j);
          out->entity = NULL;
          out->found = TRUE;
          *end = j;
          return TRUE;
        }
    }
  /* "Lavrov's Iranian counterpart said": the other one of the pair, of that
   * people when it is given, not Lavrov */
  if (r != NULL && r->first_token == i && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 2 < c->n
      && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      guint j = r->end_token + 1;
      const BylineMentionRef *norp = byline_mentions_at (c->mentions, j);

      if (norp != NULL && norp->first_token == j && norp->entity->type == BYLINE_ENTITY_NORP)
        j = norp->end_token;
      else
        norp = NULL;
      if (j < c->n && byline_token_is (c->text, &c->toks[j], "counterpart") && byline_mentions_at (c->mentions, j + 1) == NULL)
        {
          const BylineEntity *other = NULL;
          guint here = sentence_of (c, i);
          guint k = byline_mentions_lower_bound (c->mentions, i);

          while (k > 0)
            {
              const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, --k);

              if (sentence_of (c, m->first_token) + 4 < here)
                break;
              if (m->entity->type != BYLINE_ENTITY_PERSON || m->entity == r->entity || in_quote (c, m->first_token))
                continue;
              if (norp == NULL || g_strcmp0 (m->entity->affiliation, norp->entity->affiliation) == 0)
                {
                  other = m->entity;
                  break;
                }
              if (other == NULL)
                other = m->entity;
            }
          if (other != NULL)
            {
              _byline_quotes_speaker_set_entity (out, other);
              *end = j + 1;
              return TRUE;
            }
        }
    }
  /* "Berg's spokesman, Erik Dahl, said": the one who speaks for a person is the
   * name in apposition; "Berg's spokesman said", the spokesman, unnamed */
  if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token + 1 < limit
      && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      guint j = r->end_token + 1;

      while (j < limit && j < r->end_token + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD
             && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, j) == NULL
             && !is_speech (c, j))
        j++;
      /* "Martin's office said", "Reed's campaign said": those who speak for a person */
      if (j > r->end_token + 1
          && ((byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE) || byline_token_is (c->text, &c->toks[j - 1], "office")
              || byline_token_is (c->text, &c->toks[j - 1], "campaign")
              || byline_token_is (c->text, &c->toks[j - 1], "lawyers")
              || byline_token_is (c->text, &c->toks[j - 1], "lawyer")
              || byline_token_is (c->text, &c->toks[j - 1], "aides")
              || byline_token_is (c->text, &c->toks[j - 1], "family")
              || byline_token_is (c->text, &c->toks[j - 1], "team")))
        {
          const BylineMentionRef *named = byline_mentions_at (c->mentions, j < limit && is_char (c, j, ',') ? j + 1 : j);

          const BylineEntity *later = NULL;

          /* "Donald Trump's top trade adviser defended ... Peter Navarro told ...": in a
           * lede, the one of that office named as a subject just after */
          if ((named == NULL || named->entity->type != BYLINE_ENTITY_PERSON || named->first_token > j + 1)
              && (byline_token_cls (&c->toks[j - 1]) & BYLINE_WORD_ROLE))
            {
              guint here = sentence_of (c, i);

              for (guint s2 = here + 1; s2 <= here + 2 && s2 < c->doc->sentences->len && later == NULL; s2++)
                {
                  const BylineSentence *ns = sentence (c, s2);
                  const BylineMentionRef *m = byline_mentions_at (c->mentions, ns->first_token);
                  guint k = byline_mentions_lower_bound (c->mentions, ns->first_token);

                  /* the sentence's first name, near its start, not governed */
                  if (m == NULL && k < c->mentions->len)
                    m = &g_array_index (c->mentions, BylineMentionRef, k);
                  if (m != NULL && m->first_token < ns->end_token && m->first_token < ns->first_token + 6
                      && m->entity->type == BYLINE_ENTITY_PERSON && m->entity != r->entity && m->entity->role == NULL
                      && !in_quote (c, m->first_token) && !_byline_quotes_governed (c, m->first_token))
                    later = m->entity;
                }
            }
          if (named != NULL && named->entity->type == BYLINE_ENTITY_PERSON && named->first_token <= j + 1)
            r = named;
          else if (later != NULL)
            {
              _byline_quotes_speaker_set_entity (out, later);
              *end = j;
              return TRUE;
            }
          /* "Marsh's office said", "Reed's campaign said", no one named: the words
           * are the person's; a campaign, a body of its own that speaks for the
           * candidate, is named so: "Ann Reed's campaign" */
          else if (byline_token_is (c->text, &c->toks[j - 1], "office")
                   || byline_token_is (c->text, &c->toks[j - 1], "campaign"))
            {
              _byline_quotes_speaker_set_entity (out, r->entity);
              if (byline_token_is (c->text, &c->toks[j - 1], "campaign"))
                {
                  g_free (out->name);
                  out->name = g_strdup_printf ("%s's campaign", r->entity->name);
                }
              *end = j;
              return TRUE;
            }
          else
            {
              g_free (out->name);
              out->name = _byline_quotes_span_text (c, r->first_token, j);
              out->entity = NULL;
              out->found = TRUE;
              *end = j;
              return TRUE;
            }
        }
    }
  /* "the North's state media said": a country's media, the outlet the article
   * names just after or before ("Korea Central News Agency"), else the words */
  {
    guint p = byline_token_is (c->text, &c->toks[i], "the") ? i + 1 : i;
    const BylineMentionRef *land = p < c->n ? byline_mentions_at (c->mentions, p) : NULL;

    if (land != NULL && land->first_token == p
        && (land->entity->type == BYLINE_ENTITY_PLACE || land->entity->type == BYLINE_ENTITY_NORP)
        && land->end_token + 2 < c->n && c->toks[land->end_token].kind == BYLINE_TOKEN_POSSESSIVE
        && (byline_token_cls (&c->toks[land->end_token + 1]) & BYLINE_WORD_CUE_START))
      {
        guint kinds = 0;
        guint len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, land->end_token + 1, &kinds);

        if (len > 0 && (kinds & BYLINE_CUE_MEDIA))
          {
            guint last = land->end_token + 1 + len;
            guint here = sentence_of (c, i);
            const BylineEntity *outlet = NULL;
            guint k = byline_mentions_lower_bound (c->mentions, last);

            for (; k < c->mentions->len && outlet == NULL; k++)
              {
                const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

                if (sentence_of (c, m->first_token) > here + 2)
                  break;
                if (m->entity->lex != NULL && m->entity->lex->kind == BYLINE_LEX_OUTLET && !in_quote (c, m->first_token)
                    && !byline_span_contains (&c->doc->wire, m->start))
                  outlet = m->entity;
              }
            if (outlet != NULL)
              _byline_quotes_speaker_set_entity (out, outlet);
            else
              {
                g_free (out->name);
                out->name = _byline_quotes_span_text (c, p, last);
                out->entity = NULL;
                out->found = TRUE;
              }
            *end = last;
            return TRUE;
          }
      }
  }
  /* "Iran's ambassador to Armenia said": the person of that office, named before
   * or, in a lede, in the sentences just after; not the country */
  /* ("Iran's top diplomat": over a word before the role) */
  guint modified = r != NULL && r->end_token + 2 < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
                   && c->toks[r->end_token + 1].kind == BYLINE_TOKEN_WORD
                   && !(c->toks[r->end_token + 1].flags & BYLINE_TOKEN_CAP) && !has (c, r->end_token + 1, BYLINE_WORD_ROLE)
                   && byline_mentions_at (c->mentions, r->end_token + 1) == NULL
                   && byline_mentions_at (c->mentions, r->end_token + 2) == NULL && has (c, r->end_token + 2, BYLINE_WORD_ROLE)
                   ? 1 : 0;

  if (r != NULL && r->first_token == i && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_NORP)
      && r->end_token + 1 < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
      && byline_mentions_at (c->mentions, r->end_token + 1 + modified) == NULL
      && has (c, r->end_token + 1 + modified, BYLINE_WORD_ROLE)
      && !has (c, r->end_token + 1 + modified, BYLINE_WORD_ORG_HEAD))
    {
      BylineClauseReader reader;
      guint dend = r->end_token + 2 + modified;
      const BylineEntity *who;

      byline_clause_reader_init (&reader, c->doc, entities, c->mentions);
      who = byline_clauses_described_person (&reader, i, MIN (limit + 1, c->n), &dend);
      /* "Iran's top diplomat": the one of that country whose office the word fits
       * ("diplomat" a foreign minister, "leader" a president) */
      if (who == NULL && modified)
        {
          g_autofree char *word = _byline_quotes_span_text (c, r->end_token + 2, r->end_token + 3);
          g_autofree char *role = g_ascii_strdown (word, -1);
          guint at = byline_mentions_lower_bound (c->mentions, i);
          guint from = at > 200 ? at - 200 : 0;

          for (guint j = from; j < at; j++)
            {
              const BylineEntity *p = g_array_index (c->mentions, BylineMentionRef, j).entity;
              g_autofree char *their = NULL;

              if (p->type != BYLINE_ENTITY_PERSON || p->role == NULL || p == who
                  || g_strcmp0 (p->affiliation, r->entity->name) != 0)
                continue;
              their = g_ascii_strdown (p->role, -1);
              if (role_fits (their, role))
                {
                  if (who != NULL)
                    {
                      who = NULL; /* two of them: which one? */
                      break;
                    }
                  who = p;
                }
            }
          if (who != NULL)
            dend = r->end_token + 3;
        }
      /* the role's words, and "to Armenia" */
      while (dend < c->n && dend < r->end_token + 5 && has (c, dend, BYLINE_WORD_ROLE)
             && byline_mentions_at (c->mentions, dend) == NULL)
        dend++;
      if (who == NULL && byline_mentions_at (c->mentions, dend) == NULL)
        {
          guint here = sentence_of (c, i);
          guint k = byline_mentions_lower_bound (c->mentions, dend);

          for (; k < c->mentions->len && who == NULL; k++)
            {
              const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

              if (sentence_of (c, m->first_token) > here + 2)
                break;
              if (m->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, m->first_token)
                  && sentence_of (c, m->first_token) > here && m->entity->role == NULL)
                who = m->entity;
            }
        }
      if (who != NULL)
        {
          _byline_quotes_speaker_set_entity (out, who);
          *end = dend;
          return TRUE;
        }
      /* no one of that office is named: the office, unnamed ("Iran's new
       * ambassador", "Iran's ambassador to Armenia"), never the country */
      if (dend + 1 < c->n && (byline_token_is (c->text, &c->toks[dend], "to") || byline_token_is (c->text, &c->toks[dend], "in"))
          && byline_mentions_at (c->mentions, dend + 1) != NULL
          && byline_mentions_at (c->mentions, dend + 1)->entity->type == BYLINE_ENTITY_PLACE)
        dend = byline_mentions_at (c->mentions, dend + 1)->end_token;
      if (dend <= limit && dend < c->n && is_speech (c, dend))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, i, dend);
          out->entity = NULL;
          out->found = TRUE;
          *end = dend;
          return TRUE;
        }
    }
  /* "Hungary's foreign ministry said", "Peru's defence ministry said": the body
   * the article does not name, of that country, never the country */
  if (r != NULL && r->first_token == i && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_NORP)
      && r->end_token + 2 < c->n && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE
      && byline_mentions_at (c->mentions, r->end_token + 1) == NULL)
    {
      guint head = r->end_token + 1;

      /* over a word: "foreign", "defence" */
      if (head + 1 < c->n && c->toks[head].kind == BYLINE_TOKEN_WORD && !(c->toks[head].flags & BYLINE_TOKEN_CAP)
          && c->toks[head + 1].kind == BYLINE_TOKEN_WORD && is_org_noun (c, head + 1))
        head++;
      if (head < limit && (is_org_noun (c, head) || byline_token_is (c->text, &c->toks[head], "military")
                           || byline_token_is (c->text, &c->toks[head], "army") || byline_token_is (c->text, &c->toks[head], "navy")
                           || byline_token_is (c->text, &c->toks[head], "presidency")
                           || byline_token_is (c->text, &c->toks[head], "cabinet"))
          && head + 1 < c->n && is_speech (c, head + 1))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, r->end_token + 1, head + 1);
          out->entity = NULL;
          out->country = r->entity->lex != NULL ? r->entity->lex->country : NULL;
          out->found = TRUE;
          *end = head + 1;
          return TRUE;
        }
    }
  /* "Singapore's Ministry of Foreign Affairs said": the body, not the country */
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_NORP)
      && r->end_token + 1 < limit && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      const BylineMentionRef *body = byline_mentions_at (c->mentions, r->end_token + 1);

      if (body != NULL && body->first_token == r->end_token + 1
          && (body->entity->type == BYLINE_ENTITY_ORG || body->entity->type == BYLINE_ENTITY_PERSON))
        r = body;
    }
  if (r != NULL && _byline_quotes_is_speaker_type (r->entity))
    {
      const char *country = NULL;

      /* "Russia's Foreign Ministry": a body of that country */
      if (r->first_token >= 2 && c->toks[r->first_token - 1].kind == BYLINE_TOKEN_POSSESSIVE)
        {
          const BylineMentionRef *p = byline_mentions_at (c->mentions, r->first_token - 2);
          if (p && p->entity->type == BYLINE_ENTITY_PLACE && p->entity->lex)
            country = p->entity->lex->country;
        }
      /* "Moscow said" after "Russia's Foreign Ministry said": the same ministry */
      if (r->entity->type == BYLINE_ENTITY_PLACE && r->entity->lex && r->entity->lex->country
          && c->last_speaker != NULL && c->last_speaker->type == BYLINE_ENTITY_ORG
          && g_strcmp0 (c->last_speaker_country, r->entity->lex->country) == 0)
        {
          _byline_quotes_speaker_set_entity (out, c->last_speaker);
          out->country = c->last_speaker_country;
        }
      else
        {
          _byline_quotes_speaker_set_entity (out, r->entity);
          out->country = country;
        }
      /* "the Lao News Agency (KPL) reported": over the short name after it */
      *end = skip_short_name (c, r->end_token, limit);
      return TRUE;
    }
  if (is_pronoun_person (c, i)
      /* "According to him, ...": the object's pronoun after the frame */
      || (i >= 2 && (byline_token_is (c->text, &c->toks[i], "him") || byline_token_is (c->text, &c->toks[i], "her"))
          && byline_token_is (c->text, &c->toks[i - 1], "to") && byline_token_is (c->text, &c->toks[i - 2], "according")))
    {
      const BylineEntity *e;

      /* "the president told reporters he was "very happy". "...," he said": the
       * one the quotation just before was given to, by a title and no name, when
       * no person is named between the two */
      if (c->previous != NULL && c->previous->speaker == NULL && c->previous->speaker_name != NULL
          && c->previous->sentence + 2 >= sentence_of (c, i) && c->previous->end_token <= i && i + 1 < c->n
          && is_speech (c, i + 1) && c->previous->cue.end != 0
          && g_ascii_islower (c->previous->speaker_name[0])
          && (strchr (c->previous->speaker_name, ' ') == NULL || unnamed_one (c->previous->speaker_name))
          && !person_named_between (c, c->previous->end_token, i))
        {
          g_free (out->name);
          out->name = g_strdup (c->previous->speaker_name);
          out->entity = NULL;
          out->found = TRUE;
          *end = i + 1;
          return TRUE;
        }
      /* "The spokesman, who asked not to be identified, said: "..." But he added
       * ...": the body whose spokesman the quotation just before was given to,
       * when no person is named between the two */
      if (c->previous != NULL && c->previous->speaker != NULL && c->previous->speaker->type == BYLINE_ENTITY_ORG
          && c->previous->cue.end != 0 && c->previous->sentence + 2 >= sentence_of (c, i)
          && c->previous->end_token <= i && i + 1 < c->n && is_speech (c, i + 1)
          && spoken_for_by_office (c, c->previous) && !person_named_between (c, c->previous->end_token, i))
        {
          _byline_quotes_speaker_set_entity (out, c->previous->speaker);
          *end = i + 1;
          return TRUE;
        }
      e = resolve_person_pronoun (c, i);
      if (e != NULL)
        _byline_quotes_speaker_set_entity (out, e);
      else
        {
          g_free (out->name);
          out->name = NULL;
          out->entity = NULL;
          out->found = TRUE;
        }
      *end = i + 1;
      return TRUE;
    }
  if (is_pronoun_group (c, i))
    {
      const BylineEntity *opener = NULL;

      /* "The World Food Programme warned of famine. It said ...": the body that
       * opens the sentence before, as its subject */
      if ((c->toks[i].flags & BYLINE_TOKEN_SENT_START) && byline_token_is (c->text, &c->toks[i], "it")
          && i + 1 < c->n && is_speech (c, i + 1) && sentence_of (c, i) > 0)
        {
          const BylineSentence *ps = sentence (c, sentence_of (c, i) - 1);
          guint first = ps->first_token;
          const BylineMentionRef *body;

          if (first + 1 < ps->end_token && byline_token_is (c->text, &c->toks[first], "The"))
            first++;
          body = byline_mentions_at (c->mentions, first);
          if (body != NULL && body->first_token == first && body->entity->type == BYLINE_ENTITY_ORG && !in_quote (c, first)
              && (body->entity->lex == NULL || body->entity->lex->kind != BYLINE_LEX_OUTLET))
            opener = body->entity;
          /* "The Finnish government approved ... It said": a body's description */
          else if ((body == NULL || body->entity->type == BYLINE_ENTITY_NORP) && first > ps->first_token && first + 1 < ps->end_token)
            {
              Speaker d = { 0 };
              guint d_end;

              if (_byline_quotes_speaker_at (c, ps->first_token, MIN (ps->end_token, ps->first_token + 5), entities, &d, &d_end)
                  && (d.entity != NULL ? d.entity->type == BYLINE_ENTITY_ORG : d.name != NULL) && is_org_noun (c, d_end - 1))
                {
                  g_free (out->name);
                  *out = d;
                  *end = i + 1;
                  return TRUE;
                }
              _byline_quotes_speaker_clear (&d);
            }
          /* "On Thursday, the ports authority lifted the ban. It said ...", "...
           * after the ports authority lifted the ban. It said ...": the subject
           * past a fronted phrase, else the one body the sentence before names */
          if (opener == NULL && c->clauses != NULL && sentence_of (c, i) - 1 < c->clauses->len)
            {
              guint ms = g_array_index (c->clauses, BylineClause, sentence_of (c, i) - 1).main_start;
              guint n = 0;

              if (ms + 1 < ps->end_token && byline_token_is (c->text, &c->toks[ms], "the"))
                ms++;
              body = byline_mentions_at (c->mentions, ms);
              if (ms > first && body != NULL && body->first_token == ms && body->entity->type == BYLINE_ENTITY_ORG
                  && !in_quote (c, ms) && (body->entity->lex == NULL || body->entity->lex->kind != BYLINE_LEX_OUTLET))
                opener = body->entity;
              for (guint k = byline_mentions_lower_bound (c->mentions, ps->first_token);
                   opener == NULL && k < c->mentions->len; k++)
                {
                  const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

                  if (m->first_token >= ps->end_token)
                    break;
                  if (in_quote (c, m->first_token) || (m->entity->type != BYLINE_ENTITY_ORG && m->entity->type != BYLINE_ENTITY_PERSON))
                    continue;
                  if (m->entity->type != BYLINE_ENTITY_ORG || (m->entity->lex != NULL && m->entity->lex->kind == BYLINE_LEX_OUTLET)
                      || (body != NULL && body->entity != m->entity && ++n > 1))
                    {
                      body = NULL;
                      break;
                    }
                  body = m;
                  n = 1;
                }
              if (opener == NULL && body != NULL && n == 1)
                opener = body->entity;
            }
        }
      /* "Tanzania's foreign ministry said ... It said ...": the body quoted in the
       * sentence before, named or not */
      if (opener == NULL && (c->toks[i].flags & BYLINE_TOKEN_SENT_START) && byline_token_is (c->text, &c->toks[i], "it")
          && c->previous != NULL && c->previous->sentence + 1 == sentence_of (c, i) && c->previous->speaker_name != NULL
          && c->previous->speaker == NULL && i + 1 < c->n && is_speech (c, i + 1))
        {
          g_free (out->name);
          out->name = g_strdup (c->previous->speaker_name);
          out->entity = NULL;
          out->found = TRUE;
          *end = i + 1;
          return TRUE;
        }
      if (opener != NULL)
        _byline_quotes_speaker_set_entity (out, opener);
      else if (c->last_speaker != NULL && c->last_speaker->type != BYLINE_ENTITY_PERSON)
        _byline_quotes_speaker_set_entity (out, c->last_speaker);
      /* "..., they said.": people the article does not name here; a report all the
       * same, of the group with no name that spoke just before, in the plural
       * ("Political sources said ... They said ...") */
      else if (byline_token_is (c->text, &c->toks[i], "they") && i + 1 < c->n && has (c, i + 1, BYLINE_WORD_SPEECH)
               && !has (c, i + 1, BYLINE_WORD_COGNITION))
        {
          gboolean group = c->previous != NULL && c->previous->speaker == NULL && c->previous->speaker_name != NULL
                           && g_str_has_suffix (c->previous->speaker_name, "s")
                           && sentence_of (c, i) - MIN (sentence_of (c, i), c->previous->sentence) <= 3;

          g_free (out->name);
          out->name = group ? g_strdup (c->previous->speaker_name) : NULL;
          out->entity = NULL;
          out->found = TRUE;
        }
      else
        return FALSE;
      *end = i + 1;
      return TRUE;
    }
  /* "said a statement issued by Foreign Minister X", "the statement from the
   * ministry said": the one who issued it */
  if (i + 3 < limit && (byline_token_is (c->text, &c->toks[i], "a") || byline_token_is (c->text, &c->toks[i], "the")))
    {
      guint j = i + 1;

      while (j < limit && j < i + 3 && !byline_token_is (c->text, &c->toks[j], "statement")
             && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
        j++;
      if (j + 2 < limit && byline_token_is (c->text, &c->toks[j], "statement"))
        {
          guint k = j + 1;

          if (byline_token_is (c->text, &c->toks[k], "issued") || byline_token_is (c->text, &c->toks[k], "released"))
            k++;
          /* "said a statement of the Foreign Affairs Ministry" */
          if (k + 1 < limit && (byline_token_is (c->text, &c->toks[k], "by") || byline_token_is (c->text, &c->toks[k], "from")
                                || byline_token_is (c->text, &c->toks[k], "of")))
            {
              Speaker by = { 0 };
              guint by_end;
              guint who = k + 1;

              /* over "the", a nationality and a title: "by Swedish Foreign Minister X" */
              while (who < limit && who < k + 6 && (byline_mentions_at (c->mentions, who) == NULL
                                                    ? c->toks[who].kind == BYLINE_TOKEN_WORD
                                                    : byline_mentions_at (c->mentions, who)->entity->type == BYLINE_ENTITY_NORP)
                     && !_byline_quotes_speaker_at (c, who, limit, entities, &by, &by_end))
                {
                  const BylineMentionRef *nat = byline_mentions_at (c->mentions, who);

                  _byline_quotes_speaker_clear (&by);
                  who = nat != NULL ? nat->end_token : who + 1;
                }
              _byline_quotes_speaker_clear (&by);
              if (who < limit && _byline_quotes_speaker_at (c, who, limit, entities, &by, &by_end) && by.entity != NULL)
                {
                  _byline_quotes_speaker_set_entity (out, by.entity);
                  out->country = by.country;
                  _byline_quotes_speaker_clear (&by);
                  *end = by_end;
                  return TRUE;
                }
              _byline_quotes_speaker_clear (&by);
            }
        }
    }
  /* "A joint statement issued after the talks said ...": opening the sentence, a
   * statement no one is named for; the words, no one's name */
  if (i + 2 < c->n && byline_token_is (c->text, &c->toks[i], "A") && (c->toks[i].flags & BYLINE_TOKEN_SENT_START))
    {
      guint j = i + 1;

      while (j < c->n && j < i + 3 && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
             && !byline_token_is (c->text, &c->toks[j], "statement") && !byline_token_is (c->text, &c->toks[j], "readout"))
        j++;
      if (j < c->n && (byline_token_is (c->text, &c->toks[j], "statement") || byline_token_is (c->text, &c->toks[j], "readout")))
        {
          guint v = j + 1;

          while (v < c->n && v <= limit && v < j + 8 && !is_speech (c, v) && c->toks[v].kind == BYLINE_TOKEN_WORD)
            v++;
          if (v < c->n && v <= limit && is_speech (c, v) && !is_speech_participle_at (c, v))
            {
              g_free (out->name);
              out->name = _byline_quotes_span_text (c, i + 1, j + 1);
              out->entity = NULL;
              out->found = TRUE;
              *end = j + 1;
              return TRUE;
            }
        }
    }
  /* "the ministers said", "the two leaders said in a joint statement": a pair or a
   * group of those named before, with no one name */
  /* ("both sides agreed that ...", without "the") */
  if (i + 1 < limit && (byline_token_is (c->text, &c->toks[i], "the") || byline_token_is (c->text, &c->toks[i], "both")))
    {
      static const char *const groups[] = { "ministers", "leaders", "presidents", "diplomats", "envoys",
                                            "delegations", "negotiators", "governments", "sides", NULL };
      gboolean both = byline_token_is (c->text, &c->toks[i], "both");
      guint j = both ? i : i + 1;

      if (byline_token_is (c->text, &c->toks[j], "two") || byline_token_is (c->text, &c->toks[j], "three")
          || byline_token_is (c->text, &c->toks[j], "both"))
        j++;
      for (int g = 0; j < limit && groups[g] != NULL; g++)
        /* (not "the two ministers agreed to ...": what they did, not what they said;
         * but "agreed that ..." reports) */
        if (byline_token_is (c->text, &c->toks[j], groups[g]) && j + 1 < c->n && is_speech (c, j + 1)
            && !has (c, j + 1, BYLINE_WORD_COGNITION)
            && (g_ascii_strncasecmp (c->text + c->toks[j + 1].start, "agree", 5) != 0
                || (j + 2 < c->n && byline_token_is (c->text, &c->toks[j + 2], "that"))))
          {
            g_free (out->name);
            out->name = _byline_quotes_span_text (c, both ? i : i + 1, j + 1);
            out->entity = NULL;
            out->found = TRUE;
            *end = j + 1;
            return TRUE;
          }
    }
  /* "conservative senators said", "at least four lawmakers have said": people of
   * an office, unnamed, the plural of a role right before the reporting verb */
  gboolean plural_soon = FALSE;

  /* (a plural within five words, first: most words are not) */
  for (guint j = i; j < c->n && j < i + 5 && !plural_soon; j++)
    {
      if (c->toks[j].kind != BYLINE_TOKEN_WORD && c->toks[j].kind != BYLINE_TOKEN_NUMBER)
        break;
      plural_soon = c->toks[j].kind == BYLINE_TOKEN_WORD && c->text[byline_token_end (&c->toks[j]) - 1] == 's'
                    && byline_token_len (&c->toks[j]) > 4;
    }
  if (plural_soon && is_word (c, i) && (!(c->toks[i].flags & BYLINE_TOKEN_CAP) || (c->toks[i].flags & BYLINE_TOKEN_SENT_START)))
    for (guint j = i; j < c->n && j < i + 5; j++)
      {
        const BylineToken *t = &c->toks[j];
        gsize len = byline_token_len (t);
        guint v = j + 1;

        if (t->kind == BYLINE_TOKEN_NUMBER)
          continue;
        if (t->kind != BYLINE_TOKEN_WORD || ((t->flags & BYLINE_TOKEN_CAP) && j > i)
            || byline_mentions_at (c->mentions, j) != NULL || is_speech (c, j)
            || (len <= 6 && _byline_quotes_is_aux (c, j)))
          break;
        /* "observers from the European Union said": the body they speak for, as
         * "analysts at Morgan Stanley" */
        const BylineEntity *body_of = NULL;

        if (v + 1 < c->n && (byline_token_is (c->text, &c->toks[v], "from") || byline_token_is (c->text, &c->toks[v], "at")
                             || byline_token_is (c->text, &c->toks[v], "of")))
          {
            guint at = byline_token_is (c->text, &c->toks[v + 1], "the") ? v + 2 : v + 1;
            const BylineMentionRef *body = byline_mentions_at (c->mentions, at);

            if (body != NULL && body->first_token >= v + 1 && body->first_token <= at && body->entity->type == BYLINE_ENTITY_ORG)
              {
                body_of = body->entity;
                v = body->end_token;
              }
          }
        while (v < c->n && v < j + 3 && (byline_token_is (c->text, &c->toks[v], "also")
                                         || byline_token_is (c->text, &c->toks[v], "have")))
          v++;
        /* ("the authors say": of the study named, read below) */
        if (len > 4 && c->text[byline_token_end (t) - 1] == 's' && v < c->n && is_speech (c, v) && !is_speech_participle_at (c, v)
            && !byline_token_is (c->text, t, "authors"))
          {
            g_autofree char *singular = g_strndup (c->text + t->start, len - 1);

            if ((byline_lexicon_word_class (c->lex, singular) & BYLINE_WORD_ROLE) && body_of != NULL)
              {
                _byline_quotes_speaker_set_entity (out, body_of);
                *end = v;
                return TRUE;
              }
            if (byline_lexicon_word_class (c->lex, singular) & BYLINE_WORD_ROLE)
              {
                g_free (out->name);
                out->name = _byline_quotes_span_text (c, i, j + 1);
                out->entity = NULL;
                out->found = TRUE;
                *end = j + 1;
                return TRUE;
              }
            break;
          }
      }
  /* "his counterpart said", "her Malaysian counterpart told": the other one of
   * the pair named before, the nearest person who is not the one "his" stands for */
  if (i + 1 < limit && (byline_token_is (c->text, &c->toks[i], "his") || byline_token_is (c->text, &c->toks[i], "her")))
    {
      guint j = i + 1;
      const BylineMentionRef *r2 = byline_mentions_at (c->mentions, j);

      if (r2 != NULL && r2->first_token == j && r2->entity->type == BYLINE_ENTITY_NORP)
        j = r2->end_token;
      if (j < limit && byline_token_is (c->text, &c->toks[j], "counterpart") && byline_mentions_at (c->mentions, j + 1) == NULL)
        {
          const BylineEntity *owner = resolve_person_pronoun (c, i);
          guint here = sentence_of (c, i);
          guint k = byline_mentions_lower_bound (c->mentions, i);

          while (k > 0)
            {
              const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, --k);

              if (sentence_of (c, m->first_token) + 4 < here)
                break;
              if (m->entity->type == BYLINE_ENTITY_PERSON && m->entity != owner && !in_quote (c, m->first_token))
                {
                  _byline_quotes_speaker_set_entity (out, m->entity);
                  *end = j + 1;
                  return TRUE;
                }
            }
        }
    }
  /* "a federal judge blocked ..., saying": someone of that office named before
   * or in the sentences just after ("U.S. District Judge Rena Kaplan wrote"),
   * else the words themselves */
  if (i + 1 < c->n && (byline_token_is (c->text, &c->toks[i], "a") || byline_token_is (c->text, &c->toks[i], "an")))
    {
      guint j = i + 1;

      /* ("a German foreign ministry spokeswoman", "a senior Kenyan official": over
       * a nationality) */
      while (j < c->n && j < i + 5)
        {
          const BylineMentionRef *nat = byline_mentions_at (c->mentions, j);

          if (nat != NULL && nat->first_token == j && nat->entity->type == BYLINE_ENTITY_NORP && nat->end_token + 1 < c->n)
            {
              j = nat->end_token;
              continue;
            }
          if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP) || nat != NULL
              || has (c, j, BYLINE_WORD_ROLE) || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD))
            break;
          j++;
        }
      if (j < c->n && j > i && has (c, j, BYLINE_WORD_ROLE) && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
          && byline_mentions_at (c->mentions, j) == NULL && j + 1 < c->n
          /* (", who asked not to be named,": of the one unnamed) */
          && (!is_char (c, j + 1, ',') || (j + 2 < c->n && byline_token_is (c->text, &c->toks[j + 2], "who")))
          && !byline_token_is (c->text, &c->toks[j + 1], "for") && !byline_token_is (c->text, &c->toks[j + 1], "of")
          && !byline_token_is (c->text, &c->toks[j + 1], "with") && !byline_token_is (c->text, &c->toks[j + 1], "at"))
        {
          g_autofree char *word = _byline_quotes_span_text (c, j, j + 1);
          g_autofree char *role = g_ascii_strdown (word, -1);
          guint here = sentence_of (c, i);
          const BylineEntity *who = NULL;

          for (guint k = byline_mentions_lower_bound (c->mentions, j); k < c->mentions->len && who == NULL; k++)
            {
              const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, k);

              if (sentence_of (c, m->first_token) > here + 2)
                break;
              if (m->entity->type == BYLINE_ENTITY_PERSON && m->entity->role != NULL && !in_quote (c, m->first_token))
                {
                  g_autofree char *their = g_ascii_strdown (m->entity->role, -1);

                  if (role_has (their, role))
                    who = m->entity;
                }
            }
          if (who != NULL)
            _byline_quotes_speaker_set_entity (out, who);
          else
            {
              g_free (out->name);
              out->name = _byline_quotes_span_text (c, i + 1, j + 1);
              out->entity = NULL;
              out->found = TRUE;
            }
          *end = j + 1;
          return TRUE;
        }
    }
  /* "The president's spokesman, Marco Diaz, said", "A spokeswoman for the
   * party, Maria Lopez, said": the name in apposition */
  if (is_word (c, i) && (byline_token_is (c->text, &c->toks[i], "the") || byline_token_is (c->text, &c->toks[i], "a")
                         || byline_token_is (c->text, &c->toks[i], "an")))
    for (guint j = i + 1, role = 0; j + 1 < limit && j < i + 12; j++)
      {
        const BylineMentionRef *named;
        const BylineMentionRef *here = byline_mentions_at (c->mentions, j);

        /* "a spokesman for Ryan, X,": the one spoken for may be a person */
        if (here != NULL && here->entity->type == BYLINE_ENTITY_PERSON
            && !(role > 0 && here->first_token == j && j > 0 && byline_token_is (c->text, &c->toks[j - 1], "for")))
          break;
        if (here != NULL && here->first_token == j)
          {
            j = here->end_token - 1;
            continue;
          }
        if (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE || c->toks[j].kind == BYLINE_TOKEN_WORD)
          {
            if (here == NULL && has (c, j, BYLINE_WORD_ROLE))
              role++;
            continue;
          }
        if (!is_char (c, j, ',') || role == 0)
          break;
        {
          guint p = j + 1, e;

          /* "The bloc's chair, Ambassador Tevita Lolo of Tonga, said": over a title
           * before the name and a place after it */
          while (p < j + 3 && p < limit && byline_mentions_at (c->mentions, p) == NULL && has (c, p, BYLINE_WORD_ROLE)
                 && (c->toks[p].flags & BYLINE_TOKEN_CAP))
            p++;
          /* "the envoy, Minister of Regional Integration X, said": a title with
           * its portfolio */
          if (p > j + 1 && p < limit && byline_mentions_at (c->mentions, p) == NULL
              && (byline_token_is (c->text, &c->toks[p], "of") || byline_token_is (c->text, &c->toks[p], "for")))
            {
              guint q = p + 1;
              const BylineMentionRef *in;

              while (q < p + 6 && q < limit && is_word (c, q))
                {
                  in = byline_mentions_at (c->mentions, q);
                  if (in != NULL && in->entity->type == BYLINE_ENTITY_PERSON)
                    break;
                  if (in != NULL)
                    q = MAX (in->end_token, q + 1);
                  else if ((c->toks[q].flags & BYLINE_TOKEN_CAP) || byline_token_is (c->text, &c->toks[q], "and")
                           || byline_token_is (c->text, &c->toks[q], "the"))
                    q++;
                  else
                    break;
                }
              in = q < limit ? byline_mentions_at (c->mentions, q) : NULL;
              if (q > p + 1 && in != NULL && in->first_token == q && in->entity->type == BYLINE_ENTITY_PERSON)
                p = q;
            }
          named = byline_mentions_at (c->mentions, p);
          if (named != NULL && named->first_token == p && named->entity->type == BYLINE_ENTITY_PERSON)
            {
              const BylineMentionRef *of;

              e = named->end_token;
              if (e + 1 < limit && byline_token_is (c->text, &c->toks[e], "of")
                  && (of = byline_mentions_at (c->mentions, e + 1)) != NULL && of->first_token == e + 1
                  && (of->entity->type == BYLINE_ENTITY_PLACE || of->entity->type == BYLINE_ENTITY_ORG))
                e = of->end_token;
              if (e < limit && is_char (c, e, ','))
                {
                  _byline_quotes_speaker_set_entity (out, named->entity);
                  *end = e + 1;
                  return TRUE;
                }
            }
        }
        break;
      }
  /* "the Presidency's press office said", "the bloc's commission said": the
   * body named before with that word in its name, else the words */
  if (i + 3 < limit && byline_token_is (c->text, &c->toks[i], "the") && c->toks[i + 1].kind == BYLINE_TOKEN_WORD
      && c->toks[i + 2].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      guint head = i + 3;

      if (head + 1 < limit && c->toks[head].kind == BYLINE_TOKEN_WORD && c->toks[head + 1].kind == BYLINE_TOKEN_WORD
          && !is_speech (c, head + 1))
        head++;
      if (head < limit && (is_org_noun (c, head) || byline_token_is (c->text, &c->toks[head], "office"))
          && head + 1 < c->n && is_speech (c, head + 1))
        {
          const BylineEntity *org = org_named_before (c, i, head);
          g_autofree char *word = _byline_quotes_span_text (c, head, head + 1);
          g_autofree char *low = g_utf8_strdown (word, -1);
          g_autofree char *name = org != NULL ? g_utf8_strdown (org->name, -1) : NULL;

          if (org != NULL && strstr (name, low) != NULL)
            _byline_quotes_speaker_set_entity (out, org);
          else
            {
              g_free (out->name);
              out->name = _byline_quotes_span_text (c, i + 1, head + 1);
              out->entity = NULL;
              out->found = TRUE;
            }
          *end = head + 1;
          return TRUE;
        }
    }
  {
    guint dend = i + 1;
    if (definite_description (c, i, limit, &dend))
      {
        const BylineEntity *p;

        /* "the candidate's spokeswoman said", "the president's allies argue": those
         * who speak for someone described, unnamed; not the one described */
        if (dend + 1 < limit && c->toks[dend].kind == BYLINE_TOKEN_POSSESSIVE && c->toks[dend + 1].kind == BYLINE_TOKEN_WORD
            && byline_mentions_at (c->mentions, dend + 1) == NULL
            && (has (c, dend + 1, BYLINE_WORD_ROLE) || byline_token_is (c->text, &c->toks[dend + 1], "office")
                || byline_token_is (c->text, &c->toks[dend + 1], "campaign")
                || byline_token_is (c->text, &c->toks[dend + 1], "allies")
                || byline_token_is (c->text, &c->toks[dend + 1], "aides")
                || byline_token_is (c->text, &c->toks[dend + 1], "lawyers")
                || byline_token_is (c->text, &c->toks[dend + 1], "advisers")
                || byline_token_is (c->text, &c->toks[dend + 1], "team")))
          {
            g_free (out->name);
            out->name = _byline_quotes_span_text (c, i + 1, dend + 2);
            out->entity = NULL;
            out->found = TRUE;
            *end = dend + 2;
            return TRUE;
          }

        /* "X's campaign said in a statement that ... "...," the statement said":
         * those who spoke for X in the sentence before, as they were named */
        if ((byline_token_is (c->text, &c->toks[dend - 1], "statement") || byline_token_is (c->text, &c->toks[dend - 1], "release"))
            && c->previous != NULL && c->previous->speaker != NULL && c->previous->speaker_name != NULL
            && c->previous->sentence + 1 >= sentence_of (c, i)
            && g_strcmp0 (c->previous->speaker_name, c->previous->speaker->name) != 0
            && g_str_has_prefix (c->previous->speaker_name, c->previous->speaker->name))
          {
            g_free (out->name);
            out->name = g_strdup (c->previous->speaker_name);
            out->entity = c->previous->speaker;
            out->country = NULL;
            out->found = TRUE;
            *end = dend;
            return TRUE;
          }
        /* "the official" after "a senior State Department official said": the
         * one quoted unnamed before, not an official the article names */
        if (c->last_unnamed != NULL && sentence_of (c, i) <= c->last_unnamed_sentence + 5)
          {
            g_autofree char *word = _byline_quotes_span_text (c, dend - 1, dend);
            const char *tail = strrchr (c->last_unnamed, ' ');

            tail = tail != NULL ? tail + 1 : c->last_unnamed;
            /* "the statement said" after "the bank said in a statement": the one
             * who spoke last, named or not (named, last_speaker has it below) */
            if (g_ascii_strcasecmp (tail, word) == 0
                || ((g_ascii_strcasecmp (word, "statement") == 0 || g_ascii_strcasecmp (word, "note") == 0
                     || g_ascii_strcasecmp (word, "readout") == 0)
                    && c->previous != NULL
                    && c->previous->speaker == NULL && g_strcmp0 (c->previous->speaker_name, c->last_unnamed) == 0
                    && sentence_of (c, i) <= c->last_unnamed_sentence + 2))
              {
                g_free (out->name);
                out->name = g_strdup (c->last_unnamed);
                out->entity = NULL;
                out->found = TRUE;
                *end = dend;
                return TRUE;
              }
          }
        /* "the official, who spoke on condition of anonymity": no one the article names */
        {
          const BylineSentence *here = sentence (c, sentence_of (c, i));
          guint from = MAX (here->first_token, i > 24 ? i - 24 : 0), to = MIN (here->end_token, i + 24);

          /* near the description only: a long sentence stays linear */
          for (guint k = from; k + 1 < to; k++)
            if (byline_token_is (c->text, &c->toks[k], "anonymity")
                || (byline_token_is (c->text, &c->toks[k], "be") && byline_token_is (c->text, &c->toks[k + 1], "named"))
                || (byline_token_is (c->text, &c->toks[k], "not") && byline_token_is (c->text, &c->toks[k + 1], "authorized")))
              {
                g_free (out->name);
                out->name = _byline_quotes_span_text (c, i + 1, dend);
                out->entity = NULL;
                out->found = TRUE;
                *end = dend;
                return TRUE;
              }
        }
        /* "the Iranian side said" after a Russian spoke: not the last speaker but
         * the one of that people named before, or the side itself */
        if (byline_token_is (c->text, &c->toks[dend - 1], "side") && c->last_speaker != NULL
            && c->last_speaker->type == BYLINE_ENTITY_PERSON && c->last_speaker->affiliation != NULL)
          {
            const BylineEntity *people = NULL;

            for (guint j = i + 1; j + 1 < dend && people == NULL; j++)
              if (byline_mentions_at (c->mentions, j) != NULL
                  && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_NORP)
                people = byline_mentions_at (c->mentions, j)->entity;
            if (people != NULL && people->affiliation != NULL
                && g_strcmp0 (people->affiliation, c->last_speaker->affiliation) != 0)
              {
                const BylineEntity *theirs = NULL;
                guint here = sentence_of (c, i);
                guint k = byline_mentions_lower_bound (c->mentions, i);

                while (k > 0 && theirs == NULL)
                  {
                    const BylineMentionRef *m = &g_array_index (c->mentions, BylineMentionRef, --k);

                    if (sentence_of (c, m->first_token) + 6 < here)
                      break;
                    if (m->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, m->first_token)
                        && g_strcmp0 (m->entity->affiliation, people->affiliation) == 0)
                      theirs = m->entity;
                  }
                if (theirs != NULL)
                  _byline_quotes_speaker_set_entity (out, theirs);
                else
                  {
                    g_free (out->name);
                    out->name = _byline_quotes_span_text (c, i + 1, dend);
                    out->entity = NULL;
                    out->found = TRUE;
                  }
                *end = dend;
                return TRUE;
              }
          }
        p = person_with_role (c, i, dend, entities);
        if (p == NULL && has (c, dend - 1, BYLINE_WORD_ROLE))
          p = apposed_role_holder (c, i, dend - 1);
        /* "the Premier said" of "Prime Minister X", "the Chinese vice minister" of
         * "Deputy Foreign Minister X": the one the clause reader's fit of titles finds */
        if (p == NULL && has (c, dend - 1, BYLINE_WORD_ROLE))
          {
            BylineClauseReader reader;
            guint rend = dend;

            byline_clause_reader_init (&reader, c->doc, entities, c->mentions);
            p = byline_clauses_described_person (&reader, i, MIN (limit + 1, c->n), &rend);
            if (p != NULL && rend != dend)
              p = NULL;
          }
        const BylineEntity *org = is_org_noun (c, dend - 1) ? org_named_before (c, i, dend - 1)
                                  : study_named_before (c, i, dend - 1);

        /* "the Nigerian presidency" is not the bloc named last: a body of a people
         * only when its name has the noun */
        if (org != NULL && is_org_noun (c, dend - 1))
          for (guint j = i + 1; j + 1 < dend; j++)
            if (byline_mentions_at (c->mentions, j) != NULL
                && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_NORP)
              {
                g_autofree char *word = _byline_quotes_span_text (c, dend - 1, dend);
                g_autofree char *head = g_utf8_strdown (word, -1);
                g_autofree char *name = g_utf8_strdown (org->name, -1);

                if (strstr (name, head) == NULL)
                  org = NULL;
                break;
              }

        const BylineEntity *subject = p == NULL && has (c, dend - 1, BYLINE_WORD_ROLE) ? recent_subject (c, i) : NULL;

        /* "The envoy noted" after "Defence Minister Ruiz met ...": not the minister */
        if (subject != NULL && subject->role != NULL)
          {
            g_autofree char *word = _byline_quotes_span_text (c, dend - 1, dend);
            g_autofree char *role = g_ascii_strdown (word, -1);
            g_autofree char *their = g_ascii_strdown (subject->role, -1);

            if (!role_fits (their, role))
              subject = NULL;
          }

        /* "the society said" after "The president of the Mining Society, X": the
         * body its name holds, not the one whose title holds the word */
        if (p != NULL && org != NULL && is_org_noun (c, dend - 1) && !has (c, dend - 1, BYLINE_WORD_ROLE)
            && names_noun (org, c, dend - 1))
          p = NULL;
        if (p != NULL)
          _byline_quotes_speaker_set_entity (out, p);
        else if (subject != NULL)
          _byline_quotes_speaker_set_entity (out, subject);
        else if (org != NULL)
          _byline_quotes_speaker_set_entity (out, org);
        /* "the ministry said" after "Defence Ministry spokesman X said"; not after a
         * broadcaster */
        /* ...nor "the senator claimed" after the former vice president spoke */
        else if (c->last_speaker != NULL && !(is_org_noun (c, dend - 1) && !names_noun (c->last_speaker, c, dend - 1))
                 && !(has (c, dend - 1, BYLINE_WORD_ROLE) && c->last_speaker->type == BYLINE_ENTITY_PERSON
                      && c->last_speaker->role != NULL && !last_speaker_fits (c, dend - 1)))
          _byline_quotes_speaker_set_entity (out, c->last_speaker);
        /* "X condemned the launch. ..., the statement said": the subject of the
         * sentence before, a body or a person */
        else if ((byline_token_is (c->text, &c->toks[dend - 1], "statement") || byline_token_is (c->text, &c->toks[dend - 1], "note")
                  || byline_token_is (c->text, &c->toks[dend - 1], "readout"))
                 && sentence_of (c, i) > 0
                 && (org = statement_maker (c, i)) != NULL)
          _byline_quotes_speaker_set_entity (out, org);
        else
          {
            g_free (out->name);
            out->name = _byline_quotes_span_text (c, i + 1, dend);
            out->entity = NULL;
            out->found = TRUE;
          }
        *end = dend;
        return TRUE;
      }
  }
  /* "..., though several cautioned that ...", "Others said ...": some of a group
   * named before, no name */
  if (r == NULL && i + 1 < c->n && i + 1 <= limit && byline_token_len (&c->toks[i]) <= 7
      && ((c->text[c->toks[i].start] | 0x20) == 's' || (c->text[c->toks[i].start] | 0x20) == 'o'
          || (c->text[c->toks[i].start] | 0x20) == 'm' || (c->text[c->toks[i].start] | 0x20) == 'b'))
    {
      static const char *const some[] = { "several", "others", "many", "some", "most", "both", NULL };

      /* (a verb of saying: "many believe", "some fear" is no report) */
      if (_byline_scan_is_one_of (c->text, c->toks, c->n, i, some) && is_speech (c, i + 1)
          && !has (c, i + 1, BYLINE_WORD_COGNITION) && !is_speech_participle_at (c, i + 1))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, i, i + 1);
          out->entity = NULL;
          out->found = TRUE;
          *end = i + 1;
          return TRUE;
        }
    }
  /* "One diplomat said ... Another said ...", "another official said": one more
   * source with no name */
  if (i + 1 < c->n && byline_token_is (c->text, &c->toks[i], "another"))
    {
      guint j = i + 1;

      if (j + 1 < c->n && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
          && !is_speech (c, j) && (has (c, j, BYLINE_WORD_ROLE) || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_CUE_START)))
        j++;
      if (j <= limit && is_speech (c, j) && !is_speech_participle_at (c, j))
        {
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, i, j);
          out->entity = NULL;
          out->found = TRUE;
          *end = j;
          return TRUE;
        }
    }
  /* "one participant said", "a member of his staff said", "an aide to the
   * minister said": one person, not named; the words themselves */
  if (i + 1 < limit && i + 2 < c->n
      && (byline_token_is (c->text, &c->toks[i], "one") || byline_token_is (c->text, &c->toks[i], "a")
          || byline_token_is (c->text, &c->toks[i], "an")))
    {
      static const char *const ones[] = { "participant", "attendee", "member", "aide", "adviser", "advisor",
                                          "delegate", "negotiator", "witness", NULL };
      guint j = i + 1;
      gboolean one = FALSE;

      /* over an adjective: "one senior participant" */
      if (j + 1 < limit && c->toks[j].kind == BYLINE_TOKEN_WORD && !(c->toks[j].flags & BYLINE_TOKEN_CAP)
          && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD) && c->toks[j + 1].kind == BYLINE_TOKEN_WORD)
        {
          for (int w = 0; ones[w] != NULL && !one; w++)
            one = byline_token_is (c->text, &c->toks[j + 1], ones[w]);
          if (one)
            j++;
        }
      for (int w = 0; ones[w] != NULL && !one; w++)
        one = byline_token_is (c->text, &c->toks[j], ones[w]);
      if (one)
        {
          guint last = j + 1;

          /* "of his staff", "to the minister", "of the delegation" */
          if (last + 1 < limit && (byline_token_is (c->text, &c->toks[last], "of") || byline_token_is (c->text, &c->toks[last], "to")))
            {
              guint k = last + 1;

              while (k < limit && k < last + 5 && (c->toks[k].kind == BYLINE_TOKEN_WORD || c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
                     && !is_speech (c, k))
                k++;
              if (k < limit && is_speech (c, k))
                last = k;
            }
          if (last >= limit || is_speech (c, last) || is_char (c, last, ',') || is_char (c, last, '.'))
            {
              g_free (out->name);
              out->name = _byline_quotes_span_text (c, i, last);
              out->entity = NULL;
              out->found = TRUE;
              *end = last;
              return TRUE;
            }
        }
    }
  /* "officials", "Iranian officials", "sources": a group with no name;
   * "analysts at Morgan Stanley": the firm they speak for */
  if (i + 2 < limit && c->toks[i].kind == BYLINE_TOKEN_WORD && (byline_token_cls (&c->toks[i]) & BYLINE_WORD_CUE_START)
      && (byline_token_is (c->text, &c->toks[i + 1], "at") || byline_token_is (c->text, &c->toks[i + 1], "from")))
    {
      const BylineMentionRef *firm = byline_mentions_at (c->mentions, i + 2);
      if (firm != NULL && firm->entity->type == BYLINE_ENTITY_ORG)
        {
          _byline_quotes_speaker_set_entity (out, firm->entity);
          *end = firm->end_token;
          return TRUE;
        }
    }
  /* "..., the people said": those "familiar with the matter" named before, no name */
  if (i + 2 <= limit && byline_token_is (c->text, &c->toks[i], "the") && byline_token_is (c->text, &c->toks[i + 1], "people")
      && (i + 2 == limit || is_speech (c, i + 2)))
    {
      g_free (out->name);
      out->name = _byline_quotes_span_text (c, i, i + 2);
      out->entity = NULL;
      out->found = TRUE;
      *end = i + 2;
      return TRUE;
    }
  /* a source with no name, from the lexicon's anonymous and media words:
   * "congressional aides", "two people familiar with the matter", "Russian state
   * media"; a word or two may come first */
  for (guint j = i; j < i + 3 && j < limit; j++)
    {
      guint kinds = 0;
      guint len;

      if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP && j > i))
        break;
      len = (byline_token_cls (&c->toks[j]) & BYLINE_WORD_CUE_START) ? byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, j, &kinds)
                                                      : 0;
      /* ("her chief of staff said": a title, not the staff) */
      if (len > 0 && j > 0 && byline_token_is (c->text, &c->toks[j - 1], "of") && byline_token_is (c->text, &c->toks[j], "staff"))
        break;
      if (len > 0 && (kinds & (BYLINE_CUE_ANONYMOUS | BYLINE_CUE_MEDIA)) && j + len <= limit)
        {
          guint last = j + len;

          /* "people familiar with | the matter" */
          if (is_preposition (c, last - 1) && last < limit && c->toks[last].kind == BYLINE_TOKEN_WORD)
            {
              if (byline_token_is (c->text, &c->toks[last], "the") && last + 1 < limit)
                last++;
              last++;
            }
          /* "Polish daily Rzeczpospolita": named after all */
          {
            const BylineMentionRef *named = last < limit ? byline_mentions_at (c->mentions, last) : NULL;
            if (named != NULL && named->first_token == last && _byline_quotes_is_speaker_type (named->entity)
                && named->entity->type != BYLINE_ENTITY_PLACE)
              {
                _byline_quotes_speaker_set_entity (out, named->entity);
                *end = named->end_token;
                return TRUE;
              }
          }
          g_free (out->name);
          out->name = _byline_quotes_span_text (c, i, last);
          out->entity = NULL;
          out->found = TRUE;
          *end = last;
          return TRUE;
        }
      if (byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD && !byline_token_is (c->text, &c->toks[j], "two")
          && !(j == i && byline_token_is (c->text, &c->toks[j], "the"))
          && !byline_token_is (c->text, &c->toks[j], "three") && !byline_token_is (c->text, &c->toks[j], "several"))
        break;
    }
  return FALSE;
}


/* "…," Cole told reporters: the one after "told" is spoken to; "…," asked
 * Cole and "…," warned Cole put the speaker after the verb */
static gboolean
tells_someone (const Ctx *c, guint v)
{
  static const char *const verbs[] = { "told", "tell", "tells", "telling", "informed", "assured", "briefed", NULL };

  for (int w = 0; verbs[w]; w++)
    if (byline_token_is (c->text, &c->toks[v], verbs[w]))
      return TRUE;
  return FALSE;
}

/* "quoted X as saying": the token of "saying" after the verb at @v, or G_MAXUINT */
guint
_byline_quotes_as_saying_after (const Ctx *c, guint v, guint hi)
{
  for (guint k = v + 2; k + 1 < hi && k < v + 12; k++)
    {
      if (in_quote (c, k) || is_char (c, k, '.') || is_char (c, k, ';'))
        break;
      if (byline_token_is (c->text, &c->toks[k], "as")
          && (byline_token_is (c->text, &c->toks[k + 1], "saying") || byline_token_is (c->text, &c->toks[k + 1], "telling")))
        return k + 1;
    }
  return G_MAXUINT;
}

/* "Y quoted X as saying", "Y cited X as saying": X, at the "saying" at @v */
static gboolean
quoted_as_saying (Ctx *c, guint v, guint lo, GPtrArray *entities, Speaker *out)
{
  if (v < lo + 3 || !(byline_token_is (c->text, &c->toks[v], "saying") || byline_token_is (c->text, &c->toks[v], "telling"))
      || !byline_token_is (c->text, &c->toks[v - 1], "as"))
    return FALSE;
  for (guint j = v - 2; j > lo && j + 12 > v; j--)
    {
      guint end;

      /* "quoted", "cited", "reported X as saying", "described X as saying" */
      if (!byline_token_is (c->text, &c->toks[j], "quoted") && !byline_token_is (c->text, &c->toks[j], "cited")
          && !(is_speech (c, j) && c->text[byline_token_end (&c->toks[j]) - 1] == 'd' && j + 2 < v
               && byline_mentions_at (c->mentions, j + 1) != NULL))
        continue;
      /* "X, quoted by Y as saying", "X was quoted as saying": X is the subject, as usual */
      if (byline_token_is (c->text, &c->toks[j + 1], "by") || j + 1 == v - 1 || _byline_quotes_is_aux (c, j - 1))
        return FALSE;
      for (guint k = j + 1; k + 1 < v; k++)
        if (_byline_quotes_speaker_at (c, k, v - 1, entities, out, &end))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* The subject of a reporting verb at v: the one after it ("said Rice", "said
 * foreign secretary Nirupama Rao"), else the subject of its clause before it:
 * the first name that no preposition governs ("Zarif, who led ..., said";
 * "He also met Ms Nurul Izzah and said"), a person rather than the body or
 * place before their name ("Iranian Foreign Ministry Spokesman Bahram Qassemi"). */
static gboolean
subject_of_cue (Ctx *c, guint v, guint lo, guint hi, GPtrArray *entities, Speaker *out)
{
  guint end;
  guint clause = lo;
  guint best = G_MAXUINT, best_end = 0;
  const BylineEntity *best_entity = NULL;

  if (quoted_as_saying (c, v, lo, entities, out))
    return TRUE;

  /* "talks with X, who later described the meeting as": the one the relative
   * clause is about */
  if (v >= lo + 3 && v >= 3)
    {
      guint w = v - 1;

      if (w > lo + 2 && (byline_token_is (c->text, &c->toks[w], "later") || byline_token_is (c->text, &c->toks[w], "also")
                         || byline_token_is (c->text, &c->toks[w], "then") || byline_token_is (c->text, &c->toks[w], "had")
                         || byline_token_is (c->text, &c->toks[w], "has")))
        w--;
      if (byline_token_is (c->text, &c->toks[w], "who") && is_char (c, w - 1, ','))
        {
          const BylineMentionRef *r = byline_mentions_at (c->mentions, w - 2);

          if (r != NULL && r->end_token == w - 1 && r->entity->type == BYLINE_ENTITY_PERSON && !in_quote (c, w - 2))
            {
              _byline_quotes_speaker_set_entity (out, r->entity);
              return TRUE;
            }
        }
    }
  /* "The department had not issued a statement, he said, because ...": the
   * pronoun of a reporting clause set between commas, not the sentence's subject */
  if (v >= lo + 3 && is_pronoun_person (c, v - 1) && is_char (c, v - 2, ',') && v + 1 < hi && is_char (c, v + 1, ','))
    {
      guint pend;

      if (_byline_quotes_speaker_at (c, v - 1, v, entities, out, &pend))
        return TRUE;
      _byline_quotes_speaker_clear (out);
    }
  /* "CONTENT, she said, adding that ...": the participle's subject is the one of
   * the reporting clause just before it, not the content's */
  if (v >= lo + 4 && is_char (c, v - 1, ',') && is_speech (c, v - 2) && !is_speech_participle_at (c, v - 2)
      && is_speech_participle_at (c, v) && (is_pronoun_person (c, v - 3) || is_pronoun_group (c, v - 3))
      && (is_char (c, v - 4, ',') || (c->toks[v - 4].flags & BYLINE_TOKEN_QUOTE)))
    {
      guint pend;

      if (_byline_quotes_speaker_at (c, v - 3, v - 2, entities, out, &pend))
        return TRUE;
      _byline_quotes_speaker_clear (out);
    }
  /* '"...," Y quoted X as telling the guests': X, read at "telling" */
  if (v + 3 < hi && (byline_token_is (c->text, &c->toks[v], "quoted") || byline_token_is (c->text, &c->toks[v], "cited")))
    {
      guint as = _byline_quotes_as_saying_after (c, v, hi);

      if (as != G_MAXUINT && quoted_as_saying (c, as, lo, entities, out))
        return TRUE;
      _byline_quotes_speaker_clear (out);
    }

  /* after the verb, when it follows a quotation or a comma: "…,” said Rice",
   * "…, said foreign secretary Nirupama Rao"; not when the comma closes a name in
   * apposition, the subject ("His spokesman, Adrian Cole, says the governor ...") */
  gboolean apposed = v > lo + 1 && is_char (c, v - 1, ',') && byline_mentions_at (c->mentions, v - 2) != NULL
                     && byline_mentions_at (c->mentions, v - 2)->end_token == v - 1
                     && byline_mentions_at (c->mentions, v - 2)->entity->type == BYLINE_ENTITY_PERSON;

  /* "Rep. X, D-Ill., who chairs the committee, said the transit system ...": a
   * relative clause of the subject before the verb, no one after it */
  if (!apposed && v > lo + 3 && is_char (c, v - 1, ','))
    for (guint j = v - 2; j > lo && j + 16 > v; j--)
      if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || in_quote (c, j))
        {
          apposed = is_char (c, j, ',') && byline_token_is (c->text, &c->toks[j + 1], "who");
          break;
        }

  for (guint k = v + 1; k < hi && k < v + 6 && v > 0 && !tells_someone (c, v) && !apposed
                        && (c->toks[v - 1].kind == BYLINE_TOKEN_PUNCT || in_quote (c, v - 1)); k++)
    {
      /* "X, for his part, described relations with Moscow as ...": an object, not
       * the one who speaks */
      if (is_preposition (c, k))
        break;
      /* "X, for his part, said at a joint press conference that": a place, not
       * the one who speaks */
      if (byline_token_is (c->text, &c->toks[k], "at") || byline_token_is (c->text, &c->toks[k], "during")
          || byline_token_is (c->text, &c->toks[k], "in"))
        break;
      /* "said Sen. Mark Cole": over an abbreviation's period */
      if (is_char (c, k, '.') && !(c->toks[k].flags & BYLINE_TOKEN_SPACE) && k > v + 1
          && (c->toks[k - 1].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k - 1]) <= 4)
        continue;
      if (in_quote (c, k) || c->toks[k].kind == BYLINE_TOKEN_PUNCT)
        break;
      if (byline_token_is (c->text, &c->toks[k], "that") || byline_token_is (c->text, &c->toks[k], "on"))
        break;
      /* a name or a description; "said he ..." begins the report instead */
      if (is_pronoun_person (c, k) || is_pronoun_group (c, k))
        break;
      /* "replied the opposition's energy spokesman, X": the name in apposition */
      if (byline_token_is (c->text, &c->toks[k], "the"))
        for (guint j = k + 2; j + 1 < hi && j < k + 9; j++)
          {
            const BylineMentionRef *named;

            if (c->toks[j].kind == BYLINE_TOKEN_WORD || c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE)
              continue;
            named = is_char (c, j, ',') ? byline_mentions_at (c->mentions, j + 1) : NULL;
            if (named != NULL && named->first_token == j + 1 && named->entity->type == BYLINE_ENTITY_PERSON
                && (named->end_token >= hi || c->toks[named->end_token].kind == BYLINE_TOKEN_PUNCT))
              {
                _byline_quotes_speaker_set_entity (out, named->entity);
                return TRUE;
              }
            break;
          }
      if (_byline_quotes_speaker_at (c, k, hi, entities, out, &end))
        {
          /* "X, speaking to reporters, said Iran was ...": the subject of the
           * report that follows, not the speaker; "described Türkiye as "..."": the
           * object */
          /* ("said Hanoi valued ...": a verb in the past after the name; "said
           * Senate Republicans were ...": after the name and a noun of it) */
          if (end + 1 < c->n && byline_mentions_at (c->mentions, end) != NULL
              && byline_mentions_at (c->mentions, end)->first_token == end
              && byline_mentions_at (c->mentions, end)->entity->type == BYLINE_ENTITY_NORP)
            end = byline_mentions_at (c->mentions, end)->end_token;
          /* ("said the railway talks had been ...": a description's noun group goes on) */
          else if (out->entity == NULL && end + 2 < c->n && c->toks[end].kind == BYLINE_TOKEN_WORD
                   && !(c->toks[end].flags & BYLINE_TOKEN_CAP) && !(byline_token_cls (&c->toks[end]) & BYLINE_WORD_STOPWORD)
                   && !is_speech (c, end) && _byline_quotes_is_aux (c, end + 1))
            end++;
          if (end < c->n && (_byline_quotes_is_aux (c, end) || has (c, end, BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)
                             || byline_token_is (c->text, &c->toks[end], "as")
                             || (c->toks[end].kind == BYLINE_TOKEN_WORD && !(c->toks[end].flags & BYLINE_TOKEN_CAP)
                                 && byline_token_len (&c->toks[end]) > 4
                                 && c->text[byline_token_end (&c->toks[end]) - 1] == 'd'
                                 && c->text[byline_token_end (&c->toks[end]) - 2] == 'e')))
            {
              _byline_quotes_speaker_clear (out);
              break;
            }
          return TRUE;
        }
    }

  /* a relative clause: "Igor Morgulov, who said that ..." */
  {
    guint w = v;
    if (w > lo && (byline_token_is (c->text, &c->toks[w - 1], "also")
                   || byline_token_is (c->text, &c->toks[w - 1], "has")
                   || byline_token_is (c->text, &c->toks[w - 1], "had")))
      w--;
    if (w > lo + 1 && byline_token_is (c->text, &c->toks[w - 1], "who"))
      {
        guint j = w - 1;
        const BylineMentionRef *r;

        if (j > lo && is_char (c, j - 1, ','))
          j--;
        r = j > lo ? byline_mentions_at (c->mentions, j - 1) : NULL;
        if (r != NULL && _byline_quotes_is_speaker_type (r->entity))
          {
            _byline_quotes_speaker_set_entity (out, r->entity);
            return TRUE;
          }
      }
  }

  /* right before the verb: "Zarif said", "Zarif also said", and over an
   * apposition: "Atsushi Kaifu, the spokesperson for the ministry, said" */
  {
    guint w = v;
    const BylineMentionRef *r;

    while (w > lo && (byline_token_is (c->text, &c->toks[w - 1], "also")
                      || byline_token_is (c->text, &c->toks[w - 1], "has")
                      || byline_token_is (c->text, &c->toks[w - 1], "had")
                      || byline_token_is (c->text, &c->toks[w - 1], "then")
                      || pre_verb_adverb (c, w - 1)))
      w--;
    if (w > lo && is_char (c, w - 1, ','))
      {
        /* the apposition's opening comma */
        guint j = w - 1;
        while (j > lo && j + 14 > w && !is_char (c, j - 1, ',') && !in_quote (c, j - 1))
          j--;
        if (j > lo && is_char (c, j - 1, ','))
          {
            guint t = j;
            const BylineMentionRef *named;

            /* "Critics, including Sen. X, said", "Residents, among them X's chair
             * Y, said": the one named in the group speaks */
            if (c->toks[j].kind == BYLINE_TOKEN_WORD
                && (byline_token_is (c->text, &c->toks[j], "including")
                    || (byline_token_is (c->text, &c->toks[j], "among") && j + 2 < w
                        && byline_token_is (c->text, &c->toks[j + 1], "them"))))
              {
                named = byline_mentions_at (c->mentions, w - 2);
                if (named != NULL && named->end_token + 1 == w && named->first_token > j
                    && (named->entity->type == BYLINE_ENTITY_PERSON || named->entity->type == BYLINE_ENTITY_ORG))
                  {
                    _byline_quotes_speaker_set_entity (out, named->entity);
                    return TRUE;
                  }
              }

            /* over a title: ", Rep. Alan Foss," */
            /* (and a rank of two shortened words: ", Lt. Col. Aaron Moss,") */
            while (t < j + 5 && t + 1 < w && byline_mentions_at (c->mentions, t) == NULL
                   && ((c->toks[t].flags & BYLINE_TOKEN_CAP) || has (c, t, BYLINE_WORD_ROLE)
                       || (is_char (c, t, '.') && t > j)))
              t++;
            named = byline_mentions_at (c->mentions, t);
            /* "A spokesman for Ryan, AshLee Strong, said": the name in apposition
             * speaks for the one before it; so does the name after a title
             * ("The committee's chairman, Rep. Alan Foss, said") */
            if (named != NULL && named->first_token == t && named->end_token + 1 == w
                && named->entity->type == BYLINE_ENTITY_PERSON && j >= lo + 3
                && ((byline_mentions_at (c->mentions, j - 2) != NULL
                     && byline_mentions_at (c->mentions, j - 2)->first_token >= lo + 1
                     && byline_token_is (c->text, &c->toks[byline_mentions_at (c->mentions, j - 2)->first_token - 1], "for"))
                    || (byline_mentions_at (c->mentions, j - 2) == NULL && has (c, j - 2, BYLINE_WORD_ROLE))
                    || role_for_before (c, j - 1, lo)))
              {
                _byline_quotes_speaker_set_entity (out, named->entity);
                return TRUE;
              }
            w = j - 1;
          }
        else
          w = v;
      }
    r = w > lo ? byline_mentions_at (c->mentions, w - 1) : NULL;
    if (r != NULL && r->end_token == w && r->entity->type == BYLINE_ENTITY_PERSON
        && !byline_span_contains (&c->doc->wire, r->start))
      {
        _byline_quotes_speaker_set_entity (out, r->entity);
        return TRUE;
      }
    /* "Democrats said", "the Russians insisted": a group named by its nationality or
     * party; "Senate Democrats, meanwhile, said": after a body, past an adverb */
    {
      guint g = v;
      const BylineMentionRef *n;

      while (g > lo && (byline_token_is (c->text, &c->toks[g - 1], "also")
                        || byline_token_is (c->text, &c->toks[g - 1], "have")))
        g--;
      if (g >= lo + 4 && is_char (c, g - 1, ',') && is_char (c, g - 3, ',') && is_word (c, g - 2)
          && byline_mentions_at (c->mentions, g - 2) == NULL)
        g -= 3;
      n = g > lo ? byline_mentions_at (c->mentions, g - 1) : NULL;
      if (n != NULL && n->end_token == g && n->entity->type == BYLINE_ENTITY_NORP
          && (n->first_token == lo || byline_token_is (c->text, &c->toks[n->first_token - 1], "the")
              || is_char (c, n->first_token - 1, ',')
              || (byline_mentions_at (c->mentions, n->first_token - 1) != NULL
                  && byline_mentions_at (c->mentions, n->first_token - 1)->entity->type == BYLINE_ENTITY_ORG
                  && byline_mentions_at (c->mentions, n->first_token - 1)->first_token == lo)
              || (n->first_token == lo + 1 && byline_mentions_at (c->mentions, lo) == NULL
                  && (c->toks[lo].flags & BYLINE_TOKEN_CAP) && is_word (c, lo))))
        {
          _byline_quotes_speaker_set_entity (out, n->entity);
          return TRUE;
        }
    }
    /* "..., Water said" of Kathryn Waters: a surname misspelt by one letter */
    if (r == NULL && w == v && w > lo && is_word (c, w - 1) && (c->toks[w - 1].flags & BYLINE_TOKEN_CAP)
        && !(c->toks[w - 1].flags & BYLINE_TOKEN_SENT_START)
        && (w - 1 == lo || in_quote (c, w - 2) || is_char (c, w - 2, ',')))
      {
        g_autofree char *word = _byline_quotes_span_text (c, w - 1, w);
        const BylineEntity *near = _byline_quotes_person_by_misspelt_surname (entities, word);

        if (near != NULL)
          {
            _byline_quotes_speaker_set_entity (out, near);
            return TRUE;
          }
      }
  }

  /* the clause: from the last semicolon or the sentence start, not far back */
  if (v > lo + CLAUSE_WINDOW)
    lo = v - CLAUSE_WINDOW;
  clause = lo;
  for (guint k = v; k > lo; k--)
    if (is_char (c, k - 1, ';')
        || (k >= lo + 2 && is_char (c, k - 2, ',') && !in_quote (c, k - 1)
            && (byline_token_is (c->text, &c->toks[k - 1], "but") || byline_token_is (c->text, &c->toks[k - 1], "while")
                || byline_token_is (c->text, &c->toks[k - 1], "though")
                || byline_token_is (c->text, &c->toks[k - 1], "although")
                || byline_token_is (c->text, &c->toks[k - 1], "whereas"))))
      {
        /* "X argued A, but critics said B": the clause after "but" */
        clause = k;
        break;
      }
  /* "During his talks with X, the envoy said": the subject follows the
   * opening phrase's comma */
  /* ("Speaking to reporters, she said", "Talking with the BBC, X said": those
   * spoken to, in the participle's phrase, are no speaker) */
  /* ("Asked whether X would go, the spokesperson said": the question's X neither) */
  gboolean spoken_to = clause + 2 < v && c->toks[clause].kind == BYLINE_TOKEN_WORD
                       && ((is_speech_participle_at (c, clause)
                            && (byline_token_is (c->text, &c->toks[clause + 1], "to")
                                || byline_token_is (c->text, &c->toks[clause + 1], "with")
                                /* "Speaking during a joint press briefing, X said" */
                                || byline_token_is (c->text, &c->toks[clause + 1], "during")
                                || byline_token_is (c->text, &c->toks[clause + 1], "at")
                                || byline_token_is (c->text, &c->toks[clause + 1], "after")))
                           || byline_token_is (c->text, &c->toks[clause], "asked")
                           /* ("Thanking the mayor for the visit, the minister said": the
                            * participle's object neither) */
                           || ((c->toks[clause].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[clause]) > 5
                               && strncmp (c->text + byline_token_end (&c->toks[clause]) - 3, "ing", 3) == 0
                               && !has (c, clause, BYLINE_WORD_STOPWORD)
                               && byline_mentions_at (c->mentions, clause) == NULL));

  if (clause < v && c->toks[clause].kind == BYLINE_TOKEN_WORD
      && ((byline_token_cls (&c->toks[clause]) & BYLINE_WORD_STOPWORD) || spoken_to
          /* "Aboard the presidential jet, X told reporters" (a preposition the
           * lexicon holds no stopword) */
          || ((c->toks[clause].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[clause]) > 4
              && (byline_token_is (c->text, &c->toks[clause], "aboard") || byline_token_is (c->text, &c->toks[clause], "outside")
                  || byline_token_is (c->text, &c->toks[clause], "inside") || byline_token_is (c->text, &c->toks[clause], "throughout"))))
      && !byline_token_is (c->text, &c->toks[clause], "according"))
    {
      gboolean prep = spoken_to;

      for (int w = 0; _byline_quotes_prepositions[w] && !prep; w++)
        prep = byline_token_is (c->text, &c->toks[clause], _byline_quotes_prepositions[w]);
      prep = prep || byline_token_is (c->text, &c->toks[clause], "following")
             || byline_token_is (c->text, &c->toks[clause], "upon");
      if (prep)
        for (guint k = clause + 2; k + 1 < v; k++)
          {
            /* (a noun of speech: "a joint press briefing", "a news conference") */
            if (in_quote (c, k)
                || (has (c, k, BYLINE_WORD_SPEECH) && !is_determiner (c, k - 1)
                    && !byline_token_is (c->text, &c->toks[k + 1], "briefing")
                    && !byline_token_is (c->text, &c->toks[k + 1], "conference")))
              break;
            if (is_char (c, k, ','))
              {
                clause = k + 1;
                break;
              }
          }
    }
  for (guint k = clause; k < v; k++)
    {
      Speaker tmp = { 0 };

      if (in_quote (c, k))
        continue;
      if (_byline_quotes_speaker_at (c, k, v, entities, &tmp, &end))
        {
          if (!_byline_quotes_governed (c, k) || (tmp.entity == NULL && tmp.name != NULL))
            {
              /* a body or place right before a person's name and title: the person */
              if (tmp.entity && tmp.entity->type != BYLINE_ENTITY_PERSON)
                for (guint j = end; j < v && j < end + 7; j++)
                  {
                    const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                    if (r && r->entity->type == BYLINE_ENTITY_PERSON)
                      {
                        _byline_quotes_speaker_set_entity (&tmp, r->entity);
                        end = r->end_token;
                        break;
                      }
                    /* ("AFC/M23 spokesman X": over the slash of a body's two names) */
                    if ((c->toks[j].kind == BYLINE_TOKEN_PUNCT && !is_char (c, j, '/'))
                        || has (c, j, BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION)
                        || byline_token_is (c->text, &c->toks[j], "and") || byline_token_is (c->text, &c->toks[j], "in")
                        || byline_token_is (c->text, &c->toks[j], "with") || byline_token_is (c->text, &c->toks[j], "to"))
                      break;
                  }
              if (best == G_MAXUINT || (best_entity && best_entity->type == BYLINE_ENTITY_PLACE
                                        && tmp.entity && tmp.entity->type != BYLINE_ENTITY_PLACE))
                {
                  _byline_quotes_speaker_clear (out);
                  *out = tmp;
                  best = k;
                  best_end = end;
                  best_entity = tmp.entity;
                  if (tmp.entity == NULL || tmp.entity->type != BYLINE_ENTITY_PLACE)
                    return TRUE;
                  k = end - 1;
                  continue;
                }
            }
          _byline_quotes_speaker_clear (&tmp);
          k = end - 1;
        }
    }
  (void) best_end;
  return best != G_MAXUINT;
}

/* A media phrase from the lexicon at token @k ("state-run media", "news
 * agency", "newspaper"): its length in tokens, or 0 */
static guint
media_phrase (const Ctx *c, guint k, guint hi)
{
  guint kinds = 0;
  guint len;

  if (k >= hi || c->toks[k].kind != BYLINE_TOKEN_WORD || !(byline_token_cls (&c->toks[k]) & BYLINE_WORD_CUE_START))
    return 0;
  len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, k, &kinds);
  return (kinds & BYLINE_CUE_MEDIA) && k + len <= hi ? len : 0;
}

/* Words that pass someone's words on to an outlet or take them from one:
 * "told IRNA", "in an interview with the Kyodo agency", "quoted by TASS",
 * "a report in Rossiyskaya Gazeta", "according to reports in" */
static gboolean
passes_words (const Ctx *c, guint k)
{
  static const char *const words[] = {
    "told", "interview", "quoted", "cited", "published", "broadcast", "carried", "report", "reports",
    "reported", "according", "aired", "posted", NULL,
  };

  for (int w = 0; words[w]; w++)
    if (byline_token_is (c->text, &c->toks[k], words[w]))
      return TRUE;
  return FALSE;
}

static void
set_via (BylineQuote *q, const BylineEntity *e, char *name)
{
  q->via = e;
  g_free (q->via_name);
  q->via_name = name != NULL ? name : g_strdup (e->name);
}

/* The outlet the words came through: one the lexicon knows as an outlet ("a
 * report in Rossiyskaya Gazeta", "according to Fars"); a body the reporting
 * words hand them to or take them from ("told IRNA", "said in an interview
 * with Y", "Y quoted X as saying", "quoted by Y"), or one a media word names
 * ("the Kyodo news agency"); else an outlet with no name ("according to
 * reports in Iran's state-run media"). */
void
_byline_quotes_find_via (Ctx *c, BylineQuote *q, guint lo, guint hi)
{
  guint k;
  const BylineEntity *handed = NULL;

  /* near the quote: a sentence of thousands of words holds many */
  lo = MAX (lo, q->first_token > 2 * CLAUSE_WINDOW ? q->first_token - 2 * CLAUSE_WINDOW : 0);
  hi = MIN (hi, q->end_token + 2 * CLAUSE_WINDOW);
  k = byline_mentions_lower_bound (c->mentions, lo);

  for (; k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= hi)
        break;
      if (r->entity == q->speaker || in_quote (c, r->first_token) || byline_span_contains (&c->doc->wire, r->start)
          || (r->first_token >= q->first_token && r->first_token < q->end_token))
        continue;
      if (r->entity->lex != NULL && r->entity->lex->kind == BYLINE_LEX_OUTLET)
        {
          set_via (q, r->entity, NULL);
          return;
        }
      if (handed != NULL || (r->entity->type != BYLINE_ENTITY_ORG && r->entity->type != BYLINE_ENTITY_OTHER))
        continue;
      /* "the Kyodo news agency", "the daily Kommersant" */
      if (media_phrase (c, r->end_token, hi) > 0
          || (r->first_token > lo && c->toks[r->first_token - 1].kind == BYLINE_TOKEN_WORD
              && !(c->toks[r->first_token - 1].flags & BYLINE_TOKEN_CAP)
              && media_phrase (c, r->first_token - 1, r->first_token) > 0))
        handed = r->entity;
      /* "told IRNA", "in an interview with the Kyodo agency", "quoted by TASS" */
      for (guint j = r->first_token; handed == NULL && j > lo && j + 5 > r->first_token; j--)
        {
          if (in_quote (c, j - 1) || (c->toks[j - 1].kind == BYLINE_TOKEN_PUNCT))
            break;
          if (passes_words (c, j - 1))
            handed = r->entity;
        }
      /* "TASS quoted X as saying", "Kommersant reported" */
      if (handed == NULL && r->end_token < hi && (byline_token_is (c->text, &c->toks[r->end_token], "quoted")
                                                  || byline_token_is (c->text, &c->toks[r->end_token], "cited")))
        handed = r->entity;
    }
  if (handed != NULL)
    {
      set_via (q, handed, NULL);
      return;
    }
  /* "according to reports in Iran's state-run media", "told state television" */
  for (guint j = lo; j + 1 < hi; j++)
    {
      guint len;
      guint from = j;

      if (in_quote (c, j) || !passes_words (c, j))
        continue;
      /* "the Xinhua news agency quoted X as saying" */
      if (j > lo + 1 && (byline_token_is (c->text, &c->toks[j], "quoted")
                         || byline_token_is (c->text, &c->toks[j], "cited")))
        for (guint m = j - 1; m > lo && m + 3 > j; m--)
          {
            len = media_phrase (c, m, j);
            if (len > 0 && m + len == j)
              {
                from = m;
                while (from > lo && c->toks[from - 1].kind == BYLINE_TOKEN_WORD
                       && (c->toks[from - 1].flags & BYLINE_TOKEN_CAP)
                       && !byline_token_is (c->text, &c->toks[from - 1], "the"))
                  from--;
                if (from < m)
                  {
                    q->via = NULL;
                    g_free (q->via_name);
                    q->via_name = _byline_quotes_span_text (c, from, j);
                    return;
                  }
              }
          }
      for (guint m = j + 1; m < hi && m < j + 6; m++)
        {
          if (c->toks[m].kind == BYLINE_TOKEN_PUNCT)
            break;
          len = media_phrase (c, m, hi);
          if (len == 0)
            continue;
          /* not the speaker itself, nor a word about the words: "reports" */
          if (q->speaker_name != NULL && q->speaker == NULL)
            return;
          if (len == 1 && (byline_token_is (c->text, &c->toks[m], "reports")
                           || byline_token_is (c->text, &c->toks[m], "report")
                           || byline_token_is (c->text, &c->toks[m], "reporters")
                           || byline_token_is (c->text, &c->toks[m], "journalists")
                           || byline_token_is (c->text, &c->toks[m], "press")))
            continue;
          /* with the country before it: "Iran's state-run media" */
          from = m;
          if (m >= 2 && c->toks[m - 1].kind == BYLINE_TOKEN_POSSESSIVE && byline_mentions_at (c->mentions, m - 2))
            from = byline_mentions_at (c->mentions, m - 2)->first_token;
          else if (m >= 1 && byline_mentions_at (c->mentions, m - 1) != NULL
                   && byline_mentions_at (c->mentions, m - 1)->entity->type == BYLINE_ENTITY_NORP)
            from = byline_mentions_at (c->mentions, m - 1)->first_token;
          else
            /* a name the entity finder did not know: "the Kyodo news agency" */
            while (from > j + 1 && c->toks[from - 1].kind == BYLINE_TOKEN_WORD
                   && (c->toks[from - 1].flags & BYLINE_TOKEN_CAP))
              from--;
          q->via = NULL;
          g_free (q->via_name);
          q->via_name = _byline_quotes_span_text (c, from, m + len);
          return;
        }
    }
}

/* The subject of the reporting verb at @v; past a dateline the document did not
 * take ("LIMA, Peru — The envoy said"), which is never the one who speaks: a
 * report whose subject is not found there keeps no speaker */
gboolean
_byline_quotes_subject_of_cue (Ctx *c, guint v, guint lo, guint hi, GPtrArray *entities, Speaker *out)
{
  guint after = lo < v ? _byline_quotes_skip_dateline (c, lo, v) : lo;

  if (after == lo || after >= v)
    return subject_of_cue (c, v, lo, hi, entities, out);
  if (subject_of_cue (c, v, after, hi, entities, out))
    return TRUE;
  _byline_quotes_speaker_clear (out);
  out->found = TRUE;
  return TRUE;
}

/* "By her count, CONTENT", "By the mayor's estimate, CONTENT": the sentence
 * opens with whose reckoning it is, the one before the comma; the content starts
 * at *@from, the noun at *@cue */
gboolean
_byline_quotes_by_count (Ctx *c, guint lo, guint hi, Speaker *out, guint *from, guint *cue)
{
  static const char *const nouns[] = { "count", "estimate", "estimates", "tally", "reckoning", "calculation",
                                       "calculations", "accounting", NULL };
  const BylineEntity *who = NULL;
  guint k = lo + 1;

  if (lo + 6 >= hi || c->toks[lo].kind != BYLINE_TOKEN_WORD || (c->text[c->toks[lo].start] | 0x20) != 'b'
      || !byline_token_is (c->text, &c->toks[lo], "by"))
    return FALSE;
  if (byline_token_is (c->text, &c->toks[k], "his") || byline_token_is (c->text, &c->toks[k], "her"))
    {
      who = resolve_person_pronoun (c, k);
      k++;
    }
  else
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && r->first_token == k && r->end_token + 1 < hi
          && (r->entity->type == BYLINE_ENTITY_PERSON || r->entity->type == BYLINE_ENTITY_ORG)
          && c->toks[r->end_token].kind == BYLINE_TOKEN_POSSESSIVE)
        {
          who = r->entity;
          k = r->end_token + 1;
        }
    }
  if (who == NULL || k + 2 >= hi)
    return FALSE;
  if (byline_token_is (c->text, &c->toks[k], "own"))
    k++;
  if (!_byline_scan_is_one_of (c->text, c->toks, c->n, k, nouns) || !is_char (c, k + 1, ','))
    return FALSE;
  _byline_quotes_speaker_set_entity (out, who);
  *from = k + 2;
  *cue = k;
  return TRUE;
}
