# datagen.awk: compile the tables under ext/data/ into C.
#
#   awk -f datagen.awk months.tsv kinds.tsv ... > archivist_data.c
#
# Each FILE.tsv becomes an array `const ArchDataRow arch_data_FILE[]` (FILE with any character
# that cannot stand in a C name turned into `_`) and a count `arch_data_FILE_count`. A row is
# `key <TAB> value`; lines that are empty or start with `#` are comments. The value is kept as
# text and, when it is a whole number, as an int too. Keys and values are emitted as C string
# literals with every byte outside printable ASCII written as an octal escape, so the generated
# file is plain ASCII whatever the data holds.
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
function finish() {
  if (table == "") return
  print "};"
  printf "const unsigned arch_data_%s_count = %d;\n", table, rows
}
FNR == 1 {
  finish()
  table = FILENAME
  sub(/^.*\//, "", table)
  sub(/\.tsv$/, "", table)
  gsub(/[^A-Za-z0-9_]/, "_", table)
  rows = 0
  printf "\nconst ArchDataRow arch_data_%s[] = {\n", table
}
/^#/ || /^[ \t\r]*$/ { next }
{
  if (NF != 2) {
    printf "%s:%d: expected `key<TAB>value`, found %d fields\n", FILENAME, FNR, NF > "/dev/stderr"
    exit 1
  }
  ivalue = ($2 ~ /^-?[0-9]+$/) ? $2 + 0 : 0
  printf "  { %s, %d, %s, %d },\n", cstring($1), length($1), cstring($2), ivalue
  rows++
}
END { finish() }
