// The custody log's Merkle tree against RFC 6962's reference vectors (those of Certificate
// Transparency), and every proof of trees up to 40 leaves both ways: valid ones verify,
// altered ones do not.
#include <gtest/gtest.h>

#include "domain/merkle.h"
#include "domain/sha256.h"

namespace fc::domain::merkle {
namespace {

std::string unhex(std::string_view hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
    }
    return out;
}

const std::vector<std::string> kLeaves = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                          "606162636465666768696a6b6c6d6e6f"};
const std::vector<std::string> kRoots = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

MemoryTree referenceTree() {
    MemoryTree tree;
    for (const auto &leaf : kLeaves) tree.append(leafHash(unhex(leaf)));
    return tree;
}

TEST(Merkle, RootsMatchTheReferenceVectors) {
    MemoryTree tree;
    EXPECT_EQ(Sha256::toHex(tree.root()), kRoots[0]);
    for (std::size_t n = 1; n <= kLeaves.size(); ++n) {
        tree.append(leafHash(unhex(kLeaves[n - 1])));
        EXPECT_EQ(Sha256::toHex(tree.root()), kRoots[n]) << n;
        EXPECT_EQ(Sha256::toHex(rootOf(n, referenceTree().source())), kRoots[n]) << "a prefix of the larger tree";
    }
}

TEST(Merkle, InclusionProofsMatchTheReferenceVectors) {
    const auto tree = referenceTree();
    const auto proof0 = inclusionProof(0, 8, tree.source());
    ASSERT_EQ(proof0.size(), 3u);
    EXPECT_EQ(Sha256::toHex(proof0[0]), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
    EXPECT_EQ(Sha256::toHex(proof0[1]), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e");
    EXPECT_EQ(Sha256::toHex(proof0[2]), "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    const auto proof5 = inclusionProof(5, 8, tree.source());
    ASSERT_EQ(proof5.size(), 3u);
    EXPECT_EQ(Sha256::toHex(proof5[0]), "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    EXPECT_EQ(Sha256::toHex(proof5[2]), "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    EXPECT_THROW(inclusionProof(8, 8, tree.source()), std::out_of_range);
}

TEST(Merkle, EveryInclusionProofVerifiesAndNoAlteredOneDoes) {
    MemoryTree tree;
    std::vector<Hash> leaves;
    for (int i = 0; i < 40; ++i) {
        leaves.push_back(leafHash("entry " + std::to_string(i)));
        tree.append(leaves.back());
    }
    for (std::uint64_t size = 1; size <= 40; ++size) {
        const auto root = rootOf(size, tree.source());
        for (std::uint64_t i = 0; i < size; ++i) {
            auto proof = inclusionProof(i, size, tree.source());
            ASSERT_TRUE(verifyInclusion(leaves[i], i, size, proof, root)) << i << "/" << size;
            EXPECT_FALSE(verifyInclusion(leaves[(i + 1) % 40], i, size, proof, root)) << "another leaf";
            if (size > 1) {
                EXPECT_FALSE(verifyInclusion(leaves[i], (i + 1) % size, size, proof, root)) << "another place";
            }
            if (!proof.empty()) {
                proof.back()[0] ^= 1;
                EXPECT_FALSE(verifyInclusion(leaves[i], i, size, proof, root)) << "a flipped bit";
            }
        }
    }
}

TEST(Merkle, EveryConsistencyProofVerifiesAndNoAlteredOneDoes) {
    MemoryTree tree;
    for (int i = 0; i < 40; ++i) tree.append(leafHash("entry " + std::to_string(i)));
    for (std::uint64_t second = 1; second <= 40; ++second) {
        const auto secondRoot = rootOf(second, tree.source());
        for (std::uint64_t first = 1; first <= second; ++first) {
            const auto firstRoot = rootOf(first, tree.source());
            auto proof = consistencyProof(first, second, tree.source());
            ASSERT_TRUE(verifyConsistency(first, second, firstRoot, secondRoot, proof)) << first << "->" << second;
            if (first == second) continue;
            EXPECT_FALSE(verifyConsistency(first, second, leafHash("forged"), secondRoot, proof));
            EXPECT_FALSE(verifyConsistency(first, second, firstRoot, leafHash("forged"), proof));
            proof.front()[31] ^= 1;
            EXPECT_FALSE(verifyConsistency(first, second, firstRoot, secondRoot, proof));
        }
    }
}

}  // namespace
}  // namespace fc::domain::merkle
