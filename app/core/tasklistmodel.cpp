#include "tasklistmodel.h"

#include <QStringList>

#include "domain/role.h"

TaskListModel::TaskListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent), store_(store) {
    connect(&store_, &LocalStore::changed, this, &TaskListModel::reload);
    connect(&store_, &LocalStore::openedChanged, this, &TaskListModel::reload);
    reload();
}

void TaskListModel::reload() {
    std::vector<LocalRecords::CaseSummary> rows;
    if (store_.isOpen()) {
        try {
            rows = store_.transact([](fc::sqlite::Database &db) {
                const bool inspector = LocalStore::meta(db, LocalStore::kRole).toStdString() ==
                                       fc::domain::roleName(fc::domain::Role::Inspector);
                return LocalRecords::cases(
                    db, inspector ? LocalStore::meta(db, LocalStore::kUserId) : QString());
            });
        } catch (const fc::sqlite::Error &e) {
            qWarning("TaskListModel: %s", e.what());
        }
    }
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (before != count()) emit countChanged();
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
    default: return {};
    }
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
            {PendingNotesRole, "pendingNotes"}};
}

int TaskListModel::indexOf(const QString &caseId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (QString::fromStdString(rows_[i].record.id) == caseId) return static_cast<int>(i);
    }
    return -1;
}
