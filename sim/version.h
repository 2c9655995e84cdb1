#pragma once
namespace sim {
const char* version_string();
}
