# Writes OUTPUT, a C++ file holding INPUT (the entity lexicon) as a raw string literal.
file(READ "${INPUT}" content)
string(FIND "${content}" ")NLX\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )NLX\"")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by extract/embed_lexicon.cmake. Do not edit.\nnamespace newsline {\nextern const char* const kBuiltinLexicon;\nconst char* const kBuiltinLexicon = R\"NLX(${content})NLX\";\n}  // namespace newsline\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
