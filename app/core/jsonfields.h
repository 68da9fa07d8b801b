#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "domain/sqlite/error.h"

// Field access for JsonCodec's decoders (jsoncodec.cpp, readingcodec.cpp). The payloads
// are written by JsonCodec itself, every key every time, so a missing key or a value of
// the wrong type means the stored record is damaged: that is an error (SQLITE_CORRUPT,
// handled like any damaged store), never a silent 0 in a reading that goes to court.
namespace jsonfields {

inline QString q(const std::string &s) { return QString::fromStdString(s); }
// 64-bit integers travel as strings: JSON numbers are doubles.
inline QString ms(std::int64_t v) { return QString::number(v); }

[[noreturn]] inline void damaged(const char *key) {
    throw fc::sqlite::Error(SQLITE_CORRUPT,
                            std::string("a stored record is damaged: its field \"") + key +
                                "\" is missing or of the wrong type");
}

inline QJsonValue field(const QJsonObject &o, const char *key) {
    const auto v = o.value(QLatin1String(key));
    if (v.isUndefined()) damaged(key);
    return v;
}

inline std::string text(const QJsonObject &o, const char *key) {
    const auto v = field(o, key);
    if (!v.isString()) damaged(key);
    return v.toString().toStdString();
}

inline double number(const QJsonObject &o, const char *key) {
    const auto v = field(o, key);
    if (!v.isDouble()) damaged(key);
    return v.toDouble();
}

inline int integer(const QJsonObject &o, const char *key) { return static_cast<int>(number(o, key)); }

inline bool flag(const QJsonObject &o, const char *key) {
    const auto v = field(o, key);
    if (!v.isBool()) damaged(key);
    return v.toBool();
}

inline std::int64_t ms(const QJsonObject &o, const char *key) {
    bool ok = false;
    const auto value = QString::fromStdString(text(o, key)).toLongLong(&ok);
    if (!ok) damaged(key);
    return value;
}

inline QJsonObject object(const QJsonObject &o, const char *key) {
    const auto v = field(o, key);
    if (!v.isObject()) damaged(key);
    return v.toObject();
}

inline QJsonArray array(const QJsonObject &o, const char *key) {
    const auto v = field(o, key);
    if (!v.isArray()) damaged(key);
    return v.toArray();
}

// Absent is fine (the field is optional); present must be a number.
inline std::optional<double> optionalNumber(const QJsonObject &o, const char *key) {
    if (!o.contains(QLatin1String(key))) return std::nullopt;
    return number(o, key);
}

}  // namespace jsonfields
