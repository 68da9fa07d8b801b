#include "deskbase.h"

#include <QCoreApplication>

DeskBase::~DeskBase() { watcher_.waitForFinished(); }

QString DeskBase::describe(const TransportError &error) {
    const QString message = QString::fromUtf8(error.what());
    switch (error.kind()) {
    case TransportError::Kind::Unreachable:
        return tr("The server cannot be reached. This list needs the network; try again when online.");
    case TransportError::Kind::Unauthenticated: return tr("The session has ended. Sign in again.");
    case TransportError::Kind::Forbidden: return tr("Not allowed for this account: %1").arg(message);
    case TransportError::Kind::Refused: return tr("The server refused: %1").arg(message);
    case TransportError::Kind::ServerError:
    case TransportError::Kind::Damaged: break;
    }
    return tr("The server could not answer: %1").arg(message);
}

QString DeskBase::statusText(fc::domain::CaseStatus status) {
    using S = fc::domain::CaseStatus;
    switch (status) {
    case S::Inspection: return tr("Inspection");
    case S::Filed: return tr("Filed");
    case S::Investigation: return tr("Investigation");
    case S::CaseReview: return tr("Case review");
    case S::Notified: return tr("Party notified");
    case S::Hearing: return tr("Statement and hearing");
    case S::LegalReview: return tr("Legal review");
    case S::CollectiveDiscussion: return tr("Collective discussion");
    case S::Decided: return tr("Decided");
    case S::Served: return tr("Served");
    case S::Enforcement: return tr("Enforcement");
    case S::Closed: return tr("Closed");
    case S::Suspended: return tr("Suspended");
    case S::Terminated: return tr("Terminated");
    }
    return {};
}

QString DeskBase::deadlineText(const std::string &kind) {
    if (kind == "filing") return tr("Filing");
    if (kind == "decision") return tr("Decision");
    if (kind == "hearing_request") return tr("Hearing request");
    if (kind == "legal_review") return tr("Legal review");
    if (kind == "publication") return tr("Publication");
    if (kind == "payment") return tr("Payment");
    if (kind == "withdrawal") return tr("Withdrawal");
    return QString::fromStdString(kind);
}

void DeskBase::waitForIdle() {
    watcher_.waitForFinished();
    QCoreApplication::processEvents();
}

bool DeskBase::start(std::function<std::function<void()>()> work) {
    if (busy_) return false;
    busy_ = true;
    emit busyChanged();
    apply_ = {};
    failure_.clear();
    disconnect(&watcher_, nullptr, this, nullptr);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        busy_ = false;
        if (apply_) apply_();
        setError(failure_);
        emit busyChanged();
        emit finished();
    });
    watcher_.setFuture(QtConcurrent::run([this, work = std::move(work)] {
        try {
            apply_ = work();
        } catch (const TransportError &e) {
            failure_ = describe(e);
        } catch (const std::exception &e) {
            failure_ = tr("Failed: %1").arg(QString::fromUtf8(e.what()));
        }
    }));
    return true;
}

void DeskBase::setError(const QString &text) {
    if (text == errorText_) return;
    errorText_ = text;
    emit errorTextChanged();
}
