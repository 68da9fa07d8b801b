#include "backend/server/cliargs.h"

#include <algorithm>
#include <stdexcept>

namespace fc::server {

CliArgs::CliArgs(int argc, char **argv, const std::vector<std::string> &flags) {
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (!word.starts_with("--")) {
            positional_.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        if (auto eq = name.find('='); eq != std::string::npos) {
            options_[name.substr(0, eq)] = name.substr(eq + 1);
        } else if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
            options_[name] = "1";
        } else if (i + 1 < argc) {
            options_[name] = argv[++i];
        } else {
            throw std::runtime_error("--" + name + " needs a value");
        }
    }
}

std::optional<std::string> CliArgs::value(const std::string &name) const {
    auto it = options_.find(name);
    if (it == options_.end()) return std::nullopt;
    return it->second;
}

std::string CliArgs::valueOr(const std::string &name, const std::string &fallback) const {
    return value(name).value_or(fallback);
}

std::string CliArgs::required(const std::string &name) const {
    auto v = value(name);
    if (!v) throw std::runtime_error("missing --" + name);
    return *v;
}

}  // namespace fc::server
