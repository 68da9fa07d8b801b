#include <gtest/gtest.h>

#include <random>
#include <string>

#include "domain/crc32c.h"

using namespace fc::domain;

// Check values of RFC 3720, appendix B.4, and the common "123456789" check.
TEST(Crc32c, MatchesTheKnownCheckValues) {
    for (auto f : {crc32c, crc32cPortable}) {
        EXPECT_EQ(f("123456789", 0), 0xE3069283u);
        EXPECT_EQ(f(std::string(32, '\0'), 0), 0x8A9136AAu);
        EXPECT_EQ(f(std::string(32, '\xFF'), 0), 0x62A8AB43u);
        std::string ascending;
        for (int i = 0; i < 32; ++i) ascending += static_cast<char>(i);
        EXPECT_EQ(f(ascending, 0), 0x46DD794Eu);
        EXPECT_EQ(f("", 0), 0u);
    }
}

TEST(Crc32c, TheInstructionAndTheTableAgreeAtEveryLengthAndSplit) {
    std::mt19937 gen(3);
    // Up to several times the instruction's three lanes of 8 KiB, and across their ends.
    std::string bytes(100000, '\0');
    for (auto &b : bytes) b = static_cast<char>(gen());
    for (std::size_t n : {1u, 7u, 8u, 9u, 63u, 1000u, 4999u, 5000u, 24575u, 24576u, 24577u, 49152u, 50001u,
                          73728u, 99999u, 100000u}) {
        const std::string_view part(bytes.data(), n);
        EXPECT_EQ(crc32c(part), crc32cPortable(part)) << n;
        // Incremental: the CRC of a prefix continues over the rest.
        const auto half = n / 2;
        EXPECT_EQ(crc32c(part.substr(half), crc32c(part.substr(0, half))), crc32c(part)) << n;
    }
}

TEST(Crc32c, ASingleChangedBitChangesTheCheck) {
    std::string bytes(1 << 20, 'a');
    const auto before = crc32c(bytes);
    bytes[123456] ^= 0x10;
    EXPECT_NE(crc32c(bytes), before);
}
