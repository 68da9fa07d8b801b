// Cold start of the app to its first rendered task list, with 20,000 cases and 100,000
// evidence records in the local store, as a ratio to the same start with an empty store in
// the same run (goal: at most 1.3). Each start is a fresh process (offscreen): the real
// QML engine, Main.qml, the inspector's offline sign-in (Argon2id unlock with the
// production limits) and the first frame that shows the task list. The store's open cost
// (the unlock) and the absolute times are printed beside the ratio.
//
// bench_coldstart                      prepares both stores, runs the starts, reports
// bench_coldstart --child DIR USER N   one start; prints "unlock_ms list_ms rows"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUuid>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

#include "appservices.h"
#include "domain/sha256.h"
#include "evidencestore.h"
#include "grpctransport.h"
#include "localrecords.h"
#include "selftest.h"
#include "session.h"
#include "syncengine.h"
#include "tasklistmodel.h"
#include "testserver.h"

Q_IMPORT_QML_PLUGIN(FieldCasePlugin)

namespace {

constexpr int kCases = 20000;
constexpr int kEvidencePerCase = 5;
constexpr int kStarts = 5;
const QString kUser = QStringLiteral("inspector1");

std::string newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); }

// A device store of the inspector, made by a real first sign-in against the demo server
// with the production Argon2id limits, then filled (or not) with synced cases.
void prepare(TestServer &server, const QString &dir, bool full) {
    LocalStore store;
    GrpcTransport transport({server.address().toStdString(), {}, std::chrono::seconds(10)});
    SyncEngine engine(store, transport);
    Session session(store, engine, transport, dir, KeyVault::KdfLimits{});
    if (const auto error = session.signInNow(kUser, TestServer::demoPassword()); !error.isEmpty()) {
        qFatal("sign-in failed: %s", qPrintable(error));
    }
    if (!full) return;
    store.transact([&](fc::sqlite::Database &db) {
        const auto userId = LocalStore::meta(db, LocalStore::kUserId).toStdString();
        for (int i = 0; i < kCases; ++i) {
            fc::domain::CaseRecord c;
            c.id = newId();
            c.number = "140405-2026-" + std::to_string(100000 + i);
            c.title = "例行检查 " + std::to_string(i);
            c.description = "焦炉烟囱黑度与厂界噪声例行检查";
            c.enterpriseCode = "911404050642301719";
            c.enterpriseName = "鸡鸣泰焦化有限公司";
            c.dueDate = "2026-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15";
            c.assignees = {{userId, "李明", "14040520230002"}, {"other", "王芳", "14040520230003"}};
            c.createdAtMs = 1773279000000 + i;
            c.updatedAtMs = c.createdAtMs;
            c.version = 1;
            LocalRecords::upsertSynced(db, c);
            for (int k = 0; k < kEvidencePerCase; ++k) {
                fc::domain::EvidenceItem e;
                e.id = fc::domain::Sha256::hex(c.id + std::to_string(k));
                e.caseId = c.id;
                e.mimeType = "image/jpeg";
                e.size = 3'000'000;
                e.capturedAtMs = c.createdAtMs + k;
                e.capturedBy = userId;
                e.capturedByName = "李明";
                e.bytesStored = true;
                EvidenceStore::upsertSynced(db, e);
            }
        }
    });
}

// One start in this process; the parent measures nothing but what this prints.
int child(int argc, char **argv) {
    QElapsedTimer clock;
    clock.start();
    QGuiApplication app(argc, argv);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const QString user = QString::fromLocal8Bit(argv[3]);
    const bool expectRows = QByteArray(argv[4]).toInt() > 0;
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/fieldcase_zh_CN"))) app.installTranslator(&translator);
    // No server: the inspector starts the app at a factory gate.
    GrpcTransport transport({"127.0.0.1:1", {}, std::chrono::milliseconds(200)});
    Clock appClock;
    AppServices services(transport, appClock, {dir, KeyVault::KdfLimits{}, nullptr});
    QQmlApplicationEngine qml;
    qml.addImportPath(QStringLiteral("qrc:/qt/qml"));
    qml.setInitialProperties({{"services", QVariant::fromValue(&services)}});
    qml.load(QUrl(fieldCaseQmlUrl(QStringLiteral("Main.qml"))));
    auto *window = qml.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(qml.rootObjects().first());
    if (!window) qFatal("Main.qml did not load");

    qint64 unlockedAt = -1;
    QObject::connect(services.session(), &Session::signedIn, [&] { unlockedAt = clock.elapsed(); });
    services.session()->signIn(user, TestServer::demoPassword());
    // The first frame drawn with the task list on screen, with its rows (or its empty
    // state) in place.
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        auto *list = window->findChild<QQuickItem *>(QStringLiteral("taskList"));
        if (!list || !list->isVisible()) return;
        const int count = list->property("count").toInt();
        if (expectRows ? count == 0 : count != 0) return;
        std::printf("%lld %lld %d\n", static_cast<long long>(unlockedAt), static_cast<long long>(clock.elapsed()),
                    services.tasks()->count());
        std::fflush(stdout);
        app.exit(0);
    });
    QTimer::singleShot(120000, [&] { qFatal("no task list after two minutes"); });
    return app.exec();
}

struct Start {
    double unlockMs = 0;
    double listMs = 0;
};

Start runChild(const QString &dir, bool full) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), dir, kUser, full ? QStringLiteral("1") : QStringLiteral("0")});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        qFatal("a start failed: %s", p.readAllStandardError().constData());
    }
    const auto words = QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (words.size() != 3) qFatal("unexpected child output");
    if (full && words[2].trimmed().toInt() <= 0) qFatal("the full store's task list is empty");
    return {words[0].toDouble(), words[1].toDouble()};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char **argv) {
    if (argc == 5 && QByteArray(argv[1]) == "--child") return child(argc, argv);
    QCoreApplication app(argc, argv);
    QTemporaryDir emptyDir, fullDir;
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {  // for profiling one start: --child DIR inspector1 1
        emptyDir.setAutoRemove(false);
        fullDir.setAutoRemove(false);
        std::printf("stores kept in %s (empty) and %s (full)\n", qPrintable(emptyDir.path()), qPrintable(fullDir.path()));
    }
    {
        TestServer server;
        std::printf("preparing an empty store and one with %d cases and %d evidence records ...\n", kCases,
                    kCases * kEvidencePerCase);
        std::fflush(stdout);
        prepare(server, emptyDir.path(), false);
        prepare(server, fullDir.path(), true);
    }
    runChild(emptyDir.path(), false);  // warm the binary and the libraries in the page cache
    std::vector<double> emptyList, emptyUnlock, fullList, fullUnlock;
    for (int i = 0; i < kStarts; ++i) {
        const auto e = runChild(emptyDir.path(), false);
        const auto f = runChild(fullDir.path(), true);
        emptyList.push_back(e.listMs);
        emptyUnlock.push_back(e.unlockMs);
        fullList.push_back(f.listMs);
        fullUnlock.push_back(f.unlockMs);
    }
    const double empty = median(emptyList), full = median(fullList);
    std::printf("Cold start to the first rendered task list (median of %d starts each)\n", kStarts);
    std::printf("  empty store:  %7.0f ms   (unlock, the store's open cost: %5.0f ms)\n", empty, median(emptyUnlock));
    std::printf("  full store:   %7.0f ms   (unlock, the store's open cost: %5.0f ms)\n", full, median(fullUnlock));
    std::printf("  after the unlock: empty %5.0f ms, full %5.0f ms\n", empty - median(emptyUnlock),
                full - median(fullUnlock));
    const double ratio = full / empty;
    const bool met = ratio <= 1.3;
    std::printf("%-44s %10.0f ms   baseline %10.0f ms   ratio %.2f   goal <= 1.30: %s\n",
                "cold start, 20,000 cases / 100,000 evidence", full, empty, ratio, met ? "met" : "NOT met");
    return met ? 0 : 1;
}
