#pragma once

#include <QString>

#include "domain/gnss.h"
#include "localstore.h"

class PositionTracker;

// Where the inspector is relative to a case's enterprise, for stamping a new record.
// Without a tracker every record is flagged "no fix".
class SiteLocator {
public:
    explicit SiteLocator(LocalStore &store) : store_(store) {}

    void setTracker(PositionTracker *tracker) { tracker_ = tracker; }
    void setPolicy(const fc::domain::PositionPolicy &policy) { policy_ = policy; }
    PositionTracker *tracker() const { return tracker_; }

    fc::domain::PositionAssessment assess(const QString &caseId) const;

private:
    LocalStore &store_;
    PositionTracker *tracker_ = nullptr;
    fc::domain::PositionPolicy policy_;
};
