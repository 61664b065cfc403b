#pragma once
// The JavaScript side of the browser edge (page.js, linked with --js-library): what the C++ platform asks
// of the page. Calls back into C++ go only through the extern "C" stride_page_* functions in
// web_platform.cpp, each of which posts a typed input event.

extern "C" {
// Starts listening for hidden-input text, paste, theme and pointer-type changes; `platform` is handed back.
void stride_page_install(void* platform);
// Focuses the hidden <input> over a field (CSS px) so the phone keyboard opens; must run inside a touch
// handler or the browser refuses. `numeric` asks for a number keypad.
void stride_page_focus_text_input(float x, float y, float width, float height, int numeric);
void stride_page_blur_text_input();
int stride_page_prefers_dark();
// prefers-contrast: more, or forced-colors: active.
int stride_page_prefers_more_contrast();
int stride_page_coarse_pointer();
// Text size on this device in percent (100-200): as stored by stride_page_store_text_size, else the browser's
// or system's preferred size where the page can read it.
int stride_page_text_size();
void stride_page_store_text_size(int percent);
// Fonts the loader fetched before starting the module (0 = regular, 1 = semibold).
int stride_page_font_size(int which);
void stride_page_font_copy(int which, unsigned char* destination);
// window.strideProbe = the probe of drawn frame `frame`, for end-to-end tests and the benchmark. Its
// items and log are fetched (stride_page_probe_json, as JSON) only when first read.
void stride_page_publish_probe(void* platform, double frame);
// window.strideAsleep: the number of the last published frame once the app has stopped drawing (no more
// frames until input or news), or null while it draws. Lets tests and the benchmark see idle at once.
void stride_page_set_asleep(double frame);
// Replaces the canvas with a readable message: the app cannot continue.
void stride_page_show_error(const char* message);
void stride_page_copy_text(const char* text);
// Today's local date as YYYYMMDD: the device's clock, or the test clock (?today=YYYY-MM-DD in the URL,
// window.strideTest.setToday(iso) while running).
int stride_page_today();
// A random number in [0, limit] from crypto.getRandomValues (ids that stay unique across devices).
unsigned stride_page_random(unsigned limit);
// Sets the canvas's CSS cursor ("default", "text", "pointer", ...).
void stride_page_set_cursor(const char* css_cursor);
// The app's address without query or fragment (what a reminder links back to), copied into `out` (at most
// `capacity` bytes, zero-terminated); returns its length.
int stride_page_app_url(char* out, int capacity);
// 1 once after the page was opened (or moved) to #answer, the link of a reminder; the fragment is then
// removed so a reload does not open the question again.
int stride_page_take_answer_link();
// The app icon's badge (Badging API) shows `count`, cleared at 0; nothing where the browser has none.
void stride_page_set_badge(int count);
int stride_page_deletes_unused_data();
}
