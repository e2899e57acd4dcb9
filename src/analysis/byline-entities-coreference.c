/* byline-entities-coreference.c: the candidates made into entities, one per
 * referent
 *
 * _byline_entities_build_entities() takes the candidates in two rounds: first
 * names with a lexicon entry and names of two words or more (a date named
 * by its fullest form, a country by the last word of its longer name, the
 * start of a longer name, a transliteration spelt a letter or two apart, an
 * acronym after its long form), then single words, joined to a known name
 * whose part they are, or kept as a new name only with some evidence. Each
 * mention sets a role and an affiliation from the title before the name or
 * an apposition after it ("Russian Foreign Minister Sergei Lavrov", "Pak
 * Thae Song, chairman of the SPA", "Ivanov, the Kremlin's spokesman"); two
 * family names without the given name ("Bastos Lima"), a particle's part of
 * a name ("bin Abdulrahman") and the article spelt another way ("el-Sisi")
 * join the name written in full; a counterpart takes the office of the
 * person before it in its sentence. _byline_entities_assign_gender() reads a
 * person's gender from a title or a role; byline_entity_may_be() tells
 * whether a pronoun may refer to an entity.
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

char *
_byline_entities_cand_text (const Ctx *c, const Cand *cand)
{
  if (cand->sub_end > 0)
    return g_strndup (c->text + cand->sub_start, cand->sub_end - cand->sub_start);
  return g_strndup (c->text + c->toks[cand->first].start,
                    byline_token_end (&c->toks[cand->end - 1]) - c->toks[cand->first].start);
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

/* "U.S. TREASURY", "WORLD BANK": words in capitals, as a headline writes a
 * name; not an acronym ("IMF") */
static gboolean
shouted_words (const char *s)
{
  return strchr (s, ' ') != NULL && is_shouted (s);
}

/* Whether @t names an entity better than @name does: the fullest form the
 * article uses ("Fars News", "World Health Organisation"), but a form written
 * in a headline's capitals ("U.S. TREASURY") only until the story writes the
 * name ("Treasury") */
static gboolean
fuller_name (const char *name, const char *t)
{
  glong old = g_utf8_strlen (name, -1), len = g_utf8_strlen (t, -1);

  return (shouted_words (name) && !is_shouted (t)) || (len > old && (shouted_words (name) || !shouted_words (t)))
         || (len == old && is_shouted (name) && !is_shouted (t));
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
      m.end = byline_token_end (&c->toks[cand->end - 1]);
    }
  m.first_token = cand->first;
  m.end_token = cand->end;
  g_array_append_val (e->mentions, m);
}

/* "bin", "ibn", "bint": the particle before a father's name, which is not the
 * person's own (@len bytes of @w) */
static gboolean
patronymic_particle (const char *w, gsize len)
{
  return (len == 3 && (strncmp (w, "bin", 3) == 0 || strncmp (w, "ibn", 3) == 0)) || (len == 4 && strncmp (w, "bint", 4) == 0);
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
      /* a father's name after "bin", "ibn", "bint" is not the person's: "King
       * Salman" is not "Mohammed bin Salman"; but "bin-Mubarak" joined to its
       * particle is a family name */
      if (k > 0 && patronymic_particle (parts[k - 1], strlen (parts[k - 1]))
          && strstr (e->name, "bin-") == NULL && strstr (e->name, "Bin-") == NULL && strstr (e->name, "ibn-") == NULL
          && strstr (e->name, "Ibn-") == NULL && strstr (e->name, "bint-") == NULL)
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
  return g_strndup (c->text + c->toks[first].start, byline_token_end (&c->toks[end - 1]) - c->toks[first].start);
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

/* The owner of an office in an apposition, at k before its role word: a name
 * or a noun with its possessive ("the Kremlin's", "Russia's", "the
 * ministry's"), or a known body's name ("the Foreign Ministry spokeswoman");
 * sets *end after it and *entry to its lexicon entry, if any */
static gboolean
owner_before_role (const Ctx *c, guint k, guint *end, const BylineLexEntry **entry)
{
  guint g, at;

  *entry = NULL;
  if (k >= c->n || c->toks[k].kind != BYLINE_TOKEN_WORD)
    return FALSE;
  g = _byline_entities_gazetteer_at (c, k, entry);
  at = k + MAX (g, 1);
  if (at < c->n && c->toks[at].kind == BYLINE_TOKEN_POSSESSIVE)
    at++;
  else if (g == 0 || has (c, BYLINE_WORD_ROLE, k))
    at = 0;
  /* "Russia's top diplomat": a word or two before the role word */
  for (guint m = at, more = 0; at > 0 && more < 2 && m + 1 < c->n && c->toks[m].kind == BYLINE_TOKEN_WORD
       && !(c->toks[m].flags & BYLINE_TOKEN_CAP) && !has (c, BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD, m); m++, more++)
    if (has (c, BYLINE_WORD_ROLE, m + 1) && !(c->toks[m + 1].flags & BYLINE_TOKEN_CAP))
      {
        *end = at;
        return TRUE;
      }
  if (at == 0 || !(at < c->n && c->toks[at].kind == BYLINE_TOKEN_WORD
                   && (has (c, BYLINE_WORD_ROLE, at) || _byline_entities_title_at (c, at) > 0)))
    {
      *entry = NULL;
      return FALSE;
    }
  *end = at;
  return TRUE;
}

/* Role and affiliation from the title before the name or an apposition after:
 * "Russian Foreign Minister Sergei Lavrov", "Pak Thae Song, chairman of the SPA" */
/* A word of a style of address: "Sheikh", "Sayyid", "Prince", "H.H." */
static gboolean
is_style_word (const Ctx *c, guint k)
{
  static const char *const styles[] = { "sheikh", "sheikha", "shaikh", "sayyid", "sayyida", "prince", "princess",
                                        "dr", "his", "her", "highness", "excellency", "royal", "mr", "mrs", "ms",
                                        "madam", "madame", "mme",
                                        /* Malaysia's and Brunei's: "Datuk Seri", "Tan Sri", "Tun" */
                                        "datuk", "dato", "datin", "seri", "sri", "tan", "tunku", "tengku",
                                        "pehin", NULL };
  const BylineToken *t = &c->toks[k];

  if (t->kind != BYLINE_TOKEN_WORD || byline_token_len (t) > 10)
    return FALSE;
  /* the cheap test first: the styles' first letters */
  switch (c->text[t->start])
    {
    case 'S': case 's': case 'P': case 'p': case 'H': case 'h': case 'D': case 'd': case 'E': case 'e':
    case 'R': case 'r': case 'M': case 'm': case 'T': case 't':
      break;
    default:
      return FALSE;
    }
  /* "H.H.", "H.E.": the initials of a style */
  if (t->flags & BYLINE_TOKEN_DOTTED)
    {
      g_autofree char *key = byline_token_key (c->text, t);

      return g_str_equal (key, "h.h.") || g_str_equal (key, "h.e.") || g_str_equal (key, "h.r.h.");
    }
  for (guint n = 0; styles[n]; n++)
    if (byline_token_is (c->text, t, styles[n]))
      return TRUE;
  return FALSE;
}

/* "H.H. Sheikh", "Sayyid", "Prince": a style of address before the name and
 * no office, which leaves the role and the affiliation to an apposition after
 * the name ("..., the UAE's national security adviser") */
static gboolean
honorific_only (const Ctx *c, const Cand *cand)
{
  guint words = 0;
  int k = cand->title_first;

  for (int j = cand->title_first; j < cand->title_end; j++)
    {
      if (c->toks[j].kind == BYLINE_TOKEN_PUNCT && is_char (c, (guint) j, '.'))
        continue;
      if (!is_style_word (c, (guint) j))
        return FALSE;
      words++;
    }
  /* "Saudi Foreign Minister Prince X": the office before the style is the role */
  while (k > 0 && is_cap (c, (guint) k - 1) && is_style_word (c, (guint) k - 1))
    k--;
  if (k > 0 && is_cap (c, (guint) k - 1))
    return FALSE;
  return words > 0;
}

/* "Saudi Foreign Minister Prince X": a style between an office and the name
 * leaves the office as the title, so that its country is the person's */
static void
office_before_style (const Ctx *c, Cand *cand)
{
  int k = cand->title_first;

  if (k <= 0)
    return;
  for (int j = k; j < cand->title_end; j++)
    if (!(c->toks[j].kind == BYLINE_TOKEN_PUNCT && is_char (c, (guint) j, '.')) && !is_style_word (c, (guint) j))
      return;
  while (k > 0 && is_cap (c, (guint) k - 1) && is_style_word (c, (guint) k - 1))
    k--;
  /* "her Nepali counterpart Dr X": the relation before the style is the title */
  if (k > 0 && is_relational (c, (guint) k - 1))
    {
      cand->title_first = k - 1;
      cand->title_end = k;
      return;
    }
  /* "Minister of Foreign Affairs of the Islamic Republic of Iran Dr. X": the
   * office, then the country it is of, then the style */
  int office_end = k;
  for (int o = k - 2; o >= 1 && o >= k - 9; o--)
    if (byline_token_is (c->text, &c->toks[o], "of"))
      {
        const BylineLexEntry *entry = NULL;
        int g = o + 1 + (byline_token_is (c->text, &c->toks[o + 1], "the") ? 1 : 0);

        /* (the outermost: "of the Islamic Republic of Iran", not "of Iran") */
        if ((int) _byline_entities_gazetteer_at (c, (guint) g, &entry) == k - g && entry->kind == BYLINE_LEX_COUNTRY)
          office_end = o;
      }
  for (int p = office_end - 1; p >= 0 && p >= office_end - 5
                     && (is_cap (c, (guint) p) || byline_token_is (c->text, &c->toks[p], "of")
                         || byline_token_is (c->text, &c->toks[p], "for"));
       p--)
    if ((int) _byline_entities_title_at (c, (guint) p) == office_end - p)
      {
        /* the title's own first words: "Foreign" of "Foreign Minister" */
        while (p > 0 && is_cap (c, (guint) p - 1) && (int) _byline_entities_title_at (c, (guint) p - 1) == k - p + 1)
          p--;
        /* "Prime Minister and Minister of Foreign Affairs Sheikh X": two titles
         * joined by "and", both the person's */
        if (p >= 3 && byline_token_is (c->text, &c->toks[p - 1], "and"))
          {
            int joined = p;

            /* (the whole title: "Prime Minister", not "Minister") */
            for (int q = p - 2; q >= 0 && q >= p - 4 && is_cap (c, (guint) q); q--)
              if ((int) _byline_entities_title_at (c, (guint) q) == p - 1 - q)
                joined = q;
            p = joined;
          }
        cand->title_first = p;
        cand->title_end = k;
        return;
      }
}

/* Are the capitalised words [s, end) a minister's portfolio ("Foreign
 * Affairs", "Regional Integration"), no body's or place's name: no word
 * of them heads a body or a place, and none is in the lexicon? */
static gboolean
portfolio_words (const Ctx *c, guint s, guint end)
{
  const BylineLexEntry *entry = NULL;

  if (end > s + 4)
    return FALSE;
  for (guint j = s; j < end; j++)
    if (c->toks[j].kind != BYLINE_TOKEN_WORD
        || has (c, BYLINE_WORD_ORG_HEAD | BYLINE_WORD_PLACE_HEAD | BYLINE_WORD_FACILITY, j)
        || (is_cap (c, j) && _byline_entities_gazetteer_at (c, j, &entry) > 0))
      return FALSE;
  return TRUE;
}

/* The country of "of (the) X" at @k, X a country's name or a state's long
 * name ("of the Islamic Republic of Iran"), or NULL */
static char *
country_of_phrase (const Ctx *c, guint k)
{
  const BylineLexEntry *entry = NULL;

  if (k + 1 >= c->n || !byline_token_is (c->text, &c->toks[k], "of"))
    return NULL;
  for (guint s = k + 1; s < c->n && s < k + 6; s++)
    {
      if (_byline_entities_gazetteer_at (c, s, &entry) > 0)
        return entry->kind == BYLINE_LEX_COUNTRY && entry->country_name && *entry->country_name
                   ? g_strdup (entry->country_name)
                   : NULL;
      if (!(byline_token_is (c->text, &c->toks[s], "the") || byline_token_is (c->text, &c->toks[s], "of")
            || (is_cap (c, s) && has (c, BYLINE_WORD_PLACE_HEAD, s))
            || byline_token_is (c->text, &c->toks[s], "Republic") || byline_token_is (c->text, &c->toks[s], "Islamic")
            || byline_token_is (c->text, &c->toks[s], "Kingdom") || byline_token_is (c->text, &c->toks[s], "State")))
        return NULL;
    }
  return NULL;
}

/* "D.Ganbold" after "Dashdorj Ganbold", "N. Akhmetov" after "Nurlan
 * Akhmetov": an initial and the family name of a person named in full */
static BylineEntity *
initial_and_family (Index *idx, const char *t)
{
  const char *family = t + 2;
  g_autofree char *family_key = NULL;
  BylineEntity *o;

  if (!g_ascii_isupper (t[0]) || t[1] != '.')
    return NULL;
  while (*family == ' ')
    family++;
  if (*family == '\0' || strchr (family, ' ') != NULL || strchr (family, '.') != NULL)
    return NULL;
  family_key = byline_fold_key (family, -1);
  o = g_hash_table_lookup (idx->by_part, family_key);
  if (o != NULL && o->type == BYLINE_ENTITY_PERSON && g_ascii_toupper (o->name[0]) == t[0]
      && g_str_has_suffix (o->name, family) && strlen (o->name) > strlen (family) + 2)
    return o;
  return NULL;
}

/* "Oman's Minister of Foreign Affairs," before the comma at @comma: a title
 * and its portfolio's capitalised words, its owner's possessive before */
static void
office_before_comma (const Ctx *c, BylineEntity *e, guint comma)
{
  const BylineLexEntry *entry = NULL;
  guint p = comma;

  while (p > 0 && comma - p < 7
         && (is_cap (c, p - 1) || byline_token_is (c->text, &c->toks[p - 1], "of")
             || byline_token_is (c->text, &c->toks[p - 1], "for") || byline_token_is (c->text, &c->toks[p - 1], "and")
             || (byline_token_is (c->text, &c->toks[p - 1], "the") && p >= 2
                 && (byline_token_is (c->text, &c->toks[p - 2], "of") || byline_token_is (c->text, &c->toks[p - 2], "for")))))
    p--;
  while (p < comma && _byline_entities_title_at (c, p) == 0)
    p++;
  if (p >= comma || !is_cap (c, p))
    return;
  e->role = span_text (c, (int) p, (int) comma);
  /* the country's name of one to three words before the possessive
   * ("received on Wednesday Oman's ...") */
  for (guint q = p - 1; e->affiliation == NULL && p >= 2 && c->toks[p - 1].kind == BYLINE_TOKEN_POSSESSIVE
                        && q > 0 && q + 4 > p && is_cap (c, q - 1);
       q--)
    if (_byline_entities_gazetteer_at (c, q - 1, &entry) == p - q && entry->kind == BYLINE_LEX_COUNTRY
        && entry->country_name && *entry->country_name)
      e->affiliation = g_strdup (entry->country_name);
}

static gboolean
set_role (const Ctx *c, BylineEntity *e, const Cand *cand, const Cand *prev)
{
  gboolean relational = FALSE;
  gboolean had_role = e->role != NULL;
  gboolean honorific = e->role == NULL && cand->title_first >= 0 && honorific_only (c, cand);

  if (e->role == NULL && cand->title_first >= 0 && !honorific)
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
      /* "former President X": an office held once is told as such */
      if (cand->title_first > 0 && end > cand->title_first
          && (byline_token_is (c->text, &c->toks[cand->title_first - 1], "former")
              || byline_token_is (c->text, &c->toks[cand->title_first - 1], "ex")))
        {
          char *role = g_strconcat ("former ", e->role, NULL);

          g_free (e->role);
          e->role = role;
        }
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
          const char *national = key ? byline_lex_table_lookup (&c->lex->title_countries, key) : NULL;

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
            e->affiliation = _byline_entities_cand_text (c, prev);
        }
    }
  /* the country after the name: "President X of Brazil", "Prime Minister Y of
   * India," */
  if (e->affiliation == NULL && cand->title_first >= 0 && cand->end + 1 < c->n
      && byline_token_is (c->text, &c->toks[cand->end], "of"))
    {
      const BylineLexEntry *entry = NULL;
      guint s = cand->end + 1 + (byline_token_is (c->text, &c->toks[cand->end + 1], "the") ? 1 : 0);
      guint gl = _byline_entities_gazetteer_at (c, s, &entry);

      if (gl > 0 && entry != NULL && entry->kind == BYLINE_LEX_COUNTRY
          && (s + gl >= c->n || c->toks[s + gl].kind != BYLINE_TOKEN_WORD || !is_cap (c, s + gl)))
        e->affiliation = g_strdup (entry->name);
    }
  /* the country the title itself names: "Minister of Foreign Affairs and
   * Emigration of the Arab Republic of Egypt X" */
  if (e->affiliation == NULL && e->role != NULL && cand->title_first >= 0 && cand->title_end > cand->title_first)
    {
      guint lo = 0, hi = c->cands->len;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (c->cands, Cand, mid).first < (guint32) cand->title_first)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (; lo < c->cands->len; lo++)
        {
          const Cand *pc = &g_array_index (c->cands, Cand, lo);

          if (pc->first >= cand->first)
            break;
          if (pc->type == BYLINE_ENTITY_PLACE && pc->lex != NULL && pc->lex->kind == BYLINE_LEX_COUNTRY
              && pc->first > 0 && byline_token_is (c->text, &c->toks[pc->first - 1 - (byline_token_is (c->text, &c->toks[pc->first - 1], "the") && pc->first > 1)], "of"))
            {
              e->affiliation = g_strdup (pc->lex->country_name ? pc->lex->country_name : pc->lex->name);
              break;
            }
        }
    }
  if (e->role == NULL && is_char (c, cand->end, ','))
    {
      guint k = cand->end + 1;
      guint rs, owner_end = 0;
      const BylineLexEntry *owner_entry = NULL;

      /* "Wang Yi, also a member of ..." */
      while (k < c->n && (byline_token_is (c->text, &c->toks[k], "the")
                          || byline_token_is (c->text, &c->toks[k], "a")
                          || byline_token_is (c->text, &c->toks[k], "an")
                          || byline_token_is (c->text, &c->toks[k], "also")))
        k++;
      /* the office's owner before it: "the Kremlin's spokesman", "Russia's foreign
       * minister", "the ministry's spokeswoman", "the Foreign Ministry spokeswoman" */
      if (owner_before_role (c, k, &owner_end, &owner_entry))
        k = owner_end;
      rs = k;
      /* "top diplomat", "chief negotiator": a word or two before the role word */
      if (k < c->n && c->toks[k].kind == BYLINE_TOKEN_WORD && !(c->toks[k].flags & BYLINE_TOKEN_CAP)
          && !has (c, BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD, k))
        {
          guint m = k + 1;

          if (m < c->n && c->toks[m].kind == BYLINE_TOKEN_WORD && !(c->toks[m].flags & BYLINE_TOKEN_CAP)
              && !has (c, BYLINE_WORD_ROLE | BYLINE_WORD_STOPWORD, m))
            m++;
          if (m < c->n && !(c->toks[m].flags & BYLINE_TOKEN_CAP) && has (c, BYLINE_WORD_ROLE, m))
            k = m;
        }
      while (k < c->n && (has (c, BYLINE_WORD_ROLE, k) || (c->toks[k].kind == BYLINE_TOKEN_WORD
                                                      && _byline_entities_title_at (c, k) > 0))
             && k - rs < 4)
        k++;
      if (k > rs)
        {
          e->role = span_text (c, (int) rs, (int) k);
          if (owner_entry != NULL && e->affiliation == NULL)
            e->affiliation = g_strdup (owner_entry->country_name && *owner_entry->country_name
                                       && (owner_entry->kind == BYLINE_LEX_COUNTRY
                                           || owner_entry->kind == BYLINE_LEX_DEMONYM)
                                       ? owner_entry->country_name : owner_entry->name);
          /* "Minister for Foreign Affairs and Regional Integration": a portfolio
           * after "for" too */
          if (k + 1 < c->n && byline_token_is (c->text, &c->toks[k], "for") && is_cap (c, k + 1))
            {
              guint end = k + 1;

              while (end < c->n && end < k + 8
                     && (is_cap (c, end) || (byline_token_is (c->text, &c->toks[end], "and") && is_cap (c, end + 1))))
                end++;
              if (portfolio_words (c, k + 1, MIN (end, k + 5)))
                {
                  g_free (e->role);
                  e->role = span_text (c, (int) rs, (int) end);
                  if (e->affiliation == NULL)
                    e->affiliation = country_of_phrase (c, end);
                }
            }
          else if (byline_token_is (c->text, &c->toks[MIN (k, c->n - 1)], "of"))
            {
              guint s = k + 1;
              const BylineLexEntry *entry = NULL;
              guint end;

              if (s < c->n && byline_token_is (c->text, &c->toks[s], "the"))
                s++;
              guint gl = _byline_entities_gazetteer_at (c, s, &entry);

              /* "head of the Russian Direct Investment Fund": the longer name */
              end = _byline_entities_chunk_at (c, s);
              /* "X, Minister of Foreign Affairs of the Islamic Republic of Iran,":
               * a portfolio, no body, is the role's; the country after it the
               * person's */
              if (gl == 0 && end > s && s == k + 1 && portfolio_words (c, s, end))
                {
                  g_free (e->role);
                  e->role = span_text (c, (int) rs, (int) end);
                  if (e->affiliation == NULL)
                    e->affiliation = country_of_phrase (c, end);
                }
              else if (e->affiliation == NULL && gl > 0 && end <= s + gl)
                e->affiliation = g_strdup (entry->name);
              else if (e->affiliation == NULL && end > s)
                e->affiliation = span_text (c, (int) s, (int) end);
            }
        }
    }
  /* "Oman's Minister of Foreign Affairs, Sayyid X,": the office before the
   * comma, with its country's possessive */
  /* ...and "President of the Republic, General X,": the office, not the rank */
  if (cand->title_first >= 3 && is_char (c, (guint) cand->title_first - 1, ',')
      && (honorific ? e->role == NULL
                    : (!had_role && e->role != NULL && cand->title_end == cand->title_first + 1 && !relational)))
    {
      char *rank = e->role;

      e->role = NULL;
      office_before_comma (c, e, (guint) cand->title_first - 1);
      if (e->role == NULL)
        e->role = rank;
      else
        g_free (rank);
    }
  /* "Sheikh Ali bin Nasser said": the style is all there is */
  if (e->role == NULL && honorific)
    e->role = span_text (c, cand->title_first, cand->title_end);
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
  country = byline_lex_table_lookup (&c->lex->title_countries, key);
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
append_int (GString *s, int v)
{
  char buf[12];
  int i = sizeof buf;
  unsigned u = v < 0 ? 0u - (unsigned) v : (unsigned) v;

  do
    buf[--i] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    buf[--i] = '-';
  g_string_append_len (s, buf + i, (gssize) sizeof buf - i);
}

/* "resolution|y-m-d|y-m-d", written by hand: g_snprintf () was a sixth of
 * the dates' cost */
static void
date_key (GString *key, const BylineDateMatch *m)
{
  const int parts[] = { m->from.year, m->from.month, m->from.day, m->to.year, m->to.month, m->to.day };

  g_string_truncate (key, 0);
  append_int (key, m->resolution);
  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    {
      g_string_append_c (key, k % 3 == 0 ? '|' : '-');
      append_int (key, parts[k]);
    }
}

/* Does the clause before a date speak of what is to come? "will meet on
 * Monday" is next Monday; "met on Monday", the last one. */
static gboolean
date_is_future (const Ctx *c, guint first)
{
  guint stop = first > 14 ? first - 14 : 0;

  for (guint k = first; k > stop; k--)
    {
      const BylineToken *t = &c->toks[k - 1];

      if (t->kind == BYLINE_TOKEN_WORD)
        {
          if (byline_token_cls (t) & BYLINE_WORD_FUTURE)
            return TRUE;
          /* "is to host X on Friday", "are to meet" */
          if (byline_token_is (c->text, t, "to") && k >= 2
              && (byline_token_is (c->text, &c->toks[k - 2], "is") || byline_token_is (c->text, &c->toks[k - 2], "are")))
            return TRUE;
          /* "said he would meet X on Friday": to come after the saying; not "would
           * have met" */
          if (byline_token_is (c->text, t, "would") && !byline_token_is (c->text, &c->toks[k], "have"))
            return TRUE;
          if (byline_token_cls (t) & BYLINE_WORD_PAST)
            return FALSE;
          /* a verb in the past: "arrived", "announced" */
          if (byline_token_len (t) > 4 && c->text[byline_token_end (t) - 2] == 'e' && c->text[byline_token_end (t) - 1] == 'd'
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
void
_byline_entities_assign_gender (Ctx *c, BylineEntity *e)
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
      /* (not a father's name: "Salman" of "Mohammed bin Salman") */
      {
        const char *name = folded_name (idx, e), *w = key;

        while (w > name && w[-1] != ' ')
          w--;
        if (w > name && patronymic_particle (w, key - w))
          continue;
      }
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

/* ", a farmer", ", an engineer": a person introduced by the apposition after @k */
static gboolean
introduced_after (const Ctx *c, guint k)
{
  return k + 1 < c->n && is_char (c, k, ',')
         && (byline_token_is (c->text, &c->toks[k + 1], "a") || byline_token_is (c->text, &c->toks[k + 1], "an")
             || byline_token_is (c->text, &c->toks[k + 1], "another"));
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
      gboolean crossed = FALSE;
      g_autofree char *office = NULL;

      /* (the office word its sentence describes someone by: "the Spanish minister") */
      for (guint t = cp->first; t > 0 && office == NULL; t--)
        {
          if (c->toks[t - 1].kind == BYLINE_TOKEN_WORD && !(c->toks[t - 1].flags & BYLINE_TOKEN_CAP)
              && (byline_token_cls (&c->toks[t - 1]) & BYLINE_WORD_ROLE)
              && !byline_token_is (c->text, &c->toks[t - 1], "counterpart"))
            office = g_ascii_strdown (c->text + c->toks[t - 1].start, byline_token_len (&c->toks[t - 1]));
          if (c->toks[t - 1].flags & BYLINE_TOKEN_SENT_START)
            break;
        }
      /* (the one before it in its sentence; or, when the sentence names no one
       * before it, "the Spanish minister held talks with his Chilean counterpart,
       * X", the last one named of another land whose office the description
       * fits, a few sentences before) */
      for (guint back = 0; i > 0 && back < 24; back++)
        {
          const BylineMentionRef *r = &g_array_index (refs, BylineMentionRef, --i);

          for (guint t = r->end_token; t <= cp->first && t < c->n && !crossed; t++)
            crossed = (c->toks[t].flags & BYLINE_TOKEN_SENT_START) != 0;
          if (r->entity->type != BYLINE_ENTITY_PERSON || r->entity == cp->entity)
            continue;
          if (crossed)
            {
              g_autofree char *role = r->entity->role != NULL ? g_ascii_strdown (r->entity->role, -1) : NULL;

              if (role == NULL || office == NULL || !_byline_scan_role_has_word (role, office) || r->entity->affiliation == NULL
                  || cp->entity->affiliation == NULL || g_str_equal (r->entity->affiliation, cp->entity->affiliation))
                continue;
            }
          if (r->entity->role != NULL)
            cp->entity->role = g_strdup (r->entity->role);
          break;
        }
    }
}

/* Does the candidate start with a name particle: "bin Tarik", "Von der Leyen"? */
/* "el-Sisi" after "Abdel Fattah al-Sisi": a name joined to its article, spelt
 * with another vowel ("al-", "el-", "ul-"), is the person's whose name ends so
 * (@f is folded: "el sisi") */
static BylineEntity *
particle_variant (Index *idx, const char *f)
{
  static const char *const articles[] = { "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", NULL };
  const char *space = strchr (f, ' ');
  BylineEntity *e;
  const char *of;
  gsize rl, ol;

  /* the cheap test first: a short first word and one more */
  if (space == NULL || space - f > 3 || space - f < 2 || space[1] == '\0' || strchr (space + 1, ' ') != NULL)
    return NULL;
  {
    char first[4] = { 0 };

    memcpy (first, f, space - f);
    if (!g_strv_contains (articles, first))
      return NULL;
  }
  e = g_hash_table_lookup (idx->by_part, space + 1);
  if (e == NULL || e->type != BYLINE_ENTITY_PERSON)
    return NULL;
  /* its name ends with the same word after an article */
  of = folded_name (idx, e);
  rl = strlen (space + 1);
  ol = strlen (of);
  if (ol < rl + 4 || of[ol - rl - 1] != ' ' || strcmp (of + ol - rl, space + 1) != 0)
    return NULL;
  for (guint k = 0; articles[k] != NULL; k++)
    {
      gsize al = strlen (articles[k]);

      if (ol >= rl + al + 1 && strncmp (of + ol - rl - 1 - al, articles[k], al) == 0
          && (ol == rl + al + 1 || of[ol - rl - 2 - al] == ' '))
        return e;
    }
  return NULL;
}

static gboolean
is_name_particle_start (const Ctx *c, const Cand *cand)
{
  return cand->sub_end == 0 && cand->end - cand->first >= 2 && has (c, BYLINE_WORD_PARTICLE, cand->first);
}

/* "Asian Parliamentary Assembly (APA)", "Kennedy Space Center (KSC)": the
 * acronym in brackets after a name, known to the lexicon or not, is that
 * name, whatever its type */
static void
acronym_in_brackets (const Ctx *c, Index *idx, const Cand *cand, BylineEntity *e)
{
  g_autofree char *acr = NULL;

  if ((cand->type != BYLINE_ENTITY_ORG && cand->type != BYLINE_ENTITY_PLACE) || cand->sub_end > 0
      || !is_char (c, cand->end, '(') || cand->end + 2 >= c->n
      || !(c->toks[cand->end + 1].flags & BYLINE_TOKEN_ALLCAPS) || !is_char (c, cand->end + 2, ')'))
    return;
  /* its letters are the initials of the name's words, in order: not "Beijing (AP)" */
  {
    const char *a = c->text + c->toks[cand->end + 1].start;
    const char *a_end = c->text + byline_token_end (&c->toks[cand->end + 1]);
    const char *p = c->text + c->toks[cand->first].start;
    const char *p_end = c->text + byline_token_end (&c->toks[cand->end - 1]);
    gboolean at_start = TRUE;

    while (a < a_end && !g_ascii_isalpha (*a))
      a++;
    if (a == a_end || g_ascii_toupper (*a) != g_ascii_toupper (*p))
      return;
    for (; p < p_end && a < a_end; p++)
      {
        if (at_start && g_ascii_toupper (*p) == *a)
          {
            a++;
            while (a < a_end && !g_ascii_isalpha (*a))
              a++;
          }
        at_start = *p == ' ' || *p == '-';
      }
    if (a < a_end)
      return;
  }
  acr = byline_token_key (c->text, &c->toks[cand->end + 1]);
  g_hash_table_insert (idx->by_key, byline_fold_key (acr, -1), e);
}

static inline gboolean
word_at (const Ctx *c, guint i, const char *w)
{
  return _byline_scan_is_word (c->text, c->toks, c->n, i, w);
}

/* The person named in @out with a mention that ends at token @end */
static BylineEntity *
person_ending_at (GPtrArray *out, guint end)
{
  for (guint o = 0; o < out->len; o++)
    {
      BylineEntity *e = out->pdata[o];

      if (e->type != BYLINE_ENTITY_PERSON)
        continue;
      for (guint m = 0; m < e->mentions->len; m++)
        if (g_array_index (e->mentions, BylineMention, m).end_token == end)
          return e;
    }
  return NULL;
}

/* "Jokowi, as the president is popularly known,": the one named before whose
 * title holds the word of the description; "Joko Widodo, popularly known as
 * Jokowi,": the one named before the comma. The single word @cand is that
 * person's other name, or NULL */
static BylineEntity *
name_known_as (const Ctx *c, GPtrArray *out, const Cand *cand)
{
  guint k = cand->end, j;

  if (cand->sub_end > 0 || cand->first + 1 != cand->end)
    return NULL;
  /* "X, popularly known as Jokowi" */
  j = cand->first;
  if (j >= 4 && word_at (c, j - 1, "as") && word_at (c, j - 2, "known"))
    {
      guint comma = j - 3;

      if (comma > 0 && c->toks[comma].kind == BYLINE_TOKEN_WORD
          && (_byline_scan_ends_with (c->text, c->toks, comma, "ly") || word_at (c, comma, "better")))
        comma--;
      if (is_char (c, comma, ','))
        return person_ending_at (out, comma);
      return NULL;
    }
  /* "Jokowi, as the president is popularly known," */
  if (!is_char (c, k, ',') || !word_at (c, k + 1, "as")
      || !(word_at (c, k + 2, "the") || word_at (c, k + 2, "his") || word_at (c, k + 2, "her")))
    return NULL;
  for (j = k + 3; j < c->n && j < k + 7; j++)
    if (word_at (c, j, "is") || word_at (c, j, "was"))
      break;
  if (j == k + 3 || j >= c->n || j >= k + 7)
    return NULL;
  {
    guint v = j + 1;
    BylineEntity *best = NULL;
    guint best_at = 0;
    g_autofree char *desc = NULL;

    while (v < c->n && v < j + 3 && c->toks[v].kind == BYLINE_TOKEN_WORD && !word_at (c, v, "known")
           && (_byline_scan_ends_with (c->text, c->toks, v, "ly") || word_at (c, v, "better")))
      v++;
    if (!word_at (c, v, "known") || !(is_char (c, v + 1, ',') || is_char (c, v + 1, ')')))
      return NULL;
    desc = g_ascii_strdown (c->text + c->toks[j - 1].start, byline_token_len (&c->toks[j - 1]));
    for (guint o = 0; o < out->len; o++)
      {
        BylineEntity *e = out->pdata[o];
        g_autofree char *role = NULL;

        if (e->type != BYLINE_ENTITY_PERSON || e->role == NULL)
          continue;
        role = g_ascii_strdown (e->role, -1);
        if (!_byline_scan_role_has_word (role, desc) || e->mentions->len == 0
            || g_array_index (e->mentions, BylineMention, 0).first_token > cand->first)
          continue;
        /* the one told of first, and one whose name shares the other's first
         * letter before any ("Jokowi" for Joko Widodo, not Vladimir Putin) */
        {
          guint at = g_array_index (e->mentions, BylineMention, 0).first_token;
          gboolean shares = FALSE;
          char initial = g_ascii_toupper (c->text[c->toks[cand->first].start]);

          for (const char *w = e->name; !shares; w++)
            {
              shares = g_ascii_toupper (*w) == initial;
              if ((w = strchr (w, ' ')) == NULL)
                break;
            }
          at += shares ? 0 : c->n;
          if (best == NULL || at < best_at)
            {
              best = e;
              best_at = at;
            }
        }
      }
    return best;
  }
}

void
_byline_entities_build_entities (Ctx *c, GPtrArray *out)
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
  GHashTable *org_firsts = NULL;  /* folded first word of a body's name -> the body, or NULL if two */
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
              g_autofree char *t = _byline_entities_cand_text (c, cand);
              g_autofree char *f = byline_fold_key (t, -1);
              g_string_printf (key, "text|%s", f);
            }
          e = g_hash_table_lookup (by_text, key->str);
          if (e == NULL)
            {
              g_autofree char *t = _byline_entities_cand_text (c, cand);
              e = entity_new (BYLINE_ENTITY_DATE, t);
              e->date = *dm;
              g_hash_table_insert (by_text, g_strdup (key->str), e);
              g_ptr_array_add (out, e);
            }
          else
            {
              /* name the day by its fullest written form: "March 3, 2026", not "Tuesday" */
              g_autofree char *t = _byline_entities_cand_text (c, cand);
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
          g_autofree char *t = _byline_entities_cand_text (c, cand);
          const char *country = government_country (c, k);

          /* "Ricardo Lagos ... Lagos said": a town's name that is the surname of
           * a person named before, outside a phrase of place */
          if ((cand->type == BYLINE_ENTITY_PLACE || cand->type == BYLINE_ENTITY_NORP)
              && cand->end == cand->first + 1 && cand->sub_end == 0
              && cand->lex->kind != BYLINE_LEX_COUNTRY && !after_place_word (c, cand->first)
              && !(cand->type == BYLINE_ENTITY_NORP && (after_indefinite (c, cand->first)
                                                       || (cand->first > 0
                                                           && byline_token_is (c->text, &c->toks[cand->first - 1], "the")))))
            {
              g_autofree char *f = byline_fold_key (t, -1);
              BylineEntity *person = g_hash_table_lookup (idx.by_part, f);
              g_autofree char *pf = person ? byline_fold_key (person->name, -1) : NULL;
              gsize fl = strlen (f), pl = pf ? strlen (pf) : 0;

              /* "Gao Yan ... Gao said": a family name written first, when
               * the word is no given name */
              if (person != NULL && person->type == BYLINE_ENTITY_PERSON && pl > fl + 1
                  && ((pf[pl - fl - 1] == ' ' && strcmp (pf + pl - fl, f) == 0)
                      || (pf[fl] == ' ' && strncmp (pf, f, fl) == 0
                          && !has (c, BYLINE_WORD_FIRST_NAME, cand->first))))
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
          if (e->mentions->len == 0 || fuller_name (e->name, t))
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
          acronym_in_brackets (c, &idx, cand, e);
          continue;
        }
      {
        g_autofree char *t = _byline_entities_cand_text (c, cand);
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
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON)
          e = particle_variant (&idx, f);
        /* "Ahmad Samsuri" after "Ahmad Samsuri Mokhtar": the start of a longer name */
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON && strchr (f, ' ') != NULL)
          {
            /* "bin Tarik" after "Haitham bin Tarik": the name without its given name;
             * and so "Bastos Lima" after "Helena Bastos Lima", two family names with
             * no given name among them */
            gboolean particle = is_name_particle_start (c, cand);
            /* "Hafez Abdel-Aziz" after "Sameh Hafez Abdel-Aziz": a father's
             * given name and a compound family name that end a longer name (but
             * "Ali Shah" after "Nawaz Ali Shah" may be another man) */
            gboolean tail = particle || !has (c, BYLINE_WORD_FIRST_NAME, cand->first)
                            || (c->toks[cand->end - 1].flags & BYLINE_TOKEN_HYPHEN);
            /* "Suu Kyi" after "Aung San Suu Kyi", "Lula da Silva" after "Luiz
             * Inacio Lula da Silva": a given name too may start the last words of
             * one person's longer name, when they end no other's and no
             * apposition introduces someone new ("Ali Shah, a farmer, said") */
            gboolean loose_tail = !tail && !introduced_after (c, cand->end);
            BylineEntity *loose = NULL;
            gboolean loose_twice = FALSE;
            gsize fl = strlen (f);
            /* "bin Abdulrahman" of "Mohammed bin Abdulrahman Al-Thani": inside it too */
            g_autofree char *inner = particle ? g_strconcat (" ", f, " ", NULL) : NULL;

            for (guint o = 0; o < out->len && o < 400; o++)
              {
                BylineEntity *other = out->pdata[o];
                const char *of;
                gsize ol;
                gboolean ends;

                if (other->type != BYLINE_ENTITY_PERSON)
                  continue;
                of = folded_name (&idx, other);
                ol = strlen (of);
                ends = ol > fl && of[ol - fl - 1] == ' ' && memcmp (of + ol - fl, f, fl) == 0;
                if (ol > fl
                    && ((of[fl] == ' ' && memcmp (of, f, fl) == 0) || (tail && ends)
                        || (inner != NULL && strstr (of, inner) != NULL)))
                  {
                    e = other;
                    break;
                  }
                if (loose_tail && ends)
                  {
                    loose_twice |= loose != NULL && loose != other;
                    loose = other;
                  }
              }
            if (e == NULL && !loose_twice)
              e = loose;
          }
        if (e == NULL && (cand->type == BYLINE_ENTITY_PERSON || cand->type == BYLINE_ENTITY_OTHER))
          e = initial_and_family (&idx, t);
        /* "Sergei Lavrov" after "Lavrov": a longer name of a person seen before */
        if (e == NULL && cand->type == BYLINE_ENTITY_PERSON)
          {
            g_auto (GStrv) parts = g_strsplit (f, " ", -1);
            guint np = g_strv_length (parts);
            /* (but "Mohammed bin Salman" after "King Salman": a father's name
             * after "bin" is another person's) */
            if (np >= 2 && !(np >= 3 && patronymic_particle (parts[np - 2], strlen (parts[np - 2]))))
              {
                BylineEntity *o = g_hash_table_lookup (idx.by_key, parts[np - 1]);
                if (o && o->type == BYLINE_ENTITY_PERSON)
                  e = o;
              }
            /* "Fayez Sabbagh al-Hamwi" after "Sabbagh al-Hamwi", "Faisal bin
             * Khalid Al Saud" after "Faisal bin Khalid": a longer name that
             * ends or starts with the whole name of a person seen before */
            for (guint len = np - 1; e == NULL && np >= 3 && len >= 2; len--)
              {
                g_autofree char *tail_key = g_strjoinv (" ", parts + (np - len));
                guint from = cand->end - len;
                /* as above: not "Nawaz Ali Shah" after "Ali Shah" */
                BylineEntity *o = (strrchr (t, ' ') != NULL && strchr (strrchr (t, ' '), '-') != NULL)
                                          || (cand->end - cand->first == np && !has (c, BYLINE_WORD_FIRST_NAME, from))
                                      ? g_hash_table_lookup (idx.by_key, tail_key)
                                      : NULL;

                /* "Faisal bin Khalid": three words or a particle's name; "Bruno
                 * Rodriguez Parrilla" after "Bruno Rodriguez": a given name and
                 * the first of two surnames */
                if (o == NULL && (len >= 3 || strstr (f, " bin ") != NULL || strstr (f, " ibn ") != NULL
                                  || (len == 2 && np == 3 && has (c, BYLINE_WORD_FIRST_NAME, cand->first))))
                  {
                    char *saved = parts[len];
                    g_autofree char *head_key = NULL;

                    parts[len] = NULL;
                    head_key = g_strjoinv (" ", parts);
                    parts[len] = saved;
                    o = g_hash_table_lookup (idx.by_key, head_key);
                  }
                if (o != NULL && o->type == BYLINE_ENTITY_PERSON)
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
        else if (e->type == cand->type && fuller_name (e->name, t))
          {
            g_free (e->name);
            e->name = g_strdup (t);
            index_parts (&idx, e);
          }
        if (e->type == BYLINE_ENTITY_PERSON)
          {
            /* the candidate that ends where the title starts: "Iranian Ambassador to Russia X" */
            const Cand *prev = NULL;
            Cand office = *cand;

            office_before_style (c, &office);
            for (guint b = k; b > 0 && b + 4 > k; b--)
              {
                const Cand *pc = &g_array_index (c->cands, Cand, b - 1);
                guint at = (guint) MAX (office.title_first, 0);

                if (at > 0 && c->toks[at - 1].kind == BYLINE_TOKEN_POSSESSIVE)
                  at--;
                if (pc->end <= at)
                  {
                    prev = pc;
                    break;
                  }
              }
            if (set_role (c, e, &office, prev))
              {
                Counterpart link = { cand->first, e };
                g_array_append_val (counterparts, link);
              }
          }
        add_mention (c, e, cand);
        acronym_in_brackets (c, &idx, cand, e);
      }
    }

  /* the dates are read (each date entity keeps its own copy): they go
   * before the single words' mentions are added, the finder's peak */
  g_clear_pointer (&c->dates, g_array_unref);

  /* "Harwick declined to comment" after "Harwick Mills": a body's own first
   * word, no word of the language, stands for the body */
  for (guint o = 0; o < out->len; o++)
    {
      BylineEntity *org = out->pdata[o];
      const char *of, *space;

      if (org->type != BYLINE_ENTITY_ORG || org->lex != NULL)
        continue;
      of = folded_name (&idx, org);
      space = strchr (of, ' ');
      if (space == NULL || space == of)
        continue;
      if (org_firsts == NULL)
        org_firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      {
        g_autofree char *first = g_strndup (of, space - of);
        gpointer old;

        if (g_hash_table_lookup_extended (org_firsts, first, NULL, &old))
          {
            if (old != org)
              g_hash_table_insert (org_firsts, g_steal_pointer (&first), NULL);
          }
        else
          g_hash_table_insert (org_firsts, g_steal_pointer (&first), org);
      }
    }

  /* "Jokowi, as the president is popularly known": another name of one named
   * in full, wherever it stands (in the headline before the full name too) */
  for (guint k = 0; k < c->cands->len; k++)
    {
      const Cand *cand = &g_array_index (c->cands, Cand, k);
      BylineEntity *e;

      if (cand->kind != CAND_TYPED && (e = name_known_as (c, out, cand)) != NULL)
        {
          g_autofree char *t = _byline_entities_cand_text (c, cand);

          g_hash_table_insert (idx.by_key, byline_fold_key (t, -1), e);
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
      t = _byline_entities_cand_text (c, cand);
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
      if (e == NULL)
        e = initial_and_family (&idx, t);
      if (e == NULL)
        e = particle_variant (&idx, f);
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
              const char *end = c->text + byline_token_end (&c->toks[cand->first]);
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
      if (e == NULL && org_firsts != NULL && cand->first + 1 == cand->end && cand->kind == CAND_UNKNOWN
          && !(c->toks[cand->first].flags & BYLINE_TOKEN_ALLCAPS) && !cand->acronym
          && !is_common (c, cand->first) && !has (c, BYLINE_WORD_FIRST_NAME | BYLINE_WORD_AMBIGUOUS_NAME, cand->first))
        e = g_hash_table_lookup (org_firsts, f);
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
      if (e->type == BYLINE_ENTITY_PERSON && e->role == NULL
          && (cand->title_first >= 0))
        {
          /* "Prime Minister Sheikh Hasina": the office before the style */
          Cand office = *cand;

          office_before_style (c, &office);
          set_role (c, e, &office, NULL);
        }
      add_mention (c, e, cand);
    }

  /* every candidate is read: the largest thing the finder holds goes before
   * the counterparts' mention index is made */
  g_clear_pointer (&c->cands, g_array_unref);
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

  g_clear_pointer (&org_firsts, g_hash_table_unref);
  g_hash_table_unref (idx.by_key);
  g_hash_table_unref (idx.by_part);
  g_hash_table_unref (idx.by_lex);
  g_hash_table_unref (idx.tails);
  g_hash_table_unref (idx.folded);
}
