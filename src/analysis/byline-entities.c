/* byline-entities.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-entities"

#include "config.h"

#include <string.h>

#include "byline-entities.h"
#include "byline-scan-private.h"

/* Candidate kinds before coreference settles them */
typedef enum
{
  CAND_TYPED,    /* the type is known */
  CAND_UNKNOWN,  /* a capitalised word with no evidence: coreference decides */
  CAND_COMPOUND, /* "Lavrov-Zarif": split when every part is a known name */
} CandKind;

typedef struct
{
  guint                 first;     /* tokens */
  guint                 end;
  BylineEntityType      type;
  CandKind              kind;
  const BylineLexEntry *lex;
  gint                  date;        /* index into Ctx.dates, -1 none */
  guint32               sub_start;   /* a part of a hyphenated token, in bytes; */
  guint32               sub_end;     /* 0 when the candidate is whole tokens */
  int                   title_first; /* tokens of the title or role before, -1 none */
  int                   title_end;
  int                   aff_first;   /* tokens of the NORP/PLACE/ORG before the title */
  int                   aff_end;
  guint                 person_evidence : 1;
  guint                 acronym : 1;
  guint                 same_as_next : 1; /* "Long Name (ACR)" */
  guint                 sub_only : 1;     /* "Warhol-like": a mention only of a known name */
} Cand;

#define CACHE_SIZE 64

/* gazetteer_at () and title_at () are asked about the same few tokens again
 * and again while a name is taken apart: remember the last answers. */
typedef struct
{
  guint                 tag[CACHE_SIZE];  /* token index + 1; 0 is empty */
  guint                 len[CACHE_SIZE];
  const BylineLexEntry *entry[CACHE_SIZE];
} PhraseCache;

typedef struct
{
  const BylineDocument *doc;
  const BylineLexicon  *lex;
  const char           *text;
  const BylineToken    *toks;
  guint                 n;
  GHashTable           *strong;   /* keys capitalised somewhere not by position */
  GHashTable           *lower;    /* keys written in lower case somewhere */
  GHashTable           *name_parts; /* common words that are a name's part: "Park" of "Park Sung-min" */
  GArray               *cands;
  GArray               *dates;    /* BylineDateMatch of DATE candidates */
  gboolean              sports;   /* a match report: countries are teams */
  int                   title_first; /* the last title skipped: "Secretary of State" */
  int                   title_end;
  PhraseCache          *gazetteer_cache;
  PhraseCache          *title_cache;
} Ctx;

static gboolean
is_cap (const Ctx *c, guint i)
{
  return i < c->n && c->toks[i].kind == BYLINE_TOKEN_WORD && (c->toks[i].flags & BYLINE_TOKEN_CAP);
}

static gboolean
is_weak (const Ctx *c, guint i)
{
  return (c->toks[i].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP)) != 0;
}

static gboolean
is_char (const Ctx *c, guint i, gunichar ch)
{
  return _byline_scan_is_char (c->text, c->toks, c->n, i, ch);
}

static gboolean
has (const Ctx *c, guint32 cls, guint i)
{
  return i < c->n && (c->toks[i].cls & cls) != 0;
}

static gboolean
is_common (const Ctx *c, guint i)
{
  return has (c, BYLINE_WORD_COMMON | BYLINE_WORD_STOPWORD, i);
}

static gboolean
is_strong_elsewhere (const Ctx *c, guint i)
{
  char buf[128];
  g_autofree char *heap = NULL;

  return g_hash_table_contains (c->strong, byline_token_key_buf (c->text, &c->toks[i], buf, sizeof buf, &heap));
}

/* Is the word a part of a person's name written in full elsewhere? */
static gboolean
is_name_part (const Ctx *c, guint i)
{
  char buf[128];
  g_autofree char *heap = NULL;

  return g_hash_table_size (c->name_parts) > 0
         && g_hash_table_contains (c->name_parts, byline_token_key_buf (c->text, &c->toks[i], buf, sizeof buf, &heap));
}

static gboolean
is_lower_elsewhere (const Ctx *c, guint i)
{
  char buf[128];
  g_autofree char *heap = NULL;

  return g_hash_table_contains (c->lower, byline_token_key_buf (c->text, &c->toks[i], buf, sizeof buf, &heap));
}

/* "Polaroid" and "Polaroids" in one article: a thing that is counted, not a
 * person */
static gboolean
is_counted_thing (const Ctx *c, guint i)
{
  char buf[128];
  g_autofree char *heap = NULL;
  const char *key;
  gsize len;
  g_autofree char *other = NULL;

  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD || !(c->toks[i].flags & BYLINE_TOKEN_CAP)
      || (c->toks[i].flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN)))
    return FALSE;
  key = byline_token_key_buf (c->text, &c->toks[i], buf, sizeof buf, &heap);
  len = strlen (key);
  if (len < 4)
    return FALSE;
  if (key[len - 1] == 's')
    other = g_strndup (key, len - 1);
  else
    other = g_strconcat (key, "s", NULL);
  return g_hash_table_contains (c->strong, other) && g_hash_table_contains (c->strong, key);
}

static gboolean
is_name_particle (const Ctx *c, guint i)
{
  return i < c->n && c->toks[i].kind == BYLINE_TOKEN_WORD && !(c->toks[i].flags & BYLINE_TOKEN_CAP)
         && has (c, BYLINE_WORD_PARTICLE, i) && is_cap (c, i + 1)
         && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE);
}

/* "al-Assad", "el-Sisi": a lower-case particle joined to a name */
static gboolean
is_particle_compound (const Ctx *c, guint i)
{
  const char *s;
  const char *dash;

  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD || !(c->toks[i].flags & BYLINE_TOKEN_HYPHEN)
      || (c->toks[i].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  s = c->text + c->toks[i].start;
  dash = memchr (s, '-', byline_token_len (&c->toks[i]));
  if (dash == NULL || dash - s > 3 || dash + 1 >= c->text + c->toks[i].end)
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (dash + 1));
}

/* Marks words capitalised by their position: sentence starts, words after an
 * opening quote or a colon, and every word of a title-case line. */
#define SIGNATURES (32 * 27 * 27)

/* A word's length and first two letters, whatever their case */
static guint
word_signature (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  guint len = MIN (byline_token_len (t), 31);
  guint a = 26, b = 26;

  if (g_ascii_isalpha (c->text[t->start]))
    a = (guint) (g_ascii_tolower (c->text[t->start]) - 'a');
  if (len > 1 && g_ascii_isalpha (c->text[t->start + 1]))
    b = (guint) (g_ascii_tolower (c->text[t->start + 1]) - 'a');
  return (len * 27 + a) * 27 + b;
}

static void
mark_weak (Ctx *c)
{
  BylineToken *toks = (BylineToken *) c->toks;
  guint line_start = 0;
  guint8 weak_sigs[SIGNATURES / 8 + 1] = { 0 };

  for (guint i = 0; i <= c->n; i++)
    {
      if (i == c->n || (toks[i].flags & BYLINE_TOKEN_NEWLINE))
        {
          guint words = 0, caps = 0;
          gboolean ends_sentence = i > line_start && toks[i - 1].kind == BYLINE_TOKEN_PUNCT
                                   && byline_token_first_char (c->text, &toks[i - 1]) == '.';

          /* a title-case line: a headline, where every long word has a capital */
          for (guint k = line_start; k < i; k++)
            if (toks[k].kind == BYLINE_TOKEN_WORD && byline_token_len (&toks[k]) > 3)
              {
                words++;
                if (toks[k].flags & BYLINE_TOKEN_CAP)
                  caps++;
              }
          if (!ends_sentence && words >= 2 && words <= 20 && words - caps <= 1 && caps * 10 >= words * 8)
            for (guint k = line_start; k < i; k++)
              toks[k].flags |= BYLINE_TOKEN_WEAK_CAP;
          line_start = i;
        }
      if (i == c->n)
        break;
      if (i > 0 && toks[i - 1].kind == BYLINE_TOKEN_PUNCT)
        {
          gunichar p = byline_token_first_char (c->text, &toks[i - 1]);
          if (p == ':' || ((toks[i - 1].flags & BYLINE_TOKEN_QUOTE) && !(toks[i].flags & BYLINE_TOKEN_SPACE)
                           && p != 0x201D && p != 0x2019))
            toks[i].flags |= BYLINE_TOKEN_WEAK_CAP;
          if (p == '(' || p == '[' || byline_is_dash (p))
            toks[i].flags |= BYLINE_TOKEN_WEAK_CAP;
        }
    }
  for (guint i = 0; i < c->n; i++)
    {
      if ((toks[i].flags & BYLINE_TOKEN_CAP) && !is_weak (c, i) && !(toks[i].flags & BYLINE_TOKEN_ALLCAPS)
          && !is_strong_elsewhere (c, i))
        g_hash_table_add (c->strong, byline_token_key (c->text, &toks[i]));
      /* a common word that is a name's part wherever it stands: the family name
       * before a hyphenated given name ("Park Sung-min"), the surname after a
       * first name ("Condoleezza Rice"); "Park said" opens a sentence later */
      if (i + 1 < c->n && (toks[i].flags & BYLINE_TOKEN_CAP) && (toks[i + 1].flags & BYLINE_TOKEN_CAP)
          && toks[i].kind == BYLINE_TOKEN_WORD && toks[i + 1].kind == BYLINE_TOKEN_WORD
          && !(toks[i + 1].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS)) && !(toks[i].flags & BYLINE_TOKEN_ALLCAPS))
        {
          const char *w = c->text + toks[i + 1].start;
          const char *dash = memchr (w, '-', byline_token_len (&toks[i + 1]));

          if ((toks[i + 1].flags & BYLINE_TOKEN_HYPHEN) && dash != NULL && g_ascii_islower (dash[1])
              && is_common (c, i))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i]));
          else if (has (c, BYLINE_WORD_FIRST_NAME, i) && !has (c, BYLINE_WORD_COMMON, i) && is_common (c, i + 1)
                   && !has (c, BYLINE_WORD_ROLE, i + 1)
                   && !(i + 2 < c->n && (toks[i + 2].flags & BYLINE_TOKEN_CAP) && toks[i + 2].kind == BYLINE_TOKEN_WORD))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i + 1]));
        }
      if ((toks[i].flags & BYLINE_TOKEN_CAP) && is_weak (c, i) && toks[i].kind == BYLINE_TOKEN_WORD)
        {
          guint sig = word_signature (c, i);
          weak_sigs[sig / 8] |= (guint8) (1u << (sig % 8));
        }
    }
  /* the words also written in lower case, among those capitalised by position
   * only: a cheap signature first, the key for the few that share it */
  for (guint i = 0; i < c->n; i++)
    if (toks[i].kind == BYLINE_TOKEN_WORD && !(toks[i].flags & BYLINE_TOKEN_CAP))
      {
        guint sig = word_signature (c, i);

        if ((weak_sigs[sig / 8] & (1u << (sig % 8))) && !is_lower_elsewhere (c, i))
          g_hash_table_add (c->lower, byline_token_key (c->text, &toks[i]));
      }
}

static guint
title_at (const Ctx *c, guint i)
{
  gpointer v;
  guint n;
  guint slot = i % CACHE_SIZE;

  if (c->title_cache->tag[slot] == i + 1)
    return c->title_cache->len[slot];
  n = byline_phrases_match (c->lex->titles, c->text, c->toks, c->n, i, &v);

  /* an abbreviated title keeps its period: "Gov." "Sen." */
  if (n > 0 && is_char (c, i + n, '.') && !(c->toks[i + n].flags & BYLINE_TOKEN_SPACE)
      && byline_token_len (&c->toks[i + n - 1]) <= 4)
    n++;
  c->title_cache->tag[slot] = i + 1;
  c->title_cache->len[slot] = n;
  return n;
}

static guint gazetteer_match (const Ctx *c, guint i, const BylineLexEntry **entry);
static gboolean named_after_dash (const Ctx *c, guint i);

static guint
gazetteer_at (const Ctx *c, guint i, const BylineLexEntry **entry)
{
  guint slot = i % CACHE_SIZE;
  guint n;

  if (c->gazetteer_cache->tag[slot] == i + 1)
    {
      n = c->gazetteer_cache->len[slot];
      if (n > 0)
        *entry = c->gazetteer_cache->entry[slot];
      return n;
    }
  n = gazetteer_match (c, i, entry);
  c->gazetteer_cache->tag[slot] = i + 1;
  c->gazetteer_cache->len[slot] = n;
  c->gazetteer_cache->entry[slot] = n > 0 ? *entry : NULL;
  return n;
}

static guint
gazetteer_match (const Ctx *c, guint i, const BylineLexEntry **entry)
{
  gpointer v = NULL;
  guint n;

  if (i >= c->n || !(c->toks[i].flags & (BYLINE_TOKEN_CAP | BYLINE_TOKEN_ALLCAPS)))
    return 0;
  n = byline_phrases_match (c->lex->names, c->text, c->toks, c->n, i, &v);
  if (n == 0)
    return 0;
  /* every word of the name written with a capital, or a lower-case connector */
  for (guint k = i; k < i + n; k++)
    {
      const BylineToken *t = &c->toks[k];
      if (t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP)
          && !(k > i && has (c, BYLINE_WORD_CONNECTOR, k)) && !is_particle_compound (c, k))
        return 0;
    }
  /* a name that is also a common word needs a capital that is not positional */
  if (((BylineLexEntry *) v)->ambiguous && n == 1 && is_weak (c, i) && !is_strong_elsewhere (c, i)
      && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS))
    return 0;
  /* "Man of the Match", "Phoenix of the Desert": a word of a longer title-case name */
  if (((BylineLexEntry *) v)->ambiguous && n == 1 && i + 3 < c->n && byline_token_is (c->text, &c->toks[i + 1], "of")
      && byline_token_is (c->text, &c->toks[i + 2], "the") && is_cap (c, i + 3))
    return 0;
  *entry = v;
  return n;
}

static void
add_cand (Ctx *c, guint first, guint end, BylineEntityType type, CandKind kind)
{
  Cand cand = { first, end, type, kind, NULL, -1, 0, 0, -1, -1, -1, -1, 0, 0 };

  g_array_append_val (c->cands, cand);
}

/* Lower-case role words and capitalised titles just before a name:
 * "Russian Foreign Minister", "prime minister", "Iran's Foreign Minister spokeswoman" */
static void
find_title_before (const Ctx *c, guint first, Cand *cand)
{
  int k = (int) first - 1;
  int end = (int) first;

  /* "Foreign Minister (FM) Shah Qureshi": the title's abbreviation between */
  if (k >= 3 && is_char (c, (guint) k, ')') && is_char (c, (guint) k - 2, '(')
      && (c->toks[k - 1].flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (&c->toks[k - 1]) <= 5
      && (has (c, BYLINE_WORD_ROLE, (guint) k - 3) || title_at (c, (guint) k - 3) > 0
          || (k >= 4 && title_at (c, (guint) k - 4) == 2)))
    {
      end = k - 2;
      k -= 3;
    }
  /* "his Iranian counterpart, Javad Zarif" */
  if (k >= 1 && is_char (c, (guint) k, ',') && has (c, BYLINE_WORD_ROLE, (guint) k - 1)
      && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    {
      end = k;
      k--;
    }

  while (k >= 0 && (int) first - k <= 6)
    {
      const BylineToken *t = &c->toks[k];

      if (t->kind == BYLINE_TOKEN_PUNCT && byline_token_first_char (c->text, t) == '.'
          && k > 0 && byline_token_len (&c->toks[k - 1]) <= 4)
        {
          k--;
          continue;
        }
      if (t->kind != BYLINE_TOKEN_WORD)
        break;
      if (has (c, BYLINE_WORD_ROLE, k) || (title_at (c, k) > 0 && (int) (k + title_at (c, k)) <= end))
        {
          k--;
          continue;
        }
      /* a capitalised word inside a title phrase: "Foreign" of "Foreign Minister" */
      if ((t->flags & BYLINE_TOKEN_CAP) && k > 0)
        {
          guint tl = title_at (c, (guint) k);
          if (tl > 0)
            {
              k--;
              continue;
            }
        }
      break;
    }
  if (k + 1 < end)
    {
      /* trim to the first title or role word */
      int s = k + 1;
      while (s < end && !(has (c, BYLINE_WORD_ROLE, s) || title_at (c, s) > 0))
        s++;
      if (s < end)
        {
          cand->title_first = s;
          cand->title_end = end;
          /* the affiliation before it: "Russian", "Iran's" */
          if (s > 0 && c->toks[s - 1].kind == BYLINE_TOKEN_POSSESSIVE)
            s--;
          cand->aff_first = s;
        }
    }
}

/* "a Polaroid", "a pink Marilyn" */
static gboolean
after_indefinite (const Ctx *c, guint first)
{
  guint k = first;

  if (k > 0 && c->toks[k - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP)
      && !byline_token_is (c->text, &c->toks[k - 1], "a") && !byline_token_is (c->text, &c->toks[k - 1], "an")
      && !has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_ROLE, k - 1))
    k--;
  return k > 0 && (byline_token_is (c->text, &c->toks[k - 1], "a") || byline_token_is (c->text, &c->toks[k - 1], "an"));
}

/* "in", "at", "from", "near", "to" before a name: a place is meant */
static gboolean
after_place_word (const Ctx *c, guint first)
{
  static const char *const words[] = { "in", "at", "from", "near", "to", "of", "across", "outside", NULL };

  if (first == 0)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (byline_token_is (c->text, &c->toks[first - 1], words[k]))
      return TRUE;
  return FALSE;
}

static gboolean
followed_by_speech (const Ctx *c, guint end)
{
  guint k = end;

  if (k < c->n && c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
    return FALSE;
  if (is_char (c, k, ','))
    return k + 1 < c->n && byline_token_is (c->text, &c->toks[k + 1], "who");
  /* "Rao said", "Zarif also said" */
  if (k < c->n && (byline_token_is (c->text, &c->toks[k], "also")
                   || byline_token_is (c->text, &c->toks[k], "then")))
    k++;
  return k < c->n && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && has (c, BYLINE_WORD_SPEECH, k);
}

static gboolean
preceded_by_according (const Ctx *c, guint first)
{
  if (first >= 2 && byline_token_is (c->text, &c->toks[first - 1], "to")
      && byline_token_is (c->text, &c->toks[first - 2], "according"))
    return TRUE;
  /* "..., said Mauer, are required": the speaker after the verb */
  return first >= 2 && has (c, BYLINE_WORD_SPEECH, first - 1) && !(c->toks[first - 1].flags & BYLINE_TOKEN_CAP)
         && c->toks[first - 2].kind == BYLINE_TOKEN_PUNCT
         && (first + 1 >= c->n || c->toks[first + 1].kind == BYLINE_TOKEN_PUNCT);
}

/* "Prize-winner", "Oscar-nominated", not "Thae-bok": a hyphen and a word of
 * the language after it make a description, not a name */
static gboolean
has_common_tail (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  const char *dash;
  g_autofree char *tail = NULL;

  if (!(t->flags & BYLINE_TOKEN_HYPHEN) || t->kind != BYLINE_TOKEN_WORD)
    return FALSE;
  dash = memchr (c->text + t->start, '-', byline_token_len (t));
  if (dash == NULL || c->text + t->end - (dash + 1) < 4 || !g_unichar_islower (g_utf8_get_char (dash + 1)))
    return FALSE;
  tail = g_strndup (dash + 1, c->text + t->end - (dash + 1));
  return (byline_lexicon_word_class (c->lex, tail) & BYLINE_WORD_COMMON) != 0;
}

/* Extends a capitalised chunk from i: names, inner connectors ("of", "the")
 * when an organisation or place head word makes them part of a name. */
static guint
chunk_at (const Ctx *c, guint i)
{
  guint j = i;
  guint last_ok = i;

  while (j < c->n)
    {
      const BylineToken *t = &c->toks[j];

      if (j > i && (t->flags & BYLINE_TOKEN_NEWLINE))
        break;
      if (is_cap (c, j) || is_particle_compound (c, j)
          || (t->kind == BYLINE_TOKEN_NUMBER && j > i && (t->flags & BYLINE_TOKEN_SPACE) == 0))
        {
          /* a title inside a run ends the name before it: "Lavrov Foreign Minister" */
          if (j > i && title_at (c, j) > 0 && !has (c, BYLINE_WORD_ORG_HEAD, j))
            break;
          /* "in Santiago Monday", "Lagos March 3": a day is no part of a name */
          if (j > i && (has (c, BYLINE_WORD_WEEKDAY, j)
                        || (has (c, BYLINE_WORD_MONTH, j) && j + 1 < c->n && c->toks[j + 1].kind == BYLINE_TOKEN_NUMBER)))
            break;
          /* in a title-case headline a common word is no part of a name: "SPA Meets Speaker" */
          if (j > i && (t->flags & BYLINE_TOKEN_WEAK_CAP) && is_common (c, j) && !is_strong_elsewhere (c, j)
              && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, j))
            break;
          j++;
          last_ok = j;
          /* "Nobel Prize-winner Wole Soyinka": the description ends there */
          if (j - 1 > i && has_common_tail (c, j - 1))
            break;
          /* an initial with its period: "John F. Kennedy", "K.C. Maurer" */
          if (is_char (c, j, '.') && !(c->toks[j].flags & BYLINE_TOKEN_SPACE)
              && byline_token_len (&c->toks[j - 1]) == 1 && is_cap (c, j + 1))
            {
              j++;
              last_ok = j;
            }
          continue;
        }
      if (j > i && is_name_particle (c, j))
        {
          j++;
          continue;
        }
      /* "Ministry of Foreign Affairs", "Association of Southeast Asian Nations",
       * "Centre for Control of Iodine Deficiency Disorders" */
      if (j > i && t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP)
          && (byline_token_is (c->text, t, "of") || byline_token_is (c->text, t, "for")
              || byline_token_is (c->text, t, "and") || byline_token_is (c->text, t, "on"))
          /* "the Magazine and Carlo Rossi": a whole name, then another */
          && !(byline_token_is (c->text, t, "and")
               && has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, j - 1)))
        {
          gboolean head_seen = FALSE;
          guint k = j + 1;

          for (guint h = i; h < j; h++)
            if (has (c, BYLINE_WORD_ORG_HEAD, h) || has (c, BYLINE_WORD_FACILITY, h)
                || has (c, BYLINE_WORD_PLACE_HEAD, h))
              head_seen = TRUE;
          if (k < c->n && byline_token_is (c->text, &c->toks[k], "the"))
            k++;
          if (is_cap (c, k) && !(c->toks[k].flags & BYLINE_TOKEN_NEWLINE) && head_seen
              && !has (c, BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, k))
            {
              j = k;
              continue;
            }
        }
      if (j > i && t->kind == BYLINE_TOKEN_PUNCT && byline_token_first_char (c->text, t) == '&'
          && is_cap (c, j + 1))
        {
          j++;
          continue;
        }
      break;
    }
  return last_ok;
}

static BylineEntityType
type_by_head (const Ctx *c, guint first, guint end, gboolean *found)
{
  *found = TRUE;
  /* "President Daniel Park": a first name after a person's title is a person, whatever
   * the last word */
  if (first > 0 && has (c, BYLINE_WORD_ROLE, first - 1) && has (c, BYLINE_WORD_FIRST_NAME, first)
      && end - first >= 2 && end - first <= 3)
    {
      *found = FALSE;
      return BYLINE_ENTITY_OTHER;
    }
  /* events, laws, prizes, vehicles: "Space Shuttle Program", "Booker Prize" */
  if (has (c, BYLINE_WORD_OTHER_HEAD, end - 1) && is_cap (c, end - 1) && end - first >= 2)
    return BYLINE_ENTITY_OTHER;
  /* a place word last wins over an organisation word inside: "Air Force Base",
   * "Bank Arena" */
  if (has (c, BYLINE_WORD_PLACE_HEAD, end - 1) && !has (c, BYLINE_WORD_ORG_HEAD, end - 1) && is_cap (c, end - 1)
      && end - first >= 2)
    return BYLINE_ENTITY_PLACE;
  /* the head is the word before "of": "National Museum of the Air Force" */
  for (guint k = first + 1; k + 1 < end; k++)
    if (byline_token_is (c->text, &c->toks[k], "of"))
      {
        gboolean org_before = FALSE;

        for (guint h = first; h < k; h++)
          org_before = org_before || has (c, BYLINE_WORD_ORG_HEAD, h);
        if (!org_before && has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, k - 1))
          return BYLINE_ENTITY_PLACE;
        break;
      }
  /* an organisation word anywhere: "Ministry of Foreign Affairs", "Medical Journal of Australia" */
  for (guint k = first; k < end; k++)
    if (has (c, BYLINE_WORD_ORG_HEAD, k) && is_cap (c, k))
      return BYLINE_ENTITY_ORG;
  /* a place word last: "Palace Hotel", "Mansudae Assembly Hall" */
  if (has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, end - 1))
    return BYLINE_ENTITY_PLACE;
  if (has (c, BYLINE_WORD_PLACE_BEFORE, first) && end - first >= 2)
    return BYLINE_ENTITY_PLACE;
  /* "Museum of Flight" is a place; "Centre for Control of ..." an institution */
  for (guint k = first; k + 1 < end; k++)
    if (has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, k) && byline_token_is (c->text, &c->toks[k + 1], "of"))
      return BYLINE_ENTITY_PLACE;
  for (guint k = first; k < end; k++)
    if (has (c, BYLINE_WORD_FACILITY, k))
      return BYLINE_ENTITY_ORG;
  *found = FALSE;
  return BYLINE_ENTITY_OTHER;
}

/* Decides what an unknown capitalised chunk is. */
static void
classify_chunk (Ctx *c, guint first, guint end)
{
  gboolean head = FALSE;
  BylineEntityType type;
  Cand cand = { first, end, BYLINE_ENTITY_PERSON, CAND_TYPED, NULL, -1, 0, 0, -1, -1, -1, -1, 0, 0 };
  guint len;

  /* drop words capitalised only by position: "Meanwhile", "Senior", "The" */
  while (first < end && is_weak (c, first) && !named_after_dash (c, first) && !is_name_part (c, first)
         && (has (c, BYLINE_WORD_STOPWORD, first)
             || (is_common (c, first) && !is_strong_elsewhere (c, first)
                 && !has (c, BYLINE_WORD_FIRST_NAME, first)
                 /* "Bill Tarrant", "Sue Plemming" in a title-case credit line */
                 && !(has (c, BYLINE_WORD_AMBIGUOUS_NAME, first) && first + 1 < end && !is_common (c, first + 1)))))
    first++;
  while (first < end && (has (c, BYLINE_WORD_STOPWORD, first) || has (c, BYLINE_WORD_CONNECTOR, first)))
    first++;
  /* a trailing connector is not part of a name */
  while (end > first && (has (c, BYLINE_WORD_CONNECTOR, end - 1) && !is_cap (c, end - 1)))
    end--;
  if (first >= end)
    return;
  cand.first = first;
  cand.end = end;
  len = end - first;

  type = type_by_head (c, first, end, &head);
  /* "Park said" after "Park Sung-min": a name, though "park" names places too */
  if (head && end == first + 1 && is_name_part (c, first))
    head = FALSE;
  if (head)
    {
      /* "Embassy" alone is not a name; but "the Administration's decision", "the
       * Senate voted": an institution's word with a capital inside a sentence is */
      if (len == 1 && is_common (c, first)
          && !(type == BYLINE_ENTITY_ORG && first > 0 && !is_weak (c, first)
               && byline_token_is (c->text, &c->toks[first - 1], "the")
               && !(first + 1 < c->n && (is_cap (c, first + 1) || byline_token_is (c->text, &c->toks[first + 1], "of")))))
        return;
      cand.type = type;
      g_array_append_val (c->cands, cand);
      return;
    }

  find_title_before (c, first, &cand);
  /* a capitalised title just before: "Secretary of State John Kerry",
   * "Ambassador to Russia Mehdi Sanaei" */
  if (c->title_end > 0 && (c->title_end == (int) first
                           || (cand.title_first >= 0 && c->title_end == cand.title_first)))
    {
      cand.title_first = c->title_first;
      if (cand.title_end < 0)
        cand.title_end = (int) first;
    }
  else if (c->title_end > 0 && (int) first > c->title_end && (int) first <= c->title_end + 4
           && (byline_token_is (c->text, &c->toks[c->title_end], "to")
               || byline_token_is (c->text, &c->toks[c->title_end], "of")))
    {
      const BylineLexEntry *e = NULL;
      if (gazetteer_at (c, c->title_end + 1, &e) == first - (c->title_end + 1))
        {
          cand.title_first = c->title_first;
          cand.title_end = (int) first;
        }
    }
  if (cand.title_first >= 0 || has (c, BYLINE_WORD_FIRST_NAME, first)
      || (len >= 2 && has (c, BYLINE_WORD_SURNAME, end - 1))
      || followed_by_speech (c, end) || preceded_by_according (c, first))
    cand.person_evidence = TRUE;

  /* an acronym the lexicon does not know: coreference may tie it to its long form */
  if (len == 1 && (c->toks[first].flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (&c->toks[first]) <= 6
      && !cand.person_evidence)
    {
      cand.type = BYLINE_ENTITY_ORG;
      cand.kind = CAND_UNKNOWN;
      cand.acronym = TRUE;
      g_array_append_val (c->cands, cand);
      return;
    }

  if (len >= 2)
    {
      gboolean all_common = TRUE;
      gboolean thing = FALSE;

      for (guint k = first; k < end; k++)
        {
          const BylineToken *t = &c->toks[k];

          if (t->kind != BYLINE_TOKEN_WORD)
            continue;
          if (!is_common (c, k) || has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME, k))
            all_common = FALSE;
          /* a word of the language before the last, an acronym after a name, a
           * lower-case tail: "Space Shuttle Endeavour", "PlayStation VR",
           * "Booker Prize-winner"; a surname may be a word ("Chuck Close") */
          else if (!has (c, BYLINE_WORD_AMBIGUOUS_NAME, k) && k + 1 < end)
            thing = TRUE;
          if (k > first && (t->flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (t) >= 2)
            thing = TRUE;
          if ((t->flags & BYLINE_TOKEN_HYPHEN) && !is_particle_compound (c, k))
            {
              if (has_common_tail (c, k))
                thing = TRUE;
            }
        }
      /* "NASA Langley", but "K.C. Maurer": initials are a person's */
      if ((c->toks[first].flags & BYLINE_TOKEN_ALLCAPS) && !cand.person_evidence
          && !(byline_token_len (&c->toks[first]) <= 4 && memchr (c->text + c->toks[first].start, '.',
                                                                  byline_token_len (&c->toks[first]))))
        cand.type = BYLINE_ENTITY_ORG;
      else if ((all_common || thing) && !cand.person_evidence)
        cand.type = BYLINE_ENTITY_OTHER; /* "Social Science", "Star Wars" */
      /* "the Islamic Revolution": a person's name takes no article */
      else if (first > 0 && byline_token_is (c->text, &c->toks[first - 1], "the") && cand.title_first < 0
               && !has (c, BYLINE_WORD_FIRST_NAME, first) && !followed_by_speech (c, end))
        cand.type = BYLINE_ENTITY_OTHER;
      /* "the National Nutrition Study said": a thing may speak, but has no first name */
      else if (thing && cand.title_first < 0 && !has (c, BYLINE_WORD_FIRST_NAME, first))
        cand.type = BYLINE_ENTITY_OTHER;
      else
        cand.type = BYLINE_ENTITY_PERSON;
      g_array_append_val (c->cands, cand);
      return;
    }
  if (cand.person_evidence)
    {
      /* "Lavrov said": a person, maybe one named in full elsewhere */
      cand.type = BYLINE_ENTITY_PERSON;
      cand.kind = (c->toks[first].flags & BYLINE_TOKEN_HYPHEN) ? CAND_COMPOUND : CAND_UNKNOWN;
      g_array_append_val (c->cands, cand);
      return;
    }

  /* one word, no evidence: coreference decides later */
  if (is_common (c, first) && !is_strong_elsewhere (c, first) && !is_name_part (c, first))
    return;
  if (first > 0 && (byline_token_is (c->text, &c->toks[first - 1], "in")
                    || byline_token_is (c->text, &c->toks[first - 1], "at")
                    || byline_token_is (c->text, &c->toks[first - 1], "near"))
      && !has (c, BYLINE_WORD_SURNAME, first)
      /* "in Superman: The Movie" is a title */
      && !is_char (c, end, ':'))
    {
      cand.type = BYLINE_ENTITY_PLACE;
      cand.kind = CAND_UNKNOWN;
      g_array_append_val (c->cands, cand);
      return;
    }
  cand.kind = (c->toks[first].flags & BYLINE_TOKEN_HYPHEN) ? CAND_COMPOUND : CAND_UNKNOWN;
  cand.type = BYLINE_ENTITY_PERSON;
  g_array_append_val (c->cands, cand);
}

/* A hyphenated pair of known places or peoples: "Iran-Russia", "Russian-Iranian" */
static gboolean
split_compound (Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  const char *s = c->text + t->start;
  const char *end = c->text + t->end;
  GPtrArray *parts;
  gboolean all = TRUE;

  if (!(t->flags & BYLINE_TOKEN_HYPHEN) || !(t->flags & BYLINE_TOKEN_CAP))
    return FALSE;
  /* "Pyongyang-datelined", "Iran-backed", "Persian-speaking": a known name before a word */
  {
    const char *dash = memchr (s, '-', end - s);
    BylineToken sub = { t->start, (guint32) (dash - c->text), BYLINE_TOKEN_WORD,
                        (guint16) (t->flags & BYLINE_TOKEN_NONASCII), 0 };
    gpointer v = NULL;

    if (dash != NULL && dash + 1 < end && g_unichar_islower (g_utf8_get_char (dash + 1)))
      {
        if (byline_phrases_match (c->lex->names, c->text, &sub, 1, 0, &v) == 1
            && ((BylineLexEntry *) v)->type != BYLINE_ENTITY_NORP)
          {
            Cand cand = { i, i + 1, ((BylineLexEntry *) v)->type, CAND_TYPED, v, -1,
                          sub.start, sub.end, -1, -1, -1, -1, 0, 0 };
            g_array_append_val (c->cands, cand);
          }
        /* "a Warhol-like wig": a name seen elsewhere, before a word; coreference
         * keeps it only when it is */
        else if (v == NULL && dash - s >= 3 && has_common_tail (c, i))
          {
            Cand cand = { i, i + 1, BYLINE_ENTITY_PERSON, CAND_UNKNOWN, NULL, -1,
                          sub.start, sub.end, -1, -1, -1, -1, 0, 0 };
            cand.sub_only = TRUE;
            g_array_append_val (c->cands, cand);
          }
        return TRUE;
      }
  }
  parts = g_ptr_array_new ();
  {
    gboolean place = FALSE, org = FALSE;
  while (s < end)
    {
      const char *dash = memchr (s, '-', end - s);
      const char *pe = dash ? dash : end;
      BylineToken sub = { (guint32) (s - c->text), (guint32) (pe - c->text), BYLINE_TOKEN_WORD,
                          (guint16) (t->flags & BYLINE_TOKEN_NONASCII) };
      gpointer v = NULL;

      if (byline_phrases_match (c->lex->names, c->text, &sub, 1, 0, &v) != 1)
        all = FALSE;
      else if (((BylineLexEntry *) v)->type == BYLINE_ENTITY_ORG)
        org = TRUE;
      else if (((BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE)
        place = TRUE;
      g_ptr_array_add (parts, v);
      s = dash ? dash + 1 : end;
    }
    /* "Israel-Hamas", but not two organisations' names run together */
    if (org && !place)
      all = FALSE;
  }
  if (all && parts->len >= 2)
    {
      s = c->text + t->start;
      for (guint k = 0; k < parts->len; k++)
        {
          const char *dash = memchr (s, '-', end - s);
          const char *pe = dash ? dash : end;
          Cand cand = { i, i + 1, ((BylineLexEntry *) parts->pdata[k])->type, CAND_TYPED,
                        parts->pdata[k], -1, (guint32) (s - c->text), (guint32) (pe - c->text),
                        -1, -1, -1, -1, 0, 0 };
          g_array_append_val (c->cands, cand);
          s = dash ? dash + 1 : end;
        }
    }
  g_ptr_array_unref (parts);
  return all;
}

/* "2017 – Fort Russ News": after a dash a capital is no evidence, but a run
 * of capitals that ends in an organisation or place word is a name */
static gboolean
named_after_dash (const Ctx *c, guint i)
{
  guint end;
  gboolean head = FALSE;

  if (i == 0 || c->toks[i - 1].kind != BYLINE_TOKEN_PUNCT || !byline_is_dash (byline_token_first_char (c->text, &c->toks[i - 1]))
      || has (c, BYLINE_WORD_STOPWORD, i))
    return FALSE;
  end = chunk_at (c, i);
  if (end < i + 2)
    return FALSE;
  type_by_head (c, i, end, &head);
  return head;
}

/* "in March", "since May": a month the date reader leaves alone because the
 * word may be a verb or a name, after a word that wants a time */
static gboolean
month_after_preposition (const Ctx *c, guint i)
{
  static const char *const before[] = { "in", "since", "until", "till", "by", "early", "late", "mid",
                                        "last", "next", "this", "through", "from", "during", NULL };
  gboolean ok = FALSE;

  if (i == 0 || !is_cap (c, i) || !has (c, BYLINE_WORD_MONTH, i)
      || byline_month_from_word (c->text + c->toks[i].start, byline_token_len (&c->toks[i])) == 0)
    return FALSE;
  /* the full name only: "Mar" and "Jan" are too short to tell */
  {
    static const gsize full_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
    int m = byline_month_from_word (c->text + c->toks[i].start, byline_token_len (&c->toks[i]));

    if (byline_token_len (&c->toks[i]) != full_len[m - 1])
      return FALSE;
  }
  for (guint k = 0; before[k] != NULL && !ok; k++)
    ok = byline_token_is (c->text, &c->toks[i - 1], before[k]);
  if (!ok)
    return FALSE;
  /* "in May Wong's house", "in May's cabinet" */
  if (i + 1 < c->n && (is_cap (c, i + 1) || c->toks[i + 1].kind == BYLINE_TOKEN_POSSESSIVE
                       || c->toks[i + 1].kind == BYLINE_TOKEN_NUMBER))
    return FALSE;
  return TRUE;
}

static void
find_candidates (Ctx *c)
{
  guint i = 0;

  while (i < c->n)
    {
      const BylineToken *t = &c->toks[i];
      BylineDateMatch dm;
      guint m;
      const BylineLexEntry *entry = NULL;
      guint tl, gl;

      /* "every year", "each ten years": how often is a period of time too */
      if ((byline_token_is (c->text, t, "every") || byline_token_is (c->text, t, "each")) && i + 1 < c->n)
        {
          guint n_date = 0;

          if (byline_dates_match (c->text, c->toks, c->n, i + 1, &dm))
            n_date = dm.n_tokens;
          else if (has (c, BYLINE_WORD_TIME_UNIT, i + 1) && !has (c, BYLINE_WORD_QUANTITY_UNIT, i + 1))
            {
              memset (&dm, 0, sizeof dm);
              n_date = 1;
            }
          /* "every day life" is a word, "everyday", misspelt */
          if (n_date > 0 && i + 1 + n_date < c->n && c->toks[i + 1 + n_date].kind == BYLINE_TOKEN_WORD
              && !has (c, BYLINE_WORD_STOPWORD, i + 1 + n_date))
            n_date = 0;
          if (n_date > 0)
            {
              Cand cand = { i, i + 1 + n_date, BYLINE_ENTITY_DATE, CAND_TYPED, NULL, (gint) c->dates->len,
                            0, 0, -1, -1, -1, -1, 0, 0 };
              dm.n_tokens = 1 + n_date;
              dm.duration = TRUE;
              g_array_append_val (c->dates, dm);
              g_array_append_val (c->cands, cand);
              i += 1 + n_date;
              continue;
            }
        }
      if (byline_dates_match (c->text, c->toks, c->n, i, &dm))
        {
          Cand cand = { i, i + dm.n_tokens, BYLINE_ENTITY_DATE, CAND_TYPED, NULL, (gint) c->dates->len,
                        0, 0, -1, -1, -1, -1, 0, 0 };
          g_array_append_val (c->dates, dm);
          g_array_append_val (c->cands, cand);
          i += dm.n_tokens;
          continue;
        }
      /* "the North's state media", "talks with the West": a compass point
       * with a capital is a region or a country */
      if (i > 0 && is_cap (c, i) && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS)
          && byline_token_is (c->text, &c->toks[i - 1], "the")
          && (byline_token_is (c->text, t, "north") || byline_token_is (c->text, t, "south")
              || byline_token_is (c->text, t, "east") || byline_token_is (c->text, t, "west"))
          && !(i + 1 < c->n && (is_cap (c, i + 1) || is_char (c, i + 1, '-'))))
        {
          add_cand (c, i, i + 1, BYLINE_ENTITY_PLACE, CAND_TYPED);
          i++;
          continue;
        }
      if (month_after_preposition (c, i))
        {
          Cand cand = { i, i + 1, BYLINE_ENTITY_DATE, CAND_TYPED, NULL, (gint) c->dates->len,
                        0, 0, -1, -1, -1, -1, 0, 0 };
          memset (&dm, 0, sizeof dm);
          dm.n_tokens = 1;
          dm.written.month = byline_month_from_word (c->text + t->start, byline_token_len (t));
          g_array_append_val (c->dates, dm);
          g_array_append_val (c->cands, cand);
          i++;
          continue;
        }
      if (t->kind == BYLINE_TOKEN_NUMBER && memchr (c->text + t->start, ':', byline_token_len (t)) != NULL)
        {
          /* a clock time and its AM/PM and zone are not names: "10:16 GMT", "10:16(GMT+8)" */
          i++;
          if (is_char (c, i, '(') && i + 1 < c->n && (c->toks[i + 1].flags & BYLINE_TOKEN_ALLCAPS))
            i++;
          while (i < c->n && (c->toks[i].flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (&c->toks[i]) <= 4
                 && !(c->toks[i].flags & BYLINE_TOKEN_NEWLINE))
            i++;
          continue;
        }
      if (byline_money_match (c->text, c->toks, c->n, i, &m))
        {
          add_cand (c, i, i + m, BYLINE_ENTITY_MONEY, CAND_TYPED);
          i += m;
          continue;
        }
      if (byline_quantity_match (c->text, c->toks, c->n, i, &m))
        {
          add_cand (c, i, i + m, BYLINE_ENTITY_QUANTITY, CAND_TYPED);
          i += m;
          continue;
        }
      if (!(is_cap (c, i) || is_particle_compound (c, i)
            || (t->kind == BYLINE_TOKEN_WORD && (t->flags & BYLINE_TOKEN_ALLCAPS))))
        {
          i++;
          continue;
        }
      /* a wire dateline in one token: "TEHRAN-Anadolu Agency" */
      if (c->doc->wire_place.end > t->start && c->doc->wire_place.start >= t->start
          && c->doc->wire_place.end < t->end && c->doc->wire_agency.end > c->doc->wire_agency.start)
        {
          BylineToken sub = { c->doc->wire_place.start, c->doc->wire_place.end, BYLINE_TOKEN_WORD, 0, 0 };
          gpointer v = NULL;
          Cand place = { i, i + 1, BYLINE_ENTITY_PLACE, CAND_TYPED, NULL, -1,
                         c->doc->wire_place.start, c->doc->wire_place.end, -1, -1, -1, -1, 0, 0 };
          Cand agency = { i, i + 1, BYLINE_ENTITY_ORG, CAND_TYPED, NULL, -1,
                          c->doc->wire_agency.start, c->doc->wire_agency.end, -1, -1, -1, -1, 0, 0 };

          if (byline_phrases_match (c->lex->names, c->text, &sub, 1, 0, &v) == 1)
            place.lex = v;
          g_array_append_val (c->cands, place);
          g_array_append_val (c->cands, agency);
          while (i < c->n && c->toks[i].start < c->doc->wire_agency.end)
            i++;
          continue;
        }

      /* "The", "Meanwhile", "Senior", "Said": capitalised by position only; but
       * "Bill Tarrant" is a name: a common word before an unknown name */
      if (is_weak (c, i) && !(t->flags & BYLINE_TOKEN_ALLCAPS) && title_at (c, i) == 0 && !is_name_part (c, i)
          && (has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH, i)
              /* "Iodine deficiency ..." where the text also writes "iodine" */
              || (is_lower_elsewhere (c, i) && !is_strong_elsewhere (c, i)
                  && !(has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i) && is_cap (c, i + 1)))
              || (has (c, BYLINE_WORD_COMMON, i) && !is_strong_elsewhere (c, i)
                  && !(has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i)
                       && is_cap (c, i + 1) && !is_common (c, i + 1)
                       && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE))))
          && gazetteer_at (c, i, &entry) == 0 && !named_after_dash (c, i))
        {
          i++;
          continue;
        }

      tl = title_at (c, i);
      gl = gazetteer_at (c, i, &entry);
      /* "Vladimir Putin": a first name that is also a town, before a surname */
      if (gl == 1 && entry->kind != BYLINE_LEX_COUNTRY && has (c, BYLINE_WORD_FIRST_NAME, i)
          && is_cap (c, i + 1) && gazetteer_at (c, i + 1, &entry) == 0 && title_at (c, i + 1) == 0
          && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE) && !is_common (c, i + 1)
          && !has (c, BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, i + 1))
        gl = 0;
      /* "Foreign Ministry Spokesman": the ministry, then the title */
      if (tl > gl && !(gl > 0 && entry->type == BYLINE_ENTITY_ORG))
        {
          c->title_first = (int) i;
          c->title_end = (int) (i + tl);
          i += tl;
          continue;
        }
      /* "translated from Russian by", "spoke in Chinese.": a language, not a people */
      if (gl == 1 && entry->type == BYLINE_ENTITY_NORP && entry->kind == BYLINE_LEX_DEMONYM && i > 0
          && (byline_token_is (c->text, &c->toks[i - 1], "from") || byline_token_is (c->text, &c->toks[i - 1], "in")
              || byline_token_is (c->text, &c->toks[i - 1], "into"))
          && (i + 1 >= c->n || (c->toks[i + 1].kind == BYLINE_TOKEN_PUNCT && !is_char (c, i + 1, '-'))
              || (has (c, BYLINE_WORD_STOPWORD, i + 1) && !is_cap (c, i + 1))))
        {
          i++;
          continue;
        }
      if (gl > 0 && byline_token_is (c->text, t, "the"))
        {
          /* "The Associated Press": the article is not part of the name */
          Cand cand = { i + 1, i + gl, entry->type, CAND_TYPED, entry, -1, 0, 0, -1, -1, -1, -1, 0, 0 };
          if (gl > 1)
            g_array_append_val (c->cands, cand);
          i += gl;
          continue;
        }
      if (gl > 0)
        {
          guint ch = chunk_at (c, i);
          gboolean head = FALSE;

          /* "Australian Centre for Control of Iodine Deficiency Disorders", "DNA Web Team":
           * a longer name with an organisation head swallows the name it starts with */
          if (ch > i + gl && is_cap (c, i + gl)
              && !(entry->type == BYLINE_ENTITY_NORP && ch - (i + gl) < 2))
            {
              const BylineLexEntry *e2 = NULL;
              BylineEntityType ty = type_by_head (c, i, ch, &head);

              if (head && title_at (c, i + gl) == 0 && gazetteer_at (c, i + gl, &e2) == 0
                  && !has (c, BYLINE_WORD_FIRST_NAME, i + gl))
                {
                  Cand cand = { i, ch, ty, CAND_TYPED, NULL, -1, 0, 0, -1, -1, -1, -1, 0, 0 };
                  g_array_append_val (c->cands, cand);
                  i = ch;
                  continue;
                }
            }
          /* "Central Committee of the Communist Party": a body of another
           * organisation is named with it */
          if (entry->type == BYLINE_ENTITY_ORG && i + gl + 1 < c->n
              && byline_token_is (c->text, &c->toks[i + gl], "of"))
            {
              guint k = i + gl + 1;
              guint ch2;

              if (byline_token_is (c->text, &c->toks[k], "the"))
                k++;
              if (is_cap (c, k) && !(c->toks[k].flags & BYLINE_TOKEN_NEWLINE) && (ch2 = chunk_at (c, k)) > k)
                {
                  const BylineLexEntry *e2 = NULL;
                  guint l2 = gazetteer_at (c, k, &e2);

                  if (type_by_head (c, k, ch2, &head) == BYLINE_ENTITY_ORG && head
                      /* "of the Russian Federation" is a country's name */
                      && !(l2 > 0 && e2->type != BYLINE_ENTITY_NORP))
                    {
                      Cand cand = { i, ch2, BYLINE_ENTITY_ORG, CAND_TYPED, NULL, -1, 0, 0, -1, -1, -1, -1, 0, 0 };
                      g_array_append_val (c->cands, cand);
                      i = ch2;
                      continue;
                    }
                }
            }
          {
            Cand cand = { i, i + gl, entry->type, CAND_TYPED, entry, -1, 0, 0, -1, -1, -1, -1, 0, 0 };
            g_array_append_val (c->cands, cand);
          }
          i += gl;
          continue;
        }
      if (split_compound (c, i))
        {
          i++;
          continue;
        }
      {
        guint end = chunk_at (c, i);

        if (end <= i)
          end = i + 1;
        /* "of the Union Josep Borrell": a body's name ends before a first name and
         * a surname that follow it */
        for (guint k = i + 1; k + 1 < end; k++)
          {
            gboolean head = FALSE;

            if (has (c, BYLINE_WORD_FIRST_NAME, k) && !has (c, BYLINE_WORD_FIRST_NAME, k - 1)
                && type_by_head (c, i, k, &head) == BYLINE_ENTITY_ORG && head
                && !is_common (c, k + 1) && title_at (c, k + 1) == 0)
              {
                end = k;
                break;
              }
          }
        /* stop a person's name before a gazetteer name that follows it */
        for (guint k = i + 1; k < end; k++)
          {
            const BylineLexEntry *e2 = NULL;
            guint l2 = gazetteer_at (c, k, &e2);
            gboolean head = FALSE;

            if (l2 > 0 && (e2->type == BYLINE_ENTITY_NORP || e2->kind == BYLINE_LEX_COUNTRY))
              type_by_head (c, i, end, &head);
            /* but "Mohammed Shia al-Sudani": a people's word inside a name, between
             * a first name and more of the name */
            if (l2 == 1 && e2->type == BYLINE_ENTITY_NORP && k + 1 < end
                && (has (c, BYLINE_WORD_FIRST_NAME, i) || c->title_end == (int) i)
                && (is_cap (c, k + 1) || is_particle_compound (c, k + 1)) && title_at (c, k + 1) == 0)
              {
                const BylineLexEntry *e3 = NULL;

                if (gazetteer_at (c, k + 1, &e3) == 0)
                  continue;
              }
            if (l2 > 0 && (e2->type == BYLINE_ENTITY_NORP || e2->kind == BYLINE_LEX_COUNTRY) && !head)
              {
                end = k;
                break;
              }
          }
        {
          guint name_end = end;
          gboolean head = FALSE;
          guint keep;

          /* "Warhol Polaroids": a name before a counted thing; but "Foundation
           * for the Visual Arts" is one name */
          type_by_head (c, i, end, &head);
          keep = has (c, BYLINE_WORD_FIRST_NAME, i) ? 2 : 1;  /* a first name and one more: "Kathryn Waters" */

          while (!head && name_end > i + keep && is_counted_thing (c, name_end - 1))
            name_end--;
          classify_chunk (c, i, name_end);
        }
        i = end;
      }
    }
}

/* Coreference */

typedef struct
{
  GPtrArray  *entities;
  GHashTable *by_key;     /* folded full name -> entity */
  GHashTable *by_part;    /* folded single name word -> entity, or NULL if ambiguous */
  GHashTable *by_lex;     /* lexicon entry -> entity */
  GHashTable *tails;      /* folded last word of a country's longer name -> entity */
  GHashTable *folded;     /* entity -> its folded name, as index_parts last saw it */
} Index;

/* An entity's name folded, computed once per name: the name, a NUL, its key */
static const char *
folded_name (Index *idx, BylineEntity *e)
{
  const char *saved = g_hash_table_lookup (idx->folded, e);

  if (saved == NULL || strcmp (saved, e->name) != 0)
    {
      g_autofree char *key = byline_fold_key (e->name, -1);
      gsize nl = strlen (e->name), kl = strlen (key);
      char *both = g_malloc (nl + kl + 2);

      memcpy (both, e->name, nl + 1);
      memcpy (both + nl + 1, key, kl + 1);
      g_hash_table_insert (idx->folded, e, both);
      saved = both;
    }
  return saved + strlen (saved) + 1;
}

static char *
cand_text (const Ctx *c, const Cand *cand)
{
  if (cand->sub_end > 0)
    return g_strndup (c->text + cand->sub_start, cand->sub_end - cand->sub_start);
  return g_strndup (c->text + c->toks[cand->first].start,
                    c->toks[cand->end - 1].end - c->toks[cand->first].start);
}

/* "GENEVA" in a dateline: a name in capitals */
static gboolean
is_shouted (const char *s)
{
  gboolean letters = FALSE;

  for (; *s; s = g_utf8_next_char (s))
    {
      gunichar ch = g_utf8_get_char (s);
      if (g_unichar_islower (ch))
        return FALSE;
      if (g_unichar_isalpha (ch))
        letters = TRUE;
    }
  return letters;
}

static BylineEntity *
entity_new (BylineEntityType type, const char *name)
{
  BylineEntity *e = g_new0 (BylineEntity, 1);

  e->type = type;
  e->name = g_strdup (name);
  e->mentions = g_array_new (FALSE, FALSE, sizeof (BylineMention));
  return e;
}

void
byline_entity_free (BylineEntity *e)
{
  if (e == NULL)
    return;
  g_free (e->id);
  g_free (e->name);
  g_free (e->role);
  g_free (e->affiliation);
  g_array_unref (e->mentions);
  g_free (e);
}

static void
add_mention (const Ctx *c, BylineEntity *e, const Cand *cand)
{
  BylineMention m = { 0 };

  if (cand->sub_end > 0)
    {
      m.start = cand->sub_start;
      m.end = cand->sub_end;
    }
  else
    {
      m.start = c->toks[cand->first].start;
      m.end = c->toks[cand->end - 1].end;
    }
  m.first_token = cand->first;
  m.end_token = cand->end;
  g_array_append_val (e->mentions, m);
}

static void
index_parts (Index *idx, BylineEntity *e)
{
  g_autofree char *key = byline_fold_key (e->name, -1);
  g_auto (GStrv) parts = g_strsplit (key, " ", -1);
  guint n = g_strv_length (parts);

  g_hash_table_insert (idx->by_key, g_strdup (key), e);
  if (e->type != BYLINE_ENTITY_PERSON || n < 2)
    return;
  for (guint k = 0; k < n; k++)
    {
      gpointer old;

      if (strlen (parts[k]) < 2)
        continue;
      if (g_hash_table_lookup_extended (idx->by_part, parts[k], NULL, &old))
        {
          /* the last name wins over a shared first name */
          if (old != e && old != NULL && k == n - 1)
            g_hash_table_insert (idx->by_part, g_strdup (parts[k]), e);
        }
      else
        g_hash_table_insert (idx->by_part, g_strdup (parts[k]), e);
    }
}

static BylineEntity *
entity_for_lex (Index *idx, const BylineLexEntry *lex, BylineEntityType type, gboolean sports)
{
  BylineEntity *e = g_hash_table_lookup (idx->by_lex, lex);

  /* a match report's countries are teams, the UK's four nations among them */
  if (sports && (lex->kind == BYLINE_LEX_COUNTRY || g_strcmp0 (lex->subkind, "constituent_country") == 0
                 || (lex->kind == BYLINE_LEX_DEMONYM && g_str_has_suffix (lex->name, "s"))))
    type = BYLINE_ENTITY_ORG;

  if (e == NULL)
    {
      e = entity_new (type, lex->name);
      e->lex = lex;
      g_hash_table_insert (idx->by_lex, (gpointer) lex, e);
      g_ptr_array_add (idx->entities, e);
      if (type == BYLINE_ENTITY_NORP && lex->country_name && *lex->country_name)
        e->affiliation = g_strdup (lex->country_name);
      else if (lex->country_name && type != BYLINE_ENTITY_PLACE)
        e->affiliation = g_strdup (lex->country_name);
    }
  return e;
}

static char *
span_text (const Ctx *c, int first, int end)
{
  if (first < 0 || end <= first)
    return NULL;
  return g_strndup (c->text + c->toks[first].start, c->toks[end - 1].end - c->toks[first].start);
}

/* "counterpart", "opposite number": a word that names a person by another's
 * office, not an office of its own */
static gboolean
is_relational (const Ctx *c, guint i)
{
  static const char *const words[] = { "counterpart", "counterparts", "colleague", "successor",
                                       "predecessor", NULL };

  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (byline_token_is (c->text, &c->toks[i], words[k]))
      return TRUE;
  return FALSE;
}

/* Role and affiliation from the title before the name or an apposition after:
 * "Russian Foreign Minister Sergei Lavrov", "Pak Thae Song, chairman of the SPA" */
static gboolean
set_role (const Ctx *c, BylineEntity *e, const Cand *cand, const Cand *prev)
{
  gboolean relational = FALSE;

  if (e->role == NULL && cand->title_first >= 0)
    {
      int end = cand->title_end;

      /* "his Iranian counterpart, X": the office is the other person's */
      if (end > 0 && is_char (c, (guint) end - 1, ','))
        end--;
      while (end > cand->title_first && is_relational (c, (guint) end - 1))
        {
          end--;
          relational = TRUE;
        }
      e->role = span_text (c, cand->title_first, end);
    }
  /* the affiliation before the title: "Russian", "Iran's", "Iran's Foreign Ministry" */
  if (e->affiliation == NULL && cand->title_first >= 0 && prev != NULL)
    {
      guint at = (guint) cand->title_first;

      if (at > 0 && c->toks[at - 1].kind == BYLINE_TOKEN_POSSESSIVE)
        at--;
      if (prev->end == at && prev->type != BYLINE_ENTITY_DATE && prev->type != BYLINE_ENTITY_PERSON)
        {
          g_autofree char *whole = span_text (c, (int) prev->first, cand->title_end);
          g_autofree char *key = whole ? byline_fold_key (whole, -1) : NULL;
          const char *national = key ? g_hash_table_lookup (c->lex->title_countries, key) : NULL;

          /* "Treasury Secretary": the office of one country, not the Treasury's man */
          if (national != NULL && prev->sub_end == 0 && at == (guint) cand->title_first)
            {
              g_free (e->role);
              e->role = g_steal_pointer (&whole);
              e->affiliation = g_strdup (national);
            }
          else if (prev->lex != NULL)
            e->affiliation = g_strdup (prev->lex->country_name && prev->type != BYLINE_ENTITY_ORG
                                       ? prev->lex->country_name : prev->lex->name);
          else
            e->affiliation = cand_text (c, prev);
        }
    }
  if (e->role == NULL && is_char (c, cand->end, ','))
    {
      guint k = cand->end + 1;
      guint rs;

      while (k < c->n && (byline_token_is (c->text, &c->toks[k], "the")
                          || byline_token_is (c->text, &c->toks[k], "a")
                          || byline_token_is (c->text, &c->toks[k], "an")))
        k++;
      rs = k;
      while (k < c->n && (has (c, BYLINE_WORD_ROLE, k) || (c->toks[k].kind == BYLINE_TOKEN_WORD
                                                      && title_at (c, k) > 0))
             && k - rs < 4)
        k++;
      if (k > rs)
        {
          e->role = span_text (c, (int) rs, (int) k);
          if (byline_token_is (c->text, &c->toks[MIN (k, c->n - 1)], "of") && e->affiliation == NULL)
            {
              guint s = k + 1;
              const BylineLexEntry *entry = NULL;
              guint end;

              if (s < c->n && byline_token_is (c->text, &c->toks[s], "the"))
                s++;
              if (gazetteer_at (c, s, &entry) > 0)
                e->affiliation = g_strdup (entry->name);
              else if ((end = chunk_at (c, s)) > s)
                e->affiliation = span_text (c, (int) s, (int) end);
            }
        }
    }
  return relational;
}

/* The country of a government body named without one, from the name before
 * or after it: "Russia's Foreign Ministry", "the Iranian Foreign Ministry",
 * "the Foreign Ministry of Japan" */
static const char *
government_country (const Ctx *c, guint k)
{
  const Cand *cand = &g_array_index (c->cands, Cand, k);
  const Cand *other = NULL;

  if (cand->lex == NULL || cand->lex->kind != BYLINE_LEX_GOVERNMENT || cand->lex->country != NULL
      || cand->sub_end > 0)
    return NULL;
  if (k > 0)
    {
      const Cand *prev = &g_array_index (c->cands, Cand, k - 1);

      if (prev->sub_end == 0 && prev->lex != NULL
          && ((prev->type == BYLINE_ENTITY_PLACE && prev->end + 1 == cand->first
               && c->toks[prev->end].kind == BYLINE_TOKEN_POSSESSIVE)
              || (prev->type == BYLINE_ENTITY_NORP && prev->end == cand->first)))
        other = prev;
    }
  if (other == NULL && k + 1 < c->cands->len)
    {
      const Cand *next = &g_array_index (c->cands, Cand, k + 1);

      if (next->sub_end == 0 && next->lex != NULL && next->type == BYLINE_ENTITY_PLACE
          && next->first == cand->end + 1 && byline_token_is (c->text, &c->toks[cand->end], "of"))
        other = next;
    }
  if (other == NULL || other->lex->country_name == NULL || !*other->lex->country_name)
    return NULL;
  /* a country, or a people; not a city or a region */
  if (other->lex->kind != BYLINE_LEX_COUNTRY && other->lex->kind != BYLINE_LEX_DEMONYM)
    return NULL;
  return other->lex->country_name;
}

/* A person is named after an office: "Secretary of State John Kerry" is
 * American whatever the sentence says. */
static void
affiliation_from_title (const Ctx *c, BylineEntity *e)
{
  g_autofree char *key = NULL;
  const char *country;

  if (e->type != BYLINE_ENTITY_PERSON || e->affiliation != NULL || e->role == NULL)
    return;
  key = byline_fold_key (e->role, -1);
  country = g_hash_table_lookup (c->lex->title_countries, key);
  if (country != NULL)
    e->affiliation = g_strdup (country);
}

static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const BylineMention *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Mentions in text order, stably; most are found in order already: then
 * only checked */
static void
sort_mentions (GArray *mentions)
{
  const BylineMention *m = (const BylineMention *) mentions->data;

  for (guint k = 1; k < mentions->len; k++)
    if (m[k - 1].start > m[k].start)
      {
        g_array_sort (mentions, compare_mentions);
        return;
      }
}

static int
compare_entities (gconstpointer a, gconstpointer b)
{
  const BylineEntity *x = *(BylineEntity **) a, *y = *(BylineEntity **) b;
  guint32 xs = g_array_index (x->mentions, BylineMention, 0).start;
  guint32 ys = g_array_index (y->mentions, BylineMention, 0).start;
  return xs < ys ? -1 : xs > ys;
}

static void
date_key (GString *key, const BylineDateMatch *m)
{
  char buf[64];

  g_snprintf (buf, sizeof buf, "%d|%d-%d-%d|%d-%d-%d", m->resolution, m->from.year, m->from.month,
              m->from.day, m->to.year, m->to.month, m->to.day);
  g_string_assign (key, buf);
}

/* Does the clause before a date speak of what is to come? "will meet on
 * Monday" is next Monday; "met on Monday", the last one. */
static gboolean
date_is_future (const Ctx *c, guint first)
{
  guint stop = first > 10 ? first - 10 : 0;

  for (guint k = first; k > stop; k--)
    {
      const BylineToken *t = &c->toks[k - 1];

      if (t->kind == BYLINE_TOKEN_WORD)
        {
          if (t->cls & BYLINE_WORD_FUTURE)
            return TRUE;
          if (t->cls & BYLINE_WORD_PAST)
            return FALSE;
          /* a verb in the past: "arrived", "announced" */
          if (byline_token_len (t) > 4 && c->text[t->end - 2] == 'e' && c->text[t->end - 1] == 'd'
              && !(t->flags & BYLINE_TOKEN_CAP))
            return FALSE;
        }
      if (t->flags & BYLINE_TOKEN_SENT_START)
        break;
    }
  return FALSE;
}

static BylineGender
gender_of_word (const Ctx *c, guint i)
{
  static const char *const female[] = { "ms", "mrs", "miss", "madam", "madame", "mme", "lady", "dame",
                                        "queen", "princess", "empress", "duchess", "sister", NULL };
  static const char *const male[] = { "mr", "sir", "lord", "king", "prince", "emperor", "duke",
                                      "sheikh", "brother", NULL };

  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD)
    return BYLINE_GENDER_UNKNOWN;
  for (guint k = 0; female[k] != NULL; k++)
    if (byline_token_is (c->text, &c->toks[i], female[k]))
      return BYLINE_GENDER_FEMALE;
  for (guint k = 0; male[k] != NULL; k++)
    if (byline_token_is (c->text, &c->toks[i], male[k]))
      return BYLINE_GENDER_MALE;
  return BYLINE_GENDER_UNKNOWN;
}

/* "Ms Nurul Izzah", "Mr. Kerry", "the spokeswoman": what "he" and "she" may refer to */
static void
assign_gender (Ctx *c, BylineEntity *e)
{
  if (e->type != BYLINE_ENTITY_PERSON)
    return;
  /* a title comes with the first mentions */
  for (guint k = 0; k < e->mentions->len && k < 4 && e->gender == BYLINE_GENDER_UNKNOWN; k++)
    {
      const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
      guint i = m->first_token;

      e->gender = gender_of_word (c, i);
      if (e->gender == BYLINE_GENDER_UNKNOWN && i > 0)
        {
          guint before = i - 1;

          if (c->toks[before].kind == BYLINE_TOKEN_PUNCT && byline_token_is (c->text, &c->toks[before], ".")
              && before > 0)
            before--;
          e->gender = gender_of_word (c, before);
        }
    }
  if (e->gender == BYLINE_GENDER_UNKNOWN && e->role != NULL)
    {
      g_auto (GStrv) words = g_strsplit (e->role, " ", -1);

      for (guint k = 0; words[k] != NULL && e->gender == BYLINE_GENDER_UNKNOWN; k++)
        if (g_str_has_suffix (words[k], "woman") || g_str_equal (words[k], "wife"))
          e->gender = BYLINE_GENDER_FEMALE;
        else if ((g_str_has_suffix (words[k], "sman") || g_str_has_suffix (words[k], "rman")
                  || g_str_equal (words[k], "husband")))
          e->gender = BYLINE_GENDER_MALE;
    }
}

/**
 * byline_entity_may_be:
 * @pronoun: a token of @text
 *
 * Returns: whether "he", "his", "she" or "her" at @pronoun may refer to @entity
 */
gboolean
byline_entity_may_be (const BylineEntity *entity,
                      const char         *text,
                      const BylineToken  *pronoun)
{
  if (entity->gender == BYLINE_GENDER_FEMALE)
    return !(byline_token_is (text, pronoun, "he") || byline_token_is (text, pronoun, "his")
             || byline_token_is (text, pronoun, "him"));
  if (entity->gender == BYLINE_GENDER_MALE)
    return !(byline_token_is (text, pronoun, "she") || byline_token_is (text, pronoun, "her"));
  return TRUE;
}

/* Levenshtein distance of two short strings, or more than @max */
static guint
edit_distance (const char *a, const char *b, guint max)
{
  guint la = strlen (a), lb = strlen (b);
  guint row[64];

  if (la >= G_N_ELEMENTS (row) || lb >= G_N_ELEMENTS (row) || (la > lb ? la - lb : lb - la) > max)
    return max + 1;
  for (guint j = 0; j <= lb; j++)
    row[j] = j;
  for (guint i = 1; i <= la; i++)
    {
      guint diag = row[0], best;

      row[0] = i;
      best = row[0];
      for (guint j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint v = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));

          diag = up;
          row[j] = v;
          best = MIN (best, v);
        }
      if (best > max)
        return max + 1;
    }
  return row[lb];
}

/* A person named in full before whose surname @word misspells by a letter
 * or two, when only one does */
static BylineEntity *
misspelt_person (Index *idx, const char *word)
{
  GPtrArray *entities = idx->entities;
  BylineEntity *found = NULL;
  gsize len = strlen (word);
  guint max = len >= 8 ? 2 : 1;

  if (len < 5)
    return NULL;
  for (guint o = 0; o < entities->len && o < 400; o++)
    {
      BylineEntity *e = entities->pdata[o];
      const char *key;

      if (e->type != BYLINE_ENTITY_PERSON || strchr (e->name, ' ') == NULL)
        continue;
      key = strrchr (folded_name (idx, e), ' ');
      if (key == NULL)
        continue;
      key++;
      if (key[0] == word[0] && edit_distance (key, word, max) <= max)
        {
          if (found != NULL && found != e)
            return NULL;
          found = e;
        }
    }
  return found;
}

/* A person named in full before whose name @full spells differently by a
 * letter or two: a transliteration */
static BylineEntity *
variant_person (Index *idx, const char *full)
{
  GPtrArray *entities = idx->entities;
  const char *last = strrchr (full, ' ');

  if (last == NULL)
    return NULL;
  for (guint o = 0; o < entities->len && o < 400; o++)
    {
      BylineEntity *e = entities->pdata[o];
      const char *key;
      const char *their_last;

      if (e->type != BYLINE_ENTITY_PERSON || strchr (e->name, ' ') == NULL)
        continue;
      key = folded_name (idx, e);
      their_last = strrchr (key, ' ');
      if (their_last == NULL || key[0] != full[0])
        continue;
      /* the surname alike and the rest two letters apart, or the surname a
       * letter apart ("Petrova", "Petrowa") but not "Kim Jong Un", "Kim Jong Il" */
      if (strcmp (their_last, last) == 0 ? edit_distance (key, full, 2) <= 2
                                         : (strlen (last) >= 6 && strlen (their_last) >= 6
                                            && edit_distance (key, full, 1) <= 1))
        return e;
    }
  return NULL;
}

/* "his Iranian counterpart, Javad Zarif": the person named, and where */
typedef struct
{
  guint         first;
  BylineEntity *entity;
} Counterpart;

/* A counterpart holds the office of the person before it in its sentence:
 * "Lavrov met his Iranian counterpart" makes the Iranian a foreign minister. */
static void
resolve_counterparts (const Ctx *c, GPtrArray *entities, GArray *counterparts)
{
  g_autoptr (GArray) refs = NULL;

  if (counterparts->len == 0)
    return;
  refs = byline_entities_mention_index (entities);
  for (guint k = 0; k < counterparts->len; k++)
    {
      const Counterpart *cp = &g_array_index (counterparts, Counterpart, k);
      guint i = byline_mentions_lower_bound (refs, cp->first);

      if (cp->entity->role != NULL)
        continue;
      while (i > 0)
        {
          const BylineMentionRef *r = &g_array_index (refs, BylineMentionRef, --i);
          gboolean crossed = FALSE;

          for (guint t = r->end_token; t <= cp->first && t < c->n && !crossed; t++)
            crossed = (c->toks[t].flags & BYLINE_TOKEN_SENT_START) != 0;
          if (crossed)
            break;
          if (r->entity->type != BYLINE_ENTITY_PERSON || r->entity == cp->entity)
            continue;
          if (r->entity->role != NULL)
            cp->entity->role = g_strdup (r->entity->role);
          break;
        }
    }
}

static void
build_entities (Ctx *c, GPtrArray *out)
{
  Index idx = {
    out,
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new (NULL, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (NULL, NULL, NULL, g_free),
  };
  g_autoptr (GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GString) key = g_string_new (NULL);
  gboolean future_sentence = FALSE;
  const BylineDay *ref = c->doc->date.year ? &c->doc->date : NULL;
  g_autoptr (GArray) counterparts = g_array_new (FALSE, FALSE, sizeof (Counterpart));

  /* 1. names with a lexicon entry, and names of two words or more */
  for (guint k = 0; k < c->cands->len; k++)
    {
      Cand *cand = &g_array_index (c->cands, Cand, k);
      BylineEntity *e = NULL;
      BylineDateMatch *dm;

      if (cand->kind != CAND_TYPED)
        continue;
      if (cand->type == BYLINE_ENTITY_DATE)
        {
          future_sentence = date_is_future (c, cand->first);
          dm = &g_array_index (c->dates, BylineDateMatch, cand->date);
          byline_date_resolve (dm, ref, future_sentence);
          if (dm->resolution == BYLINE_DATE_DAY || dm->resolution == BYLINE_DATE_RANGE)
            date_key (key, dm);
          else
            {
              g_autofree char *t = cand_text (c, cand);
              g_autofree char *f = byline_fold_key (t, -1);
              g_string_printf (key, "text|%s", f);
            }
          e = g_hash_table_lookup (by_text, key->str);
          if (e == NULL)
            {
              g_autofree char *t = cand_text (c, cand);
              e = entity_new (BYLINE_ENTITY_DATE, t);
              e->date = *dm;
              g_hash_table_insert (by_text, g_strdup (key->str), e);
              g_ptr_array_add (out, e);
            }
          else
            {
              /* name the day by its fullest written form: "March 3, 2026", not "Tuesday" */
              g_autofree char *t = cand_text (c, cand);
              gboolean absolute = dm->rel == BYLINE_DATE_REL_NONE;
              gboolean was_absolute = e->date.rel == BYLINE_DATE_REL_NONE;

              if ((absolute && !was_absolute) || (absolute == was_absolute && strlen (t) > strlen (e->name)))
                {
                  g_free (e->name);
                  e->name = g_steal_pointer (&t);
                  e->date = *dm;
                }
            }
          add_mention (c, e, cand);
          continue;
        }
      if (cand->lex != NULL)
        {
          g_autofree char *t = cand_text (c, cand);
          const char *country = government_country (c, k);

          /* "Ricardo Lagos ... Lagos said": a town's name that is the surname of
           * a person named before, outside a phrase of place */
          if (cand->type == BYLINE_ENTITY_PLACE && cand->end == cand->first + 1 && cand->sub_end == 0
              && cand->lex->kind != BYLINE_LEX_COUNTRY && !after_place_word (c, cand->first))
            {
              g_autofree char *f = byline_fold_key (t, -1);
              BylineEntity *person = g_hash_table_lookup (idx.by_part, f);
              g_autofree char *pf = person ? byline_fold_key (person->name, -1) : NULL;
              gsize fl = strlen (f), pl = pf ? strlen (pf) : 0;

              if (person != NULL && person->type == BYLINE_ENTITY_PERSON && pl > fl + 1
                  && pf[pl - fl - 1] == ' ' && strcmp (pf + pl - fl, f) == 0)
                {
                  add_mention (c, person, cand);
                  continue;
                }
            }
          e = entity_for_lex (&idx, cand->lex, cand->type, c->sports);
          /* "Russia's Foreign Ministry" and "Japan's Foreign Ministry" are two bodies */
          if (country != NULL && e->affiliation == NULL && e->mentions->len == 0)
            e->affiliation = g_strdup (country);
          else if (country != NULL && g_strcmp0 (e->affiliation, country) != 0)
            {
              g_string_printf (key, "gov|%p|%s", (gpointer) cand->lex, country);
              e = g_hash_table_lookup (by_text, key->str);
              if (e == NULL)
                {
                  e = entity_new (cand->type, cand->lex->name);
                  e->lex = cand->lex;
                  e->affiliation = g_strdup (country);
                  g_hash_table_insert (by_text, g_strdup (key->str), e);
                  g_ptr_array_add (out, e);
                }
            }
          /* the fullest form the article uses: "Fars News", "World Health Organisation" */
          if (e->mentions->len == 0 || g_utf8_strlen (t, -1) > g_utf8_strlen (e->name, -1)
              || (g_utf8_strlen (t, -1) == g_utf8_strlen (e->name, -1) && is_shouted (e->name) && !is_shouted (t)))
            {
              g_free (e->name);
              e->name = g_steal_pointer (&t);
            }
          /* "South Korea", then "Korea": a country by the last word of its name */
          if (cand->lex->kind == BYLINE_LEX_COUNTRY && cand->end - cand->first >= 2 && cand->sub_end == 0
              && c->toks[cand->end - 1].kind == BYLINE_TOKEN_WORD)
            {
              char *tail = byline_token_key (c->text, &c->toks[cand->end - 1]);
              gpointer old = NULL;

              /* "North Korea" and "South Korea": "Korea" is neither */
              if (g_hash_table_lookup_extended (idx.tails, tail, NULL, &old) && old != e)
                g_hash_table_insert (idx.tails, tail, NULL);
              else
                g_hash_table_insert (idx.tails, tail, e);
            }
          add_mention (c, e, cand);
          continue;
        }
      {
        g_autofree char *t = cand_text (c, cand);
        g_autofree char *f = byline_fold_key (t, -1);

        if (cand->type == BYLINE_ENTITY_MONEY || cand->type == BYLINE_ENTITY_QUANTITY)
          {
            g_string_printf (key, "%d|%s", cand->type, f);
            e = g_hash_table_lookup (by_text, key->str);
            if (e == NULL)
              {
                e = entity_new (cand->type, t);
                g_hash_table_insert (by_text, g_strdup (key->str), e);
                g_ptr_array_add (out, e);
              }
            add_mention (c, e, cand);
            continue;
          }
        e = g_hash_table_lookup (idx.by_key, f);
        /* "Ahmad Samsuri" after "Ahmad Samsuri Mokhtar": the start of a longer name */
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON && strchr (f, ' ') != NULL)
          for (guint o = 0; o < out->len && o < 400; o++)
            {
              BylineEntity *other = out->pdata[o];
              const char *of;

              if (other->type != BYLINE_ENTITY_PERSON)
                continue;
              of = folded_name (&idx, other);
              if (g_str_has_prefix (of, f) && of[strlen (f)] == ' ')
                {
                  e = other;
                  break;
                }
            }
        /* "Sergei Lavrov" after "Lavrov": a longer name of a person seen before */
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON)
          {
            g_auto (GStrv) parts = g_strsplit (f, " ", -1);
            guint np = g_strv_length (parts);
            if (np >= 2)
              {
                BylineEntity *o = g_hash_table_lookup (idx.by_key, parts[np - 1]);
                if (o && o->type == BYLINE_ENTITY_PERSON)
                  e = o;
              }
          }
        /* "Shah Mahmood Qureshi" after "Shah Mehmood Qureshi", "Sergey" after
         * "Sergei": one person spelt two ways, the same surname and a letter or
         * two apart in all */
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON && strlen (f) >= 10)
          e = variant_person (&idx, f);
        if (e == NULL)
          {
            e = entity_new (cand->type, t);
            g_ptr_array_add (out, e);
            index_parts (&idx, e);
          }
        else if (strlen (t) > strlen (e->name) && e->type == cand->type)
          {
            g_free (e->name);
            e->name = g_strdup (t);
            index_parts (&idx, e);
          }
        if (e->type == BYLINE_ENTITY_PERSON)
          {
            /* the candidate that ends where the title starts: "Iranian Ambassador to Russia X" */
            const Cand *prev = NULL;
            for (guint b = k; b > 0 && b + 4 > k; b--)
              {
                const Cand *pc = &g_array_index (c->cands, Cand, b - 1);
                guint at = (guint) MAX (cand->title_first, 0);

                if (at > 0 && c->toks[at - 1].kind == BYLINE_TOKEN_POSSESSIVE)
                  at--;
                if (pc->end <= at)
                  {
                    prev = pc;
                    break;
                  }
              }
            if (set_role (c, e, cand, prev))
              {
                Counterpart link = { cand->first, e };
                g_array_append_val (counterparts, link);
              }
          }
        add_mention (c, e, cand);

        /* "Asian Parliamentary Assembly (APA)", "Trans-Andean Rail Corridor (TARC)" */
        if ((cand->type == BYLINE_ENTITY_ORG || cand->type == BYLINE_ENTITY_PLACE)
            && is_char (c, cand->end, '(') && cand->end + 2 < c->n
            && (c->toks[cand->end + 1].flags & BYLINE_TOKEN_ALLCAPS) && is_char (c, cand->end + 2, ')'))
          {
            g_autofree char *acr = byline_token_key (c->text, &c->toks[cand->end + 1]);
            g_autofree char *af = byline_fold_key (acr, -1);
            g_hash_table_insert (idx.by_key, g_steal_pointer (&af), e);
          }
      }
    }

  /* 2. single words: a part of a known name, or a new name */
  for (guint k = 0; k < c->cands->len; k++)
    {
      Cand *cand = &g_array_index (c->cands, Cand, k);
      g_autofree char *t = NULL;
      g_autofree char *f = NULL;
      BylineEntity *e;

      if (cand->kind == CAND_TYPED)
        continue;
      t = cand_text (c, cand);
      f = byline_fold_key (t, -1);
      e = g_hash_table_lookup (idx.by_key, f);
      /* "Evansville" with nothing to go on, then "in Evansville": a place after all */
      if (e != NULL && e->type == BYLINE_ENTITY_OTHER && e->lex == NULL
          && (cand->type == BYLINE_ENTITY_PLACE || (cand->type == BYLINE_ENTITY_PERSON && cand->person_evidence)))
        e->type = cand->type;
      if (e == NULL && cand->first + 1 == cand->end && is_counted_thing (c, cand->first) && !cand->person_evidence)
        {
          e = entity_new (BYLINE_ENTITY_OTHER, t);
          g_ptr_array_add (out, e);
          g_hash_table_insert (idx.by_key, g_strdup (f), e);
        }
      if (e == NULL)
        e = g_hash_table_lookup (idx.by_part, f);
      if (e == NULL && cand->kind == CAND_UNKNOWN)
        e = g_hash_table_lookup (idx.tails, f);
      /* "a blue Marilyn", "an Oscar": a person's name takes no indefinite article */
      if ((e == NULL || e->type == BYLINE_ENTITY_PERSON) && cand->kind == CAND_UNKNOWN && !cand->sub_only
          && after_indefinite (c, cand->first))
        {
          g_autofree char *thing = g_strconcat ("thing|", f, NULL);

          e = g_hash_table_lookup (by_text, thing);
          if (e == NULL)
            {
              e = entity_new (BYLINE_ENTITY_OTHER, t);
              g_ptr_array_add (out, e);
              g_hash_table_insert (by_text, g_steal_pointer (&thing), e);
            }
        }
      if (e == NULL && cand->kind == CAND_COMPOUND)
        {
          /* "Lavrov-Zarif": two people; "Asante-Mensah": one, named in full before */
          g_auto (GStrv) parts = g_strsplit (f, " ", -1);
          gboolean all = g_strv_length (parts) >= 2;
          BylineEntity *same = g_hash_table_lookup (idx.by_part, parts[0]);

          for (guint p = 1; parts[p] && same; p++)
            if (g_hash_table_lookup (idx.by_part, parts[p]) != same)
              same = NULL;
          if (same != NULL)
            {
              add_mention (c, same, cand);
              continue;
            }
          for (guint p = 0; parts[p] && all; p++)
            if (g_hash_table_lookup (idx.by_part, parts[p]) == NULL
                && g_hash_table_lookup (idx.by_key, parts[p]) == NULL)
              all = FALSE;
          if (all)
            {
              const char *s = c->text + c->toks[cand->first].start;
              const char *end = c->text + c->toks[cand->first].end;
              for (guint p = 0; parts[p]; p++)
                {
                  const char *dash = memchr (s, '-', end - s);
                  const char *pe = dash ? dash : end;
                  BylineEntity *pe_ent = g_hash_table_lookup (idx.by_part, parts[p]);
                  BylineMention m = { (guint32) (s - c->text), (guint32) (pe - c->text),
                                      cand->first, cand->end };
                  if (pe_ent == NULL)
                    pe_ent = g_hash_table_lookup (idx.by_key, parts[p]);
                  g_array_append_val (pe_ent->mentions, m);
                  s = dash ? dash + 1 : end;
                }
              continue;
            }
        }
      if (e == NULL && cand->sub_only)
        continue;
      /* "said Mauer" of "K.C. Maurer": a speaker's name misspelt */
      if (e == NULL && cand->type == BYLINE_ENTITY_PERSON && cand->person_evidence && cand->kind == CAND_UNKNOWN)
        e = misspelt_person (&idx, f);
      if (e == NULL)
        {
          /* a lone word with nothing to tie it to: keep it only with some evidence */
          gboolean keep = cand->type == BYLINE_ENTITY_PLACE || cand->person_evidence
                          || has (c, BYLINE_WORD_SURNAME, cand->first)
                          || !is_common (c, cand->first);
          BylineEntityType type = cand->type;

          if (!keep)
            continue;
          /* a capitalised word and nothing more: a name, but of what? */
          if (type == BYLINE_ENTITY_PERSON && !cand->person_evidence && !has (c, BYLINE_WORD_SURNAME, cand->first))
            type = BYLINE_ENTITY_OTHER;
          /* an acronym nobody spells out: an organisation only when it acts */
          if (cand->acronym && !followed_by_speech (c, cand->end) && byline_token_len (&c->toks[cand->first]) < 3)
            type = BYLINE_ENTITY_OTHER;
          e = entity_new (type, t);
          g_ptr_array_add (out, e);
          g_hash_table_insert (idx.by_key, g_strdup (f), e);
        }
      /* "Foreign Minister Zarif" after "his counterpart, Javad Zarif" */
      if (e->type == BYLINE_ENTITY_PERSON && e->role == NULL && cand->title_first >= 0)
        set_role (c, e, cand, NULL);
      add_mention (c, e, cand);
    }

  for (guint k = 0; k < out->len; k++)
    sort_mentions (((BylineEntity *) out->pdata[k])->mentions);
  resolve_counterparts (c, out, counterparts);
  for (guint k = 0; k < out->len; k++)
    affiliation_from_title (c, out->pdata[k]);

  for (guint k = 0; k < out->len; k++)
    {
      BylineEntity *e = out->pdata[k];
      sort_mentions (e->mentions);
    }
  g_ptr_array_sort (out, compare_entities);
  for (guint k = 0; k < out->len; k++)
    {
      BylineEntity *e = out->pdata[k];
      e->id = g_strdup_printf ("e%u", k + 1);
    }

  g_hash_table_unref (idx.by_key);
  g_hash_table_unref (idx.by_part);
  g_hash_table_unref (idx.by_lex);
  g_hash_table_unref (idx.tails);
  g_hash_table_unref (idx.folded);
}

/**
 * byline_entities_find:
 *
 * Finds the people, organisations, places, peoples, dates, sums of money and
 * quantities of @doc, one entity per referent with all its mentions.
 *
 * Returns: (transfer full) (element-type BylineEntity): the entities, in
 * order of first mention
 */
GPtrArray *
byline_entities_find (const BylineDocument *doc)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_entity_free);
  Ctx c = {
    doc, byline_lexicon_get (), doc->text->data,
    (const BylineToken *) doc->tokens->data, doc->tokens->len,
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_array_new (FALSE, FALSE, sizeof (Cand)),
    g_array_new (FALSE, FALSE, sizeof (BylineDateMatch)),
    FALSE, -1, -1,
    g_new0 (PhraseCache, 1), g_new0 (PhraseCache, 1),
  };

  if (c.n > 0)
    {
      guint cues = 0;

      for (guint i = 0; i < c.n; i++)
        if (c.toks[i].cls & BYLINE_WORD_SPORTS)
          cues++;
      /* a match report names teams by their countries: "Sweden beat South Korea" */
      c.sports = cues >= 12 && cues * 100 >= c.n;
      mark_weak (&c);
      find_candidates (&c);
      if (g_getenv ("BYLINE_DEBUG_CANDIDATES") != NULL)
        for (guint k = 0; k < c.cands->len; k++)
          {
            const Cand *cand = &g_array_index (c.cands, Cand, k);
            g_autofree char *t = cand_text (&c, cand);
            g_printerr ("cand %s %s kind=%d evidence=%d lex=%s\n", byline_entity_type_to_string (cand->type), t,
                        cand->kind, cand->person_evidence, cand->lex ? cand->lex->name : "-");
          }
      build_entities (&c, out);
      for (guint k = 0; k < out->len; k++)
        assign_gender (&c, out->pdata[k]);
    }
  g_hash_table_unref (c.strong);
  g_hash_table_unref (c.name_parts);
  g_hash_table_unref (c.lower);
  g_array_unref (c.cands);
  g_array_unref (c.dates);
  g_free (c.gazetteer_cache);
  g_free (c.title_cache);
  return out;
}

static int
compare_refs (gconstpointer a, gconstpointer b)
{
  const BylineMentionRef *x = a, *y = b;

  if (x->first_token != y->first_token)
    return x->first_token < y->first_token ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The mention index in compare_refs () order, stably: a radix sort on the key
 * (first token, start), 16 bits a pass, the passes whose digit is the same in
 * every mention left out. It was a sixth of the entity stage as a qsort. */
static void
sort_refs (GArray *refs)
{
  enum { DIGITS = 4, BUCKETS = 1 << 16 };
  BylineMentionRef *a = (BylineMentionRef *) refs->data;
  g_autofree BylineMentionRef *tmp = NULL;
  g_autofree guint *count = NULL;
  guint n = refs->len;
  gboolean sorted = TRUE;

  for (guint i = 1; i < n && sorted; i++)
    sorted = compare_refs (&a[i - 1], &a[i]) <= 0;
  if (sorted)
    return;
  tmp = g_new (BylineMentionRef, n);
  count = g_new0 (guint, DIGITS * BUCKETS);
  for (guint i = 0; i < n; i++)
    {
      guint64 key = ((guint64) a[i].first_token << 32) | a[i].start;

      for (guint d = 0; d < DIGITS; d++)
        count[d * BUCKETS + ((key >> (16 * d)) & 0xFFFF)]++;
    }
  for (guint d = 0; d < DIGITS; d++)
    {
      guint *c = count + d * BUCKETS;
      guint64 key0 = ((guint64) a[0].first_token << 32) | a[0].start;
      guint sum = 0;
      BylineMentionRef *swap;

      /* every mention has the same digit here: nothing to do */
      if (c[(key0 >> (16 * d)) & 0xFFFF] == n)
        continue;
      for (guint b = 0; b < BUCKETS; b++)
        {
          guint k = c[b];

          c[b] = sum;
          sum += k;
        }
      for (guint i = 0; i < n; i++)
        {
          guint64 key = ((guint64) a[i].first_token << 32) | a[i].start;

          tmp[c[(key >> (16 * d)) & 0xFFFF]++] = a[i];
        }
      swap = a, a = tmp, tmp = swap;
    }
  /* an odd number of passes left the result in the other buffer (then the
   * one to free) */
  if (a != (BylineMentionRef *) refs->data)
    {
      memcpy (refs->data, a, (gsize) n * sizeof *a);
      tmp = a;
    }
}

/* compare_refs () order as one number */
static inline guint64
mention_key (const BylineMention *m)
{
  return ((guint64) m->first_token << 32) | m->start;
}

/* An entity in the merge of the mention index: the key of its next mention */
typedef struct
{
  guint64 key;
  guint   entity;
} MergeHead;

static inline gboolean
head_before (const MergeHead *a,
             const MergeHead *b)
{
  return a->key < b->key || (a->key == b->key && a->entity < b->entity);
}

static void
heap_down (MergeHead *heap,
           guint      n,
           guint      h)
{
  for (;;)
    {
      guint least = h, l = 2 * h + 1, r = l + 1;
      MergeHead swap;

      if (l < n && head_before (&heap[l], &heap[least]))
        least = l;
      if (r < n && head_before (&heap[r], &heap[least]))
        least = r;
      if (least == h)
        return;
      swap = heap[h], heap[h] = heap[least], heap[least] = swap;
      h = least;
    }
}

/**
 * byline_entities_mention_index:
 *
 * Returns: (transfer full): every mention of @entities as a #BylineMentionRef,
 * in text order
 */
GArray *
byline_entities_mention_index (GPtrArray *entities)
{
  GArray *refs;
  guint total = 0;
  gboolean sorted = TRUE;
  g_autofree MergeHead *heap = NULL;
  g_autofree guint *next = NULL;
  guint n_heap = 0;

  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];
      const BylineMention *m = (const BylineMention *) e->mentions->data;

      total += e->mentions->len;
      for (guint k = 1; k < e->mentions->len && sorted; k++)
        sorted = mention_key (&m[k - 1]) <= mention_key (&m[k]);
    }
  refs = g_array_sized_new (FALSE, FALSE, sizeof (BylineMentionRef), total);
  if (!sorted)
    {
      for (guint i = 0; i < entities->len; i++)
        {
          const BylineEntity *e = entities->pdata[i];

          for (guint k = 0; k < e->mentions->len; k++)
            {
              const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
              BylineMentionRef r = { m->first_token, m->end_token, m->start, m->end, e };

              g_array_append_val (refs, r);
            }
        }
      sort_refs (refs);
      return refs;
    }

  /* each entity's mentions are in order (they are kept in text order): a
   * merge of them, by a heap of the entities at their next mention, the
   * lower entity first among equal keys, as a stable sort would have it;
   * no copy of the index to sort in */
  heap = g_new (MergeHead, MAX (entities->len, 1));
  next = g_new0 (guint, MAX (entities->len, 1));
  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];

      if (e->mentions->len > 0)
        {
          heap[n_heap].key = mention_key (&g_array_index (e->mentions, BylineMention, 0));
          heap[n_heap++].entity = i;
        }
    }
  for (guint h = n_heap / 2; h-- > 0;)
    heap_down (heap, n_heap, h);
  while (n_heap > 0)
    {
      guint i = heap[0].entity;
      const BylineEntity *e = entities->pdata[i];
      const BylineMention *m = &g_array_index (e->mentions, BylineMention, next[i]);
      BylineMentionRef r = { m->first_token, m->end_token, m->start, m->end, e };

      g_array_append_val (refs, r);
      if (++next[i] == e->mentions->len)
        heap[0] = heap[--n_heap];
      else
        heap[0].key = mention_key (m + 1);
      heap_down (heap, n_heap, 0);
    }
  return refs;
}

/**
 * byline_mentions_lower_bound:
 *
 * Returns: the index of the first mention that starts at @token or after
 */
guint
byline_mentions_lower_bound (GArray *mentions,
                             guint   token)
{
  /* The callers walk the text: each answer is near the one before. A search
   * from the last answer (of this thread, whatever the array) in steps that
   * double, then by halves between the last two, is a few steps where one
   * from the ends was twenty; any hint gives the same answer. */
  static _Thread_local guint hint;
  const BylineMentionRef *r = (const BylineMentionRef *) mentions->data;
  guint n = mentions->len;
  guint h = MIN (hint, n);
  guint lo, hi, step = 1;

  if (h < n && r[h].first_token < token)
    {
      /* the answer is after h */
      lo = hi = h + 1;
      while (hi < n && r[hi].first_token < token)
        {
          lo = hi + 1;
          hi = lo + step;
          step *= 2;
        }
      hi = MIN (hi, n);
    }
  else
    {
      /* the answer is h or before */
      lo = hi = h;
      while (lo > 0 && r[lo - 1].first_token >= token)
        {
          hi = lo - 1;
          lo = hi > step ? hi - step : 0;
          step *= 2;
        }
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (r[mid].first_token < token)
        lo = mid + 1;
      else
        hi = mid;
    }
  hint = lo;
  return lo;
}

/**
 * byline_mentions_at:
 *
 * Returns: (nullable): the mention covering @token
 */
const BylineMentionRef *
byline_mentions_at (GArray *mentions,
                    guint   token)
{
  guint i = byline_mentions_lower_bound (mentions, token + 1);

  while (i > 0)
    {
      const BylineMentionRef *r = &g_array_index (mentions, BylineMentionRef, i - 1);

      if (r->end_token > token)
        return r;
      if (r->first_token < token)
        break;
      i--;
    }
  return NULL;
}
