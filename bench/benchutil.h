#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

// Wall-clock timing of a piece of work, and the report lines every benchmark prints.
namespace bench {

inline double seconds(const std::function<void()> &work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// With BENCH_MARKS set, prints the monotonic clock at a phase boundary to stderr, for
// slicing a profile (perf record -k CLOCK_MONOTONIC; perf report --time a,b).
inline void markPhase(const char *what) {
    if (!std::getenv("BENCH_MARKS")) return;
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    std::fprintf(stderr, "%s: %ld.%06ld\n", what, static_cast<long>(ts.tv_sec), ts.tv_nsec / 1000);
}

// Prints "name: value unit (baseline: value unit) ratio r, goal >= g: met/NOT met" and
// returns whether the goal is met.
inline bool report(const std::string &name, double value, double baseline, const char *unit,
                   double goal) {
    const double ratio = value / baseline;
    const bool met = ratio >= goal;
    std::printf("%-44s %10.1f %s   baseline %10.1f %s   ratio %.2f   goal >= %.2f: %s\n",
                name.c_str(), value, unit, baseline, unit, ratio, goal, met ? "met" : "NOT met");
    return met;
}

}  // namespace bench
