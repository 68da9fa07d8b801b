#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "backend/logic/clock.h"
#include "backend/server/fieldcaseserver.h"
#include "backend/store/sqlitestore.h"
#include "localstore.h"

// A FieldCase server with the demo data, in this process, on a free loopback port: the
// real services and store behind a real gRPC listener.
class TestServer {
public:
    TestServer();
    ~TestServer();

    QString address() const;
    fc::server::Store &store() { return *store_; }
    QString dataDir() const { return dir_.path(); }

    static QString demoPassword();

private:
    QTemporaryDir dir_;
    fc::server::SystemClock clock_;
    std::unique_ptr<fc::server::SqliteStore> store_;
    std::unique_ptr<fc::server::FieldCaseServer> server_;
};

// Every byte of a file, for scanning.
QByteArray fileBytes(const QString &path);
// Every byte of every file under a folder.
QByteArray folderBytes(const QString &dir);
