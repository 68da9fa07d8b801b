#include "readingsaver.h"

#include "domaintext.h"
#include "localrecords.h"
#include "outbox.h"

namespace {

template <typename Reading>
QString saveReading(LocalStore &store, Reading &reading) {
    if (!store.isOpen()) return ReadingSaver::tr("Sign in first.");
    auto &h = reading.header;
    const auto problems = fc::domain::readingProblems(reading);
    if (!problems.empty()) {
        return ReadingSaver::tr("The reading cannot be saved: %1")
            .arg(DomainText::sentence(problems.front()));
    }
    try {
        const bool known = store.transact([&](fc::sqlite::Database &db) {
            if (!LocalRecords::caseById(db, QString::fromStdString(h.caseId))) return false;
            h.recordedBy = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            h.recordedByName = LocalStore::meta(db, LocalStore::kDisplayName).toStdString();
            h.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
            LocalRecords::insertPendingReading(db, reading);
            Outbox::enqueue(db, Outbox::kAddReading, h.id, 0, h.recordedAtMs);
            return true;
        });
        if (!known) return ReadingSaver::tr("This case is not on this device.");
    } catch (const fc::sqlite::Error &e) {
        return LocalStore::describe(e);
    }
    store.notifyChanged();
    return {};
}

}  // namespace

QString ReadingSaver::save(LocalStore &store, fc::domain::RingelmannObservation &observation) {
    return saveReading(store, observation);
}

QString ReadingSaver::save(LocalStore &store, fc::domain::NoiseRecord &record) {
    return saveReading(store, record);
}
