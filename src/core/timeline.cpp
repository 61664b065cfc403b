#include "core/timeline.hpp"

#include <utility>

namespace stride {

Timeline::Timeline(Plan present, std::size_t limit)
    : present_(std::move(present)), limit_(limit == 0 ? 1 : limit) {}

std::optional<FieldError> Timeline::dispatch(const Action& action) {
    Expected<Plan> result = stride::apply(present_, action); // qualified: std::apply is found by ADL too
    if (!result.ok()) return result.error();
    past_.push_back({std::move(present_), describe_action(action)});
    if (past_.size() > limit_) past_.pop_front();
    future_.clear();
    present_ = std::move(result).value();
    return std::nullopt;
}

void Timeline::reset(Plan present) {
    present_ = std::move(present);
    past_.clear();
    future_.clear();
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
    to.push_back({std::move(present_), target.label});
    present_ = std::move(target.plan);
    return true;
}

bool Timeline::undo() {
    return shift(past_, future_);
}
bool Timeline::redo() {
    return shift(future_, past_);
}

} // namespace stride
