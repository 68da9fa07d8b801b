// Evidence, readings and on-site records arriving from devices: the server checks them,
// recomputes what the device judged, and refuses what the law does not allow.
#include "backendfixture.h"
#include "backend/logic/secrets.h"
#include "backend/logic/synclogic.h"

namespace fc::test {
namespace {

using domain::MutationStatus;

std::string hashOf(const std::string &s) { return server::sha256Hex(s); }

class EvidenceLogicTest : public BackendFixture {
protected:
    void SetUp() override {
        BackendFixture::SetUp();
        sync_ = std::make_unique<server::SyncLogic>(*store_, clock_, evidence_, *custody_);
        device_ = registerDevice("inspector1");
        inspector_ = principal("inspector1", device_);
        caseId_ = caseAssignedTo("inspector1");
        site_ = store_->transact([&](server::StoreTx &tx) {
            return *tx.enterpriseByCode(tx.caseById(caseId_)->enterpriseCode);
        });
    }

    domain::MutationResult push(domain::Mutation m) {
        m.mutationId = ++lastId_;
        return sync_->push(inspector_, device_, {m}).results.at(0);
    }

    domain::EvidenceItem photo(const std::string &seed, domain::GeoPoint where,
                               bool claimOutside) {
        domain::EvidenceItem e;
        e.id = hashOf(seed);
        e.caseId = caseId_;
        e.kind = domain::EvidenceKind::Photo;
        e.mimeType = "image/jpeg";
        e.size = 123456;
        e.capturedAtMs = clock_.nowMs();
        e.capturedBy = "someone-else";  // the server takes the session's user instead
        domain::GnssFix fix;
        fix.position = where;
        fix.timeMs = clock_.nowMs();
        fix.horizontalAccuracyMeters = 6;
        e.position.fix = fix;
        e.position.noFix = false;
        e.position.outsideSite = claimOutside;
        e.position.siteDistanceMeters = 1;
        return e;
    }

    domain::InspectionRecord record(const std::vector<std::string> &signatures) {
        const auto c = store_->transact([&](server::StoreTx &tx) { return *tx.caseById(caseId_); });
        domain::InspectionRecord r;
        r.id = server::newUuid();
        r.caseId = caseId_;
        r.startedAtMs = clock_.nowMs() - 3600'000;
        r.endedAtMs = clock_.nowMs();
        r.place = "厂区";
        for (std::size_t i = 0; i < c.assignees.size(); ++i) {
            const auto &o = c.assignees[i];
            r.officers.push_back({o.userId, o.displayName, o.certificateNo, signatures.at(i)});
        }
        r.partyName = c.enterpriseName;
        r.partyRepresentative = "张伟";
        r.credentialsShown = r.rightsExplained = true;
        r.findings = "检查情况";
        r.partySignatureEvidenceId = signatures.back();
        return r;
    }

    server::EvidenceLogic evidence_;
    std::unique_ptr<server::SyncLogic> sync_;
    std::string device_;
    server::Principal inspector_;
    std::string caseId_;
    domain::Enterprise site_;
    std::int64_t lastId_ = 0;
};

TEST_F(EvidenceLogicTest, TheServerRecomputesTheSiteCheckFromTheRawFix) {
    // Six kilometres north, while the device claims "inside".
    const auto far = photo("far", {site_.site.latitude + 0.054, site_.site.longitude}, false);
    ASSERT_EQ(push({0, 0, domain::AddEvidence{far}}).status, MutationStatus::Applied);
    const auto stored = store_->transact([&](server::StoreTx &tx) { return *tx.evidenceById(far.id); });
    EXPECT_TRUE(stored.position.outsideSite);
    EXPECT_NEAR(*stored.position.siteDistanceMeters, 6000, 50);
    EXPECT_EQ(stored.capturedBy, inspector_.userId);
    EXPECT_EQ(stored.deviceId, device_);
    EXPECT_FALSE(stored.bytesStored);

    // At the site centre, while the device claims "outside".
    const auto near = photo("near", site_.site, true);
    ASSERT_EQ(push({0, 0, domain::AddEvidence{near}}).status, MutationStatus::Applied);
    const auto stored2 = store_->transact([&](server::StoreTx &tx) { return *tx.evidenceById(near.id); });
    EXPECT_FALSE(stored2.position.outsideSite);
    EXPECT_LT(*stored2.position.siteDistanceMeters, 1.0);
}

TEST_F(EvidenceLogicTest, TheSameBytesTwiceAreANoOpAndForeignCasesAreRefused) {
    const auto e = photo("same", site_.site, false);
    EXPECT_EQ(push({0, 0, domain::AddEvidence{e}}).status, MutationStatus::Applied);
    EXPECT_EQ(push({0, 0, domain::AddEvidence{e}}).status, MutationStatus::Applied);
    auto other = e;
    other.caseId = store_->transact([&](server::StoreTx &tx) {
        for (const auto &c : tx.listCases(inspector_.userId)) {
            if (c.id != caseId_) return c.id;
        }
        return std::string();
    });
    const auto r = push({0, 0, domain::AddEvidence{other}});
    EXPECT_EQ(r.status, MutationStatus::Rejected);
    EXPECT_NE(r.reason.find("another case"), std::string::npos);
    auto bad = photo("bad", site_.site, false);
    bad.id = "not-a-hash";
    EXPECT_EQ(push({0, 0, domain::AddEvidence{bad}}).status, MutationStatus::Rejected);
    auto exe = photo("exe", site_.site, false);
    exe.mimeType = "application/x-msdownload";
    EXPECT_EQ(push({0, 0, domain::AddEvidence{exe}}).status, MutationStatus::Rejected);
}

TEST_F(EvidenceLogicTest, ARecordNeedsItsSignaturesOnTheServerAndTheRealCertificates) {
    std::vector<std::string> signatures;
    for (const char *who : {"officer-a", "officer-b", "party"}) {
        auto s = photo(who, site_.site, false);
        s.kind = domain::EvidenceKind::Signature;
        s.mimeType = "image/png";
        signatures.push_back(s.id);
        ASSERT_EQ(push({0, 0, domain::AddEvidence{s}}).status, MutationStatus::Applied);
    }
    auto forged = record(signatures);
    forged.officers[0].certificateNo = "99999999";
    const auto refused = push({0, 0, domain::AddInspectionRecord{forged}});
    EXPECT_EQ(refused.status, MutationStatus::Rejected);
    EXPECT_NE(refused.reason.find("certificate"), std::string::npos);

    auto unsigned_ = record(signatures);
    unsigned_.partySignatureEvidenceId = hashOf("never uploaded");
    EXPECT_EQ(push({0, 0, domain::AddInspectionRecord{unsigned_}}).status, MutationStatus::Rejected);

    auto oneOfficer = record(signatures);
    oneOfficer.officers.resize(1);
    const auto r1 = push({0, 0, domain::AddInspectionRecord{oneOfficer}});
    EXPECT_EQ(r1.status, MutationStatus::Rejected);
    EXPECT_NE(r1.reason.find("two different officers"), std::string::npos);

    const auto good = record(signatures);
    EXPECT_EQ(push({0, 0, domain::AddInspectionRecord{good}}).status, MutationStatus::Applied);
    const auto stored = store_->transact([&](server::StoreTx &tx) { return tx.inspectionRecordById(good.id); });
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->officers.size(), 2u);
    EXPECT_EQ(stored->createdBy, inspector_.userId);
}

TEST_F(EvidenceLogicTest, ReadingsAreStoredAsObservedAndRefusedWhenImpossible) {
    domain::RingelmannObservation o;
    o.header.id = server::newUuid();
    o.header.caseId = caseId_;
    o.header.recordedAtMs = clock_.nowMs();
    o.session.readings.assign(120, 1.25);
    o.session.readings[0] = 5;
    o.session.startUtcMs = clock_.nowMs() - 1800'000;
    o.endedAtMs = clock_.nowMs();
    EXPECT_EQ(push({0, 0, domain::AddRingelmann{o}}).status, MutationStatus::Applied);
    const auto stored = store_->transact([&](server::StoreTx &tx) { return *tx.ringelmannById(o.header.id); });
    EXPECT_EQ(stored.session.readings, o.session.readings);
    const auto graded = domain::evaluate(stored.session);
    EXPECT_EQ(graded.grade, 5);  // the server grades the raw readings itself

    auto impossible = o;
    impossible.header.id = server::newUuid();
    impossible.session.readings[3] = 7.5;
    EXPECT_EQ(push({0, 0, domain::AddRingelmann{impossible}}).status, MutationStatus::Rejected);

    domain::NoiseRecord n;
    n.header.id = server::newUuid();
    n.header.caseId = caseId_;
    n.header.recordedAtMs = clock_.nowMs();
    n.measurement = {"AWA5688", "00321", 1, 94.0, 94.2, "东厂界", 3, clock_.nowMs(), false, 68.2, 60.1, 75.0,
                     domain::NoiseLmaxKind::Sporadic};
    EXPECT_EQ(push({0, 0, domain::AddNoise{n}}).status, MutationStatus::Applied);
    const auto storedNoise = store_->transact([&](server::StoreTx &tx) { return *tx.noiseById(n.header.id); });
    EXPECT_EQ(storedNoise.measurement.nightLmaxDb, 75.0);
    EXPECT_EQ(storedNoise.measurement.lmaxKind, domain::NoiseLmaxKind::Sporadic);
    auto negative = n;
    negative.header.id = server::newUuid();
    negative.measurement.measuredLeqDb = -5;
    EXPECT_EQ(push({0, 0, domain::AddNoise{negative}}).status, MutationStatus::Rejected);
}

TEST_F(EvidenceLogicTest, SupervisorsPullEvidenceReadingsAndRecordsOfTheirCases) {
    const auto e = photo("pulled", site_.site, false);
    push({0, 0, domain::AddEvidence{e}});
    std::int64_t cursor = 0;
    std::vector<domain::PulledChange> all;
    for (;;) {
        auto batch = sync_->pull(principal("supervisor"), cursor, 500);
        all.insert(all.end(), batch.changes.begin(), batch.changes.end());
        cursor = batch.cursor;
        if (!batch.hasMore) break;
    }
    bool found = false;
    for (const auto &c : all) {
        if (const auto *item = std::get_if<domain::EvidenceItem>(&c.entity)) found |= item->id == e.id;
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace fc::test
