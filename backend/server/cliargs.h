#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fc::server {

// "--name value" and "--flag" command-line options plus positional words, for the
// server's small command-line tools.
class CliArgs {
public:
    // Options listed in `flags` take no value; every other --option takes the next word.
    CliArgs(int argc, char **argv, const std::vector<std::string> &flags = {});

    bool has(const std::string &name) const { return options_.count(name) > 0; }
    std::optional<std::string> value(const std::string &name) const;
    std::string valueOr(const std::string &name, const std::string &fallback) const;
    // Throws std::runtime_error naming the missing option.
    std::string required(const std::string &name) const;
    const std::vector<std::string> &positional() const { return positional_; }

private:
    std::map<std::string, std::string> options_;
    std::vector<std::string> positional_;
};

}  // namespace fc::server
