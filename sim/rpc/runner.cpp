#include "sim/rpc/runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "sim/user_error.h"

namespace sim::rpc {

namespace {

struct Child {
  pid_t pid;
  size_t index;
  std::string file;
};

// In the child: run, write the result (or the error) as JSON, never return.
[[noreturn]] void child_main(const ExperimentSpec& spec, const MachineConfig& cfg, const std::string& file) {
  nlohmann::ordered_json j;
  int status = 0;
  try {
    j = to_json(run_experiment(spec, cfg));
  } catch (const UserError& e) {
    j = {{"user_error", e.what()}};
  } catch (const std::exception& e) {
    j = {{"internal_error", e.what()}};
    status = 1;
  }
  {
    std::ofstream out(file);
    out << j.dump();
  }
  std::fflush(nullptr);
  _exit(status);
}

ExperimentResult collect(const Child& c, const ExperimentSpec& spec) {
  int status = 0;
  waitpid(c.pid, &status, 0);
  std::ifstream in(c.file);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::remove(c.file.c_str());
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception&) {
    throw std::runtime_error(fmt::format("experiment {} {}: the child process ended without a result (status {})",
                                         spec.path, spec.test.spec, status));
  }
  if (j.contains("user_error")) throw UserError(j["user_error"].get<std::string>());
  if (j.contains("internal_error"))
    throw std::runtime_error(fmt::format("experiment {} {}: {}", spec.path, spec.test.spec,
                                         j["internal_error"].get<std::string>()));
  return experiment_from_json(j);
}

}  // namespace

std::vector<ExperimentResult> run_experiments(const std::vector<ExperimentSpec>& specs, const MachineConfig& cfg,
                                              unsigned jobs) {
  std::vector<ExperimentResult> results(specs.size());
  std::vector<Child> running;
  size_t next = 0;
  auto wait_one = [&] {
    const Child c = running.front();
    running.erase(running.begin());
    try {
      results[c.index] = collect(c, specs[c.index]);
    } catch (...) {
      for (const Child& other : running) {  // leave no child or file behind
        waitpid(other.pid, nullptr, 0);
        std::remove(other.file.c_str());
      }
      running.clear();
      throw;
    }
  };
  while (next < specs.size() || !running.empty()) {
    if (next < specs.size() && running.size() < std::max(1u, jobs)) {
      char name[] = "/tmp/pa730-rpc-XXXXXX";
      const int fd = mkstemp(name);
      if (fd < 0) throw std::runtime_error("mkstemp failed");
      close(fd);
      std::fflush(nullptr);  // nothing buffered may be written twice
      const pid_t pid = fork();
      if (pid < 0) throw std::runtime_error("fork failed");
      if (pid == 0) child_main(specs[next], cfg, name);
      running.push_back({pid, next, name});
      ++next;
      continue;
    }
    wait_one();
  }
  return results;
}

}  // namespace sim::rpc
