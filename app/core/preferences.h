#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

// This device's display choices, kept across starts in the data folder. Not in the
// encrypted store: the sign-in page needs them before a store is open, and they hold
// nothing personal.
class Preferences : public QObject {
    Q_OBJECT
    // Black on white, yellow buttons, bold text: readable in direct sunlight.
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
public:
    explicit Preferences(const QString &dataDir, QObject *parent = nullptr);

    bool highContrast() const { return highContrast_; }
    void setHighContrast(bool on);

signals:
    void highContrastChanged();

private:
    QSettings settings_;
    bool highContrast_ = false;
};
