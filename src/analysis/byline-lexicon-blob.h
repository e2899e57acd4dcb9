/* byline-lexicon-blob.h: the compiled form of the lexicons
 *
 * the JSON files of data/lexicon stay the source people edit; at build time
 * byline-lexicon-compile turns them into one blob of hash tables that the
 * analyser reads where it lies in the GResource, without parsing: one header,
 * a pool of NUL-terminated strings, the entries, and open-addressing tables
 * keyed by the same matching keys as the tokens give. The blob is made and
 * read by the same build, so it is in the machine's byte order.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

#define BYLINE_LEXICON_BLOB_MAGIC "BYLEX005"

typedef enum
{
  BYLINE_BLOB_WORD_CLASSES,   /* key -> BylineWordClass bits */
  BYLINE_BLOB_NAMES,          /* phrase -> entry index */
  BYLINE_BLOB_NAMES_FIRST,    /* first word -> longest phrase | PHRASE_SINGLE */
  BYLINE_BLOB_NAMES_SECOND,   /* first two words -> longest phrase */
  BYLINE_BLOB_TITLES,
  BYLINE_BLOB_TITLES_FIRST,
  BYLINE_BLOB_TITLES_SECOND,
  BYLINE_BLOB_CUES,
  BYLINE_BLOB_CUES_FIRST,
  BYLINE_BLOB_CUES_SECOND,
  BYLINE_BLOB_MONTHS,         /* small tables, word -> number */
  BYLINE_BLOB_WEEKDAYS,
  BYLINE_BLOB_NUMBER_WORDS,
  BYLINE_BLOB_TIME_UNITS,
  BYLINE_BLOB_CONNOTATIONS,   /* word -> string */
  BYLINE_BLOB_TITLE_COUNTRIES,/* folded title -> string */
  BYLINE_BLOB_OUTLET_EXTRAS,  /* outlet name -> its aliases and domains (byline-lexicon-compile.c) */
  BYLINE_BLOB_N_TABLES
} BylineBlobTable;

/* Offsets are from the start of the blob; a string offset of 0 is NULL. */
typedef struct
{
  char    magic[8];
  guint32 size;
  guint32 entries;
  guint32 n_entries;
  guint32 tables[BYLINE_BLOB_N_TABLES];
} BylineBlobHeader;

typedef struct
{
  guint32 name;
  guint32 subkind;
  guint32 country;
  guint32 country_name;
  guint32 ownership;
  guint32 reason;
  guint8  type;
  guint8  kind;
  guint8  state_media;
  guint8  ambiguous;
} BylineBlobEntry;

/* A table: its number of slots (a power of two), its number of items, then
 * the slots; a slot whose key is 0 is empty. */
typedef struct
{
  guint32 n_slots;
  guint32 n_items;
} BylineBlobTableHeader;

typedef struct
{
  guint32 hash;
  guint32 key;
  guint32 value;
} BylineBlobSlot;

#define BYLINE_BLOB_HASH_INIT 2166136261u

/* FNV-1a over the key's bytes, going on from @h */
static inline guint32
byline_blob_hash_more (guint32     h,
                       const char *key,
                       gsize       len)
{
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) key[i]) * 16777619u;
  return h;
}

static inline guint32
byline_blob_hash (const char *key,
                  gsize       len)
{
  return byline_blob_hash_more (BYLINE_BLOB_HASH_INIT, key, len);
}

/* Looks @key (@len bytes, @h its hash) up in the table at @table; TRUE and
 * *value if there */
static inline gboolean
byline_blob_lookup_hashed (const guint8 *blob,
                           guint32       table,
                           const char   *key,
                           gsize         len,
                           guint32       h,
                           guint32      *value)
{
  const BylineBlobTableHeader *th = (const BylineBlobTableHeader *) (blob + table);
  const BylineBlobSlot *slots = (const BylineBlobSlot *) (th + 1);
  guint32 mask = th->n_slots - 1;

  for (guint32 i = h & mask;; i = (i + 1) & mask)
    {
      const BylineBlobSlot *s = &slots[i];

      if (s->key == 0)
        return FALSE;
      if (s->hash == h && memcmp (blob + s->key, key, len) == 0 && blob[s->key + len] == '\0')
        {
          *value = s->value;
          return TRUE;
        }
    }
}

static inline gboolean
byline_blob_lookup (const guint8 *blob,
                    guint32       table,
                    const char   *key,
                    gsize         len,
                    guint32      *value)
{
  return byline_blob_lookup_hashed (blob, table, key, len, byline_blob_hash (key, len), value);
}

G_END_DECLS
