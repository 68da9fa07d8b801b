#pragma once

#include <QAbstractListModel>
#include <QDateTime>

#include "localstore.h"

// Everything a case holds on this device as evidence: photos, signatures, readings with
// their computed verdicts, on-site records; each with its sync state and position flags.
class EvidenceListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        KindRole,  // photo, signature, document, ringelmann, noise, record
        TitleRole,
        DetailRole,
        TimeRole,
        StateRole,  // pending, synced, rejected
        ReasonRole,
        UploadedRole,
        HasBytesRole,
        OutsideSiteRole,
        NoFixRole,
        PoorAccuracyRole,
        FlagsTextRole,
    };

    struct Row {
        QString id, kind, title, detail, state, reason;
        QDateTime time;
        bool uploaded = false, hasBytes = false, outsideSite = false, noFix = false,
             poorAccuracy = false;
        QString flags;
    };

    explicit EvidenceListModel(LocalStore &store, QObject *parent = nullptr);

    QString caseId() const { return caseId_; }
    void setCaseId(const QString &caseId);
    int count() const { return static_cast<int>(rows_.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

signals:
    void caseIdChanged();
    void countChanged();

private:
    LocalStore &store_;
    QString caseId_;
    std::vector<Row> rows_;
};
