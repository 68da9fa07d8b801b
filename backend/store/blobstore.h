#pragma once

#include <atomic>
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
// <root>/uploads/<sha256>.part; a finished upload is verified against its name, fsynced
// and renamed into place. After a crash an upload resumes from what the file system kept
// (the final SHA-256 refuses anything that came back damaged). Safe across threads;
// across processes by a lock on each partial file.
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

    // How many finishes read the partial file back to hash it (an upload resumed after a
    // restart or written by another process); the others used the hash kept while the
    // bytes arrived.
    std::uint64_t filesReadBack() const { return filesReadBack_.load(); }

    // Keeps the running state of at most kMaxRunning uploads (an abandoned upload's state
    // would otherwise hold its file open for good); the least recently used goes first and
    // its upload is hashed from the file when it finishes.
    static constexpr std::size_t kMaxRunning = 64;

    // SHA-256 of a stored file, for verification.
    std::string sha256Of(const std::filesystem::path &file) const;

private:
    std::filesystem::path partialPath(const std::string &id) const;
    // Removes partial files of uploads that are stored already: a crash after the rename
    // into place may leave one behind.
    void removeLeftovers();

    // The SHA-256 of an upload's bytes as they were appended in this process, so that
    // finish need not read the file again; an upload resumed after a restart has none
    // and is hashed from the file. It holds only while the partial file is the one this
    // process wrote: another process sharing the folder may have discarded it and written
    // other bytes. The state keeps the partial file open, so the file system cannot give
    // its inode number to a new file while the state exists: the same inode (still linked)
    // at the same size means the same file.
    struct Running {
        std::int64_t offset = 0;
        domain::Sha256 hash;
        int fd = -1;  // the partial file, held open
        std::uint64_t lastUse = 0;
        Running() = default;
        Running(const Running &) = delete;
        Running &operator=(const Running &) = delete;
        ~Running();
    };
    static bool sameFile(const Running &running, int fd);
    void keepRunning(const std::string &id, std::unique_ptr<Running> running);  // with mutex_ held
    std::string sha256Of(int fd, const std::filesystem::path &file) const;

    struct Claim;

    std::filesystem::path root_;
    std::mutex mutex_;  // guards busy_ and running_ only
    std::set<std::string> busy_;
    std::map<std::string, std::unique_ptr<Running>> running_;
    std::uint64_t uses_ = 0;
    std::atomic<std::uint64_t> filesReadBack_{0};
};

}  // namespace fc::server
