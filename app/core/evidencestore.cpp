#include "evidencestore.h"

#include "jsoncodec.h"

namespace {

std::string str(const QString &s) { return s.toStdString(); }

constexpr const char *kColumns =
    "id, case_id, kind, mime_type, size, captured_at_ms, captured_by, captured_by_name, "
    "device_id, description, position, supersedes, supersede_reason, state, reason, uploaded, "
    "local_bytes";

EvidenceStore::Row readRow(const fc::sqlite::Statement &s) {
    EvidenceStore::Row r;
    auto &e = r.item;
    e.id = s.text(0);
    e.caseId = s.text(1);
    e.kind = fc::domain::evidenceKindFromName(s.text(2)).value_or(fc::domain::EvidenceKind::Document);
    e.mimeType = s.text(3);
    e.size = s.int64(4);
    e.capturedAtMs = s.int64(5);
    e.capturedBy = s.text(6);
    e.capturedByName = s.text(7);
    e.deviceId = s.text(8);
    e.description = s.text(9);
    e.position = JsonCodec::positionFromJson(JsonCodec::parse(s.text(10)));
    e.supersedes = s.text(11);
    e.supersedeReason = s.text(12);
    r.state = QString::fromStdString(s.text(13));
    r.reason = QString::fromStdString(s.text(14));
    r.uploaded = s.int64(15) != 0;
    r.localBytes = s.int64(16) != 0;
    e.bytesStored = r.uploaded;
    return r;
}

void insertRow(fc::sqlite::Database &db, const fc::domain::EvidenceItem &e, const char *state,
               bool uploaded, bool localBytes) {
    db.prepare("INSERT INTO evidence (" + std::string(kColumns) +
               ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)")
        .bindAll(e.id, e.caseId, fc::domain::evidenceKindName(e.kind), e.mimeType, e.size,
                 e.capturedAtMs, e.capturedBy, e.capturedByName, e.deviceId, e.description,
                 JsonCodec::compact(JsonCodec::toJson(e.position)), e.supersedes,
                 e.supersedeReason, state, uploaded, localBytes)
        .run();
}

}  // namespace

namespace {

void writeChunks(fc::sqlite::Database &db, const std::string &id, const QByteArray &bytes) {
    auto chunk = db.prepare("INSERT INTO evidence_chunks (evidence_id, idx, data) VALUES (?, ?, ?)");
    for (qint64 offset = 0, index = 0; offset < bytes.size(); offset += EvidenceStore::kChunkBytes, ++index) {
        const qint64 n = std::min<qint64>(EvidenceStore::kChunkBytes, bytes.size() - offset);
        chunk.reset();
        chunk.bindAll(id, static_cast<std::int64_t>(index),
                      fc::sqlite::Blob{bytes.constData() + offset, static_cast<std::size_t>(n), true})
            .run();
    }
}

}  // namespace

bool EvidenceStore::insertLocal(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item,
                                const QByteArray &bytes) {
    if (byId(db, QString::fromStdString(item.id))) return false;
    insertRow(db, item, "pending", false, true);
    writeChunks(db, item.id, bytes);
    return true;
}

void EvidenceStore::attachBytes(fc::sqlite::Database &db, const QString &id, const QByteArray &bytes) {
    db.prepare("DELETE FROM evidence_chunks WHERE evidence_id = ?").bindAll(str(id)).run();
    writeChunks(db, str(id), bytes);
    db.prepare("UPDATE evidence SET local_bytes = 1 WHERE id = ?").bindAll(str(id)).run();
}

void EvidenceStore::upsertSynced(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item) {
    if (auto existing = byId(db, QString::fromStdString(item.id))) {
        db.prepare("UPDATE evidence SET state = 'synced', reason = '', uploaded = ? WHERE id = ?")
            .bindAll(item.bytesStored || existing->uploaded, item.id)
            .run();
        return;
    }
    insertRow(db, item, "synced", item.bytesStored, false);
}

std::optional<EvidenceStore::Row> EvidenceStore::byId(fc::sqlite::Database &db, const QString &id) {
    auto s = db.prepare("SELECT " + std::string(kColumns) + " FROM evidence WHERE id = ?");
    s.bindAll(str(id));
    if (!s.step()) return std::nullopt;
    return readRow(s);
}

std::vector<EvidenceStore::Row> EvidenceStore::ofCase(fc::sqlite::Database &db,
                                                      const QString &caseId) {
    auto s = db.prepare("SELECT " + std::string(kColumns) +
                        " FROM evidence WHERE case_id = ? ORDER BY captured_at_ms, id");
    s.bindAll(str(caseId));
    std::vector<Row> out;
    while (s.step()) out.push_back(readRow(s));
    return out;
}

std::vector<EvidenceStore::Row> EvidenceStore::awaitingUpload(fc::sqlite::Database &db) {
    auto s = db.prepare("SELECT " + std::string(kColumns) +
                        " FROM evidence WHERE uploaded = 0 AND local_bytes = 1 AND state != "
                        "'rejected' ORDER BY captured_at_ms, id");
    std::vector<Row> out;
    while (s.step()) out.push_back(readRow(s));
    return out;
}

QByteArray EvidenceStore::read(fc::sqlite::Database &db, const QString &id) {
    // Chunk sizes first (length() does not load a blob), then each chunk straight into place.
    auto s = db.prepare("SELECT rowid, length(data) FROM evidence_chunks WHERE evidence_id = ? "
                        "ORDER BY idx");
    s.bindAll(str(id));
    std::vector<std::pair<std::int64_t, int>> chunks;
    qsizetype total = 0;
    while (s.step()) {
        chunks.emplace_back(s.int64(0), static_cast<int>(s.int64(1)));
        total += chunks.back().second;
    }
    QByteArray out(total, Qt::Uninitialized);
    qsizetype offset = 0;
    for (const auto &[rowid, size] : chunks) {
        db.readBlob("evidence_chunks", "data", rowid, out.data() + offset, size);
        offset += size;
    }
    return out;
}

std::string EvidenceStore::readRange(fc::sqlite::Database &db, const QString &id, qint64 offset,
                                     qint64 length) {
    std::string out;
    readRange(db, id, offset, length, out);
    return out;
}

void EvidenceStore::readRange(fc::sqlite::Database &db, const QString &id, qint64 offset, qint64 length,
                              std::string &out) {
    if (offset < 0 || length <= 0) {
        out.clear();
        return;
    }
    auto s = db.prepare("SELECT idx, rowid, length(data) FROM evidence_chunks WHERE evidence_id = ? "
                        "AND idx >= ? AND idx <= ? ORDER BY idx");
    const qint64 first = offset / kChunkBytes;
    s.bindAll(str(id), static_cast<std::int64_t>(first),
              static_cast<std::int64_t>((offset + length - 1) / kChunkBytes));
    struct Part {
        std::int64_t rowid;
        int from;
        int size;
    };
    std::vector<Part> parts;
    std::size_t total = 0;
    for (qint64 expected = first; s.step(); ++expected) {
        if (s.int64(0) != expected) break;  // a gap: only the contiguous bytes count
        const qint64 chunkStart = expected * kChunkBytes;
        const qint64 from = std::max<qint64>(0, offset - chunkStart);
        const qint64 to = std::min<qint64>(s.int64(2), offset + length - chunkStart);
        if (to <= from) break;
        parts.push_back({s.int64(1), static_cast<int>(from), static_cast<int>(to - from)});
        total += static_cast<std::size_t>(to - from);
        if (to < s.int64(2) || s.int64(2) < kChunkBytes) break;  // the range or the file ends here
    }
    // Kept at its size, a buffer that held a chunk before is just overwritten (growing it
    // writes zeros first).
    out.resize(total);
    std::size_t at = 0;
    for (const auto &p : parts) {
        db.readBlob("evidence_chunks", "data", p.rowid, out.data() + at, p.size, p.from);
        at += static_cast<std::size_t>(p.size);
    }
}

void EvidenceStore::setState(fc::sqlite::Database &db, const QString &id, const QString &state,
                             const QString &reason) {
    db.prepare("UPDATE evidence SET state = ?, reason = ? WHERE id = ?")
        .bindAll(str(state), str(reason), str(id))
        .run();
}

void EvidenceStore::setUploaded(fc::sqlite::Database &db, const QString &id) {
    db.prepare("UPDATE evidence SET uploaded = 1 WHERE id = ?").bindAll(str(id)).run();
}
