// A mistake in what the user asked for (bad option, unreadable file, ...).
// main() prints the message on one line and exits with status 2.
#pragma once
#include <stdexcept>
#include <string>

namespace sim {

class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace sim
