#pragma once
// The accessibility mirror's model: what a screen reader, a keyboard or a switch should find in the page
// for what ImGui drew this frame, built from the UI probe (ui/probe.hpp), and what changed since the last
// drawn frame. The page (src/platform/web/mirror.js) keeps one real DOM element per node, invisible and
// laid over the item's rectangle, and applies only the changes; nothing runs while the app is idle because
// nothing is drawn. docs/accessibility.md describes the whole mirror.
//
// The tree is shallow, in reading order (the order ImGui drew the items):
//   navigation landmark (the side bar or tab bar, when shown) > tab list "Screens" > tabs
//   main landmark > headings, text, buttons, text boxes, spin buttons, images, radio groups > radios
//
// Pure: no ImGui, no browser. tests/ui/mirror_tests.cpp runs it on real frames.

#include "ui/probe.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stride::ui {

enum class Role {
    navigation, // landmarks
    main,
    tablist, // groups
    radiogroup,
    heading, // text
    text,
    button, // controls
    checkbox,
    radio,
    tab,
    textbox,
    spinbutton,
    image,
};
const char* role_name(Role role); // the ARIA role, e.g. "spinbutton"

struct MirrorNode {
    std::string key;    // stable while the item is drawn: from its ImGui ID, or its words for text
    std::string parent; // key of the landmark or group it is in; "" for landmarks
    Role role = Role::text;
    std::string name;         // accessible name
    std::string value;        // what a text box or spin button holds
    std::string invalid;      // a field's refusal ("" = valid)
    std::string described_by; // key of the text node that says why the field is invalid
    int level = 0;            // headings: 1 or 2
    int checked = -1;         // radios, tabs, checkboxes: 1 selected, 0 not; -1 not a choice
    int expanded = -1;        // buttons that open a section: 1 open, 0 closed; -1 neither
    bool disabled = false;
    bool numeric = false; // a text box for a number (the phone shows a number keypad)
    bool ranged = false;  // spin buttons: from min to max
    int min = 0, max = 0;
    bool active = false; // ImGui is pressing or editing it
    bool closes = false; // Escape activates it
    // Where it is, in whole CSS pixels: the visible part, or the whole item when scrolled away.
    int x = 0, y = 0, width = 0, height = 0;
    bool shown = true;
    // For bringing it into view (not sent to the page).
    unsigned int id = 0; // ImGui ID of a control or choice; 0 for text, groups and landmarks
    unsigned int window = 0;
    float top = 0, bottom = 0, view_top = 0, view_bottom = 0;

    bool interactive() const { return role >= Role::button && role != Role::image; }
    bool editable() const { return role == Role::textbox || role == Role::spinbutton; }
    bool fully_in_view() const { return window == 0 || (top >= view_top - 1 && bottom <= view_bottom + 1); }
};

// What changed between two frames, for the page to apply in this order: remove, create, change, order,
// then focus and announce.
struct MirrorDiff {
    std::vector<std::string> removed;
    std::vector<const MirrorNode*> created;
    struct Change {
        const MirrorNode* node;
        const MirrorNode* before;
    };
    std::vector<Change> changed; // only the fields that differ are sent
    // Parents whose children are no longer in the order the page has ("" = the landmarks).
    std::vector<std::pair<std::string, std::vector<std::string>>> order;
    std::string focus;                 // move the page's focus to this node ("" = leave it)
    std::vector<std::string> announce; // words for the polite live region

    bool empty() const {
        return removed.empty() && created.empty() && changed.empty() && order.empty() && focus.empty() &&
               announce.empty();
    }
};

class Mirror {
  public:
    // This frame's nodes from the probe, and what changed since the last update (valid until the next).
    const MirrorDiff& update(const ProbeFrame& frame);

    const std::vector<MirrorNode>& nodes() const { return nodes_; }
    const MirrorNode* find(const std::string& key) const;
    // The first node with this role and name (and, for radios and tabs, in the group of that name when
    // `group` is given), as an assistive technology would look it up.
    const MirrorNode* find(Role role, const std::string& name, const std::string& group = "") const;

    // Where the page's focus is ("" = outside the mirror): the page tells the mirror, so that focus is
    // moved on when the focused node goes away and follows ImGui when it activates another item.
    void set_focused(std::string key) { focused_ = std::move(key); }
    const std::string& focused() const { return focused_; }

  private:
    std::string replacement_for(const std::string& gone, const std::vector<MirrorNode>& before) const;

    std::vector<MirrorNode> nodes_;
    std::vector<MirrorNode> previous_;
    std::map<std::string, std::size_t> index_; // key -> position in nodes_
    std::map<std::string, std::string> live_;  // key -> words last frame
    bool first_ = true;
    std::string focused_;
    MirrorDiff diff_;
};

// The nodes of one frame, in reading order (Mirror::update uses it; tests read it directly).
std::vector<MirrorNode> mirror_nodes(const ProbeFrame& frame);

// The diff as JSON for mirror.js: {"remove":[keys],"create":[{node}],"change":[{key and changed fields}],
// "order":[[parent,[keys]]],"focus":key,"announce":[words]}. Node fields: k key, p parent, r role, n name,
// v value, e invalid words, db described-by key, l level, c checked, o expanded, dis
// disabled, num numeric, min, max, act active, esc closes, x, y, w, h, s shown.
std::string mirror_diff_to_json(const MirrorDiff& diff);

} // namespace stride::ui
