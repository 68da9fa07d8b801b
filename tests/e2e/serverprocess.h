#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real fieldcase-server binary on a loopback port, over a data folder seeded by the
// real fieldcase-admin binary.
class ServerProcess {
public:
    // `storeArgs` name another store than the folder's own (--db URI), for every command.
    explicit ServerProcess(QString dataDir, QStringList storeArgs = {})
        : dataDir_(std::move(dataDir)), storeArgs_(std::move(storeArgs)) {}
    ~ServerProcess() { stop(); }

    // Runs `fieldcase-admin seed-demo`; false (with the output in log()) if it fails.
    bool seedDemo();
    // Runs `fieldcase-admin verify-log`; its exit code (-1 if it did not run), its output
    // in `output`.
    int verifyLog(QString *output);
    // Starts the server on the given port (0: any free one) and waits until it listens.
    bool start(int port = 0, const QStringList &extraArgs = {});
    // SIGTERM and wait.
    void stop();
    // SIGKILL: the server dies mid-work, as in a power cut.
    void kill();
    QString dataDir() const { return dataDir_; }
    int port() const { return port_; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }
    QString log() const { return log_; }

private:
    QString dataDir_;
    QStringList storeArgs_;
    QProcess process_;
    int port_ = 0;
    QString log_;
};
