#include "serverview.h"

#include <QDir>

#include "domain/sha256.h"
#include "testserver.h"

ServerView::ServerView(const QString &dataDir)
    : dataDir_(dataDir),
      db_(QDir(dataDir).filePath("fieldcase.db").toStdString(), fc::sqlite::Database::OpenMode::ReadWrite) {
    db_.setBusyTimeout(10000);
}

std::int64_t ServerView::count(const char *sql, const std::string &arg) {
    auto s = db_.prepare(sql);
    if (!arg.empty()) s.bindAll(arg);
    s.step();
    return s.int64(0);
}

std::set<std::string> ServerView::noteIdsOfCase(const std::string &caseId) {
    auto s = db_.prepare("SELECT id FROM notes WHERE case_id = ?");
    s.bindAll(caseId);
    std::set<std::string> ids;
    while (s.step()) ids.insert(s.text(0));
    return ids;
}

std::map<std::string, std::int64_t> ServerView::lastMutationIds() {
    auto s = db_.prepare("SELECT id, last_mutation_id FROM devices");
    std::map<std::string, std::int64_t> out;
    while (s.step()) out[s.text(0)] = s.int64(1);
    return out;
}

std::set<std::string> ServerView::verifiedEvidence(std::set<std::string> *bad) {
    auto s = db_.prepare("SELECT id FROM evidence WHERE bytes_stored = 1");
    std::set<std::string> good;
    while (s.step()) {
        const std::string id = s.text(0);
        const QString path = evidencePath(id);
        const QByteArray bytes = QFile::exists(path) ? fileBytes(path) : QByteArray();
        if (!bytes.isEmpty() &&
            fc::domain::Sha256::hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))) == id) {
            good.insert(id);
        } else if (bad) {
            bad->insert(id);
        }
    }
    return good;
}

QString ServerView::evidencePath(const std::string &id) const {
    return QDir(dataDir_).filePath(QString::fromStdString("evidence/" + id.substr(0, 2) + "/" + id));
}

int ServerView::partialUploads() const {
    return QDir(QDir(dataDir_).filePath("evidence/uploads")).entryList(QDir::Files).size();
}
