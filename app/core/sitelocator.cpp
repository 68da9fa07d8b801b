#include "sitelocator.h"

#include "localrecords.h"
#include "positiontracker.h"

fc::domain::PositionAssessment SiteLocator::assess(const QString &caseId) const {
    if (!tracker_) return {};
    const auto site = store_.transact([&](fc::sqlite::Database &db) {
        const auto c = LocalRecords::caseById(db, caseId);
        return c ? LocalRecords::enterprise(db, QString::fromStdString(c->enterpriseCode))
                 : std::nullopt;
    });
    return tracker_->assess(site, policy_);
}
