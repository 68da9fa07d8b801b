#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

#include "domain/gnss.h"

// Writes the EXIF a photo needs as evidence into a JPEG held in memory (Exiv2): the GNSS
// fix (WGS-84), the capture time, the device and the case. Nothing touches the disk.
class ExifWriter {
public:
    struct Fields {
        QDateTime capturedAt;  // written as China Standard Time with its offset
        QString deviceName;
        QString caseId;
        QString description;
        std::optional<fc::domain::GnssFix> fix;
    };

    // The JPEG with its EXIF replaced; an empty array and `error` set if Exiv2 refuses it.
    static QByteArray write(const QByteArray &jpeg, const Fields &fields, QString *error);
};
