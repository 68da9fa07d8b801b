// fieldcase-screenshots: renders each main screen of the app with demo data (a demo
// server in-process with the decided cases and those awaiting legal review; the inspector,
// then the supervisor, then the legal reviewer signed in) to PNG files, in one language.
// `./dev screenshots` runs it for zh_CN and en into docs/screenshots/.
//
// fieldcase-screenshots --lang zh_CN|en --out DIR
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <functional>

#include "appservices.h"
#include "evidenceimageprovider.h"
#include "grpctransport.h"
#include "selftest.h"
#include "testserver.h"

Q_IMPORT_QML_PLUGIN(FieldCasePlugin)

namespace {

void wait(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int ms = 20000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        wait(20);
    }
    return true;
}

QQuickItem *stackView(QQuickWindow *window) {
    for (auto *item : window->findChildren<QQuickItem *>()) {
        if (item->inherits("QQuickStackView")) return item;
    }
    qFatal("no StackView in Main.qml");
}

QObject *currentPage(QQuickWindow *window) { return stackView(window)->property("currentItem").value<QObject *>(); }

bool pageIs(QQuickWindow *window, const char *name) {
    auto *page = currentPage(window);
    return page && QByteArray(page->metaObject()->className()).startsWith(name) &&
           !stackView(window)->property("busy").toBool();
}

}  // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString lang = option(QStringLiteral("--lang"), QStringLiteral("zh_CN"));
    const QDir out(option(QStringLiteral("--out"), QStringLiteral(".")));
    if (!QDir().mkpath(out.path())) qFatal("cannot make %s", qPrintable(out.path()));
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/fieldcase_") + lang)) qFatal("no translation for %s", qPrintable(lang));
    app.installTranslator(&translator);

    TestServer server(/*withDecisions=*/true);
    QTemporaryDir dir;
    GrpcTransport transport({server.address().toStdString(), {}, std::chrono::seconds(5)});
    Clock clock;
    AppServices services(transport, clock, {dir.path(), KeyVault::KdfLimits::forTests(), nullptr, &transport});
    QQmlApplicationEngine qml;
    qml.addImportPath(QStringLiteral("qrc:/qt/qml"));
    qml.addImageProvider(QStringLiteral("evidence"), new EvidenceImageProvider(services.store()));
    qml.setInitialProperties({{"services", QVariant::fromValue(&services)}});
    qml.load(QUrl(fieldCaseQmlUrl(QStringLiteral("Main.qml"))));
    auto *window = qml.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(qml.rootObjects().first());
    if (!window) qFatal("Main.qml did not load");
    window->resize(1280, 800);

    int written = 0;
    const auto shoot = [&](const QString &name) {
        wait(400);  // transitions and images settle
        const auto path = out.filePath(QStringLiteral("%1-%2.png").arg(name, lang));
        if (!window->grabWindow().save(path)) qFatal("cannot write %s", qPrintable(path));
        std::printf("%s\n", qPrintable(path));
        ++written;
    };

    if (!waitFor([&] { return pageIs(window, "SignInPage"); })) qFatal("no sign-in page");
    shoot(QStringLiteral("inspector-1-signin"));

    services.session()->signIn(QStringLiteral("inspector1"), TestServer::demoPassword());
    if (!waitFor([&] { return pageIs(window, "TaskListPage") && services.tasks()->count() > 0; })) {
        qFatal("the inspector's tasks did not arrive");
    }
    shoot(QStringLiteral("inspector-2-tasks"));
    services.preferences()->setHighContrast(true);
    shoot(QStringLiteral("inspector-2-tasks-high-contrast"));
    services.preferences()->setHighContrast(false);

    auto *list = window->findChild<QQuickItem *>(QStringLiteral("taskList"));
    QQuickItem *first = nullptr;
    QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0));
    if (!first) qFatal("no task row");
    const QString caseId = services.tasks()->index(0).data(TaskListModel::CaseIdRole).toString();
    QMetaObject::invokeMethod(first, "clicked");
    if (!waitFor([&] { return pageIs(window, "TaskDetailPage"); })) qFatal("no task page");
    shoot(QStringLiteral("inspector-3-task"));

    const QList<QPair<QString, const char *>> captures = {{QStringLiteral("photo"), "PhotoPage"},
                                                          {QStringLiteral("ringelmann"), "RingelmannPage"},
                                                          {QStringLiteral("noise"), "NoisePage"},
                                                          {QStringLiteral("record"), "InspectionRecordPage"}};
    int n = 4;
    for (const auto &[kind, page] : captures) {
        QMetaObject::invokeMethod(currentPage(window), "openCapture", Q_ARG(QString, kind), Q_ARG(QString, caseId));
        if (!waitFor([&] { return pageIs(window, page); })) qFatal("no %s", page);
        shoot(QStringLiteral("inspector-%1-%2").arg(n++).arg(kind));
        QMetaObject::invokeMethod(currentPage(window), "back");
        if (!waitFor([&] { return pageIs(window, "TaskDetailPage"); })) qFatal("no way back from %s", page);
    }

    // Another user on the same tablet: sign out, back to the sign-in page, sign in.
    const auto signInAs = [&](const QString &username) {
        services.session()->signOut();
        if (!waitFor([&] { return pageIs(window, "SignInPage"); })) qFatal("no sign-in page after signing out");
        services.session()->signIn(username, TestServer::demoPassword());
    };

    // The supervisor's desk, tab by tab, and the assignment dialog.
    signInAs(QStringLiteral("supervisor"));
    auto *desk = services.supervisorDesk();
    if (!waitFor([&] { return pageIs(window, "SupervisorPage") && !desk->busy() && !desk->attention().isEmpty(); })) {
        qFatal("the supervisor's desk did not load: %s", qPrintable(desk->errorText()));
    }
    shoot(QStringLiteral("supervisor-1-attention"));
    auto *tabs = window->findChild<QObject *>(QStringLiteral("supervisorTabs"));
    const QStringList tabNames = {QString(), QStringLiteral("deadlines"), QStringLiteral("workload"),
                                  QStringLiteral("conflicts"), QStringLiteral("blacklist")};
    for (int i = 1; i < tabNames.size(); ++i) {
        tabs->setProperty("currentIndex", i);
        shoot(QStringLiteral("supervisor-%1-%2").arg(i + 1).arg(tabNames[i]));
    }
    tabs->setProperty("currentIndex", 0);
    auto *dialog = window->findChild<QObject *>(QStringLiteral("assignDialog"));
    QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, desk->attention().first()));
    shoot(QStringLiteral("supervisor-6-assign"));
    QMetaObject::invokeMethod(dialog, "close");

    // The legal reviewer's queue and a case's dossier.
    signInAs(QStringLiteral("reviewer"));
    auto *review = services.reviewDesk();
    if (!waitFor([&] { return pageIs(window, "ReviewQueuePage") && !review->busy() && !review->queue().isEmpty(); })) {
        qFatal("the review queue did not load: %s", qPrintable(review->errorText()));
    }
    shoot(QStringLiteral("reviewer-1-queue"));
    const QString reviewCase = review->queue().first().toMap().value(QStringLiteral("caseId")).toString();
    QMetaObject::invokeMethod(currentPage(window), "openDossier", Q_ARG(QString, reviewCase));
    if (!waitFor([&] {
            return pageIs(window, "DossierPage") && !review->busy() &&
                   review->dossier().value(QStringLiteral("caseId")).toString() == reviewCase;
        })) {
        qFatal("the dossier did not load: %s", qPrintable(review->errorText()));
    }
    shoot(QStringLiteral("reviewer-2-dossier"));

    std::printf("%d screens in %s\n", written, qPrintable(lang));
    return 0;
}
