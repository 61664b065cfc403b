#pragma once
// When to remind the runner to export a backup file (browser storage can still vanish: Safari's 7-day
// rule, cleared site data). Days are whole calendar days counted from any fixed origin (the app passes
// days since 1970-01-01 of its stride::Date); "today" is an argument, never read from a clock.
#include <optional>
#include <string>

namespace stride::storage {

inline constexpr int kDefaultBackupReminderDays = 7; // setting; 0 = never remind
// In a browser that deletes a site's data after 7 days without use (Safari, when the app is not on the Home
// Screen), the reminder comes sooner, before a week away can take the history with it.
inline constexpr int kDeletingBrowserReminderDays = 3;

struct BackupReminder {
    bool remind = false;
    std::string words; // what the runner reads when remind is true, "" otherwise
};

// last_backup_day: day of the last exported backup, nullopt if never.
// first_data_day: day of the first stored change, nullopt if nothing is stored (nothing to lose yet).
// `deletes_unused`: the browser deletes the site's data after 7 days without use (see above).
BackupReminder backup_reminder(std::optional<long> last_backup_day, std::optional<long> first_data_day,
                               long today, int remind_after_days = kDefaultBackupReminderDays,
                               bool deletes_unused = false);

// Said once in such a browser (Safari tab): what it does with the data and how to keep it.
extern const char* const kDeletingBrowserWarning;

} // namespace stride::storage
