#include "app/plan_storage.hpp"

#include "core/changes/plan_delta.hpp"
#include "core/plan_file/plan_file.hpp"
#include "storage/backup_reminder.hpp"

#include <algorithm>
#include <utility>

namespace stride {
namespace {

ui::SaveState ui_state(storage::SaveState state) {
    switch (state) {
    case storage::SaveState::Saving:
        return ui::SaveState::saving;
    case storage::SaveState::NotSaved:
        return ui::SaveState::not_saved;
    default:
        return ui::SaveState::saved;
    }
}

long day_number(Date date) {
    return date.days_since_epoch();
}

std::optional<long> day_number(std::optional<Date> date) {
    if (!date) return std::nullopt;
    return day_number(*date);
}

} // namespace

PlanStorage::PlanStorage(platform::WebPlatform& platform)
    : platform_(platform), preload_(platform::read_storage_preload()), backend_([this] { answered(); }),
      store_(backend_, {preload_.tab_id}), persisted_(preload_.persisted),
      first_save_(platform::read_storage_note(platform::StorageNote::first_save)),
      last_backup_(platform::read_storage_note(platform::StorageNote::last_backup)) {
    platform::listen_for_storage_events({
        [this] { flush(); },
        [this](std::uint64_t generation) {
            store_.notice_generation(generation);
            platform_.request_frame();
        },
        [this](bool persisted) {
            persisted_ = persisted;
            platform_.request_frame();
        },
    });
}

// A stored generation is usable only if the core can read its plan (a delta: applied to its base);
// otherwise start-up falls back to an older one, as for a damaged record. The plans read are kept: the store
// checks the generation it is about to hand over (at start-up, or from another tab), so the app need not
// read the same JSON twice, and a base shared by several deltas is read once.
std::optional<std::string> PlanStorage::check_plan(const storage::Record& record,
                                                   const storage::Record* base) {
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

Expected<Plan> PlanStorage::plan_of(const storage::Record& record) {
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

void PlanStorage::based_on(const storage::Record& record, const Plan& plan) {
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

std::pair<std::string, std::uint64_t> PlanStorage::payload_of(const Plan& plan) const {
    if (base_)
        if (std::optional<PlanDelta> delta = diff_plans(base_->plan, plan))
            return {delta_to_json(*delta), base_->generation};
    return {plan_to_json(plan), 0};
}

Plan PlanStorage::open(const std::function<std::uint32_t()>& new_origin) {
    const storage::StartReport report =
        store_.start(preload_.records, [this](const storage::Record& record, const storage::Record* base) {
            return check_plan(record, base);
        });
    const std::int64_t now = platform::wall_clock_ms();
    start_notice_ = preload_.ok ? storage::start_message(report, now) : preload_.error_message;
    preload_.records.clear(); // read once; no need to keep a copy of every generation

    if (report.loaded) {
        if (!first_save_) { // stored before this release noted it, or the note was cleared: count from today
            first_save_ = platform_.today();
            platform::write_storage_note(platform::StorageNote::first_save, *first_save_);
        }
        Plan plan = plan_of(*report.loaded).value(); // check_plan() accepted it
        based_on(*report.loaded, plan);
        return plan;
    }
    Plan fresh = make_plan(new_origin());
    last_payload_ = plan_to_json(fresh); // an untouched fresh plan is not worth a generation
    return fresh;
}

void PlanStorage::save_if_changed(const Plan& plan, std::vector<Action> actions, bool replayable) {
    auto [payload, base] = payload_of(plan);
    if (payload == last_payload_) return;
    last_payload_ = payload;
    const storage::Revision revision = store_.save(std::move(payload), platform::wall_clock_ms(), base);
    if (base == 0) writing_whole_.emplace(revision, plan);
    unsaved_.push_back({revision, std::move(actions), replayable});
}

// Each save writes everything changed since the whole plan, so once that has grown the whole plan is
// written again, and later saves are small again. Only when nothing waits to be written and not on the
// first frame, so it never delays the runner's own save or the app's start.
void PlanStorage::rewrite_whole_if_due(const Plan& plan) {
    if (!base_ || writing_whole_ || last_payload_.size() < kRewriteWholeAfterBytes) return;
    if (std::exchange(first_frame_, false)) return platform_.request_frame();
    if (!store_.idle()) return;
    const storage::Revision revision = store_.save(plan_to_json(plan), platform::wall_clock_ms(), 0);
    writing_whole_.emplace(revision, plan);
    unsaved_.push_back({revision, {}, true}); // the same plan: nothing to re-apply on another tab's save
}

void PlanStorage::follow_other_tabs(Timeline& timeline, ui::AppStatus& status) {
    std::optional<storage::NewerGeneration> newer = store_.take_newer();
    if (!newer) return rewrite_whole_if_due(timeline.present());
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
        save_if_changed(timeline.present(), {}, false);
        return;
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
    if (!applied.empty()) save_if_changed(timeline.present(), std::move(applied), true);
    if (lost)
        status.action_error =
            "Another open Stride Back tab saved at the same moment as your last change here, "
            "and that change could not be added to its version. Check your history and "
            "make the change again if it is missing.";
}

void PlanStorage::fill(ui::AppStatus& status) const {
    const storage::SaveIndicator indicator = store_.indicator();
    status.save = ui_state(indicator.state);
    status.save_words = indicator.words;
    status.storage_persisted = persisted_;
    status.read_only = false; // every tab writes; they follow each other live (docs/storage.md "Two tabs")
    const storage::BackupReminder reminder =
        storage::backup_reminder(day_number(last_backup_), day_number(first_save_), day_number(status.today));
    status.backup_due = reminder.remind;
    status.backup_words = reminder.words;
}

void PlanStorage::flush() {
    store_.flush(platform::wall_clock_ms());
    platform_.request_frame();
}

void PlanStorage::request_persistence() {
    asked_persistence_ = true;
    platform::request_persistent_storage();
}

void PlanStorage::note_backup_made(Date today) {
    last_backup_ = today;
    platform::write_storage_note(platform::StorageNote::last_backup, today);
}

void PlanStorage::answered() {
    const storage::Revision committed = store_.tracker().committed();
    if (writing_whole_ && committed >= writing_whole_->first) {
        const auto whole = store_.last_whole_commit();
        if (whole && whole->revision == writing_whole_->first) { // else coalesced into a later change
            base_ = Checked{whole->generation, std::move(writing_whole_->second)};
            if (store_.tracker().latest() == whole->revision) last_payload_ = payload_of(base_->plan).first;
        }
        writing_whole_.reset();
    }
    unsaved_.erase(std::remove_if(unsaved_.begin(), unsaved_.end(),
                                  [committed](const Change& change) { return change.revision <= committed; }),
                   unsaved_.end());
    if (committed > 0) {
        if (!first_save_) {
            first_save_ = platform_.today();
            platform::write_storage_note(platform::StorageNote::first_save, *first_save_);
        }
        // Asked once the runner has something worth keeping, not at start-up: some browsers ask the user.
        if (!persisted_ && !asked_persistence_) request_persistence();
    }
    platform_.request_frame();
}

} // namespace stride
