#pragma once

#include <QObject>

#include "clock.h"
#include "domain/noisepolicy.h"
#include "domain/reading.h"
#include "localstore.h"

class SiteLocator;

// A boundary noise measurement as the inspector enters it (GB 12348-2008): the meter and
// its calibration, the point, the levels (entered or computed from samples), and the
// verdict recomputed by the standard's rules on every change, before it is saved.
class NoiseForm : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseChanged)
    Q_PROPERTY(QString meterModel MEMBER meterModel_ NOTIFY changed)
    Q_PROPERTY(QString meterSerial MEMBER meterSerial_ NOTIFY changed)
    Q_PROPERTY(int meterClass MEMBER meterClass_ NOTIFY changed)
    Q_PROPERTY(double calibrationBefore MEMBER calibrationBefore_ NOTIFY changed)
    Q_PROPERTY(double calibrationAfter MEMBER calibrationAfter_ NOTIFY changed)
    Q_PROPERTY(QString point MEMBER point_ NOTIFY changed)
    Q_PROPERTY(int zoneClass MEMBER zoneClass_ NOTIFY changed)
    Q_PROPERTY(bool indoor MEMBER indoor_ NOTIFY changed)
    Q_PROPERTY(double measuredLeq MEMBER measuredLeq_ NOTIFY changed)
    Q_PROPERTY(double backgroundLeq MEMBER backgroundLeq_ NOTIFY changed)
    Q_PROPERTY(double nightLmax MEMBER nightLmax_ NOTIFY changed)  // NaN: none
    Q_PROPERTY(bool sporadic MEMBER sporadic_ NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY verdictChanged)
    Q_PROPERTY(bool night READ night NOTIFY verdictChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY verdictChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY verdictChanged)
public:
    NoiseForm(LocalStore &store, const SiteLocator &locator, const Clock &clock,
              QObject *parent = nullptr);

    QString caseId() const { return caseId_; }
    // Also takes the zone class from the case's enterprise.
    void setCaseId(const QString &caseId);
    void setPolicy(const fc::domain::NoisePolicy &policy) { policy_ = policy; }

    bool valid() const { return verdict_.status == fc::domain::NoiseVerdictStatus::Valid; }
    bool night() const { return verdict_.period == fc::domain::NoisePeriod::Night; }
    QString verdictText() const;
    QString errorText() const { return errorText_; }
    fc::domain::NoiseVerdict verdict() const { return verdict_; }

    // Leq of equal-length samples, e.g. "65.1 66.0 64.8"; false (errorText set) if any is
    // not a level.
    Q_INVOKABLE bool setMeasuredFromSamples(const QString &samples);
    // Saves the measurement, valid or "remeasure" (both are evidence of what was done);
    // refuses input no verdict could come from. Returns the id or empty.
    Q_INVOKABLE QString save();
    // Keeps the fields as the case's draft (FormDraft) until save() succeeds.
    Q_INVOKABLE bool saveDraft();

    fc::domain::NoiseMeasurement measurement() const;

signals:
    void caseChanged();
    void changed();
    void verdictChanged();
    void saved(const QString &id);

private:
    void recompute();

    LocalStore &store_;
    const SiteLocator &locator_;
    const Clock &clock_;
    fc::domain::NoisePolicy policy_;
    // Shows a draft's failure (true when there was none).
    bool draftProblem(const QString &error);

    QString caseId_;
    bool unsaved_ = false;  // a field changed since the last save
    QString meterModel_, meterSerial_, point_;
    int meterClass_ = 1;
    double calibrationBefore_ = 94.0, calibrationAfter_ = 94.0;
    int zoneClass_ = 2;
    bool indoor_ = false;
    double measuredLeq_ = 0, backgroundLeq_ = 0;
    double nightLmax_ = qQNaN();
    bool sporadic_ = false;
    fc::domain::NoiseVerdict verdict_;
    QString errorText_;
};
