/*
** authority_gen.c: compile the name authority into C at build time.
**
**     authority_gen > build/gen/authority_data.c
**
** The name authority (ext/names_authority.c) is built from the tables of ext/data/: every
** spelling of every person is read by the name engine and indexed under its key. Building it
** at run time cost every process some 30 ms. This program, linked with the pure C cores at
** build time, builds it once and writes it out as constant C data: a string pool and arrays
** that hold offsets into it, never pointers, so that the extension maps it read-only and
** shares it between processes, and the first name read on a new connection costs nothing.
** names_builtin_authority() in the generated file returns it; here it returns NULL, so that
** name_authority_open() builds the authority the slow way.
**
** The output depends on the tables only: maps are written slot for slot as the builder left
** them, so the same tables give the same file.
*/
#include "names_int.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

/* The generator uses the C library's allocator (arch_alloc.h). */
void *arch_realloc(void *p, size_t n){ return realloc(p, n); }
void arch_free(void *p){ free(p); }

/* No authority is compiled in yet: the builder runs. */
const NameAuthority *names_builtin_authority(void){ return 0; }

/* The maps of a NameAuthority, by the field names the generated initializer uses. */
static const struct { const char *zField; size_t iOffset; } aMapField[] = {
  { "titles",          offsetof(NameAuthority, titles) },
  { "words",           offsetof(NameAuthority, words) },
  { "koreanSurnames",  offsetof(NameAuthority, koreanSurnames) },
  { "chineseSurnames", offsetof(NameAuthority, chineseSurnames) },
  { "pinyin",          offsetof(NameAuthority, pinyin) },
  { "wadeGiles",       offsetof(NameAuthority, wadeGiles) },
  { "variants",        offsetof(NameAuthority, variants) },
  { "preferred",       offsetof(NameAuthority, preferred) },
  { "families",        offsetof(NameAuthority, families) },
  { "familiesAlone",   offsetof(NameAuthority, familiesAlone) },
  { "familyKeysAlone", offsetof(NameAuthority, familyKeysAlone) },
  { "places",          offsetof(NameAuthority, places) },
  { "givenOnly",       offsetof(NameAuthority, givenOnly) },
  { "patronymics",     offsetof(NameAuthority, patronymics) },
};

/* The pool as string literals of at most 64 bytes, every byte outside printable ASCII (and
** the characters C quotes) as an octal escape. */
static void write_pool(const NameAuthority *p){
  size_t i;
  printf("static const char zPool[%zu] =\n  \"", p->nPool);
  for(i=0; i<p->nPool; i++){
    unsigned char c = (unsigned char)p->zPool[i];
    if( i>0 && i%64==0 ) printf("\"\n  \"");
    if( c<32 || c>126 || c=='"' || c=='\\' || c=='?' ) printf("\\%03o", c);
    else putchar(c);
  }
  printf("\";\n\n");
}

static void write_map(const Map *m, const char *zField){
  unsigned i;
  if( m->nSlot==0 ) return;
  printf("static const MapEntry aMap_%s[%u] = {\n", zField, m->nSlot);
  for(i=0; i<m->nSlot; i++){
    const MapEntry *e = &m->a[i];
    printf("  {%u,%d,%u},\n", (unsigned)e->iKey, (int)e->value, (unsigned)e->nKey);
  }
  printf("};\n\n");
}

static void write_people(const NameAuthority *p){
  int i;
  printf("static const Person aPerson[%d] = {\n", p->nPerson ? p->nPerson : 1);
  for(i=0; i<p->nPerson; i++){
    const Person *q = &p->aPerson[i];
    printf("  {%u,%u,%u,%u,%d,%d,%d,%d},\n", (unsigned)q->iPreferred, (unsigned)q->iKey,
           (unsigned)q->iFamily, (unsigned)q->iGiven, q->nGiven, (int)q->culture,
           q->nextSameFamily, q->firstVariant);
  }
  printf("};\n\nstatic const uint32_t aCanon[%d] = {\n", p->nCanon ? p->nCanon : 1);
  for(i=0; i<p->nCanon; i++) printf("  %u,\n", (unsigned)p->aCanon[i]);
  printf("};\n\nstatic const NameVariant aVariant[%d] = {\n", p->nVariant ? p->nVariant : 1);
  for(i=0; i<p->nVariant; i++){
    printf("  {%u,%d},\n", (unsigned)p->aVariant[i].iSpelling, p->aVariant[i].next);
  }
  printf("};\n\n");
}

static void write_authority(const NameAuthority *p){
  size_t i;
  printf("static const NameAuthority builtin = {\n");
  printf("  .zPool = zPool, .nPool = sizeof(zPool), .isBuiltin = 1,\n");
  for(i=0; i<sizeof(aMapField)/sizeof(aMapField[0]); i++){
    const Map *m = (const Map*)((const char*)p + aMapField[i].iOffset);
    if( m->nSlot ){
      printf("  .%s = { aMap_%s, %u, %u, &builtin.zPool },\n", aMapField[i].zField,
             aMapField[i].zField, m->nSlot, m->nUsed);
    }else{
      printf("  .%s = { 0, 0, 0, &builtin.zPool },\n", aMapField[i].zField);
    }
  }
  printf("  .aCanon = (uint32_t*)aCanon, .nCanon = %d,\n", p->nCanon);
  printf("  .aPerson = (Person*)aPerson, .nPerson = %d,\n", p->nPerson);
  printf("  .aVariant = (NameVariant*)aVariant, .nVariant = %d,\n", p->nVariant);
  printf("};\n\nconst NameAuthority *names_builtin_authority(void){\n  return &builtin;\n}\n");
}

int main(void){
  NameAuthority *p;
  size_t i;
  if( names_authority_build(&p)!=ARCH_OK ){
    fprintf(stderr, "authority_gen: out of memory\n");
    return 1;
  }
  printf("/* Generated by ext/data/authority_gen.c from the tables in ext/data/. Do not edit.\n"
         "** The name authority: %d people, %d spellings, a %zu-byte string pool. */\n"
         "#include \"names_int.h\"\n\n", p->nPerson, p->nVariant, p->nPool);
  write_pool(p);
  for(i=0; i<sizeof(aMapField)/sizeof(aMapField[0]); i++){
    write_map((const Map*)((const char*)p + aMapField[i].iOffset), aMapField[i].zField);
  }
  write_people(p);
  write_authority(p);
  name_authority_close(p);
  if( fflush(stdout)!=0 || ferror(stdout) ){
    fprintf(stderr, "authority_gen: cannot write the output\n");
    return 1;
  }
  return 0;
}
