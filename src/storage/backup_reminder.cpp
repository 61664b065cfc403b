#include "storage/backup_reminder.hpp"

namespace stride::storage {

BackupReminder backup_reminder(std::optional<long> last_backup_day, std::optional<long> first_data_day,
                               long today, int remind_after_days) {
    if (remind_after_days <= 0 || !first_data_day) return {};
    // Never backed up: count from the first day there was something to lose.
    const long since = last_backup_day ? *last_backup_day : *first_data_day;
    const long days = today - since;
    if (days < remind_after_days) return {};
    const std::string how_long = last_backup_day
                                     ? "Your last backup file is " + std::to_string(days) + " days old."
                                     : "You have not exported a backup file yet.";
    return {true, how_long +
                      " Your history is stored only in this browser, which can delete it (for example "
                      "after clearing site data). Export a backup file now and keep it somewhere safe."};
}

} // namespace stride::storage
