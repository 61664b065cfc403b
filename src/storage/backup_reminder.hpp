#pragma once
// When to remind the runner to export a backup file (browser storage can still vanish: Safari's 7-day
// rule, cleared site data). Days are whole calendar days counted from any fixed origin (the app passes
// days since 1970-01-01 of its stride::Date); "today" is an argument, never read from a clock.
#include <optional>
#include <string>

namespace stride::storage {

inline constexpr int kDefaultBackupReminderDays = 7; // setting; 0 = never remind

struct BackupReminder {
    bool remind = false;
    std::string words; // what the runner reads when remind is true, "" otherwise
};

// last_backup_day: day of the last exported backup, nullopt if never.
// first_data_day: day of the first stored change, nullopt if nothing is stored (nothing to lose yet).
BackupReminder backup_reminder(std::optional<long> last_backup_day, std::optional<long> first_data_day,
                               long today, int remind_after_days = kDefaultBackupReminderDays);

} // namespace stride::storage
