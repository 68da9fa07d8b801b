// fieldcase: builds the app's parts, injects them into Main.qml, and runs.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include "appoptions.h"
#include "appservices.h"
#include "evidenceimageprovider.h"
#include "grpctransport.h"
#include "positiontracker.h"
#include "selftest.h"

Q_IMPORT_QML_PLUGIN(FieldCasePlugin)

int main(int argc, char **argv) {
    const bool selfTest = std::any_of(argv, argv + argc, [](const char *a) {
        return qstrcmp(a, "--self-test") == 0;
    });
    if (selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("FieldCase"));
    app.setApplicationName(QStringLiteral("FieldCase"));
    AppOptions options = AppOptions::parse(app.arguments());
    QTemporaryDir selfTestDir;
    if (options.selfTest) options.dataDir = selfTestDir.path();

    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/fieldcase_") + options.language)) {
        app.installTranslator(&translator);
    } else {
        qWarning("no translation for %s", qPrintable(options.language));
        if (options.selfTest) return 1;
    }

    GrpcTransport::Options transportOptions;
    transportOptions.address = options.serverAddress.toStdString();
    if (!options.caFile.isEmpty()) {
        QFile ca(options.caFile);
        if (!ca.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(options.caFile));
        transportOptions.rootCertificatesPem = ca.readAll().toStdString();
    }
    GrpcTransport transport(transportOptions);
    Clock clock;
    PositionTracker *position = options.nmeaPath.isEmpty()
                                    ? PositionTracker::fromPlatform(clock, &app)
                                    : PositionTracker::fromNmeaPath(options.nmeaPath, clock, &app);
    if (!options.nmeaPath.isEmpty() && !position) qFatal("cannot read %s", qPrintable(options.nmeaPath));
    if (position) position->start();
    AppServices services(transport, clock, {options.dataDir, KeyVault::KdfLimits{}, position, &transport});

    QQmlApplicationEngine qml;
    qml.addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default import path in Qt 6.4
    qml.addImageProvider(QStringLiteral("evidence"), new EvidenceImageProvider(services.store()));
    if (options.selfTest) return runSelfTest(qml, services);

    qml.setInitialProperties({{"services", QVariant::fromValue(&services)}});
    qml.load(QUrl(fieldCaseQmlUrl(QStringLiteral("Main.qml"))));
    if (qml.rootObjects().isEmpty()) return 1;
    return app.exec();
}
