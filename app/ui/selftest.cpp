#include "selftest.h"

#include "appservices.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>
#include <QTimer>

#include <memory>

QString fieldCaseQmlUrl(const QString &fileName) {
    return QStringLiteral("qrc:/qt/qml/FieldCase/") + fileName;
}

int runSelfTest(QQmlEngine &engine, AppServices &services) {
    QStringList problems;
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &warnings) {
        for (const auto &w : warnings) problems << w.toString();
    });
    QTextStream out(stdout);

    // Each page with the properties it requires; Main.qml gets the services.
    auto v = [](QObject *o) { return QVariant::fromValue(o); };
    AppServices &s = services;
    const QVariant none = QVariant::fromValue(static_cast<QObject *>(s.position()));
    const QList<QPair<QString, QVariantMap>> files = {
        {"Main.qml", {{"services", v(&s)}}},
        {"SignInPage.qml", {{"session", v(s.session())}, {"preferences", v(s.preferences())}}},
        {"TaskListPage.qml",
         {{"session", v(s.session())}, {"sync", v(s.sync())}, {"tasks", v(s.tasks())},
          {"preferences", v(s.preferences())}}},
        {"HighContrastButton.qml", {{"preferences", v(s.preferences())}}},
        {"TaskDetailPage.qml",
         {{"notes", v(s.notes())}, {"recorder", v(s.recorder())}, {"sync", v(s.sync())},
          {"evidenceList", v(s.evidenceList())}, {"caseId", QString()}}},
        {"SyncStatusBar.qml", {{"sync", v(s.sync())}}},
        {"PhotoPage.qml", {{"evidence", v(s.evidence())}, {"position", none}, {"caseId", QString()}}},
        {"RingelmannPage.qml", {{"session", v(s.ringelmann())}, {"position", none}, {"caseId", QString()}}},
        {"NoisePage.qml", {{"form", v(s.noise())}, {"position", none}, {"caseId", QString()}}},
        {"InspectionRecordPage.qml", {{"form", v(s.inspection())}, {"caseId", QString()}}},
        {"SupervisorPage.qml",
         {{"session", v(s.session())}, {"sync", v(s.sync())}, {"desk", v(s.supervisorDesk())},
          {"preferences", v(s.preferences())}}},
        {"AssignDialog.qml", {{"desk", v(s.supervisorDesk())}}},
        {"ReviewQueuePage.qml",
         {{"session", v(s.session())}, {"sync", v(s.sync())}, {"desk", v(s.reviewDesk())},
          {"preferences", v(s.preferences())}}},
        {"DossierPage.qml", {{"desk", v(s.reviewDesk())}, {"evidenceList", v(s.evidenceList())}, {"caseId", QString()}}},
    };
    std::vector<std::unique_ptr<QObject>> created;
    for (const auto &[file, properties] : files) {
        QQmlComponent component(&engine, QUrl(fieldCaseQmlUrl(file)));
        if (component.isError()) {
            problems << file + ": " + component.errorString();
            continue;
        }
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
        if (!object) {
            problems << file + ": " + component.errorString();
            continue;
        }
        out << "self-test: created " << file << Qt::endl;
        created.push_back(std::move(object));
    }
    // Let bindings and deferred loading run once before judging.
    QTimer::singleShot(200, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    created.clear();

    for (const auto &problem : problems) out << "self-test: " << problem << Qt::endl;
    out << (problems.isEmpty() ? "self-test: OK" : "self-test: FAILED") << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}
