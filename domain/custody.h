#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/mutation.h"

namespace fc::domain::custody {

// The custody log (docs/ARCHITECTURE.md, "Custody log"): every accepted evidence item,
// on-site record, reading and case step is appended as an entry, the leaves of an RFC 6962
// Merkle tree (domain/merkle.h). The server signs the tree's head (a checkpoint) with its
// Ed25519 key after each transaction that appended; a device keeps the receipt of what it
// sent, an inclusion proof against a checkpoint, and any later checkpoint proves, with a
// consistency proof, that nothing before it was rewritten.
enum class Kind { Evidence, InspectionRecord, Ringelmann, Noise, CaseEvent };
std::string_view kindName(Kind kind);
std::optional<Kind> kindFromName(std::string_view name);

// What a mutation puts into the log once applied (evidence, on-site records, readings):
// its kind and the entity's id; nullopt for the rest.
std::optional<std::pair<Kind, std::string>> targetOf(const Mutation &mutation);

// One leaf: what was accepted, and the SHA-256 of its canonical bytes (wire/custody).
struct Entry {
    std::int64_t index = 0;
    Kind kind = Kind::Evidence;
    std::string entityId;
    std::string caseId;
    std::int64_t appendedAtMs = 0;
    std::string contentSha256;  // 32 raw bytes
};

// A signed tree head.
struct Checkpoint {
    std::int64_t size = 0;
    std::string root;       // 32 raw bytes
    std::int64_t atMs = 0;
    std::string signature;  // Ed25519, 64 raw bytes
};

// The exact bytes a checkpoint's signature covers.
std::string signedText(const Checkpoint &checkpoint);
// Ed25519 verification with the server's 32-byte public key (OpenSSL, so that devices need
// nothing else).
bool verifySignature(const Checkpoint &checkpoint, std::string_view publicKey);

// An inclusion receipt: the entry's leaf in a signed checkpoint, with its audit path.
struct Receipt {
    std::int64_t index = 0;
    std::string leafHash;
    Checkpoint checkpoint;
    std::vector<std::string> proof;
};
// The receipt holds: a valid signature, and the leaf in the checkpoint's tree.
bool verifyReceipt(const Receipt &receipt, std::string_view publicKey);

}  // namespace fc::domain::custody
