#pragma once

#include <QDateTime>

// The time source of app core, injected so that tests can pin it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};
