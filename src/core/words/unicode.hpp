#pragma once
// What the app accepts as text and how it shows text that came from a file (docs/plan-file.md, "Text").
//
// Text in a plan is UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) and holds no
// control characters other than tab and line breaks. Direction overrides (U+202E ...) are allowed in text,
// as right-to-left writing needs marks, but they are kept out of file names and terminal output, where they
// can make one thing look like another.

#include <cstddef>
#include <string>
#include <string_view>

namespace stride {

// Offset of the first byte that does not start a well-formed UTF-8 character, or npos when all are good.
std::size_t invalid_utf8_at(std::string_view text);

// Characters of valid UTF-8 text (code points).
std::size_t utf8_length(std::string_view text);

// Control characters other than tab, line feed and carriage return: C0 (U+0000-U+001F), DEL and C1
// (U+0080-U+009F). None of them is ever typed into a note.
bool is_control(char32_t c);
// Marks that change the direction or joining of the text around them without being seen (U+061C, U+200B-
// U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF).
bool is_invisible_format(char32_t c);

// Offset of the first control character (see is_control) in valid UTF-8, or npos.
std::size_t control_at(std::string_view text);

// Text safe to print on a terminal or in a message: every control character except line feed (and tab),
// every invisible format mark and every byte that is not UTF-8 becomes U+FFFD. `keep_lines` false turns
// line feeds and tabs into spaces as well.
std::string printable(std::string_view text, bool keep_lines = true);

// At most `max_bytes` of `text`, cut at a character boundary, with "…" when something was cut; printable.
std::string excerpt(std::string_view text, std::size_t max_bytes = 40);

// Decodes the UTF-8 character starting at text[at]: sets `length` to its byte count (1 for a bad byte) and
// returns the code point, or U+FFFD for a byte that does not start a well-formed character.
char32_t decode_utf8(std::string_view text, std::size_t at, std::size_t& length);

} // namespace stride
