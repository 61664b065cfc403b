#include "ui/mirror.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace stride::ui {
namespace {

constexpr const char* kNavigation = "navigation";
constexpr const char* kMain = "main";
constexpr const char* kScreens = "Screens"; // the tab list's name

// FNV-1a: a short, stable key for a text from its words.
std::string words_key(const std::string& words) {
    std::uint32_t hash = 2166136261u;
    for (const char c : words) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    char key[16];
    std::snprintf(key, sizeof key, "t%08x", hash);
    return key;
}

std::string id_key(unsigned int id) {
    char key[16];
    std::snprintf(key, sizeof key, "i%08x", id);
    return key;
}

// "Side: Left" in the group "Side" is named "Left".
std::string option_name(const ProbeItem& item) {
    const std::string prefix = item.group + ": ";
    return item.label.compare(0, prefix.size(), prefix) == 0 ? item.label.substr(prefix.size()) : item.label;
}

Role role_of(const ProbeItem& item) {
    const std::string& k = item.kind;
    if (k == "text") return item.heading > 0 ? Role::heading : Role::text;
    if (k == "choice") return item.navigation ? Role::tab : Role::radio;
    if (k == "checkbox") return Role::checkbox;
    if (k == "number-field") return item.ranged ? Role::spinbutton : Role::textbox;
    if (k == "text-field" || k == "field") return Role::textbox;
    if (k == "chart") return Role::image;
    return Role::button; // button, openable
}

MirrorNode node_of(const ProbeItem& item) {
    MirrorNode n;
    n.role = role_of(item);
    n.name = item.kind == "choice" ? option_name(item) : item.label;
    n.level = n.role == Role::heading ? item.heading : 0;
    if (n.editable()) n.value = item.value;
    if (n.role == Role::radio || n.role == Role::tab) n.checked = item.value == "selected" ? 1 : 0;
    if (n.role == Role::checkbox) n.checked = item.value == "true" ? 1 : 0;
    if (item.kind == "openable") n.expanded = item.value == "open" ? 1 : 0;
    n.invalid = item.invalid;
    n.disabled = item.disabled;
    n.numeric = item.kind == "number-field";
    n.ranged = item.ranged;
    n.min = item.min;
    n.max = item.max;
    n.active = item.active;
    n.closes = item.closes;
    n.x = static_cast<int>(std::floor(item.x));
    n.y = static_cast<int>(std::floor(item.y));
    n.width = static_cast<int>(std::ceil(item.x + item.width)) - n.x;
    n.height = static_cast<int>(std::ceil(item.y + item.height)) - n.y;
    n.shown = item.shown;
    n.id = item.kind == "text" ? 0 : item.id;
    n.window = item.window;
    n.top = item.top;
    n.bottom = item.bottom;
    n.view_top = item.view_top;
    n.view_bottom = item.view_bottom;
    return n;
}

MirrorNode landmark(Role role) {
    MirrorNode n;
    n.key = role == Role::navigation ? kNavigation : kMain;
    n.role = role;
    return n;
}

// The fields of a node the page shows, as one JSON object; with `before`, the key and the fields that differ.
class NodeWriter {
  public:
    NodeWriter(std::string& out, const MirrorNode& node, const MirrorNode* before)
        : out_(out), node_(node), before_(before) {}

    // Returns how many fields it wrote besides the key.
    int write() {
        out_ += "{\"k\":";
        append_json_string(out_, node_.key);
        field("p", &MirrorNode::parent);
        if (!before_ || before_->role != node_.role) {
            out_ += ",\"r\":";
            append_json_string(out_, role_name(node_.role));
            ++fields_;
        }
        field("n", &MirrorNode::name);
        field("v", &MirrorNode::value);
        field("e", &MirrorNode::invalid);
        field("db", &MirrorNode::described_by);
        field("l", &MirrorNode::level);
        field("c", &MirrorNode::checked);
        field("o", &MirrorNode::expanded);
        field("dis", &MirrorNode::disabled);
        field("num", &MirrorNode::numeric);
        if (node_.ranged) {
            field("min", &MirrorNode::min);
            field("max", &MirrorNode::max);
        }
        field("act", &MirrorNode::active);
        field("esc", &MirrorNode::closes);
        field("x", &MirrorNode::x);
        field("y", &MirrorNode::y);
        field("w", &MirrorNode::width);
        field("h", &MirrorNode::height);
        field("s", &MirrorNode::shown);
        out_ += '}';
        return fields_;
    }

  private:
    template <class T> void field(const char* name, T MirrorNode::*member) {
        if (before_ && before_->*member == node_.*member) return;
        out_ += ",\"";
        out_ += name;
        out_ += "\":";
        put(node_.*member);
        ++fields_;
    }
    void put(const std::string& text) { append_json_string(out_, text); }
    void put(int number) { out_ += std::to_string(number); }
    void put(bool flag) { out_ += flag ? "true" : "false"; }

    std::string& out_;
    const MirrorNode& node_;
    const MirrorNode* before_;
    int fields_ = 0;
};

// Groups and landmarks hold nodes; focus goes to what they hold.
bool is_container(const MirrorNode& n) {
    return n.role == Role::navigation || n.role == Role::main || n.role == Role::tablist ||
           n.role == Role::radiogroup;
}

// The landmark a node is in (its own key for a landmark).
std::string landmark_of(const MirrorNode& n, const std::vector<MirrorNode>& nodes) {
    if (n.parent.empty()) return n.key;
    if (n.parent == kNavigation || n.parent == kMain) return n.parent;
    const auto group =
        std::find_if(nodes.begin(), nodes.end(), [&](const MirrorNode& g) { return g.key == n.parent; });
    return group == nodes.end() ? n.parent : group->parent;
}

} // namespace

const char* role_name(Role role) {
    switch (role) {
    case Role::navigation:
        return "navigation";
    case Role::main:
        return "main";
    case Role::tablist:
        return "tablist";
    case Role::radiogroup:
        return "radiogroup";
    case Role::heading:
        return "heading";
    case Role::text:
        return "text";
    case Role::button:
        return "button";
    case Role::checkbox:
        return "checkbox";
    case Role::radio:
        return "radio";
    case Role::tab:
        return "tab";
    case Role::textbox:
        return "textbox";
    case Role::spinbutton:
        return "spinbutton";
    case Role::image:
        return "img";
    }
    return "text";
}

std::vector<MirrorNode> mirror_nodes(const ProbeFrame& frame) {
    std::vector<MirrorNode> out;
    std::map<std::string, int> seen; // key -> times used this frame, so repeated words stay distinct
    const auto unique = [&](std::string key) {
        const int n = seen[key]++;
        return n == 0 ? key : key + "." + std::to_string(n);
    };
    bool has_navigation = false, has_main = false;
    std::string group_key, group_name; // the radio group or tab list being filled, if any
    std::vector<std::size_t> item_node(frame.items.size(), SIZE_MAX);
    for (std::size_t i = 0; i < frame.items.size(); ++i) {
        const ProbeItem& item = frame.items[i];
        if (item.label.empty()) continue;
        const char* home = item.navigation ? kNavigation : kMain;
        bool& has_home = item.navigation ? has_navigation : has_main;
        if (!has_home) {
            out.push_back(landmark(item.navigation ? Role::navigation : Role::main));
            has_home = true;
            group_key.clear();
        }
        MirrorNode n = node_of(item);
        n.parent = home;
        if (item.kind == "choice" && !item.group.empty()) {
            if (group_key.empty() || group_name != item.group) {
                // A new group starts (choices of one group are drawn together).
                MirrorNode g;
                g.role = item.navigation ? Role::tablist : Role::radiogroup;
                g.name = item.navigation ? kScreens : item.group;
                g.key = unique("g" + words_key(home + item.group).substr(1));
                g.parent = home;
                group_key = g.key;
                group_name = item.group;
                out.push_back(std::move(g));
            }
            n.parent = group_key;
        } else {
            group_key.clear();
        }
        n.key = unique(n.id ? id_key(n.id) : words_key(n.name));
        out.push_back(std::move(n));
        item_node[i] = out.size() - 1;
    }
    // A refused field points at the words under it that say why.
    for (std::size_t i = 0; i < frame.items.size(); ++i) {
        if (item_node[i] == SIZE_MAX || frame.items[i].invalid.empty()) continue;
        for (std::size_t j = i + 1; j < frame.items.size() && j <= i + 3; ++j) {
            if (item_node[j] != SIZE_MAX && frame.items[j].kind == "text" &&
                frame.items[j].label == frame.items[i].invalid) {
                out[item_node[i]].described_by = out[item_node[j]].key;
                break;
            }
        }
    }
    return out;
}

const MirrorNode* Mirror::find(const std::string& key) const {
    const auto it = index_.find(key);
    return it == index_.end() ? nullptr : &nodes_[it->second];
}

const MirrorNode* Mirror::find(Role role, const std::string& name, const std::string& group) const {
    for (const MirrorNode& n : nodes_) {
        if (n.role != role || n.name != name) continue;
        if (!group.empty()) {
            const MirrorNode* parent = find(n.parent);
            if (!parent || parent->name != group) continue;
        }
        return &n;
    }
    return nullptr;
}

// When the focused node goes away (its form closed, its step ended), focus moves to what took its place:
// the node after the nearest earlier node that is still there, in the same landmark; failing that, the
// screen's title.
std::string Mirror::replacement_for(const std::string& gone, const std::vector<MirrorNode>& before) const {
    const auto at =
        std::find_if(before.begin(), before.end(), [&](const MirrorNode& n) { return n.key == gone; });
    if (at != before.end()) {
        const std::string home = landmark_of(*at, before);
        for (auto it = std::make_reverse_iterator(at); it != before.rend(); ++it) {
            const auto kept = index_.find(it->key);
            if (kept == index_.end() || is_container(*it)) continue;
            if (landmark_of(nodes_[kept->second], nodes_) != home) break;
            for (std::size_t next = kept->second + 1; next < nodes_.size(); ++next) {
                if (is_container(nodes_[next])) continue;
                if (landmark_of(nodes_[next], nodes_) != home) break;
                return nodes_[next].key;
            }
            break;
        }
    }
    for (const MirrorNode& n : nodes_)
        if (n.role == Role::heading && n.level == 1 && n.parent == kMain) return n.key;
    return "";
}

const MirrorDiff& Mirror::update(const ProbeFrame& frame) {
    previous_ = std::move(nodes_);
    nodes_ = mirror_nodes(frame);
    index_.clear();
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        index_[nodes_[i].key] = i;
    std::map<std::string, const MirrorNode*> before;
    for (const MirrorNode& n : previous_)
        before[n.key] = &n;

    diff_ = MirrorDiff{};
    for (const MirrorNode& n : previous_)
        if (!index_.count(n.key)) diff_.removed.push_back(n.key);
    for (const MirrorNode& n : nodes_) {
        const auto was = before.find(n.key);
        if (was == before.end()) {
            diff_.created.push_back(&n);
            continue;
        }
        std::string fields;
        if (NodeWriter(fields, n, was->second).write() > 0) diff_.changed.push_back({&n, was->second});
    }
    // Children in order, per parent, where the order is not what the page holds.
    const auto children = [](const std::vector<MirrorNode>& nodes) {
        std::map<std::string, std::vector<std::string>> out;
        for (const MirrorNode& n : nodes)
            out[n.parent].push_back(n.key);
        return out;
    };
    const auto now = children(nodes_), then = children(previous_);
    for (const auto& [parent, keys] : now) {
        const auto old = then.find(parent);
        if (old == then.end() || old->second != keys) diff_.order.emplace_back(parent, keys);
    }

    // Focus: away from a node that went, and after ImGui when it starts pressing or editing another item.
    // The page moves its focus only while its focus is in the mirror, and then it goes where it is told.
    if (!focused_.empty() && !index_.count(focused_)) diff_.focus = replacement_for(focused_, previous_);
    for (const MirrorNode& n : nodes_) {
        const auto was = before.find(n.key);
        const bool newly_active = n.active && (was == before.end() || !was->second->active);
        if (newly_active && n.interactive() && n.key != focused_ && !focused_.empty()) diff_.focus = n.key;
    }
    if (!diff_.focus.empty()) focused_ = diff_.focus;

    std::map<std::string, std::string> live;
    for (const LiveText& l : frame.live) {
        const auto was = live_.find(l.key);
        const bool changed = was == live_.end() ? !l.text.empty() : was->second != l.text;
        if (!first_ && !l.text.empty() && (changed || l.again)) diff_.announce.push_back(l.text);
        live[l.key] = l.text;
    }
    live_ = std::move(live);
    first_ = false;
    return diff_;
}

std::string mirror_diff_to_json(const MirrorDiff& diff) {
    std::string out = "{\"remove\":[";
    for (std::size_t i = 0; i < diff.removed.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, diff.removed[i]);
    }
    out += "],\"create\":[";
    for (std::size_t i = 0; i < diff.created.size(); ++i) {
        if (i) out += ',';
        NodeWriter(out, *diff.created[i], nullptr).write();
    }
    out += "],\"change\":[";
    for (std::size_t i = 0; i < diff.changed.size(); ++i) {
        if (i) out += ',';
        NodeWriter(out, *diff.changed[i].node, diff.changed[i].before).write();
    }
    out += "],\"order\":[";
    for (std::size_t i = 0; i < diff.order.size(); ++i) {
        if (i) out += ',';
        out += '[';
        append_json_string(out, diff.order[i].first);
        out += ",[";
        for (std::size_t j = 0; j < diff.order[i].second.size(); ++j) {
            if (j) out += ',';
            append_json_string(out, diff.order[i].second[j]);
        }
        out += "]]";
    }
    out += "],\"focus\":";
    append_json_string(out, diff.focus);
    out += ",\"announce\":[";
    for (std::size_t i = 0; i < diff.announce.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, diff.announce[i]);
    }
    out += "]}";
    return out;
}

} // namespace stride::ui
