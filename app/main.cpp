// fieldcase: builds the app's parts, injects them into Main.qml, and runs.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include "appoptions.h"
#include "grpctransport.h"
#include "notelistmodel.h"
#include "noterecorder.h"
#include "selftest.h"
#include "session.h"
#include "synccontroller.h"
#include "tasklistmodel.h"

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
    LocalStore store;
    SyncEngine engine(store, transport);
    SyncController sync(store, engine);
    Session session(store, engine, transport, options.dataDir, KeyVault::KdfLimits{});
    TaskListModel tasks(store);
    NoteListModel notes(store);
    NoteRecorder recorder(store, clock);
    QObject::connect(&session, &Session::signedIn, &sync, &SyncController::syncNow);
    QObject::connect(&recorder, &NoteRecorder::recorded, &sync, &SyncController::syncNow);

    QQmlApplicationEngine qml;
    qml.addImportPath(QStringLiteral("qrc:/qt/qml"));  // not a default import path in Qt 6.4
    const QVariantMap properties{{"session", QVariant::fromValue(&session)},
                                 {"sync", QVariant::fromValue(&sync)},
                                 {"tasks", QVariant::fromValue(&tasks)},
                                 {"notes", QVariant::fromValue(&notes)},
                                 {"recorder", QVariant::fromValue(&recorder)}};
    if (options.selfTest) return runSelfTest(qml, properties);

    qml.setInitialProperties(properties);
    qml.load(QUrl(fieldCaseQmlUrl(QStringLiteral("Main.qml"))));
    if (qml.rootObjects().isEmpty()) return 1;
    return app.exec();
}
