#pragma once
// The last few weeks (Monday to Sunday) up to today, for summaries kept per week: which week a day falls
// in, and nothing after today or before the first week.

#include "core/model/date.hpp"

#include <cstddef>
#include <optional>

namespace stride {

class RecentWeeks {
  public:
    RecentWeeks(Date today, int weeks)
        : today_(today), count_(weeks > 0 ? weeks : 0), first_(today.week_start() - 7 * (count_ - 1)) {}

    int count() const { return count_; }
    // The Monday of week i, oldest first.
    Date start(int i) const { return first_ + 7 * i; }
    bool holds_today(int i) const { return start(i) == today_.week_start(); }
    // The week `day` falls in, if it is one of them and not after today.
    std::optional<std::size_t> index_of(Date day) const {
        if (count_ == 0 || day > today_ || day < first_) return std::nullopt;
        return static_cast<std::size_t>((day.week_start() - first_) / 7);
    }

  private:
    Date today_;
    int count_;
    Date first_;
};

} // namespace stride
