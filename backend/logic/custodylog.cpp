#include "backend/logic/custodylog.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "backend/logic/logicerror.h"
#include "domain/merkle.h"
#include "domain/sha256.h"
#include "wire/convert.h"

namespace fc::server {
namespace {

using domain::custody::Checkpoint;
using domain::custody::Kind;

std::string shortId(const std::string &id) { return id.size() > 12 ? id.substr(0, 12) + "…" : id; }

std::string describe(Kind kind, const std::string &entityId) {
    return std::string(domain::custody::kindName(kind)) + " " + shortId(entityId);
}

}  // namespace

CustodyLog::CustodyLog(std::string secretKey, const Clock &clock) : secretKey_(std::move(secretKey)), clock_(clock) {
    if (secretKey_.size() != crypto_sign_SECRETKEYBYTES) {
        throw std::invalid_argument("the custody signing key is not a 64-byte Ed25519 secret key");
    }
}

std::string CustodyLog::generateSecretKey() {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    std::string sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char *>(sk.data()));
    return sk;
}

namespace {

std::string readSecretKey(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the custody signing key " + path);
    std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (key.size() != crypto_sign_SECRETKEYBYTES) {
        throw std::runtime_error(path + " is not a custody signing key (64 bytes expected, " +
                                 std::to_string(key.size()) + " found)");
    }
    return key;
}

}  // namespace

std::string CustodyLog::loadOrCreateSecretKey(const std::string &path) {
    if (std::filesystem::exists(path)) return readSecretKey(path);
    auto key = generateSecretKey();
    // Readable by the owner only from the first byte on, complete before it has its name.
    // Several servers sharing a folder may start at once: each writes a file of its own and
    // links it to the name, which only the first can do; the others read the winner's key.
    const auto temp = path + ".new." + std::to_string(::getpid()) + "." + std::to_string(randombytes_random());
    std::filesystem::remove(temp);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create the custody signing key " + temp + ": " + std::strerror(errno));
    const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        std::filesystem::remove(temp);
        throw std::runtime_error("cannot write the custody signing key to " + temp);
    }
    const int linked = ::link(temp.c_str(), path.c_str());
    const int linkError = errno;
    std::filesystem::remove(temp);
    if (linked == 0) return key;
    if (linkError == EEXIST) return readSecretKey(path);
    throw std::runtime_error("cannot create the custody signing key " + path + ": " + std::strerror(linkError));
}

std::string CustodyLog::publicKeyOf(const std::string &secretKey) {
    std::string pk(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.data()));
    return pk;
}

domain::merkle::NodeSource CustodyLog::nodes(StoreTx &tx) {
    return [&tx](int level, std::uint64_t index) {
        auto hash = tx.custodyNode(level, static_cast<std::int64_t>(index));
        if (!hash) {
            throw StoreError(StoreError::Kind::Corrupt, "the custody log lacks its node " + std::to_string(level) +
                                                            "/" + std::to_string(index));
        }
        return *hash;
    };
}

std::optional<std::string> CustodyLog::contentOf(StoreTx &tx, Kind kind, const std::string &entityId,
                                                 std::string *caseId) {
    const auto found = [&](const std::string &content, const std::string &ofCase) {
        if (caseId) *caseId = ofCase;
        return std::optional<std::string>(content);
    };
    switch (kind) {
    case Kind::Evidence:
        if (auto e = tx.evidenceById(entityId)) return found(wire::custodyContent(*e), e->caseId);
        break;
    case Kind::InspectionRecord:
        if (auto r = tx.inspectionRecordById(entityId)) return found(wire::custodyContent(*r), r->caseId);
        break;
    case Kind::Ringelmann:
        if (auto o = tx.ringelmannById(entityId)) return found(wire::custodyContent(*o), o->header.caseId);
        break;
    case Kind::Noise:
        if (auto n = tx.noiseById(entityId)) return found(wire::custodyContent(*n), n->header.caseId);
        break;
    case Kind::CaseEvent: {
        std::int64_t seq = 0;
        try {
            seq = std::stoll(entityId);
        } catch (const std::exception &) {
            return std::nullopt;
        }
        if (auto e = tx.caseEventBySeq(seq)) return found(wire::custodyContent(*e), e->caseId);
        break;
    }
    }
    return std::nullopt;
}

std::int64_t CustodyLog::append(StoreTx &tx, Kind kind, const std::string &entityId) {
    if (const auto existing = tx.custodyIndexOf(kind, entityId)) return *existing;
    std::string caseId;
    const auto content = contentOf(tx, kind, entityId, &caseId);
    if (!content) throw std::logic_error("the custody log can only take what the store holds: " + describe(kind, entityId));
    domain::custody::Entry entry;
    entry.index = tx.custodySize();
    entry.kind = kind;
    entry.entityId = entityId;
    entry.caseId = caseId;
    entry.appendedAtMs = clock_.nowMs();
    entry.contentSha256 = domain::Sha256::raw(*content);
    CustodyLeaf leaf{entry.index, kind, entityId, caseId, wire::custodyEntryBytes(entry), entry.appendedAtMs};
    const auto leafHash = domain::merkle::leafHash(leaf.entry);
    tx.appendCustodyLeaf(leaf);
    tx.insertCustodyNodes(domain::merkle::nodesCompletedBy(static_cast<std::uint64_t>(entry.index), leafHash, nodes(tx)));
    return entry.index;
}

Checkpoint CustodyLog::seal(StoreTx &tx) {
    const auto size = tx.custodySize();
    if (auto latest = tx.latestCheckpoint(); latest && latest->size == size) return *latest;
    Checkpoint c;
    c.size = size;
    c.root = domain::merkle::rootOf(static_cast<std::uint64_t>(size), nodes(tx));
    c.atMs = clock_.nowMs();
    const auto text = domain::custody::signedText(c);
    c.signature.assign(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(c.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(text.data()), text.size(),
                         reinterpret_cast<const unsigned char *>(secretKey_.data()));
    tx.insertCheckpoint(c);
    return c;
}

int CustodyLog::backfill(Store &store) {
    return store.transact([&](StoreTx &tx) {
        // Only a log that was never sealed takes in what the store holds: once it has a
        // checkpoint, a row without an entry was put there behind the server's back, and
        // verify-log must find it rather than a restart absorb it.
        if (tx.latestCheckpoint()) return 0;
        const auto missing = tx.unloggedEntities();
        for (const auto &[kind, id] : missing) append(tx, kind, id);
        seal(tx);
        return static_cast<int>(missing.size());
    });
}

domain::custody::Receipt CustodyLog::receipt(StoreTx &tx, std::int64_t index, const Checkpoint &checkpoint) {
    domain::custody::Receipt r;
    r.index = index;
    r.leafHash = nodes(tx)(0, static_cast<std::uint64_t>(index));
    r.checkpoint = checkpoint;
    r.proof = domain::merkle::inclusionProof(static_cast<std::uint64_t>(index),
                                             static_cast<std::uint64_t>(checkpoint.size), nodes(tx));
    return r;
}

std::optional<Checkpoint> CustodyLog::latest(Store &store) {
    return store.read([](StoreTx &tx) { return tx.latestCheckpoint(); });
}

std::pair<std::vector<std::string>, Checkpoint> CustodyLog::consistency(Store &store, std::int64_t first,
                                                                     std::int64_t second) {
    return store.read([&](StoreTx &tx) {
        const auto a = tx.checkpointOfSize(first);
        const auto b = tx.checkpointOfSize(second);
        if (first > second || !a || !b) {
            throw LogicError(LogicError::Code::NotFound, "name two signed checkpoints, the smaller first");
        }
        return std::make_pair(domain::merkle::consistencyProof(static_cast<std::uint64_t>(first),
                                                               static_cast<std::uint64_t>(second), nodes(tx)),
                              *b);
    });
}

CustodyReport verifyCustody(Store &store, const BlobStore &blobs, const std::string &publicKey) {
    CustodyReport report;
    const auto problem = [&](std::int64_t index, std::int64_t checkpoint, std::string message) {
        report.problems.push_back({index, checkpoint, std::move(message)});
    };
    domain::merkle::MemoryTree tree;
    store.read([&](StoreTx &tx) {
        constexpr int kPage = 10000;
        for (std::int64_t from = 0;;) {
            const auto page = tx.custodyLeaves(from, kPage);
            for (const auto &leaf : page) {
                const auto name = "entry " + std::to_string(leaf.index) + " (" + describe(leaf.kind, leaf.entityId) + ")";
                if (leaf.index != report.entries) problem(leaf.index, -1, name + ": the log has a gap before it");
                ++report.entries;
                const auto leafHash = domain::merkle::leafHash(leaf.entry);
                tree.append(leafHash);
                if (tx.custodyNode(0, leaf.index) != leafHash) {
                    problem(leaf.index, -1, name + ": its leaf hash differs from the tree's");
                }
                const auto entry = wire::parseCustodyEntry(leaf.entry);
                if (!entry || entry->index != leaf.index || entry->kind != leaf.kind ||
                    entry->entityId != leaf.entityId || entry->caseId != leaf.caseId) {
                    problem(leaf.index, -1, name + ": the entry's bytes do not match its row");
                    continue;
                }
                const auto content = CustodyLog::contentOf(tx, leaf.kind, leaf.entityId);
                if (!content) {
                    problem(leaf.index, -1, name + ": it is gone from the store");
                } else if (domain::Sha256::raw(*content) != entry->contentSha256) {
                    problem(leaf.index, -1, name + ": the store's row differs from what was logged");
                }
                if (leaf.kind == Kind::Evidence) {
                    const auto item = tx.evidenceById(leaf.entityId);
                    if (item && item->bytesStored) {
                        ++report.files;
                        const auto path = blobs.pathOf(leaf.entityId);
                        if (!std::filesystem::exists(path)) {
                            problem(leaf.index, -1, name + ": its file is missing");
                        } else if (blobs.sha256Of(path) != leaf.entityId) {
                            problem(leaf.index, -1, name + ": the file's bytes do not hash to its SHA-256");
                        }
                    }
                }
            }
            if (static_cast<int>(page.size()) < kPage) break;
            from = page.back().index + 1;
        }
        for (const auto &c : tx.checkpoints()) {
            ++report.checkpoints;
            const auto name = "checkpoint " + std::to_string(c.size);
            if (!domain::custody::verifySignature(c, publicKey)) {
                problem(-1, c.size, name + ": the signature does not verify with the server's key");
            }
            if (static_cast<std::uint64_t>(c.size) > tree.size()) {
                problem(-1, c.size, name + ": it covers entries the log does not have");
            } else if (domain::merkle::rootOf(static_cast<std::uint64_t>(c.size), tree.source()) != c.root) {
                problem(-1, c.size, name + ": the log's entries do not give its root");
            }
        }
        for (const auto &[kind, id] : tx.unloggedEntities()) {
            problem(-1, -1, describe(kind, id) + " is in the store but not in the log");
        }
    });
    return report;
}

}  // namespace fc::server
