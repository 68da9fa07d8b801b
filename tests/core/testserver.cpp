#include "testserver.h"

#include <QDirIterator>
#include <QFile>

#include "backend/logic/custodylog.h"
#include "backend/logic/demoseeder.h"
#include "backend/logic/secrets.h"

TestServer::TestServer(bool withDecisions) {
    fc::server::initSecrets();
    store_ = std::make_unique<fc::server::SqliteStore>(dir_.path().toStdString());
    fc::server::DemoSeeder seeder(*store_, clock_);
    seeder.seed(fileBytes(QStringLiteral(FIELDCASE_DEMO_ENTERPRISES)).toStdString());
    fc::server::ServerOptions options;
    options.listenAddress = "127.0.0.1:0";
    options.custodySecretKey = fc::server::CustodyLog::generateSecretKey();
    if (withDecisions) {
        fc::server::CustodyLog custody(options.custodySecretKey, clock_);
        seeder.seedDecisions(custody, options.policy, options.calendar);
    }
    server_ = std::make_unique<fc::server::FieldCaseServer>(
        *store_, std::filesystem::path(dir_.path().toStdString()) / "evidence", clock_, options);
}

TestServer::~TestServer() {
    server_.reset();
    store_.reset();
}

QString TestServer::address() const {
    return QStringLiteral("127.0.0.1:%1").arg(server_->port());
}

QString TestServer::demoPassword() {
    return QString::fromUtf8(fc::server::DemoSeeder::kPassword.data(),
                             static_cast<int>(fc::server::DemoSeeder::kPassword.size()));
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray folderBytes(const QString &dir) {
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) all += fileBytes(it.next());
    return all;
}
