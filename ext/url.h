/*
** url.h: a link as the address of a document, resolved against the address of the page that
** holds it, by RFC 3986 section 5 (reference resolution). Pure C: no SQLite, no allocation.
**
**     char zOut[...];                  -- URL_RESOLVED_BYTES(nBase, nRef) bytes
**     size_t n = url_clean(zHref, nHref, zRef);           -- as a browser reads an href
**     if( url_is_document_link(zRef, n) ){
**       n = url_resolve(zBase, nBase, zRef, n, zOut);     -- "../document/123" against
**     }                                                   -- "https://h/a/b" gives
**                                                         -- "https://h/document/123"
**
** Resolution follows RFC 3986 section 5.2 to the letter (the "strict" parser): a reference
** with a scheme is taken as it is, dot segments ("." and "..") removed; "//host/path" takes the
** base's scheme; "?q" the base's path; "#frag" the base's path and query; a relative path is
** merged with the base's directory, dot segments removed. A base without a scheme or an
** authority is used as far as it goes ("document/1" against "/archive/" gives
** "/archive/document/1"). Nothing is percent-encoded or decoded: a space or a letter such as
** "á" stays as written, so a resolved link is as valid UTF-8 as its parts (the resolver splits
** only at ASCII delimiters).
*/
#ifndef ARCHIVIST_URL_H
#define ARCHIVIST_URL_H

#include <stddef.h>

/* The output of url_resolve() is at most nBase + nRef + 1 bytes; this many leaves room for a
** terminating NUL. */
#define URL_RESOLVED_BYTES(nBase, nRef) ((nBase) + (nRef) + 2)

/* Length of the scheme that starts z[0..n), with its ":" ("https:" gives 6), or 0 when z has
** none. A scheme is a letter, then letters, digits, "+", "-" or ".". */
size_t url_scheme_len(const char *z, size_t n);

/* Copy the href z[0..n) to zOut (n bytes at most) as a browser reads it: leading and trailing
** ASCII white space and control characters removed, and every tab and line end inside.
** Returns the length written. */
size_t url_clean(const char *z, size_t n, char *zOut);

/* True when the cleaned link z[0..n) can lead to a document: not empty, not a place on the
** same page ("#top"), and not a "javascript:", "mailto:", "tel:", "data:" or similar action. */
int url_is_document_link(const char *z, size_t n);

/* Resolve the reference zRef[0..nRef) against the base zBase[0..nBase) (RFC 3986 section 5.2)
** into zOut, which needs URL_RESOLVED_BYTES(nBase, nRef) bytes; the result is NUL-terminated.
** Returns its length. The base's fragment is never used. */
size_t url_resolve(const char *zBase, size_t nBase, const char *zRef, size_t nRef, char *zOut);

#endif
