#include "runtime/plan_storage.hpp"

#include "storage/backup_reminder.hpp"

namespace stride::runtime {
namespace {

std::optional<long> day_number(std::optional<Date> date) {
    if (!date) return std::nullopt;
    return date->days_since_epoch();
}

} // namespace

PlanStorage::PlanStorage(storage::StorageBackend& backend, storage::StorageHost& host, const Clock& clock,
                         bool deletes_unused_data, std::function<void()> wake)
    : host_(host), clock_(clock), wake_(std::move(wake)), preload_(host.preload()),
      sync_(backend, preload_.tab_id, &host, [this] { answered(); }), persisted_(preload_.persisted),
      first_save_(host.read_note(storage::StorageNote::first_save)),
      last_backup_(host.read_note(storage::StorageNote::last_backup)),
      deletes_unused_data_(deletes_unused_data),
      storage_warning_read_(host.read_note(storage::StorageNote::storage_warning_read)) {
    host_.listen({
        [this] { flush(); },
        [this](std::uint64_t generation) {
            sync_.notice_generation(generation);
            wake_();
        },
        [this](bool persisted) {
            persisted_ = persisted;
            wake_();
        },
    });
}

PlanStorage::~PlanStorage() {
    host_.listen({}); // events after this would reach a storage that is gone
}

Plan PlanStorage::open(const std::function<std::uint32_t()>& new_origin) {
    storage::PlanSync::Opened opened = sync_.open(
        preload_.records, preload_.journals, [&] { return make_plan(new_origin()); }, clock_.now_ms());
    start_notice_ =
        preload_.ok ? storage::start_message(opened.report, clock_.now_ms()) : preload_.error_message;
    if (!opened.recovery_notice.empty())
        start_notice_ += (start_notice_.empty() ? "" : " ") + opened.recovery_notice;
    preload_.records.clear(); // read once; no need to keep a copy of every generation
    preload_.journals.clear();
    if (opened.report.loaded && !first_save_) {
        // Stored before a release noted it, or the note was cleared: count from today.
        first_save_ = clock_.today();
        host_.write_note(storage::StorageNote::first_save, *first_save_);
    }
    return std::move(opened.plan);
}

void PlanStorage::save_if_changed(const Plan& plan, storage::PlanSync::Made change) {
    sync_.save_if_changed(plan, std::move(change), clock_.now_ms());
}

void PlanStorage::follow_other_tabs(Timeline& timeline, AppStatus& status) {
    if (std::optional<std::string> lost = sync_.follow_other_tabs(timeline, clock_.now_ms()))
        status.action_error = std::move(*lost);
}

void PlanStorage::fill(AppStatus& status) const {
    const storage::SaveIndicator indicator = sync_.indicator();
    status.save = indicator.state;
    status.save_words = indicator.words;
    status.storage_persisted = persisted_;
    const storage::BackupReminder reminder = storage::backup_reminder(
        day_number(last_backup_), day_number(first_save_), status.today.days_since_epoch(),
        storage::kDefaultBackupReminderDays, deletes_unused_data_);
    status.backup_due = reminder.remind;
    status.backup_words = reminder.words;
    status.storage_warning =
        deletes_unused_data_ && !storage_warning_read_ ? storage::kDeletingBrowserWarning : std::string();
}

void PlanStorage::note_storage_warning_read() {
    storage_warning_read_ = clock_.today();
    host_.write_note(storage::StorageNote::storage_warning_read, *storage_warning_read_);
}

void PlanStorage::flush() {
    sync_.flush(clock_.now_ms());
    wake_();
}

void PlanStorage::request_persistence() {
    asked_persistence_ = true;
    host_.request_persistence();
}

void PlanStorage::note_backup_made() {
    last_backup_ = clock_.today();
    host_.write_note(storage::StorageNote::last_backup, *last_backup_);
}

void PlanStorage::answered() {
    if (sync_.committed() > 0) {
        if (!first_save_) {
            first_save_ = clock_.today();
            host_.write_note(storage::StorageNote::first_save, *first_save_);
        }
        // Asked once the runner has something worth keeping, not at start-up: some browsers ask the user.
        if (!persisted_ && !asked_persistence_) request_persistence();
    }
    wake_();
}

} // namespace stride::runtime
