// What storage reads back: a generation record (decode_record) and its payload, a whole plan or a delta
// applied to a fixed base plan (the release-1 fixture). The first byte chooses how the rest is read:
//   odd   the rest is record bytes as stored (checksum and all): decode, then read the payload;
//   even  the rest is a delta payload, wrapped in a correct record first, so the fuzzer reaches the delta
//         reader without having to find checksums.
// Findings besides crashes: a record that does not survive encode/decode, a delta result that is invalid or
// too large, a plan that does not come back through its own delta.

#include "fuzz_check.hpp"

#include "core/changes/plan_delta.hpp"
#include "core/model/validate.hpp"
#include "core/plan_file/plan_file.hpp"
#include "storage/record.hpp"

#include <fstream>
#include <sstream>
#include <variant>

using namespace stride;

namespace {

const Plan& base_plan() {
    static const Plan base = [] {
        std::ifstream in(STRIDE_FIXTURES_DIR "/plan-v1.json", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        Expected<Plan> plan = plan_from_json(text.str());
        fuzz::require(plan.ok(), "the base plan (tests/fixtures/plan-v1.json) loads");
        return std::move(plan).value();
    }();
    return base;
}

void check_result(const Expected<Plan>& plan) {
    if (!plan) {
        fuzz::require(!plan.error().message.empty(), "a refusal says why");
        fuzz::require_clean_text(plan.error().message, "a refusal is clean text");
        return;
    }
    fuzz::require(!validate(plan.value(), "plan"), "a plan read from storage is valid");
    fuzz::require(!check_plan_size(plan.value()), "a plan read from storage fits in a plan file");
    // What storage would write for it next reads back the same.
    if (const auto delta = diff_plans(base_plan(), plan.value())) {
        const Expected<Plan> again = plan_from_delta(base_plan(), delta_to_json(*delta));
        fuzz::require(again.ok() && again.value() == plan.value(), "a plan comes back through its own delta");
    }
}

void read_payload(const storage::Record& record) {
    check_result(record.whole() ? plan_from_json(record.payload)
                                : plan_from_delta(base_plan(), record.payload));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view rest = fuzz::as_text(data + 1, size - 1);
    if (data[0] & 1) {
        (void)storage::peek_base(rest);
        const storage::DecodeResult decoded = storage::decode_record(rest);
        if (const auto* record = std::get_if<storage::Record>(&decoded)) read_payload(*record);
        return 0;
    }
    storage::Record record;
    record.generation = 2;
    record.base = 1;
    record.saved_at_ms = 1717000000000;
    record.writer = "fuzz";
    record.payload = std::string(rest);
    const storage::DecodeResult decoded = storage::decode_record(storage::encode_record(record));
    const auto* back = std::get_if<storage::Record>(&decoded);
    fuzz::require(back && *back == record, "a record survives encode and decode");
    read_payload(*back);
    return 0;
}
