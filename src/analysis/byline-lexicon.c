/* byline-lexicon.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-lexicon"

#include "config.h"

#include <glib.h>
#include <string.h>

#include "byline-lexicon.h"
#include "byline-lexicon-blob.h"

/* The blob, linked into the program by byline-lexicon-blob.S (written by
 * byline-lexicon-compile next to the blob) */
extern const guint8 byline_lexicon_blob[];
extern const guint8 byline_lexicon_blob_end[];
#define MAX_PHRASE_TOKENS 12
#define PHRASE_SINGLE 0x10000  /* in the first-word table: the word is a phrase by itself */

/* A phrase table of the blob: the phrases, their first words, their first two */
struct _BylinePhrases
{
  const guint8          *blob;
  guint32                table;   /* key -> value */
  guint32                first;   /* first token key -> max number of tokens | PHRASE_SINGLE */
  guint32                second;  /* key of the first two tokens -> max number of tokens */
  const BylineLexicon   *lex;     /* when set, a value is the index of an entry */
};

const char *
byline_entity_type_to_string (BylineEntityType type)
{
  static const char *names[] = {
    "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY", "OTHER",
  };

  g_return_val_if_fail (type < BYLINE_N_ENTITY_TYPES, "OTHER");
  return names[type];
}

/* Phrases */

static inline const char *
blob_string (const guint8 *blob,
             guint32       off)
{
  return off ? (const char *) blob + off : NULL;
}

G_LOCK_DEFINE_STATIC (entries);

/**
 * byline_lexicon_entry:
 * @i: an index below n_entries
 *
 * Returns: (transfer none): the entry, set up from the blob the first time
 * it is asked for: an article meets a few dozen of the nine thousand, so the
 * others cost neither time nor memory at start
 */
const BylineLexEntry *
byline_lexicon_entry (const BylineLexicon *self,
                      guint                i)
{
  BylineLexEntry *e;

  g_return_val_if_fail (i < self->n_entries, NULL);
  e = &self->entry_data[i];
  if (!g_atomic_int_get (&self->entry_ready[i]))
    {
      G_LOCK (entries);
      if (!g_atomic_int_get (&self->entry_ready[i]))
        {
          const BylineBlobHeader *h = (const BylineBlobHeader *) self->blob;
          const BylineBlobEntry *be = (const BylineBlobEntry *) (self->blob + h->entries) + i;

          e->name = (char *) blob_string (self->blob, be->name);
          e->subkind = (char *) blob_string (self->blob, be->subkind);
          e->country = (char *) blob_string (self->blob, be->country);
          e->country_name = (char *) blob_string (self->blob, be->country_name);
          e->ownership = (char *) blob_string (self->blob, be->ownership);
          e->reason = (char *) blob_string (self->blob, be->reason);
          e->type = be->type;
          e->kind = be->kind;
          e->state_media = be->state_media;
          e->ambiguous = be->ambiguous;
          g_atomic_int_set (&self->entry_ready[i], 1);
        }
      G_UNLOCK (entries);
    }
  return e;
}

static BylinePhrases *
phrases_new (const guint8         *blob,
             BylineBlobTable       table,
             const BylineLexicon  *lex)
{
  const BylineBlobHeader *h = (const BylineBlobHeader *) blob;
  BylinePhrases *self = g_new0 (BylinePhrases, 1);

  self->blob = blob;
  self->table = h->tables[table];
  self->first = h->tables[table + 1];
  self->second = h->tables[table + 2];
  self->lex = lex;
  return self;
}

/* Appends the key of @tok (byline_token_key_buf ()'s) to @buf at *len,
 * going on with the hash *h; FALSE, @buf unchanged, when the key and its NUL
 * would pass @size bytes */
static inline gboolean
append_key (const char        *text,
            const BylineToken *tok,
            char              *buf,
            gsize              size,
            gsize             *len,
            guint32           *h)
{
  gsize n = byline_token_len (tok);

  if (!(tok->flags & BYLINE_TOKEN_NONASCII))
    {
      char *out = buf + *len;
      guint32 hh = *h;

      if (*len + n + 1 > size)
        return FALSE;
      for (gsize k = 0; k < n; k++)
        {
          char ch = text[tok->start + k];

          ch = (ch >= 'A' && ch <= 'Z') ? (char) (ch + 32) : ch == '`' ? '\'' : ch;
          out[k] = ch;
          hh = (hh ^ (guchar) ch) * 16777619u;
        }
      *len += n;
      buf[*len] = '\0';
      *h = hh;
      return TRUE;
    }
  {
    g_autofree char *key = byline_token_key (text, tok);
    gsize klen = strlen (key);

    if (*len + klen + 1 > size)
      return FALSE;
    memcpy (buf + *len, key, klen + 1);
    *len += klen;
    *h = byline_blob_hash_more (*h, key, klen);
    return TRUE;
  }
}

/**
 * byline_phrases_match:
 * @i: the token to start at
 * @value: (out) (optional): the value of the longest phrase
 *
 * Returns: the number of tokens of the longest phrase starting at @i, or 0.
 * A phrase never crosses a line break.
 */
guint
byline_phrases_match (const BylinePhrases *self,
                      const char          *text,
                      const BylineToken   *tokens,
                      guint                n_tokens,
                      guint                i,
                      gpointer            *value)
{
  char buf[512];
  gsize lens[MAX_PHRASE_TOKENS + 1];
  guint32 hashes[MAX_PHRASE_TOKENS + 1];
  guint32 first_max;
  gboolean single;
  guint max;
  guint n;
  gsize len = 0;
  guint32 h = BYLINE_BLOB_HASH_INIT;

  if (i >= n_tokens)
    return 0;
  /* the first word's key must be shorter than 128 bytes */
  if (!append_key (text, &tokens[i], buf, 128, &len, &h)
      || !byline_blob_lookup_hashed (self->blob, self->first, buf, len, h, &first_max))
    return 0;
  max = first_max & ~PHRASE_SINGLE;
  single = (first_max & PHRASE_SINGLE) != 0;
  lens[1] = len;
  hashes[1] = h;
  n = 1;
  for (guint j = i + 1; j < n_tokens && n < max; j++)
    {
      const BylineToken *tok = &tokens[j];

      if (tok->flags & BYLINE_TOKEN_NEWLINE)
        break;
      /* a space and the key, with room for both and the NUL */
      if (tok->flags & BYLINE_TOKEN_SPACE)
        {
          if (len + 2 >= sizeof buf)
            break;
          buf[len++] = ' ';
          h = (h ^ (guchar) ' ') * 16777619u;
          if (!append_key (text, tok, buf, sizeof buf - 1, &len, &h))
            break;
        }
      else if (!append_key (text, tok, buf, sizeof buf - 2, &len, &h))
        break;
      lens[++n] = len;
      hashes[n] = h;
      /* no phrase goes on with these two words: only the first can match */
      if (n == 2)
        {
          guint32 two_max;

          if (!byline_blob_lookup_hashed (self->blob, self->second, buf, len, h, &two_max))
            {
              n = 1;
              break;
            }
          max = two_max;
        }
    }
  for (; n > 0; n--)
    {
      guint32 v;

      if (n == 1 && !single)
        break;
      if (byline_blob_lookup_hashed (self->blob, self->table, buf, lens[n], hashes[n], &v))
        {
          if (value)
            *value = self->lex ? (gpointer) byline_lexicon_entry (self->lex, v) : GUINT_TO_POINTER (v);
          return n;
        }
    }
  return 0;
}

/* Word sets */

/**
 * byline_lex_table_lookup:
 * @key: a NUL-terminated key, as the table keeps them (byline_token_key ())
 *
 * Returns: the value: a string of the blob, or a number as a pointer; NULL
 *   when @key is not there
 */
gpointer
byline_lex_table_lookup (const BylineLexTable *table,
                         const char           *key)
{
  gsize len = strlen (key);
  guint32 value;

  if (!byline_blob_lookup_hashed (table->blob, table->offset, key, len,
                                  byline_blob_hash (key, len), &value) || value == 0)
    return NULL;
  return table->strings ? (gpointer) (table->blob + value) : GUINT_TO_POINTER (value);
}

gpointer
byline_lexicon_lookup_token (const BylineLexTable *table,
                             const char           *text,
                             const BylineToken    *tok)
{
  char buf[128];
  g_autofree char *heap = NULL;

  return byline_lex_table_lookup (table, byline_token_key_buf (text, tok, buf, sizeof buf, &heap));
}

/**
 * byline_tokens_classify:
 *
 * Looks every word of @tokens up once in the word lists and keeps what they
 * say in the token, so that the analysers test bits, not hash tables.
 */
#define CLASS_CACHE_SIZE 4096

static guint32
token_class (const BylineLexicon *lex,
             const char          *text,
             const BylineToken   *tok,
             gboolean            *name_start)
{
  char buf[128];
  gsize len = 0;
  guint32 h = BYLINE_BLOB_HASH_INIT;
  guint32 cls = 0;
  guint32 max;

  if (append_key (text, tok, buf, sizeof buf, &len, &h))
    {
      byline_blob_lookup_hashed (lex->blob, lex->word_classes, buf, len, h, &cls);
      *name_start = byline_blob_lookup_hashed (lex->blob, lex->titles->first, buf, len, h, &max)
                    || byline_blob_lookup_hashed (lex->blob, lex->names->first, buf, len, h, &max);
    }
  else
    {
      /* a very long word: its key on the heap */
      g_autofree char *key = byline_token_key (text, tok);
      gsize klen = strlen (key);

      byline_blob_lookup (lex->blob, lex->word_classes, key, klen, &cls);
      *name_start = byline_blob_lookup (lex->blob, lex->titles->first, key, klen, &max)
                    || byline_blob_lookup (lex->blob, lex->names->first, key, klen, &max);
    }
  return cls;
}

/* A word seen before in this text: its bytes (the first eight of them as a
 * number) and what the lists said of it */
typedef struct
{
  guint64 head;
  guint32 start;
  guint32 len;
  guint32 hash;
  guint16 index;  /* byline_token_class_index () */
  guint16 name_start;
} ClassCacheEntry;

void
byline_tokens_classify (GArray     *tokens,
                        const char *text)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  BylineToken *toks = (BylineToken *) tokens->data;
  /* most words of an article recur ("the", "said", "Iran"): a small cache keyed
   * by the exact bytes saves the lower-casing and the big table */
  guint cache_size = 64;
  g_autofree ClassCacheEntry *cache = NULL;
  /* eight bytes can be read at a token that starts this far before the end
   * of the last token */
  guint32 safe_end = tokens->len > 0 ? byline_token_end (&toks[tokens->len - 1]) : 0;

  /* a short article needs no big cache, and its pages cost more than it saves */
  while (cache_size < CLASS_CACHE_SIZE && cache_size < tokens->len)
    cache_size *= 2;
  cache = g_new0 (ClassCacheEntry, cache_size);

  for (guint i = 0; i < tokens->len; i++)
    {
      BylineToken *t = &toks[i];
      guint32 len = byline_token_end (t) - t->start;
      guint64 head = 0;
      guint32 h;
      ClassCacheEntry *slot;

      if (!(t->kind == BYLINE_TOKEN_WORD
            || (t->kind == BYLINE_TOKEN_PUNCT && ((guchar) text[t->start] >= 0x80 || text[t->start] == '$'
                                                  || text[t->start] == '%'))))
        {
          byline_token_set_cls (t, 0);
          continue;
        }
      /* the hash of a short word is one multiplication of its bytes */
      if ((head = byline_token_head (text, t, safe_end)) != 0)
        {
          h = (guint32) ((head * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) ^ len;
          for (guint32 k = 8; k < len; k++)
            h = (h ^ (guchar) text[t->start + k]) * 16777619u;
        }
      else
        {
          h = 2166136261u;
          for (guint32 k = 0; k < len; k++)
            h = (h ^ (guchar) text[t->start + k]) * 16777619u;
        }
      slot = &cache[h & (cache_size - 1)];
      /* a word of up to eight bytes is its head; a longer one, or one near
       * the end (head 0), is compared whole */
      if (slot->len == len && slot->hash == h && slot->head == head
          && ((head != 0 && len <= 8) || memcmp (text + slot->start, text + t->start, len) == 0))
        {
          byline_token_set_class_index (t, slot->index);
          if (slot->name_start)
            t->flags |= BYLINE_TOKEN_NAME_START;
          continue;
        }
      {
        gboolean name_start = FALSE;

        slot->index = byline_token_class_index (token_class (lex, text, t, &name_start));
        slot->name_start = (guint16) name_start;
      }
      slot->head = head;
      slot->start = t->start;
      slot->len = len;
      slot->hash = h;
      byline_token_set_class_index (t, slot->index);
      if (slot->name_start)
        t->flags |= BYLINE_TOKEN_NAME_START;
    }
}

/* byline_lexicon_cue_at () in the header, past its quick no */
guint
_byline_lexicon_cue_match (const BylineLexicon *self,
                           const char          *text,
                           const BylineToken   *tokens,
                           guint                n_tokens,
                           guint                i,
                           guint               *kinds)
{
  gpointer v = NULL;
  guint n;

  /* (the header's byline_lexicon_cue_at () has tested the word's class) */
  n = byline_phrases_match (self->cues, text, tokens, n_tokens, i, &v);
  if (n > 0)
    *kinds = GPOINTER_TO_UINT (v);
  return n;
}

/**
 * byline_lexicon_connotation:
 *
 * Returns: (nullable): the connotation of a reporting verb ("neutral",
 * "doubting", "conceding", "emphatic"...), an interned string
 */
const char *
byline_lexicon_connotation (const BylineLexicon *self,
                            const char          *text,
                            const BylineToken   *tok)
{
  return byline_lexicon_lookup_token (&self->connotations, text, tok);
}

/**
 * byline_lexicon_word_class:
 *
 * Returns: what the word lists say of @word, as #BylineWordClass bits
 */
guint32
byline_lexicon_word_class (const BylineLexicon *self,
                           const char          *word)
{
  g_autofree char *key = g_utf8_strdown (word, -1);
  guint32 cls = 0;

  byline_blob_lookup (self->blob, self->word_classes, key, strlen (key), &cls);
  return cls;
}

/* Loading */

static BylineLexTable
blob_table (const guint8    *blob,
            BylineBlobTable  table,
            gboolean         strings)
{
  const BylineBlobHeader *h = (const BylineBlobHeader *) blob;

  return (BylineLexTable) { blob, h->tables[table], strings };
}

/**
 * byline_lexicon_new:
 *
 * Opens the lexicons compiled into the analysis library: the tables are read
 * where they lie, only a few small tables are set up.
 */
BylineLexicon *
byline_lexicon_new (GError **error)
{
  g_autoptr (BylineLexicon) self = g_new0 (BylineLexicon, 1);
  const BylineBlobHeader *h;
  const guint8 *blob;
  gsize size;

  self->bytes = g_bytes_new_static (byline_lexicon_blob,
                                    (gsize) (byline_lexicon_blob_end - byline_lexicon_blob));
  blob = g_bytes_get_data (self->bytes, &size);
  /* the tables are read in place as 32-bit words */
  if (((guintptr) blob) % 8 != 0)
    {
      GBytes *copy = g_bytes_new (blob, size);

      g_bytes_unref (self->bytes);
      self->bytes = copy;
      blob = g_bytes_get_data (self->bytes, &size);
    }
  h = (const BylineBlobHeader *) blob;
  if (size < sizeof *h || memcmp (h->magic, BYLINE_LEXICON_BLOB_MAGIC, sizeof h->magic) != 0
      || h->size != size)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           "the lexicon linked in is not one of this build");
      return NULL;
    }
  self->blob = blob;
  self->word_classes = h->tables[BYLINE_BLOB_WORD_CLASSES];
  self->n_words = ((const BylineBlobTableHeader *) (blob + self->word_classes))->n_items;

  /* zeroed pages, touched only by the entries an article meets */
  self->n_entries = h->n_entries;
  self->entry_data = g_new0 (BylineLexEntry, MAX (h->n_entries, 1));
  self->entry_ready = g_new0 (gint, MAX (h->n_entries, 1));
  self->names = phrases_new (blob, BYLINE_BLOB_NAMES, self);
  self->titles = phrases_new (blob, BYLINE_BLOB_TITLES, NULL);
  self->cues = phrases_new (blob, BYLINE_BLOB_CUES, NULL);
  self->months = blob_table (blob, BYLINE_BLOB_MONTHS, FALSE);
  self->weekdays = blob_table (blob, BYLINE_BLOB_WEEKDAYS, FALSE);
  self->number_words = blob_table (blob, BYLINE_BLOB_NUMBER_WORDS, FALSE);
  self->time_units = blob_table (blob, BYLINE_BLOB_TIME_UNITS, FALSE);
  self->connotations = blob_table (blob, BYLINE_BLOB_CONNOTATIONS, TRUE);
  self->title_countries = blob_table (blob, BYLINE_BLOB_TITLE_COUNTRIES, TRUE);
  return g_steal_pointer (&self);
}

/**
 * byline_lexicon_outlet_extras:
 * @name: an outlet's name, as its entry gives it
 *
 * Returns: (nullable): the outlet's aliases, each ending in \x1f, then \x1e,
 *   then its web domains, each ending in \x1f; NULL for no outlet of that name
 */
const char *
byline_lexicon_outlet_extras (const BylineLexicon *self,
                              const char          *name)
{
  const BylineBlobHeader *h = (const BylineBlobHeader *) self->blob;
  gsize len = strlen (name);
  guint32 value;

  if (!byline_blob_lookup_hashed (self->blob, h->tables[BYLINE_BLOB_OUTLET_EXTRAS], name, len,
                                  byline_blob_hash (name, len), &value) || value == 0)
    return NULL;
  return (const char *) self->blob + value;
}

void
byline_lexicon_free (BylineLexicon *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->names, g_free);
  g_clear_pointer (&self->titles, g_free);
  g_clear_pointer (&self->cues, g_free);
  g_clear_pointer (&self->entry_data, g_free);
  g_clear_pointer (&self->entry_ready, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

/**
 * byline_lexicon_get:
 *
 * Returns: (transfer none): the process-wide lexicon, loaded on first use.
 * The lexicons are compiled in, so failing to open them is a build defect.
 */
const BylineLexicon *
byline_lexicon_get (void)
{
  static gsize lexicon;

  if (g_once_init_enter (&lexicon))
    {
      g_autoptr (GError) error = NULL;
      BylineLexicon *lex = byline_lexicon_new (&error);

      if (lex == NULL)
        g_error ("The compiled-in lexicons do not load: %s", error->message);
      g_once_init_leave (&lexicon, (gsize) lex);
    }
  return (const BylineLexicon *) lexicon;
}
