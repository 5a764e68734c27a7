/*
** html.h: turn a saved HTML page into the lines a browser's "copy" of it gives, so that
** listing.c reads pages and their text copies with one grammar. Pure C on libxml2: no SQLite.
**
** Elements are read by their role in ext/data/html_elements.tsv: a block (p, div, h3, li, ...)
** stands on lines of its own with a blank line around it; <br> ends a line; script, style,
** head, nav, footer, form and the like are dropped with all they hold. Text is decoded
** (entities, character references) and its white space folded as a browser folds it. The
** tree is walked without recursion, so a page nested 100,000 levels deep costs no stack.
*/
#ifndef ARCHIVIST_HTML_H
#define ARCHIVIST_HTML_H

#include <stddef.h>
#include "arch_rc.h"

/* True when z[0..n) is markup rather than text: its first character that is not white space
** is "<" followed by a letter, "!" or "?". */
int html_looks_like_markup(const char *z, size_t n);

/* Parse z[0..n) (UTF-8) as HTML and write its text to a new buffer *pzOut of *pnOut bytes,
** NUL-terminated, allocated with arch_realloc() (free it with arch_free()). Returns ARCH_OK,
** ARCH_NOMEM, or ARCH_ERROR when libxml2 cannot read the page at all. */
ArchRc html_to_text(const char *z, size_t n, char **pzOut, size_t *pnOut);

#endif
