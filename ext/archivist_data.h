/*
** archivist_data.h: the tables under ext/data/, compiled into C by ext/data/datagen.awk.
**
** Every FILE.tsv there becomes `arch_data_FILE[]`, `arch_data_FILE_count`, and the byte
** lengths of its shortest and longest keys (a word of another length need not be looked up). The tables are
** constant: nothing in archivist writes to them, so they are safe to share between threads.
*/
#ifndef ARCHIVIST_DATA_H
#define ARCHIVIST_DATA_H

#include <stddef.h>

typedef struct ArchDataRow {
  const char *key;     /* first column, UTF-8 */
  int nKey;            /* its length in bytes */
  const char *value;   /* second column, UTF-8 */
  int ivalue;          /* the second column as a number, 0 when it is not one */
} ArchDataRow;

#define ARCH_DATA_TABLE(name) \
  extern const ArchDataRow arch_data_##name[]; \
  extern const unsigned arch_data_##name##_count; \
  extern const int arch_data_##name##_min_key; \
  extern const int arch_data_##name##_max_key;

ARCH_DATA_TABLE(chinese_surnames)
ARCH_DATA_TABLE(chrome)
ARCH_DATA_TABLE(common_words)
ARCH_DATA_TABLE(cookie_notice)
ARCH_DATA_TABLE(country_adjectives)
ARCH_DATA_TABLE(cyrillic)
ARCH_DATA_TABLE(date_words)
ARCH_DATA_TABLE(english_irregular)
ARCH_DATA_TABLE(english_ise_roots)
ARCH_DATA_TABLE(english_spellings)
ARCH_DATA_TABLE(eras)
ARCH_DATA_TABLE(french_words)
ARCH_DATA_TABLE(given_names)
ARCH_DATA_TABLE(han_name_things)
ARCH_DATA_TABLE(hangul)
ARCH_DATA_TABLE(html_elements)
ARCH_DATA_TABLE(icon_names)
ARCH_DATA_TABLE(hungarian_case_endings)
ARCH_DATA_TABLE(kinds)
ARCH_DATA_TABLE(kontsevich)
ARCH_DATA_TABLE(korean_particles)
ARCH_DATA_TABLE(korean_place_suffixes)
ARCH_DATA_TABLE(korean_surnames)
ARCH_DATA_TABLE(latin_case_endings)
ARCH_DATA_TABLE(genitive_endings)
ARCH_DATA_TABLE(genitive_heads)
ARCH_DATA_TABLE(regnal_titles)
ARCH_DATA_TABLE(title_abbreviations)
ARCH_DATA_TABLE(dotted_abbreviations)
ARCH_DATA_TABLE(latin_letters)
ARCH_DATA_TABLE(letter_labels)
ARCH_DATA_TABLE(months)
ARCH_DATA_TABLE(name_hyphen_words)
ARCH_DATA_TABLE(name_kin_words)
ARCH_DATA_TABLE(name_modifiers)
ARCH_DATA_TABLE(name_particles)
ARCH_DATA_TABLE(name_places)
ARCH_DATA_TABLE(name_things_before)
ARCH_DATA_TABLE(name_titles)
ARCH_DATA_TABLE(name_variants)
ARCH_DATA_TABLE(newspaper_tails)
ARCH_DATA_TABLE(not_names)
ARCH_DATA_TABLE(object_words)
ARCH_DATA_TABLE(office_words)
ARCH_DATA_TABLE(pager_words)
ARCH_DATA_TABLE(palladius)
ARCH_DATA_TABLE(party_names)
ARCH_DATA_TABLE(place_names)
ARCH_DATA_TABLE(people_asia)
ARCH_DATA_TABLE(polish_genitive_endings)
ARCH_DATA_TABLE(people_headings)
ARCH_DATA_TABLE(people_named_whole)
ARCH_DATA_TABLE(people_west)
ARCH_DATA_TABLE(pinyin)
ARCH_DATA_TABLE(published_labels)
ARCH_DATA_TABLE(range_words)
ARCH_DATA_TABLE(record_details)
ARCH_DATA_TABLE(ris_tags)
ARCH_DATA_TABLE(russian_case_endings)
ARCH_DATA_TABLE(search_field_labels)
ARCH_DATA_TABLE(search_function_words)
ARCH_DATA_TABLE(season_pairs)
ARCH_DATA_TABLE(seasons)
ARCH_DATA_TABLE(ship_prefixes)
ARCH_DATA_TABLE(state_names)
ARCH_DATA_TABLE(title_minor_words)
ARCH_DATA_TABLE(total_words)
ARCH_DATA_TABLE(undated)
ARCH_DATA_TABLE(vietnamese_cyrillic)
ARCH_DATA_TABLE(vietnamese_middle_names)
ARCH_DATA_TABLE(vietnamese_rhymes)
ARCH_DATA_TABLE(vietnamese_surnames)
ARCH_DATA_TABLE(wade_giles)
ARCH_DATA_TABLE(weekdays)
ARCH_DATA_TABLE(word_prefixes)

#undef ARCH_DATA_TABLE

/* The row whose key equals z[0..n) without regard to ASCII case, or NULL. A binary search:
** the generator sorts every table. */
const ArchDataRow *arch_data_find(const ArchDataRow *aRow, unsigned nRow,
                                  const char *z, size_t n);

/* The rows whose keys begin with z[0..n) without regard to ASCII case: how many, the first of
** them at aRow[*piFirst] (the sorted rows that share a beginning stand together). */
unsigned arch_data_prefixed(const ArchDataRow *aRow, unsigned nRow, const char *z, size_t n,
                            unsigned *piFirst);

/* Does z[0..n) begin a key of the table and stop short of its end ("Paginat" of "Pagination",
** what a copy cut inside the word leaves)? */
int arch_data_begins_longer(const ArchDataRow *aRow, unsigned nRow, const char *z, size_t n);

#endif
