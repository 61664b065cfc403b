#include "core/plan_file/desk_file.hpp"

#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's configuration
#include "core/plan_file/json_check.hpp"
#include "core/plan_file/plan_file.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace stride {
namespace {

constexpr JsonKind kDeskJson{"desk_version", "The physio desk", "physio desk", ""};

} // namespace

std::string desk_to_json(const Desk& desk) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("desk_version");
    w.Uint(kDeskVersion);
    w.Key("alerts");
    w.StartObject();
    for (const AlertSettingInfo& info : alert_setting_table()) {
        w.Key(info.key);
        w.Int(desk.alerts.*info.field);
    }
    w.EndObject();
    w.Key("runners");
    w.StartArray();
    for (const DeskRunner& r : desk.runners) {
        w.StartObject();
        w.Key("file_name");
        w.String(r.file_name.c_str(), static_cast<rapidjson::SizeType>(r.file_name.size()));
        const std::string plan = plan_to_json(r.plan);
        w.Key("plan");
        w.String(plan.c_str(), static_cast<rapidjson::SizeType>(plan.size()));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

Expected<DeskLoad> desk_from_json(std::string_view text) {
    auto facts = check_json(text, kDeskJson);
    if (!facts.ok()) return facts.error();
    if (!facts.value().has_version || !facts.value().version_is_number)
        return FieldError{"desk_version", "The physio desk has no version number."};
    if (facts.value().version > kDeskVersion)
        return FieldError{"desk_version", "The physio desk was saved by a newer version of the app. Reload "
                                          "the page to get it."};
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
    if (doc.HasParseError() || !doc.IsObject()) return FieldError{"", "The physio desk is not readable."};
    DeskLoad out;
    if (const auto alerts = doc.FindMember("alerts"); alerts != doc.MemberEnd() && alerts->value.IsObject())
        for (const auto& m : alerts->value.GetObject())
            if (const auto id = alert_setting_by_key(m.name.GetString()); id && m.value.IsInt())
                out.desk.alerts.*alert_setting_info(*id).field = bounded_alert_setting(*id, m.value.GetInt());
    const auto runners = doc.FindMember("runners");
    if (runners == doc.MemberEnd() || !runners->value.IsArray()) return out;
    for (const auto& r : runners->value.GetArray()) {
        if (!r.IsObject()) continue;
        const auto name = r.FindMember("file_name");
        const auto plan = r.FindMember("plan");
        DeskRunner runner;
        if (name != r.MemberEnd() && name->value.IsString())
            runner.file_name.assign(name->value.GetString(), name->value.GetStringLength());
        if (plan == r.MemberEnd() || !plan->value.IsString()) {
            out.problems.push_back("A runner's plan (" + runner.file_name + ") was missing and is left out.");
            continue;
        }
        auto loaded = plan_from_json({plan->value.GetString(), plan->value.GetStringLength()});
        if (!loaded.ok()) {
            out.problems.push_back("The plan from " + runner.file_name +
                                   " could not be read and is left out: " + loaded.error().message);
            continue;
        }
        runner.plan = std::move(loaded).value();
        if (out.desk.runners.size() < kMaxDeskRunners) out.desk.runners.push_back(std::move(runner));
    }
    return out;
}

std::string runner_words(const DeskRunner& runner) {
    if (!runner.plan.profile.name.empty()) return runner.plan.profile.name;
    return "No name (" + (runner.file_name.empty() ? std::string("unnamed file") : runner.file_name) + ")";
}

} // namespace stride
