#pragma once
// Include this instead of <cereal/archives/json.hpp> anywhere in the project. rapidjson's parse flags are
// a macro baked into cereal's inline code, so every file must see the same ones: iterative parsing (hostile
// nesting cannot overflow the browser's small stack), full precision, and no NaN/Infinity.

#ifdef CEREAL_ARCHIVES_JSON_HPP_
#error "include core/json_archive.hpp before any other include of cereal's JSON archive"
#endif
#define RAPIDJSON_PARSE_DEFAULT_FLAGS (kParseIterativeFlag | kParseFullPrecisionFlag)
#include <cereal/archives/json.hpp>
