#include "preferences.h"

#include <QDir>

namespace {
const QString kHighContrast = QStringLiteral("display/high_contrast");
}

Preferences::Preferences(const QString &dataDir, QObject *parent)
    : QObject(parent),
      settings_(QDir(dataDir).filePath(QStringLiteral("preferences.ini")), QSettings::IniFormat),
      highContrast_(settings_.value(kHighContrast, false).toBool()) {}

void Preferences::setHighContrast(bool on) {
    if (on == highContrast_) return;
    highContrast_ = on;
    settings_.setValue(kHighContrast, on);
    settings_.sync();
    // The choice holds for this run either way; only keeping it for the next one failed.
    if (settings_.status() != QSettings::NoError) {
        qWarning("Preferences: cannot write %s", qPrintable(settings_.fileName()));
    }
    emit highContrastChanged();
}
