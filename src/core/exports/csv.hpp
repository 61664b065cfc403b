#pragma once
// The log as CSV for a spreadsheet (RFC 4180): a header row, then one row per entry of every kind, oldest
// first, dates as ISO 8601 (YYYY-MM-DD), times as HH:MM, CRLF line ends, UTF-8 with a byte-order mark so
// spreadsheet programs read accented names correctly. Columns that do not apply to an entry's kind, and
// values not recorded, are empty. Ids are written "#<digits>" so a spreadsheet keeps them as text, exact.
// Columns are listed in docs/sharing.md.

#include "core/model/model.hpp"

#include <string>
#include <string_view>

namespace stride {

std::string log_to_csv(const Plan& plan);

// One field as RFC 4180 wants it: quoted (quotes doubled) when it holds a comma, quote or line break.
// Text starting with = + - @, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it
// instead of running it as a formula (a note is free text that may come from anyone who had the file); so
// does such a character right after a separator (, ; tab | or a line break) anywhere in the text.
std::string csv_text_field(std::string_view text);

} // namespace stride
