#include "storage/backup_reminder.hpp"

#include <algorithm>

namespace stride::storage {

const char* const kDeletingBrowserWarning =
    "Safari deletes this site's data, your whole history included, after 7 days without using it, unless "
    "Stride Back is on your Home Screen. To keep it safe: tap Share, then \xE2\x80\x9C"
    "Add to Home "
    "Screen\xE2\x80\x9D, and open Stride Back from there. The Home Screen app and this Safari tab keep "
    "separate data, so first export the plan file here and import it in the Home Screen app.";

BackupReminder backup_reminder(std::optional<long> last_backup_day, std::optional<long> first_data_day,
                               long today, int remind_after_days, bool deletes_unused) {
    if (remind_after_days <= 0 || !first_data_day) return {};
    if (deletes_unused) remind_after_days = std::min(remind_after_days, kDeletingBrowserReminderDays);
    // Never backed up: count from the first day there was something to lose.
    const long since = last_backup_day ? *last_backup_day : *first_data_day;
    const long days = today - since;
    if (days < remind_after_days) return {};
    const std::string how_long = last_backup_day
                                     ? "Your last backup file is " + std::to_string(days) + " days old."
                                     : "You have not exported a backup file yet.";
    if (deletes_unused)
        return {true,
                how_long +
                    " Safari deletes your history if Stride Back is not used for 7 days (unless it is on "
                    "your Home Screen). Export a backup file now and keep it somewhere safe, such as "
                    "Files or iCloud Drive."};
    return {true, how_long +
                      " Your history is stored only in this browser, which can delete it (for example "
                      "after clearing site data). Export a backup file now and keep it somewhere safe."};
}

} // namespace stride::storage
