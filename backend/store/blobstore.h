#pragma once

#include <cstdint>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "domain/sha256.h"

namespace fc::server {

// Content-addressed evidence files: <root>/<2 hex>/<sha256>. An upload grows
// <root>/uploads/<sha256>.part, fsynced after every chunk so that what it reports as
// committed survives a crash; a finished upload is verified against its name, fsynced and
// renamed into place. Safe across threads; across processes by a lock file per upload.
class BlobStore {
public:
    explicit BlobStore(std::filesystem::path root);

    bool has(const std::string &id) const;
    std::int64_t size(const std::string &id) const;
    // Bytes of an unfinished upload written so far (0 if none); made durable by finish.
    std::int64_t partialSize(const std::string &id) const;

    // Appends `data` at `offset`, which must be the current partial size; returns the new
    // size. Throws StoreError (disk full, I/O) leaving the partial file as it was.
    std::int64_t append(const std::string &id, std::int64_t offset, std::string_view data);

    enum class Finish { Stored, WrongSize, WrongHash };
    // Checks the partial file against the id and size; stores it (Stored) or discards it.
    Finish finish(const std::string &id, std::int64_t expectedSize);

    std::string read(const std::string &id, std::int64_t offset, std::int64_t length) const;
    std::filesystem::path pathOf(const std::string &id) const;
    void discardPartial(const std::string &id);

    // SHA-256 of a stored file, for verification.
    std::string sha256Of(const std::filesystem::path &file) const;

private:
    std::filesystem::path partialPath(const std::string &id) const;

    // The SHA-256 of an upload's bytes as they were appended in this process, so that
    // finish need not read the file again; an upload resumed after a restart has none
    // and is hashed from the file. It holds only while the partial file is the one this
    // process last wrote: another process sharing the folder may have discarded it and
    // written other bytes, which the file's identity and modification time reveal.
    struct Running {
        std::int64_t offset = 0;
        domain::Sha256 hash;
        std::uint64_t device = 0, inode = 0;
        std::int64_t modifiedNs = 0;
    };
    static bool sameFile(const Running &running, int fd);
    static void remember(Running &running, int fd);
    std::string sha256Of(int fd, const std::filesystem::path &file) const;

    struct Claim;

    std::filesystem::path root_;
    std::mutex mutex_;  // guards busy_ and running_ only
    std::set<std::string> busy_;
    std::map<std::string, std::unique_ptr<Running>> running_;
};

}  // namespace fc::server
