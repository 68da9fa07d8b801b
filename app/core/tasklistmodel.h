#pragma once

#include <QAbstractListModel>

#include "localrecords.h"
#include "localstore.h"
#include "positiontracker.h"

// The cases on this device that the signed-in user works on: for an inspector those
// assigned to them, for other roles every case; ordered by due date, each with the
// distance from where the device is to the enterprise's site. Read a page at a
// time (the view asks for more as it scrolls), so that a store of tens of thousands of
// cases opens as fast as an empty one.
class TaskListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
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
        DistanceRole,      // metres from the current fix to the enterprise's site; NaN if unknown
        DistanceTextRole,  // the same for people ("350 m", "6.2 km"), empty if unknown
    };

    explicit TaskListModel(LocalStore &store, QObject *parent = nullptr);

    // Where the device is, for the distance to each site (none: no distances).
    void setPositionTracker(PositionTracker *tracker);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    static constexpr int kPageSize = 100;

    int count() const { return static_cast<int>(rows_.size()); }  // rows read so far
    int total() const { return total_; }                          // all the user's cases

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Re-reads the rows read so far (at least the first page); called on every
    // LocalStore::changed().
    Q_INVOKABLE void reload();
    // The row of a case id among the rows read so far, or -1.
    Q_INVOKABLE int indexOf(const QString &caseId) const;

signals:
    void countChanged();

private:
    // The user whose cases are listed (empty: every case), then `limit` rows from `offset`.
    std::vector<LocalRecords::CaseSummary> read(int limit, int offset, int *total) const;

    double distanceTo(const LocalRecords::CaseSummary &row) const;

    LocalStore &store_;
    PositionTracker *tracker_ = nullptr;
    std::vector<LocalRecords::CaseSummary> rows_;
    int total_ = 0;
};
