#include "exifwriter.h"

#include <exiv2/exiv2.hpp>

#include <QTimeZone>

#include <cmath>

namespace {

// Degrees as the EXIF GPS triple of rationals (deg, min, sec with 1/10000 s).
std::string dmsRational(double degrees) {
    degrees = std::abs(degrees);
    const int d = static_cast<int>(degrees);
    const double minutes = (degrees - d) * 60.0;
    const int m = static_cast<int>(minutes);
    const auto s = static_cast<long long>(std::llround((minutes - m) * 60.0 * 10000.0));
    return std::to_string(d) + "/1 " + std::to_string(m) + "/1 " + std::to_string(s) + "/10000";
}

std::string rational(double value, int denominator) {
    return std::to_string(std::llround(value * denominator)) + "/" + std::to_string(denominator);
}

void writeFix(Exiv2::ExifData &exif, const fc::domain::GnssFix &fix) {
    exif["Exif.GPSInfo.GPSVersionID"] = std::string("2 3 0 0");
    exif["Exif.GPSInfo.GPSMapDatum"] = "WGS-84";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = fix.position.latitude >= 0 ? "N" : "S";
    exif["Exif.GPSInfo.GPSLatitude"] = dmsRational(fix.position.latitude);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = fix.position.longitude >= 0 ? "E" : "W";
    exif["Exif.GPSInfo.GPSLongitude"] = dmsRational(fix.position.longitude);
    if (fix.altitudeMeters) {
        // Byte-typed tags parse their value from a string.
        exif["Exif.GPSInfo.GPSAltitudeRef"] = std::string(*fix.altitudeMeters >= 0 ? "0" : "1");
        exif["Exif.GPSInfo.GPSAltitude"] = rational(std::abs(*fix.altitudeMeters), 100);
    }
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(fix.timeMs, QTimeZone::utc());
    exif["Exif.GPSInfo.GPSDateStamp"] = utc.toString("yyyy:MM:dd").toStdString();
    exif["Exif.GPSInfo.GPSTimeStamp"] =
        std::to_string(utc.time().hour()) + "/1 " + std::to_string(utc.time().minute()) + "/1 " +
        std::to_string(utc.time().second() * 1000 + utc.time().msec()) + "/1000";
    if (fix.satellites) exif["Exif.GPSInfo.GPSSatellites"] = std::to_string(*fix.satellites);
    if (fix.hdop) exif["Exif.GPSInfo.GPSDOP"] = rational(*fix.hdop, 100);
    if (fix.horizontalAccuracyMeters) {
        exif["Exif.GPSInfo.GPSHPositioningError"] = rational(*fix.horizontalAccuracyMeters, 100);
    }
    exif["Exif.GPSInfo.GPSProcessingMethod"] =
        std::string("charset=Ascii ") + (fix.simulated ? "REPLAY " : "") + fix.source;
}

}  // namespace

QByteArray ExifWriter::write(const QByteArray &jpeg, const Fields &fields, QString *error) {
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                               static_cast<long>(jpeg.size()));
        image->readMetadata();
        Exiv2::ExifData exif;
        const QDateTime local = fields.capturedAt.toTimeZone(QTimeZone(8 * 3600));
        const std::string when = local.toString("yyyy:MM:dd HH:mm:ss").toStdString();
        exif["Exif.Image.Make"] = "FieldCase";
        exif["Exif.Image.Model"] = fields.deviceName.toStdString();
        exif["Exif.Image.Software"] = "FieldCase";
        exif["Exif.Image.DateTime"] = when;
        exif["Exif.Image.ImageDescription"] = ("case:" + fields.caseId).toStdString();
        exif["Exif.Photo.DateTimeOriginal"] = when;
        exif["Exif.Photo.OffsetTimeOriginal"] = "+08:00";
        exif["Exif.Photo.UserComment"] =
            "charset=Unicode " + fields.description.toStdString();
        if (fields.fix) writeFix(exif, *fields.fix);
        image->setExifData(exif);
        image->writeMetadata();
        auto &io = image->io();
        io.seek(0, Exiv2::BasicIo::beg);
        const Exiv2::DataBuf buf = io.read(static_cast<long>(io.size()));
        return QByteArray(reinterpret_cast<const char *>(buf.pData_), static_cast<int>(buf.size_));
    } catch (const Exiv2::AnyError &e) {
        if (error) *error = QString::fromStdString(e.what());
        return {};
    }
}
