// C++ as real programs use it: std::thread with a mutex and a condition
// variable, std::async and a promise carrying an exception across threads,
// exceptions unwinding through frames, iostreams, containers, and
// std::chrono sleeps on the simulated clock.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Tracked {
  static int alive;
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) { ++alive; }
  ~Tracked() { --alive; }
};
int Tracked::alive = 0;

int deep(int n) {
  Tracked t("level " + std::to_string(n));
  if (n == 0) throw std::out_of_range("bottom reached");
  return deep(n - 1) + 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::mutex m;
  std::condition_variable cv;
  bool go = false;
  std::atomic<int> sum{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i)
    workers.emplace_back([&, i] {
      std::unique_lock<std::mutex> lock(m);
      cv.wait(lock, [&] { return go; });
      sum += (i + 1) * 10;
    });
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  {
    std::lock_guard<std::mutex> lock(m);
    go = true;
  }
  cv.notify_all();
  for (auto& w : workers) w.join();
  std::cout << "workers summed " << sum << "\n";

  auto answer = std::async(std::launch::async, [] { return 6 * 7; });
  std::cout << "async answered " << answer.get() << "\n";

  std::promise<int> promise;
  auto future = promise.get_future();
  std::thread thrower([&] {
    try {
      throw std::logic_error("thrown in a thread");
    } catch (...) {
      promise.set_exception(std::current_exception());
    }
  });
  try {
    future.get();
  } catch (const std::exception& e) {
    std::cout << "rethrown in main: " << e.what() << "\n";
  }
  thrower.join();

  try {
    deep(20);
  } catch (const std::out_of_range& e) {
    std::cout << "unwound: " << e.what() << ", objects alive " << Tracked::alive << "\n";
  }

  std::map<std::string, int> words;
  std::istringstream text("the quick fox and the lazy dog and the cat");
  for (std::string w; text >> w;) ++words[w];
  for (const auto& [w, n] : words) std::cout << w << ':' << n << ' ';
  std::cout << "\n";

  auto shared = std::make_shared<std::vector<int>>(1000, 1);
  std::vector<std::thread> readers;
  std::atomic<long> total{0};
  for (int i = 0; i < 3; ++i)
    readers.emplace_back([shared, &total] {
      long s = 0;
      for (int v : *shared) s += v;
      total += s;
    });
  for (auto& r : readers) r.join();
  std::cout << "readers saw " << total << ", owners left " << shared.use_count() << "\n";

  const auto start = std::chrono::steady_clock::now();
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  std::cout << "slept at least 3 ms: " << (std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(3))
            << "\n";
  std::cout << argv[1] << ' ' << argc << "\n";
  return 0;
}
