#pragma once
// The physio desk's storage in the browser (runtime::DeskStore): one localStorage entry of its own,
// "stride-back-physio-desk", apart from the runner's IndexedDB database and notes (docs/storage.md, "The
// physio desk"). desk_store.js is the JavaScript half.

#include "runtime/ports.hpp"

namespace stride::platform {

class WebDeskStore final : public runtime::DeskStore {
  public:
    std::optional<std::string> read() override;
    std::string write(const std::string& text) override;
};

} // namespace stride::platform
