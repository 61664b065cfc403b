#include "core/rules/readiness.hpp"

#include "core/words/text.hpp"

#include <algorithm>
#include <cmath>

namespace stride {
namespace {

std::string pain(int value) {
    return pain_text(value);
}
std::string number(double value) {
    return decimal_text(value);
}

// Latest readiness test of one of the given items, dated on or before today.
const ReadinessTest* latest(const Plan& plan, Date today, std::initializer_list<ReadinessItem> items) {
    const ReadinessTest* best = nullptr;
    for (const ReadinessTest& t : plan.readiness_tests) {
        if (t.date > today || std::find(items.begin(), items.end(), t.item) == items.end()) continue;
        if (!best || t.date >= best->date) best = &t;
    }
    return best;
}

ChecklistResult rest_pain(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    ChecklistResult r{
        ChecklistItem::rest_pain,
        "No pain at rest",
        ItemStatus::not_tested,
        true,
        false,
        {},
        {},
        {},
        "Record your pain at rest (0-10).",
        {"Pain at rest should be " + pain(s.ready_rest_pain_max) + " before running.", source::goom}};
    int value = kNotRecorded;
    if (const ReadinessTest* t = latest(plan, today, {ReadinessItem::rest_pain});
        t && t->pain != kNotRecorded) {
        value = t->pain;
        r.tested_on = t->date;
        r.entry = t->id;
    }
    for (const DailyCheck& c : plan.daily_checks) // a morning check is a newer measurement of the same thing
        if (c.date <= today && (!r.tested_on || c.date >= *r.tested_on)) {
            value = c.pain_at_rest;
            r.tested_on = c.date;
            r.entry = c.id;
        }
    if (value == kNotRecorded) return r;
    r.detail = "pain at rest " + pain(value);
    r.status = value <= s.ready_rest_pain_max ? ItemStatus::pass : ItemStatus::not_yet;
    r.next_step = "Settle pain first: keep up your strength work and ask your physio.";
    return r;
}

} // namespace

ChecklistResult drop_lunge_result(const Plan& plan, const ReadinessTest& test) {
    const Settings& s = plan.settings;
    ChecklistResult r{ChecklistItem::drop_lunge,
                      "Drop lunge pain free (painful leg in front)",
                      ItemStatus::not_tested,
                      true,
                      false,
                      {},
                      {},
                      {},
                      "Do an unweighted drop lunge with the painful leg in front and record the pain.",
                      {"The drop lunge should ideally be pain free; " + pain(s.ready_lunge_pain_max + 1) +
                           " to " + pain(s.lunge_caution_pain_max) + " passes with caution.",
                       source::goom}};
    if (test.pain == kNotRecorded) return r;
    r.tested_on = test.date;
    r.entry = test.id;
    r.detail = "drop lunge pain " + pain(test.pain);
    if (test.pain <= s.ready_lunge_pain_max) {
        r.status = ItemStatus::pass;
    } else if (test.pain <= s.lunge_caution_pain_max) {
        r.status = ItemStatus::pass;
        r.caution = true;
        r.detail += " (caution: ideally pain free)";
    } else {
        r.status = ItemStatus::not_yet;
        r.next_step =
            "The tendon does not yet tolerate compression: settle pain and build strength first, and "
            "ask your physio.";
    }
    return r;
}

namespace {

ChecklistResult drop_lunge(const Plan& plan, Date today) {
    const ReadinessTest* t = latest(plan, today, {ReadinessItem::drop_lunge});
    ReadinessTest none;
    none.item = ReadinessItem::drop_lunge;
    return drop_lunge_result(plan, t ? *t : none);
}

ChecklistResult strength(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    ChecklistResult r{
        ChecklistItem::strength_symmetry,
        "Strength equal left and right",
        ItemStatus::not_tested,
        true,
        false,
        {},
        {},
        {},
        "Compare left and right: 10-rep max prone hamstring curl, or single-leg bridges to fatigue.",
        {"The weaker leg should manage at least " + std::to_string(s.symmetry_min_percent) +
             "% of the stronger: strength should be equal left and right.",
         source::goom}};
    const ReadinessTest* t =
        latest(plan, today, {ReadinessItem::hamstring_curl, ReadinessItem::single_leg_bridge});
    if (!t || std::max(t->left, t->right) <= 0) return r;
    const bool curl = t->item == ReadinessItem::hamstring_curl;
    const double weaker = std::min(t->left, t->right), stronger = std::max(t->left, t->right);
    const int percent = static_cast<int>(std::floor(weaker / stronger * 100 + 1e-9));
    r.tested_on = t->date;
    r.entry = t->id;
    const char* unit = curl ? " kg" : " reps";
    r.detail = std::string(curl ? "hamstring curl" : "single-leg bridge") + ": left " + number(t->left) +
               unit + ", right " + number(t->right) + unit + " (" + std::to_string(percent) + "%)";
    r.status = percent >= s.symmetry_min_percent ? ItemStatus::pass : ItemStatus::not_yet;
    r.next_step = "Build strength in the weaker leg, then test again.";
    if (!curl && weaker < s.bridge_poor_reps) {
        r.caution = true;
        r.detail += "; under " + std::to_string(s.bridge_poor_reps) + " bridges is poor, about 25 is average";
        r.rule.source += "; " + std::string(source::freckleton);
    }
    return r;
}

ChecklistResult test_jog(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    ChecklistResult r{ChecklistItem::test_jog,
                      "Test jog settles",
                      ItemStatus::not_tested,
                      true,
                      false,
                      {},
                      {},
                      {},
                      "Jog " + std::to_string(s.test_jog_min_minutes) + "-" +
                          std::to_string(s.test_jog_max_minutes) +
                          " minutes easy on the flat, then record pain 24 and 48 hours later.",
                      {"Pain during the jog at most " + pain(s.green_max_pain) +
                           " and no rise at 24 and 48 hours: the tendon's response can take 24-48 hours.",
                       source::goom}};
    const ReadinessTest* t = latest(plan, today, {ReadinessItem::test_jog});
    if (!t) return r;
    r.tested_on = t->date;
    r.entry = t->id;
    r.detail = std::to_string(t->minutes) + " minutes, pain during " +
               (t->pain == kNotRecorded ? std::string("not recorded") : pain(t->pain));
    const auto later = [](int value) {
        return value == kNotRecorded ? std::string("not yet recorded") : pain(value);
    };
    r.detail += ", 24 h " + later(t->pain_24h) + ", 48 h " + later(t->pain_48h);
    r.status = ItemStatus::not_yet;
    const int no_rise = s.ready_rest_pain_max; // rest pain must be this low, so any more is a rise
    if (t->minutes < s.test_jog_min_minutes) {
        r.next_step = "Jog at least " + std::to_string(s.test_jog_min_minutes) + " minutes for the test.";
    } else if (t->minutes > s.test_jog_max_minutes) {
        r.detail += " (longer than the test's " + std::to_string(s.test_jog_max_minutes) + " minutes)";
        r.next_step = "The test jog is short on purpose: jog " + std::to_string(s.test_jog_min_minutes) +
                      "-" + std::to_string(s.test_jog_max_minutes) +
                      " minutes, easy on the flat, and record the pain 24 and 48 hours later.";
    } else if ((t->pain != kNotRecorded && t->pain > s.green_max_pain) ||
               (t->pain_24h != kNotRecorded && t->pain_24h > no_rise) ||
               (t->pain_48h != kNotRecorded && t->pain_48h > no_rise)) {
        r.next_step =
            "Too early, and not your fault: go back to strength work and test again in a week or two.";
    } else if (t->pain == kNotRecorded || t->pain_24h == kNotRecorded || t->pain_48h == kNotRecorded) {
        r.next_step = "Record the pain during the jog and 24 and 48 hours afterwards.";
    } else {
        r.status = ItemStatus::pass;
        r.next_step.clear();
    }
    return r;
}

ChecklistResult physio(const Plan& plan, Date today) {
    const bool required = plan.settings.physio_agreement_required != 0;
    ChecklistResult r{
        ChecklistItem::physio_agreement,
        "Physio agrees",
        ItemStatus::not_tested,
        required,
        false,
        {},
        {},
        {},
        "Ask your physio whether you are ready to start running.",
        {"Your physio should guide the decision to return to running (recommended).", source::goom}};
    const ReadinessTest* t = latest(plan, today, {ReadinessItem::physio_agreement});
    if (!t) return r;
    r.tested_on = t->date;
    r.entry = t->id;
    r.status = t->agreed ? ItemStatus::pass : ItemStatus::not_yet;
    r.detail = t->agreed ? "your physio agreed" : "your physio advised waiting";
    r.next_step = "Follow your physio's advice and ask again later.";
    return r;
}

} // namespace

Readiness check_readiness(const Plan& plan, Date today) {
    Readiness result;
    result.items = {rest_pain(plan, today), drop_lunge(plan, today), strength(plan, today),
                    test_jog(plan, today), physio(plan, today)};
    for (ChecklistResult& item : result.items)
        if (item.status == ItemStatus::pass) item.next_step.clear();
    result.ready = std::all_of(result.items.begin(), result.items.end(), [](const ChecklistResult& i) {
        return !i.required || i.status == ItemStatus::pass;
    });
    if (result.ready) {
        result.rule = {"Every item of the readiness checklist passes: you can start with short runs.",
                       source::goom};
        return result;
    }
    const auto first = std::find_if(result.items.begin(), result.items.end(), [](const ChecklistResult& i) {
        return i.required && i.status != ItemStatus::pass;
    });
    result.next_step = first->next_step;
    std::string missing;
    for (const ChecklistResult& i : result.items)
        if (i.required && i.status != ItemStatus::pass) missing += (missing.empty() ? "" : ", ") + i.label;
    result.rule = {"Not ready to run yet. Still to pass: " + missing +
                       ". Settle pain and build strength first.",
                   source::goom};
    return result;
}

} // namespace stride
