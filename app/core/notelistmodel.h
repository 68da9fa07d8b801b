#pragma once

#include <QAbstractListModel>

#include "localrecords.h"
#include "localstore.h"

// The notes of one case, oldest first, with their sync state.
class NoteListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        TextRole,
        AuthorNameRole,
        CreatedAtRole,
        StateRole,
        ReasonRole,
    };

    explicit NoteListModel(LocalStore &store, QObject *parent = nullptr);

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
    std::vector<LocalRecords::LocalNote> rows_;
};
