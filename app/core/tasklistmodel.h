#pragma once

#include <QAbstractListModel>

#include "localrecords.h"
#include "localstore.h"

// The cases on this device that the signed-in user works on: for an inspector those
// assigned to them, for other roles every case; ordered by due date.
class TaskListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        DescriptionRole,
        EnterpriseNameRole,
        EnterpriseCodeRole,
        StatusRole,
        DueDateRole,
        AssigneesRole,
        NoteCountRole,
        PendingNotesRole,
    };

    explicit TaskListModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(rows_.size()); }

    // Re-reads the store; called on every LocalStore::changed().
    Q_INVOKABLE void reload();
    // The row of a case id, or -1.
    Q_INVOKABLE int indexOf(const QString &caseId) const;

signals:
    void countChanged();

private:
    LocalStore &store_;
    std::vector<LocalRecords::CaseSummary> rows_;
};
