#include "domain/merkle.h"

#include <stdexcept>

#include "domain/sha256.h"

namespace fc::domain::merkle {
namespace {

// The largest power of two smaller than n (n > 1).
std::uint64_t splitOf(std::uint64_t n) {
    std::uint64_t k = 1;
    while (k << 1 < n) k <<= 1;
    return k;
}

bool isPowerOfTwo(std::uint64_t n) { return n != 0 && (n & (n - 1)) == 0; }

int log2Of(std::uint64_t n) {
    int l = 0;
    while ((std::uint64_t{1} << l) < n) ++l;
    return l;
}

// MTH of leaves [start, start + count), from perfect subtrees where they fit.
Hash rangeHash(std::uint64_t start, std::uint64_t count, const NodeSource &nodes) {
    if (count == 0) return emptyRoot();
    if (isPowerOfTwo(count) && start % count == 0) return nodes(log2Of(count), start / count);
    const auto k = splitOf(count);
    return nodeHash(rangeHash(start, k, nodes), rangeHash(start + k, count - k, nodes));
}

void path(std::uint64_t m, std::uint64_t start, std::uint64_t n, const NodeSource &nodes, std::vector<Hash> &out) {
    if (n <= 1) return;
    const auto k = splitOf(n);
    if (m < k) {
        path(m, start, k, nodes, out);
        out.push_back(rangeHash(start + k, n - k, nodes));
    } else {
        path(m - k, start + k, n - k, nodes, out);
        out.push_back(rangeHash(start, k, nodes));
    }
}

void subproof(std::uint64_t m, std::uint64_t start, std::uint64_t n, bool complete, const NodeSource &nodes,
              std::vector<Hash> &out) {
    if (m == n) {
        if (!complete) out.push_back(rangeHash(start, n, nodes));
        return;
    }
    const auto k = splitOf(n);
    if (m <= k) {
        subproof(m, start, k, complete, nodes, out);
        out.push_back(rangeHash(start + k, n - k, nodes));
    } else {
        subproof(m - k, start + k, n - k, false, nodes, out);
        out.push_back(rangeHash(start, k, nodes));
    }
}

}  // namespace

Hash leafHash(std::string_view data) {
    Sha256 h;
    h.update(std::string_view("\x00", 1));
    h.update(data);
    return h.rawDigest();
}

Hash nodeHash(std::string_view left, std::string_view right) {
    Sha256 h;
    h.update("\x01");
    h.update(left);
    h.update(right);
    return h.rawDigest();
}

Hash emptyRoot() { return Sha256::raw(""); }

Hash rootOf(std::uint64_t size, const NodeSource &nodes) { return rangeHash(0, size, nodes); }

std::vector<Hash> inclusionProof(std::uint64_t index, std::uint64_t size, const NodeSource &nodes) {
    if (index >= size) throw std::out_of_range("leaf " + std::to_string(index) + " is not in a tree of " + std::to_string(size));
    std::vector<Hash> out;
    path(index, 0, size, nodes, out);
    return out;
}

std::vector<Hash> consistencyProof(std::uint64_t first, std::uint64_t second, const NodeSource &nodes) {
    if (first > second) throw std::out_of_range("a tree cannot be consistent with a smaller one");
    std::vector<Hash> out;
    if (first == 0 || first == second) return out;
    subproof(first, 0, second, true, nodes, out);
    return out;
}

bool verifyInclusion(std::string_view leaf, std::uint64_t index, std::uint64_t size, const std::vector<Hash> &proof,
                     std::string_view root) {
    if (index >= size) return false;
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    Hash r(leaf);
    for (const auto &p : proof) {
        if (sn == 0) return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool verifyConsistency(std::uint64_t first, std::uint64_t second, std::string_view firstRoot,
                       std::string_view secondRoot, const std::vector<Hash> &proof) {
    if (first > second) return false;
    if (first == second) return proof.empty() && firstRoot == secondRoot;
    if (first == 0) return proof.empty();
    if (proof.empty()) return false;
    std::vector<Hash> path = proof;
    if (isPowerOfTwo(first)) path.insert(path.begin(), Hash(firstRoot));
    std::uint64_t fn = first - 1;
    std::uint64_t sn = second - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    Hash fr = path[0];
    Hash sr = path[0];
    for (std::size_t i = 1; i < path.size(); ++i) {
        const auto &c = path[i];
        if (sn == 0) return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == firstRoot && sr == secondRoot && sn == 0;
}

std::vector<Node> nodesCompletedBy(std::uint64_t index, const Hash &leaf, const NodeSource &nodes) {
    std::vector<Node> out{{0, index, leaf}};
    Hash current = leaf;
    std::uint64_t at = index;
    for (int level = 1; at & 1; ++level) {
        current = nodeHash(nodes(level - 1, at - 1), current);
        at >>= 1;
        out.push_back({level, at, current});
    }
    return out;
}

void MemoryTree::append(const Hash &leaf) {
    const auto index = size();
    for (const auto &node : nodesCompletedBy(index, leaf, source())) {
        if (static_cast<std::size_t>(node.level) >= levels_.size()) levels_.resize(node.level + 1);
        levels_[node.level].push_back(node.hash);
    }
}

NodeSource MemoryTree::source() const {
    return [this](int level, std::uint64_t index) -> Hash {
        if (static_cast<std::size_t>(level) >= levels_.size() || index >= levels_[level].size()) {
            throw std::out_of_range("no subtree " + std::to_string(level) + "/" + std::to_string(index));
        }
        return levels_[level][index];
    };
}

}  // namespace fc::domain::merkle
