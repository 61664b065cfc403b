#pragma once
// What the accessibility mirror's elements ask for (a screen reader's double tap, a click, Enter or Space,
// focus moving, text typed into a mirror text box, Escape) and the real input that does it: a tap at the
// item, a key, the field's text replaced, after scrolling the item into view when it is not. So activating
// a mirror element does exactly what tapping the item does, through the same ImGui code.
//
// Requests are taken one at a time, each only once the input of the one before has been applied and drawn
// (a request names what the person saw; what they saw must still be there). Pure: the web shell
// (src/app) performs the effects with the platform's input queue, tests/ui with its own frames.

#include "ui/mirror.hpp"

#include <deque>
#include <string>
#include <vector>

namespace stride::ui {

struct MirrorRequest {
    enum class Kind {
        focus,    // the page's focus moved to `key` ("" = out of the mirror)
        activate, // press `key`
        text,     // `key`'s text box now holds `text`
        escape,   // Escape outside a text being edited, with the focus on `key`: close what is open
    };
    Kind kind = Kind::activate;
    std::string key;
    std::string text;
};

struct MirrorEffect {
    enum class Kind {
        tap,          // press and release at (x, y)
        scroll,       // scroll `window` by `by` CSS px (positive = content moves up), before the next draw
        replace_text, // select all of the field being edited and type `text` over it
        enter,        // press Enter: ends editing of a text field, keeping what was typed
    };
    Kind kind = Kind::tap;
    float x = 0, y = 0;
    unsigned int window = 0;
    float by = 0;
    std::string text;
};

class MirrorInput {
  public:
    void request(MirrorRequest request) { requests_.push_back(std::move(request)); }
    bool pending() const { return !requests_.empty(); }

    // After a drawn frame: the effects for the next request. `settled`: no input was waiting or applied
    // for this frame, so `mirror` (updated for it) shows the consequences of everything done so far.
    std::vector<MirrorEffect> next(Mirror& mirror, bool settled);

  private:
    std::deque<MirrorRequest> requests_;
    int scrolls_ = 0; // attempts to bring the first request's node into view
};

} // namespace stride::ui
