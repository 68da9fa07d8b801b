#pragma once

#include <QString>
#include <QStringList>

// What `fieldcase` is told on its command line.
struct AppOptions {
    QString serverAddress = QStringLiteral("127.0.0.1:50051");
    QString caFile;    // PEM roots for a TLS server
    QString dataDir;   // where the encrypted stores live
    QString nmeaPath;  // an NMEA log to replay, or a serial GNSS receiver
    QString language = QStringLiteral("zh_CN");
    bool selfTest = false;

    static AppOptions parse(const QStringList &arguments);
};
