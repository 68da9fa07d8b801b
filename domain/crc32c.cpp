#include "domain/crc32c.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace fc::domain {
namespace {

constexpr std::uint32_t kPolynomial = 0x82F63B78;  // reflected Castagnoli polynomial

// Slicing-by-8 tables: eight bytes per step without the instruction.
constexpr std::array<std::array<std::uint32_t, 256>, 8> makeTables() {
    std::array<std::array<std::uint32_t, 256>, 8> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ ((c & 1) ? kPolynomial : 0);
        t[0][i] = c;
    }
    for (std::size_t s = 1; s < 8; ++s) {
        for (std::size_t i = 0; i < 256; ++i) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    }
    return t;
}

constexpr auto kTables = makeTables();

std::uint32_t software(const unsigned char *p, std::size_t n, std::uint32_t c) {
    while (n >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
        word ^= c;
        c = kTables[7][word & 0xFF] ^ kTables[6][(word >> 8) & 0xFF] ^ kTables[5][(word >> 16) & 0xFF] ^
            kTables[4][(word >> 24) & 0xFF] ^ kTables[3][(word >> 32) & 0xFF] ^
            kTables[2][(word >> 40) & 0xFF] ^ kTables[1][(word >> 48) & 0xFF] ^ kTables[0][word >> 56];
        p += 8;
        n -= 8;
    }
    while (n--) c = (c >> 8) ^ kTables[0][(c ^ *p++) & 0xFF];
    return c;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t oneLane(const unsigned char *p, std::size_t n,
                                                         std::uint32_t c) {
    std::uint64_t c64 = c;
    while (n >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        c64 = _mm_crc32_u64(c64, word);
        p += 8;
        n -= 8;
    }
    c = static_cast<std::uint32_t>(c64);
    while (n--) c = _mm_crc32_u8(c, *p++);
    return c;
}

// The instruction takes three cycles to give its result and can start one every cycle, so
// one chain of them runs at a third of its speed. Three lanes of kLane bytes each are
// checked side by side and joined: the CRC of a lane's bytes followed by kLane more is the
// lane's state carried over kLane zero bytes (a fixed linear map, held as four lookup
// tables) combined with the CRC of the following lane.
constexpr std::size_t kLane = 8192;

struct LaneShift {
    std::array<std::array<std::uint32_t, 256>, 4> byByte{};
    std::uint32_t operator()(std::uint32_t c) const {
        return byByte[0][c & 0xFF] ^ byByte[1][(c >> 8) & 0xFF] ^ byByte[2][(c >> 16) & 0xFF] ^ byByte[3][c >> 24];
    }
};

LaneShift makeLaneShift() {
    // The map is linear in the state: its image of each of the 32 state bits, then tables.
    const std::array<unsigned char, kLane> zeros{};
    std::array<std::uint32_t, 32> bit{};
    for (std::size_t i = 0; i < 32; ++i) bit[i] = oneLane(zeros.data(), kLane, 1u << i);
    LaneShift shift;
    for (std::size_t k = 0; k < 4; ++k) {
        for (std::uint32_t b = 0; b < 256; ++b) {
            std::uint32_t v = 0;
            for (std::size_t j = 0; j < 8; ++j) {
                if (b & (1u << j)) v ^= bit[8 * k + j];
            }
            shift.byByte[k][b] = v;
        }
    }
    return shift;
}

__attribute__((target("sse4.2"))) std::uint32_t hardware(const unsigned char *p, std::size_t n,
                                                          std::uint32_t c) {
    static const LaneShift shift = makeLaneShift();
    while (n >= 3 * kLane) {
        std::uint64_t a = c, b = 0, d = 0;
        for (std::size_t i = 0; i < kLane; i += 8) {
            std::uint64_t x, y, z;
            std::memcpy(&x, p + i, 8);
            std::memcpy(&y, p + kLane + i, 8);
            std::memcpy(&z, p + 2 * kLane + i, 8);
            a = _mm_crc32_u64(a, x);
            b = _mm_crc32_u64(b, y);
            d = _mm_crc32_u64(d, z);
        }
        c = shift(shift(static_cast<std::uint32_t>(a)) ^ static_cast<std::uint32_t>(b)) ^ static_cast<std::uint32_t>(d);
        p += 3 * kLane;
        n -= 3 * kLane;
    }
    return oneLane(p, n, c);
}

const bool kHasInstruction = __builtin_cpu_supports("sse4.2");
#endif

}  // namespace

std::uint32_t crc32c(std::string_view data, std::uint32_t crc) {
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    std::uint32_t c = ~crc;
#if defined(__x86_64__)
    c = kHasInstruction ? hardware(p, data.size(), c) : software(p, data.size(), c);
#else
    c = software(p, data.size(), c);
#endif
    return ~c;
}

std::uint32_t crc32cPortable(std::string_view data, std::uint32_t crc) {
    return ~software(reinterpret_cast<const unsigned char *>(data.data()), data.size(), ~crc);
}

}  // namespace fc::domain
