#include "custodyreceipts.h"

#include "localstore.h"

namespace {

using fc::domain::custody::Kind;

constexpr std::size_t kHashBytes = 32;

fc::sqlite::Blob blob(const std::string &bytes) { return {bytes.data(), bytes.size(), true}; }

}  // namespace

bool CustodyReceipts::keep(fc::sqlite::Database &db, Kind kind, const std::string &entityId,
                           const fc::domain::custody::Receipt &receipt, const std::string &serverPublicKey) {
    // Trust on first use: the first key the server names is the one every later receipt
    // must verify with.
    auto pinned = LocalStore::meta(db, LocalStore::kCustodyPublicKey).toStdString();
    if (pinned.empty() && serverPublicKey.size() == 32) {
        pinned = QByteArray::fromStdString(serverPublicKey).toHex().toStdString();
        LocalStore::setMeta(db, LocalStore::kCustodyPublicKey, QString::fromStdString(pinned));
    }
    const auto key = QByteArray::fromHex(QByteArray::fromStdString(pinned)).toStdString();
    const bool verified = fc::domain::custody::verifyReceipt(receipt, key);
    std::string proof;
    for (const auto &hash : receipt.proof) proof += hash;
    db.prepare("DELETE FROM custody_receipts WHERE kind = ? AND entity_id = ?")
        .bindAll(fc::domain::custody::kindName(kind), entityId)
        .run();
    db.prepare("INSERT INTO custody_receipts (kind, entity_id, leaf_index, leaf_hash, tree_size, root, "
               "checkpoint_at_ms, signature, proof, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(fc::domain::custody::kindName(kind), entityId, receipt.index, blob(receipt.leafHash),
                 receipt.checkpoint.size, blob(receipt.checkpoint.root), receipt.checkpoint.atMs,
                 blob(receipt.checkpoint.signature), blob(proof), verified)
        .run();
    return verified;
}

std::optional<CustodyReceipts::Stored> CustodyReceipts::of(fc::sqlite::Database &db, Kind kind,
                                                           const std::string &entityId) {
    auto s = db.prepare("SELECT leaf_index, leaf_hash, tree_size, root, checkpoint_at_ms, signature, proof, verified "
                        "FROM custody_receipts WHERE kind = ? AND entity_id = ?");
    s.bindAll(fc::domain::custody::kindName(kind), entityId);
    if (!s.step()) return std::nullopt;
    Stored out;
    out.kind = kind;
    out.entityId = entityId;
    out.receipt.index = s.int64(0);
    out.receipt.leafHash = std::string(s.blob(1));
    out.receipt.checkpoint.size = s.int64(2);
    out.receipt.checkpoint.root = std::string(s.blob(3));
    out.receipt.checkpoint.atMs = s.int64(4);
    out.receipt.checkpoint.signature = std::string(s.blob(5));
    const std::string proof(s.blob(6));
    for (std::size_t at = 0; at + kHashBytes <= proof.size(); at += kHashBytes) {
        out.receipt.proof.push_back(proof.substr(at, kHashBytes));
    }
    out.verified = s.int64(7) != 0;
    return out;
}

int CustodyReceipts::unverifiedCount(fc::sqlite::Database &db) {
    auto s = db.prepare("SELECT count(*) FROM custody_receipts WHERE verified = 0");
    s.step();
    return static_cast<int>(s.int64(0));
}
