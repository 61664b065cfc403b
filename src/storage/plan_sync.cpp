#include "storage/plan_sync.hpp"

#include "core/changes/plan_delta.hpp"
#include "core/plan_file/plan_file.hpp"

#include <algorithm>
#include <utility>

namespace stride::storage {
namespace {

constexpr const char* kLostChange =
    "Another open Stride Back tab saved at the same moment as your last change here, and that change could "
    "not be added to its version. Check your history and make the change again if it is missing.";

} // namespace

// ---------------------------------------------------------------------------------------------------------
// The hooked backend and the call guard: answered() after every answer, never inside PlanSync's own calls.
// ---------------------------------------------------------------------------------------------------------

template <typename F> auto PlanSync::Hooked::after(F done) {
    return [weak = std::weak_ptr<bool>(sync_.alive_), &sync = sync_, done = std::move(done)](auto&&... args) {
        done(std::forward<decltype(args)>(args)...);
        if (weak.lock()) sync.answered();
    };
}

void PlanSync::Hooked::put(StoredRecord record, std::uint64_t expected_newest, Done done) {
    inner_.put(std::move(record), expected_newest, after(std::move(done)));
}
void PlanSync::Hooked::list(Listed done) {
    inner_.list(after(std::move(done)));
}
void PlanSync::Hooked::get(std::uint64_t generation, Got done) {
    inner_.get(generation, after(std::move(done)));
}
void PlanSync::Hooked::remove(std::vector<std::uint64_t> generations, Done done) {
    inner_.remove(std::move(generations), after(std::move(done)));
}

PlanSync::Call::~Call() {
    if (--sync_.depth_ == 0 && std::exchange(sync_.answer_waiting_, false)) sync_.answered();
}

PlanSync::PlanSync(StorageBackend& backend, std::string writer_id, std::function<void()> changed)
    : changed_(std::move(changed)), hooked_(backend, *this), store_(hooked_, {std::move(writer_id)}) {}

// ---------------------------------------------------------------------------------------------------------
// Reading generations
// ---------------------------------------------------------------------------------------------------------

// A stored generation is usable only if the core can read its plan (a delta: applied to its base);
// otherwise start-up falls back to an older one, as for a damaged record. The plans read are kept: the store
// checks the generation it is about to hand over (at start-up, or from another tab), so the app need not
// read the same JSON twice, and a base shared by several deltas is read once.
std::optional<std::string> PlanSync::check_plan(const Record& record, const Record* base) {
    if (!base) {
        Expected<Plan> plan = plan_from_json(record.payload);
        if (!plan) return "unreadable (" + plan.error().message + ")";
        checked_ = Checked{record.generation, std::move(plan).value()};
        return std::nullopt;
    }
    if (!checked_base_ || checked_base_->generation != base->generation) {
        if (base_ && base_->generation == base->generation) {
            checked_base_ = base_; // another tab's delta on the plan this tab builds on too
        } else {
            Expected<Plan> whole = plan_from_json(base->payload);
            if (!whole) return "unreadable (the earlier save it builds on: " + whole.error().message + ")";
            checked_base_ = Checked{base->generation, std::move(whole).value()};
        }
    }
    Expected<Plan> plan = plan_from_delta(checked_base_->plan, record.payload);
    if (!plan) return "unreadable (" + plan.error().message + ")";
    checked_ = Checked{record.generation, std::move(plan).value()};
    return std::nullopt;
}

Expected<Plan> PlanSync::plan_of(const Record& record) {
    if (checked_ && checked_->generation == record.generation) {
        Plan plan = std::move(checked_->plan);
        checked_.reset();
        return plan;
    }
    if (record.whole()) return plan_from_json(record.payload);
    if (checked_base_ && checked_base_->generation == record.base)
        return plan_from_delta(checked_base_->plan, record.payload);
    return FieldError{"", "The save it builds on was not read."};
}

void PlanSync::based_on(const Record& record, const Plan& plan) {
    writing_whole_.reset();
    if (record.whole())
        base_ = Checked{record.generation, plan};
    else if (checked_base_ && checked_base_->generation == record.base)
        base_ = std::move(checked_base_);
    else if (!base_ || base_->generation != record.base)
        base_.reset(); // cannot happen after check_plan(); the next save writes the whole plan
    checked_base_.reset();
    last_payload_ = payload_of(plan).first;
}

std::pair<std::string, std::uint64_t> PlanSync::payload_of(const Plan& plan) const {
    if (base_)
        if (std::optional<PlanDelta> delta = diff_plans(base_->plan, plan))
            return {delta_to_json(*delta), base_->generation};
    return {plan_to_json(plan), 0};
}

PlanSync::Opened PlanSync::open(const std::vector<StoredRecord>& records,
                                const std::function<Plan()>& fresh) {
    const Call call(*this);
    StartReport report = store_.start(
        records, [this](const Record& record, const Record* base) { return check_plan(record, base); });
    if (report.loaded) {
        Plan plan = plan_of(*report.loaded).value(); // check_plan() accepted it
        based_on(*report.loaded, plan);
        return {std::move(plan), std::move(report)};
    }
    Plan plan = fresh();
    last_payload_ = plan_to_json(plan); // an untouched fresh plan is not worth a generation
    return {std::move(plan), std::move(report)};
}

// ---------------------------------------------------------------------------------------------------------
// Writing generations
// ---------------------------------------------------------------------------------------------------------

void PlanSync::save_if_changed(const Plan& plan, std::vector<Action> actions, bool replayable,
                               std::int64_t now_ms) {
    const Call call(*this);
    save(plan, std::move(actions), replayable, now_ms);
}

void PlanSync::save(const Plan& plan, std::vector<Action> actions, bool replayable, std::int64_t now_ms) {
    auto [payload, base] = payload_of(plan);
    if (payload == last_payload_) return;
    last_payload_ = payload;
    const Revision revision = store_.save(std::move(payload), now_ms, base);
    if (base == 0) writing_whole_.emplace(revision, plan);
    unsaved_.push_back({revision, std::move(actions), replayable});
}

// Each save writes everything changed since the whole plan, so once that has grown the whole plan is
// written again, and later saves are small again. Only when nothing waits to be written and not on the
// first frame, so it never delays the runner's own save or the app's start.
void PlanSync::rewrite_whole_if_due(const Plan& plan, std::int64_t now_ms) {
    if (!base_ || writing_whole_ || last_payload_.size() < kRewriteWholeAfterBytes) return;
    if (std::exchange(first_frame_, false)) {
        if (changed_) changed_(); // look again on the next frame
        return;
    }
    if (!store_.idle()) return;
    const Revision revision = store_.save(plan_to_json(plan), now_ms, 0);
    writing_whole_.emplace(revision, plan);
    unsaved_.push_back({revision, {}, true}); // the same plan: nothing to re-apply on another tab's save
}

void PlanSync::flush(std::int64_t now_ms) {
    const Call call(*this);
    store_.flush(now_ms);
}

void PlanSync::notice_generation(std::uint64_t generation) {
    const Call call(*this);
    store_.notice_generation(generation);
}

// ---------------------------------------------------------------------------------------------------------
// Other tabs
// ---------------------------------------------------------------------------------------------------------

std::optional<std::string> PlanSync::follow_other_tabs(Timeline& timeline, std::int64_t now_ms) {
    const Call call(*this);
    std::optional<NewerGeneration> newer = store_.take_newer();
    if (!newer) {
        rewrite_whole_if_due(timeline.present(), now_ms);
        return std::nullopt;
    }
    Expected<Plan> theirs = plan_of(newer->record); // the store checked it with check_plan()

    // This tab's changes since its last commit were made on the plan it showed, not on the newer one.
    std::vector<Action> again;
    bool lost = false;
    for (Change& change : unsaved_) {
        if (change.revision <= newer->unsaved_after) continue;
        lost = lost || !change.replayable;
        for (Action& action : change.actions)
            again.push_back(std::move(action));
    }
    unsaved_.clear();
    if (!theirs) { // cannot happen while check_plan() guards the store; never drop this tab's plan for it
        last_payload_.clear(); // the store dropped what it was about to write: write it again
        save(timeline.present(), {}, false, now_ms);
        return std::nullopt;
    }
    based_on(newer->record, theirs.value());
    timeline.reset(std::move(theirs).value());

    std::vector<Action> applied;
    for (Action& action : again) {
        if (timeline.dispatch(action))
            lost = true; // e.g. an edit of an entry the other tab deleted
        else
            applied.push_back(std::move(action));
    }
    if (!applied.empty()) save(timeline.present(), std::move(applied), true, now_ms);
    if (lost) return std::string(kLostChange);
    return std::nullopt;
}

void PlanSync::answered() {
    if (depth_ > 0) {
        answer_waiting_ = true;
        return;
    }
    const Revision done = committed();
    if (writing_whole_ && done >= writing_whole_->first) {
        const auto whole = store_.last_whole_commit();
        if (whole && whole->revision == writing_whole_->first) { // else coalesced into a later change
            base_ = Checked{whole->generation, std::move(writing_whole_->second)};
            if (store_.tracker().latest() == whole->revision) last_payload_ = payload_of(base_->plan).first;
        }
        writing_whole_.reset();
    }
    unsaved_.erase(std::remove_if(unsaved_.begin(), unsaved_.end(),
                                  [done](const Change& change) { return change.revision <= done; }),
                   unsaved_.end());
    if (changed_) changed_();
}

} // namespace stride::storage
