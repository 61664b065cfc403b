#include "storage/backup_reminder.hpp"

#include <doctest/doctest.h>

using namespace stride::storage;

TEST_CASE("no data yet: no reminder") {
    CHECK_FALSE(backup_reminder(std::nullopt, std::nullopt, 1000).remind);
}

TEST_CASE("never backed up: remind once data is a week old") {
    CHECK_FALSE(backup_reminder(std::nullopt, 1000, 1006).remind);
    const auto due = backup_reminder(std::nullopt, 1000, 1007);
    CHECK(due.remind);
    CHECK(due.words.find("You have not exported a backup file yet.") == 0);
}

TEST_CASE("backed up: remind when the backup is as old as the setting") {
    CHECK_FALSE(backup_reminder(1000, 900, 1006).remind);
    const auto due = backup_reminder(1000, 900, 1010);
    CHECK(due.remind);
    CHECK(due.words.find("Your last backup file is 10 days old.") == 0);
    CHECK(due.words.find("Export a backup file now") != std::string::npos);
}

TEST_CASE("the setting changes the interval, and 0 turns reminders off") {
    CHECK(backup_reminder(1000, 900, 1003, 3).remind);
    CHECK_FALSE(backup_reminder(1000, 900, 1002, 3).remind);
    CHECK_FALSE(backup_reminder(1000, 900, 5000, 0).remind);
    CHECK(backup_reminder(std::nullopt, 900, 5000, 30).remind);
}

TEST_CASE("not reminding means no words") {
    CHECK(backup_reminder(1000, 900, 1001).words.empty());
}

TEST_CASE("in a browser that deletes unused data (Safari tab) the reminder comes after 3 days and says why") {
    CHECK_FALSE(backup_reminder(1000, 900, 1002, kDefaultBackupReminderDays, true).remind);
    const auto due = backup_reminder(1000, 900, 1003, kDefaultBackupReminderDays, true);
    CHECK(due.remind);
    CHECK(due.words.find("Your last backup file is 3 days old.") == 0);
    CHECK(due.words.find("Safari deletes your history if Stride Back is not used for 7 days") !=
          std::string::npos);
    CHECK(due.words.find("Export a backup file now") != std::string::npos);
    CHECK_FALSE(backup_reminder(1000, 900, 5000, 0, true).remind); // off stays off
}
