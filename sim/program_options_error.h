// The message of a Boost.Program_options error, safe for any input.
#pragma once
#include <boost/program_options/errors.hpp>
#include <string>

namespace sim {

// Boost's what() puts the option name and value into the message template
// and repeats until no placeholder is left, so a name or value that itself
// holds one ("%value%", "%canonical_option%") never ends (Boost 1.74; found
// by fuzz_config).  Here each '%' of the user's text is shown as U+FF05,
// which no placeholder contains.
std::string program_options_message(const boost::program_options::error& e);

}  // namespace sim
