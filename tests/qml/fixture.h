#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

#include "appservices.h"
#include "grpctransport.h"
#include "testserver.h"

// The real app for a QML test file: AppServices over an encrypted store in a temporary
// folder, a demo server of its own in-process on a loopback port (with the decided cases
// and those awaiting legal review; a test file's changes reach no other file), and a GNSS
// fix replayed from the on-site walk. One per QML engine.
class Fixture : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AppServices *services READ services CONSTANT)
    Q_PROPERTY(QString password READ password CONSTANT)
public:
    ~Fixture() override;

    // The engine's instance; it also shows photos and signatures from this fixture's store.
    static Fixture *create(QQmlEngine *engine, QJSEngine *);

    AppServices *services() { return services_.get(); }
    QString password() const { return TestServer::demoPassword(); }

    // Signs in and syncs synchronously; returns the error text, empty on success.
    Q_INVOKABLE QString signInAndSync(const QString &username);
    // Notes of a case on the server.
    Q_INVOKABLE int serverNoteCount(const QString &caseId);
    // An edit of the case's description by inspector1 that met a changed case, kept as a
    // conflict on the server; returns the proposed value.
    Q_INVOKABLE QString createConflict(const QString &caseId);
    // Evidence of a case on the server whose bytes are stored.
    Q_INVOKABLE int serverStoredEvidenceCount(const QString &caseId);
    // The id of the server's case with this title (empty if none).
    Q_INVOKABLE QString serverCaseId(const QString &title);
    // The case's stage on the server (its status name).
    Q_INVOKABLE QString serverCaseStatus(const QString &caseId);
    // The visible, enabled controls under `root` a finger cannot hit reliably: smaller than
    // 48 x 48 px (buttons, fields, boxes, sliders), described for the failure message.
    Q_INVOKABLE QStringList smallTouchTargets(QQuickItem *root) const;
    // The visible controls under `root` that stick out of its right edge (cut off on a
    // narrow, portrait screen), described for the failure message.
    Q_INVOKABLE QStringList controlsPastTheRightEdge(QQuickItem *root) const;
    // A PNG file in a temporary folder, for the import dialog.
    Q_INVOKABLE QUrl writeTestImage(int width, int height);
    // A file URL in the fixture's temporary folder, and the first bytes of that file.
    Q_INVOKABLE QUrl temporaryFile(const QString &name) const;
    Q_INVOKABLE QString fileStart(const QUrl &file, int bytes) const;

private:
    Fixture();  // QML makes it through create()
public:
    // The server the app talks to: the demo server in this process, or, with
    // FIELDCASE_E2E_BINARY=1, the real fieldcase-server binary on a folder seeded by the real
    // fieldcase-admin, whose store the fixture reads beside it.
    class Server {
    public:
        virtual ~Server() = default;
        virtual QString address() const = 0;
        virtual fc::server::Store &store() = 0;
    };

private:
    static std::unique_ptr<Server> startServer();
    Server &server() { return *server_; }

    std::unique_ptr<Server> server_;  // before the transport that connects to it
    QTemporaryDir dir_;
    GrpcTransport transport_;
    Clock clock_;
    PositionTracker *position_ = nullptr;
    std::unique_ptr<AppServices> services_;
};
