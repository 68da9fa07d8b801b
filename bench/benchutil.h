#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

// Wall-clock timing of a piece of work, and the report lines every benchmark prints.
namespace bench {

inline double seconds(const std::function<void()> &work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
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
