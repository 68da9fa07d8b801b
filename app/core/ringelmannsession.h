#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include "clock.h"
#include "domain/reading.h"
#include "localstore.h"

class SiteLocator;

// A Ringelmann smoke observation as the observer runs it (HJ/T 398-2007): the conditions
// checklist, a reading every 15 s (or 30 s), the live grade by the standard's rules, and
// saving the whole observation, immutable, with its outbox entry.
class RingelmannSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY changed)
    Q_PROPERTY(int cadenceSeconds READ cadenceSeconds WRITE setCadenceSeconds NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY tick)
    Q_PROPERTY(int secondsToNextReading READ secondsToNextReading NOTIFY tick)
    Q_PROPERTY(int readingCount READ readingCount NOTIFY changed)
    Q_PROPERTY(QVariantList readings READ readings NOTIFY changed)
    Q_PROPERTY(bool overcast MEMBER overcast_ NOTIFY changed)
    Q_PROPERTY(QVariantMap conditions READ conditions WRITE setConditions NOTIFY changed)
    Q_PROPERTY(bool conditionsConfirmed READ conditionsConfirmed NOTIFY changed)
    Q_PROPERTY(QString stack MEMBER stack_ NOTIFY changed)
    Q_PROPERTY(double distanceMeters MEMBER distanceMeters_ NOTIFY changed)
    Q_PROPERTY(double bearingDegrees MEMBER bearingDegrees_ NOTIFY changed)
    Q_PROPERTY(double windSpeed MEMBER windSpeed_ NOTIFY changed)
    Q_PROPERTY(QString windDirection MEMBER windDirection_ NOTIFY changed)
    Q_PROPERTY(QString sky MEMBER sky_ NOTIFY changed)
    Q_PROPERTY(QString plumeBackground MEMBER plumeBackground_ NOTIFY changed)
    Q_PROPERTY(QString chart MEMBER chart_ NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString gradeText READ gradeText NOTIFY changed)
    Q_PROPERTY(bool boundaryCase READ boundaryCase NOTIFY changed)
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
public:
    RingelmannSession(LocalStore &store, const SiteLocator &locator, const Clock &clock,
                      QObject *parent = nullptr);

    QString caseId() const { return caseId_; }
    void setCaseId(const QString &caseId);
    int cadenceSeconds() const { return cadence_; }
    void setCadenceSeconds(int seconds);
    bool running() const { return running_; }
    int elapsedSeconds() const;
    int secondsToNextReading() const;
    int readingCount() const { return static_cast<int>(readings_.size()); }
    QVariantList readings() const;
    QVariantMap conditions() const;
    void setConditions(const QVariantMap &conditions);
    bool conditionsConfirmed() const { return conditions_.allConfirmed(); }
    QString status() const;  // "complete", "incomplete", "invalid"
    QString gradeText() const;
    bool boundaryCase() const { return result_.boundaryCase; }
    QString explanation() const;
    QString errorText() const { return errorText_; }

    // Starts the clock of the observation; readings may be added from then on.
    Q_INVOKABLE void start();
    // Appends the reading for the interval just observed; refuses anything but 0-5 in
    // 0.25 steps, with errorText saying why.
    Q_INVOKABLE bool addReading(double grade);
    // Saves the observation (complete or not: an incomplete one is kept as such). Returns
    // its id, or empty with errorText set.
    Q_INVOKABLE QString save();
    Q_INVOKABLE void reset();

    fc::domain::RingelmannObservation observation() const;

signals:
    void changed();
    void tick();
    void saved(const QString &id);

private:
    void recompute();
    void setError(const QString &text);

    LocalStore &store_;
    const SiteLocator &locator_;
    const Clock &clock_;
    QTimer timer_;
    QString caseId_;
    int cadence_ = fc::domain::kRingelmannNormalCadenceSeconds;
    bool running_ = false;
    QDateTime startedAt_;
    std::vector<double> readings_;
    bool overcast_ = false;
    fc::domain::RingelmannConditions conditions_;
    QString stack_, windDirection_, sky_, plumeBackground_, chart_;
    double distanceMeters_ = 0, bearingDegrees_ = 0, windSpeed_ = 0;
    fc::domain::RingelmannResult result_;
    QString errorText_;
};
