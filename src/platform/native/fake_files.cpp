#include "platform/native/fake_files.hpp"

#include <utility>

namespace stride::platform {

using runtime::FileEvent;

void FakeFiles::download(const std::string& name, const std::string& mime, const std::string& bytes) {
    downloads.push_back({name, mime, bytes});
}

void FakeFiles::share(const std::string& name, const std::string& mime, const std::string& bytes,
                      const std::string&) {
    shares.push_back({name, mime, bytes});
}

std::vector<FileEvent> FakeFiles::take_events() {
    return std::exchange(events_, {});
}

void FakeFiles::open(std::string name, std::string bytes) {
    events_.push_back({FileEvent::Kind::opened, std::move(name), std::move(bytes), {}});
}

void FakeFiles::refuse(std::string name, std::string message) {
    events_.push_back({FileEvent::Kind::refused, std::move(name), {}, std::move(message)});
}

void FakeFiles::answer_share(FileEvent::Kind kind, std::string message) {
    events_.push_back({kind, {}, {}, std::move(message)});
}

} // namespace stride::platform
