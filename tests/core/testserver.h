#pragma once

#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <memory>

#include "backend/logic/clock.h"
#include "backend/server/fieldcaseserver.h"
#include "backend/store/sqlitestore.h"
#include "localstore.h"

// The system clock moved forward by hand, for periods of weeks and months.
class ShiftedClock final : public fc::server::Clock {
public:
    std::int64_t nowMs() const override { return system_.nowMs() + shiftMs_.load(); }
    void advance(std::chrono::milliseconds by) { shiftMs_ += by.count(); }

private:
    fc::server::SystemClock system_;
    std::atomic<std::int64_t> shiftMs_{0};
};

// A FieldCase server with the demo data, in this process, on a free loopback port: the
// real services and store behind a real gRPC listener. Its clock runs from the present and
// can be moved on.
class TestServer {
public:
    // `withDecisions`: also the demo's decided cases and the one awaiting legal review
    // (seed-demo's second step), for the supervisor's and the reviewer's screens.
    explicit TestServer(bool withDecisions = false);
    ~TestServer();

    QString address() const;
    fc::server::Store &store() { return *store_; }
    QString dataDir() const { return dir_.path(); }

    static QString demoPassword();
    void advanceClock(std::chrono::milliseconds by) { clock_.advance(by); }
    std::int64_t nowMs() const { return clock_.nowMs(); }

private:
    QTemporaryDir dir_;
    ShiftedClock clock_;
    std::unique_ptr<fc::server::SqliteStore> store_;
    std::unique_ptr<fc::server::FieldCaseServer> server_;
};

// Every byte of a file, for scanning.
QByteArray fileBytes(const QString &path);
// Every byte of every file under a folder.
QByteArray folderBytes(const QString &dir);
