#include "storage/plan_sync.hpp"

#include "core/changes/plan_delta.hpp"
#include "core/changes/replay.hpp"
#include "core/plan_file/plan_file.hpp"

#include <algorithm>
#include <utility>

namespace stride::storage {
namespace {

constexpr const char* kNotRecoveredYet =
    "Something you entered just before Stride Back was last closed is kept in this browser but could not be "
    "added yet: the browser refused to store more (storage full?). Free some space, then open Stride Back "
    "again.";

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

// The journal is written once the call is over, so that it holds what the call saved and wrote.
PlanSync::Call::~Call() {
    if (--sync_.depth_ > 0) return;
    if (std::exchange(sync_.answer_waiting_, false))
        sync_.answered();
    else
        sync_.journal_.sync(sync_.now_ms_);
}

PlanSync::PlanSync(StorageBackend& backend, std::string writer_id, JournalStore* journal,
                   std::function<void()> changed)
    : changed_(std::move(changed)), hooked_(backend, *this), journal_store_(journal),
      journal_(journal, writer_id),
      store_(hooked_, {writer_id, kDefaultGenerationsKept,
                       [this](std::uint64_t generation, const std::string& bytes, Revision upto) {
                           journal_.put(generation, bytes, upto);
                       },
                       [this] { return journal_.named_generations(); }}) {}

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
                                const std::vector<OrphanJournal>& journals,
                                const std::function<Plan()>& fresh, std::int64_t now_ms) {
    const Call call(*this);
    now_ms_ = now_ms;
    StartReport report = store_.start(
        records, [this](const Record& record, const Record* base) { return check_plan(record, base); });
    Opened opened;
    if (report.loaded) {
        opened.plan = plan_of(*report.loaded).value(); // check_plan() accepted it
        based_on(*report.loaded, opened.plan);
    } else {
        opened.plan = fresh();
        last_payload_ = plan_to_json(opened.plan); // an untouched fresh plan is not worth a generation
    }
    opened.report = std::move(report);
    if (journal_store_ && !journals.empty()) recover(opened, records, journals, now_ms);
    return opened;
}

// Closed tabs' journals become this tab's first change. Their changes go into this tab's journal (which
// lists them as absorbed) before theirs are removed, so at no moment are they kept nowhere, and a start
// that finds both makes them once. If this tab cannot journal them, they stay where they are, for later.
void PlanSync::recover(Opened& opened, const std::vector<StoredRecord>& records,
                       const std::vector<OrphanJournal>& journals, std::int64_t now_ms) {
    const std::uint64_t generation = opened.report.loaded ? opened.report.loaded->generation : 0;
    Recovered recovered = recover_journals(opened.plan, generation, records, journals);
    opened.recovery_notice = recovered.notice;
    if (!recovered.actions.empty()) {
        const Revision revision = store_.next_revision();
        journal_.absorb(recovered.taken);
        journal_.add(revision, now_ms, recovered.actions);
        if (!journal_.sync(now_ms) || !journal_.holds(revision)) {
            journal_.committed(revision); // forget it again: nothing of it was saved
            journal_.sync(now_ms);
            opened.recovery_notice = kNotRecoveredYet;
            return;
        }
        std::vector<Action> again = diff_actions(opened.plan, recovered.plan); // each entry once
        for (Action& action : again)
            action = with_id_cleared(std::move(action)); // a rebase gives it the newer plan's next id
        opened.plan = std::move(recovered.plan);
        save(opened.plan, {std::move(again), true, std::move(recovered.actions)}, now_ms);
    }
    for (const std::string& tab : recovered.taken)
        journal_store_->remove_journal(tab);
}

// ---------------------------------------------------------------------------------------------------------
// Writing generations
// ---------------------------------------------------------------------------------------------------------

void PlanSync::save_if_changed(const Plan& plan, Made change, std::int64_t now_ms) {
    const Call call(*this);
    now_ms_ = now_ms;
    save(plan, std::move(change), now_ms);
}

void PlanSync::save(const Plan& plan, Made change, std::int64_t now_ms) {
    auto [payload, base] = payload_of(plan);
    if (payload == last_payload_) return;
    last_payload_ = payload;
    const Revision revision = store_.save(std::move(payload), now_ms, base);
    journal_.add(revision, now_ms, std::move(change.as_made));
    if (base == 0) writing_whole_.emplace(revision, plan);
    unsaved_.push_back({revision, std::move(change.actions), change.replayable});
}

SaveIndicator PlanSync::indicator() const {
    SaveIndicator shown = store_.indicator();
    if (shown.state == SaveState::Saving && journal_.at_risk(committed())) return not_safe_yet();
    return shown;
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
    now_ms_ = now_ms;
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
    now_ms_ = now_ms;
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
    journal_.drop_steps(); // they are made again below (as new changes), or reported lost
    if (!theirs) { // cannot happen while check_plan() guards the store; never drop this tab's plan for it
        last_payload_.clear(); // the store dropped what it was about to write: write it again
        save(timeline.present(), {{}, false, {}}, now_ms);
        return std::nullopt;
    }
    based_on(newer->record, theirs.value());
    timeline.reset(std::move(theirs).value());

    Made made;
    for (Action& action : again) {
        Action as_made = with_next_id(timeline.present(), action);
        if (timeline.dispatch(action)) {
            lost = true; // e.g. an edit of an entry the other tab deleted
        } else {
            made.actions.push_back(std::move(action));
            made.as_made.push_back(std::move(as_made));
        }
    }
    if (!made.actions.empty()) save(timeline.present(), std::move(made), now_ms);
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
    journal_.committed(done);
    journal_.sync(now_ms_);
    if (changed_) changed_();
}

} // namespace stride::storage
