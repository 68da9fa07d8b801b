#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/blobstore.h"
#include "backend/store/store.h"

namespace fc::server {

// Evidence bytes, resumable at byte level (docs/SYNC.md): what the server holds of an
// upload, chunks checked one by one, the whole file checked against its id before it is
// stored, and the bytes handed back to those who may see them.
class UploadLogic {
public:
    static constexpr std::int64_t kMaxChunkBytes = 1024 * 1024;

    struct Status {
        std::int64_t committedOffset = 0;
        bool complete = false;
        std::int64_t size = 0;
        // Every byte is here, the file is not stored yet: finish() it.
        bool allReceived() const { return !complete && size > 0 && committedOffset == size; }
    };

    UploadLogic(Store &store, BlobStore &blobs, const Clock &clock);

    Status status(const Principal &caller, const std::string &evidenceId);
    // What a chunk says its bytes are: a CRC-32C, a SHA-256 (hex), or both.
    struct ChunkCheck {
        std::optional<std::uint32_t> crc32c;
        std::string sha256;
    };

    // The evidence record the caller may see (the record is pushed and the case is theirs
    // to see); throws NotFound otherwise. An upload stream looks its file up once.
    domain::EvidenceItem visibleEvidence(const Principal &caller, const std::string &evidenceId);
    // Appends one chunk of `e`'s bytes (`e` from visibleEvidence); after the last one the
    // answer is allReceived() and the upload waits for finish(). Throws LogicError:
    // InvalidArgument (bad chunk), FailedPrecondition (wrong offset: continue from the
    // committed one), DataLoss (the chunk does not match its check: send it again).
    Status appendChunk(const domain::EvidenceItem &e, std::int64_t offset, std::string_view data,
                       const ChunkCheck &check);
    // Verifies the whole file against its id and size, makes it durable, stores and records
    // it: the step after the last chunk, kept apart because it waits on the disk. Throws
    // LogicError: FailedPrecondition (bytes are missing), DataLoss (the file does not match
    // its id: it was discarded, upload it from the start).
    Status finish(const Principal &caller, const std::string &evidenceId);
    std::vector<std::string> missing(const Principal &caller, const std::string &caseId);

    // The evidence the caller may download; throws NotFound otherwise.
    domain::EvidenceItem downloadable(const Principal &caller, const std::string &evidenceId);
    std::string read(const std::string &evidenceId, std::int64_t offset, std::int64_t length) const;

private:
    // Verifies the whole partial file against the id and stores it, or discards it
    // (DataLoss).
    Status complete(const domain::EvidenceItem &e);
    // Records that the file is stored and moves it to the head of the feed.
    void markStored(const domain::EvidenceItem &e);

    Store &store_;
    BlobStore &blobs_;
    const Clock &clock_;
};

}  // namespace fc::server
