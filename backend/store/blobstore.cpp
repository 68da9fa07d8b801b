#include "backend/store/blobstore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "backend/store/store.h"
#include "domain/sha256.h"

namespace fc::server {
namespace {

[[noreturn]] void fail(const std::string &what, int e = errno) {
    throw StoreError(e == ENOSPC || e == EDQUOT ? StoreError::Kind::DiskFull : StoreError::Kind::Other,
                     what + ": " + std::strerror(e));
}

// An open file descriptor that closes itself.
struct Fd {
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

void syncDirectory(const std::filesystem::path &dir) {
    Fd d(::open(dir.c_str(), O_RDONLY | O_DIRECTORY));
    if (d.fd < 0 || ::fsync(d.fd) != 0) fail("cannot sync " + dir.string());
}

}  // namespace

BlobStore::BlobStore(std::filesystem::path root) : root_(std::move(root)) {
    std::filesystem::create_directories(root_ / "uploads");
    removeLeftovers();
}

void BlobStore::removeLeftovers() {
    for (const auto &entry : std::filesystem::directory_iterator(root_ / "uploads")) {
        const auto name = entry.path().filename().string();
        constexpr std::string_view suffix = ".part";
        if (name.size() <= suffix.size() || !name.ends_with(suffix)) continue;
        if (!has(name.substr(0, name.size() - suffix.size()))) continue;
        // Another process appending to it holds its lock: leave it to that process.
        Fd fd(::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC));
        if (fd.fd >= 0 && ::flock(fd.fd, LOCK_EX | LOCK_NB) == 0) {
            // Only a copy of a stored file: one that cannot go now is tried at the next start.
            std::error_code notNow;
            std::filesystem::remove(entry.path(), notNow);
        }
    }
}

std::filesystem::path BlobStore::pathOf(const std::string &id) const {
    return root_ / id.substr(0, 2) / id;
}

std::filesystem::path BlobStore::partialPath(const std::string &id) const {
    return root_ / "uploads" / (id + ".part");
}

bool BlobStore::has(const std::string &id) const { return std::filesystem::exists(pathOf(id)); }

std::int64_t BlobStore::size(const std::string &id) const {
    std::error_code ec;
    const auto n = std::filesystem::file_size(pathOf(id), ec);
    return ec ? -1 : static_cast<std::int64_t>(n);
}

std::int64_t BlobStore::partialSize(const std::string &id) const {
    std::error_code ec;
    const auto n = std::filesystem::file_size(partialPath(id), ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

// One append, finish or discard of an id at a time in this process (flock guards the
// partial file across processes); the work itself runs outside the store-wide mutex, so
// uploads of different files proceed side by side.
struct BlobStore::Claim {
    Claim(BlobStore &store, const std::string &id) : store_(store), id_(id) {
        std::lock_guard lock(store_.mutex_);
        if (!store_.busy_.insert(id_).second) {
            throw StoreError(StoreError::Kind::Busy, "another upload of " + id_ + " is in progress");
        }
        if (auto node = store_.running_.extract(id_); !node.empty()) running = std::move(node.mapped());
    }
    ~Claim() {
        std::lock_guard lock(store_.mutex_);
        store_.busy_.erase(id_);
        if (running) store_.keepRunning(id_, std::move(running));
    }
    Claim(const Claim &) = delete;
    Claim &operator=(const Claim &) = delete;

    std::unique_ptr<Running> running;

private:
    BlobStore &store_;
    std::string id_;
};

std::int64_t BlobStore::append(const std::string &id, std::int64_t offset, std::string_view data) {
    Claim claim(*this, id);
    const auto path = partialPath(id);
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT, 0600));
    if (fd.fd < 0) fail("cannot open " + path.string());
    if (::flock(fd.fd, LOCK_EX) != 0) fail("cannot lock " + path.string());
    const off_t current = ::lseek(fd.fd, 0, SEEK_END);
    if (current != offset) {
        throw StoreError(StoreError::Kind::Other, "the upload is at byte " + std::to_string(current) +
                                                     ", not " + std::to_string(offset));
    }
    // The hash kept so far counts only if this is the file it was kept for, at the size it
    // had then: decided before this chunk changes either.
    auto &running = claim.running;
    if (current == 0) {
        running = std::make_unique<Running>();
        running->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);  // its own open file: not locked
        if (running->fd < 0) running.reset();                       // finish hashes the file
    } else if (running && (running->offset != current || !sameFile(*running, fd.fd))) {
        running.reset();  // resumed after a restart, or written by another process: finish hashes the file
    }
    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd.fd, data.data() + written, data.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int e = errno;
            [[maybe_unused]] const int ignored = ::ftruncate(fd.fd, current);  // keep only what was committed
            fail("cannot write " + path.string(), e);
        }
        written += static_cast<std::size_t>(n);
    }
    // No sync per chunk: the partial file is made durable once, before it is renamed into
    // place (finish). After a crash the upload resumes from what the file system kept, and
    // the whole-file SHA-256 refuses anything that came back damaged. The chunk's write-back
    // starts now, without waiting for it, so that the disk works while the next chunks
    // travel and the fsync at the end finds little left to do.
#ifdef __linux__
    ::sync_file_range(fd.fd, current, static_cast<off_t>(data.size()), SYNC_FILE_RANGE_WRITE);
#endif
    if (running) {
        running->hash.update(data);
        running->offset = current + static_cast<std::int64_t>(data.size());
    }
    return current + static_cast<std::int64_t>(data.size());
}

BlobStore::Running::~Running() {
    if (fd >= 0) ::close(fd);
}

bool BlobStore::sameFile(const Running &running, int fd) {
    struct stat held {}, opened {};
    return ::fstat(running.fd, &held) == 0 && ::fstat(fd, &opened) == 0 && held.st_nlink > 0 &&
           held.st_dev == opened.st_dev && held.st_ino == opened.st_ino;
}

void BlobStore::keepRunning(const std::string &id, std::unique_ptr<Running> running) {
    running->lastUse = ++uses_;
    running_[id] = std::move(running);
    if (running_.size() <= kMaxRunning) return;
    auto oldest = running_.begin();
    for (auto it = running_.begin(); it != running_.end(); ++it) {
        if (it->second->lastUse < oldest->second->lastUse) oldest = it;
    }
    running_.erase(oldest);
}

std::string BlobStore::sha256Of(const std::filesystem::path &file) const {
    Fd fd(::open(file.c_str(), O_RDONLY));
    if (fd.fd < 0) fail("cannot open " + file.string());
    return sha256Of(fd.fd, file);
}

std::string BlobStore::sha256Of(int fd, const std::filesystem::path &file) const {
    domain::Sha256 hash;
    std::array<char, 1 << 20> buffer;
    for (off_t at = 0;;) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), at);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot read " + file.string());
        }
        if (n == 0) break;
        at += n;
        hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
    }
    return hash.hexDigest();
}

BlobStore::Finish BlobStore::finish(const std::string &id, std::int64_t expectedSize) {
    Claim claim(*this, id);
    const auto partial = partialPath(id);
    const auto running = std::move(claim.running);
    // Another process sharing the folder may be finishing the same upload: the partial
    // file's lock makes one of them do it; the other finds it stored.
    const auto storedElsewhere = [&] { return has(id) && size(id) == expectedSize ? Finish::Stored : Finish::WrongSize; };
    Fd fd(::open(partial.c_str(), O_RDONLY));
    if (fd.fd < 0) {
        if (errno == ENOENT) return storedElsewhere();
        fail("cannot open " + partial.string());
    }
    if (::flock(fd.fd, LOCK_EX) != 0) fail("cannot lock " + partial.string());
    struct stat opened {}, current {};
    if (::fstat(fd.fd, &opened) != 0) fail("cannot stat " + partial.string());
    if (::stat(partial.c_str(), &current) != 0 || current.st_ino != opened.st_ino || current.st_dev != opened.st_dev) {
        return storedElsewhere();  // renamed or replaced while this process waited for the lock
    }
    if (opened.st_size != expectedSize) {
        std::filesystem::remove(partial);
        return Finish::WrongSize;
    }
    const bool hashedWhileWritten = running && running->offset == expectedSize && sameFile(*running, fd.fd);
    if (!hashedWhileWritten) ++filesReadBack_;
    if ((hashedWhileWritten ? running->hash.hexDigest() : sha256Of(fd.fd, partial)) != id) {
        std::filesystem::remove(partial);
        return Finish::WrongHash;
    }
    const auto target = pathOf(id);
    std::filesystem::create_directories(target.parent_path());
    if (::fsync(fd.fd) != 0) fail("cannot sync " + partial.string());

    std::error_code ec;
    std::filesystem::rename(partial, target, ec);
    if (ec) throw StoreError(StoreError::Kind::Other, "cannot store " + target.string() + ": " + ec.message());
    // Only the new name is made durable: should a crash undo the partial file's removal,
    // the leftover is a copy of a stored file, which the next start removes.
    syncDirectory(target.parent_path());
    return Finish::Stored;
}

std::string BlobStore::read(const std::string &id, std::int64_t offset, std::int64_t length) const {
    const auto path = pathOf(id);
    Fd fd(::open(path.c_str(), O_RDONLY));
    if (fd.fd < 0) fail("cannot open " + path.string());
    std::string out(static_cast<std::size_t>(length), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::pread(fd.fd, out.data() + got, out.size() - got, offset + static_cast<off_t>(got));
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot read " + path.string());
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    return out;
}

void BlobStore::discardPartial(const std::string &id) {
    Claim claim(*this, id);
    claim.running.reset();
    std::filesystem::remove(partialPath(id));
}

}  // namespace fc::server
