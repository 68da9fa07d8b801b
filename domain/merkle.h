#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::domain::merkle {

// The Merkle tree of RFC 6962 (section 2.1; RFC 9162 for the verification steps) over the
// custody log: a leaf is hashed as SHA-256(0x00 || data), a node as SHA-256(0x01 || left ||
// right), the empty tree as SHA-256(""). Hashes are 32 raw bytes.
using Hash = std::string;

Hash leafHash(std::string_view data);
Hash nodeHash(std::string_view left, std::string_view right);
Hash emptyRoot();

// The hash of a perfect subtree: 2^level leaves from index * 2^level. Stores keep these as
// the log grows, so that roots and proofs cost O(log n) lookups, not a pass over the log.
using NodeSource = std::function<Hash(int level, std::uint64_t index)>;

Hash rootOf(std::uint64_t size, const NodeSource &nodes);
// The audit path of leaf `index` in the tree of `size` leaves (RFC 6962 PATH).
std::vector<Hash> inclusionProof(std::uint64_t index, std::uint64_t size, const NodeSource &nodes);
// The proof that the tree of `second` leaves extends the one of `first` (RFC 6962 PROOF).
std::vector<Hash> consistencyProof(std::uint64_t first, std::uint64_t second, const NodeSource &nodes);

bool verifyInclusion(std::string_view leaf, std::uint64_t index, std::uint64_t size, const std::vector<Hash> &proof,
                     std::string_view root);
bool verifyConsistency(std::uint64_t first, std::uint64_t second, std::string_view firstRoot,
                       std::string_view secondRoot, const std::vector<Hash> &proof);

struct Node {
    int level = 0;
    std::uint64_t index = 0;
    Hash hash;
};
// The perfect subtrees completed by appending `leaf` as leaf number `index`: the leaf
// itself (level 0), then each parent it completes. `nodes` answers for the earlier ones.
std::vector<Node> nodesCompletedBy(std::uint64_t index, const Hash &leaf, const NodeSource &nodes);

// A whole tree in memory, for checking a log from its leaves and for tests.
class MemoryTree {
public:
    void append(const Hash &leaf);
    std::uint64_t size() const { return levels_.empty() ? 0 : levels_[0].size(); }
    NodeSource source() const;
    Hash root() const { return rootOf(size(), source()); }

private:
    std::vector<std::vector<Hash>> levels_;  // levels_[l][i]: perfect subtree (l, i)
};

}  // namespace fc::domain::merkle
