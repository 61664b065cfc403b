#include "cli/json_output.hpp"

// Same rapidjson configuration as the core (assertions throw, same parse flags) in every file.
#include "core/plan_file/json_archive.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace stride::cli {
namespace {

// ASCII out: every character beyond ASCII is written \uXXXX, so no text from a plan (a direction override,
// say) reaches a terminal as itself; any JSON reader gets the same text back.
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::ASCII<>>;

void text(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void rule(Writer& w, const char* key, const Rule& r) {
    w.Key(key);
    w.StartObject();
    text(w, "text", r.text);
    text(w, "source", r.source);
    w.EndObject();
}

void advice_list(Writer& w, const char* key, const std::vector<Advice>& list) {
    w.Key(key);
    w.StartArray();
    for (const Advice& a : list) {
        w.StartObject();
        text(w, "kind", enum_name(a.kind));
        text(w, "text", a.rule.text);
        text(w, "source", a.rule.source);
        w.EndObject();
    }
    w.EndArray();
}

void prescription(Writer& w, const RunPrescription& run) {
    w.Key("run");
    w.StartObject();
    w.Key("minutes");
    w.Int(run.minutes);
    w.Key("run_walk");
    if (run.run_walk.continuous()) {
        w.Null();
    } else {
        w.StartObject();
        w.Key("run_minutes");
        w.Int(run.run_walk.run_minutes);
        w.Key("walk_minutes");
        w.Int(run.run_walk.walk_minutes);
        w.EndObject();
    }
    w.Key("flat_and_easy");
    w.Bool(!run.hills_allowed && !run.speed_allowed);
    w.Key("hills_allowed");
    w.Bool(run.hills_allowed);
    w.Key("speed_allowed");
    w.Bool(run.speed_allowed);
    text(w, "earliest", run.earliest.iso());
    w.Key("earliest_time");
    if (run.earliest_time.known()) {
        const std::string t = run.earliest_time.text();
        w.String(t.c_str());
    } else {
        w.Null();
    }
    text(w, "change", enum_name(run.change));
    w.EndObject();
}

} // namespace

std::string suggestion_json(const Suggestion& s, Date today) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    text(w, "format", kNextJsonFormat);
    text(w, "today", today.iso());
    text(w, "kind", enum_name(s.kind));
    text(w, "headline", s.headline);
    w.Key("rest_today");
    w.Bool(s.rest_today);
    rule(w, "rule", s.rule);
    prescription(w, s.run);
    w.Key("waiting_for_run");
    if (s.waiting_for)
        w.Uint64(*s.waiting_for);
    else
        w.Null();
    advice_list(w, "warnings", s.warnings);
    advice_list(w, "tips", s.tips);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

} // namespace stride::cli
