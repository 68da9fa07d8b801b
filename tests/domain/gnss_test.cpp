#include <gtest/gtest.h>

#include "domain/gnss.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"

using namespace fc::domain;

TEST(NmeaGga, SatellitesHdopAndTimeAreReadFromAValidSentence) {
    const auto g = parseGga("$GPGGA,013000.00,3617.9836,N,11254.3888,E,1,11,1.3,929.7,M,-21.3,M,,*4B\r\n");
    ASSERT_TRUE(g);
    EXPECT_EQ(g->msOfDay, (1 * 3600 + 30 * 60) * 1000);
    EXPECT_EQ(g->quality, 1);
    EXPECT_EQ(g->satellites, 11);
    EXPECT_DOUBLE_EQ(*g->hdop, 1.3);
}

TEST(NmeaGga, ABadChecksumOrAnotherSentenceIsIgnored) {
    EXPECT_FALSE(parseGga("$GPGGA,013000.00,3617.9836,N,11254.3888,E,1,11,1.3,929.7,M,-21.3,M,,*4C"));
    EXPECT_FALSE(parseGga("$GPRMC,013000.00,A,3618.3729,N,11254.5858,E,0.0,0.0,120326,,,A*58"));
    EXPECT_FALSE(parseGga("GPGGA,013000.00,3617.9836,N"));
}

TEST(NmeaGga, NoFixIsQualityZero) {
    // From walk_fixloss.nmea at 120 s.
    const std::string body = "GPGGA,013200.00,,,,,0,00,99.9,,M,,M,,";
    unsigned sum = 0;
    for (char c : body) sum ^= static_cast<unsigned char>(c);
    char buf[8];
    std::snprintf(buf, sizeof buf, "*%02X", sum);
    const auto g = parseGga("$" + body + buf);
    ASSERT_TRUE(g);
    EXPECT_EQ(g->quality, 0);
}

TEST(PositionAssessment, AnOldFixIsNoFixAndAPoorOneIsFlagged) {
    GnssFix fix;
    fix.position = {36.307821, 112.909755};
    fix.horizontalAccuracyMeters = 8;
    const Enterprise site{"x", "x", "", "", "", {36.307821, 112.909755}, 300, 3, true, ""};
    EXPECT_FALSE(assessPosition(fix, 10'000, site, {}).noFix);
    EXPECT_TRUE(assessPosition(fix, 10'001, site, {}).noFix);
    fix.horizontalAccuracyMeters = 20.5;
    EXPECT_TRUE(assessPosition(fix, 0, site, {}).poorAccuracy);
    fix.horizontalAccuracyMeters.reset();
    EXPECT_TRUE(assessPosition(fix, 0, site, {}).poorAccuracy);  // unknown accuracy
    EXPECT_TRUE(assessPosition(std::nullopt, 0, site, {}).noFix);
}

namespace {

InspectionRecord completeRecord() {
    InspectionRecord r;
    r.id = "6f1e0c1a-8f0e-4a1b-9a51-0b5b8f4f6a01";
    r.caseId = "case";
    r.startedAtMs = 1000;
    r.endedAtMs = 2000;
    r.place = "厂区";
    const std::string sig(64, 'a');
    r.officers = {{"u1", "李明", "1404", sig}, {"u2", "王芳", "1405", std::string(64, 'b')}};
    r.partyName = "鸡鸣泰焦化有限公司";
    r.partyRepresentative = "张伟";
    r.credentialsShown = true;
    r.rightsExplained = true;
    r.findings = "情况";
    r.partySignatureEvidenceId = std::string(64, 'c');
    return r;
}

bool mentions(const std::vector<RecordProblem> &problems, const std::string &text) {
    for (const auto &p : problems) {
        if (p.text().find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST(InspectionRecord, ACompleteRecordHasNoProblems) {
    EXPECT_TRUE(inspectionRecordProblems(completeRecord()).empty());
}

TEST(InspectionRecord, OneOfficerOrTheSameOfficerTwiceIsNotEnough) {
    auto r = completeRecord();
    r.officers.resize(1);
    EXPECT_TRUE(mentions(inspectionRecordProblems(r), "two different officers"));
    r = completeRecord();
    r.officers[1].userId = r.officers[0].userId;
    EXPECT_TRUE(mentions(inspectionRecordProblems(r), "two different officers"));
}

TEST(InspectionRecord, EveryOfficerHasACertificateAndSigns) {
    auto r = completeRecord();
    r.officers[1].certificateNo.clear();
    r.officers[0].signatureEvidenceId.clear();
    const auto p = inspectionRecordProblems(r);
    EXPECT_TRUE(mentions(p, "王芳: the officer has no enforcement certificate number"));
    EXPECT_TRUE(mentions(p, "李明: the officer has not signed"));
}

TEST(InspectionRecord, ARefusalNeedsANoteAndASigningWitness) {
    auto r = completeRecord();
    r.partyRefusedOrAbsent = true;
    r.partySignatureEvidenceId.clear();
    const auto p = inspectionRecordProblems(r);
    EXPECT_TRUE(mentions(p, "note why"));
    EXPECT_TRUE(mentions(p, "witness"));
    r.refusalNote = "拒绝签字";
    r.witnessName = "村委会主任";
    r.witnessSignatureEvidenceId = std::string(64, 'd');
    EXPECT_TRUE(inspectionRecordProblems(r).empty());
}

TEST(InspectionRecord, CredentialsRightsFindingsAndTimesAreRequired) {
    auto r = completeRecord();
    r.credentialsShown = false;
    r.rightsExplained = false;
    r.findings.clear();
    r.endedAtMs = 500;
    const auto p = inspectionRecordProblems(r);
    EXPECT_TRUE(mentions(p, "credentials"));
    EXPECT_TRUE(mentions(p, "recusal"));
    EXPECT_TRUE(mentions(p, "findings"));
    EXPECT_TRUE(mentions(p, "end no earlier"));
}

TEST(ReadingText, ReadingsRoundTripThroughTheirStoredText) {
    const std::vector<double> readings = {0, 0.25, 1.5, 4.75, 5};
    EXPECT_EQ(formatReadings(readings), "0,0.25,1.5,4.75,5");
    EXPECT_EQ(parseReadings(formatReadings(readings)), readings);
    EXPECT_TRUE(parseReadings("").empty());
}
