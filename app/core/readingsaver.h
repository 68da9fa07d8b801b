#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/reading.h"
#include "localstore.h"

// Saves a reading made on this device: the header completed from the signed-in profile,
// the record and its outbox entry in one transaction. Returns an inspector-facing error,
// or an empty string on success.
class ReadingSaver {
    Q_DECLARE_TR_FUNCTIONS(ReadingSaver)
public:
    static QString save(LocalStore &store, fc::domain::RingelmannObservation &observation);
    static QString save(LocalStore &store, fc::domain::NoiseRecord &record);
};
