/* byline-entities-candidates.c: the spans of text that may name something,
 * before coreference settles what they are
 *
 * _byline_entities_mark_weak() first marks the capitals that say nothing:
 * at a sentence start, after a colon, an opening quote or a dash, every
 * word of a title-case line; and notes the words capitalised elsewhere, the
 * words also written in lower case, and the common words that are part of a
 * name. _byline_entities_find_candidates() then walks the tokens: dates
 * ("every year", "in March"), clock times skipped, sums of money and
 * quantities, a wire dateline, known names after a lower-case prefix
 * ("pro-Russian"), sites' addresses ("Abidjan.net"), a surname that starts
 * with its particles ("von der Leyen"), titles ("Foreign Minister")
 * remembered for the name after them, gazetteer names and the longer names
 * they start ("China Pakistan Economic Corridor"; but a country before its
 * ministry, "U.S. State Dept", is two names), hyphenated pairs of known
 * names ("Iran-Russia", "US-North Korea", a lawmaker's "R-Alaska"), and
 * capitalised chunks (_byline_entities_chunk_at()) that classify_chunk()
 * types by their head word, the title before them, a noun that calls them
 * an outlet or an organisation ("Petra news agency", "club Ajax"), a list
 * of people they stand in, an article or an initial, or leaves to
 * coreference. A lower-case place noun around an unknown name makes it a
 * place ("the Sughd region", "the village of Sadakhlo"), and so does the
 * dateline ("KARSVIK, May 4 (KV) -", whose agency is an organisation); after
 * an office's title and "of" or "for" come its portfolio, no person, then its
 * holder ("Minister of State for External Affairs Kirti Singh"); a title's
 * plural is no one's name. A family name that is also a word of the language
 * ("He Lifeng", "Park Jin", "Han Bing", "Sun Weidong") is remembered as a
 * name's part, so that it alone later ("Park said", "Ms. He") is the person;
 * a word with a role in apposition after it ("Price, a State Department
 * spokesman,") is a person's name; a country's or a town's name that is a
 * given name too after a title ("Defence Minister Israel Katz", "Chief Justice
 * Helena Marsh") starts a person's name, and so does a people's word that is
 * a family name ("Choe Son Hui,", "Volker Turk said"); a state named by its
 * head word and a known country ("Republic of Rwanda") ends before its
 * holder's name. At a sentence's start, a given name that is a word too
 * ("Grace", "Will", "Mark") before a family name or an unknown word capitalised
 * for itself, then a verb of speech, "who", a comma or "and", is a person's
 * full name ("Grace Meng said", "Mark Reed and his counterpart"), though not
 * before a head word, a month or a day ("May Day", "Rose Garden"); and a family
 * name that is a word too, alone before a verb of speech that has a subject
 * ("Trump said", "Reed told"), is a person. An event's head word alone after a
 * word left out for its position ("May Day rallies") is no one, and nor is a
 * word of the language after an adjective so left out ("New Balance said").
 * Two small caches keep the gazetteer and title lookups of a token.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-entities"

#include "config.h"

#include <string.h>

#include "byline-entities.h"
#include "byline-entities-private.h"
#include "byline-scan-private.h"

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

/* "da" of "Lula da Silva", and "von" and "der" of "Ursula von der Leyen":
 * a lower-case particle, maybe one of two, before the rest of a name */
BYLINE_ALWAYS_INLINE
static inline gboolean
is_name_particle (const Ctx *c, guint i)
{
  gboolean two;

  if (!(i < c->n && c->toks[i].kind == BYLINE_TOKEN_WORD && !(c->toks[i].flags & BYLINE_TOKEN_CAP)
        && has (c, BYLINE_WORD_PARTICLE, i)))
    return FALSE;
  two = i + 1 < c->n && c->toks[i + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i + 1].flags & BYLINE_TOKEN_CAP)
        && has (c, BYLINE_WORD_PARTICLE, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE);
  if (two)
    i++;
  return is_cap (c, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE);
}

/* "al-Assad", "el-Sisi": a lower-case particle joined to a name */
static gboolean
particle_compound_at (const Ctx *c, guint i)
{
  const char *s;
  const char *dash;

  s = c->text + c->toks[i].start;
  dash = memchr (s, '-', byline_token_len (&c->toks[i]));
  if (dash == NULL || dash - s > 3 || dash + 1 >= c->text + byline_token_end (&c->toks[i]))
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (dash + 1));
}

/* (the cheap test inlined: it is asked at most tokens) */
BYLINE_ALWAYS_INLINE
static inline gboolean
is_particle_compound (const Ctx *c, guint i)
{
  if (i >= c->n || c->toks[i].kind != BYLINE_TOKEN_WORD || !(c->toks[i].flags & BYLINE_TOKEN_HYPHEN)
      || (c->toks[i].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  return particle_compound_at (c, i);
}

/* Marks words capitalised by their position: sentence starts, words after an
 * opening quote or a colon, and every word of a title-case line. */
#define SIGNATURES (32 * 27 * 27)

/* A word's length and first two letters, whatever their case */
/* "Sung-min", "Ji-woo", "Ying-jeou": a given name of two syllables joined by a
 * hyphen, the second in lower case, after a family name ("Park Sung-min") */
static gboolean
is_hyphen_given_name (const Ctx *c, guint i)
{
  const char *s, *end, *dash;

  if (i >= c->n || !is_cap (c, i) || !(c->toks[i].flags & BYLINE_TOKEN_HYPHEN)
      || (c->toks[i].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS)))
    return FALSE;
  s = c->text + c->toks[i].start;
  end = c->text + byline_token_end (&c->toks[i]);
  dash = memchr (s, '-', end - s);
  return dash != NULL && dash - s >= 2 && dash - s <= 5 && end - dash - 1 >= 2 && end - dash - 1 <= 5
         && g_ascii_islower (dash[1]) && memchr (dash + 1, '-', end - dash - 1) == NULL;
}

BYLINE_ALWAYS_INLINE
static inline guint
word_signature (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  guint len = MIN (byline_token_len (t), 31);
  guint a = 26, b = 26;

  /* (ch | 0x20) is the small letter of an ASCII letter */
  if (g_ascii_isalpha (c->text[t->start]))
    a = (guint) (((guchar) c->text[t->start] | 0x20) - 'a');
  if (len > 1 && g_ascii_isalpha (c->text[t->start + 1]))
    b = (guint) (((guchar) c->text[t->start + 1] | 0x20) - 'a');
  return (len * 27 + a) * 27 + b;
}

void
_byline_entities_mark_weak (Ctx *c)
{
  BylineToken *toks = (BylineToken *) c->toks;
  guint line_start = 0;
  guint8 weak_sigs[SIGNATURES / 8 + 1] = { 0 };
  /* the short words already known strong, by their bytes: most capitalised
   * words recur ("Iran", "President"), and a hash of their key each time
   * was a sixth of this pass */
  guint64 strong_heads[1024] = { 0 };
  guint32 text_end = c->n > 0 ? byline_token_end (&toks[c->n - 1]) : 0;

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
      if ((toks[i].flags & BYLINE_TOKEN_CAP) && !is_weak (c, i) && !(toks[i].flags & BYLINE_TOKEN_ALLCAPS))
        {
          guint64 head = byline_token_len (&toks[i]) <= 8 ? byline_token_head (c->text, &toks[i], text_end) : 0;
          guint64 *seen = &strong_heads[(head * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 54];

          if (head == 0 || *seen != head)
            {
              if (!is_strong_elsewhere (c, i))
                g_hash_table_add (c->strong, byline_token_key (c->text, &toks[i]));
              if (head != 0)
                *seen = head;
            }
        }
      /* a common word that is a name's part wherever it stands: the family name
       * before a hyphenated given name ("Park Sung-min"), the surname after a
       * first name ("Condoleezza Rice"); "Park said" opens a sentence later */
      if (i + 1 < c->n && (toks[i].flags & BYLINE_TOKEN_CAP) && (toks[i + 1].flags & BYLINE_TOKEN_CAP)
          && toks[i].kind == BYLINE_TOKEN_WORD && toks[i + 1].kind == BYLINE_TOKEN_WORD
          && !(toks[i + 1].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS)) && !(toks[i].flags & BYLINE_TOKEN_ALLCAPS))
        {
          const char *w = c->text + toks[i + 1].start;
          const char *dash = memchr (w, '-', byline_token_len (&toks[i + 1]));
          const BylineLexEntry *next_entry = NULL;

          if ((toks[i + 1].flags & BYLINE_TOKEN_HYPHEN) && dash != NULL && g_ascii_islower (dash[1])
              && is_common (c, i))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i]));
          else if (has (c, BYLINE_WORD_FIRST_NAME, i) && !has (c, BYLINE_WORD_COMMON, i) && is_common (c, i + 1)
                   && !has (c, BYLINE_WORD_ROLE, i + 1)
                   && !(i + 2 < c->n && (toks[i + 2].flags & BYLINE_TOKEN_CAP) && toks[i + 2].kind == BYLINE_TOKEN_WORD))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i + 1]));
          /* "Park Jin", "Hall Tanner": a family name that is also a word, before a
           * name that is none; "Park said" opens a sentence later */
          else if (has (c, BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, i) && is_common (c, i)
                   && !has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_CONNECTOR, i) && !is_weak (c, i + 1)
                   && !is_common (c, i + 1) && !(toks[i + 1].flags & BYLINE_TOKEN_HYPHEN)
                   && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY
                               | BYLINE_WORD_OTHER_HEAD | BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, i + 1)
                   && !(i + 2 < c->n && (toks[i + 2].flags & BYLINE_TOKEN_CAP)
                        && has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, i + 2))
                   && _byline_entities_title_at (c, i) == 0
                   /* at a sentence start, "Sun Weidong" but not "Young Koreans" */
                   && (!is_weak (c, i) || _byline_entities_gazetteer_at (c, i + 1, &next_entry) == 0))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i]));
          /* "Vice Premier He Lifeng", "Le Yucheng": a short family name that is
           * also a word of the language, capitalised where no position asks for it */
          else if (has (c, BYLINE_WORD_AMBIGUOUS_NAME, i) && has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_CONNECTOR, i)
                   && !is_weak (c, i) && !is_weak (c, i + 1) && !has (c, BYLINE_WORD_STOPWORD, i + 1))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &toks[i]));
        }
      if ((toks[i].flags & BYLINE_TOKEN_CAP) && is_weak (c, i) && toks[i].kind == BYLINE_TOKEN_WORD)
        {
          guint sig = word_signature (c, i);
          weak_sigs[sig / 8] |= (guint8) (1u << (sig % 8));
        }
    }
  /* the words also written in lower case, among those capitalised by position
   * only: a cheap signature first, the key for the few that share it; but
   * not the function words and the verbs of speech, which the one reader of
   * these words ("The", "Said" at a sentence start) drops before asking */
  for (guint i = 0; i < c->n; i++)
    /* "al-Sudani" is a name with its particle, not a word in lower case:
     * "Al-Sudani's office said" opens a sentence with it */
    if (toks[i].kind == BYLINE_TOKEN_WORD && !(toks[i].flags & BYLINE_TOKEN_CAP)
        && !has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH, i))
      {
        guint sig = word_signature (c, i);

        if ((weak_sigs[sig / 8] & (1u << (sig % 8))) && !is_particle_compound (c, i) && !is_lower_elsewhere (c, i))
          g_hash_table_add (c->lower, byline_token_key (c->text, &toks[i]));
      }
}

/* "Kuwait Amir", "the Qatari Amir": a country's or a people's word right before
 * "Amir" makes it the title, not a given name */
static gboolean
amir_of_country (const Ctx *c, guint k)
{
  const BylineLexEntry *entry = NULL;

  return is_cap (c, k) && _byline_entities_gazetteer_at (c, k, &entry) == 1 && entry != NULL
         && (entry->kind == BYLINE_LEX_COUNTRY || entry->kind == BYLINE_LEX_DEMONYM);
}

guint
_byline_entities_title_at (const Ctx *c, guint i)
{
  gpointer v;
  guint n;
  guint slot = i % CACHE_SIZE;

  if (c->title_cache->tag[slot] == i + 1)
    return c->title_cache->len[slot];
  /* a word no title starts with (the classifier marked those that do) */
  if (i < c->n && c->toks[i].kind == BYLINE_TOKEN_WORD && !(c->toks[i].flags & BYLINE_TOKEN_NAME_START))
    n = 0;
  else
    n = byline_phrases_match (c->lex->titles, c->text, c->toks, c->n, i, &v);
  /* "HH the Amir Sheikh Hamad", "the Amir held talks": the Gulf's spelling of
   * the title, after "the"; a given name elsewhere ("Amir Peretz") */
  if (n == 0 && i > 0 && i + 1 < c->n && byline_token_is (c->text, &c->toks[i], "Amir")
      && (byline_token_is (c->text, &c->toks[i - 1], "the") || amir_of_country (c, i - 1)
          /* "Qatar's Amir Sheikh Tamim" */
          || (i > 1 && c->toks[i - 1].kind == BYLINE_TOKEN_POSSESSIVE && amir_of_country (c, i - 2))))
    n = 1;

  /* "Prince Sultan bin Fahd": after a title, a title's word before "bin" or "ibn"
   * is a given name (but "Emir bin Rashid" is a title and a name) */
  if (n == 1 && i > 0 && i + 1 < c->n && !(c->toks[i + 1].flags & BYLINE_TOKEN_CAP)
      && (byline_token_is (c->text, &c->toks[i + 1], "bin") || byline_token_is (c->text, &c->toks[i + 1], "ibn")
          || byline_token_is (c->text, &c->toks[i + 1], "bint"))
      && is_cap (c, i - 1) && _byline_entities_title_at (c, i - 1) == 1)
    n = 0;
  /* "Hilal bin Sultan al-Busaidi": a title's word after "bin" is a father's name */
  if (n > 0 && i > 0 && (byline_token_is (c->text, &c->toks[i - 1], "bin") || byline_token_is (c->text, &c->toks[i - 1], "ibn")
                         || byline_token_is (c->text, &c->toks[i - 1], "bint")))
    n = 0;
  /* "Martin Luther King III", "Ken Griffey Jr.": a title's word before a generation's
   * mark is a family name */
  if (n == 1 && i > 0 && is_cap (c, i - 1) && i + 1 < c->n && is_cap (c, i + 1)
      && (byline_token_is (c->text, &c->toks[i + 1], "Jr") || byline_token_is (c->text, &c->toks[i + 1], "Sr")
          || byline_token_is (c->text, &c->toks[i + 1], "II") || byline_token_is (c->text, &c->toks[i + 1], "III")
          || byline_token_is (c->text, &c->toks[i + 1], "IV")))
    n = 0;
  /* "Speaker of the House" before "of Representatives": a body's name that
   * runs on past the title is the body's, and the title ends before it */
  if (n >= 3 && i + n < c->n && byline_token_is (c->text, &c->toks[i + n], "of"))
    for (guint j = i + 1; j < i + n; j++)
      {
        const BylineLexEntry *e = NULL;

        if (is_cap (c, j) && _byline_entities_gazetteer_at (c, j, &e) > i + n - j)
          {
            n = j - i;
            while (n > 1 && (byline_token_is (c->text, &c->toks[i + n - 1], "of")
                             || byline_token_is (c->text, &c->toks[i + n - 1], "the")))
              n--;
            break;
          }
      }
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

guint
_byline_entities_gazetteer_at (const Ctx *c, guint i, const BylineLexEntry **entry)
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

/* "d'Orsay" of "Quai d'Orsay": an elided particle and a capital in one word */
static gboolean
is_elided_name (const Ctx *c, guint k)
{
  const char *s = c->text + c->toks[k].start;
  guint len = byline_token_len (&c->toks[k]);

  if (len >= 3 && s[1] == '\'' && g_ascii_isupper (s[2]))
    return TRUE;
  /* a typographic apostrophe, U+2019 */
  return len >= 5 && (guchar) s[1] == 0xe2 && (guchar) s[2] == 0x80 && (guchar) s[3] == 0x99 && g_ascii_isupper (s[4]);
}

static guint
gazetteer_match (const Ctx *c, guint i, const BylineLexEntry **entry)
{
  gpointer v = NULL, next = NULL;
  BylineDateMatch dm;
  guint n;

  if (i >= c->n || !(c->toks[i].flags & (BYLINE_TOKEN_CAP | BYLINE_TOKEN_ALLCAPS)))
    return 0;
  /* a word no name starts with (the classifier marked those that do) */
  if (c->toks[i].kind == BYLINE_TOKEN_WORD && !(c->toks[i].flags & BYLINE_TOKEN_NAME_START))
    return 0;
  n = byline_phrases_match (c->lex->names, c->text, c->toks, c->n, i, &v);
  if (n == 0)
    return 0;
  /* every word of the name written with a capital, or a lower-case connector;
   * "Xinhua news agency" is the shorter name "Xinhua" and words after it */
  for (guint k = i; k < i + n; k++)
    {
      const BylineToken *t = &c->toks[k];
      if (t->kind == BYLINE_TOKEN_WORD && !(t->flags & BYLINE_TOKEN_CAP)
          && !(k > i && has (c, BYLINE_WORD_CONNECTOR, k)) && !is_particle_compound (c, k))
        {
          if (k > i && is_elided_name (c, k))
            continue;
          if (k == i || (n = byline_phrases_match (c->lex->names, c->text, c->toks, k, i, &v)) == 0)
            return 0;
          k = i;
        }
    }
  /* a name that is also a common word needs a capital that is not positional */
  if (((BylineLexEntry *) v)->ambiguous && n == 1 && is_weak (c, i) && !is_strong_elsewhere (c, i)
      && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS))
    return 0;
  /* "Act East Policy", "Tar Heel Lane": a short word of the language in a run of
   * capitals is no place's acronym ("ACT", "TAR"), though "Nato" and "Ice agents"
   * are organisations', and "Who" may start a name with the WHO's */
  if (n == 1 && ((BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE
      && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (&c->toks[i]) <= 4
      && is_common (c, i) && is_cap (c, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE)
      && !(g_ascii_strncasecmp (((BylineLexEntry *) v)->name, c->text + c->toks[i].start, byline_token_len (&c->toks[i])) == 0
           && ((BylineLexEntry *) v)->name[byline_token_len (&c->toks[i])] == '\0'))
    return 0;
  /* "Ana Bishop", "Ira Cohen": a given name spelt like an acronym ("ANA", "IRA"),
   * before more of a name */
  if (n == 1 && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (&c->toks[i]) <= 5
      && has (c, BYLINE_WORD_FIRST_NAME, i) && is_cap (c, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE)
      && !(g_ascii_strncasecmp (((BylineLexEntry *) v)->name, c->text + c->toks[i].start, byline_token_len (&c->toks[i])) == 0
           && ((BylineLexEntry *) v)->name[byline_token_len (&c->toks[i])] == '\0'))
    {
      const char *name = ((BylineLexEntry *) v)->name;
      gboolean acronym = TRUE;

      /* the lexicon's own name is no acronym: "Ana" is not "Ana" of a longer name */
      for (const char *p = c->text + c->toks[i].start + 1; p < c->text + byline_token_end (&c->toks[i]); p++)
        acronym = acronym && g_ascii_islower (*p);
      if (acronym && strlen (name) > byline_token_len (&c->toks[i]))
        return 0;
    }
  /* "talks with George Bush", "Florence Brown said": a given name that is a
   * town's too, with one more word of a name after it and no name's head, is a
   * person's first name (not a country's: "Jordan Valley", "Chad Basin") */
  if (n == 1 && ((BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE && ((BylineLexEntry *) v)->kind != BYLINE_LEX_COUNTRY
      && has (c, BYLINE_WORD_FIRST_NAME, i) && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS)
      && i + 1 < c->n && c->toks[i + 1].kind == BYLINE_TOKEN_WORD && is_cap (c, i + 1)
      && !(c->toks[i + 1].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN))
      && !(i + 2 < c->n && is_cap (c, i + 2)) && _byline_entities_title_at (c, i + 1) == 0
      && !byline_dates_match (c->text, c->toks, c->n, i + 1, &dm)
      && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_CONNECTOR | BYLINE_WORD_OTHER_HEAD
                    | BYLINE_WORD_FACILITY | BYLINE_WORD_ROLE, i + 1)
      && byline_phrases_match (c->lex->names, c->text, c->toks, c->n, i + 1, &next) == 0)
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
  Cand cand = { first, end, type, kind, NULL, { .sub_start = 0 }, 0, -1, -1, 0, 0 };

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
      && (has (c, BYLINE_WORD_ROLE, (guint) k - 3) || _byline_entities_title_at (c, (guint) k - 3) > 0
          || (k >= 4 && _byline_entities_title_at (c, (guint) k - 4) == 2)))
    {
      end = k - 2;
      k -= 3;
    }
  /* "President of the Parliament Anna Kowalski": a title, "of (the)", and a
   * body's capitalised words right before the name */
  if (k >= 3 && is_cap (c, (guint) k) && has (c, BYLINE_WORD_ORG_HEAD, (guint) k))
    {
      int b = k;

      while (b > 0 && k - b < 3 && is_cap (c, (guint) b - 1) && _byline_entities_title_at (c, (guint) b - 1) == 0)
        b--;
      if (b >= 2 && byline_token_is (c->text, &c->toks[b - 1], "the"))
        b--;
      if (b >= 2 && (byline_token_is (c->text, &c->toks[b - 1], "of") || byline_token_is (c->text, &c->toks[b - 1], "for")))
        for (int q = b - 2; q >= 0 && q >= b - 5; q--)
          if ((int) _byline_entities_title_at (c, (guint) q) == b - 1 - q)
            {
              cand->title_first = q;
              cand->title_end = (int) first;
              return;
            }
    }
  /* "his Iranian counterpart, Javad Zarif" */
  if (k >= 1 && is_char (c, (guint) k, ',') && has (c, BYLINE_WORD_ROLE, (guint) k - 1)
      && !(c->toks[k - 1].flags & BYLINE_TOKEN_CAP))
    {
      end = k;
      k--;
    }
  /* "a spokesman for the Foreign Ministry, Lin Tao", "Britain's ambassador to the UN,
   * Clare Lowe": a role, "for", "to" or "of", and a name, before the comma */
  else if (k >= 3 && is_char (c, (guint) k, ',') && is_cap (c, (guint) k - 1))
    {
      int p = k - 1;

      /* "headed by its Vice President, Sven Lind": a title after "its", "his",
       * "her" or "their", then the name */
      for (int q = k - 1; q >= 1 && q >= k - 3 && is_cap (c, (guint) q); q--)
        if ((int) _byline_entities_title_at (c, (guint) q) == k - q
            && (byline_token_is (c->text, &c->toks[q - 1], "its") || byline_token_is (c->text, &c->toks[q - 1], "his")
                || byline_token_is (c->text, &c->toks[q - 1], "her")
                || byline_token_is (c->text, &c->toks[q - 1], "their")))
          {
            cand->title_first = q;
            cand->title_end = k;
            return;
          }

      while (p > k - 5 && p > 0 && (is_cap (c, (guint) p) || byline_token_is (c->text, &c->toks[p], "the")))
        p--;
      if (p > 0 && p < k - 1
          && (byline_token_is (c->text, &c->toks[p], "for") || byline_token_is (c->text, &c->toks[p], "to")
              || byline_token_is (c->text, &c->toks[p], "of"))
          && has (c, BYLINE_WORD_ROLE, (guint) p - 1)
          && (!(c->toks[p - 1].flags & BYLINE_TOKEN_CAP)
              /* "The President of the Republic, João Kiala,": a title after "the" */
              || (p >= 2 && byline_token_is (c->text, &c->toks[p - 2], "the")
                  && _byline_entities_title_at (c, (guint) p - 1) > 0)))
        {
          cand->title_first = p - 1;
          cand->title_end = k;
          return;
        }
      /* "The Foreign Secretary, Richard Pembroke,", "US Assistant Secretary of
       * State for Near Eastern Affairs, David Moore,": a capitalised title and
       * its portfolio, after "the", a country or nothing, before the comma */
      {
        int q = k;
        const BylineLexEntry *land = NULL;

        while (q > 0 && k - q < 12
               && (is_cap (c, (guint) q - 1)
                   || ((byline_token_is (c->text, &c->toks[q - 1], "of") || byline_token_is (c->text, &c->toks[q - 1], "for")
                        || byline_token_is (c->text, &c->toks[q - 1], "and"))
                       && q < k && is_cap (c, (guint) q))
                   || (byline_token_is (c->text, &c->toks[q - 1], "the") && q >= 2
                       && (byline_token_is (c->text, &c->toks[q - 2], "of") || byline_token_is (c->text, &c->toks[q - 2], "for")))))
          q--;
        while (q < k && _byline_entities_title_at (c, (guint) q) == 0)
          q++;
        /* "Acting Assistant Secretary": the title's own first word */
        while (q > 0 && q < k
               && (byline_token_is (c->text, &c->toks[q - 1], "Acting") || byline_token_is (c->text, &c->toks[q - 1], "Interim")
                   || byline_token_is (c->text, &c->toks[q - 1], "Deputy") || byline_token_is (c->text, &c->toks[q - 1], "Vice")))
          q--;
        if (q < k && is_cap (c, (guint) q) && !(c->toks[q].flags & BYLINE_TOKEN_ALLCAPS)
            && (q == 0 || byline_token_is (c->text, &c->toks[q - 1], "the")
                || (c->toks[q].flags & BYLINE_TOKEN_SENT_START)
                || (is_cap (c, (guint) q - 1) && _byline_entities_gazetteer_at (c, (guint) q - 1, &land) > 0)))
          {
            cand->title_first = q;
            cand->title_end = k;
            return;
          }
      }
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
      if (has (c, BYLINE_WORD_ROLE, k)
          || (_byline_entities_title_at (c, k) > 0 && (int) (k + _byline_entities_title_at (c, k)) <= end))
        {
          k--;
          continue;
        }
      /* a capitalised word inside a title phrase: "Foreign" of "Foreign Minister" */
      if ((t->flags & BYLINE_TOKEN_CAP) && k > 0)
        {
          guint tl = _byline_entities_title_at (c, (guint) k);
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
      while (s < end && !(has (c, BYLINE_WORD_ROLE, s) || _byline_entities_title_at (c, s) > 0))
        s++;
      if (s < end)
        {
          cand->title_first = s;
          cand->title_end = end;
        }
    }
}

/* "Dorothea Lange, Chuck Close and ...": a name with a given name first,
 * listed right after a person's name, is a person's too */
static gboolean
listed_after_person (const Ctx *c, guint first)
{
  const Cand *prev;

  if (first < 2 || c->cands->len == 0 || !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, first)
      || !(is_char (c, first - 1, ',') || byline_token_is (c->text, &c->toks[first - 1], "and")))
    return FALSE;
  prev = &g_array_index (c->cands, Cand, c->cands->len - 1);
  return prev->end + 1 == first && prev->sub_end == 0 && prev->type == BYLINE_ENTITY_PERSON
         && prev->kind == CAND_TYPED && prev->person_evidence && prev->end - prev->first >= 2;
}

/* A word that is a site's address: letters, then one or more dotted parts,
 * the last a top-level domain of two to four lower-case letters ("news.cn",
 * "Abidjan.net"); not "U.S.", "e.g", "No.1" */
static gboolean
is_domain_name (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  const char *p = c->text + t->start;
  const char *end = c->text + byline_token_end (t);
  const char *last_dot = NULL;
  guint first_part = 0;

  if (t->kind != BYLINE_TOKEN_WORD || !(t->flags & BYLINE_TOKEN_DOTTED) || byline_token_len (t) < 6)
    return FALSE;
  for (const char *q = p; q < end; q++)
    {
      if (*q == '.')
        {
          if (last_dot == NULL)
            first_part = (guint) (q - p);
          last_dot = q;
        }
      else if (!g_ascii_isalnum (*q) && *q != '-')
        return FALSE;
    }
  if (last_dot == NULL || first_part < 3 || end - last_dot - 1 < 2 || end - last_dot - 1 > 4)
    return FALSE;
  for (const char *q = last_dot + 1; q < end; q++)
    if (!g_ascii_islower (*q))
      return FALSE;
  return TRUE;
}

/* "von der Leyen", "bin Salman", "de Gaulle": a particle that starts a surname
 * in an English sentence, not a word of the language as "do", "ten", "e" are */
static gboolean
starts_surname (const Ctx *c, guint i)
{
  static const char *const safe[] = { "von", "van", "bin", "ibn", "bint", "al", "el", "de", "del", "della",
                                      "di", "du", "da", "dos", "das", "der", "den", NULL };

  if (i > 0 && is_name_particle (c, i - 1))
    return FALSE;
  if (i + 1 < c->n && has (c, BYLINE_WORD_PARTICLE, i + 1) && !is_cap (c, i + 1))
    return TRUE;
  for (guint k = 0; safe[k]; k++)
    if (byline_token_is (c->text, &c->toks[i], safe[k]))
      return TRUE;
  return FALSE;
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
  if (dash == NULL || c->text + byline_token_end (t) - (dash + 1) < 4 || !g_unichar_islower (g_utf8_get_char (dash + 1)))
    return FALSE;
  tail = g_strndup (dash + 1, c->text + byline_token_end (t) - (dash + 1));
  return (byline_lexicon_word_class (c->lex, tail) & BYLINE_WORD_COMMON) != 0;
}

static gboolean
starts_known_name (const Ctx *c, guint j)
{
  const BylineLexEntry *e = NULL;

  return _byline_entities_gazetteer_at (c, j, &e) > 0;
}

/* "Dang Thi Thu Ha": a day's short form ("Thu", "Sun") inside a name, between
 * words of the name, is a given name, not a day */
static gboolean
weekday_in_name (const Ctx *c, guint j)
{
  return byline_token_len (&c->toks[j]) == 3 && j + 1 < c->n && is_cap (c, j + 1)
         && (c->toks[j + 1].flags & BYLINE_TOKEN_SPACE) && !(c->toks[j + 1].flags & BYLINE_TOKEN_NEWLINE)
         && !has (c, BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, j + 1)
         && (!is_common (c, j + 1) || has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, j + 1))
         && (j + 2 >= c->n || c->toks[j + 2].kind != BYLINE_TOKEN_NUMBER);
}

/* Do the words at k name people by their office, singular or plural ("High
 * Commissioners", "Ambassadors", "the Foreign Minister")? */
static gboolean
office_words_at (const Ctx *c, guint k)
{
  for (guint j = k; j < c->n && j < k + 2 && is_cap (c, j); j++)
    {
      gsize len = byline_token_len (&c->toks[j]);

      if (has (c, BYLINE_WORD_ROLE, j) || _byline_entities_title_at (c, j) > 0)
        return TRUE;
      if (len > 4 && len < 24 && c->text[c->toks[j].start + len - 1] == 's')
        {
          char word[24];

          memcpy (word, c->text + c->toks[j].start, len - 1);
          word[len - 1] = '\0';
          word[0] = g_ascii_tolower (word[0]);
          if (byline_lexicon_word_class (c->lex, word) & BYLINE_WORD_ROLE)
            return TRUE;
        }
    }
  return FALSE;
}

/* Extends a capitalised chunk from i: names, inner connectors ("of", "the")
 * when an organisation or place head word makes them part of a name. */
guint
_byline_entities_chunk_at (const Ctx *c, guint i)
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
          /* a title inside a run ends the name before it: "Lavrov Foreign Minister";
           * but a one-word title right after a given name, last before a word in
           * lower case or a mark, is the family name: "Kevin Bishop said", "Carole
           * King," */
          if (j > i && _byline_entities_title_at (c, j) > 0 && !has (c, BYLINE_WORD_ORG_HEAD, j)
              && !(j <= i + 2 && _byline_entities_title_at (c, j) == 1 && has (c, BYLINE_WORD_FIRST_NAME, i)
                   && !has (c, BYLINE_WORD_ROLE, i) && j + 1 < c->n && !is_cap (c, j + 1)
                   && !is_name_particle (c, j + 1) && c->toks[j + 1].kind != BYLINE_TOKEN_POSSESSIVE))
            break;
          /* "in Santiago Monday", "Lagos March 3": a day is no part of a name */
          if (j > i && ((has (c, BYLINE_WORD_WEEKDAY, j) && !weekday_in_name (c, j))
                        || (has (c, BYLINE_WORD_MONTH, j) && j + 1 < c->n && c->toks[j + 1].kind == BYLINE_TOKEN_NUMBER)))
            break;
          /* in a title-case headline a common word is no part of a name: "SPA Meets Speaker" */
          if (j > i && (t->flags & BYLINE_TOKEN_WEAK_CAP) && is_common (c, j) && !is_strong_elsewhere (c, j)
              && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, j)
              /* but "DNA Web Team": an organisation's word right after it */
              && !(is_cap (c, j + 1) && has (c, BYLINE_WORD_ORG_HEAD, j + 1) && !starts_known_name (c, j)
                   && !(c->toks[j + 1].flags & BYLINE_TOKEN_NEWLINE)
                   && !(j + 2 < c->n && is_cap (c, j + 2) && !(c->toks[j + 2].flags & BYLINE_TOKEN_NEWLINE))))
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

          /* but "Park" of "Park Sung-min" is a family name, no head */
          for (guint h = i; h < j; h++)
            if ((has (c, BYLINE_WORD_ORG_HEAD, h) || has (c, BYLINE_WORD_FACILITY, h)
                 || has (c, BYLINE_WORD_PLACE_HEAD, h))
                && !is_hyphen_given_name (c, h + 1))
              head_seen = TRUE;
          /* (not "and the": "the Government of Peru and the ELN" are two) */
          if (k < c->n && byline_token_is (c->text, &c->toks[k], "the") && !byline_token_is (c->text, t, "and"))
            k++;
          if (is_cap (c, k) && !(c->toks[k].flags & BYLINE_TOKEN_NEWLINE) && head_seen
              && !has (c, BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, k)
              /* "Villa Madama and Schloss Bellevue": another place's first word */
              && !(has (c, BYLINE_WORD_PLACE_BEFORE, k) && byline_token_is (c->text, t, "and"))
              /* "a dinner at Lancaster House for High Commissioners": a building
               * for people by their office, not more of its name */
              && !(byline_token_is (c->text, t, "for") && has (c, BYLINE_WORD_FACILITY | BYLINE_WORD_PLACE_HEAD, j - 1)
                   && office_words_at (c, k)))
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
      /* "Mangyongdae Schoolchildren's Palace": a building's head word after a
       * possessive; but not after a known name, "Nigeria's House of Representatives" */
      if (j > i && t->kind == BYLINE_TOKEN_POSSESSIVE && is_cap (c, j + 1)
          && !(c->toks[j + 1].flags & BYLINE_TOKEN_NEWLINE)
          && has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, j + 1) && !has (c, BYLINE_WORD_ORG_HEAD, j + 1))
        {
          const BylineLexEntry *e = NULL;

          if (_byline_entities_gazetteer_at (c, j - 1, &e) == 0 && _byline_entities_gazetteer_at (c, i, &e) == 0)
            {
              j++;
              continue;
            }
        }
      break;
    }
  return last_ok;
}

static gboolean role_apposition_at (const Ctx *c, guint comma);

/* "Per Lindqvist", "Said Hamdan": a given name that is a word of the
 * language too (a stopword), before a family name */
static gboolean
word_given_name (const Ctx *c, guint i)
{
  const BylineLexEntry *entry = NULL;

  return has (c, BYLINE_WORD_FIRST_NAME, i) && has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH, i)
         && is_cap (c, i) && is_cap (c, i + 1) && !is_common (c, i + 1)
         && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE)
         && (has (c, BYLINE_WORD_SURNAME, i + 1) || is_strong_elsewhere (c, i + 1))
         && _byline_entities_gazetteer_at (c, i + 1, &entry) == 0 && _byline_entities_title_at (c, i + 1) == 0;
}

/* A verb of speech at k in a form that has a subject, maybe after "also" or
 * "then": "said", "told", "added", "says"; not "say" or "tell", which follow
 * a modal ("Will Trump say...?") */
static gboolean
finite_speech_at (const Ctx *c, guint k)
{
  const char *s;
  guint len;

  if (k < c->n && (byline_token_is (c->text, &c->toks[k], "also") || byline_token_is (c->text, &c->toks[k], "then")))
    k++;
  if (k >= c->n || c->toks[k].kind != BYLINE_TOKEN_WORD || (c->toks[k].flags & BYLINE_TOKEN_CAP)
      || !has (c, BYLINE_WORD_SPEECH, k))
    return FALSE;
  s = c->text + c->toks[k].start;
  len = byline_token_len (&c->toks[k]);
  if (len >= 4 && s[len - 2] == 'e' && s[len - 1] == 'd')
    return TRUE;
  if (len >= 4 && s[len - 1] == 's' && s[len - 2] != 's' && s[len - 2] != 'u')
    return TRUE;
  return byline_token_is (c->text, &c->toks[k], "said") || byline_token_is (c->text, &c->toks[k], "told")
         || byline_token_is (c->text, &c->toks[k], "wrote") || byline_token_is (c->text, &c->toks[k], "spoke");
}

/* Does the word at i open a sentence, or the sentence after a dateline's dash
 * ("WASHINGTON (AP) — Mark Reed said")? */
static inline gboolean
opens_sentence (const Ctx *c, guint i)
{
  return (c->toks[i].flags & BYLINE_TOKEN_SENT_START)
         || ((c->toks[i].flags & BYLINE_TOKEN_WEAK_CAP) && i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_PUNCT
             && byline_is_dash (byline_token_first_char (c->text, &c->toks[i - 1])));
}

/* "Grace Meng said", "Will Hurd, a former congressman,", "Mark Reed and his
 * counterpart": at a sentence's start, a given name that is also a word of
 * the language, then a word capitalised for itself that is a family name or
 * no word at all, then a verb of speech, "who", a comma, "and" or a
 * possessive before "office" or a role (after a modal, "Will", "May", only a
 * verb of speech that has a subject, "who" or a role in apposition). Not
 * "May Day", "Rose Garden", "Mark Tuesday": no head word, month, weekday,
 * title or known name second. */
static G_GNUC_NO_INLINE gboolean
word_name_at_start (const Ctx *c, guint i)
{
  guint j = i + 1, k = i + 2;
  const BylineLexEntry *e = NULL;

  /* the cheap test first: a sentence's first word that is a given name */
  if (!opens_sentence (c, i) || !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i)
      || k >= c->n || !is_common (c, i) || (c->toks[i].flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN))
      || _byline_entities_title_at (c, i) != 0 || _byline_entities_gazetteer_at (c, i, &e) != 0)
    return FALSE;
  if (!is_cap (c, j) || is_weak (c, j) || (c->toks[j].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN))
      || (is_common (c, j) && !has (c, BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, j))
      || has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY | BYLINE_WORD_OTHER_HEAD
                 | BYLINE_WORD_MONTH | BYLINE_WORD_WEEKDAY | BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD
                 | BYLINE_WORD_CONNECTOR | BYLINE_WORD_PARTICLE, j)
      || _byline_entities_title_at (c, j) != 0 || _byline_entities_gazetteer_at (c, j, &e) != 0)
    return FALSE;
  if (finite_speech_at (c, k) || role_apposition_at (c, k)
      || (is_char (c, k, ',') && k + 1 < c->n && byline_token_is (c->text, &c->toks[k + 1], "who")))
    return TRUE;
  /* "Will Hurd and ...", "May Lee, ..." may open a question */
  if (has (c, BYLINE_WORD_STOPWORD, i))
    return FALSE;
  /* "Mark Reed's office said", "Rose Marsh's spokesman" */
  if (c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
    return k + 1 < c->n && c->toks[k + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[k + 1].flags & BYLINE_TOKEN_CAP)
           && (has (c, BYLINE_WORD_ROLE, k + 1) || byline_token_is (c->text, &c->toks[k + 1], "office")
               || byline_token_is (c->text, &c->toks[k + 1], "campaign"));
  return is_char (c, k, ',') || byline_token_is (c->text, &c->toks[k], "and");
}

/* "Trump said", "Reed told reporters": a family name that is also a word of
 * the language, alone at a sentence's start before a verb of speech that has
 * a subject, where a common noun would want an article; not a plural
 * ("Banks said" may be the banks), a head word, a title, a month, and not a
 * word the article writes in lower case too, nor a thing "said to be" or one
 * that "said its" */
static G_GNUC_NO_INLINE gboolean
surname_word_at_start (const Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  const char *s = c->text + t->start;
  guint len = byline_token_len (t);
  guint after;

  if (!has (c, BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, i) || !is_common (c, i)
      || (t->flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_HYPHEN | BYLINE_TOKEN_NONASCII)) || len < 3
      || has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_CONNECTOR | BYLINE_WORD_ROLE | BYLINE_WORD_MONTH | BYLINE_WORD_WEEKDAY
                 | BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY | BYLINE_WORD_OTHER_HEAD
                 | BYLINE_WORD_PARTICLE, i)
      || !finite_speech_at (c, i + 1) || _byline_entities_title_at (c, i) != 0 || is_lower_elsewhere (c, i))
    return FALSE;
  /* "More said they would", "Little said": a quantity's pronoun */
  if (byline_token_is (c->text, t, "more") || byline_token_is (c->text, t, "little"))
    return FALSE;
  /* "Rice said to be tainted": the thing that is said to be; "Ford said its
   * profits fell": a thing that owns what follows */
  after = i + 2;
  if (has (c, BYLINE_WORD_STOPWORD, i + 1) && !has (c, BYLINE_WORD_SPEECH, i + 1))
    after++;
  if (after < c->n && (byline_token_is (c->text, &c->toks[after], "its")
                       || (after + 1 < c->n && byline_token_is (c->text, &c->toks[after], "to")
                           && (byline_token_is (c->text, &c->toks[after + 1], "be")
                               || byline_token_is (c->text, &c->toks[after + 1], "have")))))
    return FALSE;
  if (s[len - 1] == 's' && len < 24)
    {
      char word[24];

      memcpy (word, s, len - 1);
      word[len - 1] = '\0';
      word[0] = g_ascii_tolower (word[0]);
      if (byline_lexicon_word_class (c->lex, word) & BYLINE_WORD_COMMON)
        return FALSE;
    }
  return TRUE;
}

/* either of the two above, asked of a word capitalised by its position only
 * (kept out of line: the token loop asks it seldom) */
static G_GNUC_NO_INLINE gboolean
name_word_at_start (const Ctx *c, guint i)
{
  if (!(c->toks[i].flags & (BYLINE_TOKEN_SENT_START | BYLINE_TOKEN_WEAK_CAP)) || !opens_sentence (c, i)
      || !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, i))
    return FALSE;
  return word_name_at_start (c, i) || surname_word_at_start (c, i);
}

/* A given name that names no place: "Jenna", not "Victoria" (asked only of a
 * given name before a family name that is also a place's word) */
static G_GNUC_NO_INLINE gboolean
given_name_only (const Ctx *c, guint i)
{
  const BylineLexEntry *e = NULL;

  return _byline_entities_gazetteer_at (c, i, &e) == 0;
}

static BylineEntityType
type_by_head (const Ctx *c, guint first, guint end, gboolean *found)
{
  *found = TRUE;
  /* "President Daniel Park": a first name after a person's title is a person, whatever
   * the last word; and so is "Jenna Park" alone, a given name and a family name that
   * is also a place's word, unless the given name is a place's too ("Victoria Park") */
  if (has (c, BYLINE_WORD_FIRST_NAME, first) && end - first >= 2 && end - first <= 3
      && ((first > 0 && has (c, BYLINE_WORD_ROLE, first - 1))
          || (end - first == 2 && !has (c, BYLINE_WORD_AMBIGUOUS_NAME | BYLINE_WORD_COMMON, first)
              /* "Anne Hall said", "Anne Hall, the mayor,": a person by what follows */
              && (has (c, BYLINE_WORD_SURNAME, first + 1) || followed_by_speech (c, end) || role_apposition_at (c, end))
              && given_name_only (c, first))))
    {
      *found = FALSE;
      return BYLINE_ENTITY_OTHER;
    }
  /* events, laws, prizes, vehicles: "Space Shuttle Program", "Booker Prize" */
  if (has (c, BYLINE_WORD_OTHER_HEAD, end - 1) && is_cap (c, end - 1) && end - first >= 2)
    return BYLINE_ENTITY_OTHER;
  /* an organisation word before "of" heads the name, whatever the place
   * after it: "State Oil Company of Azerbaijan Republic" */
  for (guint k = first + 1; k + 1 < end; k++)
    if (byline_token_is (c->text, &c->toks[k], "of"))
      {
        if (has (c, BYLINE_WORD_ORG_HEAD, k - 1) && !has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, k - 1))
          return BYLINE_ENTITY_ORG;
        break;
      }
  /* a place word last wins over an organisation word inside: "Air Force Base",
   * "Bank Arena" */
  if (has (c, BYLINE_WORD_PLACE_HEAD, end - 1) && !has (c, BYLINE_WORD_ORG_HEAD, end - 1) && is_cap (c, end - 1)
      && end - first >= 2)
    return BYLINE_ENTITY_PLACE;
  /* an organisation word last heads a name with a place's word before "of":
   * "Port of Rotterdam Authority" */
  if (has (c, BYLINE_WORD_ORG_HEAD, end - 1) && !has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, end - 1)
      && is_cap (c, end - 1) && end - first >= 4)
    for (guint k = first + 1; k + 1 < end; k++)
      if (byline_token_is (c->text, &c->toks[k], "of"))
        {
          if (has (c, BYLINE_WORD_PLACE_HEAD, k - 1))
            return BYLINE_ENTITY_ORG;
          break;
        }
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

/* "Petra news agency", "the Rodong Sinmun newspaper": a name the noun after it
 * calls an outlet */
static gboolean
followed_by_outlet_noun (const Ctx *c, guint end)
{
  static const char *const nouns[] = { "agency", "newspaper", "daily", "weekly", "television", "TV",
                                       "broadcaster", "channel", "radio", "magazine", "tabloid", "website",
                                       NULL };
  guint k = end;

  if (k < c->n && byline_token_is (c->text, &c->toks[k], "news") && !(c->toks[k].flags & BYLINE_TOKEN_CAP))
    k++;
  if (k >= c->n || c->toks[k].kind != BYLINE_TOKEN_WORD || (c->toks[k].flags & BYLINE_TOKEN_NEWLINE))
    return FALSE;
  if ((c->toks[k].flags & BYLINE_TOKEN_CAP) && !byline_token_is (c->text, &c->toks[k], "TV"))
    return FALSE;
  for (guint n = 0; nouns[n]; n++)
    if (byline_token_is (c->text, &c->toks[k], nouns[n]))
      return TRUE;
  return FALSE;
}

/* "Veltora chief executive Ann Lund", "a Brackwell spokesman": a name that
 * has staff who speak for it is a company or a body; only a name with no
 * given name in it, no person's name written in full elsewhere, and, alone,
 * after "a" or "an" ("a Trump adviser" is the person's) */
static gboolean
followed_by_staff_noun (const Ctx *c, guint first, guint end)
{
  const BylineToken *t;
  guint len;

  if (end + 1 >= c->n)
    return FALSE;
  t = &c->toks[end];
  if (t->kind != BYLINE_TOKEN_WORD || (t->flags & (BYLINE_TOKEN_CAP | BYLINE_TOKEN_NEWLINE)))
    return FALSE;
  len = byline_token_len (t);
  if (!((len >= 9 && len <= 12 && c->text[t->start] == 's'
         && (byline_token_is (c->text, t, "spokesman") || byline_token_is (c->text, t, "spokeswoman")
             || byline_token_is (c->text, t, "spokesperson")))
        || (len == 5 && byline_token_is (c->text, t, "chief")
            && c->toks[end + 1].kind == BYLINE_TOKEN_WORD && !(c->toks[end + 1].flags & BYLINE_TOKEN_CAP)
            && (byline_token_is (c->text, &c->toks[end + 1], "executive")
                || byline_token_is (c->text, &c->toks[end + 1], "financial")))))
    return FALSE;
  for (guint k = first; k < end; k++)
    if (!is_cap (c, k) || has (c, BYLINE_WORD_FIRST_NAME, k) || is_name_part (c, k))
      return FALSE;
  if (end == first + 1)
    return first > 0 && c->toks[first - 1].kind == BYLINE_TOKEN_WORD
           && (byline_token_is (c->text, &c->toks[first - 1], "a") || byline_token_is (c->text, &c->toks[first - 1], "an"))
           && !has (c, BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, first);
  return TRUE;
}

/* "the Sughd region", "Kordofan province", "the Farkhad reservoir": a name
 * the noun after it calls a place */
static gboolean
followed_by_place_noun (const Ctx *c, guint end)
{
  /* "Gwinnett and Cobb counties", "the Oybek checkpoint" */
  static const char *const nouns[] = { "region", "province", "district", "governorate", "prefecture", "oblast",
                                       "county", "municipality", "village", "valley", "river", "reservoir",
                                       "regions", "provinces", "districts", "counties", "villages",
                                       "checkpoint", "crossing", "corridor", "peninsula", "island", "islands",
                                       "basin", NULL };
  const char *w;
  guint len;

  /* "Gwinnett and Cobb counties", "the Oybek–Fotehobod checkpoint": the first of two */
  if (end + 2 < c->n && is_cap (c, end + 1) && !(c->toks[end + 1].flags & BYLINE_TOKEN_NEWLINE)
      && ((c->toks[end].kind == BYLINE_TOKEN_PUNCT && byline_is_dash (byline_token_first_char (c->text, &c->toks[end])))
          || byline_token_is (c->text, &c->toks[end], "and")))
    end += 2;
  if (end >= c->n || c->toks[end].kind != BYLINE_TOKEN_WORD
      || (c->toks[end].flags & (BYLINE_TOKEN_CAP | BYLINE_TOKEN_NEWLINE)))
    return FALSE;
  /* the cheap test first: the nouns' lengths and first letters, then the
   * second letters of the few that share them */
  len = byline_token_len (&c->toks[end]);
  if (len < 5 || len > 12)
    return FALSE;
  w = c->text + c->toks[end].start;
  switch (w[0])
    {
    case 'r': case 'p': case 'd': case 'g': case 'o': case 'c': case 'm': case 'v': case 'i': case 'b':
      break;
    default:
      return FALSE;
    }
  for (guint n = 0; nouns[n]; n++)
    if (nouns[n][0] == w[0] && nouns[n][1] == w[1] && strlen (nouns[n]) == len
        && byline_token_is (c->text, &c->toks[end], nouns[n]))
      return TRUE;
  return FALSE;
}

/* "the village of Sadakhlo", "the port city of Aqaba": a name a place noun and
 * "of" before it call a place */
static gboolean
after_place_noun_of (const Ctx *c, guint first)
{
  static const char *const nouns[] = { "village", "town", "city", "region", "province", "district", "port",
                                       "island", "county", "municipality", "governorate", "oblast", NULL };

  if (first < 2 || byline_token_len (&c->toks[first - 1]) != 2 || c->text[c->toks[first - 1].start] != 'o'
      || !byline_token_is (c->text, &c->toks[first - 1], "of")
      || c->toks[first - 2].kind != BYLINE_TOKEN_WORD || (c->toks[first - 2].flags & BYLINE_TOKEN_CAP))
    return FALSE;
  for (guint n = 0; nouns[n]; n++)
    if (byline_token_is (c->text, &c->toks[first - 2], nouns[n]))
      return TRUE;
  return FALSE;
}

/* "Dutch club Ajax", "mobile service provider Maxis", "the band Velvet
 * Underground": a common noun for an organisation right before a name */
static gboolean
after_org_noun (const Ctx *c, guint first)
{
  static const char *const nouns[] = { "club", "company", "firm", "carrier", "airline", "provider", "operator",
                                       "maker", "manufacturer", "conglomerate", "retailer", "lender", "insurer",
                                       "bank", "broadcaster", "newspaper", "outlet", "portal", "band", "label",
                                       "publisher", "startup", "start-up", "charity", "think-tank", NULL };

  if (first == 0 || c->toks[first - 1].kind != BYLINE_TOKEN_WORD || (c->toks[first - 1].flags & BYLINE_TOKEN_CAP)
      || (c->toks[first].flags & BYLINE_TOKEN_NEWLINE))
    return FALSE;
  for (guint n = 0; nouns[n]; n++)
    if (byline_token_is (c->text, &c->toks[first - 1], nouns[n]))
      return TRUE;
  return FALSE;
}

/* In a chunk [first, end) after a title, where a place's or a body's name
 * ends and two or three words that may be a person's name follow to the end:
 * "Republic of Uzbekistan | Bakhtiyor Yusupov", "Sughd Region | Rajabboy
 * Ahmadzoda"; 0 when there is no such split */
/* Two or three words from q to end that may be a person's name: capitalised,
 * none a common word, a title, a known name or a head word */
static gboolean
holder_words (const Ctx *c, guint q, guint end)
{
  if (end < q + 2 || end > q + 3)
    return FALSE;
  for (guint k = q; k < end; k++)
    {
      const BylineLexEntry *e = NULL;
      guint gl = _byline_entities_gazetteer_at (c, k, &e);

      /* (a given name that is also a small place's, "Salahuddin Rabbani", but
       * not a country's, and not the last word) */
      if (gl != 0 && !(gl == 1 && k + 1 < end && e != NULL && e->kind != BYLINE_LEX_COUNTRY))
        return FALSE;
      if (!is_cap (c, k) || is_common (c, k) || _byline_entities_title_at (c, k) != 0
          || has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_CONNECTOR | BYLINE_WORD_OTHER_HEAD
                     | BYLINE_WORD_FACILITY, k)
          || (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS))
        return FALSE;
    }
  return TRUE;
}

/* ", a State Department spokesman,", ", Russia's top diplomat,": an apposition
 * at @comma that gives a person's role, so the word before is a person's name
 * (the cheap test first: a comma) */
static gboolean
role_apposition_at (const Ctx *c, guint comma)
{
  guint k = comma + 1, lower = 0;

  if (!is_char (c, comma, ','))
    return FALSE;
  if (k < c->n && (byline_token_is (c->text, &c->toks[k], "a") || byline_token_is (c->text, &c->toks[k], "an")
                   || byline_token_is (c->text, &c->toks[k], "the")))
    k++;
  /* the owner: a name, maybe with its possessive, or a noun's possessive */
  for (guint caps = 0; caps < 3 && is_cap (c, k); caps++)
    k++;
  if (k < c->n && c->toks[k].kind == BYLINE_TOKEN_POSSESSIVE)
    k++;
  else if (k + 1 < c->n && c->toks[k].kind == BYLINE_TOKEN_WORD && c->toks[k + 1].kind == BYLINE_TOKEN_POSSESSIVE)
    k += 2;
  for (; k < c->n && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP) && lower < 3;
       k++, lower++)
    if (has (c, BYLINE_WORD_ROLE, k) && is_char (c, k + 1, ','))
      return TRUE;
    else if (has (c, BYLINE_WORD_STOPWORD, k))
      return FALSE;
  return FALSE;
}

/* Are the words [first, end) capitalised words that no list knows, as the
 * given names of a Korean or a Vietnamese name are? (asked seldom) */
static G_GNUC_NO_INLINE gboolean
unknown_name_words (const Ctx *c, guint first, guint end)
{
  for (guint k = first; k < end; k++)
    {
      const BylineLexEntry *e = NULL;

      if (!is_cap (c, k) || (c->toks[k].flags & BYLINE_TOKEN_ALLCAPS)
          || (is_common (c, k) && !has (c, BYLINE_WORD_AMBIGUOUS_NAME | BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME, k))
          || _byline_entities_title_at (c, k) != 0 || _byline_entities_gazetteer_at (c, k, &e) != 0
          || has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY | BYLINE_WORD_OTHER_HEAD, k))
        return FALSE;
    }
  return TRUE;
}

/* "Republic of Rwanda", "Parliament of Ghana": a head word, "of", and a name
 * the lexicon knows whole, last (asked only of a chunk after a title) */
static gboolean
is_state_name (const Ctx *c, guint first, guint end)
{
  if (!has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD, first))
    return FALSE;
  for (guint p = first + 2; p < end; p++)
    if (byline_token_is (c->text, &c->toks[p - 1], "of"))
      {
        const BylineLexEntry *e = NULL;

        if (p + 1 < end && byline_token_is (c->text, &c->toks[p], "the"))
          p++;
        return _byline_entities_gazetteer_at (c, p, &e) == end - p;
      }
  return FALSE;
}

static guint
holder_after_name (const Ctx *c, guint first, guint end)
{
  for (guint q = end - MIN (end - first - 1, 3u); q + 2 <= end; q++)
    {
      gboolean place_end = FALSE;
      gboolean head = FALSE;

      if (q <= first + 1 || !holder_words (c, q, end))
        continue;
      /* the name before ends there: a name the lexicon knows whole, or a name
       * with its head word last ("Sughd Region") */
      {
        const BylineLexEntry *e = NULL;
        guint l = _byline_entities_gazetteer_at (c, first, &e);

        place_end = l > 0 && first + l == q && (e->type == BYLINE_ENTITY_PLACE || e->type == BYLINE_ENTITY_ORG);
      }
      if (!place_end)
        place_end = is_state_name (c, first, q);
      if (!place_end && has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD, q - 1)
          && (type_by_head (c, first, q, &head) == BYLINE_ENTITY_PLACE || type_by_head (c, first, q, &head) == BYLINE_ENTITY_ORG)
          && head)
        place_end = TRUE;
      if (place_end)
        return q;
    }
  return 0;
}

/* the cheap test of after_office_of(): the last title ends one or two words before */
#define after_title_end(c, first) ((c)->title_end > 0 && (int) (first) > (c)->title_end && (int) (first) <= (c)->title_end + 2)

/* "Minister of Diaspora Affairs", "Cabinet Secretary for Foreign and Diaspora
 * Affairs": the chunk at first follows an office's title and "of" or "for" */
static inline gboolean
after_office_of (const Ctx *c, guint first)
{
  static const char *const offices[] = { "Minister", "Secretary", "Adviser", "Advisor", "Commissioner", "Envoy",
                                         "Representative", "State", "Vice-Minister", NULL };
  guint k = first - 1;

  /* the cheap test first: the last title ends one or two words before */
  if (c->title_end < 1 || first < 2 || (int) first > c->title_end + 2 || (int) first <= c->title_end)
    return FALSE;
  if ((int) k != c->title_end && !byline_token_is (c->text, &c->toks[k--], "the"))
    return FALSE;
  /* "Adviser to the Prime Minister on Foreign Affairs X": "on" too */
  if (c->title_end != (int) k
      || !(byline_token_is (c->text, &c->toks[k], "of") || byline_token_is (c->text, &c->toks[k], "for")
           || byline_token_is (c->text, &c->toks[k], "on")))
    return FALSE;
  for (guint n = 0; offices[n]; n++)
    if (byline_token_is (c->text, &c->toks[k - 1], offices[n]))
      return TRUE;
  return FALSE;
}

/* "the two Ministers", "both Presidents": a title's plural, no one's name */
static gboolean
is_title_plural (const Ctx *c, guint i)
{
  BylineToken stem = c->toks[i];
  gpointer v = NULL;
  guint len = byline_token_len (&stem);

  if (len < 5 || c->text[byline_token_end (&stem) - 1] != 's'
      || (stem.flags & (BYLINE_TOKEN_HYPHEN | BYLINE_TOKEN_ALLCAPS)))
    return FALSE;
  byline_token_set_len (&stem, len - 1);
  /* a title, not an honorific: "the Lords" is a house */
  return byline_phrases_match (c->lex->titles, c->text, &stem, 1, 0, &v) == 1 && v == GINT_TO_POINTER (1);
}

/* ...or after its "and": "... Overseas Pakistanis and Human Resource Development" */
static inline gboolean
after_portfolio_and (const Ctx *c, guint first)
{
  /* (and "of Foreign and European Affairs X": a people's word after "and") */
  return c->portfolio_end > 0 && first > c->portfolio_end && first <= c->portfolio_end + 4
         && (byline_token_is (c->text, &c->toks[first - 1], "and")
             || (first >= 2 && first - 1 > (guint) c->portfolio_end && is_cap (c, first - 1)
                 && byline_token_is (c->text, &c->toks[first - 2], "and")));
}

/* Decides what an unknown capitalised chunk is. */
/* Is the word at @k right after "Mr", "Mrs", "Ms", "Miss", "Dr" or "Mx" (with or
 * without its point)? */
static gboolean
after_honorific (const Ctx *c, guint k)
{
  static const char *const honorifics[] = { "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Mr.", "Mrs.", "Ms.", "Dr.", NULL };
  guint h;

  if (k == 0)
    return FALSE;
  h = k - 1;
  if (h > 0 && is_char (c, h, '.'))
    h--;
  for (guint i = 0; honorifics[i] != NULL; i++)
    if (byline_token_is (c->text, &c->toks[h], honorifics[i]))
      return TRUE;
  return FALSE;
}

/* Is token @k in a line of three words or more, all in capitals (a headline
 * set so: "YUGOSLAVIA SEEKS NEW LOANS")? */
static gboolean
in_capitals_line (const Ctx *c, guint k)
{
  guint a = k, b = k + 1, words = 0;

  while (a > 0 && !(c->toks[a].flags & BYLINE_TOKEN_NEWLINE))
    a--;
  while (b < c->n && !(c->toks[b].flags & BYLINE_TOKEN_NEWLINE))
    b++;
  for (guint q = a; q < b; q++)
    if (c->toks[q].kind == BYLINE_TOKEN_WORD)
      {
        if (!(c->toks[q].flags & BYLINE_TOKEN_ALLCAPS))
          return FALSE;
        words++;
      }
  return words >= 3;
}

/* Is the token at @k made of letters and hyphens only ("FARC-EP", not "STS-133")? */
static gboolean
letters_and_hyphens (const Ctx *c, guint k)
{
  for (guint32 b = c->toks[k].start; b < byline_token_end (&c->toks[k]); b++)
    if (!g_ascii_isalpha (c->text[b]) && c->text[b] != '-')
      return FALSE;
  return TRUE;
}

static void
classify_chunk (Ctx *c, guint first, guint end)
{
  gboolean head = FALSE;
  BylineEntityType type;
  Cand cand = { first, end, BYLINE_ENTITY_PERSON, CAND_TYPED, NULL, { .sub_start = 0 }, 0, -1, -1, 0, 0 };
  guint len;

  /* a plural title before its holders: "US Senators John McCain, Chris Murphy
   * and Ron Johnson" */
  if (first + 2 < end && is_title_plural (c, first))
    first++;
  /* drop words capitalised only by position: "Meanwhile", "Senior", "The" */
  while (first < end && is_weak (c, first) && !named_after_dash (c, first) && !is_name_part (c, first)
         && !name_word_at_start (c, first)
         && !(first + 1 < end && has (c, BYLINE_WORD_FIRST_NAME, first) && word_given_name (c, first))
         && !(end == first + 1 && role_apposition_at (c, end))
         && !(has (c, BYLINE_WORD_PARTICLE, first) && first + 1 < end && is_strong_elsewhere (c, first + 1))
         && (has (c, BYLINE_WORD_STOPWORD, first)
             || (is_common (c, first) && !is_strong_elsewhere (c, first)
                 && !has (c, BYLINE_WORD_FIRST_NAME, first)
                 /* "Bill Tarrant", "Sue Plemming" in a title-case credit line */
                 && !(has (c, BYLINE_WORD_AMBIGUOUS_NAME, first) && first + 1 < end && !is_common (c, first + 1)))
             /* "Neighbour Clara Dunmore said": a role noun the spelling list lacks */
             || (has (c, BYLINE_WORD_ROLE, first) && first + 1 < end && !is_strong_elsewhere (c, first)
                 && !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, first))))
    first++;
  /* but a name's own particle with its capital stays: "Al Gore", "Van Morrison",
   * "La Paz" */
  while (first < end && (has (c, BYLINE_WORD_STOPWORD, first) || has (c, BYLINE_WORD_CONNECTOR, first))
         && !(!is_cap (c, first) && is_name_particle (c, first))
         && !(first + 1 < end && has (c, BYLINE_WORD_FIRST_NAME, first) && word_given_name (c, first))
         /* "Will Hurd said" */
         && !name_word_at_start (c, first)
         /* "He Lifeng said", "Ms. He said", "Le said" after "Le Yucheng", "Oh said" after
          * "Oh Se-hoon"; but "He" alone is a pronoun */
         && !(has (c, BYLINE_WORD_AMBIGUOUS_NAME, first) && is_cap (c, first) && is_name_part (c, first)
              && (first + 1 < end || !has (c, BYLINE_WORD_STOPWORD, first) || c->title_end == (int) first
                  || (followed_by_speech (c, end) && !byline_token_is (c->text, &c->toks[first], "he"))))
         /* "Von der Leyen said" */
         && !(is_cap (c, first) && has (c, BYLINE_WORD_PARTICLE, first) && is_name_particle (c, first + 1))
         && !(has (c, BYLINE_WORD_CONNECTOR, first) && !has (c, BYLINE_WORD_STOPWORD, first) && is_cap (c, first)
              && first + 1 < end && is_cap (c, first + 1) && byline_token_len (&c->toks[first]) <= 4
              && !byline_token_is (c->text, &c->toks[first], "of") && !byline_token_is (c->text, &c->toks[first], "for")
              && !byline_token_is (c->text, &c->toks[first], "and") && !byline_token_is (c->text, &c->toks[first], "on")
              && !byline_token_is (c->text, &c->toks[first], "in") && !byline_token_is (c->text, &c->toks[first], "at")))
    first++;
  /* a trailing connector is not part of a name */
  while (end > first && (has (c, BYLINE_WORD_CONNECTOR, end - 1) && !is_cap (c, end - 1)))
    end--;
  if (first >= end)
    return;
  /* "Undersecretary of State Affairs Allen Wallis": a portfolio's last word,
   * left after its title, is no part of its holder's name */
  if (byline_token_is (c->text, &c->toks[first], "Affairs") && c->title_end == (int) first)
    first++;
  if (first >= end)
    return;
  cand.first = first;
  cand.end = end;
  len = end - first;

  /* "Minister of Diaspora Affairs Kofi Mensah", "Minister for Overseas Workers
   * and Human Resource Development, Tariq Zaman": after an office's title and
   * "of" or "for", words with no given name among them are its portfolio, and
   * so are those after its "and"; the name after the portfolio is the holder's */
  if (((after_title_end (c, first) && after_office_of (c, first)) || after_portfolio_and (c, first))
      && !followed_by_speech (c, end)
      /* "Foreign Minister of the Republic of Rwanda": a state, no portfolio */
      && !is_state_name (c, first, end)
      /* "X, Minister of Foreign Affairs, and Y, First Deputy Minister": a person
       * with a title of his own after the comma */
      && !(len >= 2 && is_char (c, end, ',') && end + 1 < c->n && _byline_entities_title_at (c, end + 1) != 0))
    {
      gboolean given = FALSE;

      for (guint k = first; k < end && !given; k++)
        given = has (c, BYLINE_WORD_FIRST_NAME, k);
      if (!given)
        {
          cand.type = BYLINE_ENTITY_OTHER;
          if (!(len == 1 && is_common (c, first) && !is_strong_elsewhere (c, first)))
            g_array_append_val (c->cands, cand);
          c->portfolio_end = end;
          return;
        }
      /* "Affairs Gordan Grlic Radman": the portfolio's last word, then its holder */
      if (!has (c, BYLINE_WORD_FIRST_NAME, first) && is_common (c, first))
        {
          guint g = first;

          while (g < end && !has (c, BYLINE_WORD_FIRST_NAME, g))
            g++;
          if (g > first && g <= first + 2 && g + 1 < end)
            {
              c->portfolio_end = g;
              classify_chunk (c, g, end);
              return;
            }
        }
    }
  /* "Road Transport and Bridges Minister X", "Roads and Bridges Minister X": a
   * word of the language after "and", right before an office's title, is the
   * portfolio's, no one's name */
  if (len == 1 && first > 0 && byline_token_is (c->text, &c->toks[first - 1], "and") && is_common (c, first)
      && !has (c, BYLINE_WORD_FIRST_NAME, first) && end < c->n && is_cap (c, end)
      && _byline_entities_title_at (c, end) > 0)
    {
      cand.type = BYLINE_ENTITY_OTHER;
      g_array_append_val (c->cands, cand);
      return;
    }
  type = type_by_head (c, first, end, &head);
  /* "Discusses Oil Market and Regional Security": in a title-case headline,
   * words of the language with a head word after them are no name, unless
   * the article writes them with capitals elsewhere; but a name alone after
   * a dash, a credit line's "– Silver Lake News", may be one */
  if (head && len >= 2 && (type == BYLINE_ENTITY_ORG || type == BYLINE_ENTITY_PLACE) && first > 0
      && c->toks[first - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[first].flags & BYLINE_TOKEN_NEWLINE))
    {
      gboolean words = TRUE;

      for (guint k = first; k < end && words; k++)
        words = (c->toks[k].flags & BYLINE_TOKEN_WEAK_CAP) && is_common (c, k) && !is_strong_elsewhere (c, k)
                && !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME, k);
      if (words)
        return;
    }
  /* "May Day rallies", "Labor Day parades": an event's head word alone after
   * a word capitalised by its position and left out, which the name starts */
  if (!head && len == 1 && first > 0 && has (c, BYLINE_WORD_OTHER_HEAD, first) && is_common (c, first)
      && is_cap (c, first - 1) && is_weak (c, first - 1) && !(c->toks[first].flags & BYLINE_TOKEN_NEWLINE)
      && (c->cands->len == 0 || g_array_index (c->cands, Cand, c->cands->len - 1).end != first))
    return;
  /* "Best Buy said", "New Balance said": a word of the language that is no
   * name's, alone after an adjective that opens the sentence and was left out
   * for its position, is the end of a thing's name, not a person's; but not
   * after an adverb, "Separately Apple said" */
  if (!head && len == 1 && first > 0 && (c->toks[first - 1].flags & BYLINE_TOKEN_SENT_START) && is_cap (c, first - 1)
      && has (c, BYLINE_WORD_COMMON, first)
      && !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME | BYLINE_WORD_STOPWORD, first)
      && !(c->toks[first].flags & (BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_NEWLINE)) && !is_name_part (c, first)
      && has (c, BYLINE_WORD_COMMON, first - 1)
      && !has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, first - 1)
      && !(byline_token_len (&c->toks[first - 1]) > 2
           && c->text[byline_token_end (&c->toks[first - 1]) - 2] == 'l' && c->text[byline_token_end (&c->toks[first - 1]) - 1] == 'y')
      && (c->cands->len == 0 || g_array_index (c->cands, Cand, c->cands->len - 1).end != first))
    return;
  /* "Ms. Santos", "Mr Jordan": a person after the honorific, though the name
   * is a city's or a country's */
  if (head && type == BYLINE_ENTITY_PLACE && len == 1 && after_honorific (c, first))
    head = FALSE;
  /* "Park said" after "Park Sung-min": a name, though "park" names places too */
  if (head && end == first + 1 && is_name_part (c, first)
      && !(first > 0 && byline_token_is (c->text, &c->toks[first - 1], "the")))
    head = FALSE;
  if (!head && (followed_by_outlet_noun (c, end) || after_org_noun (c, first) || followed_by_staff_noun (c, first, end))
      && !(len == 1 && is_common (c, first) && !is_strong_elsewhere (c, first)))
    {
      cand.type = BYLINE_ENTITY_ORG;
      g_array_append_val (c->cands, cand);
      return;
    }
  if (!head && (followed_by_place_noun (c, end) || after_place_noun_of (c, first))
      && !has (c, BYLINE_WORD_FIRST_NAME, first)
      && !(len == 1 && is_common (c, first) && !is_strong_elsewhere (c, first)))
    {
      cand.type = BYLINE_ENTITY_PLACE;
      g_array_append_val (c->cands, cand);
      return;
    }
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
  if (c->portfolio_end > 0 && cand.title_first < 0 && c->title_first >= 0
      && (c->portfolio_end == first || (c->portfolio_end + 1 == first && is_char (c, c->portfolio_end, ','))))
    {
      /* the holder after the portfolio: "... Diaspora Affairs Kofi Mensah" */
      cand.title_first = c->title_first;
      cand.title_end = (int) first;
    }
  /* a capitalised title just before: "Secretary of State John Kerry",
   * "Ambassador to Russia Mehdi Sanaei" */
  if (c->title_end > 0 && (c->title_end == (int) first
                           || (cand.title_first >= 0 && c->title_end == cand.title_first)))
    {
      cand.title_first = c->title_first;
      if (cand.title_end < 0)
        cand.title_end = (int) first;
    }
  else if (c->title_end > 0 && (int) first > c->title_end && ((int) first <= c->title_end + 6
                                    /* (a country's long name before a comma: "of the Islamic Republic of Iran, X") */
                                    || ((int) first <= c->title_end + 8 && is_char (c, first - 1, ',')))
           && (byline_token_is (c->text, &c->toks[c->title_end], "to")
               || byline_token_is (c->text, &c->toks[c->title_end], "of")
               /* "Special Envoy for Sudan Tom Perriello" */
               || byline_token_is (c->text, &c->toks[c->title_end], "for")))
    {
      const BylineLexEntry *e = NULL;
      /* "President of the Republic of Estonia Mart Kask"; "the Minister of
       * Foreign Affairs of the Islamic Republic of Iran, X" */
      guint at = (guint) c->title_end + 1;
      guint upto = first > 0 && is_char (c, first - 1, ',') && c->title_first > 0
                           && byline_token_is (c->text, &c->toks[c->title_first - 1], "the")
                       ? first - 1
                       : first;

      if (byline_token_is (c->text, &c->toks[at], "the"))
        at++;
      if (at < upto && _byline_entities_gazetteer_at (c, at, &e) == upto - at)
        {
          cand.title_first = c->title_first;
          cand.title_end = (int) first;
        }
    }
  /* "Minister of Commerce, Industry and Investment Promotion, Saleh Al Rawahi",
   * "Cabinet Secretary for Foreign and Diaspora Affairs, Hon. X": the office's
   * portfolio after "of" or "for", no person */
  if (cand.title_first >= 0 && (cand.title_end == (int) first || cand.title_end + 1 == (int) first) && first > 0
      && (byline_token_is (c->text, &c->toks[first - 1], "of") || byline_token_is (c->text, &c->toks[first - 1], "for")
          || byline_token_is (c->text, &c->toks[first - 1], "and")
          /* "Minister of Foreign Affairs, Migration and Tunisians Abroad X" */
          || (is_char (c, first - 1, ',') && len == 1 && is_common (c, first) && end < c->n
              && byline_token_is (c->text, &c->toks[end], "and")))
      && !has (c, BYLINE_WORD_FIRST_NAME, first) && end < c->n
      && (is_char (c, end, ',') || byline_token_is (c->text, &c->toks[end], "and"))
      && !followed_by_speech (c, end)
      /* (not a person with a title of his own after the comma: "..., and
       * Marcelino Medina, First Deputy Minister") */
      && !(is_char (c, end, ',') && end + 1 < c->n && _byline_entities_title_at (c, end + 1) != 0))
    {
      cand.type = BYLINE_ENTITY_OTHER;
      cand.title_first = cand.title_end = -1;
      g_array_append_val (c->cands, cand);
      return;
    }
  if (cand.title_first >= 0 || has (c, BYLINE_WORD_FIRST_NAME, first)
      || (len >= 2 && has (c, BYLINE_WORD_SURNAME, end - 1))
      || followed_by_speech (c, end) || preceded_by_according (c, first)
      || (len >= 2 && listed_after_person (c, first))
      /* "Price, a State Department spokesman, said" */
      || role_apposition_at (c, end)
      /* "Marcelino Medina, First Deputy Minister of Foreign Affairs": a title
       * the lexicon knows, capitalised, after the comma */
      || (len >= 2 && is_char (c, end, ',') && end + 1 < c->n && _byline_entities_title_at (c, end + 1) != 0)
      /* "Mark Reed and his counterpart" */
      || name_word_at_start (c, first))
    cand.person_evidence = TRUE;

  /* "ANKARA, Oct 4 (AA) -": the wire agency of the dateline is an organisation,
   * however short its name, and "KARSVIK, May 4 (KV) -" its place a place (the
   * cheap test first: a chunk no later than the dateline's words) */
  if (c->toks[first].start <= MAX (c->doc->wire_agency.start, c->doc->wire_place.start))
    {
      guint32 s = c->toks[first].start, e = byline_token_end (&c->toks[end - 1]);

      if ((s == c->doc->wire_agency.start && e == c->doc->wire_agency.end && e > s)
          || (s == c->doc->wire_place.start && e == c->doc->wire_place.end && e > s))
        {
          cand.type = s == c->doc->wire_agency.start ? BYLINE_ENTITY_ORG : BYLINE_ENTITY_PLACE;
          g_array_append_val (c->cands, cand);
          return;
        }
    }
  /* an acronym the lexicon does not know: coreference may tie it to its long form */
  /* (a longer one of two parts too: "FARC-EP", "SPLM-IO") */
  if (len == 1 && (c->toks[first].flags & BYLINE_TOKEN_ALLCAPS)
      && (byline_token_len (&c->toks[first]) <= 6
          || ((c->toks[first].flags & BYLINE_TOKEN_HYPHEN) && byline_token_len (&c->toks[first]) <= 9
              && letters_and_hyphens (c, first)))
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
          else if (!has (c, BYLINE_WORD_AMBIGUOUS_NAME, k) && k + 1 < end
                   /* "Dos Santos died": a surname's own particle first */
                   && !(k == first && has (c, BYLINE_WORD_PARTICLE, k)))
            thing = TRUE;
          if (k > first && (t->flags & BYLINE_TOKEN_ALLCAPS) && byline_token_len (t) >= 2)
            thing = TRUE;
          if ((t->flags & BYLINE_TOKEN_HYPHEN) && !is_particle_compound (c, k))
            {
              if (has_common_tail (c, k))
                thing = TRUE;
            }
        }
      gboolean given = FALSE;

      for (guint k = first; k < end && !given; k++)
        given = has (c, BYLINE_WORD_FIRST_NAME, k);
      /* "for Political and Peacebuilding Affairs": a portfolio's words, no one's name */
      if (!given && (byline_token_is (c->text, &c->toks[end - 1], "Affairs")
                     || byline_token_is (c->text, &c->toks[end - 1], "Cooperation")))
        cand.type = BYLINE_ENTITY_OTHER;
      /* "NASA Langley", but "K.C. Maurer": initials are a person's */
      else if ((c->toks[first].flags & BYLINE_TOKEN_ALLCAPS) && !cand.person_evidence
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
      /* "talks in Foz do Iguaçu": a name with no given name after "in" is a place's */
      else if (!cand.person_evidence && first > 0
               && (byline_token_is (c->text, &c->toks[first - 1], "in")
                   || byline_token_is (c->text, &c->toks[first - 1], "near"))
               && !(end < c->n && c->toks[end].kind == BYLINE_TOKEN_POSSESSIVE))
        cand.type = BYLINE_ENTITY_PLACE;
      else
        cand.type = BYLINE_ENTITY_PERSON;
      g_array_append_val (c->cands, cand);
      return;
    }
  /* "the two Ministers agreed"; but a team may be named so in a match report */
  if (!c->sports && is_title_plural (c, first))
    return;
  /* "WORLD ECONOMIC CONVERGENCE VITAL, OECD ENVOY SAYS": one word of a line set
   * all in capitals is no one's name, unless the story writes it as one
   * ("ALFONSIN MEETS ..." and "Raul Alfonsin") */
  if (len == 1 && (c->toks[first].flags & BYLINE_TOKEN_ALLCAPS) && in_capitals_line (c, first)
      && !is_strong_elsewhere (c, first) && !is_name_part (c, first))
    return;
  /* "for South and Central Asian Affairs, who ...": a portfolio's last word
   * alone is no one's name, whatever follows it */
  if (len == 1 && byline_token_is (c->text, &c->toks[first], "Affairs") && !(end < c->n && is_cap (c, end)))
    {
      cand.type = BYLINE_ENTITY_OTHER;
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

  /* "the two Koreas", "both Sudans": a country's name in the plural, for its halves */
  if (len == 1 && !cand.person_evidence && byline_token_len (&c->toks[first]) >= 4 && first > 0
      && (byline_token_is (c->text, &c->toks[first - 1], "two")
          || byline_token_is (c->text, &c->toks[first - 1], "both"))
      && c->text[byline_token_end (&c->toks[first]) - 1] == 's'
      && !(c->toks[first].flags & (BYLINE_TOKEN_HYPHEN | BYLINE_TOKEN_ALLCAPS)))
    {
      BylineToken stem = c->toks[first];
      gpointer v = NULL;
      char buf[128];
      g_autofree char *heap = NULL;

      byline_token_set_len (&stem, byline_token_len (&stem) - 1);
      if ((byline_phrases_match (c->lex->names, c->text, &stem, 1, 0, &v) == 1
           && ((BylineLexEntry *) v)->kind == BYLINE_LEX_COUNTRY)
          /* "Korea" of "North Korea" and "South Korea", written elsewhere */
          || (v == NULL
              && g_hash_table_contains (c->strong,
                                        byline_token_key_buf (c->text, &stem, buf, sizeof buf, &heap))))
        {
          cand.type = BYLINE_ENTITY_PLACE;
          g_array_append_val (c->cands, cand);
          return;
        }
    }
  /* one word, no evidence: coreference decides later */
  if (is_common (c, first) && !is_strong_elsewhere (c, first) && !is_name_part (c, first)
      && !cand.person_evidence)
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

/* "Minister of State for External Affairs Kirti Singh": the portfolio's words
 * [i, q) and its holder's name [q, end), each classified; FALSE when the chunk
 * has no such split. (Kept out of the token loop: it is seldom asked.) */
static G_GNUC_NO_INLINE gboolean
split_portfolio_holder (Ctx *c, guint i, guint end)
{
  guint q = i + 1;

  /* "... Foreign Affairs Ken Mori": a given name may be a word too */
  while (q + 2 <= end && !(is_common (c, q - 1)
                           && (holder_words (c, q, end)
                               || (has (c, BYLINE_WORD_FIRST_NAME, q) && end - q <= 3
                                   && is_cap (c, end - 1) && !is_common (c, end - 1)
                                   && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD, end - 1)))))
    q++;
  if (q + 2 > end)
    return FALSE;
  classify_chunk (c, i, q);
  classify_chunk (c, q, end);
  return TRUE;
}

/* A hyphenated pair of known places or peoples: "Iran-Russia", "Russian-Iranian";
 * the tokens it takes, 0 for none */
static guint
split_compound (Ctx *c, guint i)
{
  const BylineToken *t = &c->toks[i];
  const char *s = c->text + t->start;
  const char *end = c->text + byline_token_end (t);
  GPtrArray *parts;
  gboolean all = TRUE;

  if (!(t->flags & BYLINE_TOKEN_HYPHEN) || !(t->flags & BYLINE_TOKEN_CAP))
    return 0;
  /* "R-Alaska", "D-Calif.", "I-Vt.": a lawmaker's party and state; the state is a place */
  if (end - s >= 4 && s[1] == '-' && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && i > 0 && is_char (c, i - 1, ','))
    {
      BylineToken sub = byline_token_make (t->start + 2, byline_token_end (t), BYLINE_TOKEN_WORD,
                          (guint16) (t->flags & (BYLINE_TOKEN_NONASCII | BYLINE_TOKEN_DOTTED)));
      BylineToken run[2] = { sub };
      gpointer v = NULL;
      guint n_run = 1;

      /* "Calif." keeps its period in a token of its own */
      if (is_char (c, i + 1, '.') && !(c->toks[i + 1].flags & BYLINE_TOKEN_SPACE))
        run[n_run++] = c->toks[i + 1];
      if (byline_phrases_match (c->lex->names, c->text, run, n_run, 0, &v) >= 1
          && ((BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE)
        {
          guint l = byline_phrases_match (c->lex->names, c->text, run, n_run, 0, &v);
          Cand cand = { i, i + l, BYLINE_ENTITY_PLACE, CAND_TYPED, v, { .sub_start = sub.start },
                        byline_token_end (&run[l - 1]), -1, -1, 0, 0 };
          g_array_append_val (c->cands, cand);
          return l;
        }
      /* a state the lexicon does not abbreviate so: "D-N.M.," */
      if (g_ascii_isupper (s[2]) && (is_char (c, i + n_run, ',') || is_char (c, i + n_run, ')')))
        {
          Cand cand = { i, i + n_run, BYLINE_ENTITY_PLACE, CAND_TYPED, NULL, { .sub_start = sub.start },
                        byline_token_end (&run[n_run - 1]), -1, -1, 0, 0 };
          g_array_append_val (c->cands, cand);
          return n_run;
        }
    }
  /* "Pyongyang-datelined", "Iran-backed", "Persian-speaking": a known name before a word */
  {
    const char *dash = memchr (s, '-', end - s);
    BylineToken sub = byline_token_make (t->start, (guint32) (dash - c->text), BYLINE_TOKEN_WORD,
                                         (guint16) (t->flags & BYLINE_TOKEN_NONASCII));
    gpointer v = NULL;

    if (dash != NULL && dash + 1 < end && g_unichar_islower (g_utf8_get_char (dash + 1)))
      {
        if (byline_phrases_match (c->lex->names, c->text, &sub, 1, 0, &v) == 1
            && ((BylineLexEntry *) v)->type != BYLINE_ENTITY_NORP)
          {
            Cand cand = { i, i + 1, ((BylineLexEntry *) v)->type, CAND_TYPED, v,
                          { .sub_start = sub.start }, byline_token_end (&sub), -1, -1, 0, 0 };
            g_array_append_val (c->cands, cand);
          }
        /* "a Warhol-like wig": a name seen elsewhere, before a word; coreference
         * keeps it only when it is */
        else if (v == NULL && dash - s >= 3 && has_common_tail (c, i))
          {
            Cand cand = { i, i + 1, BYLINE_ENTITY_PERSON, CAND_UNKNOWN, NULL,
                          { .sub_start = sub.start }, byline_token_end (&sub), -1, -1, 0, 0 };
            cand.sub_only = TRUE;
            g_array_append_val (c->cands, cand);
          }
        return 1;
      }
  }
  /* "the China-Pakistan Economic Corridor": the pair starts a longer name with a head */
  if (is_cap (c, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE))
    {
      guint ch = _byline_entities_chunk_at (c, i);
      gboolean head = FALSE;
      BylineEntityType ty = ch > i + 1 ? type_by_head (c, i, ch, &head) : BYLINE_ENTITY_OTHER;

      if (head && (ty == BYLINE_ENTITY_ORG || ty == BYLINE_ENTITY_PLACE)
          && (has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, ch - 1)))
        return 0;
    }
  parts = g_ptr_array_new ();
  {
    gboolean place = FALSE, org = FALSE;
  while (s < end)
    {
      const char *dash = memchr (s, '-', end - s);
      const char *pe = dash ? dash : end;
      BylineToken sub = byline_token_make ((guint32) (s - c->text), (guint32) (pe - c->text), BYLINE_TOKEN_WORD,
                                           (guint16) (t->flags & BYLINE_TOKEN_NONASCII));
      gpointer v = NULL;

      /* "US-North Korea", "Australia-New Zealand": the last part starts a name
       * that goes on in the words after it */
      if (dash == NULL && parts->len > 0 && all && is_cap (c, i + 1)
          && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE))
        {
          BylineToken run[4] = { sub };
          guint n_run = 1, l;

          while (n_run < 4 && i + n_run < c->n && !(c->toks[i + n_run].flags & BYLINE_TOKEN_NEWLINE))
            {
              run[n_run] = c->toks[i + n_run];
              n_run++;
            }
          l = byline_phrases_match (c->lex->names, c->text, run, n_run, 0, &v);
          if (l >= 2 && ((BylineLexEntry *) v)->type == BYLINE_ENTITY_PLACE
              && (c->toks[i + l - 1].flags & BYLINE_TOKEN_CAP))
            {
              s = c->text + t->start;
              for (guint k = 0; k < parts->len; k++)
                {
                  const char *d = memchr (s, '-', end - s);
                  Cand cand = { i, i + 1, ((BylineLexEntry *) parts->pdata[k])->type, CAND_TYPED,
                                parts->pdata[k], { .sub_start = (guint32) (s - c->text) }, (guint32) (d - c->text),
                                -1, -1, 0, 0 };
                  g_array_append_val (c->cands, cand);
                  s = d + 1;
                }
              {
                Cand cand = { i, i + l, BYLINE_ENTITY_PLACE, CAND_TYPED, v, { .sub_start = sub.start },
                              byline_token_end (&c->toks[i + l - 1]), -1, -1, 0, 0 };
                g_array_append_val (c->cands, cand);
              }
              g_ptr_array_unref (parts);
              return l;
            }
          v = NULL;
        }
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
                        parts->pdata[k], { .sub_start = (guint32) (s - c->text) }, (guint32) (pe - c->text),
                        -1, -1, 0, 0 };
          g_array_append_val (c->cands, cand);
          s = dash ? dash + 1 : end;
        }
    }
  g_ptr_array_unref (parts);
  return all ? 1 : 0;
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
  end = _byline_entities_chunk_at (c, i);
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

/* "U.S. State Dept", "Japan Foreign Ministry": a country before one of its
 * ministries is the country and the ministry, as in "Russia's Foreign
 * Ministry"; "Korea Central News Agency", "U.S. Coast Guard" are one name */
static gboolean
country_before_ministry (const Ctx *c, const BylineLexEntry *entry, guint end)
{
  const BylineToken *last = &c->toks[end - 1];

  if (entry->kind != BYLINE_LEX_COUNTRY)
    return FALSE;
  if (is_char (c, end - 1, '.') && end >= 2)
    last = &c->toks[end - 2];
  return byline_token_is (c->text, last, "ministry") || byline_token_is (c->text, last, "department")
         || byline_token_is (c->text, last, "dept");
}

/* "Han is due", "Han had pressed", "talks with Han at": the word that began
 * a person's name before, alone before a verb of speech or meeting, "is" or
 * "has", or a place's preposition, and after no article */
static G_GNUC_NO_INLINE gboolean
name_part_before_verb (const Ctx *c, guint i)
{
  const BylineToken *nt;

  if (i + 1 >= c->n)
    return FALSE;
  nt = &c->toks[i + 1];
  if (nt->kind != BYLINE_TOKEN_WORD || (nt->flags & BYLINE_TOKEN_CAP))
    return FALSE;
  if (!has (c, BYLINE_WORD_SPEECH | BYLINE_WORD_MEETING, i + 1)
      && !(has (c, BYLINE_WORD_STOPWORD, i + 1) && byline_token_len (nt) <= 3
           && (byline_token_is (c->text, nt, "is") || byline_token_is (c->text, nt, "was")
               || byline_token_is (c->text, nt, "has") || byline_token_is (c->text, nt, "had")
               || byline_token_is (c->text, nt, "at") || byline_token_is (c->text, nt, "in"))))
    return FALSE;
  if (i > 0 && (byline_token_is (c->text, &c->toks[i - 1], "the") || byline_token_is (c->text, &c->toks[i - 1], "a")
                || byline_token_is (c->text, &c->toks[i - 1], "an")))
    return FALSE;
  return is_name_part (c, i);
}

/* "the Western Hemisphere", "the Arab Group": a word for a people of no one
 * country before a place's or a body's head word starts that name */
static G_GNUC_NO_INLINE gboolean
people_starts_name (const Ctx *c, guint i)
{
  const BylineLexEntry *head_entry = NULL;

  return is_cap (c, i + 1) && !(c->toks[i + 1].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS))
         && has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_ORG_HEAD, i + 1)
         && _byline_entities_gazetteer_at (c, i + 1, &head_entry) == 0;
}

/* "the Nigeria Security Tracker": after "the", a country's name of one word
 * and the words capitalised after it to @ch are one name, a body's; but not a
 * name that takes "the" anyway ("the U.S. Space Agency", "the UAE"), nor
 * before a possessive */
static G_GNUC_NO_INLINE gboolean
country_starts_body (const Ctx *c, guint i, guint ch)
{
  return i > 0 && byline_token_is (c->text, &c->toks[i - 1], "the")
         && !(c->toks[i].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS | BYLINE_TOKEN_DOTTED))
         && !is_weak (c, i + 1)
         && !(ch < c->n && (c->toks[ch].kind == BYLINE_TOKEN_POSSESSIVE || is_char (c, ch, '\'')
                            || is_char (c, ch, 0x2019)));
}

/* "Ministry of Foreign Affairs and Expatriates", "Ministry of Industry and
 * Trade": a portfolio's second word after a known ministry's name of @gl
 * words at @i */
static G_GNUC_NO_INLINE gboolean
portfolio_after_and (const Ctx *c, guint i, guint gl)
{
  const BylineLexEntry *e2 = NULL;
  gboolean of = FALSE;
  guint w = i + gl + 1;

  if (!byline_token_is (c->text, &c->toks[i + gl], "and") || !is_cap (c, w)
      || (c->toks[w].flags & (BYLINE_TOKEN_NEWLINE | BYLINE_TOKEN_ALLCAPS)) || is_cap (c, w + 1)
      || has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_SURNAME, w) || _byline_entities_title_at (c, w) != 0)
    return FALSE;
  for (guint k = i + 1; k + 1 < i + gl && !of; k++)
    of = byline_token_is (c->text, &c->toks[k], "of");
  return of && _byline_entities_gazetteer_at (c, w, &e2) == 0;
}

/* Are the words [k, end) a person's name: a family name, then one or two
 * words of a name that are no dictionary words ("Truong Van Khai"), or a
 * given name of two syllables ("Oh Seung-hoon")? */
static gboolean
person_name_at (const Ctx *c, guint k, guint end)
{
  if (end < k + 2 || end > k + 3 || !has (c, BYLINE_WORD_SURNAME | BYLINE_WORD_AMBIGUOUS_NAME, k) || is_weak (c, k))
    return FALSE;
  if (end == k + 2 && is_hyphen_given_name (c, k + 1))
    return TRUE;
  for (guint j = k + 1; j < end; j++)
    if (!is_cap (c, j) || (is_common (c, j) && !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, j))
        || _byline_entities_title_at (c, j) != 0 || (c->toks[j].flags & BYLINE_TOKEN_NEWLINE))
      return FALSE;
  return TRUE;
}

void
_byline_entities_find_candidates (Ctx *c)
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
              Cand cand = { i, i + 1 + n_date, BYLINE_ENTITY_DATE, CAND_TYPED, NULL,
                            { (gint) c->dates->len }, 0, -1, -1, 0, 0 };
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
          Cand cand = { i, i + dm.n_tokens, BYLINE_ENTITY_DATE, CAND_TYPED, NULL,
                        { (gint) c->dates->len }, 0, -1, -1, 0, 0 };
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
      if ((t->flags & BYLINE_TOKEN_CAP) && month_after_preposition (c, i))
        {
          Cand cand = { i, i + 1, BYLINE_ENTITY_DATE, CAND_TYPED, NULL,
                        { (gint) c->dates->len }, 0, -1, -1, 0, 0 };
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
      /* "pro-Russian", "anti-Western", "post-Soviet", "non-NATO": a known name
       * after a prefix in lower case */
      if (t->kind == BYLINE_TOKEN_WORD && (t->flags & BYLINE_TOKEN_HYPHEN)
          && (!(t->flags & BYLINE_TOKEN_CAP) || is_weak (c, i)))
        {
          gboolean taken = FALSE;

          static const char *const prefixes[] = { "pro-", "anti-", "non-", "pan-", "ex-", "post-", "pre-",
                                                  "trans-", "inter-", "intra-", NULL };
          const char *w = c->text + t->start;
          gsize wl = byline_token_len (t);

          for (guint p = 0; prefixes[p]; p++)
            {
              gsize pl = strlen (prefixes[p]);
              gpointer v = NULL;
              BylineToken sub = byline_token_make ((guint32) (t->start + pl), byline_token_end (t), BYLINE_TOKEN_WORD,
                                  (guint16) (t->flags & BYLINE_TOKEN_NONASCII));

              if (wl <= pl + 1 || g_ascii_strncasecmp (w, prefixes[p], pl) != 0
                  || !g_unichar_isupper (g_utf8_get_char (w + pl)) || memchr (w + pl, '-', wl - pl) != NULL)
                continue;
              if (byline_phrases_match (c->lex->names, c->text, &sub, 1, 0, &v) == 1)
                {
                  Cand cand = { i, i + 1, ((BylineLexEntry *) v)->type, CAND_TYPED, v, { .sub_start = sub.start }, byline_token_end (&sub),
                                -1, -1, 0, 0 };
                  g_array_append_val (c->cands, cand);
                  taken = TRUE;
                }
              break;
            }
          if (taken)
            {
              i++;
              continue;
            }
        }
      /* "chinadaily.com.cn", "Abidjan.net": a site's address names its outlet */
      if (is_domain_name (c, i))
        {
          add_cand (c, i, i + 1, BYLINE_ENTITY_ORG, CAND_TYPED);
          i++;
          continue;
        }
      /* "Sultan bin Tarik", "Judge van Dam": after a title a name may start
       * with its lower-case particle */
      if (is_name_particle (c, i) && (c->title_end == (int) i || starts_surname (c, i)))
        {
          guint name = is_cap (c, i + 1) ? i + 1 : i + 2;
          guint end = _byline_entities_chunk_at (c, name);
          gboolean head = FALSE;
          const BylineLexEntry *e2 = NULL;

          if (end > name)
            type_by_head (c, name, end, &head);
          /* but "Santiago de Chile": with no title before it, a particle
           * before a place's name alone is no person's ("Senator de Lima" is) */
          if (end > name && !head
              && !(c->title_end != (int) i && _byline_entities_gazetteer_at (c, name, &e2) == end - name
                   && e2->type == BYLINE_ENTITY_PLACE))
            {
              classify_chunk (c, i, end);
              i = end;
              continue;
            }
        }
      if (!(is_cap (c, i) || is_particle_compound (c, i)
            || (t->kind == BYLINE_TOKEN_WORD && (t->flags & BYLINE_TOKEN_ALLCAPS))))
        {
          i++;
          continue;
        }
      /* a wire dateline in one token: "TEHRAN-Anadolu Agency" */
      if (c->doc->wire_place.end > t->start && c->doc->wire_place.start >= t->start
          && c->doc->wire_place.end < byline_token_end (t) && c->doc->wire_agency.end > c->doc->wire_agency.start)
        {
          BylineToken sub = byline_token_make (c->doc->wire_place.start, c->doc->wire_place.end, BYLINE_TOKEN_WORD, 0);
          gpointer v = NULL;
          Cand place = { i, i + 1, BYLINE_ENTITY_PLACE, CAND_TYPED, NULL,
                         { .sub_start = c->doc->wire_place.start }, c->doc->wire_place.end, -1, -1, 0, 0 };
          Cand agency = { i, i + 1, BYLINE_ENTITY_ORG, CAND_TYPED, NULL,
                          { .sub_start = c->doc->wire_agency.start }, c->doc->wire_agency.end, -1, -1, 0, 0 };

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
      if (is_weak (c, i) && !(t->flags & BYLINE_TOKEN_ALLCAPS) && _byline_entities_title_at (c, i) == 0
          && !is_name_part (c, i)
          /* "Von der Leyen said" */
          && !(has (c, BYLINE_WORD_PARTICLE, i) && is_name_particle (c, i + 1))
          /* "De Villiers added", "Dos Santos died": a particle before a name written elsewhere */
          && !(has (c, BYLINE_WORD_PARTICLE, i) && is_cap (c, i + 1) && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE)
               && is_strong_elsewhere (c, i + 1))
          && ((has (c, BYLINE_WORD_STOPWORD | BYLINE_WORD_SPEECH, i)
               /* "Per Lindqvist said": a given name that is a word too, before a
                * family name */
               && !(has (c, BYLINE_WORD_FIRST_NAME, i) && word_given_name (c, i)))
              /* "Iodine deficiency ..." where the text also writes "iodine" */
              || (is_lower_elsewhere (c, i) && !is_strong_elsewhere (c, i)
                  && !(has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i) && is_cap (c, i + 1)))
              || (has (c, BYLINE_WORD_COMMON, i) && !is_strong_elsewhere (c, i)
                  && !(has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i)
                       && is_cap (c, i + 1) && !is_common (c, i + 1)
                       && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE))))
          && _byline_entities_gazetteer_at (c, i, &entry) == 0 && !named_after_dash (c, i)
          && !role_apposition_at (c, i + 1)
          /* "Grace Meng said", "Trump said" */
          && !name_word_at_start (c, i)
          /* "John F. Kerry met", "Rosemary A. DiCarlo, ...": a given name before an
           * initial, at the start of a sentence */
          && !(has (c, BYLINE_WORD_FIRST_NAME, i) && i + 3 < c->n && byline_token_len (&c->toks[i + 1]) == 1
               && (c->toks[i + 1].flags & BYLINE_TOKEN_CAP) && is_char (c, i + 2, '.')
               && !(c->toks[i + 2].flags & BYLINE_TOKEN_SPACE) && is_cap (c, i + 3)))
        {
          i++;
          continue;
        }

      tl = _byline_entities_title_at (c, i);
      gl = _byline_entities_gazetteer_at (c, i, &entry);
      /* "Vladimir Putin": a first name that is also a town, before a surname */
      /* ...or any town's or people's name right after a person's title: "Rep. Alexandria
       * Ocasio-Cortez", "Vice President Han Zheng" */
      if (gl == 1
          /* "Defence Minister Israel Katz", "leader Jordan Bardella": a country's name
           * that is a given name too, right after a person's title */
          && (entry->kind != BYLINE_LEX_COUNTRY
              || (has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, i) && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS)
                  && (c->title_end == (int) i
                      || (i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP)
                          && has (c, BYLINE_WORD_ROLE, i - 1)))))
          && (has (c, BYLINE_WORD_FIRST_NAME, i)
              || ((c->title_end == (int) i
                   /* "spokesperson Gao Feng": a role word in lower case before the name */
                   || (i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP)
                       && has (c, BYLINE_WORD_ROLE, i - 1) && !(c->toks[i].flags & BYLINE_TOKEN_NEWLINE)))
                  && (entry->type == BYLINE_ENTITY_PLACE || entry->type == BYLINE_ENTITY_NORP))
              /* "Han Ji-woo": a family name that is also a people's or a town's */
              || is_hyphen_given_name (c, i + 1)
              /* "Han Bing", "Hui Liang": a people of no one country whose name is a
               * family name too, before a name */
              || (entry->type == BYLINE_ENTITY_NORP && entry->country == NULL && has (c, BYLINE_WORD_SURNAME, i)))
          && is_cap (c, i + 1) && _byline_entities_gazetteer_at (c, i + 1, &entry) == 0
          && _byline_entities_title_at (c, i + 1) == 0
          && !(c->toks[i + 1].flags & BYLINE_TOKEN_NEWLINE)
          /* a surname may be a word: "Chief Justice Helena Marsh", "Senator Victoria Brooks" */
          && (!is_common (c, i + 1) || has (c, BYLINE_WORD_SURNAME, i + 1)
              || (c->title_end == (int) i && has (c, BYLINE_WORD_FIRST_NAME, i))
              /* "Prime Minister Ishikawa Ken": a town's name as a family name
               * written first, then a given name that is a word too */
              || (c->title_end == (int) i && entry->kind != BYLINE_LEX_COUNTRY
                  && has (c, BYLINE_WORD_FIRST_NAME, i + 1) && !has (c, BYLINE_WORD_FIRST_NAME, i))
              /* "Secretary Chad Wolf", "Senator Jordan Price": a family name
               * that is a word too, after a given name that is a country's */
              || (has (c, BYLINE_WORD_AMBIGUOUS_NAME, i + 1)
                  && (c->title_end == (int) i
                      || (i > 0 && c->toks[i - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[i - 1].flags & BYLINE_TOKEN_CAP)
                          && has (c, BYLINE_WORD_ROLE, i - 1)))))
          && !has (c, BYLINE_WORD_WEEKDAY | BYLINE_WORD_MONTH, i + 1))
        {
          gl = 0;
          /* the town's or people's word is this person's name: "Gao said",
           * "Han added" later are the person (below) */
          if (c->toks[i].kind == BYLINE_TOKEN_WORD && !(c->toks[i].flags & BYLINE_TOKEN_ALLCAPS))
            g_hash_table_add (c->name_parts, byline_token_key (c->text, &c->toks[i]));
        }
      /* "Gao said", "Han added": alone before a verb of speech, the word that
       * began a person's name before ("spokesperson Gao Feng", "Han Bing") is
       * that person, not the town or the people */
      else if (gl == 1 && entry->kind != BYLINE_LEX_COUNTRY
               && (entry->type == BYLINE_ENTITY_PLACE || entry->type == BYLINE_ENTITY_NORP)
               && i + 1 < c->n && !(c->toks[i + 1].flags & BYLINE_TOKEN_CAP) && c->toks[i + 1].kind == BYLINE_TOKEN_WORD
               && name_part_before_verb (c, i))
        gl = 0;
      /* "Ms. Santos", "Mr Jordan": a town's or a country's name after an honorific
       * is the person's */
      if (gl == 1 && entry->type == BYLINE_ENTITY_PLACE && after_honorific (c, i)
          && !(i + 1 < c->n && is_cap (c, i + 1)))
        {
          gl = 0;
          g_hash_table_add (c->name_parts, byline_token_key (c->text, &c->toks[i]));
        }
      /* "the Western Hemisphere", "the Arab Group": a word for a people of no
       * one country before a place's or a body's head word starts that name */
      if (gl == 1 && entry->kind == BYLINE_LEX_DEMONYM && entry->country == NULL && people_starts_name (c, i))
        gl = 0;
      /* "General Administration of Customs": a title's word that starts a
       * body's name, the body's head after it and no given name */
      if (tl > 0 && gl == 0 && i > 0 && byline_token_is (c->text, &c->toks[i - 1], "the")
          && is_cap (c, i + tl) && !has (c, BYLINE_WORD_FIRST_NAME, i + tl))
        {
          guint ch = _byline_entities_chunk_at (c, i);
          gboolean head = FALSE;

          if (ch > i + tl && type_by_head (c, i + tl, ch, &head) == BYLINE_ENTITY_ORG && head)
            tl = 0;
        }
      /* "the Governor's Residence": a title's possessive before a building's
       * head word names the building */
      if (tl > 0 && gl == 0 && i + tl + 1 < c->n && c->toks[i + tl].kind == BYLINE_TOKEN_POSSESSIVE
          && is_cap (c, i + tl + 1)
          && has (c, BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, i + tl + 1)
          && !has (c, BYLINE_WORD_ORG_HEAD, i + tl + 1))
        tl = 0;
      /* "Foreign Ministry Spokesman", "Kremlin spokesman": the ministry or the
       * seat of government, then the title; but a body of no one country
       * named by a word is the title's own: "Cabinet Secretary Amos Kiprop" */
      if (tl > gl
          && !(gl > 0 && (entry->type == BYLINE_ENTITY_ORG || entry->kind == BYLINE_LEX_GOVERNMENT)
               && !(gl == 1 && entry->country == NULL && g_strcmp0 (entry->subkind, "executive") == 0)))
        {
          /* "Deputy Prime Minister and Foreign Minister X", "Chairman and CEO X":
           * two titles of one person, joined */
          if (!(i > 0 && c->title_end == (int) i - 1 && byline_token_is (c->text, &c->toks[i - 1], "and")))
            c->title_first = (int) i;
          c->title_end = (int) (i + tl);
          /* "Minister of Foreign Affairs and International Cooperation": a
           * title with its portfolio, which may go on after "and" */
          for (guint k = i + 1; tl >= 3 && k + 1 < i + tl; k++)
            if (byline_token_is (c->text, &c->toks[k], "of") || byline_token_is (c->text, &c->toks[k], "for"))
              {
                c->portfolio_end = i + tl;
                break;
              }
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
          Cand cand = { i + 1, i + gl, entry->type, CAND_TYPED, entry, { .sub_start = 0 }, 0, -1, -1, 0, 0 };
          if (gl > 1)
            g_array_append_val (c->cands, cand);
          i += gl;
          continue;
        }
      if (gl > 0)
        {
          guint ch = _byline_entities_chunk_at (c, i);
          gboolean head = FALSE;

          /* "Australian Centre for Control of Iodine Deficiency Disorders", "DNA Web Team":
           * a longer name with an organisation head swallows the name it starts with */
          /* ("the PLO Executive Committee Saeb Erekat": the longer name ends at
           * its head, before a first name and a surname) */
          for (guint k = i + gl + 1; k + 1 < ch && k < i + gl + 5 && is_cap (c, i + gl); k++)
            if (has (c, BYLINE_WORD_FIRST_NAME, k) && has (c, BYLINE_WORD_ORG_HEAD, k - 1)
                && !has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD, k) && !is_common (c, k + 1)
                && _byline_entities_title_at (c, k) == 0)
              {
                ch = k;
                break;
              }
          if (ch > i + gl && is_cap (c, i + gl)
              /* "Russian Army" stays a people and a body; "the Korean War" is one name */
              && !(entry->type == BYLINE_ENTITY_NORP && ch - (i + gl) < 2 && !has (c, BYLINE_WORD_OTHER_HEAD, ch - 1))
              && !country_before_ministry (c, entry, ch))
            {
              const BylineLexEntry *e2 = NULL;
              BylineEntityType ty = type_by_head (c, i, ch, &head);
              guint rest = i + gl;
              guint l2;

              /* "China Pakistan Economic Corridor": more places' names, one
               * after another, before the words that head the name */
              /* (but not a title's holder whose given name is a place's too:
               * "Foreign Minister of the Islamic Republic of Afghanistan
               * Salahuddin Rabbani") */
              while (rest < ch && (l2 = _byline_entities_gazetteer_at (c, rest, &e2)) > 0
                     && e2->type == BYLINE_ENTITY_PLACE && rest + l2 < ch
                     && (ty == BYLINE_ENTITY_ORG || ty == BYLINE_ENTITY_PLACE)
                     && !(rest == i + gl && c->title_end >= 0 && (int) i <= c->title_end + 3
                          && holder_words (c, rest, ch)))
                rest += l2;
              /* "the Nigeria Security Tracker": after "the", a country's name and
               * words capitalised after it are one name, a body's */
              if (!head && entry->kind == BYLINE_LEX_COUNTRY && gl == 1 && rest == i + 1 && ch - rest <= 3
                  && country_starts_body (c, i, ch))
                {
                  head = TRUE;
                  ty = BYLINE_ENTITY_ORG;
                }
              if (head && _byline_entities_title_at (c, rest) == 0
                  && _byline_entities_gazetteer_at (c, rest, &e2) == 0
                  && !has (c, BYLINE_WORD_FIRST_NAME, rest)
                  /* "the CPV Central Committee Truong Van Khai", "Ambassador to the
                   * United Nations Oh Seung-hoon": then the holder's name */
                  && !person_name_at (c, rest, ch)
                  /* "President of the Republic of Uzbekistan Bakhtiyor Yusupov": a
                   * title's country or body, then its holder */
                  && !(c->title_end >= 0 && (int) i <= c->title_end + 3 && holder_words (c, rest, ch)))
                {
                  Cand cand = { i, ch, ty, CAND_TYPED, NULL, { .sub_start = 0 }, 0, -1, -1, 0, 0 };
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
              if (is_cap (c, k) && !(c->toks[k].flags & BYLINE_TOKEN_NEWLINE)
                  && (ch2 = _byline_entities_chunk_at (c, k)) > k)
                {
                  const BylineLexEntry *e2 = NULL;
                  guint l2 = _byline_entities_gazetteer_at (c, k, &e2);

                  if (type_by_head (c, k, ch2, &head) == BYLINE_ENTITY_ORG && head
                      /* "of the Russian Federation" is a country's name */
                      && !(l2 > 0 && e2->type != BYLINE_ENTITY_NORP))
                    {
                      Cand cand = { i, ch2, BYLINE_ENTITY_ORG, CAND_TYPED, NULL,
                                    { .sub_start = 0 }, 0, -1, -1, 0, 0 };
                      g_array_append_val (c->cands, cand);
                      i = ch2;
                      continue;
                    }
                }
            }
          /* "Ministry of Foreign Affairs and Expatriates", "Ministry of Industry and
           * Trade": a portfolio's second word after a known ministry's name */
          if (entry->type == BYLINE_ENTITY_ORG && gl >= 3 && i + gl + 2 < c->n && portfolio_after_and (c, i, gl))
            {
              add_cand (c, i, i + gl + 2, BYLINE_ENTITY_ORG, CAND_TYPED);
              i += gl + 2;
              continue;
            }
          {
            Cand cand = { i, i + gl, entry->type, CAND_TYPED, entry, { .sub_start = 0 }, 0, -1, -1, 0, 0 };
            guint chunk_end = _byline_entities_chunk_at (c, i);

            g_array_append_val (c->cands, cand);
            /* "Foreign Minister of the Islamic Republic of Afghanistan Salahuddin
             * Rabbani": the title's holder after its state, whose given name is a
             * place's too */
            if (entry->type == BYLINE_ENTITY_PLACE && chunk_end > i + gl + 1 && c->title_end >= 0
                && (int) i <= c->title_end + 3 && holder_words (c, i + gl, chunk_end)
                && _byline_entities_gazetteer_at (c, i + gl, &entry) != 0)
              {
                /* (the office is the state's: "Foreign Minister of the Islamic
                 * Republic of Afghanistan") */
                Cand holder = { i + gl, chunk_end, BYLINE_ENTITY_PERSON, CAND_TYPED, NULL, { .sub_start = 0 }, 0,
                                c->title_first, (int) (i + gl), 1, 0 };

                g_array_append_val (c->cands, holder);
                i = chunk_end;
                continue;
              }
          }
          i += gl;
          continue;
        }
      /* (the cheap test inlined: a hyphen) */
      if ((c->toks[i].flags & BYLINE_TOKEN_HYPHEN) && (m = split_compound (c, i)) > 0)
        {
          i += m;
          continue;
        }
      {
        guint end = _byline_entities_chunk_at (c, i);

        if (end <= i)
          end = i + 1;
        /* "of the Union Josep Borrell": a body's name ends before a first name and
         * a surname that follow it */
        for (guint k = i + 1; k + 1 < end; k++)
          {
            gboolean head = FALSE;

            /* ...and so does a title the lexicon does not know: "High Representative
             * for Foreign Affairs and Security Policy Josep Borrell" */
            if (has (c, BYLINE_WORD_FIRST_NAME, k) && !has (c, BYLINE_WORD_FIRST_NAME, k - 1)
                && ((type_by_head (c, i, k, &head) == BYLINE_ENTITY_ORG && head)
                    || (!head && is_common (c, k - 1)
                        && !has (c, BYLINE_WORD_AMBIGUOUS_NAME | BYLINE_WORD_SURNAME, k - 1)
                        && !is_common (c, k)))
                && !is_common (c, k + 1) && _byline_entities_title_at (c, k + 1) == 0)
              {
                end = k;
                break;
              }
          }

        /* stop a person's name before a gazetteer name that follows it */
        for (guint k = i + 1; k < end; k++)
          {
            const BylineLexEntry *e2 = NULL;
            guint l2 = _byline_entities_gazetteer_at (c, k, &e2);
            gboolean head = FALSE;

            if (l2 > 0 && (e2->type == BYLINE_ENTITY_NORP || e2->kind == BYLINE_LEX_COUNTRY))
              type_by_head (c, i, end, &head);
            /* but "Mohammed Shia al-Sudani": a people's word inside a name, between
             * a first name and more of the name */
            if (l2 == 1 && e2->type == BYLINE_ENTITY_NORP && k + 1 < end
                && (has (c, BYLINE_WORD_FIRST_NAME, i) || c->title_end == (int) i)
                && (is_cap (c, k + 1) || is_particle_compound (c, k + 1)) && _byline_entities_title_at (c, k + 1) == 0)
              {
                const BylineLexEntry *e3 = NULL;

                if (_byline_entities_gazetteer_at (c, k + 1, &e3) == 0)
                  continue;
              }
            /* and "Choe Son Hui,", "Ri Son Hui said": a people's word last after two
             * words of a name, before a comma or a verb of speech */
            if (l2 == 1 && e2->type == BYLINE_ENTITY_NORP && k + 1 == end && k + 1 < c->n
                && (is_char (c, k + 1, ',') || has (c, BYLINE_WORD_SPEECH, k + 1))
                && ((k >= i + 2 && unknown_name_words (c, i, k))
                    /* "Volker Turk said": a given name and a people's word */
                    || (k == i + 1 && has (c, BYLINE_WORD_FIRST_NAME, i)
                        && !has (c, BYLINE_WORD_AMBIGUOUS_NAME | BYLINE_WORD_COMMON, i))))
              continue;
            if (l2 > 0 && (e2->type == BYLINE_ENTITY_NORP || e2->kind == BYLINE_LEX_COUNTRY) && !head)
              {
                end = k;
                break;
              }
          }
        /* "Minister of State for External Affairs Kirti Singh": after an office's
         * title and "of" or "for", the portfolio's words end before the two or
         * three words of its holder's name */
        if (end >= i + 3 && ((after_title_end (c, i) && after_office_of (c, i)) || after_portfolio_and (c, i))
            && split_portfolio_holder (c, i, end))
          {
            i = end;
            continue;
          }
        /* "President of the Republic of Uzbekistan Bakhtiyor Yusupov", "Secretary
         * General of the Shanghai Cooperation Organisation Zhang Ming": after a
         * title, a place's or a body's name ends before the two or three words of
         * its holder's name */
        if (c->title_end >= 0 && (int) i <= c->title_end + 3 && end >= i + 3)
          {
            guint q = holder_after_name (c, i, end);

            if (q != 0)
              {
                Cand holder = { q, end, BYLINE_ENTITY_PERSON, CAND_TYPED, NULL, { .sub_start = 0 }, 0,
                                c->title_first, c->title_end, 1, 0 };
                int title_first = c->title_first, title_end = c->title_end;

                classify_chunk (c, i, q);
                holder.title_first = title_first;
                /* the office is the state's, as when the lexicon knows the state's
                 * whole name: "President of the Republic of Greece" */
                holder.title_end = is_state_name (c, i, q) ? (int) q : title_end;
                g_array_append_val (c->cands, holder);
                i = end;
                continue;
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
