#include "core/changes/timeline.hpp"

#include <algorithm>
#include <utility>

namespace stride {
namespace {

// Heap bytes of a string beyond the object itself (short strings live inside it).
std::size_t heap(const std::string& s) {
    static const std::size_t inside = std::string().capacity();
    return s.capacity() > inside ? s.capacity() + 1 : 0;
}

std::size_t heap(const std::vector<Exercise>& exercises) {
    std::size_t bytes = exercises.capacity() * sizeof(Exercise);
    for (const Exercise& e : exercises)
        bytes += heap(e.name) + heap(e.note);
    return bytes;
}

std::size_t heap(const Run& r) {
    return heap(r.note);
}
std::size_t heap(const StrengthSession& s) {
    return heap(s.exercises) + heap(s.note);
}
std::size_t heap(const DailyCheck& c) {
    return heap(c.task) + heap(c.note);
}
std::size_t heap(const Aggravator& a) {
    return heap(a.note);
}
std::size_t heap(const PhysioEntry& e) {
    return heap(e.note);
}
std::size_t heap(const ReadinessTest& t) {
    return heap(t.note);
}

} // namespace

std::size_t plan_bytes(const Plan& plan) {
    std::size_t bytes = sizeof(Plan) + heap(plan.profile.name) + heap(plan.race.name) +
                        heap(plan.prescription.strength_programme) + heap(plan.prescription.note);
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        const std::vector<Entry>& list = entries<Entry>(plan);
        bytes += list.capacity() * sizeof(Entry);
        for (const Entry& e : list)
            bytes += heap(e);
    });
    return bytes;
}

Timeline::Timeline(Plan present, std::size_t limit, std::size_t byte_budget)
    : present_(std::move(present)), present_bytes_(plan_bytes(present_)), limit_(limit == 0 ? 1 : limit),
      byte_budget_(byte_budget) {}

std::optional<FieldError> Timeline::dispatch(const Action& action) {
    Expected<Plan> result = stride::apply(present_, action); // qualified: std::apply is found by ADL too
    if (!result.ok()) return result.error();
    for (const Snapshot& s : future_)
        snapshot_bytes_ -= s.bytes;
    future_.clear();
    past_.push_back({std::move(present_), describe_action(action), present_bytes_});
    snapshot_bytes_ += present_bytes_;
    present_ = std::move(result).value();
    present_bytes_ = plan_bytes(present_);
    ++revision_;
    trim();
    return std::nullopt;
}

void Timeline::trim() {
    while (past_.size() > limit_ || (past_.size() > 1 && snapshot_bytes_ > byte_budget_)) {
        snapshot_bytes_ -= past_.front().bytes;
        past_.pop_front();
    }
}

void Timeline::join_last(std::size_t steps) {
    steps = std::min(steps, past_.size()); // trim() may have dropped the oldest of them already
    if (steps < 2) return;
    const std::size_t first = past_.size() - steps;
    for (std::size_t i = first + 1; i < past_.size(); ++i) {
        past_[first].label += " and " + past_[i].label;
        snapshot_bytes_ -= past_[i].bytes;
    }
    past_.erase(past_.begin() + static_cast<std::ptrdiff_t>(first + 1), past_.end());
}

void Timeline::reset(Plan present) {
    present_ = std::move(present);
    present_bytes_ = plan_bytes(present_);
    past_.clear();
    future_.clear();
    snapshot_bytes_ = 0;
    ++revision_;
}

std::string Timeline::undo_label() const {
    return past_.empty() ? "" : past_.back().label;
}
std::string Timeline::redo_label() const {
    return future_.empty() ? "" : future_.back().label;
}

bool Timeline::shift(std::deque<Snapshot>& from, std::deque<Snapshot>& to) {
    if (from.empty()) return false;
    Snapshot target = std::move(from.back());
    from.pop_back();
    snapshot_bytes_ += present_bytes_;
    snapshot_bytes_ -= target.bytes;
    to.push_back({std::move(present_), target.label, present_bytes_});
    present_ = std::move(target.plan);
    present_bytes_ = target.bytes;
    ++revision_;
    return true;
}

bool Timeline::undo() {
    return shift(past_, future_);
}
bool Timeline::redo() {
    return shift(future_, past_);
}

} // namespace stride
