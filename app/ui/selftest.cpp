#include "selftest.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>
#include <QTimer>

#include <memory>

QString fieldCaseQmlUrl(const QString &fileName) {
    return QStringLiteral("qrc:/qt/qml/FieldCase/") + fileName;
}

int runSelfTest(QQmlEngine &engine, const QVariantMap &rootProperties) {
    QStringList problems;
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &warnings) {
        for (const auto &w : warnings) problems << w.toString();
    });
    QTextStream out(stdout);

    // Each page with the properties it requires; Main.qml gets the full set.
    const QVariantMap &p = rootProperties;
    const QList<QPair<QString, QVariantMap>> files = {
        {"Main.qml", p},
        {"SignInPage.qml", {{"session", p["session"]}}},
        {"TaskListPage.qml", {{"session", p["session"]}, {"sync", p["sync"]}, {"tasks", p["tasks"]}}},
        {"TaskDetailPage.qml",
         {{"notes", p["notes"]}, {"recorder", p["recorder"]}, {"sync", p["sync"]},
          {"caseId", QString()}}},
        {"SyncStatusBar.qml", {{"sync", p["sync"]}}},
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
