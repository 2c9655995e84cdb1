#include "sim/program_options_error.h"

namespace sim {

namespace {

std::string without_percent(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "\xef\xbc\x85";  // FULLWIDTH PERCENT SIGN
    else out += c;
  }
  return out;
}

// A copy of the error whose substituted texts hold no '%' (the template's
// own placeholders are untouched).
struct Escaped : boost::program_options::error_with_option_name {
  explicit Escaped(const boost::program_options::error_with_option_name& e)
      : boost::program_options::error_with_option_name(e) {
    for (auto& kv : m_substitutions) kv.second = without_percent(kv.second);
    for (auto& kv : m_substitution_defaults) {
      kv.second.first = without_percent(kv.second.first);
      kv.second.second = without_percent(kv.second.second);
    }
  }
};

}  // namespace

std::string program_options_message(const boost::program_options::error& e) {
  if (const auto* named = dynamic_cast<const boost::program_options::error_with_option_name*>(&e))
    return Escaped(*named).what();
  return e.what();
}

}  // namespace sim
