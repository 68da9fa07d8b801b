#include "fixture.h"

#include <QUuid>

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QQuickWindow>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <functional>

#include "evidenceimageprovider.h"
#include "positiontracker.h"
#include "serverprocess.h"
#include "backend/store/sqlitestore.h"

namespace {

class InProcessServer final : public Fixture::Server {
public:
    QString address() const override { return server_.address(); }
    fc::server::Store &store() override { return server_.store(); }

private:
    TestServer server_{/*withDecisions=*/true};
};

class BinaryServer final : public Fixture::Server {
public:
    BinaryServer() : process_(dir_.path()) {
        if (!process_.seedDemo()) qFatal("fieldcase-admin seed-demo failed: %s", qPrintable(process_.log()));
        if (!process_.start()) qFatal("fieldcase-server did not start: %s", qPrintable(process_.log()));
        store_ = std::make_unique<fc::server::SqliteStore>(dir_.path().toStdString());
    }
    ~BinaryServer() override {
        store_.reset();
        process_.stop();
    }
    QString address() const override { return process_.address(); }
    fc::server::Store &store() override { return *store_; }

private:
    QTemporaryDir dir_;
    ServerProcess process_;
    std::unique_ptr<fc::server::SqliteStore> store_;
};

// What a page received a moment ago (a desk's answer, say) is placed and sized at the
// layouts' next polish: wait for it, so that a check sees the page as the user will.
void settleLayouts(QQuickItem *root) {
    if (root && root->window()) QQuickTest::qWaitForPolish(root->window());
}

}  // namespace

std::unique_ptr<Fixture::Server> Fixture::startServer() {
    if (qEnvironmentVariable("FIELDCASE_E2E_BINARY") == QStringLiteral("1")) return std::make_unique<BinaryServer>();
    return std::make_unique<InProcessServer>();
}

Fixture::Fixture()
    : server_(startServer()),
      transport_({server_->address().toStdString(), {}, std::chrono::seconds(5)}) {
    // Live mode over a buffer: the first five minutes of the walk arrive at once.
    QFile walk(QStringLiteral(FIELDCASE_TEST_DATA "/walk_onsite.nmea"));
    if (!walk.open(QIODevice::ReadOnly)) qFatal("missing walk_onsite.nmea");
    auto *buffer = new QBuffer(this);
    buffer->open(QIODevice::ReadWrite);
    position_ = PositionTracker::fromNmea(buffer, false, QStringLiteral("walk_onsite"), clock_, this);
    position_->start();
    buffer->write(walk.readAll().split('\n').mid(0, 600).join('\n') + '\n');
    buffer->seek(0);
    emit buffer->readyRead();
    services_ = std::make_unique<AppServices>(
        transport_, clock_, AppServices::Setup{dir_.path(), KeyVault::KdfLimits::forTests(), position_, &transport_});
}

Fixture::~Fixture() = default;

Fixture *Fixture::create(QQmlEngine *engine, QJSEngine *) {
    auto *fixture = new Fixture;
    engine->addImageProvider(QStringLiteral("evidence"),
                             new EvidenceImageProvider(fixture->services()->store()));
    return fixture;
}

QString Fixture::signInAndSync(const QString &username) {
    const QString error = services_->session()->signInNow(username, password());
    if (!error.isEmpty()) return error;
    try {
        services_->engine().run();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString Fixture::createConflict(const QString &caseId) {
    const std::string proposed = "现场复核：锅炉在线监测数据异常，需补充取证";
    server().store().transact([&](fc::server::StoreTx &tx) {
        const auto record = tx.caseById(caseId.toStdString());
        const auto author = tx.userByUsername("inspector1");
        if (!record || !author) throw std::runtime_error("no such case or user");
        fc::domain::CaseConflict c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        c.caseId = record->id;
        c.field = fc::domain::CaseField::Description;
        c.baseVersion = record->version - 1;
        c.serverValue = record->description;
        c.proposedValue = proposed;
        c.proposedBy = author->id;
        c.deviceId = "qml-test-device";
        c.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        tx.insertConflict(c);
    });
    return QString::fromStdString(proposed);
}

int Fixture::serverStoredEvidenceCount(const QString &caseId) {
    const auto evidence =
        server().store().read([&](fc::server::StoreTx &tx) { return tx.evidenceOfCase(caseId.toStdString()); });
    return static_cast<int>(std::count_if(evidence.begin(), evidence.end(), [](const auto &e) { return e.bytesStored; }));
}

QString Fixture::serverCaseId(const QString &title) {
    for (const auto &c : server().store().read([](fc::server::StoreTx &tx) { return tx.listCases(std::nullopt); })) {
        if (QString::fromStdString(c.title) == title) return QString::fromStdString(c.id);
    }
    return {};
}

QString Fixture::serverCaseStatus(const QString &caseId) {
    const auto record = server().store().read([&](fc::server::StoreTx &tx) { return tx.caseById(caseId.toStdString()); });
    return record ? QString::fromUtf8(fc::domain::caseStatusName(record->status).data()) : QString();
}

int Fixture::serverNoteCount(const QString &caseId) {
    return static_cast<int>(server()
                                .store()
                                .transact([&](fc::server::StoreTx &tx) {
                                    return tx.notesOfCase(caseId.toStdString());
                                })
                                .size());
}

QStringList Fixture::smallTouchTargets(QQuickItem *root) const {
    settleLayouts(root);
    static const char *kControls[] = {"QQuickAbstractButton", "QQuickTextField", "QQuickComboBox",
                                      "QQuickSlider", "QQuickSpinBox", "QQuickTextArea"};
    QStringList out;
    const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item->isVisible()) return;
        for (const char *type : kControls) {
            if (!item->inherits(type) || !item->isEnabled()) continue;
            if (item->width() < 48 || item->height() < 48) {
                const auto label = item->property("text").toString();
                out << QStringLiteral("%1 \"%2\" %3x%4")
                           .arg(QString::fromLatin1(item->metaObject()->className()),
                                label.isEmpty() ? item->objectName() : label)
                           .arg(item->width())
                           .arg(item->height());
            }
            break;
        }
        for (auto *child : item->childItems()) walk(child);
    };
    if (root) walk(root);
    return out;
}

QStringList Fixture::controlsPastTheRightEdge(QQuickItem *root) const {
    settleLayouts(root);
    QStringList out;
    const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item->isVisible()) return;
        if (item->inherits("QQuickControl") && item != root) {
            const auto right = item->mapToItem(root, QPointF(item->width(), 0)).x();
            if (right > root->width() + 1) {
                const auto label = item->property("text").toString();
                out << QStringLiteral("%1 \"%2\" ends at %3 of %4")
                           .arg(QString::fromLatin1(item->metaObject()->className()),
                                label.isEmpty() ? item->objectName() : label)
                           .arg(right)
                           .arg(root->width());
                return;
            }
        }
        for (auto *child : item->childItems()) walk(child);
    };
    if (root) walk(root);
    return out;
}

QUrl Fixture::temporaryFile(const QString &name) const { return QUrl::fromLocalFile(dir_.filePath(name)); }

QString Fixture::fileStart(const QUrl &file, int bytes) const {
    QFile f(file.toLocalFile());
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes)) : QString();
}

QUrl Fixture::writeTestImage(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(90, 120, 160));
    const QString path = dir_.filePath(QStringLiteral("import-%1x%2.png").arg(width).arg(height));
    image.save(path, "PNG");
    return QUrl::fromLocalFile(path);
}
