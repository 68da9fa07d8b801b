#include "tasklistmodel.h"

#include <QLocale>

#include <cmath>
#include <limits>

#include <algorithm>

#include <QStringList>

#include "domain/role.h"

TaskListModel::TaskListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent), store_(store) {
    connect(&store_, &LocalStore::changed, this, &TaskListModel::reload);
    connect(&store_, &LocalStore::openedChanged, this, &TaskListModel::reload);
    reload();
}

std::vector<LocalRecords::CaseSummary> TaskListModel::read(int limit, int offset, int *total) const {
    if (!store_.isOpen()) {
        if (total) *total = 0;
        return {};
    }
    try {
        return store_.transact([&](fc::sqlite::Database &db) {
            const bool inspector = LocalStore::meta(db, LocalStore::kRole).toStdString() ==
                                   fc::domain::roleName(fc::domain::Role::Inspector);
            const auto assignee = inspector ? LocalStore::meta(db, LocalStore::kUserId) : QString();
            if (total) *total = LocalRecords::caseCount(db, assignee);
            return LocalRecords::cases(db, assignee, limit, offset);
        });
    } catch (const fc::sqlite::Error &e) {
        qWarning("TaskListModel: %s", e.what());
        if (total) *total = 0;
        return {};
    }
}

void TaskListModel::reload() {
    int total = 0;
    auto rows = read(std::max(kPageSize, count()), 0, &total);
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    total_ = total;
    endResetModel();
    if (before != count()) emit countChanged();
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && count() < total_;
}

void TaskListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent)) return;
    auto more = read(kPageSize, count(), nullptr);
    if (more.empty()) return;
    beginInsertRows({}, count(), count() + static_cast<int>(more.size()) - 1);
    for (auto &row : more) rows_.push_back(std::move(row));
    endInsertRows();
    emit countChanged();
}

int TaskListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &row = rows_[static_cast<std::size_t>(index.row())];
    const auto &c = row.record;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return QString::fromStdString(c.title);
    case CaseIdRole: return QString::fromStdString(c.id);
    case NumberRole: return QString::fromStdString(c.number);
    case DescriptionRole: return QString::fromStdString(c.description);
    case EnterpriseNameRole: return QString::fromStdString(c.enterpriseName);
    case EnterpriseCodeRole: return QString::fromStdString(c.enterpriseCode);
    case StatusRole: return QString::fromUtf8(fc::domain::caseStatusName(c.status).data());
    case DueDateRole: return QString::fromStdString(c.dueDate);
    case AssigneesRole: {
        QStringList names;
        for (const auto &o : c.assignees) names << QString::fromStdString(o.displayName);
        return names.join(QStringLiteral("、"));
    }
    case NoteCountRole: return row.noteCount;
    case PendingNotesRole: return row.pendingNotes;
    case DistanceRole: return distanceTo(row);
    case DistanceTextRole: {
        const double metres = distanceTo(row);
        if (std::isnan(metres)) return QString();
        if (metres < 1000) return tr("%1 m").arg(qRound(metres));
        return tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', metres < 10000 ? 1 : 0));
    }
    default: return {};
    }
}

void TaskListModel::setPositionTracker(PositionTracker *tracker) {
    if (tracker_) disconnect(tracker_, nullptr, this, nullptr);
    tracker_ = tracker;
    if (!tracker_) return;
    // A new fix moves every distance; the rows themselves stay.
    connect(tracker_, &PositionTracker::fixChanged, this, [this] {
        if (!rows_.empty()) emit dataChanged(index(0), index(count() - 1), {DistanceRole, DistanceTextRole});
    });
}

double TaskListModel::distanceTo(const LocalRecords::CaseSummary &row) const {
    if (!tracker_ || !tracker_->hasFix() || !row.site) return std::numeric_limits<double>::quiet_NaN();
    return fc::domain::geodesicDistanceMeters({tracker_->latitude(), tracker_->longitude()}, *row.site);
}

QHash<int, QByteArray> TaskListModel::roleNames() const {
    return {{CaseIdRole, "caseId"},
            {NumberRole, "number"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {EnterpriseNameRole, "enterpriseName"},
            {EnterpriseCodeRole, "enterpriseCode"},
            {StatusRole, "status"},
            {DueDateRole, "dueDate"},
            {AssigneesRole, "assignees"},
            {NoteCountRole, "noteCount"},
            {DistanceRole, "distance"},
            {DistanceTextRole, "distanceText"},
            {PendingNotesRole, "pendingNotes"}};
}

int TaskListModel::indexOf(const QString &caseId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (QString::fromStdString(rows_[i].record.id) == caseId) return static_cast<int>(i);
    }
    return -1;
}
