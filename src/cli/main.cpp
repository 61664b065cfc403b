// stride-cli: see docs/cli.md. Exit codes: 0 ok, 1 invalid input, 2 usage error.
#include "core/plan_file.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {
constexpr int kOk = 0, kInvalidInput = 1, kUsage = 2;

int usage() {
    std::cerr << "usage: stride-cli validate PLAN\n";
    return kUsage;
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 3 || std::string(argv[1]) != "validate") return usage();
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << argv[2] << "\n";
        return kInvalidInput;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const auto plan = stride::plan_from_json(text.str());
    if (!plan.ok()) {
        std::cerr << plan.error().message << "\n";
        return kInvalidInput;
    }
    std::cout << "ok\n";
    return kOk;
}
