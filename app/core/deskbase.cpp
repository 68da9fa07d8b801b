#include "deskbase.h"

DeskBase::DeskBase(QObject *parent) : QObject(parent) {
    connect(&job_, &BackgroundJob::busyChanged, this, &DeskBase::busyChanged);
    connect(&job_, &BackgroundJob::failed, this, [this](const QString &message) {
        setError(tr("Failed: %1").arg(message));
        emit finished();
    });
}

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
    if (kind == "repair_verification") return tr("Credit repair verification");
    return QString::fromStdString(kind);
}

bool DeskBase::start(std::function<std::function<void()>()> work) {
    return job_.start({}, [this, work = std::move(work)]() -> std::function<void()> {
        try {
            auto apply = work();
            return [this, apply = std::move(apply)] {
                if (apply) apply();
                setError({});
                emit finished();
            };
        } catch (const TransportError &e) {
            return [this, message = describe(e)] {
                setError(message);
                emit finished();
            };
        }
    });
}

void DeskBase::setError(const QString &text) {
    if (text == errorText_) return;
    errorText_ = text;
    emit errorTextChanged();
}
