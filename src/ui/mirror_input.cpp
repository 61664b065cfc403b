#include "ui/mirror_input.hpp"

#include <algorithm>
#include <cstdlib>

namespace stride::ui {
namespace {

constexpr float kMargin = 16.0f;       // CSS px kept between an item scrolled into view and the window's edge
constexpr int kMostScrolls = 3;        // an item that will not come into view is pressed where it shows
constexpr float kFieldEndInset = 6.0f; // a tap this far inside a field's right end puts the caret at the end

MirrorEffect effect(MirrorEffect::Kind kind) {
    MirrorEffect e;
    e.kind = kind;
    return e;
}

MirrorEffect tap_at(float x, float y) {
    MirrorEffect e;
    e.x = x;
    e.y = y;
    return e;
}

MirrorEffect tap(const MirrorNode& n) {
    // A text box is tapped at its end, so typing goes after what it holds.
    if (n.editable())
        return tap_at(static_cast<float>(n.x + n.width) - kFieldEndInset, n.y + n.height * 0.5f);
    return tap_at(n.x + n.width * 0.5f, n.y + n.height * 0.5f);
}

MirrorEffect scroll_into_view(const MirrorNode& n) {
    MirrorEffect e = effect(MirrorEffect::Kind::scroll);
    e.window = n.window;
    const float view = n.view_bottom - n.view_top;
    if (n.top < n.view_top || n.bottom - n.top > view - 2 * kMargin)
        e.by = n.top - n.view_top - kMargin; // above, or too tall to fit: its top at the top
    else
        e.by = n.bottom - n.view_bottom + kMargin;
    return e;
}

const MirrorNode* being_edited(const Mirror& mirror) {
    for (const MirrorNode& n : mirror.nodes())
        if (n.editable() && n.active) return &n;
    return nullptr;
}

// The node Escape presses: the one marked as closing what is open nearest the focus in reading order.
const MirrorNode* closer_near(const Mirror& mirror, const std::string& focus) {
    const auto& nodes = mirror.nodes();
    const auto at =
        std::find_if(nodes.begin(), nodes.end(), [&](const MirrorNode& n) { return n.key == focus; });
    const long from = at == nodes.end() ? 0 : at - nodes.begin();
    const MirrorNode* best = nullptr;
    long best_distance = 0;
    for (long i = 0; i < static_cast<long>(nodes.size()); ++i) {
        const MirrorNode& n = nodes[static_cast<std::size_t>(i)];
        if (!n.closes || n.disabled) continue;
        const long distance = std::labs(i - from);
        if (!best || distance < best_distance) {
            best = &n;
            best_distance = distance;
        }
    }
    return best;
}

} // namespace

std::vector<MirrorEffect> MirrorInput::next(Mirror& mirror, bool settled) {
    while (settled && !requests_.empty()) {
        MirrorRequest& r = requests_.front();
        if (r.kind == MirrorRequest::Kind::escape) {
            const MirrorNode* closer = closer_near(mirror, r.key);
            if (!closer) {
                requests_.pop_front();
                continue;
            }
            r = {MirrorRequest::Kind::activate, closer->key, ""};
        }
        if (r.kind == MirrorRequest::Kind::focus) mirror.set_focused(r.key);
        const MirrorNode* n = mirror.find(r.key);
        if (!n || (r.kind == MirrorRequest::Kind::text && !n->editable())) {
            requests_.pop_front();
            continue;
        }
        if (!n->fully_in_view() && scrolls_ < kMostScrolls) {
            ++scrolls_;
            return {scroll_into_view(*n)};
        }
        scrolls_ = 0;
        const MirrorRequest done = std::move(r);
        requests_.pop_front();
        if (!n->shown) continue; // could not be brought into view

        std::vector<MirrorEffect> out;
        const MirrorNode* editing = being_edited(mirror);
        switch (done.kind) {
        case MirrorRequest::Kind::focus:
            // A text box is ready to type into as soon as it has the focus, as a tapped field is; leaving
            // one for anything else ends its editing (keeping the text), as tapping elsewhere does.
            if (n->editable() && !n->active)
                out.push_back(tap(*n));
            else if (!n->editable() && editing)
                out.push_back(effect(MirrorEffect::Kind::enter));
            break;
        case MirrorRequest::Kind::activate:
            if (!n->disabled && !(n->editable() && n->active)) out.push_back(tap(*n));
            break;
        case MirrorRequest::Kind::text:
            if (!n->active) out.push_back(tap(*n));
            out.push_back(effect(MirrorEffect::Kind::replace_text));
            out.back().text = done.text;
            break;
        case MirrorRequest::Kind::escape:
            break;
        }
        if (!out.empty()) return out;
    }
    return {};
}

} // namespace stride::ui
