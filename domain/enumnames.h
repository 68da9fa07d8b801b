#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace fc::domain {

// A fixed table between an enum and its stable wire/storage names.
template <typename E, std::size_t N>
using EnumNameTable = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
constexpr std::string_view enumName(const EnumNameTable<E, N> &table, E value) {
    for (const auto &[v, name] : table) {
        if (v == value) return name;
    }
    return {};
}

template <typename E, std::size_t N>
constexpr std::optional<E> enumFromName(const EnumNameTable<E, N> &table, std::string_view name) {
    for (const auto &[v, n] : table) {
        if (n == name) return v;
    }
    return std::nullopt;
}

}  // namespace fc::domain
