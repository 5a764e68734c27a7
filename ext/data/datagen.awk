# datagen.awk: compile the tables under ext/data/ into C.
#
#   awk -f datagen.awk months.tsv kinds.tsv ... > archivist_data.c
#
# Each FILE.tsv becomes an array `const ArchDataRow arch_data_FILE[]` (FILE with any character
# that cannot stand in a C name turned into `_`), its row count `arch_data_FILE_count`, and the
# byte lengths of its shortest and longest keys, `arch_data_FILE_min_key` and `_max_key`. A row is
# `key <TAB> value`; lines that are empty or start with `#` are comments. The value is kept as
# text and, when it is a whole number, as an int too. Rows are sorted by key, bytes compared
# with ASCII letters folded to lower case, so that arch_data_find() can search them by halves;
# two keys that differ only in ASCII case are an error. Keys and values are emitted as C string
# literals with every byte outside printable ASCII written as an octal escape, so the generated
# file is plain ASCII whatever the data holds. Run it with LC_ALL=C, so that awk sees bytes.
BEGIN {
  FS = "\t"
  for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i
  print "/* Generated from the tables in ext/data/ by ext/data/datagen.awk. Do not edit. */"
  print "#include \"archivist_data.h\""
}
function cstring(s,    out, i, c, n) {
  out = "\""
  n = length(s)
  for (i = 1; i <= n; i++) {
    c = substr(s, i, 1)
    if (c == "\\" || c == "\"") out = out "\\" c
    else if (ord[c] < 32 || ord[c] > 126) out = out sprintf("\\%03o", ord[c])
    else out = out c
  }
  return out "\""
}
# Shell sort of row[1..rows] by fold[]: the tables are small, and awk has no sort of its own.
function sort_rows(    gap, i, j, t, tf) {
  for (gap = int(rows / 2); gap > 0; gap = int(gap / 2)) {
    for (i = gap + 1; i <= rows; i++) {
      t = row[i]; tf = fold[i]
      for (j = i; j > gap && fold[j - gap] > tf; j -= gap) {
        row[j] = row[j - gap]; fold[j] = fold[j - gap]
      }
      row[j] = t; fold[j] = tf
    }
  }
}
function finish(    i) {
  if (table == "") return
  sort_rows()
  printf "\nconst ArchDataRow arch_data_%s[] = {\n", table
  for (i = 1; i <= rows; i++) {
    if (i > 1 && fold[i] == fold[i - 1]) {
      printf "%s: the key \"%s\" appears twice\n", source, fold[i] > "/dev/stderr"
      failed = 1
      exit 1
    }
    print row[i]
  }
  print "};"
  printf "const unsigned arch_data_%s_count = %d;\n", table, rows
  printf "const int arch_data_%s_min_key = %d;\n", table, minkey
  printf "const int arch_data_%s_max_key = %d;\n", table, maxkey
}
FNR == 1 {
  finish()
  source = FILENAME
  table = FILENAME
  sub(/^.*\//, "", table)
  sub(/\.tsv$/, "", table)
  gsub(/[^A-Za-z0-9_]/, "_", table)
  rows = 0
}
/^#/ || /^[ \t\r]*$/ { next }
{
  if (NF != 2) {
    printf "%s:%d: expected `key<TAB>value`, found %d fields\n", FILENAME, FNR, NF > "/dev/stderr"
    failed = 1
    exit 1
  }
  ivalue = ($2 ~ /^-?[0-9]+$/) ? $2 + 0 : 0
  rows++
  row[rows] = sprintf("  { %s, %d, %s, %d },", cstring($1), length($1), cstring($2), ivalue)
  fold[rows] = tolower($1)
  if (rows == 1 || length($1) < minkey) minkey = length($1)
  if (rows == 1 || length($1) > maxkey) maxkey = length($1)
}
END { if (!failed) finish() }
