/* byline-quotes-reported.c: speech without quote marks
 *
 * Reported speech ("X said (that) CONTENT", "CONTENT, X said", "X told
 * reporters that CONTENT", ", adding that CONTENT"), read sentence by
 * sentence: a reporting verb with its subject (byline-quotes-speaker.c),
 * then the clause it governs, up to the end of the sentence or a phrase that
 * ends the report (another speaker's report: ", and he warned that", ", though
 * analysts dispute"). The reporting clause may also sit in the middle ("The
 * governor, aides said, was ..."), be in the passive ("it was announced by X
 * that"), be a participle after a clause of the speaker's ("condemned the
 * strike, saying ..."), a noun of speech ("X's claim that ..."), a charge
 * ("accused X of V-ing"), what a study or a poll found, what a court paper
 * alleges ("the indictment alleges that") or a court was told ("the jury
 * heard that", no one named), or a relative clause
 * ("a move that officials said was meant to ..."). "According to X" in either
 * order (a source with no name, "two people who attended", only at the
 * sentence's end, and never "officials" or figures, which a claim cites); a
 * second clause after a quoted fragment ('... "with less money" and that ...');
 * a clause a quoted adverbial ends ('would act "before the winter"'); the
 * source a headline names after " - " or ":", or before a colon ("Ruiz: the
 * deal is dead"), a title-case headline ("X Says Deal Is Dead"); a report of
 * two words ("said Helsinki agreed"); and transcripts, whose paragraphs open
 * with their speaker's label in capitals ("SMITH: ...", "JANE SMITH, CNN
 * HOST: ...") or with a person's name that opens two paragraphs or more
 * ("Berg: ..."); an interview's "A:" is the one interviewed, not the
 * reporter named first; a report of someone else named inside a line is
 * theirs too (byline-quotes.c). The reporting clause between a subject and its verb
 * may name a group where it was ("The real subject, several people in the room
 * said, was money"), follow "It was," or precede a cleft's "that"; "where,
 * according to X, CONTENT" is X's clause after the source; "said A, and that B
 * ... "quoted words"" keeps A as a report of its own. "By her count, CONTENT"
 * is her report; "CONTENT, he noted, and CONTENT" gives both halves to him;
 * "said A, and predicted B" is two reports; a dateline in capitals and a dash
 * ("LIMA, Peru —") is no part of the content; the article's own agency
 * recalling background ("CTK recalls") and ", citing X" report nothing.
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

/* The next "according to" at or after token @k, or n: where they are is
 * found once (a sentence of many quotations must not be scanned whole for
 * each of them) and kept as a list, not an array the size of the tokens */
guint
_byline_quotes_next_according (Ctx  *c,
                guint k)
{
  guint lo = 0, hi;

  if (c->next_according == NULL)
    {
      GArray *at = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint j = 0; j + 1 < c->n; j++)
        if (byline_token_is (c->text, &c->toks[j], "according")
            && byline_token_is (c->text, &c->toks[j + 1], "to"))
          g_array_append_val (at, j);
      c->n_according = at->len;
      c->next_according = (guint *) (void *) g_array_free (at, FALSE);
      /* made, even when there is none */
      if (c->next_according == NULL)
        c->next_according = g_new0 (guint, 1);
    }
  if (k >= c->n)
    return c->n;
  /* the first at or after k */
  hi = c->n_according;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (c->next_according[mid] < k)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < c->n_according ? c->next_according[lo] : c->n;
}

/* "according to X" in [lo, hi) */
gboolean
_byline_quotes_according_to (Ctx *c, guint lo, guint hi, GPtrArray *entities, Speaker *out, guint *cue)
{
  for (guint k = _byline_quotes_next_according (c, lo); k + 2 < hi; k = _byline_quotes_next_according (c, k + 1))
    if (byline_token_is (c->text, &c->toks[k], "according") && byline_token_is (c->text, &c->toks[k + 1], "to"))
      {
        guint end;
        guint stop = k + 2;

        while (stop < hi && stop < k + 14 && !is_char (c, stop, ',') && !is_char (c, stop, '.'))
          stop++;
        /* "according to the team's coach, Ali Rahimi, ...": the name in apposition */
        if (stop + 2 < hi && is_char (c, stop, ','))
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, stop + 1);

            /* (the name may end the sentence: "..., according to her spokesman, X.") */
            if (r != NULL && r->first_token == stop + 1 && r->entity->type == BYLINE_ENTITY_PERSON
                && (r->end_token + 1 >= hi || (r->end_token < hi && is_char (c, r->end_token, ','))))
              {
                gboolean named = FALSE;

                for (guint j = k + 2; j < stop && !named; j++)
                  named = byline_mentions_at (c->mentions, j) != NULL
                          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_PERSON;
                if (!named)
                  {
                    _byline_quotes_speaker_set_entity (out, r->entity);
                    *cue = k;
                    return TRUE;
                  }
              }
          }
        /* "according to Afghan Ambassador to the United States Hamdullah Mohib": the person,
         * and "according to Foreign Ministry spokeswoman Hua Chunying" the person, not the body */
        {
          const BylineEntity *body = NULL;

          for (guint j = k + 2; j < stop; j++)
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
              if (r && r->entity->type == BYLINE_ENTITY_PERSON)
                {
                  _byline_quotes_speaker_set_entity (out, r->entity);
                  *cue = k;
                  return TRUE;
                }
              if (r && r->entity->type == BYLINE_ENTITY_ORG && body == NULL)
                body = r->entity;
            }
          if (body != NULL)
            {
              _byline_quotes_speaker_set_entity (out, body);
              *cue = k;
              return TRUE;
            }
        }
        for (guint j = k + 2; j < stop; j++)
          {
            if (_byline_quotes_speaker_at (c, j, hi, entities, out, &end))
              {
                *cue = k;
                return TRUE;
              }
          }
        /* "according to reports in Iran's state-run media" */
        _byline_quotes_speaker_clear (out);
        end = k + 2;
        while (end < hi && end < k + 6 && c->toks[end].kind != BYLINE_TOKEN_PUNCT)
          end++;
        out->name = _byline_quotes_span_text (c, k + 2, MAX (end, k + 3));
        out->found = TRUE;
        *cue = k;
        return TRUE;
      }
  return FALSE;
}

/* Reported speech without marks:
 *   X said (that) CONTENT.        X told reporters that CONTENT.
 *   CONTENT, X said.              According to X, CONTENT.   CONTENT, according to X. */
static gboolean is_negated_aux (const Ctx *c, guint i);

/* The last token of the closing dash of a phrase set between dashes that
 * opens at @k ("-- Hong Kong, Canada and Nigeria --", "— A and B —"), within
 * [k, hi) and the sentence; or 0 */
static guint
dash_pair_end (const Ctx *c, guint k, guint hi)
{
  gunichar dash;
  guint close = k + 1;

  if (c->toks[k].kind != BYLINE_TOKEN_PUNCT || !(is_char (c, k, '-') || is_char (c, k, 0x2014) || is_char (c, k, 0x2013)))
    return 0;
  dash = byline_token_first_char (c->text, &c->toks[k]);
  while (close < hi && is_char (c, close, dash))
    close++;
  while (close < hi && close < k + 24 && !is_char (c, close, dash) && !is_char (c, close, '.'))
    close++;
  if (close >= hi || close >= k + 24 || !is_char (c, close, dash))
    return 0;
  while (close + 1 < hi && is_char (c, close + 1, dash))
    close++;
  return close;
}

static gboolean
clause_start (const Ctx *c, guint k)
{
  const BylineToken *t;

  if (k >= c->n)
    return FALSE;
  t = &c->toks[k];
  if (t->kind == BYLINE_TOKEN_NUMBER)
    return TRUE;
  if (t->kind != BYLINE_TOKEN_WORD)
    return FALSE;
  if (t->flags & BYLINE_TOKEN_CAP)
    return TRUE;
  /* "said at least 4,000 homes were ...", "more than half the staff": a noun
   * group that opens with its quantity */
  if (k + 2 < c->n
      && (((byline_token_is (c->text, t, "at") && (byline_token_is (c->text, &c->toks[k + 1], "least")
                                                   || byline_token_is (c->text, &c->toks[k + 1], "most")))
           || ((byline_token_is (c->text, t, "more") || byline_token_is (c->text, t, "fewer")
                || byline_token_is (c->text, t, "less"))
               && byline_token_is (c->text, &c->toks[k + 1], "than")))
          || ((byline_token_is (c->text, t, "about") || byline_token_is (c->text, t, "nearly")
               || byline_token_is (c->text, t, "almost") || byline_token_is (c->text, t, "roughly"))
              && c->toks[k + 1].kind == BYLINE_TOKEN_NUMBER)))
    return TRUE;
  /* "says iodine is added", "said talks were useful": a noun, then a verb */
  gboolean function_word = FALSE, phrase = FALSE;
  guint reach = 8;

  for (guint j = k + 1; j < c->n && j < k + reach; j++)
    {
      static const char *const aux[] = {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "cannot", NULL,
      };
      /* (over an owner's mark: "said talks on Brazil's proposals were") */
      if (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE && j > k + 1)
        continue;
      /* (over a list set between dashes: "said many nations -- Hong Kong, Canada
       * and Nigeria -- had supported") */
      if (j > k && dash_pair_end (c, j, c->n) != 0)
        {
          guint close = dash_pair_end (c, j, c->n);

          reach += close + 1 - j;
          j = close;
          phrase = TRUE;
          continue;
        }
      if (c->toks[j].kind != BYLINE_TOKEN_WORD && c->toks[j].kind != BYLINE_TOKEN_NUMBER)
        break;
      /* (a time inside the subject is a phrase of it: "said heavy destocking early
       * this year was responsible") */
      if (byline_mentions_at (c->mentions, j) != NULL
          && byline_mentions_at (c->mentions, j)->entity->type == BYLINE_ENTITY_DATE)
        phrase = TRUE;
      /* past the first three words only over a phrase ("results from 11 of 28
       * districts had"), not into a clause of its own ("that", "who") */
      if (j >= k + 4 && (!phrase || is_speech (c, j)))
        break;
      if (byline_token_is (c->text, &c->toks[j], "that") || byline_token_is (c->text, &c->toks[j], "who")
          || byline_token_is (c->text, &c->toks[j], "which"))
        break;
      if (byline_token_is (c->text, &c->toks[j], "from") || byline_token_is (c->text, &c->toks[j], "of")
          || byline_token_is (c->text, &c->toks[j], "in") || byline_token_is (c->text, &c->toks[j], "for")
          /* "said talks on the border market would continue" */
          || byline_token_is (c->text, &c->toks[j], "on") || byline_token_is (c->text, &c->toks[j], "with")
          || byline_token_is (c->text, &c->toks[j], "between") || byline_token_is (c->text, &c->toks[j], "over"))
        phrase = TRUE;
      for (int a = 0; aux[a]; a++)
        if (byline_token_is (c->text, &c->toks[j], aux[a]))
          return TRUE;
      if (is_negated_aux (c, j))
        return TRUE;
      /* "said talks went well": a noun group of content words, then the verb
       * ("exports reached", "progress now depended": a regular past, past an adverb) */
      if (((byline_token_cls (&c->toks[j]) & BYLINE_WORD_PAST)
           || (c->toks[j].kind == BYLINE_TOKEN_WORD && byline_token_len (&c->toks[j]) > 4 && j > k
               && c->text[byline_token_end (&c->toks[j]) - 2] == 'e' && c->text[byline_token_end (&c->toks[j]) - 1] == 'd'))
          && !(c->toks[j].flags & BYLINE_TOKEN_CAP) && !function_word
          && !(byline_token_cls (t) & BYLINE_WORD_STOPWORD))
        return TRUE;
      function_word = function_word || ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD)
                                        && !byline_token_is (c->text, &c->toks[j], "now")
                                        && !byline_token_is (c->text, &c->toks[j], "still")
                                        && !byline_token_is (c->text, &c->toks[j], "also")
                                        && !byline_token_is (c->text, &c->toks[j], "already")
                                        && !byline_token_is (c->text, &c->toks[j], "never")
                                        && !byline_token_is (c->text, &c->toks[j], "no")
                                        && !byline_token_is (c->text, &c->toks[j], "longer"));
    }
  /* "explained how the camera revealed his process", "asked whether the plan would pass" */
  if ((byline_token_is (c->text, t, "how") || byline_token_is (c->text, t, "whether")
       || byline_token_is (c->text, t, "why"))
      && k > 0 && is_speech (c, k - 1))
    return TRUE;
  return byline_token_is (c->text, t, "the") || byline_token_is (c->text, t, "he")
         || byline_token_is (c->text, t, "she") || byline_token_is (c->text, t, "it")
         || byline_token_is (c->text, t, "they") || byline_token_is (c->text, t, "his")
         || byline_token_is (c->text, t, "her") || byline_token_is (c->text, t, "their")
         || byline_token_is (c->text, t, "its")
         || byline_token_is (c->text, t, "there") || byline_token_is (c->text, t, "this")
         || byline_token_is (c->text, t, "a") || byline_token_is (c->text, t, "an")
         || byline_token_is (c->text, t, "we") || byline_token_is (c->text, t, "all")
         || byline_token_is (c->text, t, "both") || byline_token_is (c->text, t, "no")
         || byline_token_is (c->text, t, "today's") || byline_token_is (c->text, t, "relations");
}

/* After a reporting verb: "told reporters", "made clear to the Russian press",
 * "on Monday", "here on Tuesday", "in a statement", "in response to a question" */
static gboolean
adjunct_head (const Ctx *c, guint k)
{
  static const char *const heads[] = {
    "statement", "interview", "speech", "conference", "briefing", "meeting", "response", "question",
    "message", "letter", "post", "tweet", "reporters", "journalists", "press", "media", "parliament",
    "lawmakers", "television", "radio", "newspaper", "agency", "website", "event", "ceremony", "talks",
    "sidelines", "summit", "visit", "remarks", "comments", "communique", "communiqué", "readout", "release",
    "session", "hearing", "address", "debate", "forum", "seminar", "lecture", "testimony", NULL,
  };
  const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

  if (r != NULL)
    return TRUE;
  for (int w = 0; heads[w]; w++)
    if (byline_token_is (c->text, &c->toks[k], heads[w]))
      return TRUE;
  return FALSE;
}

/* A verb of telling someone something other than "told": "assured", "reminded" */
static gboolean
tells_whom (const Ctx *c, guint v)
{
  static const char *const verbs[] = { "assured", "assures", "reassured", "reassures", "reminded", "reminds",
                                       "informed", "informs", "warned", "warns", NULL };

  return c->toks[v].kind == BYLINE_TOKEN_WORD && has (c, v, BYLINE_WORD_SPEECH)
         && _byline_scan_is_one_of (c->text, c->toks, c->n, v, verbs);
}

/* "sent", "released", "issued", "published": a participle in -ed */
static gboolean
ends_with_ed (const Ctx *c, guint k)
{
  gsize len = byline_token_len (&c->toks[k]);

  if (c->toks[k].kind != BYLINE_TOKEN_WORD || len < 4)
    return FALSE;
  return (c->text[byline_token_end (&c->toks[k]) - 2] == 'e' && c->text[byline_token_end (&c->toks[k]) - 1] == 'd')
         || byline_token_is (c->text, &c->toks[k], "sent");
}

static guint
skip_adjuncts (const Ctx *c, guint k, guint hi)
{
  static const char *const preps[] = { "on", "in", "at", "to", "during", "via", "after", "before", "with",
                                       /* "told reporters outside the ministry that", "said from Geneva that" */
                                       "outside", "from", "following", "near", "inside", "aboard", "ahead", NULL };
  static const char *const adverbs[] = { "here", "today", "yesterday", "later", "also", "again", "earlier",
                                         "privately", "publicly",
                                         "too", "previously", "recently", "separately", "repeatedly",
                                         "afterwards", "afterward", "then", "now", NULL };

  for (guint rounds = 0; rounds < 4 && k < hi; rounds++)
    {
      gboolean moved = FALSE;

      /* "said in a statement issued on Monday that", "in a statement sent to EFE
       * that": the statement's participle and its phrase, then "that" */
      if (rounds == 0 && k > 0 && adjunct_head (c, k - 1) && byline_mentions_at (c->mentions, k - 1) == NULL
          && ends_with_ed (c, k))
        {
          guint that = k + 1;

          while (that < hi && that < k + 9 && !byline_token_is (c->text, &c->toks[that], "that")
                 && c->toks[that].kind != BYLINE_TOKEN_PUNCT)
            that++;
          if (that < hi && byline_token_is (c->text, &c->toks[that], "that"))
            return that;
        }
      /* "said late on Monday", "said early on Friday": a time */
      if (k + 1 < hi && (byline_token_is (c->text, &c->toks[k], "late") || byline_token_is (c->text, &c->toks[k], "early"))
          && (byline_token_is (c->text, &c->toks[k + 1], "on") || byline_token_is (c->text, &c->toks[k + 1], "in")
              || byline_token_is (c->text, &c->toks[k + 1], "last")))
        {
          k++;
          continue;
        }
      /* "said late on Monday, after a long cabinet meeting, that ...": over a
       * phrase of time set between commas, when "that" follows it */
      /* (also "claimed, without evidence, that", "said, in a statement, that") */
      if (is_char (c, k, ',') && k + 3 < hi
          && (byline_token_is (c->text, &c->toks[k + 1], "after") || byline_token_is (c->text, &c->toks[k + 1], "before")
              || byline_token_is (c->text, &c->toks[k + 1], "during") || byline_token_is (c->text, &c->toks[k + 1], "following")
              || byline_token_is (c->text, &c->toks[k + 1], "without") || byline_token_is (c->text, &c->toks[k + 1], "in")
              || byline_token_is (c->text, &c->toks[k + 1], "with")))
        {
          guint j = k + 2;

          while (j < hi && j < k + 12 && c->toks[j].kind != BYLINE_TOKEN_PUNCT && !is_speech (c, j))
            j++;
          if (j + 1 < hi && is_char (c, j, ',') && byline_token_is (c->text, &c->toks[j + 1], "that"))
            {
              k = j + 1;
              continue;
            }
        }
      /* "cautioned, however, that ...", "said, though, that": a connective between commas */
      if (is_char (c, k, ',') && k + 3 < hi && is_char (c, k + 2, ',')
          && (byline_token_is (c->text, &c->toks[k + 1], "however") || byline_token_is (c->text, &c->toks[k + 1], "though")
              || byline_token_is (c->text, &c->toks[k + 1], "too") || byline_token_is (c->text, &c->toks[k + 1], "nevertheless"))
          && byline_token_is (c->text, &c->toks[k + 3], "that"))
        {
          k += 3;
          continue;
        }
      /* "said, according to IRNA, that ...": over the source set between commas */
      if (is_char (c, k, ',') && k + 3 < hi && byline_token_is (c->text, &c->toks[k + 1], "according")
          && byline_token_is (c->text, &c->toks[k + 2], "to"))
        {
          guint j = k + 3;

          while (j < hi && j < k + 12 && !is_char (c, j, ',') && c->toks[j].kind != BYLINE_TOKEN_PUNCT)
            j++;
          if (j < hi && is_char (c, j, ','))
            {
              k = j + 1;
              continue;
            }
        }

      /* "said only that ..." */
      if (k + 1 < hi && byline_token_is (c->text, &c->toks[k], "only") && byline_token_is (c->text, &c->toks[k + 1], "that"))
        {
          k++;
          continue;
        }
      for (int w = 0; adverbs[w]; w++)
        if (byline_token_is (c->text, &c->toks[k], adverbs[w]))
          {
            k++;
            moved = TRUE;
            break;
          }
      if (moved)
        continue;
      /* "has argued for months that", "said for the first time that": a span of time */
      if (k + 2 < hi && byline_token_is (c->text, &c->toks[k], "for"))
        {
          static const char *const spans[] = { "months", "weeks", "years", "days", "decades", "hours", NULL };

          for (int w = 0; spans[w] && !moved; w++)
            if (byline_token_is (c->text, &c->toks[k + 1], spans[w]))
              {
                k += 2;
                moved = TRUE;
              }
          if (!moved && k + 3 < hi && byline_token_is (c->text, &c->toks[k + 1], "the")
              && (byline_token_is (c->text, &c->toks[k + 2], "first") || byline_token_is (c->text, &c->toks[k + 2], "second"))
              && byline_token_is (c->text, &c->toks[k + 3], "time"))
            {
              k += 4;
              moved = TRUE;
            }
          if (moved)
            continue;
        }
      /* a date: "said Monday" */
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, k);
        if (r && r->entity->type == BYLINE_ENTITY_DATE)
          {
            k = r->end_token;
            continue;
          }
      }
      /* "told reporters", "told the Russian press", "told Reuters"; "assured the
       * minister that", "reminded the jury that" */
      if (k > 0 && (byline_token_is (c->text, &c->toks[k - 1], "told") || tells_whom (c, k - 1)))
        {
          guint j = k;

          /* "told his staff that", "told the miners that": a determiner's noun group
           * of whom, lower case, then "that" */
          if (k + 2 < hi
              && (byline_token_is (c->text, &c->toks[k], "his") || byline_token_is (c->text, &c->toks[k], "her")
                  || byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "a")
                  || byline_token_is (c->text, &c->toks[k], "their") || byline_token_is (c->text, &c->toks[k], "its")
                  || byline_token_is (c->text, &c->toks[k], "our")))
            for (guint g = k + 1; g < hi && g < k + 4; g++)
              {
                if (g > k + 1 && byline_token_is (c->text, &c->toks[g], "that"))
                  return g;
                if (c->toks[g].kind != BYLINE_TOKEN_WORD || (c->toks[g].flags & BYLINE_TOKEN_CAP)
                    || has (c, g, BYLINE_WORD_STOPWORD) || _byline_quotes_is_aux (c, g)
                    || has (c, g, BYLINE_WORD_PAST | BYLINE_WORD_FUTURE))
                  break;
              }
          /* "told CNN's Jake Tapper that ...": whom, then "that" */
          /* (a programme's name, a possessive and a day: "told CNN's State of the
           * Union on Sunday that") */
          for (guint t = k; t < hi && t < k + 14; t++)
            {
              if (byline_token_is (c->text, &c->toks[t], "that"))
                return t;
              /* "told a daily press briefing that": over the words of a noun group, not a
               * verb; "told \"Fox News Sunday\" that": over a programme's name in marks */
              if ((c->toks[t].flags & BYLINE_TOKEN_QUOTE) || (in_quote (c, t) && (c->toks[t].flags & BYLINE_TOKEN_CAP)))
                continue;
              /* "told his Greek counterpart, Nikos Pappas, that": over the name in apposition */
              if (t > k && t + 3 < hi && is_char (c, t + 1, ','))
                {
                  const BylineMentionRef *r = byline_mentions_at (c->mentions, t + 2);

                  if (r != NULL && r->first_token == t + 2 && r->entity->type == BYLINE_ENTITY_PERSON
                      && r->end_token < hi && is_char (c, r->end_token, ','))
                    {
                      t = r->end_token;
                      continue;
                    }
                }
              /* "told the Greek prime minister", "told the city's police chief": the
               * nouns of whom, not a verb */
              if (t > k && c->toks[t].kind == BYLINE_TOKEN_WORD && t + 1 < hi
                  && (has (c, t, BYLINE_WORD_ROLE | BYLINE_WORD_ORG_HEAD) || has (c, t + 1, BYLINE_WORD_ROLE | BYLINE_WORD_ORG_HEAD)
                      || c->toks[t + 1].kind == BYLINE_TOKEN_POSSESSIVE))
                continue;
              if ((c->toks[t].kind == BYLINE_TOKEN_PUNCT && !is_char (c, t, '.')) || is_speech (c, t)
                  || (c->toks[t].kind == BYLINE_TOKEN_WORD && !(c->toks[t].flags & BYLINE_TOKEN_CAP)
                      && byline_mentions_at (c->mentions, t) == NULL && !adjunct_head (c, t)
                      && (_byline_quotes_is_aux (c, t) || has (c, t, BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)
                          || !(t == k || has (c, t, BYLINE_WORD_STOPWORD) || adjunct_head (c, t + 1)))))
                break;
            }
          while (j < hi && j < k + 4 && !adjunct_head (c, j))
            j++;
          if (j < hi && adjunct_head (c, j))
            {
              const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
              k = r ? r->end_token : j + 1;
              continue;
            }
          /* "told him the plan was dead", "told the crowd the vote was close": whom,
           * a pronoun or a short noun group, when a clause's subject follows */
          if (byline_token_is (c->text, &c->toks[k], "him") || byline_token_is (c->text, &c->toks[k], "her")
              || byline_token_is (c->text, &c->toks[k], "them") || byline_token_is (c->text, &c->toks[k], "us")
              || byline_token_is (c->text, &c->toks[k], "me"))
            return k + 1;
          if (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "a"))
            for (j = k + 1; j < hi && j < k + 4; j++)
              {
                if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP)
                    || has (c, j, BYLINE_WORD_STOPWORD) || _byline_quotes_is_aux (c, j))
                  break;
                if (j + 1 < hi && (byline_token_is (c->text, &c->toks[j + 1], "the")
                                   || is_pronoun_person (c, j + 1) || is_pronoun_group (c, j + 1)
                                   || byline_token_is (c->text, &c->toks[j + 1], "they")))
                  return j + 1;
              }
          return k;
        }
      for (int w = 0; preps[w]; w++)
        if (byline_token_is (c->text, &c->toks[k], preps[w]))
          {
            guint j = k + 1;
            guint that = k + 1;

            /* "to the Russian press that": on to "that" when it comes soon */
            /* ("in a Facebook post that": "post" is a noun there, not a verb) */
            /* ("said in a statement ahead of the visit that") */
            while (that < hi && that < k + 9 && !byline_token_is (c->text, &c->toks[that], "that")
                   && c->toks[that].kind != BYLINE_TOKEN_PUNCT && (!is_speech (c, that) || adjunct_head (c, that)))
              that++;
            if (that < hi && byline_token_is (c->text, &c->toks[that], "that"))
              {
                k = that;
                moved = TRUE;
                break;
              }
            while (j < hi && j < k + 6 && !adjunct_head (c, j))
              j++;
            if (j < hi && adjunct_head (c, j))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                k = r ? r->end_token : j + 1;
                /* "in response to a question": one more preposition phrase */
                moved = TRUE;
              }
            break;
          }
      if (!moved)
        break;
    }
  return k;
}

/* "adding", "stressing", "saying": a reporting verb as a participle */
static gboolean
is_speech_participle (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];

  return i < c->n && t->kind == BYLINE_TOKEN_WORD && (byline_token_cls (t) & BYLINE_WORD_SPEECH) && byline_token_len (t) > 5
         && strncmp (c->text + byline_token_end (t) - 3, "ing", 3) == 0 && !byline_token_is (c->text, t, "according");
}

static gboolean ends_reporting_clause (const Ctx *c, guint k, guint hi);
static gboolean verb_soon (const Ctx *c, guint k, guint hi);

/* A quotation that opens with a word of time, condition or manner: "before the
 * winter", "if our friends ask for it", "in good faith", "the way they always do" */
static gboolean
quoted_adverbial (const Ctx *c, guint k)
{
  static const char *const words[] = {
    "before", "after", "if", "unless", "until", "because", "when", "while", "since", "once", "in", "without",
    "within", "whatever", "whoever", "wherever", "whenever", "regardless", "despite", NULL,
  };

  if (k + 1 >= c->n || c->toks[k].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  if (byline_token_is (c->text, &c->toks[k], "the") && byline_token_is (c->text, &c->toks[k + 1], "way"))
    return TRUE;
  /* "anywhere and at any level", "out of caution", "this week, not next month",
   * "at any cost", "as soon as possible" */
  if (byline_token_is (c->text, &c->toks[k], "anywhere") || byline_token_is (c->text, &c->toks[k], "everywhere")
      || (byline_token_is (c->text, &c->toks[k], "out") && byline_token_is (c->text, &c->toks[k + 1], "of"))
      || (byline_token_is (c->text, &c->toks[k], "at")
          && (byline_token_is (c->text, &c->toks[k + 1], "any") || byline_token_is (c->text, &c->toks[k + 1], "all")))
      || (byline_token_is (c->text, &c->toks[k], "as") && byline_token_is (c->text, &c->toks[k + 1], "soon"))
      /* "no matter what it costs", "even if the talks fail" */
      || (byline_token_is (c->text, &c->toks[k], "no") && byline_token_is (c->text, &c->toks[k + 1], "matter"))
      || (byline_token_is (c->text, &c->toks[k], "even")
          && (byline_token_is (c->text, &c->toks[k + 1], "if") || byline_token_is (c->text, &c->toks[k + 1], "though")))
      /* "well before the monsoon" */
      || (byline_token_is (c->text, &c->toks[k], "well")
          && (byline_token_is (c->text, &c->toks[k + 1], "before") || byline_token_is (c->text, &c->toks[k + 1], "after")
              || byline_token_is (c->text, &c->toks[k + 1], "ahead") || byline_token_is (c->text, &c->toks[k + 1], "within")
              || byline_token_is (c->text, &c->toks[k + 1], "into"))))
    return TRUE;
  if (byline_token_is (c->text, &c->toks[k], "this") || byline_token_is (c->text, &c->toks[k], "next"))
    {
      static const char *const times[] = { "week", "month", "year", "weekend", "spring", "summer", "autumn", "winter",
                                           "fall", NULL };

      for (int w = 0; times[w] != NULL; w++)
        if (byline_token_is (c->text, &c->toks[k + 1], times[w]))
          return TRUE;
    }
  for (int w = 0; words[w] != NULL; w++)
    if (byline_token_is (c->text, &c->toks[k], words[w]))
      return TRUE;
  return FALSE;
}

/* "Ms", "Mr", "Dr" before a name the entities hold without it: 1, else 0 */
static guint
honorific_at (const Ctx *c, guint k)
{
  static const char *const words[] = { "mr", "ms", "mrs", "dr", "miss", NULL };

  return k + 1 < c->n && (c->toks[k].flags & BYLINE_TOKEN_CAP) && byline_token_len (&c->toks[k]) <= 4
         && _byline_scan_is_one_of (c->text, c->toks, c->n, k, words) && byline_mentions_at (c->mentions, k) == NULL
         && byline_mentions_at (c->mentions, k + 1) != NULL;
}

static guint
content_end (const Ctx *c, guint from, guint hi)
{
  guint end;

  /* reported speech of more than a few lines is not one quotation */
  hi = MIN (hi, from + 4 * CLAUSE_WINDOW);
  end = hi;

  /* stop before ", according to", before the closing punctuation, and before a
   * quotation: "said he supported the pact but wanted “ironclad guarantees”" */
  for (guint k = from; k < hi; k++)
    {
      /* an opening mark of a paired quotation (not the apostrophe of "Workers' Party") */
      if ((c->toks[k].flags & BYLINE_TOKEN_QUOTE) && k + 1 < c->n && in_quote (c, k + 1) && !in_quote (c, k))
        {
          /* the reported clause ends at "but" or "and" before the quotation;
           * if the quotation finishes the clause itself, the quotation is the report */
          guint cut = from;
          for (guint j = k; j > from + 3 && j + 6 > k; j--)
            if (byline_token_is (c->text, &c->toks[j - 1], "but") || byline_token_is (c->text, &c->toks[j - 1], "and")
                || byline_token_is (c->text, &c->toks[j - 1], "whom") || byline_token_is (c->text, &c->toks[j - 1], "who")
                || byline_token_is (c->text, &c->toks[j - 1], "which") || is_char (c, j - 1, ','))
              {
                cut = j - 1;
                break;
              }
          /* "said that Oslo, as host of the talks, had "a duty to ..."": the comma
           * closes an apposition and the verb after it takes the quotation, so the
           * words before are a subject with no verb, no report of their own */
          if (cut > from && is_char (c, cut, ',') && cut + 1 < k && cut + 3 >= k && !in_quote (c, cut + 1)
              && (_byline_quotes_is_aux (c, cut + 1) || has (c, cut + 1, BYLINE_WORD_PAST)))
            cut = from;
          /* "said the countries would push for the package "before the winter"": a
           * whole clause, and the quotation only an adverbial after it (a time, a
           * condition, a manner), so the clause is a report of its own */
          /* "said A, and that B as "the cost of doing business"": the first clause is a
           * report of its own, the second ends in the quotation */
          if (cut == from && k >= from + 8)
            for (guint j = k - 2; j > from + 3; j--)
              if ((byline_token_is (c->text, &c->toks[j], "and") || byline_token_is (c->text, &c->toks[j], "but"))
                  && byline_token_is (c->text, &c->toks[j + 1], "that") && !in_quote (c, j))
                {
                  cut = is_char (c, j - 1, ',') ? j - 1 : j;
                  break;
                }
          if (cut == from && k >= from + 5 && quoted_adverbial (c, k + 1) && c->toks[k - 1].kind == BYLINE_TOKEN_WORD
              && !has (c, k - 1, BYLINE_WORD_STOPWORD) && !_byline_quotes_is_aux (c, k - 1)
              && !byline_token_is (c->text, &c->toks[k - 1], "been") && !byline_token_is (c->text, &c->toks[k - 1], "be"))
            cut = k;
          end = cut;
          break;
        }
      if (is_char (c, k, ',') && k + 2 < hi && byline_token_is (c->text, &c->toks[k + 1], "according"))
        {
          end = k;
          break;
        }
      /* ", but critics said ...", "; the ministry said ...": another speaker's report */
      if (k > from + 3 && (is_char (c, k, ';')
                           || (is_char (c, k, ',') && k + 1 < hi
                               && (byline_token_is (c->text, &c->toks[k + 1], "but")
                                   || byline_token_is (c->text, &c->toks[k + 1], "while")
                                   || byline_token_is (c->text, &c->toks[k + 1], "though")
                                   || byline_token_is (c->text, &c->toks[k + 1], "although")
                                   || byline_token_is (c->text, &c->toks[k + 1], "whereas")))))
        {
          gboolean other = FALSE;

          /* over a name in apposition: ", but his deputy, Y, said" */
          for (guint j = k + 2; j < hi && j < k + 14 && !other; j++)
            {
              if ((c->toks[j].kind == BYLINE_TOKEN_PUNCT && !is_char (c, j, ',') && !is_char (c, j, '\'')
                   && !is_char (c, j, 0x2019))
                  || in_quote (c, j))
                break;
              if (is_char (c, j, ','))
                continue;
              other = is_speech (c, j) && !is_speech_participle (c, j)
                      && !byline_token_is (c->text, &c->toks[j - 1], "and");
            }
          if (other)
            {
              end = k;
              break;
            }
        }
      /* "..., and he warned that ...", "but Smith said ...": a report with a subject
       * of its own starts another quotation */
      if (k > from + 3 && !in_quote (c, k)
          && (byline_token_is (c->text, &c->toks[k], "and") || byline_token_is (c->text, &c->toks[k], "but")))
        {
          guint j = k + 1;
          const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

          if (r != NULL && r->first_token == j && _byline_quotes_is_speaker_type (r->entity))
            j = r->end_token;
          else if (is_pronoun_person (c, j) || is_pronoun_group (c, j) || byline_token_is (c->text, &c->toks[j], "we"))
            j++;
          if (j > k + 1 && j < hi && (byline_token_is (c->text, &c->toks[j], "also")
                                      || byline_token_is (c->text, &c->toks[j], "later")))
            j++;
          if (j > k + 1 && j < hi && is_speech (c, j) && !is_speech_participle (c, j))
            {
              end = k;
              break;
            }
        }
      /* ", adding that ...", "and stressed that ...": a second report of the same speaker */
      if (is_char (c, k, ',') && k + 2 < hi && is_speech_participle (c, k + 1) && !in_quote (c, k + 1))
        {
          end = k;
          break;
        }
      if (k > from && (byline_token_is (c->text, &c->toks[k], "and") || byline_token_is (c->text, &c->toks[k], "but"))
          && k + 2 < hi && is_speech (c, k + 1)
          && byline_token_is (c->text, &c->toks[k + 2], "that") && !in_quote (c, k + 1))
        {
          end = k;
          break;
        }
      /* "..., and predicted other groups would join", "and said the bill ...": the
       * same speaker's next report, without "that", after a clause of its own */
      if (k > from + 3 && is_char (c, k - 1, ',') && !in_quote (c, k)
          && (byline_token_is (c->text, &c->toks[k], "and") || byline_token_is (c->text, &c->toks[k], "but"))
          && k + 3 < hi && is_speech (c, k + 1) && !in_quote (c, k + 1) && !is_speech_participle (c, k + 1)
          && c->text[byline_token_end (&c->toks[k + 1]) - 1] == 'd' && c->toks[k + 2].kind == BYLINE_TOKEN_WORD
          && !byline_token_is (c->text, &c->toks[k + 2], "to") && !byline_token_is (c->text, &c->toks[k + 2], "by")
          && !byline_token_is (c->text, &c->toks[k + 2], "for") && !byline_token_is (c->text, &c->toks[k + 2], "on")
          && !byline_token_is (c->text, &c->toks[k + 2], "in") && !byline_token_is (c->text, &c->toks[k + 2], "with")
          && !byline_token_is (c->text, &c->toks[k + 2], "at") && !byline_token_is (c->text, &c->toks[k + 2], "of")
          && verb_soon (c, k + 2, hi))
        {
          end = k;
          break;
        }
      /* "... and suggested the two sides soon sign ...": the speaker's next wish */
      if (k > from + 3 && byline_token_is (c->text, &c->toks[k], "and") && k + 3 < hi && !in_quote (c, k + 1)
          && (byline_token_is (c->text, &c->toks[k + 1], "suggested") || byline_token_is (c->text, &c->toks[k + 1], "proposed")
              || byline_token_is (c->text, &c->toks[k + 1], "recommended")))
        {
          end = k;
          break;
        }
      if (is_char (c, k, ',') && k + 2 < hi && is_speech (c, k + 2) && k + 3 >= hi - 2)
        {
          end = k;
          break;
        }
      /* "..., his aides said.": a reporting clause of its own ends the sentence */
      if (is_char (c, k, ',') && !in_quote (c, k))
        {
          gboolean closing = FALSE;

          for (guint j = k + 2; j < hi && j < k + 7 && !closing; j++)
            {
              if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || in_quote (c, j))
                break;
              /* (not a passive: "the mayor, X, had been informed.") */
              closing = is_speech (c, j) && !is_speech_participle (c, j)
                        && !byline_token_is (c->text, &c->toks[j - 1], "been") && !byline_token_is (c->text, &c->toks[j - 1], "was")
                        && !byline_token_is (c->text, &c->toks[j - 1], "were")
                        && ends_reporting_clause (c, skip_adjuncts (c, j + 1, hi), hi);
            }
          if (closing)
            {
              end = k;
              break;
            }
        }
    }
  while (end > from && c->toks[end - 1].kind == BYLINE_TOKEN_PUNCT)
    end--;
  return end;
}

/* "the funding remained", "the state's budget grew": a determiner, up to three
 * words of a noun group and a verb in the past (not a participle before "by") */
static gboolean
subject_then_past (const Ctx *c, guint k, guint hi)
{
  for (guint w = k + 2; w + 1 < hi && w < k + 5; w++)
    {
      if (c->toks[w - 1].kind != BYLINE_TOKEN_WORD && c->toks[w - 1].kind != BYLINE_TOKEN_POSSESSIVE)
        return FALSE;
      if (c->toks[w].kind != BYLINE_TOKEN_WORD || (c->toks[w].flags & BYLINE_TOKEN_CAP))
        return FALSE;
      if ((has (c, w, BYLINE_WORD_PAST)
           || (byline_token_len (&c->toks[w]) > 4 && c->text[byline_token_end (&c->toks[w]) - 1] == 'd'
               && c->text[byline_token_end (&c->toks[w]) - 2] == 'e'))
          && c->toks[w + 1].kind == BYLINE_TOKEN_WORD && !byline_token_is (c->text, &c->toks[w + 1], "by")
          && !byline_token_is (c->text, &c->toks[w + 1], "for") && !byline_token_is (c->text, &c->toks[w + 1], "in"))
        return TRUE;
      if (has (c, w, BYLINE_WORD_STOPWORD))
        return FALSE;
    }
  return FALSE;
}

static gboolean
overlaps_marked (const Ctx *c, guint first, guint end)
{
  for (guint k = first; k < end; k++)
    if (in_quote (c, k))
      return TRUE;
  return FALSE;
}

/* "don't", "can't", "wasn’t": an auxiliary with its negation in one word */
static gboolean
is_negated_aux (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  gsize len = byline_token_len (t);
  const char *end = c->text + byline_token_end (t);

  if (t->kind != BYLINE_TOKEN_WORD || len < 4)
    return FALSE;
  return (end[-1] == 't' && end[-2] == '\'' && end[-3] == 'n')
         || (len >= 6 && end[-1] == 't' && strncmp (end - 4, "\xe2\x80\x99", 3) == 0 && end[-5] == 'n');
}

gboolean
_byline_quotes_is_aux (const Ctx *c, guint i)
{
  static const char *const aux[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did", "do", "be", "been", "'s", "cannot", NULL,
  };

  for (int a = 0; aux[a]; a++)
    if (byline_token_is (c->text, &c->toks[i], aux[a]))
      return TRUE;
  return is_negated_aux (c, i);
}

/* "also", "still", "now": an adverb between an auxiliary and its verb */
static gboolean
pre_verb_adverb_at (const Ctx *c, guint i)
{
  return byline_token_is (c->text, &c->toks[i], "also") || byline_token_is (c->text, &c->toks[i], "still")
         || byline_token_is (c->text, &c->toks[i], "now") || byline_token_is (c->text, &c->toks[i], "reportedly");
}

/* "that dragged on", "that was held": a relative clause of the noun before,
 * not the "that" of a report */
static gboolean
relative_that (const Ctx *c, guint k, guint hi)
{
  const BylineToken *t;

  if (k + 1 >= hi || !byline_token_is (c->text, &c->toks[k], "that") || !is_word (c, k + 1))
    return FALSE;
  /* "he said that was "a question for another day"": right after the verb, the
   * report's own "that" */
  if (k > 0 && is_speech (c, k - 1))
    return FALSE;
  t = &c->toks[k + 1];
  return !(t->flags & BYLINE_TOKEN_CAP)
         && ((byline_token_len (t) > 4 && c->text[byline_token_end (t) - 1] == 'd' && c->text[byline_token_end (t) - 2] == 'e')
             || byline_token_is (c->text, t, "was") || byline_token_is (c->text, t, "ran"));
}

/* After "X said" and its adjuncts: the end of the sentence, or a phrase that
 * only says when or where: "after talks with her counterpart" */
static gboolean
ends_reporting_clause (const Ctx *c, guint k, guint hi)
{
  /* "diplomats said after a council | that dragged on" */
  if (relative_that (c, k, hi))
    return TRUE;
  /* "..., said one participant, who spoke on condition of anonymity": of the speaker */
  if (is_char (c, k, ',') && k + 2 < hi && byline_token_is (c->text, &c->toks[k + 1], "who"))
    return TRUE;
  static const char *const preps[] = {
    "after", "before", "during", "following", "at", "in", "on", "with", "while", "when", "ahead", NULL,
  };

  if (k + 1 >= hi)
    return TRUE;
  /* "..., the ministry said, warning that ...", "..., Cole said, citing a study": a
   * participle goes on with the speaker's report, not with the content */
  if (is_char (c, k, ',') && k + 2 < hi && !in_quote (c, k + 1)
      && (is_speech_participle (c, k + 1) || byline_token_is (c->text, &c->toks[k + 1], "citing")))
    return TRUE;
  /* "..., the office said, without giving details", "..., she said, returning to
   * Paris that evening": what the speaker did, not more of the content */
  if (is_char (c, k, ',') && k + 2 < hi && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !in_quote (c, k + 1)
      && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
      && (byline_token_is (c->text, &c->toks[k + 1], "without")
          || (byline_token_len (&c->toks[k + 1]) > 5
              && strncmp (c->text + byline_token_end (&c->toks[k + 1]) - 3, "ing", 3) == 0)))
    return TRUE;
  /* "said on Wednesday, in one of the largest investments" */
  if (is_char (c, k, ',') && k + 2 < hi)
    k++;
  /* the rest of a phrase: "with her Mexican | counterpart." */
  if (k + 3 >= hi)
    {
      gboolean rest = TRUE;

      for (guint j = k; j < hi && rest; j++)
        if ((byline_token_cls (&c->toks[j]) & BYLINE_WORD_SPEECH) || (c->toks[j].flags & BYLINE_TOKEN_QUOTE)
            || (c->toks[j].kind == BYLINE_TOKEN_PUNCT && j + 1 < hi))
          rest = FALSE;
      if (rest)
        return TRUE;
    }
  /* "said in a statement issued after the talks", "in a communique released on
   * Friday": a participle of the adjunct's noun, read as a preposition would be */
  gboolean participle = FALSE;

  if (k > 0 && c->toks[k].kind == BYLINE_TOKEN_WORD && c->text[byline_token_end (&c->toks[k]) - 1] == 'd'
      && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && adjunct_head (c, k - 1)
      && (byline_token_is (c->text, &c->toks[k], "issued") || byline_token_is (c->text, &c->toks[k], "released")
          || byline_token_is (c->text, &c->toks[k], "published") || byline_token_is (c->text, &c->toks[k], "posted")
          || byline_token_is (c->text, &c->toks[k], "distributed") || byline_token_is (c->text, &c->toks[k], "circulated")))
    participle = TRUE;
  for (int p = 0; preps[p] || participle; p++)
    if (participle || byline_token_is (c->text, &c->toks[k], preps[p]))
      {
        /* "said ... after he told reporters" goes on; "after talks with" does not */
        for (guint j = k + 1; j < hi; j++)
          /* (not a name's word: "at State House") */
          if (((byline_token_cls (&c->toks[j]) & BYLINE_WORD_SPEECH) && !(byline_token_cls (&c->toks[j]) & BYLINE_WORD_MEETING)
               && !(c->toks[j].flags & BYLINE_TOKEN_CAP))
              || (c->toks[j].flags & BYLINE_TOKEN_QUOTE))
            return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* A verb in the present after the subject that opens the clause at @first:
 * "Laos appreciates", "they want", "we need"; not a word after a name inside a
 * noun group ("the support which the EU provides") */
static gboolean
present_verb_at (const Ctx *c, guint first, guint w)
{
  const BylineToken *t = &c->toks[w];
  const BylineMentionRef *r;
  gsize len = byline_token_len (t);
  const char *end = c->text + byline_token_end (t);

  /* the subject is short: every reading below has the verb within six words */
  if (w == 0 || w <= first || w > first + 6 || t->kind != BYLINE_TOKEN_WORD || (t->flags & BYLINE_TOKEN_CAP)
      || (byline_token_cls (t) & (BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE | BYLINE_WORD_ORG_HEAD)))
    return FALSE;
  if (w - 1 == first && (byline_token_is (c->text, &c->toks[w - 1], "they") || byline_token_is (c->text, &c->toks[w - 1], "we")
      || byline_token_is (c->text, &c->toks[w - 1], "i") || byline_token_is (c->text, &c->toks[w - 1], "you")))
    return TRUE;
  /* "said it hid a deficit", "said he knew": a pronoun that opens the clause, then
   * its verb, past or irregular, whatever its ending */
  if (w - 1 == first && (is_pronoun_person (c, first) || byline_token_is (c->text, &c->toks[first], "it")) && w + 1 < c->n
      && c->toks[w + 1].kind == BYLINE_TOKEN_WORD)
    return TRUE;
  /* "the results confirm", "the figures suggest": a plural noun, then a verb of saying */
  if (w >= first + 2 && w <= first + 3 && byline_token_is (c->text, &c->toks[first], "the")
      && c->text[byline_token_end (&c->toks[w - 1]) - 1] == 's' && (byline_token_cls (t) & (BYLINE_WORD_SPEECH | BYLINE_WORD_COGNITION))
      && end[-1] != 's' && end[-1] != 'd' && byline_mentions_at (c->mentions, w - 1) == NULL)
    return TRUE;
  /* "the Korean people highly appreciate", "the two sides fully support": a
   * plural subject, an adverb, a verb in the plural */
  if (w >= first + 3 && w <= first + 5 && end[-1] != 's' && end[-1] != 'd' && byline_token_is (c->text, &c->toks[first], "the")
      && byline_token_len (&c->toks[w - 1]) > 3 && c->text[byline_token_end (&c->toks[w - 1]) - 1] == 'y'
      && c->text[byline_token_end (&c->toks[w - 1]) - 2] == 'l' && c->toks[w - 2].kind == BYLINE_TOKEN_WORD
      && !(c->toks[w - 2].flags & BYLINE_TOKEN_CAP) && byline_mentions_at (c->mentions, w - 2) == NULL
      && (byline_token_is (c->text, &c->toks[w - 2], "people") || c->text[byline_token_end (&c->toks[w - 2]) - 1] == 's'))
    return TRUE;
  /* "Jordan and Egypt stand", "Chile and Peru share": two names joined, then a
   * verb in the plural */
  if (w >= first + 3 && w <= first + 6 && end[-1] != 's' && w + 1 < c->n
      && c->toks[w + 1].kind == BYLINE_TOKEN_WORD && !_byline_quotes_is_aux (c, w)
      && (r = byline_mentions_at (c->mentions, w - 1)) != NULL && r->end_token == w && r->first_token > first + 1
      && _byline_quotes_is_speaker_type (r->entity) && byline_token_is (c->text, &c->toks[r->first_token - 1], "and"))
    {
      const BylineMentionRef *one = byline_mentions_at (c->mentions, first);

      if (one != NULL && one->first_token == first && one->end_token == r->first_token - 1
          && _byline_quotes_is_speaker_type (one->entity))
        return TRUE;
    }
  /* "the people of Mongolia warmly remember": "the" and a noun of a place, an
   * adverb in -ly, a verb in the plural */
  if (w >= first + 4 && end[-1] != 's' && end[-1] != 'd' && w + 1 < c->n && c->toks[w + 1].kind == BYLINE_TOKEN_WORD
      && byline_token_is (c->text, &c->toks[first], "the") && byline_token_len (&c->toks[w - 1]) > 3
      && c->text[byline_token_end (&c->toks[w - 1]) - 1] == 'y' && c->text[byline_token_end (&c->toks[w - 1]) - 2] == 'l'
      && (r = byline_mentions_at (c->mentions, w - 2)) != NULL && r->end_token == w - 1 && r->first_token >= first + 3
      && byline_token_is (c->text, &c->toks[r->first_token - 1], "of"))
    return TRUE;
  if (len < 4 || end[-1] != 's' || end[-2] == 's' || end[-2] == 'u' || end[-2] == 'i')
    return FALSE;
  if (w - 1 == first && (is_pronoun_person (c, w - 1) || byline_token_is (c->text, &c->toks[w - 1], "it")))
    return TRUE;
  /* "it likely violates", "she still believes": an adverb between */
  if (w - 2 == first && (is_pronoun_person (c, first) || byline_token_is (c->text, &c->toks[first], "it"))
      && byline_token_len (&c->toks[w - 1]) > 3 && c->text[byline_token_end (&c->toks[w - 1]) - 1] == 'y'
      && c->text[byline_token_end (&c->toks[w - 1]) - 2] == 'l')
    return TRUE;
  /* "Kenya firmly adheres": a name, an adverb, the verb */
  if (w >= first + 2 && byline_token_len (&c->toks[w - 1]) > 3 && c->text[byline_token_end (&c->toks[w - 1]) - 1] == 'y'
      && c->text[byline_token_end (&c->toks[w - 1]) - 2] == 'l' && byline_mentions_at (c->mentions, w - 2) != NULL)
    {
      const BylineMentionRef *n = byline_mentions_at (c->mentions, w - 2);

      /* ("the United Nations fully supports": over "the") */
      if (n->end_token == w - 1 && _byline_quotes_is_speaker_type (n->entity)
          && (n->first_token == first
              || (n->first_token == first + 1 && byline_token_is (c->text, &c->toks[first], "the"))))
        return TRUE;
    }
  r = byline_mentions_at (c->mentions, w - 1);
  if (r != NULL)
    return r->end_token == w && _byline_quotes_is_speaker_type (r->entity)
           && (r->first_token == first
               || (r->first_token == first + 1 && byline_token_is (c->text, &c->toks[first], "the")));
  /* "the tight race reflects anger": a determiner, a word or two, a noun that is
   * not a plural, then the verb and more words */
  if ((byline_token_is (c->text, &c->toks[first], "the") || byline_token_is (c->text, &c->toks[first], "this")
       || byline_token_is (c->text, &c->toks[first], "its") || byline_token_is (c->text, &c->toks[first], "his")
       || byline_token_is (c->text, &c->toks[first], "her") || byline_token_is (c->text, &c->toks[first], "their"))
      && w >= first + 2 && w <= first + 6 && w + 1 < c->n && c->toks[w + 1].kind == BYLINE_TOKEN_WORD
      && !(c->toks[w + 1].flags & BYLINE_TOKEN_CAP))
    {
      const BylineToken *noun = &c->toks[w - 1];
      gboolean of = FALSE;

      if (c->text[byline_token_end (noun) - 1] == 's' || (byline_token_cls (noun) & BYLINE_WORD_STOPWORD))
        return FALSE;
      for (guint j = first + 1; j < w; j++)
        {
          const BylineMentionRef *m = byline_mentions_at (c->mentions, j);

          /* "the question of joint debt remains": one "of" and its noun group, no
           * article after it (and the whole subject five words at most) */
          if (!of && j > first + 1 && j + 1 < w && byline_token_is (c->text, &c->toks[j], "of"))
            {
              of = TRUE;
              continue;
            }
          if (w > first + 4 && !of && j + 2 >= w)
            return FALSE;

          /* "the DPRK government attaches": a country or a people before the noun */
          if (m != NULL && (m->entity->type == BYLINE_ENTITY_PLACE || m->entity->type == BYLINE_ENTITY_NORP)
              && m->end_token < w)
            {
              j = m->end_token - 1;
              continue;
            }
          if (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & BYLINE_TOKEN_CAP)
              || (byline_token_cls (&c->toks[j]) & BYLINE_WORD_STOPWORD) || m != NULL)
            return FALSE;
        }
      return TRUE;
    }
  return FALSE;
}

/* A verb of the clause that opens at @first, at token @w */
static gboolean
clause_verb_at (const Ctx *c, guint first, guint w)
{
  const BylineToken *t = &c->toks[w];

  if (t->kind != BYLINE_TOKEN_WORD)
    return FALSE;
  /* a title-case headline's "Port Deal Is Dead": a verb in capitals */
  if (t->flags & BYLINE_TOKEN_CAP)
    return (t->flags & BYLINE_TOKEN_WEAK_CAP) && !(t->flags & BYLINE_TOKEN_SENT_START)
           && ((byline_token_cls (t) & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)) || _byline_quotes_is_aux (c, w))
           && byline_document_is_header (c->doc, t->start);
  return (byline_token_cls (t) & (BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)) || _byline_quotes_is_aux (c, w)
         || (byline_token_len (t) > 3 && c->text[byline_token_end (t) - 2] == 'e' && c->text[byline_token_end (t) - 1] == 'd')
         || present_verb_at (c, first, w);
}

/* A clause, not a noun phrase: a verb within the first sixteen tokens of [k, hi) */
/* "Chile and Peru, as the two largest economies of the region, bear ...": a
 * subject of names, an "as" phrase between commas at token @w, then its verb */
static gboolean
verb_after_as_phrase (const Ctx *c, guint w, guint hi)
{
  guint j = w + 2;

  if (w == 0 || !is_char (c, w, ',') || w + 3 >= hi || !byline_token_is (c->text, &c->toks[w + 1], "as")
      || byline_mentions_at (c->mentions, w - 1) == NULL)
    return FALSE;
  while (j < hi && j < w + 12 && c->toks[j].kind == BYLINE_TOKEN_WORD)
    j++;
  return j + 2 < hi && is_char (c, j, ',') && c->toks[j + 1].kind == BYLINE_TOKEN_WORD
         && !(c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
         && !has (c, j + 1, BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE | BYLINE_WORD_ORG_HEAD)
         && c->toks[j + 2].kind == BYLINE_TOKEN_WORD;
}

static gboolean
verb_soon (const Ctx *c, guint k, guint hi)
{
  guint reach = 16;

  for (guint w = k; w < hi && w < k + reach; w++)
    {
      /* (past a list set between dashes, as clause_start reads it) */
      if (w > k && dash_pair_end (c, w, hi) != 0)
        {
          guint close = dash_pair_end (c, w, hi);

          reach += close - w;
          w = close;
          continue;
        }
      if (clause_verb_at (c, k, w))
        return TRUE;
      if (w > k && verb_after_as_phrase (c, w, hi))
        return TRUE;
    }
  return FALSE;
}

/* Reported speech of four words or more in [first, end), said by sp with the
 * reporting verb at cue, in the sentence [lo, hi) */
/* whether @a and @b differ by at most one letter added, dropped or changed */
static gboolean
one_edit_apart (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0;

  if (la > lb)
    return one_edit_apart (b, a);
  if (lb - la > 1)
    return FALSE;
  while (i < la && a[i] == b[i])
    i++;
  if (la == lb)
    return i == la || strcmp (a + i + 1, b + i + 1) == 0;
  return strcmp (a + i, b + i + 1) == 0;
}

/* "said Mauer" of K.C. Maurer: a surname off by one letter, when only one person fits */
const BylineEntity *
_byline_quotes_person_by_misspelt_surname (GPtrArray *entities, const char *word)
{
  const BylineEntity *found = NULL;

  if (strlen (word) < 5)
    return NULL;
  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];
      const char *last;

      if (e->type != BYLINE_ENTITY_PERSON)
        continue;
      last = strrchr (e->name, ' ');
      last = last ? last + 1 : e->name;
      if (one_edit_apart (last, word))
        {
          if (found != NULL && found != e)
            return NULL;
          found = e;
        }
    }
  return found;
}

static gboolean
add_reported_full (Ctx *c, guint first, guint end, const Speaker *sp, guint cue, guint lo, guint hi,
                   gboolean need_verb)
{
  guint words = 0;
  BylineQuote *q;

  gboolean found_verb = FALSE;

  for (guint w = first; w < end; w++)
    {
      if (is_word (c, w))
        words++;
      /* a clause, not a noun phrase: "noted the great attention to ..." is no report */
      if (clause_verb_at (c, first, w) || (!found_verb && w > first && verb_after_as_phrase (c, w, end)))
        found_verb = TRUE;
    }
  /* "affirmed that the people of Vietnam always treasure ...": after a plain
   * verb of saying and "that", a clause of five words or more, whatever the
   * verb's form (not "demanded that", "suggest that": a wish, a finding) */
  if (!found_verb && words >= 5 && first > 1 && byline_token_is (c->text, &c->toks[first - 1], "that"))
    {
      static const char *const plain[] = { "said", "says", "affirmed", "affirms", "stressed", "stresses", "noted",
                                           "notes", "stated", "added", "reiterated", "emphasised", "emphasized",
                                           "underlined", "underscored", "confirmed", "announced", "declared", "saying",
                                           "stressing", "noting", "adding", "affirming", "emphasising", "emphasizing",
                                           "underlining",
                                           /* (and verbs of arguing and conceding: "argued that
                                            * voters rarely think ...") */
                                           "argued", "argues", "arguing", "contended", "contends", "insisted",
                                           "insists", "insisting", "acknowledged", "acknowledges", "conceded",
                                           "concedes", "admitted", "admits", "maintained", "maintains", "warned",
                                           "warns", "warning", "cautioned", "predicted", "predicts", "claimed",
                                           "claims", "explained", "testified", NULL };

      found_verb = _byline_scan_is_one_of (c->text, c->toks, c->n, first - 2, plain);
    }
  /* "Greece wanted peace" is a clause of three words; "April 12, 2017" is none;
   * "said Helsinki agreed": a name and its verb are one of two */
  if (words == 2 && found_verb && end == first + 2)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, first);

      if (r == NULL || r->first_token != first || r->end_token != first + 1 || r->entity->type == BYLINE_ENTITY_DATE
          || !clause_verb_at (c, first, end - 1) || _byline_quotes_is_aux (c, end - 1))
        return FALSE;
    }
  else if (words < 3 || (words == 3 && !found_verb) || (need_verb && !found_verb))
    return FALSE;
  /* "will urge French ministers to speed up ...", "press allies to pay": whom and
   * what to do, a request, not a report */
  if (first > 0
      && (byline_token_is (c->text, &c->toks[first - 1], "urge") || byline_token_is (c->text, &c->toks[first - 1], "press")
          || byline_token_is (c->text, &c->toks[first - 1], "urges") || byline_token_is (c->text, &c->toks[first - 1], "presses")
          || byline_token_is (c->text, &c->toks[first - 1], "tell") || byline_token_is (c->text, &c->toks[first - 1], "ask")))
    for (guint t = first + 1; t + 1 < end && t < first + 6; t++)
      {
        if (clause_verb_at (c, first, t) || c->toks[t].kind == BYLINE_TOKEN_PUNCT)
          break;
        if (byline_token_is (c->text, &c->toks[t], "to"))
          return FALSE;
      }
  q = _byline_quotes_quote_new (c, first, end, BYLINE_QUOTE_INDIRECT, sp, cue);
  _byline_quotes_find_via (c, q, lo, hi);
  g_ptr_array_add (c->quotes, q);
  _byline_quotes_remember (c, q, sp->country);
  return TRUE;
}

static gboolean
add_reported (Ctx *c, guint first, guint end, const Speaker *sp, guint cue, guint lo, guint hi)
{
  return add_reported_full (c, first, end, sp, cue, lo, hi, TRUE);
}

/* A body the article names in full that a headline's shortened name stands
 * for: "U.S. State Dept" is the "State Department" of the text, or NULL */
static const BylineEntity *
written_out_body (GPtrArray *entities, const char *shortened_name)
{
  static const struct { const char *word, *full; } shortened[] = {
    { " Dept", " Department" }, { " Dept.", " Department" }, { " Govt", " Government" },
    { " Assn", " Association" }, { " Intl", " International" }, { " Min.", " Ministry" },
  };
  g_autoptr (GString) name = g_string_new (shortened_name);
  gboolean changed = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (shortened) && !changed; k++)
    if (g_str_has_suffix (name->str, shortened[k].word))
      {
        g_string_truncate (name, name->len - strlen (shortened[k].word));
        g_string_append (name, shortened[k].full);
        changed = TRUE;
      }
  if (!changed)
    return NULL;
  for (guint e = 0; e < entities->len; e++)
    {
      const BylineEntity *ent = entities->pdata[e];

      if (ent->type == BYLINE_ENTITY_ORG && strchr (ent->name, ' ') != NULL && g_str_has_suffix (name->str, ent->name))
        return ent;
    }
  return NULL;
}

/* The source a headline names at its end, after " - " or ":": a name, or a
 * word for reports or media ("reports", "state media", "sources"). The
 * headline before it is what the source says. */
static gboolean
headline_source (Ctx *c, guint lo, guint hi, GPtrArray *entities)
{
  static const char *const words[] = { "report", "reports", "media", "sources", "source", "officials", "official",
                                       "agency", "agencies", "ministry", "spokesman", "spokeswoman", "spokesperson",
                                       "statement", NULL };
  guint sep = G_MAXUINT;
  Speaker sp = { 0 };
  gboolean named = FALSE, generic = FALSE, ok = TRUE;
  gboolean done;

  while (hi > lo && c->toks[hi - 1].kind == BYLINE_TOKEN_PUNCT && !(c->toks[hi - 1].flags & BYLINE_TOKEN_QUOTE))
    hi--;
  /* the separator: a colon, or a dash between spaces, within the last six tokens */
  for (guint k = hi; k > lo + 4 && k + 7 > hi; k--)
    if (is_char (c, k - 1, ':')
        || ((is_char (c, k - 1, '-') || is_char (c, k - 1, 0x2013) || is_char (c, k - 1, 0x2014))
            && (c->toks[k - 1].flags & BYLINE_TOKEN_SPACE) && k < hi && (c->toks[k].flags & BYLINE_TOKEN_SPACE)))
      {
        sep = k - 1;
        break;
      }
  if (sep == G_MAXUINT || sep + 1 >= hi || overlaps_marked (c, lo, hi))
    return FALSE;
  /* after it, names and words for sources only */
  for (guint k = sep + 1; k < hi && ok; k++)
    {
      const BylineMentionRef *r = byline_mentions_at (c->mentions, k);

      if (r != NULL && r->first_token == k && r->entity->type != BYLINE_ENTITY_DATE)
        {
          if (_byline_quotes_is_speaker_type (r->entity) && (!named || r->entity->type != BYLINE_ENTITY_PLACE))
            {
              _byline_quotes_speaker_set_entity (&sp, r->entity);
              named = TRUE;
            }
          k = r->end_token - 1;
          continue;
        }
      if (c->toks[k].kind != BYLINE_TOKEN_WORD && c->toks[k].kind != BYLINE_TOKEN_POSSESSIVE
          && !(c->toks[k].flags & BYLINE_TOKEN_DOTTED))
        ok = FALSE;
      else
        {
          gboolean word = FALSE;

          for (int w = 0; words[w]; w++)
            word = word || byline_token_is (c->text, &c->toks[k], words[w]);
          generic = generic || word;
          /* "U.S. State Dept": capitalised words the entity finder did not take */
          ok = word || (c->toks[k].flags & BYLINE_TOKEN_CAP) || c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE
               || (byline_token_cls (&c->toks[k]) & BYLINE_WORD_STOPWORD);
        }
    }
  /* capitalised words with no entity name a source only with a body's head
   * word or an abbreviation in them ("U.S. State Dept"), not "- Live", "- Analysis" */
  if (ok && !named && !generic)
    {
      gboolean body = FALSE;

      for (guint k = sep + 1; k < hi; k++)
        body = body || (byline_token_cls (&c->toks[k]) & BYLINE_WORD_ORG_HEAD) || (c->toks[k].flags & BYLINE_TOKEN_DOTTED)
               || (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS);
      ok = body;
    }
  if (!ok || (!named && !generic && hi - sep > 4))
    {
      _byline_quotes_speaker_clear (&sp);
      return FALSE;
    }
  if (!named && !generic)
    {
      /* capitalised words with no entity: their text is the name */
      g_autofree char *text = _byline_quotes_span_text (c, sep + 1, hi);
      const BylineEntity *body = written_out_body (entities, text);

      if (body != NULL)
        _byline_quotes_speaker_set_entity (&sp, body);
      else
        {
          sp.name = g_steal_pointer (&text);
          sp.found = TRUE;
        }
    }
  else if (named && sp.entity != NULL && sp.entity->type == BYLINE_ENTITY_ORG)
    {
      const BylineEntity *body = written_out_body (entities, sp.entity->name);

      if (body != NULL)
        _byline_quotes_speaker_set_entity (&sp, body);
    }
  else if (!named)
    sp.found = TRUE;  /* "reports": no one named */
  done = add_reported_full (c, lo, sep, &sp, G_MAXUINT, lo, hi, FALSE);
  _byline_quotes_speaker_clear (&sp);
  return done;
}

/* A headline that opens with the one who speaks and a colon: "Ruiz: port deal is
 * dead", "Minister Ruiz: ..."; a person only ("Analysis: ...", "Ukraine: ..." are
 * labels) */
static gboolean
headline_speaker_first (Ctx *c, guint lo, guint hi)
{
  const BylineMentionRef *r = NULL;
  Speaker sp = { 0 };
  guint words = 0;
  gboolean done;

  for (guint k = lo; k < hi && k < lo + 3 && r == NULL; k++)
    {
      r = byline_mentions_at (c->mentions, k);
      if (r == NULL && (c->toks[k].kind != BYLINE_TOKEN_WORD || !(c->toks[k].flags & BYLINE_TOKEN_CAP)))
        return FALSE;
    }
  if (r == NULL || r->entity->type != BYLINE_ENTITY_PERSON || r->end_token + 4 > hi || !is_char (c, r->end_token, ':')
      || overlaps_marked (c, r->end_token + 1, hi))
    return FALSE;
  while (hi > r->end_token + 1 && c->toks[hi - 1].kind == BYLINE_TOKEN_PUNCT)
    hi--;
  for (guint k = r->end_token + 1; k < hi; k++)
    if (is_word (c, k))
      words++;
  if (words < 3)
    return FALSE;
  _byline_quotes_speaker_set_entity (&sp, r->entity);
  done = add_reported_full (c, r->end_token + 1, hi, &sp, G_MAXUINT, lo, hi, FALSE);
  _byline_quotes_speaker_clear (&sp);
  return done;
}

/* ", adding that CONTENT", ", stressing that CONTENT": a second report by the
 * speaker of the sentence's earlier quotation */
/* The end of a clause that completes a noun ("X's claim that CONTENT went
 * unheeded"): before the sentence's own verb, a second verb group */
static guint
noun_clause_end (const Ctx *c, guint from, guint end)
{
  gboolean verb = FALSE, gap = FALSE;

  for (guint j = from; j < end; j++)
    {
      gboolean here = clause_verb_at (c, from, j) && !present_verb_at (c, from, j);

      if (here && verb && gap)
        return j;
      verb = verb || here;
      gap = verb && !here;
    }
  return end;
}

/* "Trump's claim", "the senator's repeated warning": a noun of speech after a
 * possessive, not a verb */
static gboolean
possessed_noun (const Ctx *c, guint v, guint lo)
{
  for (guint k = v; k > lo && k + 3 > v; k--)
    {
      if (c->toks[k - 1].kind == BYLINE_TOKEN_POSSESSIVE)
        return TRUE;
      if (c->toks[k - 1].kind != BYLINE_TOKEN_WORD || (c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
        return FALSE;
    }
  return FALSE;
}

/* "It was announced by the ministry that ...", "it has been reported that ...":
 * a report in the passive, its speaker the agent after "by", or no one. The
 * token after the agent (or the verb) when @v is such a verb, else 0. */
static guint
passive_report (Ctx *c, guint v, guint lo, guint hi, GPtrArray *entities, Speaker *out)
{
  guint k = v;
  guint end;

  if (v < lo + 2 || byline_token_len (&c->toks[v]) < 4 || c->text[byline_token_end (&c->toks[v]) - 1] != 'd')
    return 0;
  if (byline_token_is (c->text, &c->toks[k - 1], "been"))
    k--;
  if (!(byline_token_is (c->text, &c->toks[k - 1], "was") || byline_token_is (c->text, &c->toks[k - 1], "is")
        || byline_token_is (c->text, &c->toks[k - 1], "has") || byline_token_is (c->text, &c->toks[k - 1], "had"))
      || k - 1 == lo || !byline_token_is (c->text, &c->toks[k - 2], "it"))
    return 0;
  /* "it is learned that", "it is believed that": a hedge, no one's report */
  if (has (c, v, BYLINE_WORD_COGNITION) || byline_token_is (c->text, &c->toks[v], "learned")
      || byline_token_is (c->text, &c->toks[v], "understood") || byline_token_is (c->text, &c->toks[v], "believed"))
    return G_MAXUINT;
  _byline_quotes_speaker_clear (out);
  if (v + 2 < hi && byline_token_is (c->text, &c->toks[v + 1], "by"))
    {
      guint who = v + 2;

      if (byline_token_is (c->text, &c->toks[who], "the"))
        who++;
      if (who < hi && _byline_quotes_speaker_at (c, who, hi, entities, out, &end))
        return end;
      _byline_quotes_speaker_clear (out);
      return 0;
    }
  out->found = TRUE;  /* no one named */
  return v + 1;
}

/* A name's apposition at token @k: "a spokeswoman for ...", "the head of ...", "who ..." */
static gboolean
apposition_at (const Ctx *c, guint k)
{
  return k < c->n && (byline_token_is (c->text, &c->toks[k], "a") || byline_token_is (c->text, &c->toks[k], "an")
                      || byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "who")
                      || byline_token_is (c->text, &c->toks[k], "whose")
                      || (has (c, k, BYLINE_WORD_ROLE) && !(c->toks[k].flags & BYLINE_TOKEN_CAP)));
}

/* "Polls show", "a new survey found", "the study finds": a verb of finding at
 * @v after a word for a study, a poll or figures, its source in @out (the
 * study named, or the words) */
static gboolean
study_finding (Ctx *c, guint v, guint lo, GPtrArray *entities, Speaker *out)
{
  static const char *const verbs[] = { "show", "shows", "showed", "shown", "found", "finds", NULL };
  static const char *const nouns[] = { "poll", "polls", "survey", "surveys", "study", "studies", "report",
                                       "analysis", "data", "figures", "research", "audit", "review", NULL };
  gboolean verb = FALSE, noun = FALSE;
  guint n;

  for (int w = 0; verbs[w] != NULL && !verb; w++)
    verb = byline_token_is (c->text, &c->toks[v], verbs[w]);
  /* (literals: a word of another length costs one test) */
  verb = verb || byline_token_is (c->text, &c->toks[v], "suggests") || byline_token_is (c->text, &c->toks[v], "suggested");
  if (!verb || v == lo || c->toks[v].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  n = v - 1;
  if (byline_token_is (c->text, &c->toks[n], "also") && n > lo)
    n--;
  /* "The report, published by X on Monday, found that": over the phrase
   * between commas */
  if (is_char (c, n, ',') && n > lo + 2)
    for (guint j = n - 1; j > lo + 1 && j + 16 > n; j--)
      {
        if (in_quote (c, j) || (c->toks[j].kind == BYLINE_TOKEN_PUNCT && !is_char (c, j, ',')))
          break;
        if (is_char (c, j, ','))
          {
            n = j - 1;
            break;
          }
      }
  for (int w = 0; nouns[w] != NULL && !noun; w++)
    noun = byline_token_is (c->text, &c->toks[n], nouns[w]);
  /* "a new analysis of hospital data from 14 countries suggests that": the noun
   * before "of", over a few words without a verb */
  for (guint j = n; !noun && j > lo + 1 && j + 8 > n && v + 1 < c->n && byline_token_is (c->text, &c->toks[v + 1], "that");
       j--)
    {
      if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || is_speech (c, j) || _byline_quotes_is_aux (c, j))
        break;
      if (byline_token_is (c->text, &c->toks[j], "of"))
        {
          for (int w = 0; nouns[w] != NULL && !noun; w++)
            noun = byline_token_is (c->text, &c->toks[j - 1], nouns[w]);
          if (noun)
            n = j - 1;
          break;
        }
    }
  if (!noun)
    {
      /* "the National Nutrition Study found" */
      const BylineMentionRef *r = byline_mentions_at (c->mentions, n);

      if (r != NULL && r->end_token == n + 1 && r->entity->type == BYLINE_ENTITY_ORG)
        {
          const char *last = strrchr (r->entity->name, ' ');
          for (int w = 0; nouns[w] != NULL && !noun; w++)
            noun = g_ascii_strcasecmp (last != NULL ? last + 1 : r->entity->name, nouns[w]) == 0;
          if (noun)
            {
              _byline_quotes_speaker_set_entity (out, r->entity);
              return TRUE;
            }
        }
      return FALSE;
    }
  /* the words of the noun group: "a new Gallup poll", "Polls" */
  {
    guint first = n;
    Speaker named = { 0 };
    guint end;

    while (first > lo && first + 4 > n && c->toks[first - 1].kind == BYLINE_TOKEN_WORD
           && !is_speech (c, first - 1) && !_byline_quotes_is_aux (c, first - 1))
      first--;
    /* "the study" named before: "the National Nutrition Study" */
    if (byline_token_is (c->text, &c->toks[first], "the")
        && _byline_quotes_speaker_at (c, first, v, entities, &named, &end) && named.entity != NULL)
      {
        _byline_quotes_speaker_set_entity (out, named.entity);
        _byline_quotes_speaker_clear (&named);
        return TRUE;
      }
    _byline_quotes_speaker_clear (&named);
    g_free (out->name);
    out->name = _byline_quotes_span_text (c, first, n + 1);
    out->entity = NULL;
    out->found = TRUE;
  }
  return TRUE;
}

/* "the jury heard that ...", "..., the court heard.": what a court was told,
 * by someone the sentence does not name */
static gboolean
court_heard (const Ctx *c, guint v)
{
  static const char *const bodies[] = { "court", "jury", "jurors", "tribunal", "inquest", "inquiry", "hearing",
                                        "panel", NULL };

  if (v == 0 || c->toks[v].kind != BYLINE_TOKEN_WORD || byline_token_len (&c->toks[v]) != 5
      || c->text[c->toks[v].start] != 'h' || !byline_token_is (c->text, &c->toks[v], "heard"))
    return FALSE;
  for (int w = 0; bodies[w] != NULL; w++)
    if (byline_token_is (c->text, &c->toks[v - 1], bodies[w]))
      return TRUE;
  return FALSE;
}

/* "The 14-count indictment, unsealed on Monday, alleges that ...", "the
 * lawsuit says ...": a court paper speaks for whoever filed it; as GUIDE.md
 * has it, the body it is of when the noun group names one ("the company's
 * lawsuit"), else the paper's name. Tried only where no subject was found. */
static gboolean
document_subject (Ctx *c, guint v, guint lo, Speaker *out)
{
  static const char *const nouns[] = { "indictment", "complaint", "lawsuit", "suit", "filing", "petition",
                                       "affidavit", "motion", NULL };
  gboolean noun = FALSE;
  guint n, first;

  if (v < lo + 2 || c->toks[v].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  n = v - 1;
  /* over the phrase between commas */
  if (is_char (c, n, ',') && n > lo + 2)
    for (guint j = n - 1; j > lo + 1 && j + 16 > n; j--)
      {
        if (in_quote (c, j) || (c->toks[j].kind == BYLINE_TOKEN_PUNCT && !is_char (c, j, ',')))
          return FALSE;
        if (is_char (c, j, ','))
          {
            n = j - 1;
            break;
          }
      }
  if (c->toks[n].kind != BYLINE_TOKEN_WORD || (c->toks[n].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  for (int w = 0; nouns[w] != NULL && !noun; w++)
    noun = byline_token_is (c->text, &c->toks[n], nouns[w]);
  if (!noun)
    return FALSE;
  /* the noun group: a determiner or a possessor, and a few words */
  first = n;
  while (first > lo && first + 5 > n
         && (c->toks[first - 1].kind == BYLINE_TOKEN_WORD || c->toks[first - 1].kind == BYLINE_TOKEN_NUMBER
             || c->toks[first - 1].kind == BYLINE_TOKEN_POSSESSIVE)
         && !is_speech (c, first - 1) && !_byline_quotes_is_aux (c, first - 1)
         && !byline_token_is (c->text, &c->toks[first - 1], "that"))
    first--;
  if (!(byline_token_is (c->text, &c->toks[first], "the") || byline_token_is (c->text, &c->toks[first], "a")
        || byline_token_is (c->text, &c->toks[first], "an")))
    {
      /* "the company's lawsuit", "Harbourline's complaint": its body */
      for (guint j = first; j < n; j++)
        if (c->toks[j + 1].kind == BYLINE_TOKEN_POSSESSIVE)
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, j);

            if (r != NULL && r->end_token == j + 1 && r->entity->type == BYLINE_ENTITY_ORG)
              {
                _byline_quotes_speaker_set_entity (out, r->entity);
                return TRUE;
              }
          }
      return FALSE;
    }
  for (guint j = first + 1; j < n; j++)
    if (c->toks[j].kind == BYLINE_TOKEN_POSSESSIVE && j > first + 1)
      {
        const BylineMentionRef *r = byline_mentions_at (c->mentions, j - 1);

        if (r != NULL && r->end_token == j && r->entity->type == BYLINE_ENTITY_ORG)
          {
            _byline_quotes_speaker_set_entity (out, r->entity);
            return TRUE;
          }
      }
  g_free (out->name);
  out->name = _byline_quotes_span_text (c, first + 1, n + 1);
  out->entity = NULL;
  out->found = TRUE;
  return TRUE;
}

/* After a verb that charges someone, at token @v, an object from @k and then
 * what it charges them with: "accused the aides of lying", "blamed the mayor
 * for cutting ..." (verbs that urge, "urged the speaker to act", are not read:
 * the development set does not count them as reports) */
static gboolean
object_complement (const Ctx *c, guint v, guint k, guint hi)
{
  static const char *const charging[] = { "accus", "blam", "criticiz", "criticis", NULL };
  const char *verb = c->text + c->toks[v].start;
  gboolean charges = FALSE;

  for (int w = 0; charging[w] != NULL; w++)
    charges = charges || g_ascii_strncasecmp (verb, charging[w], strlen (charging[w])) == 0;
  if (!charges)
    return FALSE;
  for (guint j = k + 1; j + 1 < hi && j < k + 8; j++)
    {
      const BylineToken *next = &c->toks[j + 1];

      if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || in_quote (c, j))
        return FALSE;
      if ((byline_token_is (c->text, &c->toks[j], "of") || byline_token_is (c->text, &c->toks[j], "for"))
          && next->kind == BYLINE_TOKEN_WORD && byline_token_len (next) > 4
          && strncmp (c->text + byline_token_end (next) - 3, "ing", 3) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
participle_reports (Ctx *c, guint s, GPtrArray *entities)
{
  const BylineSentence *sent = sentence (c, s);
  guint lo = sent->first_token, hi = sent->end_token;
  guint main_start = lo;

  if (c->clauses != NULL && s < c->clauses->len)
    main_start = MAX (lo, g_array_index (c->clauses, BylineClause, s).main_start);
  /* "WASHINGTON (AP) — X urged ...": the subject after the dateline */
  while (main_start < hi && byline_span_contains (&c->doc->wire, c->toks[main_start].start))
    main_start++;
  if (main_start < hi && main_start > lo && (is_char (c, main_start, '-') || is_char (c, main_start, 0x2014)
                                             || is_char (c, main_start, 0x2013)))
    main_start++;

  for (guint v = lo + 2; v + 4 < hi; v++)
    {
      const BylineQuote *earlier = c->previous;
      Speaker sp = { 0 };
      guint k;
      gboolean that, own = FALSE;

      /* ", adding that", or a second verb: "and emphasized that" */
      /* (", but added that": the same speaker's second report, against the first) */
      gboolean second = (byline_token_is (c->text, &c->toks[v - 1], "and") || byline_token_is (c->text, &c->toks[v - 1], "but"))
                        && is_speech (c, v) && byline_token_is (c->text, &c->toks[v + 1], "that");

      if (in_quote (c, v) || (!second && (!is_char (c, v - 1, ',') || !is_speech_participle (c, v))))
        continue;
      /* ", speaking on condition of anonymity because ...": how the source spoke,
       * never what */
      if (byline_token_is (c->text, &c->toks[v], "speaking"))
        continue;
      /* ", citing internal emails obtained by ...", ", quoting a study": the source
       * the speaker relies on, not words of theirs, unless "that" follows */
      if ((byline_token_is (c->text, &c->toks[v], "citing") || byline_token_is (c->text, &c->toks[v], "quoting"))
          && !byline_token_is (c->text, &c->toks[v + 1], "that"))
        continue;
      if (earlier == NULL || earlier->sentence != s || earlier->speaker_name == NULL || earlier->end > c->toks[v].start)
        {
          guint end = v, who = main_start;
          gboolean found = FALSE;

          /* no report before it: "The ministry condemned the strike, saying that ...":
           * the subject of the sentence's main clause speaks ("the", a nationality
           * before a body's name); a quoted adverbial after the participle is inside
           * its clause ("disagreed, saying the vote would fall "the way it always does"") */
          if (!second && (earlier == NULL || earlier->sentence != s
                             || (earlier->start > c->toks[v].start && earlier->kind == BYLINE_QUOTE_PARTIAL
                                 && quoted_adverbial (c, earlier->first_token))
                             /* "X appreciated the "balanced positions" ..., affirming that":
                              * a fragment before it that no one was found for */
                             || (earlier->speaker_name == NULL && earlier->kind == BYLINE_QUOTE_PARTIAL
                                 && earlier->end <= c->toks[v].start))
              && main_start + 2 < v && !in_quote (c, main_start))
            {
              found = _byline_quotes_speaker_at (c, who, v, entities, &sp, &end);
              /* over "the", a nationality, "main opposition" */
              while (!found && who < main_start + 3 && who + 1 < v
                     && (byline_mentions_at (c->mentions, who)
                         ? byline_mentions_at (c->mentions, who)->entity->type == BYLINE_ENTITY_NORP
                         : c->toks[who].kind == BYLINE_TOKEN_WORD && !is_speech (c, who)
                           && !_byline_quotes_is_aux (c, who) && !has (c, who, BYLINE_WORD_PAST)))
                {
                  const BylineMentionRef *r = byline_mentions_at (c->mentions, who);

                  who = r ? r->end_token : who + 1;
                  _byline_quotes_speaker_clear (&sp);
                  found = _byline_quotes_speaker_at (c, who, v, entities, &sp, &end);
                }
            }
          if (!found || end + 1 >= v)
            {
              _byline_quotes_speaker_clear (&sp);
              return;
            }
        }
      else
        {
          own = TRUE;
          sp.found = TRUE;
          sp.entity = earlier->speaker;
          sp.name = g_strdup (earlier->speaker_name);
          /* "X stressed that ..., the ministry said in a statement, adding that": the
           * participle goes on with the reporting clause just before it, not with
           * the one whose words the ministry relayed */
          for (guint rv = earlier->end_token; rv < v && earlier->cue.end > 0 && earlier->cue.end <= earlier->start; rv++)
            if (!in_quote (c, rv) && is_speech (c, rv) && !is_speech_participle (c, rv))
              {
                Speaker relay = { 0 };

                if (_byline_quotes_subject_of_cue (c, rv, earlier->end_token, v, entities, &relay)
                    && relay.name != NULL && g_strcmp0 (relay.name, sp.name) != 0)
                  {
                    _byline_quotes_speaker_clear (&sp);
                    sp = relay;
                  }
                else
                  _byline_quotes_speaker_clear (&relay);
                break;
              }
        }
      k = skip_adjuncts (c, v + 1, hi);
      that = k < hi && byline_token_is (c->text, &c->toks[k], "that");
      if (that)
        k++;
      if (that && k + 1 < hi && is_char (c, k, ','))
        k++;
      /* with no report before it, a clause for sure: "that", a pronoun, or a short
       * noun group and its verb ("saying the plan was"), not an object ("noting
       * the touches of ... that were present") */
      if (k >= hi || !(clause_start (c, k) || (that && is_word (c, k))) || !(that || verb_soon (c, k, hi))
          || (!that && !own && !is_pronoun_person (c, k) && !is_pronoun_group (c, k)
              && !_byline_quotes_subject_then_aux (c, k, hi) && !verb_soon (c, k, MIN (hi, k + 5))))
        {
          _byline_quotes_speaker_clear (&sp);
          continue;
        }
      {
        guint end = content_end (c, k, hi);

        if (!overlaps_marked (c, k, end) && add_reported (c, k, end, &sp, v, lo, hi) && !own && earlier != NULL
            && earlier->sentence == s && earlier->speaker_name == NULL && earlier->kind == BYLINE_QUOTE_PARTIAL
            && earlier->end <= c->toks[v].start && sp.name != NULL)
          /* and the fragment before it is the same speaker's */
          for (guint i = 0; i < c->quotes->len; i++)
            if (c->quotes->pdata[i] == (gpointer) earlier)
              {
                BylineQuote *fragment = c->quotes->pdata[i];

                fragment->speaker = sp.entity;
                fragment->speaker_name = g_strdup (sp.name);
                break;
              }
      }
      _byline_quotes_speaker_clear (&sp);
    }
}

static void indirect_quotes_main (Ctx *c, guint s, GPtrArray *entities);

/* Whether @e is the agency of the article's own dateline ("Prague (CTK) -"):
 * one of its mentions is written as the dateline's agency is */
static gboolean
own_agency (const Ctx *c, const Speaker *sp)
{
  gsize len = c->doc->wire_agency.end - c->doc->wire_agency.start;
  const char *agency = c->text + c->doc->wire_agency.start;
  const BylineEntity *e = sp->entity;

  if (len == 0)
    return FALSE;
  if (sp->name != NULL && strlen (sp->name) == len && strncmp (sp->name, agency, len) == 0)
    return TRUE;
  if (e == NULL || e->type != BYLINE_ENTITY_ORG || e->mentions == NULL)
    return FALSE;
  for (guint i = 0; i < e->mentions->len; i++)
    {
      const BylineMention *m = &g_array_index (e->mentions, BylineMention, i);
      const BylineToken *last;

      if (m->end - m->start == len && strncmp (c->text + m->start, agency, len) == 0)
        return TRUE;
      /* "the News Agency of Nigeria (NAN)": its short name in brackets after it */
      if (m->end_token + 2 < c->n && is_char (c, m->end_token, '('))
        {
          last = &c->toks[m->end_token + 1];
          if (byline_token_len (last) == len && strncmp (c->text + last->start, agency, len) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A report of its own in [lo, hi): "he told colleagues that ..., according to
 * two aides" is his, the aides only vouch for it */
static gboolean
reports_within (const Ctx *c, guint lo, guint hi)
{
  for (guint j = lo; j < hi; j++)
    if (!in_quote (c, j) && is_speech (c, j) && !g_str_has_prefix (c->text + byline_token_end (&c->toks[j]) - 3, "ing")
        /* not "is expected to", "was believed to": no one's report */
        && !(j > lo && (byline_token_is (c->text, &c->toks[j - 1], "is") || byline_token_is (c->text, &c->toks[j - 1], "was")
                        || byline_token_is (c->text, &c->toks[j - 1], "are") || byline_token_is (c->text, &c->toks[j - 1], "were"))
             && j + 1 < hi && byline_token_is (c->text, &c->toks[j + 1], "to"))
        /* nor "spoke with her counterparts", "agreed on a date": a meeting's verb */
        && !(j + 1 < hi && (byline_token_is (c->text, &c->toks[j], "spoke") || byline_token_is (c->text, &c->toks[j], "agreed"))
             && (byline_token_is (c->text, &c->toks[j + 1], "with") || byline_token_is (c->text, &c->toks[j + 1], "on")
                 || byline_token_is (c->text, &c->toks[j + 1], "by"))))
      return TRUE;
  return FALSE;
}

/* "according to United Nations figures", "official data from the bureau": a
 * claim's source, not a report */
static gboolean
cites_data (const Ctx *c, guint from, guint hi)
{
  static const char *const data[] = {
    "figures", "data", "statistics", "estimates", "results", "records", "numbers", "tally", "count", NULL,
  };

  for (guint j = from; j < hi && j < from + 6 && c->toks[j].kind != BYLINE_TOKEN_PUNCT; j++)
    for (int w = 0; data[w] != NULL; w++)
      if (byline_token_is (c->text, &c->toks[j], data[w]))
        return TRUE;
  return FALSE;
}

/* "according to two people briefed on the talks", "a diplomat in Doha", "a joint
 * statement": people or their words, not named; not figures or records, which
 * a claim cites ("according to official figures"), nor "officials" or "sources",
 * the anonymous source of a claim */
static gboolean
unnamed_source (const Ctx *c, guint from, guint hi)
{
  static const char *const heads[] = {
    "people", "person", "diplomat", "diplomats", "aide", "aides", "official", "participant", "participants", "statement", "spokesman", "spokeswoman", "spokesperson", "witnesses",
    "lawmakers", "negotiators", "advisers", "advisors", "members", "attendees", "delegates", "source", "sources",
    "dispatch", "readout", NULL,
  };

  static const char *const data[] = {
    "figures", "data", "statistics", "estimates", "results", "records", "numbers", "tally", "count", NULL,
  };
  gboolean head = FALSE;

  guint end = from;

  /* the source ends the sentence: "At the meeting, according to two people,
   * X did Y" reports what follows, read elsewhere; but a relative clause of
   * the source's or a second clause may follow it (", who described ...", ",
   * and the pair met again ...", ", in what would be ...") */
  while (end < hi && end < from + 12 && c->toks[end].kind != BYLINE_TOKEN_PUNCT
         && !(end > from + 1 && byline_token_is (c->text, &c->toks[end], "who")))
    end++;
  /* (", according to a source in the office who was not allowed to ...": the
   * source's relative clause ends the sentence) */
  if (end + 1 < hi && !byline_token_is (c->text, &c->toks[end], "who")
      && !(is_char (c, end, ',') && end + 2 < hi
           && (byline_token_is (c->text, &c->toks[end + 1], "who") || byline_token_is (c->text, &c->toks[end + 1], "and")
               || (byline_token_is (c->text, &c->toks[end + 1], "in") && byline_token_is (c->text, &c->toks[end + 2], "what")))))
    return FALSE;
  for (guint j = from; j < hi && j < from + 5 && c->toks[j].kind != BYLINE_TOKEN_PUNCT; j++)
    {
      for (int w = 0; data[w] != NULL; w++)
        if (byline_token_is (c->text, &c->toks[j], data[w]))
          return FALSE;
      for (int w = 0; heads[w] != NULL && !head; w++)
        head = byline_token_is (c->text, &c->toks[j], heads[w]);
      /* "officials familiar with the planning", "sources briefed on the talks":
       * people who were there, not the officials a claim cites */
      if (!head && j + 1 < hi && (byline_token_is (c->text, &c->toks[j], "officials") || byline_token_is (c->text, &c->toks[j], "sources"))
          && (byline_token_is (c->text, &c->toks[j + 1], "familiar") || byline_token_is (c->text, &c->toks[j + 1], "briefed")
              || byline_token_is (c->text, &c->toks[j + 1], "close")))
        head = TRUE;
    }
  return head;
}

/* "X said the plan had left farmers "with less money" and that CONTENT": after a
 * quotation of the sentence's report, a second clause of the same speaker */
static void
and_that_reports (Ctx *c, guint s)
{
  const BylineSentence *sent = sentence (c, s);
  guint lo = sent->first_token, hi = sent->end_token;
  const BylineQuote *last = c->previous;

  /* a few tokens past the quotation's closing mark */
  for (guint v = MAX (lo + 4, last->end_token); v + 4 < hi && v < last->end_token + 4; v++)
    {
      const BylineQuote *earlier = c->previous;
      Speaker sp = { 0 };
      guint from = v + 1, end;

      /* (also '... remained "optimistic" and had spoken to X': the clause's second
       * verb, its auxiliary first) */
      gboolean aux = !byline_token_is (c->text, &c->toks[v], "that");

      if ((aux && !(byline_token_is (c->text, &c->toks[v], "had") || byline_token_is (c->text, &c->toks[v], "has")
                    || byline_token_is (c->text, &c->toks[v], "would") || byline_token_is (c->text, &c->toks[v], "will")))
          || in_quote (c, v) || !byline_token_is (c->text, &c->toks[v - 1], "and"))
        continue;
      if (aux)
        from = v;
      /* right after the closing mark of a quotation: '..." and that' */
      if (!(c->toks[v - 2].flags & BYLINE_TOKEN_QUOTE) && !in_quote (c, v - 2))
        continue;
      if (earlier == NULL || earlier->sentence != s || earlier->speaker_name == NULL
          || earlier->end > c->toks[v].start || earlier->kind == BYLINE_QUOTE_INDIRECT)
        continue;
      if (!aux && !clause_start (c, from))
        continue;
      end = content_end (c, from, hi);
      if (overlaps_marked (c, from, end))
        continue;
      sp.found = TRUE;
      sp.entity = earlier->speaker;
      sp.name = g_strdup (earlier->speaker_name);
      {
        guint cue = G_MAXUINT;

        /* the first report's verb */
        for (guint j = lo; j < v && earlier->cue.end > earlier->cue.start && cue == G_MAXUINT; j++)
          if (c->toks[j].start == earlier->cue.start)
            cue = j;
        if (add_reported (c, from, end, &sp, cue, lo, hi))
          v = end;
      }
      _byline_quotes_speaker_clear (&sp);
    }
}

void
_byline_quotes_indirect_quotes (Ctx *c, guint s, GPtrArray *entities)
{
  indirect_quotes_main (c, s, entities);
  participle_reports (c, s, entities);
  /* only where a quotation of a report came before in the sentence */
  if (c->previous != NULL && c->previous->sentence == s && c->previous->kind != BYLINE_QUOTE_INDIRECT)
    and_that_reports (c, s);
}

/* "told", "tells" at @k: a verb whose next words are the one told, never its
 * speaker (", told reporters") */
static gboolean
told_at (const Ctx *c, guint k)
{
  return byline_token_is (c->text, &c->toks[k], "told") || byline_token_is (c->text, &c->toks[k], "tells");
}

static void
indirect_quotes_main (Ctx *c, guint s, GPtrArray *entities)
{
    {
      const BylineSentence *sent = sentence (c, s);
      guint lo = sent->first_token, hi = sent->end_token;
      gboolean done = FALSE;

      /* a headline that names its source after a dash or a colon at its end:
       * "Ministers agree to resume talks - Foreign Ministry", "...: reports" */
      if (byline_document_is_header (c->doc, sent->start)
          && (headline_source (c, lo, hi, entities) || headline_speaker_first (c, lo, hi)))
        return;
      /* "OTTAWA (Reuters) - CONTENT, X said": the content starts after the dateline */
      while (lo < hi && byline_span_contains (&c->doc->wire, c->toks[lo].start))
        lo++;
      /* ("LIMA, Peru — CONTENT, X said": a dateline the document did not take) */
      lo = _byline_quotes_skip_dateline (c, lo, hi);
      /* "CONTENT, he noted, and CONTENT": a reporting clause between commas whose
       * report goes on after "and"; both halves are the speaker's, before any
       * verb of the second half ("officials believed ...") is read as a report */
      for (guint k = lo + 3; k + 6 < hi && k < lo + 4 * CLAUSE_WINDOW; k++)
        {
          Speaker sp = { 0 };
          guint v = k + 2, second, end;
          gboolean earlier = FALSE;

          if (!is_char (c, k, ',') || in_quote (c, k))
            continue;
          if (!(is_pronoun_person (c, k + 1) && is_speech (c, v) && !is_speech_participle (c, v) && is_char (c, v + 1, ',')
                && (byline_token_is (c->text, &c->toks[v + 2], "and") || byline_token_is (c->text, &c->toks[v + 2], "but"))))
            break;
          for (guint j = lo; j < k && !earlier; j++)
            earlier = is_speech (c, j) || in_quote (c, j);
          if (earlier || overlaps_marked (c, k, hi) || !_byline_quotes_subject_of_cue (c, v, lo, hi, entities, &sp)
              || sp.name == NULL)
            {
              _byline_quotes_speaker_clear (&sp);
              break;
            }
          second = v + 3;
          end = content_end (c, second, hi);
          if (add_reported (c, lo, k, &sp, v, lo, hi))
            {
              add_reported_full (c, second, end, &sp, v, lo, hi, TRUE);
              _byline_quotes_speaker_clear (&sp);
              return;
            }
          _byline_quotes_speaker_clear (&sp);
          break;
        }
      /* "By her count, CONTENT": her reckoning */
      if (lo < hi && (c->text[c->toks[lo].start] | 0x20) == 'b')
        {
          Speaker bc = { 0 };
          guint from, cue;

          if (_byline_quotes_by_count (c, lo, hi, &bc, &from, &cue))
            {
              guint end = content_end (c, from, hi);

              if (!overlaps_marked (c, from, end) && add_reported_full (c, from, end, &bc, cue, lo, hi, TRUE))
                {
                  _byline_quotes_speaker_clear (&bc);
                  return;
                }
            }
          _byline_quotes_speaker_clear (&bc);
        }


      /* X said (that) CONTENT; and after it, another: "X said A, but Y said B" */
      for (guint v = lo; v < hi; v++)
        {
          Speaker sp = { 0 };
          guint k;

          guint plen = 0, passive;
          gboolean speech;

          if (in_quote (c, v))
            continue;
          /* "pointed out", "made clear": the phrase first, then a verb alone */
          plen = reporting_phrase (c, v);
          /* "(speaking) on condition of anonymity", "declined to comment": how a
           * source spoke or did not, never what */
          if (plen > 0 && (byline_token_is (c->text, &c->toks[v], "on") || byline_token_is (c->text, &c->toks[v], "declined")
                           || byline_token_is (c->text, &c->toks[v], "could") || byline_token_is (c->text, &c->toks[v], "did")))
            plen = 0;
          /* "called on the visiting premier and discussed ...": a visit; "called on
           * X to act" urges */
          if (plen > 0 && g_ascii_strncasecmp (c->text + c->toks[v].start, "call", 4) == 0 && v + 1 < hi
              && byline_token_is (c->text, &c->toks[v + 1], "on"))
            {
              gboolean to = FALSE;

              for (guint j = v + 2; j < hi && j < v + 12 && !to; j++)
                {
                  if (c->toks[j].kind == BYLINE_TOKEN_PUNCT || byline_token_is (c->text, &c->toks[j], "and"))
                    break;
                  to = byline_token_is (c->text, &c->toks[j], "to");
                }
              if (!to)
                continue;
            }
          speech = plen > 0 || is_speech (c, v);
          if (G_UNLIKELY (!speech && c->text[c->toks[v].start] == 'h') && court_heard (c, v))
            speech = TRUE;
          speech = speech
                   /* a title-case headline's "X Says ..." */
                   || ((c->toks[v].flags & (BYLINE_TOKEN_WEAK_CAP | BYLINE_TOKEN_SENT_START)) == BYLINE_TOKEN_WEAK_CAP
                       && (c->toks[v].flags & BYLINE_TOKEN_CAP) && has (c, v, BYLINE_WORD_SPEECH)
                       && byline_document_is_header (c->doc, c->toks[v].start));
          /* "polls show ...", "the study found that ...": what a study reports */
          /* ("a new analysis suggests that": a verb of speech too) */
          if ((!speech || byline_token_is (c->text, &c->toks[v], "suggests")
               || byline_token_is (c->text, &c->toks[v], "suggested"))
              && c->toks[v].kind == BYLINE_TOKEN_WORD
              && (c->text[c->toks[v].start] == 's' || c->text[c->toks[v].start] == 'f')
              /* (literals, one test for a word of another length, before the call) */
              && (byline_token_is (c->text, &c->toks[v], "show") || byline_token_is (c->text, &c->toks[v], "shows")
                  || byline_token_is (c->text, &c->toks[v], "showed") || byline_token_is (c->text, &c->toks[v], "shown")
                  || byline_token_is (c->text, &c->toks[v], "found") || byline_token_is (c->text, &c->toks[v], "finds")
                  || byline_token_is (c->text, &c->toks[v], "suggests")
                  || byline_token_is (c->text, &c->toks[v], "suggested"))
              && study_finding (c, v, lo, entities, &sp))
            {
              guint k2 = v + 1;
              gboolean that2 = k2 < hi && byline_token_is (c->text, &c->toks[k2], "that");

              if (that2)
                k2++;
              if (k2 < hi && (clause_start (c, k2) || that2) && (that2 || verb_soon (c, k2, hi)))
                {
                  guint end = content_end (c, k2, hi);

                  if (!overlaps_marked (c, k2, end) && add_reported_full (c, k2, end, &sp, v, lo, hi, !that2))
                    {
                      BylineQuote *q = c->quotes->pdata[c->quotes->len - 1];

                      if (q->connotation == NULL)
                        q->connotation = "neutral";
                      done = TRUE;
                      v = MAX (v, end);
                    }
                }
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "a former New Jersey state senator", "the state legislature": the noun,
           * after a place or a determiner, no verb of stating */
          if (speech && v > lo && plen == 0 && byline_token_is (c->text, &c->toks[v], "state")
              && !(c->toks[v].flags & BYLINE_TOKEN_CAP))
            {
              const BylineMentionRef *place = byline_mentions_at (c->mentions, v - 1);

              if ((place != NULL && place->end_token == v && place->entity->type == BYLINE_ENTITY_PLACE)
                  || byline_token_is (c->text, &c->toks[v - 1], "the") || byline_token_is (c->text, &c->toks[v - 1], "a")
                  || byline_token_is (c->text, &c->toks[v - 1], "each") || byline_token_is (c->text, &c->toks[v - 1], "every")
                  || byline_token_is (c->text, &c->toks[v - 1], "this") || byline_token_is (c->text, &c->toks[v - 1], "one")
                  || c->toks[v - 1].kind == BYLINE_TOKEN_POSSESSIVE)
                speech = FALSE;
            }
          if (!speech)
            continue;
          /* "the two governments are also considering a declaration": a verb of
           * thought in the progressive takes an object, no report */
          if (plen == 0 && v > lo + 1 && byline_token_len (&c->toks[v]) > 5
              && strncmp (c->text + byline_token_end (&c->toks[v]) - 3, "ing", 3) == 0 && (has (c, v, BYLINE_WORD_COGNITION))
              && !(v + 1 < hi && byline_token_is (c->text, &c->toks[v + 1], "that")))
            {
              guint b = v - 1;

              if (b > lo && pre_verb_adverb_at (c, b))
                b--;
              if (byline_token_is (c->text, &c->toks[b], "are") || byline_token_is (c->text, &c->toks[b], "is")
                  || byline_token_is (c->text, &c->toks[b], "were") || byline_token_is (c->text, &c->toks[b], "was")
                  || byline_token_is (c->text, &c->toks[b], "been"))
                continue;
            }
          /* "who spoke on condition of anonymity": how, never what */
          if (v + 2 < hi && byline_token_is (c->text, &c->toks[v + 1], "on")
              && byline_token_is (c->text, &c->toks[v + 2], "condition"))
            continue;
          /* "state media reported", "state television said": the noun of a source's name */
          if (byline_token_cls (&c->toks[v]) & BYLINE_WORD_CUE_START)
            {
              guint kinds = 0;
              guint len = byline_lexicon_cue_at (c->lex, c->text, c->toks, c->n, v, &kinds);

              if (len > 1 && (kinds & (BYLINE_CUE_MEDIA | BYLINE_CUE_ANONYMOUS)))
                continue;
            }
          /* "was charged ..., accused of taking bribes", "blamed for the delays": the
           * subject is charged, by no one the sentence names */
          if (v + 1 < hi && c->toks[v].kind == BYLINE_TOKEN_WORD && c->text[byline_token_end (&c->toks[v]) - 1] == 'd'
              && (byline_token_is (c->text, &c->toks[v + 1], "of") || byline_token_is (c->text, &c->toks[v + 1], "for"))
              && (byline_token_is (c->text, &c->toks[v], "accused") || byline_token_is (c->text, &c->toks[v], "blamed")
                  || byline_token_is (c->text, &c->toks[v], "criticized") || byline_token_is (c->text, &c->toks[v], "criticised")))
            continue;
          /* "agreed to share data", "promised to act": what they will do, not a report */
          if (v + 1 < hi && byline_token_is (c->text, &c->toks[v + 1], "to") && c->toks[v].kind == BYLINE_TOKEN_WORD
              && (g_ascii_strncasecmp (c->text + c->toks[v].start, "agree", 5) == 0
                  || g_ascii_strncasecmp (c->text + c->toks[v].start, "promise", 7) == 0
                  || g_ascii_strncasecmp (c->text + c->toks[v].start, "pledge", 6) == 0
                  || g_ascii_strncasecmp (c->text + c->toks[v].start, "vow", 3) == 0))
            continue;
          /* "have not said why", "never said": no report */
          if (v > lo && (byline_token_is (c->text, &c->toks[v - 1], "not")
                         || byline_token_is (c->text, &c->toks[v - 1], "never")
                         || byline_token_is (c->text, &c->toks[v - 1], "n't")))
            continue;
          /* "Y quoted X as saying that ...": X speaks, at "saying" */
          if ((byline_token_is (c->text, &c->toks[v], "quoted") || byline_token_is (c->text, &c->toks[v], "cited")
               || (c->text[byline_token_end (&c->toks[v]) - 1] == 'd' && v + 1 < hi && byline_mentions_at (c->mentions, v + 1) != NULL))
              && _byline_quotes_as_saying_after (c, v, hi) != G_MAXUINT)
            continue;
          /* "X, quoted by the agency, said ...": a participle of the outlet's, the
           * report is at "said" */
          if (v + 1 < hi && byline_token_is (c->text, &c->toks[v + 1], "by")
              && (byline_token_is (c->text, &c->toks[v], "quoted") || byline_token_is (c->text, &c->toks[v], "cited")))
            continue;
          /* ", adding that ...": read after the sentence's first report */
          if (is_speech_participle (c, v) && v > lo && is_char (c, v - 1, ','))
            continue;
          passive = passive_report (c, v, lo, hi, entities, &sp);
          if (passive == G_MAXUINT)
            continue;
          /* "Said she had shaken hands with Pak ...": a sentence with no subject goes
           * on from the one quoted just before */
          if (passive == 0 && v == lo && (c->toks[v].flags & BYLINE_TOKEN_CAP) && c->previous != NULL
              && c->previous->speaker_name != NULL && c->previous->sentence + 3 >= s
              && c->text[byline_token_end (&c->toks[v]) - 1] == 'd')
            {
              sp.found = TRUE;
              sp.entity = c->previous->speaker;
              sp.name = g_strdup (c->previous->speaker_name);
            }
          else if (passive == 0 && court_heard (c, v))
            sp.found = TRUE;  /* no one named */
          else if (passive == 0 && !_byline_quotes_subject_of_cue (c, v, lo, v, entities, &sp)
                   && !document_subject (c, v, lo, &sp))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "CTK recalls that ...", "NAN recalled that ...": the article's own
           * agency giving background, the writer's voice, no one's report */
          if (passive == 0 && (c->text[c->toks[v].start] | 0x20) == 'r'
              && g_ascii_strncasecmp (c->text + c->toks[v].start, "recall", 6) == 0 && own_agency (c, &sp))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          k = skip_adjuncts (c, passive != 0 ? passive : v + MAX (plen, 1), hi);
          /* "expressed the hope that ...", "voiced his belief that ...": the clause
           * after the noun of thought */
          if (k + 3 < hi && (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "his")
                             || byline_token_is (c->text, &c->toks[k], "her") || byline_token_is (c->text, &c->toks[k], "their")
                             || byline_token_is (c->text, &c->toks[k], "its"))
              && byline_token_is (c->text, &c->toks[k + 2], "that"))
            {
              static const char *const nouns[] = { "hope", "belief", "conviction", "confidence", "view", "wish",
                                                   "expectation", "opinion", "concern", NULL };

              for (int w = 0; nouns[w] != NULL; w++)
                if (byline_token_is (c->text, &c->toks[k + 1], nouns[w]))
                  {
                    k += 2;
                    break;
                  }
            }
          /* "expressed her appreciation for ...", "conveyed his greetings to ...": an
           * object, not a report, unless "that" follows */
          if (passive == 0 && plen == 0 && k < hi && !byline_token_is (c->text, &c->toks[k], "that")
              && (g_ascii_strncasecmp (c->text + c->toks[v].start, "express", 7) == 0
                  || g_ascii_strncasecmp (c->text + c->toks[v].start, "convey", 6) == 0)
              && (byline_token_is (c->text, &c->toks[k], "his") || byline_token_is (c->text, &c->toks[k], "her")
                  || byline_token_is (c->text, &c->toks[k], "their") || byline_token_is (c->text, &c->toks[k], "its")
                  || byline_token_is (c->text, &c->toks[k], "the")))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "called the plan "a fantasy"": a name given to something, not a report,
           * unless "that" follows */
          if (passive == 0 && plen == 0 && g_ascii_strncasecmp (c->text + c->toks[v].start, "call", 4) == 0
              && byline_token_len (&c->toks[v]) <= 6 && !(k < hi && byline_token_is (c->text, &c->toks[k], "that")))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "Asked whether ..., X said": the question put to the speaker opens the
           * sentence, it reports nothing */
          if (v == lo && passive == 0 && g_ascii_strncasecmp (c->text + c->toks[v].start, "asked", 5) == 0)
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "asked Washington for funds", "asked the court to rule": a request of
           * someone, not a report; "asked whether ...", "asked that ..." report */
          if (passive == 0 && plen == 0 && g_ascii_strncasecmp (c->text + c->toks[v].start, "ask", 3) == 0
              && !(k < hi && (byline_token_is (c->text, &c->toks[k], "that")
                              || byline_token_is (c->text, &c->toks[k], "whether")
                              || byline_token_is (c->text, &c->toks[k], "if")
                              || byline_token_is (c->text, &c->toks[k], "how")
                              || byline_token_is (c->text, &c->toks[k], "why")
                              || byline_token_is (c->text, &c->toks[k], "what")
                              || byline_token_is (c->text, &c->toks[k], "when"))))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "it was announced that ...": a clause follows, or nothing is reported */
          if (passive != 0 && !(k < hi && byline_token_is (c->text, &c->toks[k], "that")))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* '"...," the minister wrote in the introduction to ...': the verb of the
           * quotation before it, whose words are the report; only "that" opens another */
          if (passive == 0 && c->previous != NULL && c->previous->sentence == s && c->previous->cue.end != 0
              && c->previous->cue.start == c->toks[v].start && c->previous->end_token <= v && !(k < hi && byline_token_is (c->text, &c->toks[k], "that")))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "said after a council that dragged on": a relative clause of the
           * adjunct's noun, no report */
          if (k > v + 1 && relative_that (c, k, hi))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          {
            gboolean that = k < hi && byline_token_is (c->text, &c->toks[k], "that");
            const char *conn = byline_lexicon_connotation (c->lex, c->text, &c->toks[v]);

            if (that)
              k++;
            /* "said that, as the parents came from abroad, they ...": the clause after the comma */
            if (that && k + 1 < hi && is_char (c, k, ','))
              k++;
            /* "suggested the two sides soon sign ...", "proposed the agencies closely
             * coordinate ...": a wish's clause, its verb bare after an adverb */
            gboolean wish = FALSE;

            if (!that && k + 3 < hi
                && (byline_token_is (c->text, &c->toks[v], "suggested") || byline_token_is (c->text, &c->toks[v], "proposed")
                    || byline_token_is (c->text, &c->toks[v], "recommended"))
                && (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "both")))
              for (guint j = k + 2; j + 1 < hi && j < k + 9 && (c->toks[j].kind != BYLINE_TOKEN_PUNCT || is_char (c, j, '\''))
                                    && !wish; j++)
                wish = (byline_token_is (c->text, &c->toks[j], "soon")
                        || (byline_token_len (&c->toks[j]) > 4 && c->text[byline_token_end (&c->toks[j]) - 1] == 'y'
                            && c->text[byline_token_end (&c->toks[j]) - 2] == 'l'))
                       && c->toks[j + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[j + 1].flags & BYLINE_TOKEN_CAP)
                       && !has (c, j + 1, BYLINE_WORD_STOPWORD) && c->text[byline_token_end (&c->toks[j + 1]) - 1] != 's';
            /* "accused the White House of stonewalling": whom, then what they are
             * charged with */
            if (!that && k < hi && object_complement (c, v, k, hi))
              {
                guint end = content_end (c, k, hi);

                if (!overlaps_marked (c, k, end) && add_reported_full (c, k, end, &sp, v, lo, hi, FALSE))
                  {
                    done = TRUE;
                    v = MAX (v, end);
                  }
                _byline_quotes_speaker_clear (&sp);
                continue;
              }
            /* "thanked Yıldırım for ...", "praised the ties": verbs that take an
             * object report a clause only with "that" */
            if (!that && conn != NULL && (g_str_equal (conn, "positive") || g_str_equal (conn, "negative"))
                /* but "warned the party would pay": a subject and its verb follow; "disputed
                 * how much ...": a question */
                && !_byline_quotes_subject_then_aux (c, k, hi)
                && !(k < hi && (byline_token_is (c->text, &c->toks[k], "how")
                                || byline_token_is (c->text, &c->toks[k], "whether"))))
              k = hi;
            /* "stressed the need for ...", "underlined the success of ...": an object,
             * unless "that" says a clause follows */
            if (!that && !wish && conn != NULL && !g_str_equal (conn, "neutral") && k < hi
                && (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "a")
                    || byline_token_is (c->text, &c->toks[k], "an") || byline_token_is (c->text, &c->toks[k], "its")
                    || byline_token_is (c->text, &c->toks[k], "his") || byline_token_is (c->text, &c->toks[k], "her")
                    || byline_token_is (c->text, &c->toks[k], "their"))
                && !_byline_quotes_subject_then_aux (c, k, hi)
                /* "acknowledged the funding remained the obstacle", "contended the
                 * bill went too far": a verb of conceding or arguing, a short noun
                 * group and a verb in the past */
                && !((g_str_equal (conn, "conceding") || g_str_equal (conn, "doubting"))
                     && subject_then_past (c, k, hi)))
              k = hi;
            /* after "that" a clause may open with a phrase: "stated that during the
             * meeting he ..." */
            /* "a move that officials said was meant to ...": the relative clause's
             * subject is the report's, which goes on from its verb */
            gboolean gap = FALSE, enclosed = FALSE;

            if (!that && k < hi && (_byline_quotes_is_aux (c, k) || has (c, k, BYLINE_WORD_FUTURE)))
              for (guint j = v - 1; j > lo && j + 6 > v && !gap; j--)
                if ((byline_token_is (c->text, &c->toks[j - 1], "that") || byline_token_is (c->text, &c->toks[j - 1], "which"))
                    && j - 1 > lo && !is_speech (c, j - 2))
                  {
                    Speaker rel = { 0 };
                    guint rel_end;

                    gap = TRUE;
                    enclosed = is_char (c, j - 2, ',');
                    /* the relative clause's own subject speaks: "officials in Brussels" */
                    if (_byline_quotes_speaker_at (c, j, v, entities, &rel, &rel_end))
                      {
                        _byline_quotes_speaker_clear (&sp);
                        sp = rel;
                      }
                    else
                      _byline_quotes_speaker_clear (&rel);
                  }
            if (wish)
              {
                guint end = content_end (c, k, hi);

                if (!overlaps_marked (c, k, end) && add_reported_full (c, k, end, &sp, v, lo, hi, FALSE))
                  {
                    done = TRUE;
                    v = MAX (v, end);
                  }
              }
            else if (k < hi && (clause_start (c, k) || (that && is_word (c, k)) || gap) && (that || gap || verb_soon (c, k, hi)))
              {
                guint end = content_end (c, k, hi);

                /* ", which critics say would cost billions, passed": to the clause's comma */
                for (guint j = k; enclosed && j < end; j++)
                  if (is_char (c, j, ','))
                    end = j;

                /* "X's claim that CONTENT was disputed": the noun's clause only */
                if (that && possessed_noun (c, v, lo))
                  end = noun_clause_end (c, k, end);
                if (!overlaps_marked (c, k, end) && add_reported (c, k, end, &sp, v, lo, hi))
                  {
                    done = TRUE;
                    v = MAX (v, end);
                  }
              }
          }
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, said X, CONTENT. (the reporting clause set in the middle) */
      for (guint k = lo + 2; k + 6 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok;

          /* not ", saying the plan ...": a participle's subject is the sentence's */
          if (!is_char (c, k, ',') || in_quote (c, k) || !is_speech (c, k + 1)
              || in_quote (c, k + 1) || is_speech_participle (c, k + 1))
            continue;
          /* a name the entity finder did not know, misspelt: "said Mauer," of K.C. Maurer */
          if (!_byline_quotes_speaker_at (c, k + 2, hi, entities, &sp, &end_tok) && is_word (c, k + 2)
              && (c->toks[k + 2].flags & BYLINE_TOKEN_CAP) && is_char (c, k + 3, ','))
            {
              g_autofree char *word = _byline_quotes_span_text (c, k + 2, k + 3);
              const BylineEntity *near = _byline_quotes_person_by_misspelt_surname (entities, word);

              _byline_quotes_speaker_clear (&sp);
              if (near != NULL)
                _byline_quotes_speaker_set_entity (&sp, near);
              end_tok = k + 3;
            }
          /* not "said X, a spokeswoman for ...": the name's apposition, not more content */
          if (sp.found && end_tok + 4 < hi && is_char (c, end_tok, ',')
              && !overlaps_marked (c, lo, hi) && k - lo <= 8 && !apposition_at (c, end_tok + 1))
            done = add_reported (c, lo, content_end (c, end_tok + 1, hi), &sp, k + 1, lo, hi);
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* SUBJECT, X said, PREDICATE. ("The president, aides said, was furious"):
       * the reporting clause set between a short subject and its verb */
      for (guint k = lo + 1; k + 6 < hi && k <= lo + 8 && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok, v;

          gboolean verb = FALSE;

          if (!is_char (c, k, ',') || in_quote (c, k))
            continue;
          /* a reporting verb before the next comma, first: most commas have none */
          for (guint j = k + 1; j < hi && j < k + 8 && !is_char (c, j, ',') && !verb; j++)
            verb = has (c, j, BYLINE_WORD_SPEECH);
          if (!verb || overlaps_marked (c, lo, hi))
            continue;
          /* ", X said," or ", said X,"; ", several people in the room said," */
          if (is_speech (c, k + 1) && !is_speech_participle (c, k + 1) && !told_at (c, k + 1)
              && _byline_quotes_speaker_at (c, k + 2, hi, entities, &sp, &end_tok))
            v = k + 1;
          else if ((_byline_quotes_body_or_group_at (c, k + 1, hi, &sp, &end_tok)
                    || _byline_quotes_speaker_at (c, k + 1 + honorific_at (c, k + 1), hi, entities, &sp, &end_tok))
                   && end_tok < hi
                   && is_speech (c, end_tok) && !is_speech_participle (c, end_tok))
            v = end_tok++;
          else
            v = G_MAXUINT;
          /* ", X told the state broadcaster," : over the one told */
          if (v != G_MAXUINT && v + 1 == end_tok && end_tok < hi && !is_char (c, end_tok, ',')
              && byline_token_is (c->text, &c->toks[v], "told"))
            for (guint j = end_tok; j < hi && j < end_tok + 6 && !in_quote (c, j); j++)
              {
                if (is_char (c, j, ','))
                  {
                    end_tok = j;
                    break;
                  }
                if (c->toks[j].kind != BYLINE_TOKEN_WORD)
                  break;
              }
          if (v != G_MAXUINT && end_tok + 2 < hi && is_char (c, end_tok, ',')
              && (_byline_quotes_is_aux (c, end_tok + 1) || has (c, end_tok + 1, BYLINE_WORD_PAST | BYLINE_WORD_FUTURE)
                  /* "It was, officials insisted, just sport": the verb before the clause */
                  || (k == lo + 2 && _byline_quotes_is_aux (c, lo + 1) && is_pronoun_group (c, lo))
                  /* "It was at that dinner, X said, that the deal was struck" */
                  || (byline_token_is (c->text, &c->toks[end_tok + 1], "that") && is_pronoun_group (c, lo)
                      && _byline_quotes_is_aux (c, lo + 1))))
            done = add_reported (c, lo, content_end (c, end_tok + 1, hi), &sp, v, lo, hi);
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, said X. (the verb before its subject, at the sentence's end) */
      for (guint k = MAX (lo + 4, hi > CLAUSE_WINDOW ? hi - CLAUSE_WINDOW : 0); k + 2 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok;

          /* (not ", told reporters": the one told, never the speaker) */
          if (!is_char (c, k, ',') || in_quote (c, k) || !is_speech (c, k + 1) || in_quote (c, k + 1)
              || is_speech_participle (c, k + 1) || told_at (c, k + 1))
            continue;
          if (!_byline_quotes_speaker_at (c, k + 2, hi, entities, &sp, &end_tok))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          /* "said Labor Secretary Ana Ruiz": the person after the body and title */
          if (sp.entity != NULL && sp.entity->type != BYLINE_ENTITY_PERSON)
            for (guint j = end_tok; j < hi && j < end_tok + 4 && c->toks[j].kind == BYLINE_TOKEN_WORD; j++)
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, j);
                if (r != NULL && r->entity->type == BYLINE_ENTITY_PERSON)
                  {
                    _byline_quotes_speaker_set_entity (&sp, r->entity);
                    end_tok = r->end_token;
                    break;
                  }
              }
          /* "..., said X, a spokeswoman for the department." */
          if ((ends_reporting_clause (c, skip_adjuncts (c, end_tok, hi), hi)
               || (is_char (c, end_tok, ',') && apposition_at (c, end_tok + 1)))
              && !overlaps_marked (c, lo, k) && k - lo < 4 * CLAUSE_WINDOW)
            done = add_reported (c, lo, k, &sp, k + 1, lo, hi);
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, X said. (the reporting clause ends the sentence) */
      for (guint k = MAX (lo + 4, hi > CLAUSE_WINDOW ? hi - CLAUSE_WINDOW : 0); k + 2 < hi && !done; k++)
        {
          Speaker sp = { 0 };
          guint end_tok, v;

          /* not ", saying residents felt ...": the participle reports, its clause
           * is no speaker */
          if (!is_char (c, k, ',') || in_quote (c, k) || is_speech_participle (c, k + 1))
            continue;
          /* "CONTENT, it was announced on Friday.": a report by no one named */
          if (k + 4 <= hi && byline_token_is (c->text, &c->toks[k + 1], "it")
              && (byline_token_is (c->text, &c->toks[k + 2], "was") || byline_token_is (c->text, &c->toks[k + 2], "is"))
              && is_speech (c, k + 3) && c->text[byline_token_end (&c->toks[k + 3]) - 1] == 'd'
              && ends_reporting_clause (c, skip_adjuncts (c, k + 4, hi), hi) && !overlaps_marked (c, lo, k)
              && k - lo < 4 * CLAUSE_WINDOW)
            {
              sp.found = TRUE;
              done = add_reported (c, lo, k, &sp, k + 3, lo, hi);
              continue;
            }
          /* ", the Norwegian Foreign Ministry said": over "the" and a nationality */
          {
            guint who = k + 1;
            gboolean ok = _byline_quotes_body_or_group_at (c, who, hi, &sp, &end_tok)
                          || _byline_quotes_speaker_at (c, who, hi, entities, &sp, &end_tok);

            while (!ok && who < k + 3 && who + 1 < hi
                   && (byline_token_is (c->text, &c->toks[who], "the") || byline_token_is (c->text, &c->toks[who], "a")
                       || byline_token_is (c->text, &c->toks[who], "an")
                       || (byline_mentions_at (c->mentions, who)
                           && byline_mentions_at (c->mentions, who)->entity->type == BYLINE_ENTITY_NORP)))
              {
                const BylineMentionRef *r = byline_mentions_at (c->mentions, who);
                who = r ? r->end_token : who + 1;
                ok = _byline_quotes_speaker_at (c, who, hi, entities, &sp, &end_tok);
              }
            if (!ok)
              {
                _byline_quotes_speaker_clear (&sp);
                continue;
              }
          }
          v = end_tok;
          /* "CONTENT, Jean Roux, chairman of the bank, said": over the name's
           * apposition to its verb */
          if (sp.entity != NULL && sp.entity->type == BYLINE_ENTITY_PERSON && v + 3 < hi && is_char (c, v, ',')
              && (apposition_at (c, v + 1) || c->toks[v + 1].kind == BYLINE_TOKEN_NUMBER))
            {
              guint a = v + 1;

              /* (one apposition or two: ", 61, a grower near Ribeirao,") */
              for (guint part = 0; part < 2; part++)
                {
                  while (a < hi && a < v + 24 && !is_char (c, a, ',') && !in_quote (c, a) && !is_speech (c, a))
                    a++;
                  if (part == 0 && a + 2 < hi && is_char (c, a, ',') && apposition_at (c, a + 1))
                    a++;
                  else
                    break;
                }
              if (a + 1 < hi && is_char (c, a, ',')
                  && (is_speech (c, a + 1) || (byline_token_is (c->text, &c->toks[a + 1], "also") && a + 2 < hi && is_speech (c, a + 2))))
                v = a + 1;
            }
          /* "CONTENT, Foreign Ministry officials said": the body's people speak for it */
          if (sp.entity != NULL && sp.entity->type == BYLINE_ENTITY_ORG && v + 1 < hi
              && _byline_scan_is_one_of (c->text, c->toks, c->n, v,
                                         (const char *const[]) { "officials", "sources", "spokesman", "spokeswoman",
                                                                 "spokesperson", "diplomats", "aides", "staff", NULL })
              && is_speech (c, v + 1))
            v++;
          if (v < hi && byline_token_is (c->text, &c->toks[v], "also"))
            v++;
          /* "CONTENT, Downing Street has said." */
          if (v + 1 < hi && (byline_token_is (c->text, &c->toks[v], "has") || byline_token_is (c->text, &c->toks[v], "have"))
              && is_speech (c, v + 1))
            v++;
          /* ("CONTENT, CTK recalls.": the article's own agency, background) */
          if (v < hi && (c->text[c->toks[v].start] | 0x20) == 'r'
              && g_ascii_strncasecmp (c->text + c->toks[v].start, "recall", 6) == 0 && own_agency (c, &sp))
            {
              _byline_quotes_speaker_clear (&sp);
              continue;
            }
          if (v < hi && !is_speech (c, v))
            {
              if (!court_heard (c, v))
                {
                  _byline_quotes_speaker_clear (&sp);
                  continue;
                }
              _byline_quotes_speaker_clear (&sp);
              sp.found = TRUE;  /* no one named */
            }
          if (v < hi && k - lo < 4 * CLAUSE_WINDOW && !overlaps_marked (c, lo, k))
            {
              guint after = skip_adjuncts (c, v + 1, hi);

              if (ends_reporting_clause (c, after, hi))
                done = add_reported (c, lo, k, &sp, v, lo, hi);
              /* "CONTENT, X said in a briefing, but CONTENT": the report goes on
               * past the reporting clause */
              else if (is_char (c, after, ',') && after + 4 < hi && !in_quote (c, after + 1)
                       && (byline_token_is (c->text, &c->toks[after + 1], "but")
                           || byline_token_is (c->text, &c->toks[after + 1], "and")
                           || byline_token_is (c->text, &c->toks[after + 1], "because")
                           || byline_token_is (c->text, &c->toks[after + 1], "although")
                           || byline_token_is (c->text, &c->toks[after + 1], "though"))
                       && add_reported (c, lo, k, &sp, v, lo, hi))
                {
                  guint end = content_end (c, after + 1, hi);

                  done = TRUE;
                  if (!overlaps_marked (c, after + 1, end))
                    add_reported_full (c, after + 1, end, &sp, v, lo, hi, FALSE);
                }
            }
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* CONTENT, according to PERSON or BODY. (an outlet or "officials" as the
       * source makes a claim, not a quotation) */
      for (guint k = lo + 3; k + 3 < hi; k++)
        if (is_char (c, k, ',') && byline_token_is (c->text, &c->toks[k + 1], "according")
            && byline_token_is (c->text, &c->toks[k + 2], "to") && !overlaps_marked (c, lo, k))
          {
            Speaker sp = { 0 };
            guint cue;

            /* "..., where, according to the ministry, the two noted ...", "at which,
             * according to a diplomat, they discussed ...": the clause after the
             * source is the report, the one before is the writer's */
            if (byline_token_is (c->text, &c->toks[k - 1], "where")
                || (byline_token_is (c->text, &c->toks[k - 1], "which") && is_word (c, k - 2)
                    && has (c, k - 2, BYLINE_WORD_STOPWORD))
                /* "In that meeting, according to a statement from X, both parties
                 * agreed ...": a fronted phrase of place or time, no verb in it */
                || (k <= lo + 6 && (byline_token_is (c->text, &c->toks[lo], "in") || byline_token_is (c->text, &c->toks[lo], "at")
                                    || byline_token_is (c->text, &c->toks[lo], "during")
                                    || byline_token_is (c->text, &c->toks[lo], "after"))
                    && !verb_soon (c, lo + 1, k)))
              {
                guint j = k + 3;

                while (j < hi && j < k + 14 && !is_char (c, j, ',') && c->toks[j].kind != BYLINE_TOKEN_PUNCT)
                  j++;
                if (j + 4 < hi && is_char (c, j, ',') && !in_quote (c, j + 1) && clause_start (c, j + 1)
                    && _byline_quotes_according_to (c, k + 1, hi, entities, &sp, &cue) && !cites_data (c, k + 3, hi))
                  {
                    guint end = content_end (c, j + 1, hi);

                    /* (not 'the interlocutors "noted ..."': the quotation is the report) */
                    if (end > j + 1 && !overlaps_marked (c, j + 1, end))
                      done = add_reported (c, j + 1, end, &sp, cue, lo, hi);
                  }
                _byline_quotes_speaker_clear (&sp);
                break;
              }
            if (_byline_quotes_according_to (c, k + 1, hi, entities, &sp, &cue) && !cites_data (c, k + 3, hi)
                && ((sp.entity != NULL
                     && (sp.entity->type == BYLINE_ENTITY_PERSON
                         || (sp.entity->type == BYLINE_ENTITY_ORG
                             && (sp.entity->lex == NULL || sp.entity->lex->kind != BYLINE_LEX_OUTLET))))
                    /* ("a White House official": one of a place, unnamed) */
                    || ((sp.entity == NULL || sp.entity->type == BYLINE_ENTITY_PLACE)
                        && unnamed_source (c, k + 3, hi) && !reports_within (c, lo, k))
                    /* ("according to the ministry.": a body named before or not) */
                    || (sp.entity == NULL && byline_token_is (c->text, &c->toks[k + 3], "the")
                        && has (c, k + 4, BYLINE_WORD_ORG_HEAD) && !(c->toks[k + 4].flags & BYLINE_TOKEN_CAP)
                        && k + 5 < c->n && c->toks[k + 5].kind == BYLINE_TOKEN_PUNCT && k + 6 >= hi))
                /* (the verb after the main clause's subject, past a fronted phrase:
                 * "On the sidelines of the summit, X and Y held talks ...") */
                && (verb_soon (c, lo, k)
                    || (c->clauses != NULL && s < c->clauses->len
                        && g_array_index (c->clauses, BylineClause, s).main_start > lo
                        && g_array_index (c->clauses, BylineClause, s).main_start < k
                        && verb_soon (c, g_array_index (c->clauses, BylineClause, s).main_start, k))))
              done = add_reported (c, lo, k, &sp, cue, lo, hi);
            _byline_quotes_speaker_clear (&sp);
            break;
          }
      if (done)
        return;

      /* "X's claim that CONTENT", "the senator's warning that CONTENT": a noun
       * of speech owned by its speaker */
      for (guint k = lo + 2; k + 3 < hi && !done; k++)
        {
          static const char *const nouns[] = {
            "claim", "claims", "statement", "assertion", "warning", "insistence", "argument", "suggestion",
            "remark", "remarks", "allegation", "promise", "pledge", "belief", "announcement", "admission",
            "denial", "prediction", "contention", "accusation", "complaint", "view", NULL,
          };
          gboolean noun = FALSE;
          guint owner;
          Speaker sp = { 0 };
          guint end_tok;

          if (!byline_token_is (c->text, &c->toks[k + 1], "that") || in_quote (c, k))
            continue;
          for (int w = 0; nouns[w] != NULL && !noun; w++)
            noun = byline_token_is (c->text, &c->toks[k], nouns[w]);
          if (!noun)
            continue;
          /* the possessive before the noun, over an adjective or two: "Trump's repeated claim" */
          owner = k;
          while (owner > lo && owner + 3 > k && c->toks[owner - 1].kind == BYLINE_TOKEN_WORD
                 && !(c->toks[owner - 1].flags & BYLINE_TOKEN_CAP))
            owner--;
          if (owner <= lo || c->toks[owner - 1].kind != BYLINE_TOKEN_POSSESSIVE)
            continue;
          {
            const BylineMentionRef *r = byline_mentions_at (c->mentions, owner - 2);
            guint who = r != NULL ? r->first_token : owner - 2;

            if (r != NULL && r->end_token == owner - 1 && _byline_quotes_is_speaker_type (r->entity)
                && r->entity->type != BYLINE_ENTITY_PLACE)
              _byline_quotes_speaker_set_entity (&sp, r->entity);
            else
              {
                /* "the senator's claim": a description of someone named */
                while (who > lo && who + 4 > owner && c->toks[who - 1].kind == BYLINE_TOKEN_WORD
                       && !byline_token_is (c->text, &c->toks[who], "the"))
                  who--;
                if (!byline_token_is (c->text, &c->toks[who], "the")
                    || !_byline_quotes_speaker_at (c, who, owner - 1, entities, &sp, &end_tok))
                  {
                    _byline_quotes_speaker_clear (&sp);
                    continue;
                  }
              }
          }
          {
            guint from = k + 2;
            guint end = noun_clause_end (c, from, content_end (c, from, hi));

            if (from < hi && clause_start (c, from) && verb_soon (c, from, end) && !overlaps_marked (c, from, end))
              done = add_reported (c, from, end, &sp, k, lo, hi);
            /* "view", "belief": nouns the reporting verbs do not colour */
            if (done)
              {
                BylineQuote *q = c->quotes->pdata[c->quotes->len - 1];

                if (q->connotation == NULL)
                  q->connotation = "neutral";
              }
          }
          _byline_quotes_speaker_clear (&sp);
        }
      if (done)
        return;

      /* According to X, CONTENT. ("But according to X, ...": over the conjunction) */
      if (hi - lo > 7 && (byline_token_is (c->text, &c->toks[lo], "But") || byline_token_is (c->text, &c->toks[lo], "And"))
          && byline_token_is (c->text, &c->toks[lo + 1], "according"))
        lo++;
      if (hi - lo > 6 && byline_token_is (c->text, &c->toks[lo], "according")
          && byline_token_is (c->text, &c->toks[lo + 1], "to"))
        {
          Speaker sp = { 0 };
          guint cue;

          if (_byline_quotes_according_to (c, lo, hi, entities, &sp, &cue))
            {
              guint k = lo + 2;
              while (k < hi && !is_char (c, k, ','))
                k++;
              k++;
              /* over the name in apposition: "According to the coach, Ali Rahimi, ..." */
              if (k < hi && sp.entity != NULL && byline_mentions_at (c->mentions, k) != NULL
                  && byline_mentions_at (c->mentions, k)->entity == sp.entity
                  && is_char (c, byline_mentions_at (c->mentions, k)->end_token, ','))
                k = byline_mentions_at (c->mentions, k)->end_token + 1;
              /* over a description in apposition: "According to X, the head of the
               * union, the strike ..." */
              else if (k + 3 < hi && sp.entity != NULL && sp.entity->type == BYLINE_ENTITY_PERSON
                       && (byline_token_is (c->text, &c->toks[k], "the") || byline_token_is (c->text, &c->toks[k], "a")))
                {
                  gboolean role = FALSE;

                  for (guint j = k + 1; j < hi && j < k + 9; j++)
                    {
                      if (c->toks[j].kind != BYLINE_TOKEN_WORD && c->toks[j].kind != BYLINE_TOKEN_POSSESSIVE)
                        {
                          if (is_char (c, j, ',') && role)
                            k = j + 1;
                          break;
                        }
                      if (is_speech (c, j) || _byline_quotes_is_aux (c, j))
                        break;
                      role = role || has (c, j, BYLINE_WORD_ROLE);
                    }
                }
              /* "According to X, the team's participation shows progress": the
               * frame says it is a report, whatever the verb */
              /* (up to a quotation that ends it: "... borders "if our friends ask"") */
              if (k + 3 < hi)
                {
                  guint end = content_end (c, k, hi);

                  if (!overlaps_marked (c, k, end))
                    add_reported_full (c, k, end, &sp, cue, lo, hi, sp.entity == NULL || end - k < 6);
                }
            }
          _byline_quotes_speaker_clear (&sp);
        }
    }
}

/* Transcripts: a paragraph opening with its speaker's name in capitals and a
 * colon, "SMITH: Well, look, ..."; the token of the colon, or G_MAXUINT. A
 * place in capitals is a dateline ("LONDON: ..."), not a speaker. */
static guint
transcript_label (const Ctx *c, guint i)
{
  guint k = i;
  const BylineMentionRef *r;

  while (k < c->n && k < i + 4 && ((c->toks[k].kind == BYLINE_TOKEN_WORD && (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS))
                                     /* "SEN. BERNIE SANDERS" */
                                     || (k > i && is_char (c, k, '.') && !(c->toks[k].flags & BYLINE_TOKEN_SPACE))))
    k++;
  /* "Berg: ...": a person's name in ordinary case (it must open two paragraphs
   * or more, see _byline_quotes_transcript_line ()) */
  if (k == i && (c->toks[i].flags & BYLINE_TOKEN_CAP)
      && (is_char (c, i + 1, ':') || is_char (c, i + 2, ':') || is_char (c, i + 3, ':'))
      && (r = byline_mentions_at (c->mentions, i)) != NULL
      && r->first_token == i && r->entity->type == BYLINE_ENTITY_PERSON && r->end_token < c->n
      && is_char (c, r->end_token, ':'))
    k = r->end_token;
  /* "JAKE TAPPER, CNN HOST:", "SEN. BERNIE SANDERS (I-VT):": a role or a party after the name */
  if (k > i && k + 1 < c->n && (is_char (c, k, ',') || is_char (c, k, '(')))
    {
      guint j = k + 1;

      while (j < c->n && j < k + 8 && !is_char (c, j, ':') && !(c->toks[j].flags & BYLINE_TOKEN_PARA)
             && (c->toks[j].kind != BYLINE_TOKEN_WORD || (c->toks[j].flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_CAP))))
        j++;
      if (j < c->n && is_char (c, j, ':'))
        k = j;
    }
  if (k == i || k + 1 >= c->n || !is_char (c, k, ':') || (c->toks[k + 1].flags & BYLINE_TOKEN_PARA)
      || byline_span_contains (&c->doc->wire, c->toks[i].start) || byline_document_is_header (c->doc, c->toks[i].start))
    return G_MAXUINT;
  r = byline_mentions_at (c->mentions, i);
  if (r != NULL && (r->entity->type == BYLINE_ENTITY_PLACE || r->entity->type == BYLINE_ENTITY_DATE))
    return G_MAXUINT;
  return k;
}

/* The end of the name in a transcript's label: before ", CNN HOST" or "(I-VT)" */
static guint
label_name_end (const Ctx *c, guint i, guint colon)
{
  for (guint k = i + 1; k < colon; k++)
    if (is_char (c, k, ',') || is_char (c, k, '('))
      return k;
  return colon;
}

static char *
label_key (const Ctx *c, guint i, guint colon)
{
  g_autofree char *label = _byline_quotes_span_text (c, i, colon);
  return g_utf8_strdown (label, -1);
}

/* The one an interview is with: the first person named before the first
 * question, past the headline, byline and credit (the standfirst may be the
 * introduction) */
static const BylineEntity *
interviewee (const Ctx *c)
{
  for (guint k = 0; k < c->mentions->len; k++)
    {
      const BylineMentionRef *r = &g_array_index (c->mentions, BylineMentionRef, k);

      if (r->first_token >= c->first_question)
        break;
      if (r->entity->type != BYLINE_ENTITY_PERSON || byline_span_contains (&c->doc->title, r->start)
          || byline_span_contains (&c->doc->byline, r->start) || byline_span_contains (&c->doc->credit, r->start))
        continue;
      /* not the one who asks: "correspondent X interviewed the minister" */
      if (r->end_token < c->n && (byline_token_is (c->text, &c->toks[r->end_token], "interviewed")
                                  || byline_token_is (c->text, &c->toks[r->end_token], "asked")))
        continue;
      if (r->entity->role != NULL)
        {
          static const char *const askers[] = { "correspondent", "reporter", "journalist", "editor", "interviewer",
                                                "host", "presenter", "anchor", NULL };
          g_autofree char *role = g_ascii_strdown (r->entity->role, -1);
          gboolean asks = FALSE;

          for (guint w = 0; askers[w] != NULL && !asks; w++)
            asks = strstr (role, askers[w]) != NULL;
          if (asks)
            continue;
        }
      return r->entity;
    }
  return NULL;
}

/* How many paragraphs open with each label: a transcript names its speakers again and again */
GHashTable *
_byline_quotes_count_transcript_labels (const Ctx *c)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < c->n; i++)
    if (i == 0 || (c->toks[i].flags & BYLINE_TOKEN_PARA))
      {
        guint colon = transcript_label (c, i);

        if (colon != G_MAXUINT)
          {
            char *key = label_key (c, i, colon);
            guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
            g_hash_table_replace (counts, key, GUINT_TO_POINTER (n + 1));
          }
      }
  return counts;
}

/* Whether the labels make a transcript: three labelled paragraphs or more, and
 * a speaker who comes back ("MODERATOR: ... SMITH: ... JONES: ... SMITH: ...");
 * then a label that opens one paragraph only is a speaker too */
gboolean
_byline_quotes_is_transcript (GHashTable *labels)
{
  GHashTableIter iter;
  gpointer value;
  guint lines = 0;
  gboolean again = FALSE;

  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      lines += GPOINTER_TO_UINT (value);
      again = again || GPOINTER_TO_UINT (value) >= 2;
    }
  return lines >= 3 && again;
}

/* The paragraph at sentence @s as a transcript's line: all of it said by the
 * person its label names (a person of that surname in the article, else the
 * label itself when it opens other paragraphs too) */
gboolean
_byline_quotes_transcript_line (Ctx *c, guint s, GPtrArray *entities)
{
  const BylineSentence *sent = sentence (c, s);
  guint i = sent->first_token;
  guint colon, end;
  g_autofree char *key = NULL;
  Speaker sp = { 0 };
  BylineQuote *q;

  if (i >= c->n || (i > 0 && !(c->toks[i].flags & BYLINE_TOKEN_PARA)))
    return FALSE;
  /* an interview: "A: ..." is the one interviewed, the person its introduction
   * names first; "Q: ..." the interviewer's question, nobody's quote */
  if (is_char (c, i + 1, ':') && i + 2 < c->n && !(c->toks[i + 2].flags & BYLINE_TOKEN_PARA)
      && (byline_token_is (c->text, &c->toks[i], "A") || byline_token_is (c->text, &c->toks[i], "Answer"))
      && (c->toks[i].flags & BYLINE_TOKEN_CAP) && c->questions >= 2)
    {
      const BylineEntity *who = interviewee (c);

      if (who == NULL)
        return FALSE;
      _byline_quotes_speaker_set_entity (&sp, who);
      colon = i + 1;
      goto line;
    }
  colon = transcript_label (c, i);
  if (colon == G_MAXUINT)
    return FALSE;
  /* a name in ordinary case opens two lines or more, or the article is a transcript
   * (or a briefing's "Q:" and "A:": "Lin Hao: Good afternoon. ... Q: ... A: ...") */
  if (!(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS) && !c->transcript)
    {
      g_autofree char *whole = label_key (c, i, colon);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (c->labels, whole)) < 2
          && !(c->questions >= 2 && c->first_question > i))
        return FALSE;
    }
  {
    guint name_end = label_name_end (c, i, colon);

    key = label_key (c, name_end - 1, name_end);  /* the surname: the name's last word */
  }
  for (guint e = 0; e < entities->len && !sp.found; e++)
    {
      const BylineEntity *ent = entities->pdata[e];
      const char *last;
      g_autofree char *folded = NULL;

      if (ent->type != BYLINE_ENTITY_PERSON)
        continue;
      last = strrchr (ent->name, ' ');
      folded = g_utf8_strdown (last != NULL ? last + 1 : ent->name, -1);
      if (g_str_equal (folded, key))
        _byline_quotes_speaker_set_entity (&sp, ent);
    }
  if (!sp.found)
    {
      g_autofree char *whole = label_key (c, i, colon);
      g_autofree char *name = label_key (c, i, label_name_end (c, i, colon));

      if (GPOINTER_TO_UINT (g_hash_table_lookup (c->labels, whole)) < 2 && !c->transcript)
        return FALSE;
      /* "SMITH" shown as "Smith" */
      sp.name = g_strdup (name);
      for (char *p = sp.name; *p != '\0'; p = g_utf8_next_char (p))
        if (p == sp.name || p[-1] == ' ')
          *p = g_ascii_toupper (*p);
      sp.found = TRUE;
    }
line:
  for (end = colon + 1; end < c->n && !(c->toks[end].flags & BYLINE_TOKEN_PARA); end++)
    c->in_quote[(end) / 64] |= G_GUINT64_CONSTANT (1) << ((end) % 64);
  c->line_start = i;
  c->line_end = end;
  q = _byline_quotes_quote_new (c, colon + 1, end, BYLINE_QUOTE_DIRECT, &sp, G_MAXUINT);
  g_ptr_array_add (c->quotes, q);
  _byline_quotes_remember (c, q, NULL);
  _byline_quotes_speaker_clear (&sp);
  return TRUE;
}
