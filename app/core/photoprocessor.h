#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <optional>

#include "domain/gnss.h"

// Turns a camera frame or an imported image into evidence bytes, in memory: a visible
// stamp (time, coordinates, enterprise, inspector) drawn on the image, JPEG encoding,
// EXIF from ExifWriter. The SHA-256 of the result is the evidence id.
class PhotoProcessor {
    Q_DECLARE_TR_FUNCTIONS(PhotoProcessor)
public:
    struct Context {
        QString caseId;
        QString caseNumber;
        QString enterpriseName;
        QString inspectorName;
        QString deviceName;
        QString description;
        QDateTime capturedAt;
        std::optional<fc::domain::GnssFix> fix;
    };

    struct Result {
        QByteArray jpeg;
        QString sha256;  // lower-case hex
        QString error;   // set when jpeg is empty
    };

    static constexpr int kMaxImageBytes = 64 * 1024 * 1024;
    static constexpr int kJpegQuality = 90;

    // Decodes image bytes (an imported file); a null image and `error` if they are not
    // an image Qt can read.
    static QImage decode(const QByteArray &bytes, QString *error);
    static Result process(const QImage &image, const Context &context);
    // The lines of the stamp, as drawn.
    static QStringList stampLines(const Context &context);
    static QString sha256Hex(const QByteArray &bytes);
};
