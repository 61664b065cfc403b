// The plan inside a report (plan_file/plan_in_html.hpp, exports/plan_report.hpp): the page the app shares
// holds the plan file exactly, runs nothing, and comes back in through the same import as a plan file; the
// committed report of version 1 keeps loading.

#include "builders.hpp"

#include "core/exports/plan_report.hpp"
#include "core/exports/report.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"

#include <sstream>

using namespace stride;
using namespace stride::test;

namespace {

const Date kMonday = day("2024-06-03");

Plan plan_with_text(const std::string& text) {
    Plan plan = ready_plan(kMonday);
    plan.profile.name = text.substr(0, 100);
    for (int i = 0; i < 12; ++i) {
        Run r = run(kMonday + 2 * i, 20, 0, i % 3 == 0 ? 7 : 1, 0, 0);
        r.note = text;
        add(plan, r);
    }
    return plan;
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.find(from);
    REQUIRE(start != std::string::npos);
    const auto end = text.find(to, start + from.size());
    REQUIRE(end != std::string::npos);
    return text.substr(start + from.size(), end - start - from.size());
}

std::string json_of(const Expected<Plan>& loaded) {
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    return plan_to_json(loaded.value());
}

std::string error_of(const Expected<Plan>& loaded) {
    REQUIRE_FALSE(loaded.ok());
    return loaded.error().message;
}

} // namespace

TEST_CASE("the shared report holds the plan exactly and comes back in as the same plan") {
    const Plan plan =
        plan_with_text("<script>window.pwned = 1</script> & caf\xC3\xA9 \xE2\x9C\x93 \"q\"\n\t");
    const std::string html = plan_report_html(plan, kMonday + 30);
    CHECK(json_of(plan_from_file(html)) == plan_to_json(plan));
    // Everything the report shows is still there, with the line for the physio and the plan at the end.
    CHECK(html.rfind(report_html(plan, kMonday + 30).substr(0, 2000), 0) == 0);
    CHECK(html.find("Import a plan file") != std::string::npos);
    CHECK(html.find("</template>\n</body></html>") != std::string::npos);
}

TEST_CASE("the embedded plan is inert: a template of base64 lines, no script, nothing HTML reads") {
    const Plan plan = plan_with_text("</template><script>alert(1)</script>");
    const std::string html = plan_report_html(plan, kMonday + 30);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<template id=\"stride-back-plan\" data-version=\"1\" data-encoding=\"base64\">\n") !=
          std::string::npos);
    const std::string body = between(html, "data-encoding=\"base64\">\n", "\n</template>");
    std::istringstream lines(body);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        CHECK(line.size() <= 76);
        CHECK(line.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") ==
              std::string::npos);
    }
    CHECK(count > 10);
}

TEST_CASE("a report whose lines were re-wrapped, with a byte-order mark and CRLF, still imports") {
    const Plan plan = plan_with_text("note");
    std::string html = "\xEF\xBB\xBF\r\n" + plan_report_html(plan, kMonday + 30);
    std::string rewrapped;
    for (char c : html) {
        if (c == '\n')
            rewrapped += "\r\n ";
        else
            rewrapped += c;
    }
    CHECK(json_of(plan_from_file(rewrapped)) == plan_to_json(plan));
}

TEST_CASE("a plan file still imports through the same door, and anything else keeps its message") {
    const Plan plan = plan_with_text("note");
    CHECK(json_of(plan_from_file(plan_to_json(plan))) == plan_to_json(plan));
    CHECK(error_of(plan_from_file("\x89PNG\r\n")) == error_of(plan_from_json("\x89PNG\r\n")));
}

TEST_CASE("a page without a plan, a damaged, cut or newer embedding are refused in plain words") {
    const Plan plan = plan_with_text("note");
    const std::string html = plan_report_html(plan, kMonday + 30);

    CHECK(error_of(plan_from_file(report_html(plan, kMonday + 30))).find("holds no Stride Back plan") !=
          std::string::npos);
    CHECK(error_of(plan_from_file("<html><body>hello</body></html>")).find("holds no Stride Back plan") !=
          std::string::npos);

    std::string newer = html;
    newer.replace(newer.find("data-version=\"1\""), 16, "data-version=\"2\"");
    CHECK(error_of(plan_from_file(newer)).find("newer version of Stride Back") != std::string::npos);

    std::string no_version = html;
    no_version.replace(no_version.find("data-version=\"1\""), 16, "data-versio=\"1\" ");
    CHECK(error_of(plan_from_file(no_version)).find("has no version") != std::string::npos);

    std::string damaged = html;
    damaged[damaged.find("data-encoding=\"base64\">\n") + 30] = '*';
    CHECK(error_of(plan_from_file(damaged)).find("damaged") != std::string::npos);

    const std::string cut = html.substr(0, html.find("</template>") - 100);
    CHECK(error_of(plan_from_file(cut)).find("cut short") != std::string::npos);

    // A sound embedding of a file that is no plan of this app gets the plan file's own message.
    const std::string page =
        "<!doctype html><body><template id=\"stride-back-plan\" data-version=\"1\" "
        "data-encoding=\"base64\">eyJzY2hlbWFfdmVyc2lvbiI6IDk5fQ==</template></body>"; // {"schema_version":
                                                                                       // 99}
    CHECK(error_of(plan_from_file(page)) == error_of(plan_from_json("{\"schema_version\": 99}")));
}

TEST_CASE("the report around the plan stays small, so a plan of the largest size fits an import") {
    // Every text a person can write at its longest, in characters that escape to the most bytes.
    Plan plan = plan_with_text(std::string(2000, '<'));
    for (int i = 0; i < 300; ++i) {
        Run r = run(kMonday + 30 + 3 * i, 20, 0, i % 2 == 0 ? 8 : 1, 0, 0);
        r.note = std::string(2000, '&');
        add(plan, r);
    }
    const std::string report = report_html(plan, kMonday + 1000);
    CHECK(report.size() < 3u * 1024u * 1024u);
    // The embedded plan file of the largest size: 4 base64 characters per 3 bytes, a line break per 76.
    const std::size_t largest_embedded = (kMaxPlanFileBytes + 2) / 3 * 4 * 77 / 76 + 200;
    CHECK(3u * 1024u * 1024u + largest_embedded < kMaxImportFileBytes);
    const std::string html = plan_report_html(plan, kMonday + 1000);
    CHECK(html.size() < report.size() + (plan_to_json(plan).size() + 2) / 3 * 4 * 77 / 76 + 1000);
}

TEST_CASE("a file over the import limit is refused unread") {
    const std::string huge(kMaxImportFileBytes + 1, ' ');
    CHECK(error_of(plan_from_file(huge)).find("far bigger than any plan file") != std::string::npos);
}

TEST_CASE("the report with a plan written by this version keeps loading (committed fixture)") {
    const auto from_report = plan_from_file(read_fixture("plan-report-v1.html"));
    const auto from_file = plan_from_json(read_fixture("plan-v1.json"));
    CHECK(json_of(from_report) == json_of(from_file));
}
