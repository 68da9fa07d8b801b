#include "notelistmodel.h"

#include <QDateTime>

NoteListModel::NoteListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent), store_(store) {
    connect(&store_, &LocalStore::changed, this, &NoteListModel::reload);
    connect(&store_, &LocalStore::openedChanged, this, &NoteListModel::reload);
}

void NoteListModel::setCaseId(const QString &caseId) {
    if (caseId_ == caseId) return;
    caseId_ = caseId;
    emit caseIdChanged();
    reload();
}

void NoteListModel::reload() {
    std::vector<LocalRecords::LocalNote> rows;
    if (store_.isOpen() && !caseId_.isEmpty()) {
        try {
            rows = store_.transact(
                [&](fc::sqlite::Database &db) { return LocalRecords::notesOf(db, caseId_); });
        } catch (const fc::sqlite::Error &e) {
            qWarning("NoteListModel: %s", e.what());
        }
    }
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (before != count()) emit countChanged();
}

int NoteListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return QString::fromStdString(row.note.text);
    case NoteIdRole: return QString::fromStdString(row.note.id);
    case AuthorNameRole: return QString::fromStdString(row.note.authorName);
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(row.note.createdAtMs);
    case StateRole: return LocalRecords::stateName(row.state);
    case ReasonRole: return row.reason;
    default: return {};
    }
}

QHash<int, QByteArray> NoteListModel::roleNames() const {
    return {{NoteIdRole, "noteId"},       {TextRole, "text"},   {AuthorNameRole, "authorName"},
            {CreatedAtRole, "createdAt"}, {StateRole, "state"}, {ReasonRole, "reason"}};
}
