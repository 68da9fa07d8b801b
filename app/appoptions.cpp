#include "appoptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>

AppOptions AppOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FieldCase field enforcement app"));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server address host:port."),
                                    QStringLiteral("address"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                QStringLiteral("PEM file of the CA that signed the server."),
                                QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder of the encrypted local stores."),
                                  QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("UI language: zh_CN (default) or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption nmea(QStringLiteral("nmea"),
                                  QStringLiteral("Position from NMEA: a log file to replay, or a "
                                                 "serial GNSS receiver's device."),
                                  QStringLiteral("path"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every page offscreen and exit."));
    parser.addOptions({server, ca, data, lang, nmea, selfTest});
    parser.process(arguments);

    AppOptions options;
    if (parser.isSet(server)) options.serverAddress = parser.value(server);
    options.caFile = parser.value(ca);
    options.dataDir = parser.isSet(data)
                          ? parser.value(data)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(lang)) options.language = parser.value(lang);
    options.nmeaPath = parser.value(nmea);
    options.selfTest = parser.isSet(selfTest);
    return options;
}
