#include "serverprocess.h"

#include <QRegularExpression>

#include <signal.h>
#include <sys/prctl.h>

bool ServerProcess::seedDemo() {
    QProcess admin;
    admin.start(QStringLiteral(FIELDCASE_ADMIN_BIN),
                QStringList{"--data", dataDir_} + storeArgs_ +
                    QStringList{"seed-demo", "--enterprises", FIELDCASE_DEMO_ENTERPRISES});
    const bool ok = admin.waitForFinished(60000) && admin.exitStatus() == QProcess::NormalExit &&
                    admin.exitCode() == 0;
    log_ += QString::fromUtf8(admin.readAllStandardOutput() + admin.readAllStandardError());
    return ok;
}

int ServerProcess::verifyLog(QString *output) {
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(QStringLiteral(FIELDCASE_ADMIN_BIN), QStringList{"--data", dataDir_} + storeArgs_ + QStringList{"verify-log"});
    const bool ran = admin.waitForFinished(120000) && admin.exitStatus() == QProcess::NormalExit;
    *output = QString::fromUtf8(admin.readAll());
    return ran ? admin.exitCode() : -1;
}

bool ServerProcess::start(int port, const QStringList &extraArgs) {
    process_.setProcessChannelMode(QProcess::MergedChannels);
    // If the test dies (a fatal failure, a timeout), the server dies with it instead of
    // running on and loading the machine for the tests after it.
    process_.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process_.start(QStringLiteral(FIELDCASE_SERVER_BIN),
                   QStringList{"--data", dataDir_, "--listen", QStringLiteral("127.0.0.1:%1").arg(port)} +
                       storeArgs_ + extraArgs);
    if (!process_.waitForStarted(10000)) return false;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QString output;
    while (process_.waitForReadyRead(10000)) {
        output += QString::fromUtf8(process_.readAll());
        if (auto m = listening.match(output); m.hasMatch()) {
            port_ = m.captured(1).toInt();
            log_ += output;
            return true;
        }
    }
    log_ += output;
    return false;
}

void ServerProcess::stop() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.terminate();
    if (!process_.waitForFinished(10000)) {
        process_.kill();
        process_.waitForFinished(5000);
    }
    log_ += QString::fromUtf8(process_.readAll());
}

void ServerProcess::kill() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.kill();
    process_.waitForFinished(10000);
    log_ += QString::fromUtf8(process_.readAll());
}
